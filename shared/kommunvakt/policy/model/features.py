"""The learned model's features: one function shared by training and run time.

Training (`scripts/train_model.py`) and the layer call the same `extract`, so a feature the
model learned is exactly the feature the layer looks up: no second implementation to drift.

The input is the de-obfuscated words view the rule detectors already compute
(`Context.words`: NFKC, homoglyphs and leetspeak undone, spaced letters joined), folded once
more so that residents who never type å/ä/ö meet the same features as those who do. Features:

- word unigrams and bigrams (`w:` / `b:`), emoji included as words: a knife or a devil after a
  sentence carries meaning;
- character 3- to 5-grams inside space-padded words (no prefix: they never contain ":"),
  inflections, compounds
  ("sossepack", "kommunidioter") and typos share most of them with the forms seen in training;
- context markers (`m:`): the attachment types, the kind of item, whether the municipality's
  post was given and whether the comment shares a content word with it (relevance).

Each feature remembers the token it came from, so a finding can point at the words that
weighed most (offsets into the view, mapped back to the original text by the caller).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

FEATURES_VERSION = "f2"
"""Bumped whenever `extract` changes: an artifact trained on other features is refused."""

_ACCENTS = (
    ("å", "a"),
    ("ä", "a"),
    ("ö", "o"),
    ("é", "e"),
    ("è", "e"),
    ("ü", "u"),
    ("æ", "a"),
    ("ø", "o"),
)
"""Letters folded before tokenising, so that residents who never type å/ä/ö meet the same
features as those who do."""


def _fold_accents(view: str) -> str:
    """The view with `_ACCENTS` replaced. A chain of `str.replace` is some twenty times faster
    than `str.translate` with a mapping (which looks every character up in a dict); each
    replacement is one ASCII letter that no later step replaces again, so the result is
    the same as translating character by character."""
    if view.isascii():
        return view
    for accented, plain in _ACCENTS:
        view = view.replace(accented, plain)
    return view


# Words: runs of letters/digits; emoji and pictographs one by one (each carries meaning).
_TOKEN = re.compile(r"[^\W_]+|[\u2600-\u27bf\U0001f000-\U0001faff]")
_URL = re.compile(r"https?://|www\.|\b[\w-]+\.(?:se|com|nu|net|org|io|shop)\b")
_TLD = re.compile(r"\.(?:se|com|nu|net|org|io|shop)\b")
"""What `_URL`'s last branch cannot match without. Starting with a literal, it skips through a
text in C, where `_URL` is tried at every position."""
_CHAR_N = (3, 4, 5)
_POST_MIN_WORD = 4


@dataclass(frozen=True, slots=True)
class Extracted:
    """The features of one text, split into the two groups that are normalised separately."""

    words: list[str]
    """Word, bigram and context features."""
    chars: list[str]
    """Character n-gram features."""
    word_tokens: list[int]
    """For each of `words`, the index of its (first) token; -1 for context markers."""
    char_tokens: list[int]
    """For each of `chars`, the index of its token."""
    spans: list[tuple[int, int]]
    """Each token's [start, end) in the view that was given."""


def tokens(view: str) -> tuple[list[str], list[tuple[int, int]]]:
    folded = _fold_accents(view)
    toks: list[str] = []
    spans: list[tuple[int, int]] = []
    for m in _TOKEN.finditer(folded):
        toks.append(m.group())
        spans.append(m.span())
    return toks, spans


def token_list(view: str) -> list[str]:
    """`tokens(view)[0]` without the spans (the hot path)."""
    return _TOKEN.findall(_fold_accents(view))


@lru_cache(maxsize=512)
def _post_words(post_view: str) -> frozenset[str]:
    # Many comments answer the same post: its content words are computed once.
    return frozenset(t for t in token_list(post_view) if len(t) >= _POST_MIN_WORD)


def char_grams(token: str) -> list[str]:
    """The character n-grams of one token (none for digits, emoji and one-letter words)."""
    if len(token) < 2 or not token[0].isalpha():
        return []
    padded = " " + token + " "
    n_len = len(padded)
    return [padded[s : s + n] for n in _CHAR_N for s in range(n_len - n + 1)]


def word_features(
    toks: list[str], view: str, kind: str, attachments: Iterable[str], post_view: str
) -> tuple[list[str], int]:
    """Unigrams, bigrams and context markers; also how many of them are context markers."""
    words = ["w:" + t for t in toks]
    words += [f"b:{a} {b}" for a, b in pairwise(toks)]
    meta = _markers(toks, view, kind, attachments, post_view)
    return words + meta, len(meta)


def context_features(
    toks: list[str], view: str, kind: str, attachments: Iterable[str], post_view: str
) -> list[str]:
    """`word_features` without the unigrams (bigrams, then context markers, in that order):
    the scorer caches each token's unigram, so building those strings per item is waste."""
    out = [f"b:{a} {b}" for a, b in pairwise(toks)]
    out += _markers(toks, view, kind, attachments, post_view)
    return out


def _markers(
    toks: list[str], view: str, kind: str, attachments: Iterable[str], post_view: str
) -> list[str]:
    """The context markers (`m:`) of one item."""
    meta = ["m:kind_" + kind]
    meta += ["m:att_" + a for a in sorted(set(attachments))]
    if ("://" in view or "www." in view or _TLD.search(view)) and _URL.search(view):
        meta.append("m:url")
    if not toks:
        meta.append("m:no_words")
    elif len(toks) <= 3:
        meta.append("m:short")
    if post_view:
        # The post's set holds only words of `_POST_MIN_WORD` letters or more, so a C-level
        # disjointness test is the same as checking each token's length and membership.
        shared = not _post_words(post_view).isdisjoint(toks)
        meta.append("m:post_shared" if shared else "m:post_unshared")
    else:
        meta.append("m:no_post")
    return meta


def extract(
    view: str,
    *,
    kind: str = "comment",
    attachments: Iterable[str] = (),
    post_view: str = "",
    explainable: bool = False,
) -> Extracted:
    """Features of one item. `view` and `post_view` are lower-cased words views.

    This is the reference the model is trained on; `LinearModel.scores` reaches the same
    feature set by a faster route (character n-grams cached per token), and a test holds
    the two equal. With `explainable=False` the token indices are not kept.
    """
    toks, spans = tokens(view)
    words, n_meta = word_features(toks, view, kind, attachments, post_view)
    chars: list[str] = []
    char_tokens: list[int] = []
    for i, t in enumerate(toks):
        grams = char_grams(t)
        chars += grams
        if explainable:
            char_tokens += [i] * len(grams)
    word_tokens: list[int] = []
    if explainable:
        word_tokens = list(range(len(toks))) + list(range(len(toks) - 1)) + [-1] * n_meta
    return Extracted(words, chars, word_tokens, char_tokens, spans)
