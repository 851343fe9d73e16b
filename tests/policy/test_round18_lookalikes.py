"""Round 18: everyone told to flood a person whose number or account is given ("ring henne ALLA"),
and everyday sentences that the rules took for rule-breakers, beside the rule-breaker
with the same words (rule detectors alone): "oavsett vad man tycker" is an idiom, not an
invitation to go and tell someone; a scam warning passed on first-hand is no rumour, while a
warning forwarded "från en vän" is a chain rumour; a hate code someone saw written on a wall
is reported, not said."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Han bor på Ekvägen 4, åk dit och tala om vad man tycker om sånt", Category.CRIME),
        (
            "Kopierat från en vän: folk som säger att de är från kommunen ska kolla "
            "brandvarnaren, släpp inte in dem. Det är tjuvar. Sprid!",
            Category.RUMOR,
        ),
        ("'Sverige åt svenskarna' 1488, det står vi för", Category.CRIME),
        ("jag ska döda dig med kniven", Category.CRIME),
        ("Invandrarna förstör allt. De borde skjutas.", Category.CRIME),
        ("Öhrvall har gjort ett uselt jobb, hon är en idiot", Category.ABUSIVE),
        ("här är bilden på ungen som klottrade", Category.MEDIA_RIGHTS),
        ("Sprid! Skolan i Kårsta läggs ner", Category.RUMOR),
        # everyone told to flood a person whose number, mailbox or account is given
        (
            "Handläggarens mobil: 070 / 264 / 91 / 15. Ring henne ALLA klockan 03 i natt.",
            Category.CRIME,
        ),
        (
            "hennes insta är @sofia_k_home. alla går in och skriver till henne vad vi tycker",
            Category.CRIME,
        ),
        (
            "Till er som bråkar med Roger: han bor på Kragstavägen 8. Nu vet ni vem som skriver.",
            Category.CRIME,
        ),
    ],
)
def test_the_rule_breaker_is_found(rules: Engine, text: str, category: Category) -> None:
    assert category in categories(rules, text), text


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "Vi som bor på Lindholmen fick veta det här på Facebook. Usel förankring, oavsett "
            "vad man tycker om själva boendet.",
            Category.CRIME,
        ),
        (
            "Sprid till era äldre föräldrar! Min granne fick ett sånt samtal i går. Lägg på "
            "direkt om någon ber om BankID, kommunen gör aldrig så.",
            Category.RUMOR,
        ),
        (
            "Det stod '1488' och 'remigration nu' på väggen vid gympasalen, barnen frågade "
            "vad det betydde. Tack för att ni tar bort det så fort.",
            Category.CRIME,
        ),
        (
            "Alla ringer kommunen på 08-587 850 00 och frågar varför bussen är indragen",
            Category.CRIME,
        ),
        ("mejla gärna mig på anna.l@gmail.com, alla skriver till mig om loppisen", Category.CRIME),
        # round 19: a joke with cakes, a request to delete a picture, a call to spread kindness
        ("Jag ska döda er alla med min baklava 😂 stånd nummer 7, kom och smaka", Category.CRIME),
        # round 20: boars that must be shot; an insult the writer says they will not write
        (
            "Vildsvin stod det i tidningen. Och visst, de måste skjutas, men inte vid spåret.",
            Category.CRIME,
        ),
        (
            "Öhrvall har gjort ett uselt jobb. Men jag tänker inte skriva att hon är en idiot.",
            Category.ABUSIVE,
        ),
        ("radera bilden på ungen. skicka den till polisen om han klottrat.", Category.MEDIA_RIGHTS),
        (
            "Dennis i kassan hjälpte mig när jag blev rånad. Sprid lite kärlek till honom",
            Category.RUMOR,
        ),
        ("Nu vet ni var ni hittar oss, vi bor på Ekvägen 3 och har öppet hus", Category.CRIME),
        (
            "Min granne lever på ett annat sätt, jag har aldrig förstått varför det skulle göra "
            "oss till fiender. Jag hälsar på honom varje morgon.",
            Category.CRIME,
        ),
    ],
)
def test_the_everyday_sentence_is_not(rules: Engine, text: str, category: Category) -> None:
    assert category not in categories(rules, text), text
