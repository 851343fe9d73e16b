"""Abusive: insults and personal attacks against people, slurs, and hate speech against a
group (which is also `crime`).

Strong insults ("idiot", "pucko", "kärring") are an attack on their own; milder words
("clown", "dum", "inkompetent", "lögnare") only when aimed at a person: "du är...", "din...",
"vilka...", an insulting adjective on a person noun ("hjärndöda byråkrater"). The same
adjective on a decision or service ("idiotiskt beslut", "inkompetent planering") is criticism
and does not count, nor is profanity aimed at no one ("jävla snö"), nor calling oneself names.
Threats without an insult are `crime` alone, so nothing here looks for threats.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kommunvakt.domain.models import Category
from kommunvakt.policy.context import Context
from kommunvakt.policy.detectors import crime
from kommunvakt.policy.detectors._grammar import (
    COPULAS,
    NEGATIONS,
    PRONOUN_TARGETS,
    QUOTE_MARKS,
    Parsed,
    Token,
    parse_text,
    views,
)
from kommunvakt.policy.detectors._tone import banter
from kommunvakt.policy.detectors.base import Detector, Signal, Span
from kommunvakt.policy.lexicon import Hit, load, tagged
from kommunvakt.policy.names import named_persons

_VOCATIVE = frozenset(
    [
        "din",
        "ditt",
        "dina",
        "era",
        "ert",
        "du",
        "ni",
        "vilken",
        "vilket",
        "vilka",
        "sån",
        "sånt",
        "såna",
        "sådan",
        "sådana",
        "your",
        "you",
        "what",
        "such",
    ]
)
_SUPERLATIVES = frozenset(["sämsta", "värsta", "absolute", "complete", "utter"])
"""Between a target and an insult, in both lists below ("ni är det sämsta patrask", "you
absolute clown")."""
_MODIFIERS = (
    frozenset(
        [
            "lilla",
            "liten",
            "lille",
            "små",
            "stora",
            "store",
            "gamla",
            "gamle",
            "jäkla",
            "jävla",
            "djävla",
            "javla",
            "förbannade",
            "satans",
            "fucking",
            "helt",
            "totalt",
            "riktig",
            "riktiga",
            "riktigt",
            "sån",
            "såna",
            "en",
            "ett",
            "a",
            "an",
            "bunch",
            "of",
            "gäng",
            "samling",
            "hop",
            "bunt",
            "hög",
            "jävel-",
            "total",
        ]
    )
    | _SUPERLATIVES
)
_FILLERS = (
    frozenset(
        [
            "ju",
            "bara",
            "så",
            "helt",
            "totalt",
            "fullständigt",
            "fan",
            "jävligt",
            "väl",
            "också",
            "verkligen",
            "alltså",
            "en",
            "ett",
            "ena",
            "riktig",
            "riktigt",
            "riktiga",
            "sån",
            "såna",
            "gäng",
            "samling",
            "bunt",
            "hög",
            "hop",
            "av",
            "med",
            "de",
            "den",
            "det",
            "dom",
            "a",
            "an",
            "the",
            "bunch",
            "of",
            "such",
            "so",
            "really",
            "total",
            "complete",
            "fucking",
        ]
    )
    | _SUPERLATIVES
)
_THING_PRONOUNS = frozenset(["de", "dom", "they", "them", "dem"])
_SELF = frozenset(["jag", "ja", "vi", "man", "i", "we"])
_ALL = frozenset(["allihop", "allihopa", "samtliga", "alla"])
_REPORTED = frozenset(
    [
        "kallade",
        "kallar",
        "kalla",
        "kallas",
        "kallad",
        "kallades",
        "kallat",
        "kallats",
        "skällde",
        "skäller",
        "called",
        "call",
        "höra",
        "hört",
        "skällsord",
        "skällsorden",
        # the word mentioned, not used ("ordet tattare användes förr som ett skällsord")
        "ordet",
        "orden",
        "uttrycket",
        # written on a wall or a sign, reported ("någon har sprayat VARGJÄVLAR på skylten")
        "sprayat",
        "sprayade",
        "sprejat",
        "sprejade",
        "klottrat",
        "klottrade",
        "ristat",
        "ristade",
        "taggat",
    ]
)
_DENIAL_VERBS = frozenset(
    [
        "sagt",
        "säger",
        "sa",
        "sade",
        "tycker",
        "tyckt",
        "menar",
        "menat",
        "påstår",
        "påstått",
        "tror",
        "anser",
        "skrev",
        "skrivit",
        "skriver",
        "skriva",
        "säga",
        "påstå",
        "tycka",
        "mena",
    ]
)
"""A denied insult ("jag säger inte att ni är idioter, men...", "jag har aldrig sagt att
lärarna är inkompetenta"): the negation stands before a clause that carries the insult."""
_TITLES = frozenset(
    ["filmen", "boken", "serien", "låten", "pjäsen", "titeln", "romanen", "albumet"]
)
"""A strong word right after these is a title ("filmen Idioterna"), not an insult."""
_INSULT_EMOJI = re.compile("[🐒🐵🙈🦍🐀🐷🐖🐗🤡💩]")
_EMOJI = tuple("🐒🐵🙈🦍🐀🐷🐖🐗🤡💩")
"""For the quick test: ten substring searches cost less than one regex scan."""
_EMOJI_FROM = min(_EMOJI)
"""Every listed emoji is at or above this code point (checked with `max`, in C: a regex class
up to U+10FFFF would cost ~8 ms to compile at import)."""
"""They all lie high in the astral planes: one scan for a character in that range rules out
most texts before the ten searches."""


def _has_emoji(text: str) -> bool:
    return bool(text) and max(text) >= _EMOJI_FROM and any(e in text for e in _EMOJI)


def _insult_persons(text: str) -> list[tuple[int, int]]:
    """Compounds of an insult and a person noun ("muppolitiker", "idiot-tjänstemän",
    "pajaskommunalråd"): the person list's compound heads, with the modifier looked up."""
    insults = load("insults")
    out: list[tuple[int, int]] = []
    for word, modifier, _ in load("persons").compounds(text):
        e = insults.entry(modifier) or insults.entry(modifier[:-1] if modifier[-1:] == "s" else "")
        if e is not None and e.tag in ("strong", "mild"):
            out.extend((m.start(), m.end()) for m in _whole_word(word).finditer(text))
    return out


def _whole_word(word: str) -> re.Pattern[str]:
    return re.compile(r"(?<![^\W_])" + re.escape(word) + r"(?![^\W_])")


class AbusiveDetector(Detector):
    id = "abusive"
    category = Category.ABUSIVE

    def clears(self, ctx: Context) -> bool:
        return _cleared_text(ctx.folded.text)

    def analyze(self, ctx: Context) -> list[Signal]:
        found: dict[str, tuple[float, list[Span]]] = {}
        seen: set[tuple[str, int, int]] = set()
        names = named_persons(ctx.text)
        for view in views(ctx):
            findings = _analyze_text(view.text, names)
            for det, score, s, e, kind in findings:
                start, end = view.span(s, e)
                best, spans = found.get(det, (0.0, []))
                if (det, start, end) not in seen:
                    seen.add((det, start, end))
                    spans.append(Span(start, end, kind))
                found[det] = (max(best, score), spans)
        if not found:
            return []  # most items; skips building an empty comprehension
        return [
            Signal(det, self.category, score, tuple(spans)) for det, (score, spans) in found.items()
        ]

    def follows(self, ctx: Context, found: set[Category]) -> list[Signal]:
        """A threat or call the rules or the model found, in a text that names a group by
        ethnicity, religion or sexual orientation, is hate speech against the group, and
        POLICY.md labels hate speech both `crime` and `abusive` ("dränk de där muslimerna",
        "bögarna på miljökontoret borde hängas"). The rules' own hate speech is found in
        `analyze`; this adds what the model read as a threat. The group's name is the
        evidence."""
        # A home or a phone number given beside the group makes the threat one against that
        # person (doxxing a volunteer "who loves immigrants"): crime and confidential.
        if Category.CRIME not in found or found & {self.category, Category.CONFIDENTIAL}:
            return []
        spans: list[Span] = []
        for view in views(ctx):
            for s, e in _groups_named(view.text):
                start, end = view.span(s, e)
                if all(sp.start != start for sp in spans):
                    spans.append(Span(start, end, "hate"))
        return (
            [Signal("abusive.hate", self.category, GROUP_UNDER_THREAT, tuple(spans))]
            if spans
            else []
        )


@lru_cache(maxsize=64)
def _cleared_text(text: str) -> bool:
    """Every insult word in the text is negated, denied, self-directed or reported."""
    if not crime.relevant(text):
        return False
    p = parse_text(text)
    insults = list(load("insults").finditer(p.text))
    hits = insults + list(load("slurs").finditer(p.text))
    return bool(hits) and all(
        _negated_or_self(p, *p.index(h.start, h.end))
        or (h in insults and (_on_a_thing(p, h) or _on_a_pet(p, h)))
        for h in hits
    )


_THINGS = (
    "beslut",
    "förslag",
    "plan",
    "idé",
    "ide",
    "system",
    "upplägg",
    "lösning",
    "priorit",
    "avgift",
    "regel",
    "regler",
    "satsning",
    "budget",
    "omorganisation",
    "nedskärning",
    "hantering",
    "projekt",
    "utredning",
    "schema",
    "tidtabell",
    "detaljplan",
    "ombyggnad",
    "förändring",
)
"""Decisions and plans: what residents call stupid when they criticise the municipality."""


_PETS = frozenset(
    [
        "hund",
        "hunden",
        "hundarna",
        "katt",
        "katten",
        "katterna",
        "valp",
        "valpen",
        "kissen",
        "vovven",
        "jycken",
        "häst",
        "hästen",
        "kaninen",
        "tuppen",
        "katter",
        "hundar",
        "duvor",
        "duvorna",
        "måsar",
        "måsarna",
        "kråkor",
        "kråkorna",
        "kajor",
        "kajorna",
        "gässen",
        "kaniner",
        "kaninerna",
        "råttor",
        "råttorna",
        "getingarna",
    ]
)


def _on_a_pet(p: Parsed, h: Hit) -> bool:
    """ "min hund är en riktig fegis när det åskar", "katterna 'bara är ohyra'": a pet or
    other animals called names, no person insulted."""
    c = _copula_before(p, p.index(h.start, h.end)[0])
    if c is None or c < 1:
        return False
    k = c - 1
    if p.tokens[k].text in _SUBJECT_ADVERBS and k >= 1:
        k -= 1  # "katterna bara är": an adverb between the subject and the verb
    return (
        p.tokens[k].text in _PETS
        or tagged("incitement", "animal").word(p.tokens[k].text) is not None
    )


_SUBJECT_ADVERBS = frozenset(["bara", "ju", "väl", "nog", "ändå", "faktiskt", "också"])


def _on_a_thing(p: Parsed, h: Hit) -> bool:
    """An insulting adjective said of a decision or a plan ("Planen är korkad", "vilket
    idiotiskt beslut"): criticism, which the learned model may still score as an insult."""
    if h.entry.tag != "adj":
        return False
    i, j = p.index(h.start, h.end)
    nxt = p.after(j, 1)
    if nxt and nxt[0].text.startswith(_THINGS):
        return True  # "ett idiotiskt beslut"
    c = _copula_before(p, i)
    if c is None or c < 1:
        return False
    subject = p.tokens[c - 1].text
    return subject.startswith(_THINGS) and p.person_at(c - 1, c) is None


GROUP_UNDER_THREAT = 0.8
_AMBIGUOUS_GROUPS = frozenset(
    {"rom", "svarta", "kristen", "kristna", "tiggare", "tiggarna", "tiggarn"}
)
"""Group words that as often mean something else: Rome or rum, the colour black, a
believer described in passing; beggars are a group by circumstance, not by who they are."""
_OWN_GROUP = frozenset({"vi", "oss", "våra", "vår", "mina"})
""""om oss somalier", "vi afghaner": the writer speaks as one of the group."""


def _groups_named(text: str) -> list[tuple[int, int]]:
    """The spans of the groups a text names (hate.tsv's group words), not those the writer
    names as their own group."""
    out: list[tuple[int, int]] = []
    for h in tagged("hate", "group").finditer(text):
        if h.form in _AMBIGUOUS_GROUPS:
            continue
        before = text[max(0, h.start - 12) : h.start].split()
        if before and before[-1] in _OWN_GROUP:
            continue
        out.append((h.start, h.end))
    return out


_PEST_SLURS = ("kackerlack",)
"""Slurs that are first of all insects."""
_PESTS_IN_A_HOME = re.compile(
    r"\b(?:sanering\w*|sanera\w*|skadedjur\w*|bekämpning\w*|fällor|fällorna|gift(?:et)?|"
    r"spray|hyresvärd\w*|bostadsbolag\w*|bolaget|fastighetsägar\w*|lägenhet\w*|köket|"
    r"badrummet|tvättstugan|i\s+(?:hela\s+)?huset)\b"
)
"""Where cockroaches are the insects in a building: pest control, the landlord, the kitchen.
Not a call for the exterminator ("kackerlackorna firar, när ska kommunen ringa Anticimex") or
a cellar they hide in: said of people, those are the metaphor."""


def insults_in(text: str) -> tuple[tuple[str, float, int, int, str], ...]:
    """The abusive findings of a words-view text (detector id, score, start, end, kind), for
    a detector that must know whether a sentence insults someone."""
    return _analyze_text(text)


@lru_cache(maxsize=256)
def _analyze_text(
    text: str, names: frozenset[str] = frozenset()
) -> tuple[tuple[str, float, int, int, str], ...]:
    """Findings with offsets into `text` (a view's text; cached by it); `names`: the words
    that stand for a named person in the original text (the views are lower-cased)."""
    if not (crime.relevant(text) or _has_emoji(text) or _insult_persons(text)):
        return ()
    p = parse_text(text)
    out: list[tuple[str, float, int, int, str]] = []
    for h in load("insults").finditer(p.text):
        if h.compound and _LAMP.search(h.form) is not None:
            continue  # "solcellslampor", "skrivbordslampa": a lamp, not a "slampa"
        score = _insult_score(p, h, names)
        if score > 0:
            out.append(("abusive.insult", score, h.start, h.end, "insult"))
    for s, e in _insult_persons(p.text):
        out.append(("abusive.insult", 0.75, s, e, "insult"))
    emoji = _has_emoji(text)
    for m in _INSULT_EMOJI.finditer(p.text) if emoji else ():
        i = p.index(m.start(), m.end())[0]
        if _targeted(p, i, i) and not _new_clause_after_emoji(p, i):
            out.append(("abusive.insult", 0.7, m.start(), m.end(), "insult"))
    for h in load("slurs").finditer(p.text):
        i, j = p.index(h.start, h.end)
        # A negation excuses a slur only where it denies calling someone that ("han är inte
        # en …"); "ska INTE ha negrer i hemtjänsten" negates the wish, the slur stands.
        called = any(t.text in COPULAS for t in p.before(i, 4))
        if h.form.startswith(_PEST_SLURS) and _PESTS_IN_A_HOME.search(p.text):
            continue  # "kackerlackor i halva Okvista och bolaget skickar en broschyr": insects
        if not _negated_or_self(p, i, j, negation=called):
            out.append(("abusive.slur", 0.85, h.start, h.end, "slur"))
    for h in _masked_insults(p.text) if "*" in p.text else ():
        score = _insult_score(p, h, names)
        if score > 0:
            out.append(("abusive.insult", score, h.start, h.end, "insult"))
    for f in crime.analyze_text(text):
        if f.detector == "crime.hate_speech":
            out.append(("abusive.hate", f.score, f.start, f.end, "hate"))
    # Telling someone to kill themselves is both a crime and an insult (POLICY.md's convention).
    for f in crime.urging_suicide(p) if crime.relevant(text) else ():
        out.append(("abusive.insult", 0.8, f.start, f.end, "insult"))
    # A slur or insult quoted to report it ("jag kallades ”…” varje dag", "någon har sprayat
    # ”…” på busskuren") is mentioned, not used (crime drops its findings there the same way).
    quotes = crime.reported_quotes(p.text) if out else []
    if quotes:
        out = [f for f in out if not any(a <= f[2] < b for a, b in quotes)]
    return tuple(out)


_LAMP = re.compile(
    r"(?:bord|cell|ljus|hus|gård|arbet|sol|golv|vägg|fönster|säng|rum|led|uv)slamp\w*$|slampor(?:na)?$"
)
"""A compound that reads "…s-lampa" (a lamp), not "…-slampa": a thing's name before it, or
the plural ("kommunalrådsslampan" keeps the insult)."""
_MASKED = re.compile(r"(?<![\w*])[a-zåäö]+\*+[a-zåäö]*(?![\w*])|(?<![\w*])\*+[a-zåäö]+(?![\w*])")
"""A word with letters starred out ("h*ra", "id**t"): each star one letter."""


@lru_cache(maxsize=1)
def _insult_words() -> dict[int, tuple[str, ...]]:
    """The insult list's one-word forms by length."""
    out: dict[int, list[str]] = {}
    for w in load("insults").single_words():
        out.setdefault(len(w), []).append(w)
    return {k: tuple(v) for k, v in out.items()}


def _masked_insults(text: str) -> list[Hit]:
    """Insults with letters starred out, where exactly one listed word fits the stars (the
    letters shown must be enough to tell which: "h*ra" is one word, "*a" is many)."""
    hits: list[Hit] = []
    lex = load("insults")
    for m in _MASKED.finditer(text):
        token = m.group()
        shown = sum(c != "*" for c in token)
        if shown < 2 or shown * 2 < len(token):
            continue
        rx = re.compile(re.escape(token).replace(r"\*", "[a-zåäö]"))
        fits = [w for w in _insult_words().get(len(token), ()) if rx.fullmatch(w)]
        entry = lex.word(fits[0]) if len(fits) == 1 else None
        if entry is not None:
            hits.append(Hit(m.start(), m.end(), fits[0], entry, False))
    return hits


def _insult_score(p: Parsed, h: Hit, names: frozenset[str] = frozenset()) -> float:
    i, j = p.index(h.start, h.end)
    tag = h.entry.tag
    if tag == "phrase":
        if h.form.startswith("dra åt") and _institution_told_off(p, i):
            return 0.0
        if h.form.startswith(("ta livet", "gå och")) and "inte" in p.words(i - 3, i):
            return 0.0  # "du ska inte ta livet av dig över en tidning 😄": said to comfort
        if h.form.startswith("ta livet") and not {"jag", "ja", "vi"}.isdisjoint(p.words(i - 4, i)):
            return 0.0  # "jag kommer ta livet av dig": a threat (crime reads it), no insult
        return 0.85
    if _negated_or_self(p, i, j):
        return 0.0
    if p.words(i - 3, i) == ["allt", "annat", "än"] or crime.reported_slogan(p.text, h.start):
        return 0.0  # "de är allt annat än idioter", "någon har skrivit idioter om personalen"
    if _calling_named(p, i):
        return 0.0
    if tag in ("strong", "mild") and banter(p.text):
        return 0.0
    if p.words(j, j + 1) in (["på"], ["i"]) and h.form in _PRAISE_NOUNS:
        skill = p.words(j + 1, j + 2)
        if skill and (
            skill[0] == "att" or (skill[0] not in _WHOSE and p.person_at(j + 1, j + 2) is None)
        ):
            return 0.0  # "mördare på att vaccinera", "en riktig mördare i straffområdet"
    if tag in ("strong", "mild") and _on_a_pet(p, h):
        return 0.0  # "katterna 'bara är ohyra'", "måsarna är ena jävla parasiter": animals
    if tag == "strong":
        if h.form == "hora" and p.words(i - 1, i) and p.words(i - 1, i)[0] in _BEFORE_A_VERB:
            return 0.0  # "ni skulle hora dundret": "höra" typed without its dots
        return 0.0 if p.words(i - 1, i) and p.words(i - 1, i)[0] in _TITLES else 0.85
    if tag == "mild":
        prev = p.words(i - 1, i)
        if h.form == "as" and prev and prev[0].endswith("t") and prev[0] not in _NEUTER_DETS:
            return 0.0  # "fult as", "kallt as": slang for "very", no carcass called names
        return 0.75 if _targeted(p, i, j, names) else 0.0
    if tag == "adj":
        if h.form.endswith("t") and p.words(j, j + 1) == ["as"]:
            return 0.0  # "fult as": slang for "very ugly", said of a thing
        if p.words(j, j + 2) == ["på", "att"]:
            return 0.0  # "ni är värdelösa på att sanda": a job judged, not a person
        return 0.7 if _adjective_on_person(p, h, i, j) else 0.0
    if tag == "intens":
        nxt = [t for t in p.after(j, 2) if t.text not in _MODIFIERS][:1]
        if (
            nxt
            and p.person_at(
                p.index(nxt[0].start, nxt[0].end)[0], p.index(nxt[0].start, nxt[0].end)[1]
            )
            is not None
        ):
            return 0.6
    return 0.0


_INSTITUTION_ENDINGS = (
    "kommunen",
    "verket",
    "kassan",
    "fogden",
    "bolaget",
    "myndigheten",
    "regionen",
    "staten",
    "förvaltningen",
    "banken",
    "reglerna",
    "regler",
    "lagen",
    "lagarna",
    "systemet",
    "byråkratin",
    "beslutet",
    "landsbygden",
    "skattesänkningar",
)
"""Agencies, companies and things: told to go to hell, they are criticised, not insulted."""


def _institution_told_off(p: Parsed, i: int) -> bool:
    """ "Kronofogden kan dra åt helvete, deras regler är från 1800-talet": the one told off
    (the word before "kan", "får" or "ska") is an agency or a thing, not a person; "du kan
    dra åt helvete" and "hon kan dra åt helvete" stay insults."""
    before = p.before(i, 3)
    if len(before) < 2 or before[-1].text not in ("kan", "får", "ska", "må"):
        return False
    subject = before[-2]
    if not subject.text.endswith(_INSTITUTION_ENDINGS):
        return False
    # The agency alone opens its clause: "feministerna och vänstervridna kommunen kan dra åt
    # helvete" tells people off too.
    return len(before) < 3 or before[-3].clause != subject.clause or before[-3].text in _OPENERS


_OPENERS = frozenset(["men", "så", "då", "ja", "nej", "asså", "alltså"])


def _calling_named(p: Parsed, i: int) -> bool:
    """ "… men att kalla alla som vill skydda den för idioter gör inte din sak bättre": the
    act of calling people a name, spoken of (the infinitive "att kalla … för"), is objected
    to, not done."""
    before = p.words(i - 9, i)
    if before[-1:] != ["för"]:
        return False
    return any(
        before[k : k + 2] == ["att", "kalla"]
        and before[k - 1 : k] not in (["kommer"], ["tänker"], ["vill"], ["ska"], ["fortsätta"])
        for k in range(len(before) - 1)
    )


_BEFORE_A_VERB = frozenset(
    ["skulle", "ska", "kan", "kunde", "måste", "borde", "bör", "får", "fick", "vill", "att"]
)
"""Words after which "hora" is the verb "höra" without its dots, not a name called."""
_NEUTER_DETS = frozenset(
    ["vilket", "ett", "det", "inget", "mitt", "ditt", "sitt", "vårt", "ert", "detta", "sånt"]
)
"""Before "as", these make it a noun said of someone ("vilket as", "ditt as")."""


def _copula_before(p: Parsed, i: int) -> int | None:
    """Index of a copula shortly before token i ("är ju helt", "är en sån"), if any."""
    before = p.before(i, 5)
    k = len(before)
    while k > 0:
        k -= 1
        t = before[k]
        if t.text in COPULAS:
            return i - (len(before) - k)
        if t.text in PRONOUN_TARGETS and k > 0 and before[k - 1].text in COPULAS:
            return i - (len(before) - k + 1)  # "är du helt efterbliven?"
        if _nothing_but(before, k):
            k -= 2  # "är inget annat än parasiter": the insult is said, not denied
            continue
        if (
            t.text == "som"
            and k >= 2
            and before[k - 1].text == "ut"
            and before[k - 2].text
            in (
                "ser",
                "såg",
                "se",
            )
        ):
            return i - (len(before) - k + 2)  # "vi ser ut som idioter": said like a copula
        if t.text not in _FILLERS and t.text not in _MODIFIERS and not _is_adj(t):
            if k and before[k - 1].text in ("en", "ett") and t.text.endswith(_ADJ_ENDINGS):
                continue  # "var en nedlåtande kossa": any adjective after the article
            return None
    return None


def _nothing_but(before: list[Token], k: int) -> bool:
    """Tokens k-2..k are "inget annat än" / "inget mer än" / "inte annat än" ("nothing but")."""
    return (
        k >= 2
        and before[k].text == "än"
        and before[k - 1].text in ("annat", "mer")
        and before[k - 2].text in ("inget", "inte", "ingenting")
    )


_ADJ_ENDINGS = ("ande", "ende", "ig", "igt", "isk", "iskt", "lös", "löst", "sam", "samt", "ad")


def _is_adj(t: Token) -> bool:
    e = load("insults").entry(t.text)
    return e is not None and e.tag in ("adj", "intens", "conduct")


_PLACE_PREPOSITIONS = frozenset(
    ["i", "på", "från", "vid", "till", "av", "för", "med", "hos", "mot", "utanför", "in", "at"]
)


def _subject(
    p: Parsed, c: int, *, strict: bool = False, names: frozenset[str] = frozenset()
) -> str | None:
    """What the copula at token c says something about: 'self', 'person' or None. With
    `strict`, "de/dom" (also said of things) do not count as a person; `names`: words that
    stand for a named person ("Anders är ett svin"; after a comma, as in "den där Anders, är
    ett svin", `before` reads no subject)."""
    pronouns = PRONOUN_TARGETS - _THING_PRONOUNS if strict else PRONOUN_TARGETS
    if c + 1 < len(p.tokens) and p.tokens[c + 1].text in pronouns:
        return "person"  # "är du dum?"
    if c + 1 < len(p.tokens) and p.tokens[c + 1].text in _SELF:
        return "self"
    before = p.before(c, 8)
    near = [t for t in before if t.text not in ("ju", "bara", "också", "verkligen", "alla")]
    if near:
        last = near[-1]
        if last.text in _SELF:
            return "self"
        if last.text in pronouns or last.text in _ALL:
            return "person"
        if (
            len(near) > 1
            and near[-2].text in ("vi", "we")
            and (last.text in _WE_GROUPS or p.person_at(c - 1, c) is not None)
        ):
            return "self"  # "vi fans ser ut som idioter", "vi föräldrar är väl dumma"
        if last.text in names and not (len(near) > 1 and near[-2].text in _PLACE_PREPOSITIONS):
            return "person"  # a name, not a place ("alla från Bällstaberg är …")
        if p.person_at(c - 1, c) is not None:
            return "person"
    # The subject may open the clause, far from the copula ("Chefen på förskolan där jag
    # jobbade är en psykopat").
    head = p.before(c, 12)[:3]
    if head:
        i0, j0 = p.index(head[0].start, head[-1].end)
        if p.person_at(i0, j0) is not None or head[0].text in names:
            return "person"  # also "Lena på bygglovsenheten är ett svin"
    if head and head[0].text in ("ni", "du", "alla", "you") + (() if strict else ("de", "dom")):
        return "person"
    return None


_WE_GROUPS = frozenset(
    [
        "fans",
        "föräldrar",
        "pensionärer",
        "boende",
        "invånare",
        "skattebetalare",
        "medborgare",
        "medlemmar",
        "grannar",
        "elever",
        "kunder",
        "användare",
        "väljare",
        "bilister",
        "cyklister",
        "hundägare",
    ]
)
"""What "vi" calls itself before a copula ("vi fans ser ut som idioter"): the speaker's group."""
_ONE_OF = ("en", "ett", "några", "ena")
_WITHOUT_BEING = (["utan", "att", "vara"], ["utan", "att", "bli"])


def _made_into(words: list[str]) -> bool:
    """ "(det) gör (bara) oss … till idioter", "ni gör mig till en idiot": what others make
    the speaker look like, said of the speaker."""
    if "till" not in words[-2:]:
        return False
    for k, w in enumerate(words):
        if w in ("gör", "göra", "gjorde", "gjort") and not {"oss", "mig", "mej"}.isdisjoint(
            words[k + 1 : k + 3]
        ):
            return True
    return False


def _one_of_them(words: list[str]) -> bool:
    """ "jag är en av de där …", "vi är några av dom …": the speaker counts themself in."""
    for k in range(len(words) - 3):
        if (
            words[k] in ("jag", "ja", "vi")
            and words[k + 1] in COPULAS
            and words[k + 2] in _ONE_OF
            and words[k + 3] == "av"
        ):
            return True
    return False


_SAYS = frozenset(
    ["skrev", "skriver", "skrivit", "sa", "sade", "säger", "sagt", "påstod", "påstår", "hävdar"]
)
_FIRST_PERSON = frozenset(["jag", "ja", "vi", "jeg", "i"])
_TURN = frozenset(["men", "fast", "dock", "utan"])
_SELF_EPITHETS = frozenset(["gamle", "gamla", "lilla", "stackars", "dumma", "korkade", "klumpiga"])
"""Between "jag" and an insult the speaker calls themselves ("jag gamle dumskalle")."""
_THE_READER = frozenset(["du", "ni", "dig", "er", "dej"])
_EVERYONE = frozenset(["alla", "många", "flera"])


def _said_by_another(lead: list[str]) -> bool:
    """The words before an insult, in its sentence, are someone else's "skrev … att" (the
    insult is the clause they wrote, quoted to object to it); "jag säger att ni är idioter"
    is the writer's own."""
    if "att" not in lead:
        return False
    k = len(lead) - 1 - lead[::-1].index("att")
    clause = lead[k + 1 :]
    copula = next((n for n, w in enumerate(clause) if w in COPULAS), None)
    if (
        copula is None
        or not 1 <= copula <= 3
        or len(clause) - copula > 5
        or sum(w in COPULAS for w in clause) > 1
        or not _TURN.isdisjoint(clause)
        or not _THE_READER.isdisjoint(clause)
        or lead[k - 1 : k] == ["om"]
    ):
        # The clause is "att de är <insult>": its subject, a copula, the insult. Otherwise the
        # insult is the writer's own about the one who wrote ("Du skriver att kommunen är bra
        # men du är en idiot", "han som skrev att cyklisten fick skylla sig själv e en idiot",
        # "han som skrev om att mata vildsvinen är ett idiot")
        return False
    for v in range(k - 1, max(-1, k - 5), -1):
        if lead[v] in _SAYS:
            if not COPULAS.isdisjoint(lead[v + 1 : k]):
                return False  # "du som skriver »det är bara att åka …« är en korkad …"
            subject = [w for w in lead[max(0, v - 3) : v] if w not in ("har", "hade", "ju")]
            if not _EVERYONE.isdisjoint(subject):
                return False  # "Alla i Angarn säger att VA-chefen är en korkad …": laundered
            return not subject or subject[-1] not in _FIRST_PERSON
    return False


def _negated_or_self(p: Parsed, i: int, j: int, negation: bool = True) -> bool:
    """Whether the word at tokens [i, j) is denied, reported or said of oneself (`negation`:
    whether a negation just before counts)."""
    before = p.before(i, 4)
    vocative = bool(before) and before[-1].text in ("din", "ditt", "dina")
    last = len(before) - 1 - (bool(before) and before[-1].text in ("en", "ett"))
    nothing_but = _nothing_but(before, last)
    if (
        negation
        and not vocative
        and not nothing_but
        and any(t.text in NEGATIONS for t in before[-3:])
    ):
        # "skäms du inte ditt pucko?": the negation is the question's, "ditt pucko" calls
        return True
    # A quote mark opens a clause of its own: the reporting verb before it stands outside.
    if any(t.text in _REPORTED for t in before) or (
        not QUOTE_MARKS.isdisjoint(p.text[max(0, p.tokens[i].start - 20) : p.tokens[i].start])
        and any(t.text in _REPORTED for t in p.before(i, 4, clause=False))
    ):
        return True  # "han kallade mig idiot", "jag blev kallad ”idiot”": reported, not said
    if _said_by_another([t.text for t in p.before(i, 12, clause=False)]):
        return True  # "Någon skrev här i går att de är ohyra.", "Ni skriver att de är lata"
    if p.words(i - 1, i) == ["för"] and any(t.text in _CALLED for t in p.before(i, 6)):
        return True  # "någon kallade mina nya kollegor för kackerlackor"
    if _denied(p.words(i - 8, i)):
        return True
    c = _copula_before(p, i)
    if c is not None and _subject(p, c) == "self":
        return True
    after = p.words(j, j + 2)
    if after[:1] in (["jag"], ["vi"]) and (after[1:2] and after[1] in COPULAS):
        return True  # "vilken idiot jag är"
    if p.words(i - 1, i) in (["jag"], ["ja"], ["jeg"]):
        return True  # "och jag idiot som ställde ut tunnan", "og jeg idiot"
    nxt = p.words(j, j + 1)
    if (
        p.words(i - 1, i) == ["några"]
        and COPULAS.isdisjoint(p.words(i - 3, i - 1))
        and nxt
        and (nxt[0] in ("som", "har", "hade") or nxt[0].endswith(("ade", "de", "te")))
    ):
        return True  # "några idioter målade på skolan", "några idioter som sköt raketer": a report
    lead2 = p.words(i - 2, i)
    if lead2[:1] in (["jag"], ["ja"]) and lead2[1:] and lead2[1] in _SELF_EPITHETS:
        return True  # "Jag gamle dumskalle tryckte på fel knapp"
    if p.words(j, j + 2) == ["mig", "själv"]:
        return True
    if _self_apposition(p, i):
        return True  # "och jag, idioten, ställde ut tunnan", "tack vare mig själv, dumskallen"
    if _one_of_them(p.words(i - 6, i)):
        return True  # "jag är en av de där dumma föräldrarna som låter motorn gå"
    lead = p.words(i - 4, i)
    if any(lead[k : k + 3] in _WITHOUT_BEING for k in (0, 1)):
        return True  # "man kan tycka att valet sköttes illa utan att bli en idiot"
    if _made_into(p.words(i - 9, i)):
        return True  # "det gör bara oss som är oroliga till idioter i allas ögon"
    near = p.words(i - 4, i)
    if "som" not in near:
        return False
    # "jag känner mig som en idiot", "jag som är ett pucko"
    if any(w in ("mig", "mej", "jag", "ja") for w in near[: near.index("som")]):
        return True
    # "nu slipper jag springa runt med pannlampa som en idiot": a comparison ("som en") whose
    # nearest person before it is the speaker ("oss som pendlar. Idioter." is no comparison)
    if near[-2:] not in (["som", "en"], ["som", "ett"]) and near[-1:] != ["som"]:
        return False
    clause = p.words(i - 12, i - 2 if near[-1] != "som" else i - 1)
    for w in reversed(clause):
        if w in _OTHERS:
            return False
        if w in ("mig", "mej", "jag", "ja"):
            return True
    return False


_SELF_APPOSED = frozenset(["jag", "ja", "själv"])
_OWN_ROLE = frozenset(["mitt", "min", "mina", "my"])


def _self_apposition(p: Parsed, i: int) -> bool:
    """The speaker names themself with the insult: set off by a comma right after "jag" or
    "mig själv" ("jag, idioten, ställde ut tunnan"), or as their own role ("mitt rekord som
    byns största pucko"). An insult after a comma that follows another word ("jag tycker,
    idiot") or a bare "mig" ("fråga mig, idiot") addresses the reader."""
    # Tokens, not `p.before`: a comma ends the clause that `before` reads.
    before = p.tokens[max(0, i - 3) : i]
    for k in range(len(before) - 1, -1, -1):
        t = before[k]
        if t.text in _SELF_APPOSED:
            if t.text == "själv" and not (k and before[k - 1].text in ("mig", "mej", "jag")):
                return False  # "du verkar inte bättre själv, mongo"
            after = before[k + 1] if k + 1 < len(before) else p.tokens[i]
            return "," in p.text[t.end : after.start]
        if t.text not in ("den", "det", "de", "en", "ett", "där", "största", "värsta"):
            break
    near = p.words(i - 6, i)
    if "som" in near:
        k = near.index("som")
        return (
            k >= 2
            and near[k - 2] in _OWN_ROLE
            and COPULAS.isdisjoint(near[k + 1 :])
            and p.person_at(i - len(near) + k - 1, i - len(near) + k) is None
        )
    return False


_PRAISE_NOUNS = frozenset(
    ["mördare", "mördaren", "monster", "monstret", "odjur", "best", "besten", "jävel", "jäkel"]
)
"""Said of skill ("mördare på att vaccinera", "ett monster i straffområdet"): praise."""
_WHOSE = frozenset(["mina", "min", "mitt", "våra", "vår", "vårt", "dina", "din", "ditt", "allas"])
"""After "mördare i": someone's eyes or opinion ("en mördare i mina ögon"), not a skill."""
_CALLED = frozenset(["kallade", "kallat", "kallades"])
""""kallade X för Y" in the past reports a name someone was called, however long X is;
"kallar … för" in the present is how an insult is laundered through others ("halva byn kallar
henne …")."""
_OTHERS = frozenset(
    ["du", "ni", "dig", "er", "han", "hon", "hen", "de", "dom", "dem", "honom", "henne"]
)


def _denied(words: list[str]) -> bool:
    """ "inte att" / "aldrig sagt att" / "tycker inte att" before the insult's clause."""
    for k, w in enumerate(words):
        if w in NEGATIONS and "att" in words[k + 1 : k + 3]:
            between = words[k + 1 : words.index("att", k + 1)]
            if all(b in _DENIAL_VERBS for b in between):
                return True
    return False


def _inverted(p: Parsed, j: int) -> bool:
    """ "(vad) dum du är", "vilka clowner ni är": the target follows the insult."""
    after = p.words(j, j + 3)
    return (
        len(after) >= 2
        and after[0] in PRONOUN_TARGETS
        and (after[1] in COPULAS or after[1:3] in (["ju", "är"], ["verkligen", "är"]))
    )


_ADDRESSED = frozenset(["du", "ni", "du'", "u"])
_INVERTED_TAIL = frozenset(["alltså", "asså", "ju", "verkligen", "som", "allihop", "allihopa"])
"""What may follow "vilka clowner ni är": the clause ends there, or with one of these."""


def _new_clause_after_emoji(p: Parsed, i: int) -> bool:
    """An emoji read as "… ni är" although the pronoun and copula begin a new clause with a
    predicate of their own ("viltkameran i natt 🐗 de är så fina"): an emoji ends a sentence
    as often as a full stop does, and "vilka 🤡 ni är" has nothing after the copula."""
    if not _inverted(p, i) or p.tokens[i].text in _ADDRESSED:
        return False  # "@petra 🤡🤡🤡 du är så pinsam": said to the one addressed
    tail = p.after(i + 2, 1)
    return bool(tail) and tail[0].text not in _INVERTED_TAIL and not _targeted_otherwise(p, i)


def _targeted_otherwise(p: Parsed, i: int) -> bool:
    """`_targeted` without the inverted reading."""
    before = p.before(i, 5)
    c = _copula_before(p, i)
    return (bool(before) and before[-1].text in _VOCATIVE) or (
        c is not None and _subject(p, c) == "person"
    )


def _targeted(p: Parsed, i: int, j: int, names: frozenset[str] = frozenset()) -> bool:
    """A mild insult noun at tokens [i, j) aimed at someone."""
    if _inverted(p, j):
        return True
    before = p.before(i, 5)
    k = len(before) - 1
    while k >= 0 and (before[k].text in _MODIFIERS or _is_adj(before[k])):
        if _is_adj(before[k]) and before[k].text not in _MODIFIERS:
            return True  # "sur kossa", "korrupta svin"
        k -= 1
    if k >= 0 and before[k].text in _VOCATIVE:
        return True
    c = _copula_before(p, i)
    if c is not None and _subject(p, c, names=names) == "person":
        return True
    return any(t.text in _ALL for t in p.after(j, 2))


def _adjective_on_person(p: Parsed, h: Hit, i: int, j: int) -> bool:
    """An insulting adjective said of a person, attributively or predicatively."""
    end = h.end
    for t in p.after(j, 3):
        if "," in p.text[end : t.start]:
            break  # "affischerna är fula, fröken Persson": the person is spoken to after it
        end = t.end
        k = p.index(t.start, t.end)[0]
        if p.person_at(k, k + 1) is not None:
            return True
        e = load("insults").entry(t.text)
        if e is not None and e.tag in ("strong", "mild"):
            return True
        if t.text not in _MODIFIERS and not _is_adj(t):
            break
    if h.form.endswith("t") and not h.entry.lemma.endswith("t"):
        return False  # neuter: "dumt", "idiotiskt" are said of things
    if _inverted(p, j):
        return True
    c = _copula_before(p, i)
    if c is not None and _subject(p, c, strict=True) == "person":
        return True
    return any(t.text in ("allihop", "allihopa", "samtliga") for t in p.after(j, 2))
