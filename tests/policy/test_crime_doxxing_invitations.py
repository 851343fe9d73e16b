"""Doxxing: someone's address or number shared with an invitation to act on it, however the
invitation is worded ("gör det som behövs", "ge honom en hälsning", "do what you want with
that info", "ring honom alla samtidigt"). The same address beside an ordinary request stays
allowed here (the confidential detector owns the address itself). Rule detectors alone."""

from __future__ import annotations

import pytest

from kommunvakt.policy.engine import Engine
from tests.policy.conftest import crime


@pytest.mark.parametrize(
    "text",
    [
        "Klottraren bor på Björkvägen 12. Gör det som behövs.",
        "Han heter Kim och bor på Aspstigen 4, ge honom en liten påminnelse i kväll",
        "The guy who broke in lives at Ekvägen 7. Do what you want with that info",
        "Hans nummer är 070-123 45 67, ring honom alla samtidigt hela natten",
        "Jag har adressen om nån vill: Tallgatan 9",
        "Fastigheten Vallentuna Ekeby 2:14, där bor familjen. Hälsa på dem.",
        "Handläggaren bor på Rönnvägen 8. Hälsa gärna på henne 😊",
        "Hon bor på Lindvägen 3. Ni som vill ha svar vet var ni hittar henne nu.",
    ],
)
def test_an_address_with_an_invitation_to_act_is_incitement(rules: Engine, text: str) -> None:
    assert crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Loppis på Björkvägen 12 på lördag, det som behövs är fler bord",
        "Ni kan hälsa på oss på Ekvägen 7 under öppet hus, gör vad ni vill med broschyrerna",
        "Ring 08-587 850 00 om du behöver hjälp, de svarar alla vardagar",
        "Hälsa på mormor på Lindgården, Tallgatan 9, hon blir glad",
    ],
)
def test_an_address_in_an_ordinary_request_is_no_incitement(rules: Engine, text: str) -> None:
    assert not crime(rules, text), text
