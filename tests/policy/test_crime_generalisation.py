"""Crime on sentences written for round 2, in styles the dev set has few of: veiled threats
against a named role, threats phrased as "få sota"/"kosta honom", incitement as a wish or a
hypothetical, no å/ä/ö, capitals, emoji; and near misses that must stay clean."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import make_event

CRIME = Category.CRIME

MUST_FIRE = [
    "Jag vet var rektorn bor. Bara så ni vet.",
    "vi vet vart socialchefen bor och vilken bil hon kör",
    "Han ska få sota för det här, lita på mig",
    "det kommer att kosta honom dyrt och jag menar inte pengar",
    "Bästa vore om någon eldade upp hela kommunhuset",
    "synd att ingen har tänt på skolan än",
    "Hoppas nån skjuter den där politikern",
    "JAG SKA SLÅ IHJÄL DIG",
    "ja ska doda dig din javel",
    "Kommunalrådet förtjänar en kula i huvudet",
    "Tänd eld på stadshuset ikväll, vem är med?",
    "Vore skönt om någon sprängde hela förvaltningen i luften",
    "Önskar att någon slog ner den där chefen",
    "Jag ska hitta dig och knivhugga dig 🔪",
    "Invandrarna är parasiter och borde kastas ut",
    "muslimer är inte människor",
    "Måtte någon skjuta ihjäl hela nämnden",
    "Om ingen annan gör det så kommer jag bränna ner ert hus",
    "Borde inte någon lära honom en läxa? 👊",
    "Jag vet var du parkerar bilen och när du går hem",
    "Fan vad bra det vore om någon brände ner socialkontoret",
    "vi borde samlas ikväll och krossa alla rutor på stadshuset",
    "Hon kommer få betala för det här. Jag vet var hon bor.",
    "Handläggaren ska få ångra sig, han vet inte vem han bråkar med",
    "nån borde ge miljöchefen en rejäl omgång",
    "jag lovar att nämndens ordförande kommer att få sota för detta",
    "Skulle inte förvåna mig om stadshuset brann ner snart... 🔥😈",
    "vi vet var ni jobbar, och vi vet var era barn går i skolan",
    # written after the round-2 rules, run once before any further change
    "Vi vet var bygglovschefen bor. Hälsa honom det.",
    "den där socialsekreteraren kommer få sota, det lovar jag",
    "Vore najs om nån tände eld på förvaltningshuset",
    "varför har ingen bränt ner det där asylboendet än?",
    "hoppas ngn knivhugger kommunalrådet",
    "ni kommer att få lida för det här, allihop",
    "jag ska fan skjuta hela nämnden",
    "JAG VET VAR DU BOR",
    "Det kommer att kosta henne dyrt. 🔪",
    "Nån borde ge rektorn på käften",
    "Hade varit skönt om någon sprängde kommunhuset i natt",
    "Bygglovshandläggaren förtjänar att dö",
    "ska slå sönder varenda ruta på ditt kontor",
    "Synd att ingen har skjutit honom än",
    "Sossarna borde skjutas allihop",
]

MUST_NOT_FIRE = [
    "Igår brann det på skolan och polisen utreder mordbrand",
    "Min bil blev vandaliserad i natt, någon slog sönder rutan",
    "Jag skulle kunna döda för en kopp kaffe just nu",
    "Det här beslutet kommer att kosta skattebetalarna miljoner",
    "Ni borde skjuta upp beslutet till nästa möte",
    "Vet ni var kommunens återvinningscentral ligger?",
    "Han fick sota för sina misstag i valet",
    "Synd att ingen har tänt julgranen på torget än",
    "Bästa vore om någon tog över ansvaret för parken",
    "Det vore bra om någon fixade gatlyktorna",
    "Polisen sköt en man i Märsta i går enligt lokaltidningen",
    "Mitt barn blev slaget på skolgården och ingen gjorde något",
    "Detta förslag kommer döda småföretagen i centrum",
    "Sluta mörda svenska språket i era pressmeddelanden",
    "Hoppas det smäller ordentligt på nyårsafton, fyrverkerierna är bäst",
    "Du kommer få se en stor förbättring nästa år",
    "Han ska få betala tillbaka bidraget enligt beslutet",
    "Akta dig för halkan vid busshållplatsen",
    "Invandrare borde få bättre hjälp att lära sig svenska",
    "Kan man skjuta upp betalningen av fakturan?",
    "Vi var många som brände ljus för offren i helgen",
    "Det kostar skjortan att parkera vid stationen",
    "Rektorn borde få sparken efter det här",
    "Jag vet var kommunhuset ligger men inte var parkeringen är",
    "Det kommer att kosta honom jobbet om han fortsätter så här",
    "Vore bra om någon eldade i brasan på midsommarafton som förra året",
    "Synd att ingen har tagit hand om det trasiga staketet",
    "Vet ni var man hämtar ut sopkärl? Jag bor på Storgatan",
    # written after the round-2 rules
    pytest.param(
        "Vi vet var ni bor eftersom ni fått brev från oss, svarade kommunen",
        marks=pytest.mark.xfail(reason="a quoted reply", strict=True),
    ),
    "Hoppas ingen skadas i halkan i morgon",
    "Vore skönt om någon tog bort snön från cykelbanan",
    "Det skulle kosta henne tusentals kronor att söka bygglov",
    "Han får sota för sina egna beslut i valet nästa år",
    "Vet någon var min katt är? Hon sprang bort i går",
    "Hoppas skolan får nya fönster snart",
    "Synd att ingen har städat parken efter festivalen",
    "Grannen sköt upp sitt bygge igen",
    "Min pappa förtjänar en bättre plats på boendet",
    "Förra vintern brann det i förskolan, hoppas det inte händer igen",
    "Mördarsniglar borde utrotas från min trädgård",
    "Ge barnen en chans att spela fotboll på planen",
    "Jag vet var tomten bor, sa min dotter 😊",
    "Det kommer att kosta dem valet om de lägger ner skolan",
]


@pytest.fixture(scope="module")
def eng() -> Engine:
    return Engine.load()


@pytest.mark.parametrize("text", MUST_FIRE)
def test_fires(eng: Engine, text: str) -> None:
    d = eng.decide(make_event(text))
    assert CRIME in d.categories, text
    assert all(e.end > e.start for f in d.violations if f.category is CRIME for e in f.evidence)


@pytest.mark.parametrize("text", MUST_NOT_FIRE)
def test_does_not_fire(eng: Engine, text: str) -> None:
    assert CRIME not in eng.decide(make_event(text)).categories, text


@pytest.mark.parametrize(
    "text",
    [
        "Jag ska döda Kerstin Berglund på bygglovet",
        "vi kommer att mörda Per-Olof Ek",
        "Jag ska skjuta Kalle om han visar sig på mötet",
    ],
)
def test_a_threat_to_kill_a_named_person_is_a_threat_rule_alone(eng: Engine, text: str) -> None:
    # A name is as much a target as "henne": the rule finds it, not only the model.
    d = eng.decide(make_event(text))
    rules = [f.detector for f in d.violations if f.category is CRIME]
    assert "crime.threat" in rules, text
    (finding,) = [f for f in d.violations if f.detector == "crime.threat"]
    # The evidence reaches the name (offsets into what was written), masked in the record.
    (ev,) = finding.evidence
    assert text[ev.start : ev.end].rsplit(maxsplit=1)[-1][0].isupper()


@pytest.mark.parametrize(
    "text",
    [
        "Vi ska slå Täby i fotboll på lördag",
        "Jag ska döda Netflix-tittandet i januari",
        "Jag dödade Vallentunas handbollslag i Fifa igår",
        "Kerstin ska döda tråden nu, den har spårat ur",
    ],
)
def test_names_next_to_violent_words_that_threaten_no_one(eng: Engine, text: str) -> None:
    assert CRIME not in eng.decide(make_event(text)).categories, text
