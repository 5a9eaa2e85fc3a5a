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
  is a claim ("questioned the findings", not "questioned Sudan's willingness");
- a state's organ that names no owner ("the police did not use excessive force") is the
  speaker's own side, and so is a presence denied on its own soil ("not present in X");
- a deed or a responsibility called improbable ("it is unlikely a foreign adversary is
  responsible", "impossible to blow it up"), set against another aim ("sent to persuade
  him, not to kill him"), or a presence denied outright ("there was no military base on");
- a counter-claim of origin: the items are of the user's own making ("came from domestic
  stockpiles", "were made locally", "Russian troops use Russian-made equipment", "the drones
  are Russian-made" said by Russia), or the
  source was not the one charged ("his source was not the Russian government");
- a passive cue that names its agent ("staged by the rebels") accuses rather than
  dismisses, and a label in an aside ("about what it called a smear campaign") or a
  no-comment ("not aware of the situation") denies nothing;
- a deed denied of everyone ("no vessel was harassed", "not a single soldier crossed", but
  not "by either side"), "we receive nothing from", a lawful mission, a side's own
  measures called lawful;
- a rhetorical question or a counterfactual ("Who needs to poison him?", "If our agents had
  wanted to ..."), and "that's all X" said of what was just reported;
- someone's claim given a scare-quoted label ("calling Ali's version "a media show"");
- a counter-claim (``counter_claim``): a negated echo of what the speaker just rejected, or the
  accused side's negated reply in the same sentence ("..., while Caracas insists the boat
  never left").
- a side's act said to break no norm ("violates no country's sovereignty", "has broken no
  law", "no laws are being broken") or a norm said to allow it ("the treaty does not prohibit
  it"); a harm or threat denied ("poses no threat"); a deed, promise or order disowned by
  the speaker's own side ("no commitment was ever made by the X government", "the President
  has not given any instruction"); an event denied outright ("There was no coup."); a
  side's own denial in the third person ("TRF denies any involvement");
- but another side's negated conduct is an accusation in negative form ("New Delhi had not
  shared any evidence with us", unless the evidence is *of* the charge), "no legal basis"
  calls an act unlawful rather than a claim unfounded, and the speaker's own version after
  a denial in one quotation ("There was no X. There was a Y") is a statement of its own.
- a side's own operations carried out in line with the law; a cargo denied on board ("no
  weapons were on the flights"); only military targets hit, or only a response given; a deed
  disowned in passing ("blamed for something it had not done"), done "without the knowledge
  of" someone, or an activity called routine; "Smith lies."; but a denial whose object is
  itself a denial ("called false the statement that its units had not fired") asserts, and
  a negation inside a relative clause ("locals who no longer wanted ...") echoes no denial.
- a deed denied through its object ("France released no prisoners"); a presence placed on the
  speaker's own ground ("the troops were on Ruritanian soil", "within its own airspace"), or
  denied of everyone ("not one soldier is on X territory"); a correction set against the
  charged deed or agent ("relocated, not razed", "the work of bandits and not of the army");
  doers "acting on their own"; but "X was denied access" is a deprivation, not a denial.

The side passed in is the one ``extract`` settles for the speaker; a side known only from
other articles (filled in at corpus level) is not yet known here.
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.claims import Stance
from factcheck.extract._lexicon import lexicon, word_set
from factcheck.extract._speakers import party_of_phrase

__all__ = ["counter_claim", "counterfactual", "own_version", "points_back", "stance_of"]


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = lexicon("denial_cues")

    def alt(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    linker = alt(data["linkers"])
    # a linker, then at most a few fillers ("completely and utterly"), then the cue
    # "is a rehash of TPLF propaganda", "part of a disinformation campaign": a noun of kind
    filler = (rf"(?:(?:{linker})|\w+ly|and|or|so|very|quite|totally|[\w-]+(?=,?\s+(?:and|or)\s)"
              rf"|(?!(?:lot|lots|deal|number|amount|plenty|bit|kind|sort)\s)[a-z-]+\s+of"
              rf"(?:\s+[\w’'-]+)?)")  # "a lot of speculation" only counts it
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
def _own_negated_verbs() -> tuple[re.Pattern[str], ...]:
    """Any verb of the subject negated, not only a listed deed: "we did not invite them",
    "Ruritania has not deployed a single soldier" (a participle after an auxiliary, or a
    base form after "do"); :func:`_a_deed` leaves out the mind and speech."""
    head = (r"(?:^|,\s+|\b(?:which|that|where|whom)\s+)(?P<subject>(?:[\w’'-]+\s+){0,6}?)")
    return (
        re.compile(head + r"(?:was|were|is|are|has|have|had|will|would)?\s*"
                   r"(?P<neg>not|never|n[o’']t|no\s+longer)\s+(?P<passive>been\s+|be\s+)?"
                   r"(?:ever\s+)?(?P<deed>(?-i:[a-z][a-z-]{2,}(?:ing|ed)))\b", re.IGNORECASE),
        re.compile(head + r"(?:did|does|do)\s*(?P<neg>not|never|n[o’']t)\s+(?:ever\s+)?"
                   r"(?P<deed>(?-i:[a-z][a-z-]{2,}))\b", re.IGNORECASE))


@cache
def _not_deeds() -> frozenset[str]:
    """The listed verbs in their regular forms: "want", "wanted", "denied", "planned"."""
    forms: set[str] = set()
    for w in lexicon("denial_cues")["not_deeds"]:
        forms |= {w, f"{w}s", f"{w}es", f"{w}ed", f"{w}d", f"{w}ing",
                  f"{w[:-1]}ing", f"{w[:-1]}ied", f"{w[:-1]}ies",  # believing, denied
                  f"{w}{w[-1]}ed", f"{w}{w[-1]}ing"}  # planned, planning
    return frozenset(forms)


def _a_deed(word: str) -> bool:
    """Whether a negated verb is a deed one can deny, not a state of mind or of speech."""
    return word.lower() not in _not_deeds()


@cache
def _own_lack() -> re.Pattern[str]:
    """ "has no intention", "harbors neither the intention nor the motive", "played no role"."""
    nouns = _alt(lexicon("denial_cues")["own_negations"])
    return re.compile(
        r"(?:^|,\s+)(?P<subject>(?:[\w’'-]+\s+){0,6}?)(?P<verb>(?:[\w-]+\s+){0,2}?)"
        rf"(?:no|neither|not\s+(?:(?:given|made|had|issued|taken)\s+)?(?:any|the\s+slightest))"
        rf"\s+(?:[\w-]+\s+){{0,2}}(?:{nouns})\b",
        re.IGNORECASE)


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _own_subject(subject: str, party: str | None) -> bool:
    """Whether a clause's subject is the speaker's own side: "we", "our army", its country."""
    subject = subject.strip()
    if re.fullmatch(r"(?:we|i|our\s+\w+(?:\s+\w+)?|it|the\s+country)", subject, re.IGNORECASE):
        return True
    if party is not None and re.fullmatch(r"[A-Z]{2}", party) and _own_organ().fullmatch(subject):
        return True  # "the police did not use excessive force", said by the state's minister
    return party is not None and bool(subject) and party_of_phrase(subject) == party


@cache
def _own_organ() -> re.Pattern[str]:
    """An organ that names no owner ("the police", "its security forces"): a state's own."""
    # one lower-case modifier may stand before the organ ("its border police"); a capitalised
    # one names an owner ("the Kyrgyz police") and is not the speaker's by default
    return re.compile(rf"(?:the|its|their)\s+(?:(?-i:[a-z][\w-]*)\s+)?"
                      rf"(?:{_alt(lexicon('denial_cues')['own_organs'])})", re.IGNORECASE)


def _own_head(head: str, party: str | None) -> bool:
    """Whether the words before "no" are the speaker's side and at most a two-word verb:
    "Russia had no favorites", "Iran harbors neither" (the lazy match may leave the subject
    empty)."""
    words = head.split()
    return any(_own_subject(" ".join(words[:len(words) - k]), party)
               for k in range(min(len(words) - 1, 2) + 1))


def _own_side_denies(content: str, party: str | None, reported: bool = False) -> bool:
    """ "The Israeli army was not conducting air operations" said by IL: a denial of a deed;
    "Iran has no intention to interfere" said by IR: a denial of a motive."""
    text = _QUOTE_MARKS.sub("", content).strip()
    if not _NEGATION.search(text) and "act" not in text and "law" not in text \
            and "measure" not in text and "operation" not in text and "conduct" not in text \
            and not _OWN_MAKE.search(text) and not _OWN_GROUND.search(text):
        return False  # a cheap test first: no negation, no lawful conduct, no maker, no ground
    for rx in (_own_negated_deed(), _own_lack(), *_own_negated_verbs()):
        for m in rx.finditer(text):
            groups = m.groupdict()
            if rx in _own_negated_verbs() and not _a_deed(groups["deed"]):
                continue  # "we do not want a war", "we are not saying it was deliberate"
            if reported and rx in _own_negated_verbs() and re.fullmatch(
                    r"(?:he|she)", m.group("subject").strip(), re.IGNORECASE):
                # "X said he never ordered any killing": in reported speech, of himself (in
                # quoted words "he" is someone else: "He was not a smuggler")
                return True
            if groups.get("passive") and not groups["deed"].endswith("ing"):
                continue  # "Rwanda should not be used as a scapegoat": done to it, not by it
            if groups.get("neg") and re.search(r"\b(?:will|would|shall|wo)\s*$",
                                               text[:m.start("neg")], re.IGNORECASE):
                continue  # "Ankara would not allow a cover-up": a promise, not a denial
            if _own_subject(m.group("subject"), party) or \
                    _own_head(m.group("subject") + (groups.get("verb") or ""), party):
                return True
    for m in _own_lawful().finditer(text):
        if _own_subject(m.group("subject"), party) or _ACT.fullmatch(m.group("subject").strip()):
            return True  # "it acted within the law", "the measure was taken in compliance with"
    for m in _own_act_lawful().finditer(text):
        owner = party_of_phrase(m.group("owner")) if m.group("owner").strip() else None
        if owner is None or owner == party:
            return True  # "the coast guard's measures were lawful and proportionate"
    for m in _NOT_PRESENT.finditer(text):
        place = m.group("place")
        if re.match(r"(?:our|its|their)\s", place, re.IGNORECASE) or (
                party is not None and party_of_phrase(place) == party):
            return True  # "the TTP was not present in Afghanistan", said by Afghanistan
    for m in _OWN_MAKE.finditer(text):
        if party is not None and party_of_phrase(m.group("maker")) == party:
            return True  # "the drones are Russian-made", said by Russia: not supplied
    for m in _own_deed_none().finditer(text):
        if _own_subject(m.group("subject"), party):
            return True  # "France released no prisoners", said by France
    for m in _OWN_GROUND.finditer(text):
        place = m.group("place").strip()
        if _other_side(m.group("subject"), party):
            continue  # "Ruritanian troops are on our soil": an accusation
        if re.match(r"(?:our|its|their|[\w-]+['’]s)\s+own\b", place, re.IGNORECASE) or (
                party is not None and party_of_phrase(place) == party
                and _own_subject(m.group("subject"), party)):
            # "the troops were on Ruritanian soil", said by Ruritania; but "the aircraft was
            # inside Ruritanian airspace" places the other side's craft, an accusation
            return True
    return _NOT_OURS.search(text) is not None


@cache
def _own_deed_none() -> re.Pattern[str]:
    """ "France had released no prisoners", "we fired no shots": a deed with a negated object."""
    return re.compile(
        r"(?:^|,\s+|\b(?:that|which)\s+)(?P<subject>(?:[\w’'-]+\s+){0,6}?)"
        r"(?:has\s+|have\s+|had\s+)?(?:ever\s+)?"
        rf"(?:{_deed_alt()})\s+(?:no|not\s+(?:a\s+single|one|any))\s+[\w-]",
        re.IGNORECASE)


# "the troops were on Ruritanian soil", "the aircraft operated within its own airspace": a
# presence or an act placed on the speaker's own ground answers a charge of incursion
_OWN_GROUND = re.compile(
    r"(?:^|,\s+|\b(?:that|which)\s+)(?P<subject>(?:[\w’'-]+\s+){0,6}?)"
    r"(?:(?:was|were|is|are|remained|remain|remains|stayed|stay|stays)\s+(?:only\s+|still\s+)?"
    r"|(?:operated|operates|operate|acted|act|acts)\s+(?:only\s+)?)"
    r"(?:on|in|inside|within)\s+(?P<place>(?:[\w’'-]+\s+){0,3}?)"
    r"(?:soil|territory|airspace|territorial\s+waters|land)\b", re.IGNORECASE)


# "the measure", "this operation": the speaker's own act, said to be lawful
_ACT = re.compile(r"(?:the|this|that|our|its|their)\s+(?:[\w-]+\s+)?(?:measure|measures|operation|"
                  r"operations|action|actions|decision|step|steps|act|raid|arrest|strike|strikes|"
                  r"seizures?|detentions?|interceptions?|inspections?|searche?s?|"
                  r"deployments?|expulsions?|evacuations?|boarding)",
                  re.IGNORECASE)
# "the drones are Russian-made": a copula giving the items' maker
_OWN_MAKE = re.compile(r"\b(?:is|are|was|were)\s+(?:all\s+|entirely\s+|fully\s+)?"
                       r"(?P<maker>[A-Z][\w]+)-(?:made|produced|manufactured|built)\b")


# "X is not present in Y", "X has no presence on Y": a presence denied on a place
_NOT_PRESENT = re.compile(r"\b(?:not|never|no\s+longer)\s+(?:been\s+)?present\s+(?:in|on)\s+"
                          r"(?P<place>(?:[\w’'-]+\s+){0,2}[\w’'-]+)", re.IGNORECASE)


@cache
def _own_lawful() -> re.Pattern[str]:
    return re.compile(
        r"(?:^|,\s+|\b(?:that|which)\s+)(?P<subject>(?:[\w’'-]+\s+){0,4}?)(?:had\s+|has\s+|have\s+)?"
        r"(?:acted|acts|act|was\s+acting|operated|behaved|(?:was|were)\s+(?:taken|carried\s+out|"
        r"conducted|done|made|performed)"
        # "Ruritania carries out its operations in line with international law"
        r"|(?:carries|carried|carry|carrying)\s+out\s+(?:its|our|their|all)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:operations|activities|strikes|actions|measures))\s+"
        rf"(?:(?:[\w-]+\s+){{0,2}}?(?:{_alt(lexicon('denial_cues')['lawful_conduct'])})\b"
        # "acted in a lawful and proportionate manner"
        rf"|in\s+an?\s+(?:[\w-]+\s+(?:and\s+)?){{0,3}}?"
        rf"(?:{_alt(lexicon('denial_cues')['lawful_qualities'])})\s+(?:and\s+[\w-]+\s+)?"
        r"(?:manner|way|fashion))",
        re.IGNORECASE)


@cache
def _own_act_lawful() -> re.Pattern[str]:
    """ "The measures taken on site were legitimate and lawful": an act called lawful; its
    owner, if named, comes before the act noun."""
    return re.compile(
        r"(?:^|,\s+|\b(?:that|which)\s+)(?P<owner>(?:[\w’'-]+\s+){0,6}?)(?:[\w-]+\s+){0,2}?"
        r"(?:measures?|actions?|operations?|conduct|response|steps?|moves?)\b"
        r"(?:\s+(?!(?:was|were|is|are|had|have|has)\b)[\w’'-]+){0,8}?\s+"
        r"(?:was|were|is|are|had\s+been|have\s+been|has\s+been)\s+(?:\w+\s+){0,2}?"
        rf"(?:{_alt(lexicon('denial_cues')['lawful_qualities'])})\b", re.IGNORECASE)


# "No shots were fired by either side": a deed denied of both sides answers no one's charge
_BOTH_SIDES = re.compile(r"\s*by\s+(?:either|both|any|neither)\s+(?:side|sides|party|parties)\b",
                         re.IGNORECASE)
# "the boats were on a lawful mission": a mission called lawful answers the charge against it
_LAWFUL_MISSION = re.compile(r"\b(?:was|were|is|are|had\s+been|have\s+been)\s+on\s+(?:a|an)\s+"
                             r"(?:lawful|legitimate|legal)\s+(?:[\w-]+\s+)?(?:mission|patrol|"
                             r"operation|voyage)", re.IGNORECASE)
# "Who needs to poison him?", "Why would we attack our own people?", "If our agents had wanted
# to poison him, they would have finished the job": a deed denied by a question or a
# counterfactual
_RHETORICAL = re.compile(r"^\s*(?:who\s+(?:needs|would\s+(?:want|need))\s+to|why\s+would\s+"
                         r"(?:we|I|they|anyone|he|she|[A-Z][\w-]+)\s+(?:want\s+to\s+)?\w+|"
                         r"if\s+[^,]{1,80}?\s+had\s+wanted\s+to)\b", re.IGNORECASE)
# "that's all codswallop", "this is all nonsense": what was just said, dismissed in a word
_ALL_NONSENSE = re.compile(r"(?:but\s+)?(?:that|this|it)(?:['’]s|\s+is|\s+was)\s+"
                           r"(?:all|just|pure)\s+[a-z-]+", re.IGNORECASE)
# "We receive nothing from Rwanda": a side denying it is supplied
_RECEIVE_NOTHING = re.compile(r"\b(?:we|I)\s+(?:have\s+)?(?:receive[ds]?|received|get|got|"
                              r"accept(?:ed)?)\s+(?:nothing|no\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+"
                              r"from\b", re.IGNORECASE)
# "no weapons were on the flights", "no soldiers were aboard the vessel": a presence denied
# "not one soldier is on Ruritanian territory": the same, with "not one" / "not a single"
_NONE_ABOARD = re.compile(r"(?:^|,\s+|\bthat\s+)(?:no|not\s+(?:one|a\s+single))\s+"
                          r"(?:[\w-]+\s+){0,2}?[\w-]+\s+"
                          r"(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+"
                          r"(?:on\s+board|aboard|on|inside|in)\s+(?:the|any|its|their|our|"
                          r"(?-i:[A-Z])[\w-]+)\b",
                          re.IGNORECASE)
# "forces only target military positions", "strikes were directed solely at military
# targets": a side saying it hit only combatants denies harming civilians
_ONLY_MILITARY = re.compile(r"\b(?:only|solely|exclusively|strictly)\s+(?:[\w-]+\s+){0,4}?"
                            r"(?:military|army|armed|combatant|enemy|terrorist|militant)\s+"
                            r"(?:[\w-]+\s+)?(?:targets?|positions?|objectives?|installations?|"
                            r"sites?|facilities|infrastructure|bases?)\b"
                            # "... targets from which the attacks came": an account of the
                            # other side's fire, a statement of its own
                            r"(?!\s+(?:from|where|in)\s+which\b)", re.IGNORECASE)
# "our forces had only responded to attacks", "merely retaliated": the other side began it
_ONLY_RESPONDED = re.compile(r"\b(?:only|merely|simply|just)\s+(?:been\s+)?(?:responded|responding|"
                             r"respond|responds|retaliated|retaliating|retaliate|reacted|"
                             r"returned\s+fire|acted\s+in\s+self-defen[cs]e)\b", re.IGNORECASE)
# "blamed for something it had not done": a deed disowned in passing
_NOT_DONE = re.compile(r"\b(?:something|anything|things|crimes?|acts?|what)\s+(?:that\s+)?"
                       r"(?:it|we|they|he|she|I)\s+(?:had|has|have|did|does|do)\s*"
                       r"(?:not|never|n[’']t)\s+(?:do|done|commit|committed)\b", re.IGNORECASE)
# "he had acted without the knowledge of the state": someone's part in the deed denied
_WITHOUT_KNOWLEDGE = re.compile(r"\bwithout\s+the\s+knowledge\s+of\b", re.IGNORECASE)
# "troop movements in the south are routine": an activity called routine is no threat
_ROUTINE = re.compile(r"\b(?:is|are|was|were)\s+(?:\w+ly\s+|just\s+|purely\s+)?routine\b"
                      r"(?!\s+for\b)", re.IGNORECASE)
# "the statement of the other side that its units had not opened fire": a denial's object that
# is itself a denial, so the speaker asserts the deed
_DENIED_DENIAL = re.compile(r"\b(?:statements?|claims?|assertions?|reports?|allegations?|"
                            r"insistence)\s+(?:(?:of|by)\s+(?:[\w’'-]+\s+){1,5}?)?that\s+"
                            r"(?:[\w’'-]+\s+){1,6}?(?:had|has|have|did|does|do|was|were|is|are)"
                            r"\s*(?:not|never|n[’']t)\b", re.IGNORECASE)
# "Smith lies.", "The minister is lying": a whole statement calling someone a liar
_LIAR = re.compile(r"\s*(?:(?:[A-Z][\w’'.-]+|he|she|they|the\s+\w+)\s+){1,3}?(?:lies|lied|"
                   r"is\s+lying|was\s+lying|are\s+lying|were\s+lying)\s*[.!]?\s*")


@cache
def _nobody_deed() -> re.Pattern[str]:
    """ "Nobody was attacked", "no civilians were killed", "not a single soldier crossed the
    border": a deed denied of everyone."""
    return re.compile(r"(?:^|,\s+)(?:nobody|no\s+one|none|no\s+(?:[\w-]+\s+){0,2}?[\w-]+|"
                      r"not\s+(?:a\s+single|one)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+"
                      r"(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+|"
                      r"(?:has|have|had|ever|has\s+ever|have\s+ever)\s+)?"
                      rf"(?:{_alt(lexicon('denial_cues')['deeds'])})\b",
                      re.IGNORECASE)


_NEGATION = re.compile(r"\b(?:not|never|no|neither|n[o’']t)\b|n[’']t\b", re.IGNORECASE)
# "This is not our activity", "that was not our doing": a side disowning an act
_NOT_OURS = re.compile(r"\b(?:this|that|it)\s+(?:is|was)\s+not\s+(?:our|my)\s+"
                       r"(?:doing|activity|work|operation|action|act|fault)\b", re.IGNORECASE)


def _other_side(subject: str, party: str | None) -> bool:
    """Whether a clause's subject names a side other than the speaker's ("India's decision",
    "New Delhi had"): its negated conduct is an accusation, not the speaker's denial."""
    head = " ".join(re.findall(r"[\w’'-]+", subject)[:3])
    if party is None or not head:
        return False
    other = party_of_phrase(head)
    return other is not None and other != party


# the subject of the clause a match stands in: from the clause's start to the match
_CLAUSE_START = re.compile(r".*(?:^|[,;:]\s+|\b(?:that|which|while|but)\s+)", re.IGNORECASE)


def _subject_before(text: str, at: int) -> str:
    head = text[:at]
    m = _CLAUSE_START.match(head)
    return head[m.end():] if m else head


@cache
def _norm_kept() -> re.Pattern[str]:
    """ "does not violate the law of any party", "violates no country's sovereignty", "has broken
    no law", "no laws are being broken", "the treaty in no way prohibits": an act said to
    break no norm, or a norm said to allow it."""
    data = lexicon("denial_cues")
    verbs, norms, bans = _alt(data["violations"]), _alt(data["norms"]), _alt(data["prohibitions"])
    return re.compile(
        rf"(?P<neg>\b(?:not|never)\s+|n[’']t\s+)(?:\w+ly\s+)?(?:{verbs})\s+"
        rf"(?:[\w’'-]+\s+){{0,4}}?(?:{norms})\b"
        rf"|\b(?:{verbs})\s+no\s+(?:[\w’'-]+\s+){{0,2}}?(?:{norms})\b"
        rf"|\b(?:no|nothing|none)\s+(?:[\w-]+\s+){{0,2}}?(?:is|are|was|were|has|have|had)\s+"
        r"(?:been\s+|being\s+)*(?:violated|broken|breached|infringed|contravened)\b"
        rf"|(?P<nob>\b(?:not|never|nowhere)\s+|n[’']t\s+|\bin\s+no\s+way\s+)(?:\w+ly\s+)?"
        rf"(?:{bans})\b"
        rf"|\bnothing\s+in\s+(?:[\w’'-]+\s+){{1,4}}?(?:{bans})\b",
        re.IGNORECASE)


def _keeps_norm(text: str, party: str | None) -> bool:
    """Whether a side says its act breaks no norm (and the act is not another side's)."""
    for m in _norm_kept().finditer(text):
        before = text[:m.start()]
        if re.search(r"\b(?:will|would|shall|wo)\s*$", before, re.IGNORECASE):
            continue  # "we will not violate the truce": a promise, not a denial
        if _other_side(_subject_before(text, m.start()), party):
            continue  # "Ruritania does not respect ..." said by its rival: an accusation
        return True
    return False


# "There was no coup.": a whole statement denying that an event took place
_NO_SUCH = re.compile(r"\s*there\s+(?:is|was|were|are|has\s+been|had\s+been)\s+"
                      r"(?:no|never\s+(?:a|an|any))\s+(?:[\w-]+\s+)?[\w-]+\s*[.!]?\s*",
                      re.IGNORECASE)


def _none_by_us(text: str, party: str | None) -> bool:
    """ "No commitment was ever made by the Dutch government": a deed denied of the speaker's
    own side, named as the agent of a passive."""
    for m in _NONE_BY.finditer(text):
        agent = " ".join(m.group("agent").split()[:4])
        if _own_subject(agent, party) or (party is not None and party_of_phrase(agent) == party):
            return True
    return False


_NONE_BY = re.compile(r"(?:^|,\s+)(?:no|not\s+(?:a\s+single|one|any))\s+(?:[\w’'-]+\s+){0,6}?"
                      r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:ever\s+)?[\w-]+\s+"
                      r"by\s+(?P<agent>(?:[\w’'-]+\s*){1,4})", re.IGNORECASE)


# "The ministry categorically rejects ...", "TRF denies any role": a side's statement in the
# third person, its own name as the subject of a denial verb
_SELF_DENIAL = re.compile(r"^\s*(?P<subject>(?:[\w’'.-]+\s+){1,5}?)(?:\w+ly\s+)?(?:denies|denied|"
                          r"rejects|rejected|refutes|refuted|dismisses|dismissed)\b")


def _denies_in_third_person(text: str, party: str | None) -> bool:
    m = _SELF_DENIAL.match(text)
    if m is None or party is None:
        return False
    if not m.group(0).rstrip().endswith(("denies", "denied")) and \
            not _claim_object(text[m.end():]):
        return False  # "Cuba rejects all foreign military presence": a policy, not a claim
    subject = m.group("subject").strip()
    if re.search(r"\b(?:was|were|is|are|be|been|being|got|gets)$", subject, re.IGNORECASE):
        return False  # "the attaché was denied access": deprived of something, not a denial
    bare = re.sub(r"^the\s+", "", subject, flags=re.IGNORECASE)
    return _own_subject(subject, party) or bare.lower() == re.sub(
        r"^the\s+", "", party, flags=re.IGNORECASE).lower() or subject == _initials(party)


def _initials(name: str) -> str:
    """ "The Resistance Front" -> "TRF": a group's own acronym names it."""
    return "".join(w[0] for w in name.split() if w[0].isupper())


# "The facts show that ...", "There was an attempted coup": the speaker's own version of events
# "We take every precaution to avoid ...": the speaker's own conduct, stated
_OWN_VERSION = re.compile(r"\s*(?:but\s+)?(?:we\s+(?:take|took|make|made)\s+(?:the\s+)?"
                          r"(?:utmost|every|all|great|extreme)\s+(?:possible\s+)?(?:care|"
                          r"efforts?|precautions?)\b"
                          r"|the\s+(?:facts|evidence|truth|reality)\s+"
                          r"(?:show|shows|is|are|prove|proves|demonstrate|demonstrates)\b"
                          r"|there\s+(?:was|is|were|are)\s+(?:a|an)\s)", re.IGNORECASE)


# "there were no irregularities", "none of the dead", "nobody in the capital": the content
# opens by saying a thing or a person did not exist or take part
_NONE_OPENS = re.compile(r"\s*[“\"‘]?\s*(?:there\s+(?:is|was|were|are|has\s+been|had\s+been|"
                         r"have\s+been)\s+(?:no|never\s+(?:a|an|any))\s+(?P<noun>[\w-]+)"
                         r"|(?:none|not\s+(?:one|a\s+single))\s+of\s|(?:nobody|no\s+one)\s)",
                         re.IGNORECASE)


def says_none(content: str) -> bool:
    """Whether a content opens by saying there was no such thing or no one ("there were no
    rebels at the post", "none of the dead belonged to the gang"); "there is no
    justification", "no doubt" are judgements (``idioms_of_none``), not that."""
    m = _NONE_OPENS.match(content)
    if m is None:
        return False
    noun = m.group("noun")
    return noun is None or noun.lower() not in word_set("denial_cues", "idioms_of_none")


@cache
def _proper() -> re.Pattern[str]:
    qualities = _alt(lexicon("denial_cues")["proper_qualities"])
    # predicative only: the quality ends the clause or a list of qualities ("free, fair and
    # transparent"), never an attribute of a noun ("legal action", "the legitimate president")
    return re.compile(r"\b(?P<pre>(?:[\w’'-]+\s+){0,3})(?:is|are|was|were|be|been|remains?|"
                      r"remained)\s+(?:[\w-]+\s+){0,2}?[“\"‘]?(?:{qualities})\b"
                      r"(?=[”\"’]?\s*(?:$|[,.;:!?]|and\b|or\b|but\b|(?<=with)\s))"
                      .replace("{qualities}", qualities), re.IGNORECASE)


def says_proper(content: str) -> bool:
    """Whether a content calls something lawful, fair, peaceful or safe ("the strikes are
    lawful", "the vote was free, fair and transparent"), not its opposite ("the vote had
    not been free")."""
    return any(not re.search(r"\b(?:not|never|no)\b|n[’']t\b", m.group(0), re.IGNORECASE)
               for m in _proper().finditer(content))


def own_version(sentence: str) -> bool:
    """Whether a sentence after a denial states the speaker's own version of events ("There was
    no X. There was an attempted Y", "That is a lie. The facts show that ..."): a statement of
    its own, not an elaboration of the denial."""
    return bool(_OWN_VERSION.match(_QUOTE_MARKS.sub("", sentence)))


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
                      rf"|(?P<neg>(?:not|never|nor)\s+)(?:[\w-]+\s+){{0,5}}?)"
                      rf"(?<!legal\s)(?<!lawful\s)(?:{nouns})(?![\w-])",
                      re.IGNORECASE)


# "evidence of these attacks", "evidence that it was involved", "information with us about the
# killing": the evidence of a charge
_OF_CHARGE = re.compile(r"(?:\s+(?:with|to)(?:\s+[\w’'-]+){1,3}?(?=\s+(?:about|on|regarding)\b))?"
                        r"\s+(?:of|that|for|about|on|regarding|to\s+(?:support|back|prove|"
                        r"substantiate))\b", re.IGNORECASE)


def _lacks_evidence(text: str, party: str | None) -> bool:
    """A lack of evidence denies; another side's evidence withheld from someone ("New Delhi had
    not shared any evidence with us") accuses it, unless the evidence is of the charge
    ("... with us about the killing")."""
    for m in _lack_of_evidence().finditer(text):
        if m.group("neg") and _TO_RECIPIENT.match(text, m.end()) \
                and not _OF_CHARGE.match(text, m.end()) \
                and _other_side(_subject_before(text, m.start()), party):
            continue
        return True
    return False


# "shared any evidence with Madrid": evidence withheld from someone (bare "has not presented a
# single piece of evidence" denies the charge outright)
_TO_RECIPIENT = re.compile(r"\s+(?:with|to)\s", re.IGNORECASE)


@cache
def _deed_alt() -> str:
    """The deeds as alternatives, a phrasal verb open to a pronoun ("blow it up")."""
    words = sorted(lexicon("denial_cues")["deeds"], key=len, reverse=True)
    return "|".join(re.sub(r"^(\w+)\\ (up|down|out)$", r"\1\\s+(?:(?:it|them|him|her)\\s+)?\2",
                           re.escape(w)) for w in words)


@cache
def _improbable() -> re.Pattern[str]:
    """ "It is unlikely a foreign adversary is responsible", "impossible to blow it up":
    a deed or a responsibility denied as improbable."""
    data = lexicon("denial_cues")
    return re.compile(
        rf"(?<![\w-])(?:{_alt(data['improbable'])})\s+(?:"
        rf"(?:that\s+)?(?:[\w’'-]+\s+){{1,6}}?(?:is|was|are|were|had\s+been|has\s+been)\s+"
        r"(?:responsible|behind|involved|to\s+blame)"
        rf"|(?:for\s+[\w’'-]+(?:\s+[\w’'-]+)?\s+)?to\s+(?:have\s+)?(?:[\w-]+\s+)?"
        rf"(?:{_deed_alt()}))(?![\w-])",
        re.IGNORECASE)


@cache
def _contrast_deed() -> re.Pattern[str]:
    """ "sent to persuade him to return, not to kill him": the deed set against another aim;
    "were relocated, not razed", "moved rather than destroyed": the deed set against what was
    done instead; "the work of bandits and not of the army": the agent set against another."""
    return re.compile(rf"(?:,\s+(?:and\s+)?|\s+and\s+)not\s+(?:to\s+)?(?:{_deed_alt()})\b"
                      rf"|\brather\s+than\s+(?:being\s+|been\s+)?(?:{_deed_alt()})\b"
                      r"|(?:,\s*|\s+and\s+)not\s+(?:of|by)\s+(?:the|its|our|their|any)\s",
                      re.IGNORECASE)


@cache
def _no_presence() -> re.Pattern[str]:
    """ "There was no Chinese military base on the island": a presence denied outright."""
    return re.compile(
        r"\bthere\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:no|never\s+(?:been\s+)?a)"
        rf"\s+(?:[\w-]+\s+){{0,2}}?(?:{_alt(lexicon('denial_cues')['presence'])})\s+(?:in|on|at)\b",
        re.IGNORECASE)


@cache
def _own_origin() -> re.Pattern[str]:
    """A counter-claim of origin: the items came from the user's own stock, not a supplier
    ("the shells came from domestic stockpiles", "the weapons were made locally", "Russian
    troops use Russian-made equipment")."""
    o = lexicon("denial_cues")["own_origin"]
    makers, stocks, made = _alt(o["makers"]), _alt(o["stocks"]), _alt(o["made"])
    return re.compile(
        rf"\b(?:came|come|comes|coming)\s+from\s+(?:(?:its|their|our)\s+)?(?:{makers})\s+"
        rf"(?:[\w-]+\s+)?(?:{stocks})\b"
        rf"|\b(?:were|was|are|is|been)\s+(?:{made})\s+(?:{_alt(o['home'])})\b"
        rf"|\b(?:use|used|uses|using)\s+(?:only\s+)?(?:their|its|our)\s+own\s+"
        rf"(?:[\w-]+\s+)?(?:{_alt(o['items'])})\b"
        rf"|\b(?P<maker>[A-Z][\w-]+)\s+(?:troops|forces|army|military|soldiers)\s+"
        rf"(?:use|used|uses|are\s+using|were\s+using)\s+(?P=maker)-(?:{made})\b")


# "his source was not the Russian government", "the shells did not come from": origin denied
_NOT_FROM = re.compile(r"\bsources?\s+(?:was|were|is|are)\s+not\s+(?:the|a|an|any)\s"
                       r"|\b(?:did|do|does)\s+not\s+come\s+from\b|\bdidn[’']t\s+come\s+from\b",
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

    ``context`` is the attribution around the verb ("neither confirmed nor denied"). A denial
    whose object is itself a denial ("called false the statement that its units had not
    fired") asserts.
    """
    stance = _stance(content, verb_stance, cue, lemma, party, context)
    if stance is Stance.DENIES and _DENIED_DENIAL.search(_QUOTE_MARKS.sub("", content)):
        return Stance.ASSERTS
    return stance


def _stance(content: str, verb_stance: str, cue: str, lemma: str, party: str | None,
            context: str) -> Stance:
    if _not_denial().search(context) or _not_denial().search(content):
        return Stance.ASSERTS  # "neither confirmed nor denied": no side taken
    if verb_stance in (Stance.DENIES.value, "denies_claims"):
        if _DENIAL_OBJECT.match(content.strip(" “”\"'")):
            return Stance.ASSERTS  # "dismissed Moscow's denials": the charge stands
        if verb_stance == Stance.DENIES.value or _claim_object(content):
            return Stance.DENIES
    bare = _QUOTE_MARKS.sub("", content)
    if any(not _BOTH_SIDES.match(bare, m.end()) for m in _nobody_deed().finditer(bare)) \
            or _RECEIVE_NOTHING.search(bare) \
            or _NONE_ABOARD.search(bare) or _ONLY_MILITARY.search(bare) \
            or _ONLY_RESPONDED.search(bare) or _NOT_DONE.search(bare) \
            or _WITHOUT_KNOWLEDGE.search(bare) or _ROUTINE.search(bare) \
            or _LIAR.fullmatch(bare) \
            or _LAWFUL_MISSION.search(bare) or _RHETORICAL.search(bare) \
            or _ALL_NONSENSE.fullmatch(bare.strip(" .!")):
        return Stance.DENIES
    if _lacks_evidence(bare, party) or _keeps_norm(bare, party) or _NO_SUCH.fullmatch(bare) \
            or _none_by_us(bare, party) \
            or _denies_in_third_person(bare, party) \
            or _improbable().search(bare) or _contrast_deed().search(bare) \
            or _no_presence().search(bare) or _own_origin().search(bare) \
            or _NOT_FROM.search(bare):
        return Stance.DENIES
    if _own_side_denies(content, party, reported=bool(cue)):
        return Stance.DENIES
    predicate, anywhere, _ = _patterns()
    labelled = bool(_QUOTE_MARKS.search(content))
    content = _QUOTE_MARKS.sub("", content)  # "“categorically” rejected" reads as words
    if lemma in _NAMING_VERBS and _bare_cue().search(content):
        return Stance.DENIES  # "called Bortnikov's allegations nonsense"
    if lemma in _NAMING_VERBS and _POSSESSED_CLAIM.match(content) and labelled:
        return Stance.DENIES  # "calling Ali's version "a media show"": a claim given a label
    text = _ASIDE_LABEL.sub("", f"{cue} {content}" if cue else content)
    for rx in (anywhere, predicate):
        if any(not (m.group(0).endswith("ed") and _AGENT.match(text, m.end()))
               for m in rx.finditer(text)):
            return Stance.DENIES
    return Stance.ASSERTS


# "Ali's version", "the ministry's claims", "their allegations": someone's claim as an object
_POSSESSED_CLAIM = re.compile(r"(?:[\w.-]+['’]s?|his|her|its|their|these|those|such)\s+"
                              r"(?:[\w-]+\s+)?(?:version|claims?|allegations?|accusations?|"
                              r"account|story|statements?|assertions?|narrative)\b",
                              re.IGNORECASE)
# "staged by the White Helmets", "staged with the participation of a foreign service": a
# passive that names who did it makes a counter-accusation, a statement of its own, not a
# dismissal ("a disinformation campaign by the Five Eyes" still dismisses)
_AGENT = re.compile(r"\s*(?:by|with\s+the\s+(?:help|participation|involvement)\s+of)\s",
                    re.IGNORECASE)
# "would no longer respond to inquiries about what it called a slanderous campaign": the label
# names the topic of the statement, not what the statement says of its content
_ASIDE_LABEL = re.compile(r"\b(?:about|over|on|to|against)\s+what\s+(?:it|he|she|they|we)\s+"
                          r"(?:called|calls|termed|terms|described\s+as)\b.*$", re.IGNORECASE)


@cache
def _bare_cue() -> re.Pattern[str]:
    words = lexicon("denial_cues")["predicate"]
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])(?!\s+flag)", re.IGNORECASE)


_STOP = frozenset({"the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "and",
                   "or", "that", "this", "these", "those", "is", "are", "was", "were", "be",
                   "been", "has", "have", "had", "it", "its", "their", "there", "no", "not",
                   "never", "any", "from", "as", "what", "which", "who", "he", "she", "they",
                   "we", "our", "his", "her", "claims", "claim", "said", "says"})


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z][\w-]+", text.lower()) if w not in _STOP}


_RELATIVE = re.compile(r"\s(?:who|whom|which)\s.*$", re.IGNORECASE | re.DOTALL)


def counter_claim(content: str, *, denied: str | None = None, accusation: str | None = None,
                  party: str | None = None) -> bool:
    """Whether a negated statement answers a charge, and so denies it.

    - it echoes what the speaker has just rejected ("rejected claims that the area is pending
      delimitation" ... "There are no waters pending delimitation");
    - it is the accused's reply to an accusation in the same sentence ("X accused Venezuela of
      sending a vessel, while Caracas insists the boat never left its waters").
    """
    # "the attackers were locals who no longer wanted ...": a negation inside a relative clause
    # describes someone; it does not answer the charge
    if not _NEGATION.search(_RELATIVE.sub("", _QUOTE_MARKS.sub("", content))):
        return False
    if denied is not None and len(_content_words(content) & _content_words(denied)) >= 2:
        return True
    if accusation is not None and party is not None:
        accused = " ".join(re.findall(r"[\w’'-]+", accusation)[:4])  # the object: "Venezuela of"
        return party_of_phrase(accused) == party
    return False


def counterfactual(text: str) -> bool:
    """Whether a sentence opens with a counterfactual deed ("If our agents had wanted to
    poison him, "they would have finished the job""): its quotation denies the deed."""
    return bool(re.match(r"\s*if\s+[^,]{1,80}?\s+had\s+wanted\s+to\b", text, re.IGNORECASE))


def points_back(content: str) -> bool:
    """Whether a denial's object is an earlier claim ("those assertions", "this accusation").

    Only a short object points back: "it destroyed the dam" states its own content.
    """
    text = content.strip(" “”\"'.")
    words = text.split()
    if len(words) == 1:
        return words[0].lower() in {"it", "them", "this", "that", "these", "those"}
    return len(words) <= 4 and bool(_patterns()[2].match(text))
