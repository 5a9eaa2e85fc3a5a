"""The typed claim model: articles, speakers, claims and clusters.

Every record is frozen, slotted and keyword-only. Messy input is parsed at
the boundary (``factcheck.ingest``, the CLI); once a record exists it is
trusted. Use :func:`attrs.evolve` to change one field.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable

import attrs
from attrs import validators as v

__all__ = [
    "Annotation",
    "Article",
    "Claim",
    "Cluster",
    "DateSource",
    "EntityMention",
    "Frame",
    "Kind",
    "Notice",
    "Party",
    "PartyKind",
    "PartyRole",
    "Result",
    "Skipped",
    "Speaker",
    "Stance",
    "Verdict",
]


class Stance(enum.StrEnum):
    """Whether the speaker states the content or rejects it."""

    ASSERTS = "asserts"
    DENIES = "denies"


class Kind(enum.StrEnum):
    """How the article carries the statement."""

    DIRECT = "direct"  # quoted words
    INDIRECT = "indirect"  # reported speech, allegations, "according to"
    EDITORIAL = "editorial"  # the journalist's own narration


class DateSource(enum.StrEnum):
    """How a claim's date was found (see GUIDELINES.md, Date)."""

    EXPLICIT = "explicit"  # "on February 3, 2023"
    WEEKDAY = "weekday"  # "said Wednesday", resolved against publication
    RELATIVE = "relative"  # "today", "yesterday", "last week"
    SPEAKER = "speaker"  # carried over from the same speaker's last dated claim
    PUBLISHED = "published"  # fallback: the publication date
    UNKNOWN = "unknown"  # no day can be known


class Verdict(enum.StrEnum):
    """A proposition's standing across the corpus, decided by parties."""

    CONTESTED = "contested"
    CORROBORATED = "corroborated"
    UNCORROBORATED = "uncorroborated"
    DENIED = "denied"


# Converters accept any iterable (lists from callers, JSON) and keep an immutable tuple.
# One per element type, because mypy's attrs plugin cannot bind a generic converter.
def _strs(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


def _dates(items: Iterable[dt.date]) -> tuple[dt.date, ...]:
    return tuple(items)


def _non_empty(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not value.strip():
        raise ValueError(f"{attribute.name} must not be empty")


def _optional_date(value: object) -> dt.date | None:
    """Accept a date, an ISO string or None (for JSON and CLI input)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


@attrs.frozen(kw_only=True)
class Article:
    """One news article; ``body`` is the cleaned text every offset refers to."""

    id: str = attrs.field(validator=_non_empty)
    source: str = attrs.field(validator=v.instance_of(str))
    body: str = attrs.field(validator=[v.instance_of(str), _non_empty])
    outlet: str | None = None
    byline: str | None = None
    title: str | None = None
    published: dt.date | None = attrs.field(default=None, converter=_optional_date)
    url: str | None = None
    copy_of: str | None = None  # the id of the article this one repeats (wire copy), if any


class PartyKind(enum.StrEnum):
    """What sort of side a party is (the knowledge base's kind vocabulary)."""

    STATE = "state"  # a government, its organs and officials (id: ISO 3166-1 alpha-2)
    BODY = "body"  # an intergovernmental body and its organs (UN, NATO, EU, IAEA)
    ORGANISATION = "organisation"  # any other organisation: armed group, NGO, company, court
    MEDIA = "media"  # a news agency or outlet
    BLOC = "bloc"  # a loose group of states ("the West")


@attrs.frozen(kw_only=True)
class Party:
    """The side a speaker speaks for: one government, one body, one organisation.

    ``id`` is an ISO 3166-1 alpha-2 code for a state, an acronym for an
    intergovernmental body, or a name for anything else; ``name`` is how a
    reader sees it ("RU" -> "Russia"). Parties are equal when their ids are.
    Build one from an id with ``factcheck.knowledge``
    (``Knowledge.default().party("RU")``).
    """

    id: str = attrs.field(validator=_non_empty)
    kind: PartyKind = attrs.field(converter=PartyKind, eq=False)
    name: str = attrs.field(validator=_non_empty, eq=False)

    def __str__(self) -> str:
        return self.id


def _as_party(value: Party | str | None) -> Party | None:
    """A party record; a bare id is read with the knowledge base in force (``"RU"`` ->
    Russia, an id it does not know -> an organisation of that name); no id, or the
    ``"unknown"`` of the JSON report, is None."""
    if value is None or isinstance(value, Party):
        return value
    if not isinstance(value, str):
        raise TypeError(f"party must be a Party, a party id or None, not {value!r}")
    from factcheck.knowledge import current  # the knowledge base reads this model

    return current().party(value.strip())


@attrs.frozen(kw_only=True)
class Speaker:
    """Who a claim is attributed to, by canonical name, with the side they speak for.

    ``party`` is the :class:`Party` they speak for, or None when it is not known; a
    party id given here ("RU") is read with the knowledge base in force.
    """

    name: str = attrs.field(validator=_non_empty)
    party: Party | None = attrs.field(default=None, converter=_as_party)
    role: str | None = None

    @property
    def party_id(self) -> str | None:
        """The party's id, or None when the party is not known."""
        return self.party.id if self.party is not None else None


class Frame(enum.StrEnum):
    """The attribution shape extraction found a claim in (see ``factcheck.extract``)."""

    QUOTE = "quote"  # quoted words and their attribution
    REPORTED = "reported"  # "X said (that) C", "C, X said"
    ACCORDING_TO = "according_to"  # "according to X, C"
    PARENTHETICAL = "parenthetical"  # "C1, X said, C2", "as X said"
    NOMINAL = "nominal"  # "X's accusation that C"
    RELATIVE = "relative"  # "..., which X says C"
    RELAYED = "relayed"  # "media reported X as saying C": X's claim
    CONTINUED = "continued"  # "..., adding C", "said A and that B": the speaker before


@attrs.frozen(kw_only=True)
class EntityMention:
    """A name in an article body that stands for a party ("the Kremlin" -> RU)."""

    start: int
    end: int
    text: str
    party: str | None = None  # the party id it stands for, on the article's day


def _mentions(items: Iterable[EntityMention]) -> tuple[EntityMention, ...]:
    return tuple(items)


@attrs.frozen(kw_only=True)
class Annotation:
    """What extraction found about a claim, for later stages to read instead of re-reading
    the text (annotate once): the attribution shape, where the speaker is named, the
    speaker's role and the entities the content names (spans are offsets into the body)."""

    frame: Frame = attrs.field(converter=Frame)
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_role: str | None = None
    mentions: tuple[EntityMention, ...] = attrs.field(default=(), converter=_mentions)


def _span(instance: Claim, attribute: attrs.Attribute[int], value: int) -> None:
    if not 0 <= instance.start < instance.end:
        raise ValueError(f"bad span {instance.start}:{instance.end}")
    if len(instance.text) != instance.end - instance.start:
        raise ValueError("claim text must be article.body[start:end]")


@attrs.frozen(kw_only=True)
class Claim:
    """A statement an article attributes to a speaker: a view into the article.

    ``text`` is always ``article.body[start:end]``; it is kept on the record so
    that matching and reports need not hold every article in memory. Build
    claims with :meth:`Claim.of`, which slices the text from the article.
    """

    id: str = attrs.field(validator=_non_empty)
    article: str = attrs.field(validator=_non_empty)
    start: int = attrs.field(validator=v.instance_of(int))
    end: int = attrs.field(validator=[v.instance_of(int), _span])
    text: str
    speaker: Speaker
    stance: Stance = attrs.field(default=Stance.ASSERTS, converter=Stance)
    kind: Kind = attrs.field(default=Kind.INDIRECT, converter=Kind)
    date: dt.date | None = attrs.field(default=None, converter=_optional_date)
    date_source: DateSource = attrs.field(default=DateSource.UNKNOWN, converter=DateSource)
    cue: str | None = None  # the attribution words ("told a press briefing")
    refers_to: str | None = None  # id of the claim a back-pointing denial answers
    cluster: str | None = None
    # what extraction found (frame, speaker span, role, entity mentions); not compared
    annotation: Annotation | None = attrs.field(default=None, eq=False)

    @classmethod
    def of(cls, article: Article, start: int, end: int, **fields: object) -> Claim:
        """A claim over ``article.body[start:end]``."""
        if not 0 <= start < end <= len(article.body):
            raise ValueError(f"span {start}:{end} outside article {article.id}")
        return cls(article=article.id, start=start, end=end,
                   text=article.body[start:end], **fields)  # type: ignore[arg-type]

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


@attrs.frozen(kw_only=True)
class PartyRole:
    """One party's part in a proposition: who spoke for it, when, where."""

    party: str
    speakers: tuple[str, ...] = attrs.field(converter=_strs)
    claims: tuple[str, ...] = attrs.field(converter=_strs)
    articles: tuple[str, ...] = attrs.field(converter=_strs)
    dates: tuple[dt.date, ...] = attrs.field(converter=_dates)


def _party_roles(items: Iterable[PartyRole]) -> tuple[PartyRole, ...]:
    return tuple(items)


@attrs.frozen(kw_only=True)
class Cluster:
    """Claims across articles that state one checkable thing, and its verdict."""

    id: str = attrs.field(validator=_non_empty)
    claims: tuple[str, ...] = attrs.field(converter=_strs)
    representative: str  # id of the claim that states it best
    statement: str  # that claim's text
    verdict: Verdict = attrs.field(converter=Verdict)
    asserted_by: tuple[PartyRole, ...] = attrs.field(default=(), converter=_party_roles)
    denied_by: tuple[PartyRole, ...] = attrs.field(default=(), converter=_party_roles)
    opinion: bool = False  # concern, condemnation, praise: not checkable
    first_date: dt.date | None = attrs.field(default=None, converter=_optional_date)
    last_date: dt.date | None = attrs.field(default=None, converter=_optional_date)
    explanation: str = ""
    # ids of the clusters that name another culprit for the same event: one dispute
    rivals: tuple[str, ...] = attrs.field(default=(), converter=_strs)

    def explain(self) -> str:
        """One line a reader can check against the articles."""
        return self.explanation


@attrs.frozen(kw_only=True)
class Skipped:
    """An input that could not be read, and why."""

    source: str
    reason: str


@attrs.frozen(kw_only=True)
class Notice:
    """An input that was read, with something in it dropped or distrusted (a warning)."""

    source: str
    message: str


def _articles(items: Iterable[Article]) -> tuple[Article, ...]:
    return tuple(items)


def _claims(items: Iterable[Claim]) -> tuple[Claim, ...]:
    return tuple(items)


def _clusters(items: Iterable[Cluster]) -> tuple[Cluster, ...]:
    return tuple(items)


def _skipped(items: Iterable[Skipped]) -> tuple[Skipped, ...]:
    return tuple(items)


def _notices(items: Iterable[Notice]) -> tuple[Notice, ...]:
    return tuple(items)


@attrs.frozen(kw_only=True)
class Result:
    """Everything one analysis found: the typed value behind every report."""

    articles: tuple[Article, ...] = attrs.field(default=(), converter=_articles)
    claims: tuple[Claim, ...] = attrs.field(default=(), converter=_claims)
    clusters: tuple[Cluster, ...] = attrs.field(default=(), converter=_clusters)
    skipped: tuple[Skipped, ...] = attrs.field(default=(), converter=_skipped)
    warnings: tuple[Notice, ...] = attrs.field(default=(), converter=_notices)

    def article(self, article_id: str) -> Article:
        """The article with this id (KeyError if absent)."""
        for art in self.articles:
            if art.id == article_id:
                return art
        raise KeyError(article_id)

    def claim(self, claim_id: str) -> Claim:
        """The claim with this id (KeyError if absent)."""
        for claim in self.claims:
            if claim.id == claim_id:
                return claim
        raise KeyError(claim_id)

    def claims_of(self, cluster: Cluster) -> list[Claim]:
        """The claims of one cluster, in cluster order."""
        by_id = {c.id: c for c in self.claims}
        return [by_id[i] for i in cluster.claims]
