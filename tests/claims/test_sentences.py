import pytest

from claims.extraction import Span, extract, split_sentences
from claims.extraction.sentences import unwrapped


def _texts(text: str, language: str) -> list[str]:
    spans = split_sentences(text, language)
    for span in spans:
        assert isinstance(span, Span)
        assert span.text == text[span.start : span.end]
    return [s.text for s in spans]


def test_quote_and_its_indonesian_attribution_stay_one_unit():
    text = "“Kami siap. Kami tidak takut,” kata Kim. Putin tiba kemarin."
    assert _texts(text, "id") == ["“Kami siap. Kami tidak takut,” kata Kim.", "Putin tiba kemarin."]


def test_multi_sentence_quote_keeps_a_short_attribution_after_it():
    text = '"We will not back down. We never have." Kim said. The talks ended.'
    assert _texts(text, "en") == [
        '"We will not back down. We never have." Kim said.',
        "The talks ended.",
    ]


def test_quote_followed_by_a_new_sentence_is_split():
    text = "“Kami siap.” Pemerintah kemudian mengumumkan jadwal baru untuk perundingan di Jakarta."
    assert len(_texts(text, "id")) == 2


def test_a_short_sentence_after_a_quote_with_a_quote_of_its_own_is_split():
    text = 'Seoul called the test "a grave provocation." Tokyo also called it "unacceptable."'
    assert _texts(text, "en") == [
        'Seoul called the test "a grave provocation."',
        'Tokyo also called it "unacceptable."',
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Gen. Kim Myung-soo spoke. Then he left.", "en"),
        ("The U.S. envoy Mr. Smith met Dr. Lee. Then he left.", "en"),
        ("Kantor di Jl. Sudirman dipimpin Dr. Budi, M.Si. yang hadir. Lalu dia pergi.", "id"),
        ("President George W. Bush spoke at 5 p.m. on Friday. Then he left.", "en"),
    ],
)
def test_abbreviations_do_not_end_a_sentence(text, language):
    units = _texts(text, language)
    assert len(units) == 2
    assert units[1] in ("Then he left.", "Lalu dia pergi.")


def test_a_quote_opened_without_a_space_after_a_stop_starts_a_unit():
    text = (
        "The police said they were monitoring social media.\u201cWe are keeping a watch on "
        "everything,\u201d said a spokesperson."
    )
    assert [s.text for s in split_sentences(text, "en")] == [
        "The police said they were monitoring social media.",
        "\u201cWe are keeping a watch on everything,\u201d said a spokesperson.",
    ]


@pytest.mark.parametrize(
    ("text", "language", "units"),
    [
        # a lone letter ends a name ("Brigadir J"): the quote after it is a new sentence
        (
            "Kapolri menjelaskan, peristiwa yang sebenarnya adalah penembakan terhadap Brigadir "
            "J. “Timsus menemukan penembakan,” kata dia.",
            "id",
            2,
        ),
        # a place's initials may end a quote's attribution that the next quote goes on from
        (
            '"His record does not match," Cruz told reporters in Fort Mill, S.C. "It seems he '
            'is nervous."',
            "en",
            1,
        ),
        ("President George W. “Dubya” Bush spoke.", "en", 1),
    ],
)
def test_a_quote_after_an_initial(text, language, units):
    assert len(_texts(text, language)) == units


def test_lines_are_units_and_whitespace_is_trimmed():
    text = "  First line without a stop\n\nSecond line. Third one!  \n"
    assert _texts(text, "en") == ["First line without a stop", "Second line.", "Third one!"]


def test_an_unclosed_quote_ends_at_the_line_break():
    text = '"This quote never closes. It goes on.\nNext paragraph here.'
    assert _texts(text, "en")[-1] == "Next paragraph here."


def test_seed_article_units(seed_text):
    units = _texts(seed_text, "id")
    kim = [u for u in units if u.endswith("kata Kim.")]
    assert len(kim) == 1 and kim[0].startswith("“Saya berharap rakyat Rusia")
    assert any(u.endswith("katanya.") and u.startswith("“Saya yakin") for u in units)


def test_empty_text_and_unknown_language():
    assert split_sentences("", "en") == []
    assert split_sentences(" \n\t ", "id") == []
    with pytest.raises(ValueError, match="lexicon"):
        split_sentences("Bonjour.", "fr")


WIRE_COPY = (
    "Six protesters killed in Papua clash: eyewitness\n\n"
    "JAKARTA, Aug 28, 2019 (AFP) - Indonesian authorities shot dead six\n"
    "protesters during a violent clash in its unrest-wracked Papua region\n"
    "Wednesday, according to an eyewitness and a media report, but police disputed\n"
    "that account.\n\n"
    "Local priest Santon Tekege said chaos erupted after several thousand\n"
    "people rallied in the remote district of Deiyai.\n\n"
    "foto EPA\n"
    "Papua police spokesman Ahmad Mustofa Kamal said that two protesters had died.\n"
)


def test_hard_wrapped_paragraphs_are_read_as_one_line_each():
    text = unwrapped(WIRE_COPY)
    assert len(text) == len(WIRE_COPY)
    assert "shot dead six protesters during a violent clash in its unrest-wracked Papua " in text
    assert "police disputed that account.\n\n" in text
    # a short line is a caption, not a wrapped one
    assert "foto EPA\nPapua police" in text
    # and with Windows line ends
    assert "shot dead six  protesters during" in unwrapped(WIRE_COPY.replace("\n", "\r\n"))
    contents = [s.content.text for s in extract(WIRE_COPY, "en")]
    assert any(
        c.startswith("chaos erupted after several thousand people rallied") for c in contents
    )
    assert any(c.startswith("Indonesian authorities shot dead six protesters") for c in contents)


def test_text_with_a_paragraph_a_line_is_not_unwrapped():
    text = (
        "Indonesian authorities shot dead six protesters, an eyewitness said\n"
        "Police disputed that account on Wednesday in a statement to reporters\n"
        "The priest said chaos erupted after several thousand people rallied\n"
    )
    assert unwrapped(text) is text


def test_a_list_of_lines_is_not_unwrapped():
    text = (
        "Kominfo menyatakan kabar berikut adalah hoaks:\n\n"
        "Vaksin COVID-19 mengandung chip yang bisa melacak keberadaan warga\n"
        "Minum air kelapa dicampur garam dapat menyembuhkan penyakit COVID\n"
        "Pemerintah akan memblokir WhatsApp mulai pekan depan di seluruh kota\n"
        "Bantuan sosial tunai akan dihentikan bagi warga yang belum divaksin\n\n"
        "Masyarakat diminta berhati-hati.\n"
    )
    assert unwrapped(text) is text
