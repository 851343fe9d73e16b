"""Advertising phrased in ways the first rules did not foresee: associations and clubs selling
or inviting to their own sales, small firms, no å/ä/ö, all caps; and residents' near misses."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kommunvakt.domain.models import Category, Event
from kommunvakt.policy.engine import Engine

# An association speaking as itself about its own sale, fundraiser or paid event is an
# organisation promoting itself (POLICY: "companies or organisations"); a resident telling
# others about someone else's event is not.
MUST_FIRE = [
    "Vår förening säljer hembakat bröd på torget på lördag, swisha eller kontanter. Välkomna!",
    "Scoutkåren har julgransförsäljning vid kyrkan 14–15 dec, intäkterna går till vårt läger. "
    "Välkomna!",
    "Föreningen har loppis i bygdegården på söndag kl 10-14, välkomna! Fika och lotter finns.",
    "Vi i hembygdsföreningen bjuder in till höstmarknad, 50 kr inträde, barn gratis. Välkomna!",
    "Kårsta IF säljer bingolotter för 30 kr st, stöd ungdomsverksamheten!",
    "Nytt i Vallentuna: hundfrisör med 20 % på första klippningen. Boka via tunahund.se",
    "NYÖPPNAT! Thairestaurang vid stationen, lunch 109 kr inkl sallad och kaffe. Välkomna in!",
    "Behöver du hjälp med trädgården? Vi erbjuder häckklippning och gräsklippning till fasta "
    "priser. Ring 070-123 45 67",
    "Vi har julbord hela december, 495 kr per person. Boka bord på gastgivaregarden.se",
    "Kolla in vår nya webbshop med ekologiska grönsaker från gården! Fri hemleverans i "
    "Vallentuna 🥕",
    "Hej grannar! Vi är ett nystartat städföretag i Vallentuna och med rutavdrag blir det "
    "halva priset. Skicka ett PM för offert",
    "rabatt 15% pa alla cyklar i var butik hela veckan, valkomna in",
    "MELLANDAGSREA PÅ ALLA VINTERJACKOR, UPP TILL 50% RABATT!! VÄLKOMNA TILL BUTIKEN PÅ TUNA TORG",
    "Vi som driver bageriet vid torget bjuder på kaffe till varje semla i februari 🥐 välkomna!",
    "Gitarrlektioner för nybörjare, 250 kr/tim och första lektionen gratis! Skicka DM",
    "Körskolan i Vallentuna har intensivkurs på sportlovet, boka din plats på vår hemsida",
    "Vallentuna BK söker fler spelare födda 2015, första träningen är gratis! Anmälan på "
    "klubbens hemsida",
    "Missa inte vårt julerbjudande: köp två ljus, betala för ett 🕯️ Ljusboden, Storgatan 5",
    "Letar du efter ny frisör? Vi på Salong Lugna har lediga tider nästa vecka. Boka online!",
    "Erbjudande till alla vallentunabor: gratis hembesök och offert på solceller. Kontakta oss "
    "på sol@tunaenergi.se",
    "Nya kurser i keramik startar i januari 🏺 1800 kr för 8 tillfällen, material ingår. "
    "Anmälan: lerverkstan.se",
    "Bilverkstad i Ormsta – däckbyte 399 kr, ingen tidsbokning behövs! Välkommen in",
    "Stöd vår klassresa! Vi säljer kakor och saft på Tuna torg i helgen, 20 kr/st",
    "Hundkurs för valpar startar i mars, några platser kvar 🐶 Läs mer och anmäl dig på vår "
    "sida, länk i kommentaren",
    "Byggfirma med 20 års erfarenhet tar uppdrag i Vallentuna med omnejd. Gratis offert! "
    "Ring Peter 073-111 22 33",
    "Vi i Lions har loppis lördag 10-15, allt överskott går till välgörenhet. Välkomna att fynda!",
    "Föreningen Tunas vänner söker nya medlemmar! Medlemsavgift 150 kr/år, bli medlem på "
    "tunasvanner.se",
    "🔥BLACK WEEK🔥 -30% på allt i webbshoppen med koden TUNA30",
    "Vi har öppnat en nagelstudio i Vallentuna centrum 💅 öppningserbjudande: gellack 350 kr",
    "Catering till studenten? Vi levererar smörgåstårtor i hela Vallentuna, beställ senast "
    "1 juni på tunadeli.se",
]

MUST_NOT = [
    "Var kan man köpa bra julgranar i Vallentuna? Tips tas emot",
    "Hembygdsföreningens loppis på lördag var jättetrevlig, gå dit nästa gång!",
    "Tips till alla: pingisklubben har prova-på för barn på lördag, min dotter älskade det",
    "Vår förening fick inget bidrag i år trots att vi ansökte i tid, varför?",
    "Säljer min gamla barnvagn, 500 kr, hör av er",
    "Rean på ICA var ju bra men parkeringen är ett skämt",
    "Jag betalade 450 kr för en klippning, är det inte väl dyrt?",
    "Kommunen borde plantera blommor i rabatterna vid torget, de är så tråkiga",
    "Vi på Ekebyvägen har fortfarande inte fått sophämtning, kontakta oss gärna",
    "Hos oss i Kårsta har det inte plogats på tre dagar. Välkomna till verkligheten",
    "Bibliotekets bokrea var toppen, fick tre böcker för 20 kr",
    "Kommunen borde erbjuda gratis busskort till pensionärer, 20 % av oss har inte råd",
    "Vet någon om gymmet vid stationen har öppet på juldagen?",
    "Tack till scouterna som sålde julgranar i helgen, så fin stämning!",
    "Min granne driver en frisersalong och säger att hyran har höjts med 30 %",
    "Kolla kommunens hemsida vallentuna.se för tider till återvinningscentralen",
    "Varför får företagen reklamskyltar vid rondellen men inte föreningarna?",
    "Vi besökte simhallen i helgen, 80 kr för vuxna är helt okej tycker jag",
    "Läste på dn.se att elpriset stiger med 15 % i vinter",
    "Boka tid hos vårdcentralen var omöjligt idag, telefonkön var två timmar",
    "Finns det någon förening som erbjuder simträning för vuxna? Vill gärna börja",
    "Jag rekommenderar verkligen Tuna Bageri, bästa kanelbullarna i stan!",
    "Ungdomarna i vår fotbollsklubb behöver en ny plan, när renoveras konstgräset?",
    "Erbjudandet från kommunen om gratis kompostbehållare, gäller det fortfarande?",
    "Loppisen i Kårsta var stängd när vi kom dit 11, fast det stod öppet till 14 🙄",
    "Min son tränar i Kårsta IF och de har jättebra ledare, tack för att ni finns!",
    "Föreningarna i kommunen får alldeles för lite stöd, 500 kr per medlem räcker inte",
]


@pytest.mark.parametrize("text", MUST_FIRE)
def test_promotion_by_firms_and_associations_is_advertising(
    engine: Engine, event: Callable[..., Event], text: str
) -> None:
    d = engine.decide(event(text))
    found = [f for f in d.violations if f.category is Category.ADVERTISING]
    assert found, "advertising should fire"
    for e in found[0].evidence:
        assert text[e.start : e.end].strip(), e


@pytest.mark.parametrize("text", MUST_NOT)
def test_residents_near_misses_are_not_advertising(
    engine: Engine, event: Callable[..., Event], text: str
) -> None:
    assert Category.ADVERTISING not in engine.decide(event(text)).categories
