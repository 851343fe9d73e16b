"""Health disclosed about a person named in the comment (staff, a neighbour) is personal data,
as it is about "min son" or "hon"; a capitalised word at the start of a sentence is no name,
and illness talked about in general discloses nothing."""

from __future__ import annotations

import pytest

from kommunvakt.policy.engine import Engine
from tests.policy.conftest import health, make_event


@pytest.fixture(scope="module")
def eng() -> Engine:
    return Engine.load()


@pytest.mark.parametrize(
    "text",
    [
        "Är det för att Kerstin i informationsdisken har fått cancer igen?",
        "Ni behöver vikarier eftersom Kalle har blivit sjukskriven för utmattningssyndrom",
        "Precis, och grannen säger att Ingvar i huset bredvid har demens nu",
        "Skolsköterskan Anette har ju varit sjukskriven för sin bipolära sjukdom",
    ],
)
def test_a_condition_of_a_named_person_is_personal_data(eng: Engine, text: str) -> None:
    assert health(eng, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Fisken i sjön har tumörer, fiskarna vid Kragsta pratar om det hela tiden.",
        "Vi pratade med Anna om hur många i Sverige som har diabetes",
        "Tack Kerstin för en bra föreläsning om demens i går!",
    ],
)
def test_no_named_person_with_a_condition(eng: Engine, text: str) -> None:
    assert not health(eng, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Den förre chefen blev förflyttad efter sin hjärtinfarkt i våras",
        "Han har slutat ta sin medicin mot psykosen och skriker på nätterna",
    ],
)
def test_a_condition_a_person_owns_is_personal_data(eng: Engine, text: str) -> None:
    assert health(eng, text), text


@pytest.mark.parametrize(
    "text", ["Min diabetesapp funkar inte med er e-tjänst", "Hans demensboende är fint"]
)
def test_a_thing_named_after_a_condition_is_not(eng: Engine, text: str) -> None:
    assert not health(eng, text), text


@pytest.mark.parametrize(
    "text",
    [
        "springer för första gången sen min hjärtinfarkt i höstas",
        "Tack! Efter min bröstcancerbehandling orkar jag bara vattengympan",
        "Vår hund och min son med autism blir livrädda för smällarna",
        "kommer med vår lilla som har typ 1 diabetes, hur funkar det på förskolan?",
        "jag är så allergisk att jag tar två tabletter om dagen",
    ],
)
def test_a_condition_said_in_passing_is_personal_data(eng: Engine, text: str) -> None:
    assert health(eng, text), text


def test_a_neighbour_placed_at_a_street_number_is_a_home_address(eng: Engine) -> None:
    d = eng.decide(make_event("Min granne Tove på Åkervägen 3 är ensam med tre barn"))
    assert any(f.detector == "confidential.address" for f in d.violations)
    d = eng.decide(make_event("Mamma och jag gick förbi biblioteket på Storgatan 5 igår"))
    assert not any(f.detector == "confidential.address" for f in d.violations)
