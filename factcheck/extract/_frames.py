"""Attribution frames: where, in one sentence, a speaker is said to say something.

Works on the *masked* sentence (quoted words replaced by ``x``), so reporting
verbs inside quotations never count. A frame is a subject phrase, a cue (the
reporting verb and its addressee) and a content span; all offsets are
absolute offsets into the article body.

The shapes recognised, each with the full range of reporting verbs:

- ``SUBJ [adverbs] VERB [addressee] [that] CONTENT``   (Blinken reiterated that ...)
- ``CONTENT, SUBJ VERB [adverbs].``                    (..., a NSC official said Wednesday)
- ``CONTENT, VERB SUBJ[, ROLE].``                      (..., said Evan Medeiros, a professor)
- ``..., VERBing [that] CONTENT``                      (adding that ..., saying ...)
- ``SUBJ V1 C1 and|but V2 C2``                         (blamed Russia ... and identified ...)
- ``According to SUBJ, CONTENT`` / ``CONTENT, according to SUBJ`` / ``As SUBJ noted, CONTENT``
- ``... SUBJ that VERB CONTENT``                       (a criminal probe ... that said ...)
- ``..., which SUBJ says CONTENT``                     (a relative clause: SUBJ's claim)
- ``SUBJ's accusation that CONTENT``                   (a nominal attribution, nouns in the lexicon)
- ``VERB SUBJ as saying CONTENT``                      (media reported officials as saying ...)
- ``C1, SUBJ VERB, C2``                                (a parenthetical: "..., CNN reports, ...")
- ``"C," SUBJ told reporters, AGENCY reported``        (a relay: the claim stays SUBJ's)
- ``... the statements of X, who claimed that C``      (a who-clause inside another statement)
- ``rejected a report by X [on DAY] that accused|alleging C`` (a document's author, its own day)
- ``..., videos that it said showed C`` / ``in what X called C`` (relative claims, no commas)
- ``C, the Minister of X, NAME, announced``            (a trailing appositive chain)
- ``C, according to X, who said that D``               (both X's)
- ``X, who VERB ..., said C``                          (a non-restrictive subject clause)

Content is split where reported speech coordinates statements ("said A, and had B", "A, and
the army was B", "A and agreed that B", "accused X of A and of B"); it ends where the writer
takes over (", days after ...", "without providing evidence", a gloss ", a group that ...",
"— and cast ..."). A condemnation, an expressed sentiment or a call for something of a bare
noun phrase ("condemned the raid") states nothing checkable and is no frame.

Each frame records its shape (``factcheck.claims.Frame``), which extraction passes on
in each claim's :class:`~factcheck.claims.Annotation`.
"""

from __future__ import annotations

import re
from functools import cache

import attrs

from factcheck.extract._lexicon import lexicon
from factcheck.extract._speakers import role_words

__all__ = ["Attribution", "Frame", "find_attribution", "find_frames", "strip_leading",
           "verb_stance"]


@attrs.frozen
class Frame:
    """One attributed statement in a sentence."""

    subject: tuple[int, int] | None  # absolute span of the subject phrase; None: inherited
    content: tuple[int, int]
    cue: str  # the reporting words, e.g. "told a press briefing"
    lemma: str
    inherits: bool = False  # participle or coordination: same speaker as the frame before
    answers_previous: bool = False  # "..., a charge the Kremlin denies": about the frame before
    shape: str = "reported"  # the attribution shape (factcheck.claims.Frame values)
    clause: int | None = None  # where the attributing clause starts, when not the sentence


@attrs.frozen
class Attribution:
    """A speaker phrase and cue for a direct quotation ("he said", "said Evan Medeiros")."""

    subject: tuple[int, int]
    cue: str
    lemma: str


@cache
def _verbs() -> tuple[re.Pattern[str], dict[str, tuple[str, bool]]]:
    data = lexicon("reporting_verbs")["verbs"]
    forms: dict[str, tuple[str, bool]] = {}
    for lemma, spec in data.items():
        for form in spec["forms"]:
            forms[form] = (lemma, bool(spec.get("object")))
    passive = lexicon("reporting_verbs")["passive_quote"]
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    passive_alt = "|".join(sorted({re.escape(p.split(" as ")[0].split(" by")[0])
                                   for p in passive}, key=len, reverse=True))
    pattern = re.compile(
        rf"(?<![\w-])(?P<passive>(?:{passive_alt})(?:\s+by\s+[^,.]+?)?\s+as\s+saying)(?![\w-])"
        rf"|(?<![\w-])(?P<verb>{alternation})(?![\w-])")
    return pattern, forms


@cache
def _that_only() -> frozenset[str]:
    """Lemmas that report only before a that-clause ("recalled that", not "recalled X")."""
    return frozenset(lemma for lemma, spec in lexicon("reporting_verbs")["verbs"].items()
                     if spec.get("that"))


_THAT_CLAUSE_AHEAD = re.compile(r"(?:[^.;:\"“”]{0,60}?[\s,])?that[\s,]")


@cache
def verb_stance() -> dict[str, str]:
    data = lexicon("reporting_verbs")["verbs"]
    return {lemma: spec.get("stance", "asserts") for lemma, spec in data.items()}


_NOUN_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|his|her|their|these|those|such|own|our|your|my|this|any|"
    r"whose|of|no|new|false|many|some|to|will|would|can|could|should|must|may|might|"
    r"not|did|does|do|being|so|well|widely|allegedly)|['’]s|-)\s*$", re.IGNORECASE)
# "was harassed or threatened": a passive, its second participle included
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|be|is|are|being|get|got)\s+"
                             r"(?:(?:\w+ly|also|later|first|then|once|still|since|again)\s+)?"
                             r"(?:[a-z]+(?:ed|en)\s*,?\s+(?:or|and)\s+)?$", re.IGNORECASE)
_INFINITIVE = re.compile(r"\b(?:went|goes|go|going|continued|proceeded|moved)\s+on\s+to\s+$|"
                         r"\b(?:continued|continues|continue|proceeded)\s+to\s+$", re.IGNORECASE)
_COORD_BEFORE = re.compile(r"(?:,\s*)?\b(?:and|but|or|yet)(?:\s+(?:also|then|later|further|"
                           r"again|has|have|had))?\s+$", re.IGNORECASE)
_COMMA_BEFORE = re.compile(r",[\"”’]?\s*(?:and\s+)?$|[\"”’]\s+$|—\s*$")
# "said that, following the talks, ...": a comma may follow "that"
_THAT_AHEAD = re.compile(r"^(?:[^.;:\"“”]{0,60}?[\s,])?that(?:\s*,)?\s+", re.IGNORECASE)
# ("told the correspondent when asked about X": "about" is the question's, not the telling's)
_TELL_OBJECT = re.compile(r"^(?:(?!.*\b(?:when|after|before|while)\s+asked\b)[^.;:]{0,60}?)\s"
                          r"(?:that|about|of|how|why)(?:\s*,)?\s+", re.IGNORECASE)
_LEADING_ADVERBIAL = re.compile(
    r"^(?:(?:and|but|so|yet|also|however)\s+)?"
    r"(?:(?:on\s+)?[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4},\s+|"
    r"(?:on|in|at|during|earlier|later|previously|"
    r"despite|regarding|meanwhile|likewise|separately|there(?=,)|then|speaking|commenting|asked|while|when|for|after|"
    r"before|since|with|without|amid|as\s+for|in\s+addition|at\s+the\s+same\s+time|now|still|"
    r"as(?![^,]{0,120}?\b(?:noted|said|put\s+it|stated|explained|wrote|reported|told|added|"
    r"pointed\s+out|stressed|claimed),)|"
    r"yet|(?:last|this|next|earlier\s+this|later\s+this)\s+(?:week|month|year|weekend|morning|"
    r"afternoon|evening|night|time)(?!['’])|on\s+\w+\s+part|overnight|today|yesterday|moreover|furthermore|instead|"
    r"meanwhile|elsewhere|here|again|finally|first|second|third|by\s+contrast|following|"
    r"responding|reacting|in\s+a\s+[\w-]+(?:\s+[\w-]+)?\s+move|[a-z]+ly|(?!according\b)[a-z]{2,}ing\s(?=(?-i:[a-z]))|back\s+in|"
    r"(?:a|an|one|two|three|four|five|several|a\s+few)\s+(?:hours?|days?|weeks?|months?|years?)"
    r"\s+(?:before|after|earlier|later|ago))"
    r"\b[^,]{0,120},\s+)+", re.IGNORECASE)
_SOURCE_NOTE = re.compile(r",\s+(?:according\s+to(?!\s+which)|per|citing|in\s+(?:a\s+)?statements?|"
                          r"as\s+(?:reported|quoted)\s+by)\s|\s+per\s+(?:the\s+)?[A-Z]|"
                          # "denied it in a statement carried by the news agency": the channel
                          r"\s+in\s+(?:a|an|the|its|their)\s+(?:\w+\s+)?(?:statement|post|"
                          r"interview|communiqu[eé])\s+(?:carried|published|posted|released|"
                          r"issued|broadcast|aired|run)\s+(?:by|on)\s",
                          re.IGNORECASE)
# "According to X, C" (a verb may follow X); "As X noted, C" (the verb is needed: "As he was
# being led away, X told reporters" is a time, not a source)
_ACCORDING_START = re.compile(r"^(?:according\s+to\s+(?P<subj>[^,]{2,120}?)(?:\s+(?:noted|said|"
                              r"put\s+it|stated|explained|wrote|reported|told\s+\w+|added|"
                              r"pointed\s+out|stressed|claimed))?"
                              r"|as\s+(?P<subj2>[^,]{2,120}?)\s+(?:noted|said|put\s+it|stated|"
                              r"explained|wrote|reported|told\s+\w+|added|pointed\s+out|stressed|"
                              r"claimed)),\s+", re.IGNORECASE)
_ACCORDING_MID = re.compile(
    r",\s+according\s+to\s+(?P<subj>(?!which\b)[^,;]{2,80}?),\s+(?:who|which)\s", re.IGNORECASE)
_ACCORDING_END = re.compile(r",\s+according\s+to\s+(?P<subj>(?!which\b)[^,]{2,120}?)"
                            r"(?:,\s+(?:the|a|an)\s[^,]{2,120})?\s*[.!?]?[\"”’]?\s*$",
                            re.IGNORECASE)
_AS_SAID_INSIDE = re.compile(r",\s+as\s+(?P<subj>[^,]{2,80}?)\s+(?:said|noted|stated|reported|"
                             r"put\s+it|told\s+\w+),", re.IGNORECASE)
_ATTRIBUTION_TAIL_MAX = 10
# the writer's subordinate clause after a trailing attribution
_WRITERS_CLAUSE = re.compile(r"(?:as|while|whereas|amid|even\s+as|after|before|days?\s+after|"
                             r"hours?\s+after)\s")
# a verb opening the rest of a sentence split by ", she said,"
_PREDICATE_START = re.compile(r"(?:[a-z]+ed|is|are|was|were|has|have|had|will|would|could|can|"
                              r"should|must|may|might|did|does|do|remains?|remained)\b")
_FINITE = re.compile(r"\b(?:is|are|was|were|had|has|have|will|would|could|can|did|does|should|"
                     r"must|might|no|not|never)\b", re.IGNORECASE)
_SAID_ASIDE = re.compile(r",\s+(?P<subj>he|she|they|it|the\s+[\w.'’-]+(?:\s+[\w.'’-]+){0,2}|"
                         r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2})"
                         r"\s+(?:said|says|added|adds|noted|notes|stressed|argued|argues|insisted|"
                         r"insists|warned|warns|claimed|claims|continued|explained|reported|"
                         r"reports|wrote|writes|believes|believed|alleged|alleges|"
                         r"maintains|maintained|contends|contended),\s+")
# "and that B", "and agreed that B": the second clause's words after "that"
_AND_THAT = re.compile(r",?\s+(?:and|but)\s+(?:also\s+)?(?:[a-z]+ed\s+)?that\s+")
# "had interviewed 23 people, and had analysed videos": a second predicate after an auxiliary
_AND_AUX = re.compile(r",?\s+(?:and|but)\s+(?:also\s+)?(?=(?:has|have|had|is|are|was|were)\s"
                      r"(?!\s*(?:to|of|in|at|on|by|for|with|from|and|or)\b))")
# "remained tense, and the Tajik side was observing it": a second clause with its own subject
_AND_CLAUSE = re.compile(
    r"(?:,\s+(?:and|but)|;(?:\s+(?:and|but))?)\s+(?=(?:the|a|an|its|their|his|her|this|these|"
    r"those|our|we|they|it|he|she|[A-Z][\w'’.-]*|\d[\d,.]*)(?:\s+[^\s,;\"“]+){0,7}?\s+"
    r"(?:(?:is|are|was|were|has|have|had|will|would|could|can|did|does|do|should|must|may|"
    r"might|remains|remained)\s|[\"“]x+\s(?=[^,;]*[\"”]\s+[a-z])))")
# "was not conducting operations and the rockets that hit it did not match": a second clause
# after a finite first one, no comma
_AND_CLAUSE_BARE = re.compile(
    r"\s+(?:and|but)\s+(?=(?:the|a|an|its|their|his|her|this|these|those)\s(?:[^\s,;]+\s+){0,5}?"
    r"(?:is|are|was|were|has|have|had|will|would|could|can|did|does|do|should|must|may|might)"
    r"\s)")
# "accused X of acting as Y and of seeking Z": a second charge
_AND_OF = re.compile(r",?\s+and\s+(?:also\s+)?(?=of\s+[a-z]+ing\b)")
_AND_MODAL = re.compile(r",?\s+(?:and|but)\s+(?:also\s+)?(?=(?:should|must|would|could|will|"
                        r"can|may|might|ought)\s)")
# "-- accusations denied by the Emiratis", ", claims rejected by Moscow": a passive answer
_CHARGE_BEFORE = re.compile(
    r"(?:[,;]|--|[—–])\s*(?P<noun>(?:(?:a|an|the)\s+)?(?:claim|charge|accusation|allegation|"
    r"assertion|report|suggestion)s?)\s+(?:(?:that\s+)?(?:were|was|have\s+been|has\s+been)\s+)?"
    r"(?:\w+ly\s+)?$", re.IGNORECASE)
_CHARGE_DENIED = re.compile(
    r",\s+(?:(?:a|an|the)\s+)?(?:claim|charge|accusation|allegation|assertion|version|account|"
    r"suggestion)s?"
    r"\s+(?:that\s+)?(?P<subj>[^,]{2,60}?)\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|always\s+|"
    r"repeatedly\s+|strongly\s+|flatly\s+)*$", re.IGNORECASE)
# "told reporters the agency was ...": who was told, before the content
_ADDRESSEE = re.compile(
    r"^\s+(?:reporters|journalists|lawmakers|parliament|supporters|the\s+(?:media|press|public)|"
    r"(?:a|the)\s+(?:press\s+briefing|news\s+briefing|briefing|press\s+conference|"
    r"news\s+conference|conference|meeting|forum|summit)|state\s+(?:media|television|TV)|"
    r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\s+"
    r"(?!(?:in|at|on|during|after|before|from|by|via|over|with|as|when|while|that|and|but|"
    r"about|of|for|to|ahead|late|early|last|this|today|yesterday)\b)(?![a-z]+ing\b)"
    r"(?=[\w\"“])")
_WHEN_AFTER_VERB = re.compile(
    r"^\s+(?:(?:on|late|early|earlier|later)\s+)*(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|today|yesterday|tonight|"
    r"(?:last|this)\s+(?:week|month|morning|afternoon|evening|night)|in\s+a\s+statement|"
    r"in\s+an\s+interview|in\s+a\s+(?:statement|post|briefing)\s+on\s+\w+)\s*[,:]?(?=\s)")
_CLAIM_NOUN = re.compile(r"\b(?:claims?|allegations?|accusations?|assertions?|reports?|accounts?|"
                         r"suggestions?|charges?|speculation|rumou?rs?|statements?)\b",
                         re.IGNORECASE)
_AS_SAYING = re.compile(r"^\s+((?:the\s+|a\s+|an\s+)?[^,;\"“”]{2,60}?)\s+as\s+"
                        r"(?:saying|stating|telling\s+[\w\s]{1,30}?)\s*(?:that\s+)?(?=\S)")
_RELATIVE_SAYS = re.compile(r",\s+(?:(?:in|at|during|through)\s+)?(?:which|who|whom)\s+"
                            r"(?P<subj>(?:the\s+)?[\w.’'-]+(?:\s+[\w.’'-]+){0,3}?)"
                            r"\s+(?:also\s+|has\s+|have\s+|had\s+)?$")
# "a report ... that accused the army of X, and suspended the BBC": the main clause goes on
_BACK_TO_MAIN = re.compile(r",\s+and\s+(?:also\s+|then\s+|later\s+)?[a-z]+ed\b")


@cache
def _doc_by_owner() -> re.Pattern[str]:
    """ "a report released by X on Thursday that ": a document, its author, a relative."""
    docs = "|".join(re.escape(d) for d in sorted(_documents() | _claim_plurals(), key=len,
                                                 reverse=True))
    return re.compile(
        rf"\b(?:the|a|an|its|their|his|her|this)\s+(?:[\w-]+\s+){{0,2}}?(?:{docs})\s+"
        r"(?:(?:released|published|issued|compiled|produced|written|made|filed|levelled|leveled)"
        r"\s+)?(?:by|from)\s+(?P<owner>[^,;\"“”]{2,60}?)"
        r"(?:\s+(?:on|last|this|earlier\s+this|in)\s+[\w]+(?:\s+\d{1,2})?)?"
        r"(?P<rel>\s+(?:that|which)\s+(?:also\s+|has\s+|had\s+|have\s+)?|\s+)$")


@cache
def _claim_plurals() -> frozenset[str]:
    """Claim nouns and their plurals ("accusations by X that")."""
    nouns = lexicon("reporting_verbs")["claim_nouns"]
    return frozenset(nouns) | {f"{n}s" for n in nouns} | {"report", "reports", "study"}


def _who_antecedent(masked: str, start: int, comma: int) -> tuple[int, int] | None:
    """The person a ", who ..." clause inside a statement hangs on: the last noun phrase of
    the object ("the version of the former commander, who" -> "the former commander")."""
    text = masked[start:comma]
    cut = 0
    for m in re.finditer(r"\b(?:of|by|from|with|among|to|for|against)\s+", text):
        cut = m.end()
    phrase = text[cut:].split(",")[0].strip()  # "General X, the former commander, who"
    if not phrase or _words(phrase) > 8 or not _speakerish(phrase) or _SUBORDINATE.match(phrase):
        return None
    begin = start + cut + (len(text[cut:]) - len(text[cut:].lstrip()))
    return (begin, begin + len(phrase))


# "militants it blames for ...": a relative clause without "that", inside a noun phrase
_ZERO_RELATIVE = re.compile(r"\b([a-z]{3,})\s+(?:it|they|he|she|we)\s+(?:has\s+|have\s+|had\s+|"
                            r"also\s+)?$")
_NOT_NOUNS = frozenset({"and", "but", "that", "because", "as", "so", "which", "when", "if",
                        "while", "where", "since", "though", "although", "after", "before",
                        "until", "unless", "once", "whether", "how", "why", "what", "then",
                        "now", "also", "yet", "said", "says", "added", "insisted", "warned",
                        "stressed", "noted", "argued", "claimed", "believed"})
# "urged the US to stop X, after the State Department claimed that": a new speaker's clause
_SUB_SPEAKER = re.compile(r",\s+(?:after|when|before|because|since|as|once|until)\s+"
                          r"((?:the|a|an|its|his|her|their|[A-Z])[^,]{1,60}?)\s+"
                          r"(?:has\s+|have\s+|had\s+|also\s+)?$")
# "videos that it said showed ...", "materials that it says would be used": a pronoun's claim
# in a relative clause, without commas
_THAT_IT_SAYS = re.compile(r"\s(?:that|which)\s+(?P<subj>it|they|he|she|we)\s+(?:also\s+|has\s+|"
                           r"have\s+|had\s+)?$")
_CLAIMING = frozenset({"say", "claim", "allege", "insist", "believe", "argue", "contend",
                       "maintain", "assert"})
# the main verb after a relative clause: "X, which has denied Y, said ..."
_MAIN_VERBS = ("said", "says", "added", "stated", "told", "insisted", "warned", "noted")
# "Morales, who ...": a subject with a non-restrictive relative clause
_NP_WHO = re.compile(r"((?:[A-Z][\w.’'-]*|the|of|de|del|da)"
                     r"(?:\s+(?:[A-Z][\w.’'-]*|the|of|de|del|da)){0,5}),\s+who\s")


@cache
def _main_verb() -> re.Pattern[str]:
    return re.compile(rf",\s+(?:{'|'.join(map(re.escape, _MAIN_VERBS))})\b")
# ("which has consistently denied": any manner adverb between auxiliary and verb)
_WHO_VERB = re.compile(r",\s+who\s+(?:(?:has|have|had|also|later|then|previously|"
                       r"[a-z]{3,}ly|long|once\s+again|again)\s+)*$")
_WHICH_VERB = re.compile(r",\s+which\s+(?:(?:has|have|had|also|later|then|previously|"
                         r"[a-z]{3,}ly|long|itself|themselves)\s+)*$")
# "X, which claimed", "X, a group that had claimed": a relative clause on a named group
_CLAIMED_BY = re.compile(r",\s+(?:(?P<gloss>(?:a|an|the)\s+[^,;]{1,60}?)\s+(?:that|which|who)"
                         r"|which|who)\s+"
                         r"(?:(?:has|have|had|also|later|then|quickly|swiftly|previously)\s+)*$")


@cache
def _claimed_object() -> re.Pattern[str]:
    """ "claimed the attack", "claimed responsibility for": claiming an act, not a clause."""
    nouns = "|".join(map(re.escape, lexicon("reporting_verbs")["responsibility_objects"]))
    return re.compile(rf"\s+(?:(?:the|this|that|these|those|its|their|a|an|last\s+\w+['’]s)\s+"
                      rf"(?:[\w-]+\s+){{0,2}})?(?:{nouns})\b")


_IN_DOCUMENT = re.compile(r"\b(?:in|on|via|through)\s+(?:a|an|the|its|their|his|her)\s+"
                          r"(?:[\w-]+\s+)?(?:report|statement|post|letter|interview|briefing)s?\b",
                          re.IGNORECASE)
# verbs that name rather than state ("the group, which it calls Volt Typhoon")
# verbs that give what they name a label: "a claim X described as 'a fantasy'"
_LABELLING = frozenset({"call", "describe", "brand", "label", "characterize", "term"})
_NAMING = frozenset({"call", "describe", "brand", "characterize", "qualify", "consider",
                     "identify", "recognize", "express", "urge", "condemn"})
# "C, said X": verbs that invert after a quotation ("told" never does: "told AFP" names
# whom it was told)
_INVERTING = frozenset({"say", "add", "write", "note", "warn", "explain", "insist",
                        "stress", "declare", "argue", "state"})


def _ing(word: str) -> bool:
    """Whether a verb form is a participle ("saying", "pinning the blame on")."""
    return word.split()[0].endswith("ing")


def _words(text: str) -> int:
    return len(re.findall(r"[\w’'-]+", text))


# a determiner and at most two modifiers before a word: "a recent", "this Microsoft"
_DETERMINED = re.compile(
    r"\b(?:the|a|an|this|that|these|those|its|his|her|their|our|whose|[\w-]+['’]s)"
    r"(?:\s+(?!(?:also|has|have|had|then|now|still|later|again|once)\b)[\w-]+(?<!ly)){0,2}\s+$",
    re.IGNORECASE)


@cache
def _documents() -> frozenset[str]:
    """Nouns for what carries words ("statement", "report", "letter", "post")."""
    return frozenset(lexicon("roles")["group_heads"]) | {
        n.split()[-1] for n in lexicon("reporting_verbs")["statement_nouns"]}


@cache
def _speaker_heads() -> frozenset[str]:
    """Nouns that head a speaker or a document ("statement", "ministry", "spokesman")."""
    return _documents() | frozenset(lexicon("roles")["org_heads"]) | role_words()


@cache
def _noun_forms() -> frozenset[str]:
    """Reporting verb forms that are also nouns ("report", "claims", "call")."""
    return frozenset(lexicon("reporting_verbs")["noun_forms"])


# "KYIV, Ukraine (AP) — ", "MOSCOW, August 25. /TASS/. ", "Beijing, 5 February 2023 (TDI): "
DATELINE = re.compile(
    r"^[A-Z][A-Za-z/ .'-]{1,40}(?:,\s+[A-Z][\w .]{1,30}?)?"
    # "Aug 10", "20 Sept", "January 12/2021" (a slashed year), "June 3, 2024"
    r"(?:,\s+(?P<date>[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)(?:,?\s+\d{4}|/\d{4})?)?\.?\s*"
    r"(?:\([\w .]{1,30}\)\s*(?::|[—–-])|/[A-Z]+/\.|(?<=[A-Z]{3})(?:\s*[—–]|\s+-)"
    r"|(?(date)\s*[—–](?=\s*[A-Z])|(?!))"  # "NAY PYI TAW, 20 Sept — The ..."
    r"|(?<=[A-Za-z])\s+:|(?<=[A-Z]{3}):)\s*"  # "ISLAMABAD:" too
    # "Mogadishu - ", "Port-au-Prince — ": a place of capitalised words set off by a dash
    r"|^[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2}(?:,\s+[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?)?"
    r"\s+[-—–]\s+(?=[A-Z])")


def strip_leading(text: str) -> int:
    """Length of the dateline and the leading adverbials ("On Monday, ", "Earlier this week, ")."""
    skip = len(text) - len(text.lstrip())
    dateline = DATELINE.match(text, skip)
    if dateline and re.search(r"(?<![\w/\"'])[a-z]{2,}\b", dateline.group(0)):
        dateline = None  # "She said that NATO — ...": a sentence, not a place and a date
    skip = dateline.end() if dateline else skip
    m = _LEADING_ADVERBIAL.match(text[skip:])
    return skip + (m.end() if m else 0)


def _trim(masked: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a content span: no surrounding space, no trailing comma or dangling dash."""
    while start < end and masked[start] in " ,:;—–-\t\n":
        start += 1
    while end > start and masked[end - 1] in " ,;:—–-\t\n":
        end -= 1
    # a trailing wire credit "(Yonhap)" is not content
    m = re.search(r"\s*\([A-Z][\w .]{1,30}\)\s*$", masked[start:end])
    if m and m.start() > 0:
        end = start + m.start()
    while end > start and masked[end - 1] in " .,;:":
        end -= 1
    return start, end


_DATE_WORD = re.compile(r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                        r"January|February|March|April|May|June|July|August|September|"
                        r"October|November|December|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\b")
# a possessive determiner opens a speaker too: "while his Finnish counterpart X said"
_SPEAKERISH = re.compile(r"^(?:he|she|it|they|we|i|[A-Z]|(?:the|a|an|both|some|other|several|"
                         r"many|local|senior|top|his|her|its|their)\s)", re.IGNORECASE)
_SUBORDINATE = re.compile(r"\b(?:after|before|when|while|because|if|since|soon|with|without|"
                          r"though|although|until|unless|as|whether)\b", re.IGNORECASE)


def _speakerish(phrase: str) -> bool:
    """Whether a phrase can name a speaker: a pronoun, a name, a determined noun phrase."""
    phrase = phrase.strip(" ,")
    if not phrase or _SUBORDINATE.match(phrase) or _SUBORDINATE.search(phrase.split(",")[0]):
        return False
    if _bare_plural_source(phrase):
        return True
    if not _SPEAKERISH.match(phrase):
        return False
    return not (phrase[0].islower() and phrase.split()[0].lower() not in
                {"he", "she", "it", "they", "we", "the", "a", "an", "both", "some", "other",
                 "several", "many", "local", "senior", "top", "his", "her", "its", "their"})


_NOT_MODIFIERS = frozenset({"and", "but", "or", "of", "to", "in", "on", "at", "by", "for", "with",
                            "from", "that", "which", "who", "not", "no", "also", "then", "so"})


@cache
def _collective() -> frozenset[str]:
    return frozenset(lexicon("roles")["collective_nouns"])


def _bare_plural_source(phrase: str) -> bool:
    """ "police", "security officials", "local residents": a bare plural source, no article."""
    words = phrase.split()
    return 0 < len(words) <= 3 and words[-1] in _collective() and all(
        re.fullmatch(r"[a-z][a-z-]*", w) and w not in _NOT_MODIFIERS for w in words[:-1])


# a preposition of time or setting opening what follows a reporting verb
_CIRCUMSTANCE = re.compile(r"(?:after|following|during|at|before|ahead\s+of)\s+(?:a|an|the)\s")
_CIRCUMSTANCE_MAX = 20


def _tail_is_attribution(tail: str, limit: int = _ATTRIBUTION_TAIL_MAX) -> bool:
    """Whether the words after a verb are only circumstance ("Wednesday", "the media")."""
    # ", in what could amount to ...", ", as a ceasefire appeared to hold": the writer's aside
    stop = re.search(r",\s+[a-z]+ing\b|,\s+(?:but|and|per|according|citing)\s|[.!?]"
                     r"|\s+(?:when|after|before|while)\s+asked\b"
                     r"|,\s+(?:in\s+what|as|while|whereas|amid|even\s+as|days?\s+after)\s", tail)
    aside = _TIME_ASIDE.search(tail)
    if aside and (stop is None or aside.start() < stop.start()):
        stop = aside  # ", a day after gunmen attacked": the writer's time frame
    part = tail[: stop.start()] if stop else tail
    if re.search(r"\bthat\b", part) or _FINITE.search(part):
        return False  # "... have said the blasts were deliberate": a clause, not circumstance
    first = part.strip(" ,")
    if limit == _ATTRIBUTION_TAIL_MAX and _CIRCUMSTANCE.match(first):
        # "announced after a meeting of the security council chaired by the president on
        # Monday": a circumstance phrase, however long, takes no content
        limit = _CIRCUMSTANCE_MAX
    if first[:1].isupper() and not _DATE_WORD.match(first) and limit == _ATTRIBUTION_TAIL_MAX:
        return False  # "urged Russia to ...": a capital opens content, not circumstance
    return _words(part) <= limit


def find_frames(masked: str, start: int, end: int,
                quotes: list[tuple[int, int]]) -> list[Frame]:
    """Attribution frames of the sentence ``masked[start:end]``."""
    pattern, forms = _verbs()
    sentence = masked[start:end]
    frames: list[Frame] = []
    lead = strip_leading(sentence)

    # According to X, C  /  As X noted, C
    m = _ACCORDING_START.match(sentence[lead:])
    key = "subj" if m and m.group("subj") else "subj2"
    if m and not re.match(r"which\b", m.group(key), re.IGNORECASE):
        c0 = start + lead + m.end()
        cs, ce = _trim(masked, c0, _content_end(masked, c0, end))
        if ce > cs:
            frame = Frame((start + lead + m.start(key), start + lead + m.end(key)),
                          (cs, ce), "according to", "say", shape="according_to")
            return _split_that_clauses(masked, frame)

    blocked_until = start  # verbs inside an accepted content span are not new frames
    mid = _ACCORDING_MID.search(masked, start + lead, end)
    if mid:
        # "C, according to a group of UN experts, who said in a report that D": C is the
        # experts', and so is D (the relative clause's verb, below)
        cs, ce = _trim(masked, start + lead, mid.start())
        if _words(masked[cs:ce]) >= 3 and not _all_quoted(cs, ce, quotes):
            frames.append(Frame((mid.start("subj"), mid.end("subj")), (cs, ce), "according to",
                                "say", shape="according_to"))
    aside = _AS_SAID_INSIDE.search(sentence) or _SAID_ASIDE.search(sentence)
    if aside and _WRITERS_CLAUSE.match(sentence, aside.end()):
        aside = None  # "C, the government has said, as ...": a trailing attribution
    for vm in pattern.finditer(masked, start, end):
        vstart, vend = vm.start(), vm.end()
        if aside and start + aside.start() <= vstart < start + aside.end():
            continue  # ", as the agency said,": an aside, handled below
        word = vm.group("verb")
        if word is None:
            lemma, takes_object = "say", False
            cue = vm.group("passive")
        else:
            lemma, takes_object = forms[word]
            cue = word
        if any(qs <= vstart < qe for qs, qe in quotes):
            continue
        before = masked[start:vstart]
        after = masked[vend:end]
        if lemma in _that_only() and not _THAT_CLAUSE_AHEAD.match(after.lstrip(" ,")):
            continue  # "recalled its ambassador": an act, not a statement
        # a participle continues a statement only after a reporting verb: in "Hersh, writing
        # on his newsletter, said ..." it is part of the subject
        participle = word is not None and _ing(word) and bool(
            re.search(r",[\"”’]?\s*(?:and\s+|before\s+|after\s+|then\s+|while\s+)?$", before)
        ) and (any(m.start() < vstart and not any(qs <= m.start() < qe for qs, qe in quotes)
                   for m in pattern.finditer(masked, start, vstart))
               or not _bare_subject(masked[start + lead:vstart]))
        # ", with Zelensky accusing ...", ", while Moscow blamed ...": a new speaker
        other = re.search(r",[\"”’]?\s+(?:with|while|whereas|and)\s+([^,]{2,60}?)\s+"
                          r"(?:has\s+|have\s+|had\s+)?$", before)
        forced: tuple[int, int] | None = None
        if other and pattern.search(other.group(1)):
            other = None  # "while Caracas insists the boat never left waters it considers"
        if other and word is not None and _speakerish(other.group(1)) and frames:
            _cut(frames, start + other.start(), masked)
            forced = (start + other.start(1), start + other.end(1))
            participle = coordinated = False
            blocked_until = start
        coordinated = word is not None and not _ing(word) and bool(
            _COORD_BEFORE.search(before)) and frames != [] and forced is None
        inside = vstart < blocked_until
        noun_before = _NOUN_BEFORE.search(before)
        if noun_before and re.fullmatch(r"\s*(?:May|Will|Can|Must|Might)\s*", noun_before.group(0)):
            noun_before = None  # "Theresa May said": a name, not a modal
        if word is not None and not participle and noun_before \
                and not _INFINITIVE.search(before):
            continue
        if word is not None and _PASSIVE_BEFORE.search(before):
            continue
        if word is not None and word[0].isupper():
            continue
        if word in ("alleged", "reported", "claimed", "suspected") and re.search(
                r"\b(?:on|about|over|into|for|against|with|from|in|of)\s+$", before):
            continue  # "in response to the report on alleged events": an adjective
        if word is not None and word in _noun_forms() and _DETERMINED.search(before[-80:]) \
                and not re.match(r"\s+that\s", after) and not (
                    before.split()[-1:] and before.split()[-1].lower() in _speaker_heads()
                    and re.match(r"\s*(?:[.!?]|$)", after)):
            # "a recent report", "this Microsoft report": the noun, not the verb; but
            # "..., the statement notes.": a speaker's head noun, then the verb
            continue
        if word is not None and word.endswith("ed") and _DETERMINED.search(before[-80:]) \
                and before.split()[-1:] and before.split()[-1].lower() in _documents() \
                and re.match(r"\s+(?:on|by|in|at|to|from|via|online|earlier|last)\b", after):
            continue  # "a statement posted on its website": a participle inside a noun phrase
        if lemma == "claim" and re.match(r"\s+(?:the\s+)?(?:[\w-]+\s+){0,3}lives\b", after):
            continue  # "the floods, which claimed the lives of 20 people": no statement
        claimed = _CLAIMED_BY.search(before[-160:]) if lemma == "claim" and word is not None \
            and not _ing(word) and _claimed_object().match(after) else None
        if claimed:
            # "X, an armed group that had claimed the attack hours after it took place": X's
            # own claim of the act; the verb is part of what is claimed
            base = vstart - len(before[-160:])
            subj = _antecedent(masked, start + lead, base + claimed.start())
            if subj is not None:
                aux = re.search(r"\b(?:has|have|had)\s+$", before)
                next_comma = masked.find(",", vend, end)
                cs, ce = _trim(masked, vstart - (len(aux.group(0)) if aux else 0),
                               min(next_comma if next_comma >= 0 else end,
                                   _content_end(masked, vend, end)))
                if claimed.group("gloss"):
                    # (the gloss names the group's kind: "X (XF), a rebel group")
                    subj = (subj[0], base + claimed.end("gloss"))
                if _words(masked[cs:ce]) >= 2 and not _all_quoted(cs, ce, quotes):
                    frames.append(Frame(subj, (cs, ce), cue, lemma, shape="relative",
                                        clause=base + claimed.start()))
                    blocked_until = max(blocked_until, ce)
                continue
        antecedent = _WHICH_VERB.search(before[-160:])
        if antecedent and word is not None and not _ing(word) and lemma not in _NAMING:
            base = vstart - len(before[-160:])
            subj = _antecedent(masked, start + lead, base + antecedent.start())
            if subj is not None:
                # "Ethiopia's government, which has also denied the presence of troops": the
                # government denies it; ", said ..." closes the clause, the main verb follows
                ce = _content_end(masked, vend, end)
                main = _main_verb().search(masked[vend:ce])
                cs, ce = _trim(masked, vend, vend + main.start() if main else ce)
                if _words(masked[cs:ce]) >= 1 and not _all_quoted(cs, ce, quotes):
                    frames.append(Frame(subj, (cs, ce), cue, lemma, shape="relative"))
                    blocked_until = ce
                continue
        doc = _doc_by_owner().search(before[-200:])
        if doc and word is not None and lemma not in _NAMING \
                and _ing(word) == (not doc.group("rel").strip()) \
                and _speakerish(doc.group("owner")):
            # ("a report by a UN group of experts alleging that ...": a participle does too)
            # "rejected a report released by HRW on Thursday that accused the army of ...":
            # the document's author accuses
            base = vstart - len(before[-200:])
            c0 = vend
            if takes_object:
                tm = _TELL_OBJECT.match(after)
                c0 = vend + tm.end() if tm else vend
            elif re.match(r"\s+that\s", after):
                c0 = vend + after.index("that") + 4  # "alleging that the army supports"
            ce = _content_end(masked, c0, end)
            back = _BACK_TO_MAIN.search(masked, c0, ce)
            cs, ce = _trim(masked, c0, back.start() if back else ce)
            if _words(masked[cs:ce]) >= 2 and not _all_quoted(cs, ce, quotes):
                if back:
                    _cut(frames, back.start(), masked)  # the rejection ends there too
                # (the rejected report keeps its description: "dismissed a report by X
                # alleging that C" is one denial, and C is X's claim within it)
                frames.append(Frame((base + doc.start("owner"), base + doc.end("owner")),
                                    (cs, ce), cue, lemma, shape="nominal",
                                    clause=base + doc.start()))
                blocked_until = ce
                continue
        who = _WHO_VERB.search(before[-200:])
        if who and word is not None and not _ing(word) and lemma not in _NAMING \
                and frames and inside:
            # "rejected the statements of President X, who claimed that C": X claims C
            tail = before[-200:]
            base = vstart - len(tail)
            ante = _who_antecedent(masked, frames[-1].content[0], base + who.start())
            if ante is not None:
                rest = masked[vend:end]
                tm = _THAT_AHEAD.match(rest)
                c0 = vend + (tm.end() if tm and _words(rest[:tm.end()]) <= 6 else 0)
                cs, ce = _trim(masked, c0, _content_end(masked, c0, end))
                if _words(masked[cs:ce]) >= 2 and not _all_quoted(cs, ce, quotes):
                    _cut(frames, base + who.start(), masked)
                    frames.append(Frame(ante, (cs, ce), cue, lemma, shape="relative",
                                        clause=base + who.start()))
                    blocked_until = ce
                    continue
        relative = _RELATIVE_SAYS.search(before[-100:])  # anchored at the end: a tail will do
        if relative and word is not None and not _ing(word) \
                and lemma not in _NAMING and _speakerish(relative.group("subj")):
            # "..., which the U.S. says killed 20 civilians": the U.S. claims the clause
            cs, ce = _trim(masked, vend, _content_end(masked, vend, end))
            if _words(masked[cs:ce]) >= 2 and not _all_quoted(cs, ce, quotes):
                base = vstart - len(before[-100:])
                # "objected to allegations made by X, in which he accused ...": the object ends
                _cut(frames, base + relative.start(), masked)
                frames.append(Frame((base + relative.start("subj"), base + relative.end("subj")),
                                    (cs, ce), cue, lemma, shape="relative",
                                    clause=base + relative.start()))
                blocked_until = ce
            elif frames and verb_stance().get(lemma) == "denies" and _words(masked[cs:ce]) == 0:
                # "..., which Bangkok denied.": the subject answers the claim just made
                base = vstart - len(before[-100:])
                cut_at = base + relative.start()
                _cut(frames, cut_at, masked)
                frames.append(Frame((base + relative.start("subj"), base + relative.end("subj")),
                                    _trim(masked, cut_at + 1, vend), cue, lemma,
                                    answers_previous=True))
                blocked_until = end
            continue
        says = _THAT_IT_SAYS.search(before)
        if says and word is not None and lemma in _CLAIMING and not _ing(word):
            # "videos that it said showed personnel brandishing knives": its claim
            cs, ce = _trim(masked, vend, _content_end(masked, vend, end))
            if _words(masked[cs:ce]) >= 2 and not _all_quoted(cs, ce, quotes):
                _cut(frames, start + says.start(), masked)
                frames.append(Frame((start + says.start("subj"), start + says.end("subj")),
                                    (cs, ce), cue, lemma, shape="relative",
                                    clause=start + says.start()))
                blocked_until = ce
            continue
        if re.search(r"\b(?:that|which|whom)\s+(?:the\s+)?[\w.’'-]+(?:\s+[\w.’'-]+)?\s+"
                     r"(?:has\s+|have\s+|had\s+)?$", before) and frames == []:
            continue  # "a group that the US has labeled ...": a relative clause inside a noun
        if lemma in _NAMING | {"condemn"} and frames == [] and re.search(
                r"\b(?:that|which|whom)\s+(?:[\w.’'-]+\s+){1,4}(?:has\s+|have\s+|had\s+)?$",
                before):
            continue  # "a raid that governments across Latin America have condemned as ..."
        zero = _ZERO_RELATIVE.search(before)
        if zero and frames == [] and word is not None and not _ing(word) \
                and zero.group(1).lower() not in _NOT_NOUNS \
                and not pattern.fullmatch(zero.group(1)):
            continue  # "hideouts of militants it blames for the attacks": a noun's relative
        if word is not None and _ing(word) and not participle and forced is None \
                and not re.search(r"\b(?:is|are|was|were|been|be|keeps|kept)\s+$", before):
            continue  # "Hersh, writing on his newsletter, said": a participle, not the verb
        passive = _CHARGE_BEFORE.search(before)
        by = re.match(r"\s+by\s+(?P<subj>[^,.;:—–]{2,60}?)\s*(?=[,.;:—–]|$)", after)
        if passive and by and frames and verb_stance().get(lemma) == "denies" \
                and word is not None and word.endswith("ed"):
            # "..., saying it was contributing to a genocide -- accusations denied by the
            # Emiratis": the agent answers the claim just made
            _cut(frames, start + passive.start(), masked)
            frames.append(Frame((vend + by.start("subj"), vend + by.end("subj")),
                                (start + passive.start("noun"), vend + by.end("subj")), cue,
                                lemma, answers_previous=True))
            blocked_until = end
            continue
        charge = _CHARGE_DENIED.search(before)
        if charge and frames and lemma in _LABELLING and verb_stance().get(lemma) != "denies":
            # "..., a claim Caracas described as 'a fantasy'": the subject labels the claim
            # just made; the label (often quoted, so masked here) decides the stance later
            label_end = _content_end(masked, vend, end)
            cut_at = start + charge.start()
            _cut(frames, cut_at, masked)
            charged = (start + charge.start("subj"), start + charge.end("subj"))
            frames.append(Frame(charged, _trim(masked, cut_at + 1, label_end), cue, lemma,
                                answers_previous=True))
            blocked_until = end
            continue
        if charge and frames and verb_stance().get(lemma) == "denies":
            # "..., a charge the Kremlin denies": the subject answers the claim just made
            cut_at = start + charge.start()
            _cut(frames, cut_at, masked)
            charged = (start + charge.start("subj"), start + charge.end("subj"))
            frames.append(Frame(charged, _trim(masked, cut_at + 1, vend), cue, lemma,
                                answers_previous=True))
            blocked_until = end
            continue
        but = re.search(r"(?:,\s*|\s)but\s+([^,]{2,60}?)\s+$", before) \
            or _SUB_SPEAKER.search(before)
        if inside and but and word is not None and not _ing(word) \
                and _speakerish(but.group(1)) and frames and not pattern.search(but.group(1)):
            _cut(frames, start + but.start(), masked)
            inside = False  # "..., but Israel's military blamed ...": a new speaker
        if inside and not (participle or coordinated):
            # a trailing attribution inside content: ", he told the news conference."
            if _COMMA_BEFORE.search(masked[start:vstart].rsplit(",", 1)[0] + ",") and \
                    _tail_is_attribution(after) and frames:
                trailing = _subject_after_comma(masked, start, vstart)
                if trailing is not None:
                    comma_at = masked.rfind(",", start, trailing[0])
                    _cut(frames, comma_at if comma_at > frames[-1].content[0] else trailing[0],
                         masked)
            continue
        # the content begins after the verb, its addressee and "that"
        c0 = vend
        if takes_object:
            tm = _TELL_OBJECT.match(after) or _ADDRESSEE.match(after)
            # no content after the addressee: "Kirby told a press briefing" attributes a quote
            c0 = -1 if tm is None or _words(after[tm.end():]) < 3 else vend + tm.end()
        else:
            when = _WHEN_AFTER_VERB.match(after)
            if when:  # "said Wednesday the deal was off": the day belongs to the attribution
                c0 = vend + when.end()
            rest = masked[c0:end]
            tm = _THAT_AHEAD.match(rest)
            skipped = re.sub(r"\b(?:who|which)\b[^,]*", "", rest[: tm.end()]) if tm else ""
            # "stated in a report that ...": the document the words came in, not their object
            skipped = _IN_DOCUMENT.sub(" ", skipped)
            if tm and _words(rest[: tm.end()]) <= 9 and not _CLAIM_NOUN.search(skipped) \
                    and not _FINITE.search(skipped) \
                    and not re.search(r",\s*(?:and|but)\s+that\s*$", rest[: tm.end()]) \
                    and not re.search(r"\b(?:to|of|in|into|for|with|from|about|by)\s+that\s*$",
                                      rest[: tm.end()]):  # "any link to that attack"
                c0 += tm.end()  # "said on Friday that", "reported, citing officials, that"
        if participle or (coordinated and frames):
            if c0 < 0:
                continue
            cs, ce = _trim(masked, c0, _content_end(masked, c0, end))
            if ce > cs and _words(masked[cs:ce]) >= 1:
                coord = _COORD_BEFORE.search(before)
                _cut(frames, start + (before.rfind(",") if participle or coord is None
                                      else coord.start()), masked)
                if not _all_quoted(cs, ce, quotes):  # 'saying, "..."' is a direct quotation
                    frames.append(Frame(None, (cs, ce), cue, lemma, inherits=True,
                                        shape="continued"))
                    blocked_until = ce
            continue
        # content first: "C, SUBJ said Wednesday."
        comma = _subject_after_comma(masked, start, vstart)
        chain_start = comma[0] if comma is not None else -1
        if comma is None:
            # "C, the Minister of the Interior, Martin Niteretse, announced on Thursday"
            chained = _appositive_subject(masked, start + lead, vstart)
            if chained is not None:
                comma, chain_start = chained
        if comma is not None and ";" in masked[start:comma[0]]:
            comma = None  # "...; however, Moscow has dismissed these claims": a new clause
        if comma is not None and (c0 < 0 or _tail_is_attribution(
                after, 12 if takes_object else _ATTRIBUTION_TAIL_MAX)):
            cs, ce = _trim(masked, start + lead if not _starts_with_quote(masked, start)
                           else start, chain_start)
            if ce > cs and _words(masked[cs:ce]) >= 3:
                if _relays(masked, cs, ce):
                    continue  # '"C," Peskov told reporters, Interfax reported': Peskov's claim
                if not _all_quoted(cs, ce, quotes):
                    frames.append(Frame(comma, (cs, ce), cue, lemma))
                    blocked_until = max(blocked_until, vend)
                continue
        # inverted: "C, said Evan Medeiros, a professor."
        if word is not None and lemma in _INVERTING and re.search(r",[\"”’]?\s*$", before) \
                and re.match(r"\s+(?:[A-Z]|the\s|a\s)", after) and _names_speaker(after) \
                and _tail_is_attribution(after, 20):
            sm = re.match(r"\s+([^,.;]+)", after)
            cs, ce = _trim(masked, start + lead, start + len(before.rstrip(" ,\"”’")))
            if sm and ce > cs and _words(masked[cs:ce]) >= 3 and not _all_quoted(cs, ce, quotes):
                frames.append(Frame((vend + sm.start(1), vend + sm.end(1)), (cs, ce), cue, lemma))
            continue
        if c0 < 0:
            continue
        relayed = _AS_SAYING.match(after)
        if relayed and _speakerish(relayed.group(1)):
            cs, ce = _trim(masked, vend + relayed.end(), _content_end(masked, vend + relayed.end(),
                                                                      end))
            if ce > cs and not _all_quoted(cs, ce, quotes):
                frames.append(Frame((vend + relayed.start(1), vend + relayed.end(1)), (cs, ce),
                                    cue, lemma, shape="relayed"))
                blocked_until = ce
            continue
        subj = forced or _subject_before(masked, start + lead, vstart)
        if subj is None or any(subj[0] <= qs < subj[1] for qs, _ in quotes):
            continue  # a subject holding a quotation: that verb attributes the quotation
        ce_raw = _content_end(masked, c0, end)
        nonrestrictive = _NP_WHO.match(masked, subj[0], subj[1])
        if nonrestrictive:
            # "Morales, who had initially called on his supporters to ..., said C": the verb of
            # the relative clause is Morales's; its content ends where the main verb comes
            subj = (subj[0], subj[0] + len(nonrestrictive.group(1)))
            main = _main_verb().search(masked, c0, ce_raw)
            ce_raw = main.start() if main else ce_raw
        cs, ce = _trim(masked, c0, ce_raw)
        pointer = verb_stance().get(lemma) == "denies" and re.fullmatch(
            r"(?:it|them|this|that|these|those)", masked[cs:ce], re.IGNORECASE) is not None
        if ce <= cs or (_words(masked[cs:ce]) < 2 and not pointer) or _all_quoted(cs, ce, quotes):
            continue  # ("officials quickly dismissed it": a denial pointing back)
        frames.append(Frame(subj, (cs, ce), cue, lemma))
        blocked_until = ce

    if re.match(r"(?:who|what|why|how|when|where|which|does|do|did|is|are|can)\b", sentence,
                re.IGNORECASE) and sentence.rstrip().endswith("?"):
        return []  # a question (a subheading, a rhetorical aside) attributes nothing
    frames.extend(_nominal_frames(masked, start, end, quotes, frames))
    frames = [_untimed(masked, piece) for f in frames
              for piece in _split_that_clauses(masked, f) if not _gesture(masked, piece)]
    # C, according to X.   (only when nothing else attributes the sentence)
    in_aside = (start + aside.start(), start + aside.end()) if aside else (end, end)
    am = _ACCORDING_END.search(sentence)
    source_at = start + am.start() if am else end  # ", according to the report": a noun
    # ("have been declared persona non grata": a passive reports nothing)
    verbs_outside = any(not any(qs <= vm.start() < qe for qs, qe in quotes)
                        for vm in pattern.finditer(masked, start, source_at)
                        if not in_aside[0] <= vm.start() < in_aside[1]
                        and not (vm.group("verb") and _PASSIVE_BEFORE.search(
                            masked[max(start, vm.start() - 60):vm.start()])))
    if not frames and not verbs_outside:
        if am:
            cs, ce = _trim(masked, start + lead, start + am.start())
            if ce > cs and _words(masked[cs:ce]) >= 3 and not _all_quoted(cs, ce, quotes):
                frames.extend(_split_that_clauses(masked, Frame(
                    (start + am.start("subj"), start + am.end("subj")), (cs, ce),
                    "according to", "say", shape="according_to")))
        else:
            as_said = _AS_SAID_INSIDE.search(sentence)
            sm = as_said or _SAID_ASIDE.search(sentence)
            if sm:
                # "A, she said, was B": the predicate after the split is the claim; "A, as the
                # agency said, B" and "A, he said, and B" keep both sides
                split = as_said is None and _PREDICATE_START.match(sentence, sm.end())
                cs, ce = _trim(masked, start + sm.end() if split else start + lead, end)
                if ce > cs:
                    frames.append(Frame((start + sm.start("subj"), start + sm.end("subj")),
                                        (cs, ce), "as ... said", "say", shape="parenthetical"))
    elif aside and all(f.inherits and f.content[0] >= in_aside[1] for f in frames) \
            and re.match(r"\s*[a-z]+ing\b", masked[in_aside[1]:end]):
        # "C, he stressed, calling it a show": the aside's speaker says C and goes on
        cs, ce = _trim(masked, start + lead, in_aside[0])
        if _words(masked[cs:ce]) >= 3 and not _all_quoted(cs, ce, quotes):
            frames.insert(0, Frame((start + aside.start("subj"), start + aside.end("subj")),
                                   (cs, ce), "as ... said", "say", shape="parenthetical"))
    return frames


def _bare_subject(text: str) -> bool:
    """Whether the text before a comma is only a noun phrase: "Hersh, writing ..."."""
    words = re.findall(r"[\w’'.-]+", text)
    return bool(words) and all(w[:1].isupper() or w.lower().strip("’'s") in role_words()
                               or w.lower() in {"the", "a", "an", "of"} for w in words)


def _names_speaker(after: str) -> bool:
    """Whether the words after an inverted verb name a speaker ("said Evan Medeiros, a ...")."""
    phrase = re.split(r"[,.;]", after.strip(), maxsplit=1)[0]
    for word in phrase.split():
        if word[:1].isupper() or word.lower().strip("’'s") in role_words():
            continue
        if word.lower() in {"a", "an", "the", "of", "for", "at", "in"}:
            continue
        return False
    return bool(phrase)


@cache
def _nominal() -> re.Pattern[str]:
    nouns = "|".join(re.escape(n) for n in lexicon("reporting_verbs")["claim_nouns"])
    owner = (r"(?P<owner>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*|the\s+[\w-]+(?:\s+[\w-]+)?)")
    return re.compile(
        rf"{owner}['’]s?\s+(?:[\w-]+\s+)?(?P<noun>{nouns})s?\s+that\s+"
        rf"|\b(?:the|an?)\s+(?:[\w-]+\s+)?(?P<noun2>{nouns})s?\s+(?:by|from)\s+"
        r"(?P<owner2>[^,;\"“”]{2,60}?)\s+that\s+")


@cache
def _nominal_cue() -> re.Pattern[str]:
    nouns = "|".join(re.escape(n) for n in lexicon("reporting_verbs")["claim_nouns"])
    return re.compile(rf"\b(?:{nouns})s?\s+(?:that|by|from)\s")


def _nominal_frames(masked: str, start: int, end: int, quotes: list[tuple[int, int]],
                    frames: list[Frame]) -> list[Frame]:
    """ "Moscow rejected Kyiv's accusation that it shelled the plant": Kyiv claims the clause."""
    out: list[Frame] = []
    if not _nominal_cue().search(masked, start, end):
        return out  # a cheap test first: most sentences hold no claim noun
    for m in _nominal().finditer(masked, start, end):
        key = "owner" if m.group("owner") else "owner2"
        subj = (m.start(key), m.end(key))
        if not _speakerish(masked[subj[0]:subj[1]]):
            continue
        cs, ce = _trim(masked, m.end(), _content_end(masked, m.end(), end))
        if _words(masked[cs:ce]) < 2 or _all_quoted(cs, ce, quotes) \
                or any(f.content[0] == cs for f in frames):
            continue
        noun = m.group("noun") or m.group("noun2")
        out.append(Frame(subj, (cs, ce), noun, _NOUN_LEMMA.get(noun, "claim"), shape="nominal"))
    return out


_NOUN_LEMMA = {"accusation": "accuse", "allegation": "allege", "claim": "claim",
               "assertion": "assert", "charge": "charge", "warning": "warn",
               "insistence": "insist", "suggestion": "suggest", "conclusion": "conclude",
               "finding": "find", "assessment": "conclude", "contention": "contend",
               "argument": "argue", "belief": "believe", "admission": "admit",
               "denial": "deny"}


def _antecedent(masked: str, lead: int, comma: int) -> tuple[int, int] | None:
    """The noun phrase a relative clause at ``comma`` hangs on: the words after the last
    clause break, agent "by" or reporting verb before it ("dismissed by Ethiopia's
    government, which ...")."""
    text = masked[lead:comma]
    cut = 0
    for m in re.finditer(r"(?:^|[,;:]\s*|\s(?:by|but|that|said|says|told|as|than|to)\s+)", text):
        cut = m.end()
    phrase = text[cut:].strip()
    named = re.search(r"\sof\s+((?:the\s+|The\s+)?[A-Z][^,;]*)$", phrase)
    if named and not _speakerish(phrase):
        # "operatives of the Northern Front, which claimed ...": the named group
        cut = len(text.rstrip()) - len(named.group(1))
        phrase = named.group(1).strip()
    if not phrase or _words(phrase) > 8 or not _speakerish(phrase):
        return None
    begin = lead + cut + (len(text[cut:]) - len(text[cut:].lstrip()))
    return (begin, begin + len(phrase))


def _relays(masked: str, cs: int, ce: int) -> bool:
    """Whether content ends in its own attribution ('"C," Peskov told reporters'): then the
    verb after it only relays (", Interfax reported")."""
    cut = max(masked.rfind(",", cs, ce), masked.rfind("”", cs, ce), masked.rfind('"', cs, ce))
    if cut < 0:
        return False
    tail = masked[cut + 1:ce]
    pattern, _ = _verbs()
    return _words(tail) <= 8 and pattern.search(tail) is not None and _speakerish(tail)


# "Paris says A and has suspended aid": "has"/"have" agreeing with a present or perfect
# reporting verb continues the speaker's own sentence, not the reported one
_PRESENT_CUE = re.compile(r"(?:\b(?:has|have)\s+(?:[a-z]+ly\s+)?[a-z]+|\b[a-z]+s)"
                          r"(?:\s+(?:on\s+)?[A-Z][a-z]+day)?\s+(?:that\s+)?$")


def _speakers_predicate(masked: str, frame: Frame, at: int) -> bool:
    """Whether a coordinated "and has VERBed" after the content is the speaker's own act
    (narration): its auxiliary is has/have, the reporting verb is present or perfect, and
    the verb it carries is not itself a reporting verb."""
    aux = re.match(r"(has|have)\s+(?:[a-z]+ly\s+)?([a-z]+)", masked[at:])
    if aux is None or aux.group(2) in _verbs()[1]:
        return False
    cs = frame.content[0]
    return _PRESENT_CUE.search(masked[max(0, cs - 40):cs]) is not None


def _split_that_clauses(masked: str, frame: Frame) -> list[Frame]:
    """ "said that A, and that B", "said A and should be B": two statements by one speaker."""
    cs, ce = frame.content
    found = [m for m in (_AND_THAT.search(masked, cs, ce), _AND_CLAUSE.search(masked, cs, ce))
             if m is not None and _words(masked[cs:m.start()]) >= 3]
    for rx in (_AND_MODAL, _AND_AUX, _AND_CLAUSE_BARE):
        m = rx.search(masked, cs, ce)
        if m is not None and _FINITE.search(masked, cs, m.start()):
            found.append(m)  # "the ship was Chinese and should be investigated": a 2nd predicate
    m = _AND_OF.search(masked, cs, ce)
    if m is not None and re.search(r"\bof\s+[a-z]+ing\b", masked[cs:m.start()]):
        found.append(m)
    if not found:
        return [frame]
    m = min(found, key=lambda x: x.start())
    if m.start() - cs < 3:
        return [frame]
    first = attrs.evolve(frame, content=_trim(masked, cs, m.start()))
    if m.re is _AND_AUX and _speakers_predicate(masked, frame, m.end()):
        return [first]
    rest = attrs.evolve(frame, subject=None, content=(m.end(), ce), inherits=True,
                        shape="continued")
    return [first, *_split_that_clauses(masked, rest)]


# "denied any link to that attack last month": a time closing a noun-phrase object dates the
# verb, not the object
_TRAILING_TIME = re.compile(
    r"\s+(?:(?:last|this|earlier\s+this)\s+(?:week|month|year|weekend)|yesterday|today|"
    r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))$")


@cache
def _declared_act() -> re.Pattern[str]:
    acts = "|".join(map(re.escape, lexicon("reporting_verbs")["declared_acts"]))
    return re.compile(rf"^(?:{acts})\b|\b(?:{acts})(?=\s+(?:over|for|after|in|on|amid|because)"
                      rf"\b|$)", re.IGNORECASE)


def _gesture(masked: str, frame: Frame) -> bool:
    """A condemnation, an expressed sentiment or a call for something states nothing that can
    be checked: "condemned the raid", "expressed solidarity with Arce", "called for an
    investigation"."""
    text = masked[frame.content[0]:frame.content[1]]
    if frame.lemma == "call" and re.match(r"for\s", text) and _words(text) <= 8:
        return True  # "called for an international investigation"
    if frame.lemma == "respond" and re.match(r"to\s+(?:\w+\s+){0,2}requests?\s+for\s+comment",
                                             text):
        return True  # "did not respond to a request for comment"
    if frame.lemma == "echo" and re.match(r"(?:this|that|these|those|the\s+same)\b", text) \
            and _words(text) <= 4:
        return True  # "Another agency echoed this sentiment, suggesting ...": the pointer
    if frame.lemma == "announce" and _words(text) <= 16 and not _FINITE.search(text) \
            and not re.search(r"\b(?:that|which|who|what)\b", text):
        return True  # "announced sanctions related to the hacking": an act
    act = _declared_act().search(text) if frame.lemma == "declare" else None
    if act and (act.start() == 0 or not _FINITE.search(text[:act.start()])):
        return True  # "declared independence in 1991", "declared the envoy persona non grata"
    if frame.lemma == "describe" and not re.search(r"\bas\b", text) and _words(text) <= 5:
        return True  # "described a scene of chaos": narration of what was seen
    if frame.lemma not in ("condemn", "express"):
        return False
    m = _TRAILING_TIME.search(text)
    text = text[:m.start()] if m else text
    return _words(text) <= 5 and not _FINITE.search(text) and not re.search(
        r"\b(?:that|which|who|what)\b", text)


def _untimed(masked: str, frame: Frame) -> Frame:
    """A denial whose noun-phrase object ends in a time: the time is the denial's."""
    cs, ce = frame.content
    m = _TRAILING_TIME.search(masked, cs, ce)
    if m is None or _words(masked[cs:m.start()]) < 2 or \
            verb_stance().get(frame.lemma) not in ("denies", "denies_claims"):
        return frame
    head = masked[cs:m.start()]
    if _FINITE.search(head) or re.search(r"\b(?:which|who)\b|\b(?!alleged)\w+ed\b", head):
        return frame  # "denied the army attacked the village last month": a clause's own time
    return attrs.evolve(frame, content=(cs, m.start()))


def _starts_with_quote(masked: str, start: int) -> bool:
    return masked[start:start + 1] in "\"“"


def _all_quoted(cs: int, ce: int, quotes: list[tuple[int, int]]) -> bool:
    """Whether a span is just one quotation (its marks aside): a direct quote, not speech."""
    return any(qs - 1 <= cs and ce <= qe + 2 for qs, qe in quotes)


def _cut(frames: list[Frame], at: int, masked_text: str) -> None:
    """End the last frame's content before ``at`` (a new frame or an attribution starts)."""
    if not frames:
        return
    last = frames[-1]
    cs, ce = last.content
    if cs < at < ce:
        frames[-1] = attrs.evolve(last, content=(cs, cs + len(masked_text[cs:at].rstrip(" ,;"))))


@cache
def _narrative_participle() -> re.Pattern[str]:
    words = lexicon("reporting_verbs")["narrative_participles"]
    return re.compile(r"(?:,|\s+[—–])\s+(?:" + "|".join(words) + r")\b")


# "blamed Ukraine for the incident — and cast more shade at Kyiv": back to the narration
_DASH_AND = re.compile(r"\s*(?:[—–]|--)\s*(?:and|but)\s")
# ", days after one data cable was cut": the writer's time frame, not the speaker's words
_TIME_ASIDE = re.compile(r",\s+(?:(?:just|only|barely)\s+)?(?:hours|days|weeks|months|a\s+day|"
                         r"a\s+week|a\s+month|one\s+day)\s+(?:after|before)\s")
# the writer's note on how a charge was made, not part of it
_WITHOUT_EVIDENCE = re.compile(r",?\s+without\s+(?:providing|presenting|offering|giving|showing|"
                               r"citing)\s+(?:any\s+)?(?:evidence|proof)\b[^,;]*$")
# "harbouring the TTP, a separate movement allied with ...": the writer's gloss on a name
_NAME_GLOSS = re.compile(r"\b[A-Z][\w’'-]*(?P<gloss>(?:\s*\([A-Z]{2,}\))?,\s+(?:a|an)\s+"
                         r"(?!(?:day|week|month|year|move|step|charge|claim|decision)\b)"
                         r"[^,;]*[.!?]?\s*$)")
_TRAILING_WHICH = re.compile(r",\s+which\s[^,]*$")
# "identified the poison as Novichok, a deadly group of ...": the appositive is narration
_AS_APPOSITIVE = re.compile(r"^[^,]{0,80}?\bas\s+[^,]{1,60}?(?=,\s+(?:a|an)\s)")


def _content_end(masked: str, c0: int, end: int) -> int:
    """Where content starting at ``c0`` stops: a source note, a narrative participle, the end."""
    text = masked[c0:end]
    stops = [len(text)]
    for rx in (_SOURCE_NOTE, _narrative_participle(), _TRAILING_WHICH, _DASH_AND):
        m = rx.search(text)
        if m:
            stops.append(m.start())
    m = _AS_SAID_INSIDE.search(text)
    if m:
        stops.append(m.start())
    m = _AS_APPOSITIVE.match(text)
    if m:
        stops.append(m.end())
    m = _TIME_ASIDE.search(text)
    if m:
        stops.append(m.start())  # "accused Russia of X, days after two cables were cut"
    m = _WITHOUT_EVIDENCE.search(text)
    if m:
        stops.append(m.start())  # "pinning the blame on Iran without providing evidence"
    m = _NAME_GLOSS.search(text)
    if m and _words(text[:m.start("gloss")]) >= 2:
        stops.append(m.start("gloss"))
    return c0 + min(stops)


def _subject_after_comma(masked: str, start: int, vstart: int) -> tuple[int, int] | None:
    """The subject of a trailing attribution: the phrase after the last comma before the verb."""
    before = masked[start:vstart]
    m = re.search(r"(?:,[\"”’]?|[\"”’])\s+([^,\"“”]{1,100}?)\s*$", before)
    if not m:
        return None
    subj = m.group(1)
    if _words(subj) > 12 or re.search(r"\b(?:that|which|who)\b", subj) or not _speakerish(subj):
        return None
    # an appositive subject: "..., Sue Hemming, director of ..., said" is handled by the caller
    return (start + m.start(1), start + m.end(1))


_NAME_GLUE = frozenset({"the", "of", "and", "for", "a", "an", "de", "del", "la", "on", "in", "at"})


def _appositive_subject(masked: str, lead: int,
                        vstart: int) -> tuple[tuple[int, int], int] | None:
    """A trailing subject in commas: "C, the Minister of the Interior, Community Development
    and Public Security, Martin Niteretse, announced": the speaker's span (its name, the last
    chunk, when it is one) and where the chain of titles starts."""
    before = masked[lead:vstart].rstrip()
    if not before.endswith(","):
        return None
    body = before[:-1]
    for p in (m.start() for m in re.finditer(",", body)):
        chunks = [c.strip() for c in body[p + 1:].split(",")]
        if len(chunks) > 4 or not all(chunks) or _words(body[p + 1:]) > 20 \
                or not all(_title_or_name(c) for c in chunks) or not _speakerish(chunks[0]):
            continue
        if not _VERBISH.search(body[:p]):
            return None  # "The Ukrainian foreign minister, Dmytro Kuleba, dismissed": no content
        first = lead + p + 1 + (len(body[p + 1:]) - len(body[p + 1:].lstrip()))
        for c in chunks:
            if len(c.split()) >= 2 and all(w[:1].isupper() for w in c.split()):
                at = first + body[p + 1:].lstrip().index(c)
                return (at, at + len(c)), lead + p  # the name the titles belong to
        return (first, lead + len(body)), lead + p
    return None


# a word that makes a clause of what comes before an appositive chain
_VERBISH = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do|"
                      r"[a-z]{2,}ed|left|took|made|hit|sent|came|went|fell|shot|struck|ran|won|"
                      r"lost|held|began|gave|got|put|set|saw|led|met|fought|told|said|broke|kept|"
                      r"found|knew|built|brought|stood|rose|paid|spent|sold|bought)\b")


def _title_or_name(chunk: str) -> bool:
    """A chunk of an appositive chain: a name or title in capitals ("the Minister of the
    Interior", "Martin Niteretse") or a role ("the director of legal services")."""
    words = chunk.split()
    if all(w[:1].isupper() or w.lower() in _NAME_GLUE or w.lower() in role_words()
           for w in words):
        return True
    head = [w for w in words if w.lower() not in {"the", "a", "an", "its", "his", "her"}]
    return bool(head) and head[0].lower() in role_words()


_LEAD_NP = re.compile(r"^((?:[A-Z][\w’'.-]*|the|of|for|to|and|a|an|[a-z]+['’]s)"
                      r"(?:[\s,]+(?:[A-Z][\w’'.-]*|the|of|for|to|and|[a-z]+['’]s))*)")


_WHO_BEFORE = re.compile(
    r"(?:^|\b(?:from|by|of|with|among|to|as|for)\s+|,\s*)((?:the\s+|a\s+|an\s+)?[^,]{2,80}?)"
    r"\s*,?\s+who\s+(?:(?:also|have|has|had|then|later|previously|repeatedly)\s+)*$")


_DURATION_BEFORE = re.compile(r"\s+(?:for|over|in)\s+(?:the\s+)?(?:(?:past|last|many|several|"
                              r"some|recent|\d+|[a-z]+)\s+){0,2}(?:days|weeks|months|years|decades)"
                              r"\s*$")


def _subject_before(masked: str, lead: int, vstart: int) -> tuple[int, int] | None:
    """The subject phrase of a verb: the clause-initial phrase before it."""
    semi = masked.rfind(";", lead, vstart)
    if semi >= 0:  # "...; however, Moscow has dismissed": a new clause starts at the semicolon
        lead = semi + 1 + strip_leading(masked[semi + 1:vstart])
    before = masked[lead:vstart]
    np_who = _NP_WHO.match(before)
    if np_who and re.search(r",\s*$", before):
        # "Morales, who had called on his supporters to ..., said": the main clause's subject
        return (lead, lead + len(np_who.group(1)))
    rel = re.search(r"\b(?:a|an)\s+([^,;]*?)\s+that\s+(?:also\s+)?$", before)
    if rel:  # "the findings of a criminal probe into ... that said"
        return (lead + rel.start(), lead + rel.end(1))
    tail = before[-160:]  # the pattern is anchored at the end: a tail will do
    who = _WHO_BEFORE.search(tail)
    if who and not _SUBORDINATE.match(who.group(1)) and (who.start(1) > 0 or tail == before):
        # "statements from high-ranking U.S. officials who noted that": the antecedent
        base = vstart - len(tail)
        skip = re.match(r"according\s+to\s+", who.group(1), re.IGNORECASE)
        return (base + who.start(1) + (skip.end() if skip else 0), base + who.end(1))
    inf = _INFINITIVE.search(before)
    if inf:
        before = before[: inf.start()]
    during = _DURATION_BEFORE.search(before)
    if during:  # "the government has for months accused": the span of time is no name
        before = before[: during.start()]
    stripped = before.rstrip()
    if not stripped:
        return None
    # "in what the president called an attempted coup": the speaker of the label
    what = re.search(r"\bwhat\s+((?:the|a|an|his|her|its|their|he|she|they|it|[A-Z])[^,]{0,60}?)$",
                     stripped)
    if what and _speakerish(what.group(1)):
        return (lead + what.start(1), lead + what.end(1))
    # "The Government defended on Saturday the operation ..., and said": the clause's subject,
    # however long the first predicate; "is outraged by, and categorically rejects"
    coord = re.search(r"\s(?:and|but)(?:\s+(?:also|then|has|have|had|is|was|will|would|"
                      r"[a-z]+ly))*$", stripped)
    if coord is None and _words(stripped) > 30:
        return None
    if coord:  # "Pyongyang and Moscow have yet to ... but said": the clause's subject
        np = _LEAD_NP.match(stripped)
        if np is None:
            return None
        return (lead, lead + len(np.group(1).rstrip(" ,")))
    # a subordinate clause before the subject: "..., but Israel's military blamed"
    but = re.search(r"(?:,\s*|\s)but\s+(?!also\b)((?:[^,]{2,40},\s+){0,4}[^,]{2,80})$", stripped)
    if but:
        return (lead + but.start(1), lead + but.end(1))
    # "Zúñiga gave no evidence, and government officials quickly dismissed it": a new clause
    comma_and = re.search(r",\s+and\s+([\w.’'-]+(?:\s+[\w.’'-]+){0,5}?)(?:\s+[a-z]+ly)?$", stripped)
    if comma_and and not _SUBORDINATE.search(comma_and.group(1)) \
            and not _FINITE.search(comma_and.group(1)) and (
                _speakerish(comma_and.group(1))
                or comma_and.group(1).split()[-1].lower().removesuffix("s") in _speaker_heads()
                or comma_and.group(1).split()[-1].lower() in _speaker_heads()):
        return (lead + comma_and.start(1), lead + comma_and.end(1))
    # "It came after the Politico news website said", "... came to light when the campaign
    # revealed": the subject is the one of the clause the verb heads
    sub = re.search(r"\s(?:after|when|before|while|as|because|since|until|once|where)\s+"
                    r"((?:the|a|an|his|her|its|their|[A-Z])[^,]{1,80})$", stripped)
    if sub and _speakerish(sub.group(1)) and not _SUBORDINATE.search(sub.group(1)):
        return (lead + sub.start(1), lead + sub.end(1))
    return (lead, lead + len(stripped))


def find_attribution(masked: str, start: int, end: int) -> Attribution | None:
    """The speaker phrase and cue of a quotation-only attribution ("Kirby told reporters")."""
    pattern, forms = _verbs()
    text = masked[start:end]
    for vm in pattern.finditer(text):
        word = vm.group("verb")
        lemma = forms[word][0] if word else "say"
        cue = word or vm.group("passive")
        before = text[: vm.start()]
        if word is not None and _NOUN_BEFORE.search(before) and before.strip():
            continue
        if word is not None and word in _noun_forms() and _DETERMINED.search(before[-80:]):
            continue  # "mentioned in the Microsoft report, the mission added": the noun
        # only what follows the last quotation mark can name the speaker
        subj_text = re.split(r"[\"”“]", before)[-1].strip(" ,.’")
        # "In response to the report, the mission added:": the adverbial is no speaker
        subj_text = subj_text[strip_leading(subj_text):].strip(" ,.’")
        if subj_text:
            s = start + before.index(subj_text)
            return Attribution((s, s + len(subj_text)), cue, lemma)
        sm = re.match(r"\s*([^,.;]+)", text[vm.end():])
        if sm:
            s = start + vm.end() + sm.start(1)
            return Attribution((s, s + len(sm.group(1).rstrip())), cue, lemma)
    m = re.search(r"(?:^|\s)([A-Z][^,.;]*?)(?:,[^,]*,)?\s+(?:issued|released|posted|put out)\s+"
                  r"(?:a|the)\s+statement", text)
    if m:
        return Attribution((start + m.start(1), start + m.end(1)), "issued a statement", "say")
    return None
