"""Politiska diskussioner: party campaigning, attacks on parties and ideological statements.

A party or bloc named together with an evaluation ("typiskt Moderatstyret", "sossarnas
slöseri") is an attack or endorsement; campaigning ("rösta bort...", "i nästa val") and
ideological slogans count on their own. A bare party mention, e.g. a neutral question about
what a party proposed, does not. Single-letter party codes (S, M, V, C, L) are ordinary
letters ("läge C") unless the text is already political or they follow a political frame
("Fortsätt så M!").
"""

from __future__ import annotations

import re

from kommunvakt.domain.models import Category
from kommunvakt.policy.context import Context
from kommunvakt.policy.detectors._grammar import outside, quoted_spans
from kommunvakt.policy.detectors._phrases import Hit, PhraseTable, total
from kommunvakt.policy.detectors.base import Detector, Signal, Span
from kommunvakt.policy.detectors.crime import reported_quotes, reported_slogan

_TERMS = PhraseTable("political_terms.tsv")
_PHRASES = PhraseTable("political_phrases.tsv")
_NONE: list[Hit] = []
_FACT_QUESTION = re.compile(
    r"(?:\w+\s+){0,2}?(?:vad\s+(?:tyckte|tycker|sa|sade|föreslog|föreslår|vill)|"
    r"hur\s+(?:röstade|röstar|har\s+\w+\s+röstat|ställer\s+sig)|vilka\s+partier|"
    r"vilket\s+parti|vem\s+röstade|när\s+(?:röstar|beslutar))\b"
)

# Case-sensitive on the original text: a capital party code standing alone, not a week
# ("V. 44"), a time or a list label followed by a digit.
# Each code is written as a literal followed by a look-behind (rather than one look-behind before
# the alternation) so that the regex engine can skip to the capital letters: several times faster.
_LETTER = re.compile(
    "(?:"
    + "|".join(
        f"{code}(?<![\\w\\-/.:']{code})" for code in ("S", "M", "V", "C", "L", "KD", "MP", "SD")
    )
    + r")(?![\w\-'’]|[.:]?\s?\d)"
)
_FRAMED_LETTER = re.compile(
    r"(?i:typiskt|tack|fortsätt så|heja|fy|rösta på|röstar på|rösta bort|röstar bort|"
    r"det är|det var|skyll på|rösta inte på)\s+(?:S|M|V|C|L|KD|MP|SD)(?![\w\-'’])"
)

_NOT_HEARD = re.compile(
    r"\b(?:inte|aldrig|ej)\s+(?:\w+\s+)?(?:höra|hört|hörde|läst|läste|sett|såg)\s+"
    r"(?:talas\s+)?(?:något|nåt|ngt|ett\s+ord)\s+om\s+$"
)
"""A topic named only to say one has heard nothing of it ("vi har inte fått höra något om
privatisering"): no stance is taken."""
_MEMORY_CARD = re.compile(r"\b(?:micro)?sd[- ]?kort\w*")
"""A camera's memory card: the letters of a party, and a model that has learnt them."""
_PARTY = 0.35
_CAPS = {"campaign": 0.6, "vote": 0.35, "ideology": 0.6, "ideology_weak": 0.3}
_WHICH_PARTY = re.compile(r"\bvilket\s+parti\s+(?:man|du|ni|folk|andra)\s+(?:ska\s+|bör\s+)?$")
_NEXT_ELECTION = re.compile(r"(?:till|inför|i)\s+(?:nästa|kommande)\s+val\b")
_ARRANGED = re.compile(
    r"\b(?:flytta|flyttar|ändra|ändrar|fixa|fixar|åtgärda|åtgärdar|ordna|ordnar|förbättra|"
    r"förbättrar|lösa|löser|ta\s+tag\s+i|jobba\s+med|jobbar\s+med|röstmottagare|lokaler|"
    r"vallokal\w*|skärm\w*|bås\w*|ramp\w*|tillgänglig\w*|valdeltagande\w*)\b[^.!?]*$"
)
"""Before "till nästa val": something to arrange or mend by then."""
_EVALUATION = 0.2


class PoliticalDetector(Detector):
    id = "political"
    category = Category.POLITICAL

    def clears(self, ctx: Context) -> bool:
        # A short question for a fact about a party ("Vad tyckte Centerpartiet om förslaget?",
        # "Hur röstade L?"): the module's docstring says it is not political, and a model that
        # has learnt party names cannot tell it from campaigning.
        text = ctx.folded.text.strip()
        if _MEMORY_CARD.search(text) is not None:
            rest = _MEMORY_CARD.sub(" ", text)
            if not _TERMS.find_all(rest) and not _PHRASES.find_all(rest):
                return True  # "Har du ett SD-kort till kameran?": a memory card, no party
        if "politiker" in text and not _TERMS.find_all(text) and not _PHRASES.find_all(text):
            # Politicians in general, no party, bloc or ideology ("Politikerna borde lyssna mer
            # på oss"): holding the elected to account is not party-political debate.
            return True
        return (
            text.endswith("?")
            and text.count("?") == 1
            and len(text.split()) <= 15
            and _FACT_QUESTION.match(text) is not None
        )

    def analyze(self, ctx: Context) -> list[Signal]:
        view = ctx.folded
        text = view.text
        if len(text) < 2:
            return []
        found = _PHRASES.find_all(text)
        party_hits = _TERMS.find_all(text).get("party", _NONE)
        if not party_hits and found.keys().isdisjoint(_CAPS):
            # Most texts: only a framed party letter could make them political.
            raw = ctx.text
            if not any(
                _FRAMED_LETTER.search(raw, max(0, m.start() - 16), m.end())
                for m in _LETTER.finditer(raw)
            ):
                return []
        parts = {g: found.get(g, _NONE) for g in _CAPS}
        quoted = quoted_spans(text) if parts["ideology"] else []
        if quoted:
            # a slogan quoted to report or discuss it ("klistermärken med ”Sverige åt
            # svenskarna”", "ord som ”folkutbyte”") is not the writer's own agenda
            parts["ideology"] = outside(parts["ideology"], quoted)
        if parts["ideology"]:
            # a slogan someone sprayed or wrote, reported without quotation marks ("Någon har
            # sprejat orden Sverige åt svenskarna över skylten")
            parts["ideology"] = [h for h in parts["ideology"] if not reported_slogan(text, h.start)]
        calls = parts["campaign"] or parts["vote"]
        marked = calls and any(q in text for q in ("'", '"', "”", "“", "’"))
        reported = reported_quotes(text) if marked else []
        if reported:
            # a call to vote quoted to object to it ("Någon skrev 'rösta bort dem' här ovan.
            # Lägg av med sånt"): someone else's campaigning, reported
            for g in ("campaign", "vote"):
                parts[g] = outside(parts[g], reported)
        if parts["campaign"]:
            # "Kan ni flytta skärmen till nästa val?": the next election as a deadline for
            # arranging it, no call to vote
            parts["campaign"] = [
                h
                for h in parts["campaign"]
                if not (
                    _NEXT_ELECTION.match(text, h.start)
                    and _ARRANGED.search(text, max(0, h.start - 60), h.start)
                )
            ]
        if "vilket parti" in text:
            # "Inlägg om vilket parti man ska rösta på hör inte hemma här": the choice named
            for g in ("campaign", "vote"):
                parts[g] = [
                    h
                    for h in parts[g]
                    if not _WHICH_PARTY.search(text, max(0, h.start - 30), h.start)
                ]
        if parts["ideology_weak"]:
            parts["ideology_weak"] = [
                h
                for h in parts["ideology_weak"]
                if not _NOT_HEARD.search(text, max(0, h.start - 40), h.start)
            ]
        scores = {g: min(cap, total(parts[g])) for g, cap in _CAPS.items()}
        spans: list[Span] = [Span(*view.span(h.start, h.end), h.kind) for h in party_hits]

        context = any(parts.values()) or bool(party_hits)
        letters = [
            m
            for m in _LETTER.finditer(ctx.text)
            if context or _FRAMED_LETTER.search(ctx.text, max(0, m.start() - 16), m.end())
        ]
        spans += [Span(m.start(), m.end(), "party") for m in letters]
        party = _PARTY if (party_hits or letters) else 0.0

        evaluation: list[Hit] = []
        if party or parts["ideology_weak"]:
            evaluation = found.get("evaluation", _NONE)
        score = party + sum(scores.values()) + (_EVALUATION if evaluation else 0.0)
        if score <= 0:
            return []
        for hits in (*parts.values(), evaluation[:1]):
            spans += [Span(*view.span(h.start, h.end), h.kind) for h in hits]
        if scores["campaign"] + scores["vote"] >= max(scores["ideology"], party, 0.01):
            detector = "political.campaigning"
        elif scores["ideology"] + scores["ideology_weak"] > party:
            detector = "political.ideology"
        else:
            detector = "political.party_attack"
        spans.sort(key=lambda s: s.start)
        return [Signal(detector, self.category, min(1.0, score), tuple(spans))]
