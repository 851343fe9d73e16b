"""`confidential` (Sekretess): personal data published in public.

One registered detector that runs the recognisers of `kommunvakt.policy.pii` and returns one
signal per recogniser that fired, so a decision says what was found:

- `confidential.personnummer`: personnummer and samordningsnummer in any written form,
  validated by date and checksum (0.99; a birth date and "sista fyra" written apart 0.97);
- `confidential.phone`: private Swedish phone numbers valid in the numbering plan (mobile
  0.9; a landline only when presented as someone's own number), never the municipality's;
- `confidential.email`: private e-mail addresses, also disguised ("(at)", "snabel-a", "punkt");
- `confidential.address`: home addresses and property designations of homes;
- `confidential.financial`: card numbers (Luhn), bank accounts, IBAN;
- `confidential.health`: diagnoses and conditions disclosed about oneself or a named person.

Every span is `sensitive`, so the engine shows it masked; its `kind` lets the policy drop
phone/e-mail/address evidence when the item is an advertisement.
"""

from __future__ import annotations

import re
from functools import cache

from kommunvakt.domain.models import Category
from kommunvakt.policy.config import PublicContacts
from kommunvakt.policy.context import Context
from kommunvakt.policy.detectors.base import Detector, Signal, Span
from kommunvakt.policy.pii import contact, health, numbers, validation

_DETECTOR_OF = {
    "personnummer": "confidential.personnummer",
    "samordningsnummer": "confidential.personnummer",
    "phone": "confidential.phone",
    "email": "confidential.email",
    "address": "confidential.address",
    "card": "confidential.financial",
    "bank": "confidential.financial",
    "health": "confidential.health",
}

_public_cache: dict[int, tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]]
_public_cache = {}


def _public(
    contacts: PublicContacts,
) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The municipality's own contacts in comparable form, computed once per policy."""
    key = id(contacts)
    cached = _public_cache.get(key)
    if cached is None:
        phones = frozenset(p for p in (validation.e164(x) for x in contacts.phones) if p)
        emails = frozenset(e.lower() for e in contacts.emails)
        domains = frozenset(d.lower() for d in contacts.email_domains)
        addresses = frozenset(a.lower() for a in contacts.addresses)
        cached = _public_cache[key] = (phones, emails, domains, addresses)
    return cached


_DIGIT = re.compile(r"\d")


@cache
def _gate() -> tuple[re.Pattern[str], frozenset[str], frozenset[str]]:
    """One trie of every literal cue but digits and "@": condition stems, hospital stays,
    number words, "snabel". Most texts have none, and leave after this one C-level scan."""
    health_keys = health.stems() | frozenset(health.STAY_WORDS)
    number_keys = numbers.strong_number_words()
    pattern = re.compile(health.trie_pattern(sorted(health_keys | number_keys | {"snabel"})))
    return pattern, health_keys, number_keys


def _at_hint(text: str) -> bool:
    """An e-mail address disguised with "(at)", " at " or "snabel-a" may be there."""
    return " at " in text or "at)" in text or "at]" in text or "at}" in text or "at>" in text


class ConfidentialDetector(Detector):
    id = "confidential"
    category = Category.CONFIDENTIAL

    def analyze(self, ctx: Context) -> list[Signal]:
        folded = ctx.folded
        text = folded.text
        has_digit = _DIGIT.search(text) is not None
        pattern, health_keys, number_keys = _gate()
        cues = pattern.findall(ctx.words.text)
        has_email = "@" in text or _at_hint(text)
        if not (has_digit or cues or has_email):
            return []
        found: list[tuple[str, int, int, float]] = []
        contacts = ctx.policy.public_contacts
        phones, emails, domains, addresses = _public(contacts)
        number_words = False
        if len(cues) > 1 and len(number_keys.intersection(cues)) > 1:
            number_words = numbers.count_number_words(text) >= 2
        if has_digit or number_words:
            for n in numbers.find_numbers(folded, phones, number_words):
                found.append((n.kind, n.start, n.end, n.score))
            if has_digit:
                for hit in contact.find_addresses(folded, addresses):
                    found.append((hit.kind, hit.start, hit.end, hit.score))
        if has_email or "snabel" in cues:
            for hit in contact.find_emails(folded, emails, domains):
                found.append((hit.kind, hit.start, hit.end, hit.score))
        if cues and not health_keys.isdisjoint(cues):
            for hit in health.find_health(ctx.words, gated=True):
                found.append((hit.kind, hit.start, hit.end, hit.score))
        if not found:
            return []
        by_detector: dict[str, list[tuple[str, int, int, float]]] = {}
        for item in found:
            by_detector.setdefault(_DETECTOR_OF[item[0]], []).append(item)
        signals = []
        for detector, items in by_detector.items():
            spans = tuple(
                Span(start, end, kind=kind, sensitive=True)
                for kind, start, end, _ in sorted(items, key=lambda i: i[1])
            )
            score = max(i[3] for i in items)
            signals.append(Signal(detector, self.category, score, spans))
        return signals
