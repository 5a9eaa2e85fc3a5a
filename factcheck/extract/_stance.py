"""Stance: does the speaker state the content, or deny it?

A denial verb (deny, reject, dismiss, refute) denies. So does a denial cue
in the content: "groundless", "no evidence" wherever they stand, and words
such as "lie" or "provocation" when they are said *of* something ("All this
is an absolute lie", "called ... politically motivated", "as fakes") rather
than used in passing ("his usual fabrication of lies").

General shapes, each a rule over the word lists of ``lexicons/en/denial_cues.json``:

- a side saying its own side did not do a deed, or has no intention, motive or
  role ("we did not supply", "Iran harbors neither the intention nor the motive");
- a lack of evidence in any wording ("lacking credible evidence", "no basis");
- words that contain a denial verb but deny nothing ("neither confirmed nor
  denied"), and a denial of someone's *denial* (which asserts), are not denials;
- a verb that disputes only claims ("questioned") denies only when its object
  is a claim ("questioned the findings", not "questioned Sudan's willingness").
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.claims import Stance
from factcheck.extract._lexicon import lexicon
from factcheck.extract._speakers import party_of_phrase

__all__ = ["points_back", "stance_of"]


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = lexicon("denial_cues")

    def alt(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    linker = alt(data["linkers"])
    # a linker, then at most a few fillers ("completely and utterly"), then the cue
    filler = rf"(?:(?:{linker})|\w+ly|and|or|so|very|quite|totally|[\w-]+(?=,?\s+(?:and|or)\s))"
    predicate = re.compile(
        rf"(?:^|(?<![\w-])(?:{linker}))\s+(?:{filler}\s+){{0,4}}"
        rf"(?:{alt(data['predicate'])})(?![\w-])(?!\s+flag)", re.IGNORECASE)
    anywhere = re.compile(rf"(?<![\w-])(?:{alt(data['anywhere'])})(?![\w-])", re.IGNORECASE)
    backref = re.compile(
        rf"^(?:(?:this|that|these|those|such|the|all|its|their|his|her|[\w-]+['’]s)\s+)+"
        rf"(?:[\w-]+\s+)?(?:{alt(data['backref'])})\b", re.IGNORECASE)
    return predicate, anywhere, backref


_QUOTE_MARKS = re.compile(r"[“”\"‘]|(?<!\w)’|’(?!\w)")
_NAMING_VERBS = frozenset({"call", "describe", "brand", "characterize", "consider", "qualify",
                           "condemn"})


@cache
def _own_negated_deed() -> re.Pattern[str]:
    deeds = lexicon("denial_cues")["deeds"]
    alt = "|".join(re.escape(w) for w in sorted(deeds, key=len, reverse=True))
    return re.compile(
        r"(?:^|,\s+|\b(?:which|that|where|whom)\s+)(?P<subject>(?:[\w’'-]+\s+){0,6}?)"
        r"(?:was|were|is|are|has|have|had|did|does|do|will|would|can|could)?\s*"
        r"(?P<neg>not|never|n[o’']t|no\s+longer)\s+(?P<passive>been\s+|be\s+)?(?:ever\s+)?"
        r"(?P<deed>" + alt + r")\b",
        re.IGNORECASE)


@cache
def _own_lack() -> re.Pattern[str]:
    """ "has no intention", "harbors neither the intention nor the motive", "played no role"."""
    nouns = _alt(lexicon("denial_cues")["own_negations"])
    return re.compile(
        r"(?:^|,\s+)(?P<subject>(?:[\w’'-]+\s+){0,6}?)(?:[\w-]+\s+){0,2}?"
        rf"(?:no|neither|not\s+(?:any|the\s+slightest))\s+(?:[\w-]+\s+){{0,2}}(?:{nouns})\b",
        re.IGNORECASE)


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _own_subject(subject: str, party: str | None) -> bool:
    """Whether a clause's subject is the speaker's own side: "we", "our army", its country."""
    subject = subject.strip()
    if re.fullmatch(r"(?:we|i|our\s+\w+(?:\s+\w+)?|it|the\s+country)", subject, re.IGNORECASE):
        return True
    return party is not None and bool(subject) and party_of_phrase(subject) == party


def _own_side_denies(content: str, party: str | None) -> bool:
    """ "The Israeli army was not conducting air operations" said by IL: a denial of a deed;
    "Iran has no intention to interfere" said by IR: a denial of a motive."""
    text = _QUOTE_MARKS.sub("", content).strip()
    if not _NEGATION.search(text) and "act" not in text and "law" not in text:
        return False  # a cheap test first: no negation, no lawful conduct
    for rx in (_own_negated_deed(), _own_lack()):
        for m in rx.finditer(text):
            groups = m.groupdict()
            if groups.get("passive") and not groups["deed"].endswith("ing"):
                continue  # "Rwanda should not be used as a scapegoat": done to it, not by it
            if groups.get("neg") and re.search(r"\b(?:will|would|shall|wo)\s*$",
                                               text[:m.start("neg")], re.IGNORECASE):
                continue  # "Ankara would not allow a cover-up": a promise, not a denial
            if _own_subject(m.group("subject"), party):
                return True
    for m in _own_lawful().finditer(text):
        if _own_subject(m.group("subject"), party):
            return True  # "it acted within the law": a counter-claim to the charge
    return _NOT_OURS.search(text) is not None


@cache
def _own_lawful() -> re.Pattern[str]:
    return re.compile(
        r"(?:^|,\s+|\b(?:that|which)\s+)(?P<subject>(?:[\w’'-]+\s+){0,4}?)(?:had\s+|has\s+|have\s+)?"
        r"(?:acted|acts|act|was\s+acting|operated|behaved|was\s+taken|were\s+taken)\s+"
        rf"(?:[\w-]+\s+){{0,2}}?(?:{_alt(lexicon('denial_cues')['lawful_conduct'])})\b",
        re.IGNORECASE)


@cache
def _nobody_deed() -> re.Pattern[str]:
    """ "Nobody was attacked", "no civilians were killed": a deed denied of everyone."""
    return re.compile(r"(?:^|,\s+)(?:nobody|no\s+one|none|no\s+[\w-]+)\s+(?:was|were|has\s+been|"
                      rf"have\s+been|had\s+been)\s+(?:{_alt(lexicon('denial_cues')['deeds'])})\b",
                      re.IGNORECASE)


_NEGATION = re.compile(r"\b(?:not|never|no|neither|n[o’']t)\b|n[’']t\b", re.IGNORECASE)
# "This is not our activity", "that was not our doing": a side disowning an act
_NOT_OURS = re.compile(r"\b(?:this|that|it)\s+(?:is|was)\s+not\s+(?:our|my)\s+"
                       r"(?:doing|activity|work|operation|action|act|fault)\b", re.IGNORECASE)


@cache
def _lack_of_evidence() -> re.Pattern[str]:
    """ "lacking credible evidence", "devoid of any basis", "not a shred of proof"."""
    data = lexicon("denial_cues")
    nouns = _alt(data["evidence_nouns"])
    # a lack word stands close to its noun; a negated verb may stand further off ("has not
    # presented a single piece of evidence")
    lack = _alt([w for w in data["lack_words"] if w != "without"])
    # "without any evidence" denies; "accused us without providing evidence" tells how
    return re.compile(rf"(?<![\w-])(?:without\s+(?:(?!provid|present|offer|giv|show)[\w-]+\s+)?"
                      rf"|(?:{lack})\s+(?:[\w-]+\s+){{0,4}}?"
                      rf"|(?:not|never|nor)\s+(?:[\w-]+\s+){{0,5}}?)(?:{nouns})(?![\w-])",
                      re.IGNORECASE)


@cache
def _not_denial() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{_alt(lexicon('denial_cues')['not_denials'])})(?![\w-])",
                      re.IGNORECASE)


_DENIAL_OBJECT = re.compile(r"^(?:(?:the|a|an|its|their|his|her|these|those|such|[\w-]+['’]s)\s+)*"
                            r"(?:[\w-]+\s+)?denials?\b", re.IGNORECASE)


def _claim_object(content: str) -> bool:
    """Whether content opens with a claim as its object ("the findings", "these claims")."""
    words = re.findall(r"[\w’'-]+", content.lower())[:5]
    nouns = set(lexicon("denial_cues")["backref"]) | set(lexicon("denial_cues")["evidence_nouns"])
    nouns |= {"findings", "finding", "conclusions", "conclusion", "authenticity", "veracity",
              "accuracy", "credibility", "evidence", "figures", "data", "assessment"}
    return bool(set(words) & nouns)


def stance_of(content: str, verb_stance: str = "asserts", cue: str = "",
              lemma: str = "", party: str | None = None, context: str = "") -> Stance:
    """The stance of a statement from its verb's stance, its content and who says it.

    ``context`` is the attribution around the verb ("neither confirmed nor denied").
    """
    import os, sys  # DEBUGTMP
    if os.environ.get("STDBG"): print("STDBG", repr(content), verb_stance, repr(cue), lemma, party, file=sys.stderr)  # DEBUGTMP
    if _not_denial().search(context) or _not_denial().search(content):
        return Stance.ASSERTS  # "neither confirmed nor denied": no side taken
    if verb_stance in (Stance.DENIES.value, "denies_claims"):
        if _DENIAL_OBJECT.match(content.strip(" “”\"'")):
            return Stance.ASSERTS  # "dismissed Moscow's denials": the charge stands
        if verb_stance == Stance.DENIES.value or _claim_object(content):
            return Stance.DENIES
    if _lack_of_evidence().search(_QUOTE_MARKS.sub("", content)) \
            or _nobody_deed().search(_QUOTE_MARKS.sub("", content)):
        return Stance.DENIES
    if _own_side_denies(content, party):
        return Stance.DENIES
    predicate, anywhere, _ = _patterns()
    content = _QUOTE_MARKS.sub("", content)  # "“categorically” rejected" reads as words
    if lemma in _NAMING_VERBS and _bare_cue().search(content):
        return Stance.DENIES  # "called Bortnikov's allegations nonsense"
    text = f"{cue} {content}" if cue else content
    if anywhere.search(text) or predicate.search(text):
        return Stance.DENIES
    return Stance.ASSERTS


@cache
def _bare_cue() -> re.Pattern[str]:
    words = lexicon("denial_cues")["predicate"]
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])(?!\s+flag)", re.IGNORECASE)


def points_back(content: str) -> bool:
    """Whether a denial's object is an earlier claim ("those assertions", "this accusation").

    Only a short object points back: "it destroyed the dam" states its own content.
    """
    text = content.strip(" “”\"'.")
    words = text.split()
    if len(words) == 1:
        return words[0].lower() in {"it", "them", "this", "that", "these", "those"}
    return len(words) <= 4 and bool(_patterns()[2].match(text))
