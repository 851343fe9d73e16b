"""The learned classifier at run time: a linear model over word and character n-grams.

Trained at build time with scikit-learn (`make model`, `scripts/train_model.py`) and evaluated
here in pure Python, so the Lambda layer carries neither scikit-learn nor NumPy (each would add
tens of megabytes and 100+ ms of cold start for a dot product). A linear model also explains
itself exactly: every feature's share of the score is its weight, so a finding can name the
words that weighed most.

The artifact (`data/model/model.bin`) is one file:

    b"KVMODEL2\\n" | header length (8 bytes, big-endian) | header (JSON) | payload

The header names the categories, biases, feature version, training metadata, each category's
weight scale and the payload's SHA-256; the payload holds the vocabulary (NUL-separated), the
squared IDF of every feature (little-endian float32) and, per feature, its IDF-scaled weight
for every category as a little-endian int16 (row-major) that the category's scale turns back
into a weight. A missing, truncated or altered file is a `ModelError` naming the path: the layer
refuses to start rather than fall back to rules only.

Why int16: the weights were float32 until round 49, and the artifact had grown to 9.3 MB of
its 10 MB budget, about 0.1 MB per corpus round. Scaled to 16 bits (a step of 1/32767 of the
category's largest weight, far below what moves a score in its third decimal) they take half
the room, and a text's weights add up as integers: exactly, in any order.
"""

from __future__ import annotations

import hashlib
import json
import math
import struct
import sys
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from itertools import chain
from operator import itemgetter
from pathlib import Path
from typing import Any, cast

from kommunvakt.domain.models import Category
from kommunvakt.policy.model.features import (
    FEATURES_VERSION,
    _fold_accents,
    char_grams,
    context_features,
    token_list,
)

MAGIC = b"KVMODEL2\n"
DEFAULT_ARTIFACT = "model/model.bin"
_TOKEN_CACHE = 200_000


class ModelError(RuntimeError):
    """The model artifact cannot be used; the message names the file and why."""


@dataclass(frozen=True, slots=True)
class Contribution:
    """One token's share of a category's score (before the sigmoid)."""

    start: int
    end: int
    weight: float


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


class LinearModel:
    def __init__(
        self,
        header: dict[str, Any],
        vocab: Sequence[str],
        idf2: Sequence[float],
        weights: Sequence[int],
    ) -> None:
        """`idf2`: every feature's squared IDF (float32 as stored); `weights`: the row-major
        table of the artifact (per feature, one int16 per category, times the category's
        `weight_scales` entry in the header)."""
        self.header = header
        self.version: str = header["version"]
        self.categories: tuple[Category, ...] = tuple(Category(c) for c in header["categories"])
        self.bias: tuple[float, ...] = tuple(float(b) for b in header["bias"])
        self.thresholds: dict[Category, float] = {
            Category(c): float(t) for c, t in header.get("thresholds", {}).items()
        }
        self._index = dict(zip(vocab, range(len(vocab)), strict=True))
        self._idf2 = idf2
        # One int16 column per category, a strided view of the table: unpacking the table
        # into a tuple per feature took most of the load time and about 25 MB, and scoring only
        # ever reads a few hundred weights per text.
        k = len(self.categories)
        self._columns = tuple(weights[j::k] for j in range(k))
        self._scales: tuple[float, ...] = tuple(float(s) for s in header["weight_scales"])
        self._ids: dict[str, tuple[int | None, tuple[int, ...]]] = {}
        self._grams_idf2: dict[str, tuple[float, ...]] = {}
        self._last: _Item | None = None
        """The last item scored: `explain` runs right after `scores` on the same text, for one
        category or several, and reads the same tokens and context features."""
        self._all = Scorer(self, self.categories)

    # -- loading ----------------------------------------------------------------------------

    @classmethod
    def load(cls, path: str | Path | None = None) -> LinearModel:
        """Load the artifact at `path`, or the one shipped in the layer."""
        source = (
            resources.files("kommunvakt.policy.data").joinpath(DEFAULT_ARTIFACT)
            if path is None
            else Path(path)
        )
        where = str(source)
        try:
            blob = source.read_bytes()
        except OSError as exc:
            raise ModelError(f"{where}: cannot read the model artifact: {exc}") from exc
        return cls.from_bytes(blob, where)

    @classmethod
    def from_bytes(cls, blob: bytes, where: str = "<model>") -> LinearModel:
        if blob.startswith(b"KVMODEL") and not blob.startswith(MAGIC):
            raise ModelError(
                f"{where}: a model artifact of another format ({blob[:8].decode(errors='replace')}"
                f", this layer reads {MAGIC.decode().strip()}): run `make model`"
            )
        if not blob.startswith(MAGIC) or len(blob) < len(MAGIC) + 8:
            raise ModelError(f"{where}: not a Kommunvakt model artifact (bad magic)")
        (hlen,) = struct.unpack(">Q", blob[len(MAGIC) : len(MAGIC) + 8])
        start = len(MAGIC) + 8
        try:
            header = json.loads(blob[start : start + hlen].decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ModelError(f"{where}: corrupt model header: {exc}") from exc
        payload = memoryview(blob)[start + hlen :]
        if hashlib.sha256(payload).hexdigest() != header.get("payload_sha256"):
            raise ModelError(f"{where}: model payload does not match its checksum (truncated?)")
        if header.get("features_version") != FEATURES_VERSION:
            raise ModelError(
                f"{where}: trained on features {header.get('features_version')!r}, "
                f"this layer extracts {FEATURES_VERSION!r}: run `make model`"
            )
        n, k, vlen = (
            int(header["n_features"]),
            len(header["categories"]),
            int(header["vocab_bytes"]),
        )
        vocab = bytes(payload[:vlen]).decode("utf-8").split("\x00")
        if len(vocab) != n:
            raise ModelError(f"{where}: vocabulary has {len(vocab)} entries, header says {n}")
        table = payload[vlen:]
        if len(table) != 4 * n + 2 * n * k:
            raise ModelError(f"{where}: weight table has the wrong size")
        if len(header.get("weight_scales", ())) != k:
            raise ModelError(f"{where}: the header has no weight scale for every category")
        idf2: Sequence[float]
        weights: Sequence[int]
        if sys.byteorder == "little":
            # Views of the artifact's bytes (no copy: a cold start reads megabytes less).
            idf2 = cast("Sequence[float]", table[: 4 * n].cast("f"))
            weights = cast("Sequence[int]", table[4 * n :].cast("h"))
        else:  # the artifact is little-endian
            idf2, weights = array("f"), array("h")
            idf2.frombytes(table[: 4 * n])
            weights.frombytes(table[4 * n :])
            idf2.byteswap()
            weights.byteswap()
        return cls(header, vocab, idf2, weights)

    # -- scoring ----------------------------------------------------------------------------

    def scorer(self, categories: Iterable[Category]) -> Scorer:
        """A scorer for some of the categories only: the engine reads a few of them, and each
        category costs its own sums for every text."""
        return Scorer(self, tuple(categories))

    def _token_ids(self, token: str) -> tuple[int | None, tuple[int, ...]]:
        """A token's unigram feature (None: not in the vocabulary) and its known character
        n-grams, in order; computed once per distinct token (bounded)."""
        hit = self._ids.get(token)
        if hit is None:
            index = self._index
            grams = tuple(i for i in map(index.get, char_grams(token)) if i is not None)
            hit = (index.get("w:" + token), grams)
            if len(self._ids) < _TOKEN_CACHE:
                self._ids[token] = hit
        return hit

    def scores(
        self,
        view: str,
        *,
        kind: str = "comment",
        attachments: Iterable[str] = (),
        post_view: str = "",
    ) -> dict[Category, float]:
        """The probability of every category for one item (`view`: the words view)."""
        return self._all.scores(view, kind=kind, attachments=attachments, post_view=post_view)

    def explain(
        self,
        view: str,
        category: Category,
        *,
        kind: str = "comment",
        attachments: Iterable[str] = (),
        post_view: str = "",
        top: int = 3,
    ) -> list[Contribution]:
        """The tokens (spans of `view`) that pushed `category`'s score up the most.

        Each token's share is its unigram and bigram weights times the words group's norm, then
        its character n-grams' weights times the characters group's norm. Right after a
        scorer has scored the same item for this category, its sums are reused
        (`_explain_scored`); otherwise the features are looked up per distinct token and added
        up in the order they come in `extract` (`_explain_state`)."""
        attachments = tuple(attachments)
        item = self._last
        if not (
            item is not None
            and item.view == view
            and item.kind == kind
            and item.attachments == attachments
            and item.post_view == post_view
        ):
            toks = token_list(view)
            context = list(
                map(self._index.get, context_features(toks, view, kind, attachments, post_view))
            )
            item = self._last = _Item(view, kind, attachments, post_view, toks, context)
        scored = item.scored
        if scored is not None and category in scored.categories:
            return self._explain_scored(item, scored, category, top)
        state = item.explained
        if state is None:
            state = item.explained = self._explain_state(item)
        spans, word_occ, gram_occ, wn, cn = state
        j = self.categories.index(category)
        col, scale = self._columns[j], self._scales[j]
        wn, cn = wn * scale, cn * scale
        per_token: dict[int, float] = {}
        # A bigram belongs to its first token; the markers after the bigrams to none.
        for t, i in word_occ:
            per_token[t] = per_token.get(t, 0.0) + col[i] * wn
        for t, grams in gram_occ:
            acc = per_token.get(t, 0.0)
            for i in grams:
                acc = acc + col[i] * cn
            per_token[t] = acc
        best = sorted((t for t, v in per_token.items() if v > 0), key=lambda t: -per_token[t])
        return [
            Contribution(spans[t][0], spans[t][1], round(per_token[t], 4))
            for t in sorted(best[:top])
        ]

    def _explain_scored(
        self, item: _Item, scored: _Scored, category: Category, top: int
    ) -> list[Contribution]:
        """`explain` from the sums `Scorer.scores` kept: a token's share is its unigram's and
        its bigram's weight times the words norm plus its n-grams' summed weight times the
        characters norm. The same terms as `_explain_state` reads, added in another grouping,
        so a share may differ from it in the last bits of a float, never in a visible digit."""
        j = scored.categories.index(category)
        k = len(scored.categories)
        c = self.categories.index(category)
        col, scale = self._columns[c], self._scales[c]
        # The shares hold integer sums of stored weights: the scale turns them into weights.
        wn, cn = scored.wn * scale, scored.cn * scale
        toks, context, shares = item.toks, item.context, scored.shares
        per_token: dict[int, float] = {}
        for t, share in enumerate(shares):
            v = share[k + 1 + j] * wn
            if t < len(toks) - 1:
                bid = context[t]
                if bid is not None:
                    v += col[bid] * wn
            v += share[j] * cn
            if v > 0:
                per_token[t] = v
        best = sorted(per_token, key=lambda t: -per_token[t])[:top]
        spans = scored.spans
        if spans is None:  # once per item, however many categories are explained
            spans = scored.spans = _token_spans(item.view, toks)
        return [
            Contribution(spans[t][0], spans[t][1], round(per_token[t], 4)) for t in sorted(best)
        ]

    def _explain_state(self, item: _Item) -> _Explained:
        """What `explain` needs of an item whatever the category: token spans, the word and
        n-gram occurrences per token, and the two groups' norms (each summed in feature order,
        as `extract` lists the features: unigrams, bigrams and markers; then the n-grams)."""
        toks = item.toks
        idf2 = self._idf2
        ids = [self._token_ids(t) for t in toks]
        grams_idf2 = self._grams_idf2
        unigrams = [wid for wid, _ in ids]
        context = item.context
        words_n2 = sum(map(idf2.__getitem__, [i for i in unigrams + context if i is not None]))
        # The same squared IDFs in the same order as summing over every n-gram id, read from
        # a tuple per distinct token instead of one float32 at a time.
        chars_n2 = sum(
            chain.from_iterable(
                [
                    grams_idf2.get(t) or self._token_grams_idf2(t, g)
                    for t, (_, g) in zip(toks, ids, strict=True)
                ]
            )
        )
        wn = 1.0 / math.sqrt(words_n2) if words_n2 > 0 else 0.0
        cn = 1.0 / math.sqrt(chars_n2) if chars_n2 > 0 else 0.0
        word_occ = [
            (t, i)
            for t, i in chain(enumerate(unigrams), enumerate(context[: max(0, len(toks) - 1)]))
            if i is not None
        ]
        gram_occ = [(t, grams) for t, (_, grams) in enumerate(ids) if grams]
        return _token_spans(item.view, toks), word_occ, gram_occ, wn, cn

    def _token_grams_idf2(self, token: str, grams: tuple[int, ...]) -> tuple[float, ...]:
        """The squared IDFs of a token's known n-grams, in order (cached, bounded)."""
        values = tuple(map(self._idf2.__getitem__, grams))
        if len(self._grams_idf2) < _TOKEN_CACHE:
            self._grams_idf2[token] = values
        return values


def _token_spans(view: str, toks: list[str]) -> list[tuple[int, int]]:
    """`tokens(view)[1]` from the tokens `token_list(view)` gave. Between two tokens lies
    nothing the token pattern matches at any position (a scan left to right would have found
    it), and a token begins with a character it matches, so the first occurrence of a token
    after the previous one is where the scan found it. Accent folding keeps every offset."""
    folded = _fold_accents(view)
    find = folded.find
    spans: list[tuple[int, int]] = []
    end = 0
    for t in toks:
        start = find(t, end)
        end = start + len(t)
        spans.append((start, end))
    return spans


_Explained = tuple[
    list[tuple[int, int]], list[tuple[int, int]], list[tuple[int, tuple[int, ...]]], float, float
]


@dataclass(slots=True)
class _Scored:
    """A scorer's sums for one item: its categories, each token's share row (n-gram weights
    per category, n-gram norm², unigram weights per category, unigram norm²) and the two
    groups' norms."""

    categories: tuple[Category, ...]
    shares: list[tuple[float, ...]]
    wn: float
    cn: float
    spans: list[tuple[int, int]] | None = None


@dataclass(slots=True)
class _Item:
    """One item's tokens and context features (ids, None where unknown), as scored."""

    view: str
    kind: str
    attachments: tuple[str, ...]
    post_view: str
    toks: list[str]
    context: list[int | None]
    explained: _Explained | None = None
    scored: _Scored | None = None
    """What `Scorer.scores` already summed for this item, so `explain` need not sum again."""


class Scorer:
    """The model's scores for some of its categories (`LinearModel.scorer`).

    A text's sums are per category and independent of each other, so leaving categories out
    changes no bit of the others. Each token's share (its n-grams and unigram) is cached, so a
    text costs a lookup per token plus its bigrams and context markers."""

    def __init__(self, model: LinearModel, categories: tuple[Category, ...]) -> None:
        positions = [model.categories.index(c) for c in categories]
        self.categories = categories
        self._model = model
        self._bias = tuple(model.bias[j] for j in positions)
        self._columns = tuple(model._columns[j] for j in positions)
        self._scales = tuple(model._scales[j] for j in positions)
        self._zeros = (0,) * len(positions)
        self._shares: dict[str, tuple[float, ...]] = {}

    def _add(self, ids: list[int]) -> tuple[tuple[float, ...], float]:
        """The summed stored weights (per category, integers: exact in any order) and squared
        IDFs of known feature occurrences."""
        if not ids:
            return self._zeros, 0.0
        if len(ids) == 1:
            i = ids[0]
            return tuple([col[i] for col in self._columns]), 0 + self._model._idf2[i]
        # An itemgetter gathers a column's values in C, in occurrence order (a `map` over the
        # memoryview's `__getitem__` costs a call per value); the squared IDFs are added in
        # occurrence order, as the training side's norm adds them.
        gather = itemgetter(*ids)
        return (
            tuple([sum(gather(col)) for col in self._columns]),
            sum(gather(self._model._idf2)),
        )

    def _share(self, token: str) -> tuple[float, ...]:
        """One token's share as one flat row: its character n-grams' weights (one per
        category) and squared IDFs, then its unigram's weights and squared IDF. Computed once
        per distinct token (bounded)."""
        wid, grams = self._model._token_ids(token)
        crow, cn2 = self._add(list(grams))
        wrow, wn2 = self._add([wid]) if wid is not None else (self._zeros, 0.0)
        share = (*crow, cn2, *wrow, wn2)
        if len(self._shares) < _TOKEN_CACHE:
            self._shares[token] = share
        return share

    def scores(
        self,
        view: str,
        *,
        kind: str = "comment",
        attachments: Iterable[str] = (),
        post_view: str = "",
    ) -> dict[Category, float]:
        """The probability of each of this scorer's categories for one item."""
        attachments = tuple(attachments)
        toks = token_list(view)
        known = self._shares.get
        shares = [known(t) or self._share(t) for t in toks]
        # Unigrams come from the token shares; bigrams and context markers are looked up (and
        # kept for `explain`).
        model = self._model
        context = list(
            map(model._index.get, context_features(toks, view, kind, attachments, post_view))
        )
        item = model._last = _Item(view, kind, attachments, post_view, toks, context)
        rest, rest_n2 = self._add([i for i in context if i is not None])
        # Every column of the token rows summed in one C-level pass, in token order. The
        # bigrams' and markers' weights lead their columns, so each word sum adds the same
        # terms in the same order as `rest + w1 + w2...`; the other columns lead with a zero,
        # which changes no sum. The words' norm adds `rest_n2` last, as it always has.
        k = len(self._zeros)
        lead = (*self._zeros, 0.0, *rest, 0.0)
        sums = tuple(map(sum, zip(lead, *shares, strict=True)))
        cs, cn2 = sums[:k], sums[k]
        ws, wn2 = sums[k + 1 : 2 * k + 1], sums[2 * k + 1] + rest_n2
        cn = 1.0 / math.sqrt(cn2) if cn2 > 0 else 0.0
        wn = 1.0 / math.sqrt(wn2) if wn2 > 0 else 0.0
        item.scored = _Scored(self.categories, shares, wn, cn)
        return {
            cat: _sigmoid(b + s * (wn * w + cn * c))
            for cat, b, s, w, c in zip(
                self.categories, self._bias, self._scales, ws, cs, strict=True
            )
        }


def write_artifact(
    path: Path,
    header: dict[str, Any],
    vocab: Sequence[str],
    idf2: Sequence[float],
    weights: Sequence[Sequence[float]],
) -> None:
    """Write an artifact `LinearModel.load` reads (used by `scripts/train_model.py`)."""
    vbytes = "\x00".join(vocab).encode("utf-8")
    k = len(weights)
    # Each category's weights as multiples of 1/32767 of its largest (module docstring).
    scales = [max(map(abs, col), default=0.0) / 32767 or 1.0 for col in weights]
    table = struct.pack(f"<{len(idf2)}f", *idf2)
    table += b"".join(
        struct.pack(f"<{k}h", *(round(w / s) for w, s in zip(row, scales, strict=True)))
        for row in zip(*weights, strict=True)
    )
    payload = vbytes + table
    header = dict(header)
    header.update(
        weight_scales=scales,
        n_features=len(vocab),
        vocab_bytes=len(vbytes),
        payload_sha256=hashlib.sha256(payload).hexdigest(),
        features_version=FEATURES_VERSION,
    )
    head = json.dumps(header, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(MAGIC + struct.pack(">Q", len(head)) + head + payload)
