"""Health details disclosed about oneself or an identifiable person.

A diagnosis or condition from `data/lexicons/health.txt` counts only with a framing that ties
it to a person: "jag har", "min son har svår", "vår dotter lider av", "pappan är", "my
daughter has"; talk about illnesses in general ("alla med astma", "risken för diabetes") does
not. Hospital stays ("låg inlagd på psyk") and sick leave for a named condition count too.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache
from importlib import resources

from kommunvakt.policy.names import first_names, named_persons
from kommunvakt.policy.normalize import NormalizedText
from kommunvakt.policy.pii.contact import Hit
from kommunvakt.policy.regex import lazy

_RELATIVE = (
    r"(?:lill\w{0,2}|stor\w{0,2}|bonus|styv|extra|halv)?(?:lilla|lille|minsta|yngsta|äldsta|"
    r"minsting\w*|yngsting\w*|"
    r"son|söner|sonen|dotter|döttrar|dottern|barn|barnen|bebis|unge|ungar|grabb|tjej|kille|"
    r"pojke|flicka|man|make|maken|fru|frun|hustru|sambo|pojkvän|flickvän|partner|mamma|mor|"
    r"pappa|far|mormor|morfar|farmor|farfar|bror|brorsa|syster|syrra|moster|faster|morbror|"
    r"farbror|kusin|svärmor|svärfar|svåger|svägerska|granne|grannen|kollega|vän|väninna|"
    r"kompis|elev|tvilling\w*|styvson|styvdotter|bonusbarn|bonusson|bonusdotter|barnbarn)"
)
_OWNER = (
    rf"(?:min|mitt|mina|vår|vårt|våra|hans|hennes|deras|mi|mn|var)\s+(?:\w+\s+)?{_RELATIVE}"
    r"(?:\s+[a-zåäö]+)?"
)
_DEFINITE = (
    r"(?:pappan|mamman|sonen|dottern|grannen|grannens\s+\w+|killen|tjejen|kvinnan|mannen|"
    r"damen|gubben|farbrorn|tanten|läraren|rektorn|handläggaren|personen|han|hon)"
)
_ENGLISH_OWNER = (
    r"(?:i|my\s+(?:son|daughter|child|kid|kids|children|husband|wife|partner|mother|father|"
    r"mom|mum|dad|brother|sister|grandmother|grandfather|neighbou?r))"
)
# "e", "ä" and "ar" are how "är" is typed in a hurry or without å/ä/ö.
# Verbs that tie a condition to the writer even without "jag" at the start of a sentence
# ("Har fått diagnosen ADHD", "Lider av migrän"); "är" is left out ("Är diabetes ärftligt").
_SUBJECTLESS_VERBS = frozenset(
    {
        "har",
        "hade",
        "fick",
        "lider",
        "led",
        "äter",
        "medicinerar",
        "behandlas",
        "drabbades",
        "kämpar",
    }
)
_SENTENCE_START = r"(?:^|[.!?]\s*|\n\s*)$"
_VERB_TAIL = (
    r"(?:\s+(?:fått|haft|ut|själv|nyss|nyligen|precis|just|ju|nu|också|av|diagnos|diagnosen|"
    # a treatment or medicine one is on ("har gått på hormonbehandling", "går på sertralin")
    r"gått\s+på|går\s+på|"
    r"diagnostiserad\s+med|levt\s+med|lever\s+med|levde\s+med|under\s+utredning\s+för|"
    r"med|mot|för|varit|blivit|sjukskriven\s+(?:för|pga|på\s+grund\s+av|med)|"
    r"diagnosed\s+with|from|bort|i|"
    # since when ("lider sedan 2019 av tinnitus", "lever med hiv sedan 1991")
    r"sedan\s+(?:\d{4}|länge|barnsben|flera\s+år|många\s+år|\d+\s+år))){0,3}"
)
# A condition "in the family", software named "MS ..." or an allergy to Mondays is no
# disclosure about a person.
_NOT_AFTER = (
    r"\s+i\s+(?:familjen|släkten|släkt)\b|\s+(?:teams|word|excel|office|paint|outlook|365)\b|"
    r"\s+mot\s+(?:måndag|mornar|morgnar|jobb|skola|skolan|städ|disk|tvätt|folk|människor|"
    r"idioter|dumhet|politik|byråkrati|regler|möten|fredagar|vardag)"
)
_MODIFIER = (
    r"(?:\s+(?:en|ett|typ|svår|svåra|grav|gravt|kronisk|kroniskt|lindrig|lätt|typ\s?[12]|"
    r"type\s?[12]|också|även|dessutom|sedan\s+länge|numera|nu|tyvärr|bara|fått|ju|själv|"
    r"diagnosen|diagnos|medicin\s+mot|mediciner\s+mot|och|sin|sitt|sina|så|väldigt|jätte|"
    r"mycket|extremt|a|severe|chronic|"
    # "har en diagnos inom autismspektrumet", "en diagnos inom npf"
    r"diagnos\s+inom|diagnoser\s+inom|"
    # any adjective of the common derivations ("vaskulär", "allvarlig", "intellektuell"):
    # only a condition from the list may follow, so it widens nothing on its own
    r"[a-zåäö]{3,}(?:är|isk|iskt|ig|igt|al|ell|ad))){0,3}"
)
_BARE_KIN = (
    r"(?:mamma|pappa|mormor|morfar|farmor|farfar|lillebror|lillasyster|storebror|storasyster|"
    r"brorsan|syrran|morbror|moster|faster|farbror|maken|frun|sambon)"
)
"""Kin named without "min": in Swedish "pappa fick diagnosen" is the writer's own father."""
_OWN_BEFORE = (
    rf"\b(?:jag|ja|jg|vi|{_OWNER}|{_ENGLISH_OWNER})\s+(?:som\s+)?$"
    # the second verb of the same sentence: "jag blev rånad och fick ptsd", "min svärmor, som
    # bor på Solgläntan och har grå starr"
    rf"|\b(?:jag|{_OWNER})\b[^.!?]{{0,60}}\s(?:och|men|som)\s+$"
    # kin at the start of a sentence, perhaps with a name and a place: "Pappa Tore fick",
    # "Farmor Britt på Lindgården har"
    rf"|(?:^|[.!?,:;]\s*){_BARE_KIN}(?:\s+[a-zåäö]+)?(?:\s+(?:på|i)\s+[a-zåäö]+)?\s+$"
)
_OTHER_BEFORE = (
    rf"\b{_DEFINITE}\s+$|\b(?:du|hon|han|hen)\s+som\s+$"
    # the person told by where they live ("kvinnan i lägenheten bredvid oss har", "mannen på
    # andra våningen har"): one the neighbours all know
    rf"|\b{_DEFINITE}\s+(?:i|på|bredvid|mittemot|ovanför|under)\s+(?:\w+\s+){{1,3}}$"
)
_STAY = (
    rf"(?:\b(?:jag|ja|vi|{_OWNER}|han|hon)\s+(?:\w+\s+){{0,2}}?(?:låg|ligger|var|är|blev|hamnade)"
    # a clause that starts with the verb speaks of the writer ("ligger inne på avgiftningen")
    r"|(?:^|[.!?,]\s*)(?:låg|ligger))\s+"
    r"(?:\w+\s+)?(?:inlagd|inlagt|inlagda|(?:inne\s+)?på\s+(?:psyk\w*|akuten|iva|sjukhus\w*|"
    r"rättspsyk|neo\b|neonatal\w*|avgiftning\w*|beroende\w*|bup\b|intensiven|onkolog\w*|"
    r"(?:stroke|barn|psyk|medicin|kirurg|ortoped|geriatrik|hjärt|intensivvårds|vård)avdelning\w*|"
    r"förlossning\w*|hospice\w*|rehab\w*))"
)
"""A stay in care: "ligger inne på avgiftningen", "hon ligger på IVA", "min pappa ligger på
strokeavdelningen"."""


@cache
def _framing() -> tuple[re.Pattern[str], ...]:
    """The patterns asked only once a condition follows a verb, which few texts have:
    compiled then, not at import (the engine's cold start pays for every import)."""
    return (
        re.compile(_NOT_AFTER),
        re.compile(_OWN_BEFORE),
        re.compile(_OTHER_BEFORE),
        re.compile(_SENTENCE_START),
        re.compile(_SENTENCE_END),
    )


_Node = dict[str, "_Node"]


def trie_pattern(words: list[str]) -> str:
    """One regex alternation shaped as a trie: the regex engine tries a shared prefix once
    instead of every word at every position."""
    root: _Node = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: _Node) -> str:
        alts = [
            re.escape(ch).replace(r"\ ", r"\s") + emit(child)
            for ch, child in sorted(node.items())
            if ch
        ]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


@cache
def stems() -> frozenset[str]:
    """The condition stems of `health.txt`."""
    raw = resources.files("kommunvakt.policy.data").joinpath("lexicons/health.txt")
    return frozenset(
        line.strip()
        for line in raw.read_text("utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )


_COMPILED: list[re.Pattern[str]] = []
"""The pattern of `_patterns` once it has been compiled."""


@cache
def _stem_patterns() -> tuple[str, str]:
    """The condition stems as two trie alternations: (long stems, short stems)."""
    stems_ = stems()
    return (
        trie_pattern([s for s in stems_ if len(s) > 4]),
        trie_pattern([s for s in stems_ if len(s) <= 4]),
    )


@cache
def _patterns() -> re.Pattern[str]:
    long_stem, short_stem = _stem_patterns()
    # Long stems also match as the end of a compound ("nötallergi") and inflected; short ones
    # ("ms", "add", "hiv") only as whole words, or they would match inside ordinary words.
    condition = rf"(?:[a-zåäö]{{0,16}}-?{long_stem}[a-zåäö]{{0,4}}|{short_stem}(?:-?\w{{0,3}})?)"
    pattern = re.compile(rf"{_VERB_TAIL}{_MODIFIER}(?:\s+typ\s?[12]-|\s+)({condition})\b")
    _COMPILED.append(pattern)
    return pattern


_POSSESSOR_WORDS = frozenset(
    [
        "min",
        "mitt",
        "mina",
        "din",
        "ditt",
        "dina",
        "hans",
        "hennes",
        "hens",
        "sin",
        "sitt",
        "sina",
        "deras",
        "mammas",
        "pappas",
    ]
)
_POSSESSORS = "(?:" + "|".join(sorted(_POSSESSOR_WORDS)) + ")"
_OWNERS_WITH = r"(?:min|mitt|mina|vår|vårt|våra|din|ditt|dina|hans|hennes|hens|deras|er|ert|era)"
_TREATMENT_TAIL = r"(?:behandling|behandlingen|operation|operationen|diagnos|diagnosen)?"


@cache
def _possessive() -> re.Pattern[str]:
    """A condition owned by a person: "läkarintyget om min MS", "efter sin hjärtinfarkt",
    "slutat ta sin medicin mot psykosen"."""
    long_stem, short_stem = _stem_patterns()
    # Only inflections may follow the stem here: "min diabetesapp" is a thing, not a condition.
    condition = (
        rf"(?:[a-zåäö]{{0,12}}-?{long_stem}(?:en|et|er|ar|na|erna|arna|a|s|n)?|{short_stem})"
    )
    return re.compile(
        rf"\b{_POSSESSORS}\s+(?:[a-zåäö]+[ae]\s+)?"
        r"(?:(?:medicin|mediciner|medicinen|behandling|behandlingen)\s+(?:mot|för)\s+)?"
        rf"({condition}){_TREATMENT_TAIL}\b"
        rf"|\b{_OWNERS_WITH}\s+(?:[\w-]+\s+){{0,2}}?med\s+({condition})\b"
        # "han med autismen", "hon med MS": someone pointed out by their condition
        rf"|\b(?:han|hon|hen)\s+med\s+(?:sin\s+|sitt\s+)?({condition})\b"
    )


@cache
def _stay() -> re.Pattern[str]:
    return re.compile(_STAY)


_TREATMENT_WORDS = ("dialys", "kemo", "strålbehandl", "cellgift", "cytostatika")
_SPEAKER = rf"(?:\b(?:jag|ja|vi|han|hon|{_OWNER})\s+(?:\w+\s+){{0,2}}?|(?:^|[.!?,]\s*))"
"""Who a treatment or a drug is told of: the writer, a relative, or no one named at the start of
a sentence (the writer: "Går på Eliquis")."""
_TREATMENT = (
    _SPEAKER + r"(?:går|gick|ligger|låg|är|var|börjar|började|har\s+börjat|fick|får)\s+"
    r"(?:\w+\s+){0,2}?(?:på|med)\s+(?:min\s+|sin\s+|hans\s+|hennes\s+)?"
    r"(?:första\s+|sista\s+|andra\s+|tredje\s+)?"
    r"(?:dialys\w*|kemo\w*|strålbehandling\w*|cellgift\w*|cytostatika)"
)
"""A treatment one is on ("gick på min första kemo idag", "ligger på dialys tis/tors/lör")."""
_MEDICATIONS = (
    "elvanse",
    "concerta",
    "ritalin",
    "medikinet",
    "strattera",
    "intuniv",
    "eliquis",
    "waran",
    "xarelto",
    "metformin",
    "insulin",
    "sertralin",
    "zoloft",
    "citalopram",
    "escitalopram",
    "cipralex",
    "fluoxetin",
    "venlafaxin",
    "litium",
    "lithium",
    "lamotrigin",
    "levaxin",
    "subutex",
    "metadon",
    "buprenorfin",
    "antabus",
    "lyrica",
    "truvada",
    "ozempic",
)
"""Prescription drugs whose use tells a condition (ADHD, a clot, diabetes, depression, bipolar
disorder, an addiction, HIV)."""
_MEDICATION = (
    _SPEAKER + r"(?:går|gick|står|stod|är|var|tar|äter|åt|fick|får|medicinerar|hämtar|hämtade)\s+"
    r"(?:(?!som\b)\w+\s+){0,2}?(?:på\s+|med\s+|ut\s+)?(?:(?!som\b)\w+\s+)?"
    r"(?:" + "|".join(_MEDICATIONS) + r")\b"
    r"|\b(?:" + "|".join(_MEDICATIONS) + r")\s+(?:till|åt|för)\s+(?:min\s+|mitt\s+|vår\s+)?"
    r"(?:grabben|sonen|dottern|tjejen|killen|mamma|pappa|barnen|honom|henne|mig)\b"
)
"""A prescription drug one takes or collects for someone ("går på Eliquis", "hämtar ut
Elvanse till grabben"): "Elvanse är slut på apoteket" tells nothing about anyone, nor does
everyone who takes it ("får de som har insulin besök först?")."""
_AID_WORDS = ("rullstol", "rollator", "permobil", "hörapparat", "syrgas")
_AID = (
    rf"(?:\b(?:jag|ja|vi|han|hon|{_OWNER}|(?:min|mitt|mina|vår|vårt|våra)\s+(?:{{names}}))\s+"
    r"(?:(?!som\b)\w+\s+){0,2}?"
    r"(?:sitter|satt|har\s+suttit|hamnade|hamnat|går|gick|är|var|blev|behöver|har|hade|"
    r"använder)|(?:^|[.!?]\s*)(?:sitter|satt|har\s+suttit|hamnade|hamnat))"
    # not a group one serves ("vi har elever i rullstol"): no one's own aid
    r"\s+(?!(?:elever|barn|brukare|boende|kunder|patienter|gäster|medlemmar|besökare|"
    r"deltagare|många|flera)\b)(?:\w+\s+){0,2}?(?:i\s+|med\s+|på\s+)?(?:en\s+|min\s+|sin\s+)?"
    r"(?:rullstol(?:en)?|rollator(?:n)?|permobil(?:en)?|hörapparat(?:en|er)?|syrgas)\b"
    rf"|\b(?:jag|ja|han|hon|{_OWNER})\s+(?:\w+\s+){{0,2}}?(?:är|blev)\s+"
    r"rullstols(?:buren|bunden)"
)
"""A person's aid ("jag sitter i rullstol sen stroken", "mamma går med rollator"): a
disability told without its diagnosis."""
_RECOVERY_WORDS = (
    "nykter",
    "drogfri",
    "ren ",
    "programmet",
    "öppenvård",
    "överdos",
    "behandlingshem",
)
_RECOVERY = lazy(
    rf"\b(?:jag|ja|han|hon|{_OWNER})\s+(?:\w+\s+){{0,2}}?(?:är|var|har\s+varit|blev)\s+"
    r"(?:\w+\s+)?(?:nykter|drogfri)\b"
    r"|\b(?:\d+|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv)\s+(?:år|månader|veckor)\s+"
    r"(?:nykter|drogfri|ren)\b"
    r"|\b(?:jag|ja|han|hon)\s+(?:har\s+)?(?:varit|är)\s+ren\s+(?:hela\s+tiden|sedan|sen|i\s+\d+)"
    r"|\bsom\s+nykter\s+(?:alkoholist|missbrukare|narkoman)\b"
    r"|\b(?:sitter|går|står|är)\s+(?:\w+\s+)?på\s+(?:metadon|subutex|läkemedelsassisterade\s+)"
    r"\w*programmet\b"
    r"|\b(?:inskriven|inskrivna)\s+(?:på|i)\s+(?:\w+\s+)?(?:öppenvården|beroendevården|missbruksvården)"
    r"|\b(?:har|hade|har\s+nu)\s+överdoserat\b"
    r"|\b(?:min|mitt|hans|hennes)\s+(?:vistelse|tid|placering)\s+på\s+(?:\w+\s+)?"
    r"behandlingshem\w*"
)
"""Recovery from an addiction told of oneself or someone close ("två år nykter", "som nykter
alkoholist", "sitter på metadonprogrammet", "min vistelse på Lindholmens behandlingshem"):
health data, as the corpus labels it. Talk of treatment homes or of sobriety in general ("ett
nyktert firande", "behandlingshemmet i Karby") tells nothing about anyone."""
_PREGNANCY_WORDS = ("🤰", "gravid", "magen", "bebis", "barnmorsk", "bf ", "mammaledig", "pregnant")
_PREGNANCY = (
    r"(?:\b(?:jag|vi|hon|magen|och)\s+(?:är\s+)?(?:nu\s+)?(?:i\s+)?|(?:^|[.!?,]\s*))"
    r"(?:v\.\s?|v\s|vecka\s+)(?:[4-9]|[1-3][0-9]|4[0-2])\b"
    r"|\bbf\s+\d{1,2}\s+(?:jan|feb|mars|apr|maj|juni|juli|aug|sep|okt|nov|dec)\w*"
    r"|\b(?:[4-9]|[1-3][0-9]|4[0-2])\s+veckor\s+(?:idag|i\s+dag|nu|imorgon|på\s+\w+dag)\b"
    r"|\b(?:i'm|im|i\s+am|she\s+is|my\s+wife\s+is)\s+(?:[4-9]|[1-3][0-9]|4[0-2])\s+weeks?\s+pregnant\b"
)
"""A pregnancy told by its week ("v.20 idag 🤰") or its due date ("BF 3 mars"), where the
text speaks of a pregnancy: "vecka 20" alone is a week of the year."""
_MY_WEEK = re.compile(
    r"\bjag\s+är\s+(?:nu\s+)?i\s+(?:v\.\s?|v\s|vecka\s+)(?:[4-9]|[1-3][0-9]|4[0-2])\b"
    r"(?!\s+(?:av|på|i)\s)"
)
""""jag är i v.25": a pregnancy even with no other word about it (not "vecka 12 av kursen")."""


@cache
def _treatment() -> re.Pattern[str]:
    return re.compile(_TREATMENT)


@cache
def _medication() -> re.Pattern[str]:
    return re.compile(_MEDICATION)


@cache
def _aid() -> re.Pattern[str]:
    # "vår Viggo har hörapparater": a possessive before a first name is a person
    return re.compile(_AID.replace("{names}", "|".join(sorted(first_names()))))


@cache
def _pregnancy() -> re.Pattern[str]:
    return re.compile(_PREGNANCY)


def find_told_in_passing(words: NormalizedText, original: str = "") -> list[Hit]:
    """Health told without a diagnosis and a verb: a treatment one is on, an aid one uses, a
    pregnancy by its week, "KOL" written in capitals (lower-cased it is coal)."""
    text = words.text
    hits: list[Hit] = []
    if "som " in text and any(w in text for w in _PATIENT_STEMS):
        for m in _AS_PATIENT.finditer(text):
            hits.append(Hit("health", *words.span(m.start(), m.end()), 0.8))
    if any(w in text for w in _TREATMENT_WORDS):
        for m in _treatment().finditer(text):
            hits.append(Hit("health", *words.span(m.start(), m.end()), 0.8))
    if any(w in text for w in _MEDICATIONS):
        for m in _medication().finditer(text):
            hits.append(Hit("health", *words.span(m.start(), m.end()), 0.8))
    if any(w in text for w in _AID_WORDS):
        for m in _aid().finditer(text):
            hits.append(Hit("health", *words.span(m.start(), m.end()), 0.8))
    if any(w in text for w in _RECOVERY_WORDS):
        for m in _RECOVERY.finditer(text):
            hits.append(Hit("health", *words.span(m.start(), m.end()), 0.8))
    # "v " ends every "av": the week patterns are asked only where a pregnancy is spoken of,
    # or where "jag är i v…" itself stands.
    if any(w in text for w in _PREGNANCY_WORDS):
        week: re.Pattern[str] | None = _pregnancy()
    elif "är i v" in text or "är nu i v" in text:
        week = _MY_WEEK
    else:
        week = None
    for m in week.finditer(text) if week is not None else ():
        hits.append(Hit("health", *words.span(m.start(), m.end()), 0.75))
    if "KOL" in original:
        for m in _KOL.finditer(original):
            if not _ANYONE_WHO.search(original, max(0, m.start() - 20), m.start() + 4):
                hits.append(Hit("health", m.start(), m.end(), 0.8))
    return hits


_KOL = re.compile(r"\b(?i:har|hade|med|fick|pga|på grund av|min|mitt|hans|hennes)\s+KOL\b")
_ANYONE_WHO = re.compile(r"(?i:\b(?:den|de|dem|alla|personer|ni|folk)\s+som\s+har)")
"""Everyone with it ("den som har KOL") is talk about an illness, no one's disclosure."""


def _occurrences(text: str, verbs: Collection[str]) -> list[tuple[int, str]]:
    """Where the verbs stand as whole space-separated words, in text order: substring
    searches in C instead of a regex tried at every word."""
    padded = " " + text + " "
    found: list[tuple[int, str]] = []
    for verb in verbs:
        needle = f" {verb} "
        i = padded.find(needle)
        while i >= 0:
            found.append((i, verb))  # `padded` index of the space == `text` index of the verb
            i = padded.find(needle, i + len(verb) + 1)
    found.sort()
    return found


def _subjectless(text: str, verb: str, end: int, before: str) -> bool:
    """A sentence that starts with the verb speaks of the writer ("Fick diagnosen ADHD i
    våras"), unless it is a question ("Har man astma om ...?")."""
    _, _, _, sentence_start, sentence_end = _framing()
    if verb not in _SUBJECTLESS_VERBS or not sentence_start.search(before):
        return False
    stop = sentence_end.search(text, end)
    return stop is None or stop.group() != "?"


_SENTENCE_END = r"[.!?\n]"


_VERB_TOKENS = frozenset(
    {
        "har",
        "hade",
        "has",
        "had",
        "fick",
        "lider",
        "led",
        # living with a condition ("jag lever med hiv"; the tail must say "med")
        "lever",
        "levt",
        "levde",
        "är",
        "ä",
        "e",
        "ar",
        "blev",
        "äter",
        "tar",
        "hämtar",
        "åt",
        "var",
        "medicinerar",
        "medicineras",
        "medicinerade",
        "medicinerat",
        "behandlas",
        "behandlades",
        "vårdas",
        "vårdades",
        "opereras",
        "opererades",
        "drabbades",
        "drabbats",
        "kämpar",
        "kämpade",
        "diagnostiserades",
        "is",
        "got",
        "was",
        "suffers",
        "have",
        "får",
        # death from a condition ("min man dog i lungcancer", "hon gick bort i ALS")
        "dog",
        "dött",
        "avled",
        "avlidit",
        "gick",
    }
)
"""The verbs that tie a condition to a person ("jag har", "min son är", "hon lider"); a text
without any of them as a token has no disclosure of that form."""
_STAY_WORDS = (
    "inlag",
    "psyk",
    "akuten",
    "iva",
    "sjukhus",
    "neo",
    "avgiftning",
    "beroende",
    "bup",
    "intensiv",
    "onkolog",
    "avdelning",
    "förlossning",
    "hospice",
    "rehab",
)
"""A place of care `_STAY` needs: a substring test before the regex."""
_STAY_VERB_TOKENS = frozenset({"låg", "ligger", "var", "är", "blev", "hamnade"})


CUE_TOKENS = _VERB_TOKENS | _STAY_VERB_TOKENS | _POSSESSOR_WORDS
"""Every token `find_health` needs one of: a caller may intersect its tokens with this once
and pass the result as `cues`."""


_CLAUSE_END = re.compile(r"[.!?;:\n]")
_NAME_REACH = 8
"""A name ties a condition to a person when it stands at most this many words before the verb,
in the same sentence ("Kerstin i informationsdisken har fått cancer")."""


_PLACE_PREPOSITIONS = frozenset(
    ["i", "på", "från", "till", "vid", "mot", "med", "hos", "om", "för", "av"]
)
_SUBORDINATE = frozenset(["som", "att", "om", "hur", "när", "där", "vilka", "vilken", "många"])


def _named_before(before: str, original: str) -> int | None:
    """Where in `before` (the text just before the verb) a person named in `original` (the
    text as written: names are told by their capitals) stands, or None."""
    names = named_persons(original) if original else frozenset()
    if not names:
        return None
    clause_start = max((m.end() for m in _CLAUSE_END.finditer(before)), default=0)
    clause = before[clause_start:]
    words = list(re.finditer(r"[^\s,]+", clause))
    reach = len(words) - _NAME_REACH
    for k, m in enumerate(words):
        if k < reach or m.group() not in names:
            continue
        if k and words[k - 1].group() in _PLACE_PREPOSITIONS:
            continue  # "i Sverige", "på Solgården": a place
        if not _SUBORDINATE.isdisjoint(w.group() for w in words[k + 1 :]):
            continue  # "med Anna om hur många som har...": the name is not the subject
        return clause_start + m.start()
    return None


def _disclosures(words: NormalizedText, verbs: Collection[str], original: str = "") -> list[Hit]:
    """A condition right after one of the verbs, tied to a person right before it."""
    text = words.text
    hits: list[Hit] = []
    after = _patterns()
    for verb_start, verb in _occurrences(text, verbs):
        cond = after.match(text, verb_start + len(verb))
        if cond is None:
            continue
        not_after, own_before, other_before, _, _ = _framing()
        if not_after.match(text, cond.end()):
            continue
        before = text[max(0, verb_start - 60) : verb_start]
        who = own_before.search(before)
        score = 0.85
        if who is None:
            who = other_before.search(before)
            score = 0.7
        if who is None and (at := _named_before(before, original)) is not None:
            start, end = words.span(verb_start - len(before) + at, cond.end())
            hits.append(Hit("health", start, end, 0.75))
            continue
        if who is None:
            if not _subjectless(text, verb, cond.end(), before):
                continue
            start, end = words.span(verb_start, cond.end())
            hits.append(Hit("health", start, end, 0.85))
            continue
        start, end = words.span(verb_start - len(before) + who.start(), cond.end())
        hits.append(Hit("health", start, end, score))
    return hits


_PATIENT_NOUNS = (
    r"(?:diabetiker|astmatiker|allergiker|epileptiker|autist|aspergare|aspbergare|reumatiker|"
    r"dyslektiker|psoriatiker|celiakiker|migränpatient|cancerpatient|cancersjuk|dialyspatient|"
    r"hjärtpatient|strokepatient|njursjuk|hjärtsjuk|lungsjuk|kolpatient|ms-sjuk|parkinsonsjuk|"
    r"adhd:are|adhdare|rullstolsburen|rullstolsanvändare|synskadad|hörselskadad|"
    r"missbrukare|alkoholist|nykter\s+alkoholist|bipolär|schizofren|anorektiker)"
)
_PATIENT_STEMS = (
    "diabetik",
    "astmatik",
    "allergik",
    "epileptik",
    "autist",
    "asperg",
    "aspberg",
    "reumatik",
    "dyslektik",
    "psoriatik",
    "celiakik",
    "patient",
    "sjuk",
    "adhd",
    "rullstol",
    "skadad",
    "missbruk",
    "alkoholist",
    "bipolär",
    "schizofren",
    "anorektik",
)
"""Substrings without which `_AS_PATIENT` cannot match (it is asked only where one stands)."""
_AS_PATIENT = re.compile(
    r"(?:(?P<who>(?:^|(?<=[.!?,]\s)|(?<=\boch\s))som\s+(?:en\s+)?)"
    + _PATIENT_NOUNS
    + r"\b(?:\s+\S+){0,5}?\s+(?:har|hade|måste|kan|kunde|vet|blir|är|får|orkar|tycker|brukar|"
    r"behöver|kommer|klarar)\s+(?:jag|ja|vi)\b"
    r"|(?P<self>\b(?:jag|ja)\s+(?:som\s+är\s+|som\s+)(?:en\s+)?)" + _PATIENT_NOUNS + r"\b)"
)
"""The writer naming themself by a condition: "Som aspergare med ljudkänslighet har jag…",
"jag som diabetiker". A condition named of people in general ("som diabetiker måste man…")
has no "jag"."""


def find_health(
    words: NormalizedText,
    cues: Collection[str] | None = None,
    original: str = "",
) -> list[Hit]:
    """A verb ("har", "lider", "är"...) is found first, then the condition right after it and
    the person right before it: anchored matches instead of scanning the text three times.
    `cues` are the text's tokens that are in `CUE_TOKENS`, when the caller has them;
    `original` the text as written, read for names only where a condition has no other
    person before it (`kommunvakt.policy.names`)."""
    text = words.text
    hits: list[Hit] = []
    if cues is None:
        cues = CUE_TOKENS.intersection(text.split())
    if not cues:
        return hits  # one set operation in C, and about half of all texts leave here
    verbs = _VERB_TOKENS.intersection(cues)
    # A condition contains a stem. Until its pattern is compiled (about 10 ms, once per
    # process) a substring test for the stems is the cheaper way to know that a text has none:
    # a fresh process pays for the compile only once a text may need it.
    if _COMPILED or any(stem in text for stem in stems()):
        if verbs:
            hits.extend(_disclosures(words, verbs, original))
        for m in _possessive().finditer(text):
            start, end = words.span(m.start(), m.end())
            hits.append(Hit("health", start, end, 0.8))
    if any(w in text for w in _STAY_WORDS):
        for m in _stay().finditer(text):
            start, end = words.span(m.start(), m.end())
            hits.append(Hit("health", start, end, 0.8))
    return hits
