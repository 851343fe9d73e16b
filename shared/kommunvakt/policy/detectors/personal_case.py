"""Personärenden: a specific person's own matter with the municipality, in public.

The evidence is a combination, never one word: a first-person or possessive frame ("min
ansökan", "vi har fått avslag"), a relative ("min pappa"), a case or invoice number, a stuck
or disputed matter ("fortfarande inget svar", "fel belopp") and the vocabulary of municipal
matters (hemtjänst, bygglov, avgift...). Reporting a specific neighbour and claiming damage
caused by municipal work are recognised separately. General questions ("hur söker man...")
lower the score.
"""

from __future__ import annotations

import re

from kommunvakt.domain.models import Category
from kommunvakt.policy.context import Context
from kommunvakt.policy.detectors._phrases import Hit, PhraseTable, total
from kommunvakt.policy.detectors.base import Detector, Signal, Span
from kommunvakt.policy.normalize import NormalizedText
from kommunvakt.policy.pii.numbers import find_numbers

_TABLE = PhraseTable("personal_case_phrases.tsv")
_VISUAL = frozenset({"photo", "video"})
_NONE: list[Hit] = []
_PERSONAL = frozenset(
    ["own", "act", "pending", "relative", "caseref", "property", "damage", "care_request"]
)
_FIRST_PERSON = re.compile(r"\b(?:jag|ja|vi|mig|mej|oss|min|mitt|mina|vår|vårt|våra|my|our)\b")


def _capped(hits: list[Hit], cap: float) -> float:
    return min(cap, total(hits))


_NOT_POSSESSIVE = ("mitt emot", "vara ", "mitt i ", "mitt på ", "mitt under ")
"""Where a possessive of the tables is no possessive: "mitt emot lekplatsen" (opposite), "mitt i
ansökan" (in the middle of) and "vara" (the verb, not "våra" typed without å: "den ska vara
avgiftsfri")."""
_VERB_VAR = re.compile(
    r"var (?:\w+(?:et|en|na)|en|ett|det|den|de|dom|inte|bara|väl|ju|nog|så|också|redan|"
    r"finns|hittar|står|ligger|kan|ska|får|\w+fria|\w+fritt|gratis|stängda|stängt|öppna|öppet|"
    r"fel|rätt|klart|klar|borta|slut|från|ifrån|hos|hemma|ute|kvar)\b"
)
""""var beslutet enhälligt?", "trodde det bara var en anmälan", "läste att barnkort var
avgiftsfria": "var" before a definite noun, an article, an adverb or a predicate is the verb
("vår" takes the indefinite: "vårt beslut", "vår ansökan"), and so is "var" before a place
or an origin ("sa att de var från hemtjänsten", "var hos läkaren")."""
_SUBJECT_BEFORE = re.compile(
    r"(?:\b(?:det|den|han|hon|de|dom|som|allt|vilket)|\b\w{2,}(?:en|et|rna|erna))\s+$"
)
""""Dansen var enda plats där …": "var" after its subject (a pronoun or a definite noun) is the
verb, whatever follows it."""
_WHERE_TO = re.compile(
    r"vart (?:står|finns|ligger|hittar|ska|kan|skickar|vänder|ringer|tar|går|hamnar|hamnade|"
    r"kommer|tog|blev)\b"
)
""""vart står ärendenumret i brevet": "vart" is "where", not "vårt" typed without å."""


_OWN_CHOICE = re.compile(r"\s+om\s+(?:jag|vi)\s+(?:ska|skall|kommer)\b")
"""After "mitt beslut": the writer's own choice ("mitt beslut om jag ska ställa ut"), not the
municipality's decision in their matter ("det står i mitt beslut att …")."""
_RECKONING = re.compile(r"\s*:\s*\d|\s+(?:visar|ger|blir)\s+(?:att\s+)?\d")
""""Min räkning: 18 000 kWh gånger 10 öre …": a sum worked out, not a bill."""
_I_PAY = re.compile(r"\b(?:jag|ja|vi)\s+(?:\w+\s+)?(?:betalar|betalade|betala)\s+$")
""""Jag betalar mina räkningar på papper": paying one's bills, no matter with anyone."""
_OWN_COUNTS = re.compile(r"(?:mina|våra)\s+egna\s+räkningar\b")
""""Det stämmer med mina egna räkningar": counts of one's own, not bills."""
_PUBLIC_FAULT = re.compile(
    r"\s+(?:om|gällde|gäller|av|angående)\s+(?:\w+\s+){0,3}?\w*(?:hål|hålet|gunga|gungan|bänk|bänken|"
    r"lampa|lampan|lampor|lamporna|belysning\w*|skylt|skylten|skyltar|klotter|klottret|brunn\w*|"
    r"potthål\w*|papperskorg\w*|grop|gropen|gropar|trottoar\w*|räcke|räcket|staket|staketet|"
    r"lekplats\w*|ledstång\w*|kran|kranen|toalett\w*)\b"
)
"""After "min anmälan": a fault in a public place reported (a hole in the road, a broken swing
in the park), which is no matter of the writer's own with the municipality."""
_POLICE_NUMBER = re.compile(r"\b\d{4}-k\d{4,8}-\d{2}\b")
"""The police's number for a report (5000-K412876-24)."""
_TO_POLICE = re.compile(r"\s+(?:till|hos)\s+(?:polisen|förbundet|föreningen|klubben)\b")
_POLICE_BEFORE = re.compile(r"\bpolisens\s+(?:\S+\s+){0,3}$")


def _police_report(text: str, start: int, end: int) -> bool:
    """ "min anmälan" is a report to the police (or a sports federation), not a matter with the
    municipality: "till polisen" follows it, "polisens händelsenummer på" precedes it, or the
    text gives the police's report number."""
    return (
        _TO_POLICE.match(text, end) is not None
        or _POLICE_BEFORE.search(text, max(0, start - 60), start) is not None
        or ("-k" in text and _POLICE_NUMBER.search(text) is not None)
    )


_TO_INSURER = re.compile(
    r"[^.!?]{0,40}?\b(?:till|hos|med|från|av)\s+(?:mitt\s+|vårt\s+)?(?:försäkringsbolag\w*|"
    r"försäkring(?:en)?|hemförsäkring\w*|folksam|länsförsäkringar|trygg-hansa|if)\b"
)
"""After "jag anmälde min skada": the claim went to an insurer, not to the municipality."""


def _no_matter_after_all(text: str, start: int, end: int) -> bool:
    """A possessive and a matter noun that name no matter with the municipality: a report to
    the police, a claim with an insurer, one's own choice, a sum worked out."""
    if ("försäkr" in text or "folksam" in text or " if" in text) and _TO_INSURER.match(
        text, end
    ) is not None:
        return True
    if text.endswith("anmälan", start, end):
        return _police_report(text, start, end) or _PUBLIC_FAULT.match(text, end) is not None
    if text.endswith("beslut", start, end):
        return _OWN_CHOICE.match(text, end) is not None
    if text.endswith("räkning", start, end):
        return _RECKONING.match(text, end) is not None
    if text.endswith("räkningar", start, end):
        return (
            _OWN_COUNTS.match(text, start) is not None
            or _I_PAY.search(text, max(0, start - 30), start) is not None
        )
    return False


_IDENTITY_GATE = re.compile(r"[0-9]{6}|[0-9]{4}-[0-9]{2}-[0-9]{2}|sista|född|fodd|born")
"""Without one of these no identity number can be in the text (a cheap test first)."""
_IDENTITY_KINDS = frozenset(["personnummer", "samordningsnummer"])


def _identity_numbers(view: NormalizedText) -> list[tuple[int, int]]:
    """Where an identity number stands in the text (offsets into the original)."""
    return [(f.start, f.end) for f in find_numbers(view) if f.kind in _IDENTITY_KINDS]


_FAMILY_HELPS = re.compile(
    r"\b(?:be|ber|bad|fråga|frågar|frågade|får|fick|ska|kan)\s+(?:min|mitt|mina)\s+[a-zåäö]+\s+$"
)
"""Before "hjälpa mig": one's own family is the one asked ("be mitt barnbarn hjälpa mig")."""


def _family_helps(text: str, start: int) -> bool:
    return _FAMILY_HELPS.search(text, max(0, start - 40), start) is not None


class PersonalCaseDetector(Detector):
    id = "personal_case"
    category = Category.PERSONAL_CASE

    def clears(self, ctx: Context) -> bool:
        # A general question ("hur söker man…", "kan man…", "gäller det alla som…") with no
        # word of one person's matter and no "jag", "vi", "min": about the service, not a case.
        text = ctx.folded.text
        found = _TABLE.find_all(text)
        if "general" not in found or not _PERSONAL.isdisjoint(found):
            return False
        return _FIRST_PERSON.search(text) is None

    def analyze(self, ctx: Context) -> list[Signal]:
        view = ctx.folded
        text = view.text
        if len(text) < 8:
            return []
        found = _TABLE.find_all(text)
        if not found:  # most texts: every score below would be zero
            return []
        own = found.get("own", _NONE)
        if own:
            own = [
                h
                for h in own
                if not text.startswith(_NOT_POSSESSIVE, h.start)
                and not _VERB_VAR.match(text, h.start)
                and not (
                    text.startswith("var ", h.start)
                    and _SUBJECT_BEFORE.search(text, max(0, h.start - 30), h.start) is not None
                )
                and not _WHERE_TO.match(text, h.start)
                and not _no_matter_after_all(text, h.start, h.end)
            ]
        act = found.get("act", _NONE)
        pending = found.get("pending", _NONE)
        relative = found.get("relative", _NONE)
        matter = found.get("matter", _NONE)
        caseref = found.get("caseref", _NONE)
        prop = found.get("property", _NONE)
        damage = found.get("damage", _NONE)
        care = found.get("care_request", _NONE)
        if care or pending:
            # "jag ska be mitt barnbarn hjälpa mig med ansökan": family asked, not the office
            care = [h for h in care if not _family_helps(text, h.start)]
            pending = [h for h in pending if not _family_helps(text, h.start)]
        general = found.get("general", _NONE)
        closed = found.get("closed", _NONE)

        # An identity number given is a matter tied to one person: "Ella 180927-1149, vi
        # önskar Karby skola" (the confidential detector reports the number itself).
        ident = _identity_numbers(view) if _IDENTITY_GATE.search(text) else []
        signals: list[Signal] = []
        own_score = (
            (0.35 if ident else 0.0)
            + _capped(own, 0.7)
            + _capped(act, 0.2)
            + _capped(pending, 0.45)
            + _capped(relative, 0.2)
            + (0.15 if matter else 0.0)
            + _capped(caseref, 0.3)
            + _capped(prop, 0.3)
            + _capped(care, 0.4)
            + (-0.2 if general else 0.0)
            # A matter told as settled long ago is an experience shared, unless still pending.
            + (-0.2 if closed and not pending else 0.0)
        )
        # Without something that ties the text to one person's matter, a complaint about a
        # service ("ingen svarar i telefon") is an opinion anyone could hold.
        anchored = bool(
            own or caseref or care or ident or (relative and matter) or (matter and pending)
        )
        if not anchored:
            own_score = min(own_score, 0.4)
        if own_score > 0:
            third = bool(relative or care) and not own
            spans = [
                Span(*view.span(h.start, h.end), h.kind)
                for h in sorted(
                    own + act + pending + relative + caseref + prop + care, key=lambda h: h.start
                )
            ]
            spans += [Span(s, e, "personnummer", sensitive=True) for s, e in ident]
            if not spans and matter:
                spans = [Span(*view.span(matter[0].start, matter[0].end), "matter")]
            sig = Signal(
                "personal_case.third_party" if third else "personal_case.own_matter",
                self.category,
                max(0.0, min(1.0, own_score)),
                tuple(spans),
            )
            signals.append(sig)

        neighbour = found.get("neighbour", _NONE)
        if neighbour:
            wrong = found.get("wrongdoing", _NONE)
            report = found.get("report", _NONE)
            visual = any(a.type in _VISUAL for a in ctx.event.attachments)
            if wrong:
                score = 0.35 + (0.25 if report or visual or caseref else 0.0)
                hits = sorted(neighbour[:1] + wrong + report[:1], key=lambda h: h.start)
                evidence = tuple(Span(*view.span(h.start, h.end), h.kind) for h in hits)
                signals.append(Signal("personal_case.neighbour", self.category, score, evidence))

        if damage:
            evidence = tuple(Span(*view.span(h.start, h.end), h.kind) for h in damage)
            signals.append(Signal("personal_case.damage_claim", self.category, 0.6, evidence))
        return signals
