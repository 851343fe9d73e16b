"""Everything a detector may look at for one event, with normalised views computed once."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from kommunvakt.domain.models import Event
from kommunvakt.policy.config import Policy
from kommunvakt.policy.history import PriorPost
from kommunvakt.policy.masked import unmask
from kommunvakt.policy.normalize import NormalizedText, fold, words_view
from kommunvakt.policy.similarity import fingerprint


@lru_cache(maxsize=256)
def _post_views(post_text: str) -> tuple[NormalizedText, NormalizedText]:
    # Many comments answer the same post: its views are computed once, not per comment.
    folded = fold(post_text)
    return folded, unmask(words_view(folded))


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
        """Lower case, NFKC, invisible characters removed, homoglyphs and emoji letters folded,
        whitespace collapsed; digits and punctuation kept (see `kommunvakt.policy.normalize`)."""
        return fold(self.text)

    @cached_property
    def words(self) -> NormalizedText:
        """`folded` with leetspeak undone and spaced-out letters joined ("1d10t", "i d i o t"
        -> "idiot"), and slurs masked with asterisks restored ("t*ttare"): the view for
        lexicon matching."""
        return unmask(words_view(self.folded))

    @cached_property
    def post_folded(self) -> NormalizedText:
        """The municipality's post being answered, folded like `folded`."""
        return _post_views(self.event.post_text or "")[0]

    @cached_property
    def post_words(self) -> NormalizedText:
        return _post_views(self.event.post_text or "")[1]

    @cached_property
    def fingerprint(self) -> str:
        """The near-duplicate fingerprint of the text, computed once: the repetition detector
        compares it and the engine stores it in the author history."""
        return fingerprint(self.text)
