"""Spam: scams, phishing and bot spam (`spam.scam`), and an author's repeated posts
(`spam.repetition`).

Scams are recognised by their formulas (easy money, crypto returns, prizes, account
"verification", bot contact requests), weighted in `data/lexicons/spam_scam.tsv`, plus a small
grammar for promised earnings and suspicious links. A post that warns about a scam ("klicka
INTE på länken, det är bedrägeri") uses the same words, so warning words cancel weak cues.

Repetition compares the post's fingerprint with the fingerprints of the author's earlier posts
in the repetition window (`ctx.recent`, already filtered by the engine): the second and later
near-identical copies are spam; the first copy is judged on its content alone.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from kommunvakt.domain.models import Category
from kommunvakt.policy.context import Context
from kommunvakt.policy.detectors._grammar import quoted_spans
from kommunvakt.policy.detectors._phrases import HOST, URL
from kommunvakt.policy.detectors.base import Detector, Signal, Span
from kommunvakt.policy.lexicon import Lexicon, load, pattern
from kommunvakt.policy.regex import lazy
from kommunvakt.policy.similarity import similarity

SCAM_THRESHOLD = 0.5
"""Sum of cue weights from which a text is a scam."""
_STRONG = 0.5
"""A single cue at least this heavy is a scam formula even in a text with warning words."""

MIN_REPEAT_FEATURES = 4
"""Shorter texts ("Tack!", "Äntligen!!") are reactions people rightly write again and again."""
SHORT_TEXT_FEATURES = 8
SHORT_TEXT_SIMILARITY = 0.9
"""For short texts a single changed word already moves Dice to 0.8, so demand more: an added
word or emoji still counts as a copy, a replaced word ("öppnar" → "stänger") does not."""

_NUM = r"\d+(?:[ \u00a0.,]\d+)*"
_MONEY = rf"(?:{_NUM}\s?(?:kr|kronor|sek|:-|k\b|tusen)|[$€£]\s?{_NUM}|{_NUM}\s?[$€£])"
_PER = (
    r"(?:om\s+dagen|per\s+dag|varje\s+dag|i\s+veckan|per\s+vecka|/\s?vecka|i\s+månaden"
    r"|per\s+månad|/\s?mån|a\s+day|per\s+day|a\s+week|per\s+week)"
)
_DIGIT = re.compile(r"\d")
_EARNING_GATE = ("tjän", "earn", "make", "dag", "veck", "mån", "/", "day", "week")
"""The earnings pattern needs its verb or one of `_PER`'s words: most texts with a digit have
neither, and the pattern itself is slow to fail."""
_SEED_GATE = ("började", "startade", "invest", "satsade")
_RETURN_GATE = ("get", "få", "fick")
_DOMAIN_GATE = re.compile(
    r"\.(?:info|shop|xyz|top|click|help|live|online|site|win|buzz|icu|store)\b"
)
"""The throwaway-domain pattern from its dot on: a literal "." lets the regex engine skip ahead."""
_Gate = tuple[str, ...] | re.Pattern[str]
_GRAMMAR: tuple[tuple[re.Pattern[str], float, str, _Gate, bool], ...] = (
    # Each pattern is compiled on its first use (most texts pass none of the gates, and the
    # engine's cold start would pay for them all at import).
    # (pattern, weight, span kind, substrings one of which or a gate pattern the text must
    # contain for the pattern to run, whether it needs a digit): gates are implied by patterns.
    # Promised earnings: "tjänar nu 40 000 kr i veckan", "3000–5000 kr OM DAGEN". One cue,
    # however it is phrased: a resident quoting a salary must not reach the threshold alone.
    (
        lazy(
            rf"(?:tjäna|tjänar|tjänat|earn|make)\w*\s+(?:\w+\s+){{0,2}}(?:{_MONEY}|{_NUM}\s*{_PER})"
            rf"|{_MONEY}\s*{_PER}"
        ),
        0.3,
        "scam",
        _EARNING_GATE,
        True,
    ),
    # Money from the sofa: "tjäna pengar enkelt hemifrån".
    (
        lazy(r"tjän\w*\s+(?:\S+\s+){0,4}?hemifr[åa]n|hemifr[åa]n\s+(?:\S+\s+){0,6}?tjäna\b"),
        0.5,
        "scam",
        ("hemifr",),
        False,
    ),
    # Seed money and a multiplied return: "började med 2000 kr", "get $5000 in 48 hours".
    (
        lazy(rf"(?:började\s+med|startade\s+med|invest|investera|satsade)\w*\s+{_MONEY}"),
        0.3,
        "scam",
        _SEED_GATE,
        True,
    ),
    (
        lazy(
            rf"(?:get|få|fått|får|fick)\s+(?:tillbaka\s+)?{_MONEY}\s+(?:in|inom|på|within|after)"
            rf"\s+{_NUM}"
        ),
        0.4,
        "scam",
        _RETURN_GATE,
        True,
    ),
    # Throwaway domains typical of phishing and fake shops.
    (
        lazy(
            r"\b[a-z0-9][a-z0-9-]*\.(?:info|shop|xyz|top|click|help|live|online|site|win|buzz"
            r"|icu|store)\b"
        ),
        0.3,
        "scam_link",
        _DOMAIN_GATE,
        False,
    ),
)
_NEGATED_WARNING = re.compile(
    r"(?:inte|ingen|inget|not)\s+(?:en\s+|ett\s+|a\s+)?(?:bluff|scam|bedrägeri|fake|fejk)"
)


MASS_LINK_SITES = 3
"""Links to this many different sites in one comment are a link flood ("mass links" in the
policy), whatever the words around them; public authorities' sites do not count."""
_MASS_LINK_WORDS = 8
_BARE_FLOOD_WORDS = 3
"""At most this many words beside links to one site repeated: the links are all there is."""


@cache
def public_domain() -> re.Pattern[str]:
    """A host of a public authority or public service (the municipality, 1177, SL...)."""
    return re.compile(rf"(?:^|\.)(?:{pattern('advertising_public_domains')})$")


def _mass_links(text: str) -> tuple[int, int] | None:
    """From the first link to the last, where a text links to `MASS_LINK_SITES` different
    sites or more."""
    if text.count(".") < MASS_LINK_SITES:
        return None
    urls = list(URL.finditer(text))
    if len(urls) < MASS_LINK_SITES:
        return None
    public = public_domain()
    links = []
    for m in urls:
        host = HOST.match(m.group())
        site = host.group(1).rstrip(".,!?:;)") if host else m.group()
        if not public.search(site):
            links.append(site)
    # the words around the links: one slice per gap, no second pass of the URL pattern
    bounds = [0, *(x for m in urls for x in m.span()), len(text)]
    words = sum(len(text[bounds[k] : bounds[k + 1]].split()) for k in range(0, len(bounds), 2))
    if words > _MASS_LINK_WORDS:
        return None  # links given with reasons ("elen: ellevio.se, vattnet: …") are advice
    if len(set(links)) < MASS_LINK_SITES and (
        len(links) < MASS_LINK_SITES or words > _BARE_FLOOD_WORDS
    ):
        # fewer sites than that, unless the same site's links are all there is ("bit.ly/a
        # bit.ly/b bit.ly/c bit.ly/d"): a flood of links, nothing said
        return None
    return urls[0].start(), urls[-1].end()


@cache
def _scam_lexicon() -> Lexicon:
    return load("spam_scam")


@cache
def _warning_lexicon() -> Lexicon:
    return load("spam_warning")


def _quoted(pos: int, quotes: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in quotes)


def _comments_on(text: str, quotes: list[tuple[int, int]]) -> bool:
    """Whether the writer says something of their own around what they quote ("tjejerna som
    skriver 'hej snygging kolla min profil' under kommunens inlägg 💀 vem faller för det"): a
    scam quoted to mock or warn. A scammer does not put their own pitch in quotes."""
    outside, pos = [], 0
    for a, b in quotes:
        outside.append(text[pos:a])
        pos = b
    outside.append(text[pos:])
    return len(" ".join(outside).split()) >= 5


def scam_evidence(text: str) -> tuple[float, list[tuple[int, int, str]]]:
    """Summed scam weight and the cue spans (offsets into `text`, a lower-cased view)."""
    total, spans = _scam_evidence(text)
    return total, list(spans)


@lru_cache(maxsize=8)
def _scam_evidence(text: str) -> tuple[float, tuple[tuple[int, int, str], ...]]:
    # The advertising detector asks about the same text the spam detector judges.
    cues: list[tuple[int, int, float, str]] = []
    for hit in _scam_lexicon().finditer(text):
        cues.append((hit.start, hit.end, float(hit.entry.tag or 0.3), "scam"))
    digits: bool | None = None
    for rx, weight, kind, needs, needs_digit in _GRAMMAR:
        if needs_digit:
            if digits is None:
                digits = _DIGIT.search(text) is not None
            if not digits:
                continue
        if isinstance(needs, tuple):
            # A loop of `in` tests beats a regex alternation of the same words.
            for word in needs:
                if word in text:
                    break
            else:
                continue
        elif needs.search(text) is None:
            continue
        m = rx.search(text)
        if m:
            cues.append((m.start(), m.end(), weight, kind))
    if "." in text and (flood := _mass_links(text)) is not None:
        cues.append((*flood, 0.5, "mass_links"))
    if cues and (quotes := quoted_spans(text)):
        cues = (
            [c for c in cues if not _quoted(c[0], quotes)] if _comments_on(text, quotes) else cues
        )
    if not cues:
        return 0.0, ()
    # One weight per distinct cue text: a copied phrase should not count twice.
    seen: dict[str, float] = {}
    for s, e, w, _ in cues:
        key = text[s:e]
        seen[key] = max(seen.get(key, 0.0), w)
    total = sum(seen.values())
    strongest = max(seen.values())
    if (
        (strongest < _STRONG or any(k == "mass_links" for _, _, _, k in cues))
        and not _NEGATED_WARNING.search(text)
        and _warning_lexicon().search(text) is not None
    ):
        return 0.0, ()
    return total, tuple((s, e, k) for s, e, _, k in cues)


def looks_like_scam(text: str) -> bool:
    """Whether a lower-cased text is a scam (the advertising detector defers to spam)."""
    return scam_evidence(text)[0] >= SCAM_THRESHOLD


def is_scam_warning(text: str) -> bool:
    """Whether a lower-cased text warns others of a scam ("varning för annonser där nån hyr ut
    lägenheter … det är bluff") or asks whether something is one: it uses a scam's or a sale's
    words without being either."""
    return not _NEGATED_WARNING.search(text) and _warning_lexicon().search(text) is not None


class SpamDetector(Detector):
    id = "spam"
    category = Category.SPAM

    def clears(self, ctx: Context) -> bool:
        # A resident warning others ("klicka inte på länken, det är bedrägeri") or asking
        # whether a message is a scam uses a scam's words without being one.
        return is_scam_warning(ctx.folded.text)

    def analyze(self, ctx: Context) -> list[Signal]:
        signals: list[Signal] = []
        view = ctx.folded
        score, cues = scam_evidence(view.text)
        if score >= SCAM_THRESHOLD:
            spans = [Span(*view.span(s, e), kind=k) for s, e, k in cues]
            signals.append(Signal("spam.scam", self.category, min(1.0, 0.3 + score), tuple(spans)))
        rep = self._repetition(ctx)
        if rep is not None:
            signals.append(rep)
        return signals

    def _repetition(self, ctx: Context) -> Signal | None:
        if not ctx.recent:
            return None
        fp = ctx.fingerprint
        # One hash per distinct word prefix (bottom-k only caps texts far above the guards).
        n = fp.count(" ")
        if n < MIN_REPEAT_FEATURES:
            return None
        needed = ctx.policy.repetition.similarity
        if n < SHORT_TEXT_FEATURES:
            needed = max(needed, SHORT_TEXT_SIMILARITY)
        best = max(similarity(fp, p.fingerprint) for p in ctx.recent)
        # A hair of tolerance: Dice of small sets lands exactly on round thresholds (24/30).
        if best + 1e-9 < needed:
            return None
        span = Span(0, len(ctx.text), kind="repetition")
        return Signal("spam.repetition", self.category, min(1.0, 0.6 + 0.4 * best), (span,))
