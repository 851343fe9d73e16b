"""Masking of personal data in evidence, e-mails and anything else a person reads.

Keeps the shape (so a reader can tell a personnummer from a phone number) and never the
digits or letters that identify someone.
"""

from __future__ import annotations


def mask(text: str, kind: str | None = None) -> str:
    """Mask every letter and digit of a sensitive span, keeping separators and the first
    character so the shape stays readable."""
    out = []
    for i, ch in enumerate(text):
        if ch.isdigit():
            out.append("•")
        elif ch.isalpha() and i > 0:
            out.append("•")
        else:
            out.append(ch)
    return "".join(out)
