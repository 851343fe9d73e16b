"""A municipality's policy as data: loaded from TOML, validated, errors name the bad key."""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from kommunvakt.domain.actions import ActionRules
from kommunvakt.domain.models import Action, Category, Escalation

DEFAULT_POLICY = "vallentuna"


class PolicyError(ValueError):
    """The policy file cannot be used; the message names the file and the offending key."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CategoryRule(_Strict):
    clause: str = Field(min_length=1)
    """The Swedish heading of the municipality's rule, quoted in every decision."""
    action: Action
    escalation: Escalation | None = None
    threshold: float = Field(default=0.5, ge=0.0, le=1.0)
    reply_template: str | None = None
    suppressed_by: tuple[Category, ...] = ()
    """Drop this category when one of these fired (POLICY.md: `irrelevant` is not added
    when the item is already advertising, spam, political or rumor)."""
    ignore_kinds_with: dict[Category, tuple[str, ...]] = {}
    """Evidence kinds that do not count when another category fired: a company's phone
    number in an ad is advertising, not personal data."""
    model_threshold: float | None = Field(default=None, gt=0.0, lt=1.0)
    """The learned classifier's probability from which it finds this category on its own;
    None: the category rests on the rule detectors alone. Calibrated on our training corpus
    by cross-validation (`make model` prints the calibrated values)."""
    model_window_threshold: float | None = Field(default=None, gt=0.0, lt=1.0)
    """For a long text (`engine.WINDOW_WORDS` words or more) the classifier also reads every
    two consecutive sentences on their own, and a pair at or above this probability is a
    finding: one threatening sentence in a long, otherwise ordinary complaint weighs little
    against the whole text. Stricter than `model_threshold` (two sentences are little to go
    on); None: the whole text only."""
    model_only_action: Action | None = None
    """The action when only the model found this category (no rule agreed): a model can be
    wrong about an ordinary resident, so a person looks first where this says `review`."""
    model_explained_by: tuple[Category, ...] = ()
    """Categories whose rule finding explains the words the model weighed here: the model's
    finding of this category alone is dropped when one of them fired (a company's offer looks
    like a scam to a bag of words; it is advertising)."""


class PublicContacts(_Strict):
    """The municipality's own published contacts: never personal data when quoted."""

    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    email_domains: tuple[str, ...] = ()
    addresses: tuple[str, ...] = ()


class Repetition(_Strict):
    window_hours: float = Field(default=24, gt=0)
    similarity: float = Field(default=0.8, gt=0.0, le=1.0)
    """Share of shared word shingles from which two posts count as near-identical."""


class Blocking(_Strict):
    removals: int = Field(default=3, ge=1)
    window_days: float = Field(default=30, gt=0)
    automatic: bool = False


class ModelSettings(_Strict):
    artifact: str | None = None
    """Path of the model artifact; None: the one shipped in the layer."""


class Policy(_Strict):
    municipality: str = Field(min_length=1)
    version: str = Field(min_length=1)
    categories: dict[Category, CategoryRule]
    public_contacts: PublicContacts = PublicContacts()
    reply_templates: dict[str, str] = {}
    repetition: Repetition = Repetition()
    blocking: Blocking = Blocking()
    model: ModelSettings = ModelSettings()
    actions: ActionRules = ActionRules()
    """What decisions do on the platforms; dry-run unless the municipality says live."""
    escalation_priority: tuple[Category, ...] = ()
    """Which category's reply template wins when several fire."""

    @model_validator(mode="after")
    def _complete(self) -> Policy:
        missing = [c.value for c in Category if c not in self.categories]
        if missing:
            raise ValueError(f"categories: missing {', '.join(missing)}")
        for cat, rule in self.categories.items():
            if rule.reply_template and rule.reply_template not in self.reply_templates:
                raise ValueError(
                    f"categories.{cat.value}.reply_template: no template "
                    f"{rule.reply_template!r} in reply_templates"
                )
        return self

    @property
    def policy_version(self) -> str:
        return f"{self.municipality}/{self.version}"


def _format_error(source: str, err: ValidationError) -> str:
    parts = []
    for e in err.errors():
        loc = ".".join(str(p) for p in e["loc"]) or "(root)"
        parts.append(f"{loc}: {e['msg']}")
    return f"{source}: invalid policy: " + "; ".join(parts)


def parse_policy(text: str, source: str = "<policy>") -> Policy:
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(f"{source}: not valid TOML: {exc}") from exc
    try:
        return Policy.model_validate(raw)
    except ValidationError as exc:
        raise PolicyError(_format_error(source, exc)) from exc


def load_policy(path: str | Path | None = None) -> Policy:
    """Load a policy file, or the shipped default (Vallentuna) when no path is given.

    A bare name such as ``vallentuna`` loads that shipped municipality's policy.
    """
    if path is None or (isinstance(path, str) and "/" not in path and not path.endswith(".toml")):
        name = path or DEFAULT_POLICY
        resource = resources.files("kommunvakt.policy.data").joinpath(f"policies/{name}.toml")
        if not resource.is_file():
            raise PolicyError(f"no shipped policy named {name!r}")
        return parse_policy(resource.read_text(encoding="utf-8"), f"{name}.toml")
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise PolicyError(f"{p}: cannot read policy file: {exc.strerror}") from exc
    return parse_policy(text, str(p))
