"""What the twenty-fourth group of whole-test-set writers (the family centre, animal welfare,
a reorganisation with layoffs, the page used as a buy-and-sell group, older immigrants,
allotment gardeners, election day, school choice; round 52) showed the rules. Every sentence
here is written for the test."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories, crime


@pytest.mark.parametrize(
    "text",
    [
        "Du på bygglov ska vara tacksam att jag inte äger ett vapen. Än så länge.",
        "hoppas rektorn har en bra brandförsäkring 🔥",
        "Han heter Jonny och bor på Björkvägen 2 i Karby. Gör hans liv till ett helvete.",
    ],
)
def test_veiled_threats_and_doxxing_from_round_52_are_crime(rules: Engine, text: str) -> None:
    assert crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Kolla att ni har brandförsäkring innan ni installerar braskaminen.",
        "Sprang hela vägen från stationen men missade ändå bussen",
        "Protest mot nedläggningen på lördag vid kommunhuset, sprid!",
    ],
)
def test_insurance_advice_running_and_spreading_a_protest_are_not(rules: Engine, text: str) -> None:
    assert not crime(rules, text), text


def test_blowing_up_the_school_is_still_a_call(rules: Engine) -> None:
    assert crime(rules, "spräng hela skolan")


def test_an_associations_nomination_committee_mailbox_is_public(rules: Engine) -> None:
    text = "Förslag skickas till valberedningen@karbyif.se senast 1 mars."
    assert Category.CONFIDENTIAL not in categories(rules, text)
