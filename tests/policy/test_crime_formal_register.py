"""Menace, doxxing and sabotage in the words of formal letters and of angry drivers: the
resident who writes "undertecknad" can threaten as plainly as one who writes "jag ska slå
dig", and the same formal words used about elections, audits and budgets stay allowed."""

from __future__ import annotations

import pytest

from kommunvakt.policy.engine import Engine
from tests.policy.conftest import crime

FORMAL_MENACE = [
    "Ni kommer att ställas till svars för detta, och det blir inte i någon domstol.",
    "Fru ordförande, om ni driver igenom förslaget kan jag inte längre garantera er säkerhet.",
    "Ledamöterna i nämnden bör se er om när ni går till bilarna efter mötet. Tänk på det.",
    "Om skolan stängs kommer ni aldrig mer kunna röra er fritt i den här bygden.",
    "Den som verkställer beslutet är att betrakta som en fiende och kommer att bemötas därefter.",
    "Förrädare ska straffas, och tribunalen kommer att minnas era namn.",
    "Kommunalrådet borde nog anlita livvakt. Ni har också en familj som ska hem från skolan.",
]

FORMAL_BUT_LAWFUL = [
    "Ni kommer att ställas till svars i valet nästa höst, det lovar jag.",
    "Frågan avgörs inte i någon domstol utan av väljarna, så engagera er.",
    "Jag har barn som går på Karbyskolan och vill veta när bygget är klart.",
    "Det är sorgligt att politiker behöver livvakt nuförtiden.",
    "Nürnbergrättegångarna var en tribunal som dömde krigsförbrytare efter kriget.",
    "Tjänstemän kan ställas till svars för tjänstefel enligt brottsbalken 20 kap.",
]

DOXXING_IN_FORMAL_WORDS = [
    "Nämndens ordförande är folkbokförd på Ekvägen 12 i Karby. Agera därefter.",
    "Ordförandens adress: Granvägen 7. Utför.",
    "Handläggaren bor på Björkstigen 3. Det står var och en fritt att promenera förbi.",
    "Skolchefen bor på Lindvägen 9, jag rekommenderar varmt ett hembesök.",
]

ADDRESS_WITHOUT_INVITATION = [
    "Socialtjänsten måste göra hembesök hos familjen på Ekvägen 12, barnen far illa.",
    "Ni når oss på Tuna torg 1. Utför gärna ärendet via e-tjänsten.",
    "Öppet hus på Lindvägen 9 på lördag, alla får promenera förbi och titta.",
]

SABOTAGE = [
    "Någon borde skära sönder däcken på p-bolagets bilar, allihop.",
    "Klipp av kablarna till fartkameran vid avfarten, det tar två sekunder.",
    "Skär däcken på kommunens bilar i natt.",
]

BUDGET_CUTS = [
    "Vi borde skära i förskolan istället för i äldreomsorgen.",
    "Kommunen skär ner på bussarna igen, typiskt.",
    "Klipp gräset vid laddstolparna oftare, det ser förfallet ut.",
    "Någon har klippt av kablarna till fartkameran, polisen är informerad.",
]


@pytest.mark.parametrize("text", FORMAL_MENACE + DOXXING_IN_FORMAL_WORDS + SABOTAGE)
def test_formal_menace_doxxing_and_sabotage_are_crime(rules: Engine, text: str) -> None:
    assert crime(rules, text)


@pytest.mark.parametrize("text", FORMAL_BUT_LAWFUL + ADDRESS_WITHOUT_INVITATION + BUDGET_CUTS)
def test_the_same_words_in_lawful_talk_are_not_crime(rules: Engine, text: str) -> None:
    assert not crime(rules, text)
