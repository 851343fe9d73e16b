"""Threats in the plain words of angry adults: a group named outright as the object of a
killing, a "dead man", a welcome someone "won't forget", a home visit "not for coffee", an
address left "ifall nån vill säga hej". Beside them the look-alikes a resident writes every
day: a cheer for the team, a visit for coffee, a shame about the weather."""

from __future__ import annotations

import pytest

from kommunvakt.policy.engine import Engine
from tests.policy.conftest import crime

THREATS = [
    "Nu ska vi döda alla muslimer",
    "Heja Sverige! Nu ska vi slå ihjäl invandrarna",
    "Lägg ner nu Kenneth, du är en död man när jag hittar dig.",
    "Dela så alla vet vem domaren är och ge honom ett mottagande han sent ska glömma.",
    "Läggs bussen ner ska SL-chefen få besök av oss, och inte för att dricka kaffe.",
    "Handläggaren bor på Ekvägen 4 i Karby, ifall nån vill säga hej 🙂",
    "nice boat you got there mr chairman, would be a shame if it caught fire",
    "Jag ska personligen se till att skolchefen inte känner sig trygg någonstans.",
    "Rör någon lärare min sons mobil så får han med mig att göra, och då pratar vi inte om mejl.",
    "Vargen vid Markim? Skjut, skyffla, tig. Mer behöver inte sägas.",
    "u r dead when i see u",
    "Whoever steals parcels in our stairwell, I'll break your legs. not joking",
    "If the landlord's guy comes in again he leaves in an ambulance, I warned you",
    "Kommunen ni lekt med fel familj. Min bror kommer hit. Ni förstår vad jag menar.",
    "Politikerna borde skjutas på isen allihop",
]

LOOK_ALIKES = [
    "Vi ska krossa dem på lördag!! Heja VBK 💙💛",
    "Heja tjejerna, nu slaktar vi dem i derbyt!",
    "Farmor får besök av oss på söndag, vi kommer för att dricka kaffe.",
    "would be a shame if it rained on the market, fingers crossed",
    "Det var en kväll vi sent ska glömma, tack för konserten!",
    "Många äldre känner sig inte trygga i centrum på kvällarna.",
    "Jag skyfflade snö hela dagen och fick sen tiga när grannen klagade.",
    "Vi pratar inte om det mer, tack för svaret.",
    "If nobody salts the hill someone will get hurt, not joking",
    "Någon kommer bli skadad om ni inte sandar backen vid skolan.",
    "Nu jävlar Åkersberga, ni ska dödas på isen på söndag. Kom och heja!",
    "Får Sam spela centralt så mördar vi dem på mittfältet 😄",
]


@pytest.mark.parametrize("text", THREATS)
def test_plain_threats_are_crime(rules: Engine, text: str) -> None:
    assert crime(rules, text)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_cheers_visits_and_pity_are_not_crime(rules: Engine, text: str) -> None:
    assert not crime(rules, text)
