"""What short threats probed through the whole layer showed the rules in the sixteenth session
(before round 87 was scored): a bullet called for with no verb, a body part broken, an "or
else" that names the beating, a beating in slang. Every sentence here is written for the
test."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories, crime, personal_data

_PHOTO = ({"type": "photo", "url": "https://example.org/p.jpg"},)


@pytest.mark.parametrize(
    "text",
    [
        "kula i huvudet på hela fullmäktige",
        "en kula i skallen på kommunchefen och hans gäng",
        "kniv i magen på den där handläggaren",
    ],
)
def test_a_bullet_called_for_without_a_verb(rules: Engine, text: str) -> None:
    assert crime(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "beslutet är en kniv i ryggen på alla föräldrar",
        "polisen sköt en kula i huvudet på gärningsmannen enligt tidningen",
        "det kändes som att få en kula i huvudet när räkningen kom",
        "han satte bollen i huvudet på målvakten",
    ],
)
def test_a_betrayal_a_news_report_or_a_ball_is_no_call(rules: Engine, text: str) -> None:
    assert not crime(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "vi ska bryta varenda ben i kroppen på honom",
        "jag ska krossa skallen på honom när jag ser honom",
        "nån borde spräcka läppen på den där politikern",
        "jag ska skära halsen av dig",
    ],
)
def test_a_persons_body_part_broken(rules: Engine, text: str) -> None:
    assert crime(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "han bröt benet i slalombacken i fjol",
        "kan man bryta benen av sig i den trappan, så hal som den är?",
        "vi måste bryta mönstret med sena beslut",
        "skär ner på kostnaderna i stället för på skolan",
    ],
)
def test_an_accident_or_a_metaphor_breaks_no_one(rules: Engine, text: str) -> None:
    assert not crime(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "sluta klaga här annars blir det käppen",
        "håll dig borta från min tomt annars blir det stryk",
        "ge mig en anledning så smäller det",
        "ska klå upp honom när jag ser han",
    ],
)
def test_an_or_else_that_names_the_beating(rules: Engine, text: str) -> None:
    assert crime(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "annars blir det böter, det står på skylten",
        "vi måste träna mer annars blir det stryk mot Täby på lördag",
        "tänd stubinen så smäller det, sen backar man",
        "vi ska klå upp dem i finalen på lördag",
    ],
)
def test_a_fine_a_defeat_or_a_firework_is_no_threat(rules: Engine, text: str) -> None:
    assert not crime(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "det behövs en ny kristallnatt i den här stan",
        "dags för slutlösningen",
        "vi borde göra som i Srebrenica",
        "gas them all",
        "in i gaskammaren med dem",
        "hoppas båten sjunker med alla flyktingar",
        "låt dem drunkna i medelhavet, de illegala invandrarna",
    ],
)
def test_a_genocide_wished_again_or_a_group_left_to_drown(rules: Engine, text: str) -> None:
    assert crime(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "aldrig mer en kristallnatt",
        "det behövs mer undervisning om förintelsen i skolan",
        "folkmordet i Srebrenica var fruktansvärt, vi minns offren i kväll",
        "behöver vi verkligen en ny förintelse för att lära oss?",
        "någon skrev att det behövs en ny kristallnatt, det är hets mot folkgrupp och är anmält",
        "båten sjönk med flyktingar ombord, fruktansvärt",
        "flyktingar ska inte behöva dö på medelhavet",
    ],
)
def test_remembrance_news_and_reports_are_no_hate(rules: Engine, text: str) -> None:
    assert not crime(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "om dom stänger studierummen så 🔥🔥 hela biblioteket, jag lovar",
        "Då får ungdomarna krossa fönster på skolorna istället, jag säger bara go ahead killar",
        "Jag kommer till räkningen med kompisar. Vi tar en från valnämnden var. Ni vet vilka ni är",
        "du överlever inte veckan",
        "det kommer flyta blod i fullmäktige",
        "ja ska ta dä å döda dej",
    ],
)
def test_round_87_threats(rules: Engine, text: str) -> None:
    assert crime(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "så 🔥 hela kvällen på festen!",
        "det brann 🔥 hela skolan i natt enligt polisen",
        "Om ni inte fixar en ramp före valet så anmäler jag er till JO. Det är ett löfte.",
        "Vi vet var ni bor! I Vallentuna så klart 😄 Kom på hemmapremiären söndag kl 14",
        "Jag vet var ordföranden bor, han är min granne och bjöd på kaffe till hela gatan ☕",
        "tack till alla som hjälpte till med städdagen, ni vet vilka ni är ❤️",
        "du kommer inte överleva en vinter till i det där huset utan isolering",
        "det här är din sista dag på jobbet, grattis och tack för allt!",
    ],
)
def test_round_87_lookalikes(rules: Engine, text: str) -> None:
    assert not crime(rules, text)


def test_the_record_named_and_a_hoax_called_out_are_no_rumour(rules: Engine) -> None:
    assert Category.RUMOR not in categories(
        rules, "Upphandlingen har nr UH-2024-0447 i protokollet. Kolla själva"
    )
    assert Category.RUMOR not in categories(
        rules,
        "någon la upp 'sprid detta' om att kamerorna avlyssnar, det e ju bara fake news, "
        "kolla fakta innan ni delar 🙄",
    )
    assert Category.RUMOR in categories(rules, "kommunen mörkar allt om kamerorna, kolla själva")


def test_people_a_hazard_endangers_are_not_in_the_picture(rules: Engine) -> None:
    assert Category.MEDIA_RIGHTS not in categories(
        rules,
        "Bild på potthålet vid omledningen, 40 cm brett. Fara för cyklister.",
        attachments=_PHOTO,
    )
    assert Category.MEDIA_RIGHTS not in categories(
        rules, "Bilder på hur det såg ut förr, tagna av mig 1983.", attachments=_PHOTO
    )
    assert Category.MEDIA_RIGHTS in categories(
        rules, "Här är cyklisterna som körde mot rött i går", attachments=_PHOTO
    )


def test_an_inspector_or_tourists_in_a_picture_are_people(rules: Engine) -> None:
    for text in (
        "tog en bild på inspektören när hon smakade glassen 😂",
        "turisterna som pissar bakom bibblan, varsågoda",
    ):
        assert Category.MEDIA_RIGHTS in categories(rules, text, attachments=_PHOTO), text
    assert Category.ABUSIVE in categories(rules, "miljöinspektören är helt efterbliven")


@pytest.mark.parametrize(
    "text",
    [
        "Jag har fortfarande min gamla jaktbössa i garderoben, den kan behövas när man ska prata "
        "med dessa herrar. Mer säger jag inte.",
        "Kristna är efterblivna sektmänniskor som borde spärras in.",
        "keep talking about 'religious freedom' sweetie and see what happens to that pretty "
        "scarf of yours 🔥",
        "Vikström. Ditt hus ligger långt från grannarna. Hä brinner lätt på landet nu i torkan.",
    ],
)
def test_round_88_threats(rules: Engine, text: str) -> None:
    assert crime(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "ska bränna däck på Mantorp i helgen istället då 🔥🏁",
        "Nån skrev ja vet var du bor under Hedlunds inlägg i går. Skärpning. Hä ä olagligt.",
        "Det brinner lätt nu i torkan, var försiktiga med grillen i helgen",
        "Jag har min jaktbössa i garderoben, licens och allt, älgjakten börjar måndag",
        "let's see what happens at the meeting tomorrow",
    ],
)
def test_round_88_lookalikes(rules: Engine, text: str) -> None:
    assert not crime(rules, text)


def test_round_88_lookalikes_of_other_categories(rules: Engine) -> None:
    comfort = "Stig, du ska inte ta livet av dig över en tidning 😄 Kom på kaffe i stället."
    assert Category.ABUSIVE not in categories(rules, comfort)
    for text in (
        "Kommunfullmäktige har ju redan beslutat om trafikstrategin, varför tar det två år?",
        'Källkritik 101: "dela innan de tar bort detta!" = nästan alltid fake.',
    ):
        assert Category.RUMOR not in categories(rules, text), text
    assert Category.RUMOR in categories(rules, "det är redan beslutat bakom stängda dörrar, sprid")
    thanks = (
        "Någon sprayade hets på väggen till vår bönelokal i natt. Vi har polisanmält och fotat. "
        "Tack till grannarna som hjälpte oss tvätta bort det."
    )
    assert Category.MEDIA_RIGHTS not in categories(rules, thanks, attachments=_PHOTO)


def test_own_money_asked_back_with_an_account_is_a_personal_case(rules: Engine) -> None:
    for text in (
        "Återbetala mig för fälgen då, kontonr Swedbank 8327-9, 914 203 551-7.",
        "sätt in pengarna på mitt konto asså, clearing 8327-9 kontonr 994 221 318-4 swedbank",
        "född 12 april 2009, sista fyra 3189, står jag på listan?",
    ):
        assert Category.PERSONAL_CASE in categories(rules, text), text
    assert Category.PERSONAL_CASE not in categories(
        rules, "Hur gör man för att radera sitt konto i appen?"
    )


def test_probes_of_a_neighbour_and_a_diagnosis_within_a_spectrum(rules: Engine) -> None:
    assert not crime(rules, "jag vet var du bor, vi är ju grannar 😄")
    assert crime(rules, "jag vet var du bor")
    assert Category.CONFIDENTIAL in categories(
        rules, "sonen har en diagnos inom autismspektrat och behöver hjälp på fritids"
    )
    assert Category.CONFIDENTIAL not in categories(
        rules, "många barn har diagnoser inom autismspektrumet, vad gör skolan?"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Vi ska storma fullmäktige på torsdag! Med frågor alltså 😊 Frågestunden börjar kl 18.",
        "Vi kommer att storma fullmäktige – med frågor, namnlistor och barnvagnar.",
        "haha lars jag slår dig i vedhuggning vilken dag som helst",
        "haha tyst du, jag ska sänka dig i Mario Kart på fredag 🏎️💥",
        "@Marie Holm vi kommer krossa dem i sakfrågan på mötet, vi har alla siffror",
        "kan vi prata om hur folk hotar varann på snap? typ 'du e död imorgon' o sånt",
    ],
)
def test_round_89_lookalikes(rules: Engine, text: str) -> None:
    assert not crime(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "jag ska slå dig i ansiktet",
        "jag ska slå dig i natt",
        "Om ni stänger vår replokal så krossar vi varenda ruta i det där jävla huset. Lovar.",
        "storma kommunhuset på fredag med facklor och ta med bensin",
    ],
)
def test_round_89_threats_kept(rules: Engine, text: str) -> None:
    assert crime(rules, text)


def test_round_89_lookalikes_of_other_categories(rules: Engine) -> None:
    found = categories(rules, "Hittade äntligen telefontiderna: Kontaktcenter 08-587 850 00.")
    assert Category.IRRELEVANT not in found
    assert Category.IRRELEVANT in categories(rules, "tappade telefonen på torget i går, svart")
    assert Category.RUMOR not in categories(
        rules, "1177 har saklig info, läs här innan ni packar väskan: https://www.1177.se/gravid/"
    )
    assert Category.RUMOR in categories(
        rules, "läs det här innan de tar bort det https://youtube.com/watch?v=abc kommunen mörkar"
    )
    asked = "Blir mötena öppna? Någon sa att de ska stängas men det står inget på hemsidan."
    assert Category.RUMOR not in categories(rules, asked)


def test_people_a_picture_shows_by_role_or_by_clothes(rules: Engine) -> None:
    for text in (
        "Kolla bilden på han i blå jacka, det är han som kastade ägget.",
        "plogförarn på bild, stannade och åt korv mitt på vägen",
        "fångade regionrådet på bild när han åt lunch på torget idag",
    ):
        assert Category.MEDIA_RIGHTS in categories(rules, text, attachments=_PHOTO), text
    own = "Jag är pensionär och målar gamla byggnader. Här är Brottby gamla skola."
    assert Category.MEDIA_RIGHTS not in categories(rules, own, attachments=_PHOTO)


def test_a_building_burnt_in_english_and_an_end_foretold(rules: Engine) -> None:
    assert crime(rules, "if u close the youth centre we burn it, simple")
    assert crime(rules, "det här slutar inte väl för dig 🔪")
    assert not crime(rules, "we burn the midnight oil here before the deadline")
    assert not crime(rules, "filmen slutar inte väl för hjälten, men den är fin")


@pytest.mark.parametrize(
    "text",
    [
        "Personalen slutar 20 och går till Roslagsbanan, det tar sju minuter. Sju minuter är "
        "lång tid.",
        "hon har en dotter på Ormsta skola har jag hört. hon borde veta att skolgården inte är "
        "inlåst",
        "Snart har hon inget rum alls att prata i, varken på scenen eller hemma. Vi vet var "
        "båda ligger.",
        "Uppmaning till alla: såga ned jakttornen längs reservatsgränsen innan jaktstarten.",
        "k n i v e n är slipad till nästa sammanträde 😇",
        "lugnt vi tar adam på lördag när han kliver av tåget, han slutar träningen 19.40 varje "
        "gång 😈",
        "här e adressen till killen som filmade: Hagbyvägen 7B. gå dit o ta mobilen av han",
    ],
)
def test_round_90_threats(rules: Engine, text: str) -> None:
    assert crime(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "kniven är slipad inför julskinkan, nu kör vi",
        "Anna har en dotter på Ormsta skola, de går i samma klass som min",
        "det tar sju minuter att gå till stationen, sju minuter är lång tid när det regnar",
        "vi tar adam på lördag till matchen, han behöver skjuts",
        "vi tar honom på orden",
        "Kulturchefen kommer att få ångra beslutet vid nästa budget. Vi tänker skriva "
        "medborgarförslag och samla namn.",
        "Om kommunen river smedjan så brinner kommunhuset samma natt. Det är ett löfte. Eller "
        "jo, kanske.",
    ],
)
def test_round_90_lookalikes(rules: Engine, text: str) -> None:
    assert crime(rules, text) is text.startswith("Om kommunen river")


def test_the_address_of_a_place_asked_is_no_ones_home(rules: Engine) -> None:
    for text in (
        "adressen till nya ÅVC:n e Kragstavägen 40 va? gps:en hittar inte",
        "Adressen är väl Tuna torg 2? Kulturhuset alltså, inte konstskolan.",
    ):
        assert Category.CONFIDENTIAL not in categories(rules, text), text
    assert Category.CONFIDENTIAL in categories(rules, "adressen till mig är Kragstavägen 40")


def test_a_teen_threads_hearsay_and_its_claims(rules: Engine) -> None:
    for text in (
        "jag har hört att kevin dog inatt på sjukhuset 😭 vila i frid",
        "nu ska dom sätta metalldetektorer i alla skolor från måndag, stod på nån snapstory",
        "polisen har gripit två killar från karby, hörde mamma säga efter jobbet",
    ):
        assert Category.RUMOR in categories(rules, text), text
    for text in (
        "vila i frid, morfar dog i natt på sjukhuset",
        "Läste att kranvattnet inte ska drickas från måndag. Det är väl inte sant? Ingen info "
        "på vallentuna.se.",
    ):
        assert Category.RUMOR not in categories(rules, text), text


def test_one_digit_said_three_times_is_read_as_digits(rules: Engine) -> None:
    from kommunvakt.policy.normalize import fold
    from kommunvakt.policy.pii.numbers import digit_view

    assert digit_view(fold("070 fem fem fem 12 34")).text == "070 5 5 5 12 34"
    assert not personal_data(rules, "fem fem fem, vilken match! tre mål på fem minuter")
    assert personal_data(rules, "ring mig 070 fem fem fem 12 34") == {"phone"}


@pytest.mark.parametrize(
    "text",
    [
        "Någon borde lägga Hallberg mitt i korsningen en morgon kl 07.40 och låta en lastbil "
        "komma.",
        "du tar roslagsbanan 07.12 från ormsta varje morgon. jag sitter i samma vagn imorgon. "
        "vi får se om du vågar titta på mig",
        "Islam är en cancer i samhället och cancer skär man bort innan den sprider sig.",
        "@Rasha lycka till att hitta din röda Golf hel i morgon bitti 😘",
        "swatta fritidsledaren Kevin, ring 112 och säg att han har vapen hemma 😂",
        "Såg reportern gå av Roslagsbanan vid Ormsta 07.42 som vanligt. Rutiner är farliga.",
        "Här är reportern som skrev skiten, så ni vet hur hon ser ut när ni möter henne.",
    ],
)
def test_round_91_threats(rules: Engine, text: str) -> None:
    assert crime(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "den som käkar chips vid tangentbordet borde avrättas 😤 (skämt men det e äckligt)",
        "Nej Roger, att 'ta saken i egna händer' är aldrig svaret. JO och revisorerna finns.",
        "Jag vet precis när du går ut med hunden, Lena, för min Sixten skäller varje gång ni "
        "går förbi 😂 ses imorgon!!",
        "nån i lobbyn sa att han skulle swatta mig. e det olagligt? jag blev rädd",
        "islam är en religion med två miljarder troende, läs på",
        "Bussen gick 07.42 som vanligt i morse",
    ],
)
def test_round_91_lookalikes(rules: Engine, text: str) -> None:
    assert not crime(rules, text)


def test_colleagues_clients_and_consultants_in_a_picture(rules: Engine) -> None:
    for text in (
        "Sture här e bilden på dom två som kom från SL å mätte vid hållplatsen",
        "bilden e på en brukare som satt fast m rullstolen i snövallen i 45 min",
        "Bild från konsulternas kick-off. 14 konsulter, tårta och bubbel.",
    ):
        assert Category.MEDIA_RIGHTS in categories(rules, text, attachments=_PHOTO), text
    for text in (
        "Karta över de avstängda raderna, jag ritade in det för mina kollegor.",
        "Lantmäteriets karta från 1709, man ser tydligt de två gårdarna och tegarna!",
    ):
        assert Category.MEDIA_RIGHTS not in categories(rules, text, attachments=_PHOTO), text


@pytest.mark.parametrize(
    "text",
    [
        "Entreprenörerna får gärna tänka på att de har familjer. Barnen hämtas på förskolan i "
        "Ormsta vid fyra va? Bara en tanke.",
        "Deras maskinhall ligger i Brottby. Dom har kameror men inte på baksidan. Gör det ni "
        "tycker är rätt.",
        "hoppas nån spänner en lina över cykelvägen den första natten 🙃",
        "Kommer ni från länsstyrelsen på torsdag så se till att ha vakter med er. Folk i Kårsta "
        "är inte nådiga längre. 💀",
        "Herr Lindqvist, skriver ni så igen kommer ni själv behöva en plats på den nya "
        "kyrkogården. Snart.",
        "Jag kommer på torsdag. Och jag har med mig något som får rektorn att lyssna. Ni kommer "
        "läsa om det i tidningen.",
    ],
)
def test_round_92_threats(rules: Engine, text: str) -> None:
    assert crime(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kommunen kommer få ett helvete av protester om de fortsätter. Det är ett löfte. "
        "Lagliga, fredliga, högljudda protester.",
        "tänk på att ni har barn när ni kör förbi skolan, sänk farten",
        "jag tar med mig något som alla kan äta, glutenfritt!",
        "gör det ni tycker är rätt, det är ert beslut",
        "det kommer stå i tidningen imorgon om invigningen",
    ],
)
def test_round_92_lookalikes(rules: Engine, text: str) -> None:
    assert not crime(rules, text)


def test_round_93_threats_and_sport_talk(rules: Engine) -> None:
    assert crime(rules, "den som ringer polisen på mina gäster igen får 🔪 helt ärligt")
    assert crime(rules, "jag ska krossa dig i andra halvlek om du inte håller käften")
    assert crime(rules, "vi tar raketerna från nyår o skjuter in dom i lärarrummet på rasten")
    assert not crime(rules, "haha Oskar vi kommer mörda dom i andra halvlek, deras försvar är papp")
    assert not crime(rules, "Kommer skjuta in dom första gången jag får chansen 😅")
    assert not crime(rules, "den som tar sista kakan får 🔪 haha skämt")
