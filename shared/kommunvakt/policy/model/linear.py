"""The learned classifier at run time: a linear model over word and character n-grams.

Trained at build time with scikit-learn (`make model`, `scripts/train_model.py`) and evaluated
here in pure Python, so the Lambda layer carries neither scikit-learn nor NumPy (each would add
tens of megabytes and 100+ ms of cold start for a dot product). A linear model also explains
itself exactly: every feature's share of the score is its weight, so a finding can name the
words that weighed most.

The artifact (`data/model/model.bin`) is one file:

    b"KVMODEL1\\n" | header length (8 bytes, big-endian) | header (JSON) | payload

The header names the categories, biases, feature version, training metadata and the payload's
SHA-256; the payload holds the vocabulary (NUL-separated), the squared IDF of every feature and,
per feature, its IDF-scaled weight for every category (little-endian float32, row-major). A
missing, truncated or altered file is a `ModelError` naming the path: the layer refuses to
start rather than fall back to rules only.
"""

from __future__ import annotations

import hashlib
import json
import math
import struct
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from kommunvakt.domain.models import Category
from kommunvakt.policy.model.features import (
    FEATURES_VERSION,
    char_grams,
    extract,
    token_list,
    word_features,
)

MAGIC = b"KVMODEL1\n"
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
        idf2: array[float],
        rows: list[tuple[float, ...]],
    ) -> None:
        self.header = header
        self.version: str = header["version"]
        self.categories: tuple[Category, ...] = tuple(Category(c) for c in header["categories"])
        self.bias: tuple[float, ...] = tuple(float(b) for b in header["bias"])
        self.thresholds: dict[Category, float] = {
            Category(c): float(t) for c, t in header.get("thresholds", {}).items()
        }
        self._index = {f: i for i, f in enumerate(vocab)}
        self._idf2 = idf2
        self._rows = rows
        self._zeros = (0.0,) * len(self.categories)
        self._token_cache: dict[str, tuple[tuple[float, ...], float, tuple[float, ...], float]] = {}

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
        if len(table) != 4 * n * (k + 1):
            raise ModelError(f"{where}: weight table has the wrong size")
        idf2 = array("f")
        idf2.frombytes(table[: 4 * n])
        rows = list(struct.iter_unpack(f"<{k}f", table[4 * n :]))
        return cls(header, vocab, idf2, rows)

    # -- scoring ----------------------------------------------------------------------------

    def _add(self, ids: Iterable[int | None]) -> tuple[tuple[float, ...], float]:
        """The summed weight rows and squared IDFs of feature occurrences (None: unknown)."""
        rows, idf2 = self._rows, self._idf2
        known = [i for i in ids if i is not None]
        if not known:
            return self._zeros, 0.0
        total = tuple(map(sum, zip(*map(rows.__getitem__, known), strict=True)))
        return total, sum(map(idf2.__getitem__, known))

    def _token(self, token: str) -> tuple[tuple[float, ...], float, tuple[float, ...], float]:
        """One token's share: its character n-grams' rows and norm², its unigram's row and
        norm². Words repeat across comments, so this is computed once per distinct token."""
        hit = self._token_cache.get(token)
        if hit is None:
            index = self._index
            crow, cn2 = self._add(map(index.get, char_grams(token)))
            wrow, wn2 = self._add((index.get("w:" + token),))
            hit = (crow, cn2, wrow, wn2)
            if len(self._token_cache) < _TOKEN_CACHE:
                self._token_cache[token] = hit
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
        toks = token_list(view)
        words = word_features(toks, view, kind, attachments, post_view)[0]
        shares = list(map(self._token, toks))
        # Unigrams come from the token cache; bigrams and context markers are looked up.
        rest, rest_n2 = self._add(map(self._index.get, words[len(toks) :]))
        cs: tuple[float, ...]
        ws: tuple[float, ...]
        if shares:
            crows, cn2s, wrows, wn2s = zip(*shares, strict=True)
            cs = tuple(map(sum, zip(*crows, strict=True)))
            ws = tuple(map(sum, zip(rest, *wrows, strict=True)))
            cn2, wn2 = sum(cn2s), sum(wn2s) + rest_n2
        else:
            cs, ws, cn2, wn2 = self._zeros, rest, 0.0, rest_n2
        cn = 1.0 / math.sqrt(cn2) if cn2 > 0 else 0.0
        wn = 1.0 / math.sqrt(wn2) if wn2 > 0 else 0.0
        return {
            cat: _sigmoid(b + wn * w + cn * c)
            for cat, b, w, c in zip(self.categories, self.bias, ws, cs, strict=True)
        }

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
        """The tokens (spans of `view`) that pushed `category`'s score up the most."""
        ex = extract(
            view, kind=kind, attachments=attachments, post_view=post_view, explainable=True
        )
        j = self.categories.index(category)
        rows, index, idf2 = self._rows, self._index, self._idf2
        per_token: dict[int, float] = {}
        for feats, toks in ((ex.words, ex.word_tokens), (ex.chars, ex.char_tokens)):
            ids = [index.get(f) for f in feats]
            norm2 = sum(idf2[i] for i in ids if i is not None)
            norm = 1.0 / math.sqrt(norm2) if norm2 > 0 else 0.0
            for i, t in zip(ids, toks, strict=True):
                if i is not None and t >= 0:
                    per_token[t] = per_token.get(t, 0.0) + rows[i][j] * norm
        best = sorted((t for t, v in per_token.items() if v > 0), key=lambda t: -per_token[t])
        return [
            Contribution(ex.spans[t][0], ex.spans[t][1], round(per_token[t], 4))
            for t in sorted(best[:top])
        ]


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
    table = struct.pack(f"<{len(idf2)}f", *idf2)
    table += b"".join(struct.pack(f"<{k}f", *row) for row in zip(*weights, strict=True))
    payload = vbytes + table
    header = dict(header)
    header.update(
        n_features=len(vocab),
        vocab_bytes=len(vbytes),
        payload_sha256=hashlib.sha256(payload).hexdigest(),
        features_version=FEATURES_VERSION,
    )
    head = json.dumps(header, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(MAGIC + struct.pack(">Q", len(head)) + head + payload)
