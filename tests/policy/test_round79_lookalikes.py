"""What the fifty-first and fifty-second groups of whole-test-set writers (a rural school's
kitchen closed, A-tractors racing at night, a sewage plant by a lake, a bridge closed for
repairs, culture school fees, allotment gardens, the moose hunt near a trail, a drag story hour;
a swimming hall closed, a tiny-house village, stray cats, a four-compartment bin system, a legal
graffiti wall, a Lucia celebration, horse manure on bike paths, night cameras in home care;
rounds 79-80) showed the rules, and short threats probed beside them. Every sentence here is
written for the test."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories, crime, personal_data

_PHOTO = ({"type": "photo", "url": "https://example.org/p.jpg"},)


@pytest.mark.parametrize(
    "text",
    [
        "jag dödar grannen",
        "jag skjuter honom om han kommer hit igen",
        "vi skjuter politikerna som röstade igenom det här",
        "jag knivhugger rektorn",
    ],
)
def test_killing_in_the_present_tense_is_said_of_what_is_to_come(rules: Engine, text: str) -> None:
    assert crime(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "jag dödar inte honom, lugn",
        "igår i spelet skjuter jag honom från taket",
        "jag dödar honom om han glömmer tårtan 😂",
        "Jag slår ihjäl den som säger att det är vår nu 🥶 (skämt, men säg det inte mer)",
        "jag dödar dem med fällor, råttorna alltså",
    ],
)
def test_present_tense_killing_denied_told_or_joked(rules: Engine, text: str) -> None:
    assert not crime(rules, text)


@pytest.mark.parametrize(
    "text",
    ["alla politiker ska dö", "alla invandrare ska dö", "t r a n s o r  s k a  d ö"],
)
def test_death_foretold_to_a_group(rules: Engine, text: str) -> None:
    assert crime(rules, text)


def test_death_foretold_to_a_group_by_origin_is_hate(rules: Engine) -> None:
    text = "alla invandrare ska dö"
    assert {Category.CRIME, Category.ABUSIVE} <= categories(rules, text)


def test_plants_dying_in_frost(rules: Engine) -> None:
    assert not crime(rules, "alla tomatplantor ska dö i frosten i natt")


def test_a_weapon_to_be_tasted(rules: Engine) -> None:
    text = "Han bor vid ledningen, så han kan ju få smaka på en brandbomb genom brevinkastet."
    assert crime(rules, text)
    assert not crime(rules, "barnen kan få smaka på pepparkakor efter luciatåget")


def test_someone_asked_to_pay_a_home_visit_after_an_address(rules: Engine) -> None:
    text = "Hon bor på Lindvägen, det gula huset. Någon borde göra ett hembesök och förklara."
    assert crime(rules, text)
    text = "Mamma bor på Lindvägen 4 och biståndshandläggaren borde göra ett hembesök snart."
    assert not crime(rules, text)


def test_workers_by_origin_called_animals(rules: Engine) -> None:
    text = "de där litauiska byggjobbarna är bara djur, jaga bort dem härifrån"
    assert {Category.CRIME, Category.ABUSIVE} <= categories(rules, text)


def test_a_polska_danced(rules: Engine) -> None:
    text = "vi dansade polska runt stången, det var som att vara bland djur i hagen"
    assert not categories(rules, text) & {Category.CRIME, Category.ABUSIVE}


def test_hunting_towers_sawn_down_but_not_trees(rules: Engine) -> None:
    assert crime(rules, "dags att såga ner jakttornen i skogen ikväll")
    assert not crime(rules, "Såga ner dom innan de ramlar på någon, de är ruttna")


def test_petrol_poured_on_cars(rules: Engine) -> None:
    assert crime(rules, "häll bensin på entreprenörens bilar när de kommer imorgon")


def test_tacks_on_a_path(rules: Engine) -> None:
    assert crime(rules, "tips till alla löpare: häftstift på ridstigen, då slutar de")
    text = "Någon skrev att man skulle strö spik på cykelbanan. Jag har anmält det, gör inte så."
    assert not crime(rules, text)


def test_asking_anyone_to_kill(rules: Engine) -> None:
    assert crime(rules, "kan någon bara d.ö.d.a den där nämndordföranden")


def test_pity_for_a_scratched_car_after_the_owner_is_addressed(rules: Engine) -> None:
    text = "Du har en fin Volvo på uppfarten. Vore trist om lacken fick en repa."
    assert crime(rules, text)
    assert not crime(rules, "Det vore synd om bilen fick en repa i det trånga garaget")


def test_a_van_plus_fire_in_emoji(rules: Engine) -> None:
    assert crime(rules, "sopbilen 🚚 + 🔥 = fredag natt")


def test_crushing_someones_arguments(rules: Engine) -> None:
    assert not crime(rules, "jag ska krossa grannarnas argument ett efter ett på mötet")
    assert crime(rules, "jag ska krossa grannens bil")


def test_shot_with_a_confetti_cannon(rules: Engine) -> None:
    text = "säger du det en gång till så skjuter jag dig med konfettikanonen 🎉"
    assert not crime(rules, text)


def test_an_agencys_information_line(rules: Engine) -> None:
    text = (
        "Naturvårdsverket har bra råd om vilda djur i tätort. Deras upplysning nås på "
        "010-698 10 00 om någon vill fråga."
    )
    assert not personal_data(rules, text)
    assert personal_data(rules, "Grannarna är bortresta, deras nummer är 08-511 234 56")


def test_a_public_buildings_old_address(rules: Engine) -> None:
    text = "Bibliotekets gamla adress Torgvägen 2, blir det samma för det nya?"
    assert not personal_data(rules, text)


def test_a_screenshot_of_the_municipalitys_map(rules: Engine) -> None:
    text = "Skärmdump av avstängningskartan från kommunens hemsida, om någon inte hittar den"
    assert Category.MEDIA_RIGHTS not in categories(rules, text, attachments=_PHOTO)


def test_see_the_picture_is_no_credit(rules: Engine) -> None:
    text = "Så här gjorde jag, se bild: 1. Skärmtak. 2. Luftspalt. Kostnad 200 kr."
    assert Category.MEDIA_RIGHTS not in categories(rules, text, attachments=_PHOTO)


def test_a_photo_without_people_in_it(rules: Engine) -> None:
    text = "sparade bilden på muren från i helgen 😍 (utan folk på)"
    assert Category.MEDIA_RIGHTS not in categories(rules, text, attachments=_PHOTO)


def test_here_are_the_new_racks_but_here_are_the_new_neighbours(rules: Engine) -> None:
    text = "Här är de nya stolparna i kvällsljus, redan fulla av cyklar"
    assert Category.MEDIA_RIGHTS not in categories(rules, text, attachments=_PHOTO)
    text = "Här är de nya som flyttat in bredvid, tog bilden från balkongen"
    assert Category.MEDIA_RIGHTS in categories(rules, text, attachments=_PHOTO)


def test_a_lost_dog_already_back(rules: Engine) -> None:
    text = "hunden smet ner till sjön idag och jag fick springa som en galning 😂 han mår bra"
    assert Category.IRRELEVANT not in categories(rules, text)
    text = "Katten rymde i morse, har någon sett en grå katt vid stationen?"
    assert Category.IRRELEVANT in categories(rules, text)


def test_everyone_had_already_planned(rules: Engine) -> None:
    text = "Beslutet kom i juni när alla redan planerat hösten. Dålig kommunikation."
    assert Category.RUMOR not in categories(rules, text)
    text = "Jag var på mötet. De hade redan bestämt sig och lyssnade inte."
    assert Category.RUMOR not in categories(rules, text)


def test_trusting_what_the_office_writes(rules: Engine) -> None:
    text = "Rykten säger ett och annat, men jag väljer att lita på vad skolan själva skriver."
    assert Category.RUMOR not in categories(rules, text)


def test_a_grandchild_asked_to_help(rules: Engine) -> None:
    text = "Tack för infon. Jag ska be mitt barnbarn hjälpa mig med ansökan."
    assert Category.PERSONAL_CASE not in categories(rules, text)


def test_was_after_its_subject_is_the_verb(rules: Engine) -> None:
    text = "Kursen var enda platsen där våra barn träffade andra. Tänk om."
    assert Category.PERSONAL_CASE not in categories(rules, text)


def test_cats_called_vermin_in_a_quote(rules: Engine) -> None:
    text = "Alla som säger att katterna 'bara är ohyra' har aldrig sett dem frysa i snön!"
    assert Category.ABUSIVE not in categories(rules, text)
    assert Category.ABUSIVE in categories(rules, "grannarna är bara ohyra")


def test_everyone_knows_what_you_are_is_said_to_the_reader(rules: Engine) -> None:
    text = "Sluta skriva här Bengt, alla vet att du är en bitter gammal gnällspik."
    assert Category.RUMOR not in categories(rules, text)
    assert Category.RUMOR in categories(rules, "alla vet att nämnden mörkar kostnaderna, sprid")


def test_asking_where_someone_read_a_claim(rules: Engine) -> None:
    text = (
        "@Lisa var läste du att proverna är förfalskade? Utan källa vet jag inte vad jag ska tro."
    )
    assert Category.RUMOR not in categories(rules, text)


def test_running_someone_over(rules: Engine) -> None:
    assert crime(rules, "jag ska köra över dig med traktorn nästa gång")
    assert not crime(rules, "Hoppas vi kör över dom som en ångvält i matchen på lördag")
    assert not crime(rules, "Guppen är branta, jag dör lite varje gång jag kör över dem 😅")


def test_let_us_burn_it(rules: Engine) -> None:
    assert crime(rules, "låt oss bränna ner kommunhuset")
    assert not crime(rules, "låt oss krossa dem i finalen")


def test_wishing_someone_burns_inside(rules: Engine) -> None:
    assert Category.ABUSIVE in categories(rules, "hoppas ni brinner inne allihop")


def test_death_as_the_consequence_for_the_reader(rules: Engine) -> None:
    assert crime(rules, "@ville tränger du dig före igen så d ö r du. på riktigt 💀")
    assert not crime(rules, "om ni inte plogar vägen så dör hon där ute, hon är 94")


def test_hate_quoted_to_have_it_removed(rules: Engine) -> None:
    text = "Någon här skrev att muslimer är en pest. Sånt ska bort, jag har anmält det."
    assert not crime(rules, text)


def test_asking_whether_they_blast_on_saturdays(rules: Engine) -> None:
    assert not crime(rules, "spränger dom på söndagar också eller bara vardagar?")
    assert crime(rules, "sprayar ner hela skolan innan invigningen, vem har färg? 😈")


def test_the_municipalitys_own_land_named_first(rules: Engine) -> None:
    text = "Tomten för arenan är kommunens egen, Ormsta 1:1 enligt planen."
    assert not personal_data(rules, text)


def test_pupils_in_wheelchairs_are_no_one_s_disclosure(rules: Engine) -> None:
    text = "är bussen anpassad? frågar för min skola, vi har elever i rullstol"
    assert not personal_data(rules, text)
    assert personal_data(rules, "jag sitter i rullstol sedan olyckan")


def test_our_puppy_under_the_dog_park_post(rules: Engine) -> None:
    text = "Vi var där med vår valp i morse, här är hon 🐶"
    post = "Hundrastgården i Ekeby är öppen igen efter renoveringen."
    found = categories(rules, text, post=post, attachments=_PHOTO)
    assert not found & {Category.MEDIA_RIGHTS, Category.IRRELEVANT}


def test_bad_at_a_job(rules: Engine) -> None:
    text = "Ni är värdelösa på att ploga här. Inget personligt mot förarna."
    assert Category.ABUSIVE not in categories(rules, text)


def test_official_page_pointed_to_and_dialect_doubt(rules: Engine) -> None:
    text = "det där om att terminen flyttas är bara snack. Kolla själv på vallentuna.se."
    assert Category.RUMOR not in categories(rules, text)
    text = "nån sa att skolan ska läggas ner?? säg att dä int e sant"
    assert Category.RUMOR not in categories(rules, text)
    text = "Någon gång ska hallen betalas och det är vi som betalar. Det vet alla som kan räkna."
    assert Category.RUMOR not in categories(rules, text)


def test_a_flood_of_links_to_one_site(rules: Engine) -> None:
    text = "bit.ly/4pQa bit.ly/4pQb bit.ly/4pQc bit.ly/4pQd"
    assert Category.SPAM in categories(rules, text)
    text = "www.vinst-idag.top www.vinst-idag.top www.vinst-idag.top 🎁"
    assert Category.SPAM in categories(rules, text)


def test_two_links_with_a_reason_are_no_flood(rules: Engine) -> None:
    text = "Tidtabellen finns här: sl.se/a och omledningen här: sl.se/b"
    assert Category.SPAM not in categories(rules, text)


def test_everyone_sent_to_wake_someone_at_night(rules: Engine) -> None:
    text = "Här är hans mobil, 070-552 81 94, ring och väck rektorn kl 3 varje natt. Dela!"
    assert crime(rules, text)
    text = "Tränaren heter Per, 070-552 18 36. Ring och fråga honom själv varför min son petades."
    assert not crime(rules, text)


def test_roads_and_fridays_are_no_owners(rules: Engine) -> None:
    text = "Fin promenad i dag, gräset längs gångvägarna är nyklippt. Tack till er som jobbar!"
    assert Category.MEDIA_RIGHTS not in categories(rules, text, attachments=_PHOTO)
    text = "Här är hundägaren som aldrig plockar upp efter sig."
    assert Category.MEDIA_RIGHTS in categories(rules, text, attachments=_PHOTO)


def test_nothing_for_sale(rules: Engine) -> None:
    text = (
        "Vi i föreningen ordnar ljusvandring på torget kl 16, gratis och öppet, ingen försäljning."
    )
    assert Category.ADVERTISING not in categories(rules, text)


def test_a_child_who_vomits(rules: Engine) -> None:
    text = "Sju klick för att sjukanmäla. Med ett barn som kräks i bakgrunden. Tänk om."
    assert Category.ABUSIVE not in categories(rules, text)
    assert Category.ABUSIVE in categories(rules, "du är ett fegt litet kräk")


def test_children_who_stayed_out_of_the_picture(rules: Engine) -> None:
    text = "första skoldagen 🥹 (väskorna alltså, ungarna vägrade vara med på bild)"
    assert Category.MEDIA_RIGHTS not in categories(rules, text, attachments=_PHOTO)


def test_a_correction_passed_on(rules: Engine) -> None:
    text = (
        "Ett sms om giftigt vatten går runt. Jag ringde kommunen och de säger att det inte "
        "stämmer. Sprid hellre det."
    )
    assert Category.RUMOR not in categories(rules, text)


def test_an_ultimatum_or_else(rules: Engine) -> None:
    assert crime(rules, "ni har 48 timmar på er att riva skylten, annars händer något")
    assert not crime(rules, "spara dokumentet ofta, annars händer något konstigt med datorn")


def test_a_fire_bomb_to_be_made(rules: Engine) -> None:
    assert crime(rules, "fixa en molotov till fredag, vi ses vid bygget")
    assert not crime(rules, "ingen ska fixa några molotovs, vi protesterar lugnt")
    assert not crime(rules, "polisen hittade en brandbomb vid skolan i natt")


def test_friends_teasing_about_votes_and_nominations(rules: Engine) -> None:
    assert not crime(rules, "Haha Karin jag dödar dig om du nominerar mig 😂")
    assert not crime(rules, "bestie jag ska strypa dig om du röstar på det temat igen 😤😂")
    text = "jag kommer döda den som sa att kl 17 var för tidigt 😂 nej men seriöst, tack"
    assert not crime(rules, text)


def test_a_dance_battle_and_a_coffee(rules: Engine) -> None:
    assert not crime(rules, "personalen vs eleverna dansbattle 💃 vi kommer krossa er")
    assert not crime(rules, "Haha Gunnel, jag ska skjuta dig en kaffe på lördag istället 😄")


def test_someone_elses_call_judged(rules: Engine) -> None:
    text = "den som skrev att man ska strö spik på leden borde tänka efter, det drabbar barn"
    assert not crime(rules, text)


def test_a_slogan_shouted_or_sprayed_reported(rules: Engine) -> None:
    text = "En klasskamrat skrek Heil Hitler vid montern. Det visar att besöken behövs."
    assert not crime(rules, text)
    text = "Någon har sprejat orden Sverige åt svenskarna över skylten, jag tar avstånd från det."
    assert Category.POLITICAL not in categories(rules, text)
    assert Category.POLITICAL in categories(rules, "Sverige åt svenskarna!")


def test_a_meeting_passed_on_and_rumours_doubted(rules: Engine) -> None:
    text = "18.30 torsdag 14 mars, bygdegården. sprid till grannarna som inte har fb!"
    assert Category.RUMOR not in categories(rules, text)
    text = "Ryktet säger att gården ska stänga nästa år, är det bara rykte eller?"
    assert Category.RUMOR not in categories(rules, text)
    text = "Det går ett inlägg om att 'barn bitet i parken, sprid!'. Jag vet inte vad som är sant."
    assert Category.RUMOR not in categories(rules, text)


def test_dates_are_no_card(rules: Engine) -> None:
    text = "jakten pågår 2024-10-01 – 2025-02-28 enligt beslutet"
    assert not personal_data(rules, text)


def test_tips_to_others_with_a_case_number(rules: Engine) -> None:
    text = "Tips till andra: vi fick ärendenummer 2025-04412 när vi mejlade, då gick det fort"
    assert Category.PERSONAL_CASE not in categories(rules, text)


def test_an_insult_denied_after_it_was_written(rules: Engine) -> None:
    text = "Någon har skrivit idioter om personalen i gästboken. De är allt annat än idioter."
    assert Category.ABUSIVE not in categories(rules, text)
    text = "arrangörerna = clowner, speciellt tanten som skrek på alla. i d i o t"
    assert Category.ABUSIVE in categories(rules, text)


def test_you_will_see_what_happens_to_the_sign_and_to_you(rules: Engine) -> None:
    text = "@mäklarna ni får se vad som händer med skylten ni satte upp. och med er 😉"
    assert crime(rules, text)
    assert not crime(rules, "då får ni se vad som händer med skatteintäkterna")


def test_a_daily_route_and_an_accident_foretold(rules: Engine) -> None:
    text = "Nämndordföranden tar 07.04 från stationen varje dag. Perron 2. Lätt att någon snubblar."
    assert crime(rules, text)
    assert not crime(rules, "jag tar 07.04 varje dag och tåget är alltid sent")


def test_i_will_find_you(rules: Engine) -> None:
    assert crime(rules, "j a g  k o m m e r  h i t t a  d i g ☠️")
    assert not crime(rules, "Räven tog min toffla. Jag kommer hitta dig, herr Räv 🦊😂")
    assert not crime(rules, "jag hittar dig vid entrén, kram")


def test_smashed_windows_reported(rules: Engine) -> None:
    assert not crime(rules, "krossade rutor på bodarna igen... tredje gången nu")


def test_hate_quoted_that_does_not_belong_here(rules: Engine) -> None:
    text = "Någon skrev här i går att muslimer är en pest. Sådant hör inte hemma i vår bygd."
    assert not crime(rules, text)


def test_those_who_appealed_and_the_librarys_number(rules: Engine) -> None:
    text = "Någon la ut en adress till en av de som överklagat. Gör inte så, det är inte okej."
    assert Category.PERSONAL_CASE not in categories(rules, text)
    text = "biblioteket har eget nummer på hemsidan om man vill kolla, 08-587 856 40 tror jag"
    assert not personal_data(rules, text)


def test_how_the_parties_voted_and_what_is_true(rules: Engine) -> None:
    text = "Hur röstade partierna i nämnden? Finns det reservationer i protokollet?"
    assert Category.POLITICAL not in categories(rules, text)
    text = "Vad är egentligen sant om bygget? Det sägs så mycket. Finns det en FAQ?"
    assert Category.RUMOR not in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "jag ska se till att du får ont",
        "vi kommer efter dig",
        "räkna dina dagar, du",
        "hoppas din familj är försäkrad",
        "ta vara på dina knäskålar",
        "om du vill leva så flyttar du härifrån",
    ],
)
def test_menaces_in_set_phrases(rules: Engine, text: str) -> None:
    assert crime(rules, text)


def test_set_phrases_in_everyday_use(rules: Engine) -> None:
    assert not crime(rules, "om du vill leva hälsosamt, ät mer grönt")
    assert not crime(rules, "din tid som ordförande är snart ute, tack för allt")


def test_round_85_threats(rules: Engine) -> None:
    assert crime(rules, "Lisa du jobbar på torget och slutar 17.30 va? Bra att veta.")
    text = (
        "Per, ni har en fru och två barnbarn i Ormsta, eller hur. Tänk noga på dem innan ni röstar."
    )
    assert crime(rules, text)
    assert crime(rules, "vi tänker sänka bryggan vid badet i natt om ni inte ändrar er")
    assert crime(rules, "Någon borde sparka sönder varenda betesstation runt dammen i natt.")
    text = "Pingstvänner är en sekt av parasiter. Hela församlingen borde köras ut ur kommunen."
    assert {Category.CRIME, Category.ABUSIVE} <= categories(rules, text)


def test_round_85_lookalikes(rules: Engine) -> None:
    assert not crime(
        rules, "Tack för info! Hunden blir rädd av smällarna, bra att veta när det händer."
    )
    assert not crime(rules, "kommunen borde sänka skatten och farten vid skolan")
    assert not crime(rules, "haha du är död om du tar min laddplats igen 😂 (skämt)")
    assert not crime(rules, "Vi ska krossa dem... i argument alltså. Ta med fakta.")
    text = "kommunen håller på att sekretesspröva mejlen. Det tar tid, det är inte en mörkläggning."
    assert Category.RUMOR not in categories(rules, text)
    text = "Jag har hört att boendet ska läggas ner. Kan någon från kommunen svara?"
    assert Category.RUMOR not in categories(rules, text)


def test_round_86_threats(rules: Engine) -> None:
    assert crime(rules, "döden åt kulturchefen")
    assert not crime(rules, "döden åt tristessen, nu kör vi sommarbio!")
    assert crime(rules, "Lite bensin i skolans soprum och så är det slutdiskuterat.")
    assert not crime(rules, "lite bensin i gräsklipparen så startar den")
    text = "Ulf bor kvar i släktgården, Markim-Säby 2:7. Dags att han får höra vad bygden tycker."
    assert crime(rules, text)
    assert crime(rules, "Fin villa kommunalrådet har. Fönstren är stora. Sten är gratis.")
    text = "Entreprenören är nåt utländskt pack. Skicka ut dem allihop."
    assert {Category.CRIME, Category.ABUSIVE} <= categories(rules, text)


def test_a_petitions_page_is_no_shop(rules: Engine) -> None:
    text = "Vi har startat en namninsamling för ett annat gatunamn, skriv gärna under: https://www.namninsamling.se/gatan"
    assert Category.ADVERTISING not in categories(rules, text)
