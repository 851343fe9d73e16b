"""What the twenty-second group of whole-test-set writers (residents following the money,
violence in close relationships, dictated comments, landlords and tenants, scam bots and those
who warn about them, crime news, adult learners, job applicants; round 50) showed the rules.
Every sentence here is written for the test, none is taken from the corpus."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from kommunvakt.policy.normalize import fold, words_view
from tests.policy.conftest import categories, crime, make_event

# -- threats and calls the rules missed ----------------------------------------------------


def test_spelled_out_words_with_wider_gaps_between_them_are_read_as_words() -> None:
    view = words_view(fold("s k j u t   a l l a   p å  t o r g e t"))
    assert view.text == "skjut alla på torget"
    assert words_view(fold("i d i o t")).text == "idiot"  # one word: joined as before


def test_a_spaced_out_call_to_hang_people_is_found(rules: Engine) -> None:
    assert crime(rules, "H ä n g   d o m   i  g a l g e n,  alla som röstade ja")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("häng dem i flaggstången, alla som satt i nämnden", True),
        ("häng dem i granen, de som barnen pysslade ihop", False),
        ("häng dem på hallväggen, alla som vill får titta", False),
    ],
)
def test_hang_them_is_about_people_when_a_clause_names_them_by_their_deeds(
    rules: Engine, text: str, expected: bool
) -> None:
    assert crime(rules, text) is expected, text


@pytest.mark.parametrize(
    "text",
    [
        "ska vi ha grillkväll på rektorns veranda på lördag? jag tar med bensinen 😏",
        "tänkte elda lite vid grannens garage i natt, har diesel i dunken",
    ],
)
def test_a_fire_at_someone_elses_home_dressed_as_a_party_is_a_threat(
    rules: Engine, text: str
) -> None:
    assert crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "vi grillar på svärfars altan i helgen, glöm inte tändvätskan",
        "grillen hemma är trasig så vi lånar grannens altan, han har gasol",
        "man ska aldrig tända en brasa med bensin, det slutar på akuten",
    ],
)
def test_a_barbecue_and_fire_safety_are_not_arson(rules: Engine, text: str) -> None:
    assert not crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Problem med grannen? Vi hackar hans mobil på en timme, diskret. Telegram @fixit",
        "Säljer falska läkarintyg, swisha så mejlar jag",
        "Köp B-körkort utan uppkörning, 100% registrerat i systemet",
    ],
)
def test_a_crime_offered_as_a_service_is_crime(rules: Engine, text: str) -> None:
    assert crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Mitt konto blev hackat i natt, klicka inte på länkar från mig",
        "Hur skyddar man sig mot att någon försöker hacka ens bankkonto?",
        "Kan man göra teoriprovet utan kurs eller måste man gå på trafikskola?",
    ],
)
def test_being_hacked_and_asking_about_exams_are_not(rules: Engine, text: str) -> None:
    assert not crime(rules, text), text


def test_a_number_given_so_that_someone_asks_her_why_is_doxxing(rules: Engine) -> None:
    assert crime(
        rules, "hennes mobil är 073-118 22 45 om någon vill fråga henne varför hon anmälde oss"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Sätt upp fler skyltar igen så får ni se vad som händer med era bilar",
        "Tar du hans plats i laget så får du se vad som händer på parkeringen",
    ],
)
def test_a_condition_and_you_will_see_what_happens_is_a_threat(rules: Engine, text: str) -> None:
    assert crime(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Budgeten är antagen. Nu får vi se vad som händer med simhallen.",
        "Klicka på länken så får du se vad som händer med gatan i 3D",
        "Höjer ni taxan igen så får ni se vad som händer med inflyttningen hit.",
    ],
)
def test_waiting_to_see_and_a_consequence_for_a_town_are_not(rules: Engine, text: str) -> None:
    assert not crime(rules, text), text


def test_nobody_should_go_and_do_it_is_no_call(rules: Engine) -> None:
    assert not crime(rules, "Lugn nu, ingen här ska åka dit och ta lagen i egna händer.")
    assert crime(rules, "Alla som bor i Karby, åk dit och ta lagen i egna händer.")


# -- insults, pests and the other rule findings ---------------------------------------------


def test_an_insult_said_of_someone_by_name_is_abusive(rules: Engine) -> None:
    assert Category.ABUSIVE in categories(rules, "Lena på bygglovsenheten är ett svin.")
    assert Category.ABUSIVE in categories(rules, "Helt ärligt, Stina är en clown.")


def test_a_place_named_with_an_insult_is_not_a_person(rules: Engine) -> None:
    text = "Någon skrev att alla från Ormsta är pundare. Vilket trams."
    assert Category.ABUSIVE not in categories(rules, text)


def test_good_at_something_is_praise_even_with_a_swear_word(rules: Engine) -> None:
    text = "Vaktmästaren Göran är en jävel på att skotta, alltid klart före sju."
    assert Category.ABUSIVE not in categories(rules, text)


def test_cockroaches_in_a_flat_are_insects(rules: Engine) -> None:
    text = "Kackerlackor i köket igen och hyresvärden svarar inte. Hur länge ska vi vänta?"
    assert Category.ABUSIVE not in categories(rules, text)
    assert Category.ABUSIVE in categories(rules, "kackerlackorna som flyttat in på boendet")


def test_sharing_a_support_line_is_no_rumour(rules: Engine) -> None:
    text = "Brottsofferjouren svarar på 116 006. Sprid gärna numret vidare."
    assert Category.RUMOR not in categories(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Vad gäller om man vill hyra ut sitt fritidshus under sommaren?",
        "Det finns inget att hyra för unga här, bygg mer!",
    ],
)
def test_asking_about_renting_out_is_no_private_trade(rules: Engine, text: str) -> None:
    assert Category.IRRELEVANT not in categories(rules, text), text


def test_a_scam_quoted_to_warn_is_not_a_scam(rules: Engine) -> None:
    text = "Fick ett sms: 'hej vännen, kolla min profil' från ett okänt nummer. Radera sånt direkt."
    assert Category.SPAM not in categories(rules, text)


def test_a_lost_phone_retold_from_a_scam_text_is_not_lost_and_found(rules: Engine) -> None:
    text = (
        "Farmor fick 'Hej farmor, jag har tappat min telefon, swisha mig' men ringde pappa först."
    )
    assert Category.IRRELEVANT not in categories(rules, text)


def test_a_chain_letter_with_the_number_in_words_is_one(rules: Engine) -> None:
    text = "Skicka den här vidare till fem vänner före midnatt så får du pengar i veckan"
    assert Category.IRRELEVANT in categories(rules, text)


def test_a_departments_mailbox_is_no_personal_data(rules: Engine) -> None:
    text = "Jag fick mejl från hr-support@vallentuna-kommunen.org om min lön, är det ni?"
    assert Category.CONFIDENTIAL not in categories(rules, text)
    assert Category.CONFIDENTIAL in categories(rules, "mejla mig på kalle.berg@hotmail.com")


def test_the_police_on_the_spot_and_a_planned_application_are_no_case(rules: Engine) -> None:
    for text in [
        "Ambulansen var på plats efter sju minuter, tack till alla som hjälpte till.",
        "ska skicka in min ansökan till sommarjobbet ikväll, håll tummarna",
    ]:
        assert Category.PERSONAL_CASE not in categories(rules, text), text


def test_the_full_layer_holds_a_spaced_threat(engine: Engine) -> None:
    d = engine.decide(make_event("s k j u t   h o n o m   i  k v ä l l"))
    assert Category.CRIME in d.categories
