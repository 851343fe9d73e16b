"""Health details disclosed about oneself or an identifiable person.

A diagnosis or condition from `data/lexicons/health.txt` counts only with a framing that ties
it to a person: "jag har", "min son har svår", "vår dotter lider av", "pappan är", "my
daughter has"; talk about illnesses in general ("alla med astma", "risken för diabetes") does
not. Hospital stays ("låg inlagd på psyk") and sick leave for a named condition count too.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from kommunvakt.policy.normalize import NormalizedText
from kommunvakt.policy.pii.contact import Hit

_RELATIVE = (
    r"(?:lill\w{0,2}|stor\w{0,2}|bonus|styv|extra|halv)?(?:son|söner|sonen|dotter|döttrar|dottern|barn|barnen|bebis|unge|ungar|grabb|tjej|kille|"
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
_VERB = re.compile(
    r"(?<!\w)(?:h(?:ar|ade|as|ad)|fick|l(?:ider|ed)|är|blev|äter|tar|medicineras|behandlas|"
    r"diagnostiserades|is|got|was|suffers)\b"
)
_VERB_TAIL = (
    r"(?:\s+(?:fått|haft|av|diagnos|diagnosen|diagnostiserad\s+med|med|för|"
    r"sjukskriven\s+(?:för|pga|på\s+grund\s+av|med)|diagnosed\s+with|from)){0,2}"
)
_MODIFIER = (
    r"(?:\s+(?:en|ett|svår|svåra|grav|gravt|kronisk|kroniskt|lindrig|lätt|typ\s?[12]|"
    r"type\s?[12]|också|även|dessutom|sedan\s+länge|numera|nu|tyvärr|bara|fått|"
    r"diagnosen|diagnos|medicin\s+mot|mediciner\s+mot|och|a|severe|chronic)){0,3}"
)
_OWN_BEFORE = re.compile(rf"\b(?:jag|vi|{_OWNER}|{_ENGLISH_OWNER})\s+(?:som\s+)?$")
_OTHER_BEFORE = re.compile(rf"\b{_DEFINITE}\s+$")
_STAY = re.compile(
    rf"\b(?:jag|vi|{_OWNER})\s+(?:\w+\s+)?(?:låg|ligger|var|är|blev|hamnade)\s+"
    r"(?:inlagd|inlagt|inlagda|på\s+psyk|på\s+akuten|på\s+iva|på\s+sjukhus|på\s+rättspsyk)"
)


def _trie(words: list[str]) -> str:
    """One regex alternation shaped as a trie: the regex engine tries a shared prefix once
    instead of every word at every position."""
    root: dict[str, dict[str, object]] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})  # type: ignore[assignment]
        node[""] = {}

    def emit(node: dict[str, object]) -> str:
        alts = []
        end = "" in node
        for ch in sorted(k for k in node if k):
            child = node[ch]
            assert isinstance(child, dict)
            alts.append(re.escape(ch).replace(r"\ ", r"\s") + emit(child))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end else body

    return emit(root)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    raw = resources.files("kommunvakt.policy.data").joinpath("lexicons/health.txt")
    stems = {
        line.strip()
        for line in raw.read_text("utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    short = [s for s in stems if len(s) <= 4]
    long = [s for s in stems if len(s) > 4]
    # Long stems also match as the end of a compound ("nötallergi") and inflected; short ones
    # ("ms", "add", "hiv") only as whole words, or they would match inside ordinary words.
    condition = (
        rf"(?:[a-zåäö]{{0,12}}-?{_trie(long)}[a-zåäö]{{0,4}}|{_trie(short)}(?:-?\w{{0,3}})?)"
    )
    gate = re.compile(rf"{_trie(long)}|\b{_trie(short)}\b")
    after = re.compile(rf"{_VERB_TAIL}{_MODIFIER}\s+({condition})\b")
    return gate, after, _STAY


_STAY_GATE = re.compile(r"inlag|psyk|akuten|iva|sjukhus")


def find_health(words: NormalizedText) -> list[Hit]:
    """A verb ("har", "lider", "är"...) is found first, then the condition right after it and
    the person right before it: anchored matches instead of scanning the text three times."""
    text = words.text
    _, after, stay = _patterns()
    hits: list[Hit] = []
    for v in _VERB.finditer(text):
        cond = after.match(text, v.end())
        if cond is None:
            continue
        before = text[max(0, v.start() - 60) : v.start()]
        who = _OWN_BEFORE.search(before)
        score = 0.85
        if who is None:
            who = _OTHER_BEFORE.search(before)
            score = 0.7
        if who is None:
            continue
        start, end = words.span(v.start() - len(before) + who.start(), cond.end())
        hits.append(Hit("health", start, end, score))
    if _STAY_GATE.search(text):
        for m in stay.finditer(text):
            start, end = words.span(m.start(), m.end())
            hits.append(Hit("health", start, end, 0.8))
    return hits
