"""Scams in wordings the first rules did not foresee, and people warning about or discussing
money, prizes and accounts without scamming anyone."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kommunvakt.domain.models import Category, Event
from kommunvakt.policy.engine import Engine

MUST_FIRE = [
    "Jag tjänade 12 000 kr förra veckan utan att lämna soffan, skriv till mig så berättar jag hur",
    "Vill du bli din egen chef? Sms:a mig så visar jag hur jag drar in 3000 om dagen på mobilen",
    "Mitt liv förändrades när jag började handla bitcoin via Anna, hon dubblade min insats på "
    "en vecka",
    "GRATTIS! Din profil har valts ut att vinna ett presentkort på 5000 kr. Fyll i dina "
    "uppgifter här: bit.ly/xyz",
    "Din sida bryter mot våra riktlinjer och kommer att stängas inom 24 timmar. Överklaga här: "
    "meta-support-help.com",
    "Hej! Vi söker personer som vill testa produkter hemifrån och få betalt, inga krav. "
    "Skriv JA i kommentaren",
    "Kryptoinvestering med garanterad avkastning 20 % i månaden, kontakta min rådgivare på "
    "WhatsApp",
    "tjana pengar hemifran!! 5000kr/dag enkelt, kolla min profil",
    "Jag var skeptisk först men Mrs Johansson hjälpte mig tjäna 45 000 kr på två veckor, "
    "kontakta henne på Instagram",
    "De första 100 som delar inlägget får en gratis robotdammsugare! 🎁 Dela och skriv KLAR",
    "Postnord: ditt paket kunde inte levereras. Betala 19 kr i tullavgift via "
    "postnord-leverans.info",
    "Behöver du ett snabblån utan UC? Pengar på kontot inom 10 minuter, skriv till mig privat",
    "Ensam ikväll? 😘 Heta tjejer i Vallentuna vill träffa dig, klicka på min profil",
    "Investera 2000 kr idag och få tillbaka 20 000 kr inom 72 timmar, 100 % garanterat",
    "Hej, jag är en erfaren trader och kan hjälpa dig att tjäna pengar på aktier. Skicka ett "
    "meddelande på Telegram",
    "Du har vunnit! 🎉 Klicka på länken och lös in din vinst innan den går ut",
    "JOBBA HEMIFRÅN 2-3 TIMMAR OM DAGEN OCH TJÄNA 30 000 I MÅNADEN!!! INBOXA MIG",
    "Swedbank: ditt BankID har spärrats. Logga in på swedbank-sakerhet.com för att aktivera "
    "det igen",
    "Säljer följare och likes till din sida, 1000 följare för 99 kr, skriv DM",
    "Jag får 3 000 kr varje dag sedan jag började med den här appen, länken finns i min bio",
    "Gratis pengar från staten! Ansök om ditt elstöd på elstod-sverige.online innan fredag",
    "Behöver 5 personer som vill tjäna extra i helgen, helt riskfritt, skriv 'intresserad' nedan",
    "Jag vann 50 000 på casino igår med den här bonuskoden 👉 spela-nu.xyz",
    "Tack till Mr Lindqvist för hans fantastiska tradingstrategi, nu har jag ekonomisk frihet 🙏",
    "din facebook sida kommer raderas om du inte bekräftar din identitet här",
    "Vinn en iPhone 16! Gilla, dela och tagga tre vänner så är du med i utlottningen",
    "Sjukt enkelt sätt att tjäna pengar, jag gjorde 8000 kr igår. Fråga mig hur 💰💰",
]

MUST_NOT = [
    "Varning! Någon skickar sms om att man har vunnit pengar, klicka inte på länken",
    "Mamma blev lurad av en falsk bankman på telefon, anmäl alltid sådant till polisen",
    "Kommunen borde satsa pengar på skolan istället för konstverk",
    "Hur mycket tjänar en undersköterska i kommunen egentligen?",
    "Min sambo jobbar hemifrån två dagar i veckan, så vi behöver ingen fritidsplats på fredagar",
    "Är det sant att man kan vinna ett presentkort om man svarar på kommunens enkät?",
    "Jag har investerat i solceller och sparar 500 kr i månaden på elen",
    "Pensionärerna har fått 200 kr mer i månaden, det räcker inte långt",
    "Vi vann lotteriet på julmarknaden! Tack till föreningen 🎉",
    "Grattis till alla som tog studenten idag! 🎓",
    "Klicka på länken i kommunens inlägg så hittar du anmälningsformuläret",
    "Ni som fått sms om att paketet väntar: det är bluff, radera det",
    "Det är snart omöjligt att bo här, hyran har gått upp 1 000 kr i månaden",
    "Bitcoin-automaten vid stationen, är den ens laglig?",
    "Kan man betala fakturan med swish eller bara via bankgiro?",
    "Dela gärna inlägget så att fler hittar den borttappade katten!",
    "Tjänar kommunen pengar på parkeringsavgifterna vid stationen?",
    "Min dotter fick sommarjobb via kommunen och tjänade 15 000 kr på sommaren, så stolt!",
    "Skatteverket varnar för falska mejl om skatteåterbäring just nu",
    "Hur verifierar jag mitt konto i e-tjänsten för bygglov?",
    "Varför har ni slutat lägga ut inlägg på Instagram? Jag följer er där också",
    "Vilken app ska man ladda ner för att betala parkering i Vallentuna?",
    "Det var trångt på återvinningen idag, tog 30 min att komma in",
    "Gratis inträde på museet i helgen, passa på!",
    "Lotteribedrägerier är vanliga, ge aldrig ut ditt BankID till någon",
    "Kommunen investerar 40 miljoner i nya förskolor, äntligen!",
    "Fick ett sms om att mitt konto spärrats, är det kommunen som skickat det?",
]


@pytest.mark.parametrize("text", MUST_FIRE)
def test_scams_in_other_wordings_are_spam(
    engine: Engine, event: Callable[..., Event], text: str
) -> None:
    d = engine.decide(event(text))
    found = [f for f in d.violations if f.detector == "spam.scam"]
    assert found, "spam.scam should fire"
    assert all(text[e.start : e.end].strip() for e in found[0].evidence)


@pytest.mark.parametrize("text", MUST_NOT)
def test_talk_about_money_prizes_and_scams_is_not_spam(
    engine: Engine, event: Callable[..., Event], text: str
) -> None:
    assert Category.SPAM not in engine.decide(event(text)).categories
