"""From HTML to the plain text that statements point into, and which language that text is in."""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from html.parser import HTMLParser

logger = logging.getLogger(__name__)


class ExtractionError(Exception):
    """The HTML holds no readable text; the message says so in words a person can act on."""


@dataclass(frozen=True)
class ExtractedPage:
    title: str | None
    text: str
    published_at: datetime | None
    byline: str | None


# --- plain text from any HTML -------------------------------------------------------------------

# Elements whose content is never reader-facing text.
SKIPPED = frozenset(
    {"script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas",
     "title", "select", "button"}
)  # fmt: skip
# Elements that start and end a paragraph of their own.
BLOCKS = frozenset(
    {"address", "article", "aside", "blockquote", "caption", "dd", "details", "div", "dl", "dt",
     "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
     "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
     "thead", "tfoot", "tr", "ul", "body", "html", "head"}
)  # fmt: skip
VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
     "source", "track", "wbr"}
)  # fmt: skip
# C0/C1 controls other than tab and newlines, which no text should carry.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.lines: list[str] = []
        self.current: list[str] = []
        self.skip_depth = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in SKIPPED:
            self.skip_depth += 1
        elif tag == "br":
            self._end_line()
        elif tag in BLOCKS:
            self._end_paragraph()
        elif tag in ("td", "th"):
            self.current.append(" ")

    def handle_startendtag(self, tag: str, attrs) -> None:
        # <br/>, <hr/>, and a self-closed <div/> open nothing that needs closing.
        if tag == "br":
            self._end_line()
        elif tag in BLOCKS:
            self._end_paragraph()

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIPPED:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag in BLOCKS:
            self._end_paragraph()

    def handle_data(self, data: str) -> None:
        if not self.skip_depth:
            self.current.append(data)

    def _end_line(self) -> None:
        line = " ".join("".join(self.current).split())
        self.current = []
        if line:
            self.lines.append(line)

    def _end_paragraph(self) -> None:
        self._end_line()
        if self.lines:
            self.paragraphs.append("\n".join(self.lines))
            self.lines = []

    def close(self) -> None:
        # An unfinished tag at the very end ("... <p <div") is broken markup, not text.
        if re.match(r"<[A-Za-z/!?]", self.rawdata):
            self.rawdata = ""
        super().close()

    def text(self) -> str:
        self._end_paragraph()
        return "\n\n".join(self.paragraphs)


def html_to_text(html: str) -> str:
    """Readable plain text from HTML (a feed entry, a fragment or a page).

    Scripts, styles and similar are dropped, entities decoded, whitespace collapsed; paragraphs
    are separated by a blank line and <br> becomes a line break. Never raises on bad markup.
    """
    if not html:
        return ""
    collector = _TextCollector()
    collector.feed(CONTROL.sub(" ", html))
    collector.close()
    return collector.text().replace("\xa0", " ").strip()


# --- the article body of a page -----------------------------------------------------------------


def extract_text(html: str, url: str | None = None) -> ExtractedPage:
    """Title, body text (paragraphs separated by blank lines), date and byline of a news page.

    The main content is found by trafilatura; when it finds none (a very short or unusual page)
    the whole page is turned into text instead. Nothing is downloaded: trafilatura only ever
    receives a parsed tree. Raises ExtractionError when the page has no text at all.
    """
    html = html or ""
    controls = len(CONTROL.findall(html))
    if controls > max(8, len(html) // 50):
        # Web pages carry essentially no control characters; an image or archive is full of them.
        raise ExtractionError(
            f"This looks like binary data ({controls:,} control characters), not a web page "
            "with text."
        )
    html = CONTROL.sub(" ", html)
    tree = _parse(html)
    document = _trafilatura(tree, url) if tree is not None else None
    text = ""
    title = byline = None
    date_text = None
    if document is not None:
        title = _clean(document.title)
        byline = _clean(document.author)
        date_text = document.date
        text = _paragraphs(document.text or "")
    if not text:
        text = html_to_text(html)
    first, _, rest = text.partition("\n\n")
    if title and first == title:
        # The headline is often repeated as the first line of the body; the body is kept apart.
        text = rest
    if not any(ch.isalnum() for ch in text):
        raise ExtractionError(
            "No readable text found in the HTML: the page is empty, or only scripts and markup."
        )
    published = (_meta_published(tree) if tree is not None else None) or _parse_date(date_text)
    return ExtractedPage(title=title, text=text, published_at=published, byline=byline)


def _parse(html: str):
    import lxml.html

    if not html.strip():
        return None
    try:
        # Bytes with an explicit encoding: lxml refuses str input with an XML declaration.
        parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True)
        return lxml.html.document_fromstring(html.encode("utf-8", "replace"), parser=parser)
    except Exception as exc:  # lxml raises several types on garbage; garbage is not an error here
        logger.debug("HTML could not be parsed: %s", exc)
        return None


def _trafilatura(tree, url: str | None):
    import trafilatura

    try:
        return trafilatura.bare_extraction(
            tree,
            url=url,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            with_metadata=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # a bug in the extractor must not lose the article
        logger.warning("trafilatura failed on %s: %s", url or "submitted HTML", exc)
        return None


def _clean(value: str | None) -> str | None:
    value = " ".join((value or "").split())
    return value or None


def _paragraphs(text: str) -> str:
    """trafilatura puts one paragraph per line; FactDesk separates paragraphs by a blank line."""
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n\n".join(line for line in lines if line)


PUBLISHED_META = (
    ("property", "article:published_time"),
    ("itemprop", "datePublished"),
    ("name", "article:published_time"),
    ("name", "pubdate"),
    ("name", "publishdate"),
    ("name", "publish-date"),
    ("name", "parsely-pub-date"),
    ("name", "sailthru.date"),
    ("name", "dc.date.issued"),
    ("name", "dcterms.created"),
    ("name", "date"),
    ("property", "og:published_time"),
)


def _meta_published(tree) -> datetime | None:
    """The publication time declared by the page, with its time and zone (trafilatura keeps
    only the day)."""
    for attribute, name in PUBLISHED_META:
        for element in tree.iter("meta"):
            if (element.get(attribute) or "").strip().lower() == name.lower():
                found = _parse_date(element.get("content") or element.get("datetime"))
                if found:
                    return found
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        found = _parse_date(_json_ld_date(data))
        if found:
            return found
    for element in tree.iter("time"):
        if element.get("datetime") and (
            "pubdate" in element.attrib or "published" in (element.get("class") or "")
        ):
            found = _parse_date(element.get("datetime"))
            if found:
                return found
    return None


def _json_ld_date(data, depth: int = 0) -> str | None:
    if depth > 5:
        return None
    if isinstance(data, list):
        for item in data:
            found = _json_ld_date(item, depth + 1)
            if found:
                return found
    elif isinstance(data, dict):
        value = data.get("datePublished")
        if isinstance(value, str):
            return value
        return _json_ld_date(data.get("@graph"), depth + 1)
    return None


def _parse_date(value: str | None) -> datetime | None:
    """An aware datetime from an ISO 8601 date or date-time; a date without a zone is UTC."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    # A date from before the web or from the future is a template default, not a publication.
    if not datetime(1991, 1, 1, tzinfo=UTC) <= parsed <= datetime.now(UTC) + timedelta(days=2):
        return None
    return parsed


# --- language -----------------------------------------------------------------------------------

# Languages the detector chooses among. Detecting among many more costs a lot (all 75 lingua
# languages in high-accuracy mode take about 900 MB and several seconds to load); these cover the
# languages most news is published in, so that a text in one of them is recognised as such
# rather than forced into the nearest supported language.
DETECTED_LANGUAGES = (
    "ENGLISH", "INDONESIAN", "MALAY", "TAGALOG", "VIETNAMESE", "THAI", "CHINESE", "JAPANESE",
    "KOREAN", "HINDI", "BENGALI", "URDU", "PERSIAN", "ARABIC", "HEBREW", "TURKISH", "RUSSIAN",
    "UKRAINIAN", "POLISH", "CZECH", "HUNGARIAN", "ROMANIAN", "GREEK", "GERMAN", "DUTCH",
    "SWEDISH", "FRENCH", "SPANISH", "PORTUGUESE", "ITALIAN", "SWAHILI",
)  # fmt: skip
MIN_CONFIDENCE = 0.5
MIN_LETTERS = 10
# Detection reads the opening of the text: a few thousand characters decide as well as a whole
# long article, in a fraction of the time.
SAMPLE_CHARS = 5000
# Malay and Indonesian are two standard forms of one language; which one lingua picks for a short
# or mixed text is close to a coin toss. When a deployment supports only one of them, text in the
# other is counted as the supported one rather than rejected.
CLOSE_VARIANTS = {"ms": "id", "id": "ms"}


@lru_cache(maxsize=1)
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    languages = [getattr(Language, name) for name in DETECTED_LANGUAGES]
    # Low-accuracy mode uses trigram models only: about 35 MB instead of 300 MB for these
    # languages, and as accurate as the full models on article-length text (lingua's own
    # evaluation); articles are long, and very short texts are refused anyway.
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()


def detect_language(text: str, allowed) -> str | None:
    """The ISO 639-1 code of the text's language if it is one of ``allowed`` and the detector is
    confident enough, else None."""
    allowed = {code.strip().lower() for code in allowed or () if code and code.strip()}
    sample = (text or "")[:SAMPLE_CHARS]
    if not allowed or sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return None
    scores: dict[str, float] = {}
    for value in _detector().compute_language_confidence_values(sample):
        code = value.language.iso_code_639_1.name.lower()
        scores[code] = scores.get(code, 0.0) + value.value
    for variant, supported in CLOSE_VARIANTS.items():
        if variant not in allowed and supported in allowed and variant in scores:
            scores[supported] = scores.get(supported, 0.0) + scores.pop(variant)
    if not scores:
        return None
    best = max(scores, key=scores.__getitem__)
    if best in allowed and scores[best] >= MIN_CONFIDENCE:
        return best
    return None
