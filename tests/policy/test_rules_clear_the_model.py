"""Where a rule detector holds proof of a harmless reading (an insult negated, a rumour asked
about or sourced, a picture whose text names nobody, a resident's own sale, a fact question
about a party), a finding of the learned model alone is dropped; anywhere else the model's
finding stands. A stand-in model that is certain of every category makes the rule's part
visible whatever the shipped model scores."""

from __future__ import annotations

from typing import Any, cast

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.config import load_policy
from kommunvakt.policy.engine import Engine
from kommunvakt.policy.model.linear import Contribution, LinearModel
from tests.policy.conftest import make_event

PHOTO = ({"type": "photo", "url": "https://scontent.xx.fbcdn.net/p.jpg"},)


class CertainModel:
    """Scores every category 0.99 and points at the first word."""

    version = "m-test"
    categories = tuple(Category)
    thresholds = dict.fromkeys(Category, 0.5)

    def scorer(self, categories: Any) -> CertainModel:
        return self

    def scores(self, view: str, **_: Any) -> dict[Category, float]:
        return dict.fromkeys(Category, 0.99)

    def explain(self, view: str, category: Category, **_: Any) -> list[Contribution]:
        return []


@pytest.fixture(scope="module")
def eng() -> Engine:
    return Engine(load_policy(), model=cast(LinearModel, CertainModel()))


def model_only(eng: Engine, text: str, category: Category, **kw: Any) -> bool:
    d = eng.decide(make_event(text, **kw))
    found = [f.detector for f in d.violations if f.category is category]
    return bool(found) and all(f.startswith("model:") for f in found)


@pytest.mark.parametrize(
    ("text", "category", "kw"),
    [
        ("Du är ingen idiot, du fattar hur det funkar", Category.ABUSIVE, {}),
        ("Jag säger inte att ni är idioter, men svara oss", Category.ABUSIVE, {}),
        ("Stämmer det att badet stänger i juli?", Category.RUMOR, {}),
        ("Kommunen har bekräftat att vattnet är drickbart igen", Category.RUMOR, {}),
        (
            "Översvämningen på Banvägen, tog bilden i morse",
            Category.MEDIA_RIGHTS,
            {"attachments": PHOTO},
        ),
        ("Säljer min gamla barnvagn, 500 kr, hör av er", Category.ADVERTISING, {}),
        ("Vad tyckte Centerpartiet om förslaget?", Category.POLITICAL, {}),
        ("Politikerna borde lyssna mer på oss som bor här", Category.POLITICAL, {}),
        ("Hur söker man plats på äldreboende om man bor i Brottby?", Category.PERSONAL_CASE, {}),
        ("Varning! Någon skickar sms om vinster, klicka inte på länken", Category.SPAM, {}),
        ("Rektorn borde få sparken efter det här", Category.CRIME, {}),
        ("Jag vet var kommunhuset ligger men inte var parkeringen är", Category.CRIME, {}),
        ("Han ska få betala tillbaka bidraget enligt beslutet", Category.CRIME, {}),
    ],
)
def test_a_rule_that_proves_a_harmless_reading_drops_the_model(
    eng: Engine, text: str, category: Category, kw: dict[str, Any]
) -> None:
    assert not model_only(eng, text, category, **kw), text


@pytest.mark.parametrize(
    ("text", "category", "kw"),
    [
        ("Du är en sån som borde hålla tyst för alltid", Category.ABUSIVE, {}),
        ("Rektorn har fått sparken, det vet alla", Category.RUMOR, {}),
        (
            "Kolla vem som sitter här och sover på bussen",
            Category.MEDIA_RIGHTS,
            {"attachments": PHOTO},
        ),
        ("Nyöppnat! Välkommen in till oss på Tuna torg", Category.ADVERTISING, {}),
        ("Centerpartiet har förstört allt, aldrig mer", Category.POLITICAL, {}),
        ("Kan man få hjälp? Min mamma har väntat i tre veckor", Category.PERSONAL_CASE, {}),
        ("Grattis! Du har vunnit, klicka på länken i min profil", Category.SPAM, {}),
        ("Han borde få sparken och en kula", Category.CRIME, {}),
        ("Jag vet var du ligger och sover om nätterna", Category.CRIME, {}),
        ("Du ska få betala för det här, akta dig", Category.CRIME, {}),
    ],
)
def test_without_such_proof_the_model_finding_stands(
    eng: Engine, text: str, category: Category, kw: dict[str, Any]
) -> None:
    d = eng.decide(make_event(text, **kw))
    assert category in d.categories, text


def test_a_rule_finding_the_policy_names_explains_the_model_away(eng: Engine) -> None:
    # vallentuna.toml: spam's `model_explained_by = ["advertising", "irrelevant"]` — a
    # company's offer reads like a scam to a bag of words; the rule knows it is an ad.
    d = eng.decide(make_event("Nyöppnat hos oss på Tuna torg! 20 % rabatt hela veckan, välkommen"))
    assert Category.ADVERTISING in d.categories
    assert Category.SPAM not in d.categories


class PointingModel(CertainModel):
    """Certain of every category, and points at the last two words."""

    def explain(self, view: str, category: Category, **_: Any) -> list[Contribution]:
        words = view.split()
        start = len(view) - len(" ".join(words[-2:]))
        return [Contribution(start, len(view), 1.0)]


def test_the_words_a_model_only_confidential_finding_rests_on_are_shown_masked() -> None:
    # No rule proves anything here; the words the model points at are the health detail
    # itself, and the evidence an e-mail or an export quotes must not carry it in clear.
    eng = Engine(load_policy(), model=cast(LinearModel, PointingModel()))
    d = eng.decide(make_event("Tänker på grannen Rut som nu har fått beskedet leukemiskt återfall"))
    conf = [f for f in d.violations if f.detector == "model:confidential"]
    assert conf, "the stand-in model finds confidential"
    quoted = [ev.masked for f in conf for ev in f.evidence]
    assert quoted and all("leukemiskt" not in q and "återfall" not in q for q in quoted), quoted
    abusive = [
        ev.masked for f in d.violations if f.detector == "model:abusive" for ev in f.evidence
    ]
    assert abusive == ["leukemiskt återfall"], "other categories quote their words as written"
