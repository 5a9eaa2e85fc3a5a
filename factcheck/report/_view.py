"""The view-model every human-facing report renders: built once from a :class:`Result`.

Markdown, HTML and ClaimReview all read a :class:`ReportView`; the grouping of
claims by side and party, the quote contexts, the ordering and the counts are
decided here and nowhere else, so the formats cannot disagree.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from urllib.parse import quote, urlsplit

import attrs

from factcheck.claims import Article, Claim, Cluster, Result, Skipped, Stance, Verdict
from factcheck.knowledge import current
from factcheck.report._options import CONTEXT_CHARS
from factcheck.report.json_report import party_id

__all__ = [
    "CONTEXT_CHARS",
    "VERDICT_ORDER",
    "ArticleView",
    "ClaimView",
    "PartySummary",
    "PartyView",
    "PropositionView",
    "Quote",
    "ReportView",
    "build",
    "link",
    "party_id",
    "party_label",
    "quote_in_context",
]

# Most telling first: a reader opens a report to see what is disputed.
VERDICT_ORDER: tuple[Verdict, ...] = (
    Verdict.CONTESTED, Verdict.CORROBORATED, Verdict.DENIED, Verdict.UNCORROBORATED)


# A sentence ends after . ! ? or … (and any closing quotes or brackets) when no
# lower-case letter or digit follows ("Sept. 16", "e.g. the"); a line break always ends
# one. Abbreviations before a capital ("U.S. officials") cut early: harmless for a context.
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’»)\]]*[ \t]+(?![a-z0-9])|[ \t]*\n\s*")
_SPACE = re.compile(r"\s+")
_ANCHOR_UNSAFE = re.compile(r"[^A-Za-z0-9_.:-]+")
_WEB_SCHEMES = frozenset({"http", "https"})
_LINK_SCHEMES = _WEB_SCHEMES | {"file"}


@attrs.frozen(kw_only=True)
class Quote:
    """A claim in its sentence: ``before`` + ``text`` + ``after``, whitespace collapsed."""

    before: str
    text: str
    after: str
    cut_before: bool  # the context was cut mid-sentence: show an ellipsis
    cut_after: bool


@attrs.frozen(kw_only=True)
class ArticleView:
    """An article as a report cites it."""

    id: str
    source: str
    web: str | None  # the article's web address, when it has one
    href: str | None  # a safe link to it (web address or path), None when it has none
    outlet: str | None
    title: str | None
    published: dt.date | None
    claims: int  # how many claims it carries
    copy_of: str | None = None  # the id of the article it is a copy of (wire copy)

    @property
    def label(self) -> str:
        """The outlet, or failing that the article id."""
        return self.outlet or self.id


@attrs.frozen(kw_only=True)
class ClaimView:
    """One claim with everything a reader needs to check it against the article."""

    id: str
    speaker: str
    party: str
    role: str | None
    stance: Stance
    kind: str
    date: dt.date | None
    article: ArticleView
    quote: Quote
    cue: str | None


@attrs.frozen(kw_only=True)
class PartyView:
    """One party on one side of a proposition, with the claims it made there."""

    party: str
    key: str  # a stable, markup-safe token for filters ("p3")
    label: str
    speakers: tuple[str, ...]
    claims: tuple[ClaimView, ...]


@attrs.frozen(kw_only=True)
class PropositionView:
    """One cluster: its verdict, statement, and who asserts and denies it."""

    id: str
    anchor: str  # fragment id in the HTML report, also used by ClaimReview urls
    verdict: Verdict
    opinion: bool
    statement: str
    explanation: str
    first_date: dt.date | None
    last_date: dt.date | None
    representative: ClaimView
    asserting: tuple[PartyView, ...]
    denying: tuple[PartyView, ...]
    articles: tuple[ArticleView, ...]  # where it appears, earliest first
    claims: int

    @property
    def single(self) -> bool:
        """Only one claim states it: grouped apart so the page stays readable."""
        return self.claims == 1

    @property
    def party_keys(self) -> tuple[str, ...]:
        """Filter tokens of every party on either side."""
        return tuple(sorted({p.key for p in (*self.asserting, *self.denying)}))


@attrs.frozen(kw_only=True)
class PartySummary:
    """A party across the corpus: how many propositions it asserts and denies."""

    party: str
    key: str
    label: str
    asserts: int
    denies: int
    claims: int
    speakers: tuple[str, ...]


@attrs.frozen(kw_only=True)
class ReportView:
    """Everything a report shows, ordered and counted."""

    articles: tuple[ArticleView, ...]
    propositions: tuple[PropositionView, ...]  # checkable, several claims each
    singles: tuple[PropositionView, ...]  # checkable, one claim each
    opinions: tuple[PropositionView, ...]  # not checkable, shown apart
    unclustered: tuple[ClaimView, ...]  # claims no cluster holds (none from the pipeline)
    parties: tuple[PartySummary, ...]
    skipped: tuple[Skipped, ...]
    claims: int
    verdict_counts: tuple[tuple[Verdict, int], ...]  # checkable propositions, VERDICT_ORDER

    @property
    def checkable(self) -> tuple[PropositionView, ...]:
        return self.propositions + self.singles

    @property
    def all_propositions(self) -> tuple[PropositionView, ...]:
        return self.propositions + self.singles + self.opinions


def party_label(party: str) -> str:
    """A reader's name for a party: "US" -> "United States"; others as they are.

    A state's code is named by the knowledge base in force (a user's own included);
    other ids ("NATO", "Hamas") are already the names readers know.
    """
    if len(party) == 2 and party.isupper():
        return current().name_of(party)
    return party


def link(source: str) -> str | None:
    """A safe href for an article source: web or file URLs and plain paths only.

    Anything with another scheme (``javascript:``, ``data:``) gets no link at all.
    """
    source = source.strip()
    if not source:
        return None
    scheme = urlsplit(source).scheme.lower()
    if scheme in _LINK_SCHEMES:
        return quote(source, safe=":/?#[]@!$&'()*+,;=%~")
    if scheme and len(scheme) > 1:  # "C:\..." is a Windows drive, not a scheme
        return None
    return quote(source.replace("\\", "/"), safe="/:.-_~")


def _collapse(text: str) -> str:
    return _SPACE.sub(" ", text)


def quote_in_context(body: str, start: int, end: int, reach: int = CONTEXT_CHARS) -> Quote:
    """The sentence around ``body[start:end]``, at most ``reach`` characters each side."""
    lo = max(0, start - reach)
    before = body[lo:start]
    ends = list(_SENTENCE_END.finditer(before))
    if ends:
        before, cut_before = before[ends[-1].end():], False
    elif lo == 0:
        cut_before = False
    else:  # mid-sentence: start at a word
        space = before.find(" ")
        before, cut_before = (before[space + 1:] if space >= 0 else before), True
    hi = min(len(body), end + reach)
    after = body[end:hi]
    stop = _SENTENCE_END.search(after)
    if stop:
        after, cut_after = after[:stop.end()], False
    elif hi == len(body):
        cut_after = False
    else:
        space = after.rfind(" ")
        after, cut_after = (after[:space] if space > 0 else after), True
    return Quote(before=_collapse(before).lstrip(), text=_collapse(body[start:end]),
                 after=_collapse(after).rstrip(), cut_before=cut_before, cut_after=cut_after)


def _anchors(clusters: Iterable[Cluster]) -> dict[str, str]:
    """Markup-safe, unique fragment ids for cluster ids."""
    out: dict[str, str] = {}
    used: set[str] = set()
    for cl in sorted(clusters, key=lambda c: c.id):
        base = "prop-" + _ANCHOR_UNSAFE.sub("-", cl.id)
        anchor, n = base, 1
        while anchor in used:
            n += 1
            anchor = f"{base}-{n}"
        used.add(anchor)
        out[cl.id] = anchor
    return out


def _web(address: object) -> str | None:
    if isinstance(address, str) and urlsplit(address.strip()).scheme.lower() in _WEB_SCHEMES:
        return address.strip()
    return None


def _article_view(article: Article, claims: int) -> ArticleView:
    # ingest reads a page's address (the `url:` header) but the model has no field for it
    # yet; use it as soon as Article has one, else the source when that is a web address
    web = _web(getattr(article, "url", None)) or _web(article.source)
    return ArticleView(id=article.id, source=article.source, web=web,
                       href=link(web or article.source), outlet=article.outlet,
                       title=article.title, published=article.published, claims=claims,
                       copy_of=article.copy_of)


def _claim_order(c: ClaimView) -> tuple[dt.date, str, str]:
    return (c.date or dt.date.max, c.article.id, c.id)


def _claim_view(claim: Claim, article: Article | None, articles: Mapping[str, ArticleView],
                reach: int) -> ClaimView:
    if article is None:  # a claim whose article the result lacks: show what the claim holds
        cited = ArticleView(id=claim.article, source="", web=None, href=None, outlet=None,
                            title=None, published=None, claims=0)
        quote = Quote(before="", text=_collapse(claim.text), after="", cut_before=True,
                      cut_after=True)
    else:
        cited = articles[article.id]
        quote = quote_in_context(article.body, claim.start, claim.end, reach)
    return ClaimView(id=claim.id, speaker=claim.speaker.name, party=party_id(claim.speaker.party),
                     role=claim.speaker.role, stance=claim.stance, kind=claim.kind.value,
                     date=claim.date, article=cited, quote=quote, cue=claim.cue)


def _side(groups: Mapping[str, Sequence[ClaimView]], keys: Mapping[str, str]
          ) -> tuple[PartyView, ...]:
    parties = []
    for party, claims in groups.items():
        ordered = tuple(sorted(claims, key=_claim_order))
        parties.append(PartyView(
            party=party, key=keys[party], label=party_label(party),
            speakers=tuple(dict.fromkeys(c.speaker for c in ordered)), claims=ordered))
    # whoever spoke first comes first
    return tuple(sorted(parties, key=lambda p: (_claim_order(p.claims[0])[0], p.party)))


def _sides(cluster: Cluster, views: Mapping[str, ClaimView]
           ) -> dict[Stance, dict[str, list[ClaimView]]]:
    """The cluster's claims by stance and party, as the verdict counted them.

    A claim listed in one of the cluster's :class:`PartyRole` records goes under that
    party (the verdict may merge wire copy or resolve a party); any other claim goes
    under its own speaker's party and stance, so that nothing is dropped.
    """
    sides: dict[Stance, dict[str, list[ClaimView]]] = {Stance.ASSERTS: {}, Stance.DENIES: {}}
    mine = set(cluster.claims)
    placed: set[str] = set()
    for stance, roles in ((Stance.ASSERTS, cluster.asserted_by),
                          (Stance.DENIES, cluster.denied_by)):
        for role in roles:
            for cid in role.claims:
                if cid in mine and cid in views and cid not in placed:
                    sides[stance].setdefault(role.party, []).append(views[cid])
                    placed.add(cid)
    for cid in cluster.claims:
        if cid not in placed and cid in views:
            view = views[cid]
            sides[view.stance].setdefault(view.party, []).append(view)
    return sides


def _proposition_order(p: PropositionView) -> tuple[int, int, int, dt.date, str]:
    parties = len({x.party for x in (*p.asserting, *p.denying)})
    return (VERDICT_ORDER.index(p.verdict), -parties, -p.claims,
            p.first_date or dt.date.max, p.id)


def build(result: Result, *, context: int = CONTEXT_CHARS) -> ReportView:
    """The view of ``result``: pure and deterministic (input order does not matter)."""
    by_article = {a.id: a for a in result.articles}
    per_article = Counter(c.article for c in result.claims)
    articles = {a.id: _article_view(a, per_article[a.id]) for a in result.articles}
    views = {c.id: _claim_view(c, by_article.get(c.article), articles, context)
             for c in result.claims}

    sides = {cl.id: _sides(cl, views) for cl in result.clusters}
    party_names = sorted({p for s in sides.values() for g in s.values() for p in g}
                         | {v.party for v in views.values()}, key=lambda p: (p.casefold(), p))
    keys = {p: f"p{i}" for i, p in enumerate(party_names)}
    anchors = _anchors(result.clusters)

    props = []
    for cl in result.clusters:
        members = [views[c] for c in cl.claims if c in views]
        if not members:
            continue  # a cluster of claims the result does not hold: nothing to show
        rep = views.get(cl.representative, members[0])
        first: dict[str, ClaimView] = {}
        for c in sorted(members, key=_claim_order):
            first.setdefault(c.article.id, c)
        props.append(PropositionView(
            id=cl.id, anchor=anchors[cl.id], verdict=cl.verdict, opinion=cl.opinion,
            statement=cl.statement or rep.quote.text, explanation=cl.explain(),
            first_date=cl.first_date or min((c.date for c in members if c.date), default=None),
            last_date=cl.last_date or max((c.date for c in members if c.date), default=None),
            representative=rep,
            asserting=_side(sides[cl.id][Stance.ASSERTS], keys),
            denying=_side(sides[cl.id][Stance.DENIES], keys),
            articles=tuple(c.article for c in first.values()), claims=len(members)))
    props.sort(key=_proposition_order)

    checkable = [p for p in props if not p.opinion]
    in_cluster = {c for cl in result.clusters for c in cl.claims}
    unclustered = tuple(sorted((v for v in views.values() if v.id not in in_cluster),
                               key=_claim_order))
    verdicts = Counter(p.verdict for p in checkable)
    return ReportView(
        articles=tuple(sorted(articles.values(), key=lambda a: a.id)),
        propositions=tuple(p for p in checkable if not p.single),
        singles=tuple(p for p in checkable if p.single),
        opinions=tuple(p for p in props if p.opinion),
        unclustered=unclustered,
        parties=_party_summaries(party_names, keys, checkable, views.values()),
        skipped=tuple(sorted(result.skipped, key=lambda s: (s.source, s.reason))),
        claims=len(result.claims),
        verdict_counts=tuple((v, verdicts[v]) for v in VERDICT_ORDER))


def _name_order(name: str) -> tuple[str, str]:
    # case aside first, then exactly: names that differ only in case must not keep
    # the order of a set, which changes with PYTHONHASHSEED
    return (name.casefold(), name)


def _party_summaries(parties: Sequence[str], keys: Mapping[str, str],
                     checkable: Sequence[PropositionView], claims: Iterable[ClaimView]
                     ) -> tuple[PartySummary, ...]:
    asserts: Counter[str] = Counter()
    denies: Counter[str] = Counter()
    for p in checkable:
        asserts.update({x.party for x in p.asserting})
        denies.update({x.party for x in p.denying})
    speakers: defaultdict[str, set[str]] = defaultdict(set)
    counts: Counter[str] = Counter()
    for c in claims:
        speakers[c.party].add(c.speaker)
        counts[c.party] += 1
    return tuple(PartySummary(party=p, key=keys[p], label=party_label(p), asserts=asserts[p],
                              denies=denies[p], claims=counts[p],
                              speakers=tuple(sorted(speakers[p], key=_name_order)))
                 for p in parties)
