"""`confidential`, round 2: other ways people write personal data (must fire, with the evidence
on the data itself) and near misses that must stay quiet (dates, prices, case and order numbers,
the municipality's own contacts, talk about illnesses in general, hyperbole).

Every number here is made up for the tests (a real date and a correct check digit where one is
needed); none of the sentences comes from a corpus.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kommunvakt.domain.models import Category, Event
from kommunvakt.policy.config import load_policy
from kommunvakt.policy.context import Context
from kommunvakt.policy.detectors.base import Signal
from kommunvakt.policy.detectors.confidential import ConfidentialDetector

_POLICY = load_policy()
_DETECTOR = ConfidentialDetector()


def _signals(text: str) -> list[Signal]:
    event = Event(
        platform="facebook",
        kind="comment",
        object_id="t1",
        author_id="a1",
        created_time=datetime(2025, 9, 1, tzinfo=UTC),
        text=text,
    )
    threshold = _POLICY.categories[Category.CONFIDENTIAL].threshold
    return [s for s in _DETECTOR.analyze(Context(event, _POLICY)) if s.score >= threshold]


def _quoted(text: str) -> dict[str, str]:
    """detector id -> the original text its evidence covers (first to last span)."""
    out: dict[str, str] = {}
    for s in _signals(text):
        assert all(sp.sensitive for sp in s.spans)
        start = min(sp.start for sp in s.spans)
        end = max(sp.end for sp in s.spans)
        out[s.detector] = text[start:end]
    return out


MUST_FIRE = [
    # personnummer / samordningsnummer
    ("PERSONNUMMER 20041102-4565 STÅR PÅ BLANKETTEN", "personnummer", "20041102-4565"),
    ("mitt samordningsnr: 660861-9877", "personnummer", "660861-9877"),
    ("jag e född 920715 och sista fyra är 1235", "personnummer", "920715 och sista fyra är 1235"),
    ("pnr 951124 - 9980 om ni vill kolla", "personnummer", "951124 - 9980"),
    ("hans personnr ar 010203-1119 😡", "personnummer", "010203-1119"),
    # phone numbers
    ("mitt nr är 070-123 45 67 ring gärna", "phone", "070-123 45 67"),
    ("Ni når mig på 0739876543 efter kl 17", "phone", "0739876543"),
    ("nås på 076 111 22 33 hela helgen", "phone", "076 111 22 33"),
    ("SMS:a mig på +46 70 123 45 67 så fixar vi det", "phone", "+46 70 123 45 67"),
    ("ring mamma på noll sju noll ett två tre fyra fem sex sju", "phone", "noll sju noll"),
    ("Hans hemnummer är 08-123 456 78, ring och skäll", "phone", "08-123 456 78"),
    ("mitt nummer: 0 7 0 1 2 3 4 5 6 7", "phone", "0 7 0 1 2 3 4 5 6 7"),
    ("hör av er på O7O-l23 45 67 👍", "phone", "O7O-l23 45 67"),
    ("ring mig på ٠٧٠١٢٣٤٥٦٧", "phone", "٠٧٠١٢٣٤٥٦٧"),  # Arabic-Indic digits
    # e-mail
    ("maila mig: anna.svensson82@gmail.com", "email", "anna.svensson82@gmail.com"),
    ("skriv till kalle_p (at) hotmail punkt com", "email", "kalle_p (at) hotmail punkt com"),
    ("min mejl e lisa.b snabel-a outlook.se", "email", "lisa.b snabel-a outlook.se"),
    ("Min E-POST: PER.ANDERSSON@TELIA.COM", "email", "PER.ANDERSSON@TELIA.COM"),
    # home addresses and property designations
    ("adressen är Björkvägen 12, 186 32 Vallentuna", "address", "Björkvägen 12"),
    ("vi bor på Granstigen 4B så kom förbi", "address", "Granstigen 4B"),
    ("hon bor på Lindgatan 7 lgh 1102 om nån undrar", "address", "Lindgatan 7 lgh 1102"),
    ("Jag har flyttat till Tallbacken 3 nu", "address", "Tallbacken 3"),
    ("Vår villa, Ekeby 2:45, har fått fel taxering", "address", "Ekeby 2:45"),
    # bank and card details
    ("clearing 8105-9 konto 123 456 789-0, sätt in där", "financial", "8105-9 konto 123 456 789-0"),
    ("kortnummer 4111 1111 1111 1111 cvc 123", "financial", "4111 1111 1111 1111"),
    ("IBAN SE45 5000 0000 0583 9825 7466", "financial", "SE45 5000 0000 0583 9825 7466"),
    # health
    ("jag är diabetiker sen fem år tillbaka", "health", "jag är diabetiker"),
    ("Min dotter har fått diagnosen autism", "health", "Min dotter har fått diagnosen autism"),
    ("jag äter citalopram sen i våras", "health", "jag äter citalopram"),
    ("min man har haft en stroke och sitter i rullstol", "health", "min man har haft en stroke"),
    ("Jag lider av svår migrän varje vecka", "health", "Jag lider av svår migrän"),
    ("sonen har adhd och dyslexi", "health", "sonen har adhd"),
    ("min pappa fick cancer i våras", "health", "min pappa fick cancer"),
    (
        "Jag är sjukskriven för utmattningssyndrom",
        "health",
        "Jag är sjukskriven för utmattningssyndrom",
    ),
    ("jag e diabetiker o klarar inte trapporna", "health", "jag e diabetiker"),
    ("jag ar deprimerad sen skilsmassan", "health", "jag ar deprimerad"),
    ("Har fått diagnosen ADHD i vuxen ålder", "health", "Har fått diagnosen ADHD"),
    ("fick diagnosen bröstcancer förra året", "health", "fick diagnosen bröstcancer"),
    ("min son är astmatiker och klarar inte dammet", "health", "min son är astmatiker"),
    ("jag medicinerar med sertralin", "health", "jag medicinerar med sertralin"),
    ("Jag tar insulin fyra gånger om dagen", "health", "Jag tar insulin"),
]


@pytest.mark.parametrize(("text", "detector", "quoted"), MUST_FIRE)
def test_must_fire(text: str, detector: str, quoted: str) -> None:
    found = _quoted(text)
    key = f"confidential.{detector}"
    assert key in found, found
    assert quoted in found[key] or found[key] in quoted, (found[key], quoted)


MUST_NOT_FIRE = [
    "Mötet är 2025-09-14 kl 18.30 i kommunhuset",
    "Dnr 2025/1234 gäller bygglovet",
    "ordernummer 9207151235 har fortfarande inte kommit",
    "OCR 12345678901 på fakturan stämmer inte",
    "Det kostar 1 250 000 kr att renovera skolan",
    "Ring kommunens växel 08-587 850 00 så hjälper de dig",
    "Mejla kommun@vallentuna.se med dina synpunkter",
    "hon har cancer i familjen så det här berör",
    "det finns diabetes i släkten men ingen av oss har det än",
    "Många barn med adhd får inte rätt stöd i skolan",
    "Risken för diabetes ökar med stillasittande",
    "Gropen på Storgatan 12 är livsfarlig för cyklister",
    "Bussen 676 går 07:45 och 08:15 från stationen",
    "Vi köpte huset 1998 och har trivts i 27 år",
    "Befolkningen ökade med 1 234 personer till 34 567",
    "Tävlingen slutade 3:2 efter förlängning",
    "Ring 112 eller 1177 om det är akut",
    "Mitt kundnummer hos vattenbolaget är 123456789, varför dubbeldebitering?",
    "Bankgiro 5050-1055 för insamlingen till fotbollsklubben",
    "Swisha 123 456 78 90 till föreningen",
    "Lunchen serveras 11:30-13:00 i matsalen",
    "Skolan på Kyrkvägen 12 har fått ny rektor",
    "Kommunhuset ligger på Tuna torg 1",
    "Beställ på 0771-123 456 om du vill ha tidningen",
    "Fakturan på 2 345,50 kr förföll 2025-10-31",
    "jag har MS Teams på datorn men länken funkar inte",
    "Ring rörfirman på 08-511 222 33, de var jättebra",
    "ärende 20250914-0012 är fortfarande öppet",
    "Sjukvården borde satsa mer på demensvården i kommunen",
    "Vem har ansvar för cancerscreeningen i regionen?",
    "mitt lag vann 12-10 och jag är helt slut",
    "jag är allergisk mot måndagar 😂",
    "jag har fått nog av det här, jag är trött på allt",
]


@pytest.mark.parametrize("text", MUST_NOT_FIRE)
def test_must_not_fire(text: str) -> None:
    assert _signals(text) == [], _quoted(text)
