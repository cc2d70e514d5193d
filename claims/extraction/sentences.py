"""Sentence units for attribution: a quote stays with its attribution.

A unit ends at ., ! or ? outside quotes, when the next word does not start in lower case and the
word before the stop is not an abbreviation or an initial. A line break ends a unit (news
text puts each paragraph on its own line), which also bounds the damage of an unclosed quote,
but for a quote closed after a comma, whose attribution follows on the next line. After a
closing quote, a short tail that holds a cue (``"..." kata Kim.``) stays in the unit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .lexicon import Lexicon, get_lexicon

OPENING_QUOTES = "“«„"
CLOSING_QUOTES = "”»"
STRAIGHT_QUOTE = '"'
QUOTE_CHARS = OPENING_QUOTES + CLOSING_QUOTES + STRAIGHT_QUOTE

_LINES = re.compile(r"[^\n\r\u2028\u2029\x0b\x0c\x1c-\x1e\x85]+")
# Two apostrophes stand for a double quote in some archives ('' ... ''), two typographic ones
# in some Indonesian papers (‘’ ... ’’).
_TWO = "''|‘’|‘‘|’’"
TWO_MARKS = frozenset(_TWO.split("|"))
_EVENTS = re.compile(
    rf"(?P<term>[.!?…]+)(?P<tail>(?:{_TWO}|[”\"’»)\]])*)|(?P<open>[“«„])|(?P<close>[”»])|\"|{_TWO}"
)
_TAIL_MARKS = re.compile(rf"{_TWO}|[”\"»]")
_QUOTES = re.compile(f"{_TWO}|[{QUOTE_CHARS}]")
_TAIL_END = re.compile(r"[.!?…]")
_INITIAL = re.compile(r"^(?:[^\W\d_]|(?:[^\W\d_]\.)+[^\W\d_])$")
_MAX_ATTRIBUTION_TAIL = 8


@dataclass(frozen=True)
class Span:
    """Characters ``start:end`` of the text given to the extractor; ``text`` is that slice."""

    start: int
    end: int
    text: str


def _straight_opens(text: str, pos: int, line_start: int) -> bool:
    return pos == line_start or text[pos - 1].isspace() or text[pos - 1] in "([{—–-/"


def _closing_mark_opens(text: str, pos: int, line_start: int, end: int) -> bool:
    """A closing mark used to open ("”We will not tolerate this,” said Zebari", as some wire
    copy prints it): outside any quote, before a word and after a space or nothing."""
    return _straight_opens(text, pos, line_start) and pos + 1 < end and not text[pos + 1].isspace()


def _word_before(text: str, end: int, line_start: int) -> str:
    i = end
    while i > line_start and not text[i - 1].isspace() and text[i - 1] not in QUOTE_CHARS + "([":
        i -= 1
    return text[i:end]


def _attribution_follows(text: str, pos: int, line_end: int, lexicon: Lexicon) -> bool:
    """True when the words after a closing quote are a short attribution ("he said.")."""
    stop = _TAIL_END.search(text, pos, line_end)
    tail_end = stop.start() if stop else line_end
    # up to the first comma: "Satheesan asked, reacting to the allegations raised by ..."
    comma = text.find(",", pos, tail_end)
    if comma >= 0:
        tail_end = comma
    if any(ch in QUOTE_CHARS for ch in text[pos:tail_end]):
        # 'Socheata juga menuduh Thailand "melanggar ..."': a sentence with a quote of its own
        return False
    words = [m.group().lower() for m in lexicon.token_re.finditer(text, pos, tail_end)]
    words = [w for w in words if w[0].isalnum()]
    if not words or len(words) > _MAX_ATTRIBUTION_TAIL:
        return False
    return any(w in lexicon.cue_words for w in words)


def _line_units(text: str, start: int, end: int, lexicon: Lexicon) -> Iterator[tuple[int, int]]:
    depth = 0
    unit_start = start
    for m in _EVENTS.finditer(text, start, end):
        kind = m.lastgroup
        if kind == "open":
            depth += 1
            continue
        if kind == "close":
            if not depth and _closing_mark_opens(text, m.start(), start, end):
                depth = 1
            else:
                depth = max(0, depth - 1)
            continue
        if kind is None:  # straight quote
            if _straight_opens(text, m.start(), start):
                depth += 1
            else:
                depth = max(0, depth - 1)
            continue
        tail = m.group("tail")
        closed = False
        opener = None
        for mark in _TAIL_MARKS.finditer(tail):
            if not depth and mark.end() == len(tail) and m.end() < end and text[m.end()].isalpha():
                # "... perbatasan Rusia.”Ini menciptakan ...": with no quote open, a mark glued
                # to the next word opens one, and a new unit
                opener = m.start("tail") + mark.start()
                break
            depth = max(0, depth - 1)
            closed = True
        if opener is not None:
            yield unit_start, opener
            unit_start, depth = opener, 1
            continue
        if depth:
            continue
        stop = m.end()
        # "...on social media.“We are keeping a watch": a quote opened without the space;
        # "... sangat memalukan.Dia kembali memastikan": a sentence begun without it
        glued = (
            m.group("term") == "."
            and not tail
            and stop + 1 < end
            and text[stop].isupper()
            and text[stop + 1].islower()
            and m.start() > 0
            and text[m.start() - 1].islower()
        )
        if (
            stop < end
            and not text[stop].isspace()
            and text[stop] not in OPENING_QUOTES
            and not glued
        ):
            continue
        nxt = stop
        while nxt < end and text[nxt].isspace():
            nxt += 1
        if nxt >= end:
            continue
        if text[nxt].islower():
            continue
        term = m.group("term")
        if term == "." and not tail:
            word = _word_before(text, m.start(), start)
            if (word + ".").lower() in lexicon.abbreviations:
                continue
            if _INITIAL.match(word) and (
                len(word) > 1 or text[nxt] not in QUOTE_CHARS or _nickname(text, nxt, end)
            ):
                # an initial goes on with a name; "... terhadap Brigadir J. “Timsus menemukan":
                # a quote after a lone letter opens a new sentence, but for a nickname
                # ('George W. "Dubya" Bush'); after a place's initials the quote may go on
                # ('Fort Mill, S.C. "It seems ...')
                continue
        if closed and _attribution_follows(text, nxt, end, lexicon):
            continue
        yield unit_start, stop
        unit_start = nxt
    yield unit_start, end


# A quoted nickname inside a name has at most this many words.
NICKNAME_MAX_WORDS = 2


def _nickname(text: str, at: int, end: int) -> bool:
    """Whether the quote opened at ``at`` is a nickname: a word or two, closed, and a
    capitalised word after it ('"Dubya" Bush')."""
    close = next((i for i in range(at + 1, end) if text[i] in QUOTE_CHARS), None)
    if close is None or len(text[at + 1 : close].split()) > NICKNAME_MAX_WORDS:
        return False
    after = text[close + 1 : end].lstrip()
    return after[:1].isupper()


_DOUBLE_MARKS = re.compile(f"[{QUOTE_CHARS}]|''|‘‘|’’")
_SINGLE_OPENING = "'‘"
_SINGLE_CLOSING = "'’"
_SINGLE_MARKS = re.compile("['‘’]")


# In a text that also quotes with double marks, a single-marked quote has at least this many words.
MIXED_QUOTE_MIN_WORDS = 6


def _within(i: int, segments: list[tuple[int, int]]) -> bool:
    return any(start <= i <= end for start, end in segments)


# A paragraph break: a line break with only blanks before the next line.
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n")
# A line followed by another in the same paragraph.
_WRAPPED_LINE = re.compile(r"^[^\n]*\S[ \t\r]*\n(?=[ \t]*\S)", re.MULTILINE)
# What a line that ends its sentence or paragraph ends on.
_LINE_END = '.!?:;"”’»)]…'
# The widths hard-wrapped news is set to, in characters.
WRAP_WIDTH = (40, 100)


def unwrapped(text: str) -> str:
    """``text`` with the line breaks of hard-wrapped paragraphs made spaces, character for
    character, when it is hard-wrapped as wire copy and e-mail print news ("... shot dead
    six\nprotesters during a violent clash ..."): paragraphs set apart by blank lines, most
    lines inside them of a column's width and ending mid-sentence. Only lines of that width are
    joined to the next: a short one is a heading or a caption. Text with one paragraph a line
    is returned as it is."""
    if len(_PARAGRAPH_BREAK.findall(text)) < 2:
        return text
    lines = [m for m in _WRAPPED_LINE.finditer(text) if m.group().strip()]
    wide = [m for m in lines if WRAP_WIDTH[0] <= len(m.group().rstrip()) <= WRAP_WIDTH[1]]
    if len(wide) < 3 or len(wide) * 4 < len(lines) * 3:
        return text
    if sum(m.group().rstrip()[-1] not in _LINE_END for m in wide) * 2 < len(wide):
        return text
    # a wrapped sentence mostly goes on in lower case; a list's items open on capitals
    if sum(text[m.end() :].lstrip(" \t")[:1].islower() for m in wide) * 2 < len(wide):
        return text
    chars = list(text)
    for m in wide:
        chars[m.end() - 1] = " "
        if chars[m.end() - 2] == "\r":
            chars[m.end() - 2] = " "
    return "".join(chars)


def single_quotes_as_double(text: str) -> str:
    """``text`` with its single quotation marks made double ones, character for character, where
    they quote ("'We have no plan,' he said.", as some papers print quotes).

    A mark opens before a letter after a space, a bracket or the start of a line, and closes
    after a letter or a stop before a space, a stop or the end of the line; an apostrophe
    inside a word ("don't") does neither. An opening mark takes the first closing one after a
    stop (",' he said"), else the first after a letter ("'fake news' claims"). In a text that
    also quotes with double marks, single ones inside a double quote are left as they are, and
    only a quote of a few words or more, mostly in lower case, opening on a capital and closing
    after a stop, is read outside them.
    """
    if not any(c in text for c in _SINGLE_OPENING):
        return text
    mixed = bool(_DOUBLE_MARKS.search(text))
    chars = list(text)
    for line in _LINES.finditer(text):
        a, b = line.span()
        quoted = quote_segments(text, a, b) if mixed else []
        marks = [m.start() for m in _SINGLE_MARKS.finditer(text, a, b)]
        opening = [
            i
            for i in marks
            if text[i] in _SINGLE_OPENING
            and i + 1 < b
            and (text[i + 1].isupper() if mixed else text[i + 1].isalpha())
            and (i == a or text[i - 1].isspace() or text[i - 1] in "([{—–-/")
            and not _within(i, quoted)
        ]
        closing = [
            i
            for i in marks
            if text[i] in _SINGLE_CLOSING
            and i > a
            and (text[i - 1] in ",.!?…" or (not mixed and text[i - 1].isalpha()))
            and (i + 1 == b or text[i + 1].isspace() or text[i + 1] in ",.;:!?…)]—–-")
            and not _within(i, quoted)
        ]
        last = a - 1
        for n, i in enumerate(opening):
            if i <= last:
                continue
            bound = opening[n + 1] if n + 1 < len(opening) else b
            after = [j for j in closing if i + 1 < j]
            strong = [j for j in after if j < bound and text[j - 1] in ",.!?…"]
            close = strong[0] if strong else next(iter(after), None)
            if close is None:
                break
            words = text[i + 1 : close].split()
            capitals = sum(w[:1].isupper() for w in words)
            if mixed and (len(words) < MIXED_QUOTE_MIN_WORDS or 2 * capitals > len(words)):
                # a phrase or a title ("Bolton and Gorka Slam 'Neocons For Hillary.'", "Impeach
                # AG Lynch, 'Stop DC at the Bathroom Door.'")
                continue
            chars[i], chars[close] = "“", "”"
            last = close
    return "".join(chars)


# A line that ends on a quote closed after a comma: the attribution was printed on the next line
# ('"We are safe,"' / 'Shekau said in a video seen by Reuters').
_QUOTE_BEFORE_BREAK = re.compile(r",\s*(?:''|’’|[”\"])\s*$")


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """The lines of ``text``, a quote's line joined to the attribution's line after it."""
    lines = [m.span() for m in _LINES.finditer(text)]
    i = 0
    while i < len(lines):
        start, end = lines[i]
        while i + 1 < len(lines) and _QUOTE_BEFORE_BREAK.search(text, start, end):
            i += 1
            end = lines[i][1]
        yield start, end
        i += 1


def sentence_bounds(text: str, lexicon: Lexicon) -> Iterator[tuple[int, int]]:
    """(start, end) of every non-empty unit, trimmed of surrounding whitespace."""
    for line_start, line_end in _paragraphs(text):
        for s, e in _line_units(text, line_start, line_end, lexicon):
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if s < e:
                yield s, e


def split_sentences(text: str, language: str) -> list[Span]:
    """The sentence units of ``text``; ValueError for a language without a lexicon."""
    lexicon = get_lexicon(language)
    if not isinstance(text, str):
        raise ValueError(f"Text must be a string, not {type(text).__name__}.")
    return [Span(s, e, text[s:e]) for s, e in sentence_bounds(text, lexicon)]


def quote_segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Top-level quotes in ``text[start:end]`` as (opening mark, closing mark or ``end``)."""
    segments = []
    depth = 0
    opened = start
    for m in _QUOTES.finditer(text, start, end):
        i, ch = m.start(), m.group()
        opens_here = (
            ch == STRAIGHT_QUOTE
            or ch in TWO_MARKS
            or (ch in CLOSING_QUOTES and _closing_mark_opens(text, i, start, end))
        )
        if ch in OPENING_QUOTES or (opens_here and depth == 0):
            if depth == 0:
                opened = i
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                segments.append((opened, i))
    if depth:
        segments.append((opened, end))
    return segments
