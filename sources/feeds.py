"""RSS and Atom feeds: fetch one conditionally and turn its entries into article candidates."""

from __future__ import annotations

import io
from calendar import timegm
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

from .fetching import FetchResult, fetch

FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
    "application/x-rss+xml",
    "application/x-atom+xml",
    "application/feed+json",
)


class FeedError(Exception):
    """The body is not an RSS or Atom feed; the message says what was wrong."""


@dataclass(frozen=True)
class FeedEntry:
    url: str | None
    title: str | None
    published_at: datetime | None
    summary_html: str | None
    content_html: str | None
    guid: str | None


@dataclass(frozen=True)
class ParsedFeed:
    title: str | None
    entries: list[FeedEntry]


def parse_feed(data: bytes, url: str, charset: str | None = None) -> ParsedFeed:
    """Parse a feed document; entry links are made absolute against the feed's URL.

    ``charset`` is the one the server declared, if any; otherwise the document's own XML
    declaration (or UTF-8) decides.
    """
    import feedparser

    if isinstance(data, str):
        data = data.encode("utf-8")
    if not data or not data.strip():
        raise FeedError("The feed is empty.")
    # A stream, never bytes or str: feedparser treats a str as a URL to download and bytes as a
    # file name to open, and a feed body must never make this service do either.
    parsed = feedparser.parse(
        io.BytesIO(data),
        # Declared as generic XML so that feedparser reads the encoding from the document
        # (text/xml without a charset would mean US-ASCII, and no type at all is flagged).
        response_headers={
            "content-location": url,
            "content-type": f"application/xml; charset={charset}" if charset else "application/xml",
        },
        sanitize_html=True,
        resolve_relative_uris=True,
    )
    if not parsed.entries and (parsed.get("bozo") or not parsed.get("version")):
        problem = parsed.get("bozo_exception")
        detail = f" ({str(problem)[:200]})" if problem else ""
        raise FeedError(f"This is not an RSS or Atom feed{detail}.")
    entries = [_entry(item, url) for item in parsed.entries]
    return ParsedFeed(title=_text(parsed.feed.get("title")), entries=entries)


def _text(value) -> str | None:
    value = " ".join(str(value or "").split())
    return value or None


def _absolute(link: str | None, base: str) -> str | None:
    link = (link or "").strip()
    if not link:
        return None
    absolute = urljoin(base, link)
    return absolute if urlsplit(absolute).scheme in ("http", "https") else None


def _entry_link(item, base: str) -> str | None:
    link = _absolute(item.get("link"), base)
    if link:
        return link
    for candidate in item.get("links") or ():
        if candidate.get("rel", "alternate") == "alternate":
            link = _absolute(candidate.get("href"), base)
            if link:
                return link
    # RSS 2.0: a guid is the permanent link unless it says isPermaLink="false".
    if item.get("guidislink"):
        return _absolute(item.get("id"), base)
    return None


def _entry_time(item) -> datetime | None:
    # feedparser gives struct_time in UTC, whatever zone the feed wrote.
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = item.get(key)
        if value:
            try:
                return datetime.fromtimestamp(timegm(value), tz=UTC)
            except (OverflowError, ValueError, OSError):
                continue
    return None


def _entry(item, base: str) -> FeedEntry:
    content = None
    for block in item.get("content") or ():
        if block.get("value"):
            content = block["value"]
            break
    return FeedEntry(
        url=_entry_link(item, base),
        title=_text(item.get("title")),
        published_at=_entry_time(item),
        summary_html=item.get("summary") or None,
        content_html=content,
        guid=_text(item.get("id")),
    )


def fetch_feed(
    url: str, etag: str | None = None, last_modified: str | None = None
) -> tuple[FetchResult, ParsedFeed | None]:
    """Fetch a feed, conditionally when validators from the last poll are given.

    Returns the fetch result and the parsed feed, or None in its place when the server answered
    304 Not Modified. Raises FetchError or FeedError.
    """
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    result = fetch(url, accept=FEED_TYPES, headers=headers)
    if result.not_modified:
        return result, None
    return result, parse_feed(result.body, result.url, charset=result.charset)
