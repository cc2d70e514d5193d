"""Attributed statements: who said, accused, denied or promised what, with cue and content.

Rules over tokens, driven by the language's lexicon: find cues outside quotes, take the speaker
phrase on the side the cue wants it (walking over auxiliaries, parentheticals and appositives),
then the content: the adjacent quote for direct speech, else the reported clause after the cue or
the clause before it ("..., officials said"). Pronouns take the last named speaker, and an outlet
that carries a report ("kata media pemerintah Pyongyang, KCNA") becomes the ``via`` of the
statements in its sentence and of later ones by the people that sentence named.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace

from .lexicon import Cue, Lexicon, get_lexicon
from .sentences import QUOTE_CHARS, Span, quote_segments, sentence_bounds
from .stance import NEGATION_WINDOW, calls_it_false, content_denies, denying, is_negation

# A pronoun resolves to a named speaker at most this many sentence units back.
PRONOUN_WINDOW = 8
# How far past the cue a "that"/"bahwa" may start the content ("told reporters on Friday that").
COMPLEMENT_WINDOW = 3
OBJECT_COMPLEMENT_WINDOW = 8
PARENTHETICAL_MAX = 12
SENTENCE_PUNCT = frozenset(".!?;:")
_TRAILING = " \t.,;:—–-"
_LEADING = " \t,;:—–-"
# A word of a person's name: letters, with inner hyphens or apostrophes ("Jean-Yves", "O'Brien").
_NAME_WORD = re.compile(r"^(?:[A-Z]\.|[^\W\d_]+(?:[-'’][^\W\d_]+)*)$")


@dataclass(frozen=True)
class ExtractedStatement:
    sentence: Span
    speakers: tuple[Span, ...]
    speaker_names: tuple[str, ...]
    pronoun: bool
    cue: Span
    cue_lemma: str
    stance: str
    content: Span
    direct: bool
    via: Span | None
    speech_act: bool
    checkworthiness: float
    language: str


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


class _Tokens:
    """One sentence unit, tokenised, with which tokens sit inside quotes."""

    __slots__ = ("cap", "en", "end", "inq", "low", "n", "quotes", "raw", "st", "start", "text")

    def __init__(self, text: str, start: int, end: int, lexicon: Lexicon) -> None:
        self.text, self.start, self.end = text, start, end
        spans = [m.span() for m in lexicon.token_re.finditer(text, start, end)]
        if _INITIAL_BEFORE_NAME.search(text, start, end):
            spans = _with_initials(text, spans)
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


@dataclass
class _Found:
    cue: Cue
    ci: int
    cj: int
    speakers: list[tuple[int, int]]
    full: tuple[int, int] | None
    negated: bool
    inherited: bool = False
    pronoun_self: bool = False
    # "The minister was accused of taking bribes": a passive with no one named speaking
    agentless: bool = False
    # "KCNA cited an official as saying": the citing cue only carries the quoted speaker's
    # statement (its subject is the outlet) and makes none of its own
    carrier: bool = False
    # "Polisi tidak pernah mengatakan bahwa ...": no statement, but the speaker is named
    silent: bool = False

    @classmethod
    def inheriting(cls, cue: Cue, ci: int, cj: int, prev: _Found) -> _Found:
        """A cue whose speaker is the subject of the attribution just before it."""
        return cls(
            cue, ci, cj, prev.speakers, None, False, inherited=True, pronoun_self=prev.pronoun_self
        )


@dataclass
class _DocState:
    sentence_no: int = 0
    # Speakers named in full so far, latest last: "Peskov" later in the text is "Dmitry Peskov"
    full_names: list[str] = field(default_factory=list)
    last_named: tuple[str, ...] = ()
    last_named_at: int = -(10**9)
    # the speakers named before those, for a pronoun that cannot be the last ones
    named_before: tuple[str, ...] = ()
    named_before_at: int = -(10**9)
    # who holds each role last named before a name ("spokesman" -> "Dmitry Peskov"), and when
    roles: dict[str, tuple[str, int]] = field(default_factory=dict)
    # the organisation or country last named speaking, and when
    organisation: tuple[str, int] | None = None
    via: Span | None = None
    via_names: frozenset[str] = field(default_factory=frozenset)


def _noun_use(t: _Tokens, lexicon: Lexicon, k: int) -> bool:
    """True when token k makes the next word a noun: "the report", "Trump's claim"."""
    word = t.low[k]
    if word in lexicon.noun_markers:
        return True
    for suffix in ("'s", "’s"):
        if word.endswith(suffix) and word[: -len(suffix)] not in lexicon.pronouns:
            return True
    return False


# Words of a possessor named after its noun: "tudingan Sekjen Partai Demokrat Teuku Riefky".
POSSESSOR_NAME_MAX = 8


def _possessed(t: _Tokens, lexicon: Lexicon, i: int) -> int | None:
    """Where the clause starts when the word at i is a possessed cue's noun owned by a name and
    followed by "that" ("Pakistan's allegations that", "the ministry's claim that", "tudingan
    Riefky bahwa"): its owner speaks the clause. None otherwise."""
    if not any(c.possessed for c in lexicon.cues.get(t.low[i], ())):
        return None
    if lexicon.possessor_after:
        k = i + 1
        while k < t.n and k - i <= POSSESSOR_NAME_MAX and t.cap[k] and not t.inq[k]:
            k += 1
        if k == i + 1:
            return None
    else:
        if i == 0 or not t.word(i - 1) or t.inq[i - 1]:
            return None
        owner = t.low[i - 1]
        # "Pakistan's allegations that", and a demonym's: "Israeli claims that"
        demonym = bool(_DEMONYM.match(t.raw[i - 1])) and t.cap[i - 1]
        if not demonym and (not owner.endswith(("'s", "’s")) or owner[:-2] in lexicon.pronouns):
            return None
        k = i + 1
    return k + 1 if k < t.n and t.low[k] in lexicon.complementizers else None


# Words of a lower-case possessor after its determiner: "the foreign ministry's".
POSSESSOR_MAX = 3


def _possessor(t: _Tokens, lexicon: Lexicon, i: int) -> tuple[int, int]:
    """The owner of the possessed noun at i: the capitalised run ending in "'s" before it
    ("Donald Trump's"), or a lower-case noun with its determiner ("the ministry's"); never the
    words before ("rebutted Exxon's", "a statement negating Gandhi's"). Where the owner follows
    the noun, the name up to the clause ("tudingan Riefky bahwa")."""
    if lexicon.possessor_after:
        return i + 1, _possessed(t, lexicon, i) - 1
    a = i - 1
    if t.cap[a]:
        return _name_start(t, a), i
    k = a
    while k > max(0, a - POSSESSOR_MAX) and t.word(k - 1) and not t.cap[k - 1]:
        k -= 1
        if t.low[k] in lexicon.determiners:
            return k, i
    return a, i


def _plural_noun(t: _Tokens, lexicon: Lexicon, i: int) -> bool:
    """True when cue word i is a plural noun: "about unverified claims that", "has made
    similar claims".

    A verb in such a form needs a singular subject: a pronoun, a name, or a noun after a
    determiner or a possessive ("the ministry claims", "Russia's ministry claims"). Lower-case
    words with none of these before them ("similar", "unverified") are the noun's modifiers.
    """
    if t.low[i] not in lexicon.noun_forms:
        return False
    closed, prepositions = lexicon.closed_words, lexicon.prepositions
    j = i - 1
    while (
        j >= 0
        and t.word(j)
        and not t.inq[j]
        and not t.cap[j]
        and t.low[j] not in closed
        and t.low[j] not in prepositions
    ):
        j -= 1
    if j >= 0 and t.low[j] in lexicon.prepositions:
        return True  # "a long history of maritime territorial disputes", "full of promises"
    if j == i - 1 or (j >= 0 and _noun_use(t, lexicon, j)):
        return False
    return j < 0 or not (t.cap[j] or t.low[j] in lexicon.determiners)


def _in_not_cue(t: _Tokens, lexicon: Lexicon, i: int) -> bool:
    """Whether cue word i ends a phrase that is no cue ("a conference call")."""
    for size in range(2, lexicon.phrase_len + 1):
        if i - size + 1 >= 0 and tuple(t.low[i - size + 1 : i + 1]) in lexicon.not_cues:
            return True
    return False


def _attributive(t: _Tokens, lexicon: Lexicon, i: int) -> bool:
    """Whether cue word i describes the noun after it: "criticised for alleged bias", "shared
    alleged chats"; not "officials alleged fraud" nor "has alleged that"."""
    if t.low[i] not in lexicon.attributive_forms or i == 0 or i + 1 >= t.n:
        return False
    before, after = t.low[i - 1], t.low[i + 1]
    if not t.word(i + 1) or after in lexicon.determiners or after in lexicon.complementizers:
        return False
    past_verb = (
        lexicon.past_suffixes
        and not t.cap[i - 1]
        and before.endswith(lexicon.past_suffixes)
        and before not in lexicon.passive_auxiliaries
    )
    return before in lexicon.prepositions or bool(past_verb)


# A cue word that may also modify a cue ("mengaku") does when another cue follows this close.
MODIFIER_REACH = 3
COMPLAINT_REACH = 8


def _filed_complaint(t: _Tokens, lexicon: Lexicon, j: int) -> bool:
    """Whether a complaint marker follows the cue ending at token j within its object ("melaporkan
    Novel Baswedan ke polisi", "reported him to the police"): a complaint filed, not words."""
    if not lexicon.complaint_markers:
        return False
    stop = j
    while stop < min(t.n, j + COMPLAINT_REACH) and not (
        t.inq[stop] or t.low[stop] in lexicon.complementizers or t.raw[stop] in SENTENCE_PUNCT
    ):
        stop += 1
    return _has_phrase(t, lexicon, j, stop, lexicon.complaint_markers) is not None


# Words of a speaker named right after a cue set off by commas ("lanjut Kepala Dinas Widyastuti").
SET_OFF_SPEAKER_MAX = 6


def _set_off(t: _Tokens, lexicon: Lexicon, i: int, j: int, cue: Cue) -> bool:
    """Whether the cue at tokens i..j, and its speaker right after it, are set off from the
    sentence by commas ("Pemerintah, lanjut dia, tidak ...", "... tahun ini, tambahnya."): the
    sentence reports its words without quote marks, even with a cue that otherwise needs them
    because its word has other uses ("lebih lanjut", "tambah Rp 5 juta")."""
    if i < 2 or t.raw[i - 1] != ",":
        return False
    k = j
    if not cue.pronoun:
        while (
            k < t.n
            and k - j < SET_OFF_SPEAKER_MAX
            and t.word(k)
            and (t.cap[k] or t.low[k] in lexicon.pronouns)
        ):
            k += 1
        if k == j:
            return False
    return k >= t.n or t.raw[k] == "," or t.raw[k] in SENTENCE_PUNCT


def _adverb(t: _Tokens, lexicon: Lexicon, k: int) -> bool:
    """A lower-case word with an adverb's ending ("widely", "forcefully")."""
    return (
        bool(lexicon.modifier_suffixes)
        and t.raw[k] == t.low[k]
        and len(t.low[k]) > 5
        and t.low[k].endswith(lexicon.modifier_suffixes)
    )


def _passive(t: _Tokens, lexicon: Lexicon, i: int) -> bool:
    # an adverb may stand in a passive ("was widely ridiculed"), not in a progressive ("are
    # quietly saying", "is unreasonably accusing")
    adverbs = not any(c.participle for c in lexicon.cues.get(t.low[i], ()))
    k = i - 1
    while (
        k >= 0
        and t.word(k)
        and (
            t.low[k] in lexicon.cue_modifiers
            or t.low[k] in lexicon.passive_auxiliaries
            or (adverbs and _adverb(t, lexicon, k))
        )
    ):
        if t.low[k] in lexicon.passive_auxiliaries:
            return True
        k -= 1
    return False


def _reduced_passive(t: _Tokens, lexicon: Lexicon, i: int, j: int) -> bool:
    """A cue word that describes the noun before it, its agent after "by": "ledgers maintained
    by party treasurers", no one speaking."""
    return (
        i > 0
        and j < t.n
        and t.low[j] in lexicon.agent_markers
        and t.word(i - 1)
        and not t.cap[i - 1]
        and t.low[i - 1] not in lexicon.closed_words
        and t.low[i - 1] not in lexicon.passive_auxiliaries
    )


# Words of how something was said between a cue and its "that": "menyampaikan melalui
# keterangan tertulisnya bahwa", "said in a written statement that".
CHANNEL_MAX = 5


def _complement_at(t: _Tokens, lexicon: Lexicon, j: int) -> int | None:
    """The complementizer at token j, or after an adjunct of how it was said that opens there
    ("melalui keterangan tertulisnya bahwa"), else None."""
    if j < t.n and t.low[j] in lexicon.complementizers:
        return j
    if j >= t.n or t.low[j] not in lexicon.adjunct_prepositions:
        return None
    for k in range(j + 1, min(t.n, j + CHANNEL_MAX + 1)):
        if t.low[k] in lexicon.complementizers:
            return k
        # a place or a second clause is no channel: "found in Chelsea and that location"
        if not t.word(k) or t.inq[k] or t.cap[k] or t.low[k] in lexicon.conjunctions:
            return None
    return None


def _find_cues(t: _Tokens, lexicon: Lexicon) -> list[tuple[int, int, Cue]]:
    found = []
    i = 0
    while i < t.n:
        candidates = lexicon.cues.get(t.low[i])
        if not candidates or t.inq[i]:
            i += 1
            continue
        # A capitalised cue word is a name ("Kata", "Claims") unless it opens the sentence.
        if t.raw[i] != t.low[i] and i > 0 and t.raw[i - 1] not in QUOTE_CHARS + "(—–-'":
            i += 1
            continue
        if _possessed(t, lexicon, i) is not None:
            # "Pakistan's allegations that ...": only a possessed noun's form is a cue here
            candidates = [c for c in candidates if c.possessed]
        elif i > 0 and _noun_use(t, lexicon, i - 1):
            i += 1
            continue
        else:
            candidates = [c for c in candidates if not c.possessed]
        if (
            not candidates
            or _plural_noun(t, lexicon, i)
            or _in_not_cue(t, lexicon, i)
            or _attributive(t, lexicon, i)
        ):
            i += 1
            continue
        match = None
        for cue in candidates:
            size = len(cue.words)
            if i + size > t.n:
                continue
            if any(t.low[i + k] != cue.words[k] or t.inq[i + k] for k in range(1, size)):
                continue
            if cue.requires_complement and _complement_at(t, lexicon, i + size) is None:
                continue
            if cue.requires_quote and not t.quotes and not _set_off(t, lexicon, i, i + size, cue):
                continue
            if cue.followed_by and (i + size >= t.n or t.low[i + size] not in cue.followed_by):
                continue
            if cue.active_only and _passive(t, lexicon, i):
                continue
            if _reduced_passive(t, lexicon, i, i + size) and not cue.passive:
                continue
            if cue.stance == "reports" and _filed_complaint(t, lexicon, i + size):
                continue
            if (
                size == 1
                and t.low[i] in lexicon.cue_modifiers
                and any(
                    t.low[x] in lexicon.cues for x in range(i + 1, min(t.n, i + 1 + MODIFIER_REACH))
                )
            ):
                # "Tubagus mengaku telah menyampaikan ...": a modifier of the cue after it
                continue
            match = (i, i + size, cue)
            break
        if match:
            found.append(match)
            i = match[1]
        else:
            i += 1
    return found


def _np_back(t: _Tokens, lexicon: Lexicon, k: int, lo: int, blocked: set[int]):
    """The noun phrase that ends at token ``k``, as a token range, or None."""
    j = k
    while j >= lo:
        if t.raw[j] == ")" and lo < j == k - 1 and t.cap[k] and not t.inq[j]:
            # "Kepolisian Daerah (Polda) Riau", "Pusat Penerangan (Puspen) TNI": an acronym
            # inside an organisation's name is part of it (not before a person's two names:
            # "Fraksi PPP (PPP) Arsul Sani")
            before = _skip_parentheses(t, j)
            if (
                before == j - 3  # one word inside
                and before >= lo
                and _acronym_like(t.raw[j - 1])
                and t.cap[before]
                and t.word(before)
            ):
                j = before
                continue
        if t.inq[j] or not t.word(j) or j in blocked:
            break
        w = t.low[j]
        if w in lexicon.place_prepositions and _in_place(t, lexicon, j, k, lo, blocked):
            # "Consulate General in New York", "Kedutaan Besar Rusia di Jakarta"
            j -= 1
            continue
        # "Pejabat itu mengatakan": a demonstrative after its noun ends the phrase
        postposed = j == k and w in lexicon.determiners and j > lo and t.word(j - 1)
        # "US" is the country, not the pronoun "us"; "Kemlu Lalu Muhammad Iqbal": a
        # capitalised function word inside a name is part of it
        inside_name = 0 < j < k and t.cap[j] and t.cap[j - 1] and t.cap[j + 1] and t.word(j - 1)
        if (
            w in lexicon.np_stopwords
            and not postposed
            and not _acronym(t.raw[j])
            and not inside_name
        ):
            break
        if w in lexicon.conjunctions:
            if lo < j < k and t.cap[j + 1] and t.word(j - 1) and t.cap[j - 1]:
                j -= 1
                continue
            break
        j -= 1
    a, b = j + 1, k + 1
    if b - a > lexicon.max_np_tokens:
        a = b - lexicon.max_np_tokens
    for x in range(b - 2, a, -1):
        # "a charge the Kremlin rejected": a determiner inside the phrase starts the speaker,
        # unless it follows "of" or another determiner ("the head of the agency", "both the")
        if (
            t.low[x] in lexicon.determiners
            and t.low[x] not in lexicon.np_stopwords
            and t.low[x - 1] not in lexicon.np_inner
            and t.low[x - 1] not in lexicon.determiners
            and t.cap[b - 1]
        ):
            a = x
            break
    while a < b - 1 and (
        t.low[a] in lexicon.np_inner
        or t.low[a] in lexicon.conjunctions
        or t.low[a] in lexicon.trailing_adjuncts
    ):
        a += 1
    while a < b - 1 and t.low[a] in lexicon.cue_modifiers and (a == 0 or not t.word(a - 1)):
        a += 1  # "Kembali pihaknya menegaskan": "pihaknya"
    if a >= b or t.low[a] in lexicon.conjunctions:
        return None
    if all(t.low[x] in lexicon.determiners or t.low[x] in lexicon.np_inner for x in range(a, b)):
        return None
    return a, b


def _in_place(t: _Tokens, lexicon: Lexicon, j: int, k: int, lo: int, blocked: set[int]) -> bool:
    """Whether preposition j joins a name to the place after it, which ends the phrase at k:
    one to three capitalised words after it, a word of a name or a noun before it."""
    after = range(j + 1, k + 1)
    if not 1 <= len(after) <= 3 or not all(t.cap[x] and t.word(x) for x in after):
        return False
    p = j - 1
    return (
        p >= lo
        and p not in blocked
        and t.word(p)
        and not t.inq[p]
        and t.low[p] not in lexicon.np_stopwords
        and t.low[p] not in lexicon.determiners
        and t.low[p] not in lexicon.cue_modifiers
        and t.low[p] not in lexicon.place_prepositions
    )


def _skip_modifiers(
    t: _Tokens, lexicon: Lexicon, k: int, lo: int, adverbs: bool = False
) -> tuple[int, bool]:
    negated = False
    while (
        k >= lo
        and t.word(k)
        and (
            t.low[k] in lexicon.cue_modifiers
            or t.low[k].endswith(("n't", "n’t"))
            or (adverbs and _adverb(t, lexicon, k))
        )
    ):
        negated = negated or is_negation(t.low[k], lexicon)
        k -= 1
    return k, negated


def _np_before(t: _Tokens, lexicon: Lexicon, ci: int, blocked: set[int]):
    k, between = _skip_modifiers(t, lexicon, ci - 1, 0, adverbs=True)
    opens = _subordinate_adjunct(t, lexicon, k, ci)
    if opens is not None:
        # "Kapolsek AKP Nur Amin saat dikonfirmasi langsung membantah", "The minister, when
        # asked about the report, denied": the speaker stands before the adjunct
        hit, negated = _np_before(t, lexicon, opens, blocked)
        return hit, negated or between
    hit, negated = _np_before_from(t, lexicon, ci, blocked, adverbs=True)
    if hit is None:
        hit, negated = _np_before_from(t, lexicon, ci, blocked, adverbs=False)
    return _before_adjunct(t, lexicon, hit, blocked), negated


# Words of an adjunct clause between a speaker and the cue: "saat dikonfirmasi wartawan".
SUBORDINATE_ADJUNCT_MAX = 6


def _subordinate_adjunct(t: _Tokens, lexicon: Lexicon, k: int, ci: int) -> int | None:
    """Where an adjunct about being asked ("saat dikonfirmasi wartawan", ", when asked about
    the report,") ends the words before the cue (token k is its last word, or the comma closing
    it): its opening token, when a name or a comma stands before it; else None."""
    set_off = k >= 0 and t.raw[k] == ","
    m = k - 1 if set_off else k
    while m >= 0 and ci - m <= SUBORDINATE_ADJUNCT_MAX + 2:
        if not t.word(m) or t.inq[m] or t.cap[m]:
            return None
        if t.low[m] in lexicon.subordinators:
            # only an adjunct about being asked, with no subject of its own: "after the mogul
            # claimed" is the cue's own clause
            if m + 1 >= min(ci, k + 1) or t.low[m + 1] not in lexicon.asked_forms:
                return None
            if set_off:
                return m - 1 if m > 1 and t.raw[m - 1] == "," and t.word(m - 2) else None
            return m if m > 0 and t.cap[m - 1] and t.word(m - 1) else None
        m -= 1
    return None


def _before_adjunct(t: _Tokens, lexicon: Lexicon, hit, blocked: set[int]):
    """The speaker before an adjunct that the phrase found is part of: "Vladimir Putin dalam
    pidatonya menyebut", "Mao Ning pada konferensi pers rutin, Senin (6/2/2023), menyebut",
    "Putin in his speech said". The adjunct names no one: no capital in it."""
    if hit is None or hit[0] < 2:
        return hit
    p = hit[0] - 1
    if t.low[p] not in lexicon.adjunct_prepositions or t.inq[p]:
        return hit
    if any(t.cap[x] and t.low[x] not in lexicon.determiners for x in range(*hit)):
        return hit
    before = _np_back(t, lexicon, p - 1, 0, blocked)
    return before if before is not None else hit


def _skip_time(t: _Tokens, lexicon: Lexicon, k: int, blocked: set[int]) -> int:
    """Index before a time phrase that ends at token k ("on Friday", "pada Jumat", "last
    week"), else k. Words that are also determiners or cue modifiers ("ini", "lalu") and numbers
    only extend a phrase that holds another time word, so "Laporan ini" keeps its "ini"."""
    j, anchored = k, False
    while j >= 0 and not t.inq[j] and j not in blocked:
        w = t.low[j]
        if w in lexicon.time_words:
            anchored = anchored or not (w in lexicon.determiners or w in lexicon.cue_modifiers)
        elif not w.isdigit():
            break
        j -= 1
    if not anchored:
        return k
    while j >= 0 and t.low[j] in lexicon.time_openers and not t.inq[j]:
        j -= 1
    return j


def _np_before_from(t: _Tokens, lexicon: Lexicon, ci: int, blocked: set[int], adverbs: bool):
    k, negated = _skip_modifiers(t, lexicon, ci - 1, 0, adverbs)
    if k > 0 and t.low[k] in lexicon.relative_pronouns and not t.inq[k]:
        # "pernyataan Megawati yang menyebut bahwa ...", "remarks by Navjot Kaur Sidhu, who had
        # claimed that": the name before the relative pronoun; without "that" only a name of
        # two words or more right before it ("relawannya Paulus Romundo yang menyatakan ...")
        that = any(t.low[x] in lexicon.complementizers for x in range(ci + 1, min(t.n, ci + 3)))
        # "kesaksian Irvanto Hendra Pambudi Cahyo, yang juga membantah telah menyerahkan": a
        # denial needs no "that"
        denial = any(c.stance in ("denies", "accuses") for c in lexicon.cues.get(t.low[ci], ()))
        j, more = _skip_modifiers(t, lexicon, k - 1, 0, adverbs)
        if j > 1 and t.raw[j] == "," and (that or denial) and _whole_name_before(t, lexicon, j - 1):
            j -= 1
        if that or (_whole_name_before(t, lexicon, j) and t.cap[j - 1] and t.word(j - 1)):
            k, negated = j, negated or more
        start = _name_start(t, k)
        if k >= 0 and t.cap[k] and start not in blocked:
            return (start, k + 1), negated
    if k < 0:
        return None, negated
    closing = k
    k = _skip_degrees(t, _skip_parentheses(t, k))
    if k < 0:
        return None, negated
    # "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) menegaskan": the acronym spells out
    # how far back the name goes
    acronym = t.raw[k + 2] if t.raw[closing] == ")" and closing == k + 3 else None
    j = _skip_time(t, lexicon, k, blocked)
    if 0 <= j < k:
        # "North Korea on Friday said", "Korea Utara pada Jumat (13/10) mengatakan": the
        # speaker stands before the time phrase, which names no one.
        j, before = _skip_modifiers(t, lexicon, j, 0, adverbs)
        if j >= 0 and t.raw[j] != ",":
            hit = _np_back(t, lexicon, j, 0, blocked)
            if hit is not None:
                return hit, negated or before
        elif j >= 0:
            # "Kepala Bidang Humas, Yusri Yunus, pada Rabu mengatakan": as without the time
            k, negated = j, negated or before
    if t.raw[k] in _DASHES and not t.inq[k]:
        return _before_dashes(t, lexicon, k, blocked), negated
    if t.raw[k] == ",":
        # "Putin, dalam pesannya kepada Kim, mengatakan": the speaker precedes the parenthetical
        # (or several: "Sen. Lindsey Graham, R-S.C., a presidential candidate, said").
        for _ in range(3):
            m = k - 1
            while (
                m >= 0
                and t.raw[m] != ","
                and not t.inq[m]
                and m not in blocked
                and k - m <= PARENTHETICAL_MAX
            ):
                m -= 1
            if not (m >= 1 and t.raw[m] == "," and m < k - 1):
                return None, negated
            end = _skip_parentheses(t, m - 1)
            hit = _np_back(t, lexicon, end, 0, blocked) if end >= 0 else None
            if hit is not None:
                inner = [i for i in range(m + 1, k) if t.word(i)]
                if (
                    inner
                    and len(inner) <= 5
                    and inner == list(range(m + 1, k))
                    and all(t.cap[i] for i in inner)
                    and (
                        not t.cap[hit[1] - 1]
                        or (
                            _has_phrase(
                                t,
                                lexicon,
                                _description_start(t, lexicon, hit),
                                hit[1],
                                lexicon.titles,
                            )
                            and all(_NAME_WORD.match(t.raw[i]) for i in inner)
                            and not _is_place_name([t.raw[i] for i in inner], lexicon)
                            and not _has_phrase(t, lexicon, m + 1, k, lexicon.titles)
                        )
                    )
                ):
                    # "Ukraine's intelligence chief, Kyrylo Budanov, said" and "A spokesman for
                    # President Vladimir Putin, Dmitry Peskov, said": the name, unless the role
                    # is itself set off after the speaker's name and serves the one named
                    owner = _served_by(t, lexicon, hit, blocked)
                    return (owner or (m + 1, k)), negated
                return _name_before_role(t, lexicon, hit, blocked), negated
            k = m
        return None, negated
    hit = _np_back(t, lexicon, k, 0, blocked)
    if hit is not None and acronym is not None:
        hit = _spelled_out(t, lexicon, hit, acronym, blocked)
    return _before_relative(t, lexicon, hit, blocked), negated


# Tokens back from a name over which its acronym may still be spelled out.
ACRONYM_REACH = 12


def _spelled_out(t: _Tokens, lexicon: Lexicon, hit, acronym: str, blocked: set[int]):
    """The name that ``acronym`` abbreviates, ending where the phrase ``hit`` ends, when its
    capitalised words' initials spell the acronym over commas and a conjunction ("Badan
    Meteorologi, Klimatologi, dan Geofisika" for BMKG); else ``hit``."""
    if not _acronym(acronym):
        return hit
    initials = ""
    x = hit[1] - 1
    while x >= 0 and hit[1] - x <= ACRONYM_REACH and x not in blocked and not t.inq[x]:
        if t.cap[x] and t.word(x):
            initials = t.raw[x][0].upper() + initials
            if initials == acronym.upper():
                return (x, hit[1]) if x < hit[0] else hit
            if not acronym.upper().endswith(initials):
                return hit
        elif not (t.raw[x] == "," or t.low[x] in lexicon.conjunctions):
            return hit
        x -= 1
    return hit


DESCRIPTION_MAX = 6


def _description_start(t: _Tokens, lexicon: Lexicon, hit) -> int:
    """Where the description that ends with the phrase ``hit`` starts: back over a joining word
    (``np_inner``, ``description_joiners``) and the words before it, to the sentence's start or a
    punctuation mark ("Anggota DPRD DKI dari Fraksi PKS" for the phrase "Fraksi PKS"), at most
    ``DESCRIPTION_MAX`` words."""
    a = hit[0]
    if a == 0 or t.low[a - 1] not in lexicon.np_inner | lexicon.description_joiners:
        return a
    while a > 0 and hit[0] - a < DESCRIPTION_MAX and t.word(a - 1) and not t.inq[a - 1]:
        a -= 1
    return a


def _name_before_role(t: _Tokens, lexicon: Lexicon, hit, blocked: set[int]):
    """The name before a role set off by commas that the phrase found: "Valery Nadtachayev, a
    spokesman for the agency, the KGB, told" gives the person, not "a spokesman"."""
    a = hit[0]
    if a < 2 or t.raw[a - 1] != "," or t.cap[a] or t.low[a] not in lexicon.determiners:
        return hit
    name = _np_back(t, lexicon, a - 2, 0, blocked)
    if name is not None and t.cap[name[0]] and t.cap[name[1] - 1]:
        return name
    return hit


def _served_by(t: _Tokens, lexicon: Lexicon, hit, blocked: set[int]):
    """The name before a role set off by commas that serves someone ("Dmitry Peskov, spokesman
    for the Russian president, Vladimir Putin, called": Peskov, not Putin); the role ends with
    the phrase ``hit``. None when the role links to no one or no name opens the clause."""
    d = _description_start(t, lexicon, hit)
    if d < 2 or t.raw[d - 1] != ",":
        return None
    if not any(t.low[x] in lexicon.role_links for x in range(d + 1, hit[1] - 1)):
        return None
    if not _whole_name_before(t, lexicon, d - 2):
        return None
    start = _name_start(t, d - 2)
    if start in blocked or (start > 0 and t.word(start - 1)):
        return None
    return (start, d - 1)


def _name_end(t: _Tokens, i: int) -> int:
    """End of the run of capitalised name words, outside quotes, that starts at token i."""
    j = i
    while j < t.n and t.cap[j] and _NAME_WORD.match(t.raw[j]) and not t.inq[j]:
        j += 1
    return j


def _name_start(t: _Tokens, j: int) -> int:
    """Start of the run of capitalised words, outside quotes, that ends at token j."""
    start = j
    while start - 1 >= 0 and t.cap[start - 1] and t.word(start - 1) and not t.inq[start - 1]:
        start -= 1
    return start


def _before_dashes(t: _Tokens, lexicon: Lexicon, k: int, blocked: set[int]):
    """The speaker before an aside set off by dashes that ends at token k: "Shahbaz Sharif --
    brother of jailed former prime minister Nawaz Sharif -- alleged"."""
    m = k
    while m >= 0 and t.raw[m] in _DASHES:
        m -= 1
    while (
        m >= 0
        and t.raw[m] not in _DASHES
        and not t.inq[m]
        and m not in blocked
        and k - m <= PARENTHETICAL_MAX + 2
    ):
        m -= 1
    if m < 1 or t.raw[m] not in _DASHES:
        return None
    while m >= 1 and t.raw[m - 1] in _DASHES:
        m -= 1
    return _np_back(t, lexicon, m - 1, 0, blocked) if m >= 1 else None


def _whole_name_before(t: _Tokens, lexicon: Lexicon, j: int) -> bool:
    """Whether a name ends at token j and starts after a word that is not a preposition (but
    "by") or a determiner: "leader Navjot Kaur Sidhu", "remarks by Navjot Kaur Sidhu",
    "relawannya Paulus Romundo"; not the end of "for Conservative Principles", "at Fox News" or
    "premier of North-Rhine Westphalia"."""
    if j < 1 or not (t.cap[j] and t.word(j)) or t.inq[j]:
        return False
    start = _name_start(t, j)
    if start == 0:
        return True
    before = t.low[start - 1]
    return not (
        before in lexicon.np_inner
        or (before in lexicon.prepositions and before not in lexicon.agent_markers)
        or before in lexicon.place_prepositions
        or before in lexicon.determiners
    )


RELATIVE_CLAUSE_MAX = 6
# At most this many words before an attribution set inside the content ("X, kata Y, ...").
PARENTHETICAL_SUBJECT_MAX = 8


def _reported_subject(t: _Tokens, lexicon: Lexicon, q: int, hit, blocked: set[int]) -> bool:
    """Whether the name ``hit`` follows the cue at q as the subject of what it reports ("video
    Rizieq yang menyatakan Menteri Retno meminta"), not as its object ("the woman who posted
    the video said", "who told Smith")."""
    return (
        q in blocked
        and q == hit[0] - 1
        and t.cap[hit[0]]
        and not any(c.object or c.addressee for c in lexicon.cues.get(t.low[q], ()))
    )


def _before_relative(t: _Tokens, lexicon: Lexicon, hit, blocked: set[int]):
    """The speaker before a relative clause that the phrase found ends: "The woman who posted
    the video said", "Pihak media yang bersangkutan menyatakan"."""
    if hit is None or _is_pronoun(t, lexicon, *hit):
        # "apa yang ia sebut sebagai hegemoni": the pronoun is the relative clause's subject
        return hit
    q = hit[0] - 1
    while q >= 0 and hit[0] - q <= RELATIVE_CLAUSE_MAX:
        if t.inq[q] or not t.word(q) or _reported_subject(t, lexicon, q, hit, blocked):
            return hit
        if t.low[q] in lexicon.relative_pronouns:
            before = _np_back(t, lexicon, q - 1, 0, blocked) if q > 0 else None
            return before if before is not None else hit
        q -= 1
    return hit


# An academic degree after a name: "M.Epid.", "S.H.", "M.Si", "Ph.D."
_DEGREE = re.compile(r"^[A-Z][A-Za-z]{0,3}(?:\.[A-Za-z]{1,6})+\.?$")


def _skip_degrees(t: _Tokens, k: int) -> int:
    """Index before the degrees that end at token k after a comma ("Siti Nadia Tarmizi,
    M.Epid."), else k."""
    while k >= 1:
        j = k - 1 if t.raw[k] == "." and k >= 1 else k
        if not _DEGREE.match(t.raw[j]) or j < 1 or t.raw[j - 1] != ",":
            return k
        k = j - 2
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


def _np_after(
    t: _Tokens, lexicon: Lexicon, k: int, blocked: set[int], agent: bool = False, name_only=False
):
    """(name range, full range) of the phrase that starts at token ``k``, or None."""
    if agent and k < t.n and t.low[k] in lexicon.agent_markers:
        k += 1
    if k < t.n and t.low[k] in lexicon.pronouns and not t.inq[k]:
        # "kata mereka Indonesia tidak memiliki ...": the pronoun alone
        return (k, k + 1), (k, k + 1)
    j = k
    named = False
    while j < t.n and j - k < lexicon.max_np_tokens:
        if t.inq[j] or not t.word(j) or j in blocked:
            break
        w = t.low[j]
        # "dikutip dari Antara": an outlet's name is no stop word
        outlet = t.cap[j] and (t.raw[j],) in lexicon.outlets
        # "Duta Besar Rusia untuk Indonesia, Lyudmila ...": a role's joining word goes on
        joins = (
            w in lexicon.description_joiners
            and j + 1 < t.n
            and t.cap[j + 1]
            and _has_phrase(t, lexicon, k, j, lexicon.titles)
        )
        if w in lexicon.np_stopwords and w not in lexicon.determiners and not outlet and not joins:
            break
        if (
            name_only
            and named
            and not t.cap[j]
            and w not in lexicon.np_inner | lexicon.conjunctions
            and not _title_at(t, lexicon, j)
            and not (w.endswith("s") and (w[:-1],) in lexicon.titles)
            and not _HYPHEN_ADJECTIVE.match(t.raw[j - 1])
        ):
            # "Kim Jong Un exchanged": a name, then the verb; "Federal prosecutors filed": a
            # name, then the title it qualifies
            break
        if named and not t.cap[j] and w in lexicon.trailing_adjuncts and w not in lexicon.np_inner:
            # "kata Jokowi usai meninjau Pasar Jatinegara": the adjunct is not the name's
            break
        if (
            agent
            and named
            and w in lexicon.np_inner
            and j + 1 < t.n
            and not t.cap[j + 1]
            and t.low[j + 1] not in lexicon.determiners
        ):
            # "accused by Washington of biased reporting": the agent ends at what it said
            break
        named = named or (t.cap[j] and t.low[j] not in lexicon.determiners)
        if w in lexicon.conjunctions:
            if k < j < t.n - 1 and t.cap[j - 1] and t.word(j + 1) and t.cap[j + 1]:
                j += 1
                continue
            break
        j += 1
    if j == k or all(t.low[x] in lexicon.determiners for x in range(k, j)):
        return None
    comma = j
    if j < t.n and t.raw[j] == "(":
        # "anggota MKD asal Fraksi PAN (PAN), Sukiman": an acronym between description and name
        close = next((x for x in range(j + 1, min(t.n, j + 6)) if t.raw[x] == ")"), None)
        if close is not None and close + 1 < t.n and t.raw[close + 1] == ",":
            comma = close + 1
    if comma < t.n and t.raw[comma] == ",":
        # "media pemerintah Pyongyang, KCNA", "Kabid Humas Polda Metro Jaya, Kombes Pol Yusri
        # Yunus": a description, then the name it describes.
        m = comma + 1
        while m < t.n and t.word(m) and t.cap[m] and not t.inq[m] and m - comma <= 6:
            m += 1
        ends = (
            m >= t.n
            or t.raw[m] in SENTENCE_PUNCT
            or t.raw[m] in QUOTE_CHARS + ","
            or t.low[m] in lexicon.trailing_adjuncts
        )
        described = (
            not t.cap[k]
            or _has_phrase(t, lexicon, k, j, lexicon.media_words)
            or _has_phrase(t, lexicon, k, j, lexicon.titles)
        )
        name_words = [t.raw[x] for x in range(comma + 1, m)]
        dated = all(t.low[x] in lexicon.time_words for x in range(comma + 1, m))
        place = _is_place_name(name_words, lexicon)
        if m > comma + 1 and ends and described and not dated and not place:
            return (comma + 1, m), (k, m)
    return (k, j), (k, j)


def _split_speakers(t: _Tokens, lexicon: Lexicon, a: int, b: int) -> list[tuple[int, int]]:
    first = a
    while first < b - 1 and t.low[first] in lexicon.determiners:
        first += 1
    if t.low[first] in lexicon.institutions:
        # "Kementerian Komunikasi dan Informatika" is one speaker
        return [(a, b)]
    # "Menteri Komunikasi dan Informatika Budi Arie": a role's own "dan" joins no speakers
    in_title = {i for start, end in _titles_in(t, lexicon, a, b) for i in range(start, end)}
    parts, start = [], a
    for i in range(a, b):
        if t.low[i] in lexicon.conjunctions and i not in in_title:
            if i > start:
                parts.append((start, i))
            start = i + 1
    if start < b:
        parts.append((start, b))
    if len(parts) > 1:
        # "Both Pyongyang and Moscow": each speaker without the quantifier
        trimmed = []
        for x, y in parts:
            while x < y - 1 and t.low[x] in lexicon.determiners and t.cap[x + 1]:
                x += 1
            trimmed.append((x, y))
        parts = trimmed
    return parts or [(a, b)]


def _only_places(t: _Tokens, lexicon: Lexicon, a: int, b: int) -> bool:
    """Whether tokens a..b are place names and nothing else ("Rusia", "of North Korea")."""
    while a < b:
        if t.low[a] in lexicon.np_inner:
            a += 1
            continue
        for size in range(min(lexicon.phrase_len, b - a), 0, -1):
            if tuple(t.low[a : a + size]) in lexicon.places:
                a += size
                break
        else:
            return t.low[a] in ("'s", "’s") and a == b - 1
    return True


def _clean_name(t: _Tokens, lexicon: Lexicon, a: int, b: int) -> str:
    if not any(t.cap[x] for x in range(a, b)):
        # "kedua pemimpin", "officials": a description, kept whole
        return _without_possessive(" ".join(t.text[t.st[a] : t.en[b - 1]].split()))
    while a < b - 1 and t.low[a] in lexicon.determiners:
        a += 1
    # "A statement from the Israeli military": the one who issued it speaks
    if (
        a < b - 2
        and t.low[a] in lexicon.document_words
        and t.low[a + 1] in lexicon.np_inner
        and any(t.cap[x] for x in range(a + 2, b))
    ):
        a += 2
        while a < b - 1 and t.low[a] in lexicon.determiners:
            a += 1
    titles = []
    for i in range(a, b):
        for size in range(min(lexicon.phrase_len, b - i), 0, -1):
            if tuple(t.low[i : i + size]) in lexicon.titles:
                titles.append((i, i + size))
                break
    function_words = lexicon.function_words
    titled = False
    for n, (begin, end) in reversed(list(enumerate(titles))):
        if any(t.low[x] in lexicon.role_links for x in range(titles[0][1], begin)) and n:
            # "Spokesman for Russian president Vladimir Putin": the name is the president's,
            # the speaker the spokesman, who is not named
            break
        # The name after the last title that leaves one: "Foreign Minister Sergei Lavrov" is
        # Lavrov, "juru bicara relawan Singgih Widyastomo" is Singgih Widyastomo, but
        # "Kementerian Luar Negeri Rusia" is the ministry, not Russia, and "Ministry of
        # Defence" and "Officials in Washington" keep their title.
        rest = end
        while rest < b - 1 and not t.cap[rest] and t.low[rest] not in function_words:
            rest += 1
        if (
            rest < b
            and t.cap[rest]
            and not _only_places(t, lexicon, rest, b)
            and not any(t.low[x] in lexicon.conjunctions for x in range(rest, b))
        ):
            # (a person's name has no "and": "Kementerian Komunikasi dan Informatika" is whole)
            a, titled = rest, True
            break
    stripped = titled
    while stripped:
        stripped = False
        for size in range(min(lexicon.phrase_len, b - a - 1), 0, -1):
            if tuple(t.low[a : a + size]) in lexicon.places and t.cap[a + size]:
                a += size
                stripped = True
                break
        if titled and not stripped and a < b - 1 and _org_code(t.raw[a]):
            # "Juru bicara BPN Dahnil", "Anggota Komisi I DPR RI Mukhlis Basri": the
            # organisation's acronyms and numbers, then the person
            k = a
            while k < b - 1 and _org_code(t.raw[k]):
                k += 1
            if t.cap[k] and not _org_code(t.raw[k]):
                a, stripped = k, True
    return _without_possessive(" ".join(t.text[t.st[a] : t.en[b - 1]].split()))


def _without_possessive(name: str) -> str:
    for suffix in ("’s", "'s"):
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


_ROMAN = re.compile(r"^[IVX]{1,4}$")


def _org_code(word: str) -> bool:
    """An acronym or a roman numeral ("DPR", "RI", "I" of "Komisi I")."""
    return _acronym(word) or bool(_ROMAN.match(word))


def _titles_in(t: _Tokens, lexicon: Lexicon, a: int, b: int) -> list[tuple[int, int]]:
    """The title phrases among tokens a..b, longest first at each position."""
    found, x = [], a
    while x < b:
        for size in range(min(lexicon.phrase_len, b - x), 0, -1):
            if tuple(t.low[x : x + size]) in lexicon.titles:
                found.append((x, x + size))
                x += size
                break
        else:
            x += 1
    return found


def _note_roles(t: _Tokens, lexicon: Lexicon, a: int, b: int, name: str, state: _DocState):
    """Remember who holds the roles named before a speaker's name ("Kremlin spokesman Dmitry
    Peskov": the spokesman is Peskov), for a later "the spokesman"."""
    if not name[:1].isupper() or " ".join(t.text[t.st[a] : t.en[b - 1]].split()) == name:
        return
    for start, end in _titles_in(t, lexicon, a, b):
        # under the whole role and its head word: "the minister" after "Finance Minister X",
        # but "the prime minister" only after "Prime Minister Y"
        held = (name, state.sentence_no)
        state.roles[" ".join(t.low[start:end])] = held
        state.roles[t.low[end - 1]] = held


def _role_holder(t: _Tokens, lexicon: Lexicon, a: int, b: int, state: _DocState) -> str | None:
    """The person a bare role stands for ("The spokesman", "the foreign minister"): the one last
    named with that role, a few sentences back at most; None for anything else."""
    while a < b - 1 and t.low[a] in lexicon.determiners:
        a += 1
    if tuple(t.low[a:b]) not in lexicon.titles:
        return None
    held = state.roles.get(" ".join(t.low[a:b]))
    if held is not None and state.sentence_no - held[1] <= PRONOUN_WINDOW:
        return held[0]
    # "... said Datuk Seri Anwar Ibrahim. The Prime Minister stressed": an office spelt with
    # capitals and held by no one named is the person who spoke just before, if a person
    if (
        held is None
        and all(t.cap[x] for x in range(a, b))
        and state.last_named
        and state.sentence_no - state.last_named_at <= 1
        and len(state.last_named) == 1
        and not _may_be_plural(state.last_named, lexicon)
        and not _organisation(state.last_named[0], lexicon)
    ):
        return state.last_named[0]
    return None


def _demonstrative(t: _Tokens, lexicon: Lexicon, a: int, b: int) -> bool:
    """Whether the phrase is a role and a demonstrative ("pejabat itu", "jubir itu"), which
    points back to someone already named; "laporan tersebut" (the report) does not."""
    if b < t.n and t.raw[b] == "(":
        # "Mantan Panglima Angkatan Bersenjata Republik Indonesia (ABRI) itu"
        close = _skip_parentheses_forward(t, b)
        if close < t.n and t.low[close] in lexicon.determiners:
            b = close + 1
    last = t.low[b - 1]
    return (
        b - a > 1
        and last in lexicon.determiners
        and last in lexicon.np_stopwords
        and _has_phrase(t, lexicon, a, b - 1, lexicon.titles) is not None
    )


def _definite_head(t: _Tokens, lexicon: Lexicon, a: int, b: int) -> str | None:
    """The one word of a phrase that is that word and definite determiners only ("The network",
    "keterangan tersebut"), else None ("a group", "network", "Qatari network")."""
    words = [x for x in range(a, b) if t.low[x] not in lexicon.definite_determiners]
    return t.low[words[0]] if len(words) == 1 and b - a > 1 else None


def _issued(t: _Tokens, lexicon: Lexicon, a: int, b: int) -> bool:
    """Whether the phrase is a statement someone issued with a definite determiner ("keterangan
    tersebut"): it speaks for the one who issued it, named before."""
    return _definite_head(t, lexicon, a, b) in lexicon.issued_words


def _full_name(name: str, lexicon: Lexicon, state: _DocState) -> str:
    """The name in full when the text named that speaker in full before ("Peskov" after "Dmitry
    Peskov", "Kim" after "Gen. Kim Myung-soo": the latest such name); remembers full names."""
    words = name.split()
    if len(words) > 1:
        if all(w[:1].isupper() for w in words) and not _is_place_name(words, lexicon):
            if name in state.full_names:
                state.full_names.remove(name)
            state.full_names.append(name)
        return name
    if len(words) == 1 and words[0][:1].isupper() and (words[0].lower(),) not in lexicon.places:
        for full in reversed(state.full_names):
            if words[0] in _name_parts(full):
                return full
    return name


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
    Saturday Paper", "Six Gannett newspapers", "Kementerian Luar Negeri", "KPK"); not a
    person's full name ("Jeb Bush")."""
    if len(named) != 1:
        return True
    words = named[0].split()
    return len(words) == 1 or any(
        not w[:1].isupper()
        or not _NAME_WORD.match(w)
        or _acronym(w)
        or w.lower() in lexicon.institutions
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
    return word in lexicon.pronouns


def _quote_closes_at(t: _Tokens, pos: int) -> bool:
    """Whether a quote closes right before char ``pos``, whatever its marks ('' or ’’ too): a
    closing quote before the speaker sets off what was said as a comma does."""
    return any(qe < pos and not t.text[qe:pos].strip(" '’\"”»,") for _, qe in t.quotes)


def _partial_quote(t: _Tokens, lexicon: Lexicon, before: list[tuple[int, int]]) -> bool:
    """Whether the last of these quotes is only part of its clause: words of the reporter lead
    to it ('The ministry called the report "a total fabrication", Xinhua said'), not an
    introduction ending in a colon or a dash, nor another attribution between two quotes."""
    qs = before[-1][0]
    lead = t.text[before[-2][1] + 1 if len(before) > 1 else t.start : qs].strip()
    if not any(ch.isalnum() for ch in lead) or lead.endswith((":", "—", "–", "-")):
        return False
    words = {m.group().lower() for m in lexicon.token_re.finditer(lead)}
    return not words & lexicon.cue_words


def _quote_content(t: _Tokens, qs: int, qe: int) -> tuple[int, int] | None:
    a, b = qs + 1, qe
    while a < b and (t.text[a].isspace() or t.text[a] in "'‘’"):
        a += 1
    while b > a and (t.text[b - 1].isspace() or t.text[b - 1] == ","):
        b -= 1
    return (a, b) if a < b else None


def _set_off_role(between: str, lexicon: Lexicon) -> bool:
    """Whether the text between a quote and its speaker is a role set off by commas: '"...,"
    the lawyer, Roland Riopelle, said'."""
    if not between.rstrip().endswith(","):
        return False
    words = between.strip(" \t,").lower().split()
    return (
        0 < len(words) <= 5
        and "," not in " ".join(words)
        and not any(w in lexicon.cue_words for w in words)
        and (words[0] in lexicon.determiners or any((w,) in lexicon.titles for w in words))
    )


def _direct_quote(
    t: _Tokens, lexicon: Lexicon, first: int, last: int, before_too: bool = True
) -> tuple[int, int] | None:
    """The quote right before or right after the attribution that spans chars first..last."""
    before = [q for q in t.quotes if q[1] < first] if before_too else []
    if before and not _partial_quote(t, lexicon, before):
        qs, qe = before[-1]
        between = t.text[qe + 1 : first]
        # nothing but punctuation, or a short description set off by commas ('"...," the
        # lawyer, Roland Riopelle, said')
        if not between.strip(" \t,—–-'’") or _set_off_role(between, lexicon):
            return _quote_content(t, qs, qe)
    after = [q for q in t.quotes if q[0] >= last]
    if after:
        qs, qe = after[0]
        between = t.text[last:qs].strip()
        # '..., she said, adding, "..."': the cue right after this one owns the quote
        words = [w for w in lexicon.token_re.findall(between) if w[:1].isalpha()]
        owned = bool(words) and words[0].lower() in lexicon.cue_words
        if not between or (between[-1] in ":," and len(between.split()) <= 6 and not owned):
            return _quote_content(t, qs, qe)
    return None


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


def _past_listener(t: _Tokens, lexicon: Lexicon, a: int, addressee: bool) -> int:
    """Where the content starts after the one spoken to, when a clause follows it: "told
    reporters the claim was false", "told the BBC ...", "mengatakan kepada wartawan pihaknya
    ...". ``a`` when there is no such phrase."""
    k = a
    preposition = k < t.n and t.low[k] in lexicon.trailing_adjuncts
    if not (preposition or addressee):
        return a
    k += preposition
    while k < t.n and t.low[k] in lexicon.determiners:
        k += 1
    m = k
    while m < t.n and t.low[m] in lexicon.listeners and not t.inq[m]:
        m += 1
    if m == k:
        # a named listener or place: "told the BBC", "mengatakan kepada VOA", "said in Kyiv"
        while m < t.n and t.word(m) and t.cap[m] and not t.inq[m] and m - k < 4:
            m += 1
    if m == k:
        return a
    if m + 1 < t.n and t.low[m] in lexicon.trailing_adjuncts and t.low[m + 1] in lexicon.time_words:
        m += 2  # "told reporters on Monday"
    if m < t.n and t.raw[m] == "," and not t.inq[m]:
        m += 1
    if addressee and (m >= t.n or t.raw[m] in (".", "!", "?", "…")):
        # "..., a source told the Post.": the listener closes the sentence, the content is
        # before the speaker
        return m
    # a clause follows: a word that does not go on with the phrase
    if m >= t.n or not t.word(m) or t.low[m] in lexicon.trailing_adjuncts:
        return a
    return m


def _content_after(t, lexicon, found: _Found, a: int, later_cues: list[int]):
    window = OBJECT_COMPLEMENT_WINDOW if found.cue.object else COMPLEMENT_WINDOW
    if a < t.n and t.low[a] in lexicon.trailing_adjuncts:
        # "mengatakan dalam sebuah wawancara baru-baru ini bahwa", "said in an interview that"
        window = OBJECT_COMPLEMENT_WINDOW
    start = a
    for k in range(a, min(t.n, a + window + 1)):
        clause = _possessed(t, lexicon, k)
        if clause is not None:
            # "rejected Pakistan's allegations that ...": what the allegations say is rejected
            a = clause
            break
        if t.inq[k] or t.raw[k] in SENTENCE_PUNCT or k in later_cues:
            # "..., the ministry said in a statement, adding that": the next cue's "that"
            break
        if t.low[k] in lexicon.complementizers:
            a = k + 1
            break

    if a == start and found.cue.speaker == "after" and a < t.n and t.low[a] in lexicon.time_openers:
        # "Menurut Kemenkominfo pada Jumat (18/1/2019), kabar ini hoaks": after the time
        for k in range(a + 1, min(t.n, a + TIME_PHRASE_MAX)):
            if t.inq[k] or t.low[k] in lexicon.complementizers:
                break
            if t.raw[k] == ",":
                a = k + 1
                break
    while a < t.n - 1 and t.low[a] in lexicon.post_cue_adverbs and t.word(a + 1):
        a += 1  # "membantah keras tudingan itu", "denied flatly that"
    if (
        a == start
        and a < t.n
        and t.low[a] in lexicon.as_markers
        and (found.cue.naming or found.cue.stance in ("denies", "accuses"))
    ):
        # "dismissed as “baseless” the allegations that ...": what was dismissed follows
        for k in range(a + 1, min(t.n, a + 6)):
            if t.raw[k] in ",;:." or (t.word(k) and t.low[k] in lexicon.pronouns):
                break
            if k > a + 1 and t.low[k] in lexicon.determiners and not t.inq[k]:
                a = k
                break
    if a == start:
        a = _past_listener(t, lexicon, a, found.cue.addressee)
        a = _past_relay(t, lexicon, a)
    while a < t.n and not t.word(a) and t.raw[a] not in QUOTE_CHARS:
        a += 1
    if a in later_cues:
        return a, a  # "..., Qassemi said, adding that": nothing after this cue is its own
    b = t.n
    for k in range(a, t.n):
        if t.raw[k] == ";" and not t.inq[k]:
            b = k
            break
        if (
            t.raw[k] == ","
            and not t.inq[k]
            and k + 1 < t.n
            and (
                (
                    t.low[k + 1] in lexicon.np_stopwords | lexicon.conjunctions
                    and any(c > k for c in later_cues)
                )
                # "rejected the report, calling it fake": the next cue's clause
                or k + 1 in later_cues
                # "Responding to Kumar's claim that ..., Satheesan said": a noun's clause
                # ends before another attribution
                or (found.cue.possessed and any(c > k for c in later_cues))
                # "While some posts claimed that ..., the police denied": the clause a
                # subordinator opens ends at its comma
                or (t.low[0] in lexicon.subordinators and any(c > k for c in later_cues))
            )
        ):
            b = k
            break
        if t.low[k] in lexicon.conjunctions and k + 1 in later_cues and not t.inq[k]:
            # "membantahnya dan menyebut ...": what follows is the next cue's
            b = k
            break
    owner = _possessor(t, lexicon, found.ci) if found.cue.possessed else None
    opens = owner is not None and min(owner[0], found.ci) in (0, _dateline_end(t, found.ci))
    if owner is not None and (
        opens or (owner[0] > 0 and t.low[owner[0] - 1] in lexicon.complementizers)
    ):
        # the possessed claim opens the sentence or a "that" clause ("said that Israeli claims
        # that ... were false"): what ends it may be that clause's verdict
        b = _before_false_predicate(t, lexicon, a, b)
    return a, _before_channel(t, lexicon, a, b)


# Words of the outlet after a relay marker that opens a content.
RELAY_NAME_MAX = 10


def _past_relay(t: _Tokens, lexicon: Lexicon, a: int) -> int:
    """After the outlet a content opens with ("said in a statement carried by the official
    Korean Central News Agency, “Our military ...”"): the words, not how they travelled."""
    for phrase in lexicon.relay_markers:
        end = a + len(phrase)
        if tuple(t.low[a:end]) != phrase:
            continue
        for k in range(end, min(t.n - 1, end + RELAY_NAME_MAX)):
            if t.inq[k] or t.raw[k] in SENTENCE_PUNCT:
                break
            if t.raw[k] == ",":
                return k + 1
    return a


def _before_false_predicate(t: _Tokens, lexicon: Lexicon, a: int, b: int) -> int:
    """End of a possessed claim's clause before the sentence's own verdict on it: "Pakistan's
    allegation that New Delhi was involved [is baseless]", "Tudingan Riefky bahwa Moeldoko
    memberi uang [tidak benar]"."""
    words = [i for i in range(a, b) if t.word(i)]
    for size in range(min(lexicon.phrase_len, len(words) - 1), 0, -1):
        if tuple(t.low[i] for i in words[-size:]) not in lexicon.falsehood_words:
            continue
        n = len(words) - size
        while n > 1 and (
            t.low[words[n - 1]] in lexicon.intensifiers | lexicon.copulas | lexicon.negations
        ):
            n -= 1
        if n < len(words) - size or is_negation(t.low[words[-size]], lexicon):
            # a verdict has a copula or a negation: "is baseless", "tidak benar"
            return words[n - 1] + 1
        return b
    return b


CHANNEL_TAIL_MAX = 8
# "pada Jumat (18/1/2019)," after a speaker: the tokens a time phrase may take
TIME_PHRASE_MAX = 12


def _before_channel(t: _Tokens, lexicon: Lexicon, a: int, b: int) -> int:
    """End of a content before the channel that closes it: "denied the allegations [in a
    statement on Friday]", "membantah tudingan itu [melalui keterangan tertulis]", "kabar itu
    hoaks[, dikutip dari Antara]". The channel says how the words came, not what they say."""
    for k in range(a + 2, b):
        if t.inq[k] or b - k > CHANNEL_TAIL_MAX:
            continue
        if t.raw[k] == "," and any(
            tuple(t.low[k + 1 : k + 1 + len(m)]) == m for m in lexicon.relay_markers
        ):
            return k
        if t.low[k] in lexicon.adjunct_prepositions and any(
            t.low[x] in lexicon.channel_words for x in range(k + 1, min(b, k + 4))
        ):
            # "speaks at a Vatican conference": a named event is what was said, not a channel
            tail = range(k, b)
            if not any(
                t.low[x] in lexicon.complementizers
                or t.inq[x]
                or (t.cap[x] and t.low[x] not in lexicon.time_words)
                for x in tail
            ):
                return k
    return b


DATELINE_MAX = 12
_DASHES = frozenset({"-", "--", "—", "–"})


def _dateline_end(t: _Tokens, before: int) -> int:
    """Where the text starts after a dateline that opens the sentence ("BEIJING, 29 Juni
    (Xinhua) --", "JAKARTA, KOMPAS.com -"), else 0. Only looked for before token ``before``."""
    if not (t.n and t.word(0) and len(t.raw[0]) >= 3 and t.raw[0].isupper()):
        return 0
    for k in range(1, min(before, DATELINE_MAX)):
        if t.raw[k] in _DASHES and not t.inq[k]:
            while k + 1 < before and t.raw[k + 1] in _DASHES:
                k += 1
            return k + 1
    return 0


def _trailing_attributions(t: _Tokens, lexicon: Lexicon, found: list[_Found]) -> list[int]:
    """Where each attribution that closes the sentence after a comma starts (the comma):
    ", state media KCNA reported." Its content is what comes before it."""
    tails = []
    for f in found:
        if f.inherited or f.full is None or f.full[1] > f.ci:
            continue
        start = min(f.ci, f.full[0])
        end = f.cj
        while end < t.n and t.word(end) and t.low[end] in lexicon.trailing_adjuncts:
            end += 1
        closes = end >= t.n or t.raw[end] in SENTENCE_PUNCT
        if closes and start > 0 and t.raw[start - 1] == "," and not t.inq[start - 1]:
            tails.append(start - 1)
    return tails


def _content_before(t, lexicon, b: int, lo: int) -> tuple[int, int]:
    a = lo
    while a < b and (not t.word(a) and t.raw[a] not in QUOTE_CHARS):
        a += 1
    while b > a and (not t.word(b - 1) and t.raw[b - 1] not in QUOTE_CHARS):
        b -= 1
    while b > a and (
        t.low[b - 1] in lexicon.conjunctions or t.low[b - 1] in lexicon.passive_auxiliaries
    ):
        # "The claims were [rejected by Moscow]": the auxiliary is the cue's
        b -= 1
    return a, b


def _ends_on_colon(t: _Tokens, b: int) -> bool:
    """Whether the unit ends on a colon with at most an adjunct between token b and it."""
    closes = t.n > 0 and t.raw[-1] == ":" and not t.inq[-1]
    return closes and t.n - 1 - b <= OBJECT_COMPLEMENT_WINDOW


def _words(t: _Tokens, a: int, b: int) -> int:
    return sum(1 for i in range(a, b) if t.word(i))


def _checkworthiness(
    lexicon: Lexicon, content: str, stance: str, speech_act: bool, direct: bool
) -> float:
    tokens = [m.group() for m in lexicon.token_re.finditer(content)]
    words = [w for w in tokens if w[:1].isalnum()]
    lower = [w.lower() for w in words]
    score = 0.4
    score += {"accuses": 0.25, "denies": 0.2, "confirms": 0.1, "reports": 0.1}.get(stance, 0.0)
    if stance in ("questions", "promises"):
        score -= 0.1
    if any(ch.isdigit() for ch in content):
        score += 0.15
    names = sum(
        1
        for i, w in enumerate(words)
        if i > 0 and w[0].isupper() and w.lower() not in lexicon.pronouns
    )
    score += min(0.2, 0.05 * names)
    text = " " + " ".join(lower) + " "
    factual = sum(1 for w in lower if w in lexicon.factual_words)
    score += min(0.2, 0.07 * factual)
    low = sum(1 for w in lexicon.low_worth if f" {w} " in text)
    score -= min(0.5, 0.2 * low)
    opinion = sum(1 for w in lower if w in lexicon.opinion_words)
    score -= min(0.2, 0.1 * opinion)
    if not speech_act:
        score -= 0.1
    if len(words) < 4:
        score -= 0.15
    if (
        lower
        and lower[0] in lexicon.np_stopwords
        and lower[0] not in lexicon.determiners
        and lower[0] not in lexicon.pronouns
        and not is_negation(lower[0], lexicon)
    ):
        # "perihal kematian H itu", "about the budget": what was talked about, not what was said
        score -= 0.2
    if direct and not factual and not names:
        score -= 0.05
    return round(min(1.0, max(0.0, score)), 3)


# "US-backed", "Kremlin-linked": a name made an adjective, which the noun after it completes
_HYPHEN_ADJECTIVE = re.compile(r"^[A-Z][\w.]*-[a-z]+$")
# "Russian", "Belarusian", "Chinese", "British", "Israeli": a country's adjective
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:an|ese|ish|i)$")


def _outlet_span(t: _Tokens, lexicon: Lexicon, a: int, b: int, name: tuple[int, int]):
    """The outlet named in tokens a..b: a known outlet, or the name a media word describes."""
    hit = _has_phrase(t, lexicon, a, b, lexicon.outlets, lower=False)
    if hit:
        return t.span(*hit)
    media = _has_phrase(t, lexicon, a, b, lexicon.media_words)
    # "Direktur Media Sosial Kominfo Budi Santoso", "Kepala Biro Pers Media ...": a person's
    # role that names a media office, not an outlet
    if media and not _has_phrase(t, lexicon, a, b, lexicon.titles):
        x, y = name
        caps = [
            i for i in range(x, y) if t.cap[i] and t.word(i) and t.low[i] not in lexicon.determiners
        ]
        if caps:
            # the trailing run of capitalised words: "kantor berita Yonhap" -> "Yonhap"
            end = caps[-1] + 1
            start = end - 1
            while start - 1 >= x and t.cap[start - 1] and t.word(start - 1):
                start -= 1
            if end == 1:
                # only the sentence's first word, capitalised as any is ("Pihak media")
                return None
            if start == end - 1 and media[0] >= end and _DEMONYM.match(t.raw[start]):
                # "Belarusian television", "Russian state television": the country's channel
                return t.span(start, media[1])
            return t.span(start, end)
    return None


def _sentence_via(t: _Tokens, lexicon: Lexicon, found: list[_Found], blocked: set[int]):
    """The outlet a sentence's report came through, and the token range that names it."""
    candidates = []
    for f in found:
        if f.full is None or f.inherited or f.pronoun_self:
            continue
        name = f.speakers[-1] if f.speakers else f.full
        via = _outlet_span(t, lexicon, f.full[0], f.full[1], name)
        if via is not None:
            candidates.append((via.start, via, f.full))
    for i in range(t.n):
        if t.inq[i]:
            continue
        if i > 0 and t.low[i - 1] in lexicon.document_words and any(f.cj < i for f in found):
            # "rejected reports published by Indian media": what the speaker talks about came
            # through that outlet, not what the speaker said
            continue
        for marker in lexicon.via_markers:
            size = len(marker)
            if tuple(t.low[i : i + size]) != marker:
                continue
            found_np = _np_after(t, lexicon, i + size, set())
            if found_np is not None:
                name, full = found_np
                via = _outlet_span(t, lexicon, full[0], full[1], name)
                if (
                    via is None
                    and marker in lexicon.relay_markers
                    and t.cap[name[0]]
                    and t.low[name[0]] not in lexicon.time_words
                ):
                    # "dikutip dari The Straits Times": whatever is named there relayed it
                    via = t.span(*name)
                if via is not None:
                    candidates.append((via.start, via, full))
            break
    if not candidates:
        return None, None
    candidates.sort(key=lambda c: c[0])
    return candidates[0][1], candidates[0][2]


# Lower-case words of a role after a name: "Bangladesh's chief election commissioner", "South
# Korean defence ministry spokesman".
ROLE_WORDS_MAX = 3


def _role_after(t: _Tokens, lexicon: Lexicon, end: int, before: int) -> int | None:
    """Where a role that follows a name at token ``end`` in lower-case words ends (after its
    last title word: "defence ministry spokesman"), before token ``before``; else None."""
    found = None
    for head in range(end + 1, min(before, end + ROLE_WORDS_MAX) + 1):
        if not t.word(head - 1) or t.cap[head - 1]:
            break
        if (t.low[head - 1],) in lexicon.titles:
            found = head
    return found


def _subject(t: _Tokens, lexicon: Lexicon, before: int, blocked: set[int]):
    """The phrase that opens the sentence's main clause (followed by its verb), or None."""
    breaks = [i + 1 for i in range(before) if t.raw[i] in (",", "-", "—", "–") and not t.inq[i]]
    starts = [0, *breaks[:4]]
    for k in starts:
        while k < before and (
            t.quote(k)
            or not t.word(k)
            or t.low[k] in lexicon.contrastives
            or t.low[k] in lexicon.conjunctions
        ):
            k += 1  # '"...', "But South Korean defence ministry spokesman ..."
        if k >= before or t.low[k] in lexicon.np_stopwords:
            continue
        hit = _np_after(t, lexicon, k, blocked, name_only=True)
        if hit is None or hit[0][1] >= before:
            continue
        end = hit[0][1]
        possessive = t.low[end - 1].endswith(("'s", "’s")) and not _is_pronoun(
            t, lexicon, end - 1, end
        )
        modifier = possessive or _DEMONYM.match(t.raw[end - 1]) or _only_places(t, lexicon, *hit[0])
        role = _role_after(t, lexicon, end, before) if modifier else None
        if role is not None:
            named = _name_end(t, role)
            if role < named < before:
                # "South Korean defence ministry spokesman Kim Min-Seok stood by ...": the name
                return hit[0][0], named
            if possessive:
                # "Bangladesh's election chief on Monday ruled out ...": the chief, not the country
                return hit[0][0], role
        if t.raw[end][:1].isalpha() and not t.cap[end] and t.low[end] not in lexicon.np_stopwords:
            return hit[0]
    return None


def _quoted_as(t, lexicon, ci, cj, cue, blocked, previous: list[_Found]) -> _Found | None:
    """'Reuters quoted a senior official as saying': the official speaks, through Reuters.

    The citing cue just before becomes a carrier: its subject stays in the sentence as the
    outlet (see ``_sentence_via``) and it makes no statement of its own.
    """
    if not (cue.participle and previous and ci >= 2 and t.low[ci - 1] in lexicon.as_markers):
        return None
    carrier = previous[-1]
    if not carrier.cue.quoting or carrier.inherited or not carrier.cj < ci - 1:
        return None
    if ci - 1 - carrier.cj > lexicon.max_np_tokens + 8:
        return None
    hit = _np_after(t, lexicon, carrier.cj, blocked)
    if hit is None or hit[1][0] != carrier.cj:
        return None
    carrier.carrier = True
    start = min([carrier.ci] + [a for a, _ in carrier.speakers])
    if carrier.full is not None:
        start = min(start, carrier.full[0])
    return _Found(cue, ci, cj, _split_speakers(t, lexicon, *hit[0]), (start, ci - 1), False)


def _unmade(t: _Tokens, lexicon: Lexicon, ci: int, k: int) -> bool:
    """Whether an ``unmade_markers`` word stands among the modifiers before the cue: "KPU akan
    membantah tuduhan itu", "the ministry will deny it" say what is to come, "Majalah Tempo
    terkesan menuduh" how it seems to someone, not what was said. A quote makes it said
    ('"...," the president will say, according to excerpts'). Token k ends what stands before
    the cue's modifiers."""
    if any(t.quote(x) for x in range(ci)):
        return False
    return any(t.low[x] in lexicon.unmade_markers for x in range(k + 1, ci))


# Words of an outlet's name (and its date) after a sourcing cue that ends a sentence.
SOURCING_TAG_MAX = 8


def _sourcing_tag(t: _Tokens, k: int, cj: int) -> bool:
    """Whether a quoting cue set off at the end of a sentence only names where the reporter
    took it from: '"...," kata Lavrov, mengutip Reuters.', "..., melansir The National News 14
    November." (the outlet is the statement's via, not what anyone said). Token k ends what
    stands before the cue's modifiers."""
    if k < 0 or t.raw[k] != ",":
        return False
    rest = list(range(cj, t.n))
    while rest and not t.word(rest[-1]):
        rest.pop()
    return (
        0 < len(rest) <= SOURCING_TAG_MAX
        and t.cap[rest[0]]
        and all(t.word(x) and (t.cap[x] or t.raw[x].isdigit()) for x in rest)
    )


# Words after a claim cue in which a territory word makes it a claim of a thing.
POSSESSION_WINDOW = 8


def _claims_a_thing(t: _Tokens, lexicon: Lexicon, cj: int) -> bool:
    """Whether a territory word follows the cue before any "that", quote or stop: "Beijing claims
    almost all of the sea", "diklaim oleh keduanya sebagai wilayah mereka"."""
    for k in range(cj, min(t.n, cj + POSSESSION_WINDOW)):
        if (
            t.inq[k]
            or t.low[k] in lexicon.complementizers
            or t.raw[k] in SENTENCE_PUNCT
            or t.raw[k] == ","
        ):
            return False
        if t.low[k] in lexicon.territory_words:
            return True
    return False


def _analyse_cue(t, lexicon, ci, cj, cue, blocked, previous: list[_Found]) -> _Found | None:
    # what stands before the cue once its modifiers are passed over ("also", "akan", "sudah")
    before, _ = _skip_modifiers(t, lexicon, ci - 1, 0)
    if _unmade(t, lexicon, ci, before):
        return None
    if cue.possession and not cue.possessed and _claims_a_thing(t, lexicon, cj):
        return None
    if cue.quoting and not cue.passive and _sourcing_tag(t, before, cj):
        return None
    if not (cue.passive or cue.participle) and cue.speaker != "after" and _passive(t, lexicon, ci):
        if not (cj < t.n and t.low[cj] in lexicon.agent_markers):
            if cue.directive or cue.stance == "denies":
                # "money was demanded from a couple", "he was denied bail": no one speaks
                return None
            # "The minister was accused of taking bribes": no one is named speaking, and the
            # subject is what was said, not who said it
            return _Found(cue, ci, cj, [], None, False, agentless=True)
        # "The claims were rejected by Moscow": the agent speaks, of the subject
        cue = replace(cue, speaker="after", passive=True)
    if (
        cue.passive
        and cue.speaker == "after"
        and ci > 0
        and t.low[ci - 1] in lexicon.relative_pronouns
    ):
        # "data yang disampaikan Jokowi kemudian dibantah": what was said is the noun before
        # "yang", spoken of, not given
        return None
    speakers: list[tuple[int, int]] = []
    full = None
    negated = False
    if cue.pronoun:
        return _Found(cue, ci, cj, [(ci, cj)], (ci, cj), False, pronoun_self=True)
    if cue.possessed:
        owner = _possessor(t, lexicon, ci)
        return _Found(cue, ci, cj, [owner], owner, False)
    if cue.speaker == "after":
        hit = _np_after(t, lexicon, cj, blocked, agent=cue.passive)
        if hit is not None and cue.passive:
            by_agent = cj < t.n and t.low[cj] in lexicon.agent_markers
            if not (by_agent or t.cap[hit[1][0]]):
                hit = None
        if hit is not None:
            speakers, full = [hit[0]], hit[1]
    else:
        if cue.speaker == "either":
            # '"...," said Kim' and '..., said the minister': the speaker follows the cue.
            k = before
            opens = k < 0 or t.raw[k] in ":" or t.quote(k)
            if k >= 0 and t.raw[k] == ",":
                hit, negated = _np_before(t, lexicon, ci, blocked)
                if hit is not None:
                    speakers, full = [hit], hit
                else:
                    opens = True
            if (
                opens
                and not speakers
                and cue.addressee
                and not cue.participle
                and k >= 0
                and t.quote(k)
            ):
                # '"...," told the Malaysian media': the one spoken to follows, the speaker is
                # the one named before, as with "katanya"
                return _Found(cue, ci, cj, [(ci, cj)], (ci, cj), False, pronoun_self=True)
            # a participle's speaker is its clause's subject, never the words after it
            # ("denied the claims, saying a new system suffered glitches")
            after = opens and not speakers and not cue.participle
            hit = _np_after(t, lexicon, cj, blocked) if after else None
            if hit is not None:
                end = hit[1][1]
                if (
                    end >= t.n
                    or not t.word(end)
                    or t.low[end] in lexicon.trailing_adjuncts
                    or t.low[end] in lexicon.conjunctions
                ):
                    speakers, full = [hit[0]], hit[1]
        quoted = _quoted_as(t, lexicon, ci, cj, cue, blocked, previous)
        if quoted is not None:
            return quoted
        if not speakers and cue.participle and not _passive(t, lexicon, ci):
            agent = _np_back(t, lexicon, ci - 1, 0, blocked)
            if agent is not None and agent[0] > 0 and t.low[agent[0] - 1] in lexicon.agent_markers:
                # "the remarks by Mike Pompeo accusing Iran": Pompeo accuses
                return _Found(cue, ci, cj, _split_speakers(t, lexicon, *agent), agent, False)
            # "..., saying that": the subject of the clause, never the words just before;
            # after a plain noun the participle describes it ("footage shows officers
            # questioning a man"), unless that noun is a document ("a statement denying")
            p = ci - 1
            if (
                p >= 0
                and t.word(p)
                and not t.cap[p]
                and t.low[p] not in lexicon.document_words
                and t.low[p] not in lexicon.closed_words
            ):
                return None
            if previous and t.low[p] in lexicon.document_words:
                document = _np_back(t, lexicon, p, previous[-1].cj, blocked)
                if document is not None and document[0] <= previous[-1].cj + 1:
                    # "Russia rejected reports alleging ...": the reports allege, not Russia
                    return _Found(cue, ci, cj, [document], document, False)
            if previous:
                return _Found.inheriting(cue, ci, cj, _main_clause(previous)[-1])
            hit = _subject(t, lexicon, ci, blocked)
            if hit is None:
                return None
            return _Found(
                cue, ci, cj, _split_speakers(t, lexicon, *hit), None, False, inherited=True
            )
        if not speakers:
            k = before
            if k >= 0 and k == _according_to_before(t, previous, ci):
                # "Menurut Nelson, menuding pilpres curang sama saja menuding Bawaslu tidak
                # bekerja": the words after "Menurut X," are X's, a cue opening them included
                return None
            if previous and k >= 0 and (t.raw[k] == "," or t.low[k] in lexicon.conjunctions):
                # "..., adding that", "... and denied": the subject of the clause before
                return _Found.inheriting(cue, ci, cj, _clause_speaker(t, lexicon, previous))
            if k >= 0 and t.low[k] in lexicon.contrastives | lexicon.conjunctions:
                # "The minister declined to comment but said ...": the clause's subject
                hit = _subject(t, lexicon, ci, blocked)
                if hit is not None:
                    return _Found(
                        cue, ci, cj, _split_speakers(t, lexicon, *hit), None, False, inherited=True
                    )
            hit, negated = _np_before(t, lexicon, ci, blocked)
            if (
                hit is not None
                and hit[0] > 0
                and t.low[hit[0] - 1] in lexicon.cue_words
                and _according_to_before(t, previous, ci) is not None
            ):
                # "Menurut Nelson, menuding pilpres curang sama saja menuding Bawaslu": what
                # the first "menuding" takes is no speaker of the second
                return None
            if hit is not None:
                speakers, full = [hit], hit
    if not speakers or _negated_speaker(t, lexicon, (full or speakers[0])[0]):
        return None
    if negated and cue.stance in ("asserts", "accuses", "reports", "confirms", "promises"):
        # "Polisi tidak pernah mengatakan bahwa pelaku sudah ditangkap": nothing was said
        return _Found(cue, ci, cj, speakers, full, True, silent=True)
    name = speakers[0]
    if full == name:
        speakers = _split_speakers(t, lexicon, *name)
    return _Found(cue, ci, cj, speakers, full, negated)


def _according_to_before(t: _Tokens, previous: list[_Found], ci: int) -> int | None:
    """The comma that closes an opening "Menurut X," / "According to X," before token ci (the
    words after it are X's), or None."""
    for p in previous:
        if p.cue.speaker != "after" or p.cue.stance != "reports" or not p.speakers:
            continue
        end = max(b for _, b in p.speakers)
        if p.ci == 0 and end < ci and t.raw[end] == ",":
            return end
    return None


def _main_clause(previous: list[_Found]) -> list[_Found]:
    """The attributions a later cue may continue: not a possessed noun's ("denied Russia's
    claims that ..., calling them lies" continues the denial)."""
    return [f for f in previous if not f.cue.possessed] or previous


def _clause_speaker(t: _Tokens, lexicon: Lexicon, previous: list[_Found]) -> _Found:
    """The attribution a later cue of the clause continues: the last one, unless that one is
    the object of the one before ("denied media reports that ..., and condemned"), a plain noun
    right after that cue; not a name ("says Machado promised ... and said")."""
    previous = _main_clause(previous)
    last = previous[-1]
    if len(previous) > 1 and last.speakers:
        before, start = previous[-2], last.speakers[0][0]
        if before.cj <= start <= before.cj + 1 and not t.cap[start]:
            return before
        if before.cue.stance == "denies" and all(
            t.low[x] in lexicon.complementizers for x in range(before.cj, start)
        ):
            # "Korea Utara membantah bahwa AS mengklaim ... dan mengatakan": the one who
            # denies goes on, not the one whose claim is denied
            return before
    return last


_SITE = re.compile(r"^\w[\w-]*\.(?:com|co\.id|id|net|org|co)$", re.IGNORECASE)


def _site_dateline(t: _Tokens) -> set[int]:
    """The tokens of a dateline without a dash that opens a unit: "Liputan6.com, Jakarta" in
    "Liputan6.com, Jakarta Pendiri Partai Demokrat Hengky Luntungan membantah": no speaker."""
    if t.n < 4 or not _SITE.match(t.raw[0]) or t.raw[1] != ",":
        return set()
    end = 3 if t.cap[2] else 2
    while end < t.n and t.raw[end].isupper() and len(t.raw[end]) > 1:
        end += 1  # "JAKARTA TIMUR"
    return set(range(end))


def _only_anaphor(t: _Tokens, lexicon: Lexicon, start: int, end: int) -> bool:
    """Whether a content (chars start..end) only points back ("Hal itu", "Bantahan yang sama
    juga", "this") or is function words alone ("Akan tetapi yang disampaikan Jokowi": what he
    said is not in the sentence), with no words of its own."""
    first, last = bisect_left(t.st, start), bisect_right(t.st, end)
    words = [t.low[i] for i in range(first, last) if t.word(i) and t.en[i] <= end]
    while words and words[-1] in lexicon.cue_modifiers:
        words.pop()
    return bool(words) and (
        tuple(words) in lexicon.anaphors
        # a pronoun may carry an elliptical content: "55 percent said she does not"
        or all(
            (
                w in lexicon.closed_words
                or w in lexicon.relative_pronouns
                or w in lexicon.contrastives
            )
            and w not in lexicon.pronouns
            for w in words
        )
    )


def _remember_speaker(t: _Tokens, lexicon: Lexicon, f: _Found, state: _DocState) -> None:
    """Keep the name of a speaker who said nothing ("Don Stewart did not say when ...") for a
    later "he", as a statement's speaker is kept."""
    names = [
        _full_name(_clean_name(t, lexicon, a, b), lexicon, state)
        for a, b in f.speakers
        if not _is_pronoun(t, lexicon, a, b)
    ]
    _note_named(names, state, lexicon)


def _named_in(name: str, text: str) -> bool:
    """Whether the text opens on the person's name, first or last ("Setya pun, ..."): the
    subject of what was said, so not the one who said it."""
    first = re.match(r"\w+", text)
    return first is not None and first.group() in (name.split()[0], name.split()[-1])


def _note_named(
    names: list[str], state: _DocState, lexicon: Lexicon, organisations: bool = True
) -> None:
    """Keep these speakers' names for a later "he" or "dia", and those of organisations for a
    later "the network" or "partai itu". "The Opposition leader" (a role, its last word
    lower-case) is no one's name: a later "he" still points to the person named before it."""
    named = [n for n in names if n[:1].isupper() and not n.split()[-1][:1].islower()]
    for name in named if organisations else ():
        if _organisation(name, lexicon):
            state.organisation = (name, state.sentence_no)
    if named:
        if tuple(named) != state.last_named:
            state.named_before, state.named_before_at = state.last_named, state.last_named_at
        state.last_named = tuple(named)
        state.last_named_at = state.sentence_no


def _organisation(name: str, lexicon: Lexicon) -> bool:
    """Whether a speaker's name is an organisation's or a country's, not a person's: a place
    ("Pyongyang", "Korea Utara"), an outlet ("Al Jazeera"), an acronym ("KPU", "PML-N") or a
    name with an institution's or organisation's word ("Election Commission", "Partai
    Demokrat", "Congress")."""
    words = name.split()
    return (
        _is_place_name(words, lexicon)
        or tuple(words) in lexicon.outlets
        or any(_acronym(w.split("-")[0]) for w in words)
        or any(
            w.lower() in lexicon.institutions or w.lower() in lexicon.organisation_nouns
            for w in words
        )
    )


def _organisation_meant(t: _Tokens, lexicon: Lexicon, a: int, b: int, state: _DocState):
    """The organisation a bare organisation noun stands for ("The network said", "The party
    also accused", "negara itu mengatakan"): the one last named speaking, a few sentences back
    at most; None for anything else."""
    if _definite_head(t, lexicon, a, b) not in lexicon.organisation_nouns:
        return None
    if state.organisation is None or state.sentence_no - state.organisation[1] > PRONOUN_WINDOW:
        return None
    return state.organisation[0]


def _negated_speaker(t: _Tokens, lexicon: Lexicon, a: int) -> bool:
    """Whether the speaker phrase starting at token a is negated: "No study has claimed that",
    "tidak ada studi ataupun ahli yang menyatakan": no one said it."""
    k = a - 1
    if k >= 0 and t.low[k] in lexicon.existentials:
        k -= 1
    return k >= 0 and not t.inq[k] and is_negation(t.low[k], lexicon)


def _sentence_statements(
    text: str, start: int, end: int, lexicon: Lexicon, state: _DocState
) -> list[ExtractedStatement]:
    t = _Tokens(text, start, end, lexicon)
    if _headline(t):
        return []
    statements = _statements_in(t, text, start, end, lexicon, state)
    if not statements:
        _learn_names(t, lexicon, state)
        _learn_subject(t, lexicon, state)
    return statements


def _plain_word(t: _Tokens, lexicon: Lexicon, x: int) -> bool:
    """Whether token x is a function word capitalised only by its place ("But", "For", "If",
    "And"): no part of a name. Adverbs are not ("Lalu Muhamad Iqbal" is a name)."""
    w = t.low[x]
    return (
        w in lexicon.determiners
        or w in lexicon.pronouns
        or w in lexicon.prepositions
        or w in lexicon.contrastives
        or w in lexicon.conjunctions
        or w in lexicon.subordinators
        or w.endswith(("n't", "n’t"))
    )


def _learn_subject(t: _Tokens, lexicon: Lexicon, state: _DocState) -> None:
    """Take a sentence without statements that opens on someone already named in full as its
    subject ("Johan tak ambil pusing mengenai klaim tersebut."): the next "tuturnya" or "he
    said" is that person."""
    j = _name_end(t, 0)
    if j == 0 or j >= t.n or not t.word(j) or t.cap[j]:
        return
    if t.low[j] in lexicon.np_inner | lexicon.conjunctions | lexicon.prepositions:
        return  # "Donald Trump and ...", "Minister of ...": no subject of its own
    if any(_plain_word(t, lexicon, x) for x in range(j)):
        return  # "But Trump ...", "For Trump ...", "Then I ..."
    name = " ".join(t.raw[0:j])
    known = name in state.full_names or (
        j == 1 and any(name in _name_parts(full) for full in state.full_names)
    )
    if known:
        full = _full_name(name, lexicon, state)
        if len(full.split()) >= 2 and not _organisation(full, lexicon):
            _note_named([full], state, lexicon)


NAME_RUN_MAX = 6
HEADLINE_MIN_WORDS = 4
HEADLINE_CAPITALS = 0.8


def _headline(t: _Tokens) -> bool:
    """Whether the unit is a headline in title case ("Disebut Memaki Ahok Usai Mediasi, Tubagus
    Anggap Itu Fitnah"): no stop at its end and nearly every word capitalised, which leaves no
    way to tell names from words. It is left unread rather than read wrong."""
    if t.n == 0 or t.raw[-1] in SENTENCE_PUNCT or t.raw[-1] in QUOTE_CHARS:
        return False
    words = [i for i in range(t.n) if t.word(i) and not t.raw[i].isdigit()]
    if len(words) < HEADLINE_MIN_WORDS:
        return False
    return sum(t.cap[i] for i in words) >= HEADLINE_CAPITALS * len(words)


def _learn_names(t: _Tokens, lexicon: Lexicon, state: _DocState) -> None:
    """Remember the full names a sentence without statements gives ("Finance minister Sajid
    Javid repeatedly refused ...", "Lalu Muhamad Iqbal, menyampaikan bantahan ini"), so that a
    later "Javid told the BBC" names him in full."""
    i = 0
    while i < t.n:
        # a capitalised cue word opens no name ("Menurut Sultan, ...")
        if (
            not (t.cap[i] and _NAME_WORD.match(t.raw[i]) and not t.inq[i])
            or t.low[i] in lexicon.cues
        ):
            i += 1
            continue
        j = _name_end(t, i)
        while i < j and _plain_word(t, lexicon, i):
            i += 1  # "But Trump didn't ...": "Trump"
        if 2 <= j - i <= NAME_RUN_MAX and t.low[i] not in lexicon.institutions:
            name = _clean_name(t, lexicon, i, j)
            words = name.split()
            if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words):
                _full_name(name, lexicon, state)
        i = j


def _statements_in(
    t: _Tokens, text: str, start: int, end: int, lexicon: Lexicon, state: _DocState
) -> list[ExtractedStatement]:
    cues = _find_cues(t, lexicon)
    if not cues:
        return []
    blocked = {i for ci, cj, _ in cues for i in range(ci, cj)} | _site_dateline(t)
    found: list[_Found] = []
    for ci, cj, cue in cues:
        f = _analyse_cue(t, lexicon, ci, cj, cue, blocked, found)
        if f is not None:
            found.append(f)
    if not found:
        return []

    via, via_range = _sentence_via(t, lexicon, found, blocked)
    sentence = Span(start, end, text[start:end])
    cue_starts = [f.ci for f in found]
    tails = _trailing_attributions(t, lexicon, found)
    out = []
    # "..., kata Zhao, seperti dikutip Reuters": the passive relay names the outlet, which the
    # sentence's other statements come through; alone ("..., dilansir AFP") it is the statement.
    relays_only = all(f.cue.quoting and f.cue.passive for f in found)
    for f in found:
        if f.silent:
            _remember_speaker(t, lexicon, f, state)
            continue
        if f.carrier or f.cue.carrier_only:
            continue
        if f.cue.quoting and f.cue.passive and not relays_only:
            continue
        rs = min([f.ci] + [a for a, _ in f.speakers if not f.inherited])
        re_ = max([f.cj] + [b for _, b in f.speakers if not f.inherited])
        if f.full is not None and not f.inherited:
            rs, re_ = min(rs, f.full[0]), max(re_, f.full[1])
        # "... deemed ''top secret,'' saying: ''...''": a participle that takes its clause's
        # subject does not own the quote before it, which is the clause's
        # a possessed claim's words follow it: '"sheer fabrication" Seoul's assertion that ...'
        before_too = not f.inherited and not f.cue.possessed
        direct = _direct_quote(t, lexicon, t.st[rs], t.en[re_ - 1], before_too=before_too)
        if f.cue.requires_quote and direct is None and not _set_off(t, lexicon, f.ci, f.cj, f.cue):
            continue
        if direct is not None:
            content = direct
        else:
            later = [c for c in cue_starts if c > f.cj]
            after_a, after_b = _content_after(t, lexicon, f, re_, later)
            # "X denied that ..., state media KCNA reported": the report is not X's words
            after_b = min([after_b] + [c for c in tails if after_a < c < after_b])
            before_a, before_b = _content_before(t, lexicon, rs, _dateline_end(t, rs))
            opening = tuple(t.low[x] for x in range(before_a, before_b) if t.word(x))
            attribution = f.cue.speaker == "before" and any(
                g.cj == before_b and min([g.ci] + [a for a, _ in g.speakers]) >= before_a
                for g in found
                if g is not f
            )
            # "Juru bicara Prabowo, Dahnil Anzar Simanjuntak, meminta ...": the speaker's role
            role = (
                f.cue.speaker == "before"
                and rs > 0
                and t.raw[rs - 1] == ","
                and 0 < len(opening) <= DESCRIPTION_MAX
                and _has_phrase(t, lexicon, before_a, before_b, lexicon.titles)
            )
            # "Ketika dikonfirmasi soal itu, Sukatma membantahnya.": when, not what, if the
            # clause is all there is before the speaker and nothing follows the cue
            subordinate = (
                before_a < before_b
                and t.low[before_a] in lexicon.subordinators
                and rs > 0
                and t.raw[rs - 1] == ","
                and "," not in t.raw[before_a : rs - 1]
                and _words(t, after_a, after_b) == 0
            )
            if opening in lexicon.connectives or attribution or role or subordinate:
                # "Sementara itu, menurut Pramono, ...": no one's words; "Dia mengungkapkan,
                # Setya Novanto menolak tudingan": another attribution
                before_a = before_b
            after_n, before_n = _words(t, after_a, after_b), _words(t, before_a, before_b)
            comma_before = rs > 0 and (
                t.raw[rs - 1] in ",:"
                or t.raw[rs - 1] in QUOTE_CHARS
                or _quote_closes_at(t, t.st[rs])
            )
            if f.cue.speaker == "after" or f.cue.passive or f.pronoun_self:
                use_after = before_n == 0
            elif f.inherited and after_n >= 1:
                # "..., calling it fake": what comes before is the other cue's
                use_after = True
            else:
                complement = after_a > re_ and t.low[after_a - 1] in lexicon.complementizers
                # "The talks failed, Peskov said, and the sides left": the clause after is
                # the reporter's
                adjunct = after_a < t.n and (
                    t.low[after_a] in lexicon.trailing_adjuncts
                    or (t.raw[re_] == "," and t.low[after_a] in lexicon.conjunctions)
                )
                # "..., but in Washington, spokesman Tom Casey rejected the accusations": an
                # object after the cue is what was said, whatever comes before the comma
                obj = (
                    not f.cue.addressee
                    and after_a < after_b
                    and t.low[after_a] in lexicon.determiners
                    and not any(t.low[x] in lexicon.time_words for x in range(after_a, after_b))
                )
                use_after = complement or (
                    after_n >= 1
                    and (obj or not (comma_before and before_n >= 2 and (after_n < 3 or adjunct)))
                )
            # What precedes a speaker who speaks first is their content only when set off
            # ("The report is false, the ministry said", "..., a charge the Kremlin rejected"):
            # "pihaknya tidak pernah meminta." ends on a cue with nothing to say.
            set_off = any(t.raw[i] in ",:" and not t.inq[i] for i in range(max(0, rs - 4), rs))
            before_ok = (
                comma_before or set_off or f.cue.speaker == "after" or f.cue.passive
            ) or f.pronoun_self
            sides = [(after_a, after_b)] + ([(before_a, before_b)] if before_ok else [])
            if not use_after:
                sides.reverse()
            span = next(filter(None, (_trim(t, a, b) for a, b in sides)), None)
            # "The channel was accused by Washington of biased reporting": what the agent said
            # is the subject and the complement after the agent, so the clause
            charge = f.cue.passive and after_n >= 1 and t.low[after_a] in lexicon.np_inner
            if f.agentless or (charge and before_n >= 1):
                # the clause from its subject: "Porzingis had been accused of raping ..."
                opens = [
                    k + 1
                    for k in range(before_a, f.ci)
                    if t.low[k] in lexicon.complementizers or (t.raw[k] in ",;:" and not t.inq[k])
                ]
                span = _trim(t, max([before_a, *opens]), after_b)
            elif (
                comma_before
                and re_ < t.n
                and t.raw[re_] == ","
                and 1 <= before_n <= PARENTHETICAL_SUBJECT_MAX
                and after_n >= 2
                and after_a == re_ + 1
                and t.low[after_a] not in lexicon.conjunctions | lexicon.complementizers
                and t.low[before_a] not in lexicon.trailing_adjuncts
                # "Kepala Bagian Pemberitaan KPK, Ali Fikri menegaskan, ...": the words before
                # the comma describe the speaker; not so before "kata X" ("Kemenkes, kata Dwi,
                # melakukan ...")
                and (
                    f.cue.speaker == "after"
                    or not _has_phrase(t, lexicon, max(before_a, rs - 6), rs, lexicon.titles)
                )
            ):
                # "JK, kata Husain, tak membentuk narasi baru", "The report, he said, was
                # false": the attribution sits inside what was said, which is both sides
                span = _trim(t, before_a, after_b)
            announced = f.cue.introduces and t.n > 0 and t.raw[-1] == ":"
            if announced or (span is None and _ends_on_colon(t, re_)):
                # "A spokesperson gave the following answer to a question raised by KCNA:":
                # the words follow in the next paragraphs (see ``_introduces``)
                span = (t.en[-1], t.en[-1])
            if (
                span is not None
                and f.cue.stance in ("asserts", "reports", "confirms")
                and _only_anaphor(t, lexicon, *span)
            ):
                # "Hal itu dikatakan Benny Mamoto": what was said is in an earlier sentence
                # ("membantah pernyataan itu" still denies it)
                span = None
            if span is None:
                # "Sukatma membantahnya.": nothing said here, but a later "ia" is Sukatma
                _remember_speaker(t, lexicon, f, state)
                continue
            content = span
        out.append((f, content, direct is not None))

    # "Huda said ..., the Daily Star newspaper reported.": the outlet that reports a statement
    # made before it is that statement's via, not a statement of its own
    relays = []
    for f, (cs, ce), _ in out:
        if f.cue.stance != "reports" or ce > t.st[f.ci]:
            continue
        if f.cue.speaker == "after" and (
            f.full is None or _outlet_span(t, lexicon, *f.full, f.speakers[-1]) is None
        ):
            continue  # "according to a poll" names a source, "according to The Hindu" a relay
        first = bisect_left(t.st, cs)
        # the statement it relays is a quote with its attribution, or (for "X reported") opens
        # its content; "Kim and Putin exchanged letters pledging ..., according to KCNA" is
        # KCNA's report of the letters
        after = f.cue.speaker == "after"
        if any(
            g is not f
            and cs <= t.st[g.ci] < ce
            and g.speakers
            and (quoted or (g.speakers[0][0] <= first + 1 and not after))
            for g, _, quoted in out
        ):
            a, b = f.speakers[-1] if f.speakers else f.full
            while a < b - 1 and t.low[a] in lexicon.determiners:
                a += 1
            relays.append((f, cs, ce, t.span(a, b)))
    out = [entry for entry in out if all(entry[0] is not r[0] for r in relays)]
    statements = []
    for f, (cs, ce), is_direct in out:
        content = Span(cs, ce, text[cs:ce])
        speaker_spans = []
        names = []
        pronoun = False
        for a, b in f.speakers:
            speaker_spans.append(t.span(a, b))
            recent = state.sentence_no - state.last_named_at <= PRONOUN_WINDOW
            if f.pronoun_self or _is_pronoun(t, lexicon, a, b):
                pronoun = True
                plural = not f.pronoun_self and t.low[b - 1] in lexicon.plural_pronouns
                fits = not plural or _may_be_plural(state.last_named, lexicon)
                name = state.last_named[0] if recent and state.last_named and fits else ""
                if name and not plural and _named_in(name, content.text):
                    # "Setya pun, kata dia, telah mengembalikan uang": "dia" is not Setya
                    # but the one named before
                    earlier = state.named_before[:1]
                    before_recent = state.sentence_no - state.named_before_at <= PRONOUN_WINDOW
                    ok = earlier and before_recent and not _named_in(earlier[0], content.text)
                    name = earlier[0] if ok else name
                names.append(name)
            elif (
                (_demonstrative(t, lexicon, a, b) or _issued(t, lexicon, a, b))
                and recent
                and state.last_named
            ):
                # "Mantan Ketua Umum PP Pemuda Muhammadiyah itu meminta", "menurut keterangan
                # tersebut": the one just named
                pronoun = True
                names.append(state.last_named[0])
            elif (held := _role_holder(t, lexicon, a, b, state)) is not None:
                # "Kremlin spokesman Dmitry Peskov told ... The spokesman also rejected"
                pronoun = True
                names.append(held)
            elif (meant := _organisation_meant(t, lexicon, a, b, state)) is not None:
                # "Al Jazeera rejected ... The network said"
                pronoun = True
                names.append(meant)
            else:
                name = _full_name(_clean_name(t, lexicon, a, b), lexicon, state)
                if not f.cue.possessed:
                    _note_roles(t, lexicon, a, b, name, state)
                names.append(name)
        if not pronoun and not f.cue.possessed:
            # "rejected Kiev's allegations ... 'I can only confirm ...,' he said": the owner of
            # a claim someone else talks about is not the next "he"; "Korea Utara membantah AS
            # mengklaim ...": one speaking inside what another said is not "negara itu"
            inside = any(g is not f and ocs <= t.st[f.ci] < oce for g, (ocs, oce), _ in out)
            _note_named(names, state, lexicon, organisations=not inside)

        stance = f.cue.stance
        first = bisect_left(t.st, cs)
        last = bisect_right(t.st, ce)
        if content_denies(
            t, lexicon, stance, first, last, naming=f.cue.naming, directive=f.cue.directive
        ):
            stance = "denies"
        elif stance == "denies" and f.negated:
            stance = "confirms"
        if is_direct and stance == "asserts" and content.text.rstrip().endswith("?"):
            stance = "questions"

        speech_act = f.cue.speech_act
        if speech_act and f.full is not None and f.cue.speaker == "after":
            heads = {t.low[i] for i in range(*f.full)}
            if heads & lexicon.document_words:
                speech_act = False

        statement_via = via
        for _, relayed_from, relayed_to, relay in relays:
            if statement_via is None and relayed_from <= t.st[f.ci] < relayed_to:
                statement_via = relay
        if statement_via is None and state.via is not None:
            words = {w.lower() for n in names for w in n.split() if w[:1].isupper()}
            if words & state.via_names:
                statement_via = state.via
            elif words:
                state.via = None
        statements.append(
            ExtractedStatement(
                sentence=sentence,
                speakers=tuple(speaker_spans),
                speaker_names=tuple(names),
                pronoun=pronoun,
                cue=t.span(f.ci, f.cj),
                cue_lemma=f.cue.lemma,
                stance=stance,
                content=content,
                direct=is_direct,
                via=statement_via,
                speech_act=speech_act,
                checkworthiness=_checkworthiness(
                    lexicon, content.text, stance, speech_act, is_direct
                ),
                language=lexicon.language,
            )
        )

    if via is not None:
        skip = set(range(*via_range)) if via_range else set()
        state.via = via
        state.via_names = frozenset(
            t.low[i] for i in range(t.n) if t.cap[i] and t.word(i) and i not in skip and i > 0
        ) | frozenset(w.lower() for s in statements for n in s.speaker_names for w in n.split())
    return statements


def extract(text: str, language: str) -> list[ExtractedStatement]:
    """Attributed statements in ``text``, in order.

    Raises ValueError for a language without a lexicon (see ``supported_languages()``) and for
    text that is not a string; empty or whitespace-only text gives an empty list.
    """
    lexicon = get_lexicon(language)
    if not isinstance(text, str):
        raise ValueError(f"Text must be a string, not {type(text).__name__}.")
    if not text.strip():
        return []
    state = _DocState()
    statements: list[ExtractedStatement] = []
    previous: ExtractedStatement | None = None
    spoke_at = -2
    # Units left that may run on, unquoted, after "X said:" (the next paragraph) or "X gave
    # the following answer:" (the paragraphs after it, as KCNA prints an answer in full)
    run_on, announced, entered, last_end = 0, False, False, 0
    for start, end in sentence_bounds(text, lexicon):
        found = _sentence_statements(text, start, end, lexicon, state)
        continued = False
        if run_on and "\n" in text[last_end:start]:
            if entered and not announced:
                run_on = 0  # "The governor added:" speaks for one paragraph, not the next
            entered = True
        if not found and previous is not None and spoke_at == state.sentence_no - 1:
            found = _continued_quote(text, start, end, lexicon, previous, unquoted=run_on > 0)
            continued = bool(found)
        # "Muntaka told Joy FM:" or "In a statement, Zakharova said:" closing the paragraph
        # introduces the quote of the next one: no statement of its own
        intro = found.pop() if found and _introduces(text, end, found[-1]) else None
        if intro is not None:
            run_on, announced, entered = RUN_ON_MAX, _announces(lexicon, intro), False
        elif continued and found[-1].direct:
            run_on = 0  # a quote: it runs on as quotes do, and the reporter's text follows it
        elif continued or (announced and found):
            run_on -= 1  # an announced answer goes on past its own "as we have stated"
        else:
            run_on = 0
        last_end = end
        if found or intro:
            spoke_at = state.sentence_no
        statements.extend(found)
        previous = intro or (statements[-1] if statements else None)
        state.sentence_no += 1
    return statements


# At most this many unquoted units after "X said:" are X's words (an official statement or
# answer printed in full, as KCNA prints them).
RUN_ON_MAX = 12


def _announces(lexicon: Lexicon, statement: ExtractedStatement) -> bool:
    """Whether the statement's cue announces words that may run on for several paragraphs."""
    words = tuple(m.group().lower() for m in lexicon.token_re.finditer(statement.cue.text))
    cues = lexicon.cues.get(words[0], ()) if words else ()
    return any(c.introduces and c.words == words for c in cues)


def _introduces(text: str, end: int, statement: ExtractedStatement) -> bool:
    """Whether the statement's attribution closes its unit with a colon and says nothing itself
    ("X said:", "X told Joy FM:"; not "MSNBC suggested that Clinton has these tasks:")."""
    if statement.direct or text[end - 1] != ":":
        return False
    last = max([statement.cue.end, statement.content.end] + [s.end for s in statement.speakers])
    if text[last : end - 1].strip():
        return False
    return statement.content.end <= statement.cue.start or len(statement.content.text.split()) <= 3


def _continued_quote(
    text: str,
    start: int,
    end: int,
    lexicon: Lexicon,
    previous: ExtractedStatement,
    unquoted: bool = False,
) -> list[ExtractedStatement]:
    """A unit that is all quotation, with no attribution of its own, right after a statement:
    its speaker goes on, as news writing runs a quote on into the next paragraph. The statement
    keeps the cue that named the speaker; its stance is read from its own words. With
    ``unquoted``, after an attribution that closed on a colon, a unit without quotes is the
    speaker's words too (its content is the whole unit, not marked as a direct quote)."""
    if not previous.speech_act or not any(n[:1].isalpha() for n in previous.speaker_names):
        return []
    t = _Tokens(text, start, end, lexicon)
    words = [i for i in range(t.n) if t.word(i)]
    if not words:
        return []
    if unquoted and not t.quotes and text[start] not in QUOTE_CHARS:
        span = _trim(t, 0, t.n)
        direct = False
    else:
        named = unquoted or any(n[:1].isupper() for n in previous.speaker_names)
        if text[start] not in QUOTE_CHARS or not named:
            return []
        if len(t.quotes) != 1 or not all(t.inq[i] for i in words):
            return []
        span = _quote_content(t, *t.quotes[0])
        direct = True
    if span is None:
        return []
    cs, ce = span
    first, last = bisect_left(t.st, cs), bisect_right(t.st, ce)
    # Only the quote's opening is read for a negation: a quote run on for a paragraph has
    # "that" clauses far from what it asserts.
    head = [t.low[i] for i in range(first, min(last, first + NEGATION_WINDOW)) if t.word(i)]
    stance = "asserts"
    if text[cs:ce].rstrip().endswith("?"):
        stance = "questions"
    elif denying(head, lexicon) or calls_it_false(t, lexicon, first, last, False):
        stance = "denies"
    return [
        replace(
            previous,
            sentence=Span(start, end, text[start:end]),
            stance=stance,
            content=Span(cs, ce, text[cs:ce]),
            direct=direct,
            checkworthiness=_checkworthiness(lexicon, text[cs:ce], stance, True, direct),
        )
    ]
