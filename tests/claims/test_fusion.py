import json

import numpy as np
import pytest

from claims import fusion
from claims.fusion import calibrate_thresholds, fit_logistic, link_score, rrf


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


def test_link_score_rises_with_cosine_and_lexical_rank():
    coef = [-20.0, 22.0, 3.0]
    low = link_score(0.80, None, coef=coef)
    high = link_score(0.95, None, coef=coef)
    lexical = link_score(0.80, 0, coef=coef)
    assert 0.0 <= low < high <= 1.0
    assert lexical > low
    assert link_score(0.80, 5, coef=coef) < lexical


def test_link_score_uses_the_calibration_of_the_model(tmp_path, monkeypatch):
    path = tmp_path / "calibration.json"
    path.write_text(
        json.dumps(
            {
                "a@1": {"high": 0.9, "low": 0.5, "coef": [-40.0, 50.0, 0.0]},
                "default": {"high": 0.9, "low": 0.5, "coef": [0.0, 1.0, 0.0]},
            }
        )
    )
    monkeypatch.setattr(fusion, "CALIBRATION_FILE", path)
    fusion.reload_calibration()
    try:
        assert link_score(0.9, None, model="a@1") > 0.99
        # Another version of the same model falls back to its name's calibration.
        assert link_score(0.9, None, model="a@2") == link_score(0.9, None, model="a@1")
        assert link_score(0.9, None, model="other@1") == pytest.approx(1 / (1 + np.exp(-0.9)))
    finally:
        fusion.reload_calibration()


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
