"""The claim management commands: re-embedding and the HNSW index's parameters."""

import io

import numpy as np
import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from claims import matching
from claims.embedding import get_embedder
from claims.models import Claim, Statement

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]


def _run(*args) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def _indexes() -> set[str]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname FROM pg_indexes "
            "WHERE tablename IN ('claims_claim', 'claims_statement') "
            "AND indexname LIKE '%%_embedding_hnsw_%%'"
        )
        return {row[0] for row in cursor.fetchall()}


@pytest.fixture
def no_new_indexes():
    """Indexes outlive a test's data: drop those it built."""
    before = _indexes()
    yield
    with connection.cursor() as cursor:
        for name in _indexes() - before:
            cursor.execute(f"DROP INDEX IF EXISTS {name}")
    matching._ensured.clear()
    matching._statements_ensured.clear()


def test_reembed_moves_every_claim_and_statement_to_the_new_model_with_progress(
    demo_tx, no_new_indexes
):
    target = matching.model_key(get_embedder("hashing"))
    claims = Claim.objects.filter(merged_into__isnull=True)
    assert claims.exclude(embedding_model=target).exists()

    out, err = _run("reembed", "--model", "hashing", "--batch-size", "2")

    assert not claims.exclude(embedding_model=target).exists()
    assert not Statement.objects.exclude(embedding_model=target).exists()
    assert "claims" in err and "100%" in err
    assert f"with {target}" in out
    assert matching.vector_index_name(target) in _indexes()
    assert matching.statement_index_name(target) in _indexes()
    # the vectors are the new model's: a claim finds itself by them
    claim = claims.order_by("pk").first()
    vector = get_embedder("hashing").embed([claim.text], kind="query")[0]
    assert matching._vector_candidates(target, vector, 3)[0][0] == claim.pk
    # nothing is left to do the second time
    out, _ = _run("reembed", "--model", "hashing")
    assert "Re-embedded 0 rows" in out


def test_reembed_moves_vectors_made_before_the_language_centres_to_them(demo_tx):
    embedder = get_embedder()
    if embedder.key == embedder.raw_key:
        pytest.skip("the default model has no language centres")
    seed = Statement.objects.filter(language="id").order_by("pk").first()
    claim = Claim.objects.get(text__startswith="North Korea supplies weapons")
    # as an earlier release stored them: the model's own vectors under the model's own key
    Claim.objects.filter(pk=claim.pk).update(
        embedding=embedder.embed_raw([claim.text], "passage")[0].tolist(),
        embedding_model=embedder.raw_key,
    )
    Statement.objects.filter(pk=seed.pk).update(embedding_model=embedder.raw_key)
    out, _ = _run("reembed")
    assert f"with {embedder.key}" in out
    claim.refresh_from_db()
    seed.refresh_from_db()
    assert claim.embedding_model == seed.embedding_model == embedder.key
    expected = embedder.embed([claim.text], "passage", language=claim.language)[0]
    assert np.allclose(np.asarray(claim.embedding, dtype=np.float32), expected, atol=1e-5)
    # and the claim is found again from an Indonesian statement of it
    query = embedder.embed(["Korea Utara memasok senjata ke Rusia"], "query", language="id")[0]
    assert matching._vector_candidates(embedder.key, query, 1)[0][0] == claim.pk


def test_reembed_refuses_an_unknown_model_and_a_bad_batch_size(demo_tx):
    with pytest.raises(CommandError, match="Unknown embedder 'nope'"):
        _run("reembed", "--model", "nope")
    with pytest.raises(CommandError, match="at least 1"):
        _run("reembed", "--batch-size", "0")


def test_an_index_built_with_older_parameters_is_listed_and_rebuilt_with_progress(demo_tx):
    model = matching.model_key()
    name = matching.vector_index_name(model)
    current = {"m": matching.HNSW_M, "ef_construction": matching.HNSW_EF_CONSTRUCTION}
    assert matching.vector_index_options(model) == current
    out, _ = _run("vector_index")
    assert f"{model}: {name}: m {matching.HNSW_M}" in out and "outdated" not in out

    # as a deployment that built its index before the parameters changed
    dim = get_embedder().dim
    with connection.cursor() as cursor:
        cursor.execute(f"DROP INDEX {name}")
        cursor.execute(*matching.vector_index_sql(model, dim, m=16, ef_construction=64))
    out, _ = _run("vector_index")
    assert "m 16, ef_construction 64 (outdated)" in out and "--rebuild" in out

    out, err = _run("vector_index", "--rebuild")
    assert f"{model}: rebuilt with m {matching.HNSW_M}" in out
    assert "HNSW build" in err
    assert matching.vector_index_options(model) == current
    assert name in _indexes() and f"{name}_new" not in _indexes()
    claim = Claim.objects.order_by("pk").first()
    vector = get_embedder().embed([claim.text], kind="query")[0]
    assert matching._vector_candidates(model, vector, 3)[0][0] == claim.pk
    # a current index is left alone unless forced
    out, _ = _run("vector_index", "--rebuild")
    assert "rebuilt" not in out


def test_vector_index_measures_the_recall_of_its_graph(demo_tx, monkeypatch):
    from claims.management.commands import vector_index

    model = matching.model_key()
    texts = [
        f"Officials in province {i} said {n} people were evacuated after the floods"
        for i, n in zip(range(30), range(100, 3100, 100), strict=True)
    ]
    for text in texts:
        matching.claim_index(Claim.objects.create(text=text, language="en"))
    out, err = _run("vector_index", "--recall", "12")
    assert f"{model}: recall@10 1.000 at ef_search {matching.HNSW_EF_SEARCH} over 12" in out
    assert "recall" in err  # progress
    assert "weak" not in out
    # below the target it says what to do
    monkeypatch.setattr(vector_index, "RECALL_TARGET", 1.01)
    out, _ = _run("vector_index", "--recall", "12")
    assert "came out weak" in out and "--rebuild --force" in out


def test_vector_index_explains_what_it_cannot_do(demo_tx):
    with pytest.raises(CommandError, match="--force goes with --rebuild"):
        _run("vector_index", "--force")
    with pytest.raises(CommandError, match="at least 1"):
        _run("vector_index", "--recall", "-3")
    with pytest.raises(CommandError, match="No claim is embedded with 'other@1'"):
        _run("vector_index", "--model", "other@1")
    Claim.objects.update(embedding=None, embedding_model="")
    out, _ = _run("vector_index")
    assert "no index to show" in out
