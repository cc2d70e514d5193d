import socket
from datetime import UTC, datetime
from pathlib import Path

import pytest

from sources.text import ExtractionError, detect_language, extract_text, html_to_text

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"

ENGLISH = (
    "Negotiators from both delegations sat down on Tuesday for a third round of ceasefire talks, "
    "hours after each side accused the other of shelling residential areas overnight. The foreign "
    "minister said the sides had agreed on a timetable for exchanging prisoners."
)
MALAY = (
    "Kerajaan Malaysia mengumumkan bahawa kadar faedah akan kekal tidak berubah bagi suku tahun "
    "ini, kata menteri kewangan kepada pemberita di Kuala Lumpur pada petang semalam."
)
FRENCH = (
    "Les négociateurs des deux délégations se sont retrouvés mardi pour un troisième cycle de "
    "pourparlers sur le cessez-le-feu, a indiqué le ministre des affaires étrangères."
)


def page(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


# --- extract_text -------------------------------------------------------------------------------


def test_indonesian_news_page_gives_the_article_body_without_page_furniture():
    result = extract_text(page("id-korut-senjata-rusia.html"), url="https://warta.example/a")
    assert result.title == "AS Tuduh Korea Utara Pasok Senjata ke Rusia"
    assert result.byline == "Rina Kusumawati"
    assert result.published_at == datetime(2023, 10, 14, 2, 30, tzinfo=UTC)
    assert result.text.startswith(
        "WASHINGTON — Gedung Putih pada Jumat (13/10) menuduh Korea Utara"
    )
    assert "membantah telah melakukan transaksi senjata apa pun" in result.text
    assert "“Kami mengutuk tindakan Korea Utara ini" in result.text
    for furniture in ("Olahraga", "IKLAN", "Promo tiket", "renderAd", "Terpopuler",
                      "Hak cipta", "Cari berita", "dataLayer", "Aktifkan JavaScript"):  # fmt: skip
        assert furniture not in result.text
    paragraphs = result.text.split("\n\n")
    assert len(paragraphs) == 5
    assert all(p.strip() == p and "\n" not in p for p in paragraphs)
    assert result.title not in paragraphs[0]


def test_english_news_page_gives_the_article_body_and_its_metadata():
    result = extract_text(page("en-ceasefire-talks.html"))
    assert result.title == "Ceasefire talks resume in Geneva as sides trade accusations"
    assert result.byline == "Thomas Reed"
    assert result.published_at == datetime(2024, 3, 5, 16, 45, tzinfo=UTC)
    assert result.published_at.tzinfo is not None
    assert "“We are not going to trade land for promises,” he said." in result.text
    assert "possibly in Vienna." in result.text
    for furniture in ("cookies", "Subscribe", "Advertisement", "Sign up", "All rights reserved"):
        assert furniture not in result.text
    assert len(result.text.split("\n\n")) == 4


def test_extraction_never_touches_the_network(monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("extraction tried to use the network")

    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    html = page("en-ceasefire-talks.html").replace(
        "<main",
        '<img src="https://images.example/a.jpg"><iframe src="https://x.example/"></iframe><main',
    )
    assert "third round" in extract_text(html, url="https://ledger.example/world/geneva").text


def test_a_page_the_extractor_finds_nothing_in_falls_back_to_plain_text(monkeypatch):
    import trafilatura

    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *args, **kwargs: None)
    html = "<body><nav>x</nav><p>Officials denied the report.</p><script>y()</script></body>"
    result = extract_text(html)
    assert result.text == "x\n\nOfficials denied the report."
    assert result.title is None


def test_a_failing_extractor_does_not_lose_the_text(monkeypatch):
    import trafilatura

    def broken(*args, **kwargs):
        raise RuntimeError("internal extractor bug")

    monkeypatch.setattr(trafilatura, "bare_extraction", broken)
    assert extract_text("<p>The minister confirmed the visit.</p>").text == (
        "The minister confirmed the visit."
    )


def test_a_short_fragment_still_gives_its_text():
    assert "agreed to talk" in extract_text("<p>Both sides agreed to talk again.</p>").text


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   \n ",
        "<script>var x = 1;</script>",
        "<html><body><div><script>var x = 1;</script></div><p></body>",
        "<<<<>>>></ <p <div",
        "<html><head><title>Only a title</title></head><body></body></html>",
        "\x00\x01\x02",
    ],
)
def test_html_without_readable_text_raises_a_clear_error(html):
    with pytest.raises(ExtractionError, match="No readable text"):
        extract_text(html)


def test_binary_data_is_refused_as_binary():
    png = "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + "".join(chr(c) for c in range(1, 32)) * 20
    with pytest.raises(ExtractionError, match="binary data"):
        extract_text(png)
    # A stray control character in a real page is cleaned, not fatal.
    assert extract_text("<p>Officials\x0b confirmed the visit.</p>").text == (
        "Officials confirmed the visit."
    )


def test_publication_date_is_read_from_json_ld_and_a_bare_date_is_taken_as_utc():
    json_ld = (
        '<html><head><script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, '
        '{"@type": "NewsArticle", "datePublished": "2024-01-02T08:00:00-05:00"}]}</script>'
        "</head><body><p>The ministry confirmed the figures on Tuesday.</p></body></html>"
    )
    assert extract_text(json_ld).published_at == datetime(2024, 1, 2, 13, 0, tzinfo=UTC)
    bare = (
        '<html><head><meta property="article:published_time" content="2023-05-06"></head>'
        "<body><p>The ministry confirmed the figures on Tuesday.</p></body></html>"
    )
    assert extract_text(bare).published_at == datetime(2023, 5, 6, tzinfo=UTC)


def test_implausible_publication_dates_are_ignored():
    html = (
        '<html><head><meta property="article:published_time" content="2999-01-01T00:00:00Z">'
        "</head><body><p>The ministry confirmed the figures on Tuesday.</p></body></html>"
    )
    published = extract_text(html).published_at
    assert published is None or published.year < 2999


# --- html_to_text -------------------------------------------------------------------------------


def test_html_to_text_keeps_paragraphs_and_drops_code():
    html = (
        "<div><p>First &amp; foremost,&nbsp;the  minister\n said.</p>"
        "<script>alert('<p>no</p>')</script><style>p { color: red }</style>"
        "<p>Second line one<br>line two</p><ul><li>item a</li><li>item b</li></ul>"
        "<noscript>enable js</noscript><svg><text>chart</text></svg>tail &#8212; end</div>"
    )
    assert html_to_text(html) == (
        "First & foremost, the minister said.\n\nSecond line one\nline two\n\n"
        "item a\n\nitem b\n\ntail — end"
    )


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("", ""),
        ("plain text, no tags", "plain text, no tags"),
        ("x < y and y > z", "x < y and y > z"),
        ("<p>unclosed <b>bold", "unclosed bold"),
        ("<p>a</p><p <div", "a"),
        ("<p>nul\x00byte</p>", "nul byte"),
        ("<p>entity &unknown; &lt;tag&gt;</p>", "entity &unknown; <tag>"),
        ("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "a b\n\nc"),
    ],
)
def test_html_to_text_handles_odd_input(html, expected):
    assert html_to_text(html) == expected


# --- detect_language ----------------------------------------------------------------------------


def test_seed_article_is_detected_as_indonesian(seed_text):
    assert detect_language(seed_text, allowed=["en", "id"]) == "id"


def test_english_text_is_detected_as_english():
    assert detect_language(ENGLISH, allowed=["en", "id"]) == "en"
    english_page = extract_text(page("en-ceasefire-talks.html")).text
    assert detect_language(english_page, allowed=("id", "en")) == "en"


def test_language_outside_the_allowed_ones_gives_none(seed_text):
    assert detect_language(seed_text, allowed=["en"]) is None
    assert detect_language(FRENCH, allowed=["en", "id"]) is None
    assert detect_language(FRENCH, allowed=["fr"]) == "fr"


def test_malay_counts_as_indonesian_only_when_malay_itself_is_not_allowed():
    assert detect_language(MALAY, allowed=["en", "id"]) == "id"
    assert detect_language(MALAY, allowed=["en", "id", "ms"]) == "ms"
    assert detect_language(MALAY, allowed=["en"]) is None


@pytest.mark.parametrize("text", ["", "   ", "ok", "12345 67890 !!!", "\u2603\u2603\u2603"])
def test_too_little_text_gives_none(text):
    assert detect_language(text, allowed=["en", "id"]) is None


def test_no_allowed_language_gives_none():
    assert detect_language(ENGLISH, allowed=[]) is None
