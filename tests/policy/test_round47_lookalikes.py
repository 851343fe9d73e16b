"""What the nineteenth group of whole-test-set writers (relatives of people in care, a
Scandinavian mix, sarcasm, bullying threads, coded extremism, easy Swedish, late-night
commenters, news readers; round 47) showed the rules: codes and slogans mentioned, not used."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories, crime


@pytest.mark.parametrize(
    "text",
    [
        "ZOG är en antisemitisk konspirationsteori om att judar styr. Bra att den försvann.",
        "Finns det en lista på vilka symboler skolpersonalen ska hålla koll på? 1488, svarta solen",
        "Kommer ni ta upp ord som ”remigration” och ”folkutbyte” på föräldramötet?",
        "the 14 words är en vit makt-slogan från USA, inget man ska skriva som en kul grej",
    ],
)
def test_codes_explained_listed_or_quoted_are_no_hate_speech(rules: Engine, text: str) -> None:
    assert not crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Snart är det 'vi' som är minoritet. Siffrorna ljuger inte 1488",
        "ZOG styr kommunen, vakna",
    ],
)
def test_codes_used_stay_hate_speech(rules: Engine, text: str) -> None:
    assert crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Någon hade satt upp en lapp där det stod ”Sverige åt svenskarna”. Jag tog ner den.",
        "Äntligen! Återvandringen av öring upp i ån har varit dålig i flera år.",
    ],
)
def test_a_quoted_slogan_or_trout_coming_back_is_no_agenda(rules: Engine, text: str) -> None:
    assert Category.POLITICAL not in categories(rules, text), text


def test_a_slogan_of_ones_own_stays_political(rules: Engine) -> None:
    assert Category.POLITICAL in categories(rules, "Sverige åt svenskarna, stoppa invandringen nu")


@pytest.mark.parametrize(
    "text",
    [
        "En man sa till mig på bussen: jag ska slå dig. Jag blev rädd. Vem kan jag prata med?",
        "min bild från i morse, slår er med hästlängder 😌📸",
    ],
)
def test_a_threat_told_as_said_to_me_or_a_win_by_lengths_is_none(rules: Engine, text: str) -> None:
    assert not crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "han sa till mig: jag dödar dig. Nu ska jag döda honom",
        "Till föräldern som hotade oss förra året: nu vet vi var du bor och vad du kör för bil",
    ],
)
def test_ones_own_threat_after_the_report_stays_one(rules: Engine, text: str) -> None:
    assert crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "din feite ubrukelige politiker, kommer du til torget så dreper jeg deg",
        "Hvis dere stenger barnehagen vår kommer jeg til kommunehuset og da skal noen få juling.",
        "Jeg ved godt hvor sagsbehandleren bor. Hun skal ikke føle sig tryg længere.",
    ],
)
def test_threats_in_a_scandinavian_mix_are_threats(rules: Engine, text: str) -> None:
    assert crime(rules, text), text


def test_a_scandinavian_football_boast_is_a_game(rules: Engine) -> None:
    assert not crime(rules, "jeg skal knuse dere i fotball på lørdag ⚽")


@pytest.mark.parametrize(
    "text",
    [
        "Og jeg idiot som satte den ut kl 07 i dag 🤦‍♀️ neste uke!",
        "haha minns du när vi körde moppe runt sjön hela nätterna? vi va idioter",
    ],
)
def test_calling_oneself_an_idiot_insults_no_one(rules: Engine, text: str) -> None:
    assert Category.ABUSIVE not in categories(rules, text), text


def test_calling_someone_else_one_still_does(rules: Engine) -> None:
    assert Category.ABUSIVE in categories(rules, "du va en idiot som trodde på dem")


def test_a_slogan_in_single_quotes_is_quoted_too(rules: Engine) -> None:
    text = "Det står 'Sverige åt svenskarna' på elskåpet vid skolan. Ska man anmäla till kommunen?"
    assert Category.POLITICAL not in categories(rules, text)
