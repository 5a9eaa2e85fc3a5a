"""Attributed-claim extraction: one article in, its claims out (a pure map).

Per paragraph: quotations are found and masked; per sentence: attribution
frames (reporting verbs, "according to") and direct quotations are found,
their speakers resolved against the article's register of people, then
stance and date are decided. See GUIDELINES.md for what counts.

Each claim carries an :class:`~factcheck.claims.Annotation` (annotate once): the
attribution shape, the span of the words naming the speaker, the speaker's role
and the entities its content names with their parties, read with the knowledge
base once per article, so that later stages need not find them again.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

import attrs

from factcheck.claims import (
    Annotation,
    Article,
    Claim,
    DateSource,
    EntityMention,
    Kind,
    PartyKind,
    Speaker,
    Stance,
)
from factcheck.claims import Frame as Shape
from factcheck.extract._dates import Dating, find_date, object_time, settle_dates
from factcheck.extract._frames import (
    DATELINE,
    Frame,
    find_attribution,
    find_frames,
    strip_leading,
    verb_stance,
)
from factcheck.extract._lexicon import as_party, country_name, word_set
from factcheck.extract._parties import dateline_party, home_party, settle
from factcheck.extract._speakers import (
    Register,
    Resolver,
    party_of_phrase,
    role_words,
    title_words,
)
from factcheck.extract._stance import (
    counter_claim,
    counterfactual,
    own_version,
    points_back,
    says_none,
    says_proper,
    stance_of,
)
from factcheck.extract._text import Quote, paragraphs, quotes, sentences
from factcheck.knowledge import Knowledge, current, on_day, per_knowledge

__all__ = ["extract", "party_name", "party_of_phrase"]

_MIN_QUOTE_WORDS = 3
_PRONOUN_SUBJECT = re.compile(r"\s*(?:it|he|she|they)\s*", re.IGNORECASE)
# "warned of possible consequences": a topic; "on 14 September, troops opened fire": a time
# ("warned of atrocities being committed along ethnic lines": a statement of what happens)
# ("said about 30 troops had crossed": a number of a clause's subject, not a topic)
_TOPIC = re.compile(r"(?:of|about|on|over|against)\s(?!\d[\d,.]*\s[^;]{0,80}?\s(?:is|are|was|were|"
                    r"has|have|had|will|would)\s)"
                    r"(?!(?:the\s+)?(?:\d|morning|evening|night|"
                    r"afternoon|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                    r"January|February|March|April|May|June|July|August|September|October|"
                    r"November|December)\b)(?![^,;]{1,60}?\s(?:being|having\s+been)\s+\w+ed\b)")
_LABEL = re.compile(r"(?:^|\s)(?:Quote|Quotes|Statement|Text)\s*:\s*$")


def _lead_np(text: str) -> str:
    """The phrase a clause opens with, up to its verb: names, titles, roles, possessives."""
    roles = role_words()
    end = 0
    if re.match(r"(?:if|when|while|as|although|though|because|since|after|before|unless|once)\b",
                text, re.IGNORECASE):
        return ""  # a subordinate clause opens the sentence, not its subject
    heads = _np_heads()
    previous = ""
    for m in re.finditer(r"[^\s,]+", text):
        word = m.group(0)
        low = word.lower().strip(".()")
        if (word[:1].isupper() or low in roles or low in word_set("roles", "relations")
                or low in {"and", "a", "an", "along", "with", "together"} or low in heads
                or (low in {"by", "from", "of"} and previous in word_set("roles", "group_heads"))
                or re.search(r"['’]s$", word)):
            end = m.end()  # "A letter by UAE Ambassador X", "The report"
            previous = low
            continue
        break
    return text[:end].rstrip(" ,")


@cache
def _np_heads() -> frozenset[str]:
    """Lower-case nouns that head a speaker's noun phrase: "the report", "the mission"."""
    return frozenset(word_set("roles", "group_heads") | word_set("roles", "org_heads")
                     | word_set("roles", "collective_nouns"))


@attrs.define
class _Draft:
    start: int
    end: int
    speakers: list[Speaker]
    stance: Stance
    kind: Kind
    cue: str | None
    date: dt.date | None
    date_source: DateSource
    refers_to_index: int | None = None
    shape: Shape = Shape.REPORTED
    subject: tuple[int, int] | None = None
    paragraph: int = -1
    own_date: bool = False  # the attribution's own words dated it (or placed it at no day)


@attrs.define
class _State:
    """What extraction remembers while it reads an article, front to back."""

    article: Article
    masked: str
    register: Register
    resolver: Resolver
    drafts: list[_Draft] = attrs.field(factory=list)
    last_date: dict[str, dt.date] = attrs.field(factory=dict)
    previous_date: dt.date | None = None
    last_claim_paragraph: int = -10
    # what each speaker last rejected, and in which paragraph: a negated echo of it denies too
    denied: dict[str, tuple[str, int]] = attrs.field(factory=dict)
    paras: list[tuple[int, int]] = attrs.field(factory=list)
    dateline_party: str | None = None
    published: dt.date | None = None  # the article's, or its dateline's when it has a year


def party_name(party: str) -> str:
    """A reader's name for a party: "RU" -> "Russia", "NATO" -> "NATO"; others as they are."""
    if len(party) == 2 and party.isupper():
        return country_name(party)
    return party


def _words(text: str) -> int:
    return len(re.findall(r"[\w’'-]+", text))


def _masked_body(body: str, paras: list[tuple[int, int]]) -> tuple[str, dict[int, list[Quote]]]:
    found = {i: quotes(body, s, e) for i, (s, e) in enumerate(paras)}
    chars = list(body)
    for qs in found.values():
        for q in qs:
            last = q.end - 1  # a quotation's final stop still ends its sentence
            for i in range(q.start, q.end):
                if not chars[i].isspace() and chars[i] not in ",;:" and not (
                        i == last and chars[i] in ".!?"):
                    chars[i] = "x"
    return "".join(chars), found


def extract(article: Article, knowledge: Knowledge | None = None) -> list[Claim]:
    """The attributed claims of one article, in text order (see GUIDELINES.md).

    Names are read with ``knowledge`` (default: the one in force,
    ``factcheck.knowledge.current()``), people's roles as of the publication date.
    """
    with (knowledge or current()).active(), on_day(article.published):
        return _extract(article)


def _extract(article: Article) -> list[Claim]:
    body = article.body
    paras = paragraphs(body)
    masked, para_quotes = _masked_body(body, paras)
    sents = [(i, s, e) for i, (ps, pe) in enumerate(paras) for s, e in sentences(masked, ps, pe)]
    register = Register.of(body, [(s, e) for _, s, e in sents])
    dateline = DATELINE.match(body)
    place = dateline_party(dateline.group(0)) if dateline else None
    if dateline is None:
        # "New Delhi: India has ...": a known place and a colon open the dispatch too
        colon = _PLACE_COLON.match(body)
        place = dateline_party(colon.group(1)) if colon else None
        if colon and place:
            masked = " " * colon.end() + masked[colon.end():]
    published = article.published
    if dateline:  # the dateline's day dates the dispatch, not any statement in it
        masked = " " * dateline.end() + masked[dateline.end():]
        if published is None:
            found = find_date(dateline.group(0), None, None)  # only a date with a year counts
            published = found[0] if found else None
    state = _State(article=article, masked=masked, register=register,
                   resolver=Resolver(register), paras=paras,
                   dateline_party=place if place and re.fullmatch(r"[A-Z]{2}", place) else None,
                   published=published)
    consumed: set[int] = set()
    for k, (pi, s, e) in enumerate(sents):
        if k in consumed:
            continue
        sent_quotes = [q for q in para_quotes[pi] if s <= q.open < e]
        nxt = sents[k + 1] if k + 1 < len(sents) else None
        used_next = _sentence(state, pi, s, e, sent_quotes, nxt, para_quotes)
        if used_next:
            consumed.add(k + 1)
    # undated statements take their speaker's day, which may come later in the article
    days = settle_dates([Dating(speakers=tuple(sp.name for sp in d.speakers),
                                paragraph=d.paragraph, date=d.date, source=d.date_source,
                                own=d.own_date) for d in state.drafts])
    for d, (day, source) in zip(state.drafts, days, strict=True):
        d.date, d.date_source = day, source
    _denied_as_none(body, state.drafts)
    return _claims(article, state.drafts)


def _denied_as_none(body: str, drafts: list[_Draft]) -> None:
    """ "There were no rebels at the post", "none of the dead belonged to the gang": said
    by a side that denies something else in the article, a thing or a person said not to
    exist answers the charge, so it denies it (an observer's or an accuser's "there was no
    warning" stays an assertion)."""
    deniers = {sp.party.id for d in drafts if d.stance is Stance.DENIES
               for sp in d.speakers if sp.party is not None}
    for d in drafts:
        if d.stance is Stance.ASSERTS and deniers and any(
                sp.party is not None and sp.party.id in deniers for sp in d.speakers):
            content = body[d.start:d.end]
            if says_none(content) or says_proper(content):
                d.stance = Stance.DENIES


def _sentence(state: _State, pi: int, s: int, e: int, sent_quotes: list[Quote],
              nxt: tuple[int, int, int] | None, para_quotes: dict[int, list[Quote]]) -> bool:
    """Claims of one sentence; True if the next sentence was its quotation's attribution."""
    body, masked = state.article.body, state.masked
    frames = find_frames(masked, s, e, [(q.start, q.end) for q in sent_quotes])
    frame_speakers: list[Speaker] = []
    made = False
    said: list[tuple[Frame, Stance, str]] = []  # this sentence's statements so far
    main_speakers: list[Speaker] = []  # the speakers of the sentence's main clause
    for f in frames:
        if _TOPIC.match(masked, f.content[0], f.content[1]) and f.shape != "according_to" \
                and not (f.inherits and re.match(r"of\s+[a-z]+ing\b", masked[f.content[0]:])):
            # ("accused X of A and of seeking B": the second charge is a statement too)
            # "warned of possible consequences": a topic, not a statement; the speaker
            # still stands for a quotation that follows ("..., saying, "...")
            if f.subject is not None:
                frame_speakers = state.resolver.resolve(
                    body[f.subject[0]:f.subject[1]], f.subject[0])[0]
            continue
        if not f.inherits and re.match(r"of\s", masked[f.content[0]:f.content[1]]):
            f = attrs.evolve(f, content=(f.content[0] + 3, f.content[1]))  # "warned of X being"
        if f.inherits or f.subject is None:
            # "dismissed a report by X alleging that C, saying D": D is the dismisser's, not
            # the author's of the report the clause before attributed
            speakers = (main_speakers if said and said[-1][0].clause is not None else []) \
                or frame_speakers or _leading_speakers(state, s, e)
            person = bool(speakers) and state.register.by_name(speakers[0].name) is not None
        elif frame_speakers and _PRONOUN_SUBJECT.fullmatch(body[f.subject[0]:f.subject[1]]) \
                and not (f.shape == "relative" and re.fullmatch(
                    r"\s*(?:he|she)\s*", body[f.subject[0]:f.subject[1]])):
            # "its ministry said A, which it said was B": the pronoun is the sentence's speaker
            speakers, person = frame_speakers, state.register.last_person is not None and \
                frame_speakers[0].name == state.register.last_person.name
        else:
            speakers, person = state.resolver.resolve(body[f.subject[0]:f.subject[1]],
                                                      f.subject[0])
            if not speakers and f.shape == "relative" and frame_speakers:
                speakers = frame_speakers  # an unresolved pronoun: the sentence's speaker
            if f.shape == "relative" and re.fullmatch(r"\s*(?:it|they)\s*",
                                                      body[f.subject[0]:f.subject[1]]):
                # "The military released videos that it said showed ...": the sentence's
                # subject, not the body named before
                speakers = _leading_speakers(state, s, e) or speakers
        if not speakers:
            continue
        # the side is known before the stance: "the ministry added that Syria has never used"
        # (what every frame of the sentence reports is content, not attribution: in "the
        # ministry said A and denounced that the Guyanese government B" B names no owner)
        attribution = masked[s:e]
        for a, b in (g.content for g in frames):
            lo, hi = max(a, s) - s, min(b, e) - s
            if lo < hi:
                attribution = attribution[:lo] + " " * (hi - lo) + attribution[hi:]
        speakers = [_organ_party(_with_context_party(state, sp), attribution) for sp in speakers]
        frame_speakers = speakers
        if f.clause is None:
            main_speakers = speakers
        cs, ce = f.content
        content = body[cs:ce]
        # the side _add will settle: "the ministry added that Syria has never used" is Syria's
        side = settle(speakers[0], body=body, register=state.register, before=cs,
                      outlet=state.article.outlet, title=state.article.title).party_id
        stance = stance_of(content, verb_stance().get(f.lemma, "asserts"), f.cue, f.lemma,
                           side, context=masked[s:cs])
        if _words(content) <= 2 or (stance is Stance.DENIES and _words(content) <= 4):
            verb = masked.rfind(f.cue.split()[0], s, cs)
            if verb >= 0:
                cs = verb  # "blamed Ukraine", "deny those assertions": keep the verb
            if verb_stance().get(f.lemma) == Stance.DENIES.value and points_back(content) \
                    and f.subject is not None and f.subject[0] < cs:
                # "Iran's mission rejected the allegations": a denial that points back is
                # the denial sentence (GUIDELINES: Claim), its subject included
                cs = f.subject[0]
        if stance is Stance.ASSERTS and _answers(state, f, pi, speakers, content, side, said,
                                                  masked[said[-1][0].content[1]:f.content[0]]
                                                  if said else ""):
            stance = Stance.DENIES
        said.append((f, stance, content))
        if stance is Stance.DENIES:
            # the rest of the sentence: "rejected claims by Caracas that the area is ..."
            state.denied[speakers[0].name] = (body[f.content[0]:e], pi)
        refers = None
        if f.answers_previous and state.drafts:
            refers = len(state.drafts) - 1
        elif stance is Stance.DENIES and points_back(content):
            refers = _referent(state, speakers)
        a, b = f.content
        # the attribution is the sentence without any frame's content: "said A on Wednesday
        # and had since done B" dates B by the words that introduce both, not by A's day
        contents = [g.content for g in frames]
        clause = s
        if f.clause is not None:
            # "a report released by X on Thursday that accused ...": its own clause, even where
            # that clause is what another frame reports ("rejected a report ...")
            clause, contents = f.clause, [f.content]
        elif f.shape in ("relative", "nominal") and f.subject is not None:
            # "the attack last month, which the army said was ...": the clause's own words
            rel = [m.start() for m in re.finditer(r",\s+(?:who|which|whom)\b", masked[s:a])]
            clause = s + rel[-1] if rel else max(masked.rfind(",", s, f.subject[0]), s)
        outside = _blank(masked, clause, e, contents)
        intro = _blank(masked, clause, a, contents)
        if f.subject is not None and f.subject[0] < a and \
                find_date(intro, state.published, None) is not None:
            # "X said on Saturday that C, ... since he vanished on Oct. 2": the words that
            # introduce the statement date it, not a trailing aside
            outside = intro
        if f.shape == "relative" and s < clause and f.subject is not None and \
                re.fullmatch(r"it|he|she|they", masked[f.subject[0]:f.subject[1]], re.I) and \
                find_date(outside, state.published, state.previous_date) is None:
            # "released videos on Wednesday that it said showed ...": the pronoun's words
            # came with the act its own clause dates
            outside = _blank(masked, s, clause, contents) + outside
        # "accused X, on Sunday, of Y": the time inside the object dates the accusing
        outside = f"{object_time(masked[a:b])}, {outside}"
        _add(state, pi, cs, ce, speakers, person, stance, Kind.INDIRECT, f.cue, outside, refers,
             Shape(f.shape), f.subject)
        made = True

    used_next = False
    contents = [f.content for f in frames]
    for q in sent_quotes:
        if any(cs - 2 <= q.start and q.end <= ce + 2 for cs, ce in contents):
            continue  # quoted words inside reported speech
        if _words(body[q.start:q.end]) < _MIN_QUOTE_WORDS:
            continue
        speakers, person, attribution_text, used = _quote_speakers(
            state, pi, s, e, q, frame_speakers, nxt, para_quotes)
        used_next = used_next or used
        if not speakers:
            continue
        pieces: list[tuple[int, int, Stance]] = []
        for ps, pe in sentences(body, q.start, q.end):
            ps, pe = _trim_piece(body, ps, pe)
            if pe <= ps or _words(body[ps:pe]) < 2:
                continue
            side = settle(speakers[0], body=body, register=state.register, before=ps,
                          outlet=state.article.outlet, title=state.article.title).party_id
            stance = stance_of(body[ps:pe], party=side)
            if stance is Stance.ASSERTS and (_answers(state, None, pi, speakers, body[ps:pe],
                                                      side, [], "")
                                             or counterfactual(masked[s:q.open])):
                stance = Stance.DENIES  # '"There are no waters pending delimitation"'
            pieces.append((ps, pe, stance))
        # a quotation that opens with a denial elaborates it: '"Zúñiga is lying. He is trying
        # to justify an act ..."' denies as a whole (a denial further on is its own sentence)
        denial = bool(pieces) and pieces[0][2] is Stance.DENIES
        for ps, pe, stance in pieces:
            # (but not the speaker's own version: '"There was no X. There was a Y"')
            _add(state, pi, ps, pe, speakers, person,
                 Stance.DENIES if denial and not own_version(body[ps:pe]) else stance,
                 Kind.DIRECT, "quote", attribution_text, None, Shape.QUOTE)
            made = True
    if not made:
        _note_event(state, s, e)
    return used_next


_ACCUSING = frozenset({"accuse", "allege", "blame", "charge", "claim"})
_LABELLING = frozenset({"call", "describe", "brand", "characterize", "label", "dismiss"})
# "described it as ...", "called them ...": a label for what was just rejected
_POINTER = re.compile(r"(?:it|them|this|that|these|those|such)\b", re.IGNORECASE)


def _content_of(state: _State, f: Frame) -> str:
    return state.article.body[f.content[0]:f.content[1]]


def _answers(state: _State, f: Frame | None, pi: int, speakers: list[Speaker], content: str,
             side: str | None, said: list[tuple[Frame, Stance, str]], between: str) -> bool:
    """Whether an asserted statement is a counter-claim that denies (GUIDELINES: Stance)."""
    if f is not None and f.inherits and f.lemma in _LABELLING and said \
            and said[-1][1] is Stance.DENIES and _POINTER.match(_content_of(state, f)):
        return True  # "rejected the speculation and described it as an attempt to ...": a label
    last = state.denied.get(speakers[0].name)
    denied = last[0] if last is not None and pi - last[1] <= 1 else None
    accusation = None
    if said and re.search(r"\b(?:while|whereas|but)\b", between):
        # "X accused Venezuela of ..., while Caracas insists the boat never left": the reply
        accusation = next((c for g, st, c in said if g.lemma in _ACCUSING), None)
    return counter_claim(content, denied=denied, accusation=accusation, party=side)


def _blank(masked: str, s: int, e: int, spans: list[tuple[int, int]]) -> str:
    """The text ``masked[s:e]`` with the given spans blanked out (offsets kept)."""
    chars = list(masked[s:e])
    for a, b in spans:
        for i in range(max(a, s), min(b, e)):
            chars[i - s] = " "
    return "".join(chars)


def _trim_piece(body: str, s: int, e: int) -> tuple[int, int]:
    while s < e and body[s] in " \"“”‘’,;:—–-\n":
        s += 1
    while e > s and body[e - 1] in " \"“”,;:—–-\n":
        e -= 1
    return s, e


def _quote_speakers(state: _State, pi: int, s: int, e: int, q: Quote,
                    frame_speakers: list[Speaker], nxt: tuple[int, int, int] | None,
                    para_quotes: dict[int, list[Quote]],
                    ) -> tuple[list[Speaker], bool, str, bool]:
    """Who said a quotation, the attribution words, and whether the next sentence said it."""
    body, masked, reg = state.article.body, state.masked, state.register
    pre = masked[s:q.open]
    after_start = (q.close + 1) if q.close is not None else q.end
    post = masked[after_start:e]
    if _LABEL.search(pre):
        mention = reg.last_mentioned_person(q.open)
        if mention is not None:
            return [reg.speaker(mention)], True, pre, False
    if frame_speakers and re.search(r"(?:saying|adding|added|said|says|noting|warning|"
                                    r"insisting|declaring|stating)[,:]?\s*$", pre):
        return frame_speakers, True, pre, False
    attribution = find_attribution(masked, after_start, e)
    if attribution is None and pre.strip():
        attribution = find_attribution(masked, s, q.open)
    if attribution is not None:
        a, b = attribution.subject
        speakers, person = state.resolver.resolve(body[a:b], a)
        if speakers:
            return speakers, person, masked[s:e], False
    if nxt is not None and not pre.strip():
        npi, ns, ne = nxt
        next_has_quote = any(ns <= x.open < ne for x in para_quotes.get(npi, []))
        if not next_has_quote and _words(masked[ns:ne]) <= 20:
            attribution = find_attribution(masked, ns, ne)
            if attribution is not None and not find_frames(masked, ns, ne, []):
                a, b = attribution.subject
                speakers, person = state.resolver.resolve(body[a:b], a)
                if speakers:
                    return speakers, person, masked[ns:ne], True
    if pre.strip() and not re.match(r"^\W*(?:but|and|so|yet)?\W*$", pre, re.IGNORECASE):
        # "Putin broke silence and offered his "condolences ..."": the sentence's subject
        lead_speakers = _leading_speakers(state, s, e)
        if lead_speakers:
            person = reg.last_person is not None and lead_speakers[0].name == reg.last_person.name
            mention = reg.by_name(lead_speakers[0].name)
            return lead_speakers, mention is not None, masked[s:e], False
    if not pre.strip() and q.open == state.paras[pi][0] and pi > 0:
        # 'Rafael Grossi said:' closing one paragraph, the quotation opening the next
        ps, pe = state.paras[pi - 1]
        if masked[ps:pe].rstrip().endswith(":"):
            attribution = find_attribution(masked, ps, pe)
            if attribution is not None:
                a, b = attribution.subject
                speakers, person = state.resolver.resolve(body[a:b], a)
                if speakers:
                    return speakers, person, masked[ps:pe], False
    # a quotation continuing the last speaker's words
    if reg.last_speakers and pi - state.last_claim_paragraph <= 1:
        person = reg.last_person is not None and reg.last_speakers[0].name == reg.last_person.name
        return list(reg.last_speakers), person, pre + post, False
    return [], False, "", False


def _leading_speakers(state: _State, s: int, e: int) -> list[Speaker]:
    """The speaker a sentence opens with ("Foreign Minister Dmytro Kuleba also welcomed ...")."""
    masked = state.masked
    lead = strip_leading(masked[s:e])
    np = _lead_np(masked[s + lead:e])
    speakers: list[Speaker] = []
    if np:
        phrase = state.article.body[s + lead:s + lead + len(np)]
        speakers, _ = state.resolver.resolve(phrase, s + lead)
    if not speakers:  # '"...," Putin said, per CNN, claiming ...': the quote's speaker
        attribution = find_attribution(masked, s, e)
        if attribution is not None:
            a, b = attribution.subject
            speakers, _ = state.resolver.resolve(state.article.body[a:b], a)
    return speakers


def _note_event(state: _State, s: int, e: int) -> None:
    """A sentence with no claim can still say who did what when ("He talked ... on February 3")."""
    masked = state.masked
    lead = strip_leading(masked[s:e])
    np = _lead_np(masked[s + lead:e])
    if not np or _words(np) > 40:
        return
    phrase = state.article.body[s + lead:s + lead + len(np)]
    speakers, person = state.resolver.resolve(phrase, s + lead)
    if not speakers or not person or len(speakers) != 1:
        return
    mention = state.register.by_name(speakers[0].name)
    if mention is None:
        return
    state.register.last_person = mention
    found = find_date(masked[s:e], state.published, state.previous_date)
    if found is not None and found[0] is not None:
        state.last_date[speakers[0].name] = found[0]
        state.previous_date = found[0]


def _referent(state: _State, speakers: list[Speaker]) -> int | None:
    """The latest earlier assertion by another party: what a back-pointing denial denies."""
    parties = {sp.party for sp in speakers}
    for i in range(len(state.drafts) - 1, -1, -1):
        d = state.drafts[i]
        if d.stance is Stance.ASSERTS and not parties & {sp.party for sp in d.speakers}:
            return i
    return None


def _add(state: _State, pi: int, cs: int, ce: int, speakers: list[Speaker], person: bool,
         stance: Stance, kind: Kind, cue: str | None, attribution: str,
         refers: int | None, shape: Shape = Shape.REPORTED,
         subject: tuple[int, int] | None = None) -> None:
    published = state.published
    # "X, who visited the front on Monday, said": the relative clause dates another event
    speakers = [_with_context_party(state, sp) for sp in speakers]
    speakers = [_organ_party(sp, attribution) for sp in speakers]
    # the one place a speaker's party is settled: from their own description (_parties)
    speakers = [settle(sp, body=state.article.body, register=state.register, before=cs,
                       outlet=state.article.outlet, title=state.article.title) for sp in speakers]
    # (", a warship that Manila grounded in 1999": an appositive's clause is narration; "X,
    # who said in a report this year that C": a clause with the reporting verb is not)
    attribution = re.sub(r",\s+(?:a|an)\s[^,]*?\b(?:that|which|who)\s[^,]*(?:,|$)"
                         r"|\b(?:who|which)\s[^,]*(?:,|$)",
                         lambda m: m.group(0) if cue and re.search(
                             rf"\b{re.escape(cue)}\b", m.group(0)) else ",", attribution)
    just_said = state.drafts[-1].date if state.drafts else None  # "the statement said": its
    found = find_date(attribution, published, state.previous_date, said=just_said)
    if found is None:
        carried = [state.last_date[sp.name] for sp in speakers if sp.name in state.last_date]
        if carried:
            date, source = carried[0], DateSource.SPEAKER
        elif published is not None:
            date, source = published, DateSource.PUBLISHED
        else:
            date, source = None, DateSource.UNKNOWN
    else:
        date, source = found
        state.previous_date = date  # none after "in December": "at the time" has no day then
        if date is not None:
            for sp in speakers:
                state.last_date[sp.name] = date
    state.drafts.append(_Draft(cs, ce, speakers, stance, kind, cue, date, source, refers,
                               shape, subject, paragraph=pi, own_date=found is not None))
    if shape not in (Shape.NOMINAL, Shape.RELATIVE):
        # "the ministry rejected Ruritania's accusation that ...": the accuser named inside
        # another side's sentence is not who "the ministry" or "he" next refers to
        state.register.note_speakers(speakers, person, pi)
    state.last_claim_paragraph = pi


_ORGANS = re.compile(r"\b(?:ministry|prosecutor|prosecutors|government|agency|agencies|"
                     r"spokesman|spokeswoman|spokesperson|embassy|office|intelligence|"
                     r"state\s+media|authorities)\b", re.IGNORECASE)


def _organ_party(speaker: Speaker, attribution: str) -> Speaker:
    """ "the Ministry of Foreign Affairs said in a statement carried by the Saudi Press Agency":
    an organ that names no country speaks for the one its attribution names."""
    if speaker.party is not None or not _ORGANS.search(speaker.name):
        return speaker
    party = party_of_phrase(attribution.replace(speaker.name, " "))
    found = as_party(party)
    if found is not None and found.kind is PartyKind.STATE:
        return attrs.evolve(speaker, party=found)
    return speaker


_PLACE_COLON = re.compile(r"([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}):\s")
_UNNAMED_SOURCES = frozenset({"sources", "officials", "source", "official"})
_GOVERNMENT_TITLES = frozenset({"minister", "spokesman", "spokeswoman", "spokesperson",
                                "ambassador", "envoy", "president", "secretary", "premier"})


@per_knowledge
def _lower_titles() -> frozenset[str]:
    return frozenset(w.lower() for w in title_words())


def _with_context_party(state: _State, speaker: Speaker) -> Speaker:
    """A bare title ("Foreign Minister X") speaks for the government just quoted."""
    if speaker.party is not None:
        return speaker
    if not speaker.role:
        head = speaker.name.split()[0].lower() if speaker.name else ""
        if head in _UNNAMED_SOURCES and state.dateline_party \
                and home_party(state.article.body) == state.dateline_party:
            # "Sources in the security establishment said", under a dateline of the state the
            # story is about: that state's unnamed officials
            return attrs.evolve(speaker, party=as_party(state.dateline_party))
        return speaker
    words = speaker.role.split()
    owned = words[0].lower() in {"its", "their"}  # "Its spokesman": the body just named
    titles = _lower_titles()
    if not owned and not all(w.strip(".").lower() in titles for w in words):
        return speaker  # "the governor of the Kharkiv region": the text says, just not a party
    if not owned and not {w.lower() for w in words} & _GOVERNMENT_TITLES:
        return speaker  # "Senator X": a title that names no government's spokesperson
    last = state.register.last_group if owned else state.register.last_speakers
    side = last[0].party if len(last) == 1 else None
    if side is not None and side.kind is PartyKind.STATE:
        mention = state.register.by_name(speaker.name)
        if mention is not None:
            mention.party = side.id  # the person keeps that side for the whole article
        return attrs.evolve(speaker, party=side)
    if state.dateline_party and not owned \
            and home_party(state.article.body) == state.dateline_party:
        # "OTTAWA, Sept 19 (Reuters) - Prime Minister Justin Trudeau said": where the wire
        # reports from is whose officials speak untitled, if the story is that state's (it
        # is named again); "NAIROBI (Reuters) - Somalia's ..." files a neighbour's story
        mention = state.register.by_name(speaker.name)
        if mention is not None:
            mention.party = state.dateline_party
        return attrs.evolve(speaker, party=as_party(state.dateline_party))
    return speaker


def _annotation(d: _Draft, speaker: Speaker, mentions: list[EntityMention]) -> Annotation:
    """What was found about one claim: its frame, speaker span and role, entities named."""
    inside = tuple(m for m in mentions if d.start <= m.start and m.end <= d.end)
    return Annotation(frame=d.shape, speaker_start=d.subject[0] if d.subject else None,
                      speaker_end=d.subject[1] if d.subject else None,
                      speaker_role=speaker.role, mentions=inside)


def _entity_mentions(article: Article) -> list[EntityMention]:
    """Every name in the body that stands for a party, read once per article."""
    return [EntityMention(start=m.start, end=m.end, text=m.text,
                          party=m.party_id(article.published))
            for m in current().mentions(article.body)]


def _claims(article: Article, drafts: list[_Draft]) -> list[Claim]:
    mentions = _entity_mentions(article) if drafts else []
    order = sorted(range(len(drafts)), key=lambda i: (drafts[i].start, drafts[i].end))
    ids: dict[tuple[int, int], str] = {}
    out: list[Claim] = []
    n = 0
    for i in order:
        d = drafts[i]
        seen: set[str] = set()
        for sp in d.speakers:
            if sp.name in seen:
                continue
            seen.add(sp.name)
            n += 1
            cid = f"{article.id}#{n:03d}"
            ids.setdefault((i, 0), cid)
            out.append(Claim.of(article, d.start, d.end, id=cid, speaker=sp, stance=d.stance,
                                kind=d.kind, date=d.date, date_source=d.date_source,
                                cue=d.cue, annotation=_annotation(d, sp, mentions)))
    # back-references point at the first claim made of the referent draft
    first_id = {i: ids[(i, 0)] for i in range(len(drafts)) if (i, 0) in ids}
    resolved = []
    owners = [i for i in order for _ in _unique(drafts[i].speakers)]
    for claim, owner in zip(out, owners, strict=True):
        ref = drafts[owner].refers_to_index
        resolved.append(attrs.evolve(claim, refers_to=first_id.get(ref)) if ref is not None
                        else claim)
    return resolved


def _unique(speakers: list[Speaker]) -> list[Speaker]:
    seen: set[str] = set()
    out = []
    for sp in speakers:
        if sp.name not in seen:
            seen.add(sp.name)
            out.append(sp)
    return out
