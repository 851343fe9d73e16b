"""Round-2 sentences for rumor: varied phrasings that must and must not fire (own cases)."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from tests.policy._discourse import check_does_not_fire, check_fires

CAT = Category.RUMOR

MUST_FIRE = [
    "Jag har hört att simhallen ska stängas efter sommaren",
    "En kompis som jobbar på kommunen säger att de ska lägga ner biblioteket",
    "Det sägs att rektorn fick sparken men kommunen håller tyst om det",
    "Sprid detta innan det raderas!!!",
    "Enligt min granne ska de bygga ett asylboende i skogen bakom skolan",
    "DELA DELA DELA innan kommunen tar bort det",
    "har hort att de ska stanga vardcentralen, stammer det inte?",
    "Kommunen mörkar hur mycket bygget egentligen kostade",
    "Min svåger jobbar på tekniska och han säger att vattnet är förorenat",
    "Ryktet går att de tänker sälja fotbollsplanen till en byggfirma",
    "De vill inte att ni ska veta sanningen om det nya bostadsområdet",
    "Det är ingen slump att skolan brann precis innan budgeten skulle tas",
    "Fick veta av en anställd att hemtjänsten ska privatiseras i smyg",
    "Vakna folk! De lurar oss med den där enkäten",
    "Tydligen ska de höja skatten med två kronor, alla vet om det",
    "Någon på socialtjänsten läckte att de ska flytta hit 200 personer",
    "Folk säger att förskolechefen blev avstängd för förskingring",
    "Lär ska bli så att busslinjen försvinner helt nästa år",
    "Kolla klippet innan det försvinner, kommunen vill inte att ni ser det 😱",
    "Jag vet från säker källa att de ska riva gamla skolan",
    "Läckta mejl visar att kommunstyrelsen visste om mögelproblemen",
    "Sägs att vattentornet ska säljas till ett kinesiskt bolag",
    "Min kusin jobbar i kommunhuset och säger att alla ska varslas",
    "Det de inte berättar är att hela centrum ska rivas",
    "hörde från en polare att de stänger återvinningen för gott",
]

MUST_NOT_FIRE = [
    "Stämmer det att simhallen ska stängas? Har inte sett något om det",
    "Kommunen har skrivit att biblioteket inte ska läggas ner, sluta sprida rykten",
    "Jag läste på kommunens hemsida att vägen ska asfalteras",
    "Enligt protokollet från fullmäktige ska skolan renoveras",
    "Dela gärna inbjudan till höstmarknaden med era vänner!",
    "Sverigedemokraterna vill stänga gränserna och det är rätt",
    "Socialdemokraterna har förstört välfärden",
    "Jag hörde av mig till kundtjänst igår och fick snabbt svar",
    "Tack för informationen om vattenavstängningen",
    "Hörde konserten i parken i lördags, riktigt bra",
    "Jag har hört mycket gott om den nya rektorn",
    "Vet någon när simhallen öppnar efter renoveringen?",
    "Busslinjen dras in enligt beslutet i trafiknämnden, det står i protokollet",
    "Är det sant att det blir ny lekplats? Det vore kul",
    "Höj skatten och satsa på skolan, säger jag",
    "Moderaterna ska sänka skatten, det står i deras program",
    "Politikerna i fullmäktige borde lyssna mer på medborgarna",
    "Min granne sa att soptömningen är flyttad till tisdag, stämmer det?",
    "Kommunen har bekräftat att vattnet är drickbart igen",
    "Jag tror att det blir dyrt att bygga om torget",
    "Det är ett faktum att befolkningen växer i kommunen",
    "Vänstern vill höja skatterna och högern vill sänka dem",
    "Dela ut mer information om krisberedskap tack",
    "Invandringen är för hög, det är min åsikt",
    "Skolan brann förra året och polisen utreder fortfarande",
]

# Sentences the rules still miss; kept so that a fix shows up as an unexpected pass.
KNOWN_GAPS: set[str] = {
    "En kompis som jobbar på kommunen säger att de ska lägga ner biblioteket",
    "har hort att de ska stanga vardcentralen, stammer det inte?",
}


@pytest.mark.parametrize("text", MUST_FIRE)
def test_fires(text: str) -> None:
    check_fires(CAT, text, KNOWN_GAPS)


@pytest.mark.parametrize("text", MUST_NOT_FIRE)
def test_does_not_fire(text: str) -> None:
    check_does_not_fire(CAT, text)
