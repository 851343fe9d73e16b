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
    "i-d-i-o-t", "🇮 🇩 🇮 🇴 🇹" -> "idiot"); where some gaps in such a run were wider
    spaces than the others in the original, those are the gaps between words and stay
    ("h ä n g   d e m" -> "häng dem");
  - a word cut into pieces of one to three letters by dots or hyphens joined again
    ("sk.ju.t", "sk-jut-as" -> "skjut…").
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
    return "".join(
        ch
        for ch in map(chr, range(0x20, 0x250))
        if (ch == " " or not ch.isspace())
        and ch.isprintable()
        and unicodedata.category(ch) not in ("Mn", "Me", "Cf")
        and len(ch.lower()) == 1
        and _map_char(ch) == ch.lower()
    )


def _char_class(chars: str) -> str:
    """A character class body for exactly `chars`, written as ranges: a short pattern compiles
    faster than hundreds of single characters."""
    points = sorted(set(map(ord, chars)))
    parts: list[str] = []
    i = 0
    while i < len(points):
        j = i
        while j + 1 < len(points) and points[j + 1] == points[j] + 1:
            j += 1
        lo, hi = re.escape(chr(points[i])), re.escape(chr(points[j]))
        parts.append(lo if i == j else lo + hi if j == i + 1 else f"{lo}-{hi}")
        i = j + 1
    return "".join(parts)


_CACHE: dict[str, str] = {}
_UNSAFE_CLASS = f"[^{_char_class(_safe_chars())}]"
# A pattern that starts with a character class lets `search` skip safe text in C; one that
# starts with a repeat or an alternation is tried at every position.
_UNSAFE = re.compile(f"{_UNSAFE_CLASS}{_UNSAFE_CLASS}*")
_ATTENTION = re.compile(f"{_UNSAFE_CLASS}+|  +")
"""What needs per-character work: unsafe characters, and runs of plain spaces to collapse."""
_IDENTITY = tuple(range(1025))


def _identity(n: int) -> tuple[int, ...]:
    """`tuple(range(n))`, sliced from a prebuilt tuple for the usual text lengths."""
    return _IDENTITY[:n] if n <= len(_IDENTITY) else tuple(range(n))


def fold(text: str) -> NormalizedText:
    """The base view: NFKC, lower case, invisible characters removed, homoglyphs and emoji
    letters folded, whitespace collapsed (see the module docstring)."""
    n = len(text)
    double = "  " in text
    if not double and _UNSAFE.search(text) is None:
        return NormalizedText(text.lower(), _identity(n + 1))
    out: list[str] = []
    # None while the view so far maps one to one onto text[:pos] (an emoji, a newline between
    # words): the offsets are then the identity, built only if that stops being true.
    offs: list[int] | None = None
    pos = 0
    cache = _CACHE
    for m in (_ATTENTION if double else _UNSAFE).finditer(text):
        start = m.start()
        if start > pos:  # a run of safe characters, without doubling a space already written
            if text[pos] == " " and out and out[-1][-1:] == " ":
                if offs is None:
                    offs = list(range(pos))
                pos += 1
            out.append(text[pos:start].lower())
            if offs is not None:
                offs.extend(range(pos, start))
        pos = m.end()
        if text[start] == " ":  # a run of plain spaces
            if offs is None:
                offs = list(range(start))
            if not out or out[-1][-1:] != " ":
                out.append(" ")
                offs.append(start)
            continue
        for i in range(start, pos):
            ch = text[i]
            mapped = cache.get(ch)
            if mapped is None:
                mapped = cache[ch] = _map_char(ch)
            if len(mapped) == 1 and (mapped != " " or not out or out[-1][-1:] != " "):
                out.append(mapped)
                if offs is not None:
                    offs.append(i)
                continue
            if offs is None:
                offs = list(range(i))
            if not mapped:
                continue
            if mapped == _COMBINING:
                _compose(out, ch)
                continue
            if mapped == " ":
                continue  # a space after a space
            if mapped[0] == " " and out and out[-1][-1:] == " ":
                mapped = mapped.lstrip(" ")
            out.append(mapped)
            offs.extend([i] * len(mapped))
    if pos < n:
        if text[pos] == " " and out and out[-1][-1:] == " ":
            if offs is None:
                offs = list(range(pos))
            pos += 1
        out.append(text[pos:].lower())
        if offs is not None:
            offs.extend(range(pos, n))
    if offs is None:
        return NormalizedText("".join(out), _identity(n + 1))
    offs.append(n)
    return NormalizedText("".join(out), tuple(offs))


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
# A maximal run of leet characters (the lookbehind stops a scan restarting inside a run, which
# would be quadratic in a long run of digits) followed by something that may be a letter: the
# only runs `_leet_tokens` can accept, found in one C-level scan.
_LEET_RUN = re.compile(r"[013457@$!](?<![013457@$!][013457@$!])[013457@$!]*+(?=[^\W\d_])")
_SEP = r"[ .\-_*/|·•]"
_SPACED = re.compile(rf"(?<![^\W\d_])[^\W\d_](?:{_SEP}{{1,3}}[^\W\d_](?![^\W\d_])){{2,}}")
# A cheap pre-check: the full pattern above is slow to try at every position of every text.
_SPACED_HINT = re.compile(rf"{_SEP}[^\W\d_]{_SEP}{{1,3}}[^\W\d_]{_SEP}")
_SPACED_REAL = re.compile(r"[^\W\d_aeioåäö]")
_SEPARATORS = re.compile(rf"{_SEP}+")
_SPACED_LEET = re.compile(r"(?<![^\W_])[^\W_](?:[ .-]{1,3}[^\W_](?![^\W_])){3,}")
_SPACED_LEET_HINT = re.compile(r"(?:^|(?<=[ .-]))[013457](?=[ .-]\S(?:[ .-]|$))")


def _unleet_run(m: re.Match[str]) -> str:
    """A run of single characters read as letters where most are letters and the digits are
    leet ones; a spaced-out number ("0 7 3 4 4 1") stays digits."""
    run = m.group()
    chars = run.replace(" ", "").replace(".", "").replace("-", "")
    letters = sum(c.isalpha() for c in chars)
    digits = len(chars) - letters
    if (
        digits == 0
        or letters < 3
        or letters < digits
        or not all(c.isalpha() or c in "013457" for c in chars)
    ):
        return run
    return run.translate(_LEET_TABLE)


_DOTTED = re.compile(
    r"(?<![\w.@/-])[^\W\d_]{1,3}([.-])[^\W\d_]{1,3}(?:\1[^\W\d_]{1,3})+(?![\w@/]|[.-]\w)"
)
"""A word cut into pieces of one to three letters by dots or hyphens ("sk.ju.t", "an.sv.ari.ga",
"sk-jut-as"): the cuts go, so the word is read. One kind of cut throughout, and three pieces
at least: a compound with one hyphen ("e-post", "S-märkt") is left. Not an address ("www.",
"x.se/…", "a@b.se") or an abbreviation of single letters ("o.s.v")."""


def _in_token(ch: str) -> bool:
    return ch.isalnum() or ch in "_@$!"


def _leet_tokens(text: str) -> list[tuple[int, int]]:
    """Spans of the tokens that are leetspeak: a run of leet characters with letters on both
    sides ("1d10t", "h0ra"), or a "$" starting a word ("$vin")."""
    spans: list[tuple[int, int]] = []
    n = len(text)
    covered = -1
    for m in _LEET_RUN.finditer(text):
        i = m.start()
        if i < covered:
            continue
        j = m.end()  # the lookahead guarantees a character at j
        before = text[i - 1] if i > 0 else " "
        dollar = text[i] == "$" and not _in_token(before)
        if not (text[j].isalpha() and (before.isalpha() or dollar)):
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
    spans = _leet_tokens(text)
    if spans:
        parts: list[str] = []
        pos = 0
        for start, end in spans:
            parts.append(text[pos:start])
            parts.append(text[start:end].translate(_LEET_TABLE))
            pos = end
        parts.append(text[pos:])
        text = "".join(parts)
    if _SPACED_LEET_HINT.search(text):
        # Digits for letters in a spelled-out run ("d 0 d a  h 0 n 0 m", "i-d-i-0-t"): one
        # character each, so the run keeps its length and every offset.
        text = _SPACED_LEET.sub(_unleet_run, text)
    keep: list[int] | None = None
    if "." in text or "-" in text:
        for m in _DOTTED.finditer(text):
            cut = m.group(1)
            if max(map(len, m.group().split(cut))) < 2 or m.group().startswith("www."):
                continue  # "o.s.v": single letters are an abbreviation
            if keep is None:
                keep = list(range(len(text)))
            for k in range(m.start(), m.end()):
                if text[k] == cut:
                    keep[k] = -1
    if _SPACED_HINT.search(" " + text + " "):
        for m in _SPACED.finditer(text):
            if not _SPACED_REAL.search(m.group()):
                continue  # "i å ö": Swedish one-letter words, not a spelled-out word
            if keep is None:
                keep = list(range(len(text)))
            seps = list(_SEPARATORS.finditer(text, m.start(), m.end()))
            # Where the writer left wider gaps between the words than between the letters
            # ("h ä n g   d e m   i  t r ä d e t"; this view has one space for each run), the
            # wider gaps stay: the words are read, not one long blob.
            widths = [base.offsets[sep.end()] - base.offsets[sep.start()] for sep in seps]
            narrow = min(widths)
            # A plain space next to a hyphen or a dot is a gap between words too ("e h-ö-n-s").
            cut = [sep.group() != " " for sep in seps]
            for n, (sep, width) in enumerate(zip(seps, widths, strict=True)):
                beside_cut = (n > 0 and cut[n - 1]) or (n + 1 < len(cut) and cut[n + 1])
                gap = (width > narrow or beside_cut) and sep.group() == " "
                for k in range(sep.start() + gap, sep.end()):
                    keep[k] = -1
    if keep is None:
        return NormalizedText(text, base.offsets) if spans else base
    idx = [k for k in keep if k >= 0]
    offs = base.offsets
    return NormalizedText(
        "".join(text[k] for k in idx), (*(offs[k] for k in idx), offs[len(base.text)])
    )
