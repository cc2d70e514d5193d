from claims.lexical import BM25Index, lexical_document, stem, words
from sources.models import normalise_alias

ALIASES = {
    normalise_alias(alias): "actor7"
    for alias in ("Korut", "Korea Utara", "North Korea", "Pyongyang")
}
ALIASES[normalise_alias("Rusia")] = "actor9"
ALIASES[normalise_alias("Russia")] = "actor9"


def test_aliases_in_both_languages_become_one_token():
    docs = [
        lexical_document(text, ALIASES)
        for text in ("Korut memasok senjata", "Korea Utara memasok senjata", "North Korea supplies")
    ]
    assert all(doc.split()[0] == "actor7" for doc in docs)
    assert "korea" not in " ".join(docs)


def test_longest_alias_wins_on_word_boundaries():
    phrases = {"korea": "actor1", "korea utara": "actor7"}
    assert lexical_document("Korea Utara dan Korea Selatan", phrases).split() == [
        "actor7",
        "actor1",
        "selatan",
    ]
    # "korean" is not the alias "korea".
    assert "actor1" not in lexical_document("Korean food", phrases)


def test_accents_case_and_stop_words_are_normalised_away():
    assert lexical_document("The MOSKÔW talks and the Weapons of Pyongyang", {}) == (
        "moskow talk weapon pyongyang"
    )
    assert lexical_document("Pemerintah yang tersebut dan itu", {}) == "pemerintah"


def test_negations_survive_as_tokens():
    assert "not" in lexical_document("Pyongyang did not export weapons", {}).split()
    assert "tidak" in lexical_document("Korut tidak mengekspor senjata", {}).split()


def test_light_stemming_is_conservative():
    assert stem("weapons") == "weapon"
    assert stem("countries") == "country"
    assert stem("senjatanya") == "senjata"
    assert stem("bus") == "bus"
    assert stem("analysis") == "analysis"


def test_words_drop_links():
    assert words("See https://example.org/x now") == ["see", "now"]


def test_bm25_ranks_the_document_sharing_rare_terms_first():
    index = BM25Index()
    docs = {
        1: "actor7 supply weapon actor9 war ukraine",
        2: "rice price rise jakarta market",
        3: "actor9 war ukraine drone iran",
        4: "football club win championship",
    }
    index.add(list(docs), [lexical_document(d) for d in docs.values()])
    results = index.search(lexical_document("actor7 weapon actor9"), k=3)
    assert results[0][0] == 1
    assert [doc for doc, _ in results] == [1, 3]
    assert all(score > 0 for _, score in results)


def test_bm25_readding_an_id_replaces_its_document_and_handles_empty_queries():
    index = BM25Index()
    index.add([1, 2], ["alpha beta", "gamma"])
    index.add([1], ["delta"])
    assert len(index) == 2
    assert index.search("alpha", k=5) == []
    assert index.search("delta", k=5)[0][0] == 1
    assert index.search("", k=5) == []
    assert BM25Index().search("alpha", k=5) == []


def test_reporting_words_and_fillers_are_no_lexical_tokens():
    from claims.lexical import lexical_document

    assert lexical_document("US claims of arresting a Chinese spy, officials said") == (
        lexical_document("US arresting Chinese spy officials")
    )
    assert "saya" not in lexical_document("Saya yakin bahwa perjanjian ini berhasil").split()
