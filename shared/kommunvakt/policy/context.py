"""Everything a detector may look at for one event, with normalised views computed once."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

from kommunvakt.domain.models import Event
from kommunvakt.policy.config import Policy
from kommunvakt.policy.history import PriorPost
from kommunvakt.policy.normalize import NormalizedText, fold


@dataclass
class Context:
    event: Event
    policy: Policy
    recent: Sequence[PriorPost] = ()
    """The author's earlier items within the repetition window (this object excluded)."""
    text: str = field(init=False)

    def __post_init__(self) -> None:
        self.text = self.event.text

    @cached_property
    def folded(self) -> NormalizedText:
        """Lower-cased, compatibility-folded text; the base view for word matching."""
        return fold(self.text)

    @cached_property
    def post_folded(self) -> NormalizedText:
        return fold(self.event.post_text or "")
