"""What the learned model reads of one item: the same for training and for the engine."""

from __future__ import annotations

from dataclasses import dataclass

from kommunvakt.policy.context import Context
from kommunvakt.policy.normalize import NormalizedText


@dataclass(frozen=True, slots=True)
class ModelInput:
    view: NormalizedText
    """The words view of the text (offsets map back to what the person wrote)."""
    kind: str
    attachments: tuple[str, ...]
    post_view: str


def model_input(ctx: Context) -> ModelInput:
    event = ctx.event
    return ModelInput(
        view=ctx.words,
        kind=event.kind.value,
        attachments=tuple(a.type for a in event.attachments),
        post_view=ctx.post_words.text,
    )
