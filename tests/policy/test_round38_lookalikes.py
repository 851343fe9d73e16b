"""What the tenth group of whole-test-set writers (youth slang, Pride week, relatives in
elderly care, drivers and commuters, religion, viral sharers, neighbours of a group home, dog
owners; round 38) showed the rules (learned model off) before the model was trained on them:
false alarms on comments that break no rule."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories, crime


@pytest.mark.parametrize(
    "text",
    [
        # killing with arguments; a youth team by its age class
        "Vi kommer att döda dem med argument på måndag 😄 ta med era frågor!",
        "vi krossar er på söndag P16, ta med näsdukar 😤⚽",
        # the dead as the subject of the sentence
        "Döda människor och deras anhöriga förtjänar respekt, oavsett tro.",
        "döda fåglar ligger i parken vid sjön, vem ska man ringa?",
    ],
)
def test_look_alikes_are_no_crime(rules: Engine, text: str) -> None:
    assert not crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "vi ska döda dem med kniv på måndag",
        "Döda politikerna, de har förstört allt",
        "döda muslimer är bra muslimer",
    ],
)
def test_calls_to_kill_stay_crime(rules: Engine, text: str) -> None:
    assert crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Sprid detta till alla som har äldre grannar. Det är polisen och kommunen som går ut "
        "med det, inte något Facebookprat.",
        "Sprid till alla med hund! Det här är på riktigt, kommunen har tagit prover.",
    ],
)
def test_sharing_the_municipalitys_own_warning_is_no_rumour(rules: Engine, text: str) -> None:
    assert Category.RUMOR not in categories(rules, text), text


def test_a_call_to_share_hearsay_stays_a_rumour(rules: Engine) -> None:
    text = "Sprid detta! Jag har hört att kommunen ska stänga skolan i Karby"
    assert Category.RUMOR in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        # "blåsa" (shoot) in slang, at a person
        "snacka skit igen så blåser jag dig, vi ses vid hållplatsen imorgon",
        # a church's future doubted, with "we have not forgotten"
        "Kyrkan har stått i 800 år, får se om den står efter nyår. Ni ska inte tro att vi glömt.",
        # a house between flames, said to the newcomers
        "välkomna till Brottby 🔥🏠🔥 hoppas ni gillar värme",
        # a group kept from work with children, driven out of a workplace, called a disease
        "homosexuella är en fara för barn och borde inte få arbeta på förskolor",
        "Alla muslimer i vården borde sparkas ut",
        "gays are a disease. keep that filth out of Vallentuna",
        # sent to a named person's home to have it out with him
        "Killen heter Alex Nyberg och bor på Hagby Byväg 12. Åk dit och prata med honom ordentligt",
    ],
)
def test_round_38_threats_and_hate_the_rules_find(rules: Engine, text: str) -> None:
    assert crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "jag blåser dig en kyss 😘",
        "det blåser kallt idag, blås ut ljusen innan ni går",
        "får se om den står kvar efter stormen, den gamla eken",
        "mysig kväll vid brasan 🔥🏠 hemma är bäst",
        "refugees are welcome here",
        "Ungdomar under 13 ska inte få jobba på sommarjobben, det är lagen",
    ],
)
def test_round_38_look_alikes_are_no_crime(rules: Engine, text: str) -> None:
    assert not crime(rules, text), text


_PHOTO = ({"type": "photo", "url": "https://scontent.xx.fbcdn.net/p1.jpg"},)


@pytest.mark.parametrize(
    "text",
    [
        # someone named and pointed at in the picture
        "HAHAHA kolla när Elias slår i rälsen 😂😂💀",
        "här e Rasmus när han somnade på bussen igår haha",
        # a crowd said to be in it, a friend shown
        "kolla alla vi som gick i tåget!! 🌈🌈 vilket gäng",
        "Bild från mötet igår, titta hur fullt det var!",
        "min bästis i sin första pride-outfit 😍😍",
    ],
)
def test_people_named_or_a_crowd_in_a_photo_are_media_rights(rules: Engine, text: str) -> None:
    assert Category.MEDIA_RIGHTS in categories(rules, text, attachments=_PHOTO), text


@pytest.mark.parametrize(
    "text",
    [
        "kolla in Tuna torg i kväll, så fint med ljusen",
        "Här är Karby skola efter renoveringen",
        "Här är Anna-skylten som de satte upp vid stigen",
        "så många gropar det är på vägen, se bilden",
    ],
)
def test_places_and_things_in_a_photo_are_no_media_rights(rules: Engine, text: str) -> None:
    assert Category.MEDIA_RIGHTS not in categories(rules, text, attachments=_PHOTO), text


@pytest.mark.parametrize(
    "text",
    [
        "Till er på avdelningen: ni är det sämsta patrask jag sett",
        "@Henrik you absolute clown, nobody asked for your quotes",
        "du är en fyllskalle som inte kan hålla takten",
    ],
)
def test_round_38_insults_the_rules_find(rules: Engine, text: str) -> None:
    assert Category.ABUSIVE in categories(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Det är den värsta vinter jag sett",
        "mormor blev senil på slutet, det var tungt",
        "korna på ängen vid Karby, cows are lovely",
    ],
)
def test_round_38_insult_look_alikes_are_not_abusive(rules: Engine, text: str) -> None:
    assert Category.ABUSIVE not in categories(rules, text), text
