"""What fresh writers' threads about one area of the municipality's work (schools, care,
roads, planning, leisure, crisis information; round 31) showed the rules (learned model off)
before the model was trained on them."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories, crime, personal_data


@pytest.mark.parametrize(
    "text",
    [
        # a call after a colon starts its own clause
        "Tips till alla pendlare: skär däcken på kontrollanternas bilar vid stationen.",
        "rule number one: get rid of all the muzzies",
        # spray-painting someone's car or a facade, called for
        "spreja ner hans bil i natt",
    ],
)
def test_calls_the_rules_now_find(rules: Engine, text: str) -> None:
    assert crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "äntligen kan jag bränna förbi alla bilar i rusningen 🔥🚴",
        "Om ni vinner över oss igen får ni stryk nästa gång 😂 fika efteråt?",
        "Vi sprejar graffiti på den lagliga väggen vid skateparken på lördag, alla välkomna",
        "Jag sprejar dörren med rostskydd varje höst",
        "we need to get rid of all the snow on the paths",
    ],
)
def test_look_alikes_are_no_crime(rules: Engine, text: str) -> None:
    assert not crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        # "sprid ut" is to spread out, not to pass on
        "Varför ska alla nya lägenheter ligga i Bällstaberg? Sprid ut dem över kommunen.",
        # confirming a general point from experience; a rumour found to be wrong
        "Skärmtiden har ökat enormt, det vet alla som har tonåringar.",
        "Hörde att det skulle bli köttfritt, men här står det två dagar. Så det var alltså fel?",
        # a weekday before a time, land said to be the municipality's
        "Informationsmöte om planen torsdag 19:00 i föreningslokalen, alla välkomna",
        "Planen omfattar Åby 1:175 m.fl. som är kommunens mark, villorna berörs inte.",
        # a school's own number, from its website
        "Skolan har ett eget nummer på sin hemsida, 08-587 863 10, till expeditionen.",
        # "var" before a predicate is the verb, not "vår" without its ring
        "Gäller avgiften barnböcker också? Jag trodde att barnkort var avgiftsfria.",
    ],
)
def test_everyday_comments_stay_up(rules: Engine, text: str) -> None:
    assert not categories(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Sprid till alla föräldrar: skolan stänger för att det kommit ett hot!",
        "Konsulten är kommundirektörens svåger, det vet alla som jobbar i kommunhuset.",
    ],
)
def test_rumours_stay_rumours(rules: Engine, text: str) -> None:
    assert Category.RUMOR in categories(rules, text), text


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the writer naming themself by a condition
        ("Som diabetiker måste jag äta på bestämda tider, så maten behöver komma i tid.", True),
        ("Jag som astmatiker har det tufft i pollentider.", True),
        # people in general, or a relative clause about others
        ("Som diabetiker måste man äta på bestämda tider.", False),
        ("Skolan som många diabetiker går i har bra mat.", False),
        # a property with the municipality's land merely nearby is still someone's
        ("Grannen på Karby 4:17 har fällt ekar på kommunens mark bakom sin villa.", True),
    ],
)
def test_personal_data_of_the_writer_and_their_home(rules: Engine, text: str, found: bool) -> None:
    assert bool(personal_data(rules, text)) is found, text


@pytest.mark.parametrize(
    ("text", "abusive"),
    [
        # an insulting adjective said of a decision or a plan is criticism, whatever the
        # learned model scores it
        ("Förslaget är korkat och borde rivas upp direkt.", False),
        ("Vilket idiotiskt beslut att flytta biblioteket", False),
        # said of a person it stays an insult
        ("Ordföranden är korkad och borde avgå.", True),
        ("Vilket idiotiskt beslut, och chefen är en idiot", True),
    ],
)
def test_stupid_plans_and_stupid_people(engine: Engine, text: str, abusive: bool) -> None:
    assert (Category.ABUSIVE in categories(engine, text)) is abusive, text
