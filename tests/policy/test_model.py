"""The learned classifier: the artifact the layer ships, its parity with training, its place in
the engine (explained findings, review-first where it stands alone) and its failure modes."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from kommunvakt.domain.models import Action, Category, Escalation, Event
from kommunvakt.policy.config import Policy, load_policy
from kommunvakt.policy.context import Context
from kommunvakt.policy.engine import Engine
from kommunvakt.policy.model.inputs import model_input
from kommunvakt.policy.model.linear import LinearModel, ModelError
from tests.policy.conftest import make_event
from tests.scripts import load_script

_ROOT = Path(__file__).resolve().parents[2]
_SHIPPED = _ROOT / "shared/kommunvakt/policy/data/model/model.bin"

# A toy corpus for the mechanics (never for quality): threats of one shape against ordinary
# questions, enough for the trainer's grouped cross-validation.
_THREATS = [
    "jag vet var du bor och när du går hem från jobbet",
    "akta dig när du går till bilen ikväll",
    "vi vet vilken skola dina barn går i",
    "det vore synd om ditt hus brann upp en natt",
    "du borde se dig över axeln när du går hem",
    "vi ses utanför ditt hus ikväll, ta med bensin",
    "jag vet vilken bil du kör, en svart volvo",
    "olyckor händer ju, särskilt med bilar som står ute",
    "vi hälsar på dig hemma snart",
    "du vet inte vad som väntar dig efter jobbet",
    "jag ser dig när du går hem från kontoret",
    "synd om något skulle hända din familj",
]
_OK = [
    "när öppnar biblioteket efter sommaren",
    "tack för informationen om snöröjningen",
    "hur söker man plats i förskolan",
    "fint att parken blir renoverad",
    "vilka tider har återvinningscentralen på lördagar",
    "bra initiativ med fler cykelställ vid stationen",
    "finns det parkering vid simhallen",
    "när börjar höstterminen i år",
    "äntligen lagar ni vägen vid skolan",
    "kan man låna böcker på engelska",
    "vilken fin bild på kyrkan",
    "går bussen som vanligt på helgdagar",
]


@pytest.fixture(scope="module")
def trainer() -> ModuleType:
    return load_script("train_model")


def _write(path: Path, texts: list[str], labels: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = [
        {
            "platform": "facebook",
            "kind": "comment",
            "post": "",
            "text": t,
            "attachments": [],
            "labels": labels,
            "why": "toy",
        }
        for t in texts
    ]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")


@pytest.fixture(scope="module")
def toy(tmp_path_factory: pytest.TempPathFactory, trainer: ModuleType) -> Path:
    """A model trained by the real trainer on the toy corpus; yields the artifact's path."""
    root = tmp_path_factory.mktemp("toy")
    # Several files per side: the grouped cross-validation needs phenomena to hold out.
    for k in range(3):
        _write(root / "corpus" / "crime" / f"threat{k}.jsonl", _THREATS[k::3], ["crime"])
        _write(root / "corpus" / "ok" / f"question{k}.jsonl", _OK[k::3], [])
    trainer.train(root / "corpus", root / "model.bin", folds=3)
    return root / "model.bin"


def _policy_with_model(threshold: float, artifact: Path) -> Policy:
    base = load_policy()
    cats = dict(base.categories)
    cats[Category.CRIME] = cats[Category.CRIME].model_copy(
        update={"model_threshold": threshold, "model_only_action": Action.REVIEW}
    )
    return base.model_copy(
        update={
            "categories": cats,
            "model": base.model.model_copy(update={"artifact": str(artifact)}),
        }
    )


# -- the shipped artifact ---------------------------------------------------------------------


def test_shipped_model_is_trained_from_the_current_corpus(trainer: ModuleType) -> None:
    shipped = trainer.shipped_digest()
    assert shipped == trainer.digest(), (
        "training/ or the training recipe changed since the model was trained: run `make model`"
    )


def test_shipped_policy_uses_the_model_and_names_its_version() -> None:
    engine = Engine.load()
    assert engine.model is not None
    decision = engine.decide(make_event("Hej, när öppnar biblioteket igen?"))
    assert decision.model_version == engine.model.version
    assert decision.model_version.startswith("m-")


def test_shipped_artifact_is_small() -> None:
    assert _SHIPPED.stat().st_size <= 10 * 1024 * 1024


# -- parity between training and run time ---------------------------------------------------


def test_layer_scores_equal_scikit_learn_on_the_same_features(
    toy: Path, trainer: ModuleType
) -> None:
    items = trainer.load_items(toy.parent / "corpus")
    vec = trainer.Vectorizer(items)
    y = trainer.labels_matrix(items)
    j = list(trainer.CATEGORIES).index(Category.CRIME)
    reference = trainer._fit(vec.transform(items), y[:, j])
    model = LinearModel.load(toy)
    policy = load_policy()
    odd = ["ord ord ord ord", "Jag VET var du bor!!! 🔪🔪", "åäö aao", "1d10t", "x"]
    for text in [*_THREATS[:4], *_OK[:4], "helt ny mening om något annat", "", *odd]:
        inp = model_input(Context(make_event(text), policy))
        ours = model.scores(
            inp.view.text, kind=inp.kind, attachments=inp.attachments, post_view=inp.post_view
        )[Category.CRIME]
        ex = trainer.extract(
            inp.view.text, kind=inp.kind, attachments=inp.attachments, post_view=inp.post_view
        )
        theirs = reference.predict_proba(
            vec.transform([trainer.Item("x", frozenset(), ex.words, ex.chars)])
        )[0, 1]
        assert ours == pytest.approx(theirs, abs=1e-5)


def test_training_is_reproducible(toy: Path, trainer: ModuleType, tmp_path: Path) -> None:
    trainer.train(toy.parent / "corpus", tmp_path / "again.bin", folds=3)
    assert (tmp_path / "again.bin").read_bytes() == toy.read_bytes()


# -- in the engine ----------------------------------------------------------------------------


def _toy_engine(toy: Path, threshold: float = 0.5) -> Engine:
    return Engine(_policy_with_model(threshold, toy), detectors=[], model=LinearModel.load(toy))


def test_a_model_finding_names_the_model_and_points_at_the_words(toy: Path) -> None:
    engine = _toy_engine(toy)
    text = "Jag vet var du bor, och när du går hem 😉"
    decision = engine.decide(make_event(text))
    assert decision.categories == (Category.CRIME,)
    (finding,) = decision.violations
    assert finding.detector == "model:crime"
    assert 0.5 <= finding.score <= 1.0
    assert finding.evidence, "a model finding must say which words weighed most"
    for ev in finding.evidence:
        quoted = text[ev.start : ev.end]
        assert quoted.strip() and quoted == ev.masked
        assert ev.kind == "model"
    assert decision.model_version == LinearModel.load(toy).version


def test_a_model_only_finding_hides_for_review_but_still_escalates(toy: Path) -> None:
    decision = _toy_engine(toy).decide(make_event("vi vet var du bor och vilken bil du kör"))
    assert Category.CRIME in decision.categories
    # The policy removes crime; found by the model alone, a person looks first.
    assert decision.action is Action.REVIEW
    assert Escalation.POLICE_REPORT in decision.escalations


def test_a_rule_finding_keeps_the_policy_action(toy: Path) -> None:
    policy = _policy_with_model(0.5, toy)
    engine = Engine(policy, model=LinearModel.load(toy))
    decision = engine.decide(make_event("Jag ska döda dig"))
    assert Category.CRIME in decision.categories
    assert decision.action is Action.REMOVE


def test_ordinary_questions_stay_allowed_with_the_toy_model(toy: Path) -> None:
    decision = _toy_engine(toy).decide(make_event("när öppnar förskolan i Karby?"))
    assert decision.ok


def test_digits_in_model_evidence_are_masked(toy: Path) -> None:
    engine = _toy_engine(toy, threshold=0.3)
    text = "jag vet var du bor 0701234567 och när du går hem"
    decision = engine.decide(make_event(text))
    for f in decision.violations:
        for ev in f.evidence:
            assert "0701234567" not in ev.masked


# -- failure modes ----------------------------------------------------------------------------


def test_a_missing_artifact_stops_the_engine_with_its_path(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "model.bin"
    policy_file = tmp_path / "p.toml"
    shipped = _ROOT / "shared/kommunvakt/policy/data/policies/vallentuna.toml"
    text = shipped.read_text(encoding="utf-8").replace(
        "[model]\n", f'[model]\nartifact = "{missing}"\n'
    )
    policy_file.write_text(text, encoding="utf-8")
    with pytest.raises(ModelError, match=str(missing)):
        Engine.load(str(policy_file))


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b[: len(b) // 2],  # truncated upload
        lambda b: b[:-10] + bytes(x ^ 0xFF for x in b[-10:]),  # flipped bits in the weights
        lambda b: b"PK\x03\x04" + b[4:],  # some other file
    ],
    ids=["truncated", "altered", "not-an-artifact"],
)
def test_a_corrupt_artifact_is_refused_with_its_path(
    toy: Path, tmp_path: Path, damage: object
) -> None:
    bad = tmp_path / "model.bin"
    bad.write_bytes(damage(toy.read_bytes()))  # type: ignore[operator]
    with pytest.raises(ModelError, match=str(bad)):
        LinearModel.load(bad)


def test_an_artifact_of_the_float32_format_is_refused_with_what_to_do(
    toy: Path, tmp_path: Path
) -> None:
    old = tmp_path / "model.bin"
    old.write_bytes(b"KVMODEL1\n" + toy.read_bytes()[len(b"KVMODEL2\n") :])
    with pytest.raises(ModelError, match=r"another format \(KVMODEL1.*run `make model`"):
        LinearModel.load(old)


@pytest.mark.parametrize(
    "text",
    ["", "😀😀😀", "a" * 100_000, "hej \ud800 då", "nul\x00byte", "ord " * 20_000],
    ids=["empty", "emoji", "100k", "lone-surrogate", "nul", "many-words"],
)
def test_odd_input_gets_a_decision_from_the_shipped_layer(text: str) -> None:
    engine = Engine.load()
    event: Event = make_event(text)
    decision = engine.decide(event)
    assert decision.policy_version
    for f in decision.violations:
        for ev in f.evidence:
            assert 0 <= ev.start <= ev.end <= len(text)


@pytest.mark.parametrize(
    "text",
    [
        "Handläggaren på socialtjänsten borde se sig om över axeln när hon går till bilen ikväll",
        "Det vore synd om något hände bygglovschefens hus, såna trähus brinner fort",
        "Vi är många som vet vilken bil du kör, tänk på det",
        "Akta dig när du går hem från kommunhuset, man vet aldrig vem som väntar",
    ],
)
def test_the_shipped_layer_holds_veiled_threats_for_a_person_and_escalates_them(
    text: str,
) -> None:
    # Veiled threats without a threat word: what the phrase tables could not reach and the
    # reason the model is switched on for crime (at review, so a person has the last word).
    decision = Engine.load().decide(make_event(text))
    assert Category.CRIME in decision.categories
    assert Escalation.POLICE_REPORT in decision.escalations
    assert decision.action in {Action.REVIEW, Action.REMOVE}


def test_the_shipped_policy_never_goes_below_a_calibrated_threshold() -> None:
    # The calibrated threshold is a floor (docs/policy.md): a retrained model whose calibration
    # rose must not be run below it by a stale policy file.
    policy = load_policy()
    model = LinearModel.load(policy.model.artifact)
    on = {c: r.model_threshold for c, r in policy.categories.items() if r.model_threshold}
    assert on, "the shipped policy uses the model"
    below = {c.value: (t, model.thresholds[c]) for c, t in on.items() if t < model.thresholds[c]}
    assert not below, below
