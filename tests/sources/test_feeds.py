from datetime import UTC, datetime
from pathlib import Path

import pytest

from sources.feeds import FeedError, fetch_feed, parse_feed
from sources.fetching import FetchError
from tests.sources.test_fetching import LocalServer, send

FEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "feeds"
PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"
RSS = (FEEDS / "warta-nusantara.rss").read_bytes()
ATOM = (FEEDS / "daily-ledger.atom").read_bytes()


@pytest.fixture
def server():
    with LocalServer() as local:
        yield local


def serve_feed(server, path: str, body: bytes, etag: str, content_type="application/rss+xml"):
    """A feed that answers 304 to a request carrying its current ETag."""

    def answer(h):
        if h.headers.get("If-None-Match") == etag:
            send(h, status=304, content_type=None, length=False)
        else:
            headers = {"ETag": etag, "Last-Modified": "Sat, 14 Oct 2023 03:00:00 GMT"}
            send(h, body, content_type=content_type, headers=headers)

    server.routes[path] = answer


# --- parse_feed ---------------------------------------------------------------------------------


def test_rss_entries_with_links_resolved_against_the_feed_url():
    feed = parse_feed(RSS, "https://warta-nusantara.example/rss/dunia.xml")
    assert feed.title == "Warta Nusantara - Dunia"
    first, second, third = feed.entries
    assert first.url == (
        "https://warta-nusantara.example/pages/id-korut-senjata-rusia.html"
        "?utm_source=rss&utm_medium=feed"
    )
    assert first.title == "AS Tuduh Korea Utara Pasok Senjata ke Rusia"
    assert first.published_at == datetime(2023, 10, 14, 2, 30, tzinfo=UTC)
    assert first.guid == "warta-2023-10-14-0001"
    assert "seribu kontainer" in first.content_html
    assert "Gedung Putih menuduh" in first.summary_html
    assert "track()" not in first.summary_html
    assert second.url == "https://warta-nusantara.example/dunia/menlu-krisis-pangan"
    assert second.published_at == datetime(2023, 10, 13, 14, 0, tzinfo=UTC)
    assert second.content_html is None
    assert third.url is None
    assert third.title == "Entri tanpa tautan"


def test_atom_entries_use_xml_base_and_fall_back_to_the_updated_time():
    feed = parse_feed(ATOM, "https://ledger.example/feeds/world.atom")
    assert feed.title == "The Daily Ledger: World"
    talks, rates = feed.entries
    assert talks.url == "https://ledger.example/world/geneva-round-three"
    assert talks.published_at == datetime(2024, 3, 5, 16, 45, tzinfo=UTC)
    assert talks.guid == "tag:ledger.example,2024:geneva-round-three"
    assert "denied that any concessions" in talks.content_html
    assert rates.url == "https://ledger.example/business/rates-steady"
    assert rates.published_at == datetime(2024, 3, 4, 13, 0, tzinfo=UTC)


def test_a_feed_in_a_declared_legacy_encoding_is_decoded():
    body = (
        '<?xml version="1.0" encoding="iso-8859-1"?><rss version="2.0"><channel>'
        "<title>Caf\xe9 news</title><item><title>D\xe9menti officiel</title>"
        "<link>https://x.example/a</link></item></channel></rss>"
    ).encode("latin-1")
    feed = parse_feed(body, "https://x.example/rss")
    assert feed.title == "Café news"
    assert feed.entries[0].title == "Démenti officiel"


def test_a_valid_feed_without_entries_is_not_an_error():
    empty = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Sepi</title></channel></rss>'
    feed = parse_feed(empty, "https://x.example/rss")
    assert feed.title == "Sepi" and feed.entries == []


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"   ",
        (PAGES / "en-ceasefire-talks.html").read_bytes(),
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"<rss><channel><title>cut off",
        b'{"not": "a feed"}',
    ],
)
def test_a_body_that_is_not_a_feed_raises_feed_error(body):
    with pytest.raises(FeedError) as exc:
        parse_feed(body, "https://x.example/rss")
    assert "feed" in str(exc.value)


def test_a_feed_body_is_never_taken_as_a_file_name_or_url(tmp_path, server):
    local_file = tmp_path / "local.rss"
    local_file.write_bytes(RSS)
    server.routes["/leak.rss"] = lambda h: send(h, RSS, content_type="application/rss+xml")
    for body in (str(local_file).encode(), server.url("/leak.rss").encode()):
        with pytest.raises(FeedError):
            parse_feed(body, "https://x.example/rss")
    assert server.requests == []


# --- fetch_feed ---------------------------------------------------------------------------------


def test_fetch_feed_sends_validators_and_gets_none_on_304(server):
    serve_feed(server, "/feeds/world.atom", ATOM, '"atom-1"', "application/atom+xml; charset=utf-8")
    result, feed = fetch_feed(server.url("/feeds/world.atom"))
    assert result.etag == '"atom-1"' and len(feed.entries) == 2
    result, feed = fetch_feed(
        server.url("/feeds/world.atom"), etag=result.etag, last_modified=result.last_modified
    )
    assert feed is None and result.not_modified
    assert result.etag == '"atom-1"'
    assert result.last_modified == "Sat, 14 Oct 2023 03:00:00 GMT"
    sent = server.requests[1][1]
    assert sent["if-none-match"] == '"atom-1"'
    assert sent["if-modified-since"] == "Sat, 14 Oct 2023 03:00:00 GMT"
    assert "application/rss+xml" in sent["accept"]


def test_fetch_feed_refuses_an_html_page(server):
    server.routes["/not-a-feed"] = lambda h: send(h, b"<html><body>hi</body></html>")
    with pytest.raises(FetchError, match="text/html"):
        fetch_feed(server.url("/not-a-feed"))


def test_fetch_feed_refuses_xml_that_is_not_a_feed(server):
    server.routes["/sitemap.xml"] = lambda h: send(
        h, b"<?xml version='1.0'?><urlset><url><loc>x</loc></urlset>", content_type="text/xml"
    )
    with pytest.raises(FeedError):
        fetch_feed(server.url("/sitemap.xml"))


# --- through the feed poll service --------------------------------------------------------------


@pytest.mark.django_db
def test_feed_poll_ingests_entries_then_gets_not_modified(server):
    from sources.models import Article
    from sources.services import _article_prepare_text, feed_get_or_create, feed_poll

    serve_feed(server, "/feeds/dunia.rss", RSS, '"rss-1"')
    page = (PAGES / "id-korut-senjata-rusia.html").read_bytes()
    server.routes["/pages/id-korut-senjata-rusia.html"] = lambda h: send(h, page)
    feed = feed_get_or_create(url=server.url("/feeds/dunia.rss?utm_source=x"), language="id")
    assert feed.url == server.url("/feeds/dunia.rss")

    assert feed_poll(feed) == 2
    feed.refresh_from_db()
    assert (feed.last_status, feed.last_error) == ("ok", "")
    assert feed.etag == '"rss-1"'
    assert feed.title == "Warta Nusantara - Dunia"
    assert feed.entries_seen == 2
    article = Article.objects.get(url=server.url("/pages/id-korut-senjata-rusia.html"))
    assert article.feed == feed
    assert article.title == "AS Tuduh Korea Utara Pasok Senjata ke Rusia"
    assert article.published_at == datetime(2023, 10, 14, 2, 30, tzinfo=UTC)
    assert article.submitted_text.startswith("Gedung Putih pada Jumat menuduh Korea Utara")
    assert "\n\nPyongyang dan Moskow membantah" in article.submitted_text
    assert "<p>" not in article.submitted_text

    # The second poll is conditional and the unchanged feed costs nothing.
    assert feed_poll(feed) == 0
    feed.refresh_from_db()
    assert feed.last_status == "not_modified"
    assert feed.etag == '"rss-1"'
    assert server.requests[-1][1]["if-none-match"] == '"rss-1"'
    assert Article.objects.count() == 2

    # Processing fetches the full page the entry links to, from the same kind of server.
    _article_prepare_text(article)
    assert "Para analis di Seoul" in article.text
    assert article.language == "id"
    assert "/pages/id-korut-senjata-rusia.html" in server.paths()


@pytest.mark.django_db
def test_feed_poll_records_why_a_feed_failed(server):
    from sources.services import feed_get_or_create, feed_poll

    server.routes["/gone.rss"] = lambda h: send(h, b"gone", status=410, content_type="text/plain")
    server.routes["/html.rss"] = lambda h: send(
        h, b"<html>x</html>", content_type="application/xml"
    )
    for path, message in (("/gone.rss", "HTTP 410"), ("/html.rss", "not an RSS or Atom feed")):
        feed = feed_get_or_create(url=server.url(path))
        assert feed_poll(feed) == 0
        feed.refresh_from_db()
        assert feed.last_status == "error"
        assert message in feed.last_error
