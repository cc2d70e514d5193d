"""Article text with spans marked up, safely: every character of the text is escaped.

Statements carry offsets into their article's extracted text. Offsets can be stale (the text was
re-extracted) or overlap (two statements in one sentence), so spans are checked against the text
and overlapping spans are split into segments, each wrapped once with the classes of every span
that covers it.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    css: str
    title: str = ""
    anchor: str = ""


def locate(text: str, start: int, end: int, expected: str) -> tuple[int, int] | None:
    """The span's offsets if they still point at ``expected``, else where it first occurs."""
    if not expected:
        return None
    if 0 <= start <= end <= len(text) and text[start:end] == expected:
        return start, end
    found = text.find(expected)
    if found < 0:
        return None
    return found, found + len(expected)


def mark_spans(text: str, spans: list[Span]) -> SafeString:
    """Escape ``text`` and wrap each span in ``<mark>``; spans outside the text are dropped."""
    usable = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    if not usable:
        return mark_safe(escape(text))  # noqa: S308 (the whole text is escaped)
    bounds = sorted({0, len(text), *(s.start for s in usable), *(s.end for s in usable)})
    anchors_done: set[str] = set()
    parts: list[str] = []
    for left, right in pairwise(bounds):
        piece = escape(text[left:right])
        covering = [s for s in usable if s.start <= left and right <= s.end]
        if not covering:
            parts.append(piece)
            continue
        classes = " ".join(dict.fromkeys(s.css for s in covering))
        title = "; ".join(dict.fromkeys(s.title for s in covering if s.title))
        anchor = next((s.anchor for s in covering if s.anchor and s.anchor not in anchors_done), "")
        if anchor:
            anchors_done.add(anchor)
            parts.append(
                format_html(
                    '<mark id="{}" class="{}" title="{}">{}</mark>', anchor, classes, title, piece
                )
            )
        else:
            parts.append(
                format_html('<mark class="{}" title="{}">{}</mark>', classes, title, piece)
            )
    return mark_safe("".join(parts))  # noqa: S308 (built from escaped pieces)


def statement_sentence(statement) -> SafeString:
    """The statement's sentence with its speaker(s), cue and content marked."""
    sentence = statement.sentence or ""
    base = statement.sentence_start
    spans: list[Span] = []
    content = locate(
        sentence,
        statement.content_start - base,
        statement.content_end - base,
        statement.content,
    )
    if content:
        spans.append(Span(*content, "hl-content", "what was said"))
    cue = locate(sentence, statement.cue_start - base, statement.cue_end - base, statement.cue)
    if cue:
        spans.append(Span(*cue, "hl-cue", f"cue: {statement.get_stance_display().lower()}"))
    # Speakers have no stored offsets: each surface form is looked up in the sentence.
    rows = getattr(statement, "speaker_rows", None)
    surfaces = [r.surface for r in rows.all()] if rows is not None else []
    if not surfaces and statement.speaker_text:
        surfaces = [s.strip() for s in statement.speaker_text.split(" / ")]
    for surface in surfaces:
        found = locate(sentence, -1, -1, surface)
        if found:
            spans.append(Span(*found, "hl-speaker", "speaker"))
    return mark_spans(sentence, spans)


STANCE_CSS = {
    "accuses": "stance-accuses",
    "asserts": "stance-asserts",
    "denies": "stance-denies",
    "confirms": "stance-confirms",
    "questions": "stance-questions",
    "promises": "stance-promises",
    "reports": "stance-reports",
}


def article_text(article, statements) -> SafeString:
    """The article's extracted text with each statement's content and cue marked."""
    text = article.text or ""
    spans: list[Span] = []
    for st in statements:
        label = f"{st.speaker_text or '?'} — {st.cue} ({st.get_stance_display().lower()})"
        content = locate(text, st.content_start, st.content_end, st.content)
        if content:
            spans.append(
                Span(
                    *content,
                    f"hl-content {STANCE_CSS.get(st.stance, '')}".strip(),
                    label,
                    f"statement-{st.pk}",
                )
            )
        cue = locate(text, st.cue_start, st.cue_end, st.cue)
        if cue:
            spans.append(Span(*cue, "hl-cue", label))
    return mark_spans(text, spans)
