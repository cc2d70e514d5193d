"""The claim management commands: re-embedding and the HNSW index's parameters."""

import io

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
            "SELECT indexname FROM pg_indexes WHERE tablename = 'claims_claim' "
            "AND indexname LIKE 'claim_embedding_hnsw_%%'"
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
    # the vectors are the new model's: a claim finds itself by them
    claim = claims.order_by("pk").first()
    vector = get_embedder("hashing").embed([claim.text], kind="query")[0]
    assert matching._vector_candidates(target, vector, 3)[0][0] == claim.pk
    # nothing is left to do the second time
    out, _ = _run("reembed", "--model", "hashing")
    assert "Re-embedded 0 rows" in out


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


def test_vector_index_explains_what_it_cannot_do(demo_tx):
    with pytest.raises(CommandError, match="--force goes with --rebuild"):
        _run("vector_index", "--force")
    with pytest.raises(CommandError, match="No claim is embedded with 'other@1'"):
        _run("vector_index", "--model", "other@1")
    Claim.objects.update(embedding=None, embedding_model="")
    out, _ = _run("vector_index")
    assert "no index to show" in out
