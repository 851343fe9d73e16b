"""Abusive on sentences written for round 2: insults aimed at people in varied styles (no
å/ä/ö, capitals, emoji, roles as targets, inverted word order), and near misses (criticism
of decisions, self-deprecation, reported insults, animals, profanity at no one)."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import make_event

ABUSIVE = Category.ABUSIVE

MUST_FIRE = [
    "Du är en jävla idiot",
    "DIN KORKADE JÄVEL",
    "socialsekreteraren är ett fullständigt pucko",
    "vilka inkompetenta clowner ni är 🤡",
    "Kommunalrådet är en lögnaktig råtta",
    "ni e så jävla efterblivna på kommunen",
    "Handläggaren är en idiot",
    "fy fan vilken kärring hon är, chefen på skolan",
    "Era hjärndöda tjänstemän förstör allt",
    "Är du helt efterbliven eller?",
    "Miljöchefen är en korrupt skitstövel",
    "din lilla mes",
    "ni politiker är ett gäng parasiter",
    "hahaha vilken clown 🤡 du är",
    "idioter allihop på tekniska kontoret",
    "Stfu din pajas",
    "Du är ju helt störd i skallen",
    "Rektorn ar en idiot",
    "Vilket as till bygglovshandläggare",
    "käften din tönt",
    "Sköterskan på boendet är en lat kossa",
    "Invandrarna är råttor",
    "Hoppas du drunknar, ditt äckel",
    "ni är ena riktiga fjantar på förvaltningen",
    "Vilka mupp-politiker vi har i den här kommunen",
    "Kommunchefen e en jävla idiot alltså",
    "ditt arsle till ordförande borde avgå",
    # written after the round-2 rules, run once before any further change
    "Vilken jävla idiot du är",
    "kommunalradet ar en pajas",
    "ni e rena muppar allihopa",
    "HAHA din fegis",
    "Sossepolitikerna är ena hjärnlösa fjantar",
    "Du e ett kräk",
    "stick o brinn ditt äckel",
    "idiot-tjänstemän överallt i detta hus",
    "Rektorn är ett jävla pucko",
    "Chefen på hemtjänsten är en inkompetent clown",
    "Vad dum du är, fattar du ingenting?",
    "era korkade byråkrater borde skämmas",
    "Du är ju helt efterbliven",
    "Handläggaren är en lat jävel",
    "Din patetiska lilla lögnare",
]

MUST_NOT_FIRE = [
    "Vilket idiotiskt beslut att stänga biblioteket",
    "Jag var en idiot som glömde ansöka i tid",
    "Jävla snö, plogbilen har inte varit här på tre dagar",
    "Det här är inkompetent planering från kommunens sida",
    "Han kallade mig idiot på bussen och jag blev ledsen",
    "Filmen Idioterna visas på biblioteket på fredag",
    "Clownen på barnkalaset var jättebra, tack fritidsgården!",
    "Politikerna har fattat ett dumt beslut",
    "Jag är inte dum, men jag förstår inte blanketten",
    "Varför är vägarna så dåliga? Skandal!",
    "Det är dumt att skolan stänger klockan tre",
    "Ni är inte idioter, ni har bara för lite resurser",
    "Svinkallt i dag, ta på er mössa",
    "Jävligt bra jobbat med julbelysningen!",
    "Sluta kalla folk för idioter i kommentarsfältet",
    "Kommunens hemsida är ett skämt",
    "Apan på Skansen har fått en unge",
    "Grisarna på 4H-gården behöver nytt stängsel",
    "Hur dumt är det inte att ta bort busslinjen?",
    "Vilken galen vinter vi har haft",
    "Råttor i soprummet på Bällstaberg, vem ringer man?",
    "Handläggaren var otrevlig och svarade inte på mina frågor",
    "Det var en korkad idé att bygga rondellen där",
    "Min son kallades för idiot i skolan, vad gör rektorn åt mobbningen?",
    "Hästarna i hagen vid skolan verkar frysa",
    "Vad dum jag var som trodde på löftena om nya cykelbanor",
    "Beslutet är helt sjukt, hur tänkte nämnden här?",
    # written after the round-2 rules
    "Beslutet om skolan är helt idiotiskt",
    "jag känner mig som en idiot som inte fattar blanketten",
    "Jävla skit att bussen är sen igen",
    "Personalen var otrevlig när jag ringde i går",
    "Nämnden har gjort ett inkompetent jobb med budgeten",
    "Hon sa att jag var en idiot, det var elakt",
    "Clownen som uppträdde på torget var fantastisk",
    "Vi har råttor i källaren, vem ska jag kontakta?",
    "Inte för att vara dum, men när öppnar simhallen?",
    "Vilka fina blommor ni har planterat vid torget",
    "Tråkigt att ni stänger fritidsgården",
    "Den nya parkeringen är ful och dyr",
    "Varför är kommunen så långsam med bygglov?",
    "min hund är en riktig fegis när det åskar",
    "Boken Idioten av Dostojevskij finns på biblioteket",
]


@pytest.fixture(scope="module")
def eng() -> Engine:
    return Engine.load()


@pytest.mark.parametrize("text", MUST_FIRE)
def test_fires(eng: Engine, text: str) -> None:
    d = eng.decide(make_event(text))
    assert ABUSIVE in d.categories, text


@pytest.mark.parametrize("text", MUST_NOT_FIRE)
def test_does_not_fire(eng: Engine, text: str) -> None:
    assert ABUSIVE not in eng.decide(make_event(text)).categories, text
