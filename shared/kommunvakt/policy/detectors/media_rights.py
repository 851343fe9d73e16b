"""Image and film publication (Bild- och filmpublicering).

Two recognisers:

- `media_rights.not_own_media`: a photo or video the poster says someone else took or that
  comes from elsewhere ("lånade bilden från…", "hittade den på Google", "screenshot från
  grannens Instagram", "reposting from @…").
- `media_rights.people_in_media`: a photo or video of other people: the text links the
  picture to people ("bilden på grannen", "filmade personalen", "den här killen", "föraren
  syns tydligt", "så mycket folk", "alla barnen i kören"). A text-only post counts only when
  it plainly says the poster filmed or photographed someone.

The poster's own picture of a place or a thing ("min bild på dimman", "gropen på Banvägen,
tog bilden i morse") is fine, as is a photo whose text says nothing about people: the
attachment alone is not evidence.
"""

from __future__ import annotations

import re
from functools import cache

from kommunvakt.domain.models import Category
from kommunvakt.policy.context import Context
from kommunvakt.policy.detectors.base import Detector, Signal, Span
from kommunvakt.policy.lexicon import Hit, Lexicon, load
from kommunvakt.policy.names import first_names, named_persons
from kommunvakt.policy.regex import lazy  # patterns compiled on first use (cold start)

LINK_WINDOW = 40
"""Characters after a capture verb or "bild på" within which the person must be named
("filmade när p-vakten…", "video på när en cyklist…")."""

_DEIXIS = lazy(
    r"\b(?:(?:kolla\s+(?:in\s+|på\s+)?)?(?:den|denna|det)\s+här\s+|det\s+här\s+är\s+"
    r"|kolla\s+(?:in\s+|på\s+)?(?:vilken|vilka|vilket)\s+)"
)
_HERE_IS = lazy(r"\bhär\s+(?:är|ser\s+ni|syns)\s+")
_VISIBLE = lazy(r"\b(?:syns|synas|synlig|synliga|man\s+ser|ser\s+man|ni\s+ser|du\s+ser)\b")
_CREDIT = lazy(
    # not "se bild:" (look at the picture), which points at it and credits no one
    r"(?:^|(?<!\bse)[\s(])(?:foto|bild|källa|credit|cred|photo|fotograf|bildkälla|©)\s?:"
    r"(?=\s*[\w@])(?!\s*(?:jag|mig|mej|me|själv|undertecknad)\b)"
    r"|\b(?:från|from|via|by)\s+@[\w.]+|©"
)
_LEFT_OUT = lazy(
    r"\b(?:vägrade|ville\s+inte|slapp|fick\s+inte)\s+(?:att\s+)?vara\s+med\s+på\s+(?:bild|bilden|fotot)"
)
"""The people named are said to have stayed out of the picture."""
_ABSENT = lazy(r"\b(?:utan|inga|ingen)\s+$")
_AT_RISK = lazy(
    r"\b(?:fara|farligt|farlig|risk|livsfarligt|livsfara|olycksrisk|osäkert|säkrare|"
    r"en\s+fälla)\s+för\s+(?:alla\s+|både\s+|oss\s+)?$"
)
"""People named as those a hazard in the picture endangers ("Bild på potthålet … Fara för
cyklister"): not in the picture."""
_ANYONE = frozenset(["folk", "människor", "personer", "någon", "nån"])
_DEICTIC_PRONOUN = lazy(
    r"\bhär\s+(?:är|står|sitter|går|kommer|ligger|springer|kör|syns)\s+(?:han|hon|hen|de|dom)\b"
    # "här är de nya ställen": "de" as an article
    r"(?!\s+(?:nya|gamla|första|sista|fina|stora|små|senaste|andra)\s+"
    r"(?!som\b|från\b|på\b|i\b|vid\b|med\b)[a-zåäö]{3,})"
)
_NOT_SHOWN = lazy(
    r"(?:(?:[,(]\s*|\bmen\s+|\boch\s+)(?:inte|ej|not)|\btack\s+(?:till|vare)(?:\s+alla)?|"
    # made or sent for them ("jag ritade in det för mina kollegor")
    r"\b(?:för|till|åt)\s+(?:mina|min|mitt|våra|vår))\s+$"
)
"""Right before a person noun: the text says they are not in the picture ("bara bilen syns,
inte föraren"), thanks them ("Tack till grannarna som hjälpte oss") or made it for them
("ritade in det för mina kollegor"); "ni behöver inte barnskötare" says nothing of the
picture."""
_PET_WORDS = (
    r"(?:hund\w*|katt\w*|kisse\w*|valp\w*|vovve\w*|jycke\w*|häst\w*|ponny\w*|kanin\w*|"
    r"marsvin\w*|hamster\w*|papegoj\w*|undulat\w*|kattung\w*)"
)
_PET = lazy(r"(?:(?!\bmed\b)[^.!?])*?\b" + _PET_WORDS + r"\b")
"""A pet named right after "här är han/hon" in the same clause ("här är han, världens
gladaste hund"): the pronoun is the animal ("här är han med hunden" stays a person)."""
_OWN_PET_BEFORE = lazy(
    r"\b(?:min|mitt|mina|vår|vårt|våra)\s+(?:\w+\s+)?" + _PET_WORDS + r"\b[^.!?]{0,30}$"
)
"""The poster's own pet just before "här är han" ("vi var där med vår valp idag, här är han")."""
_CAPTURED_PRONOUN = lazy(
    r"\b(?:filmade|filmat|fotade|fotat|fotograferade|smygfilmade)\s+(?:när\s+)?"
    r"(?:han|hon|hen|honom|henne|dem|(?:de|dom)(?!\s+(?!som\b)\w+\s+som\b))\b"
)
_ANONYMISED = lazy(
    r"\b(?:suddade|suddat|suddat\s+ut|pixlade|pixlat|blurrade|blurrat)\s+(?:ut\s+)?(?:alla\s+|både\s+)?"
    r"(?:\w+\s+och\s+)?(?:ansikten|ansiktena|ansiktet|förare|folk)|\binga\s+ansikten\b|"
    r"går\s+inte\s+att\s+(?:se|känna\s+igen)\s+vem|ingen\s+går\s+att\s+känna\s+igen|"
    # nobody in the picture, or taken before anyone came
    r"\b(?:ingen\s+(?:person|människa|människor)|inga\s+(?:personer|människor))"
    r"(?:\s+(?:eller|och)\s+\w+)?\s+syns|"
    r"\binnan\s+(?:folk|barnen|någon|nån|alla|de|dom|besökarna|gästerna)\s+kom\b|"
    r"\binnan\s+det\s+kom\s+(?:folk|någon|nån|besökare|människor)\b|"
    r"\b(?:utan|inga|ingen)\s+(?:\w+\s+)?\w+\s+(?:i|på)\s+(?:bild|bilden|bilderna|fotot|filmen)\b|"
    # round 51: "inga personer med", "utan folk i", "inga personer med på bilden"
    r"\b(?:utan|inga|ingen)\s+(?:folk|personer|människor|person|människa)\s+(?:med|i)\b"
)
_TAKEN_BACK = lazy(r"\bmen\s+(?:man\s+|ni\s+)?(?:ser|hör|känner\s+igen|syns|vet)\b")
"""A picture whose people the poster made unrecognisable ("suddade ut alla ansikten"), unless
the next clause takes it back ("… men man ser namnskylten")."""
_REMOVE_BEFORE = lazy(
    r"\b(?:radera|raderar|ta\s+bort|tar\s+bort|ta\s+ner|ta\s+ned|plocka\s+bort|delete|"
    r"(?:lägg|lägga|posta|dela|publicera|sprid|sprida|filma|fota|fotografera)\s+(?:\w+\s+)?"
    r"(?:inte|aldrig|inga)"
    r"(?:\s+(?:ut|upp))?|"
    r"innan\s+(?:ni|du|man|någon|nån)\s+(?:lägger|postar|delar|publicerar)(?:\s+(?:ut|upp))?|"
    r"sluta\s+(?:lägga|posta|dela)(?:\s+(?:ut|upp))?|"
    # asked for no pictures at all ("snälla, inga bilder på folk under promenaden")
    r"inga(?:\s+fler)?|inte\s+(?:några|fler))\s+"
    r"(?:\w+\s+){0,2}$"
)
"""Asking for a picture to be removed ("radera bilden på ungen") or not to be posted ("lägg
inte ut bilder på folk här", "fråga föräldrarna innan ni lägger upp bilder på barnen") shares
nothing."""
_OWN_VANTAGE = lazy(
    r"\s*(?:mig|mej|oss|vår|vårt|min|mitt|våra|mina|\w*fönstret|balkongen|altanen|bron|taket|bilen|"
    r"bryggan|kullen|berget|toppen|perrongen|torget|\w+(?:ängen|bryggan|berget|udden|kullen|stranden|"
    r"backen|tornet|skogen|vägen|stigen|bron))\b"
)
"""Where the poster stood ("tog bilden från vår balkong", "från Angarnsjöängen i morse"):
their own picture, not one taken from someone else."""
_OF_MY_OWN = lazy(
    r"\s+(?:av|från)\s+(?:min|mitt|mina)\s+(?:(?:egen|eget|egna)\b|(?:första\s+|sista\s+|senaste\s+)?"
    r"(?:runda|match|matcher|spel|game|bygge|build|karta|kartan|mätlogg|logg|skärm|sida|konto|profil)\b)"
)
"""After "skärmdump": of one's own log, screen or page ("skärmdump av min egen mätlogg")."""
_REPOST_INVITED = lazy(r"\b(?:får|kan|fick)\s+(?:ni|du|alla|folk)\s+(?:gärna\s+|fritt\s+)?$")
"""Before "reposta": the poster invites others to share their own picture ("min egen reel,
får ni gärna reposta"), which says it is theirs to give."""
_MUNICIPAL_PAGE = lazy(
    # what was captured may come first ("skärmdump av omledningskartan från kommunens hemsida")
    r"\s*(?:(?:av|från)\s+(?:den\s+|det\s+|er\s+|ert\s+)?[a-zåäö]+\s+)?"
    r"(?:från\s+|på\s+|av\s+|i\s+)?(?:kommunens|vallentuna\.se|er\s+egen|era\s+egna|ert\s+eget|"
    r"ert\s+(?:svar|mejl|mail|sms))\b"
)
"""A screenshot of the municipality's own page or site ("skärmdump från kommunens egen sida om
tillsynen"): nobody else's picture, unless people are shown in it."""
_NO_ONE_ELSE = lazy(
    r"\b(?:ingen\s+annan|inga\s+andra(?:\s+barn)?|inte\s+någon\s+annan)\s+(?:är\s+|syns\s+)?"
    r"(?:med\s+)?(?:i|på)\s+bild"
    # a place photographed empty ("tog en bild i morse, torget helt tomt")
    r"|\b(?:helt|alldeles|totalt)\s+(?:tomt|tom|öde|folktomt|folktom)\b|\bfolktom\w*"
    # "Tomt och nymålat, väntar på besökare!": a room shown empty
    r"|(?:^|[.!?]\s*)tomt?\s+och\b"
)
"""The poster's picture with no one else in it ("fotade bara min egen kille, ingen annan med i
bild"): said in text only, it publishes no one."""
_QUESTION_OF_RULES = lazy(
    r"\b(?:får\s+man|får\s+jag|får\s+ni|får\s+vi|är\s+det\s+(?:tillåtet|lagligt|olagligt|okej|ok)"
    r"|kan\s+man|gäller\s+det|räknas\s+det)\b[^.!?]*\?"
)


@cache
def _people() -> Lexicon:
    return load("media_people")


def _people_in(text: str) -> list[Hit]:
    """The people the text names, without the words listed as things ("solnedgången")."""
    return [h for h in _people().finditer(text) if h.entry.tag != "thing"]


@cache
def _cues() -> Lexicon:
    return load("media_cues")


@cache
def _insults() -> Lexicon | None:
    try:
        return load("insults")
    except (FileNotFoundError, ValueError):
        return None


def has_media(ctx: Context) -> bool:
    return any(a.type in ("photo", "video") for a in ctx.event.attachments)


def _person_itself(text: str, hit: Hit) -> bool:
    """Not a genitive before a noun ("grannens nya altan", "kommunens bil"): that names the
    owner of what is in the picture, not who is in it."""
    return not (hit.form.endswith("s") and re.match(r"\s+\w", text[hit.end :]) is not None)


_OTHERS_OR_CROWD = re.compile(
    r"\b(?:från\s+(?:tidningen|nätet|google|boken|en\s+bok|\w+s\s+(?:sida|konto|årsbok|hemsida))|"
    r"fotograf\w*|repost\w*|reposta\w*|klipp\w*|tidning\w*|sparade|lånade|"
    r"skärmdump\w*|screenshot\w*|arkiv\w*|filmade|fotade|smygfota\w*|smygfilma\w*|"
    r"expressen\w*|aftonblad\w*|svt\w*|dn\w*|mitt\s*i\w*|netflix\w*|youtube\w*|tiktok\w*|"
    r"instagram\w*|facebook\w*|snap\w*|bok|boken|årsbok\w*|inte\s+mi[nt]\s+egen|"
    r"alla|allihop|folk|kön|publiken|hela\s+\w+|de\s+boende|\w+(?:arna|erna)\s+som|"
    r"passagerarna|pensionärerna|besökarna|deltagarna|eleverna|familjen|familjerna|"
    # someone's story, a picture taken from them; someone by where they work ("hon från kultur")
    r"story|storyn|insta|snodde|snott|(?:han|hon|hen|dom|de)\s+från\s+\w+)\b"
)
"""Where the picture comes from or who took it (the rule's other ground: not the poster's own
picture), or a crowd in it ("alla som dansade", "kön", "hela avdelningen"): what the model may
see where the rule has no phrase for it."""
_IDENTIFY = re.compile(r"\b(?:vem|vems|vilka|vilken|känner\s+(?:någon|nån|ni)|who)\b")
_MEDIA_STEMS = ("film", "fot", "bild", "video", "klipp", "spela")
_PHOTO_CARD = lazy(r"kort\s+på")


def _first_name_in(text: str) -> bool:
    """A common first name in the text, as a name ("när Linnéa ramla av", "Lisas story")."""
    names = first_names()
    return any(w in names or (w.endswith("s") and w[:-1] in names) for w in named_persons(text))


def _mentions_media(text: str) -> bool:
    """Whether the text speaks of filming or a picture; `in` tests beat a regex alternation."""
    for stem in _MEDIA_STEMS:
        if stem in text:
            return True
    return "kort" in text and _PHOTO_CARD.search(text) is not None


_SENTENCE_END = lazy(r"[.!?\n]")

_POSTER = frozenset(["jag", "ja", "vi", "jaa", "we", "me", "mig", "oss"])
"""(Not English "i": folded, it is the Swedish preposition "i".)"""
_OTHER_CAPTURER = frozenset(
    [
        "någon",
        "nån",
        "ngn",
        "folk",
        "ni",
        "du",
        "de",
        "dom",
        "han",
        "hon",
        "hen",
        "man",
        "vem",
        "som",
        "drönare",
        "drönaren",
        "privatperson",
        "ingen",
        "kommunen",
        "fotografen",
        "fotograf",
        "personalen",
        "skolan",
        "förskolan",
        "tidningen",
        "journalisten",
        "people",
        "someone",
        "they",
        # people in the plural, filming at an event ("det står alltid föräldrar och filmar")
        "föräldrar",
        "föräldrarna",
        "anhöriga",
        "besökare",
        "besökarna",
        "publiken",
        "många",
        "alla",
    ]
)
"""Who else can be the one filming: "någon stod och filmade publiken", "ni som filmar", "folk
filmar", "vem tycker det är ok att filma folk", "kommer kommunen fotografera luciatåget?";
and "ingen filmar barnen utan att fråga" is a request, not a film."""
_PASSIVE_LEAD = frozenset(
    ["att", "blir", "blev", "bli", "blivit", "är", "var", "vara", "get", "sluta", "slutar"]
)
"""A capture word after these is an infinitive or a passive ("att filma folk", "vi blir filmade
varje vecka", "snälla sluta filma folk som gråter"): it says filming happens, not that the
poster filmed and shares it."""


_NOT = frozenset(["inte", "aldrig", "ej", "int", "ente"])


def _told_by_poster(text: str, start: int, end: int) -> bool:
    """Whether the capture word at [start, end) is the poster's own act ("filmade p-vakten",
    "igår fotade jag grannen", "jag stod och filmade"): a complaint that others film ("varför
    får folk filma barnen?", "snälla ni som filmar, fråga först") publishes nothing."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 120), start)]
    before = text[ends[-1] if ends else max(0, start - 120) : start].split()
    after = text[end : end + 8].split()[:1]
    if after and after[0] in _POSTER:
        return True  # "igår filmade jag…"
    if after and after[0] in _NOT and text[end : end + 16].split()[1:2] != ["bara"]:
        return False  # "snälla, filma inte barn och lägg upp här" ("filmade inte bara …" did)
    if before and (before[-1] in _PASSIVE_LEAD or before[-1] in _NOT):
        return False  # "att filma", "blev filmad"; "tänk på att inte filma ungdomarna"
    if not before and text[start:end].endswith("r") and not (after and after[0] in _POSTER):
        stop = _SENTENCE_END.search(text, end)
        if stop is not None and stop.group().startswith("?"):
            return False  # "Fotar ledarna barnen under aktiviteterna?": asks what others do
    return not before or any(w in _POSTER for w in before) or _OTHER_CAPTURER.isdisjoint(before)


def _sentence(text: str, start: int, end: int, reach: int = 40) -> str:
    """The part of the sentence around [start, end), at most `reach` characters each side."""
    lo = max(0, start - reach)
    before = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    after = _SENTENCE_END.search(text, end, min(len(text), end + reach))
    return text[before[-1] if before else lo : after.start() if after else end + reach]


def _person_at(text: str, start: int, end: int, people: list[Hit]) -> Hit | None:
    for h in people:
        if start <= h.start < end and h.entry.tag != "deixis":
            if _NOT_SHOWN.search(text, max(0, h.start - 16), h.start):
                continue  # "… och fotat. Tack till grannarna som hjälpte oss": thanked
            # A genitive names the owner, not the subject: "bilden på grannens altan".
            if h.form.endswith("s") and not h.entry.lemma.endswith("s"):
                return None
            return h
    return None


def _linked_people(text: str, cues: list[Hit], people: list[Hit]) -> list[tuple[int, int]]:
    """Spans where the text ties a picture to people."""
    spans: list[tuple[int, int]] = []
    for c in cues:
        if c.entry.tag in ("capture", "media_of"):
            p = _person_at(text, c.end, c.end + LINK_WINDOW, people)
            if p is not None:
                spans.append((c.start, p.end))
                continue
            # "fångade idioten som…": an insult names a person as well as a noun does.
            insults = _insults()
            hit = insults.search(text[c.end : c.end + 20]) if insults is not None else None
            if hit is not None and hit.start <= 4:
                spans.append((c.start, c.end + hit.end))
        elif c.entry.tag == "identity":
            spans.append((c.start, c.end))
    for h in people:
        if h.entry.tag == "crowd" or (
            h.entry.tag != "deixis" and text[max(0, h.start - 5) : h.start] == "alla "
        ):
            spans.append((h.start, h.end))
        elif (
            h.entry.tag == "person"
            and _VISIBLE.search(_sentence(text, h.start, h.end))
            and not _NOT_SHOWN.search(text, max(0, h.start - 12), h.start)
        ):
            # "föraren syns tydligt": the text says who is visible; "bara bilen syns, inte
            # föraren" says who is not.
            spans.append((h.start, h.end))
    scenes = {c.start for c in cues if c.entry.tag == "own_scene"}
    for m in _HERE_IS.finditer(text):
        if m.end() in scenes:
            continue  # "här är hålet som cyklisterna kört ner i": the hole is what it shows
        p = next((h for h in people if m.end() <= h.start < m.end() + 40), None)
        if p is not None and p.entry.tag in ("person", "crowd"):
            sentence_break = re.search(r"[.!?]", text[m.end() : p.start])
            if sentence_break is None:
                spans.append((m.start(), p.end))
    for m in _DEIXIS.finditer(text):
        window = text[m.end() : m.end() + 30]
        p = next((h for h in people if m.end() <= h.start < m.end() + 30), None)
        if p is not None and p.form == "typen" and text.startswith(" av", p.end):
            p = None  # "den här typen av skylt": a kind of thing
        if p is not None and p.start - m.end() <= 12:
            spans.append((m.start(), p.end))
            continue
        insults = _insults()
        hit = insults.search(window) if insults is not None else None
        if hit is not None and hit.start <= 12 and not window[: hit.start].endswith("efter "):
            # not "det här är spår efter råtta": an animal's tracks, not an insult
            spans.append((m.start(), m.end() + hit.end))
    for rx in (_DEICTIC_PRONOUN, _CAPTURED_PRONOUN):
        spans.extend(
            m.span()
            for m in rx.finditer(text)
            if not (
                rx is _DEICTIC_PRONOUN
                and (
                    _PET.match(text, m.end(), m.end() + 40)
                    or _OWN_PET_BEFORE.search(text, max(0, m.start() - 60), m.start())
                )
            )
        )
    return spans


_SCREENSHOTS = ("skärmdump", "screenshot", "skärmklipp", "skärmbild", "printscreen", "print screen")
_SCREEN = lazy(
    r"\b(?:app\w*|e-tjänst\w*|felkod\w*|felmeddelande\w*|tidtabell\w*|avgång\w*|knapp\w*|"
    r"inloggning\w*|laddar|kartan|schemat|platsbanken|bekräftelse\w*|ärendenummer\w*|"
    r"kvitto\w*|krisinformation\w*|kalender\w*|"
    r"bankid|menyn|formulär\w*|bokningssystem\w*)\b"
)
"""A screenshot of a screen (an app, an e-service's error, a timetable, a form): the poster's
own picture of software, no one's image ("SL-appen visar inte de nya tiderna, se
skärmdump"). A screenshot of someone's post or profile stays someone else's media."""
_NAMED_SHOWN = lazy(
    r"\b(?:[Hh]är\s+(?:är|e|ser\s+ni)|[Kk]olla\s+(?:när|på|in|hur)|[Tt]itta\s+(?:när|på|hur))"
    r"\s+([A-ZÅÄÖa-zåäö][a-zåäöé]+)(?![-\w])(?!\s+(?:torg|kyrka|skola|centrum|station))"
)
"""Checked in the text as written: a name shown to the reader ("kolla när Elias slår i
rälsen", "här e Rasmus när han somnade")."""


_CROWD_COUNT = lazy(
    r"\b(?:så\s+här\s+många\s+var\s+(?:vi|ni|det|de|dom)|vi\s+var\s+(?:minst\s+|över\s+|typ\s+|"
    r"ca\s+|cirka\s+|runt\s+|nästan\s+)?(?:\d{2,4}|ett\s+\w+tal|(?:tjugo|trettio|fyrtio|femtio|"
    r"sextio|hundra|tvåhundra)\w*)(?:\s+(?:pers|personer|stycken|st|människor|föräldrar|grannar))?)\b"
)
"""A crowd counted beside a picture ("Så här många var vi på protestmötet", "vi var ett
trettiotal"): the people are in it."""
_DOING = lazy(r"\s+(?:när|som)\s+(?:han|hon|hen)\b")
_CLAUSE_END = lazy(r"\s*(?:[.!,:]|$|\s+[^\w\s])")
"""Right after the name: what that person is doing in the picture ("… när han somnade")."""


def _named_shown(original: str) -> list[tuple[int, int]]:
    """Where the text points at a named person in its picture: the name is a common first
    name, or a "när han/hon" tells what that person is doing."""
    if "olla" not in original and "är" not in original and "itta" not in original:
        return []
    out: list[tuple[int, int]] = []
    for m in _NAMED_SHOWN.finditer(original):
        name = m.group(1)
        if name[0].islower():
            # written all in lower case ("det här är alva. hon har rätt att bo hemma"): a
            # common first name that ends the clause, or is doing something
            if name in first_names() and (
                _CLAUSE_END.match(original, m.end()) or _DOING.match(original, m.end())
            ):
                out.append(m.span())
        elif name.lower() in first_names() or _DOING.match(original, m.end()) is not None:
            out.append(m.span())
    return out


class MediaRightsDetector(Detector):
    id = "media_rights"
    category = Category.MEDIA_RIGHTS

    def clears(self, ctx: Context) -> bool:
        # No picture or film at all (the rule alone knows when a text says the poster filmed
        # someone), or one whose text names nobody and asks after nobody: the attachment alone
        # is not evidence (see the module's docstring), for the model as for the rule.
        text = ctx.folded.text
        if has_media(ctx) and _LEFT_OUT.search(text) is not None:
            return True  # "ungarna vägrade vara med på bild": those named are not in it
        return not has_media(ctx) or (
            _IDENTIFY.search(text) is None
            and _OTHERS_OR_CROWD.search(text) is None
            and not any(_person_itself(text, h) for h in _people_in(text))
            and not any(_person_itself(text, h) for h in load("persons").finditer(text))
            and not _first_name_in(ctx.text)
        )

    def analyze(self, ctx: Context) -> list[Signal]:
        view = ctx.folded
        text = view.text
        with_media = has_media(ctx)
        if not with_media and not _mentions_media(text):
            # Without an attachment only a text about filming or a picture can count.
            return []
        cues = list(_cues().finditer(text))
        if not with_media and not any(c.entry.tag in ("capture", "media_of") for c in cues):
            # Text only counts through a capture or "picture of" cue (see below).
            return []
        # "(utan folk på)", "inga människor i bild": people in general named only as absent
        # ("utan personal" names whom the picture lacks, not that no one is in it)
        people = [
            h
            for h in _people_in(text)
            if not (
                text[h.start : h.end] in _ANYONE
                and _ABSENT.search(text, max(0, h.start - 8), h.start)
            )
            and not _AT_RISK.search(text, max(0, h.start - 30), h.start)
        ]
        signals: list[Signal] = []

        if with_media:
            screen = _SCREEN.search(text) is not None and "@" not in text
            not_own = [
                (c.start, c.end)
                for c in cues
                if c.entry.tag == "not_own"
                and not _OWN_VANTAGE.match(text, c.end)
                and not (screen and c.form.startswith(_SCREENSHOTS))
                and not (c.form.startswith(_SCREENSHOTS) and _OF_MY_OWN.match(text, c.end))
                and not (not people and _MUNICIPAL_PAGE.match(text, c.end))
                and not (c.form.startswith("repost") and _REPOST_INVITED.search(text, 0, c.start))
            ]
            not_own += [m.span() for m in _CREDIT.finditer(text)]
            if not_own:
                spans = [Span(*view.span(s, e), kind="media_not_own") for s, e in not_own]
                signals.append(
                    Signal("media_rights.not_own_media", self.category, 0.8, tuple(spans))
                )

        linked = _linked_people(text, cues, people)
        if with_media:
            score = 0.0
            spans_v: list[tuple[int, int]] = []
            if linked:
                score, spans_v = 0.85, linked
            else:
                # People named beside a photo without saying they are in it: specific people
                # ("personalen", "grannen") count unless the text says it shows a place or
                # thing; people in general ("barnen kan skada sig här") do not.
                specific = [
                    (h.start, h.end)
                    for h in people
                    if h.entry.tag == "person"
                    and not _NOT_SHOWN.search(text, max(0, h.start - 12), h.start)
                ]
                generic = [(h.start, h.end) for h in people if h.entry.tag == "generic"]
                own_scene = any(c.entry.tag == "own_scene" for c in cues)
                if specific:
                    score, spans_v = (0.35 if own_scene else 0.55), specific
                elif generic:
                    score, spans_v = 0.4, generic
            if score < 0.6 and (crowd := _CROWD_COUNT.search(text)) is not None:
                # "Vi var minst 80 pers!! Bilder från i lördags": the picture is of the crowd
                score, spans_v = 0.6, [*spans_v, crowd.span()]
            if spans_v and _ANONYMISED.search(text) and not _TAKEN_BACK.search(text):
                spans_v = []  # "suddade ut alla ansikten": no one can be recognised
            if spans_v and not linked and (_LEFT_OUT.search(text) or _NO_ONE_ELSE.search(text)):
                spans_v = []  # "(ryggsäckarna alltså, ungarna vägrade vara med på bild)"
            named = _named_shown(ctx.text) if score < 0.85 else []
            if spans_v or named:
                spans = [Span(*view.span(s, e), kind="media_people") for s, e in spans_v]
                if named:
                    # "här e Rasmus när han somnade på bussen": someone named, shown
                    score = max(score, 0.85)
                    spans += [Span(s, e, kind="media_people") for s, e in named]
                signals.append(
                    Signal("media_rights.people_in_media", self.category, score, tuple(spans))
                )
        else:
            # Text only: the poster must say they filmed/photographed a person or are
            # sharing a picture of one; a question about the rules is not a publication.
            told = [
                (s, e)
                for s, e in linked
                if any(
                    c.start == s
                    and (
                        (c.entry.tag == "media_of" and not _REMOVE_BEFORE.search(text, 0, c.start))
                        or (c.entry.tag == "capture" and _told_by_poster(text, c.start, c.end))
                    )
                    for c in cues
                )
            ]
            if (
                told
                and not _QUESTION_OF_RULES.search(text)
                and not _NO_ONE_ELSE.search(text)
                and not _ANONYMISED.search(text)  # "tog en bild innan det kom folk"
            ):
                spans = [Span(*view.span(s, e), kind="media_people") for s, e in told]
                signals.append(
                    Signal("media_rights.people_in_media", self.category, 0.6, tuple(spans))
                )
        return signals
