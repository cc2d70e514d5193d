import re

import numpy as np
import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from claims import matching
from claims.lexical import BM25Index, query_text, text_key
from claims.matching import search, tsquery_any
from claims.models import Claim, ClaimLink, Stance, Statement
from claims.services import claim_create, link_confirm, link_create
from sources.models import Article

pytestmark = pytest.mark.django_db


def test_query_text_drops_links_and_splits_hashtags_and_handles():
    text = "CBC deletes Trump #DefundTheCBChttps://t.co/Cs9 via @BradTrostCPC pic.twitter.com/x1"
    assert query_text(text) == "CBC deletes Trump Defund The CBC via Brad Trost CPC"
    assert query_text("e-mail me at a@b.c about #5G") == "e-mail me at a@b.c about 5 G"


def test_text_key_ignores_case_accents_spacing_and_punctuation():
    assert text_key("North Korea supplies weapons!") == text_key("  north   KOREA supplies weapons")
    assert text_key("Pyongyang membantah.") == text_key("pyongyang membantah")
    assert text_key("Café") == text_key("cafe")
    assert text_key("North Korea supplies weapons") != text_key("North Korea buys weapons")


def test_tsquery_any_ors_quoted_distinct_tokens():
    assert tsquery_any("actor7 weapon actor7 senjata") == "'actor7' | 'weapon' | 'senjata'"
    assert tsquery_any("") == ""


def test_a_claim_searched_with_its_own_words_comes_first_as_exact(demo):
    claim_create(text="North Korea sells artillery shells to Iran", language="en")
    results = search("north korea supplies weapons to russia, for its war in Ukraine!")
    assert results[0].exact and results[0].score == 1.0
    assert results[1:] and not any(m.exact for m in results[1:])
    assert all(m.score < 1.0 for m in results[1:])


LEXICAL_CLAIMS = [
    "North Korea supplies weapons to Russia for its war in Ukraine",
    "Russia denies buying artillery shells from North Korea",
    "Three people died when an earthquake hit East Java and Bali",
    "The volcano Semeru erupted and buried villages under hot ash",
    "The submarine KRI Nanggala 402 sank with 53 crew on board",
    "Korea Utara membantah mengirim senjata ke Rusia",
    "Gempa Cianjur menewaskan lebih dari 300 orang",
]
LEXICAL_QUERIES = [
    "Korut memasok senjata ke Rusia",
    "Pyongyang and Moscow denied any arms transactions",
    "earthquake in East Java kills three",
    "Semeru eruption buries villages",
    "Nanggala submarine crew",
    "artillery shells bought by Russia",
]


def _bm25_top(document: str, k: int) -> list[int]:
    rows = list(matching.Claim.objects.values_list("id", "lexical"))
    index = BM25Index()
    index.add([r[0] for r in rows], [r[1] for r in rows])
    return [cid for cid, _ in index.search(document, k)]


@pytest.mark.services
def test_postgresql_full_text_and_bm25_agree_on_the_lexical_candidates(demo):
    assert connection.vendor == "postgresql"
    for text in LEXICAL_CLAIMS[1:]:
        claim_create(text=text, language="id" if "Korea Utara" in text else "en")
    model = matching.model_key()
    aliases = matching.alias_map()
    for query in LEXICAL_QUERIES:
        document = aliases.document(query)
        postgres = [cid for cid, _ in matching._lexical_candidates(model, document, 3)]
        bm25 = _bm25_top(document, 3)
        # Any shared term makes a candidate (OR, not AND), and the best candidate is the same.
        assert postgres, query
        assert postgres[0] == bm25[0], query
        assert set(postgres) == set(bm25), query


def test_sqlite_lexical_candidates_are_bm25_over_any_term(demo):
    if connection.vendor == "postgresql":
        pytest.skip("the in-process index is the SQLite side")
    for text in LEXICAL_CLAIMS[1:]:
        claim_create(text=text, language="en")
    model = matching.model_key()
    document = matching.alias_map().document("Semeru buried under ash, says nobody")
    found = [cid for cid, _ in matching._lexical_candidates(model, document, 3)]
    assert matching.Claim.objects.get(pk=found[0]).text.startswith("The volcano Semeru")


@pytest.mark.services
def test_candidates_bring_their_columns_and_cosines_in_the_same_query(demo):
    assert connection.vendor == "postgresql"
    for text in LEXICAL_CLAIMS[1:]:
        claim_create(text=text, language="en")
    other = claim_create(text="Semeru ash buried three villages again", language="en")
    matching.Claim.objects.filter(pk=other.pk).update(embedding_model="other@1")
    model = matching.model_key()
    query = "Semeru eruption buries villages under ash"
    vector = matching.get_embedder().embed([query], kind="query")[0]
    rows: matching.Rows = {}
    found = matching._lexical_candidates(
        model, matching.alias_map().document(query), 5, rows, vector
    )
    assert other.pk in dict(found)
    for claim in matching.Claim.objects.filter(pk__in=[cid for cid, _ in found]):
        text, lexical, cosine = rows[claim.pk][:3]
        assert (text, lexical) == (claim.text, claim.lexical)
        if claim.pk == other.pk:
            assert cosine is None  # embedded by another model: no comparable cosine
        else:
            assert cosine == pytest.approx(float(vector @ np.asarray(claim.embedding)), abs=1e-5)
    rows = {}
    by_vector = matching._vector_candidates(model, vector, 3, rows)
    assert [rows[cid][2] for cid, _ in by_vector] == [cosine for _, cosine in by_vector]


def _embedded_statement(text: str) -> Statement:
    """A statement as processing stores one: its match text embedded by the default model."""
    article = Article.objects.create(submitted_text=text, text=text, language="en")
    statement = Statement.objects.create(
        article=article,
        sentence=text,
        sentence_start=0,
        sentence_end=len(text),
        content=text,
        content_start=0,
        content_end=len(text),
        cue="said",
        cue_start=0,
        cue_end=4,
        stance="asserts",
        language="en",
        extractor_version="test",
    )
    embedder = matching.get_embedder()
    vector = embedder.embed([matching.statement_match_text(statement)], kind="query")[0]
    Statement.objects.filter(pk=statement.pk).update(
        embedding=vector.tolist(), embedding_model=matching.model_key(embedder)
    )
    return statement


def test_a_claim_is_found_through_the_statements_confirmed_as_repeating_it(demo):
    claim_create(text="Russia denies buying artillery shells from North Korea", language="en")
    claim_create(text="North Korea sent artillery shells to Russia by train", language="en")
    query = "Pyongyang shipped munitions to Moscow on freight trains, officials say"
    before = search(query, limit=5)
    runner_up = before[1]
    statement = _embedded_statement("Pyongyang shipped munitions to Moscow on freight trains")
    link = link_create(
        statement=statement,
        claim=Claim(pk=runner_up.claim_id),
        score=0.5,
        method=ClaimLink.Method.FUSION,
        state=ClaimLink.State.SUGGESTED,
    )
    # suggested is not enough: only what a reviewer confirmed speaks for the claim
    assert [m.claim_id for m in search(query, limit=5)] == [m.claim_id for m in before]
    link_confirm(link=link)
    after = search(query, limit=5)
    assert after[0].claim_id == runner_up.claim_id
    assert after[0].rank > runner_up.rank
    assert after[0].confirmed > after[0].cosine
    assert all(m.confirmed is None for m in after[1:])
    # a confirmed statement embedded by another model says nothing
    Statement.objects.filter(pk=statement.pk).update(embedding_model="other@1")
    assert [m.claim_id for m in search(query, limit=5)] == [m.claim_id for m in before]


def test_match_says_which_claims_a_confirmed_statement_brought(demo, client):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user("newsroom", password="pw-newsroom-1")
    user.groups.add(Group.objects.get(name="newsroom"))
    client.force_login(user)
    demo_claim = Claim.objects.get(
        text="North Korea supplies weapons to Russia for its war in Ukraine"
    )
    statement = _embedded_statement("Pyongyang mengirim amunisi artileri ke Moskow")
    link = link_create(
        statement=statement,
        claim=demo_claim,
        score=0.5,
        method=ClaimLink.Method.FUSION,
        state=ClaimLink.State.SUGGESTED,
    )
    link_confirm(link=link)
    response = client.post(
        "/api/v1/match/",
        {"text": "Pyongyang mengirim amunisi ke Moskow", "limit": 3},
        content_type="application/json",
    )
    assert response.status_code == 200, response.content
    first, *rest = response.json()["results"]
    assert first["claim"] == demo_claim.pk
    assert first["confirmed_cosine"] > first["cosine"]
    assert all(r["confirmed_cosine"] is None for r in rest)


@pytest.mark.services
def test_search_reads_the_claims_table_twice(demo):
    """The vector and the full-text query; no third query for the candidates' rows."""
    assert connection.vendor == "postgresql"
    for text in LEXICAL_CLAIMS[1:]:
        claim_create(text=text, language="en")
    search("Russia denies buying artillery shells")  # token statistics, alias tables
    with CaptureQueriesContext(connection) as queries:
        results = search("Russia denies buying artillery shells from Pyongyang")
    sql = [q["sql"] for q in queries.captured_queries]
    reads = [q for q in sql if re.search(r"\bclaims_claim\b", q)]
    assert len(reads) == 2, reads
    # the statements reviewers confirmed for the candidates come with them, not in a third query
    assert all("claims_claimlink" in q for q in reads)
    assert len([q for q in sql if "claims_claimlink" in q]) == 2
    assert results[0].text == "Russia denies buying artillery shells from North Korea"


@pytest.mark.services
def test_candidate_queries_read_the_confirmed_statements_cosines(demo):
    """What the vector and full-text queries bring of each candidate's confirmed statements is
    what the query of its own reads: the best of them, only confirmed ones of the model."""
    assert connection.vendor == "postgresql"
    shells = claim_create(
        text="Russia denies buying artillery shells from North Korea", language="en"
    )
    trains = claim_create(
        text="North Korea sent artillery shells to Russia by train", language="en"
    )
    for claim, text, state in [
        (shells, "Moscow says it bought no shells from Pyongyang", ClaimLink.State.CONFIRMED),
        (shells, "Kremlin rejects reports of North Korean shell deliveries", "confirmed"),
        (trains, "Pyongyang shipped munitions to Moscow on freight trains", "suggested"),
        (trains, "Rail cars carried North Korean shells to Russia", "confirmed"),
    ]:
        link = link_create(
            statement=_embedded_statement(text),
            claim=claim,
            score=0.5,
            method=ClaimLink.Method.FUSION,
            state=ClaimLink.State.SUGGESTED,
        )
        if state == "confirmed":
            link_confirm(link=link)
    other = _embedded_statement("Russia and North Korea deny any arms deal")
    link_confirm(
        link=link_create(
            statement=other,
            claim=trains,
            score=0.5,
            method=ClaimLink.Method.FUSION,
            state=ClaimLink.State.SUGGESTED,
        )
    )
    Statement.objects.filter(pk=other.pk).update(embedding_model="other@1")
    model = matching.model_key()
    query = "North Korean artillery shells reached Russia"
    vector = matching.get_embedder().embed([query], kind="query", language="en")[0]
    by_vector: matching.Rows = {}
    matching._vector_candidates(model, vector, 10, by_vector)
    by_lexical: matching.Rows = {}
    matching._lexical_candidates(
        model, matching.alias_map().document(query), 10, by_lexical, vector
    )
    expected = matching._confirmed_cosines(model, vector, list({**by_vector, **by_lexical}))
    assert set(expected) == {shells.pk, trains.pk}
    for rows in (by_vector, by_lexical):
        assert {shells.pk, trains.pk} <= set(rows)
        for cid, row in rows.items():
            assert row.confirmed_read
            assert row.confirmed == pytest.approx(expected.get(cid), abs=1e-5)
    # read before the query is embedded, the full-text rows leave it to search()
    early: matching.Rows = {}
    matching._lexical_candidates(
        model, matching.alias_map().document(query), 10, early, None, embeddings={}
    )
    assert early and not any(row.confirmed_read for row in early.values())
    found = {m.claim_id: m.confirmed for m in search(query, limit=10, language="en")}
    assert found[shells.pk] == pytest.approx(expected[shells.pk], abs=1e-5)
    assert found[trains.pk] == pytest.approx(expected[trains.pk], abs=1e-5)


@pytest.mark.services
def test_vector_search_leaves_the_planner_settings_of_the_transaction_as_they_were(demo):
    """Its index-only settings must not reach the full-text query run after it."""
    assert connection.vendor == "postgresql"
    claim = matching.Claim.objects.get()
    vector = matching.get_embedder().embed([claim.text], kind="query")[0]
    with transaction.atomic(), connection.cursor() as cursor:
        found = matching._vector_candidates(matching.model_key(), vector, 5)
        cursor.execute("SHOW enable_bitmapscan")
        bitmap = cursor.fetchone()[0]
        cursor.execute("SHOW enable_seqscan")
        seqscan = cursor.fetchone()[0]
    assert found[0][0] == claim.pk
    assert (bitmap, seqscan) == ("on", "on")


@pytest.mark.services
@pytest.mark.django_db(transaction=True)
def test_outside_a_transaction_the_vector_search_is_one_round_trip_that_leaves_no_setting(
    demo_tx,
):
    """Settings, query and reset go in one execute; the session keeps its own settings."""
    claim = matching.Claim.objects.order_by("pk").first()
    vector = matching.get_embedder().embed([claim.text], kind="query")[0]
    assert not connection.in_atomic_block
    with CaptureQueriesContext(connection) as queries:
        found = matching._vector_candidates(matching.model_key(), vector, 5)
    assert found[0][0] == claim.pk
    assert len(queries.captured_queries) == 1
    assert "hnsw.ef_search" in queries.captured_queries[0]["sql"]
    with connection.cursor() as cursor:
        cursor.execute("SHOW enable_seqscan")
        assert cursor.fetchone()[0] == "on"
        cursor.execute("SELECT current_setting('hnsw.ef_search')")
        assert cursor.fetchone()[0] != str(matching.HNSW_EF_SEARCH)


@pytest.mark.services
def test_the_full_text_vector_follows_the_claim_text_and_its_index_has_no_pending_list(demo):
    claim = claim_create(text="Semeru volcano buried three villages under ash", language="en")
    with connection.cursor() as cursor:
        cursor.execute("SELECT lexical_tsv::text FROM claims_claim WHERE id = %s", [claim.pk])
        assert "'semeru'" in cursor.fetchone()[0]
        matching.Claim.objects.filter(pk=claim.pk).update(lexical="merapi erupted")
        cursor.execute("SELECT lexical_tsv::text FROM claims_claim WHERE id = %s", [claim.pk])
        assert cursor.fetchone()[0] == "'erupted':2 'merapi':1"
        cursor.execute("SELECT reloptions FROM pg_class WHERE relname = 'claim_lexical_tsv_idx'")
        assert cursor.fetchone()[0] == ["fastupdate=off"]


def test_claims_are_looked_up_by_the_rarer_tokens_only():
    rows = {"said": 90_000.0, "korea": 40_000.0, "russia": 30_000.0, "semeru": 12.0}
    tokens = ["korea", "said", "semeru", "buried", "ash"]
    # "buried" and "ash" are not among the commonest tokens, so rarer than all of them.
    assert matching.finding_tokens(tokens, rows, 2000) == ["semeru", "buried", "ash"]
    assert matching.finding_tokens(["said", "korea", "russia"], rows, 2000) == [
        "russia",
        "korea",
        "said",
    ]
    assert matching.finding_tokens(["said", "korea"], {}, 2000) == ["said", "korea"]


@pytest.fixture
def token_stats():
    matching.token_stats_forget()
    yield
    matching.token_stats_forget()


@pytest.mark.services
def test_full_text_candidates_skip_tokens_too_common_to_rank(demo, token_stats, monkeypatch):
    """With a pool of 10, a word held by 40 claims is left out of the look-up, not the ranking."""
    assert connection.vendor == "postgresql"
    monkeypatch.setattr(matching, "LEXICAL_POOL", 10)
    for n in range(40):
        claim_create(text=f"The minister's budget grew by {n} percent", language="en")
    semeru = claim_create(text="Semeru volcano buried three villages under ash", language="en")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE claims_claim")
    rows = matching.token_rows()
    assert rows["budget"] > 10 and rows.get("semeru", 0.0) < 2
    model = matching.model_key()
    document = matching.alias_map().document("The budget minister: Semeru buried villages")
    found = [cid for cid, _ in matching._lexical_candidates(model, document, 5)]
    assert found[0] == semeru.pk
    assert found[0] == _bm25_top(document, 1)[0]
    # A query of common words only is still looked up, by its rarest ones.
    document = matching.alias_map().document("the minister's budget")
    assert len(matching._lexical_candidates(model, document, 5)) == 5


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SEOUL, Oct. 13 - North Korean leader Kim Jong Un", "North Korean leader Kim Jong Un"),
        ("JAKARTA (VOA) — Presiden Joko Widodo", "Presiden Joko Widodo"),
        ("KYIV, Ukraine (AP) — Russian drones struck", "Russian drones struck"),
        ("WASHINGTON, March 3, 2024 -- The White House said", "The White House said"),
        ("SEOUL, Oct 13 (Reuters) - North Korea said", "North Korea said"),
        ("PYONGYANG, Oct. 13 (KCNA) -- Kim wrote", "Kim wrote"),
        ("WASHINGTON — The White House said", "The White House said"),
        # An acronym before a hyphen or a parenthesis is no dateline.
        (
            "NATO - which has 32 members - will spend more",
            "NATO - which has 32 members - will spend more",
        ),
        ("U.S. - China talks resumed", "U.S. - China talks resumed"),
        (
            "NATO — which has 32 members — will spend more",
            "NATO — which has 32 members — will spend more",
        ),
        # No dateline: a leading name with a hyphen or a capitalised word is left alone.
        (
            "North Korea - a country few visit - denied it",
            "North Korea - a country few visit - denied it",
        ),
        ("Kim Jong Un wished Putin success", "Kim Jong Un wished Putin success"),
        # a place and its country in mixed case
        ("Jakarta, Indonesia – At least six protesters", "At least six protesters"),
        ("Smith, Jones and Brown said", "Smith, Jones and Brown said"),
    ],
)
def test_strip_dateline(text, expected):
    assert matching.strip_dateline(text) == expected


def _statement(sentence: str, content: str, cue: str, **fields):
    """An unsaved statement of a one-sentence article (offsets as the extractor stores them)."""
    from claims.models import Statement

    base = 100
    return Statement(
        sentence=sentence,
        sentence_start=base,
        sentence_end=base + len(sentence),
        content=content,
        content_start=base + sentence.index(content),
        content_end=base + sentence.index(content) + len(content),
        cue=cue,
        cue_start=base + sentence.index(cue),
        cue_end=base + sentence.index(cue) + len(cue),
        **fields,
    )


@pytest.mark.parametrize(
    ("sentence", "content", "cue", "stance", "speakers", "direct", "expected"),
    [
        # Content whose subject is the speaker keeps the speaker and the cue.
        (
            "Seoul menyatakan akan berkoordinasi dengan Amerika Serikat.",
            "akan berkoordinasi dengan Amerika Serikat",
            "menyatakan",
            "asserts",
            "Seoul",
            False,
            "Seoul menyatakan akan berkoordinasi dengan Amerika Serikat",
        ),
        (
            "The ministry said it had never exported weapons.",
            "it had never exported weapons",
            "said",
            "asserts",
            "The ministry",
            False,
            "The ministry said it had never exported weapons",
        ),
        # Several speakers before the cue all stay.
        (
            "Korea Selatan dan Jepang menyatakan akan berkoordinasi dengan Amerika Serikat.",
            "akan berkoordinasi dengan Amerika Serikat",
            "menyatakan",
            "asserts",
            "Korea Selatan / Jepang",
            False,
            "Korea Selatan dan Jepang menyatakan akan berkoordinasi dengan Amerika Serikat",
        ),
        # The speaker's words go first when something stands between it and the cue.
        (
            "The ministry, in a statement, said it had exported weapons to Syria.",
            "it had exported weapons to Syria",
            "said",
            "asserts",
            "The ministry",
            False,
            "The ministry said it had exported weapons to Syria",
        ),
        # An accusation whose cue follows its object keeps the whole sentence, not "Korea Utara".
        (
            "Korea Utara dituduh Washington memasok senjata ke Rusia.",
            "Korea Utara",
            "dituduh",
            "accuses",
            "Washington",
            False,
            "Korea Utara dituduh Washington memasok senjata ke Rusia.",
        ),
        # An accusation of a clause opened by "that" is the clause, as an assertion's is.
        (
            "Bivitri alleged that many of Jokowi's ministers had been supporting the ticket.",
            "many of Jokowi's ministers had been supporting the ticket",
            "alleged",
            "accuses",
            "Bivitri",
            False,
            "many of Jokowi's ministers had been supporting the ticket",
        ),
        (
            "Washington menuding bahwa Korea Utara memasok senjata ke Rusia.",
            "Korea Utara memasok senjata ke Rusia",
            "menuding",
            "accuses",
            "Washington",
            False,
            "Korea Utara memasok senjata ke Rusia",
        ),
        # Said by no one named, the cue inside what was said: that clause.
        (
            "Details surfaced of how he is said to have paid for the flat.",
            "he is said to have paid for the flat",
            "said",
            "asserts",
            "",
            False,
            "he is said to have paid for the flat",
        ),
        # A direct quote is its own claim.
        (
            '"We condemn the DPRK," Kirby said.',
            "We condemn the DPRK",
            "said",
            "asserts",
            "Kirby",
            True,
            "We condemn the DPRK",
        ),
    ],
)
def test_claim_wording_keeps_who_spoke_when_the_content_needs_it(
    sentence, content, cue, stance, speakers, direct, expected
):
    statement = _statement(
        sentence, content, cue, stance=stance, direct=direct, speaker_text=speakers
    )
    assert matching.claim_wording(statement) == expected


def test_a_new_claim_is_worded_as_what_was_said_not_as_the_whole_sentence():
    from claims.models import Stance

    lead = (
        "SEOUL, Oct. 13 - North Korean leader Kim Jong Un and Russian President Vladimir Putin "
        "exchanged letters on Thursday, according to KCNA, a day after Washington accused "
        "Pyongyang of shipping weapons to Moscow for the war in Ukraine."
    )
    report = _statement(
        lead,
        "SEOUL, Oct. 13 - North Korean leader Kim Jong Un and Russian President Vladimir Putin "
        "exchanged letters on Thursday",
        "according to",
        stance=Stance.REPORTS,
        speaker_text="KCNA",
    )
    accusation = _statement(
        lead,
        "Pyongyang of shipping weapons to Moscow for the war in Ukraine",
        "accused",
        stance=Stance.ACCUSES,
        speaker_text="Washington",
    )
    assert matching.claim_wording(report) == (
        "North Korean leader Kim Jong Un and Russian President Vladimir Putin exchanged letters "
        "on Thursday"
    )
    # Content that is no clause of its own keeps its speaker and cue.
    assert matching.claim_wording(accusation) == (
        "Washington accused Pyongyang of shipping weapons to Moscow for the war in Ukraine"
    )
    # What the statement is matched on loses the dateline too.
    assert matching.statement_match_text(report).startswith("North Korean leader")

    # Offsets that do not fit the sentence (an edited row) fall back to the sentence.
    broken = _statement(lead, "Pyongyang of shipping weapons", "accused", stance=Stance.ACCUSES)
    broken.content_start = 10_000
    assert matching.claim_wording(broken) == matching.strip_dateline(lead)


@pytest.mark.parametrize(
    ("sentence", "language", "cue", "expected"),
    [
        (
            "JK, kata Husain, tak membentuk narasi baru soal pemilu.",
            "id",
            "kata",
            "JK tak membentuk narasi baru soal pemilu",
        ),
        (
            "The report, he said, was false and misleading.",
            "en",
            "said",
            "The report was false and misleading",
        ),
        (
            "The move, Carr explained, was the result of nearly three years of preparation.",
            "en",
            "explained",
            "The move was the result of nearly three years of preparation",
        ),
    ],
)
def test_an_attribution_inside_what_was_said_is_no_part_of_the_claim(
    sentence, language, cue, expected
):
    statement = _extracted(sentence, language, cue)
    assert matching.claim_wording(statement) == expected
    assert cue not in matching.statement_match_text(statement).split()


@pytest.mark.parametrize(
    ("sentence", "content", "language", "expected"),
    [
        (
            "“We sent no arms,” the spokesman said, “and the accusation is a big lie.”",
            "and the accusation is a big lie.",
            "en",
            "The accusation is a big lie.",
        ),
        (
            "“Kami tidak mengirim senjata,” kata Choe, “dan tuduhan itu adalah kebohongan besar.”",
            "dan tuduhan itu adalah kebohongan besar.",
            "id",
            "Tuduhan itu adalah kebohongan besar.",
        ),
    ],
)
def test_a_resumed_quote_makes_a_claim_without_its_joining_word(
    sentence, content, language, expected
):
    from claims.extraction import extract
    from claims.models import Stance

    statements = extract(sentence, language)
    assert statements[-1].content.text == content
    statement = _statement(sentence, content, "said" if language == "en" else "kata")
    statement.direct, statement.stance = True, Stance.ASSERTS
    assert matching.claim_wording(statement) == expected


def test_a_cue_inside_a_clause_is_no_aside_to_cut():
    from claims.models import Stance

    sentence = "Porzingis, a forward, had been accused of raping a woman, a charge he denies."
    content = "Porzingis, a forward, had been accused of raping a woman, a charge"
    statement = _statement(sentence, content, "accused", stance=Stance.ACCUSES)
    assert (
        matching.without_inner_attribution(content, statement.content_start, statement) == content
    )
    # a quote between the commas is what was said, not an aside
    quoted = 'The ministry, "in full," said the deal was off.'
    statement = _statement(quoted, quoted, "said", stance=Stance.ASSERTS)
    assert matching.without_inner_attribution(quoted, statement.content_start, statement) == quoted


@pytest.mark.django_db(transaction=True)
def test_alias_tables_are_kept_until_an_alias_or_actor_changes(demo, django_assert_num_queries):
    from sources.models import Actor
    from sources.services import actor_alias_add, actor_merge

    korea = Actor.objects.get(name="North Korea")
    korea_token = matching.alias_map("en").document("North Korea")
    table = matching.alias_map("en")
    with django_assert_num_queries(0):
        assert matching.alias_map("en") is table
    assert table.document("Ryongyang said").split()[0] == "ryongyang"

    with transaction.atomic():
        alias = actor_alias_add(actor=korea, alias="Ryongyang", language="en")
        # This transaction's own change is read at once, and not kept.
        assert matching.alias_map("en").document("Ryongyang") == korea_token
    assert matching.alias_map("en").document("Ryongyang") == korea_token
    with django_assert_num_queries(0):
        matching.alias_map("en")

    alias.delete()
    assert matching.alias_map("en").document("Ryongyang") == "ryongyang"

    other = Actor.objects.create(name="Democratic People's Republic")
    actor_alias_add(actor=other, alias="Dee Pee Arr", language="en")
    before = matching.alias_map("en").document("Dee Pee Arr")
    actor_merge(source=other, target=korea)
    after = matching.alias_map("en").document("Dee Pee Arr")
    assert before != after == korea_token


@pytest.mark.services
@pytest.mark.django_db(transaction=True)
def test_the_full_text_query_runs_beside_the_vector_query_with_the_same_results(demo_tx, settings):
    """Outside a transaction the full-text query runs on a thread and connection of its own."""
    import threading

    made = [claim_create(text=text, language="en") for text in LEXICAL_CLAIMS[1:]]
    # statements confirmed for claims, whose cosines every way of searching must read alike
    for claim in made[:2]:
        link_confirm(
            link=link_create(
                statement=_embedded_statement(claim.text.replace("Russia", "Moscow")),
                claim=claim,
                score=0.5,
                method=ClaimLink.Method.FUSION,
                state=ClaimLink.State.SUGGESTED,
            )
        )
    used = []
    real = matching._lexical_in_thread

    def spy(*args):
        used.append(threading.current_thread().name)
        return real(*args)

    # each query embedded in the language search finds for it (None: too short to tell)
    vectors = [
        matching.get_embedder().embed(
            [query_text(q)], kind="query", language=matching._language_of(query_text(q))
        )[0]
        for q in LEXICAL_QUERIES
    ]
    matching._lexical_in_thread, original = spy, matching._lexical_in_thread
    try:
        # Embedded while the full-text query runs (the match API), or embedded before (linking).
        parallel = {q: search(q) for q in LEXICAL_QUERIES}
        given = {q: search(q, vector=v) for q, v in zip(LEXICAL_QUERIES, vectors, strict=True)}
    finally:
        matching._lexical_in_thread = original
    assert len(used) == 2 * len(LEXICAL_QUERIES)
    assert all(name.startswith("lexical") for name in used)
    settings.FACTDESK_MATCH_THREADS = 0
    sequential = {q: search(q) for q in LEXICAL_QUERIES}
    for query in LEXICAL_QUERIES:
        for other in (parallel[query], given[query]):
            assert [(m.claim_id, m.lexical_rank, m.vector_rank) for m in other] == [
                (m.claim_id, m.lexical_rank, m.vector_rank) for m in sequential[query]
            ]
            assert [m.score for m in other] == pytest.approx(
                [m.score for m in sequential[query]], abs=1e-5
            )
            assert [m.cosine for m in other] == pytest.approx(
                [m.cosine for m in sequential[query]], abs=1e-5
            )
            assert [m.confirmed for m in other] == pytest.approx(
                [m.confirmed for m in sequential[query]], abs=1e-5
            )
    assert any(m.confirmed is not None for q in LEXICAL_QUERIES for m in parallel[q])


@pytest.mark.services
@pytest.mark.django_db(transaction=True)
def test_inside_a_transaction_the_full_text_query_sees_what_it_wrote(demo_tx, monkeypatch):
    monkeypatch.setattr(matching, "_lexical_in_thread", None)  # would fail if called
    with transaction.atomic():
        claim = claim_create(text="Gempa Cianjur menewaskan lebih dari 300 orang", language="id")
        found = search("gempa Cianjur menewaskan 300 orang")
        assert found[0].claim_id == claim.pk and found[0].lexical_rank == 0


@pytest.mark.services
@pytest.mark.django_db(transaction=True)
def test_a_failed_second_connection_falls_back_to_the_first(demo_tx, monkeypatch, caplog):
    from django.db import OperationalError

    def broken(*args):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(matching, "_lexical_in_thread", broken)
    found = search("Pyongyang and Moscow denied any arms transactions")
    assert found and found[0].lexical_rank is not None
    assert "second connection failed" in caplog.text


def _extracted(text: str, language: str, cue: str):
    """The statement of ``text`` said with ``cue``, as the pipeline would store it (unsaved)."""
    from claims.extraction import extract

    found = next(s for s in extract(text, language) if s.cue.text == cue)
    return Statement(
        sentence=text,
        sentence_start=0,
        content=found.content.text,
        content_start=found.content.start,
        content_end=found.content.end,
        cue=found.cue.text,
        cue_lemma=found.cue_lemma,
        cue_start=found.cue.start,
        cue_end=found.cue.end,
        stance=found.stance,
        direct=found.direct,
        speaker_text=" / ".join(found.speaker_names),
        language=language,
        checkworthiness=found.checkworthiness,
        speech_act=found.speech_act,
    )


@pytest.mark.parametrize(
    ("text", "cue", "refusal"),
    [
        ("Seoul said North Korea had shipped artillery shells to Russia by rail.", "said", None),
        ("The minister pledged that the government would build schools.", "pledged", "promise"),
        ("Immigration Minister Peter Dutton denied the report on Thursday.", "denied", "state"),
        ('"It looks exactly like war crimes," the spokesman told reporters.', "told", "'It'"),
        ("Putin said he was glad to see Kim again.", "said", "check-worthiness 0.45"),
    ],
)
def test_why_a_statement_makes_no_claim_of_its_own(text, cue, refusal):
    statement = _extracted(text, "en", cue)
    if cue == "pledged":
        statement.checkworthiness = 0.9  # however check-worthy, a promise is no claim
    found = matching.claim_refusal(statement, matching.claim_wording(statement))
    if refusal is None:
        assert found is None
    else:
        assert found is not None and refusal in found


@pytest.mark.parametrize(
    ("language", "text", "cue", "expected"),
    [
        (
            "en",
            "Russia on Sunday denied it had killed civilians in the town of Bucha.",
            "denied",
            "Russia had killed civilians in the town of Bucha",
        ),
        (
            "en",
            "Foreign Minister Bishop denied Australia pays crew members to turn boats around.",
            "denied",
            "Australia pays crew members to turn boats around",
        ),
        (
            "id",
            "Ilmuwan Indonesia membantah kalung kayu putih dapat mencegah penularan virus corona.",
            "membantah",
            "kalung kayu putih dapat mencegah penularan virus corona",
        ),
        (
            "id",
            "Pyongyang dan Moskow membantah melakukan transaksi senjata dengan satu sama lain.",
            "membantah",
            "Pyongyang dan Moskow melakukan transaksi senjata dengan satu sama lain",
        ),
        (
            "en",
            "The ministry rejected claims that the army shelled a hospital in the north.",
            "rejected",
            "the army shelled a hospital in the north",
        ),
        # what is denied keeps its own negations
        (
            "id",
            "Hermono membantah akses masuk ke depo detensi Malaysia sangat sulit sehingga kasus "
            "kekerasan tidak akan terungkap.",
            "membantah",
            "akses masuk ke depo detensi Malaysia sangat sulit sehingga kasus kekerasan tidak akan "
            "terungkap",
        ),
        (
            "en",
            "The airline rejected claims that its engineers had not repaired the jet.",
            "rejected",
            "its engineers had not repaired the jet",
        ),
        # what a denied noun was said to be
        (
            "id",
            "Polri menampik penggunaan gas air mata yang disebut sebagai penyebab utama tewasnya "
            "131 orang di Stadion Kanjuruhan.",
            "menampik",
            "penggunaan gas air mata adalah penyebab utama tewasnya 131 orang di Stadion "
            "Kanjuruhan",
        ),
        # not when the words say something of their own
        (
            "id",
            "Polisi membantah menangkap aktivis yang dituduh makar di Jakarta.",
            "membantah",
            "Polisi menangkap aktivis yang dituduh makar di Jakarta",
        ),
        (
            "id",
            "Polisi membantah bahwa pelaku yang diduga sebagai teroris ditembak mati.",
            "membantah",
            "pelaku yang diduga sebagai teroris ditembak mati",
        ),
        # named before the cue, by an appositive
        (
            "en",
            "The allegations claim Jokowi used a fake diploma to run for public office, a charge "
            "he has consistently denied.",
            "denied",
            "Jokowi used a fake diploma to run for public office",
        ),
        (
            "en",
            "The forgery allegations have been formally dismissed by the police.",
            "dismissed",
            None,
        ),
        # what a denial was about, without the speaker read as the subject of a "ter-" verb
        (
            "id",
            "Kapolres Kota Bandung menepis terkait tindakan represif aparat terhadap massa aksi "
            "buruh di depan gedung DPRD.",
            "menepis",
            "tindakan represif aparat terhadap massa aksi buruh di depan gedung DPRD",
        ),
        # a thing's existence denied: that it exists, as a clause
        (
            "id",
            "Kapendam membantah adanya operasi gabungan dengan polisi menyusuri wilayah Distrik "
            "Mugi di Nduga.",
            "membantah",
            "ada operasi gabungan dengan polisi menyusuri wilayah Distrik Mugi di Nduga",
        ),
        # what a claim held of the speaker, who is its subject
        (
            "id",
            "Gubernur Budi Santoso menepis tuduhan memiliki rekening gelap di luar negeri.",
            "menepis",
            "Budi Santoso memiliki rekening gelap di luar negeri",
        ),
        (
            "id",
            "Gubernur Budi Santoso membantah kabar dirinya ditolak warga saat berkunjung ke pasar.",
            "membantah",
            "Budi Santoso ditolak warga saat berkunjung ke pasar",
        ),
        # oneself denied
        (
            "id",
            "Wali Kota Budi Santoso membantah dirinya telah mundur dan mengajukan surat "
            "pengunduran diri.",
            "membantah",
            "Budi Santoso telah mundur dan mengajukan surat pengunduran diri",
        ),
        # a loose "that", and what a report was about when it says something
        (
            "id",
            "Partai itu membantah kabar jika ketua umumnya tidak akan maju sebagai capres.",
            "membantah",
            "ketua umumnya tidak akan maju sebagai capres",
        ),
        # a claim set off after the clause that made it, answered by the one named after it
        (
            "en",
            "Manila said Chinese ships rammed its boat, a claim firmly rejected by Beijing.",
            "rejected",
            "Chinese ships rammed its boat",
        ),
        (
            "id",
            "Seoul mengatakan Pyongyang menjual roket ke Moskow, klaim yang berulang kali "
            "dibantah Pyongyang.",
            "dibantah",
            "Pyongyang menjual roket ke Moskow",
        ),
        # a pronoun in what a claim held is whose claim it was, not the speaker's
        (
            "en",
            "Bangkok said Hanoi's claim that it never crossed the border was untrue and baseless.",
            "said",
            "Hanoi never crossed the border",
        ),
        # what is denied is pointed at, not stated
        ("id", "Menteri Imigrasi Peter Dutton membantah laporan itu.", "membantah", None),
        ("en", "Immigration Minister Peter Dutton denied the report on Thursday.", "denied", None),
        ("id", "Rusia menepis tuduhan yang ditujukan pada mereka.", "menepis", None),
        # a quote, a demand rejected, a gerund without its subject, an assertion read as a denial
        (
            "en",
            '"We categorically reject any accusations of that kind," Peskov said.',
            "said",
            None,
        ),
        (
            "en",
            "The minister rejected calls to resign over the scandal at the ministry.",
            "rejected",
            None,
        ),
        ("en", "He denied having met the minister in Jakarta last year.", "denied", None),
        ("en", 'KCNA dismissed the U.S. claims as a "groundless smear".', "dismissed", None),
        ("en", "Jakarta said it gave no new details about the payment to the crew.", "said", None),
    ],
)
def test_a_denial_that_states_what_it_denies_words_it_as_a_claim(language, text, cue, expected):
    statement = _extracted(text, language, cue)
    assert statement.stance == Stance.DENIES
    assert matching.denied_proposition(statement) == expected
    if expected:
        assert matching.claim_wording(statement) == expected


@pytest.mark.parametrize(
    ("language", "wording", "fault"),
    [
        # stands alone
        ("en", "North Korea supplies weapons to Russia for its war in Ukraine", None),
        ("en", "U.S. President Joe Biden said Gen. Milley met Kim on Jan. 5 in Seoul", None),
        ("en", "the claims that Russia killed civilians in Bucha are false", None),
        ("en", "The allegations claim Jokowi used a fake diploma to run for office", None),
        ("en", "The investigation found no criminal offense", "'The investigation'"),
        ("en", "During the war Russia killed civilians in Bucha", None),
        ("en", "US officials said IT workers from North Korea earn money for Pyongyang", None),
        ("id", "Korea Utara memasok senjata ke Rusia untuk perangnya di Ukraina", None),
        ("id", "Ekonomi Indonesia tumbuh lima persen tahun ini", None),
        ("id", "Selama ini Rusia membantah membunuh warga sipil di Bucha", None),
        ("id", "Sampai detik ini tidak ada pertempuran di perbatasan Lebanon", None),
        ("en", "expanding the monument off Hawaii will protect more than 7,000 species", None),
        (
            "en",
            "Mexico must prove a migrant was Mexican before it takes her back into the country",
            None,
        ),
        # the reader would need the article
        ("en", "It looks exactly like war crimes", "'It'"),
        ("en", "We're not going to stop the strikes on the border", "'We're'"),
        ("en", "the country is ready to host US nuclear weapons", "'the country'"),
        ("en", "Jokowi answered 35 questions related to the case", "'the case'"),
        ("en", "being intercepted by Australian border patrols", "no subject"),
        ("en", "For Indonesia, even though we are not party to it, we apply the Convention", None),
        ("id", "pemakaian kalung ini selama 15 menit bisa membunuh 42% virus Corona", "'ini'"),
        ("id", "aksi tersebut dilakukan oleh pasukan Rusia", "'tersebut'"),
        ("id", "tudingan bahwa ijazah Jokowi palsu dibantah kuasa hukum presiden tersebut", None),
        ("id", "Serangan palsu lainnya dilakukan di sana beberapa hari setelahnya", "di sana"),
        ("id", "Dalam wawancara dengan stasiun radio 3AW pada Jumat pagi", "no clause"),
        ("id", "Saya melihat uang, US$ 5 ribu dalam pecahan US$ 100", "'Saya'"),
        ("id", "Tadi saya cek ke lapangan, benar atau tidak ada enam orang yang tertembak", "saya"),
        ("en", "NATO is costing us a fortune", "'us'"),
        ("en", "World War I ended in 1918 with an armistice", None),
        # what someone was asked to do
        ("id", "China untuk menghentikan aksi provokasi di Laut China Selatan", "asked"),
        ("id", "pemerintah Indonesia supaya melakukan upaya memadamkan karhutla", "asked"),
        ("id", "Indonesia akan mengirim bantuan kemanusiaan untuk Gaza", None),
        # a noun phrase that says nothing of what it names
        ("id", "pengakuan yang sama dari para penumpang", "says nothing"),
        ("id", "seorang kepala polisi Indonesia di Pulau Rote bernama Hidayat", "says nothing"),
        ("id", "pernyataan Bareskrim yang menyatakan bahwa ijazah Jokowi itu otentik", "nothing"),
        ("id", "informasi yang diberitakan sembilan media daring itu bohong atau hoaks", None),
        ("id", "satu rudal yang ditembakkan dari Yaman menghantam kapal perang Amerika", None),
        ("id", "mayat-mayat yang bergelimpangan di Bucha merupakan rekayasa Ukraina", None),
        ("id", "Donald Trump, capres dari Partai Republik, selalu memuji-muji Putin", None),
        ("id", "Ekonomi Indonesia tumbuh lima persen pada kuartal ketiga", None),
        ("id", "promosi yang menyebutkan bahwa semprotan itu menangkal virus adalah hoaks", None),
        (
            "id",
            "kredibilitas nakhoda yang melontarkan tuduhan bahwa mereka dibayar agar kembali",
            "says nothing",
        ),
        # remarks told of, not what they say; an evaluation of them is a claim
        (
            "en",
            "Yeo's remarks echoed those of Sarawak Deputy Chief Minister Douglas Uggah Embas",
            "remarks",
        ),
        ("id", "Pernyataan Menkes Budi itu memicu kemarahan warga di media sosial", "remarks"),
        ("en", "Trump's remarks about the judge were the definition of a racist comment", None),
        # cut off, page furniture, a question, several sentences
        ("en", "date 2022-04-05 Volunteers unload bags of civilians killed", "furniture"),
        ("en", "Volunteers unload bags containing bodies of civilians, who", "cut off"),
        ("id", "apakah anda tahu apa yang dimaksud dengan bukti?", "question"),
        ("id", "Ini antivirus Balitbangtan. Dari 700 jenis, 1 bisa mematikan Corona", "'Ini'"),
        ("en", "Kim Jong Un visited the plant. The plant makes shells for Russia", "sentence"),
    ],
)
def test_a_claim_is_made_only_of_words_that_stand_alone(language, wording, fault):
    found = matching.wording_fault(wording, language)
    if fault is None:
        assert found is None
    else:
        assert found is not None and fault in found


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        (
            "The story about a Ukrainian sabotage group in Russia is a classic provocation. "
            "Russia wants to scare its people.",
            "The story about a Ukrainian sabotage group in Russia is a classic provocation.",
        ),
        ("Mr. Kim met Gen. Milley in Seoul on Jan. 5 to discuss arms.", None),
        ("Absolutely not. The payments never happened and never will happen.", None),
    ],
)
def test_a_quote_of_several_sentences_is_worded_as_its_first(quote, expected):
    statement = _extracted(f'"{quote}" the spokesman said.', "en", "said")
    assert statement.direct
    assert matching.claim_wording(statement) == (expected or quote)


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        (
            "Iran of supplying attack drones to Russia for its war in Ukraine",
            ["iran", "russia", "ukraine"],
        ),
        ("Pyongyang dan Moskow membantah melakukan transaksi senjata", ["north korea", "russia"]),
        (
            "The U.S. says North Korean shells reached the Kremlin",
            ["united states", "north korea", "russia"],
        ),
        ("Gedung Putih menuduh Korut", ["united states", "north korea"]),
        # names in capitals match in capitals only: "us" and "as" are words
        ("he told us as much", []),
        ("AS menuduh Tiongkok", ["united states", "china"]),
    ],
)
def test_countries_are_read_in_both_languages_in_the_order_named(text, countries):
    assert list(matching.countries_in(text)) == countries


def test_a_statement_about_another_country_is_no_claim_about_the_first():
    claim = "North Korea supplies weapons to Russia for its war in Ukraine"
    assert matching.country_swapped("Iran of supplying attack drones to Russia for its war", claim)
    assert matching.country_swapped("Tehran it had supplied any drones to Russia", claim)
    # the claim's country named, or no country at all: no swap
    assert not matching.country_swapped("Pyongyang, Moscow any arms transactions", claim)
    assert not matching.country_swapped("the US believes North Korea sent 1,000 containers", claim)
    assert not matching.country_swapped("they shipped artillery shells", claim)


@pytest.mark.parametrize(
    ("wording", "says"),
    [
        ("the attack on its official website", False),
        ("independence from Serbia in 2008", False),
        ("the ministry's emergency authority", False),
        ("claims of disunity and leadership turmoil after the budget", False),
        ("North Korea supplies weapons to Russia for its war in Ukraine", True),
        ("the vaccine alters human DNA", True),
        ("5G towers spread the coronavirus", True),
        ("Masks cause oxygen deficiency", True),
        ("at least 21 people were killed", True),
        ("Mercenary chief Yevgeny Prigozhin accusing the minister of incompetence", True),
    ],
)
def test_an_english_wording_must_say_something_of_what_it_names(wording, says):
    fault = matching.wording_fault(wording, "en")
    assert (fault is None) == says, fault


def test_a_statement_that_leaves_out_the_claims_subject_country_is_not_linked_by_itself():
    claim = "North Korea supplies weapons to Russia for its war in Ukraine"
    # Russia speaking of Ukraine's drones names neither the claim's subject nor only it
    assert matching.subject_country_absent("Rusia drone yang menyerang adalah milik Ukraina", claim)
    assert not matching.subject_country_absent("Pyongyang, Moscow any arms transactions", claim)
    assert not matching.subject_country_absent("they shipped artillery shells", claim)


def test_a_search_does_not_offer_a_claim_about_another_subject_for_an_automatic_link(demo):
    [best, *_] = matching.search(
        "Rusia mengklaim drone yang menyerang adalah milik Ukraina", language="id"
    )
    assert best.text.startswith("North Korea supplies weapons")
    assert not best.plausible


@pytest.mark.parametrize(
    "content, language, belief",
    [
        (
            "this could mislead the public into believing that they can avoid contracting the "
            "virus by wearing the lanyard",
            "en",
            "they can avoid contracting the virus by wearing the lanyard",
        ),
        (
            "hal itu dapat menyesatkan publik untuk percaya bahwa mereka dapat menghindari "
            "tertular virus hanya dengan mengenakan kalung",
            "id",
            "mereka dapat menghindari tertular virus hanya dengan mengenakan kalung",
        ),
        ("the campaign was designed to mislead voters", "en", None),
        ("it may mislead people into believing", "en", None),
        # a deception told as done, or denied, is not a possibility
        ("the suspects tricked elderly victims into thinking they had won a prize", "en", None),
        ("the advert does not mislead anyone into thinking it is a cure", "en", None),
    ],
)
def test_a_denial_of_what_one_may_be_misled_into_is_matched_on_that(content, language, belief):
    assert matching.misled_belief(content, language) == belief
    text = matching.proposition_text(
        content=content, direct=False, stance="denies", speakers=["Juliandi"], language=language
    )
    if belief is not None:
        # the belief alone, without the speaker, who is not its subject
        assert text == matching.query_text(belief)
    else:
        assert text.startswith("Juliandi ")


def test_a_denial_by_its_cue_is_not_matched_on_a_belief_it_names():
    content = "its adverts could mislead consumers into believing the drink cures diabetes"
    text = matching.proposition_text(
        content=content,
        direct=False,
        stance="denies",
        speakers=["The company"],
        language="en",
        cue_lemma="deny",
    )
    assert text.startswith("The company ") and "adverts" in text
