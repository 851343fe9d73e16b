"""Ryktesspridning: rumours and unconfirmed claims presented as fact.

Signals add up: hearsay framing ("jag har hört att", "en kompis på kommunen säger"), calls to
share ("sprid!", "dela innan det tas bort"), cover-up and conspiracy markers ("kommunen
mörkar", "det är ingen slump", "bara teater"), a hedged claim of a coming change, and a link
presented with alarm. A question asking whether something is true, or a rebuttal that cites
the municipality, turns hearsay into an ordinary comment; a call to share still counts.
"""

from __future__ import annotations

import re
from functools import cache

from kommunvakt.domain.models import Category
from kommunvakt.policy.context import Context
from kommunvakt.policy.detectors._grammar import QUOTE_MARKS, outside, quoted_spans
from kommunvakt.policy.detectors._phrases import HOST, URL, Hit, PhraseTable, has_link, total
from kommunvakt.policy.detectors.abusive import insults_in
from kommunvakt.policy.detectors.base import Detector, Signal, Span
from kommunvakt.policy.detectors.crime import reported_quotes
from kommunvakt.policy.detectors.media_rights import has_media
from kommunvakt.policy.lexicon import forms

_TABLE = PhraseTable("rumor_phrases.tsv")
_NONE: list[Hit] = []
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_GUARDED = ("hearsay", "hearsay_weak", "coverup", "claim", "link_alarm")
_CAPS = {
    "hearsay": 0.6,
    "hearsay_weak": 0.3,
    "share": 0.6,
    "coverup": 0.7,
    "claim": 0.15,
    "link_alarm": 0.35,
}
_IDS = {
    "hearsay": "rumor.hearsay",
    "hearsay_weak": "rumor.hearsay",
    "share": "rumor.call_to_share",
    "coverup": "rumor.conspiracy",
    "claim": "rumor.hearsay",
    "link_alarm": "rumor.misleading_link",
}
# A question or rebuttal keeps this share of the guarded evidence.
_GUARD_FACTOR = 0.3
_LINK_BONUS = 0.2


_LOOK = re.compile(r"(?:kolla|döm|se)\s")
_FILMED = re.compile(
    r"\b(?:filmade|filmat|fotade|fotat|videon|klippet|bilden|bilderna|skärmdump\w*)\b"
)


_KNOWN_BY_ALL = re.compile(
    r"(?:alla (?:vet|visste) (?:ju )?det|det (?:vet|visste) (?:ju )?alla|alla vet vad)\b"
)
""""… och alla vet det", "det vet alla på skolan": everyone is said to know what the sentence
already said (unlike "alla vet att …", which brings a claim of its own)."""
_SENTENCE = re.compile(r"[^.!?\n]+")
_VERDICT = re.compile(
    r"\b(?:är|e|var|blir)\s+(?:ju\s+|helt\s+|så\s+|alldeles\s+|väldigt\s+|alltför\s+)?"
    r"(?:fel|felaktigt|dåligt|dålig|dumt|orimligt|galet|vansinnigt|fel\s+beslut|för\s+(?:låg|lågt|"
    r"låga|hög|högt|höga|lite|få|många|dyr|dyrt|dyra|liten|litet|små|stor|stort|stora)|"
    # an act called a crime ("Det är skadegörelse och det vet alla")
    r"skadegörelse|olagligt|brottsligt|förbjudet|straffbart|ett\s+brott)\b"
)
"""A verdict on a decision ("Beslutet är helt fel", "bemanningen är för låg"): an opinion
everyone is said to share, no claim of fact."""


def _opinion_known_by_all(ctx: Context, coverup: list[Hit]) -> bool:
    """Every cover-up cue is "alla vet det" right after an insult aimed at someone ("Du är en
    lögnare och alla vet det", "Rektorn är en pajas. Det vet alla") or a verdict on a decision
    ("Beslutet är helt fel och det vet alla"): the opinion everyone is said to share, and no
    claim is spread."""
    text = ctx.folded.text
    if not coverup or not all(_KNOWN_BY_ALL.match(text, h.start) for h in coverup):
        return False
    words = ctx.words.text
    previous = ""
    for m in _SENTENCE.finditer(words):
        sentence = m.group()
        k = _KNOWN_BY_ALL.search(sentence)
        if k is not None:
            lead = sentence[: k.start()].strip() or previous
            if _VERDICT.search(lead) is not None:
                return True  # "Beslutet är helt fel och det vet alla som jobbar i skolan"
            if any(f[0] in ("abusive.insult", "abusive.slur") for f in insults_in(lead)):
                return True
        previous = sentence
    return False


_NOTHING_SAID = re.compile(r"\s+(?:ingenting|inget|inte\s+ett\s+ord)\b")
_ASKED_DECIDED = re.compile(
    r"(?:är\s+)?(?:allt\s+|det\s+)?redan\s+(?:bestämt|beslutat|klart)[^.!?,]{0,40}\?"
)
"""A decision "redan bestämt" in a question that ends before any full stop."""


def _named_phrases(text: str) -> list[tuple[int, int]]:
    """Quotations of at most three words ("'alla vet' är inte en källa"): a phrase named to
    talk about it. A longer quotation may be the writer's own claim put in quotes ("'Inga
    planer' är politikerspråk för 'redan beslutat men inte offentligt än'")."""
    return [(a, b) for a, b in quoted_spans(text) if len(text[a:b].split()) <= 3]


def _shows_evidence(ctx: Context) -> bool:
    """The comment brings its own picture or film, or says it filmed: "kolla själva" then
    asks to look at it."""
    return has_media(ctx) or _FILMED.search(ctx.folded.text) is not None


class RumorDetector(Detector):
    id = "rumor"
    category = Category.RUMOR

    def clears(self, ctx: Context) -> bool:
        # Asking whether it is true, citing a source, or one plain question with no hearsay,
        # cover-up or call to share in it ("Varför stänger ni redan nu?"): no claim is spread.
        text = ctx.folded.text
        found = _TABLE.find_all(text)
        if "share" in found:
            return False
        if "verify" in found or "rebut" in found:
            return True
        question = text.rstrip().endswith("?") and _SENTENCE_END.search(text.rstrip()[:-1]) is None
        return question and found.keys().isdisjoint(_CAPS)

    def analyze(self, ctx: Context) -> list[Signal]:
        view = ctx.folded
        text = view.text
        if len(text) < 6:
            return []
        found = _TABLE.find_all(text)
        if found.keys().isdisjoint(_CAPS):  # most texts: every score would be zero
            return []
        parts = {g: found.get(g, _NONE) for g in _CAPS}
        quotes = reported_quotes(text) if parts["share"] or parts["coverup"] else []
        if parts["share"] and quotes:
            # "'sprid detta' står det i varenda inlägg om demon. nej tack": a call to share
            # quoted to refuse it
            parts["share"] = outside(parts["share"], quotes)
        if parts["hearsay"]:
            # "Personalen sa ingenting": nothing was said, so nothing is passed on
            parts["hearsay"] = [h for h in parts["hearsay"] if not _NOTHING_SAID.match(text, h.end)]
        if parts["coverup"] and (quoted := _named_phrases(text)):
            # "'alla vet' är inte en källa": the words named, not said
            parts["coverup"] = outside(parts["coverup"], quoted)
        if parts["coverup"] and quotes:
            # "Per, du skriver ”kommunen mörkar …” utan källa": someone else's words, quoted
            parts["coverup"] = outside(parts["coverup"], quotes)
        if parts["coverup"] and "?" in text:
            # "påverkar det beslutet eller är allt redan bestämt?": asked, not claimed
            parts["coverup"] = [
                h for h in parts["coverup"] if not _ASKED_DECIDED.match(text, h.start)
            ]
        if parts["coverup"] and _shows_evidence(ctx):
            # "filmade chauffören när han scrollade, kolla själva": look at the film, not
            # "do your own research"
            parts["coverup"] = [h for h in parts["coverup"] if not _LOOK.match(text, h.start)]
        guarded = "verify" in found or "rebut" in found
        if guarded and parts["share"] and not QUOTE_MARKS.isdisjoint(text):
            # "Det går ett inlägg om att 'pojke biten, sprid!'. … Jag vet inte vad som är
            # sant": the call to share is the post's, quoted while the writer doubts it
            parts["share"] = outside(parts["share"], quoted_spans(text))
        scores = {g: min(cap, total(parts[g])) for g, cap in _CAPS.items()}
        if _opinion_known_by_all(ctx, parts["coverup"]):
            scores["coverup"] = 0.0
        if "shrug" in found:
            # "bara så alla vet", "alla vet hur det är": the "alla vet" in them is no cover-up.
            scores["coverup"] = max(0.0, scores["coverup"] - total(found["shrug"]))
        if parts["link_alarm"] and _only_authorities_linked(ctx.text):
            # "1177 har saklig info, läs här innan ni packar BB-väskan: https://www.1177.se/…":
            # reading the authority first is the opposite of a rumour's link
            scores["link_alarm"] = 0.0
        elif parts["link_alarm"] and has_link(ctx.text, (a.type for a in ctx.event.attachments)):
            scores["link_alarm"] += _LINK_BONUS
        if guarded:
            for g in _GUARDED:
                scores[g] *= _GUARD_FACTOR
            warning = any(h.kind == "warning" for h in found.get("rebut", _NONE))
            if warning and not (parts["hearsay"] or parts["hearsay_weak"]):
                # "Sprid till era föräldrar! Lägg på direkt om någon ber om BankID": passing on
                # a scam warning first-hand is no rumour ("skickat från en vän: …" still is)
                scores["share"] *= _GUARD_FACTOR
        if "event" in found and not (
            parts["hearsay"] or parts["hearsay_weak"] or parts["coverup"] or parts["claim"]
        ):
            # "Klädbytardagen på lördag är värd ett besök. Sprid gärna!": an invitation
            # passed on carries no claim
            scores["share"] *= _GUARD_FACTOR
        score = sum(scores.values())
        if score <= 0:
            return []
        best = max(scores, key=lambda g: scores[g])
        hits = sorted((h for g in _CAPS for h in parts[g]), key=lambda h: h.start)
        spans = tuple(Span(*view.span(h.start, h.end), h.kind) for h in hits)
        return [Signal(_IDS[best], self.category, min(1.0, score), spans)]


@cache
def _authorities() -> re.Pattern[str]:
    """Hosts of public authorities (`advertising_public_domains.tsv`, tag public): 1177, the
    municipality, the police. Not the platforms or the news, where a rumour's links go."""
    names = sorted(forms("advertising_public_domains", ["public"]), key=len, reverse=True)
    return re.compile(r"(?:^|\.)(?:" + "|".join(map(re.escape, names)) + r")$")


def _only_authorities_linked(text: str) -> bool:
    urls = [m.group() for m in URL.finditer(text)] if "." in text else []
    hosts = [h.group(1).lower().rstrip(".,)") for u in urls if (h := HOST.match(u))]
    return bool(hosts) and all(_authorities().search(h) for h in hosts)
