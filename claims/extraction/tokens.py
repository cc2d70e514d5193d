"""Sentence units as tokens, and the word-level tests the extraction rules share: names,
acronyms, parentheses, places, pronouns. Internal to ``claims.extraction``."""

from __future__ import annotations

import re

from .lexicon import Lexicon
from .sentences import QUOTE_CHARS, Span, quote_segments

SENTENCE_PUNCT = frozenset(".!?;:")
_TRAILING = " \t.,;:—–-"
_LEADING = " \t,;:—–-"
# A word of a person's name: letters, with inner hyphens or apostrophes ("Jean-Yves", "O'Brien").
_NAME_WORD = re.compile(r"^(?:[A-Z]\.|[^\W\d_]+(?:[-'’][^\W\d_]+)*)$")


_INITIAL_BEFORE_NAME = re.compile(r"(?<![\w.])[A-Z]\.\s+[A-Z][a-z]")


def _with_initials(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The token spans with an initial and its dot made one token when a name follows ("M. Agam
    Khalilullah", "John D. Podesta"), so that the name reads as one."""
    out, i = [], 0
    while i < len(spans):
        a, b = spans[i]
        if (
            b - a == 1
            and text[a].isupper()
            and i + 2 < len(spans)
            and spans[i + 1] == (b, b + 1)
            and text[b] == "."
            and spans[i + 2][0] > b + 1
            and text[spans[i + 2][0]].isupper()
            and text[spans[i + 2][0] + 1 : spans[i + 2][0] + 2].islower()
            and (a == 0 or not (text[a - 1].isalnum() or text[a - 1] == "."))
        ):
            out.append((a, b + 1))
            i += 2
            continue
        out.append((a, b))
        i += 1
    return out


# A plural's possessive apostrophe before the next word ("Aggregate Holdings' chief"), not the
# first of two closing marks ("''").
_PLURAL_POSSESSIVE = re.compile(r"(?<=\ws)['’](?!['’])(?=[ \t]+\w)")


def _with_plural_possessives(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The token spans with a plural's possessive apostrophe joined to its word."""
    marks = {m.start() for m in _PLURAL_POSSESSIVE.finditer(text, spans[0][0], spans[-1][1])}
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if a in marks and out and out[-1][1] == a:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


class _Tokens:
    """One sentence unit, tokenised, with which tokens sit inside quotes."""

    __slots__ = ("cap", "en", "end", "inq", "low", "n", "quotes", "raw", "st", "start", "text")

    def __init__(self, text: str, start: int, end: int, lexicon: Lexicon) -> None:
        self.text, self.start, self.end = text, start, end
        spans = [m.span() for m in lexicon.token_re.finditer(text, start, end)]
        if _INITIAL_BEFORE_NAME.search(text, start, end):
            spans = _with_initials(text, spans)
        if spans and _PLURAL_POSSESSIVE.search(text, start, end):
            spans = _with_plural_possessives(text, spans)
        self.st = [a for a, _ in spans]
        self.en = [b for _, b in spans]
        self.raw = [text[a:b] for a, b in spans]
        # typographic apostrophes ("It’s", "don’t") read as the lexicons spell them
        self.low = [w.lower() for w in self.raw]
        if "’" in text[start:end]:
            self.low = [w.replace("’", "'") for w in self.low]
        self.n = len(spans)
        # a handle ("@divisihumaspolri") names someone as a capitalised word does
        self.cap = [w[:1].isupper() or (w[:1] == "@" and len(w) > 1) for w in self.raw]
        self.quotes = quote_segments(text, start, end)
        inq = [False] * self.n
        if self.quotes:
            q = 0
            for i, pos in enumerate(self.st):
                while q < len(self.quotes) and self.quotes[q][1] < pos:
                    q += 1
                if q < len(self.quotes) and self.quotes[q][0] < pos < self.quotes[q][1]:
                    inq[i] = True
        self.inq = inq

    def word(self, i: int) -> bool:
        return self.raw[i][:1].isalnum() or (self.raw[i][:1] == "@" and len(self.raw[i]) > 1)

    def quote(self, i: int) -> bool:
        if self.raw[i] in QUOTE_CHARS:
            return True
        return self.raw[i] == "'" and (
            (i + 1 < self.n and self.raw[i + 1] == "'") or (i > 0 and self.raw[i - 1] == "'")
        )

    def span(self, a: int, b: int) -> Span:
        return Span(self.st[a], self.en[b - 1], self.text[self.st[a] : self.en[b - 1]])


def _adverb(t: _Tokens, lexicon: Lexicon, k: int) -> bool:
    """A lower-case word with an adverb's ending ("widely", "forcefully")."""
    return (
        bool(lexicon.modifier_suffixes)
        and t.raw[k] == t.low[k]
        and len(t.low[k]) > 5
        and t.low[k].endswith(lexicon.modifier_suffixes)
        and t.low[k] not in lexicon.modifier_exceptions
    )


def _name_end(t: _Tokens, i: int) -> int:
    """End of the run of capitalised name words, outside quotes, that starts at token i."""
    j = i
    while j < t.n and t.cap[j] and _NAME_WORD.match(t.raw[j]) and not t.inq[j]:
        j += 1
    return j


def _possessive(t: _Tokens, k: int) -> bool:
    """Whether token k is a possessive ("Trump's", "Republicans'"; typographic apostrophes read
    as straight ones in ``low``)."""
    return t.low[k].endswith(("'s", "s'"))


def _name_start(t: _Tokens, j: int) -> int:
    """Start of the run of capitalised words, outside quotes, that ends at token j."""
    start = j
    while start - 1 >= 0 and t.cap[start - 1] and t.word(start - 1) and not t.inq[start - 1]:
        start -= 1
    return start


# An academic degree after a name: "M.Epid.", "S.H.", "M.Si", "Ph.D."
_DEGREE = re.compile(r"^[A-Z][A-Za-z]{0,3}(?:\.[A-Za-z]{1,6})+\.?$")


def _degree_word(t: _Tokens, lexicon: Lexicon, k: int, listed: bool = False) -> bool:
    """Whether token k is an academic degree after a name: one of the lexicon's ``degrees``
    ("SE", "S.I.K."), or with ``listed`` (a comma before it) any dotted abbreviation of that
    shape ("M.Epid.")."""
    raw = t.raw[k]
    if not raw[:1].isupper():
        return False
    return raw.replace(".", "").lower() in lexicon.degrees or (listed and bool(_DEGREE.match(raw)))


def _skip_degrees(t: _Tokens, lexicon: Lexicon, k: int) -> int:
    """Index before the degrees that end at token k ("Siti Nadia Tarmizi, M.Epid.", "Rofiq
    Ripto Himawan, S.I.K., S.H., M.H.,", "Umam SE"), else k: the name before them is left."""
    end = k
    if k >= 1 and t.raw[k] == ",":
        k -= 1  # the comma after the last one
    skipped = False
    while k >= 1:
        j = k - 1 if t.raw[k] == "." and k >= 1 else k
        if j < 1 or not _degree_word(t, lexicon, j, listed=t.raw[j - 1] == ","):
            break
        skipped = True
        k = j - 1
        if t.raw[k] == "," and k >= 1:
            k -= 1
    if not skipped or not (t.cap[k] and t.word(k)):
        return end
    return k


def _skip_parentheses(t: _Tokens, k: int) -> int:
    """Index before a parenthesis that ends at token k ("Claire McCaskill (D-Mo.)"), else k."""
    if k >= 0 and t.raw[k] == ")":
        m = k - 1
        while m >= 0 and t.raw[m] != "(" and k - m < 8:
            m -= 1
        if m >= 0 and t.raw[m] == "(":
            return m - 1
    return k


def _skip_parentheses_forward(t: _Tokens, k: int) -> int:
    """Index after a short parenthesis that opens at token k ("(ABRI)"), else k."""
    m = k + 1
    while m < t.n and t.raw[m] != ")" and m - k < 8:
        m += 1
    return m + 1 if m < t.n and t.raw[m] == ")" else k


def phrase_at(words, i: int, phrases) -> tuple[str, ...] | None:
    """The longest of ``phrases`` (tuples of words) that starts at ``words[i]``, or None."""
    return max((p for p in phrases if tuple(words[i : i + len(p)]) == p), key=len, default=None)


def _ing_form(t: _Tokens, i: int) -> bool:
    """Whether token i is an English -ing form in lower case ("pointing", "dismissing")."""
    return t.word(i) and not t.cap[i] and t.low[i].endswith("ing") and len(t.low[i]) >= 5


def _infinitive_at(t: _Tokens, lexicon: Lexicon, i: int) -> bool:
    """Whether an infinitive opens at token i: its marker (the first word of the lexicon's
    ``raising_infinitives``), then a lower-case word that is no determiner ("to drop", not "to
    the")."""
    return (
        i + 1 < t.n
        and t.low[i] in lexicon.infinitive_markers
        and t.word(i + 1)
        and not t.cap[i + 1]
        and t.low[i + 1] not in lexicon.determiners
    )


def _year(word: str) -> bool:
    """Whether a word is a year's number ("2008")."""
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")


def _past_form(t: _Tokens, lexicon: Lexicon, i: int) -> bool:
    """Whether token i is a lower-case word ending in one of the language's past suffixes
    ("accused", "based")."""
    return not t.cap[i] and t.low[i].endswith(lexicon.past_suffixes)


def _participle_form(lexicon: Lexicon, word: str) -> bool:
    """Whether a word reads as a participle by its ending and length ("addressing", not
    "king")."""
    return word.endswith(lexicon.participle_suffixes) and len(word) > PARTICIPLE_MIN


# The shortest word read as a participle by its ending ("Addressing", not "King").
PARTICIPLE_MIN = 5


def _prefixed_verb(t: _Tokens, lexicon: Lexicon, i: int) -> bool:
    """Whether token i is a lower-case word with a verb prefix of the language ("menyebut",
    "menewaskan")."""
    w = t.low[i]
    return not t.cap[i] and any(
        w.startswith(p) and len(w) > len(p) + 3 for p in lexicon.verb_prefixes
    )


def _has_phrase(t: _Tokens, lexicon: Lexicon, a: int, b: int, phrases, lower: bool = True):
    """Rightmost (start, end) of a lexicon phrase inside tokens a..b, or None."""
    words = t.low if lower else t.raw
    best = None
    for i in range(a, b):
        for size in range(min(lexicon.phrase_len, b - i), 0, -1):
            if tuple(words[i : i + size]) in phrases:
                best = (i, i + size)
                break
    return best


def _title_at(t: _Tokens, lexicon: Lexicon, j: int) -> bool:
    """Whether a title starts at token ``j`` ("campaign manager", "spokesperson")."""
    return any(
        tuple(t.low[j : j + size]) in lexicon.titles
        for size in range(1, min(lexicon.phrase_len, t.n - j) + 1)
    )


_ROMAN = re.compile(r"^[IVX]{1,4}$")


_GENERATION = re.compile(r"^(?:II|III|IV|V|Jr\.?|Sr\.?)$")


def _name_parts(full: str) -> set[str]:
    """The words of a full name that may name its bearer alone ("Acosta" of "Melba Acosta Febo",
    "Argo" of "Raden Prabowo Argo Yuwono"), but a generation ("IV")."""
    parts = full.split()
    if len(parts) <= 3 or not _GENERATION.match(parts[-1]):
        return set(parts)
    return set(parts[:-1])


def _is_place_name(words: list[str], lexicon: Lexicon) -> bool:
    return tuple(w.lower() for w in words) in lexicon.places


def _acronym_like(word: str) -> bool:
    """An acronym, or a short name made of an acronym's syllables ("Polda", "Kemenlu")."""
    return _acronym(word) or (word[:1].isupper() and word.isalpha() and len(word) <= 9)


def _acronym(word: str) -> bool:
    return len(word) >= 2 and word.isalpha() and word.isupper()


def _may_be_plural(named: tuple[str, ...], lexicon: Lexicon) -> bool:
    """Whether "they"/"mereka" may stand for the last named: several speakers, one word (an
    organisation as often as a person: "Kemenlu"), or a name that is not a person's ("The
    Saturday Paper", "Six Gannett newspapers", "Kementerian Luar Negeri", "KPK", "Jihad Islam");
    not a person's full name ("Jeb Bush")."""
    if len(named) != 1:
        return True
    words = named[0].split()
    return len(words) == 1 or any(
        not w[:1].isupper()
        or not _NAME_WORD.match(w)
        or _acronym(w)
        or w.lower() in lexicon.institutions
        or w.lower() in lexicon.organisation_nouns
        or w.lower() in lexicon.determiners
        or (w.lower(),) in lexicon.media_words
        for w in words
    )


def _is_pronoun(t: _Tokens, lexicon: Lexicon, a: int, b: int) -> bool:
    if b - a != 1:
        return False
    word = t.low[a]
    for suffix in ("’s", "'s"):
        if word.endswith(suffix):
            word = word[: -len(suffix)]
    return word in lexicon.pronouns or word in lexicon.object_pronouns


def _trim(t: _Tokens, a: int, b: int) -> tuple[int, int] | None:
    if a >= b:
        return None
    s, e = t.st[a], t.en[b - 1]
    while s < e and t.text[s] in _LEADING:
        s += 1
    while e > s and t.text[e - 1] in _TRAILING:
        e -= 1
    if s >= e or not any(ch.isalnum() for ch in t.text[s:e]):
        return None
    return s, e


_DASHES = frozenset({"-", "--", "—", "–"})


def _words(t: _Tokens, a: int, b: int) -> int:
    return sum(1 for i in range(a, b) if t.word(i))


# "US-backed", "Kremlin-linked": a name made an adjective, which the noun after it completes
_HYPHEN_ADJECTIVE = re.compile(r"^[A-Z][\w.]*-[a-z]+$")
# "Russian", "Belarusian", "Chinese", "British", "Israeli": a country's adjective
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:an|ese|ish|i)$")


DATELINE_MAX = 12
# Words of a place's name in a dateline that only a colon closes ("New Delhi:").
PLACE_DATELINE_MAX = 3


def _dateline_end(t: _Tokens, before: int) -> int:
    """Where the text starts after a dateline that opens the sentence ("BEIJING, 29 Juni
    (Xinhua) --", "JAKARTA, KOMPAS.com -", "ISLAMABAD:"), else 0. Only looked for before token
    ``before``."""
    if not (t.n and t.word(0) and len(t.raw[0]) >= 3 and t.raw[0].isupper()):
        # "New Delhi:", "Kuala Lumpur:": a place's capitalised words and its colon
        k = next((x for x in range(1, min(before, PLACE_DATELINE_MAX + 1)) if not t.cap[x]), 0)
        if 0 < k < t.n and t.raw[k] == ":" and t.word(0) and t.cap[0] and not t.inq[k]:
            return k + 1
        if 0 < k < t.n and t.raw[k] == "(" and t.word(0) and t.cap[0] and not t.inq[k]:
            # "Kudus (ANTARA News) -": a place, its agency in brackets, then a dash
            close = next((x for x in range(k + 1, min(t.n, k + 5)) if t.raw[x] == ")"), None)
            if (
                close is not None
                and close + 1 < before
                and t.raw[close + 1] in _DASHES
                and all(t.cap[x] and t.word(x) for x in range(k + 1, close))
            ):
                return _past_dashes(t, close + 1, before)
        return 0
    for k in range(1, min(before, DATELINE_MAX)):
        if t.raw[k] == ":" and not t.inq[k]:
            return k + 1
        if t.raw[k] in _DASHES and not t.inq[k]:
            if "(" in t.raw[1:k] and ")" not in t.raw[1:k]:
                # "KABUL (UrduPoint News / Sputnik - 12th January, 2021)": the dash between
                # the agency and the date, inside the bracket that closes the dateline
                close = next(
                    (x for x in range(k + 1, min(before, DATELINE_MAX)) if t.raw[x] == ")"), None
                )
                if close is not None:
                    if close + 1 < before and t.raw[close + 1] in _DASHES:
                        return _past_dashes(t, close + 1, before)
                    return close + 1
            return _past_dashes(t, k, before)
    return 0


def _past_dashes(t: _Tokens, k: int, before: int) -> int:
    """The token after the run of dashes that opens at token k ("--", "- -"), before token
    ``before``."""
    while k + 1 < before and t.raw[k + 1] in _DASHES:
        k += 1
    return k + 1
