"""What the forty-fourth group of whole-test-set writers (a riding school, rats in the town
centre, a mobile mast, a housing company's renovations, speed bumps in a village, a closed
public toilet, a cemetery's expansion, a festival's rapper; round 72) showed the rules. Every
sentence here is written for the test."""

from __future__ import annotations

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories, crime

_PHOTO = ({"type": "photo", "url": "https://scontent.xx.fbcdn.net/p/bild.jpg"},)


def test_rats_are_animals_where_pest_control_is_talked_about(rules: Engine) -> None:
    assert not crime(rules, "Råttorna i källaren tar inte betet. Slå ihjäl dem med en slagfälla.")
    assert crime(rules, "Råttorna på torget, slå ihjäl dem allihop.")


def test_killing_someone_on_the_dance_floor_is_a_joke(rules: Engine) -> None:
    assert not crime(rules, "@lina.b jag kommer döda dig på dansgolvet i kväll 😂")
    assert crime(rules, "@lina.b jag kommer döda dig på parkeringen i kväll")


def test_the_municipalitys_switchboard_to_complain_to_is_no_doxxing(rules: Engine) -> None:
    assert not crime(rules, "Ring kommunens växel 08-587 850 00 och säg vad ni tycker!")
    assert crime(rules, "Hans nummer är 070-412 33 91, ring honom och säg vad ni tycker.")


def test_an_authoritys_number_on_its_web_is_public(rules: Engine) -> None:
    text = "Livsmedelsverkets upplysning står på deras webb, 018-17 55 00, de svarar snabbt."
    assert Category.CONFIDENTIAL not in categories(rules, text)


def test_a_functional_mailbox_is_no_personal_data(rules: Engine) -> None:
    text = "Enligt hyresvärdens sida ska man mejla felanmalan@tunahem.se om fukt."
    assert Category.CONFIDENTIAL not in categories(rules, text)


def test_sugar_in_the_tank_proposed_is_incitement(rules: Engine) -> None:
    assert crime(
        rules, "Grävarna står olåsta över natten. Lite socker i tanken, så blir det stopp."
    )
    assert not crime(
        rules, "Någon hällde socker i tanken på grävaren i natt, polisen är kontaktad."
    )


def test_going_there_with_a_fist_and_blood_in_emoji(rules: Engine) -> None:
    assert crime(rules, "jag kommer dit med paraplyet och det är inte för regnet 👊🩸")
    assert not crime(rules, "jag kommer dit med kakor till fikat 🍪")


def test_we_called_fools_by_ourselves(rules: Engine) -> None:
    assert Category.ABUSIVE not in categories(
        rules, "Sånt gör att vi föräldrar ser ut som idioter."
    )
    assert Category.ABUSIVE in categories(rules, "Ni ser ut som idioter i de där västarna.")


def test_a_word_spelt_with_hyphens_after_a_dialect_word(rules: Engine) -> None:
    text = "tjänstemännen e h-ö-n-s-h-j-ä-r-n-o-r allihop"
    assert Category.ABUSIVE in categories(rules, text)


def test_anyone_hushing_it_up_is_a_cover_up(rules: Engine) -> None:
    assert Category.RUMOR in categories(rules, "Alla i personalen vet. Förvaltningschefen mörkar.")
    assert Category.RUMOR not in categories(rules, "Ingen mörkar här, vi har reflexer på oss 😎")


def test_asked_whether_it_is_confirmed(rules: Engine) -> None:
    text = "Jag har hört att badet stänger redan i augusti, är det bekräftat?"
    assert Category.RUMOR not in categories(rules, text)
    text = "Ryktet går att skolan ska flytta. Är det något kommunen kan svara på?"
    assert Category.RUMOR not in categories(rules, text)


def test_those_who_made_up_their_minds_are_no_cover_up(rules: Engine) -> None:
    text = "Kom till samrådet, även ni som redan bestämt er, frågorna är viktiga."
    assert Category.RUMOR not in categories(rules, text)


def test_too_high_and_everyone_knows_is_an_opinion(rules: Engine) -> None:
    assert Category.RUMOR not in categories(rules, "avgifterna e för höga o alla vet det")


def test_nobody_in_the_picture(rules: Engine) -> None:
    text = "Så här blev fågelholkarna vi byggde i slöjden (inga barn på bild)"
    assert Category.MEDIA_RIGHTS not in categories(rules, text, attachments=_PHOTO)
