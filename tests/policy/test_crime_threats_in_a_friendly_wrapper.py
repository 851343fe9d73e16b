"""Plain threats that round 17's writers wrapped in thanks and season's greetings, which the
rules did not see because of how they were said: the present tense aimed at the reader's face
or car ("jag sätter eld på din bil"), a body part as the object ("krossa din skalle"), "sticker
jag dig" after a condition, a weapon brought to the meeting, not leaving alive, watching one's
back for the rest of one's life. Asserted on the rule detectors alone; beside each, the
everyday sentence with the same words."""

from __future__ import annotations

import pytest

from kommunvakt.policy.engine import Engine
from tests.policy.conftest import crime, make_event


@pytest.mark.parametrize(
    "text",
    [
        "Tack för ett fint inlägg! 🌸 Till badvakten: jag kommer att slå sönder ditt ansikte "
        "nästa gång jag ser dig. Ha en underbar sommar! ☀️",
        "Tack alla i receptionen, ni är guld. Förutom Jonas. Jonas, jag ska krossa din skalle.",
        "Och till bibliotekarien: jag sätter eld på din bil på personalparkeringen 😊",
        "btw om du snackar med min tjej en gång till sticker jag dig 🔪 ha en bra dag 💛",
        "Om min dotter inte får byta klass tar jag med mig pappas jaktgevär till mötet.",
        "Lotta som behandlade farmor illa: du kommer inte gå hem levande från nattpasset",
        "Peter, du borde se dig över axeln resten av livet. Ha en skön sommar!",
        "ja vet vem du e. du e klar. ja bränner dig",
    ],
)
def test_the_wrapped_threat_is_found(rules: Engine, text: str) -> None:
    assert crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "igår slog jag sönder mitt knä på isen, så jag missar loppet",
        "jag slår sönder rutan och klättrar in, sa han i filmen",
        "@Helena jag hade dödat dig om du inte visste svaret 😂 bra jobbat lagkamrat",
        "jag krossar dig i schack på fredag, var beredd",
        "tränaren när domaren dömer straff 😂😂 (sticker av hans ansikte)",
        "jag sticker till affären och köper mer kaffe till mötet",
        "jag tar med mig jaktgeväret till älgjakten i Kårsta",
        "vi tar med tårtan och en kniv till mötet på fredag",
        "se dig över axeln när du backar ut från parkeringen",
        "morfar kom inte hem levande från kriget, därför betyder minnesdagen mycket",
    ],
)
def test_the_same_words_in_everyday_sentences_are_no_threat(rules: Engine, text: str) -> None:
    assert not crime(rules, text), text


def test_evidence_of_an_inverted_threat_quotes_the_words_as_written(rules: Engine) -> None:
    text = "rör ni min katt igen då knivhugger jag er"
    d = rules.decide(make_event(text))
    quoted = [text[e.start : e.end] for f in d.violations for e in f.evidence]
    assert "knivhugger jag er" in quoted, quoted
