"""Contents and vias: the quote or reported clause a cue attributes, where it ends (before a
channel, a time, a dateline or the next attribution), and the outlet it came through.
Internal to ``claims.extraction``."""

from __future__ import annotations

import re

from .cues import _Found, _loose_complement, _possessed, _possessor, _set_off_noun
from .lexicon import Lexicon
from .sentences import QUOTE_CHARS
from .speakers import _np_after, _np_before, _past_channel, _split_speakers
from .stance import is_negation
from .tokens import (
    _DASHES,
    _DEMONYM,
    SENTENCE_PUNCT,
    _adverb,
    _dateline_end,
    _has_phrase,
    _ing_form,
    _name_start,
    _past_form,
    _title_at,
    _Tokens,
    _year,
    phrase_at,
)

# How far past the cue a "that"/"bahwa" may start the content ("told reporters on Friday that").
COMPLEMENT_WINDOW = 3
OBJECT_COMPLEMENT_WINDOW = 8
# ... after the listeners of a verb of telling.
LISTENER_COMPLEMENT_WINDOW = 12
# Words of an aside set off by commas between a cue and its "that".
ASIDE_MAX = 6
# Tokens of a relative clause that describes a source after "according to" / "menurut".
SOURCE_CLAUSE_MAX = 14


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
    words = [m.group().lower() for m in lexicon.token_re.finditer(lead)]
    words = [w for w in words if w[:1].isalnum()]
    if len(before) == 1:
        # the sentence's only quote: a cue far before it is part of the clause that leads to
        # it ('The Kremlin considers rumors of ... to be "empty noise," Peskov said'), one just
        # before it introduces it ('Trump said "..."', 'told reporters "..."'), not one with a
        # subject of its own between ('Those statements that say Russians "have ..."')
        words = words[-LEAD_CUE_REACH:]
        if len(words) == LEAD_CUE_REACH and words[0] in lexicon.cue_words:
            bridge = lexicon.complementizers | lexicon.listeners | lexicon.pronouns
            if words[1] not in bridge and words[1] not in lexicon.cue_words:
                return True
    return not set(words) & lexicon.cue_words


# How many words before a sentence's only quote a cue may stand to introduce it.
LEAD_CUE_REACH = 2


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
    after = [q for q in t.quotes if q[0] >= last]
    # what stands between the attribution and the quote after it
    lead = t.text[last : after[0][0]].strip() if after else None
    before = [q for q in t.quotes if q[1] < first] if before_too else []
    if before and _closed_then_quoted(t, before[-1], first, lead):
        # '"... is uncharacteristic." He added, "..."': the quote before closed its sentence,
        # and the cue introduces the one after it
        before = []
    if before and not _partial_quote(t, lexicon, before):
        qs, qe = before[-1]
        between = t.text[qe + 1 : first]
        # nothing but punctuation, or a short description set off by commas ('"...," the
        # lawyer, Roland Riopelle, said')
        if not between.strip(" \t\r\n,—–-'’") or _set_off_role(between, lexicon):
            return _quote_content(t, qs, qe)
    if after:
        qs, qe = after[0]
        between = lead
        word = _word_after_quote(t, lexicon, qe) if not between else None
        if not between and (
            _quoted_manner(t, lexicon, qs, qe)
            or _quote_modifies(lexicon, word)
            or (word is not None and word.lower() in lexicon.verb_helpers)
        ):
            # (the quote describes the noun after it, or is the subject of the verb after it:
            # 'said "compulsory measures" had been taken')
            return None
        # '..., she said, adding, "..."': the cue right after this one owns the quote, as does
        # a participle set off right before it ('denying any involvement, saying, "..."')
        words = [w for w in lexicon.token_re.findall(between) if w[:1].isalpha()]
        owned = bool(words) and words[0].lower() in lexicon.cue_words
        last = words[-1].lower() if words else ""
        owned = owned or (
            last in lexicon.cue_words
            and bool(lexicon.participle_suffixes)
            and last.endswith(lexicon.participle_suffixes)
            and between[: -len(last) - 1].rstrip().endswith(",")
        )
        short = len(between.split()) <= 6 or (
            len(between.split()) <= SETTING_BEFORE_QUOTE_MAX
            and all(_setting_text(w, lexicon) for w in words)
        )
        if not between or (between[-1] in ":," and short and not owned):
            # (or a setting of any words before a colon: 'said at an October meeting at
            # Downing Street: "..."')
            return _quote_content(t, qs, qe)
    return None


def _closed_then_quoted(t: _Tokens, quote: tuple[int, int], first: int, lead: str | None) -> bool:
    """Whether ``quote`` ends on a sentence's closing mark, the attribution from char first
    after it opens on a capital, and what leads from the attribution to the next quote
    (``lead``, None without one) is a comma or a colon."""
    qs, qe = quote
    inside = t.text[qs + 1 : qe].rstrip(" '’\"”")
    if not inside.endswith((".", "?", "!")) or not t.text[first : first + 1].isupper():
        return False
    return lead in (",", ":")


def _word_after_quote(t: _Tokens, lexicon: Lexicon, qe: int) -> str | None:
    """The word right after the quote closing at char ``qe``, with nothing between, or None."""
    after = lexicon.token_re.search(t.text, qe + 1, t.end)
    if after is None or t.text[qe + 1 : after.start()].strip():
        return None
    return after.group()


def _quote_modifies(lexicon: Lexicon, word: str | None) -> bool:
    """Whether a quote describes the noun right after it ('slammed "utterly inaccurate" media
    reports'): ``word``, right after it, is in lower case and no function word."""
    return (
        word is not None
        and word[:1].isalpha()
        and word[:1].islower()
        and word not in lexicon.function_words
        and word not in lexicon.cue_words
        and word not in lexicon.conjunctions | lexicon.contrastives | lexicon.pronouns
    )


def _quoted_manner(t: _Tokens, lexicon: Lexicon, qs: int, qe: int) -> bool:
    """Whether the quote at chars qs..qe, right after a cue, says how it was said and the
    cue's object follows it: 'refuted "in the strongest possible terms" an NGO's claims'."""
    inside = lexicon.token_re.findall(t.text[qs + 1 : qe])
    words = [w.lower() for w in inside if w[:1].isalnum()]
    rest = t.text[qe + 1 : qe + 3]
    return (
        bool(words)
        and words[0] in lexicon.any_prepositions
        and rest[:1] == " "
        and rest[1:2].isalnum()
    )


# Words between a cue and the quote it introduces when all of them say where and when.
SETTING_BEFORE_QUOTE_MAX = 12


def _setting_text(word: str, lexicon: Lexicon) -> bool:
    """Whether a word may belong to where, when or to whom something was said, as
    ``_setting_word`` reads a token."""
    w = word.lower()
    return (
        word[:1].isupper()
        or any(ch.isdigit() for ch in w)
        or w in lexicon.listeners
        or w in lexicon.channel_words
        or w in lexicon.determiners
        or w in lexicon.time_words
        or w in lexicon.time_openers
        or w in lexicon.prepositions
        or w in lexicon.adjunct_prepositions
        or w in lexicon.place_prepositions
    )


# Words of a listener phrase that may close a sentence with nothing said after it.
LISTENER_ONLY_MAX = 4


def _past_listener(t: _Tokens, lexicon: Lexicon, a: int, addressee: bool) -> int:
    """Where the content starts after the one spoken to, when a clause follows it: "told
    reporters the claim was false", "told the BBC ...", "mengatakan kepada wartawan pihaknya
    ...". ``a`` when there is no such phrase."""
    k = a
    preposition = k < t.n and t.low[k] in lexicon.trailing_adjuncts
    if not (preposition or addressee):
        return a
    if addressee and preposition:
        rest = [x for x in range(a + 1, t.n) if t.word(x)]
        if (
            rest
            and len(rest) <= LISTENER_ONLY_MAX
            and not any(t.inq[x] for x in range(a, t.n))
            and not any(t.raw[x] in ",;:" for x in range(a, t.n))
            and not any(t.low[x] in lexicon.complementizers for x in rest)
        ):
            # "polisi telah bertanya kepada beberapa pihak.": only whom it was put to
            return t.n
    k += preposition
    while k < t.n and t.low[k] in lexicon.determiners:
        k += 1
    m = k
    while m < t.n and t.low[m] in lexicon.listeners and not t.inq[m]:
        m += 1
    if m == k and addressee and not preposition:
        # the gathering told, its words before it: "told a regular news conference", "told a
        # parliamentary committee", "told a Senate hearing"
        m = _gathering_end(t, lexicon, k)
    if m == k and a < k < t.n and (t.low[k],) in lexicon.media_words and not t.inq[k]:
        m = k + 1  # an outlet by its noun: "told the paper", "told the agency"
    if m == k and addressee and a < k < t.n - 1 and _noun_told(t, lexicon, k):
        m = k + 1  # "told the carmaker in 2006 they found ...": those told, by their noun
    if m == k:
        # a named listener or place: "told the BBC", "mengatakan kepada VOA", "said in Kyiv"
        while m < t.n and t.word(m) and t.cap[m] and not t.inq[m] and m - k < 4:
            m += 1
        if (
            m == k + 1
            and k > a + preposition
            and t.low[k] in lexicon.platform_words
            and m < t.n
            and t.word(m)
            and not t.cap[m]
            and not t.inq[m]
            and t.low[m] not in lexicon.function_words
        ):
            m += 1  # "said on the X platform on Wednesday": the platform, then its noun
    if m == k:
        return a
    if m + 1 < t.n and _time_after(t, lexicon, m):
        m += 2  # "told reporters on Monday", "told the carmaker in 2006"
    m = _past_channel(t, lexicon, m)  # "told Reuters in a text message there was ..."
    if m < t.n and t.raw[m] == "," and not t.inq[m]:
        m += 1
    m = _past_place(t, lexicon, m)  # "told a gathering in Washington she will ..."
    if addressee:
        end = _setting_to_end(t, lexicon, m)
        if end is not None:
            # "..., a source told the Post.", "..., he told reporters in Tokyo on Monday.": the
            # listener (and where and when) closes the sentence, the content is before the
            # speaker
            return end
    # a clause follows: a word that does not go on with the phrase
    if m >= t.n or not t.word(m) or t.low[m] in lexicon.trailing_adjuncts:
        return a
    return m


def _time_after(t: _Tokens, lexicon: Lexicon, m: int) -> bool:
    """Whether tokens m, m + 1 say when, a preposition and a day or a year: "on Monday", "in
    2006"."""
    opens = lexicon.trailing_adjuncts | lexicon.place_prepositions | lexicon.prepositions
    return (
        t.low[m] in opens
        and not t.inq[m + 1]
        and (t.low[m + 1] in lexicon.time_words or _year(t.raw[m + 1]))
    )


def _noun_told(t: _Tokens, lexicon: Lexicon, k: int) -> bool:
    """Whether the lower-case word at token k, after an article, is the one told, a clause
    opening on a subject pronoun after it and when it was told: "told the carmaker in 2006
    they found", "told the court he had"."""
    if not t.word(k) or t.cap[k] or t.inq[k] or t.low[k] in lexicon.closed_words:
        return False
    m = k + 1
    if m + 1 < t.n and _time_after(t, lexicon, m):
        m += 2
    return (
        m < t.n
        and t.low[m] in lexicon.pronouns
        and t.low[m] not in lexicon.object_pronouns
        and not t.inq[m]
    )


# Words before the noun of a gathering told ("a regular news conference"), at most.
GATHERING_MODIFIERS_MAX = 3


def _gathering_end(t: _Tokens, lexicon: Lexicon, k: int) -> int:
    """After a gathering or a channel told, its modifiers first, that starts at token ``k``
    ("a regular news conference", "a parliamentary committee", "a Senate hearing"); else
    ``k``."""
    heads = lexicon.listeners | lexicon.channel_words
    others = (
        lexicon.complementizers
        | lexicon.prepositions
        | lexicon.place_prepositions
        | lexicon.trailing_adjuncts
        | lexicon.conjunctions
        | lexicon.pronouns
    )
    for x in range(k, min(t.n, k + GATHERING_MODIFIERS_MAX + 1)):
        if not t.word(x) or t.inq[x] or t.low[x] in others or ("'" in t.raw[x] and t.cap[x]):
            return k  # (not "urging schools to let students", "told USA TODAY's weekly ...")
        if t.low[x] in heads:
            m = x + 1
            while m < t.n and t.low[m] in heads and not t.inq[m]:
                m += 1
            return m
    return k


# Words of a place's name passed over between those told and what they were told.
PLACE_NAME_MAX = 3


def _past_place(t: _Tokens, lexicon: Lexicon, m: int) -> int:
    """After a place named at token ``m`` when a clause follows it ("in Washington she will
    ..."); else ``m``."""
    if m >= t.n or t.low[m] not in lexicon.place_prepositions or t.inq[m]:
        return m
    k = m + 1
    while k < t.n and k - m <= PLACE_NAME_MAX and t.word(k) and t.cap[k] and not t.inq[k]:
        k += 1
    if k == m + 1 or k >= t.n or not t.word(k) or t.cap[k] or t.inq[k]:
        return m
    if t.low[k] in lexicon.trailing_adjuncts or t.low[k] in lexicon.place_prepositions:
        return m
    return k


# Marks that end a sentence, where nothing said may follow those told.
SENTENCE_ENDS = frozenset(".!?…")


def _setting_to_end(t: _Tokens, lexicon: Lexicon, m: int) -> int | None:
    """The end of the sentence when nothing but where and when something was told stands from
    token ``m`` to it ("in Tokyo on Monday.", "Wednesday."), nothing at all included; else
    None."""
    opens = lexicon.place_prepositions | lexicon.trailing_adjuncts | lexicon.time_words
    if m < t.n and t.low[m] in opens and not t.inq[m]:
        k = m
        while k < t.n and t.word(k) and not t.inq[k] and _setting_word(t, lexicon, k):
            k += 1
        if k < t.n and t.raw[k] in SENTENCE_ENDS:
            m = k
    if m >= t.n or t.raw[m] in SENTENCE_ENDS:
        return m
    return None


def _past_time(t: _Tokens, lexicon: Lexicon, a: int) -> int:
    """Where the content starts after a bare time that follows the cue, when a clause follows
    it: "said Friday it believed ...", "said last week the talks had stalled". ``a`` when there
    is none, or when the time is what is spoken of ("said Friday was a day of mourning")."""
    k = a
    if k + 1 < t.n and t.low[k] in lexicon.time_openers and t.low[k + 1] in lexicon.time_words:
        k += 1
    if k >= t.n or t.low[k] not in lexicon.time_words or t.inq[k]:
        return a
    while k < t.n and t.low[k] in lexicon.time_words and not t.inq[k]:
        k += 1
    if k < t.n and t.raw[k] == "(":
        # "Dilansir Today Online Kamis (12/9/2019), data itu ...": the date, then the clause
        close = next((x for x in range(k + 1, min(t.n, k + 8)) if t.raw[x] == ")"), None)
        if close is not None and close + 2 < t.n and t.raw[close + 1] == ",":
            k = close + 2
    if k < t.n and t.raw[k] == "," and k + 1 < t.n and t.raw[k + 1] in QUOTE_CHARS:
        return k + 1  # 'said Friday, "We ...'
    if (
        k >= t.n
        or not t.word(k)
        or t.inq[k]
        # ("it's" is a clause's subject and its verb: "said Sunday it's unfortunate that")
        or (t.low[k] in lexicon.copulas and not _subject_pronoun(t, lexicon, k))
        or t.low[k] in lexicon.trailing_adjuncts
        or t.low[k] in lexicon.conjunctions
    ):
        return a
    return k


def _determines_last_word(t: _Tokens, lexicon: Lexicon, k: int) -> bool:
    """Whether "that" at k points at the one word that closes the sentence ("police disputed
    that account."): a determiner, not the start of a clause."""
    n = k + 1
    return (
        n < t.n
        and t.word(n)
        and not t.inq[n]
        and t.low[n] not in lexicon.pronouns
        and (n + 1 >= t.n or t.raw[n + 1] in SENTENCE_PUNCT)
    )


def _setting_word(t: _Tokens, lexicon: Lexicon, k: int) -> bool:
    """Whether token k may belong to where, when or to whom something was told: "at a press
    conference in Jakarta on Feb 11", "kepada wartawan di Jakarta"."""
    return t.cap[k] or _setting_text(t.low[k], lexicon)


def _false_that(t: _Tokens, lexicon: Lexicon, k: int) -> bool:
    """Whether the clause opening at token k calls false what its "that" leads to: "it was
    untrue that", "it is not true that"."""
    that = next(
        (
            j
            for j in range(k + 1, min(t.n, k + FALSE_THAT_REACH))
            if t.low[j] in lexicon.complementizers and not t.inq[j]
        ),
        None,
    )
    return that is not None and any(
        tuple(t.low[that - size : that]) in lexicon.falsehood_words
        for size in range(1, min(that - k, 4))
    )


# How far after a clause's subject its "that" is looked for by ``_false_that``.
FALSE_THAT_REACH = 7


def _subject_pronoun(t: _Tokens, lexicon: Lexicon, k: int) -> bool:
    """Whether token k is a subject's pronoun, also with its verb contracted ("it's")."""
    word = t.low[k].split("'", 1)[0]
    return word in lexicon.subject_pronouns and (
        word == t.low[k] or t.low[k][len(word) + 1 :] in CONTRACTED_VERBS
    )


# A verb contracted onto its subject's pronoun.
CONTRACTED_VERBS = frozenset({"s", "re", "m", "ve", "ll", "d"})


# Words in lower case an agent after "carried by" runs to ("the state news agency").
AGENT_NOUNS_MAX = 3


def _content_after(t, lexicon, found: _Found, a: int, later_cues: list[int]):
    if found.cue.speaker == "after" and a < t.n and t.raw[a] == "(" and not t.inq[a]:
        # "diberitakan Associated Press (AP) pada Senin, ...": the speaker's acronym
        close = next((k for k in range(a + 1, min(t.n, a + 4)) if t.raw[k] == ")"), None)
        if close is not None:
            a = close + 1
    if (
        found.cue.speaker == "after"
        and not found.cue.passive
        and a < t.n
        and not t.inq[a]
        and (
            t.low[a] in lexicon.relative_pronouns | lexicon.complementizers
            # (or a participle: "According to the WSJ report based on unnamed sources, ...")
            or (_past_form(t, lexicon, a) and a + 1 < t.n and t.low[a + 1] in lexicon.prepositions)
        )
    ):
        # "According to a recent news article that cited an RTI response, officials ...": the
        # clause describes the source, what it says follows its comma
        close = next(
            (
                k
                for k in range(a + 1, min(t.n, a + SOURCE_CLAUSE_MAX))
                if t.raw[k] == "," and not t.inq[k]
            ),
            None,
        )
        if close is not None:
            a = close + 1
    if (
        a + 1 < t.n
        and t.low[a + 1] in lexicon.agent_markers
        and _past_form(t, lexicon, a)
        and any(t.low[x] in lexicon.channel_words for x in range(found.ci, a))
    ):
        # "said in a statement carried by the SPA", "... released by the Trump campaign the AP
        # report merits ...": who carried the statement, then what was said if anything
        k = a + 2
        while k < t.n and t.low[k] in lexicon.determiners:
            k += 1
        start = k
        while (
            k < t.n
            and t.word(k)
            and not t.inq[k]
            and t.low[k] not in lexicon.function_words
            and (t.cap[k] or k - start < AGENT_NOUNS_MAX)
        ):
            k += 1
        if k == start:
            return a, a
        a = k
    if found.cue.speaker == "after" and not found.cue.passive and a < t.n and t.raw[a] == ",":
        a = _past_source_apposition(t, lexicon, a)
    if a < t.n and t.raw[a] == ",":
        # "said, without providing evidence, that it had received ...": past the aside
        close = next(
            (k for k in range(a + 1, min(t.n, a + ASIDE_MAX + 2)) if t.raw[k] == ","), None
        )
        if close is not None and close + 1 < t.n and t.low[close + 1] in lexicon.complementizers:
            a = close + 1
    window = OBJECT_COMPLEMENT_WINDOW if found.cue.object else COMPLEMENT_WINDOW
    if a < t.n and any(c.quoting for c in lexicon.cues.get(t.low[a], ())):
        # "CNN reported citing some US officials that ...": whom it cites, then what
        window = OBJECT_COMPLEMENT_WINDOW
    if a < t.n and t.low[a] in lexicon.trailing_adjuncts:
        # "mengatakan dalam sebuah wawancara baru-baru ini bahwa", "said in an interview that"
        window = OBJECT_COMPLEMENT_WINDOW
    # "told reporters at a press conference in Jakarta on Feb 11 that": where and when they
    # were told, then what; past the usual window, only words of that setting
    listened = found.cue.addressee and a < t.n and t.low[a] in lexicon.listeners
    usual = window
    # (or past a setting that opens after the cue, all of it words of a setting: "memperingatkan
    # dalam sebuah pernyataan pada hari Jumat (14/09) bahwa ...", not "agreed to divide the
    # primaries in ways that ...")
    setting = not listened and a < t.n and t.low[a] in lexicon.trailing_adjuncts
    listened = listened or setting
    if listened:
        window = max(window, LISTENER_COMPLEMENT_WINDOW)
    start = a
    for k in range(a, min(t.n, a + window + 1)):
        if (
            listened
            and k > a + usual
            and t.word(k)
            and t.low[k] not in lexicon.complementizers
            and not _setting_word(t, lexicon, k)
        ):
            # "told reporters the jet had been parked ... so that": past the listeners only
            # where and when they were told
            break
        clause = _possessed(t, lexicon, k)
        if clause is not None:
            if found.cue.stance not in ("denies", "accuses"):
                # "said China's claims that its navy ship had trespassed were untrue": what
                # is said is of the claims, verdict and all
                break
            # "rejected Pakistan's allegations that ...": what the allegations say is rejected
            a = clause
            break
        if t.inq[k] or t.raw[k] in SENTENCE_PUNCT or k in later_cues:
            # "..., the ministry said in a statement, adding that": the next cue's "that"
            break
        if (
            (k == start or (setting and all(_setting_word(t, lexicon, x) for x in range(start, k))))
            and _subject_pronoun(t, lexicon, k)
            # (not one calling false what its "that" leads to, which is what is denied: "said
            # it was untrue that ...")
            and not _false_that(t, lexicon, k)
        ):
            # "said he is hopeful that the ministry will ...", "said in a statement Sunday it is
            # unfortunate that ...": a clause of its own, whose "that" is not the cue's (not
            # "said when he took office that ...")
            break
        if (
            found.cue.addressee
            and k > start
            and t.low[k] in lexicon.subject_pronouns
            and t.low[k] not in lexicon.first_person
            and not t.inq[k]
            and _noun_told(t, lexicon, start + (t.low[start] in lexicon.determiners))
        ):
            # "told the carmaker in 2006 they found faulty software that led to ...": those
            # told, then a clause of its own
            break
        if (
            (t.low[k] in lexicon.noun_forms or t.low[k] in lexicon.rumour_nouns)
            and (k == start or (k == start + 1 and t.low[start] in lexicon.determiners))
            and k + 1 < t.n
            and t.low[k + 1] in lexicon.complementizers
            and found.cue.stance not in ("denies", "accuses")
        ):
            # "said accusations that Iran was behind the attack amounted to ...": the "that" is
            # the noun's, and what is said is of the accusations
            break
        if (
            k > start
            and t.low[k] in lexicon.complementizers
            and t.low[k - 1] in lexicon.saying_nouns | lexicon.rumour_nouns | lexicon.document_words
            and any(
                t.raw[c] == "," and t.low[c + 1] in lexicon.trailing_adjuncts
                for c in range(max(0, start - 1), k - 2)
            )
            and found.cue.stance not in ("denies", "accuses")
        ):
            # "said Monday, in remarks that a U.S. official said were false": the remarks'
            # "that", in an adjunct set off after the cue; the cue says nothing after itself
            return a, a
        if t.low[k] in lexicon.complementizers and not _determines_last_word(t, lexicon, k):
            if (
                setting
                and k > a + usual
                and not all(_setting_word(t, lexicon, x) for x in range(a, k) if t.word(x))
            ):
                break
            a = k + 1
            if k > start and _relaying_verb(t, lexicon, a):
                # "dismissed rumours that suggest the minister has resigned": the "that" is the
                # rumours', whose verb relays what was dismissed
                a += 2 if a + 1 < t.n and t.low[a + 1] in lexicon.complementizers else 1
            break

    if a == start and found.cue.speaker != "after" and _loose_complement(t, lexicon, a):
        a += 1  # "mengatakan jika itu adalah hoaks": what was said, without its "jika"
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
            if (
                k > a + 1
                and not t.inq[k]
                and (
                    t.low[k] in lexicon.determiners
                    # ('denied as “slander” reports that ...')
                    or t.low[k] in lexicon.rumour_nouns | lexicon.noun_forms
                )
            ):
                a = k
                break
    if a == start:
        a = _past_time(t, lexicon, a)
    if a == start:
        a = _past_listener(t, lexicon, a, found.cue.addressee)
        a = _past_relay(t, lexicon, a)
    if a == start and found.ci > 0 and t.low[found.ci - 1] in lexicon.as_markers:
        # "was quoted as saying by the BBC that ...": who relayed it, then what
        a = _past_quoting_agent(t, lexicon, a)
    while a < t.n and not t.word(a) and t.raw[a] not in QUOTE_CHARS:
        a += 1
    if a in later_cues:
        return a, a  # "..., Qassemi said, adding that": nothing after this cue is its own
    b = t.n
    for k in range(a, t.n):
        if t.raw[k] == ";" and not t.inq[k]:
            b = k
            break
        if k > a + 1 and not t.inq[k] and _next_clause_opens(t, lexicon, found, a, k, later_cues):
            b = k
            break
        if (
            k > a
            and t.quote(k)
            and t.raw[k - 1] == ","
            and t.inq[k - 1]
            and k + 1 < t.n
            and t.low[k + 1] in lexicon.subordinators | lexicon.conjunctions
            and any(c > k for c in later_cues)
        ):
            # 'described them "baseless," after Islamabad blamed New Delhi': the quote's comma
            # closes it before the next cue's clause
            b = k + 1
            break
        if k > a and _stray_closing_quote(t, k):
            # "Umam menghimbau, masyarakat jangan ... dilaporkan,” jelas Umam": a quote closed
            # that was never opened ends what was said
            b = k - 1 if t.raw[k - 1] == "," else k
            break
        if (
            t.raw[k] == ","
            and not t.inq[k]
            and k + 1 < t.n
            and (
                (
                    t.low[k + 1]
                    in lexicon.np_stopwords | lexicon.conjunctions | lexicon.subordinators
                    and any(c > k for c in later_cues)
                )
                # "rejected the report, calling it fake": the next cue's clause
                or k + 1 in later_cues
                # "said the reports were false, hence urged ...": its modifiers first
                or _modifiers_then_cue(t, lexicon, k + 1, later_cues)
                # "Responding to Kumar's claim that ..., Satheesan said": a noun's clause
                # ends before another attribution
                or (found.cue.possessed and any(c > k for c in later_cues))
                # "While some posts claimed that ..., the police denied": the clause a
                # subordinator opens ends at its comma
                or (t.low[0] in lexicon.subordinators and any(c > k for c in later_cues))
                # "Days after a video claimed that ..., the Union Health Ministry on Tuesday
                # denied the allegations": the main clause's subject and its cue
                or _subject_of_later_cue(t, lexicon, k + 1, later_cues)
                # "Ukraine says troops shot civilians, accusations Russia has denied": a noun
                # of what was said, then the one who answers it
                or _answered_noun(t, lexicon, k + 1, later_cues)
                # "Huawei has long denied the charges, but today it's issuing ...": a denial's
                # short object, then the reporter's clause
                or (
                    t.low[k + 1] in lexicon.contrastives
                    and _denied_object_ends(t, lexicon, found.cue, a, k - 1)
                )
            )
        ):
            b = k
            break
        if (
            t.low[k] in lexicon.conjunctions | lexicon.contrastives
            and k + 1 in later_cues
            and not t.inq[k]
        ):
            # "membantahnya dan menyebut ...": what follows is the next cue's
            b = k
            break
    owner = _possessor(t, lexicon, found.ci) if found.cue.possessed else None
    opens = owner is not None and min(owner[0], found.ci) in (0, _dateline_end(t, found.ci))
    if owner is not None and (
        opens
        or (
            owner[0] > 0
            # (or what another cue says: "said China's claims that ... were untrue")
            and (
                t.low[owner[0] - 1] in lexicon.complementizers
                # (not a denial's object: "rebutted Exxon's accusation that the articles were
                # misleading" holds what was rebutted, no verdict)
                or any(c.stance != "denies" for c in lexicon.cues.get(t.low[owner[0] - 1], ()))
            )
        )
    ):
        # the possessed claim opens the sentence or a "that" clause ("said that Israeli claims
        # that ... were false"): what ends it may be that clause's verdict
        b = _before_false_predicate(t, lexicon, a, b)
    elif (
        found.cue.participle
        and found.ci > 0
        and t.low[found.ci - 1] in lexicon.rumour_nouns | lexicon.document_words
    ):
        # "Western media reports alleging that China has supplied weapons to Russia are not
        # true": the reports' words end before the verdict on them (and its clause, before
        # its comma)
        comma = next((x for x in range(a, b) if t.raw[x] in ",;" and not t.inq[x]), b)
        verdict = _before_false_predicate(t, lexicon, a, comma)
        if verdict < comma:
            b = verdict
    return a, _before_channel(t, lexicon, a, b)


# Words of a description set off after a source named after its cue, at least and at most.
SOURCE_APPOSITION_MIN = 3
SOURCE_APPOSITION_MAX = 6


def _past_source_apposition(t: _Tokens, lexicon: Lexicon, comma: int) -> int:
    """The comma after a description of the source that follows the comma at token ``comma``
    ("According to Downing Street, the seat of government, Sunak ...": what Downing Street is,
    then what it says), else ``comma``. The description opens on a determiner, has no name in it
    and is followed by a name."""
    a = comma + 1
    if a >= t.n or t.low[a] not in lexicon.determiners:
        return comma
    close = next(
        (k for k in range(a + 1, min(t.n, a + SOURCE_APPOSITION_MAX + 1)) if t.raw[k] == ","),
        None,
    )
    if close is None or close - a < SOURCE_APPOSITION_MIN or close + 1 >= t.n:
        return comma
    described = range(a + 1, close)
    if any(t.cap[k] or not t.word(k) or t.low[k] in lexicon.cue_words for k in described):
        return comma
    after = close + 1
    if not (t.cap[after] and t.word(after)) or t.low[after] in lexicon.determiners:
        return comma
    return close


def _relaying_verb(t: _Tokens, lexicon: Lexicon, k: int) -> bool:
    """Whether token k is a one-word verb of saying that relays a clause ("suggest", "said")."""
    return (
        k < t.n - 1
        and t.word(k)
        and not t.inq[k]
        and any(
            c.speech_act
            and c.stance in ("asserts", "accuses", "reports")
            and len(c.words) == 1
            and not c.possessed  # "bahwa tuduhan itu ...": a noun, not a verb
            for c in lexicon.cues.get(t.low[k], ())
        )
    )


def _modifiers_then_cue(t: _Tokens, lexicon: Lexicon, a: int, later_cues: list[int]) -> bool:
    """Whether words that modify a cue ("hence", "also") open at token a and run up to a later
    cue."""
    k = a
    while k < t.n and t.word(k) and not t.inq[k] and t.low[k] in lexicon.cue_modifiers:
        k += 1
    return a < k and k in later_cues


# How many tokens a later cue's subject may run to after a comma that ends a content.
LATER_SUBJECT_MAX = 8


def _subject_of_later_cue(t: _Tokens, lexicon: Lexicon, a: int, later_cues: list[int]) -> bool:
    """Whether a later cue's subject opens at token a, right after a comma: a determiner or a
    capitalised word, then up to the cue no comma, quote or complementizer."""
    if a >= t.n or t.inq[a] or not (t.low[a] in lexicon.determiners or t.cap[a]):
        return False
    if t.low[a] in lexicon.pronouns or t.low[a] in lexicon.conjunctions:
        return False
    for c in later_cues:
        if a < c <= a + LATER_SUBJECT_MAX:
            return all(
                t.word(x) and not t.inq[x] and t.low[x] not in lexicon.complementizers
                for x in range(a, c)
            )
    return False


def _answered_noun(t: _Tokens, lexicon: Lexicon, a: int, later_cues: list[int]) -> bool:
    """Whether a noun of what was said opens at token a, after a comma and its article, and
    then a later cue's subject, a pronoun too (", a charge Moscow denies", ", accusations he
    has rejected"), or that cue in the passive (", a claim rejected by New Delhi", ", tuduhan
    yang dibantah Pyongyang"): see ``saying_nouns``."""
    if a < t.n and t.low[a] in lexicon.indefinite_articles:
        a += 1
    if a + 1 >= t.n or _set_off_noun(t, lexicon, a) is None:
        return False
    k = a + 1
    if t.low[k] in lexicon.relative_pronouns and not t.inq[k]:
        k += 1
    while k < t.n and t.word(k) and (t.low[k] in lexicon.cue_modifiers or _adverb(t, lexicon, k)):
        k += 1
    if k in later_cues:
        return True
    if t.low[a + 1] in lexicon.pronouns and not t.inq[a + 1]:
        return any(
            a + 1 < c <= a + LATER_SUBJECT_MAX
            and all(t.word(x) and not t.inq[x] for x in range(a + 1, c))
            for c in later_cues
        )
    return _subject_of_later_cue(t, lexicon, a + 1, later_cues)


def _stray_closing_quote(t: _Tokens, k: int) -> bool:
    """Whether token k closes a quote no mark opened, right after a punctuation mark."""
    if t.raw[k] not in ("”", '"') or t.inq[k] or t.raw[k - 1] not in (",", ".", "!", "?"):
        return False
    if t.raw[k] == '"' and t.text.count('"', t.start, t.end) != 1:
        return False
    return not any(qs <= t.st[k] <= qe for qs, qe in t.quotes)


# Words of the outlet after a relay marker that opens a content.
RELAY_NAME_MAX = 10


# Words between a subordinator that ends a content and the next cue, at most ("after the
# Athletics Integrity Unit said").
SUBORDINATE_CUE_REACH = 8
# Words of the object of a denial or an accusation before a participle cue that ends its
# content ("denied any wrongdoing saying ..."), at most.
DENIED_OBJECT_WORDS = 4


def _next_clause_opens(
    t: _Tokens, lexicon: Lexicon, found: _Found, a: int, k: int, later_cues: list[int]
) -> bool:
    """Whether another attribution's clause opens at token k of the content that opens at a,
    with no comma before it: a dash and a conjunction ("... on Friday night – but the
    government quickly denied"), a participle cue right after the short object of a denial or
    an accusation ("denied any wrongdoing saying ..."), or, after a denial or an accusation, a
    subordinator or a conjunction whose clause has a subject and the next cue ("blamed
    contaminated beef after the AIU said ...", "denied the claim and the Commission said ...").
    """
    if not any(c >= k for c in later_cues):
        return False
    if t.raw[k] in _DASHES:
        return k + 1 < t.n and t.low[k + 1] in (
            lexicon.conjunctions | lexicon.contrastives | lexicon.subordinators
        )
    if k in later_cues and _ing_form(t, k):
        return _denied_object_ends(t, lexicon, found.cue, a, k - 1)
    if found.cue.stance not in ("denies", "accuses") or not t.word(k - 1) or t.cap[k]:
        return False  # (what is said may hold a clause of its own: "... when she testified")
    if t.low[k] in lexicon.conjunctions and k + 1 < t.n:
        # "Juncker denied the claim and the Commission said it was a smear": a subject of its
        # own, then the next cue
        if not (t.cap[k + 1] or t.low[k + 1] in lexicon.determiners):
            return False
    elif t.low[k] not in lexicon.subordinators:
        return False
    if k + 1 >= t.n or _ing_form(t, k + 1) or is_negation(t.low[k + 1], lexicon):
        return False  # "since announcing his bid": the same subject's clause
    for c in later_cues:
        if k < c <= k + SUBORDINATE_CUE_REACH:
            # (an acronym in brackets may follow the subject: "the Athletics Integrity Unit
            # (AIU) said")
            return all((t.word(x) or t.raw[x] in "()") and not t.inq[x] for x in range(k + 1, c))
    return False


def _denied_object_ends(t: _Tokens, lexicon: Lexicon, cue, start: int, p: int) -> bool:
    """Whether tokens start..p are the short object of a denial or an accusation, which a
    participle of saying right after it follows as the denier's own words: "The athlete denied
    any wrongdoing saying the substance ..." (not a description of the object)."""
    return (
        cue.stance in ("denies", "accuses")
        and not cue.participle
        and 0 < p + 1 - start <= DENIED_OBJECT_WORDS
        # (not one done by the object: "accused Trump of suggesting violence")
        and all(
            t.word(x) and not t.inq[x] and t.low[x] not in lexicon.prepositions
            for x in range(start, p + 1)
        )
        and t.low[p] not in lexicon.conjunctions | lexicon.passive_auxiliaries
        # (a claim or a document says what its participle tells: "rejected the allegations
        # saying that ...", "a report saying ...")
        and t.low[p] not in lexicon.document_words | lexicon.rumour_nouns
    )


def _past_quoting_agent(t: _Tokens, lexicon: Lexicon, a: int) -> int:
    """After the name of the one who quoted a speaker, named right after the quoted-as cue
    ("as saying by the BBC."): the rest of the unit, or what its "that" opens."""
    agent = _agent_after_words(t, lexicon, a, set())
    if agent is None:
        return a
    end = agent[1][1]
    if end < t.n and t.low[end] in lexicon.complementizers:
        return end + 1
    return end if end >= t.n or t.raw[end] in SENTENCE_PUNCT or t.inq[end] else a


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
# The tokens a relay that closes a content may take: ", dikutip dari ..." with its outlet.
RELAY_TAIL_MAX = 24
# "pada Jumat (18/1/2019)," after a speaker: the tokens a time phrase may take
TIME_PHRASE_MAX = 12


def _before_channel(t: _Tokens, lexicon: Lexicon, a: int, b: int) -> int:
    """End of a content before the channel that closes it: "denied the allegations [in a
    statement on Friday]", "membantah tudingan itu [melalui keterangan tertulis]", "kabar itu
    hoaks[, dikutip dari Antara]". The channel says how the words came, not what they say."""
    # (from the second word on; from the first after a word that points back: "stated this
    # in a statement today")
    first = a + 1 if a < b and t.low[a] in lexicon.determiners else a + 2
    for k in range(first, b):
        if t.inq[k] or b - k > RELAY_TAIL_MAX:
            continue
        if t.raw[k] == "," and any(
            tuple(t.low[k + 1 : k + 1 + len(m)]) == m for m in lexicon.relay_markers
        ):
            # (the outlet, the day and what it came through may run long: "..., dikutip dari
            # laporan kantor berita resmi Korea Utara KCNA, Jumat (23/12/2022) via US News")
            return k
        if b - k > CHANNEL_TAIL_MAX:
            continue
        # What is pointed at ("tudingan itu", "the allegations") is no act the channel could
        # be part of ("denied posting the video through his Twitter account"): after it the
        # channel may name its platform or handle, a word further on.
        pointed = t.low[a] in lexicon.definite_determiners or (
            t.low[k - 1] in lexicon.definite_determiners
        )
        if t.low[k] in lexicon.adjunct_prepositions and any(
            t.low[x] in lexicon.channel_words
            for x in range(k + 1, min(b, k + (5 if pointed else 4)))
        ):
            # "speaks at a Vatican conference": a named event is what was said, not a channel;
            # "in an interview with Al Jazeera": whom it was with is part of the channel
            tail = range(k, b)
            partner = next(
                (
                    x + 1
                    for x in tail
                    if t.low[x] in lexicon.channel_partners
                    and any(t.low[y] in lexicon.channel_words for y in range(k + 1, x))
                ),
                b,
            )
            if not any(
                t.low[x] in lexicon.complementizers
                or t.inq[x]
                or (
                    t.cap[x]
                    and t.low[x] not in lexicon.time_words
                    # "melalui akun Twitter resminya @Kemlu_RI": the account is the channel
                    and not (
                        pointed and (t.low[x] in lexicon.platform_words or t.raw[x].startswith("@"))
                    )
                    and x < partner
                )
                for x in tail
            ):
                return k
    return b


def _trailing_attributions(t: _Tokens, lexicon: Lexicon, found: list[_Found]) -> list[int]:
    """Where each attribution that closes the sentence after a comma starts (the comma):
    ", state media KCNA reported." Its content is what comes before it."""
    tails = []
    for f in found:
        if f.inherited or f.full is None or f.full[1] > f.ci:
            continue
        start = min(f.ci, f.full[0])
        end = f.cj
        # (and when: "..., the Foreign Ministry website reported on Tuesday.")
        while (
            end < t.n
            and t.word(end)
            and (
                t.low[end] in lexicon.trailing_adjuncts
                or t.low[end] in lexicon.time_words
                or t.low[end] in lexicon.time_openers
            )
        ):
            end += 1
        closes = end >= t.n or t.raw[end] in SENTENCE_PUNCT
        if closes and start > 0 and t.raw[start - 1] == "," and not t.inq[start - 1]:
            tails.append(start - 1)
    return tails


# Words of the name a link follows ("Senada dengan Amiruddin,") at most.
LINKED_NAME_MAX = 4


def _content_before(t, lexicon, b: int, lo: int, cue_next: bool = False) -> tuple[int, int]:
    """The content before token b, from lo on. ``cue_next``: b is the cue itself, as in a
    passive ("Pesan berantai itu langsung ditepis oleh ..."), whose modifiers are not what was
    said."""
    a = lo
    while a < b and (not t.word(a) and t.raw[a] not in QUOTE_CHARS):
        a += 1
    link = phrase_at(t.low, a, lexicon.connectives) if a < b and not t.inq[a] else None
    after = a + len(link) + 1 if link is not None else b
    if link is not None and after - 1 < b and t.low[after - 1] in lexicon.prepositions:
        # "Senada dengan Amiruddin, Komisioner ... menegaskan, ...": the link and whom it
        # follows, a name of a few words
        close = after
        while close < b and t.cap[close] and t.word(close) and close - after < LINKED_NAME_MAX:
            close += 1
        if close > after and close < b and t.raw[close] == ",":
            after = a = close + 1
    if after < b and t.raw[after - 1] == "," and t.low[after] not in lexicon.subordinators:
        # "Meanwhile, Clinton's ratings have been rising, according to ...", "Sementara itu,
        # Korea Utara telah mengirim ..., kata Kirby": the reporter's link, not what was said
        # (not before a clause it opens: "Still, though trade may be good ...")
        a = after
    elif link is None and a < b and not t.inq[a] and phrase_at(t.low, a, lexicon.topic_linkers):
        # "Terkait dengan hal ini, X mengatakan, ...", "On this, ...": the topic is an earlier
        # sentence's, not what was said
        k = a + len(phrase_at(t.low, a, lexicon.topic_linkers))
        k += k < b and t.low[k] in lexicon.prepositions
        anaphor = phrase_at(t.low, k, lexicon.anaphors) if k < b else None
        if anaphor is not None and k + len(anaphor) < b and t.raw[k + len(anaphor)] == ",":
            a = k + len(anaphor) + 1
    if cue_next and a < b - 1 and t.low[a] in lexicon.contrastives | lexicon.conjunctions:
        a += 1  # "Namun kabar itu dibantah oleh polisi", "But the claims were rejected by ..."
    while b > a and (not t.word(b - 1) and t.raw[b - 1] not in QUOTE_CHARS):
        if t.raw[b - 1] == ")" and "(" in t.raw[a : b - 1]:
            break  # "Isu pemerasan kepada Syahrul Yasin Limpo (SYL) dibantah": its parenthesis
        b -= 1
    while b > a and (
        t.low[b - 1] in lexicon.conjunctions
        or t.low[b - 1] in lexicon.passive_auxiliaries
        or (cue_next and (t.low[b - 1] in lexicon.cue_modifiers or _adverb(t, lexicon, b - 1)))
    ):
        # "The claims were [rejected by Moscow]": the auxiliary is the cue's
        b -= 1
    return a, b


def _ends_on_colon(t: _Tokens, b: int) -> bool:
    """Whether the unit ends on a colon with at most an adjunct between token b and it."""
    closes = t.n > 0 and t.raw[-1] == ":" and not t.inq[-1]
    return closes and t.n - 1 - b <= OBJECT_COMPLEMENT_WINDOW


def _outlet_span(
    t: _Tokens, lexicon: Lexicon, a: int, b: int, name: tuple[int, int], kind: bool = False
):
    """The outlet named in tokens a..b: a known outlet, or the name a media word describes;
    with ``kind``, also media named only by their kind ("according to its state media")."""
    hit = _has_phrase(t, lexicon, a, b, lexicon.outlets, lower=False)
    if hit:
        return t.span(*hit)
    media = _has_phrase(t, lexicon, a, b, lexicon.media_words)
    named_kind = next(
        (
            (i, i + len(p))
            for i in range(name[0], name[1])
            if (p := phrase_at(t.low, i, lexicon.media_words))
            and len(p) > 1
            and i + len(p) == name[1]
        ),
        None,
    )
    if kind and named_kind and not any(t.cap[i] and t.word(i) for i in range(name[0], name[1])):
        # "according to its state media": the media named by their kind (not "the newspaper")
        return t.span(*named_kind)
    # "Direktur Media Sosial Kominfo Budi Santoso", "Kepala Biro Pers Media ...": a person's
    # role that names a media office, not an outlet
    if media and not _has_phrase(t, lexicon, a, b, lexicon.titles):
        x, y = name
        # "situs berita abc.net.au", "situs berita Australia, abc.net.au,": the site's address
        sites = [i for i in range(x, y) if _SITE.match(t.raw[i])]
        if y + 1 < t.n and t.raw[y] == "," and _SITE.match(t.raw[y + 1]):
            sites.append(y + 1)
        if sites:
            return t.span(sites[0], sites[0] + 1)
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
        if f.full[0] > 0 and t.low[f.full[0] - 1] in lexicon.relative_pronouns:
            # "disputed warnings made by David Neal, who the Daily Mail reported had ...": the
            # outlet reports in a relative clause, not what the sentence's speakers say
            continue
        name = f.speakers[-1] if f.speakers else f.full
        via = _outlet_span(t, lexicon, f.full[0], f.full[1], name)
        if via is None and f.carrier:
            # "the Batam Pos cited Mr Witoelar as telling reporters": whoever cites relays
            end = name[1]
            if t.cap[end - 1] and t.word(end - 1):
                via = t.span(max(name[0], _name_start(t, end - 1)), end)
        if via is not None:
            candidates.append((via.start, via, f.full))
    for i in range(t.n):
        if t.inq[i]:
            continue
        if i > 0 and t.low[i - 1] in lexicon.document_words and any(f.cj < i for f in found):
            # "rejected reports published by Indian media": what the speaker talks about came
            # through that outlet, not what the speaker said
            continue
        after_cue = any(f.cj == i and not f.cue.quoting for f in found)
        for marker in lexicon.via_markers:
            size = len(marker)
            if tuple(t.low[i : i + size]) != marker:
                continue
            if after_cue and any(w in lexicon.document_words for w in marker):
                # "rejected a report from U.N. human rights chief Navi Pillay": the report is
                # what was rejected, not the way the words came
                break
            found_np = _np_after(t, lexicon, i + size, set())
            if found_np is not None:
                name, full = found_np
                via = _outlet_span(t, lexicon, full[0], full[1], name)
                if (
                    via is None
                    and marker in lexicon.relay_markers
                    and (
                        t.cap[name[0]]
                        or _SITE.match(t.raw[name[0]])
                        or _CAMEL.match(t.raw[name[0]])  # "dilansir detikNews"
                    )
                    and t.low[name[0]] not in lexicon.time_words
                    and not _title_at(t, lexicon, name[0])
                ):
                    # "dikutip dari The Straits Times", "as reported by kompas.com": whatever
                    # is named there relayed it (not a press office: "dikutip dari Humas PSSI")
                    via = t.span(*name)
                if via is not None:
                    candidates.append((via.start, via, full))
            break
    if not candidates:
        return None, None
    candidates.sort(key=lambda c: c[0])
    return candidates[0][1], candidates[0][2]


def _quoted_as(t, lexicon, ci, cj, cue, blocked, previous: list[_Found]) -> _Found | None:
    """'Reuters quoted a senior official as saying': the official speaks, through Reuters.

    The citing cue just before becomes a carrier: its subject stays in the sentence as the
    outlet (see ``_sentence_via``) and it makes no statement of its own.
    """
    if not (cue.participle and previous and ci >= 2 and t.low[ci - 1] in lexicon.as_markers):
        return None
    carrier = previous[-1]
    # (a report quotes too: "the Daily Sabah reported Fahrettin Altun as saying")
    if not (carrier.cue.quoting or carrier.cue.stance == "reports") or carrier.inherited:
        return None
    if not (carrier.cj < ci - 1 or (carrier.agentless and carrier.cj == ci - 1)):
        # (nothing between only in "he was quoted as saying")
        return None
    if carrier.cue.passive or carrier.agentless:
        # '"...," he was quoted by the paper as saying': the subject speaks, through the agent
        hit, _ = _np_before(t, lexicon, carrier.ci, blocked)
        if hit is None:
            return None
        carrier.carrier = True
        agent = _agent_after_words(t, lexicon, cj, blocked) if carrier.agentless else None
        if agent is not None:
            # '"...," Peskov was quoted as saying by the BBC': the agent after the words
            # relays them
            carrier.speakers, carrier.full = [agent[0]], agent[1]
        return _Found(cue, ci, cj, _split_speakers(t, lexicon, *hit), hit, False)
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


def _agent_after_words(t: _Tokens, lexicon: Lexicon, k: int, blocked: set[int]):
    """(name range, full range) of the agent right after a quoted-as cue that ends at ``k``
    ("was quoted as saying by the BBC"), when a name follows "by", or None."""
    if not (k + 1 < t.n and t.low[k] in lexicon.agent_markers and not t.inq[k]):
        return None
    hit = _np_after(t, lexicon, k + 1, blocked, name_only=True)
    if hit is None or hit[1][0] != k + 1 or not t.cap[hit[0][1] - 1]:
        return None
    return hit


# an outlet's name written in camel case: "detikNews", "kumparanNEWS"
_CAMEL = re.compile(r"^[a-z]+[A-Z][A-Za-z]*$")
# (an address of two parts too: "abc.net.au", "detik.co.id")
_SITE = re.compile(
    r"^\w[\w-]*(?:\.(?:com|co|net|org|go|ac))?\.(?:com|id|net|org|co|au|uk|sg|my)$", re.IGNORECASE
)


def _site_dateline(t: _Tokens) -> set[int]:
    """The tokens of a dateline without a dash that opens a unit: "Liputan6.com, Jakarta" in
    "Liputan6.com, Jakarta Pendiri Partai Demokrat Hengky Luntungan membantah": no speaker."""
    if t.n < 4 or not _SITE.match(t.raw[0]) or t.raw[1] != ",":
        return set()
    end = 3 if t.cap[2] else 2
    while end < t.n and t.raw[end].isupper() and len(t.raw[end]) > 1:
        end += 1  # "JAKARTA TIMUR"
    return set(range(end))
