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
- `confidential.health`: diagnoses and conditions disclosed about oneself or a named person;
- `confidential.id_document`: the number of a passport, ID card, driving licence or LMA card
  right after the document's name (0.85).

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
    "id_document": "confidential.id_document",
}

_NUMBER_KINDS = frozenset({"personnummer", "samordningsnummer", "phone", "card", "bank"})

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


_DIGIT = re.compile(r"[0-9]")


@cache
def _cue_tokens() -> tuple[frozenset[str], frozenset[str]]:
    """(every cue token, the number-word ones). Number words count bare or with the
    punctuation people list digits with; a text spells out a number only if two of them are
    among its tokens. The health cues are its verbs. One set intersection finds both."""
    words = numbers.strong_number_words()
    number_tokens = frozenset(words | {w + p for w in words for p in ",.;:-!?)"})
    return number_tokens | health.CUE_TOKENS, number_tokens


_LIFESPAN = re.compile(
    r"\b1[6-8]\d\d\s*[–-]\s*1(?:[6-8]\d\d|9[0-5]\d)\b|\b(?:dödbok\w*|kyrkbok\w*|husförhör\w*)"
)
"""Someone who lived 1851–1919, or a parish's old records: the dead of local history, whose
causes of death disclose nothing about anyone living."""


class ConfidentialDetector(Detector):
    id = "confidential"
    category = Category.CONFIDENTIAL

    def analyze(self, ctx: Context) -> list[Signal]:
        folded = ctx.folded
        text = folded.text
        words = ctx.words
        found: list[tuple[str, int, int, float]] = []
        # Health needs a verb ("har", "är", "lider"...) with a condition right after it, and a
        # spelled-out number needs number words: one set intersection of the text's tokens
        # finds both kinds of cue, far cheaper than any scan for the condition stems.
        all_cues, number_tokens = _cue_tokens()
        cues = all_cues.intersection(words.text.split())
        if cues and _LIFESPAN.search(ctx.text) is None:
            # (a miller's pneumonia in 1919 from the parish's death book is local history)
            for hit in health.find_health(words, cues, ctx.text):
                found.append((hit.kind, hit.start, hit.end, hit.score))
        for hit in health.find_told_in_passing(words, ctx.text):
            # "jag tar insulin" is a disclosure and a drug taken: one piece of evidence
            if not any(f[1] <= hit.start and hit.end <= f[2] for f in found):
                found.append((hit.kind, hit.start, hit.end, hit.score))
        for hit in contact.find_described_homes(folded):
            found.append((hit.kind, hit.start, hit.end, hit.score))
        has_digit = _DIGIT.search(text) is not None
        spoken = number_tokens.intersection(cues)
        # two different number words, or one said three times ("070 fem fem fem 12 34")
        number_words = len(spoken) > 1 or (
            len(spoken) == 1 and words.text.split().count(next(iter(spoken))) >= 3
        )
        has_email = "@" in text or contact.disguise_hint(text)
        if not (has_digit or number_words or has_email):
            return self._signals(found) if found else []
        phones, emails, domains, addresses = _public(ctx.policy.public_contacts)
        if number_words:
            number_words = numbers.count_number_words(text) >= 2
        if has_digit or number_words:
            for n in numbers.find_numbers(folded, phones, number_words):
                found.append((n.kind, n.start, n.end, n.score))
            if has_digit:
                for hit in contact.find_addresses(folded, addresses, ctx.text):
                    found.append((hit.kind, hit.start, hit.end, hit.score))
                # A document number that is also a personnummer is reported as the latter.
                taken = [(f[1], f[2]) for f in found if f[0] in _NUMBER_KINDS]
                for n in numbers.find_id_documents(folded):
                    if not any(s < n.end and n.start < e for s, e in taken):
                        found.append((n.kind, n.start, n.end, n.score))
        if has_email:
            for hit in contact.find_emails(folded, emails, domains):
                found.append((hit.kind, hit.start, hit.end, hit.score))
        return self._signals(found)

    def _signals(self, found: list[tuple[str, int, int, float]]) -> list[Signal]:
        """One signal per recogniser that fired, its spans in text order."""
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
