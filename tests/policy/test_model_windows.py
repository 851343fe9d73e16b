"""A threat slipped into a long complaint: the learned classifier also reads a long text two
sentences at a time where the policy says so (`model_window_threshold`), so one menacing
sentence among a hundred ordinary words is still found, and its words are the evidence. A
stand-in model that only recognises the threat when it reads few words makes the windows'
part visible whatever the shipped model scores."""

from __future__ import annotations

from typing import Any, cast

import pytest

from kommunvakt.domain.models import Action, Category
from kommunvakt.policy.config import Policy, load_policy
from kommunvakt.policy.engine import Engine
from kommunvakt.policy.model.linear import Contribution, LinearModel
from tests.policy.conftest import make_event

_THREAT = "Då går jag inte därifrån förrän någon av er har fått blöda för det här."
_COMPLAINT = (
    "Jag har fått en faktura på 14 600 kr för ett mätarbyte som jag aldrig har beställt. "
    "Förbrukningen är tre gånger högre än förra året fast vi var bortresta hela juli. "
    "Jag har mejlat VA-avdelningen tre gånger sedan augusti och bara fått ett automatsvar. "
    "Ingen har ringt tillbaka och ingen verkar veta vem som ansvarar för mätarbytena. "
)
_CLOSE = "Ni får faktiskt skylla er själva."


class ShortSightedModel:
    """Finds a threat (0.99) where "blöda" stands among few words; a long text dilutes it."""

    version = "m-test"
    categories = tuple(Category)
    thresholds = dict.fromkeys(Category, 0.5)

    def scorer(self, categories: Any) -> ShortSightedModel:
        return self

    def scores(self, view: str, **_: Any) -> dict[Category, float]:
        crime = 0.99 if "blöda" in view and view.count(" ") < 30 else 0.3
        return {c: (crime if c is Category.CRIME else 0.01) for c in Category}

    def explain(self, view: str, category: Category, **_: Any) -> list[Contribution]:
        k = view.find("blöda")
        return [Contribution(k, k + len("blöda"), 2.0)] if k >= 0 else []


def _policy(window: float | None) -> Policy:
    base = load_policy()
    cats = dict(base.categories)
    cats[Category.CRIME] = cats[Category.CRIME].model_copy(
        update={"model_threshold": 0.8, "model_window_threshold": window}
    )
    return base.model_copy(update={"categories": cats})


def _engine(window: float | None) -> Engine:
    return Engine(_policy(window), model=cast(LinearModel, ShortSightedModel()))


@pytest.mark.parametrize("where", ["middle", "end"])
def test_a_threat_inside_a_long_complaint_is_found(where: str) -> None:
    text = (
        _COMPLAINT + _THREAT + " " + _CLOSE
        if where == "middle"
        else _COMPLAINT + _CLOSE + " " + _THREAT
    )
    d = _engine(0.95).decide(make_event(text))
    assert Category.CRIME in d.categories
    finding = next(v for v in d.violations if v.detector == "model:crime")
    # the evidence points into the original text at the threatening word
    assert [text[e.start : e.end] for e in finding.evidence] == ["blöda"]
    assert d.action is Action.REVIEW  # the model alone: a person looks first


def test_a_long_complaint_without_a_threat_is_not_found() -> None:
    text = _COMPLAINT + "Jag kommer att skriva till fullmäktige om det här. " + _CLOSE
    assert Category.CRIME not in _engine(0.95).decide(make_event(text)).categories


def test_without_a_window_threshold_only_the_whole_text_is_read() -> None:
    text = _COMPLAINT + _THREAT + " " + _CLOSE
    assert Category.CRIME not in _engine(None).decide(make_event(text)).categories


def test_the_shipped_policy_reads_threats_two_sentences_at_a_time() -> None:
    rule = load_policy().categories[Category.CRIME]
    assert rule.model_window_threshold is not None
    assert rule.model_threshold is not None
    assert rule.model_window_threshold >= rule.model_threshold
