"""Generate `kommunvakt/policy/data/confusables.json`, the homoglyph table of the normaliser.

Run at build time (`python scripts/build_confusables.py`), never at run time: the
`confusable-homoglyphs` package is a dev dependency only, and the generated table ships.

The table maps a single character (already NFKC-folded and lower-cased by the normaliser)
to the ASCII letter it imitates: Cyrillic and Greek look-alikes ("а", "о", "ѕ", "ν"),
odd Latin forms without a decomposition ("ı", "ɑ"), and emoji letters that NFKC leaves alone
(regional indicators, negative squared/circled and parenthesised letters). Swedish letters
(å, ä, ö, é...) decompose to an ASCII base letter and are deliberately kept out.
"""

from __future__ import annotations

import argparse
import json
import string
import unicodedata
from pathlib import Path

from confusable_homoglyphs import confusables

OUT = Path(__file__).resolve().parents[1] / "shared/kommunvakt/policy/data/confusables.json"

_LETTERS = set(string.ascii_lowercase)
# Digit look-alikes are not folded: a Cyrillic "З" is far more often a letter than a three.
_EMOJI_LETTER_BLOCKS = (
    (0x1F1E6, "regional indicator"),
    (0x1F170, "negative squared"),
    (0x1F150, "negative circled"),
    (0x1F110, "parenthesized"),
    (0x1F130, "squared"),
)


def _keeps_identity(ch: str) -> bool:
    """Accented Latin letters (å, ä, ö, é) are real Swedish letters, never homoglyphs."""
    base = unicodedata.normalize("NFD", ch)[0]
    return base.isascii() and base != ch


def _fold(ch: str) -> str:
    return unicodedata.normalize("NFKC", ch).lower()


def build() -> dict[str, str]:
    table: dict[str, str] = {}
    data: dict[str, list[dict[str, str]]] = confusables.confusables_data
    # Characters that are their own folded form first, so that a variant such as U+1FBE
    # (which folds to "ι") cannot override what "ι" itself looks like.
    for char, glyphs in sorted(data.items(), key=lambda kv: _fold(kv[0]) != kv[0]):
        if len(char) != 1 or char.isascii() or _keeps_identity(char):
            continue
        folded = _fold(char)
        if len(folded) != 1 or folded.isascii():
            continue  # NFKC already maps it to something ASCII (fullwidth, mathematical...)
        # A capital's look-alike is a capital ("І" looks like "l" but is an "i"): compare
        # like with like, and let the lower-case source win over the capital one.
        upper = char != char.lower()
        letters = [
            g["c"].lower()
            for g in glyphs
            if len(g["c"]) == 1 and g["c"].lower() in _LETTERS and g["c"].isupper() == upper
        ]
        if not letters or not folded.isalpha() or folded in table:
            continue
        table[folded] = letters[0]
    for first, _name in _EMOJI_LETTER_BLOCKS:
        for i, letter in enumerate(string.ascii_lowercase):
            table[chr(first + i)] = letter
    return dict(sorted(table.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    table = build()
    args.out.write_text(
        json.dumps(table, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8"
    )
    print(f"{len(table)} entries -> {args.out}")


if __name__ == "__main__":
    main()
