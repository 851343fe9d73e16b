"""Text normalisation that keeps a map back to the original offsets.

Detectors match on a normalised view of the text but must report evidence as offsets into the
text the person wrote, so every view carries `offsets`: `offsets[i]` is the index in the
original text of the character at `i` in the view, and `offsets[len(view)]` is one past the
last original character consumed. `NormalizedText.span(start, end)` maps a match back.

Views (all cached on `Context`):

`fold(text)` -> `ctx.folded`, the base view for every regex:
  - NFKC compatibility folding and lower case ("ＩＤＩＯＴ", "𝐢𝐝𝐢𝐨𝐭", "Ⓘⓓⓘⓞⓣ" -> "idiot");
  - format and invisible characters removed: zero-width space/joiners, LRM/RLM and the bidi
    embeddings/isolates, word joiner, BOM, soft hyphen, variation selectors, tag characters,
    control characters and lone surrogates;
  - combining marks composed with their base letter where Unicode has a precomposed letter
    (a decomposed "a" + U+0308 becomes "ä"), otherwise dropped ("i̴d̴i̴o̴t̴", keycap U+20E3);
  - homoglyphs folded to the Latin letter they imitate (Cyrillic "а", "о", "ѕ", Greek "ο",
    "ν", "ι"...), using the table `data/confusables.json` generated at build time by
    `scripts/build_confusables.py`; å, ä, ö, é and other real Latin letters are kept;
  - emoji letters folded: regional indicators 🇦–🇿, negative squared/circled letters 🅰 🅱 🅾,
    parenthesised and squared letters; keycap digits "1️⃣" become "1";
  - decimal digits of every script become ASCII digits ("٠٧٠" -> "070");
  - runs of whitespace (newlines, tabs, no-break spaces...) collapsed to one space.
  Characters map one to one or one to many, so digits, punctuation and word boundaries keep
  their places: use it for numbers, e-mail addresses and anything where punctuation matters.

`words_view(folded)` -> `ctx.words`, the de-obfuscated view for lexicon matching:
  - leetspeak undone inside words (0->o, 1->i, 3->e, 4->a, 5->s, 7->t, @->a, $->s, !->i),
    only when the leet characters sit between letters ("1d10t", "h0ra", "f@n") or a "$"
    starts a word ("$vin"); a token that is only digits ("070 123"), a number with a unit
    ("10st", "r16") or a mention ("@kalle") is left alone;
  - single letters separated by spaces, dots, hyphens, underscores, asterisks, slashes or
    bullets joined into one word when there are three or more ("i d i o t", "i.d.i.o.t",
    "i-d-i-o-t", "🇮 🇩 🇮 🇴 🇹" -> "idiot").
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True, slots=True)
class NormalizedText:
    text: str
    offsets: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the view back to the original text."""
        if end <= start:
            o = self.offsets[min(start, len(self.offsets) - 1)]
            return o, o
        return self.offsets[start], self.offsets[end - 1] + 1


def _load_confusables() -> dict[str, str]:
    raw = resources.files("kommunvakt.policy.data").joinpath("confusables.json").read_text("utf-8")
    table: dict[str, str] = json.loads(raw)
    return table


_CONFUSABLES = _load_confusables()
_COMBINING = "\x00combining"
"""Sentinel in the character cache: compose with the previous letter or drop."""


def _map_char(ch: str) -> str:
    """What one character becomes in the folded view (may be empty or several characters)."""
    if ch.isspace():
        return " "
    cat = unicodedata.category(ch)
    if cat in ("Cf", "Cs", "Cc", "Co", "Cn") and not ch.isprintable():
        return ""
    if cat in ("Mn", "Me"):
        return _COMBINING
    if cat == "Nd":
        # Every script's decimal digits as ASCII ("٠٧٠" -> "070"): NFKC leaves most of them,
        # and recognisers can then match digits with a cheap [0-9].
        return str(unicodedata.decimal(ch))
    folded = unicodedata.normalize("NFKC", ch).lower()
    return "".join(_CONFUSABLES.get(c, c) for c in folded if c.isprintable() or c == " ")


def _safe_chars() -> str:
    """Characters that fold to their own lower case, one to one: they need no per-character
    work, so text made only of them takes the fast path."""
    safe = [
        ch
        for ch in map(chr, range(0x20, 0x250))
        if (ch == " " or not ch.isspace())
        and ch.isprintable()
        and unicodedata.category(ch) not in ("Mn", "Me", "Cf")
        and len(ch.lower()) == 1
        and _map_char(ch) == ch.lower()
    ]
    return "".join(re.escape(c) for c in safe)


_CACHE: dict[str, str] = {}
_ATTENTION = re.compile(f"[^{_safe_chars()}]+|  +")


def fold(text: str) -> NormalizedText:
    """The base view: NFKC, lower case, invisible characters removed, homoglyphs and emoji
    letters folded, whitespace collapsed (see the module docstring)."""
    out: list[str] = []
    offs: list[int] = []
    pos = 0
    for m in _ATTENTION.finditer(text):
        start = m.start()
        if start > pos:
            _copy(out, offs, text, pos, start)
        pos = m.end()
        if text[start] == " ":  # a run of plain spaces
            if not out or out[-1][-1:] != " ":
                out.append(" ")
                offs.append(start)
            continue
        for i in range(start, pos):
            ch = text[i]
            mapped = _CACHE.get(ch)
            if mapped is None:
                mapped = _CACHE[ch] = _map_char(ch)
            if not mapped:
                continue
            if mapped == _COMBINING:
                _compose(out, ch)
                continue
            if mapped == " ":
                if out and out[-1][-1:] == " ":
                    continue
            elif mapped[0] == " " and out and out[-1][-1:] == " ":
                mapped = mapped.lstrip(" ")
            out.append(mapped)
            offs.extend([i] * len(mapped))
    if pos == 0:
        return NormalizedText(text.lower(), tuple(range(len(text) + 1)))
    if pos < len(text):
        _copy(out, offs, text, pos, len(text))
    offs.append(len(text))
    return NormalizedText("".join(out), tuple(offs))


def _copy(out: list[str], offs: list[int], text: str, start: int, end: int) -> None:
    """Append a run of safe characters, without doubling a space already written."""
    if text[start] == " " and out and out[-1][-1:] == " ":
        start += 1
    out.append(text[start:end].lower())
    offs.extend(range(start, end))


def _compose(out: list[str], mark: str) -> None:
    """Compose a combining mark with the letter before it ("a" + U+030A -> "å"), or drop it."""
    if not out or not out[-1]:
        return
    prev = out[-1]
    composed = unicodedata.normalize("NFC", prev[-1] + mark)
    if len(composed) == 1 and composed.isalpha():
        out[-1] = prev[:-1] + _CONFUSABLES.get(composed, composed)


# --- the de-obfuscated word view ------------------------------------------------------------

_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"}
_LEET_TABLE = str.maketrans(_LEET)
_LEET_CHAR = re.compile(r"[013457@$!]")
_SEP = r"[ .\-_*/|·•]"
_SPACED = re.compile(rf"(?<![^\W\d_])[^\W\d_](?:{_SEP}{{1,3}}[^\W\d_](?![^\W\d_])){{2,}}")
# A cheap pre-check: the full pattern above is slow to try at every position of every text.
_SPACED_HINT = re.compile(rf"{_SEP}[^\W\d_]{_SEP}{{1,3}}[^\W\d_]{_SEP}")
_SPACED_REAL = re.compile(r"[^\W\d_aeioåäö]")
_SEPARATORS = re.compile(rf"{_SEP}+")


def _in_token(ch: str) -> bool:
    return ch.isalnum() or ch in "_@$!"


def _leet_tokens(text: str) -> list[tuple[int, int]]:
    """Spans of the tokens that are leetspeak: a run of leet characters with letters on both
    sides ("1d10t", "h0ra"), or a "$" starting a word ("$vin")."""
    spans: list[tuple[int, int]] = []
    n = len(text)
    covered = -1
    for m in _LEET_CHAR.finditer(text):
        i = m.start()
        if i < covered:
            continue
        j = i
        while j < n and text[j] in _LEET:
            j += 1
        covered = j  # the rest of this run of leet characters gives the same answer
        before = text[i - 1] if i > 0 else " "
        after = text[j] if j < n else " "
        dollar = text[i] == "$" and not _in_token(before)
        if not (after.isalpha() and (before.isalpha() or dollar)):
            continue
        start = i
        while start > 0 and _in_token(text[start - 1]):
            start -= 1
        end = j
        while end < n and _in_token(text[end]):
            end += 1
        spans.append((start, end))
        covered = end
    return spans


def words_view(base: NormalizedText) -> NormalizedText:
    """The de-obfuscated view of an already folded text (see the module docstring)."""
    text = base.text
    spans = _leet_tokens(text) if _LEET_CHAR.search(text) else []
    if spans:
        parts: list[str] = []
        pos = 0
        for start, end in spans:
            parts.append(text[pos:start])
            parts.append(text[start:end].translate(_LEET_TABLE))
            pos = end
        parts.append(text[pos:])
        text = "".join(parts)
    keep: list[int] | None = None
    if _SPACED_HINT.search(" " + text + " "):
        for m in _SPACED.finditer(text):
            if not _SPACED_REAL.search(m.group()):
                continue  # "i å ö": Swedish one-letter words, not a spelled-out word
            if keep is None:
                keep = list(range(len(text)))
            for sep in _SEPARATORS.finditer(text, m.start(), m.end()):
                for k in range(sep.start(), sep.end()):
                    keep[k] = -1
    if keep is None:
        return NormalizedText(text, base.offsets) if spans else base
    idx = [k for k in keep if k >= 0]
    offs = base.offsets
    return NormalizedText(
        "".join(text[k] for k in idx), (*(offs[k] for k in idx), offs[len(base.text)])
    )
