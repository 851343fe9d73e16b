"""What round 94 showed the rules in the seventeenth session (after it was scored unseen):
slurs hidden behind an asterisk, violence called the only cure for a group, a fall regretted in
advance, impunity assured, eggs brought to be thrown at people. Every sentence here is
written for the test."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories, crime


@pytest.mark.parametrize(
    "text",
    [
        "alla z*genare borde brännas",
        "r*mer är k*ckerlackor som ska rensas ut ur landet",
    ],
)
def test_a_slur_masked_with_an_asterisk_is_read(rules: Engine, text: str) -> None:
    assert {Category.ABUSIVE, Category.CRIME} <= categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "din j*vla id**t",
        "handläggaren är en p*cko",
    ],
)
def test_an_insult_masked_with_an_asterisk_is_read(rules: Engine, text: str) -> None:
    assert Category.ABUSIVE in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "det här är *viktigt*, läs protokollet",
        "gav restaurangen 4* och det var förtjänt",
        "b*tt*r sent än aldrig",
    ],
)
def test_stars_that_hide_no_slur_stay_stars(rules: Engine, text: str) -> None:
    assert categories(rules, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "det enda som hjälper mot zigenare är en kula",
        "det enda dom där invandrarna förstår är fotogen och en tändsticka",
        "morfar sa alltid att det enda som biter på romer är stryk. klok karl",
    ],
)
def test_violence_called_the_only_cure_for_a_group(rules: Engine, text: str) -> None:
    assert crime(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "det enda som hjälper mot getingar är gift",
        "det enda som hjälper mot romers utsatthet är jobb och bostad",
        "Någon skrev att det enda som hjälper mot romer är en kula. Det är hets mot folkgrupp, "
        "jag har anmält.",
    ],
)
def test_a_cure_that_is_no_violence_or_is_reported(rules: Engine, text: str) -> None:
    assert not crime(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Vore synd om någon av er i nämnden halkade en mörk kväll.",
        "det e mörkt vid färjeläget, vore synd om kommunalrådet ramlade i nån kväll",
        "vore ju synd om hon snubblade vid tunneln när ingen ser",
    ],
)
def test_a_fall_regretted_in_advance_with_a_dark_evening(rules: Engine, text: str) -> None:
    assert crime(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ta broddar i morgon, vore synd om du halkade!",
        "Det vore synd om någon halkade en mörk kväll, kan ni sanda trappan?",
        "Vore tråkigt om pappa ramlade igen en mörk kväll, lampan vid porten är trasig",
    ],
)
def test_a_fall_feared_out_of_care(rules: Engine, text: str) -> None:
    assert not crime(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "snart är det din tur Lindgren, vi ses på parkeringen",
        "Lite roundup på hans häck en natt. Ingen kan bevisa något. Vi ses på torsdag.",
        "Hon får väl ha uppsikt över sin villa i vinter, man vet aldrig vad som kan hända",
    ],
)
def test_a_turn_foretold_or_impunity_assured(rules: Engine, text: str) -> None:
    assert crime(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "snart är det din tur att lämna in ritningarna, vi ses på mötet",
        "Ha extra uppsikt över barnen vid badet, man vet aldrig vad som kan hända.",
        "ingen ser något vid hållplatsen när det är mörkt, sätt upp en lampa",
    ],
)
def test_a_turn_a_worry_or_a_dark_stop_is_no_threat(rules: Engine, text: str) -> None:
    assert not crime(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "ta med ägg och kasta på dom när de kommer ut ur sessionssalen",
        "ta mä ägg å fiskrens te samrådet å kasta på dom",
        "Ta med tomater och kasta på nämndens ordförande när hon kliver ut",
        "Sätt socker i tankarna på grävarna, ingen kommer kunna bevisa något",
    ],
)
def test_something_brought_to_throw_at_people_or_sugar_for_a_tank(rules: Engine, text: str) -> None:
    assert crime(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "ta mä ägg te fikat så bakar ja en sockerkaka",
        "ta med de gamla äggen och kasta dem på komposten",
        "ta med ägg till påskpysslet men kasta dem inte på någon",
        "Sätt inte socker i tanken, det är sabotage och straffbart",
    ],
)
def test_eggs_for_a_cake_or_sugar_warned_against(rules: Engine, text: str) -> None:
    assert not crime(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Någon skrev här i går att de är ohyra. Hur kan man skriva så om människor? Anmält.",
        "Du skriver att de är lata, Bengt. Har du själv stått ute en hel dag i januari?",
    ],
)
def test_an_insult_someone_else_wrote_quoted_to_object(rules: Engine, text: str) -> None:
    assert Category.ABUSIVE not in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "jag säger att ni är idioter allihop",
        "Du skriver att parken är fin men du är en idiot",
    ],
)
def test_an_insult_the_writer_says_after_a_verb_of_saying(rules: Engine, text: str) -> None:
    assert Category.ABUSIVE in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Tomten är kommunens egen, Ösby 2:14, kolla själva på kartan!",
        "Så mörkläggning är det väl inte, allt ligger ju ute på hemsidan.",
        "Jag frågar för att det ryktas om nedläggning, inte för att jag tror på det.",
        "Inget är bevisat än. Vänta på revisorerna innan ni dömer någon.",
    ],
)
def test_a_source_named_or_disbelief_said_is_no_rumour(rules: Engine, text: str) -> None:
    assert Category.RUMOR not in categories(rules, text)


def test_property_designations_said_to_be_the_municipalitys_are_no_address(
    rules: Engine,
) -> None:
    text = "Området omfattar Skålhamra 1:9 och del av Lindholmen 3:40, båda i kommunens ägo."
    assert Category.CONFIDENTIAL not in categories(rules, text)
    assert Category.CONFIDENTIAL in categories(
        rules, "Jag bor på Lindholmen 3:40, när börjar bygget?"
    )


# Round 95 (scored unseen by the rules above and the model of rounds 1-93).


@pytest.mark.parametrize(
    "text",
    [
        "Nästa hantverkare som går in utan lov får en hammare i skallen.",
        "den som rör min bil igen får en yxa i huvudet",
        "fastighetsskötaren ska dö 💀",
        "h-y-r-e-s-v-ä-r-d-e-n  s-k-a  d-ö",
    ],
)
def test_a_blow_promised_to_whoever_does_something_or_a_landlord_doomed(
    rules: Engine, text: str
) -> None:
    assert crime(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Den som hittar nycklarna får en kaka som tack",
        "Den som slog in fönstret fick en sten i huvudet enligt polisen",
        "Jag fick en lapp där det stod att moskén ska brinna. Har lämnat den till polisen.",
    ],
)
def test_a_prize_a_report_or_a_threat_handed_to_the_police(rules: Engine, text: str) -> None:
    assert not crime(rules, text)


def test_asking_people_not_to_share_names_is_no_call_to_share(rules: Engine) -> None:
    assert Category.RUMOR not in categories(
        rules, "sprid inga namn eller bilder, det förstör bara utredningen"
    )
    assert Category.RUMOR in categories(rules, "SPRID: inga bussar till Markim från hösten.")


def test_industrial_land_where_no_one_lives_is_no_address(rules: Engine) -> None:
    text = (
        "Tomten gäller Ormsta 1:45, det gamla lagret bakom verkstaden. Ingen bor där, "
        "det är industrimark."
    )
    assert Category.CONFIDENTIAL not in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    ["Dr. Lindqvist på vårdcentralen är en clown", "Sjögren ska dö"],
)
def test_a_surname_starting_a_sentence_names_a_person(rules: Engine, text: str) -> None:
    assert categories(rules, text) & {Category.ABUSIVE, Category.CRIME}


def test_a_place_starting_a_sentence_is_no_surname(rules: Engine) -> None:
    assert categories(rules, "Isberget är vackert i år. Stockholm är en clown till stad.") == set()


# Round 96 (scored unseen by the rules of round 95 and the model of rounds 1-94).


@pytest.mark.parametrize(
    "text",
    [
        "skjut katterna vid återvinningen, ingen saknar dem",
        "blanda råttgift i tonfisken så är katterna borta till helgen",
        "Luftgevär från balkongen funkar fint på kattjävlarna. Lånar gärna ut.",
        "bensin + tändare = inget nytt lager 🔥 vem hänger med i natt?",
        "Till er som stod vid bordet: ni kommer ångra att ni syntes. Vi har bilder på er.",
    ],
)
def test_pets_to_be_killed_arson_as_a_sum_or_regret_with_pictures(rules: Engine, text: str) -> None:
    assert crime(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "skjut inte katterna, ring djurskyddet i stället",
        "Får man skjuta katter som förstör rabatterna?",
        "Någon har förgiftat katterna bakom affären, det är polisanmält.",
        "råttgift i fällorna vid soprummet hjälper mot råttorna",
        "bensin + tändare = dålig idé, grilla säkert i sommar",
        "Vi har bilder på er allihop från festen, vill ni ha dem?",
        "haha jag dödar dig om du tar sista bullen i fikarummet igen 😂",
    ],
)
def test_pest_control_a_report_a_grill_or_a_friends_bun(rules: Engine, text: str) -> None:
    assert not crime(rules, text)


def test_i_will_take_your_life_is_a_threat_not_an_insult(rules: Engine) -> None:
    assert categories(rules, "jag kommer ta livet av dig") == {Category.CRIME}
    assert {Category.ABUSIVE, Category.CRIME} <= categories(rules, "ta livet av dig då")


_PHOTO = ({"type": "photo", "url": "https://example.org/p.jpg"},)


@pytest.mark.parametrize(
    "text",
    [
        "Vi var minst 70 pers!! Bilder från i söndags 💪",
        "Så här många var vi vid rondellen i morse!",
        "Bild från promenaden, vi var ett fyrtiotal och vädret höll.",
        "det här är alva. hon ska få bo hemma.",
    ],
)
def test_a_crowd_counted_or_a_first_name_shown_in_a_picture(rules: Engine, text: str) -> None:
    assert Category.MEDIA_RIGHTS in categories(rules, text, attachments=_PHOTO)


@pytest.mark.parametrize(
    "text",
    [
        "här är juni månads schema",
        "Vi var minst 70 pers på mötet, synd att ni inte kom.",
    ],
)
def test_a_schedule_or_a_count_without_a_picture(rules: Engine, text: str) -> None:
    attachments = _PHOTO if text.startswith("här") else ()
    assert Category.MEDIA_RIGHTS not in categories(rules, text, attachments=attachments)


def test_hearsay_that_a_victim_staged_it_is_a_rumour(rules: Engine) -> None:
    text = "Folk säger att kassören som blev rånad hittade på alltihop för att få sympati"
    assert Category.RUMOR in categories(rules, text)
    asked = "Stämmer det att hon hittade på alltihop? Folk säger det men jag tror inte på det."
    assert Category.RUMOR not in categories(rules, asked)


# Round 97 (scored unseen by the rules of round 96 and the model of rounds 1-94).


@pytest.mark.parametrize(
    "text",
    [
        "Häll bensin på hela skolbaracken så sparar ni ännu mer",
        "den enda bra moskén är en nedbrunnen moské",
        "den enda bra muslimen är en död muslim",
    ],
)
def test_a_school_barrack_set_alight_or_the_only_good_one_dead(rules: Engine, text: str) -> None:
    assert crime(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "den enda bra skolan i kommunen är Hagaskolan",
        "Kyrkan är nedbrunnen sedan 1800-talet, bara ruinen finns kvar.",
        "Du Anna, jag ska döda dig... med statistik på mötet 😁",
    ],
)
def test_a_school_praised_a_ruin_or_statistics(rules: Engine, text: str) -> None:
    assert not crime(rules, text)


def test_calling_oneself_an_old_fool_is_no_insult(rules: Engine) -> None:
    text = "Jag gamle dumskalle tryckte på fel knapp och raderade allt."
    assert Category.ABUSIVE not in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kartan visar fastigheten Kårsta 5:1, är det kommunens mark eller statens?",
        "Reservatet omfattar fastigheterna som kommunen äger, Karby 1:1 och del av Ösby 2:5.",
    ],
)
def test_land_asked_or_said_to_be_the_municipalitys_is_no_address(rules: Engine, text: str) -> None:
    assert Category.CONFIDENTIAL not in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "har hört att chefen och hans kollega delade rum på konferensen 🙈",
        "Jag har hört att rektorn har en affär med en förälder, därför fick hon tjänsten.",
        "Lärarna har fått order att tiga om listan. Det vet jag säkert fast jag inte får säga hur.",
    ],
)
def test_an_affair_told_as_gossip_or_an_insiders_unsaid_source(rules: Engine, text: str) -> None:
    assert Category.RUMOR in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Min man var otrogen för tio år sen och jag förlät honom.",
        "Stämmer det att de har ihop det? Sluta skvallra, folk.",
    ],
)
def test_ones_own_marriage_or_a_question_is_no_gossip(rules: Engine, text: str) -> None:
    assert Category.RUMOR not in categories(rules, text)


# Round 98 (scored unseen by the rules of round 97 and the model of rounds 1-95).


@pytest.mark.parametrize(
    "text",
    [
        "Svarta ska inte ha nån plats här.",
        "k1ll4 h0n0m om han rör min cykel igen",
        "strö ut spik på grusvägen till mätstationen",
        "hans barn badar i sjön varje dag. hoppas ingen hjälper dem. öga för öga",
    ],
)
def test_no_place_for_a_group_kill_in_slang_spikes_or_an_eye_for_an_eye(
    rules: Engine, text: str
) -> None:
    assert crime(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "folk skrev vidriga saker om invandrare under förra inlägget, det hör inte hemma här",
        "Öga för öga fungerar inte, vi måste prata med varandra.",
        "killade provet idag 😎",
        "bygget ska få en smäll av mig... i form av ett argt yttrande 😅",
        "Spik på grusvägen igen! Någon har strött ut det, polisanmält.",
    ],
)
def test_hate_rejected_a_saying_a_test_aced_a_letter_or_a_report(rules: Engine, text: str) -> None:
    assert not crime(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Föreningen har öppet hus på söndag. Alla är välkomna, ingen kostnad.",
        "Öppet hus i bygdegården på lördag, det är gratis, bara kom förbi!",
    ],
)
def test_a_free_open_house_is_no_advertising(rules: Engine, text: str) -> None:
    assert Category.ADVERTISING not in categories(rules, text)


def test_an_open_house_with_a_discount_is_advertising(rules: Engine) -> None:
    text = "Öppet hus i vår nya salong på lördag! 20 % rabatt på alla klippningar."
    assert Category.ADVERTISING in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Tog en bild på kockarna när de inte tittade 😅",
        "Här är tolken som kom sent i dag. Titta på honom, sitter i telefon.",
        "Spelade in grannfrun genom köksfönstret när hon ringde och klagade",
        "tog denna på mamman som dansade med sin bebis haha",
    ],
)
def test_cooks_interpreters_a_neighbours_wife_or_a_mother_in_a_picture(
    rules: Engine, text: str
) -> None:
    assert Category.MEDIA_RIGHTS in categories(rules, text, attachments=_PHOTO)


# Round 99 (scored unseen by the rules of round 98 and the model of rounds 1-97).


@pytest.mark.parametrize(
    "text",
    [
        "vi står vid torget 00:00 och siktar raketerna rakt på snutbilarna 🚀",
        "sätt eld på julgranen på torget så blir det fest 🔥",
        "ni är förrädare och vi ser er. Varje dag. Vid lämningen, vid hämtningen.",
    ],
)
def test_fireworks_aimed_the_christmas_tree_or_watched_every_day(rules: Engine, text: str) -> None:
    assert crime(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Klart man ska sänka vid skolan, men inte på hela vägen.",
        "Polisen var där efter att några ungdomar smällt smällare mot fönstren.",
        "vi ser er på fredag, ta med kaffe!",
    ],
)
def test_speed_lowered_a_report_or_see_you_friday(rules: Engine, text: str) -> None:
    assert not crime(rules, text)


def test_sprid_int_is_a_refusal_in_dialect(rules: Engine) -> None:
    text = "Nej, det där om att simhallen säljs stämmer int, kolla kommunens sida. Sprid int sånt."
    assert Category.RUMOR not in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    ["sånna som er ska man hänga i lyktstolparna", "såna som han borde man skjuta"],
)
def test_the_victim_named_before_the_verb_of_killing(rules: Engine, text: str) -> None:
    assert crime(rules, text)


def test_hanging_out_with_someone_is_no_hanging(rules: Engine) -> None:
    assert not crime(rules, "såna som dig kan man hänga med hela dagen")


@pytest.mark.parametrize(
    "text", ["om samma fetto till ledare är där stannar vi hemma", "din d0mar-j3vel"]
)
def test_fatso_and_a_leet_compound_devil_are_insults(rules: Engine, text: str) -> None:
    assert Category.ABUSIVE in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "tog en bild på honom på ICA igår, han såg inte så kaxig ut då",
        "tog en bild på domartrion i pausen hihi",
        "Här sitter en av era badvärdar och sover, filmat i förrgår",
    ],
)
def test_him_referees_or_pool_attendants_in_a_picture(rules: Engine, text: str) -> None:
    assert Category.MEDIA_RIGHTS in categories(rules, text, attachments=_PHOTO)


# Round 100 (scored unseen by the rules of round 99 and the model of rounds 1-97).


@pytest.mark.parametrize(
    "text",
    [
        "Står ni på vägen igen med era skyltar så kör jag rakt igenom.",
        "Samer är en parasitisk ras som snyltar på andra.",
    ],
)
def test_driving_through_people_or_a_parasitic_race(rules: Engine, text: str) -> None:
    assert crime(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Bussen kör rakt igenom byn utan att stanna, varför?",
        "jag kör rakt igenom Brottby varje morgon, vägen är full av hål",
        "Vi kommer att storma kommunhuset med bullar och kaffe när vaken öppnar! ☕",
    ],
)
def test_a_bus_a_commute_or_a_coffee_protest(rules: Engine, text: str) -> None:
    assert not crime(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Det ryktas om att täkten läggs ner. Kan kommunen säga hur det faktiskt ligger till?",
        "Vi fortsätter söka i kväll. Sprid gärna info om tid och plats, inget annat.",
    ],
)
def test_asking_how_things_stand_or_sharing_a_time(rules: Engine, text: str) -> None:
    assert Category.RUMOR not in categories(rules, text)


# Round 101 (scored unseen by the rules of round 100 and the model of rounds 1-98).


@pytest.mark.parametrize(
    "text",
    [
        "Parken har väl inget larm? En dunk bensin och skylten är historia.",
        "vi ska se till att han inte kan skriva mer. Räknar dagarna",
    ],
)
def test_arson_as_a_recipe_or_someone_silenced_with_days_counted(rules: Engine, text: str) -> None:
    assert crime(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "vi kommer o bränner av hela väggen 🔥🔥🔥 lets goooo",
        "Vi räknar dagarna till sommarlovet!",
        "Vi ska se till att du inte kan klaga på snöröjningen mer, lovar tekniska!",
    ],
)
def test_going_all_out_counting_to_summer_or_a_service_promise(rules: Engine, text: str) -> None:
    assert not crime(rules, text)


def test_some_idiots_who_did_something_are_reported_not_insulted(rules: Engine) -> None:
    text = "några idioter målade på skolan förra veckan, klart grannarna blir sura"
    assert Category.ABUSIVE not in categories(rules, text)
    assert Category.ABUSIVE in categories(rules, "ni är några idioter som inte förstår nånting")


# Round 102 (scored unseen by the rules of round 101 and the model of rounds 1-100).


@pytest.mark.parametrize(
    "text",
    [
        "Hope someone finishes what was started in 1942. Vallentuna edition.",
        "Förintelsen var en bluff, läs på",
        "den som skickar en faktura till mig får en k-u-l-a i posten tillbaka",
        "Er nya Tesla står oskyddad på baksidan varje kväll. Ta det som ett råd.",
        "Skrivelser är förbrukade. Vi tar saken i egna händer.",
    ],
)
def test_a_genocide_finished_or_denied_a_bullet_in_the_post_or_advice(
    rules: Engine, text: str
) -> None:
    assert crime(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Förintelsen var ingen bluff, läs på",
        "Budgeten på 6 miljoner är en bluff, pengarna räcker inte",
        "Ta det som ett råd: boka tvättstugan i god tid.",
        "låt polisen sköta det, ingen vinner på att folk tar lagen i egna händer",
        "vi ses på parkeringen efter mötet och samåker",
    ],
)
def test_denial_refuted_a_budget_a_laundry_tip_or_calm(rules: Engine, text: str) -> None:
    assert not crime(rules, text)
