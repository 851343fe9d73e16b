"""Irrelevanta inlägg: posts that are about neither the municipality nor the post they answer.

Recognised kinds: lost-and-found notices (the corpus convention counts them), private trade
(selling a sofa, looking for a flat or a babysitter), chain letters, off-topic chat (birthdays,
football, recipes, restaurant tips) and links posted with no stated reason. Off-topic chat is
weaker evidence than the others, so municipal vocabulary or words shared with the post being
answered cancel it: a comment on another aspect of municipal life is not irrelevant. The
engine drops this category when advertising, spam, political or rumor fired.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources

from kommunvakt.domain.models import Category
from kommunvakt.policy.context import Context
from kommunvakt.policy.detectors._grammar import outside, quoted_spans
from kommunvakt.policy.detectors._phrases import URL, Hit, PhraseTable, total
from kommunvakt.policy.detectors.base import Detector, Signal, Span
from kommunvakt.policy.detectors.spam import is_scam_warning
from kommunvakt.policy.regex import lazy

_TABLE = PhraseTable("irrelevant_phrases.tsv")
_NONE: list[Hit] = []
_WORD = re.compile(r"[^\W\d_]{2,}")
_MAYBE_URL = re.compile(
    r"\.(?:(?:se|com|nu|net|org|info|io|eu|shop|help|ly|be|me)(?![\w@])|(?<=www\.))",
    re.IGNORECASE,
)
"""Found in every text `URL` matches (its domain ending or "www."), but far faster: it starts
with a literal dot. Together with `//` (the scheme); most comments have neither."""
_CONTENT_MIN = 4
_STEM = 5
_BARE_LINK_MAX_WORDS = 3

_ON_TOPIC_PENALTY = 0.3
_TOPIC_CAP = 0.8
_LINK_BONUS = 0.1


@cache
def _stopwords() -> frozenset[str]:
    text = (
        resources.files("kommunvakt.policy.data")
        .joinpath("lexicons/irrelevant_stopwords.txt")
        .read_text(encoding="utf-8")
    )
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and w[0] != "#")


def _stems(text: str) -> set[str]:
    stop = _stopwords()
    return {w[:_STEM] for w in _WORD.findall(text) if len(w) >= _CONTENT_MIN and w not in stop}


_LOST_PROPERTY_POST = re.compile(
    r"hittegods|upphittad|upphittat|kvarglömd|kvarglömt|kvarlämna|bortglömd|"
    r"glömda (?:saker|kläder)|borttappade? (?:saker|föremål)|lost and found|lost property"
)
"""A post of the municipality's about lost property: there a lost item is on topic."""


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _asked_what_if(text: str, pos: int) -> bool:
    """The sentence around `pos` asks what one does if (it ends in "?" and holds the
    question)."""
    start = max(text.rfind(c, 0, pos) for c in ".!?") + 1
    ends = [k for k in (text.find(c, pos) for c in ".!?") if k >= 0]
    end = min(ends) if ends else len(text)
    return end < len(text) and text[end] == "?" and _WHAT_IF.search(text, start, end) is not None


_WHAT_IF = re.compile(
    r"\b(?:vad|hur)\s+gör\s+(?:man|jag|vi)\s+om\b|\bvad\s+händer\s+om\b|"
    r"\bkan\s+man\s+\S+(?:\s+\S+){0,3}\s+om\s+man\b"
)
"""A general question about what one does when something is lost ("vad gör man om man har
tappat bort röstkortet?"), asked in a single sentence: a question for the municipality, not a
lost-and-found notice (one that goes on to describe what was found stays a notice)."""


@lru_cache(maxsize=256)
def _post_stems(post: str) -> frozenset[str]:
    # Many comments answer the same post.
    return frozenset(_stems(post))


def _spans(ctx: Context, hits: list[Hit]) -> tuple[Span, ...]:
    return tuple(Span(*ctx.folded.span(h.start, h.end), h.kind) for h in hits)


_GENERAL_TRADE = re.compile(r"(?:\bom man|\bnär man|\bsom)\s+$")
"""Before a trade verb: a question about the rules for those who sell or let ("måste man
anmäla om man hyr ut sitt fritidshus?", "oss som hyr ut"), not a sale."""


_TOLD_AFTER = lazy(
    r"\b(?:mår\s+bra|är\s+hemma\s+igen|kom\s+hem\s+(?:igen|själv)|"
    r"fick\s+tag\s+på\s+(?:honom|henne|den|hen)|allt\s+slutade\s+bra)\b"
)
"""The animal is back and well ("han mår bra iaf"): the loss is a story, not a notice …"""
_ASKS_FOR_HELP = lazy(
    r"\b(?:har\s+(?:någon|nån|ni|du)\s+sett|hör\s+av|ring|sms\w*|tips\w*|dela|delat|"
    r"kontakta|hjälp\w*|tack\s+alla|tacksam|saknas|försvunnen)\b"
)
"""… unless the text asks for help or thanks those who gave it (an update of a notice)."""


_PET_WORD = lazy(r"\b(?:hund\w*|valp\w*|vovve\w*|jycke\w*|katt\w*|kisse\w*|häst\w*)")
_ANIMAL_POST = lazy(r"\b(?:hund\w*|katt\w*|djur\w*|häst\w*|rid\w*|valp\w*)")
"""A pet in a comment under a post about dogs, cats or animals is on topic."""


class IrrelevantDetector(Detector):
    id = "irrelevant"
    category = Category.IRRELEVANT

    def analyze(self, ctx: Context) -> list[Signal]:
        text = ctx.folded.text
        link_attached = any(a.type == "link" for a in ctx.event.attachments)
        raw = ctx.text
        urls = (
            list(URL.finditer(raw))
            if len(raw) < 20_000 and ("//" in raw or _MAYBE_URL.search(raw) is not None)
            else []
        )
        signals: list[Signal] = []

        found = _TABLE.find_all(text)
        lost = found.get("lost_found", _NONE)
        if lost and _LOST_PROPERTY_POST.search(ctx.post_folded.text):
            lost = _NONE  # a lost item asked about under the page's own lost-property post
        elif lost and _WHAT_IF.search(text) and not _SENTENCE_END.search(text.rstrip(" ?!.")):
            lost = _NONE  # "vad gör man om man har tappat bort röstkortet?": a service question
        elif lost and _WHAT_IF.search(text):
            # the same question among other sentences ("Hur gör man om man tappat nyckeln som
            # hemtjänsten har? Vem ansvarar …"): the loss asked about is no notice
            lost = [h for h in lost if not _asked_what_if(text, h.start)]
        if lost and _TOLD_AFTER.search(text) and _ASKS_FOR_HELP.search(text) is None:
            lost = _NONE  # "hunden rymde ner till vattnet … han mår bra iaf": a story told after
        if lost and (quotes := quoted_spans(text)):
            # "hon fick ett sms: 'Hej mamma, jag har tappat min telefon…'": a scam retold
            lost = outside(lost, quotes)
        if lost:
            score = min(0.7, total(lost))
            signals.append(
                Signal("irrelevant.lost_and_found", self.category, score, _spans(ctx, lost))
            )
        chain = found.get("chain", _NONE)
        if chain:
            signals.append(
                Signal("irrelevant.chain_letter", self.category, 0.7, _spans(ctx, chain))
            )

        trade = found.get("trade", _NONE)
        if trade and is_scam_warning(text):
            trade = _NONE  # "varning för annonser där nån hyr ut lägenheter": a warning
        if trade:
            trade = [
                h for h in trade if not _GENERAL_TRADE.search(text, max(0, h.start - 16), h.start)
            ]
        topic = found.get("topic", _NONE)
        linked = link_attached or bool(urls)
        if not (trade or topic or linked):
            return signals
        on_topic = (
            "municipal" in found
            or self._shares_words(ctx)
            # one's own dog shown under a post about the dog park
            or (
                _PET_WORD.search(text) is not None
                and _ANIMAL_POST.search(ctx.post_folded.text) is not None
            )
        )

        if trade:
            detail = found.get("trade_detail", _NONE)
            base = min(0.6, total(trade))
            score = base + (0.2 if detail else 0.0)
            # "säljer" alone may be about the municipality selling land; a sale notice,
            # a giveaway or a request to buy is not.
            if on_topic and not detail and base < 0.6:
                score -= _ON_TOPIC_PENALTY
            signals.append(
                Signal("irrelevant.private_trade", self.category, score, _spans(ctx, trade))
            )

        if topic:
            score = min(_TOPIC_CAP, total(topic))
            if on_topic:
                score -= _ON_TOPIC_PENALTY
            if linked:
                score += _LINK_BONUS
            signals.append(Signal("irrelevant.off_topic", self.category, score, _spans(ctx, topic)))

        if linked:
            bare = self._bare_link(ctx, urls, on_topic)
            if bare is not None:
                signals.append(bare)
        return signals

    @staticmethod
    def _shares_words(ctx: Context) -> bool:
        """Does the comment share a content word (by its first letters) with the post?"""
        post = ctx.event.post_text
        if not post:
            return False
        return bool(_stems(ctx.folded.text) & _post_stems(ctx.post_folded.text))

    def _bare_link(self, ctx: Context, urls: list[re.Match[str]], on_topic: bool) -> Signal | None:
        """A link with (almost) no words saying why it is posted."""
        residual = URL.sub(" ", ctx.text).lower()
        words = _WORD.findall(residual)
        if len(words) > _BARE_LINK_MAX_WORDS or on_topic:
            return None
        if _TABLE.find("reason", residual):
            return None
        if urls:
            spans = tuple(Span(m.start(), m.end(), "link") for m in urls)
        else:
            spans = (Span(0, len(ctx.text), "link"),)
        return Signal("irrelevant.bare_link", self.category, 0.6, spans)
