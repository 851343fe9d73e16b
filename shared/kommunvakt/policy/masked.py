"""Slurs, insults and names of groups written with asterisks for some of their letters
("t*ttare", "z*genare", "id**t", "k*ckerlackor"): the writer hides the word from filters, not
from the reader.

A masked word is restored in the words view only when exactly one slur, insult, group's name
or dehumanising word of that length fits around the asterisks, one asterisk standing for one
letter: the view keeps its length, so every offset stays where it was. A star that fits
nothing ("b*tt*r", a rating "4*", "*viktigt*") is left as written.
"""

from __future__ import annotations

import re
from functools import cache

from kommunvakt.policy.lexicon import forms
from kommunvakt.policy.normalize import NormalizedText

_MASKED = re.compile(
    r"(?<![\w*])[^\W\d_]+(?:\*+[^\W\d_]+)+(?![\w*])|(?<![\w*])[^\W\d_]{2,}\*+(?![\w*])"
)
"""Letters with asterisks inside ("t*ttare", "id**t") or at the end ("jävl*")."""


@cache
def _vocabulary() -> dict[tuple[int, str, str], tuple[str, ...]]:
    """The words a mask may hide, by (length, first letter, last letter): the two letters a
    masked word almost always keeps narrow the candidates to a handful."""
    words = forms("slurs") | forms("insults") | forms("hate", ["group", "dehuman"])
    out: dict[tuple[int, str, str], list[str]] = {}
    for w in words:
        if w.isalpha() and len(w) >= 4:
            out.setdefault((len(w), w[0], w[-1]), []).append(w)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def _restore(token: str) -> str | None:
    """The one word `token` can be, or None."""
    if token.count("*") * 2 > len(token):
        return None  # mostly stars: nothing left to read
    candidates = _vocabulary().get((len(token), token[0], token[-1]), ())
    if not candidates:
        # "jävl*": the last letter is hidden too
        candidates = tuple(
            w
            for (n, first, _), ws in _vocabulary().items()
            if n == len(token) and first == token[0]
            for w in ws
        )
    fits = {w for w in candidates if all(c in ("*", wc) for c, wc in zip(token, w, strict=True))}
    return fits.pop() if len(fits) == 1 else None


def unmask(view: NormalizedText) -> NormalizedText:
    """`view` with each masked slur or insult restored (same length, same offsets)."""
    text = view.text
    if "*" not in text:
        return view
    out: list[str] = []
    pos = 0
    for m in _MASKED.finditer(text):
        word = _restore(m.group())
        if word is not None:
            out.append(text[pos : m.start()])
            out.append(word)
            pos = m.end()
    if not out:
        return view
    out.append(text[pos:])
    return NormalizedText("".join(out), view.offsets)
