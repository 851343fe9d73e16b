"""Menace that names no act of violence: harm to what is the reader's regretted in advance
("det vore tråkigt om dina däck blev punkterade"), nothing left to lose, "det här är inte
över" with a meeting outside. Each needs its second cue where the words are also everyday
Swedish. Asserted on the rule detectors alone; beside each, the everyday sentence."""

from __future__ import annotations

import pytest

from kommunvakt.policy.engine import Engine
from tests.policy.conftest import crime


@pytest.mark.parametrize(
    "text",
    [
        "Vore synd om din fina bil blev repad när du parkerar vid kommunhuset",
        "Det är väl tråkigt om hans fönster blir krossade en natt",
        "Synd om något hände dig. Tänk på det.",
        "Ni på bygglov ska veta att jag inte har något kvar att förlora",
        "Det här är inte över, vi ses utanför.",
        # vigilante calls and arson of outbuildings
        "Dags att vi slutar ringa polisen och börjar dela ut stryk",
        "let's go tonight and teach these thieves a lesson",
        "Bränn ner förrådet vid fritidsgården, jag bjuder på bensinen",
    ],
)
def test_menace_without_a_named_act_is_a_threat(rules: Engine, text: str) -> None:
    assert crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Det vore synd om biblioteket stängde på somrarna",
        "Det vore synd om era barn missade föreställningen",
        "Det vore synd om något hände honom, han är så gammal. Kan ni sätta upp ett räcke?",
        "Vi har inget kvar att förlora på att testa ett nytt schema",
        "Det är inte över än, matchen fortsätter på söndag!",
        "Vi ses utanför biblioteket kl 10 för promenaden",
        "Vi ska dela ut reflexvästar vid skolan på måndag",
        "Förrådet vid fritidsgården brann ner i natt, har någon sett något?",
    ],
)
def test_the_same_words_in_everyday_sentences_are_no_threat(rules: Engine, text: str) -> None:
    assert not crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Beslutet får konsekvenser för er personligen. Betrakta detta som en varning.",
        "Kommundirektörens säkerhet kan inte längre garanteras av oss medborgare.",
        "En dag står någon utanför din dörr, Wiklander.",
        "Skit i mötet, följ efter dem hem så vi ser var de bor",
        "Nämndens ordförande borde akta sig. Vi glömmer inte.",
        "Han ska få betala för det här. Inte med pengar.",
    ],
)
def test_menace_in_formal_words_is_a_threat(rules: Engine, text: str) -> None:
    assert crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Beslutet får konsekvenser för hela skolan, inte bara för eleverna",
        "Man får akta sig för halkan vid stationen",
        "Vi glömmer inte dem som dog i branden, minnesstund på lördag",
        "Jag tar med mig kaffe till mötet",
        "Ditt namn finns på en lista hos kön till förskolan",
        "Jag skjutsade hem till henne efter träningen",
    ],
)
def test_formal_words_in_everyday_sentences_are_no_threat(rules: Engine, text: str) -> None:
    assert not crime(rules, text), text
