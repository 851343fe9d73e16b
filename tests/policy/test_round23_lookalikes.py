"""What fresh writers' threads under posts on democracy, care, leisure, nature, building and
safety showed the rules (learned model off): personal data they missed, and ordinary comments
they flagged."""

from __future__ import annotations

import pytest

from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories, health, make_event


@pytest.mark.parametrize(
    "text",
    [
        # a first name at the start, with the class between it and the condition
        "Ella i 5B har celiaki. Är bullarna vid målet glutenfria?",
        # an aid told instead of a diagnosis
        "Precis! Jag sitter i rullstol sen stroken 2023 och kommer inte fram mellan lådorna",
        "Min pappa är rullstolsburen sedan olyckan",
        "min mamma går med rollator och kommer inte upp för backen",
    ],
)
def test_health_the_rules_now_find(rules: Engine, text: str) -> None:
    assert health(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Är det tillgängligt med rullstol? Hissen har krånglat i höstas",
        "Vi har rullstolsramp vid entrén",
        "Kan man låna rullstol på biblioteket?",
        "Hon som sitter i rullstol och målar med munnen vann priset",
    ],
)
def test_aids_spoken_of_in_general_are_no_disclosure(rules: Engine, text: str) -> None:
    assert not health(rules, text), text


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Gör nåt åt han på Tunavägen 14 som har två skrotbilar på tomten", True),
        ("Han jobbar på Storgatan 12 sen i våras", False),
        ("Vi på Frösunda 4:27 har fått förbindelsepunkten mitt i äppelträdgården", True),
        ("Vi på jobbet började 4:30 i morse", False),
        ("Tupperware-kväll hos mig i Bällstaberg torsdag 19:00!", False),
    ],
)
def test_homes_pointed_at_by_pronoun_or_property(rules: Engine, text: str, found: bool) -> None:
    d = rules.decide(make_event(text))
    assert any(f.detector == "confidential.address" for f in d.violations) is found, text


@pytest.mark.parametrize(
    "text",
    [
        # "hörlurar" is no insult ("lurar" was listed as a form of "luder")
        "Är sändningen textad? Skulle underlätta för alla som sitter på bussen utan hörlurar",
        "delar till lillebrorsan, han behöver pengar till nya lurar haha",
        # the municipality's own reply, pointing to its own e-mail and signed
        "Du behöver ha fyllt 18 i augusti. Mejla oss på kommun@vallentuna.se så kollar vi! /Linda",
        # others filming, one's own child alone, a rule told, a request not to post
        "Det står alltid föräldrar och filmar hela startfältet med femtio andra barn i bild.",
        "Fotade bara min egen kille vid målet, ingen annan med i bild, så han kan skicka till "
        "farmor.",
        "I december får anhöriga fotografera sina egna barn från läktaren. /Maria, simhallen",
        "Lägg inte ut bilder på folk här, skicka dem till polisen istället.",
        # "var" before an article is the verb, and a picnic place is no one's matter
        "Behöver man ens bygglov för attefallshus? Trodde det bara var en anmälan",
        "@Hanna har du sett?? vår picknickplats",
    ],
)
def test_ordinary_thread_comments_stay_up(rules: Engine, text: str) -> None:
    assert not categories(rules, text), text


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Du är en lurendrejare och ett luder", "abusive"),
        ("Ring oss på Byggfirman, 070-123 45 67, 20 % rabatt på altaner i vår!", "advertising"),
        ("Filmade grannen när han slog hunden, här är klippet", "media_rights"),
        (
            "Vår förskoleplats har fortfarande inte kommit, vi har väntat i fyra månader",
            "personal_case",
        ),
    ],
)
def test_the_real_ones_beside_them_still_count(rules: Engine, text: str, category: str) -> None:
    assert category in categories(rules, text), text


@pytest.mark.parametrize(
    ("text", "is_case"),
    [
        # one's identity number handed over for the municipality to act on (POLICY.md: an
        # application that gives a personnummer is personal_case and confidential)
        ("Ansökan: Jessica Lund, 870219-3346, undersköterska, kan börja 1 juni", True),
        ("Kan ni kolla om jag står i kön? 870219-3346", True),
        # the same number with nothing asked of the municipality stays confidential only
        ("grattis syrran!!! 870219-3346 nu e du vuxen på riktigt", False),
    ],
)
def test_an_identity_number_handed_over_for_a_matter(
    rules: Engine, text: str, is_case: bool
) -> None:
    found = categories(rules, text)
    assert "confidential" in found, text
    assert ("personal_case" in found) is is_case, text
