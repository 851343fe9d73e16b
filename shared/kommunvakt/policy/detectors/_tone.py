"""The tone around violent or insulting words: laughter, affection, a tease taken back.

Shared by the abusive and crime detectors: friends teasing ("din latmask!! 😂 love u", "slår
ja ihjäl dig 😤😂 love u") use the words of an insult or a threat and mean neither."""

from __future__ import annotations

import re

LAUGHTER = ("😂", "🤣", "😄", "😆", "😅", "😹", "haha", "hehe", "lol")
_AFFECTION = (
    "❤",
    "🧡",
    "💛",
    "💙",
    "💜",
    "💚",
    "🥰",
    "😍",
    "😘",
    "🤗",
    "love u",
    "love you",
    "älskar dig",
    "älskar er",
    "stolt",
    "kompis",
    "kram",
    "puss",
)


def laughing(text: str) -> bool:
    return any(m in text for m in LAUGHTER)


def banter(text: str) -> bool:
    """Laughter and affection (or the tease taken back) around an insult or threat word:
    friends teasing ("din latmask!! 😂 love u bro, stolt", "Karin din gamla kärring 😄 jag
    hämtar dig 9.30 ❤️"). Sarcasm rarely sends both; a congratulation alone does not count
    ("Grattis Henrik, imponerande utan att kunna räkna 👏")."""
    return laughing(text) and (
        any(m in text for m in _AFFECTION) or _TAKEN_BACK.search(text) is not None
    )


_TAKEN_BACK = re.compile(
    r"\b(?:nej|nä|nää)\s+(?:men\s+)?skämt\b|\bskojar\s+bara\b|\bbara\s+skojar\b|"
    r"\bskämtar\s+bara\b|\bjk\b|\bjust\s+kidding\b|\bskämt\s+å\s*sido\b|"
    r"\bnej\s+men\s+(?:seriöst|allvarligt)\b"
)
"""A tease taken back at once ("bro du e ass på padel 😂 nej skämt, ses på söndag")."""
