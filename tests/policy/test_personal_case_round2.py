"""Round-2 sentences for personal_case: varied phrasings that must and must not fire (own cases)."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from tests.policy._discourse import check_does_not_fire, check_fires

CAT = Category.PERSONAL_CASE

MUST_FIRE = [
    "Min pappa har hemtjänst och de kom aldrig igår, han satt utan mat hela kvällen.",
    "Mamma bor på äldreboendet och ingen har bytt hennes blöja på hela dagen",
    "min son har fortfarande ingen fritidsplats fast vi ansökte i mars",
    "Vår dotter fick inte skolskjuts i höstas trots att hon har rätt till det",
    "Farmor har väntat tre veckor på trygghetslarm och ingen hör av sig",
    "pappas hemtjanst har missat hans medicin två gånger denna vecka!!",
    "MIN MAMMA FICK FEL FAKTURA FRÅN ÄLDREOMSORGEN IGEN",
    "Min bror har LSS och hans assistent har inte kommit på fyra dagar",
    "Vi har fått en faktura på barnomsorgsavgiften som är dubbelt så hög som förra månaden",
    "Sonens lärare har inte svarat på mina mejl sen augusti om hans stödinsats",
    "Min mormor fick avslag på sin ansökan om särskilt boende, vad gör vi nu?",
    "min farsa blev utan hemtjänst hela helgen, ingen ringde ens 😡",
    "Våran son blir mobbad i skolan och rektorn gör ingenting trots att vi anmält",
    "Pappa ramlade i söndags och personalen från hemtjänsten kom först efter sex timmar",
    "Vi betalar maxtaxa för förskolan men har inte fått någon plats till lillebror",
    "Min svärmor har fått höjd avgift för hemtjänsten utan att någon förklarat varför",
    "dottern har väntat på utredning hos elevhälsan i ett år nu",
    "Mamma fick en räkning på 4000 kr från kommunen för matlådor hon aldrig beställt",
    "Min syster har ansökt om bostadsanpassning för sin rullstol och inget händer",
    "Kan någon på socialtjänsten ringa mig om min pappas ärende, det är akut",
    "Jag har ringt om min mammas trygghetslarm fem gånger utan svar",
    "Vår son fick inte gå på utflykten för att vi inte betalat avgiften, "
    "vi har inte ens fått någon räkning",
    "Min morfar på demensboendet har tappat 8 kilo och ingen på avdelningen reagerar",
    "farmors hemtjänstpersonal byts ut varje dag och hon blir förvirrad, "
    "vi har klagat men inget händer",
    "Barnen har inte fått sina skolböcker och vi har mejlat skolan tre gånger",
]

MUST_NOT_FIRE = [
    "Hur ansöker man om hemtjänst för en anhörig?",
    "Hemtjänsten i kommunen behöver mer personal, det är uppenbart.",
    "Tack till hemtjänsten som alltid tar så fint hand om de äldre!",
    "Vad kostar en plats i förskolan per månad?",
    "Min pappa tycker att den nya lekplatsen blev jättefin",
    "Skolskjutsarna borde gå oftare på landsbygden",
    "Äldreomsorgen har det tufft i hela Sverige just nu",
    "När öppnar ansökan till fritids inför hösten?",
    "Min mamma jobbade som undersköterska i 30 år, respekt till alla i vården",
    "Vilka regler gäller för bostadsanpassning?",
    "Bra att ni informerar om de nya avgifterna i god tid",
    "Kommer maxtaxan att höjas nästa år?",
    "Min son älskar den nya simhallen!",
    "Hur lång är kön till äldreboende i genomsnitt?",
    "Det är viktigt att anhöriga får stöd, bra initiativ",
    "Kan man få ersättning som anhörigvårdare?",
    "Vi var på höstmarknaden med barnen, så trevligt",
    "Farmor fyller 90 i morgon, grattis!",
    "Fler borde söka jobb inom hemtjänsten, det är ett viktigt yrke",
    "Varför har skolan studiedag på fredag?",
    "Min dotter var med i körens konsert i kyrkan, fantastiskt",
    "Jag tycker avgifterna för kulturskolan är för höga generellt",
    "Skolmaten har blivit bättre i år tycker mina barn",
    "Hemtjänsten har fått nya elbilar ser jag",
    "Min pappa berättade att han gick på den här skolan på 60-talet",
]

# Sentences the rules still miss; kept so that a fix shows up as an unexpected pass.
KNOWN_GAPS: set[str] = {
    "Mamma fick en räkning på 4000 kr från kommunen för matlådor hon aldrig beställt",
}


@pytest.mark.parametrize("text", MUST_FIRE)
def test_fires(text: str) -> None:
    check_fires(CAT, text, KNOWN_GAPS)


@pytest.mark.parametrize("text", MUST_NOT_FIRE)
def test_does_not_fire(text: str) -> None:
    check_does_not_fire(CAT, text)
