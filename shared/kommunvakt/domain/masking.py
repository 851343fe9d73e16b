"""Masking of personal data in evidence, e-mails, logs and anything else a person reads.

Keeps the shape (so a reader can tell a personnummer from a phone number or an e-mail
address) and never the digits or letters that identify someone:

    mask("19910723-5823", "personnummer")  -> "19••••••-••••"
    mask("070-174 06 21", "phone")         -> "070-••• •• ••"
    mask("anna.k@gmail.com", "email")      -> "a•••.•@•••••.com"
    mask("Storgatan 12", "address")        -> "S••••••• ••"

At most three leading digits ever stay visible (a century or a mobile prefix), never enough
to identify anyone. `mask_pii_digits` masks every digit run long enough to be an identity,
phone, card or account number in free text, and `mask_pii_text` also masks e-mail addresses.
"""

from __future__ import annotations

import re
from functools import cache

DOT = "•"
_FORMAT_CHARS = "\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff"
_SEP = rf"[\s\-–./()+{_FORMAT_CHARS}]"
# A run of digits with single separators between them ("070-174 06 21", "0 7 0 1 7 4...").
_DIGIT_RUN = re.compile(rf"\d(?:{_SEP}{{1,3}}\d|\d)*")
_GROUPS = re.compile(r"\d+")
_EMAIL = re.compile(r"[\w.%+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_MIN_PII_DIGITS = 6
"""Shorter runs are years, prices, times, house numbers and postcodes."""


def _mask_alnum(text: str, keep_first: int = 0) -> str:
    out = []
    kept = 0
    for ch in text:
        if ch.isalnum():
            if kept < keep_first:
                out.append(ch)
                kept += 1
            else:
                out.append(DOT)
        else:
            out.append(ch)
    return "".join(out)


def _mask_digits(text: str, keep_first: int = 0) -> str:
    """Mask every digit (and every letter among them: "O7O" hides a zero), keeping at most
    `keep_first` leading digits."""
    out = []
    kept = 0
    for ch in text:
        if ch.isdigit() and kept < keep_first:
            out.append(ch)
            kept += 1
        elif ch.isalnum():
            out.append(DOT)
            kept = keep_first  # nothing after a masked character stays visible
        else:
            out.append(ch)
    return "".join(out)


def _digit_count(text: str) -> int:
    return sum(1 for c in text if c.isdigit())


def _mask_identity(text: str) -> str:
    digits = "".join(c for c in text if c.isdigit())
    # The century of a 12-digit form ("19", "20") says nothing about the person.
    keep = 2 if len(digits) == 12 and digits[:2] in ("18", "19", "20") else 0
    return _mask_digits(text, keep)


def _mask_phone(text: str) -> str:
    """Keep the country code and the area or mobile prefix ("070", "08", "+46 70")."""
    groups = _GROUPS.findall(text)
    if not groups:
        return _mask_digits(text)
    if text.lstrip().startswith("+"):
        keep = len(groups[0]) + (min(2, len(groups[1])) if len(groups) > 1 else 0)
    elif groups[0].startswith("00"):
        keep = 4
    else:
        keep = min(3, len(groups[0]))
    if _digit_count(text) - keep < 6:
        keep = max(0, _digit_count(text) - 6)
    return _mask_digits(text, min(keep, 4))


def _mask_email(text: str) -> str:
    at = text.find("@")
    if at < 0:
        return _mask_alnum(text, keep_first=1)
    local, domain = text[:at], text[at + 1 :]
    dot = domain.rfind(".")
    tld = domain[dot:] if dot >= 0 and len(domain) - dot <= 7 else ""
    head = domain[: len(domain) - len(tld)]
    return _mask_alnum(local, keep_first=1) + "@" + _mask_alnum(head) + tld


def mask(text: str, kind: str | None = None) -> str:
    """Mask a sensitive span, keeping its shape (see the module docstring)."""
    if kind in ("personnummer", "samordningsnummer"):
        return _mask_identity(text)
    if kind == "phone":
        return _mask_phone(text)
    if kind == "email":
        return _mask_email(text)
    if kind in ("card", "bank"):
        return _mask_digits(text)
    if kind in ("address", "health"):
        return " ".join(
            _mask_alnum(word, keep_first=1) if word[:1].isalpha() else _mask_digits(word)
            for word in text.split(" ")
        )
    # Unknown kind: keep the first character of the first word only.
    return _mask_alnum(text, keep_first=1) if not text[:1].isdigit() else _mask_digits(text)


def mask_pii_digits(text: str) -> str:
    """Mask every run of digits long enough to be personal data (identity, phone, card or
    account numbers; six digits or more, separators allowed) in arbitrary text. Years,
    prices, times, postcodes and house numbers stay readable."""
    return _DIGIT_RUN.sub(
        lambda m: (
            _mask_digits(m.group()) if _digit_count(m.group()) >= _MIN_PII_DIGITS else m.group()
        ),
        text,
    )


def mask_pii_text(text: str) -> str:
    """`mask_pii_digits` plus e-mail addresses: for e-mails and logs read by people."""
    return mask_pii_digits(_EMAIL.sub(lambda m: _mask_email(m.group()), text))


# --- free text read by people: names, addresses, property designations, health ------------

_UPPER = "A-ZÅÄÖÉÜ"
_LOWER = "a-zåäöéüß"
_WORD = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}]?[{_LOWER}]+)?"


@cache
def _personal_patterns() -> tuple[re.Pattern[str], ...]:
    """(street, property, name pair, surname, health): compiled on first use. Only e-mails and
    logs mask free text this way, and every process that imports this module (the policy
    engine's cold start among them) would otherwise pay some 3 ms to compile them."""
    street = re.compile(
        rf"\b[{_UPPER}][{_LOWER}]*(?:gatan|vägen|gränd|gränden|stigen|backen|torget|allén|leden|"
        rf"gata|väg|plan|platsen|slingan|vägen)\s+\d+\s?[A-Za-z]?\b(?:\s*,?\s*\d{{3}}\s?\d{{2}})?"
    )
    prop = re.compile(rf"\b(?:{_WORD}\s+)?{_WORD}\s+\d+:\d+\b")
    # Two or more capitalised words in a row ("Anna Lindqvist", "Per-Olof Ek"), or a single
    # word with a Swedish surname ending: a private person's name, as far as text can tell.
    # Over-masking a place or an institution in an e-mail costs a little reading; a name in
    # clear costs more.
    name_pair = re.compile(rf"\b{_WORD}(?:\s+{_WORD})+\b")
    surname = re.compile(
        rf"\b[{_UPPER}][{_LOWER}]+(?:sson|son|berg|ström|lund|qvist|kvist|gren|din|ander|blom|"
        rf"holm|stam|dahl|sjö|ling|lin)\b"
    )
    health = re.compile(
        r"\b(?:har|hade|fått|fick|lider av|drabbats av|diagnos(?:en)?|är|blev|var)\s+"
        r"(?:\w+\s+){0,2}?"
        r"(?:cancer|tumör|diabetes|demens|alzheimer|hiv|aids|adhd|add|autism|asperger|depression|"
        r"deprimerad|psykos|psykotisk|schizofren\w*|bipolär|psykiskt sjuk|psykisk ohälsa|"
        r"utbrändhet|utbränd|ätstörning\w*|anorexi|missbruk\w*|missbrukare|alkoholist|narkoman|"
        r"beroende|gravid|sjukskriven|förståndshandikapp\w*|funktionsnedsättning\w*|epilepsi|"
        r"ms|parkinson|covid|corona|sjuk|dement|handikappad)\b",
        re.IGNORECASE,
    )
    return street, prop, name_pair, surname, health


HEALTH_PLACEHOLDER = "[hälsouppgift]"


def mask_personal_text(text: str) -> str:
    """Mask what identifies or exposes a private person in free text: health claims (the
    whole claim), street addresses, property designations (`Kragsta 1:23`), names (pairs of
    capitalised words, single words with a surname ending), e-mail addresses and every digit
    run long enough to be an identity, phone or account number."""
    street, prop, name_pair, surname, health = _personal_patterns()
    text = health.sub(HEALTH_PLACEHOLDER, text)
    text = street.sub(lambda m: mask(m.group(), "address"), text)
    text = prop.sub(lambda m: mask(m.group(), "address"), text)
    text = name_pair.sub(lambda m: mask_name(m.group()), text)
    text = surname.sub(lambda m: mask_name(m.group()), text)
    return mask_pii_text(text)


def mask_name(name: str) -> str:
    """`Anna Lindqvist` → `A••• L•••••••`: each word keeps its first letter."""
    return " ".join(_mask_alnum(word, keep_first=1) for word in name.split(" "))


def log_ref(value: str) -> str:
    """A short stable reference for a string from a body (an id), for log lines: the same id
    gives the same reference, and nothing from the body reaches the log."""
    import hashlib

    return "ref-" + hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()[:12]
