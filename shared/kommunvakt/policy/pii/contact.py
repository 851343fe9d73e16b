"""E-mail addresses (plain and disguised) and home addresses.

A street name with a number is a home address only when the text presents it as where
someone lives ("jag bor på", "hos oss på", "hon bor på", "vår adress är") or writes it as a
postal address (street, number, postcode); a street named as the place of a pothole or a
broken streetlight is not personal data. A property designation ("Ekeby 1:23") counts when it
is written as one (a block number above what a clock shows, or property words around it).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from kommunvakt.policy.names import first_names, named_persons
from kommunvakt.policy.normalize import NormalizedText
from kommunvakt.policy.regex import lazy


class Hit(NamedTuple):
    kind: str
    start: int
    end: int
    """Offsets into the original text."""
    score: float


_TLD = r"(?:se|nu|com|net|org|info|eu|io|me|dk|no|fi|de|uk|co|biz|online)"
_LOCAL = r"[a-z0-9](?:[a-z0-9._%+\-]{0,63})"
_EMAIL = lazy(
    rf"(?<![\w.%+\-])({_LOCAL})@([a-z0-9\-]{{1,63}}(?:\.[a-z0-9\-]{{1,63}}){{0,4}}\.{_TLD})\b"
)
_AT = r"(?:\s?[(\[{<]\s?(?:at|snabel[- ]?a)\s?[)\]}>]\s?|\s(?:at|snabel[- ]?a)\s|\s@\s)"
_DOT = r"(?:\s?[(\[{<]\s?(?:dot|punkt)\s?[)\]}>]\s?|\s(?:dot|punkt)\s|\.)"
_DISGUISED = lazy(
    rf"(?<![\w.%+\-])([a-z0-9][a-z0-9._\-]{{0,63}}){_AT}([a-z0-9\-]{{1,63}}(?:{_DOT}[a-z0-9\-]{{1,63}}){{0,3}}){_DOT}({_TLD})\b"
)


_SPACED = lazy(
    rf"(?<![\w.%+\-])([a-z0-9][a-z0-9._\-]{{0,63}}) @ ([a-z0-9\-]{{1,63}}) ?\. ?{_TLD}\b"
)
"""An address spaced out around "@" and the dot ("anna.k @ gmail . com")."""
_WEBMAIL_SERVICES = ("gmail", "hotmail", "outlook", "yahoo", "icloud", "live", "telia", "bredband")
"""Webmail services residents name instead of a domain; one list for the pattern and for
`disguise_hint`, so that every service the pattern knows is also looked for."""
_SPELLED_NUMBER = (
    r"(?:tjugo|trettio|fyrtio|femtio|sextio|sjuttio|åttio|nittio|nitton|arton|sjutton|sexton|"
    r"femton|fjorton|tretton|tolv|elva|tio)(?:ett|en|två|tre|fyra|fem|sex|sju|åtta|nio)?"
)
"""Digits spelled out at the end of a local part ("ulla punkt sand sjuttiotvå at gmail")."""
_WEBMAIL = lazy(
    r"(?<![\w.%+\-])([a-z][a-z0-9._\-]{2,40}[0-9._][a-z0-9._\-]{0,20}|[a-z]+\.[a-z]+|"
    rf"[a-z]+(?: (?:punkt|dot) [a-z0-9]+){{1,2}}(?: {_SPELLED_NUMBER})?) "
    r"(?:på|at|@|snabel[- ]?a|[(\[]at[)\]]) "
    rf"(?:{'|'.join(_WEBMAIL_SERVICES)})\b(?: (?:punkt|dot) {_TLD}\b)?(?! ?\.)"
)
"""A private address given by its webmail service without the domain ("e.mokhtar07 på
gmail"); the local part must look like one (a digit, a dot or an underscore in it, or the
dot spelled out: "anna punkt berg på hotmail punkt com")."""


_SPELLED_TLD = lazy(rf" (?:punkt|dot) {_TLD}$")
_MAIL_CUE = lazy(r"\b(?:mejl|mail|e-?post|adress|skriv|hör av|höra av|kontakta)")


def disguise_hint(text: str) -> bool:
    """An address disguised with "(at)", " at " or "snabel-a" may be in the text: a few
    substring tests in C, far cheaper than any regex search."""
    return (
        " at " in text
        or "at)" in text
        or "at]" in text
        or "at}" in text
        or "at>" in text
        or "snabel" in text
        or " @ " in text
        or any(" " + service in text for service in _WEBMAIL_SERVICES)
    )


_ROLE_LOCAL = lazy(
    # a department before the role ("it-support@", "hr.info@") is still a role (round 50)
    r"^(?:[a-z]{2,4}[._-])?"
    r"(?:info|kontakt|contact|support|helpdesk|servicedesk|security|sakerhet|donotreply|"
    r"hej|hello|hallo|jobb|jobs|karriar|order|bokning|"
    r"booking|kundtjanst|kundservice|service|noreply|no-reply|registrator|kommun|admin|post|"
    r"mail|office|press|ekonomi|faktura|reception|sales|forsaljning|butik|shop|webshop|"
    # an association's functions (round 16): "kansli@…bandy.se", "styrelsen@…sk.se",
    # "tranare.f12@…bk.se" reach a role, not a private person
    r"kansli|kansliet|styrelsen|styrelse|ordforande|ordf|sekreterare|sekreteraren|kassor|"
    r"valberedning|valberedningen|revisor|revisorerna|"
    r"medlem|medlemmar|medlemskap|ungdom|tranare|tranarna|ledare|expedition|kontoret|"
    # a service's or a newsroom's functional mailbox (round 72): "evakuering@…hem.se",
    # "tips@…bladet.se", "felanmalan@…"
    r"evakuering|felanmalan|felanmal|synpunkter|klagomal|anmalan|ansokan|tips|redaktion|"
    r"redaktionen|nyheter|kommunikation|hyresgast|hyresgastservice|forvaltning|bygglov|miljo|"
    r"evenemang|biljett|biljetter|fritid|kultur|"
    # a choir's, a club's, a parish's own mailbox ("motettkoren@…forsamling.se")
    r"[a-z0-9]*(?:koren|klubben|foreningen|scouterna|scoutkaren|kyrkan|forsamlingen|"
    r"biblioteket))"
    r"(?:[._-][a-z0-9]+)*$"
)

_STREET_SUFFIXES = (
    "vägen",
    "gatan",
    "stigen",
    "gränd",
    "gränden",
    "backe",
    "backen",
    "allé",
    "allén",
    "torget",
    "stig",
    "väg",
    "gata",
    "platsen",
    "slingan",
    "leden",
    "bryggan",
    "udden",
    "kroken",
    "liden",
    "höjden",
    "ringen",
    "berget",
    "lunden",
    "hagen",
    "svängen",
    "gången",
    "terrassen",
    "vallen",
    "ängen",
    "dalen",
    "torpet",
    "plan",
    "torg",
    "brynet",
    "stråket",
    # the same names typed without å/ä/ö ("Hagbyvagen 23")
    "vagen",
    "vag",
    "granden",
    "hojden",
    "svangen",
    "angen",
    "straket",
)
# A house number after a word; the word is then checked for a street-name ending.
# Starts with a digit (not the space before it) so that a search skips to digits in C.
_HOUSE_NUMBER = re.compile(
    r"[0-9](?<= [0-9])[0-9]{0,3}(?: ?[a-h]\b)?(?:,? ?(?:lgh|lägenhet|lägh) ?[0-9]{1,4})?\b"
)
# A digit right after a street-name ending and a space, which every house number
# `_street_before` accepts has: one search that rules out most texts with numbers. A
# lookbehind must have one width, hence one per suffix length.
_STREET_NUMBER = re.compile(
    "[0-9](?:"
    + "|".join(
        f"(?<=(?:{'|'.join(sorted(s for s in _STREET_SUFFIXES if len(s) == n))}) [0-9])"
        for n in sorted({len(s) for s in _STREET_SUFFIXES})
    )
    + ")"
)
# The lookbehind makes a search try only word starts, not every letter of every word.
_WORD_BEFORE = lazy(r"(?<![a-zåäöéü])([a-zåäöéü]+)(?: ([a-zåäöéü]+))?$")
_HOME_PARTS = (
    r"dörr|port|infart|uppfart|trädgård|brevlåda|tomt|hus|villa|radhus|lägenhet|gård|grind|"
    r"veranda|altan|garage|carport|balkong|\w*förråd|staket|häck|gräsmatta|sovrum|köksfönst|"
    r"vardagsrum|kärl|sopkärl|soptunn|sophink|postlåd"
)
"""The parts of a home that make a street number one's own ("vår grind på Ekbacksvägen 9")."""
_RESIDENCE = lazy(
    r"(?:\b(?:bor|bodde|bosatt|boende|bor kvar|hemma|adress\w*|hemadress\w*|folkbokförd|c/o|"
    rf"(?:min|mitt|mina|vår|vårt|våra) (?:\w+ )?(?:{_HOME_PARTS}|trappa|hall)\w*|"
    r"hem till (?:mig|oss)|till mig|"
    r"flytta\w*|hus\w*|villa\w*|lägenhet\w*|radhus\w*|tomt\w*|uppfart\w*|"
    r"hos (?:oss|mig|mamma|pappa|min|mina|vår|henne|honom|dem)|"
    r"(?:vi|jag) (?:här )?(?:på|i)|vår\w* (?:gård|adress)|"
    r"(?:my|our) (?:house|home|place|flat|apartment|address)|(?:we|i) live)\b)[^.!?]{0,40}$"
)
_INVITED = lazy(r"\b(?:kom(?:ma)?|titta) (?:förbi|hem)\b[^.!?]{0,30}$")
"""An invitation to a street number ("kom förbi Angarnsvägen 9 efter fem"): someone's home,
unless a public place stands there ("kom förbi biblioteket på Allévägen 1")."""
_OWN_HOME_PART = lazy(
    rf"\b(?:min|mitt|mina|vår|vårt|våra) (?:\w+ )?(?:{_HOME_PARTS})\w*[^.!?]{{0,12}}$"
)
_UNIT_BEFORE = lazy(r"\b(?:uppgång|port|porten|trappa|lgh|lägenhet) [0-9a-h]{1,4},? $")
_PERSON_AT = lazy(
    r"\b(?:[a-zåäö]+ssons|granne\w*|grann\w*|famil\w*|tant\w*|gubb\w*|farmor|mormor|farfar|morfar|mamma|"
    r"pappa|mor|far|bror|brorsan|syster|son|sonen|dotter|dottern|svärmor|svärfar|moster|"
    r"faster|morbror|farbror|kusin|kompis\w*|vän|väninna)\b(?:\s+[\w-]+){0,3}\s*(?:på|,)\s*$"
)
"""Someone placed at a street number ("min granne Tove på Åkervägen 3", "mamma Sonja Berg,
Ängsvägen 5"): where that person lives."""
_PRONOUN_AT = lazy(
    r"\b(?:han|hon|hen|typen|killen|tjejen|snubben|karln|karlen|mannen|kvinnan|damen|"
    r"gubben|tanten)\s+(?:på|i)\s*$|\b(?:lives?|living)\s+(?:at|on)\s*$"
)
"""Someone pointed at by a pronoun right before the street number ("han på Tunavägen 14 som
har två skrotbilar"): where he lives (with a verb between, "han jobbar på", it is a workplace)."""
_AT_WORK = lazy(r"[^.!?]{0,20}?\b(?:i kassan|i butiken|i affären|i receptionen|jobbar|arbetar)\b")
"""Someone at a street number at work there ("mannen på Storgatan 5 i kassan")."""
_PLACE_ONLY = lazy(
    r"\b(?:utanför|vid|mittemot|nära|korsningen|lampa\w*|lykta\w*|belysning\w*|grop\w*|"
    r"hål\w*|skylt\w*|busshållplats\w*|hållplats\w*|övergångsställe\w*)\b[^.!?]{0,15}$"
)
_UNIT_AFTER = lazy(
    r",? ?(?:(?:i |på )?(?:porten?|port|uppgång|trappa|tr\.?|våning(?:en)?|vån\.?|plan|apt\.?)"
    r" ?[0-9a-h]{1,3}\b|"
    r"(?:[0-9]|andra|tredje|fjärde|femte|sjätte|första|översta|nedersta)"
    r" (?:våningen|vån|trappor|tr)\b)"
)
"""A stairwell, floor or flat after a street number ("Kragstavägen 8 porten 2B", "Banvägen 18,
andra våningen")."""
_RESIDENCE_AFTER = lazy(
    r"[^.!?]{0,30}?\b(?:där|dit) (?:jag|vi|hon|han|de|dom|min|mina|vår|våra)"
    r" \w*\s?(?:bor|bodde|har bott|flyttade)\b|"
    # "… det är där ägaren bor": a person named by a noun lives there
    r"[^.!?]{0,30}?\bdär (?!det\b|man\b|många\b|folk\b)\w+(?:en|an|n|et)\s+"
    r"(?:bor|bodde|har bott)\b|"
    r"[^.!?]{0,20}?\b(?:det är (?:vi|jag|hos oss|mitt|vårt)|hemma hos (?:mig|oss)"
    r"|hos (?:mig|oss))\b"
)
"""Where someone lives, said after the address ("Hagbyvägen 11 där jag bor")."""
_AWAY = lazy(
    r"\b(?:(?:vi|jag) (?:är|e|blir|kommer att vara|kommer vara|ska vara|sitter)"
    r"(?: \w+){0,3}? (?:bortrest\w*|borta|utomlands|på semester|på fjällresa|på resa)\b|"
    r"(?:vi|jag) (?:åker|reser|drar|flyger) (?:bort|iväg|utomlands)\b|"
    r"ingen (?:är |e )?hemma\b|tomt hos (?:oss|mig)\b|huset (?:står |är )?tomt\b|"
    r"medan vi är borta\b|we are (?:away|abroad|in \w+ (?:whole|all|for))\b)"
)
"""The writer's home standing empty ("vi är bortresta hela juli"): a street number beside it
is where the empty home is."""
_DOOR_CODE = lazy(r"\b(?:portkod\w*|porten\s+koden|koden\s+till\s+porten|dörrkod\w*)\b\D{0,8}\d{4}")
"""A door code beside a street number: only a home (or a stairwell) has one."""
_FACILITY_AFTER = lazy(
    r",?\s+(?:vid|på|bredvid|mittemot|intill)\s+(?:\w+\s+)?(?:bibliotek\w*|skola\w*|skolan|"
    r"förskola\w*|simhall\w*|kommunhus\w*|vårdcentral\w*|apotek\w*|station\w*|kyrka\w*|"
    r"mottagning\w*|sporthall\w*|ishall\w*|torget|centrum)\b|"
    # "Adressen är väl Tuna torg 2? Kulturhuset alltså": the building named right after
    r"\W{0,3}\s*(?:\w*(?:huset|hallen|biblioteket|skolan|kyrkan|stationen))\s+(?:alltså|då|ju)\b"
)
"""Right after a street number: the facility it is the address of ("Allévägen 8 vid
vårdcentralen")."""
_PLACE_ADDRESS = lazy(
    r"\b\w*(?:hus|hall|skol|bibliotek|kyrk|central|centrum|gård|kontor|förening|klubb|butik|"
    r"affär|restaurang|kommun|muse|teater|station|bad|arena|mottagning|förvaltning|bolag|hotell|"
    r"kafé|café|bageri|verkstad|galleri|kiosk)(?:et|en|an|n|a)?s\s+(?:gamla\s+|nya\s+|rätta\s+|riktiga\s+)?(?:besöks|post)?adress\w*"
    r"\b[^.!?]{0,12}$|"
    # "adressen till nya ÅVC:n e Kragstavägen 40 va?": the address of a place, asked
    r"\badress(?:en)?\s+(?:till|för|på)\s+(?:den\s+|det\s+)?(?:nya\s+|gamla\s+)?"
    r"(?:åvc\S*|återvinningscentral\w*|\w*(?:hus|hallen|skolan|biblioteket|kyrkan|centralen|"
    r"gården|kontoret|stationen|badet|arenan|mottagningen|förvaltningen|kiosken|butiken))"
    r"[^.!?]{0,12}$"
)
"""A building's or an organisation's address ("Kulturhusets adress är", "kommunens
besöksadress:"), not a home; "Hallbergs adress" is a surname's."""
_FACILITY_BEFORE = lazy(
    r"\b(?:bibliotek|skola|skolan|förskola\w*|simhall\w*|kommunhus\w*|vårdcentral\w*|"
    r"affär\w*|butik\w*|ica|coop|station\w*|kyrka\w*|gym\w*|restaurang\w*|kafé\w*|"
    r"café\w*|pizzeri\w*|apotek\w*|biblioteket|kontor\w*|mottagning\w*)\b[^.!?]{0,12}$"
)
"""A public place at the street number ("biblioteket på Allévägen 1")."""
_COORDINATES = lazy(
    # decimal degrees in Sweden ("59.5154,18.0473", "@59.5290,18.0861") or degrees, minutes
    # and seconds ("59°33'12.4"N 18°03'51.9"E")
    r"(?<![\d.])(?:5[5-9]|6[0-9])\.\d{3,7}\s?[,;]\s?(?:1[0-9]|2[0-4])\.\d{3,7}(?![\d])|"
    r"(?<!\d)(?:5[5-9]|6[0-9])°\s?\d{1,2}['′]\s?\d{1,2}(?:[.,]\d+)?(?:\"|″|'')?\s?n[\s,]*"
    r"(?:1[0-9]|2[0-4])°\s?\d{1,2}['′]\s?\d{1,2}(?:[.,]\d+)?(?:\"|″|'')?\s?e\b"
)
"""A point on the map given by its coordinates: with words of a home, it is where someone lives."""
_HOME_WORDS = lazy(
    r"\b(?:vi|vår|vårt|våra|min|mitt|mig|mej|oss|hem|hemma|bor|huset|gården|infart\w*|"
    r"my\s+house|our\s+house|we\s+live|i\s+live|where\s+we)\b"
)
_POSTCODE_AFTER = lazy(r"^,? ?[0-9]{3} ?[0-9]{2}\b")
# Starts with the digit, so that a search skips to digits in C; the match starts one past the
# space that follows the name.
_PROPERTY = lazy(r"([0-9])(?<=[a-zåäö] [0-9])([0-9]{0,3}):([0-9]{1,4})\b")
_PROPERTY_CONTEXT = lazy(
    r"fastighet\w*|tomt\w*|bygglov\w*|tillbyggnad\w*|attefall\w*|\bhus\w*|villa\w*|"
    r"carport\w*|garage\w*|friggebod\w*|avstyckning\w*|lantmäteri\w*|\bäger\b|ägare\w*|"
    r"\b(?:vår|min) mark\b"
)
_RANGE_AFTER = lazy(r"\s*(?:till|-|–)\s*(?:[a-zåäö]+\s+)?[0-9]{1,4}:[0-9]{1,4}\b")
_RANGE_BEFORE = lazy(r"[0-9]{1,4}:[0-9]{1,4}\s*(?:till|-|–)\s*$")
_TIME_WORDS = lazy(
    r"^(?:kl|klockan|kvart|halv|idag|imorgon|ikväll|inatt|mellan|från|till|runt|ca|cirka|"
    r"vid|efter|innan|före|sedan|sen|matchen|resultat|slutade|vann|förlorade|mot|och|"
    r"tid|tiden|start|starten|ungefär|"
    # weekdays, whole and short ("informationsmöte torsdag 19:00", "tis 18:30")
    r"måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|"
    r"måndagar|tisdagar|onsdagar|torsdagar|fredagar|lördagar|söndagar|"
    r"mån|tis|ons|tor|tors|fre|lör|sön)$"
)


def find_emails(
    folded: NormalizedText, public_emails: frozenset[str], public_domains: frozenset[str]
) -> list[Hit]:
    text = folded.text
    hits: list[Hit] = []
    plain = "@" in text
    if not plain and not disguise_hint(text):
        return hits
    for m in _EMAIL.finditer(text) if plain else ():
        local, domain = m.group(1), m.group(2)
        if _public(local, domain, public_emails, public_domains):
            continue
        start, end = folded.span(m.start(), m.end())
        hits.append(Hit("email", start, end, 0.9))
    for m in _SPACED.finditer(text) if " @ " in text else ():
        if _public(m.group(1), m.group(2), public_emails, public_domains):
            continue
        start, end = folded.span(m.start(), m.end())
        hits.append(Hit("email", start, end, 0.9))
    for m in _WEBMAIL.finditer(text):
        # "punkt tolv på gmail" is a time: a spelled-out dot needs the domain's ending or a
        # word about mail or contact near it
        if (
            " " in m.group(1)
            and not _SPELLED_TLD.search(m.group(0))
            and not _MAIL_CUE.search(text, max(0, m.start() - 40), m.end() + 40)
        ):
            continue
        start, end = folded.span(m.start(), m.end())
        hits.append(Hit("email", start, end, 0.85))
    for m in _DISGUISED.finditer(text):
        if any(h.start <= folded.offsets[m.start()] < h.end for h in hits):
            continue
        local = m.group(1)
        # the whole domain, its ending included, so that the municipality's own is public
        domain = f"{re.sub(_DOT, '.', m.group(2))}.{m.group(3)}"
        if _public(local, domain, public_emails, public_domains):
            continue
        start, end = folded.span(m.start(), m.end())
        hits.append(Hit("email", start, end, 0.9))
    return hits


def _public(local: str, domain: str, emails: frozenset[str], domains: frozenset[str]) -> bool:
    address = f"{local}@{domain}"
    if address in emails or any(domain == d or domain.endswith("." + d) for d in domains):
        return True
    if domain.split(".", 1)[0] in _WEBMAIL_SERVICES:
        return False  # "kansli.lisa@gmail.com" is a person's own mailbox, whatever it says
    return bool(_ROLE_LOCAL.match(local.replace("å", "a").replace("ä", "a").replace("ö", "o")))


def _street_before(text: str, pos: int) -> int | None:
    """Start of the street name that ends at `pos` ("ekbacksvägen", "stora gatan"), if any."""
    lo = max(0, pos - 40)
    # Most numbers follow no street name: one C-level test before any regex.
    if not text.endswith(_STREET_SUFFIXES, lo, pos):
        return None
    m = _WORD_BEFORE.search(text, lo, pos)
    if m is None:
        return None
    last = m.group(2) or m.group(1)
    if not last.endswith(_STREET_SUFFIXES):
        return None
    if m.group(2) is None:
        return m.start(1) if len(last) > 5 or last.endswith("torg") else None
    # "stora gatan 5": a bare suffix word needs the name before it.
    if last in _STREET_SUFFIXES:
        return m.start(1)
    return m.start(2)


def _someone_lives_at(before: str, text: str, end: int) -> bool:
    """A street number someone is invited to, or where a person is placed (not at work)."""
    if _INVITED.search(before) and not _FACILITY_BEFORE.search(before):
        return True
    placed = _PERSON_AT.search(before) or _PRONOUN_AT.search(before)
    return placed is not None and not _AT_WORK.match(text, end)


_NAME_AT = re.compile(r"(?:^|\s)([a-zåäöé-]+)(?:\s+([a-zåäöé-]+))?\s+på\s*$")
_NOT_A_PERSON = frozenset(
    [
        "apoteket",
        "apotek",
        "pizzeria",
        "restaurang",
        "restaurangen",
        "café",
        "cafét",
        "kafé",
        "salong",
        "salongen",
        "frisör",
        "frisören",
        "ica",
        "coop",
        "hemköp",
        "willys",
        "lidl",
        "systembolaget",
        "banken",
        "bank",
        "kyrkan",
        "skolan",
        "förskolan",
        "gym",
        "gymmet",
        "hotell",
        "hotellet",
        "vårdcentralen",
        "tandläkaren",
        "kliniken",
        "butiken",
        "affären",
    ]
)
"""First words of a business's or a place's name ("Apoteket Hjärtat på Storgatan 5")."""


def _named_at(before: str, original: str) -> bool:
    """A named person right before "på" and the street number ("det är Leila Ahmadi på
    Ormstavägen 9 B som har katter"): where that person lives. Two capitalised words in a row
    or a common first name; a shop's name is no person."""
    m = _NAME_AT.search(before)
    if m is None or not original:
        return False
    names = named_persons(original)
    first, last = m.group(1), m.group(2)
    if last is not None and first in names and last in names:
        return first not in _NOT_A_PERSON
    word = last or first
    return word in names and word in first_names()


def find_addresses(
    folded: NormalizedText, public_addresses: frozenset[str], original: str = ""
) -> list[Hit]:
    """Street numbers and property designations of homes. `original` (the text as written)
    tells a place name by its capital where only that tells it."""
    text = folded.text
    hits: list[Hit] = []
    for m in _HOUSE_NUMBER.finditer(text) if _STREET_NUMBER.search(text) else ():
        start = _street_before(text, m.start() - 1)
        if start is None or text[start : m.end()] in public_addresses:
            continue
        before = text[max(0, start - 60) : start]
        after = text[m.end() : m.end() + 10]
        lives_here = _RESIDENCE_AFTER.match(text, m.end(), m.end() + 40) is not None
        if _UNIT_AFTER.match(text, m.end()) or "lgh" in text[m.start() : m.end()]:
            # A stairwell, a floor or a flat number: only a home has one (a pothole does not).
            score = 0.9
        elif lives_here:
            score = 0.85
        elif _OWN_HOME_PART.search(before):
            score = 0.9  # "vid vår grind på Ekbacksvägen 9": the "vid" is at the home
        elif _UNIT_BEFORE.search(before):
            score = 0.9  # "hämta uppgång B Bällstavägen 40"
        elif _DOOR_CODE.search(text, m.end(), m.end() + 60):
            score = 0.9  # "lämna dem på Kragstavägen 7, porten koden är 4419": a home's door
        elif _POSTCODE_AFTER.match(after):
            # A postal address, whatever stands before it ("utanför Kårstavägen 112, 186 94
            # Vallentuna"): a pothole is not given a postcode.
            score = 0.8
        elif _PLACE_ONLY.search(before):
            continue
        elif _LONG_AGO.search(text) is not None:
            continue  # "bodde på Stationsgatan 4 på 1890-talet": local history, no one's home now
        elif _PUBLISHED_AFTER.match(text, m.end()) is not None:
            continue  # "Tuna torg 5 enligt apotekets egen sida": a business's published address
        elif _FACILITY_AFTER.match(text, m.end()) and " bor " not in f" {before} ":
            continue  # "adressen är Allévägen 8 vid vårdcentralen": a clinic's, no one's home
        elif _PLACE_ADDRESS.search(before):
            continue  # "Kulturhusets adress är Tuna torg 2": a building's, no one's home
        elif _RESIDENCE.search(before):
            score = 0.9
        elif _someone_lives_at(before, text, m.end()) or (
            _named_at(before, original) and not _AT_WORK.match(text, m.end())
        ):
            score = 0.85
        elif _AWAY.search(text) and not _FACILITY_BEFORE.search(before):
            score = 0.85  # "vi är bortresta hela juli, Lindvägen 3": an empty home, named
        else:
            continue
        s, e = folded.span(start, m.end())
        hits.append(Hit("address", s, e, score))
    coordinates = _COORDINATES.search(text) if "." in text or "°" in text else None
    if coordinates is not None and _HOME_WORDS.search(text):
        s, e = folded.span(coordinates.start(), coordinates.end())
        hits.append(Hit("address", s, e, 0.85))
    if ":" in text:
        for m in _PROPERTY.finditer(text):
            space = m.start() - 1
            name = _WORD_BEFORE.search(text, max(0, space - 40), space)
            if name is None or len(name.group(2) or name.group(1)) < 3:
                continue
            if _TIME_WORDS.match(name.group(2) or name.group(1)) or _STATUTE.match(
                name.group(2) or name.group(1)
            ):
                continue
            block, unit = m.group(1) + m.group(2), m.group(3)
            if block[0] == "0" or (name.group(2) or name.group(1)) in _SCRIPTURE:
                continue  # "där 06:00", "Jes 40:3", "Sura 94:5": a time or a verse
            if len(block) == 4 and block[:2] in ("19", "20"):
                continue  # "KF-bidrag 2024:3", "blankett 2023:1": a year and a number

            clock_like = len(unit) == 2 and int(unit) < 60 and int(block) < 25
            if clock_like and not _PROPERTY_CONTEXT.search(text):
                # "kl 4:27", unless "vi på Frösunda 4:27" says someone lives at a place
                word = name.start(2) if name.group(2) else name.start(1)
                at = folded.span(word, word + 1)[0]
                if not (
                    original[at : at + 1].isupper()
                    and (
                        _RESIDENCE.search(text, max(0, space - 60), space)
                        or _PERSON_AT.search(text, max(0, word - 60), word)
                    )
                ):
                    continue
            if _RANGE_AFTER.match(text, m.end()) or _RANGE_BEFORE.search(
                text, max(0, name.start() - 12), name.start()
            ):
                continue  # "Kragsta 3:101 till 3:130": the plots of a planned area, no one's home
            if _PUBLIC_LAND.search(text, m.end(), m.end() + 90):
                continue  # "Åby 1:175 m.fl. som är kommunens mark": no one's home
            if _PLAN_BEFORE.search(text, max(0, name.start() - 40), name.start()):
                continue  # "gäller planen hela Kragsta 1:2?": a planned area, no one's home
            if _PUBLIC_LAND_BEFORE.search(text, max(0, name.start() - 70), name.start()):
                continue  # "Fastigheten är kommunens egen, Ormsta 1:1": no one's home
            s, e = folded.span(name.start(), m.end())
            hits.append(Hit("address", s, e, 0.85))
    return hits


_LONG_AGO = lazy(
    r"\bpå\s+(?:1[6-8]\d0|19[0-6]0)-talet\b|\b(?:revs|brann ner|lades ner)\s+(?:år\s+)?1[89]\d\d\b"
)
"""A home of the 1890s or a house torn down in 1964: local history, nobody's address now."""
_PUBLISHED_AFTER = lazy(
    r"[^.!?]{0,20}?\benligt\s+\w+(?:ets|ens|s)\s+(?:egen\s+|egna\s+)?(?:sida|hemsida|webbplats)\b"
)
"""An address cited from a business's own site ("enligt apotekets egen sida"): published."""
_PUBLIC_LAND_BEFORE = lazy(
    r"\b(?:kommunens\s+(?:egen|egna|mark|fastighet\w*|tomt\w*)|kommunal\s+mark|"
    r"kommunägd\w*|ägs\s+av\s+kommunen|som\s+kommunen\s+äger)\b[^.!?]{0,60}$"
)
"""Before a property designation: the land is the municipality's, said first."""
_PLAN_BEFORE = lazy(
    r"\b(?:planen|detaljplan\w*|planområde\w*|planförslag\w*|planprogram\w*|"
    # an ancient monument's number in the heritage register (round 73: "RAÄ-nummer Vallentuna
    # 184:1"), the same shape as a property's
    r"raä\w*|fornlämning\w*|lämningsnummer\w*|l-nummer|fornsök\w*)\b"
    r"[^.!?]{0,25}$"
)
"""Before a property designation: the plan it is part of, a planned area's land, an ancient
monument's register number."""
_SCRIPTURE = frozenset(
    [
        "mos",
        "gen",
        "ex",
        "lev",
        "num",
        "deut",
        "jos",
        "dom",
        "rut",
        "sam",
        "kung",
        "krön",
        "esra",
        "neh",
        "est",
        "job",
        "ps",
        "psalm",
        "psaltaren",
        "ord",
        "pred",
        "höga",
        "jes",
        "jer",
        "klag",
        "hes",
        "dan",
        "hos",
        "joel",
        "am",
        "ob",
        "jona",
        "mika",
        "nah",
        "hab",
        "sef",
        "hagg",
        "sak",
        "mal",
        "matt",
        "mattéus",
        "mark",
        "markus",
        "luk",
        "lukas",
        "joh",
        "johannes",
        "apg",
        "rom",
        "kor",
        "gal",
        "ef",
        "fil",
        "kol",
        "tess",
        "tim",
        "tit",
        "filem",
        "hebr",
        "jak",
        "petr",
        "jud",
        "upp",
        "uppenbarelseboken",
        "sura",
        "surah",
        "koranen",
    ]
)
"""Books of the Bible and the Quran's suras, abbreviated or whole: "Jes 40:3", "Sura 94:5"
cite a verse, not a plot of land."""
_STATUTE = lazy(
    r"^(?:lag|lagen|sfs|förordning|förordningen|kungörelse|författning|föreskrift\w*|"
    # an authority's code of statutes: KIFS, AFS, BFS, SOSFS, SKVFS, HSLF-FS, NFS ...
    r"[a-zåäö]{1,6}fs|"
    # a document's edition ("broschyren, version 2022:3", "utgåva 2021:4")
    r"version|versionen|utgåva|utgåvan|upplaga|upplagan|rapport|rapporten|dnr|diarienummer)$"
)
"""Before "2018:222": a statute's or a document's number, not a property ("lag 2018:222",
"KIFS 2017:7", "version 2022:3")."""
_PUBLIC_LAND = lazy(
    r"(?:,\s*kommunens\s+(?:egen\s+|egna\s+)?(?:mark|fastighet\w*|tomt\w*))|"
    r"\b(?:(?:som\s+)?är\s+(?:det\s+)?(?:kommunens\s+(?:egen\s+|egna\s+)?(?:mark|fastighet\w*|tomt\w*)|"
    r"kommunal\s+mark)|"
    r"ägs\s+av\s+kommunen|kommunägd\w*|m\.\s?fl\.)|"
    # round 94: "Kragsta 1:4 och Rickeby 1:27, båda i kommunens ägo", "tillhör kommunen"
    r"\bi\s+kommunens\s+ägo\b|\btillhör\s+kommunen\b|\binte\s+privat\s+mark\b|"
    r"\bingen\s+bor\s+(?:där|på\s+tomten|på\s+fastigheten)\b|"
    # round 67: a company's land, said to be no home
    r"\b(?:bolagets|företagets|firmans)\s+mark\b|\binget\s+hem\b|\bingen\s+(?:privat)?bostad\b|"
    r"\b(?:kyrko|kommun|stats|bolags)mark\b|\bindustri(?:fastighet|tomt|mark|område|lokal)\w*"
)
"""After a property designation: land said to be the municipality's ("som är kommunens
mark"), or a planned area's plots ("m.fl."), not a home. Land merely near it ("har fällt ekar
på kommunens mark bakom sin villa") says nothing of the designation."""


_HOME_NOUNS = (
    "huset",
    "lägenheten",
    "villan",
    "stugan",
    "torpet",
    "kåken",
    "gaveln",
    "house",
    "flat",
)
_HOME = r"(?:huset|lägenheten|radhuset|villan|stugan|torpet|kåken|gaveln)"
_LANDMARK = r"(?:efter|bakom|bredvid|ovanför|nedanför|mittemot|mitt\s+emot|närmast|vid)\s+[a-zåäö]+"
_DESCRIBED_HOME = lazy(
    r"\bbor\s+(?:ju\s+|nu\s+|väl\s+|visst\s+)?i\s+(?:det\s+|den\s+)?(?:[a-zåäö]+a\s+){1,2}"
    + _HOME
    + r"\b"
    r"|\b(?:bor\s+i|det\s+är|ligger\s+i)\s+(?:det\s+|den\s+)?"
    + _HOME
    + r"\s+"
    + _LANDMARK
    # someone placed in a house told by its colour and a landmark ("han i gröna huset mitt
    # emot pizzerian", "gubben i det rosa huset vid infarten")
    + r"|\b(?:han|hon|de|dom|gubben|tanten|killen|tjejen|grannen|familjen|[a-zåäö]+ssons)"
    r"\s+(?:som\s+bor\s+)?i\s+(?:det\s+|den\s+)?(?:[a-zåäö]+a\s+){1,2}"
    + _HOME
    + r"\s+"
    + _LANDMARK
    # a house counted from a landmark ("andra huset efter bron")
    + r"|\b(?:första|andra|tredje|fjärde|sista)\s+(?:huset|villan|gården|uppfarten)\s+"
    r"(?:efter|före|från|till\s+vänster\s+efter|till\s+höger\s+efter)\s+[a-zåäö]+"
    r"|\b(?:house|flat)\s+is\s+the\s+(?:last|first|second|third)\s+one\b"
    r"|\blives\s+in\s+the\s+(?:\w+\s+){1,2}house\b"
)
"""A home described so it can be found without a number ("bor i det gröna huset med
vagnshjulet", "det är huset efter Ica", "lägenheten ovanför pizzerian"): the definite
adjective or the landmark makes it one house, where "vi bor i ett hus på landet" is none."""


_ORDINALS = ("första", "andra", "tredje", "fjärde", "sista")
_SOMEONES_HOME = lazy(
    r"\b(?:bor|bodde|hos\s+(?:oss|mig|henne|honom)|vår|vårt|min|mitt|kom|hämta|lämna|plocka|"
    r"ring\s+på|knacka)\b"
)


def find_described_homes(folded: NormalizedText) -> list[Hit]:
    text = folded.text
    if not any(noun in text for noun in _HOME_NOUNS):  # most texts: no home named at all
        return []
    hits = []
    for m in _DESCRIBED_HOME.finditer(text):
        if "i vita huset" in m.group(0):
            continue  # the White House; a white house is "det vita huset"
        if m.group(0).startswith(_ORDINALS) and not _SOMEONES_HOME.search(text):
            continue  # "andra huset efter rondellen har fått nytt tak": no one's home is told
        s, e = folded.span(m.start(), m.end())
        hits.append(Hit("address", s, e, 0.7))
    return hits
