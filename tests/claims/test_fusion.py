import json

import numpy as np
import pytest

from claims import fusion
from claims.fusion import (
    Signals,
    calibrate_thresholds,
    coverage,
    features,
    fit_logistic,
    fit_ranker,
    link_score,
    rank_score,
    rrf,
)


def test_rrf_sums_reciprocal_ranks():
    fused = dict(rrf([[1, 2, 3], [3, 1]], k=60))
    assert fused[1] == pytest.approx(1 / 61 + 1 / 62)
    assert fused[3] == pytest.approx(1 / 63 + 1 / 61)
    assert fused[2] == pytest.approx(1 / 62)


def test_rrf_orders_best_first_with_stable_ties():
    assert [item for item, _ in rrf([[1, 2], [2, 1]])] == [1, 2]
    assert [item for item, _ in rrf([[5], [6]])] == [5, 6]
    assert next(item for item, _ in rrf([[1, 2, 3], [3, 2]])) == 3
    assert rrf([]) == []


def test_link_score_rises_with_cosine_lexical_rank_and_coverage():
    coef = [-20.0, 22.0, 3.0, 2.0, 1.0, 0.0]
    low = link_score(Signals(0.80), coef=coef)
    high = link_score(Signals(0.95), coef=coef)
    lexical = link_score(Signals(0.80, 0), coef=coef)
    assert 0.0 <= low < high <= 1.0
    assert lexical > low
    assert link_score(Signals(0.80, 5), coef=coef) < lexical
    assert link_score(Signals(0.80, 0, 1.0, 1.0), coef=coef) > lexical


def test_a_statement_confirmed_closer_than_the_claim_raises_its_scores():
    coef, weights = [-20.0, 12.0, 3.0, 2.0, 1.0, 10.0], [12.0, 3.0, 2.0, 1.0, 10.0]
    plain = Signals(0.80, 2)
    closer = Signals(0.80, 2, confirmed=0.95)
    farther = Signals(0.80, 2, confirmed=0.60)
    assert link_score(closer, coef=coef) > link_score(plain, coef=coef)
    assert rank_score(closer, weights=weights) > rank_score(plain, weights=weights)
    # a confirmed wording farther than the claim's own takes nothing away
    assert link_score(farther, coef=coef) == link_score(plain, coef=coef)
    assert features(plain)[-1] == features(farther)[-1] == pytest.approx(0.80)


def test_coverage_counts_distinct_shared_tokens_both_ways():
    assert coverage(["a", "b", "c"], ["a", "b"]) == (1.0, 2 / 3)
    assert coverage([], ["a"]) == (0.0, 0.0)
    assert coverage(["a", "a"], ["a", "b", "b"]) == (0.5, 1.0)


def test_link_score_uses_the_calibration_of_the_model(tmp_path, monkeypatch):
    path = tmp_path / "calibration.json"
    path.write_text(
        json.dumps(
            {
                "a@1": {"high": 0.9, "low": 0.5, "coef": [-40.0, 50.0, 0.0, 0.0, 0.0, 0.0]},
                "default": {"high": 0.9, "low": 0.5, "coef": [0.0, 1.0, 0.0, 0.0, 0.0, 0.0]},
            }
        )
    )
    monkeypatch.setattr(fusion, "CALIBRATION_FILE", path)
    fusion.reload_calibration()
    try:
        assert link_score(Signals(0.9), model="a@1") > 0.99
        # Another version of the same model falls back to its name's calibration.
        assert link_score(Signals(0.9), model="a@2") == link_score(Signals(0.9), model="a@1")
        assert link_score(Signals(0.9), model="other@1") == pytest.approx(1 / (1 + np.exp(-0.9)))
        # Coefficients fitted for other features are not applied to these.
        path.write_text(json.dumps({"default": {"coef": [-40.0, 50.0, 1.0], "rank": [1.0]}}))
        fusion.reload_calibration()
        assert link_score(Signals(0.9, 0), model="b@1") == pytest.approx(0.9 * 0.9 + 0.1)
        assert rank_score(Signals(0.9, 0), model="b@1") == pytest.approx(0.9 * 0.9 + 0.1)
    finally:
        fusion.reload_calibration()


def test_fit_ranker_puts_the_right_candidate_first():
    rng = np.random.default_rng(1)
    groups = []
    for _ in range(100):
        # Feature 0 tells the right candidate (row 0); feature 1 is noise shared by all.
        f = rng.normal(0.0, 1.0, (8, 2))
        f[0, 0] += 2.0
        groups.append((f, np.eye(8)[0], 1.0))
    w = fit_ranker(groups)
    assert w[0] > 0 and abs(w[1]) < w[0] / 3
    first = np.mean([np.argmax(f @ w) == 0 for f, _, _ in groups])
    assert first > 0.7
    with pytest.raises(ValueError):
        fit_ranker([(np.ones((3, 2)), np.zeros(3), 1.0)])


def test_fit_logistic_separates_classes():
    rng = np.random.default_rng(0)
    x = np.concatenate([rng.normal(0.9, 0.03, 200), rng.normal(0.8, 0.03, 200)])[:, None]
    y = np.array([1] * 200 + [0] * 200)
    w = fit_logistic(x, y)
    assert w[1] > 0
    p = 1 / (1 + np.exp(-(w[0] + w[1] * x[:, 0])))
    assert ((p > 0.5) == y).mean() > 0.9
    with pytest.raises(ValueError):
        fit_logistic(x, np.ones(400))


def test_calibrate_thresholds_meets_the_precision_target():
    top = [0.99, 0.97, 0.95, 0.90, 0.85, 0.60, 0.40, 0.30]
    correct = [True, True, True, True, False, True, False, False]
    gold = [0.99, 0.97, 0.95, 0.90, 0.60, 0.50]
    marks = calibrate_thresholds(top, correct, gold, precision=0.95, recall=0.8)
    assert marks["high"] == pytest.approx(0.90)
    assert marks["precision_at_high"] == 1.0
    assert marks["low"] <= 0.60
    assert marks["recall_at_low"] >= 0.8
    assert marks["low"] <= marks["high"]
    with pytest.raises(ValueError):
        calibrate_thresholds([], [], [])


def test_margins_compare_each_cosine_with_the_best_of_the_others():
    assert fusion.margins([0.9, 0.8, 0.85]) == pytest.approx([0.05, -0.1, -0.05])
    assert fusion.margins([0.7]) == [0.0]
    assert fusion.margins([]) == []


def test_a_margin_floor_stands_for_the_claims_a_small_base_lacks():
    # Among thousands of claims the runner-up is close; among three it may be far behind.
    assert fusion.margins([0.86, 0.78, 0.75], floor=0.82) == pytest.approx([0.04, -0.08, -0.11])
    assert fusion.margins([0.9, 0.88], floor=0.82) == pytest.approx([0.02, -0.02])
    assert fusion.margins([0.86], floor=0.82) == pytest.approx([0.04])
    assert fusion.margins([], floor=0.82) == []
    # fitted on the default model's (centred) cosines by bench/newsclaims
    assert 0.1 < fusion.margin_floor() < 0.95


def test_actor_agreement_counts_the_claims_actors_named_by_the_statement():
    claim = ["actor1", "suppli", "weapon", "actor2"]
    assert fusion.actor_agreement(["actor1", "actor2", "arm"], claim) == 1.0
    assert fusion.actor_agreement(["actor1", "actor3"], claim) == 0.0
    assert fusion.actor_agreement(["actor3"], claim) == -1.0
    # A claim about nobody in particular: the feature says nothing.
    assert fusion.actor_agreement(["actor1"], ["weapon"]) == 0.0


def test_decision_score_applies_the_news_model_over_the_link_probability():
    coef = [-20.0, 22.0, 0.0, 0.0, 0.0]
    signals = Signals(0.9, 0, 0.5, 0.5, agreement=1.0, margin=0.05)
    p = link_score(signals, coef=coef)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(fusion, "_entry", lambda model: {"coef": coef})
        assert fusion.decision_score(signals) == pytest.approx(p)
        ahead = fusion.decision_score(signals, news_coef=[0.0, 1.0, 0.0, 40.0])
        behind = fusion.decision_score(
            Signals(0.9, 0, 0.5, 0.5, agreement=1.0, margin=-0.05), news_coef=[0.0, 1.0, 0.0, 40.0]
        )
    assert ahead > p > behind


def test_a_lexical_candidate_needs_two_shared_words_to_count_by_its_rank():
    # One shared word ("China") makes no full-text match among a few claims.
    assert fusion.lexical_rank(0, ["actor3", "policy", "misread"], ["vaccine", "actor3"]) is None
    assert fusion.lexical_rank(4, ["actor3", "balloon", "spy"], ["balloon", "actor3"]) == 4
    # A one-word query needs its one word.
    assert fusion.lexical_rank(0, ["semeru"], ["semeru", "erupt"]) == 0
    assert fusion.lexical_rank(None, ["a", "b"], ["a", "b"]) is None
    assert fusion.lexical_rank(0, [], ["a"]) is None


def test_only_a_candidate_the_link_model_finds_plausible_may_be_linked_automatically():
    # the demo's two cases: Kim's good wishes to Putin against the arms claim, and the
    # accusation that repeats it (centred cosines; margins over the floor of a tiny base)
    wishes = fusion.Signals(0.431, None, 0.0, 0.0, -1.0, 0.089)
    accusation = fusion.Signals(0.680, 0, 0.33, 0.18, 1.0, 0.338)
    entry = fusion.calibration_entry(None)
    assert fusion.decision_score(wishes) >= entry["low"]  # the margin alone would offer it
    assert not fusion.plausible(wishes)
    assert fusion.plausible(accusation) and fusion.decision_score(accusation) >= entry["high"]


def test_below_the_cosine_floor_no_other_signal_reaches_the_low_mark():
    """claim_gather leaves out the statements below ``cosine_floor``: with the shipped
    calibration, thousands of random signals below it all score under the low mark, and some
    just above it reach it."""
    from claims.embedding import get_embedder
    from claims.matching import model_key, thresholds

    model = model_key(get_embedder())
    low = thresholds(model).low
    floor = fusion.cosine_floor(model, low)
    assert 0.0 < floor < 0.6
    margin_floor = fusion.margin_floor(model) or 0.0
    rng = np.random.default_rng(5)
    for _ in range(3000):
        cosine = float(rng.uniform(-0.2, floor))
        signals = Signals(
            cosine,
            lexical_rank=None if rng.random() < 0.3 else int(rng.integers(0, 40)),
            claim_coverage=float(rng.random()),
            query_coverage=float(rng.random()),
            agreement=float(rng.uniform(-1.0, 1.0)),
            margin=float(rng.uniform(cosine - 1.0, cosine - margin_floor)),
        )
        assert fusion.decision_score(signals, model) < low, signals
    above = floor + 0.02
    assert (
        max(
            fusion.decision_score(Signals(above, r, cc, qc, ag, above - margin_floor), model)
            for r in (0, None)
            for cc in (0.0, 1.0)
            for qc in (0.0, 1.0)
            for ag in (-1.0, 1.0)
        )
        >= low
    )
