"""Personal data as residents actually give it, proved by the rules alone (the learned model is
off here): a home told by its flat or stairwell or by "där jag bor" after the street number,
health in the second verb of a sentence or with a filler word, a stay on a ward, a birth date
written as a date beside "sista fyra", an e-mail spaced out or given by its webmail service,
a passport's or ID card's number.
Beside each, the look-alike that is no personal data."""

from __future__ import annotations

import pytest

from kommunvakt.policy.engine import Engine
from tests.policy.conftest import personal_data as kinds


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Kom förbi och hämta äpplen, Björkvägen 14 uppgång B, jag är hemma i kväll", "address"),
        ("Mopederna står och varvar utanför Tallstigen 3, lgh 1102, varje natt", "address"),
        ("Gatlyktan vid Granbacken 7 där vi bor har varit släckt sen oktober", "address"),
        ("Sopbilen har inte tömt på Ängsvägen 21, det är vi, tredje veckan nu", "address"),
        ("Jag blev påkörd vid rondellen och fick whiplash och hjärnskakning", "health"),
        ("Min farmor, som bor kvar i Angarn och har hjärtsvikt, tar sig inte hit", "health"),
        ("vår yngsting har typ svår astma så vi kan inte vara med på skogsdagen", "health"),
        ("Jag har typ 2-diabetes och undrar om maten i restaurangen är märkt", "health"),
        ("ja har adhd och tar concerta så jag behöver en lugn plats att plugga", "health"),
        ("Kan inte komma, ligger inne på onkologen på Karolinska till fredag", "health"),
        ("Min morfar ligger på strokeavdelningen sen i söndags", "health"),
        # kin without "min" is the writer's own: "pappa fick diagnosen"
        ("Pappa fick diagnosen cancer i våras, så vi missar loppet", "health"),
        ("Farmor Britt på Lindgården har demens och ingen hjälper henne", "health"),
        # death from a condition, pregnancy, a long compound diagnosis (round 17)
        ("Min man Sture dog i lungcancer i augusti, så jag går själv nu", "health"),
        ("jag är gravid i vecka 20 och undrar om föräldragruppen", "health"),
        ("min pappa har bukspottkörtelcancer och kan inte åka buss", "health"),
        # a common first name at the start of a sentence is still a person
        ("Kalle har HIV, det vet väl alla här", "health"),
        ("Synd om dem. Birgitta har demens och maken orkar inte", "health"),
        ("När jag var sjukskriven för utmattningssyndrom hjälpte promenaderna mest", "health"),
        ("Sonen är född 2011-05-14 och hans sista fyra är 1236 om ni behöver dem", "personnummer"),
        ("Jag är född 14 maj 2011, sista fyra 1236", "personnummer"),
        ("Skicka papperen till lena.karlsson82 @ hotmail . com tack", "email"),
        ("Jag kan vara ledare! nisse_b77 på gmail", "email"),
        # Every webmail service the pattern knows, not only the three most common.
        ("skriv till mig: kalle.berg på yahoo så svarar jag", "email"),
        ("hör av er till anna.k på telia", "email"),
        # the dot spelled out, as in "(at)" and "punkt" addresses
        ("skicka ett mejl till anna punkt berg på hotmail punkt com", "email"),
        ("kalle punkt svensson at outlook om nån vill höra av sig", "email"),
        # an identity document's number after the document's name
        (
            "Hittade ett id-kort nr 7412 0958 vid busshållplatsen, ring om det är ditt",
            "id_document",
        ),
        ("Söker jobbet! Inget svenskt leg än men norskt pass nr 33819206", "id_document"),
        ("Vi har LMA-kort 25-331902-1 allihop, när får vi bostad?", "id_document"),
    ],
)
def test_personal_data_told_plainly_is_found(rules: Engine, text: str, kind: str) -> None:
    assert kind in kinds(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Det är ett stort hål i vägen utanför Storgatan 5, någon kommer att köra sönder däcken",
        "Parkeringen vid Tingsvägen 12 är full varje morgon",
        "Jag var på avdelningen för bygglov i går och fick bra hjälp",
        "Bilen ligger på verkstad så jag tar bussen",
        "Mötet är 2011-05-14, de sista fyra platserna kvar: 1236 kr styck",
        "Jag har konto på gmail men era mejl hamnar i skräpposten",
        "Vi lyssnade på live musik på torget hela kvällen",
        "Pappa har bil så vi kör själva till simhallen",
        "Många pappor har diabetes utan att veta det",
        "Jag blir sjuk av alla regler",
        "Många barn har astma, tänk på det när ni väljer växter",
        "Vi grillar med kol, inte gas",
        "Fisken i sjön har tumörer, kan kommunen testa vattnet?",
        "hon gick i skolan i Karby på sjuttiotalet",
        "gravida kvinnor bör vaccinera sig mot influensan",
        "många dog i cancer förr i tiden, nu överlever de flesta",
        "hon gick bort i våras, vila i frid",
        "Björn har setts nära skolan, och den har skabb enligt jägarna",
        "Jag läste det på hotmail-sidan, punkt slut",
        "Svaret kom punkt tolv på gmail, tack för snabb hantering",
        "Jag jobbar pass 3 på förskolan, 12 barn på en vuxen",
        "Köpte nytt pass för 650 kr, tog 12 dagar att få det",
        "Nya id-kortet kostar 400 kr och tar två veckor",
    ],
)
def test_look_alikes_are_no_personal_data(rules: Engine, text: str) -> None:
    assert not kinds(rules, text), text
