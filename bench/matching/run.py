"""Claim-retrieval quality: CheckThat! 2020 task 2 (English) and English-Indonesian pairs.

Usage (from the repository root):

    python bench/matching/run.py                 # figures on the dev split + cross-lingual pairs
    python bench/matching/run.py --calibrate     # also refit claims/calibration.json on train
    python bench/matching/run.py --embedders use,hashing --skip-crosslingual

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
from claims.embedding import available_embedders, get_embedder  # noqa: E402
from claims.lexical import BM25Index, lexical_document  # noqa: E402

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


def embed_cached(name: str, texts: list[str], kind: str) -> tuple[np.ndarray, float]:
    """Embeddings of ``texts`` and the seconds spent computing them (0 when cached)."""
    embedder = get_embedder(name)
    digest = hashlib.sha1(kind.encode())  # noqa: S324 - a cache key, not a secret
    for text in texts:
        digest.update(text.encode())
        digest.update(b"\0")
    path = CACHE / f"{embedder.key}-{kind}-{digest.hexdigest()[:16]}.npy"
    if path.exists():
        return np.load(path), 0.0
    start = time.perf_counter()
    vectors = embedder.embed(texts, kind=kind)
    seconds = time.perf_counter() - start
    CACHE.mkdir(parents=True, exist_ok=True)
    np.save(path, vectors)
    return vectors, seconds


# --- rankings and metrics -------------------------------------------------------------------


def clean_query(text: str) -> str:
    """Tweets carry links and picture addresses that no claim shares."""
    return " ".join(w for w in text.split() if not w.startswith(("http", "pic.twitter.com")))


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
class Candidates:
    """Per query: vector ranking, lexical ranking and the cosine of every claim."""

    vector: list[list[int]]
    lexical: list[list[int]]
    cosines: np.ndarray  # (queries, claims)


def candidates(query_vectors, claim_vectors, lexical: list[list[int]]) -> Candidates:
    cosines = query_vectors @ claim_vectors.T
    return Candidates([top_k(row, CANDIDATES) for row in cosines], lexical, cosines)


def link_rows(
    c: Candidates, q: int, exclude: set[int] = frozenset()
) -> list[tuple[int, float, int | None]]:
    """(claim, cosine, lexical rank) for the union of both candidate lists of query ``q``."""
    vector = [i for i in c.vector[q] if i not in exclude]
    lexical = [i for i in c.lexical[q] if i not in exclude]
    rank = {item: r for r, item in enumerate(lexical)}
    union = list(dict.fromkeys(vector + lexical))
    return [(item, float(c.cosines[q, item]), rank.get(item)) for item in union]


def fused_ranking(c: Candidates, q: int, coef: list[float]) -> list[int]:
    """What claims.matching.search returns: the candidates ordered by link_score."""
    rows = link_rows(c, q)
    scored = [(fusion.link_score(cos, rank, coef=coef), item) for item, cos, rank in rows]
    return [item for _, item in sorted(scored, key=lambda s: -s[0])]


def lexical_rankings(bm25: BM25Index, queries: list[str]) -> list[list[int]]:
    return [[i for i, _ in bm25.search(lexical_document(q), CANDIDATES)] for q in queries]


# --- calibration ----------------------------------------------------------------------------


def fit_link_model(sets: list[tuple[Candidates, list[set[int]], float]]) -> list[float]:
    """Logistic link model over (candidates, relevant, weight per query) sets."""
    x, y, weight = [], [], []
    for c, relevant, query_weight in sets:
        for q, gold in enumerate(relevant):
            for item, cos, rank in link_rows(c, q):
                x.append(fusion.features(cos, rank))
                y.append(item in gold)
                weight.append(query_weight)
    w = fusion.fit_logistic(np.array(x), np.array(y), np.array(weight))
    return [round(float(v), 6) for v in w]


def decision_scores(c: Candidates, relevant: list[set[int]], coef: list[float]):
    """Best-candidate scores with the right claim in the index and without it (open set)."""
    top, correct, gold_scores = [], [], []
    for q, gold in enumerate(relevant):
        for exclude in (frozenset(), gold):
            rows = link_rows(c, q, exclude=set(exclude))
            if not rows:
                continue
            scored = sorted(
                ((fusion.link_score(cos, rank, coef=coef), item) for item, cos, rank in rows),
                key=lambda s: -s[0],
            )
            top.append(scored[0][0])
            correct.append(scored[0][1] in gold)
            if not exclude and scored[0][1] in gold:
                gold_scores.append(scored[0][0])
    return top, correct, gold_scores


def fit_ensemble(names, cands: dict[str, Candidates], relevant) -> np.ndarray:
    """A logistic combination of every embedder's cosine and the lexical rank (bench only)."""
    x, y = [], []
    for q, gold in enumerate(relevant):
        for item, feats in ensemble_rows(names, cands, q):
            x.append(feats)
            y.append(item in gold)
    return fusion.fit_logistic(np.array(x), np.array(y))


def ensemble_rows(names, cands: dict[str, Candidates], q: int):
    lexical = cands[names[0]].lexical[q]
    rank = {item: r for r, item in enumerate(lexical)}
    union = list(dict.fromkeys([i for n in names for i in cands[n].vector[q]] + lexical))
    for item in union:
        feats = [float(cands[n].cosines[q, item]) for n in names]
        yield item, [*feats, fusion.lexical_feature(rank.get(item))]


def ensemble_ranking(names, cands, q: int, w: np.ndarray) -> list[int]:
    scored = [
        (float(w[0] + np.dot(w[1:], feats)), item) for item, feats in ensemble_rows(names, cands, q)
    ]
    return [item for _, item in sorted(scored, key=lambda s: -s[0])]


# --- report ---------------------------------------------------------------------------------


def row(label: str, m: dict[str, float], note: str = "") -> str:
    return f"{label:<38} {m['MAP@1']:>6.3f} {m['MAP@5']:>6.3f} {m['R@5']:>6.3f}  {note}"


def header(title: str) -> None:
    print(f"\n{title}")
    print(f"{'method':<38} {'MAP@1':>6} {'MAP@5':>6} {'R@5':>6}")


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    return f"{cpu}, {os.cpu_count()} CPUs, Python {platform.python_version()}"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--embedders", default=",".join(available_embedders()))
    parser.add_argument("--calibrate", action="store_true", help="refit claims/calibration.json")
    parser.add_argument("--skip-crosslingual", action="store_true")
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
    bm25 = BM25Index()
    bm25.add(list(range(len(texts))), [lexical_document(t) for t in texts])
    lex = {
        name: lexical_rankings(bm25, [clean_query(q) for q in s.queries])
        for name, s in splits.items()
    }
    print(
        f"BM25 index and {len(train.queries) + len(dev.queries)} searches: "
        f"{time.perf_counter() - start:.1f} s"
    )

    cands: dict[str, dict[str, Candidates]] = {"train": {}, "dev": {}}
    for name in names:
        claims_v, seconds = embed_cached(name, texts, "passage")
        note = f"{seconds:.0f} s ({len(texts) / seconds:.0f}/s)" if seconds else "cached"
        print(f"{name}: claim embeddings {note}")
        for split_name, split in splits.items():
            qv, _ = embed_cached(name, [clean_query(q) for q in split.queries], "query")
            cands[split_name][name] = candidates(qv, claims_v, lex[split_name])

    pairs = load_pairs()
    cross = {
        part: crosslingual_sets(
            names, [p for p in pairs if (p["event"] in TRAIN_EVENTS) == (part == "train")], texts
        )
        for part in ("train", "dev")
    }
    calibration = json.loads(CALIBRATION.read_text()) if CALIBRATION.exists() else {}
    coefs: dict[str, list[float]] = {}
    for name in names:
        key = get_embedder(name).key
        if args.calibrate or "coef" not in calibration.get(key, {}):
            sets = [(cands["train"][name], train.relevant, 1.0)] + [
                (direction.cands[name], direction.relevant, CROSS_WEIGHT)
                for direction in cross["train"]
            ]
            coef = fit_link_model(sets)
            top, correct, gold = [], [], []
            for c, relevant, _ in sets:
                t, k, g = decision_scores(c, relevant, coef)
                top, correct, gold = top + t, correct + k, gold + g
            marks = fusion.calibrate_thresholds(top, correct, gold)
            # Every second decision is an open-set one (the right claim removed from the index):
            # the share of those that would become new claims, below the low mark.
            absent = np.array(top[1::2])
            marks["open_set_below_low"] = round(float((absent < marks["low"]).mean()), 4)
            calibration[key] = {
                **marks,
                "coef": coef,
                "features": ["intercept", "cosine", "1/(1+lexical_rank)"],
                "fitted_on": (
                    f"CheckThat! 2020 task 2 train ({len(train.queries)} tweets) and the "
                    f"cross-lingual pairs of events {', '.join(sorted(TRAIN_EVENTS))} (both "
                    f"directions, weight {CROSS_WEIGHT} a query); each query scored with and "
                    "without its claim in the index; bench/matching/run.py --calibrate"
                ),
            }
        coefs[name] = calibration[key]["coef"]
    if args.calibrate:
        from claims.embedding import DEFAULT_EMBEDDER

        default_key = get_embedder(DEFAULT_EMBEDDER).key
        if default_key in calibration:
            calibration["default"] = {**calibration[default_key], "model": default_key}
        CALIBRATION.write_text(json.dumps(calibration, indent=2, sort_keys=True) + "\n")
        print(f"wrote {CALIBRATION.relative_to(ROOT)}")

    header(f"CheckThat! 2020 task 2, dev split ({len(dev.queries)} tweets)")
    print(row("BM25 (alias-normalised lexical)", metrics(lex["dev"], dev.relevant)))
    for name in names:
        c = cands["dev"][name]
        print(row(f"{name}", metrics(c.vector, dev.relevant)))
        print(
            row(
                f"{name} + BM25, RRF",
                metrics(
                    [
                        [i for i, _ in fusion.rrf([c.vector[q], c.lexical[q]])]
                        for q in range(len(dev.queries))
                    ],
                    dev.relevant,
                ),
            )
        )
        print(
            row(
                f"{name} + BM25, link_score",
                metrics(
                    [fused_ranking(c, q, coefs[name]) for q in range(len(dev.queries))],
                    dev.relevant,
                ),
                "(as claims.matching.search)",
            )
        )
    semantic = [n for n in names if n != "hashing"]
    if len(semantic) > 1:
        c = cands["dev"]
        print(
            row(
                f"{'+'.join(semantic)} + BM25, RRF",
                metrics(
                    [
                        [
                            i
                            for i, _ in fusion.rrf(
                                [*(c[n].vector[q] for n in semantic), c[semantic[0]].lexical[q]]
                            )
                        ]
                        for q in range(len(dev.queries))
                    ],
                    dev.relevant,
                ),
            )
        )
        w = fit_ensemble(semantic, cands["train"], train.relevant)
        print(
            row(
                f"{'+'.join(semantic)} + BM25, logistic",
                metrics(
                    [ensemble_ranking(semantic, c, q, w) for q in range(len(dev.queries))],
                    dev.relevant,
                ),
                "(fitted on train)",
            )
        )
    print(f"best published MAP@5 (test split): {PUBLISHED_BEST_MAP5}")
    print("\ncalibrated marks on link_score (fitted on train):")
    for name in names:
        entry = calibration[get_embedder(name).key]
        print(
            f"  {name}: high {entry['high']:.3f} (precision {entry['precision_at_high']:.3f}, "
            f"auto share {entry['auto_share']:.3f}), low {entry['low']:.3f} "
            f"(recall {entry['recall_at_low']:.3f}, statements without their claim below low: "
            f"{entry.get('open_set_below_low', float('nan')):.3f})"
        )

    if not args.skip_crosslingual:
        crosslingual_report(names, coefs, cross["dev"], "dev events")
        crosslingual_report(names, coefs, cross["train"], "train events")


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
        queries = [p[source] for p in pairs]
        index = [p[target] for p in pairs] + distractors
        bm25 = BM25Index()
        bm25.add(list(range(len(index))), [lexical_document(t) for t in index])
        lexical = lexical_rankings(bm25, queries)
        cands = {}
        for name in names:
            qv, _ = embed_cached(name, queries, "query")
            # The distractors' vectors come from the cached embeddings of all verified claims.
            targets, _ = embed_cached(name, [p[target] for p in pairs], "passage")
            iv = np.vstack([targets, embed_cached(name, checkthat, "passage")[0][:DISTRACTORS]])
            cands[name] = candidates(qv, iv, lexical)
        label = f"{source}->{target}: {len(pairs)} pairs, {len(distractors)} distractors"
        directions.append(Direction(label, [{i} for i in range(len(pairs))], lexical, cands))
    return directions


def crosslingual_report(names, coefs, directions: list[Direction], part: str) -> None:
    for d in directions:
        n = len(d.relevant)
        header(f"Cross-lingual ({part}) {d.label}")
        print(row("BM25", metrics(d.lexical, d.relevant)))
        for name in names:
            c = d.cands[name]
            print(row(name, metrics(c.vector, d.relevant)))
            print(
                row(
                    f"{name} + BM25, link_score",
                    metrics([fused_ranking(c, q, coefs[name]) for q in range(n)], d.relevant),
                )
            )


if __name__ == "__main__":
    main()
