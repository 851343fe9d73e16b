"""Judge a sequence of events in order, remembering each author's history in memory."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from kommunvakt.domain.models import Decision, Event
from kommunvakt.policy.engine import Engine
from kommunvakt.policy.history import InMemoryHistory


class Replayer:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.history = InMemoryHistory()

    def judge(self, event: Event) -> Decision:
        decision = self.engine.decide(event, self.history)
        if event.judged and event.author_id:
            self.history.add(event.author_id, self.engine.history_entry(event, decision))
        return decision

    def judge_all(self, events: Iterable[Event]) -> Iterator[Decision]:
        for event in events:
            yield self.judge(event)
