"""What the forty-eighth group of whole-test-set writers (an ice rink instead of a pool, an
employee's sick leave talked about, wolves and sheep, a closed post office, a shooting nearby,
speed cameras, an abstract painting bought, a youth council; round 76) showed the rules. Every
sentence here is written for the test."""

from __future__ import annotations

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories, crime


def test_a_friends_petty_deed_laughed_at(rules: Engine) -> None:
    assert not crime(rules, "jag dödar dig om du spoilar slutet innan jag sett det 😂😂")
    assert crime(rules, "jag dödar dig om du kommer hit igen 😂")


def test_a_promise_made_to_members(rules: Engine) -> None:
    text = "Vi ger oss inte förrän nämnden svarar. Det är ett löfte till alla föräldrar."
    assert not crime(rules, text)


def test_an_act_judged_is_no_call(rules: Engine) -> None:
    assert not crime(rules, "Nej, bränna bilar är idioti. Skriv till kommunen i stället.")
    assert crime(rules, "bränn bilarna i natt")


def test_paying_ones_bills_is_no_matter(rules: Engine) -> None:
    text = "Jag betalar mina räkningar på papper och tänker fortsätta med det."
    assert Category.PERSONAL_CASE not in categories(rules, text)


def test_a_scam_warning_passed_on(rules: Engine) -> None:
    text = "De ringde igen och sa att de var från banken. Jag la på. Dela gärna så fler vet."
    assert Category.RUMOR not in categories(rules, text)


def test_common_knowledge_in_an_argument(rules: Engine) -> None:
    text = "Biblioteket stänger 16 trots att alla vet att folk jobbar till fem. Dåligt beslut."
    assert Category.RUMOR not in categories(rules, text)


def test_nothing_found_and_asked_whether_it_is_gossip(rules: Engine) -> None:
    text = "Har hört att badet ska säljas, men hittar inget om det. Är det bara skvaller?"
    assert Category.RUMOR not in categories(rules, text)


def test_a_poaching_slogan_called_a_crime(rules: Engine) -> None:
    text = "Jag läste att nån skrev att man skulle hälla gift i sjön. Det är miljöbrott och brott."
    assert Category.RUMOR not in categories(rules, text)
