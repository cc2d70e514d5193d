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
from dataclasses import dataclass, replace

from .contents import (
    _content_after,
    _content_before,
    _denied_object_ends,
    _direct_quote,
    _ends_on_colon,
    _outlet_span,
    _quote_closes_at,
    _quote_content,
    _quoted_as,
    _sentence_via,
    _site_dateline,
    _trailing_attributions,
)
from .cues import (
    _complement_at,
    _find_cues,
    _Found,
    _passive,
    _possessor,
    _set_off,
    _set_off_noun,
)
from .lexicon import Lexicon, get_lexicon
from .sentences import (
    QUOTE_CHARS,
    Span,
    sentence_bounds,
    single_quotes_as_double,
    unwrapped,
)
from .speakers import (
    DESCRIPTION_MAX,
    PARENTHETICAL_SUBJECT_MAX,
    PRONOUN_WINDOW,
    _circumfixed,
    _clean_name,
    _definite_head,
    _demonstrative,
    _DocState,
    _full_name,
    _issued,
    _note_roles,
    _np_after,
    _np_back,
    _np_before,
    _only_places,
    _organisation,
    _relative_antecedent,
    _role_holder,
    _skip_modifiers,
    _skip_time,
    _split_speakers,
    _titles_in,
)
from .stance import NEGATION_WINDOW, calls_it_false, content_denies, denying, is_negation
from .tokens import (
    _DASHES,
    _DEMONYM,
    _NAME_WORD,
    SENTENCE_PUNCT,
    _adverb,
    _dateline_end,
    _has_phrase,
    _infinitive_at,
    _ing_form,
    _is_pronoun,
    _may_be_plural,
    _name_end,
    _name_parts,
    _participle_form,
    _past_form,
    _possessive,
    _prefixed_verb,
    _title_at,
    _Tokens,
    _trim,
    _words,
    phrase_at,
)


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


def _checkworthiness(
    lexicon: Lexicon,
    content: str,
    stance: str,
    speech_act: bool,
    direct: bool,
    cited: bool = False,
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
    if cited:
        score -= CITED_PENALTY
    return round(min(1.0, max(0.0, score)), 3)


# What a quoting cue takes as its object is what was cited ("citing anonymous security
# sources", "cited a filing by Tesla"), less often a claim than what was said.
CITED_PENALTY = 0.15


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


def _token_range(t: _Tokens, cs: int, ce: int) -> tuple[int, int]:
    """The tokens that chars cs..ce hold."""
    return bisect_left(t.st, cs), bisect_left(t.st, ce)


def _speaker_described(t: _Tokens, lexicon: Lexicon, re_: int, a: int, b: int) -> bool:
    """Whether tokens a..b, set off by a comma right after the speaker and closing the
    sentence, describe the speaker or say where, when and how they spoke: a role ("head of the
    KNKT", "a spokesman for the committee"), a relative clause ("who leads the committee"), a
    day ("Senin (27/6/2022)", "on Monday"), a channel ("kepada wartawan", "in a statement") or
    a place ("di Jakarta"), one or several set off by commas ("Duta Besar RI untuk Malaysia,
    kepada wartawan")."""
    if not (a == re_ + 1 and re_ < t.n and t.raw[re_] == "," and a < b):
        return False
    while b > a and t.raw[b - 1] in ",;:" and not t.inq[b - 1]:
        b -= 1
    commas = [k for k in range(a, b) if t.raw[k] in ",;:" and not t.inq[k]]
    if not commas:
        return _role_described(t, lexicon, a, b, relative=True) or _circumstance(t, lexicon, a, b)
    if any(t.raw[k] != "," for k in commas):
        return False
    parts = zip([a] + [k + 1 for k in commas], [*commas, b], strict=True)
    # "head of the KNKT, the plane ...": what was said follows
    # "a spokeswoman for Nabisco's parent company, Mondelez International": after a role, the
    # name of what it is of
    return all(
        x < y
        and (
            _role_described(t, lexicon, x, y)
            or _circumstance(t, lexicon, x, y)
            or (
                x > a
                and t.word(x)
                and all(t.cap[z] or t.raw[z] in SENTENCE_PUNCT for z in range(x, y))
            )
        )
        for x, y in parts
    )


def _role_described(t: _Tokens, lexicon: Lexicon, a: int, b: int, relative: bool = False) -> bool:
    """Whether tokens a..b are a role (``_speaker_described``), or with ``relative`` a relative
    clause."""
    if relative and t.low[a] in lexicon.relative_pronouns:
        return True
    k = a + (t.low[a] in lexicon.determiners)
    if k >= b:
        return False
    if phrase_at(t.low, k, lexicon.role_openings):
        return True
    # a title, and a word or two of it, ends there or goes on with what it is of: "the
    # minister", "its president and CEO", "the chief economist for ...", after a word or two
    # of what it heads ("the committee head"); not "..., Mr. Trump is seen as ...", "..., the
    # media considered him ..."
    title = phrase_at(t.low, k, lexicon.titles)
    head = k
    while title is None and head + 1 < min(b, k + ROLE_WORDS_MAX) and t.word(head):
        if t.cap[head] or t.low[head] in lexicon.np_stopwords:
            return False
        head += 1
        title = phrase_at(t.low, head, lexicon.titles)
    if title is None:
        return False
    k = head
    goes_on = lexicon.prepositions | lexicon.conjunctions
    joining = goes_on | lexicon.determiners | lexicon.np_inner | lexicon.place_prepositions
    rest = [x for x in range(k + len(title), b) if t.word(x)]
    if rest and t.cap[rest[0]] and all(t.cap[x] or t.low[x] in joining for x in rest):
        # a title and what it is of, named: "Duta Besar RI untuk Malaysia", "Ketua Subkomite
        # Investigasi Kecelakaan Penerbangan KNKT"
        return True
    for after in range(k + len(title), min(b, k + len(title) + ROLE_WORDS_MAX) + 1):
        if after >= b or t.raw[after] in SENTENCE_PUNCT or t.low[after] in goes_on:
            return True
        if t.cap[after] or not t.word(after) or (t.low[after],) not in lexicon.titles:
            return False
    return False


# Words of a channel or a place after the speaker: "dalam keterangan tertulisnya kepada
# wartawan".
CIRCUMSTANCE_WORDS_MAX = 6


def _circumstance(t: _Tokens, lexicon: Lexicon, a: int, b: int) -> bool:
    """Whether tokens a..b say when, where or how something was said, not what: a day or a
    date ("Senin (27/6/2022)", "on Monday", "pada Jumat (13/10)"), a channel or audience after
    a preposition ("kepada wartawan", "dalam keterangan tertulis", "in a statement", "saat
    dikonfirmasi") or a place's name after one ("di Jakarta")."""
    words = [x for x in range(a, b) if t.word(x) and not t.inq[x]]
    if not words or any(t.inq[x] for x in range(a, b)):
        return False
    if all(
        t.low[x] in lexicon.time_words
        or t.low[x] in lexicon.time_openers
        or any(ch.isdigit() for ch in t.raw[x])
        for x in words
    ):
        return any(t.low[x] in lexicon.time_words or t.raw[x][:1].isdigit() for x in words)
    first = t.low[words[0]]
    rest = words[1:]
    opens = lexicon.any_prepositions
    if first in lexicon.subordinators and first not in opens:
        # "when asked": how, not a condition or a reason ("if members follow the rules",
        # "karena wartawan sudah memverifikasi")
        return len(rest) == 1 and t.low[rest[0]] in lexicon.asked_forms
    if first not in opens or len(words) > CIRCUMSTANCE_WORDS_MAX:
        return False
    if any(
        t.low[x] in lexicon.listeners
        or t.low[x] in lexicon.channel_words
        or t.low[x] in lexicon.asked_forms  # "saat dikonfirmasi"
        for x in rest
    ):
        return True
    # "di Jakarta", "in Jakarta": a name and nothing else
    return (
        bool(rest)
        and first in lexicon.place_prepositions | lexicon.adjunct_prepositions
        and all(t.cap[x] for x in rest)
    )


# "has been condemned": the perfect's auxiliary before a passive one
PERFECT = frozenset({"has", "have", "had"})


def _opening_participle_word(t: _Tokens, lexicon: Lexicon, k: int) -> bool:
    """Whether token k is a capitalised participle opening the sentence ("Addressing ...")."""
    return (
        t.cap[k]
        and _participle_form(lexicon, t.low[k])
        and k + 1 < t.n
        and t.word(k + 1)
        and not t.cap[k + 1]
    )


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
        if (
            k >= before
            or t.low[k] in lexicon.np_stopwords
            # "At Sunday night's debate, Sanders ...": an adjunct, its subject after the comma
            or t.low[k] in lexicon.prepositions
            or _time_aside(t, lexicon, k, before)
            # "Addressing internal party dynamics, the Prime Minister ...": a participle's
            or (k == starts[0] and _opening_participle_word(t, lexicon, k))
        ):
            continue
        hit = _np_after(t, lexicon, k, blocked, name_only=True)
        if hit is None or hit[0][1] >= before:
            continue
        end = hit[0][1]
        if end - hit[0][0] > 3 and not any(t.cap[x] for x in range(hit[0][0] + 1, end)):
            # without a name the phrase has no clear end ("The country's electoral commission
            # called off last weekend's presidential ...")
            continue
        possessive = _possessive(t, end - 1) and not _is_pronoun(t, lexicon, end - 1, end)
        modifier = possessive or _DEMONYM.match(t.raw[end - 1]) or _only_places(t, lexicon, *hit[0])
        # ("The Daily Ledger columnist Ana Ruiz ...": a name, a role, the role's holder)
        modifier = modifier or phrase_at(t.low, end, lexicon.titles) is not None
        role = _role_after(t, lexicon, end, before) if modifier else None
        if role is not None:
            named = _name_end(t, role)
            if role < named < before:
                # "South Korean defence ministry spokesman Kim Min-Seok stood by ...": the name
                return hit[0][0], named
            if possessive:
                # "Bangladesh's election chief on Monday ruled out ...": the chief, not the country
                return hit[0][0], role
        if end + 1 < before and t.raw[end] == "," and t.low[end + 1] in lexicon.relative_pronouns:
            # "Samsung founder Lee Byung-chul, who died in 1987, was adamantly opposed": the
            # verb after the relative clause set off
            close = next(
                (x for x in range(end + 2, before) if t.raw[x] == "," and not t.inq[x]), None
            )
            if (
                close is not None
                and close + 1 < before
                and t.raw[close + 1][:1].isalpha()
                and not t.cap[close + 1]
            ):
                return hit[0]
        if (
            t.raw[end][:1].isalpha()
            and not t.cap[end]
            # (an auxiliary opens the verb: "The Daily Ledger columnist Ana Ruiz has been")
            and (t.low[end] not in lexicon.np_stopwords or t.low[end] in PERFECT)
        ):
            if possessive:
                # "Sanders’ campaign launched ... and announced": the owned noun, not its owner
                return (hit[0][0], end + 1) if end + 1 < before else None
            return hit[0]
    return None


# At most this many words make a time phrase set off before a clause ("Eight years ago,").
TIME_ASIDE_MAX = 4


def _time_aside(t: _Tokens, lexicon: Lexicon, k: int, before: int) -> bool:
    """Whether tokens from k to the next comma are a time phrase set off before the clause
    ("Eight years ago, he supported ...", "Hours later, she issued ...")."""
    end = next((i for i in range(k, before) if t.raw[i] == ","), None)
    if end is None or end - k > TIME_ASIDE_MAX:
        return False
    words = [t.low[i] for i in range(k, end) if t.word(i)]
    return (
        bool(words)
        and words[-1] in lexicon.time_words
        and not any(t.cap[i] and t.low[i] not in lexicon.time_words for i in range(k + 1, end))
    )


def _unmade(t: _Tokens, lexicon: Lexicon, ci: int, k: int) -> bool:
    """Whether an ``unmade_markers`` word stands among the modifiers before the cue: "KPU akan
    membantah tuduhan itu", "the ministry will deny it" say what is to come, "Majalah Tempo
    terkesan menuduh" how it seems to someone, not what was said. A quote makes it said
    ('"...," the president will say, according to excerpts'). Token k ends what stands before
    the cue's modifiers."""
    if any(t.quote(x) for x in range(ci)):
        return False
    return any(t.low[x] in lexicon.unmade_markers for x in range(k + 1, ci))


# Words of the rumours a participle describes after their preposition ("of [media reports]
# claiming"), at most.
RUMOURS_WORDS_MAX = 4


def _conditional(t: _Tokens, lexicon: Lexicon, ci: int) -> bool:
    """Whether the cue at token ci stands in a clause a ``conditionals`` word opens, a few
    words before it and with no comma or quote between: "if the allegations are confirmed",
    "it would act if the reports were confirmed by officials"."""
    for x in range(ci - 1, max(-1, ci - CONDITIONAL_REACH), -1):
        if t.inq[x] or t.raw[x] in SENTENCE_PUNCT or t.raw[x] in ",;:":
            return False
        if t.low[x] in lexicon.conditionals:
            # (not a question's "if" after its cue: "asking if the governor believes ...")
            return x == 0 or t.low[x - 1] not in lexicon.cue_words
    return False


# How far before a cue a ``conditionals`` word opens the cue's clause.
CONDITIONAL_REACH = 7


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


def _same_clause(t: _Tokens, lexicon: Lexicon, p: _Found, ci: int) -> bool:
    """Whether the cue at ci stands in the clause of the earlier cue p: no stop, comma, dash or
    subordinator between them ("called on ... after the mogul claimed"), and no "and" in a
    language that marks a past tense ("called on X to ... and proposed" is the caller's own)."""
    between = range(p.cj, ci)
    if p.cj >= ci or any(
        t.raw[x] in SENTENCE_PUNCT
        or t.raw[x] == ","
        or t.raw[x] in _DASHES
        or t.low[x] in lexicon.subordinators
        for x in between
    ):
        return False
    return not (lexicon.past_suffixes and any(t.low[x] in lexicon.conjunctions for x in between))


def _asked_to(t: _Tokens, lexicon: Lexicon, previous: list[_Found], ci: int) -> bool:
    """Whether the cue at ci is what a call just before it asks for: "PPP meminta Humphrey
    terang-terangan menyebut ...", "urged him to deny ...", "meminta Humphrey ... dan
    menjelaskan" (see ``_same_clause``)."""
    return any(
        p.cue.directive and p.cue.speech_act and _same_clause(t, lexicon, p, ci) for p in previous
    )


def _denied_in(t: _Tokens, lexicon: Lexicon, previous: list[_Found], ci: int, speaker) -> bool:
    """Whether the cue at ci, said by a pronoun, is part of what a denial just before it denies:
    "Widodo has denied the claim that he has promised to allocate ...": no promise made."""
    return _is_pronoun(t, lexicon, *speaker) and any(
        p.cue.stance == "denies" and not p.negated and _same_clause(t, lexicon, p, ci)
        for p in previous
    )


def _analyse_cue(t, lexicon, ci, cj, cue, blocked, previous: list[_Found]) -> _Found | None:
    # what stands before the cue once its modifiers are passed over ("also", "akan", "sudah")
    before, _ = _skip_modifiers(t, lexicon, ci - 1, 0)
    if (
        _unmade(t, lexicon, ci, before)
        or _asked_to(t, lexicon, previous, ci)
        or _conditional(t, lexicon, ci)
    ):
        return None
    if cue.possession and not cue.possessed and _claims_a_thing(t, lexicon, cj):
        return None
    if cue.quoting and not cue.passive and _sourcing_tag(t, before, cj):
        return None
    if (
        cue.stance == "accuses"
        and not (cue.passive or cue.participle)
        and ci > 0
        and t.word(ci - 1)
        and cj < t.n
        and t.low[cj] in lexicon.np_inner
        and not _passive(t, lexicon, ci)
    ):
        # "Lawmakers accused of corruption speak up": an accusation with nobody accused after
        # it describes the noun before it; no one is named making it
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
    elif (
        not (cue.passive or cue.participle)
        and cue.speaker != "after"
        and cj < t.n
        and t.low[cj] in lexicon.agent_markers
        and _answered_at(t, lexicon, ci, passive=True) is not None
    ):
        # "..., a claim vehemently rejected by New Delhi": a passive with no auxiliary, of the
        # claim the clause before made
        cue = replace(cue, speaker="after", passive=True)
    before = ci - 1
    while before > 0 and t.low[before] in lexicon.cue_modifiers and t.word(before):
        before -= 1  # "komentar yang pernah diungkapkan Menkes"
    if (
        cue.passive
        and cue.speaker == "after"
        and before >= 0
        and t.low[before] in lexicon.relative_pronouns
        # (not of a claim set off after the clause that made it: "..., tuduhan yang dibantah
        # Pyongyang")
        and _answered_at(t, lexicon, ci, passive=True) is None
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
        after = cj
        while cue.passive and after < t.n - 1 and t.low[after] in lexicon.post_cue_adverbs:
            after += 1  # "dibantah langsung oleh Hizbullah"
        hit = _np_after(t, lexicon, after, blocked, agent=cue.passive)
        if hit is not None and cue.passive:
            by_agent = after < t.n and t.low[after] in lexicon.agent_markers
            if not (by_agent or t.cap[hit[1][0]]):
                hit = None
            elif not by_agent:
                # "Freeport dikatakan Napoleon setiap bulan ... melaporkan": with no "oleh",
                # the agent ends on its capitalised words (a lower-case word between two of
                # them is the name's: "Utusan Khusus AS untuk Iran Robert Malley")
                end = next(
                    (
                        x
                        for x in range(hit[1][0], hit[1][1])
                        if t.word(x) and not t.cap[x] and not (x + 1 < hit[1][1] and t.cap[x + 1])
                    ),
                    hit[1][1],
                )
                if end < hit[1][1]:
                    hit = ((hit[0][0], min(hit[0][1], end)), (hit[1][0], end))
        if hit is not None:
            speakers, full = [hit[0]], hit[1]
        elif (
            cue.passive
            and not (cue.directive or cue.stance == "denies")
            and cj < t.n
            and t.low[cj] in lexicon.complementizers
        ):
            # "Dalam Kepres yang beredar disebutkan bahwa ...": said, by no one named; not
            # when a subordinator opens it ("ketika dikatakan bahwa angka kemiskinan menurun,
            # hal ini didukung oleh data": an example of what might be said)
            if before >= 0 and t.low[before] in lexicon.subordinators:
                return None
            return _Found(cue, ci, cj, [], None, False, agentless=True)
    else:
        if cue.speaker == "either":
            # '"...," said Kim' and '..., said the minister': the speaker follows the cue.
            k = before
            opens = k < 0 or t.raw[k] in ":" or t.quote(k)
            # (a participle after a comma speaks for its clause's subject, below: "At the same
            # time, Obama remarked upon ..., noting ...")
            if k >= 0 and t.raw[k] == "," and not cue.participle:
                hit, negated = _np_before(t, lexicon, ci, blocked)
                if hit is not None and not _outlet_follows(t, lexicon, cue, cj, blocked):
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
            # ("denied the claims, saying a new system suffered glitches"), and no speaker opens
            # on a preposition ("Posted at Dec 29 2020 01:56 AM", a page's time stamp)
            after = opens and not speakers and not cue.participle
            after = after and not (cj < t.n and t.low[cj] in lexicon.prepositions)
            # nor on what was done ("China says ..., denies pointing at PH crew")
            after = after and not (cj < t.n and _ing_form(t, cj))
            hit = _np_after(t, lexicon, cj, blocked) if after else None
            if hit is not None and not (k >= 0 and t.quote(k)):
                # "The statement carried by KCNA, said Pyongyang considered such rumors to be
                # ...": after a comma, not a quote, a name and then its own verb is what was
                # said, no speaker
                named = _np_after(t, lexicon, cj, blocked, name_only=True)
                verb = named[1][1] if named is not None else hit[1][1]
                if (
                    verb < hit[1][1]
                    and bool(lexicon.past_suffixes)
                    and t.low[verb].endswith(lexicon.past_suffixes)
                ):
                    hit = None
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
            carrier = _main_clause(previous)[-1] if previous else None
            if (
                carrier is not None
                and carrier.cue.passive
                and carrier.cj < ci
                and t.low[ci - 1] in lexicon.np_inner
            ):
                # "The minister was condemned by doctors for claiming ...": the one condemned
                # claims it, not the doctors
                hit = _subject(t, lexicon, carrier.ci, blocked)
                verb = carrier.ci
                while verb > 0 and t.low[verb - 1] in lexicon.passive_auxiliaries | PERFECT:
                    verb -= 1
                if hit is None and verb > 0:
                    hit = _np_back(t, lexicon, verb - 1, 0, blocked)
                if hit is not None:
                    if carrier.cue.stance == "accuses":
                        # condemned for claiming it: the condemning dispute what was claimed
                        carrier.cue = replace(carrier.cue, stance="denies")
                    return _Found(
                        cue, ci, cj, _split_speakers(t, lexicon, *hit), None, False, inherited=True
                    )
            if _gerund_of_word(t, lexicon, ci):
                # "consistent with Phnom Penh's pattern of rejecting responsibility", "were
                # instrumental in rebutting the states' rationale": what something is made of
                # or good for, no one speaking
                return None
            agent = _np_back(t, lexicon, ci - 1, 0, blocked)
            marker = agent[0] - 1 if agent is not None else -1
            if marker >= 0 and (
                t.low[marker] in lexicon.agent_markers
                or (t.low[marker] in lexicon.absolute_markers and t.cap[agent[0]])
            ):
                # "the remarks by Mike Pompeo accusing Iran": Pompeo accuses; "Ukraine has denied
                # responsibility, with President Volodymyr Zelensky saying": Zelensky says
                return _Found(cue, ci, cj, _split_speakers(t, lexicon, *agent), agent, False)
            # "..., saying that": the subject of the clause, never the words just before;
            # after a plain noun the participle describes it ("footage shows officers
            # questioning a man"), unless that noun is a document ("a statement denying"), an
            # adverb between them included ("issued a statement firmly denying")
            p = ci - 1
            while p > 0 and _adverb(t, lexicon, p):
                p -= 1
            if (
                p >= 0
                and t.word(p)
                and not t.cap[p]
                and t.low[p] not in lexicon.document_words
                and t.low[p] not in lexicon.closed_words
                and not _denial_object_before(t, lexicon, previous, p)
            ):
                return None
            if previous and t.low[p] in lexicon.document_words:
                document = _np_back(t, lexicon, p, previous[-1].cj, blocked)
                if document is not None and document[0] <= previous[-1].cj + 1:
                    # "Russia rejected reports alleging ...": the reports allege, not Russia
                    return _Found(cue, ci, cj, [document], document, False)
            if not previous and t.low[p] in lexicon.rumour_nouns:
                q = p - 1
                while (
                    q > 0
                    and p - q < RUMOURS_WORDS_MAX
                    and t.word(q)
                    and not t.inq[q]
                    and t.low[q] not in lexicon.prepositions
                    and t.low[q] not in lexicon.cue_words
                ):
                    q -= 1
                if q >= 0 and t.low[q] in lexicon.prepositions and not t.inq[q]:
                    # "Huawei issued a denial of media reports claiming ...": the reports claim,
                    # not Huawei
                    document = (q + 1, p + 1)
                    return _Found(cue, ci, cj, [document], document, False)
            document = _document_described(t, lexicon, previous, ci, blocked)
            if document is not None:
                # "denied the report issued on Saturday accusing the government of ...": the
                # report accuses, not the one who denied it
                return _Found(cue, ci, cj, [document], document, False)
            if previous:
                return _Found.inheriting(cue, ci, cj, _main_clause(previous)[-1])
            hit = _subject(t, lexicon, ci, blocked)
            if hit is None and p >= 3 and t.low[p] in lexicon.document_words:
                # "The league issued a statement claiming that ...": the one who issued it
                verb = p - 2 if t.low[p - 1] in lexicon.determiners else p - 1
                if (
                    verb >= 1
                    and t.word(verb)
                    and not t.cap[verb]
                    and (not lexicon.past_suffixes or t.low[verb].endswith(lexicon.past_suffixes))
                ):
                    # (past a day between them: "US intelligence agencies on Friday released")
                    hit = _np_back(
                        t, lexicon, _skip_time(t, lexicon, verb - 1, blocked), 0, blocked
                    )
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
            carrier = _clause_speaker(t, lexicon, previous) if previous else None
            relayed = (
                carrier is not None
                and carrier.ci == 0
                and carrier.cue.speaker == "after"
                and phrase_at(t.low, 0, lexicon.relay_markers) is not None
            )
            if (
                carrier is not None
                and k >= 0
                and (t.raw[k] == "," or t.low[k] in lexicon.conjunctions | lexicon.contrastives)
                # (not after an opening relay: "Dilansir CNN Indonesia, kuasa hukum Aura Kasih,
                # Yanti Nurdin, membantah" is the lawyer's denial)
                and not relayed
            ):
                # "..., adding that", "... and denied", "has confirmed a leak ... but insisted":
                # the subject of the clause before
                relative = [
                    ante
                    for a, b in carrier.speakers
                    if b == a + 1
                    and t.raw[k] == ","
                    and (ante := _relative_antecedent(t, lexicon, a, blocked)) is not None
                ]
                if relative:
                    # "Barkley, who said he typically votes democratic, said ...": after the
                    # relative clause, the one it described
                    return _Found(
                        cue, ci, cj, _split_speakers(t, lexicon, *relative[0]), relative[0], False
                    )
                return _Found.inheriting(cue, ci, cj, carrier)
            j = _before_time_adjunct(t, lexicon, k)
            if j >= 0 and t.low[j] in lexicon.contrastives | lexicon.conjunctions:
                # "The minister declined to comment but said ...": the clause's subject (past
                # when: "... has been critical of Mr. Trump but on Tuesday wrote")
                hit = _subject(t, lexicon, ci, blocked)
                if hit is not None:
                    return _Found(
                        cue, ci, cj, _split_speakers(t, lexicon, *hit), None, False, inherited=True
                    )
            hit, negated = _np_before(t, lexicon, ci, blocked)
            named = _opening_name_with_role(t, lexicon, ci, blocked)
            if named is not None and (hit is None or hit[0] > named[1]):
                # "Nizar, Kepala Sekolah di SDN 06 Petukangan Utara, Pesanggrahan, Jakarta
                # Selatan, membantah": the name that opens the sentence, its role set off
                hit = named
            if (
                hit is not None
                and hit[0] > 0
                and t.low[hit[0] - 1] in lexicon.cue_words
                and _according_to_before(t, previous, ci) is not None
            ):
                # "Menurut Nelson, menuding pilpres curang sama saja menuding Bawaslu": what
                # the first "menuding" takes is no speaker of the second
                return None
            if (
                hit is None
                and k >= 0
                and t.raw[k] == ","
                and _complement_at(t, lexicon, cj) is not None
            ):
                # "Trump tetap bersikeras dengan tuduhannya, menyatakan bahwa ...": set off
                # after its clause, with its "that", the cue speaks for the clause's subject
                subject = _subject(t, lexicon, ci, blocked)
                if subject is not None:
                    return _Found(
                        cue,
                        ci,
                        cj,
                        _split_speakers(t, lexicon, *subject),
                        None,
                        False,
                        inherited=True,
                    )
            if hit is not None:
                speakers, full = [hit], hit
    if not speakers or _negated_speaker(t, lexicon, (full or speakers[0])[0]):
        return None
    opening = (full or speakers[0])[0]
    if (
        cue.speaker != "after"
        and opening > 0
        and t.low[opening - 1] in lexicon.interrogatives
        and any(t.low[x] in lexicon.asked_forms for x in range(max(0, opening - 4), opening - 1))
    ):
        # "Asked whether he believed the report, ...": asked, not said (not "explained why he
        # believes Trump has the best plan")
        return None
    if _denied_in(t, lexicon, previous, ci, speakers[0]):
        return None
    if _fronted_object(t, lexicon, ci, speakers[0]):
        # "Hal itu ia tegaskan saat ditemui": what was said stands before its speaker, and
        # points back; the speaker is the one a later pronoun stands for
        return _Found(cue, ci, cj, speakers, full, negated, silent=True)
    if negated and cue.stance in (
        "asserts",
        "accuses",
        "reports",
        "confirms",
        "promises",
        "questions",
    ):
        # "Polisi tidak pernah mengatakan bahwa pelaku sudah ditangkap": nothing was said
        return _Found(cue, ci, cj, speakers, full, True, silent=True)
    name = speakers[0]
    if full == name:
        speakers = _split_speakers(t, lexicon, *name)
    return _Found(cue, ci, cj, speakers, full, negated)


def _fronted_object(t: _Tokens, lexicon: Lexicon, ci: int, speaker: tuple[int, int]) -> bool:
    """Whether a bare verb form at ci, with no prefix of the active ("tegaskan", not
    "menegaskan"), has a pronoun subject right before it and the object it takes before that
    ("Hal itu ia tegaskan", "Pernyataan itu dia sampaikan"): what was said comes first."""
    a, b = speaker
    return (
        bool(lexicon.verb_prefixes)
        and b == ci
        and b - a == 1
        and t.low[a] in lexicon.pronouns
        and not t.low[ci].startswith(lexicon.verb_prefixes)
        and a > 0
        and t.word(a - 1)
        and not t.inq[a - 1]
        and t.low[a - 1] not in lexicon.conjunctions | lexicon.contrastives
        # (a relative's object says what was said of it: "yang ia sebut sebagai hegemoni")
        and t.low[a - 1] not in lexicon.relative_pronouns
    )


def _opening_name_with_role(t: _Tokens, lexicon: Lexicon, ci: int, blocked: set[int]):
    """The name that opens the sentence when a role set off by commas follows it and runs up to
    the cue's own comma ("Nizar, Kepala Sekolah di SDN 06 ..., Jakarta Selatan, membantah"),
    as a token range; else None."""
    if ci < 4 or t.raw[ci - 1] != "," or t.inq[ci - 1]:
        return None
    a = _dateline_end(t, ci)
    b = min(_name_end(t, a), ci, a + OPENING_NAME_MAX)
    if not (a < b < ci - 1 and t.raw[b] == ",") or _titles_in(t, lexicon, a, b):
        return None
    if phrase_at(t.low, a, lexicon.connectives) is not None or any(
        _plain_word(t, lexicon, x)
        or t.low[x] in lexicon.time_words | lexicon.document_words | lexicon.cue_words
        or (t.low[x],) in lexicon.connectives
        for x in range(a, b)
    ):
        return None  # "In October, ...", "Namun, ...", "Keterangan Mustari, ...": no name
    if phrase_at(t.low, b + 1, lexicon.titles) is None:
        return None
    if any(x in blocked for x in range(b + 1, ci - 1)):
        return None  # another cue inside the role: its own clause
    return a, b


# Words of a name that opens a sentence before its role, at most.
OPENING_NAME_MAX = 4


def _before_time_adjunct(t: _Tokens, lexicon: Lexicon, k: int) -> int:
    """The token before a time adjunct that ends at token k ("on Tuesday", "pada Senin"), or k
    when none ends there."""
    j = k
    while j >= 0 and t.word(j) and t.low[j] in lexicon.time_words:
        j -= 1
    if j < k and j >= 0 and t.low[j] in lexicon.prepositions | lexicon.time_openers:
        return j - 1
    return k


def _gerund_of_word(t: _Tokens, lexicon: Lexicon, ci: int) -> bool:
    """Whether the participle at ci follows a preposition that a plain noun or adjective takes
    ("pattern of rejecting", "instrumental in rebutting"), not a verb ("responded by saying",
    "criticized for saying") nor an object ("accused him of lying")."""
    if ci < 2 or t.low[ci - 1] not in lexicon.np_inner | lexicon.place_prepositions:
        return False
    w = ci - 2
    return (
        t.word(w)
        and not t.cap[w]
        and not t.inq[w]
        and t.low[w] not in lexicon.closed_words
        and t.low[w] not in lexicon.pronouns | lexicon.object_pronouns
        and not (lexicon.past_suffixes and t.low[w].endswith(lexicon.past_suffixes))
        and not _ing_form(t, w)
        and not lexicon.cues.get(t.low[w])
    )


def _denial_object_before(t: _Tokens, lexicon: Lexicon, previous: list[_Found], p: int) -> bool:
    """Whether token p ends the short object of a denial or an accusation found just before, in
    the same clause (``_denied_object_ends``): the participle after it speaks for the one who
    denied."""
    return bool(previous) and _denied_object_ends(t, lexicon, previous[-1].cue, previous[-1].cj, p)


def _outlet_follows(t: _Tokens, lexicon: Lexicon, cue, cj: int, blocked: set[int]) -> bool:
    """Whether a reporting cue set off by a comma has an outlet right after it, which is its
    speaker: "..., which killed five civilians, reported Azerbaijan's state-run news agency
    AZERTAC" (not the place before the comma)."""
    if cue.stance != "reports":
        return False
    hit = _np_after(t, lexicon, cj, blocked)
    if hit is None or hit[1][0] != cj:
        return False
    a, b = hit[1]
    return (
        _has_phrase(t, lexicon, a, b, lexicon.outlets, lower=False) is not None
        or _has_phrase(t, lexicon, a, b, lexicon.media_words) is not None
    )


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


# At most this many words describe a document between its noun and a participle that tells what
# the document says ("the report issued on Saturday accusing").
DOCUMENT_MODIFIER_WORDS = 5


def _document_described(
    t: _Tokens, lexicon: Lexicon, previous: list[_Found], ci: int, blocked: set[int]
) -> tuple[int, int] | None:
    """The document a previous denial's object names when the participle at ``ci`` still
    describes it ("denied the report issued on Saturday accusing ...", "the report by The
    Saturday Paper accusing"), as a token range; None when a clause boundary, more than a few
    words or nothing that describes the document ("denied the report on Monday, saying")
    stand between. Only after a denial: the document one writes is one's own ("he wrote a
    letter to Zucker asking that ...")."""
    if not previous or previous[-1].cue.stance != "denies":
        return None
    d = previous[-1].cj + 1
    while d < ci and t.low[d] in lexicon.determiners:
        d += 1
    if not (d < ci - 1 and t.low[d] in lexicon.document_words):
        return None
    between = range(d + 1, ci)
    if len(between) > DOCUMENT_MODIFIER_WORDS or any(
        not t.word(k) or t.low[k] in lexicon.conjunctions or t.low[k] in lexicon.pronouns
        for k in between
    ):
        return None
    describing = any(
        t.low[k] in lexicon.agent_markers or _past_form(t, lexicon, k) for k in between
    )
    if not describing:
        return None
    return _np_back(t, lexicon, d, previous[-1].cj + 1, blocked)


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
    if len(previous) > 1 and last.ci > 0 and t.low[last.ci - 1] in lexicon.relative_pronouns:
        # "Korea Utara mengecam tuduhan AS yang menyebut ... dan menyatakan": a relative
        # clause's cue is no subject of the main clause's next
        return previous[-2]
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


# Words of a role set off before its holder's name when the role opens on a title.
TITLED_ROLE_MAX = 9


def _told_after_agent(t: _Tokens, lexicon: Lexicon, re_: int, after_a: int, after_n: int) -> bool:
    """Whether what follows a passive cue's agent (ending at token ``re_``) right after it is
    what was said, the subject being the one told: "He was told by police that the road was
    closed", "His office had been warned by the spy agency to drop the candidate" (not "was
    criticized by his rivals for failing to spend ...")."""
    if after_n < 1 or after_a >= t.n:
        return False
    if after_a == re_ + 1 and t.low[re_] in lexicon.complementizers:
        return True
    return after_a == re_ and _infinitive_at(t, lexicon, after_a)


def _answered_at(t: _Tokens, lexicon: Lexicon, rs: int, passive: bool = False):
    """The comma and the noun of what was said, set off after a clause, that stands right
    before a speaker at rs (", a charge Moscow denies", ", accusations Russia has dismissed") or
    before a passive cue at rs, its modifiers and relative pronoun between them (", a claim
    vehemently rejected by New Delhi", ", tuduhan yang dibantah Pyongyang"); else None."""
    k = rs - 1
    if passive:
        k, _ = _skip_modifiers(t, lexicon, k, 0, adverbs=True)
        if k > 0 and t.low[k] in lexicon.relative_pronouns and not t.inq[k]:
            k -= 1
    comma = _set_off_noun(t, lexicon, k)
    return None if comma is None else (comma, k)


def _answered_subject(t: _Tokens, lexicon: Lexicon, cs: int, ce: int, ci: int):
    """Who a content (chars cs..ce) before the cue at ci is about when it ends on a noun of what
    was said, set off: the name that opens it ("Jokowi used a fake diploma to run for office,
    a charge"), or the one an accusation in it names ("Kyiv accuses Moscow of deporting
    children, a charge"), as tokens a..b (a == b: no one named); None for any other content."""
    a, b = _token_range(t, cs, ce)
    if b < 2 or b > ci or _set_off_noun(t, lexicon, b - 1) is None:
        return None

    def name_at(k: int) -> tuple[int, int]:
        while k < b and t.low[k] in lexicon.determiners:
            k += 1
        end = min(_name_end(t, k), b)
        if any(t.low[x] in lexicon.pronouns for x in range(k, end)):
            return k, k
        return k, end

    accusing = next(
        (
            x
            for x in range(a, b - 1)
            if not t.inq[x] and any(c.stance == "accuses" for c in lexicon.cues.get(t.low[x], ()))
        ),
        None,
    )
    return name_at(a if accusing is None else accusing + 1)


def _only_anaphor(t: _Tokens, lexicon: Lexicon, start: int, end: int) -> bool:
    """Whether a content (chars start..end) only points back ("Hal itu", "Bantahan yang sama
    juga", "this") or is function words alone ("Akan tetapi yang disampaikan Jokowi": what he
    said is not in the sentence), with no words of its own."""
    first, last = bisect_left(t.st, start), bisect_right(t.st, end)
    comma = next((i for i in range(first, last) if t.raw[i] == "," and not t.inq[i]), None)
    if comma is not None and phrase_at(t.low, first, lexicon.via_markers) is not None:
        first = comma + 1  # "Dikutip dari RMOL.co, bantahan itu disampaikan oleh ...": the outlet
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


def _names_only(t: _Tokens, lexicon: Lexicon, k: int) -> bool:
    """Whether a name and nothing said of it follow a naming cue at token k: capitalised words,
    then a conjunction, a full stop or the end ("calls Tiexian Jiao and ..."; not "called Trump a
    liar", 'called Haley "very weak"', "called Clinton, his challenger, an ISIS co-founder")."""
    if k >= t.n or t.low[k] in lexicon.determiners:
        return False
    j = _name_end(t, k)
    while j < t.n and t.raw[j].isdigit() and not t.inq[j]:
        j += 1  # "Pagasa Cay 2"
    return j > k and (j >= t.n or t.raw[j] in ".;" or t.low[j] in lexicon.conjunctions)


def _unquoted(t: _Tokens, span: tuple[int, int]) -> tuple[int, int]:
    """The words of a content that is one quote, marks and closing stops left out ('said that
    "the report is false".' says: the report is false); the span itself otherwise."""
    cs, ce = span
    for qs, qe in t.quotes:
        if qs == cs and ce - 2 <= qe < ce:
            start, end = qs, qe
            while start < end and t.text[start] in QUOTE_CHARS + "'`":
                start += 1
            while end > start and t.text[end - 1] in " ,.;:":
                end -= 1
            if any(ch.isalnum() for ch in t.text[start:end]):
                return start, end
    return span


def _pointed_after_relative(t: _Tokens, lexicon: Lexicon, a: int, b: int, ci: int) -> bool:
    """Whether the one word at tokens a..b is a noun whose relative clause closes on a
    demonstrative right before the cue ("Pria yang akrab disapa Kang Emil itu mengaku") or,
    after the cue, before the sentence's end or an adjunct ("kata pria yang akrab disapa Buwas
    itu di Kantor Perum Bulog"): it points back to someone already named. How it was said may
    come between the demonstrative and a cue after it ("... itu dengan terang-terangan
    menyebut")."""
    if not (
        b == a + 1
        and b < t.n
        and ((t.low[a],) in lexicon.titles or t.low[a] in lexicon.person_nouns)
        and t.low[b] in lexicon.relative_pronouns
    ):
        return False
    if a < ci:
        end = ci
        while end - 1 > b and t.low[end - 1] in lexicon.cue_modifiers:
            end -= 1
    else:
        closing = next(
            (
                x
                for x in range(b + 2, min(t.n, b + 2 + RELATIVE_CLAUSE_MAX))
                if t.low[x] in lexicon.definite_determiners and t.low[x] in lexicon.np_stopwords
            ),
            None,
        )
        if closing is None or (
            closing + 1 < t.n
            and t.word(closing + 1)
            and t.low[closing + 1] not in lexicon.trailing_adjuncts
        ):
            return False
        end = closing + 1
    return (
        b < end - 2
        and t.low[end - 1] in lexicon.definite_determiners
        and t.low[end - 1] in lexicon.np_stopwords
        and all(t.word(x) and not t.inq[x] for x in range(b, end))
    )


# Words a relative clause after a cue's noun runs to before its closing demonstrative.
RELATIVE_CLAUSE_MAX = 8


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
    names: list[str],
    state: _DocState,
    lexicon: Lexicon,
    inside: bool = False,
    relayed: bool = False,
) -> None:
    """Keep these speakers' names for a later "he" or "dia", and those of organisations for a
    later "the network" or "partai itu". "The Opposition leader" (a role, its last word
    lower-case) is no one's name: a later "he" still points to the person named before it.
    ``inside``: they speak inside what another said, so are no later "negara itu" nor
    "mereka". ``relayed``: their words came through another outlet ("mengutip New Straits
    Time")."""
    named = [n for n in names if n[:1].isupper() and not n.split()[-1][:1].islower()]
    # a role alone, one person (not "Federal officials", where plurals are marked); its head
    # before any preposition ("spokeswoman for the BBC")
    role = ""
    if len(names) == 1 and names[0]:
        words = names[0].split()
        head = _head_index(words, lexicon)
        role = words[head] if head >= 0 else words[-1]
    plural = bool(lexicon.plural_verbs) and _plural_word(role)
    if not inside and role[:1].islower() and (role,) in lexicon.titles and not plural:
        state.described = (names[0], state.sentence_no)
    if not inside and names and names[0] and not named and _described_many(names[0], lexicon):
        state.unnamed = (names[0], state.sentence_no)
    # an organisation may be named by its description too ("Sudanese army")
    for name in names if not inside else ():
        # (an outlet that reports is no organisation a later "the company" or "it" stands for:
        # "Reuters reported ... the company told Reuters" is Microsoft; see ``_outlet_meant``)
        if (
            name[:1].isupper()
            and _organisation(name, lexicon)
            and tuple(name.split()) not in lexicon.outlets
        ):
            state.organisation = (name, state.sentence_no)
            state.organisation_relayed = relayed
    if named:
        if tuple(named) != state.last_named:
            state.named_before, state.named_before_at = state.last_named, state.last_named_at
        state.last_named = tuple(named)
        state.last_named_at = state.sentence_no
        state.last_named_inside = inside
        if not inside:
            state.outer_named = state.last_named
            state.outer_named_at = state.sentence_no


def _described_many(described: str, lexicon: Lexicon) -> bool:
    """Whether a description with no name may stand for several: any in a language that does
    not mark plurals on its verbs ("perwakilan Shin Tae-yong"), else one whose head, the word
    before its first preposition, is plural ("Officials at the port", not "a company
    spokesperson" nor "one of the officials")."""
    if not lexicon.plural_verbs:
        return True
    words = described.lower().split()
    head = _head_index(words, lexicon)
    return head >= 0 and _plural_word(words[head])


def _head_index(words: list[str], lexicon: Lexicon) -> int:
    """The index of a description's head, the word before its first preposition ("spokeswoman"
    of "spokeswoman for the BBC"), the last word without one; -1 when it opens on one."""
    return next((i for i, w in enumerate(words) if w in lexicon.any_prepositions), len(words)) - 1


def _plural_word(word: str) -> bool:
    """Whether an English noun reads as plural by its ending ("officials", not "boss")."""
    return word.endswith("s") and not word.endswith("ss")


def _organisation_meant(t: _Tokens, lexicon: Lexicon, a: int, b: int, state: _DocState):
    """The organisation a bare organisation noun stands for ("The network said", "The party
    also accused", "negara itu mengatakan"): the one last named speaking, a few sentences back
    at most; None for anything else."""
    head = _definite_head(t, lexicon, a, b)
    if head not in lexicon.organisation_nouns:
        return None
    if state.organisation is None or state.sentence_no - state.organisation[1] > PRONOUN_WINDOW:
        return None
    name = state.organisation[0]
    words = name.split()
    if (head,) in lexicon.media_words and not (
        tuple(words) in lexicon.outlets or any((w.lower(),) in lexicon.media_words for w in words)
    ):
        # "the newspaper" is an outlet named before, never the country that spoke last
        return None
    return name


def _outlet_meant(t: _Tokens, lexicon: Lexicon, a: int, b: int, state: _DocState):
    """The outlet a bare media noun stands for ("According to the news agency" after "This
    follows a Reuters report ..."): the one last named, a few sentences back at most."""
    words = tuple(t.low[x] for x in range(a, b) if t.low[x] not in lexicon.definite_determiners)
    if len(words) == b - a or words not in lexicon.media_words or state.outlet is None:
        return None
    if words[-1] == "media":
        return None  # "the media" are the press at large as often as the one outlet
    if state.sentence_no - state.outlet[1] > PRONOUN_WINDOW:
        return None
    return state.outlet[0]


def _note_outlet(t: _Tokens, lexicon: Lexicon, state: _DocState) -> None:
    """Remember the last outlet a sentence names (``_outlet_meant``)."""
    if not any(t.cap[i] and t.raw[i] in lexicon.outlet_openers for i in range(t.n)):
        return
    hit = _has_phrase(t, lexicon, 0, t.n, lexicon.outlets, lower=False)
    if hit is not None:
        state.outlet = (" ".join(t.raw[hit[0] : hit[1]]), state.sentence_no)


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
    if any(
        t.low[x] in lexicon.personal_pronouns and t.low[x + 1] in lexicon.cue_words and not t.inq[x]
        for x in range(1, t.n - 1)
    ):
        # a pronoun speaks: a passive's agent set off before it is that pronoun, and so, in
        # "State Department spokeswoman Jen Psaki on Tuesday refused to comment ..., but she
        # stressed ...", is the one the sentence opens on
        _learn_agent(t, lexicon, state, before_pronoun=True)
        _note_subject(_titled_subject(t, lexicon, state), lexicon, state)
    statements = _statements_in(t, text, start, end, lexicon, state)
    if not statements:
        _learn_names(t, lexicon, state)
        _learn_subject(t, lexicon, state)
        _learn_contacted(t, lexicon, state)
        _learn_agent(t, lexicon, state)
    _note_outlet(t, lexicon, state)
    return statements


# At most this many words make an object whose determiner follows it ("barter tersebut").
OBJECT_AFTER_MAX = 4


def _last_word(t: _Tokens, a: int, b: int) -> int:
    """The last word token of a..b (b - 1 when there is none)."""
    return next((x for x in range(b - 1, a - 1, -1) if t.word(x)), b - 1)


def _quote_resumed(
    t: _Tokens, lexicon: Lexicon, quote: tuple[int, int], last: int, other_cues: list[int]
) -> tuple[int, int] | None:
    """The words of a quote broken by its attribution and resumed after it ('"We sent no arms,"
    the spokesman said, "and the charge is a lie."', '"...," kata Jokowi, "..."'): the quote
    right after the attribution, which ends on a comma, when the quote before it ended on a
    comma and no other cue comes between."""
    end = quote[1]
    if end >= last or not t.text[end:last].lstrip(QUOTE_CHARS + "'’ ").startswith(","):
        return None
    after = [q for q in t.quotes if q[0] >= last]
    if not after:
        return None
    qs, qe = after[0]
    if t.text[last:qs].strip() != ",":
        return None
    if any(last <= t.st[c] < qs for c in other_cues):
        return None
    span = _quote_content(t, qs, qe)
    if span is None:
        return None
    words = [i for i in range(bisect_left(t.st, span[0]), bisect_left(t.st, span[1])) if t.word(i)]
    if not words:
        return None
    # a clause of its own ('“Judge,” Brafman said, “I have never ...”', '..., “and I fully
    # support ...”'), not the rest of the one the first part began ('“That, unfortunately,” he
    # said, “is part of ...”', '..., “because it puts ...”'), which says nothing alone
    first = t.low[words[0]]
    opens = (
        t.cap[words[0]]
        or first in lexicon.pronouns
        or first in lexicon.determiners
        or (len(words) > 1 and first in lexicon.conjunctions | lexicon.contrastives)
    )
    return span if opens else None


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
        or w in lexicon.question_words
        or w.endswith(("n't", "n’t"))
    )


def _learn_subject(t: _Tokens, lexicon: Lexicon, state: _DocState) -> None:
    """Take a sentence without statements that opens on someone already named in full as its
    subject ("Johan tak ambil pusing mengenai klaim tersebut."), or on a person named after a
    role ("Chinese spokeswoman Hua Chunying was on Wednesday asked about ..."): the next
    "tuturnya" or "she said" is that person."""
    _note_subject(
        _known_subject(t, lexicon, state)
        or _titled_subject(t, lexicon, state)
        or _named_subject(t, lexicon, state),
        lexicon,
        state,
    )


def _note_subject(full: str | None, lexicon: Lexicon, state: _DocState) -> None:
    """Note a sentence's subject named in full (two words or more, no organisation's) as the
    one its later pronouns point to."""
    if full and len(full.split()) >= 2 and not _organisation(full, lexicon):
        _note_named([full], state, lexicon)


def _learn_agent(
    t: _Tokens, lexicon: Lexicon, state: _DocState, before_pronoun: bool = False
) -> None:
    """Take the person with a role that closes a sentence without statements as a passive's
    agent ("Fatwa itu lantas ditanggapi oleh Ketua Umum MUI KH Ma'ruf Amin."): the next
    "Menurutnya" is that person. ``before_pronoun``: the agent is set off before a personal
    pronoun instead, in any sentence ("..., direspon oleh Menteri Sosial, Tri Rismaharini, ia
    menampik ..."): that pronoun is the agent."""
    for k in range(t.n - 2, 0, -1):
        if t.low[k] not in lexicon.agent_markers or t.inq[k]:
            continue
        hit = _np_after(t, lexicon, k + 1, set(), name_only=True)
        end = hit[0][1] if hit is not None else k + 1
        if before_pronoun:
            if hit is None or not (
                end + 3 < t.n
                and t.raw[end] == ","
                and t.low[end + 1] in lexicon.personal_pronouns
                and not t.inq[end + 1]
                # the pronoun's cue opens what it says, no parenthetical (", he said, becomes")
                and t.low[end + 2] in lexicon.cue_words
                and t.raw[end + 3] not in ",."
            ):
                continue  # (an earlier agent may be the one)
        elif hit is None or end != t.n - 1 or t.raw[end] not in SENTENCE_PUNCT:
            return  # (the name closes the sentence, its mark after it)
        if not any(_title_at(t, lexicon, x) for x in range(*hit[1])):
            return
        name = _full_name(_clean_name(t, lexicon, *hit[0]), lexicon, state)
        words = name.split()
        if len(words) >= 2 and all(w[:1].isupper() for w in words):
            _note_named([name], state, lexicon)
        return


def _learn_contacted(t: _Tokens, lexicon: Lexicon, state: _DocState) -> None:
    """Take the named person a sentence without statements reaches ("Kompas.com menghubungi
    Vice President Corporate Secretary Garuda Indonesia Mitra Piranti untuk mengkonfirmasi
    narasi yang beredar."): the next "Pihaknya menyatakan" is that person (``contact_words``)."""
    for k in range(t.n - 1):
        if t.low[k] not in lexicon.contact_words or t.inq[k]:
            continue
        hit = _np_after(t, lexicon, k + 1, set(), name_only=True)
        if hit is None or not t.cap[hit[0][0]]:
            return
        name = _full_name(_clean_name(t, lexicon, *hit[0]), lexicon, state)
        if name and name[:1].isupper():
            _note_named([name], state, lexicon)
        return


def _named_subject(t: _Tokens, lexicon: Lexicon, state: _DocState) -> str | None:
    """A person named in full who opens the sentence, after its dateline if any, then a verb in
    lower case ("WAHANANEWS.CO, Jakarta - Hotman Paris menanggapi pernyataan ...")."""
    if not lexicon.possessor_after:
        # (in English a capitalised adverb opens too many sentences: "As Trump ...", "Then
        # Brafman ...")
        return None
    first = _dateline_end(t, t.n)
    end = _name_end(t, first)
    if not (NAMED_SUBJECT_MIN <= end - first <= NAMED_SUBJECT_MAX) or end >= t.n:
        return None
    verb = t.low[end]
    opening = t.low[first]
    if (
        not t.word(end)
        # (a verb with its prefix: "Rumah Amnah rusak berat" opens on a house, no one)
        or not _prefixed_verb(t, lexicon, end)
        or t.inq[end]
        or verb in lexicon.function_words
        or verb in lexicon.relative_pronouns
        or any(_plain_word(t, lexicon, x) or _title_at(t, lexicon, x) for x in range(first, end))
        or opening in lexicon.document_words
        or opening in lexicon.time_words
        or opening in lexicon.cue_modifiers
        or (opening,) in lexicon.connectives
        or _circumfixed(opening, lexicon)
    ):
        return None
    return _full_name(" ".join(t.raw[first:end]), lexicon, state)


# Words of a name that opens a sentence without statements as its subject.
NAMED_SUBJECT_MIN, NAMED_SUBJECT_MAX = 2, 4


def _known_subject(t: _Tokens, lexicon: Lexicon, state: _DocState) -> str | None:
    j = _name_end(t, 0)
    if j == 0 or j >= t.n or not t.word(j) or t.cap[j]:
        return None
    if t.low[j] in lexicon.np_inner | lexicon.conjunctions | lexicon.prepositions:
        return None  # "Donald Trump and ...", "Minister of ...": no subject of its own
    if any(_plain_word(t, lexicon, x) for x in range(j)):
        return None  # "But Trump ...", "For Trump ...", "Then I ..."
    first = 1 if j > 1 and _title_at(t, lexicon, 0) else 0  # "Ms Hua was ... asked"
    name = " ".join(t.raw[first:j])
    known = name in state.full_names or (
        j - first == 1 and any(name in _name_parts(full) for full in state.full_names)
    )
    return _full_name(name, lexicon, state) if known else None


def _titled_subject(t: _Tokens, lexicon: Lexicon, state: _DocState) -> str | None:
    # (after an opening link: "Sementara itu, Kepala Humas BPJS Kesehatan, M. Iqbal ...")
    link = phrase_at(t.low, 0, lexicon.connectives) if t.n else None
    s0 = len(link) + 1 if link and len(link) < t.n and t.raw[len(link)] == "," else 0
    if (
        s0 >= t.n
        or not t.cap[s0]
        or not any(_title_at(t, lexicon, x) for x in range(s0, min(t.n, s0 + 4)))
    ):
        return None
    words = [i for i in range(t.n) if t.word(i)]
    if sum(t.cap[i] for i in words) >= HEADLINE_CAPITALS * len(words):
        return None  # title case: names cannot be told from words
    found = _np_after(t, lexicon, s0, set(), name_only=True)
    hit = found[0] if found is not None else None
    titled = hit
    if hit is not None and hit[1] < t.n - 2 and t.raw[hit[1]] == ",":
        # "Kepala Humas BPJS Kesehatan, M. Iqbal Anas Ma'ruf juga enggan ...": the role, then
        # the name set off after it
        m = hit[1] + 1
        while m < t.n and t.cap[m] and _NAME_WORD.match(t.raw[m].rstrip(".")) and not t.inq[m]:
            m += 1
        if m - hit[1] - 1 >= 2 and m < t.n and t.word(m) and not t.cap[m]:
            hit = (hit[1] + 1, m)
    if (
        hit is None
        or not any(_title_at(t, lexicon, x) for x in range(titled[0], titled[1]))
        or any(t.low[x] in lexicon.conjunctions for x in range(hit[0], hit[1]))
    ):
        return None  # (two people named together are no one "he" stands for)
    named = _clean_name(t, lexicon, *hit)
    words = named.split()
    if len(words) < 2 or not all(w[:1].isupper() and _NAME_WORD.match(w) for w in words):
        return None
    return _full_name(named, lexicon, state)


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


def _written_in_lower_case(t: _Tokens, i: int) -> bool:
    """Whether the document writes token i's word in lower case elsewhere ("Rumah Amnah rusak"
    after "rumah orang tuanya"): a common word capitalised only by its place."""
    word = t.low[i]
    return len(word) > 2 and re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", t.text) is not None


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
        while i < j and (
            _plain_word(t, lexicon, i)
            or t.low[i] in lexicon.document_words
            or (t.low[i],) in lexicon.connectives
            or t.low[i] in lexicon.time_words
            or t.low[i] in lexicon.as_markers
            # (a question opens on its auxiliary; "Will Doyle said" is a name)
            or (t.low[i] in lexicon.auxiliaries and t.raw[-1] == "?")
            # "Keyakinan Perry ditopang ...": a common noun by its affixes
            or _circumfixed(t.low[i], lexicon)
        ):
            # "But Trump didn't ...", "Laporan Dhani itu pun diterima", "Kemudian Fatia
            # menjawab", "At a June Trump campaign event", "As Trump demands wall", "Does Rubio
            # ...?": "Trump", "Dhani", "Fatia", "Rubio"
            i += 1
        if (
            i < j - 1
            and not any(t.word(x) for x in range(i))
            and (
                any(full.split()[0] == t.raw[i + 1] for full in state.full_names)
                # ("Rumah Amnah rusak berat": a common word, then one name)
                or (lexicon.possessor_after and j - i == 2 and _written_in_lower_case(t, i))
            )
            and not any(t.raw[i] in full.split() for full in state.full_names)
        ):
            # "Komunikasi Retno dengan ..." after "Retno Marsudi": the sentence opens on a
            # common word, then someone named before
            i += 1
        if 2 <= j - i <= NAME_RUN_MAX and t.low[i] not in lexicon.institutions:
            name = _clean_name(t, lexicon, i, j)
            words = name.split()
            if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words):
                _full_name(name, lexicon, state)
        i = j


def _completes_relay(t: _Tokens, lexicon: Lexicon, f: _Found) -> bool:
    """Whether a passive cue completes a relay marker with the word before it ("sebagaimana
    dilaporkan", "seperti dilaporkan")."""
    return (
        f.cue.passive
        and f.ci > 0
        and (t.low[f.ci - 1], *t.low[f.ci : f.cj]) in lexicon.relay_markers
    )


def _clause_follows(t: _Tokens, lexicon: Lexicon, k: int) -> bool:
    """Whether a clause opens with a complementizer at token k: two words or more follow it
    before any comma ("Noting that only Sen. Kirk voted ...", not "Recalling that moment,")."""
    c = _complement_at(t, lexicon, k)
    if c is None:
        return False
    end = next((x for x in range(c + 1, t.n) if t.raw[x] in ",;" or t.inq[x]), t.n)
    # (or a subject that names someone, an aside after it: "underlined that Iran, since the
    # outset of the conflict, has ...")
    named = c + 1 < t.n and t.word(c + 1) and (t.cap[c + 1] or t.low[c + 1] in lexicon.pronouns)
    return _words(t, c + 1, end) >= 2 or (named and end < t.n and t.raw[end] == ",")


def _opening_clause_subject(t: _Tokens, lexicon: Lexicon, ci: int, cj: int, cue, found):
    """The attribution whose subject speaks a cue that opens a clause set off before it after
    a subordinator ("Selain membantah X, Dwi juga membantah Y", "After denying the report,
    the minister rejected ...") or as its first word ("Rejecting reports claiming ..., his
    spokesperson said", "Menepis tudingan itu, Jokowi mengatakan"): the first found after the
    clause's comma whose speaker opens the main clause; None for any other cue."""
    first = _dateline_end(t, ci)
    opens = (ci == first + 1 and t.low[first] in lexicon.subordinators) or (
        ci == first and (cue.participle or not lexicon.participle_suffixes)
    )
    if not opens or cue.passive or cue.speaker == "after":
        return None
    if ci == first and not (
        (cue.stance in ("denies", "accuses") and not cue.quoting) or _clause_follows(t, lexicon, cj)
    ):
        return None  # "Citing local news outlets, ...", "Recalling that moment, ...": no claim
    if t.low[ci] in lexicon.asked_forms or (
        ci + 1 < t.n and t.low[ci + 1] in lexicon.agent_markers
    ):
        return None  # "When asked, he denied ...", "After asked by reporters": asked, not asking
    comma = next((k for k in range(cj, t.n) if t.raw[k] == "," and not t.inq[k]), None)
    if comma is None:
        return None
    for g in found:
        if g.ci <= comma or g.inherited or not g.speakers:
            continue
        if g.speakers[0][0] == comma + 1 and g.cue.speaker != "after" and not g.cue.passive:
            return g
        return None
    return None


def _relative_speaker(t: _Tokens, lexicon: Lexicon, f: _Found) -> tuple[int, int] | None:
    """The one a statement's speaking relative pronoun stands for ("Barkley, who said ...":
    Barkley), or None when its speaker is no such pronoun."""
    return next(
        (
            ante
            for a, b in f.speakers
            if b == a + 1 and (ante := _relative_antecedent(t, lexicon, a, set())) is not None
        ),
        None,
    )


def _outside_report(t: _Tokens, lexicon: Lexicon, via_range, ci: int) -> bool:
    """Whether the cue at ``ci`` stands outside the clause of a report that names the sentence's
    outlet ("Following a report from Iran's Fars News Agency that Rouhani denied ..., Sanders
    said the report was false": Rouhani's denial came through Fars, Sanders' words did not):
    past the first comma after the outlet, when a document word comes just before it and a
    clause of the report's own follows it."""
    if via_range is None:
        return False
    a, b = via_range
    if not any(t.low[x] in lexicon.document_words for x in range(max(0, a - 3), a)):
        return False
    comma = next((k for k in range(b, t.n) if t.raw[k] == "," and not t.inq[k]), None)
    if comma is None or ci < comma:
        return False
    # the report has a clause of its own ("a report from X that ..."); "Melansir informasi dari
    # Antara, Kepala BPOM mengatakan ..." relays the whole sentence
    return any(t.low[k] in lexicon.complementizers for k in range(b, comma))


# At most this many words make a subject set off by a comma before an attribution inside it.
COMMA_SUBJECT_MAX = 3


def _unmarked_inside(
    t: _Tokens,
    lexicon: Lexicon,
    f: _Found,
    rs: int,
    re_: int,
    before_a: int,
    after_a: int,
    after_b: int,
) -> bool:
    """Whether the attribution at tokens rs..re_ (a cue with its speaker after it, or a cue
    that names its speaker, "katanya") stands between a short subject and its predicate with
    no punctuation around it ("kepala negara kata dia tak sekalipun meminta waktu", "Jokowi
    kata dia siap menerima siapapun")."""
    if not (rs > 0 and re_ < t.n and after_a == re_ and after_b - after_a >= 2):
        return False
    # (or a comma before it only: "Lembaganya, kata Hasyim berencana akan melaporkan ...")
    comma = t.raw[rs - 1] == "," and rs > 1
    if not ((t.word(rs - 1) or comma) and t.word(re_)) or t.inq[rs - 1] or t.inq[re_]:
        return False
    if f.cue.speaker == "before" or f.cue.passive or not f.speakers:
        return False
    if f.inherited or any(not f.ci <= a < b <= re_ for a, b in f.speakers):
        return False  # the speaker is named elsewhere: "Ari menegaskan ..."
    if t.low[re_] in lexicon.conjunctions | lexicon.complementizers | lexicon.prepositions:
        return False
    subject = 0
    k = rs - 2 if comma else rs - 1
    while k >= before_a and t.word(k) and not t.inq[k]:
        subject += 1
        k -= 1
    opener = t.low[k + 1]
    if comma and (k >= before_a or subject > COMMA_SUBJECT_MAX):
        return False  # the clause's own short subject only, at its start
    return (
        1 <= subject <= PARENTHETICAL_SUBJECT_MAX
        and opener not in lexicon.subordinators
        and opener not in lexicon.prepositions
    )


def _statements_in(
    t: _Tokens, text: str, start: int, end: int, lexicon: Lexicon, state: _DocState
) -> list[ExtractedStatement]:
    cues = _find_cues(t, lexicon)
    if not cues:
        return []
    blocked = {i for ci, cj, _ in cues for i in range(ci, cj)} | _site_dateline(t)
    found: list[_Found] = []
    unread = []
    for ci, cj, cue in cues:
        f = _analyse_cue(t, lexicon, ci, cj, cue, blocked, found)
        if f is not None:
            found.append(f)
        else:
            unread.append((ci, cj, cue))
    for ci, cj, cue in unread:
        opening = _opening_clause_subject(t, lexicon, ci, cj, cue, found)
        if opening is not None:
            found.insert(found.index(opening), _Found.inheriting(cue, ci, cj, opening))
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
        # 'Syria ... dismissing the charge as "fabricated", AFP reports.': the outlet the
        # sentence came through does not take the quote that closes another's words for its own
        relays_sentence = (
            f.cue.stance == "reports"
            and f.full is not None
            and f.full == via_range
            and any(c + 1 == min(f.ci, f.full[0]) for c in tails)
            and any(g.ci < f.full[0] and not g.carrier for g in found if g is not f)
        )
        if f.cue.quoting and f.cue.passive and not relays_only:
            continue
        if len(found) > 1 and _completes_relay(t, lexicon, f):
            continue  # "tidak ada bukti sebagaimana dilaporkan BPN": how it came, no statement
        f.antecedent = _relative_speaker(t, lexicon, f)
        rs = min([f.ci] + [a for a, _ in f.speakers if not f.inherited])
        re_ = max([f.cj] + [b for _, b in f.speakers if not f.inherited])
        if f.full is not None and not f.inherited:
            rs, re_ = min(rs, f.full[0]), max(re_, f.full[1])
        # "... deemed ''top secret,'' saying: ''...''": a participle that takes its clause's
        # subject does not own the quote before it, which is the clause's
        # a possessed claim's words follow it: '"sheer fabrication" Seoul's assertion that ...'
        # nor a quote before a cue whose "that" opens what it says ('Terming the report
        # "erroneous", the ministry said that ICMR has only provided ...')
        before_too = (
            not f.inherited
            and not f.cue.possessed
            and not _clause_follows(t, lexicon, f.cj)
            and not relays_sentence
        )
        direct = _direct_quote(t, lexicon, t.st[rs], t.en[re_ - 1], before_too=before_too)
        if f.cue.requires_quote and direct is None and not _set_off(t, lexicon, f.ci, f.cj, f.cue):
            continue
        if direct is not None:
            content = direct
        else:
            later = [c for c in cue_starts if c > f.cj]
            after_a, after_b = _content_after(t, lexicon, f, re_, later)
            if after_a < after_b and any(
                c.quoting and c.participle for c in lexicon.cues.get(t.low[after_a], ())
            ):
                # "..., Xinhua reported citing the spokesman as saying.": how it was sourced
                after_b = after_a
            opens = _dateline_end(t, f.ci)
            if opens < f.ci and t.low[opens] in lexicon.subordinators and not t.inq[opens]:
                # "Setelah Agnez mengungkapkan bahwa dirinya merasa ditumbalkan ..., Ari akhirnya
                # buka suara": the clause the subordinator opens ends on its comma
                comma = next(
                    (k for k in range(opens, after_b) if t.raw[k] == "," and not t.inq[k]), None
                )
                if comma is not None and f.cj <= comma:
                    after_b = min(after_b, comma)
            if f.inherited and later:
                # "Slamming the opposition, he said ...": a clause that opens the sentence ends
                # on its comma, before the subject it shares with the cue after it
                comma = next(
                    (k for k in range(after_a, min(after_b, later[0])) if t.raw[k] == ","), None
                )
                if comma is not None and _opening_clause_subject(
                    t, lexicon, f.ci, f.cj, f.cue, [g for g in found if g is not f]
                ):
                    after_b = comma
            if f.antecedent is not None:
                # "Barkley, who said he typically votes democratic, said ...": the relative
                # clause ends on its comma, or on one that closes a quote in it ('Isa who
                # described the report as "fake and misleading," cautioned against ...')
                comma = next(
                    (
                        k
                        for k in range(after_a, after_b)
                        if t.raw[k] == ","
                        and (not t.inq[k] or (k + 1 < after_b and t.quote(k + 1)))
                    ),
                    None,
                )
                if comma is not None:
                    after_b = comma
                    if t.inq[comma]:
                        # the quote closes with the clause: its marks are what was said too
                        after_b = comma + 1
                        while after_b < t.n and t.quote(after_b):
                            after_b += 1
            # "X denied that ..., state media KCNA reported": the report is not X's words
            after_b = min([after_b] + [c for c in tails if after_a < c < after_b])
            if any(re_ <= c <= after_a for c in tails):
                # "..., Peskov said, Reuters reported.": the outlet's attribution follows
                after_b = after_a
            before_a, before_b = _content_before(
                t, lexicon, rs, _dateline_end(t, rs), cue_next=f.cue.passive and rs == f.ci
            )
            if before_b == f.ci and before_b - 1 > before_a and _completes_relay(t, lexicon, f):
                # "Kabar itu hoaks, seperti dilaporkan Kompas": the marker's first word too
                before_b -= 1
                while before_b > before_a and not t.word(before_b - 1):
                    before_b -= 1
            # "Ari menegaskan, kabar pertemuan itu telah dibantah PDI Perjuangan", "Ari
            # mengatakan bahwa ketidakbenaran hal tersebut sudah dikonfirmasi oleh Hasto":
            # another attribution that opens the words before is not part of them
            lead = []
            for g in found:
                if (
                    g is f
                    or g.cue.speaker == "after"
                    or not g.speakers
                    or not before_a <= min(a for a, _ in g.speakers) < g.ci
                    # (a passive's subject may be one word: "Ia menyebut IUP dijanjikan ...")
                    or g.cj >= before_b - (0 if f.cue.passive else 1)
                    or t.inq[g.cj]
                ):
                    continue
                if t.raw[g.cj] == "," or (
                    # (a passive's subject after "X said that"; not what a trailing "..., Biden
                    # said" or a report after "X denied that ..." took, "that" and all)
                    t.low[g.cj] in lexicon.complementizers and f.cue.passive
                ):
                    lead.append(g.cj + 1)
                elif f.cue.passive and not g.cue.passive and t.word(g.cj):
                    # "Ia menyebut isu tersebut juga telah dibantah oleh pihak kepolisian": a
                    # passive's subject right after another's cue, in its words
                    lead.append(g.cj)
            if lead:
                before_a = max(lead)
            answered = _answered_at(t, lexicon, rs, passive=f.cue.passive and rs == f.ci)
            if answered is not None:
                answered, noun = answered
                before_b = noun + 1  # (not its "yang" and the cue's modifiers)
                # "..., South Korea's spy agency said North Korea had shipped shells, an
                # allegation Pyongyang has denied": what the allegation was, the words of the
                # attribution it closes (an accusation's object is no claim: "Kyiv accuses
                # Moscow of deporting children, a charge the Kremlin rejects" keeps it all)
                said = [
                    bisect_left(t.st, cs)
                    for g, (cs, ce), _ in out
                    if ce == t.en[answered - 1]
                    and cs > t.st[before_a]
                    and g.cue.stance in ("asserts", "reports")
                ]
                if said:
                    before_a = max(said)
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
                and len(opening) > 0
                and _has_phrase(t, lexicon, before_a, before_b, lexicon.titles)
                # (a longer one when it opens on its title: "Senior Manager Affairs PLN UID
                # Jakarta Raya, Tris Yanuarsyah, mengatakan, ...")
                and (
                    len(opening) <= DESCRIPTION_MAX
                    or (
                        len(opening) <= TITLED_ROLE_MAX
                        and phrase_at(t.low, before_a, lexicon.titles) is not None
                    )
                )
            )
            # "Ketika dikonfirmasi soal itu, Sukatma membantahnya.", "Saat coba dikroscek ke KPK,
            # jubir Johan Budi mengaku tidak tahu": when, not what, if the clause is all there
            # is before the speaker
            subordinate = (
                before_a < before_b
                and t.low[before_a] in lexicon.subordinators
                and rs > 0
                and t.raw[rs - 1] == ","
                and "," not in t.raw[before_a : rs - 1]
                # nothing follows the cue, or what follows it is not set off by a comma (not
                # "If the law conflicts ..., Rubio said, Christians must ...")
                and (_words(t, after_a, after_b) == 0 or (re_ < t.n and t.raw[re_] != ","))
            )
            # "Ari menegaskan bahwa menurutnya, narasi itu ...": a cue's "that" opens what
            # follows; "..., jadi menurutnya, narasi itu ...": so does a link after a comma
            comma = max([before_a - 1] + [x for x in range(before_a, before_b) if t.raw[x] == ","])
            linked = (
                before_b > before_a
                and t.low[before_b - 1] in lexicon.complementizers
                and any(g.cj == before_b - 1 for g in found if g is not f)
            ) or (
                comma >= before_a
                and (
                    tuple(t.low[x] for x in range(comma + 1, before_b) if t.word(x))
                    in lexicon.connectives
                    # "..., karena menurutnya dalam Kepres ...": a subordinator or a
                    # conjunction opens the clause the cue speaks for
                    or (
                        before_b == comma + 2
                        and before_b == f.ci
                        and (f.cue.speaker == "after" or f.pronoun_self)
                        and t.low[comma + 1]
                        in lexicon.subordinators | lexicon.conjunctions | lexicon.contrastives
                    )
                )
            )
            # "On Monday, Russia denied it.": when, not what
            timely = any(
                w in lexicon.time_words and w not in lexicon.determiners for w in opening
            ) and all(
                w in lexicon.time_words
                or w in lexicon.time_openers
                or w in lexicon.trailing_adjuncts
                or w.isdigit()
                for w in opening
            )
            # "Namun, masih kata Ali, ...": a modifier of a cue whose speaker follows it
            modifying = (
                f.cue.speaker == "after"
                and bool(opening)
                and before_b == f.ci
                and all(w in lexicon.cue_modifiers for w in opening)
            )
            # "Dalam Undang-undang itu kata Riza, setiap perusahaan ...": an opening adjunct with
            # no comma of its own, then the cue and its speaker set off: what follows is said
            framed = (
                f.cue.speaker == "after"
                and bool(opening)
                and before_b == f.ci
                and opening[0] in lexicon.trailing_adjuncts | lexicon.adjunct_openers
                and "," not in t.raw[before_a:before_b]
                and re_ < t.n
                and t.raw[re_] == ","
                and _words(t, after_a, after_b) >= 2
            )
            if (
                opening in lexicon.connectives
                or modifying
                or framed
                or attribution
                or role
                or subordinate
                or linked
                or timely
            ):
                # "Sementara itu, menurut Pramono, ...": no one's words; "Dia mengungkapkan,
                # Setya Novanto menolak tudingan": another attribution
                before_a = before_b
            after_n, before_n = _words(t, after_a, after_b), _words(t, before_a, before_b)
            comma_before = rs > 0 and (
                t.raw[rs - 1] in ",:"
                or t.raw[rs - 1] in QUOTE_CHARS
                or _quote_closes_at(t, t.st[rs])
            )
            if comma_before and before_n and _speaker_described(t, lexicon, re_, after_a, after_b):
                # "..., said Nurcahyo Utomo, head of Indonesia's national transport safety
                # committee (KNKT).": who the speaker is, not what was said
                after_a, after_n = after_b, 0
            if f.cue.speaker == "after" or f.cue.passive or f.pronoun_self:
                use_after = before_n == 0 or (
                    f.cue.passive
                    and f.cue.stance not in ("denies", "accuses")
                    and _told_after_agent(t, lexicon, re_, after_a, after_n)
                )
            elif f.inherited and after_n >= 1:
                # "..., calling it fake": what comes before is the other cue's
                use_after = True
            else:
                complement = after_a > re_ and (
                    t.low[after_a - 1] in lexicon.complementizers
                    # ("Sakina Tama juga menegaskan kalau ayahnya sehat")
                    or t.low[after_a - 1] in lexicon.loose_complementizers
                )
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
                    and (
                        t.low[after_a] in lexicon.determiners
                        # "menepis barter tersebut": a determiner after its noun
                        or (
                            after_n <= OBJECT_AFTER_MAX
                            and t.low[_last_word(t, after_a, after_b)] in lexicon.determiners
                        )
                    )
                    and not any(t.low[x] in lexicon.time_words for x in range(after_a, after_b))
                )
                use_after = complement or (
                    after_n >= 1
                    and (obj or not (comma_before and before_n >= 2 and (after_n < 3 or adjunct)))
                    # (", accusations Russia has dismissed as baseless": the noun before the
                    # speaker is what was answered)
                    and (answered is None or before_n == 0)
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
            if f.agentless and f.cj < t.n and t.low[f.cj] in lexicon.complementizers:
                # "It was claimed that ...", "disebutkan bahwa ...": what follows
                span = _trim(t, after_a, after_b)
            elif f.agentless and f.cue.addressee and after_n >= 1 and after_a == f.cj:
                # "The Polish government was told President Duda could not ...": the subject
                # was told, and what follows is what
                span = _trim(t, after_a, after_b)
            elif f.agentless or (charge and before_n >= 1):
                # the clause from its subject: "Porzingis had been accused of raping ..."
                # (a subordinator opens one too: "... incompetent after he was accused of")
                opens = [
                    k + 1
                    for k in range(before_a, f.ci)
                    if t.low[k] in lexicon.complementizers
                    or (t.raw[k] in ",;:" and not t.inq[k])
                    or (t.low[k] in lexicon.subordinators and k > before_a and not t.inq[k])
                ]
                start = max([before_a, *opens])
                # (a raising passive's own subject when one stands after that: "... before
                # details surfaced of how he is said to have paid for the flat")
                verb = f.ci
                while verb > start and t.low[verb - 1] in lexicon.passive_auxiliaries | PERFECT:
                    verb -= 1
                raised = f.agentless and t.low[f.ci] in lexicon.raising_forms
                raised = raised and phrase_at(t.low, f.cj, lexicon.raising_infinitives) is not None
                subject = _np_back(t, lexicon, verb - 1, start, set()) if verb > start else None
                if raised and subject is not None and subject[0] > start:
                    start = subject[0]
                span = _trim(t, start, after_b)
            elif (
                comma_before
                and re_ < t.n
                and t.raw[re_] == ","
                and (
                    1 <= before_n <= PARENTHETICAL_SUBJECT_MAX
                    # (or an opening topic of any length: "Terkait foto beredar yang diduga
                    # milik personel Brimob ..., kata Kamal, foto itu adalah hoaks")
                    or (before_n >= 1 and (t.low[before_a],) in lexicon.topic_linkers)
                )
                and after_n >= 2
                and after_a == re_ + 1
                and t.low[after_a] not in lexicon.conjunctions | lexicon.complementizers
                # "..., according to Tekege, who said he was at the rally": a relative clause
                # that closes the sentence describes the speaker (not "And Trump, said
                # Sunshine, who remains friendly with her, doesn't forgive")
                and not (
                    t.low[after_a] in lexicon.relative_pronouns
                    and "," not in t.raw[after_a:after_b]
                )
                # "Kepala Bagian Pemberitaan KPK, Ali Fikri menegaskan, ...": the words before
                # the comma describe the speaker; not so before "kata X" ("Kemenkes, kata Dwi,
                # melakukan ...")
                and (
                    f.cue.speaker == "after"
                    or not _has_phrase(t, lexicon, max(before_a, rs - 6), rs, lexicon.titles)
                )
                # ("Pedagang pakaian pria dan wanita, Mustafa, mengatakan, ...": a name set off
                # between commas before its cue is described by the words before it)
                and not (
                    not f.pronoun_self
                    and f.speakers
                    and f.speakers[0][1] < f.ci
                    and t.raw[f.ci - 1] == ","
                )
            ):
                # "JK, kata Husain, tak membentuk narasi baru", "The report, he said, was
                # false": the attribution sits inside what was said, which is both sides; after
                # an opening adjunct ("Dari hasil olah data ini, kata dia, TKN bisa ...", "In the
                # end, he said, ...") the clause after it
                adjunct_first = (
                    t.low[before_a] in lexicon.trailing_adjuncts
                    and t.low[before_a] not in lexicon.determiners
                ) or t.low[before_a] in lexicon.adjunct_openers  # "Menanggapi tudingan itu, ..."
                span = _trim(t, after_a if adjunct_first else before_a, after_b)
            elif _unmarked_inside(t, lexicon, f, rs, re_, before_a, after_a, after_b):
                # "kepala negara kata dia tak sekalipun meminta waktu ...": an attribution
                # between a subject and its predicate with no commas around it sits inside what
                # was said, from the clause's start
                opens = [
                    k + 1
                    for k in range(before_a, rs - 1)
                    if (t.raw[k] in ",;:" and not t.inq[k]) or any(g.cj == k + 1 for g in found)
                ]
                span = _trim(t, max([before_a, *opens]), after_b)
            announced = f.cue.introduces and t.n > 0 and t.raw[-1] == ":"
            if announced or (span is None and _ends_on_colon(t, re_)):
                # "A spokesperson gave the following answer to a question raised by KCNA:":
                # the words follow in the next paragraphs (see ``_introduces``)
                span = (t.en[-1], t.en[-1])
            if (
                span is not None
                and f.cue.stance in ("asserts", "reports", "confirms")
                and (
                    _only_anaphor(t, lexicon, *span)
                    # "Komentar tersebut dijawab Kedutaan Besar Rusia": what was answered
                    or (f.cue.answers and span[1] <= t.st[f.ci])
                )
            ):
                # "Hal itu dikatakan Benny Mamoto": what was said is in an earlier sentence
                # ("membantah pernyataan itu" still denies it)
                span = None
            said = [] if span is None else range(*_token_range(t, *span))
            if said and all(t.low[x] in lexicon.reflexives for x in said if t.word(x)):
                span = None  # "that bond quickly revealed itself": nothing is said
            if span is None:
                # "Sukatma membantahnya.": nothing said here, but a later "ia" is Sukatma
                _remember_speaker(t, lexicon, f, state)
                continue
            content = _unquoted(t, span)
        # (a content that is one quote is said in the speaker's words: 'said in a statement
        # carried by KCNA, "Our military did not fire ..."')
        out.append((f, content, direct is not None or content != span))
        if direct is not None:
            others = [g.ci for g in found if g is not f]
            rest = _quote_resumed(t, lexicon, direct, t.en[re_ - 1], others)
            if rest is not None:
                out.append((f, rest, True))

    # "Huda said ..., the Daily Star newspaper reported.": the outlet that reports a statement
    # made before it is that statement's via, not a statement of its own
    relays = []
    for f, (cs, ce), _ in out:
        if f.cue.stance != "reports" or ce > t.st[f.ci] or f.pronoun_self:
            continue  # (nor "menurutnya", whose speaker is a person named before)
        if f.cue.speaker == "after" and (
            f.full is None or _outlet_span(t, lexicon, *f.full, f.speakers[-1], kind=True) is None
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
            and (
                quoted
                # (after "according to" only a finite cue's: "Brawner denied that China
                # drove away its ship, according to Reuters", not "Kim and Putin exchanged
                # letters pledging ..., according to KCNA")
                or (
                    g.speakers[0][0] <= first + 1
                    and not (after and (g.cue.participle or not g.cue.speech_act))
                )
                # "The claims are unfounded, Peskov said, TASS reported.": the attribution
                # closes what the outlet reported, and what it attributes comes before it
                or (cs <= gcs and gce <= t.st[g.ci])
            )
            for g, (gcs, gce), quoted in out
        ):
            a, b = f.speakers[-1] if f.speakers else f.full
            while a < b - 1 and t.low[a] in lexicon.determiners:
                a += 1
            relays.append((f, cs, ce, t.span(a, b)))
    out = [entry for entry in out if all(entry[0] is not r[0] for r in relays)]
    statements = []
    for f, (cs, ce), is_direct in out:
        if (
            f.cue.naming
            and t.low[f.cj - 1] in lexicon.prepositions
            and not set(t.low[bisect_left(t.st, cs) : bisect_right(t.st, ce)]) & lexicon.as_markers
        ):
            continue  # "..., she wrote, referring to Minister Siti Nurbaya": named, not called
        if f.cue.naming and f.cue.stance != "accuses" and _names_only(t, lexicon, f.cj):
            continue  # "the reef it calls Tiexian Jiao": a name given, nothing said of it
        if any(
            a + 1 < b and t.low[a] in lexicon.rumour_nouns and t.cap[a + 1] for a, b in f.speakers
        ):
            # "membantah isu Presiden Joko Widodo meminta bertemu Megawati": what the rumour
            # tells of someone, not what they said
            continue
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
                last = state.last_named
                if plural and state.last_named_inside and state.outer_named:
                    # "Jihad Islam juga menerangkan Israel telah meminta ... ,' ujar mereka"
                    last = state.outer_named
                # (one person named with a title is no "mereka": "kata Kapolresta Yogyakarta,
                # Kombes Pol Armaini ... Hasilnya, mereka membantah")
                titled = len(last) == 1 and any(h[0] == last[0] for h in state.roles.values())
                fits = not plural or (
                    _may_be_plural(last, lexicon)
                    and not (titled and not _organisation(last[0], lexicon))
                )
                name = last[0] if recent and last and fits else ""
                if (
                    plural
                    and t.low[b - 1] not in lexicon.first_person
                    and state.unnamed is not None
                    and state.unnamed[1] > state.last_named_at
                    and state.sentence_no - state.unnamed[1] <= PRONOUN_WINDOW
                ):
                    # "Officials at the port said ... They added": those described last, not
                    # someone named before them
                    name = state.unnamed[0]
                if (
                    not name
                    and not plural
                    and t.low[b - 1] in lexicon.personal_pronouns
                    and state.described is not None
                    and state.sentence_no - state.described[1] <= PRONOUN_WINDOW
                ):
                    # "A government spokesman described ... He stressed": the role that spoke,
                    # when no one was named
                    name = state.described[0]
                if (
                    t.low[b - 1] in lexicon.impersonal_pronouns
                    and state.organisation is not None
                    and state.sentence_no - state.organisation[1] <= PRONOUN_WINDOW
                    # (an organisation named last by its description: "the OPCW said ...
                    # Syria's foreign ministry condemned the report. It said ...")
                    and not (
                        name
                        and _organisation(name, lexicon)
                        and state.last_named_at >= state.organisation[1]
                    )
                ):
                    # "The Sudanese army denied ... It further alleged": the organisation
                    name = state.organisation[0]
                elif (
                    t.low[b - 1] in lexicon.impersonal_pronouns
                    and name
                    and not _may_be_plural((name,), lexicon)
                    and not _organisation(name, lexicon)
                ):
                    # "Fahmi Fadzil said ... It claimed ...": "it" is no person named in full
                    name = ""
                elif (
                    name
                    # "dia", or a cue's "-nya" after an organisation whose words came through
                    # another outlet: a person in the reporter's story ("Polda Papua membantah
                    # ... 'Itu hoaks,' tegasnya" is the police's)
                    and (
                        t.low[b - 1] in lexicon.personal_pronouns
                        or (
                            f.pronoun_self
                            and state.organisation_relayed
                            and state.organisation is not None
                            and state.organisation[0] == name
                        )
                        # or one named inside another's words: "Ari menegaskan, kabar itu telah
                        # dibantah PDI Perjuangan ... '...,' tegasnya" is Ari's
                        or (f.pronoun_self and state.last_named_inside)
                    )
                    and _organisation(name, lexicon)
                    and state.named_before
                    and state.sentence_no - state.named_before_at <= PRONOUN_WINDOW
                    and not _organisation(state.named_before[0], lexicon)
                ):
                    # "Menteri LHK Siti Nurbaya ... Kementerian ... Malaysia mengklaim ...
                    # '...,' jelasnya": a person speaks, the one named before the organisation
                    name = state.named_before[0]
                elif (
                    name
                    and f.pronoun_self
                    and state.last_named_inside
                    and state.outer_named
                    and state.outer_named[0] != name
                    and state.sentence_no - state.outer_named_at <= PRONOUN_WINDOW
                ):
                    # "Menurut Hasto, Andi Arief sudah biasa mencuitkan sesuatu. '...,'
                    # tandasnya": the one whose words told of the other goes on speaking
                    name = state.outer_named[0]
                answered = _answered_subject(t, lexicon, cs, ce, f.ci)
                if answered is not None:
                    # "Critics say Jokowi used a fake diploma, a charge he has denied": the one
                    # the charge is about, never the critics (nobody named when the charge
                    # names no one: "the former minister took bribes, a charge he denies")
                    a_, b_ = answered
                    name = (
                        _full_name(_clean_name(t, lexicon, a_, b_), lexicon, state)
                        if b_ > a_
                        else ""
                    )
                if name and not plural and _named_in(name, content.text):
                    # "Setya pun, kata dia, telah mengembalikan uang": "dia" is not Setya
                    # but the one named before
                    earlier = state.named_before[:1]
                    before_recent = state.sentence_no - state.named_before_at <= PRONOUN_WINDOW
                    ok = earlier and before_recent and not _named_in(earlier[0], content.text)
                    name = earlier[0] if ok else name
                if (
                    lexicon.possessor_after
                    and name
                    and state.last_named[:1] == (name,)
                    and not _organisation(name, lexicon)
                ):
                    # each "katanya" of the one named last keeps them the one meant: a long
                    # interview's later pronouns are still theirs (in Indonesian, whose "dia"
                    # and "-nya" are anyone's; an English "she" may not be the one named)
                    state.last_named_at = state.sentence_no
                names.append(name)
            elif (
                (
                    _demonstrative(t, lexicon, a, b)
                    or _issued(t, lexicon, a, b)
                    or _pointed_after_relative(t, lexicon, a, b, f.ci)
                )
                and recent
                and state.last_named
            ):
                # "Mantan Ketua Umum PP Pemuda Muhammadiyah itu meminta", "menurut keterangan
                # tersebut": the one just named; "lembaga pimpinan Imam Nahrawi itu": the body
                # named last
                pronoun = True
                body = (
                    t.low[a] in lexicon.institutions | lexicon.organisation_nouns
                    and state.organisation is not None
                    and state.sentence_no - state.organisation[1] <= PRONOUN_WINDOW
                )
                names.append(state.organisation[0] if body else state.last_named[0])
            elif f.antecedent is not None and b == a + 1:
                # "Barkley, who said ...": the one the pronoun stands for
                pronoun = True
                names.append(_full_name(_clean_name(t, lexicon, *f.antecedent), lexicon, state))
            elif (held := _role_holder(t, lexicon, a, b, state)) is not None:
                # "Kremlin spokesman Dmitry Peskov told ... The spokesman also rejected"
                pronoun = True
                names.append(held)
                # named again by the role: a later "dia" or "-nya" reaches them ("Kabid Humas
                # mengimbau ... '...,' pungkasnya" after another's quote)
                _note_named([held], state, lexicon)
            elif (meant := _organisation_meant(t, lexicon, a, b, state)) is not None:
                # "Al Jazeera rejected ... The network said"
                pronoun = True
                names.append(meant)
            elif (outlet := _outlet_meant(t, lexicon, a, b, state)) is not None:
                # "This follows a Reuters report ... According to the news agency, ..."
                pronoun = True
                names.append(outlet)
            else:
                name = _full_name(_clean_name(t, lexicon, a, b), lexicon, state)
                if not f.cue.possessed:
                    _note_roles(t, lexicon, a, b, name, state)
                    described = _np_back(t, lexicon, a - 2, 0, set()) if a > 1 else None
                    if (
                        described is not None
                        and t.raw[a - 1] == ","
                        and _role_described(t, lexicon, *described)
                    ):
                        # "Kapolres Merauke, AKBP Bahara Marpaung": the role set off before
                        _note_roles(t, lexicon, *described, name, state, described=True)
                names.append(name)
        if not pronoun and not f.cue.possessed:
            # "rejected Kiev's allegations ... 'I can only confirm ...,' he said": the owner of
            # a claim someone else talks about is not the next "he"; "Korea Utara membantah AS
            # mengklaim ...": one speaking inside what another said is not "negara itu"
            inside = any(g is not f and ocs <= t.st[f.ci] < oce for g, (ocs, oce), _ in out)
            _note_named(names, state, lexicon, inside=inside, relayed=via is not None)

        stance = f.cue.stance
        first = bisect_left(t.st, cs)
        last = bisect_right(t.st, ce)
        if content_denies(
            t, lexicon, stance, first, last, naming=f.cue.naming, directive=f.cue.directive
        ):
            stance = "denies"
        elif stance == "denies" and f.negated:
            stance = "confirms"
        if (
            is_direct
            and content.text.rstrip().endswith("?")
            and (stance == "asserts" or (stance == "denies" and f.cue.stance == "asserts"))
        ):
            # a quoted question asks, whatever negation it holds ("... exposed not long ago?")
            stance = "questions"

        speech_act = f.cue.speech_act
        if (
            speech_act
            and f.full is not None
            and f.cue.speaker == "after"
            and f.cue.stance == "reports"
        ):
            heads = {t.low[i] for i in range(*f.full)}
            if heads & lexicon.document_words:
                speech_act = False

        statement_via = None if _outside_report(t, lexicon, via_range, f.ci) else via
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
                    lexicon,
                    content.text,
                    stance,
                    speech_act,
                    is_direct,
                    # "citing anonymous security sources": what was cited, not what was said
                    cited=f.cue.quoting and f.cj < t.n and t.st[f.cj] == cs,
                ),
                language=lexicon.language,
            )
        )

    # The people the sentence names speak through the outlet later too, when the outlet itself
    # reported them ("..., kata KCNA"); not when it spoke for itself of them ("as The Daily
    # Beast called them 'Manchurian anchors'", "KCNA accused Washington of ..."), nor when the
    # sentence only names where a quote was taken from or whom it was told to ("dilansir
    # detikNews", "told Reuters", "kepada Antara"): that holds for its own statements.
    own = next((f for f in found if f.full == via_range and not f.inherited), None)
    if via is not None and own is not None:
        skip = set(range(*via_range)) if via_range else set()
        state.via = via
        reported = own.cue.stance in ("asserts", "reports") and not own.cue.naming
        # (a place named where it was said, "di Samarinda", is no one)
        state.via_names = frozenset(
            t.low[i]
            for i in range(t.n)
            if reported
            and t.cap[i]
            and t.word(i)
            and i not in skip
            and i > 0
            and t.low[i - 1] not in lexicon.place_prepositions
        ) | frozenset(
            w.lower()
            for s in statements
            for n in s.speaker_names
            for w in n.split()
            if w[:1].isupper()  # (not "agency" of "TASS news agency": "World ... Agency")
        )
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
    text = unwrapped(text)
    original, text = text, single_quotes_as_double(text)
    state = _DocState()
    statements: list[ExtractedStatement] = []
    previous: ExtractedStatement | None = None
    spoke_at = -2
    # Units left that may run on, unquoted, after "X said:" (the next paragraph) or "X gave
    # the following answer:" (the paragraphs after it, as KCNA prints an answer in full)
    run_on, announced, entered, last_end = 0, False, False, 0
    for start, end in sentence_bounds(text, lexicon):
        if _see_also(text, start, lexicon):
            continue
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
    if state.renamed:
        # a full name a later mention showed to open on a body's words: the person's, in every
        # statement that gave it
        statements = [_renamed(s, state.renamed) for s in statements]
    if text is not original:
        # quotes read as double marks: the spans give the characters as written
        statements = [_spans_in(s, original) for s in statements]
    return statements


def _renamed(statement: ExtractedStatement, renamed: dict[str, str]) -> ExtractedStatement:
    """The statement with each speaker's name as a later mention showed it to be."""
    names = []
    for name in statement.speaker_names:
        seen = set()
        while name in renamed and name not in seen:
            seen.add(name)
            name = renamed[name]
        names.append(name)
    if tuple(names) == statement.speaker_names:
        return statement
    return replace(statement, speaker_names=tuple(names))


def _see_also(text: str, start: int, lexicon: Lexicon) -> bool:
    """Whether the unit at ``start`` opens a line that links another article ("Baca: Token
    Listrik Rp 1 Juta Habis ...", "Read more: ..."): its words are that article's headline."""
    if start and text[start - 1] not in "\n\r":
        return False
    head = text[start : start + 40].lower()
    return any(
        head.startswith(marker) and head[len(marker) :].lstrip(" \t").startswith(":")
        for marker in lexicon.see_also_markers
    )


def _spans_in(statement: ExtractedStatement, text: str) -> ExtractedStatement:
    def again(span: Span | None) -> Span | None:
        return None if span is None else Span(span.start, span.end, text[span.start : span.end])

    return replace(
        statement,
        sentence=again(statement.sentence),
        speakers=tuple(again(s) for s in statement.speakers),
        cue=again(statement.cue),
        content=again(statement.content),
        via=again(statement.via),
    )


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
    speaker's words too (its content is the whole unit, not marked as a direct quote). A
    speaker only described ("the spokesman") or a pronoun with no one named before it goes on
    as well; words said by no one ("It was claimed that ...") do not."""
    if not previous.speech_act or not previous.speakers:
        return []
    if text[max(0, previous.cue.start - 3) : previous.cue.start].rstrip().endswith(("'s", "’s")):
        # "Mahathir has declined to react to Ms Siti Nurbaya's claim that ...": the claim's
        # owner did not speak there, and the quote after it is not hers
        return []
    t = _Tokens(text, start, end, lexicon)
    words = [i for i in range(t.n) if t.word(i)]
    if not words:
        return []
    if unquoted and not t.quotes and text[start] not in QUOTE_CHARS:
        span = _trim(t, 0, t.n)
        direct = False
    else:
        if not t.quotes or t.quotes[0][0] != start:
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
