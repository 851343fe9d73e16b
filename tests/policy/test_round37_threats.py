"""What the ninth group of whole-test-set writers (teachers and parents, dialects, a
provocateur and those who answer, people who overshare, a neighbourhood watch, an association,
residents furious at one decision, crisis posts; round 37) showed the rules (learned model off)
before the model was trained on them."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories, crime, personal_data


@pytest.mark.parametrize(
    "text",
    [
        # an ambulance ride promised to whoever comes next
        "Nästa gång någon från kommunen dyker upp där får de åka hem i ambulans.",
        # a beating called "en omgång"
        "den som smyger vid gårdarna på natta får en omgång å åker i diket",
        # a shotgun fetched and not fired in the air
        "hade jag hämtat hagelbössan. Och jag skjuter inte i luften.",
        # a building rammed, dared
        "Får min son ingen skjuts på måndag så kör jag bilen rakt in i entrén. Testa mig.",
        # a regret that is not political (the inverted clause read straight)
        "Någon i styrelsen kommer att få ångra sig, och då menar jag inte politiskt.",
        # nobody hears out there
        "Långt till närmaste granne vid hans stuga. Ingen hör nåt där ute. Bara så han vet.",
        # in English
        "if one tree falls in Kragsta I swear you will fall too. not a joke",
    ],
)
def test_threats_the_rules_now_find(rules: Engine, text: str) -> None:
    assert crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Pappa fick åka ambulans efter olyckan, tack till alla som hjälpte",
        "Vi tar en omgång till av bingo på fredag",
        "Jägarna skjuter inte i luften, de skjuter bara på säkert avstånd vid jakten",
        "Ingen hör nåt när man ringer växeln, bara så ni vet",
        "Ni kommer få ångra att ni missade konserten 😄",
        # a race bib, and someone who has just learnt what the codes mean
        "Förra året hade jag startnummer 1488 och sprang på 52 min",
        "visste inte att 1488 betyder nåt, nu ser jag det i chatten",
    ],
)
def test_look_alikes_are_no_crime(rules: Engine, text: str) -> None:
    assert not crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Gäller planen hela Kragsta 1:2 eller bara den södra delen?",
        "Kragsta 1:1 är kommunens egen mark enligt planbeskrivningen.",
    ],
)
def test_the_municipalitys_land_and_plans_are_no_home(rules: Engine, text: str) -> None:
    assert "address" not in personal_data(rules, text), text
    assert Category.CONFIDENTIAL not in categories(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        # an insult with letters starred out, where only one listed word fits the stars
        "hon i mitten är en sur h*ra som slänger maten på tallriken",
        "du är en jävla id**t",
        # a slur under a negated wish: the negation is of the wish, not of the word
        "Anställ inga fler sv4rtsk4ll4r i hemtjänsten",
    ],
)
def test_masked_insults_and_slurs_under_a_negated_wish_are_abusive(
    rules: Engine, text: str
) -> None:
    assert Category.ABUSIVE in categories(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "f*n vad kallt det är idag",
        "s*x timmar i kön, tack för inget",
        "Ingen är en idiot för att man frågar",
    ],
)
def test_starred_words_that_fit_no_single_insult_are_not_abusive(rules: Engine, text: str) -> None:
    assert Category.ABUSIVE not in categories(rules, text), text
