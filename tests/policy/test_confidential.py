"""`confidential`: personal data in every written form fires with evidence on the data itself;
dates, case numbers, prices and the municipality's own contacts do not."""

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
# Valid numbers made for these tests (real dates, correct check digit); nobody's data.
PNR = "850312-2387"
PNR_LONG = "19850312-2387"


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


def _evidence(text: str) -> dict[str, list[str]]:
    """detector id -> the quoted original substrings of its spans."""
    out: dict[str, list[str]] = {}
    for s in _signals(text):
        assert all(sp.sensitive for sp in s.spans)
        out.setdefault(s.detector, []).extend(text[sp.start : sp.end] for sp in s.spans)
    return out


@pytest.mark.parametrize(
    ("text", "detector", "quoted"),
    [
        (f"Mitt personnummer är {PNR} om ni behöver det", "personnummer", PNR),
        (f"pnr {PNR_LONG}, tack", "personnummer", PNR_LONG),
        ("hennes nummer är 8503122387 typ", "personnummer", "8503122387"),
        ("personnummer 850312 2387 gäller", "personnummer", "850312 2387"),
        ("min morfar 850312+2387 fyller år", "personnummer", "850312+2387"),
        ("pnr: 85O312-2387", "personnummer", "85O312-2387"),  # letter O for zero
        ("pnr: 850312-\u200b2387", "personnummer", "850312-\u200b2387"),
        ("mitt samordningsnummer är 850372-2384", "personnummer", "850372-2384"),
        (
            "personnumret är åtta fem noll tre ett två två tre åtta sju",
            "personnummer",
            "åtta fem noll tre ett två två tre åtta sju",
        ),
        ("ring mig på 073-455 67 89 efter fem", "phone", "073-455 67 89"),
        ("sms:a till +46734556789", "phone", "+46734556789"),
        ("ring 0 7 3 4 5 5 6 7 8 9", "phone", "0 7 3 4 5 5 6 7 8 9"),
        ("ring O73-4556789", "phone", "O73-4556789"),
        (
            "ring noll sju tre, fyrtiofem sextiosju åttionio ett",
            "phone",
            "noll sju tre, fyrtiofem sextiosju åttionio ett",
        ),
        ("ring mig på mitt hemnummer 08-123 456 78", "phone", "08-123 456 78"),
        ("mejla mig: kalle.andersson@gmail.com", "email", "kalle.andersson@gmail.com"),
        ("mejla kansli.lisa@gmail.com om du vill", "email", "kansli.lisa@gmail.com"),
        ("mejla kalle.a (at) gmail punkt com", "email", "kalle.a (at) gmail punkt com"),
        ("skriv till lisa_p snabel-a hotmail.com", "email", "lisa_p snabel-a hotmail.com"),
        ("vi bor på Storgatan 12 och har inget vatten", "address", "Storgatan 12"),
        ("Adressen: Ekbacksvägen 3B, 186 32 Vallentuna", "address", "Ekbacksvägen 3B"),
        ("hos oss på Stora gatan 5 luktar det", "address", "Stora gatan 5"),
        ("vår tomt Ekeby 2:15 behöver bygglov", "address", "Ekeby 2:15"),
        ("kortnumret 4111 1111 1111 1111 funkade inte", "financial", "4111 1111 1111 1111"),
        ("clearing 6123 kontonr 123 456 789", "financial", "6123 kontonr 123 456 789"),
        (
            "IBAN SE45 5000 0000 0583 9825 7466 tack",
            "financial",
            "SE45 5000 0000 0583 9825 7466",
        ),
        ("Jag har diabetes typ 1 och behöver parkera nära", "health", "Jag har diabetes"),
        ("min lillebror har autism och hatar smällar", "health", "min lillebror har autism"),
        ("Vår dotter är allergisk mot nötter", "health", "Vår dotter är allergisk"),
        ("jag är sjukskriven för utmattningssyndrom", "health", "utmattningssyndrom"),
        ("my son has ADHD and needs help", "health", "my son has ADHD"),
    ],
)
def test_fires_with_evidence_on_the_data(text: str, detector: str, quoted: str) -> None:
    evidence = _evidence(text)
    key = f"confidential.{detector}"
    assert key in evidence, evidence
    assert any(quoted in q or q in quoted for q in evidence[key]), evidence[key]
    assert any(q == quoted or quoted.endswith(q) or q.endswith(quoted) for q in evidence[key])


def test_birth_date_and_last_four_written_apart() -> None:
    text = "Jag är född 850312 och de sista fyra är 2387"
    quoted = _evidence(text)["confidential.personnummer"]
    assert "850312" in quoted and "2387" in quoted


@pytest.mark.parametrize(
    "text",
    [
        "Ring kommunens växel 08-587 850 00",
        "Skriv till kommun@vallentuna.se så svarar de",
        "Mejla info@skolan.se för anmälan",
        # an association's functions, not a private person
        "Anmälan till bandyskolan: mejla kansli@vallentunabandy.se",
        "Skriv till styrelsen@brottbysk.se, privata nummer lämnar vi inte ut",
        "maila tranare.f12@vallentunabk.se så kollar vi om det finns plats",
        "Ring SL kundtjänst 08-600 10 00",
        "Gatlampan utanför Storgatan 14 är trasig",
        "Det är ett hål i vägen vid Ekbacksvägen 12",
        "Skolan ligger på Ekebyvägen 10",
        "Mötet är 2025-10-12 kl 18:30",
        "Ärendenummer 2024-00123 gäller bygglovet",
        "Dnr KS 2025/0412",
        "Fakturanummer 7512240016 stämmer inte",
        "Lånekort 8503122389 funkar inte",  # right shape, wrong check digit
        "Priset är 1 299 kr",
        "Postnummer 186 30 gäller centrum",
        "Bussen går 07:12 och 07:42",
        "Matchen slutade 3:2",
        "Alla med astma lider när folk eldar",
        "Många med diabetes behöver bättre stöd",
        "Jag är beroende av bussen",
        "Min son har inte fått plats på fritids",
        "arbetet pågår 291125–011225",
    ],
)
def test_does_not_fire(text: str) -> None:
    assert _signals(text) == []


def test_never_raises_on_odd_input() -> None:
    for text in ("", "\ud800\x00\u202e", "0" * 100_000, "070 " * 20_000, "a@" * 30_000):
        _signals(text)


def test_engine_masks_the_evidence(engine: object) -> None:
    from kommunvakt.policy.engine import Engine

    assert isinstance(engine, Engine)
    event = Event(
        platform="facebook",
        kind="comment",
        object_id="t1",
        author_id="a1",
        created_time=datetime(2025, 9, 1, tzinfo=UTC),
        text=f"Mitt pnr är {PNR_LONG} och ring mig på 073-455 67 89",
    )
    decision = engine.decide(event)
    assert Category.CONFIDENTIAL in decision.categories
    masked = [ev.masked for f in decision.violations for ev in f.evidence]
    assert "19••••••-••••" in masked and "073-••• •• ••" in masked
    assert not any("2387" in m or "4556789" in m.replace(" ", "") for m in masked)


def test_fast_phone_ranges_agree_with_phonenumbers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Mobile numbers and Stockholm landlines are validated without importing phonenumbers
    (cold start). Over every mobile prefix and lengths around the valid ones, in all three
    written forms, the answer must be the library's, so that an update of its numbering-plan
    data cannot silently change a decision."""
    import random
    import re

    from kommunvakt.policy.pii import validation

    rnd = random.Random(7)
    candidates = []
    for prefix in [f"7{d}" for d in "0123456789"] + ["8"]:
        for national_length in range(6, 11):
            national = prefix + "".join(rnd.choice("0123456789") for _ in range(9))
            national = national[:national_length]
            candidates += ["0" + national, "0046" + national, "46" + national]
    fast = {d: validation.swedish_phone.__wrapped__(d) for d in candidates}
    never = re.compile(r"(?!)")
    monkeypatch.setattr(validation, "_MOBILE_NSN", never)
    monkeypatch.setattr(validation, "_STOCKHOLM_NSN", never)
    library = {d: validation.swedish_phone.__wrapped__(d) for d in candidates}
    assert fast == library
    found = [v for v in fast.values() if v is not None]
    assert any(mobile for _, mobile in found) and any(not mobile for _, mobile in found)
    assert len(found) >= 20
