"""The learned classifier at run time: a linear model over word and character n-grams.

Trained at build time with scikit-learn (`make model`, `scripts/train_model.py`) and evaluated
here in pure Python, so the Lambda layer carries neither scikit-learn nor NumPy (each would add
tens of megabytes and 100+ ms of cold start for a dot product). A linear model also explains
itself exactly: every feature's share of the score is its weight, so a finding can name the
words that weighed most.

The artifact (`data/model/model.bin`) is one file:

    b"KVMODEL1\\n" | header length (8 bytes, big-endian) | header (JSON) | payload

The header names the categories, biases, feature version, training metadata and the payload's
SHA-256; the payload holds the vocabulary (NUL-separated), the squared IDF of every feature and
one row of IDF-scaled weights per category (float32). A missing, truncated or altered file is a
`ModelError` naming the path: the layer refuses to start rather than fall back to rules only.
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
from kommunvakt.policy.model.features import FEATURES_VERSION, Extracted, extract

MAGIC = b"KVMODEL1\n"
DEFAULT_ARTIFACT = "model/model.bin"


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
        weights: Sequence[array[float]],
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
        self._weights = list(weights)

    # -- loading ----------------------------------------------------------------------------

    @classmethod
    def load(cls, path: str | Path | None = None) -> LinearModel:
        """Load the artifact at `path`, or the one shipped in the layer."""
        if path is None:
            res = resources.files("kommunvakt.policy.data").joinpath(DEFAULT_ARTIFACT)
            where = str(res)
            try:
                blob = res.read_bytes()
            except OSError as exc:
                raise ModelError(f"{where}: cannot read the model artifact: {exc}") from exc
        else:
            where = str(path)
            try:
                blob = Path(path).read_bytes()
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
        floats = array("f")
        floats.frombytes(payload[vlen:])
        if len(floats) != n * (k + 1):
            raise ModelError(f"{where}: weight table has the wrong size")
        idf2 = floats[:n]
        weights = [floats[n * (j + 1) : n * (j + 2)] for j in range(k)]
        return cls(header, vocab, idf2, weights)

    # -- scoring ----------------------------------------------------------------------------

    def _lookup(self, feats: list[str]) -> tuple[set[int], float]:
        # Presence, not counts: the model was trained on binary term presence.
        ids: set[Any] = set(map(self._index.get, feats))
        ids.discard(None)
        norm2 = sum(map(self._idf2.__getitem__, ids))
        return ids, (1.0 / math.sqrt(norm2)) if norm2 > 0 else 0.0

    def scores(
        self,
        view: str,
        *,
        kind: str = "comment",
        attachments: Iterable[str] = (),
        post_view: str = "",
    ) -> dict[Category, float]:
        """The probability of every category for one item (`view`: the words view)."""
        ex = extract(view, kind=kind, attachments=attachments, post_view=post_view)
        wids, wn = self._lookup(ex.words)
        cids, cn = self._lookup(ex.chars)
        out: dict[Category, float] = {}
        for cat, bias, w in zip(self.categories, self.bias, self._weights, strict=True):
            get = w.__getitem__
            z = bias + wn * sum(map(get, wids)) + cn * sum(map(get, cids))
            out[cat] = _sigmoid(z)
        return out

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
        w = self._weights[self.categories.index(category)]
        per_token: dict[int, float] = {}
        for feats, toks in ((ex.words, ex.word_tokens), (ex.chars, ex.char_tokens)):
            norm = self._lookup(feats)[1]
            index = self._index
            for f, t in zip(feats, toks, strict=True):
                i = index.get(f)
                if i is None or t < 0:
                    continue
                per_token[t] = per_token.get(t, 0.0) + w[i] * norm
        best = sorted((t for t, v in per_token.items() if v > 0), key=lambda t: -per_token[t])
        return [
            Contribution(ex.spans[t][0], ex.spans[t][1], round(per_token[t], 4))
            for t in sorted(best[:top])
        ]

    @staticmethod
    def features(view: str, **kw: Any) -> Extracted:
        return extract(view, **kw)


def write_artifact(
    path: Path,
    header: dict[str, Any],
    vocab: Sequence[str],
    idf2: Sequence[float],
    weights: Sequence[Sequence[float]],
) -> None:
    """Write an artifact `LinearModel.load` reads (used by `scripts/train_model.py`)."""
    vbytes = "\x00".join(vocab).encode("utf-8")
    floats = array("f", idf2)
    for row in weights:
        floats.extend(array("f", row))
    payload = vbytes + floats.tobytes()
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
