"""The lexical signal: alias-normalised token documents and an in-process BM25 index.

A lexical document is the text casefolded, stripped of accents, split into words, with every actor
alias replaced by its actor's token (so that "Korut", "Korea Utara" and "North Korea" all become
the same token), English and Indonesian stop words dropped and a light suffix stemming applied.
The same document feeds BM25 here and PostgreSQL full-text search (``'simple'`` configuration).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections import Counter
from collections.abc import Sequence

import numpy as np

# Function words only: negations ("not", "tidak", "bukan") and modality stay, since they carry the
# difference between a claim and its denial.
STOP_WORDS_EN = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "myself",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "s",
        "t",
        "d",
        "ll",
        "m",
        "re",
        "ve",
        "via",
        "amp",
        "rt",
    ]
)
STOP_WORDS_ID = frozenset(
    [
        "ada",
        "adalah",
        "agar",
        "akan",
        "aku",
        "anda",
        "antara",
        "apa",
        "apakah",
        "atas",
        "atau",
        "bagi",
        "bahwa",
        "baik",
        "banyak",
        "beberapa",
        "begitu",
        "belum",
        "bisa",
        "dalam",
        "dan",
        "dapat",
        "dari",
        "daripada",
        "demikian",
        "dengan",
        "di",
        "dia",
        "ia",
        "ialah",
        "ini",
        "itu",
        "jika",
        "juga",
        "kalau",
        "kami",
        "kamu",
        "karena",
        "ke",
        "kemudian",
        "kepada",
        "ketika",
        "kita",
        "lagi",
        "lain",
        "lalu",
        "maka",
        "mana",
        "masih",
        "mereka",
        "namun",
        "oleh",
        "pada",
        "para",
        "pula",
        "saat",
        "saja",
        "sama",
        "sambil",
        "sang",
        "sebagai",
        "sebelum",
        "sedang",
        "sejak",
        "sekitar",
        "selama",
        "seperti",
        "serta",
        "setelah",
        "si",
        "suatu",
        "sudah",
        "supaya",
        "tanpa",
        "telah",
        "tentang",
        "tersebut",
        "untuk",
        "yaitu",
        "yakni",
        "yang",
        "hal",
        "pun",
        "nya",
        "lah",
        "kah",
        "tuh",
        "sih",
        "dong",
        # First-person and filler words: "saya pikir" and "saya yakin" share nothing a claim is
        # about, yet made two unrelated quotes each other's best lexical match.
        "saya",
        "jadi",
        "lebih",
        "nanti",
        "sangat",
        "harus",
        "pak",
        "bu",
        "bapak",
        "tetapi",
        "sebuah",
        "seorang",
        "kan",
    ]
)
# Words of reporting and of claiming: they tie a denial of one accusation to any other report of
# an accusation ("US claims of arresting a spy" and "unverified claims that Russia ..."), not to
# what the claim is about.
REPORTING_WORDS = frozenset(
    [
        "claim",
        "claims",
        "claimed",
        "allegation",
        "allegations",
        "alleged",
        "accusation",
        "accusations",
        "said",
        "says",
        "say",
        "told",
        "tuduhan",
        "tudingan",
        "klaim",
        "mengklaim",
        "kata",
        "katanya",
        "ujar",
        "mengatakan",
        "menyebut",
        "menurut",
    ]
)
STOP_WORDS = STOP_WORDS_EN | STOP_WORDS_ID | REPORTING_WORDS

# Actor tokens made by the alias replacement look like this and are never stemmed or dropped.
_PROTECTED = re.compile(r"^actor\d+$")
_WORD = re.compile(r"[^\W_]+")
_URL = re.compile(r"(?:https?://|www\.|pic\.twitter\.com/)\S+")


def normalise(text: str) -> str:
    """Casefold and strip accents, as ``sources.models.normalise_alias`` does for aliases."""
    if text.isascii():
        # Nothing to decompose (NFKD leaves ASCII as it is); most English and Indonesian text.
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """The words of ``text`` after normalisation, links removed."""
    return _WORD.findall(_URL.sub(" ", normalise(text)))


_TAG = re.compile(r"(?<![\w#@])[#@](\w+)")
_CASE_BREAK = re.compile(
    r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])"
)


def _split_tag(tag: str) -> str:
    return _CASE_BREAK.sub(" ", tag.replace("_", " "))


def query_text(text: str) -> str:
    """A statement or query as it is matched: links removed, #hashtags and @handles made words.

    "#DefundTheCBC" becomes "Defund The CBC" and "@BradTrostCPC" "Brad Trost CPC", so that both the
    embedding and the lexical signal see the words a claim would use; links never match a claim.
    """
    text = _URL.sub(" ", text)
    text = _TAG.sub(lambda m: f" {_split_tag(m.group(1))} ", text)
    return " ".join(text.split())


def text_key(text: str) -> str:
    """The text reduced to its words (casefolded, accents and punctuation dropped).

    Two texts with the same key say the same thing in the same words: a statement whose key equals
    a claim's is a verbatim repeat of that claim.
    """
    return " ".join(words(text))


def stem(word: str) -> str:
    """A light, conservative stemmer for English plurals and Indonesian enclitics.

    Only suffixes whose removal almost never merges unrelated words: English plural -s/-ies,
    Indonesian -nya/-lah/-kah and the possessives -ku/-mu on long words.
    """
    if len(word) <= 4 or word.isdigit():
        return word
    if word.endswith("nya") and len(word) > 6:
        return word[:-3]
    if word.endswith(("lah", "kah")) and len(word) > 6:
        return word[:-3]
    if word.endswith("ies") and len(word) > 5:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


class _PhraseTable:
    """Alias phrases as token tuples, keyed by first token, longest first."""

    def __init__(self, phrases: dict[str, str]) -> None:
        self.by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for phrase, token in phrases.items():
            key = tuple(words(phrase))
            if key:
                self.by_first.setdefault(key[0], []).append((key, token))
        for entries in self.by_first.values():
            entries.sort(key=lambda entry: -len(entry[0]))

    def replace(self, tokens: list[str]) -> list[str]:
        out: list[str] = []
        i = 0
        while i < len(tokens):
            for phrase, token in self.by_first.get(tokens[i], ()):
                if tuple(tokens[i : i + len(phrase)]) == phrase:
                    out.append(token)
                    i += len(phrase)
                    break
            else:
                out.append(tokens[i])
                i += 1
        return out


_tables: dict[int, tuple[dict[str, str], frozenset, _PhraseTable]] = {}
_tables_lock = threading.Lock()


def _phrase_table(phrases: dict[str, str]) -> _PhraseTable:
    # The same alias dictionary is passed for every sentence of an article; compiling it once per
    # distinct content keeps lexical_document cheap. The dict itself is held so its id stays valid.
    content = frozenset(phrases.items())
    with _tables_lock:
        cached = _tables.get(id(phrases))
        if cached is not None and cached[0] is phrases and cached[1] == content:
            return cached[2]
        table = _PhraseTable(phrases)
        if len(_tables) >= 16:
            _tables.clear()
        _tables[id(phrases)] = (phrases, content, table)
        return table


def lexical_document(text: str, phrases: dict[str, str] | None = None) -> str:
    """Space-separated lexical tokens of ``text``.

    ``phrases`` maps normalised alias strings (as made by ``sources.models.normalise_alias``) to
    the token that replaces them, e.g. ``{"korea utara": "actor7", "korut": "actor7",
    "north korea": "actor7"}``. The longest phrase wins at each position, on word boundaries.
    """
    tokens = words(text)
    if phrases:
        tokens = _phrase_table(phrases).replace(tokens)
    return " ".join(
        token if _PROTECTED.match(token) else stem(token)
        for token in tokens
        if _PROTECTED.match(token) or token not in STOP_WORDS
    )


def content_tokens(text: str) -> list[str]:
    """The lexical tokens of ``text`` without alias replacement."""
    return lexical_document(text).split()


class BM25Index:
    """Okapi BM25 over lexical documents, held in numpy arrays.

    ``add`` may be called several times (a re-added id replaces its document); the posting
    arrays are rebuilt lazily on the next search. Scores of a query are a sum over its terms, so a
    search touches only the postings of the query's terms.
    """

    def __init__(self, k1: float = 1.2, b: float = 0.75) -> None:
        self.k1 = k1
        self.b = b
        self._ids: list[int] = []
        self._documents: list[list[str]] = []
        self._position: dict[int, int] = {}
        self._postings: dict[str, tuple[np.ndarray, np.ndarray]] | None = None
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._ids)

    def add(self, ids: Sequence[int], documents: Sequence[str]) -> None:
        if len(ids) != len(documents):
            raise ValueError(f"{len(ids)} ids for {len(documents)} documents")
        with self._lock:
            for doc_id, document in zip(ids, documents, strict=True):
                tokens = (document or "").split()
                position = self._position.get(doc_id)
                if position is None:
                    self._position[doc_id] = len(self._ids)
                    self._ids.append(doc_id)
                    self._documents.append(tokens)
                else:
                    self._documents[position] = tokens
            self._postings = None

    def _build(self) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        n = len(self._documents)
        lengths = np.array([len(d) for d in self._documents], dtype=np.float32)
        average = float(lengths.mean()) if n and lengths.sum() else 1.0
        norm = self.k1 * (1.0 - self.b + self.b * lengths / average)
        rows: dict[str, list[tuple[int, int]]] = {}
        for position, tokens in enumerate(self._documents):
            for term, tf in Counter(tokens).items():
                rows.setdefault(term, []).append((position, tf))
        postings = {}
        for term, entries in rows.items():
            positions = np.fromiter((p for p, _ in entries), dtype=np.int64, count=len(entries))
            tf = np.fromiter((t for _, t in entries), dtype=np.float32, count=len(entries))
            df = len(entries)
            idf = np.log1p((n - df + 0.5) / (df + 0.5))
            weights = idf * tf * (self.k1 + 1.0) / (tf + norm[positions])
            postings[term] = (positions, weights.astype(np.float32))
        return postings

    def search(self, document: str, k: int) -> list[tuple[int, float]]:
        """The ``k`` best (id, score) pairs for a lexical document, best first, scores > 0."""
        terms = Counter((document or "").split())
        if not terms or k <= 0:
            return []
        with self._lock:
            if not self._ids:
                return []
            if self._postings is None:
                self._postings = self._build()
            postings = self._postings
            ids = self._ids
        scores = np.zeros(len(ids), dtype=np.float32)
        for term, count in terms.items():
            entry = postings.get(term)
            if entry is not None:
                scores[entry[0]] += count * entry[1]
        candidates = np.flatnonzero(scores > 0)
        if len(candidates) > k:
            candidates = candidates[np.argpartition(-scores[candidates], k - 1)[:k]]
        # Ties keep the order documents were added in.
        order = sorted(candidates.tolist(), key=lambda i: (-scores[i], i))
        return [(ids[i], float(scores[i])) for i in order]
