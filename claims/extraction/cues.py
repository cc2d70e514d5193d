"""Finding the cues of a sentence unit: the verbs and nouns of saying, accusing or denying that
make a statement there, and not a noun, a modifier, a passive without agent or a complaint filed.
Internal to ``claims.extraction``."""

from __future__ import annotations

from dataclasses import dataclass

from .lexicon import Cue, Lexicon
from .sentences import QUOTE_CHARS
from .tokens import (
    _DEMONYM,
    SENTENCE_PUNCT,
    _adverb,
    _dateline_end,
    _has_phrase,
    _name_start,
    _possessive,
    _Tokens,
)


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
    # "Barkley, who said ...": the one the relative pronoun speaking stands for (tokens), read
    # once per statement (``_relative_speaker``)
    antecedent: tuple[int, int] | None = None

    @classmethod
    def inheriting(cls, cue: Cue, ci: int, cj: int, prev: _Found) -> _Found:
        """A cue whose speaker is the subject of the attribution just before it."""
        return cls(
            cue, ci, cj, prev.speakers, None, False, inherited=True, pronoun_self=prev.pronoun_self
        )


def _noun_use(t: _Tokens, lexicon: Lexicon, k: int) -> bool:
    """True when token k makes the next word a noun: "the report", "Trump's claim",
    "Republicans' demands"."""
    word = t.low[k]
    if word in lexicon.noun_markers:
        return True
    return _possessive(t, k) and word[:-2] not in lexicon.pronouns


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
        j = _past_acronym(t, i)
        if j == 0 or not t.word(j - 1) or t.inq[j - 1]:
            return None
        owner = t.low[j - 1]
        # "Pakistan's allegations that", and a demonym's: "Israeli claims that"
        demonym = bool(_DEMONYM.match(t.raw[j - 1])) and t.cap[j - 1]
        if not demonym and (not owner.endswith(("'s", "’s")) or owner[:-2] in lexicon.pronouns):
            return None
        k = i + 1
    return k + 1 if k < t.n and t.low[k] in lexicon.complementizers else None


def _past_acronym(t: _Tokens, i: int) -> int:
    """Where the owner's name ends before the noun at i: before the acronym in parentheses
    between them ("the Asean Specialised Meteorological Centre's (ASMC) warning"), else i."""
    if i < 4 or t.raw[i - 1] != ")" or t.raw[i - 3] != "(" or not t.raw[i - 2].isupper():
        return i
    return i - 3


# Words of a lower-case possessor after its determiner: "the foreign ministry's".
POSSESSOR_MAX = 3


def _possessor(t: _Tokens, lexicon: Lexicon, i: int) -> tuple[int, int]:
    """The owner of the possessed noun at i: the capitalised run ending in "'s" before it
    ("Donald Trump's"), or a lower-case noun with its determiner ("the ministry's"); never the
    words before ("rebutted Exxon's", "a statement negating Gandhi's"). Where the owner follows
    the noun, the name up to the clause ("tudingan Riefky bahwa")."""
    if lexicon.possessor_after:
        return i + 1, _possessed(t, lexicon, i) - 1
    a = _past_acronym(t, i) - 1
    if t.cap[a]:
        start = _name_start(t, a)
        while start < a and t.low[start] in lexicon.time_words:
            start += 1  # "denied on Tuesday Chinese allegations": the day is no owner
        return start, a + 1
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
    if i + 1 < t.n and t.low[i + 1] in lexicon.noun_followers and not t.inq[i + 1]:
        return True  # "the extortion claims involving Firli": no verb's object or clause
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
    if (
        j >= 0
        and j < i - 1
        and t.low[j] in lexicon.cue_modifiers
        and all(_adverb(t, lexicon, x) for x in range(j + 1, i))
    ):
        return False  # "Trump still falsely claims": a verb after its modifiers
    if j >= 0 and t.low[j] in lexicon.prepositions:
        return True  # "a long history of maritime territorial disputes", "full of promises"
    if (
        0 <= j < i - 1
        and t.low[j] in lexicon.subject_pronouns
        and not all(_adverb(t, lexicon, x) for x in range(j + 1, i))
    ):
        return True  # "He made various claims about ...": the pronoun's verb, then the noun
    if (
        j == i - 1
        and j > 0
        and _DEMONYM.match(t.raw[j])
        and t.low[j - 1] in lexicon.determiners
        and not (i + 1 < t.n and t.low[i + 1] in lexicon.complementizers)
    ):
        return True  # "interpreted the Russian claims as evidence": an adjective and its noun
    if j >= 0 and t.cap[j] and not _possessive_or_demonym(t, j):
        # "rejected UN claims the rebels had ...": the name is the object's, owning the noun
        # (a possessive's or a demonym's claim is read as theirs: see ``_possessed``)
        owner = _name_start(t, j)
        if owner > 0 and any(
            c.stance in ("denies", "accuses") for c in lexicon.cues.get(t.low[owner - 1], ())
        ):
            return True
    if j == i - 1 or (j >= 0 and _noun_use(t, lexicon, j)):
        return False
    if j >= 0 and t.cap[j]:
        # "Sanders has resisted calls", "Sharpton began taking calls": a verb of the name's
        # between it and the word (not "Trump also repeatedly demands", "The Turkish
        # government claims", "Trump respects Clinton and calls her")
        verbs = lexicon.past_suffixes + lexicon.participle_suffixes
        return bool(verbs) and any(
            t.low[x].endswith(verbs)
            and len(t.low[x]) > 4
            and t.low[x] not in lexicon.cue_modifiers
            and not any(t.low[y] in lexicon.conjunctions for y in range(x, i))
            for x in range(j + 1, i)
        )
    return j < 0 or not (t.cap[j] or t.low[j] in lexicon.determiners)


# Lower-case words between a determiner and the noun it opens ("a product liability claim").
NOUN_MODIFIERS_MAX = 3


def _noun_before_auxiliary(t: _Tokens, lexicon: Lexicon, i: int) -> bool:
    """Whether cue word i, in its bare form, is a noun an indefinite article opens, with its
    verb's auxiliary right after it: "a product liability claim would harm the business" (a
    verb there would need its "-s"; not "a trend the foundation predicts will continue", nor
    "what he claims would happen")."""
    if i + 1 >= t.n or t.low[i + 1] not in lexicon.auxiliaries or t.inq[i + 1]:
        return False
    if t.low[i].endswith("s"):
        return False
    for j in range(i - 1, max(-1, i - 2 - NOUN_MODIFIERS_MAX), -1):
        if t.low[j] in lexicon.determiners:
            return j < i - 1 and t.low[j] in lexicon.indefinite_articles
        if not t.word(j) or t.cap[j] or t.inq[j] or t.low[j] in lexicon.pronouns:
            return False
    return False


def _accused_named(t: _Tokens, lexicon: Lexicon, cue: Cue, i: int, j: int) -> bool:
    """Whether the accusing word at tokens i..j is a noun for the one accused, named after a
    comma: "corruption accused, Hangwani Maumela" (a verb of accusing takes its object with
    no comma)."""
    return (
        cue.stance == "accuses"
        and cue.object
        and i > 0
        and j + 1 < t.n
        and t.raw[j] == ","
        and not t.inq[j]
        and t.word(j + 1)
        and t.cap[j + 1]
        and t.word(i - 1)
        and not t.cap[i - 1]
        and t.low[i - 1] not in lexicon.pronouns
    )


def _denied_noun(t: _Tokens, lexicon: Lexicon, i: int) -> bool:
    """Whether cue word i ends the object of a denial or an accusation, its modifiers between
    them: "dismissed media reports that its staff demand bribes" (the reports are denied; the
    media made no statement; "rejected reports alleging ...": the reports' participle)."""
    if lexicon.participle_suffixes and t.low[i].endswith(lexicon.participle_suffixes):
        return False
    for x in range(i - 2, max(-1, i - 2 - NOUN_MODIFIERS_MAX), -1):
        if not t.word(x + 1) or t.cap[x + 1] or t.inq[x + 1]:
            return False
        if t.low[x + 1] in lexicon.closed_words | lexicon.prepositions | lexicon.conjunctions:
            return False  # (not "denied the allegations and termed the video as fake")
        if any(c.stance in ("denies", "accuses") for c in lexicon.cues.get(t.low[x], ())):
            return not t.inq[x]
    return False


def _possessive_or_demonym(t: _Tokens, k: int) -> bool:
    return _possessive(t, k) or bool(_DEMONYM.match(t.raw[k]))


# Words of the name a naming form gives ("called MCAS") at most.
NAMING_WORDS_MAX = 4


def _in_not_cue(t: _Tokens, lexicon: Lexicon, i: int) -> bool:
    """Whether cue word i ends or opens a phrase that is no cue ("a conference call", "called
    off the vote"), or questions people ("police questioned 45 witnesses")."""
    if t.low[i] in lexicon.interrogation_forms:
        k = i + 1
        while k < t.n and t.low[k] in lexicon.determiners:
            k += 1
        named = k
        while named < t.n and t.word(named) and t.cap[named] and not _possessive(t, named):
            named += 1
        # someone named, not someone's doing ("questioned Mr. Trump's veracity")
        person = named > k and not (named < t.n and _possessive(t, named))
        if (
            k < t.n
            and t.word(k)
            and not t.inq[k]
            and (t.raw[k][:1].isdigit() or person or t.low[k] in lexicon.interrogated)
        ):
            return True
    if any(
        x >= 0
        and t.low[x] in lexicon.indefinite_articles
        and not t.inq[x]
        and all(t.word(y) and not t.cap[y] for y in range(x + 1, i))
        for x in (i - 1, i - 2)
    ) and (
        any(c.naming for c in lexicon.cues.get(t.low[i], ()))
        # (a verb's forms follow a noun: "a friend referred to him as", "a statement calling on")
        and not t.low[i].endswith(lexicon.past_suffixes + lexicon.participle_suffixes)
    ):
        # "received a distress call about a robbery", "had a virtual call with": a noun after
        # its article, no one naming anything
        return True
    if i > 0 and t.raw[i - 1] == "," and t.low[i] in lexicon.naming_forms:
        # "the new automated flight system, called MCAS, was ...": the name it goes by
        k = i + 1
        while k < t.n and (t.cap[k] or t.quote(k)) and k - i <= NAMING_WORDS_MAX:
            k += 1
        if i + 1 < k and (k == t.n or t.raw[k] in ",.;"):
            return True
    for size in range(2, lexicon.phrase_len + 1):
        if i - size + 1 >= 0 and tuple(t.low[i - size + 1 : i + 1]) in lexicon.not_cues:
            return True
        if i + size <= t.n and tuple(t.low[i : i + size]) in lexicon.not_cues:
            return True
    return False


def _in_verb_list(t: _Tokens, lexicon: Lexicon, i: int) -> bool:
    """Whether cue word i is one of a list of deeds set off by commas: "China followed,
    monitored, warned and blocked the ship" (a warning among them, said of no one)."""
    if i < 2 or i + 1 >= t.n or t.raw[i - 1] != "," or not lexicon.past_suffixes:
        return False
    before = t.low[i - 2]
    listed = t.raw[i + 1] == "," or t.low[i + 1] in lexicon.conjunctions
    return (
        listed
        and t.word(i - 2)
        and not t.cap[i - 2]
        and before.endswith(lexicon.past_suffixes)
        and t.low[i].endswith(lexicon.past_suffixes)
    )


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
    # (or a number: "811 confirmed cases")
    return before in lexicon.prepositions or bool(past_verb) or t.raw[i - 1][:1].isdigit()


def _act_after(t: _Tokens, lexicon: Lexicon, j: int, cue: Cue) -> bool:
    """Whether the word at j is an act the cue refuses ("menolak bermain"), by its prefix."""
    if j >= t.n or t.cap[j] or not t.word(j) or t.low[j] in lexicon.post_cue_adverbs:
        return False
    word = t.low[j]
    return any(word.startswith(p) and len(word) > len(p) + 2 for p in cue.act_prefixes)


# A cue word that may also modify a cue ("mengaku") does when another cue follows this close.
MODIFIER_REACH = 3
COMPLAINT_REACH = 16


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
            # "Ms Hua was on Wednesday asked": a time phrase stands in it too
            or t.low[k] in lexicon.time_words
            or (t.low[k] in lexicon.time_openers and t.low[k + 1] in lexicon.time_words)
        )
    ):
        if t.low[k] in lexicon.passive_auxiliaries:
            return True
        k -= 1
    return False


def _set_off_noun(t: _Tokens, lexicon: Lexicon, k: int) -> int | None:
    """The comma before token k when k is a noun of what was said set off after a clause, its
    indefinite article between them (", a charge", ", accusations"); else None."""
    if k < 1 or t.inq[k] or t.cap[k] or t.low[k] not in lexicon.saying_nouns:
        return None
    k -= 1
    if t.low[k] in lexicon.indefinite_articles and not t.inq[k]:
        k -= 1
    return k if k > 0 and t.raw[k] == "," and not t.inq[k] else None


def _reduced_passive(t: _Tokens, lexicon: Lexicon, i: int, j: int) -> bool:
    """A cue word that describes the noun before it, its agent after "by": "ledgers maintained
    by party treasurers", no one speaking; before an infinitive of ``raising_infinitives`` ("an
    individual alleged to have links"); or a document's, a place after it: "a statement
    posted on X", "a report published in the daily"."""
    if i == 0 or j >= t.n or not t.word(i - 1) or t.cap[i - 1]:
        return False
    if (
        j == i + 1
        and t.low[i] in lexicon.raising_forms
        and t.low[i - 1] not in lexicon.closed_words
        and t.low[i - 1] not in lexicon.passive_auxiliaries
        and not _adverb(t, lexicon, i - 1)
        and any(
            tuple(t.low[j : j + len(p)]) == p and not any(t.inq[j : j + len(p)])
            for p in lexicon.raising_infinitives
        )
    ):
        # "an individual alleged to have links with Umno": said of the noun, by no one named
        return True
    if (
        t.low[i] in lexicon.stationed_forms
        and t.low[i - 1].endswith("s")
        and t.low[i - 1] not in lexicon.function_words
        and t.low[j] in lexicon.place_prepositions
    ):
        # "diplomats posted in the capital": where people serve, no one posting
        return True
    if (
        t.low[i - 1] in lexicon.shared_items
        and bool(lexicon.past_suffixes)
        and t.low[j - 1].endswith(lexicon.past_suffixes)
        and (not t.word(j) or t.low[j] in lexicon.trailing_adjuncts | lexicon.prepositions)
    ):
        # "a video posted online", "a comment posted on 12 August": what was posted
        return True
    if (
        i > 1
        and j < t.n
        and t.cap[j]
        and t.low[i - 2] in lexicon.indefinite_articles
        and not t.cap[i - 1]
        and any(c.naming for c in lexicon.cues.get(t.low[i], ()))
        and bool(lexicon.past_suffixes)
        and t.low[j - 1].endswith(lexicon.past_suffixes)
    ):
        # "a review called Project Soteria": what a thing is named, no one speaking
        return True
    if t.low[j] in lexicon.agent_markers:
        # past the adverbs: "were widely rejected by Moscow" is a passive with its auxiliary
        k = i - 1
        while (
            k > 0
            and t.word(k - 1)
            and t.low[k] not in lexicon.passive_auxiliaries
            and (_adverb(t, lexicon, k) or t.low[k] in lexicon.cue_modifiers)
        ):
            k -= 1
        return (
            not (t.cap[k] and k > 0)
            and t.low[k] not in lexicon.closed_words
            and t.low[k] not in lexicon.passive_auxiliaries
            # (not a claim set off after the clause that made it, which the agent answers:
            # "..., a claim vehemently rejected by New Delhi")
            and _set_off_noun(t, lexicon, k) is None
        )
    # (a document that reports does so on a day: "..., the Foreign Ministry website reported on
    # Tuesday")
    dated = (
        j + 1 < t.n
        and t.low[j + 1] in lexicon.time_words
        and any(c.stance == "reports" for c in lexicon.cues.get(t.low[i], ()))
    )
    return (
        t.low[i - 1] in lexicon.document_words
        and t.low[j] in lexicon.prepositions
        and bool(lexicon.past_suffixes)
        and t.low[j - 1].endswith(lexicon.past_suffixes)
        and not dated
    )


# Words of how something was said between a cue and its "that": "menyampaikan melalui
# keterangan tertulisnya bahwa", "said in a written statement that".
CHANNEL_MAX = 5


def _loose_complement(t: _Tokens, lexicon: Lexicon, j: int) -> bool:
    """Whether the word at token j, one of ``loose_complementizers``, stands for a
    complementizer: no comma follows before the end of its sentence ("mengatakan jika itu
    hoaks", not "mengatakan jika harga naik, rakyat menderita")."""
    if j >= t.n or t.low[j] not in lexicon.loose_complementizers or t.inq[j]:
        return False
    for k in range(j + 1, t.n):
        if t.raw[k] in SENTENCE_PUNCT or t.inq[k]:
            return k > j + 1
        if t.raw[k] in ",;:":
            return False
    return j + 1 < t.n


def _complement_at(t: _Tokens, lexicon: Lexicon, j: int) -> int | None:
    """The complementizer at token j, or after an adjunct of how it was said that opens there
    ("melalui keterangan tertulisnya bahwa"), else None."""
    if j < t.n and (t.low[j] in lexicon.complementizers or _loose_complement(t, lexicon, j)):
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


def _comma_complement(t: _Tokens, lexicon: Lexicon, i: int, j: int) -> bool:
    """Whether the cue at tokens i..j is one of ``comma_complements`` and a comma after it opens
    what was said, a clause of a few words ("Dia menyampaikan, tuduhan tersebut terlalu dini")."""
    if " ".join(t.low[i:j]) not in lexicon.comma_complements:
        return False
    if not (j + 2 < t.n and t.raw[j] == "," and not t.inq[j]):
        return False
    return all(t.word(x) and not t.inq[x] for x in range(j + 1, j + 3))


# At most this many words name those told between a cue and its "that".
ADDRESSEE_BEFORE_COMPLEMENT_MAX = 4


def _complement_past_addressee(t: _Tokens, lexicon: Lexicon, j: int) -> bool:
    """Whether a complementizer follows the few words of those told that open at token j
    ("assured the public that ..."), with no punctuation or quote between."""
    for k in range(j, min(t.n, j + ADDRESSEE_BEFORE_COMPLEMENT_MAX + 1)):
        if t.low[k] in lexicon.complementizers:
            return k > j
        if not t.word(k) or t.inq[k]:
            return False
    return False


def _may_be_cue(t: _Tokens, lexicon: Lexicon, x: int) -> bool:
    """Whether the word at x may be a cue of one word where it stands."""
    return any(
        len(c.words) == 1
        and not c.requires_quote
        and (not c.requires_complement or _complement_at(t, lexicon, x + 1) is not None)
        for c in lexicon.cues.get(t.low[x], ())
    )


def _find_cues(t: _Tokens, lexicon: Lexicon) -> list[tuple[int, int, Cue]]:
    found = []
    i = 0
    while i < t.n:
        candidates = lexicon.cues.get(t.low[i])
        if not candidates or t.inq[i]:
            i += 1
            continue
        # A capitalised cue word is a name ("Kata", "Claims") unless it opens the sentence (or
        # what follows a dateline's colon: "ISLAMABAD: Rejecting reports ...").
        if (
            t.raw[i] != t.low[i]
            and i > 0
            and t.raw[i - 1] not in QUOTE_CHARS + "(—–-'"
            and not (t.raw[i - 1] == ":" and _dateline_end(t, i) == i)
        ):
            i += 1
            continue
        if _possessed(t, lexicon, i) is not None:
            # "Pakistan's allegations that ...": only a possessed noun's form is a cue here
            candidates = [c for c in candidates if c.possessed]
        elif i > 0 and (
            _noun_use(t, lexicon, i - 1)
            # "for the baseless claims he made": a falsehood word between them
            or (
                i > 1
                and (t.low[i - 1],) in lexicon.falsehood_words
                and _noun_use(t, lexicon, i - 2)
            )
        ):
            i += 1
            continue
        else:
            candidates = [c for c in candidates if not c.possessed]
        if (
            not candidates
            or _plural_noun(t, lexicon, i)
            or _denied_noun(t, lexicon, i)
            or _in_not_cue(t, lexicon, i)
            or _attributive(t, lexicon, i)
            or _in_verb_list(t, lexicon, i)
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
            if (
                cue.requires_complement
                and _complement_at(t, lexicon, i + size) is None
                # ("assured the public that ...": those told, then what)
                and not (cue.addressee and _complement_past_addressee(t, lexicon, i + size))
                # ("Dia menyampaikan, tuduhan tersebut terlalu dini": a comma for its "bahwa")
                and not _comma_complement(t, lexicon, i, i + size)
            ):
                continue
            if cue.requires_quote and not t.quotes and not _set_off(t, lexicon, i, i + size, cue):
                continue
            if cue.followed_by and (i + size >= t.n or t.low[i + size] not in cue.followed_by):
                continue
            if cue.act_prefixes and _act_after(t, lexicon, i + size, cue):
                continue
            if cue.active_only and _passive(t, lexicon, i):
                continue
            if _reduced_passive(t, lexicon, i, i + size) and not cue.passive:
                continue
            if cue.stance == "reports" and _filed_complaint(t, lexicon, i + size):
                continue
            if (
                size == 1
                and t.low[i].endswith("s")
                and i + 1 < t.n
                and t.low[i + 1] in lexicon.plural_verbs
                and not (i > 0 and t.low[i - 1] in lexicon.pronouns)  # "what he believes are"
            ):
                continue  # "blames were apportioned to Pakistan": a plural noun, its verb after
            if size == 1 and _noun_before_auxiliary(t, lexicon, i):
                continue  # "a product liability claim would harm": a noun, its verb after
            if _accused_named(t, lexicon, cue, i, i + size):
                continue  # "corruption accused, Hangwani Maumela": the one accused, named
            if (
                size == 1
                and i + 1 < t.n
                and t.low[i + 1] in lexicon.singular_verbs
                and t.low[i] in lexicon.saying_nouns
                and not (i > 0 and t.low[i - 1] in lexicon.pronouns)
            ):
                continue  # "The forced labor claim is a lie": a noun, its verb after
            if (
                size == 1
                and t.low[i] in lexicon.cue_modifiers
                and any(
                    _may_be_cue(t, lexicon, x)
                    for x in range(i + 1, min(t.n, i + 1 + MODIFIER_REACH))
                )
            ):
                # "Tubagus mengaku telah menyampaikan ...": a modifier of the cue after it (not
                # of a word that is a cue only after a quote or before a "that": "mengaku
                # bertanggung jawab", '"...," tegas Basuki menjawab Kompas.com')
                continue
            match = (i, i + size, cue)
            break
        if match:
            found.append(match)
            i = match[1]
        else:
            i += 1
    return found
