"""What the fortieth group of whole-test-set writers (a village's last bank branch, a mosque's
minaret, a youth football tournament, a child taken into care, a midsummer festival on an
island, tutoring firms in schools, a wolf near a preschool, new waste-sorting rules; round 68)
showed the rules. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories, crime


@pytest.mark.parametrize(
    "text",
    [
        "Jag har en hel dunk bensin i garaget. Den räcker till ett kommunhus om någon undrar.",
        "kyrkan ⛪ + 🔥 = äntligen",
        "Jag står utanför huset nu och ser er. Ni kan inte gömma honom.",
        "Ni ska få det så illa att ni önskar att ni aldrig föddes.",
        "Skriv en gång till så får du hämta din bil i bitar. Ingen fara för dig själv … än.",
        "Jag ska gillra fällor åt grannen istället för åt mössen.",
    ],
)
def test_round_68_threats(rules: Engine, text: str) -> None:
    assert crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Bensinen räcker till hela semestern om vi kör snålt.",
        "Vi sätter ut fällor åt råttorna i källaren i kväll.",
        "grillen 🔥 + korv = sommar",
    ],
)
def test_their_lookalikes_are_not(rules: Engine, text: str) -> None:
    assert not crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Var köper man sådana solcellslampor som skolan har vid entrén?",
        "Någon har sprayat SVINPACK på busskuren vid torget, den behöver saneras.",
        "Sånt där gör bara oss som bryr oss till idioter i allas ögon.",
    ],
)
def test_lamps_graffiti_reported_and_being_made_a_fool_are_no_insults(
    rules: Engine, text: str
) -> None:
    assert Category.ABUSIVE not in categories(rules, text), text


def test_the_insult_compound_of_a_person_stays(rules: Engine) -> None:
    assert Category.ABUSIVE in categories(rules, "den där nämndslampan ska inte bestämma")


@pytest.mark.parametrize(
    "text",
    [
        "Ryktet säger 40 platser, kommunens sida säger 25. Vilket stämmer?",
        "någon skrev att kommunen mörkar siffrorna, låter ganska långsökt?",
        "Skärmdumpen som delas med 'kommunen ljuger' är fejk. Titta på loggan.",
        "Beslutet är helt fel och det vet alla som jobbar i hemtjänsten.",
    ],
)
def test_asking_doubting_and_verdicts_are_no_rumours(rules: Engine, text: str) -> None:
    assert Category.RUMOR not in categories(rules, text), text


def test_official_figures_called_fake_are_a_claim(rules: Engine) -> None:
    text = "Siffrorna är fejk, det vet alla i byn. Kommunen mörkar."
    assert Category.RUMOR in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Polisens händelsenummer på min anmälan slutar på 2210 om någon vill hänvisa.",
        "Min anmälan till förbundet fick ett ärende-ID, så det går att få svar.",
    ],
)
def test_reports_to_the_police_or_a_federation_are_no_personal_cases(
    rules: Engine, text: str
) -> None:
    assert Category.PERSONAL_CASE not in categories(rules, text), text


def test_an_association_that_has_acted_is_no_advertiser(rules: Engine) -> None:
    text = "En domare blev knuffad i Hagby. Föreningen har stängt av tränaren. Bra jobbat."
    assert Category.ADVERTISING not in categories(rules, text)
