"""Speakers: the noun phrase on the side a cue wants it (over auxiliaries, parentheticals,
appositives, roles and relative clauses), its clean name, and the document's memory of who was
named, in which role, for later surnames, pronouns and roles. Internal to ``claims.extraction``."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lexicon import Lexicon
from .sentences import QUOTE_CHARS, Span
from .stance import is_negation
from .tokens import (
    _DASHES,
    _GENERATION,
    _HYPHEN_ADJECTIVE,
    _NAME_WORD,
    _ROMAN,
    SENTENCE_PUNCT,
    _acronym,
    _acronym_like,
    _adverb,
    _dateline_end,
    _degree_word,
    _has_phrase,
    _infinitive_at,
    _ing_form,
    _is_place_name,
    _is_pronoun,
    _may_be_plural,
    _name_parts,
    _name_start,
    _participle_form,
    _past_form,
    _possessive,
    _prefixed_verb,
    _skip_degrees,
    _skip_parentheses,
    _skip_parentheses_forward,
    _title_at,
    _Tokens,
    _year,
    phrase_at,
)

# A pronoun resolves to a named speaker at most this many sentence units back.
PRONOUN_WINDOW = 8
PARENTHETICAL_MAX = 12
# ... or this many when it is an apposition opened by a determiner or a title ("Paul Begala, a
# former political adviser to Mr. Clinton and a friend of the couple's, said").
APPOSITION_PARENTHETICAL_MAX = 16


@dataclass
class _DocState:
    sentence_no: int = 0
    # Speakers named in full so far, latest last: "Peskov" later in the text is "Dmitry Peskov"
    full_names: list[str] = field(default_factory=list)
    # full names found later to open on other words ("Telkomsel Saki Hamsat Bramono", then
    # "Saki"): the name they hold ("Saki Hamsat Bramono")
    renamed: dict[str, str] = field(default_factory=dict)
    last_named: tuple[str, ...] = ()
    last_named_at: int = -(10**9)
    # whether the last named spoke inside what another said ("Jihad Islam menerangkan Israel
    # telah meminta ..."), and the last named who did not: a later "mereka" is the outer one
    last_named_inside: bool = False
    outer_named: tuple[str, ...] = ()
    outer_named_at: int = -(10**9)
    # the speakers named before those, for a pronoun that cannot be the last ones
    named_before: tuple[str, ...] = ()
    named_before_at: int = -(10**9)
    # who holds each role last named before a name ("spokesman" -> "Dmitry Peskov"), and when
    roles: dict[str, tuple[str, int]] = field(default_factory=dict)
    # the organisation or country last named speaking, and when
    organisation: tuple[str, int] | None = None
    # the role last speaking with no name ("A government spokesman described ..."), and when:
    # a later "he" stands for it when no one was named
    described: tuple[str, int] | None = None
    # the speakers last described with no name who may be many ("Officials at the port",
    # "perwakilan Shin Tae-yong"), and when: a later "they" or "mereka" stands for them, not
    # for someone named before them
    unnamed: tuple[str, int] | None = None
    # whether that organisation's words came through another outlet ("mengutip ...")
    organisation_relayed: bool = False
    via: Span | None = None
    via_names: frozenset[str] = field(default_factory=frozenset)
    # the outlet last named anywhere ("This follows a Reuters report ..."), and when
    outlet: tuple[str, int] | None = None


# How far before a comma an institution's word makes the comma its name's.
INSTITUTION_LIST_REACH = 3


def _determined_time(t: _Tokens, lexicon: Lexicon, a: int, b: int) -> bool:
    """Whether a determiner at token a opens two lower-case time words or more, then a
    capitalised word before token b: "Dalam beberapa pekan terakhir Ukraina melaporkan" (not
    "A recent Bloomberg poll")."""
    if t.low[a] not in lexicon.determiners:
        return False
    x = a + 1
    while x < b and not t.cap[x] and t.low[x] in lexicon.time_words:
        x += 1
    return x - (a + 1) >= 2 and x < b and t.cap[x]


def _joins_articled_name(t: _Tokens, lexicon: Lexicon, x: int, lo: int) -> bool:
    """Whether the article at token x opens the second of two names joined by a conjunction,
    the first a name of its own that opens the phrase: "Russia and the US said" (not "Trump
    attacked Clinton and the FBI said")."""
    return (
        t.low[x] in lexicon.definite_determiners
        and x + 1 < t.n
        and t.cap[x + 1]
        and x - 2 >= lo
        and t.low[x - 1] in lexicon.conjunctions
        and t.word(x - 2)
        and t.cap[x - 2]
        and (x - 2 == lo or not t.word(x - 3) or t.low[x - 3] in lexicon.determiners)
    )


def _bracketed(t: _Tokens, a: int, b: int) -> int:
    """How many of tokens a..b stand in brackets, the brackets included."""
    depth = count = 0
    for x in range(a, b):
        if t.raw[x] == "(" and not t.inq[x]:
            depth += 1
        if depth:
            count += 1
        if t.raw[x] == ")" and depth:
            depth -= 1
    return count


def _np_back(t: _Tokens, lexicon: Lexicon, k: int, lo: int, blocked: set[int]):
    """The noun phrase that ends at token ``k``, as a token range, or None."""
    if t.raw[k][-1:] in "'’":
        return None  # "Sanders’ campaign ...": a possessor is no phrase of its own
    if k > lo and t.raw[k] in lexicon.pronouns and t.word(k - 1):
        return k, k + 1  # "what weapons he said were used": the pronoun alone
    j = k
    while j >= lo:
        if (
            t.raw[j] == ")"
            and lo < j < k
            and (j == k - 1 or _only_places(t, lexicon, j + 1, k + 1))
            and t.cap[k]
            and not t.inq[j]
        ):
            # "Kepolisian Daerah (Polda) Riau", "Pusat Penerangan (Puspen) TNI", "Kepolisian
            # Daerah (Polda) Jawa Barat": an acronym inside an organisation's name is part of
            # it (not before a person's two names: "Fraksi PPP (PPP) Arsul Sani")
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
        if t.raw[j] == ")" and lo < j < k - 1 and t.cap[j + 1] and not t.inq[j]:
            # "Bakal calon gubernur (Bacagub) Jakarta Ridwan Kamil": a role's short form after
            # it, then the place and the person
            before = _skip_parentheses(t, j)
            if (
                before == j - 3
                and before >= lo
                and _acronym_like(t.raw[j - 1])
                and any(
                    tuple(t.low[before - size + 1 : before + 1]) in lexicon.titles
                    for size in range(1, min(lexicon.phrase_len, before - lo + 1) + 1)
                )
            ):
                j = before
                continue
        if lo < j < k and t.quote(j) and t.cap[j + 1]:
            # 'Teodoro "Teddy" Baguilat': a quoted nickname of one or two words inside a name
            opening = next((x for x in (j - 2, j - 3) if x > lo and t.quote(x)), None)
            if (
                opening is not None
                and all(t.cap[x] and _NAME_WORD.match(t.raw[x]) for x in range(opening + 1, j))
                and t.cap[opening - 1]
                and _NAME_WORD.match(t.raw[opening - 1])
            ):
                j = opening - 1
                continue
        if (
            lo < j < k
            and t.raw[j] == ","
            and not t.inq[j]
            and t.cap[j - 1]
            and t.cap[j + 1]
            and any(
                t.low[x] in lexicon.institutions and t.cap[x]
                for x in range(max(lo, j - INSTITUTION_LIST_REACH), j)
            )
            # a list closes on its conjunction (not "di Kantor DPP PKS, Luthfi")
            and any(t.low[x] in lexicon.conjunctions for x in range(j + 1, k + 1))
        ):
            # "Badan Meteorologi, Klimatologi dan Geofisika": a comma in an institution's list
            j -= 1
            continue
        if t.raw[j] == "," and _name_list_comma(t, lexicon, j, k, lo):
            # "Thailand, Filipina, dan Malaysia menyatakan": each of the names listed
            j -= 1
            continue
        if t.inq[j] or not t.word(j) or j in blocked:
            break
        w = t.low[j]
        if w in lexicon.appositive_markers and j < k:
            break  # "Juru Bicara Prabowo, yakni Dahnil Anzar Simanjuntak": the name after it
        if (
            j < k
            and not t.cap[j]
            # (or a determiner then the speaker: ", a charge the organisation denied")
            and (t.cap[j + 1] or (j + 1 < k and t.low[j + 1] in lexicon.determiners))
            and w in lexicon.saying_nouns
            # (a rumour's tale of someone is no one's statement: "membantah isu Presiden Joko
            # Widodo meminta ...", see ``rumour_nouns``)
        ):
            break  # "in remarks Belgrade quickly rejected": what was said, then who
        if (
            lo < j - 1 < k
            and not t.cap[j]
            and t.cap[j + 1]
            and t.low[j] not in lexicon.role_modifiers
            and t.low[j - 1] in lexicon.indefinite_articles
            and j > 1
            and t.raw[j - 2] == ","
            and not t.inq[j - 2]
            # (not a role: ", a senior Houthi official said")
            and not _title_at(t, lexicon, k)
        ):
            break  # ", a situation Heinen described as ...": a noun set off, then who
        if w in lexicon.place_prepositions and _in_place(t, lexicon, j, k, lo, blocked):
            # "Consulate General in New York", "Kedutaan Besar Rusia di Jakarta"
            j -= 1
            continue
        # "Pejabat itu mengatakan": a demonstrative after its noun ends the phrase
        postposed = j == k and w in lexicon.determiners and j > lo and t.word(j - 1)
        # "US" is the country, not the pronoun "us"; "Kemlu Lalu Muhammad Iqbal": a
        # capitalised function word inside a name is part of it
        inside_name = 0 < j < k and t.cap[j] and t.cap[j - 1] and t.cap[j + 1] and t.word(j - 1)
        # "Sudirman Said denied": a capitalised word of a name that ends it
        inside_name = inside_name or (
            0 < j == k and t.cap[j] and t.cap[j - 1] and t.word(j - 1) and not t.raw[j].isupper()
        )
        # "lawyers representing more than 13,000 Nigerians": a comparison before a number
        compared = (
            lo < j < k
            and w not in lexicon.complementizers | lexicon.subordinators
            and t.raw[j + 1][:1].isdigit()
            and not _year(t.raw[j + 1])  # (not "a memorable ad in 2008")
            and t.word(j - 1)
            and not t.cap[j - 1]
            and t.low[j - 1] not in lexicon.np_stopwords | lexicon.determiners
        )
        link = _source_link_at(t, lexicon, j, lo) if j < k else None
        if link is not None:
            j = link  # "a source familiar with the matter": the source and what it knows
            continue
        if (
            w in lexicon.np_stopwords
            and not postposed
            and not _acronym(t.raw[j])
            and not inside_name
            and not compared
        ):
            break
        if w in lexicon.conjunctions:
            if (
                lo < j < k
                and t.cap[j + 1]
                and t.word(j - 1)
                and t.cap[j - 1]
                # (not a day that closes the clause before: "denied the report on Twitter
                # Wednesday and Esper emphasized it")
                and t.low[j - 1] not in lexicon.time_words
            ):
                j -= 1
                continue
            if lo < j < k - 1 and _joins_articled_name(t, lexicon, j + 1, lo):
                j -= 1  # "Russia and the US said": two speakers, the second with its article
                continue
            if lo < j - 1 and t.raw[j - 1] == "," and _name_list_comma(t, lexicon, j - 1, k, lo):
                j -= 1  # "Thailand, Filipina, dan Malaysia": a list's last comma
                continue
            break
        j -= 1
    a, b = j + 1, k + 1
    # two speakers joined by "and" may each take a full phrase ("Menteri Komunikasi Malcolm
    # Turnbull dan Menteri Luar Negeri Julie Bishop")
    joined = any(
        t.low[x] in lexicon.conjunctions for x in range(max(a, b - lexicon.max_np_tokens), b)
    )
    longest = lexicon.max_np_tokens * (2 if joined else 1)
    # (a speaker between a closing quote and the cue may run longer: '"...," the vice director
    # general of the General Bureau of Equipment at the North's defense ministry said')
    after_quote = a > 0 and (t.quote(a - 1) or (a > 1 and t.raw[a - 1] == "," and t.quote(a - 2)))
    # (a short form in brackets counts for nothing: "Juru bicara Kementerian Luar Negeri
    # (Kemenlu) Febri Diansyah")
    size = b - a - _bracketed(t, a, b)
    if size > longest and not (after_quote and size <= 2 * lexicon.max_np_tokens):
        a = b - longest
    for x in range(b - 2, a, -1):
        # "a charge the Kremlin rejected": a determiner inside the phrase starts the speaker,
        # unless it follows "of" or another determiner ("the head of the agency", "both the")
        if (
            t.low[x] in lexicon.determiners
            and t.low[x] not in lexicon.np_stopwords
            and t.low[x - 1] not in lexicon.np_inner
            and t.low[x - 1] not in lexicon.determiners
            and _source_link_at(t, lexicon, x - 1, a) is None  # "People close to the president"
            and t.raw[x - 1] != ","  # "Thailand, the Philippines and Malaysia": a list's item
            # "Russia and the US said": the second of two names joined
            and not (x - 2 >= a and _joins_articled_name(t, lexicon, x, a))
            # (or a role: "..., a claim the prime minister denied")
            and (t.cap[b - 1] or bool(_titles_in(t, lexicon, x, b)))
        ):
            a = x
            break
    if a == 0:
        # "Lebih jauh Dirjen Zudan menjelaskan": a sentence's opening link of several words
        a = next(
            (
                size
                for size in range(min(lexicon.phrase_len, b - 1), 0, -1)
                if tuple(t.low[:size]) in lexicon.connectives
            ),
            0,
        )
    while a < b - 1 and (
        t.low[a] in lexicon.np_inner
        or t.low[a] in lexicon.conjunctions
        or t.low[a] in lexicon.adjunct_openers  # "sesuai amanat konstitusi yang menyatakan"
        or t.low[a] in lexicon.trailing_adjuncts
        or (a == 0 and (t.low[a],) in lexicon.connectives)  # "Pasalnya Bupati mengaku"
        or (t.low[a] in lexicon.time_words and not t.cap[a])  # "This week Odinga has said"
        # "Dalam beberapa pekan terakhir Ukraina melaporkan": a determiner of a time
        or _determined_time(t, lexicon, a, b)
        # "In September Donald Trump wrote", "In March 2022 Russia said": a date, capitalised
        or (t.low[a] in lexicon.time_words and a > 0 and t.low[a - 1] in lexicon.time_openers)
        or (
            len(t.raw[a]) == 4
            and t.raw[a].isdigit()
            and a > 0
            # ("In 2008 Kosovo declared independence")
            and t.low[a - 1] in lexicon.time_words | lexicon.trailing_adjuncts
        )
    ):
        a += 1
    while a < b - 1 and t.low[a] in lexicon.cue_modifiers and (a == 0 or not t.word(a - 1)):
        a += 1  # "Kembali pihaknya menegaskan": "pihaknya"
    if (
        b - a >= 3
        and b < t.n
        and t.low[b] in lexicon.relative_pronouns
        and t.low[a] in lexicon.pronouns
        and t.word(a + 1)
        and not t.cap[a + 1]
    ):
        # "It features legal experts who allege ...": a pronoun and its verb open the clause
        # whose object the relative clause describes
        a += 2
    if a >= b or t.low[a] in lexicon.conjunctions:
        return None
    if all(t.low[x] in lexicon.determiners or t.low[x] in lexicon.np_inner for x in range(a, b)):
        return None
    if (
        a > 0
        and t.raw[a - 1] == ","
        and b < t.n
        and t.raw[b] == ","
        and all(t.raw[x].isdigit() for x in range(a, b))
    ):
        return None  # "Jimmy Ghazal, 39, told": an age, the name is before it
    if b - a == 1 and t.raw[a].isdigit() and a > 0 and t.low[a - 1] in lexicon.time_words:
        return None  # "on April 18, 1977, declaring": a date
    while (
        a < b - 1 and t.low[a] in lexicon.pronouns and t.low[a + 1] in lexicon.definite_determiners
    ):
        a += 1  # "in connection with it the minister said": the object of what came before
    head = _listed_institution(t, lexicon, a, lo, blocked)
    return (a if head is None else head), b


# At most this many words make one name in a list of names set off by commas.
LIST_ITEM_MAX = 4


def _source_link_at(t: _Tokens, lexicon: Lexicon, j: int, lo: int) -> int | None:
    """The token of the source's noun when a link that ends at token j follows it ("source
    familiar with", "officials with"), else None."""
    for link in lexicon.source_links:
        start = j - len(link) + 1
        if (
            start - 1 >= lo
            and tuple(t.low[start : j + 1]) == link
            and t.low[start - 1] in lexicon.source_nouns
            and not any(t.inq[x] for x in range(start - 1, j + 1))
        ):
            return start - 1
    return None


def _list_name(t: _Tokens, lexicon: Lexicon, a: int, b: int) -> bool:
    """Whether tokens a..b are one name of a list: capitalised name words, a determiner before
    them at most ("the Philippines"), not a time nor a sentence's opening link."""
    if a < b and t.low[a] in lexicon.determiners:
        a += 1
    return (
        0 < b - a <= LIST_ITEM_MAX
        and t.low[a] not in lexicon.prepositions  # "Besides China, Vietnam and ..."
        # a role's fields are no names ("Menteri Koordinator Bidang Politik, Hukum, dan
        # Keamanan Djoko Suyanto")
        and not _titles_in(t, lexicon, a, b)
        and all(t.cap[x] and not t.inq[x] and _NAME_WORD.match(t.raw[x]) for x in range(a, b))
        and not any(
            t.low[x] in lexicon.time_words
            or t.low[x] in lexicon.closed_words
            or t.low[x] in lexicon.cue_modifiers
            or (t.low[x],) in lexicon.connectives
            for x in range(a, b)
        )
    )


def _role_fields(t: _Tokens, lexicon: Lexicon, j: int, lo: int) -> bool:
    """Whether the comma at token j follows a role whose fields it lists ("Menteri Koordinator
    Bidang Politik, Hukum, dan Keamanan")."""
    return bool(_titles_in(t, lexicon, max(lo, _name_start(t, j - 1)), j))


def _name_list_comma(t: _Tokens, lexicon: Lexicon, j: int, k: int, lo: int) -> bool:
    """Whether the comma at token j sets off names of a list that closes on a conjunction by
    token k ("Britain, France and Germany said", "sejumlah negara seperti Thailand, Filipina,
    dan Malaysia menyatakan"), not a place or a time before the subject ("In Jakarta, Thailand
    and Malaysia said", "On Monday, Britain and France said")."""
    if not (lo < j < k) or t.inq[j]:
        return False
    if not any(t.low[x] in lexicon.conjunctions for x in range(j + 1, k + 1)):
        return False
    # every item after the comma is a name
    start = j + 1
    for x in range(j + 1, k + 2):
        if x == k + 1 or t.raw[x] == "," or t.low[x] in lexicon.conjunctions:
            if x > start and not _list_name(t, lexicon, start, x):
                return False
            start = x + 1
    # the item before it is one too, after a boundary: the sentence's start, another comma
    # of the list or an example marker ("seperti", "such as")
    a = max(lo, _name_start(t, j - 1))
    if a - 1 >= lo and t.low[a - 1] in lexicon.determiners:
        a -= 1
    if not _list_name(t, lexicon, a, j):
        return False
    before = a - 1
    return (
        before < lo
        or (t.raw[before] == "," and not _role_fields(t, lexicon, before, lo))
        or any(
            before - len(m) + 1 >= 0 and tuple(t.low[before - len(m) + 1 : before + 1]) == m
            for m in lexicon.example_markers
        )
    )


# Items of an institution's name listed with commas: "Kementerian Ilmu Pengetahuan, Teknologi,
# dan Inovasi Malaysia".
LISTED_ITEMS_MAX = 5


def _institution_list_goes_on(t: _Tokens, lexicon: Lexicon, k: int, j: int) -> bool:
    """Whether the comma at token j goes on with the list of fields of an institution named in
    tokens k..j: capitalised items set off by commas, then a conjunction and the last one."""
    if not any(t.low[x] in lexicon.institutions and t.cap[x] for x in range(k, j)):
        return False
    x, items = j, 0
    while x < t.n and items <= LISTED_ITEMS_MAX:
        if t.inq[x]:
            return False
        if t.raw[x] == ",":
            items += 1
        elif t.low[x] in lexicon.conjunctions:
            return x + 1 < t.n and t.cap[x + 1] and t.word(x + 1)
        elif not (t.cap[x] and t.word(x)):
            return False
        x += 1
    return False


def _listed_institution(
    t: _Tokens, lexicon: Lexicon, a: int, lo: int, blocked: set[int]
) -> int | None:
    """Where an institution's name starts when the phrase at ``a`` is the last item of the list
    it names ("..., Teknologi, dan Inovasi Malaysia"), else None."""
    k = a - 1
    # fields, not organisations ("Kementerian Kesehatan, Polri, dan TNI" are three)
    if not t.cap[a] or _acronym(t.raw[a]) or k < lo or t.low[k] not in lexicon.conjunctions:
        return None
    k -= 1
    if k < lo or t.raw[k] != ",":
        return None
    k -= 1
    for _ in range(LISTED_ITEMS_MAX):
        j = k
        while j >= lo and j not in blocked and not t.inq[j] and t.word(j) and t.cap[j]:
            if t.low[j] in lexicon.institutions:
                # "Kepala Badan Meteorologi, Klimatologi, dan Geofisika Dwikorita Karnawati":
                # the title of the one who heads it too
                while (
                    j - 1 >= lo
                    and j - 1 not in blocked
                    and not t.inq[j - 1]
                    and t.cap[j - 1]
                    and _title_at(t, lexicon, j - 1)
                ):
                    j -= 1
                return j
            if _acronym(t.raw[j]):
                return None
            j -= 1
        if j == k or j < lo or t.raw[j] != ",":
            return None
        k = j - 1
    return None


def _in_place(t: _Tokens, lexicon: Lexicon, j: int, k: int, lo: int, blocked: set[int]) -> bool:
    """Whether preposition j joins a name to the place after it, which ends the phrase at k:
    one to three capitalised words after it, a word of a name or a noun before it."""
    after = range(j + 1, k + 1)
    # (or an institution: "Han Yong-song di Institut Kajian Amerika Kementerian Luar Negeri")
    institution = t.low[j + 1] in lexicon.institutions and len(after) <= INSTITUTION_WORDS_MAX
    if not (1 <= len(after) <= 3 or institution) or not all(t.cap[x] and t.word(x) for x in after):
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
    while k >= lo:
        if t.word(k) and (
            t.low[k] in lexicon.cue_modifiers
            or t.low[k].endswith(("n't", "n’t"))
            or (adverbs and _adverb(t, lexicon, k))
        ):
            negated = negated or is_negation(t.low[k], lexicon)
            k -= 1
        elif _set_off_modifier(t, lexicon, k, lo):
            k -= 3  # "He has, thus, asked": the modifier set off inside the verb
        else:
            break
    return k, negated


def _set_off_modifier(t: _Tokens, lexicon: Lexicon, k: int, lo: int) -> bool:
    """Whether token k closes a modifier set off by commas after an auxiliary ("has, however,
    said"), not after the speaker ("The ministry, however, said", read as a parenthetical)."""
    return (
        k - 3 >= lo
        and t.raw[k] == ","
        and t.raw[k - 2] == ","
        and not (t.inq[k] or t.inq[k - 2])
        and t.low[k - 1] in lexicon.cue_modifiers
        and t.low[k - 3] in lexicon.cue_modifiers
        and t.word(k - 3)
    )


def _relative_antecedent(t: _Tokens, lexicon: Lexicon, k: int, blocked: set[int]):
    """The one the relative pronoun at token k stands for: a name, a role or a body set off
    before it by a comma ("Barkley, who said ...", "the ministry, which denied ..."), or a name
    right before it ("Isa who described the report as fake"); None for anything else (not the
    last words of a clause: "..., which is an anomaly for Kaine, who criticized")."""
    if k < 1 or t.inq[k] or t.low[k] not in lexicon.speaking_relatives:
        return None
    q = k - 1
    comma = t.raw[q] == "," and not t.inq[q]
    if comma:
        q -= 1
    if q < 0 or not t.word(q) or t.inq[q] or q in blocked:
        return None
    before = _np_back(t, lexicon, q, 0, blocked)
    if before is None:
        return None
    a, b = before
    named = t.cap[b - 1] and t.word(b - 1) and _NAME_WORD.match(t.raw[b - 1]) is not None
    if not named and not comma:
        return None
    if named and not t.cap[a]:
        # the name and the capitalised words of its title, not the clause before them
        # ("Swanson praised evangelist Franklin Graham, who ...": Franklin Graham)
        a = max(a, _name_start(t, b - 1))
    if a > 0 and t.low[a - 1] in lexicon.prepositions:
        # "lawyers for Smith Jones, who denied ...", "an anomaly for Kaine, who criticized":
        # the clause may be of the phrase the preposition ends
        return None
    if named:
        # not a place ("Senator Bernie Sanders of Vermont, who ...")
        return None if _only_places(t, lexicon, a, b) else (a, b)
    if _titles_in(t, lexicon, a, b):
        return before
    speaking = lexicon.institutions | lexicon.organisation_nouns | lexicon.document_words
    if any(t.low[x] in speaking or (t.low[x],) in lexicon.media_words for x in range(a, b)):
        return before
    return None


def _np_before(t: _Tokens, lexicon: Lexicon, ci: int, blocked: set[int]):
    if ci > 0 and t.low[ci - 1] in lexicon.means_markers and not t.inq[ci - 1]:
        # "Israel berusaha menghindari tanggung jawab atas pemboman ke Rumah Sakit Baptis
        # dengan menyalahkan Jihad Islam": the cue tells how a clause's subject acted; the
        # words before it are that clause's object, not who spoke. After a verb of saying
        # ("Kementerian menyanggahnya dengan menekankan"), that verb's speaker speaks.
        verb = t.low[ci - 2] if ci > 1 else ""
        if verb in lexicon.cue_words or (verb.endswith("nya") and verb[:-3] in lexicon.cue_words):
            return _np_before(t, lexicon, ci - 2, blocked)
        return None, False
    k, between = _skip_modifiers(t, lexicon, ci - 1, 0, adverbs=True)
    if k >= 0 and _relative_antecedent(t, lexicon, k, blocked) is not None:
        # "Barkley, who said he typically votes democratic, said ...": the relative pronoun
        # speaks, for the one it stands for (``_relative_antecedent``)
        return (k, k + 1), between
    opens = _subordinate_adjunct(t, lexicon, k, ci)
    if opens is not None:
        # "Kapolsek AKP Nur Amin saat dikonfirmasi langsung membantah", "The minister, when
        # asked about the report, denied": the speaker stands before the adjunct
        hit, negated = _np_before(t, lexicon, opens, blocked)
        return hit, negated or between
    hit, negated = _np_before_from(t, lexicon, ci, blocked, adverbs=True)
    if hit is None:
        hit, negated = _np_before_from(t, lexicon, ci, blocked, adverbs=False)
        if hit is not None and hit[1] - hit[0] == 1 and _adverb(t, lexicon, hit[0]):
            # "which originally said", "His assumption, confidently stated": an adverb alone
            # is no one
            return None, negated
    hit = _subject_before_object(t, lexicon, _before_adjunct(t, lexicon, hit, blocked), blocked)
    hit = _participle_phrase_head(t, lexicon, hit, blocked)
    if hit is not None and all(t.low[x] in lexicon.time_words for x in range(*hit) if t.word(x)):
        # a time is no one: "setiap bulan dan setiap kuartal juga melaporkan"
        if hit[0] > 1 and t.low[hit[0] - 1] in lexicon.prepositions:
            # "Prigozhin has for months been openly accusing ...": how long, then who
            before, more = _np_before(t, lexicon, hit[0] - 1, blocked)
            # (not another adjunct's words: "At one point on Sunday, Trump, who ...")
            if before is not None and not (
                before[0] > 0 and t.low[before[0] - 1] in lexicon.prepositions
            ):
                return before, negated or more
        return None, negated
    if (
        hit is not None
        and hit[1] - hit[0] > 1
        and t.low[hit[0]] in lexicon.pronouns
        and t.low[hit[0] + 1] in lexicon.prepositions
    ):
        hit = (hit[0], hit[0] + 1)  # "he for the first time dismissed": the pronoun
    return _named_before_role(t, lexicon, _named_before_as(t, lexicon, hit, blocked)), negated


def _participle_phrase_head(t: _Tokens, lexicon: Lexicon, hit, blocked: set[int]):
    """The noun a participle phrase describes when the phrase found is the participle's object:
    "A video circulating on social media claimed", "Officials speaking on condition of
    anonymity said", not "social media" or "condition of anonymity"."""
    if hit is None or hit[0] < 3:
        return hit
    a, b = hit
    p, verb = a - 1, a - 2
    suffixes = lexicon.participle_suffixes + lexicon.past_suffixes
    if not (
        suffixes
        and t.low[p] in lexicon.prepositions
        and not t.inq[p]
        and t.word(verb)
        and not t.cap[verb]
        and len(t.low[verb]) > 4
        and t.low[verb].endswith(suffixes)
        and t.low[verb] not in lexicon.cue_words
    ):
        return hit
    head = _np_back(t, lexicon, verb - 1, 0, blocked)
    if head is None or head[1] != verb or _is_pronoun(t, lexicon, *head):
        return hit
    first = head[0]
    if not (t.low[first] in lexicon.determiners or t.cap[first] or first == 0):
        return hit
    return (first, b)


# Words of a name set off before a description that the comma after it never closed.
UNCLOSED_NAME_MAX = 4


def _named_before_role(t: _Tokens, lexicon: Lexicon, hit):
    """The name that opens the clause when the phrase found is the description set off after
    it whose closing comma is missing: "Tian Junli, a spokesperson for the People's Liberation
    Army Southern Theater Command said" is Tian Junli."""
    if hit is None:
        return hit
    a, b = hit
    if not (
        a >= 2
        and t.raw[a - 1] == ","
        and t.low[a] in lexicon.determiners
        and t.low[a] not in lexicon.definite_determiners
        and _has_phrase(t, lexicon, a, b, lexicon.titles)
    ):
        return hit
    start = _name_start(t, a - 2)
    if not (
        a - 1 - start >= 2
        and a - 1 - start <= UNCLOSED_NAME_MAX
        and (start == 0 or t.raw[start - 1] in SENTENCE_PUNCT or t.raw[start - 1] in QUOTE_CHARS)
        and all(
            _NAME_WORD.match(t.raw[x]) and t.cap[x] and not t.inq[x] for x in range(start, a - 1)
        )
        and not _has_phrase(t, lexicon, start, a - 1, lexicon.titles)
    ):
        return hit
    return (start, a - 1)


# At most this many lower-case words stand between "sebagai"/"as" and the role ("mantan").
AS_ROLE_MODIFIERS = 2


def _named_before_as(t: _Tokens, lexicon: Lexicon, hit, blocked: set[int]):
    """The name before "sebagai" when the phrase found is the role it gives: "Terawan Agus
    Putranto sebagai mantan Menteri Kesehatan mengatakan" is Terawan."""
    if hit is None:
        return hit
    k = hit[0] - 1
    while k >= 0 and hit[0] - k <= AS_ROLE_MODIFIERS and t.word(k) and not t.cap[k]:
        if t.low[k] in lexicon.as_markers:
            break
        k -= 1
    if k < 1 or t.low[k] not in lexicon.as_markers or t.inq[k] or not t.cap[k - 1]:
        return hit
    if any(
        t.low[x] in lexicon.cue_words or t.low[x] in lexicon.complementizers
        for x in range(k + 1, hit[0])
    ):
        return hit  # (no role: "cited sources ... on Tuesday as saying that the president")
    name = _np_back(t, lexicon, k - 1, 0, blocked)
    # a name, with its lower-case abbreviated title if any ("dr. Terawan Agus Putranto")
    if name is None or not all(
        t.cap[x] or t.raw[x].endswith(".") for x in range(*name) if t.word(x)
    ):
        return hit
    return name


def _subject_before_object(t: _Tokens, lexicon: Lexicon, hit, blocked: set[int]):
    """The subject whose prepositional phrase the phrase found ends: "Investigators of the
    Oct. 28 crash of a Lion Air flight into the Java Sea say", not "the Java Sea". Only where
    the phrase found is a noun's (it opens on a determiner, a capital or a figure), and the
    phrases before it, each joined to the next by a preposition (not one that names an agent,
    "a statement by the ministry said"), open the sentence (or follow its dateline): "People
    briefed on the move said". Not across a time or a manner ("reached out weeks ago to John
    McConnell", "spoke out Tuesday about", "Saturday at the convention Sen. Elizabeth Warren
    said") or a participle opening the sentence ("Speaking to reporters Smith said").
    """
    if hit is None:
        return hit
    first = t.raw[hit[0]]
    if not (t.cap[hit[0]] or t.low[hit[0]] in lexicon.determiners or first[:1].isdigit()):
        return hit
    titled = _has_phrase(t, lexicon, hit[0], hit[1], lexicon.titles)
    if titled is not None and titled[0] > hit[0]:
        # "The Council on American-Islamic Relations National Executive Director Nihad Awad
        # said": a titled person closes the phrase (not "Supporters of President Donald Trump
        # said", where the title opens the object)
        return hit
    joining = lexicon.prepositions - lexicon.agent_markers
    found, start = None, hit[0]
    while start >= 2 and t.low[start - 1] in joining and t.word(start - 2):
        if t.inq[start - 1] or (start - 1) in blocked:
            return hit
        before = _np_back(t, lexicon, start - 2, 0, blocked)
        if before is None or before[1] != start - 1:
            return hit
        last = t.low[start - 2]
        if last in lexicon.time_words or last.endswith(lexicon.modifier_suffixes):
            return hit
        # a verb inside: "reached out weeks ago to"; one closing the phrase is a reduced
        # relative clause ("People briefed on the move")
        if any(_past_form(t, lexicon, x) for x in range(before[0], before[1] - 1)):
            return hit
        if t.low[start - 1] in lexicon.description_joiners and _has_phrase(
            t, lexicon, before[0], before[1], lexicon.titles
        ):
            # "Duta Besar Rusia untuk Indonesia Lyudmila Verobieva": a role held for a place,
            # then its holder's name, one speaker
            return before[0], hit[1]
        found, start = before, before[0]
    # the sentence's opening, or its dateline's end ("JAKARTA, Indonesia (AP) — Investigators")
    if found is None or not (start == 0 or (t.raw[start - 1] in _DASHES and not t.inq[start - 1])):
        return hit
    if t.low[start] in lexicon.prepositions or t.low[start].endswith(lexicon.participle_suffixes):
        return hit
    if (
        hit[1] < t.n
        and t.raw[hit[1]] == ","
        and any(phrase_at(t.low, x, lexicon.role_openings) for x in range(*found))
    ):
        # a role set off before its holder's name ("The head of the General Crimes Directorate
        # at the National Police, Djuhandhani Rahardjo Puro, said"): read as it was
        return hit
    return found


# Words of an adjunct clause between a speaker and the cue: "saat dikonfirmasi wartawan".
SUBORDINATE_ADJUNCT_MAX = 6
# Words of an adjunct of what the subject was doing ("saat menghadiri deklarasi ..."), at most.
ACTIVITY_ADJUNCT_MAX = 10
# More of them when the adjunct is set off by commas: ", when asked about the report by
# Reuters on Monday,".
SET_OFF_ADJUNCT_EXTRA = 4


def _subordinate_adjunct(t: _Tokens, lexicon: Lexicon, k: int, ci: int) -> int | None:
    """Where an adjunct about being asked ("saat dikonfirmasi wartawan", ", when asked about
    the report,") ends the words before the cue (token k is its last word, or the comma closing
    it): its opening token, when a name or a comma stands before it; else None."""
    set_off = k >= 0 and t.raw[k] == ","
    if not set_off and lexicon.verb_prefixes:
        # "Presiden Jokowi saat menghadiri deklarasi Forum Alumni Jawa Timur mengungkapkan":
        # what the subject was doing, names and all, then its cue
        for m in range(k - 1, max(0, k - ACTIVITY_ADJUNCT_MAX), -1):
            if not t.word(m) or t.inq[m]:
                break
            if (
                t.low[m] in lexicon.subordinators
                and t.low[m + 1].startswith(lexicon.verb_prefixes)
                and not t.cap[m + 1]
                and t.cap[m - 1]
                and t.word(m - 1)
            ):
                return m
    m = k - 1 if set_off else k
    limit = SUBORDINATE_ADJUNCT_MAX + (SET_OFF_ADJUNCT_EXTRA if set_off else 0)
    named = False  # a capital seen: only in what was asked about
    while m >= 0 and ci - m <= limit + 2:
        if not t.word(m) or t.inq[m]:
            return None
        if t.low[m] in lexicon.asked_forms and set_off and m > 1 and t.raw[m - 1] == ",":
            # ", asked about Danilov's assertion,": a participle about being asked, set off
            asked = m + 1 < k and (t.low[m + 1] in lexicon.prepositions | lexicon.interrogatives)
            return m - 1 if asked and t.word(m - 2) else None
        if t.low[m] in lexicon.subordinators:
            # only an adjunct about being asked, with no subject of its own: "after the mogul
            # claimed" is the cue's own clause
            if m + 1 >= min(ci, k + 1) or t.low[m + 1] not in lexicon.asked_forms:
                return None
            if set_off:
                return m - 1 if m > 1 and t.raw[m - 1] == "," and t.word(m - 2) else None
            return m if m > 0 and t.cap[m - 1] and t.word(m - 1) and not named else None
        if t.cap[m]:
            if not set_off:
                return None
            named = True
        m -= 1
    return None


# Lower-case words of an adjunct between a name and the channel that closes it.
ADJUNCT_WORDS_MAX = 8


def _before_adjunct(t: _Tokens, lexicon: Lexicon, hit, blocked: set[int]):
    """The speaker before an adjunct that the phrase found is part of: "Vladimir Putin dalam
    pidatonya menyebut", "Mao Ning pada konferensi pers rutin, Senin (6/2/2023), menyebut",
    "Putin in his speech said". The adjunct names no one: no capital in it, or a channel."""
    if hit is None:
        return hit
    for x in range(hit[0] + 1, hit[1] - 1):
        # "Wang Wenbin at his regular press conference said": the channel closing the phrase
        # is no part of the name
        if (
            t.low[x] in lexicon.adjunct_prepositions
            and t.cap[x - 1]
            and not any(t.cap[y] for y in range(x + 1, hit[1]))
            and any(t.low[y] in lexicon.channel_words for y in range(x + 1, hit[1]))
        ):
            return hit[0], x
    if hit[0] < 2:
        return hit
    p = hit[0] - 1
    if (
        t.low[p] in lexicon.relative_pronouns
        and lexicon.possessor_after
        and not t.inq[p]
        and not t.cap[hit[0]]
        and t.low[hit[0]].startswith(lexicon.passive_prefixes)
    ):
        # "Kementerian Luar Negeri China dalam konferensi pers yang digelar Senin mengatakan":
        # the relative clause closes the adjunct, the name before the adjunct speaks
        named = _named_before_adjunct(t, lexicon, p, blocked)
        return named if named is not None else hit
    # (or a subordinator before a phrase of lower-case words: "Muhammad Yuza Agusti dalam
    # konferensi persnya sebelum demo berakhir mengatakan", "Budi sebelum rapat dimulai
    # mengatakan": when it was said)
    when = (
        t.low[p] in lexicon.subordinators
        and not t.cap[p]
        and not any(t.cap[x] or t.low[x] in lexicon.pronouns for x in range(*hit))
        # (not a subject of its own: "Ali rebuked Trump in December when the businessman
        # turned politician called for ...")
        and t.low[hit[0]] not in lexicon.determiners
    )
    if when and t.cap[p - 1] and t.word(p - 1):
        named = _np_back(t, lexicon, p - 1, 0, blocked)
        return named if named is not None else hit
    if when or (
        t.low[p] in lexicon.prepositions
        and t.low[p] not in lexicon.adjunct_prepositions | lexicon.agent_markers
    ):
        # "Biden saat melakukan kunjungan ke Israel pada Rabu menyatakan": what follows a
        # preposition is no subject; the name before the adjunct holding it speaks
        named = _named_before_adjunct(t, lexicon, p, blocked, lower_only=False)
        return named if named is not None else hit
    if t.low[p] not in lexicon.adjunct_prepositions or t.inq[p]:
        return hit
    if (
        any(t.cap[x] and t.low[x] not in lexicon.determiners for x in range(*hit))
        and not any(t.low[x] in lexicon.channel_words | lexicon.platform_words for x in range(*hit))
        # "Kapolres ... kepada wartawan di Merauke menegaskan": those told, wherever they were
        and not _told_or_placed(t, lexicon, *hit)
    ):
        # (but a channel may bear a name: "The Health Ministry in its official Facebook account
        # said")
        return hit
    if t.raw[p - 1] == "," and not t.inq[p - 1]:
        # "Sagir Musa, the army spokesman, in a statement Sunday denied": the one an
        # apposition describes, before the adjunct as before a cue
        described, _ = _np_before(t, lexicon, p, blocked)
        if described is not None and any(t.cap[x] for x in range(*described)):
            return described
        return hit
    # "AKBP Bahara Marpaung,SH kepada wartawan menegaskan": the name before its degrees
    before = _np_back(t, lexicon, _skip_degrees(t, lexicon, p - 1), 0, blocked)
    told = before is None or _told_or_placed(t, lexicon, *before)
    if told or not any(t.cap[x] for x in range(*before)):
        # "Dokter Hanifah Oswari dalam kesempatan pers secara virtual melalui Zoom
        # menyampaikan": the adjunct opens further back, after the name; "Retno Marsudi kepada
        # Antara di Jakarta menegaskan": an outlet told, then where, capitals and all
        named = _named_before_adjunct(t, lexicon, p, blocked, lower_only=not told)
        if named is not None:
            return named
    return before if before is not None else hit


def _told_or_placed(t: _Tokens, lexicon: Lexicon, a: int, b: int) -> bool:
    """Whether tokens a..b name those told, an outlet told or a place, no speaker: "kepada
    wartawan", "kepada The Associated Press", "di Jakarta"."""
    return (
        t.low[a] in lexicon.listeners
        or _has_phrase(t, lexicon, a, b, lexicon.outlets, lower=False) is not None
        or _only_places(t, lexicon, a, b)
    )


def _named_before_adjunct(
    t: _Tokens, lexicon: Lexicon, p: int, blocked: set[int], lower_only: bool = True
):
    """The named phrase before an adjunct that ends before token p and opens on an adjunct's
    preposition right after a capital ("Dokter Hanifah Oswari [dalam kesempatan pers secara
    virtual]"), or None. With ``lower_only`` off, capitals may stand in the adjunct ("Biden [saat
    melakukan kunjungan ke Israel pada Rabu]", "Retno Marsudi [kepada Antara di Jakarta]")."""
    q = p - 1
    while (
        q > 0
        and p - q <= ADJUNCT_WORDS_MAX
        and t.word(q)
        and not t.inq[q]
        and not (lower_only and t.cap[q])
    ):
        if t.low[q] in lexicon.adjunct_prepositions and not t.cap[q] and t.cap[q - 1]:
            return _np_back(t, lexicon, q - 1, 0, blocked)
        q -= 1
    return None


def _skip_time(t: _Tokens, lexicon: Lexicon, k: int, blocked: set[int]) -> int:
    """Index before a time phrase that ends at token k ("on Friday", "pada Jumat", "last
    week"), else k. Words that are also determiners or cue modifiers ("ini", "lalu") and numbers
    only extend a phrase that holds another time word, so "Laporan ini" keeps its "ini"."""
    j, anchored = k, False
    while j >= 0 and not t.inq[j] and j not in blocked:
        w = t.low[j]
        if w in lexicon.time_words:
            anchored = anchored or not (w in lexicon.determiners or w in lexicon.cue_modifiers)
        elif not (
            w.isdigit()
            # "on many occasions", "in the past week": a determiner after the opener
            or (
                anchored
                and w in lexicon.determiners
                and j > 0
                and t.low[j - 1] in lexicon.time_openers
            )
        ):
            break
        j -= 1
    if not anchored:
        return k
    while j >= 0 and t.low[j] in lexicon.time_openers and not t.inq[j]:
        j -= 1
    return j


def _np_before_from(t: _Tokens, lexicon: Lexicon, ci: int, blocked: set[int], adverbs: bool):
    k, negated = _skip_modifiers(t, lexicon, ci - 1, 0, adverbs)
    if k > 0 and t.low[k] in lexicon.relative_pronouns and not t.inq[k] and not _acronym(t.raw[k]):
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
        if k >= 0 and t.low[k] in lexicon.platform_words:
            # "unggahan di media sosial Twitter yang menyebutkan ...": where it was posted, the
            # post speaks
            j = start - 1
            where = lexicon.prepositions | lexicon.place_prepositions
            while j > 0 and t.word(j) and not t.cap[j] and t.low[j] not in where:
                j -= 1
            if j > 0 and t.low[j] in where:
                post = _np_back(t, lexicon, j - 1, 0, blocked)
                if post is not None:
                    return post, negated
        if k >= 0 and t.cap[k] and start not in blocked:
            return (start, k + 1), negated
    if k < 0:
        return None, negated
    if k > 1 and t.raw[k] == "," and _generation_before(t, k):
        # "Teodoro Baguilat Jr., also denied": the comma closes the name, not a parenthetical
        k -= 1
    closing = k
    k = _skip_degrees(t, lexicon, _skip_parentheses(t, k))
    if k < 0:
        return None, negated
    # "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) menegaskan": the acronym spells out
    # how far back the name goes
    acronym = t.raw[k + 2] if t.raw[closing] == ")" and closing == k + 3 else None
    j = _skip_time(t, lexicon, k, blocked)
    if 0 <= j < k:
        # "North Korea on Friday said", "Korea Utara pada Jumat (13/10) mengatakan": the
        # speaker stands before the time phrase, which names no one ("Organisasi Kesehatan
        # Dunia (WHO) pada 15 April menyatakan": its acronym too).
        j = _skip_parentheses(t, j)
        again = _skip_time(t, lexicon, j, blocked)
        if 0 <= again < j:
            # "pada Rabu (18/10) waktu setempat": a time phrase after another
            j = _skip_parentheses(t, again)
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
        # "The company, which is based in New Brunswick, New Jersey, denied": the speaker
        # precedes the relative clause set off after it
        for c in range(k - 1, max(0, k - 2 * PARENTHETICAL_MAX), -1):
            if t.inq[c] or c in blocked or t.raw[c] in SENTENCE_PUNCT:
                break
            if t.raw[c] == "," and t.low[c + 1] in lexicon.relative_pronouns and c > 0:
                hit = _np_back(t, lexicon, _skip_parentheses(t, c - 1), 0, blocked)
                if hit is not None and (
                    not (hit[0] > 0 and t.raw[hit[0] - 1] == ",")
                    # (or an opening adjunct before it: "Responding to an urgent question on
                    # Tuesday, Mr Pursglove, who is ..., said")
                    or _opening_adjunct(t, lexicon, hit[0] - 1)
                ):
                    return hit, negated
                # "Jeb Bush, the former Florida governor, who has ...": an apposition before
                # it, read as without the clause
                k = c
                break
        # "Putin, dalam pesannya kepada Kim, mengatakan": the speaker precedes the parenthetical
        # (or several: "Sen. Lindsey Graham, R-S.C., a presidential candidate, said").
        for round_ in range(3):
            m = k - 1
            while (
                m >= 0
                and t.raw[m] != ","
                and not t.inq[m]
                and (m not in blocked or _opening_participle(t, lexicon, m))
                and k - m <= APPOSITION_PARENTHETICAL_MAX
            ):
                m -= 1
            if not (m >= 1 and t.raw[m] == "," and m < k - 1):
                if (
                    round_ == 0
                    and lexicon.possessor_after  # (an English comma there sets off an aside)
                    and k == ci - 1
                    and not (ci + 1 < t.n and t.low[ci + 1] in lexicon.agent_markers)
                ):
                    # "Sekda Kabupaten Kuningan Dian Rahmat Yanuar, menyebut ...": a comma
                    # between the subject that opens the sentence and its cue (not a passive's:
                    # "An Istanbul-based professor, accused by the government of ...")
                    return _subject_set_off(t, lexicon, k, blocked), negated
                return None, negated
            if k == m + 2 and _STATE_ABBREVIATION.match(t.raw[m + 1]) and t.cap[m - 1]:
                # "a retired teacher in Allentown, Pa., said": the place's state, then the rest
                # of the description before it
                k = m
                continue
            if k - m > PARENTHETICAL_MAX + 1 and not (
                (t.low[m + 1] in lexicon.determiners or _title_at(t, lexicon, m + 1))
                # a noun phrase, no clause of its own ("Even if ..., some of its functions
                # would be performed by other agencies, said DeSantis"; a relative clause's
                # verb is the phrase's: "a former aide who has worked for ...")
                and not _clause_in(t, lexicon, m + 1, k)
            ):
                return None, negated
            end = _skip_parentheses(t, m - 1)
            if all(t.low[x] in lexicon.time_words or t.raw[x].isdigit() for x in range(m + 1, k)):
                # "Juwono Sudarsono, Rabu, mengatakan": the day set off names no one
                return _np_back(t, lexicon, end, 0, blocked), negated
            hit = _np_back(t, lexicon, end, 0, blocked) if end >= 0 else None
            if hit is not None:
                inner = [i for i in range(m + 1, k) if t.word(i)]
                # (a rank's arm in brackets may stand inside: "Letkol (Inf) Chandra Kurniawan")
                bracketed = [i for i in range(m + 1, k) if t.raw[i] in "()"]
                if (
                    inner
                    and len(inner) <= 7
                    and sorted(inner + bracketed) == list(range(m + 1, k))
                    and [t.raw[i] for i in bracketed] in ([], ["(", ")"])
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
                            and _bare_or_titled_name(t, lexicon, m + 1, k)
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


def _bare_or_titled_name(t: _Tokens, lexicon: Lexicon, a: int, b: int) -> bool:
    """Whether tokens a..b are a name with no title in it, or titles then a name of two words
    or more ("Inspektur Jenderal Mohamad Fuzi Harun", "Letkol (Inf) Chandra Kurniawan"), not a
    role ("Kepala Bidang Humas")."""
    for start, end in _titles_in(t, lexicon, a, b):
        while a < start and t.raw[a] in "()":
            a += 1
        if start != a:
            return False  # a title after the name began
        a = end
    while a < b and t.raw[a] in "()":
        a += 1
    return a < b


def _holds_role(t: _Tokens, lexicon: Lexicon, a: int, b: int) -> bool:
    """Whether tokens a..b, between a relative pronoun and a titled name, only say that the
    name holds another role ("yang juga menjabat sebagai", "yang juga", "who is also"), not
    what someone did ("yang ditunjuk Presiden Joko Widodo")."""
    words = [t.low[x] for x in range(a, b)]
    while words and words[0] in lexicon.role_adverbs:
        words.pop(0)
    return not words or (words[-1] in lexicon.copulas | lexicon.as_markers and len(words) <= 2)


def _only_titles(t: _Tokens, lexicon: Lexicon, a: int, b: int) -> bool:
    """Whether tokens a..b are titles and nothing else ("Menteri Koordinator Bidang
    Perekonomian")."""
    for start, end in _titles_in(t, lexicon, a, b):
        if start != a:
            return False
        a = end
    return a == b


def _titled_name(t: _Tokens, lexicon: Lexicon, a: int, b: int) -> bool:
    """Whether tokens a..b open on a title and end on a capitalised name after it."""
    titles = _titles_in(t, lexicon, a, b)
    return bool(titles) and titles[0][0] == a and any(t.cap[x] for x in range(titles[-1][1], b))


def _generation_before(t: _Tokens, k: int) -> bool:
    """Whether "Jr.", "Sr." or "III" ends right before token k."""
    word = t.raw[k - 2] if t.raw[k - 1] == "." else t.raw[k - 1]
    return bool(_GENERATION.match(word)) and t.cap[k - 2]


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


# Tokens a run of capitalised words before a phrase may add to its description.
CAPITALISED_DESCRIPTION_MAX = 12


def _description_start(t: _Tokens, lexicon: Lexicon, hit) -> int:
    """Where the description that ends with the phrase ``hit`` starts: back over a joining word
    (``np_inner``, ``description_joiners``) and the words before it, to the sentence's start or a
    punctuation mark ("Anggota DPRD DKI dari Fraksi PKS" for the phrase "Fraksi PKS"), at most
    ``DESCRIPTION_MAX`` words; or back over the capitalised words the phrase was too long to
    hold ("Kepala" of "Kepala Seksi Pengawasan Kantor Imigrasi Kelas I Balikpapan Kalimantan
    Timur"), a slash between them too ("Kepala Penerangan Kodam XVII/Cendrawasih") and a short
    form in brackets ("Kepala Seksi Pidana Khusus (Kasipidsus) Kejari Kuansing")."""
    a = hit[0]

    def capitalised(x: int) -> bool:
        return x >= 0 and t.cap[x] and t.word(x) and not t.inq[x]

    def step(x: int) -> int:
        """Tokens to go back from x over a word or a joined one; 0 at the description's start."""
        if capitalised(x - 1):
            return 1
        if x >= 2 and t.raw[x - 1] == "/" and capitalised(x - 2):
            return 1
        if x >= 4 and t.raw[x - 1] == ")" and t.raw[x - 3] == "(" and capitalised(x - 4):
            return 3
        if x >= 2 and t.low[x - 1] in lexicon.conjunctions and capitalised(x - 2):
            return 1  # "Kepala Dinas Tenaga Kerja dan Perindustrian"
        return 0

    back = step(a)
    if back:
        while back and hit[0] - a < CAPITALISED_DESCRIPTION_MAX:
            a -= back
            back = step(a)
        return a
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


# A state's short form after a place ("Allentown, Pa.", "Austin, TX").
_STATE_ABBREVIATION = re.compile(r"^(?:[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z]\.|[A-Z]{2})$")


def _subject_set_off(t: _Tokens, lexicon: Lexicon, comma: int, blocked: set[int]):
    """The phrase before the comma at token ``comma`` when it opens the sentence (after its
    dateline) and names someone: a title and a name, or a name of two capitalised words or
    more; else None."""
    if comma < 2:
        return None
    hit = _np_back(t, lexicon, _skip_degrees(t, lexicon, comma - 1), 0, blocked)
    start = _dateline_end(t, comma)
    if hit is None or hit[0] < start:
        return None
    if not all(t.cap[x] and t.word(x) for x in range(start, hit[0])):
        return None  # (a phrase too long for one is still the sentence's first)
    hit = (start, hit[1])
    plain = lexicon.function_words | lexicon.conjunctions | lexicon.contrastives
    if any(t.low[x] in plain for x in range(*hit)):
        return None  # ("And Trump, said Sunshine, ...")
    capitals = [x for x in range(*hit) if t.cap[x] and t.word(x)]
    if len(capitals) < 2 or not (
        _titles_in(t, lexicon, *hit) or all(t.cap[x] for x in range(*hit) if t.word(x))
    ):
        return None
    return hit


def _opening_adjunct(t: _Tokens, lexicon: Lexicon, comma: int) -> bool:
    """Whether the words before the comma at token ``comma``, from the sentence's first word,
    are an adjunct with no comma of its own: they open on a preposition, a subordinator, an
    adjunct's opening word or a capitalised participle ("Responding to ...")."""
    first = next((x for x in range(comma) if t.word(x)), None)
    if first is None or "," in t.raw[first:comma] or t.inq[first]:
        return False
    word = t.low[first]
    return (
        word in lexicon.prepositions
        or word in lexicon.subordinators
        or word in lexicon.adjunct_openers
        or _participle_form(lexicon, word)
    )


def _opening_participle(t: _Tokens, lexicon: Lexicon, m: int) -> bool:
    """Whether token m is a past participle right after a comma, opening a phrase set off after
    a subject ("The minister, accused by critics of lying, denied ..."): a cue there does not
    end the subject's parenthetical."""
    return m >= 1 and t.raw[m - 1] == "," and _past_form(t, lexicon, m)


def _clause_in(t: _Tokens, lexicon: Lexicon, a: int, b: int) -> bool:
    """Whether tokens a..b hold a verb of their own: an auxiliary or a copula before any
    relative pronoun."""
    for x in range(a, b):
        if t.low[x] in lexicon.relative_pronouns:
            return False
        if t.low[x] in lexicon.verb_helpers and t.low[x] not in lexicon.as_markers:
            return True
    return False


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


# At most this many words make a quote that only sets a word off ('oknum DPR "pemeras" BUMN').
SCARE_QUOTE_MAX = 3


def _scare_quoted(t: _Tokens, k: int) -> bool:
    """Whether token k stands in a quote of a few words inside the sentence's own words."""
    at = t.st[k]
    for qs, qe in t.quotes:
        if qs <= at < qe:
            return len(t.text[qs + 1 : qe].split()) <= SCARE_QUOTE_MAX
    return False


def _before_relative(t: _Tokens, lexicon: Lexicon, hit, blocked: set[int]):
    """The speaker before a relative clause that the phrase found ends: "The woman who posted
    the video said", "Pihak media yang bersangkutan menyatakan"."""
    if hit is None or _is_pronoun(t, lexicon, *hit):
        # "apa yang ia sebut sebagai hegemoni": the pronoun is the relative clause's subject
        return hit
    q, marks = hit[0] - 1, 0
    while q >= 0 and hit[0] - q - marks <= RELATIVE_CLAUSE_MAX:
        single = t.raw[q] in "'‘’" and not t.inq[q]
        if (
            (t.inq[q] and _scare_quoted(t, q))
            or single
            or (
                t.raw[q] in QUOTE_CHARS
                and any(0 <= x < t.n and t.inq[x] and _scare_quoted(t, x) for x in (q - 1, q + 1))
            )
        ):
            # "yang diduga sebagai oknum DPR 'pemeras' BUMN": a word set off by quotes (its
            # marks are not counted)
            marks += t.raw[q] in QUOTE_CHARS or single
            q -= 1
            continue
        if t.inq[q] or not t.word(q) or _reported_subject(t, lexicon, q, hit, blocked):
            return hit
        if t.low[q] in lexicon.relative_pronouns and not _acronym(t.raw[q]):
            before = _np_back(t, lexicon, q - 1, 0, blocked) if q > 0 else None
            if before is None or (
                _only_titles(t, lexicon, *before)
                and _titled_name(t, lexicon, *hit)
                and _holds_role(t, lexicon, q + 1, hit[0])
            ):
                # "Menteri Koordinator Bidang Perekonomian yang juga menjabat sebagai Ketua
                # Umum Partai Golkar Airlangga Hartarto menganggap": the role the clause
                # describes is the named holder's
                return hit
            return before
        q -= 1
    return hit


def _gerund(t: _Tokens, lexicon: Lexicon, i: int) -> bool:
    """An English -ing form in lower case opening a clause with more words ("claiming that",
    "hiding the report"); not "king", and not a noun like "marketing" in "the head of marketing
    for ..." or at the end."""
    if not (_ing_form(t, i) and i + 1 < t.n and t.word(i + 1)):
        return False
    if t.low[i + 1] not in lexicon.prepositions:
        return True
    return _infinitive_at(t, lexicon, i + 1)  # (or an infinitive: "for failing to spend")


# At most this many words between a channel's preposition and its word ("in a text message").
CHANNEL_PHRASE_MAX = 4


def _past_channel(t: _Tokens, lexicon: Lexicon, m: int) -> int:
    """After a phrase that names the channel at token m ("in a text message", "in an
    interview", "dalam keterangan tertulis"), else m."""
    if m >= t.n or t.low[m] not in lexicon.adjunct_prepositions or t.inq[m]:
        return m
    for k in range(m + 1, min(t.n, m + 2 + CHANNEL_PHRASE_MAX)):
        if not t.word(k) or t.inq[k] or t.cap[k]:
            return m
        if t.low[k] in lexicon.channel_words:
            return k + 1
    return m


# Words between a document and the one who issued it ("released by", "yang dikeluarkan oleh").
ISSUED_WORDS_MAX = 2
# Words before a document that describe it ("a new", "a January 2016"), at most.
DOCUMENT_MODIFIERS_MAX = 2


# Letters of a word opening with a passive prefix that make it a verb ("dilihat"), at least.
PASSIVE_VERB_MIN = 6


def _np_after(
    t: _Tokens, lexicon: Lexicon, k: int, blocked: set[int], agent: bool = False, name_only=False
):
    """(name range, full range) of the phrase that starts at token ``k``, or None."""
    if agent and k < t.n and t.low[k] in lexicon.agent_markers:
        k += 1
    if k < t.n and t.low[k] in lexicon.time_words and (k + 1 >= t.n or not t.word(k + 1)):
        return None  # '"...," bunyi cuitan tersebut, dikutip Selasa, 28 September': a day
    if k < t.n and t.low[k] in lexicon.pronouns and not t.inq[k]:
        # "kata mereka Indonesia tidak memiliki ...": the pronoun alone
        return (k, k + 1), (k, k + 1)
    if k < t.n and t.low[k] in lexicon.object_pronouns and (k + 1 >= t.n or t.raw[k + 1] in ",.;:"):
        # "According to him, ...", "was denied by them." (not "according to her lawyer", 'her
        # "clawback" plan')
        return (k, k + 1), (k, k + 1)
    j = k
    named = listing = False
    while j < t.n and j - k < lexicon.max_np_tokens + LISTED_ITEMS_MAX:
        if t.raw[j] == "," and not t.inq[j] and _institution_list_goes_on(t, lexicon, k, j):
            # "kata Kepala Badan Meteorologi, Klimatologi, dan Geofisika Dwikorita Karnawati":
            # the institution's fields listed, then its head's name
            j, listing = j + 1, True
            continue
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
        # "according to a statement published by Korean state media service KCNA": the
        # document and who issued it
        issued = w in lexicon.agent_markers and (
            (
                j - 2 >= k
                and bool(lexicon.past_suffixes)
                and t.low[j - 1].endswith(lexicon.past_suffixes)
                and any(t.low[x] in lexicon.document_words for x in range(k, j - 1))
            )
            # (or right after the document: "according to a statement by its spokesman")
            or (j - 1 >= k and t.low[j - 1] in lexicon.document_words)
        )
        if (
            w in lexicon.np_stopwords
            and w not in lexicon.determiners
            and not outlet
            and not joins
            and not issued
            and not _acronym(t.raw[j])  # "said the WHO"
        ):
            break
        if j > k and named and not t.cap[j] and w in lexicon.appositive_markers:
            break  # "kata Robert yakni maladministrasi ...": what follows is no part of him
        if (
            j > k
            and named
            and not t.cap[j]
            and w in lexicon.cue_modifiers
            and w not in lexicon.np_inner | lexicon.conjunctions | lexicon.role_links
            and w not in lexicon.description_joiners | lexicon.prepositions
            and not joins
            and (
                j + 1 >= t.n
                or not t.word(j + 1)
                or t.low[j + 1] in lexicon.prepositions | lexicon.trailing_adjuncts
            )
        ):
            # "ujar Johan Budi singkat kepada awak media": how it was said, no part of the name
            break
        if (
            j > k
            and named
            and not t.cap[j]
            and bool(lexicon.passive_prefixes)
            and len(w) >= PASSIVE_VERB_MIN
            and w.startswith(lexicon.passive_prefixes)
        ):
            break  # "ujar Anies Baswedan dilihat dari ...": a verb after the name
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
        if named and _prefixed_verb(t, lexicon, j) and not _title_at(t, lexicon, j):
            break  # "menurut otoritas Lebanon menewaskan enam orang": the name, then its verb
        if (
            named
            and j > k
            and not t.cap[j]
            and j + 1 < t.n
            and (
                t.low[j + 1] in lexicon.relative_pronouns - lexicon.speaking_relatives
                # (or a determiner after its noun: "Menurut Boy informasi tersebut ...")
                or (lexicon.possessor_after and t.low[j + 1] in lexicon.definite_determiners)
            )
            and not _title_at(t, lexicon, j)
            and w not in lexicon.np_inner
        ):
            break  # "Menurut Kemenhan Rusia informasi yang tersebar ...": what it says opens
        if j == k and _prefixed_verb(t, lexicon, j) and j + 1 < t.n and t.quote(j + 1):
            # "rilis berjudul “Kabar Baik! ...”": a verb that introduces a title, no one named
            break
        if (
            named
            and not t.cap[j]
            and w in lexicon.trailing_adjuncts
            and w not in lexicon.np_inner
            and not joins  # "the Russian Ambassador to Indonesia Lyudmila Vorobieva"
        ):
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
        if agent and j > k and w in lexicon.np_inner and j + 1 < t.n and _gerund(t, lexicon, j + 1):
            # "condemned by health experts for claiming ...": a nameless agent too
            break
        if named and w in lexicon.time_words and j + 1 < t.n and t.raw[j + 1] == "(":
            break  # "Dilansir Today Online Kamis (12/9/2019)": the day is not the outlet's
        if named and t.cap[j - 1] and _past_channel(t, lexicon, j) > j:
            break  # "said Heather Nauert at a press briefing": where she said it
        if (
            named
            and j > k
            and not t.cap[j]
            and bool(lexicon.past_suffixes)
            and w.endswith(lexicon.past_suffixes)
            and j + 1 < t.n
            and t.low[j + 1] in lexicon.prepositions - lexicon.agent_markers
            and any(t.low[x] in lexicon.document_words for x in range(k, j))
        ):
            break  # "according to the WSJ report based on unnamed sources": what it rests on
        if named and t.cap[j - 1] and w in lexicon.indefinite_articles:
            break  # "kata Sri Mulyani sebuah akun Facebook ...": a name ends where "a" opens
        named = named or (t.cap[j] and t.low[j] not in lexicon.determiners)
        if w in lexicon.conjunctions:
            if (
                k < j < t.n - 1
                and (t.cap[j - 1] or (listing and t.raw[j - 1] == ","))
                and t.word(j + 1)
                and t.cap[j + 1]
            ):
                j += 1
                continue
            break
        j += 1
    if j == k or all(t.low[x] in lexicon.determiners for x in range(k, j)):
        return None
    comma = j
    bracketed = None
    if j < t.n and t.raw[j] == "(":
        # "anggota MKD asal Fraksi PAN (PAN), Sukiman": an acronym between description and name
        close = next((x for x in range(j + 1, min(t.n, j + 6)) if t.raw[x] == ")"), None)
        if close is not None and close + 1 < t.n and t.raw[close + 1] == ",":
            comma = close + 1
        elif (
            close is not None
            and close + 1 < t.n
            and t.cap[close + 1]
            and t.word(close + 1)
            and not t.inq[close + 1]
            and _has_phrase(t, lexicon, k, j, lexicon.titles)
        ):
            # "oleh Ketua Komisi Pemberantasan Korupsi (KPK) Firli Bahuri": the name after it
            # (after the place the role serves and its own short form too: "Kepala Kejaksaan
            # Negeri (Kajari) Kuantan Singingi (Kuansing) Hari Wibowo")
            m = close + 1
            while m < t.n and not t.inq[m] and m - close <= 8:
                if t.word(m) and t.cap[m]:
                    m += 1
                elif (
                    t.raw[m] == "("
                    and m + 3 < t.n
                    and t.raw[m + 2] == ")"
                    and t.cap[m + 1]
                    and t.cap[m + 3]
                    and t.word(m + 3)
                ):
                    m += 3
                else:
                    break
            bracketed = (close + 1, m), (k, m)
            if not (m < t.n and t.raw[m] == "," and not t.inq[m]):
                return bracketed
            # ("ujar Manager ... (UP3) Magelang, Yunarsih": the place the role serves, then the
            # name set off after it)
            comma = m
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
            or t.low[m] in lexicon.asked_forms  # "..., Daryono dikonfirmasi di Jakarta"
        )
        described = (
            not t.cap[k]
            or _has_phrase(t, lexicon, k, j, lexicon.media_words)
            or _has_phrase(t, lexicon, k, j, lexicon.titles)
        )
        name_words = [t.raw[x] for x in range(comma + 1, m)]
        dated = all(t.low[x] in lexicon.time_words for x in range(comma + 1, m))
        place = _is_place_name(name_words, lexicon)
        # "Dr. Daryono, M.Si", "Rofiq Ripto Himawan, SIK, SH, MH": a degree after the name,
        # no name of its own
        degree = m > comma + 1 and all(
            _degree_word(t, lexicon, x, listed=True) for x in range(comma + 1, m)
        )
        if m > comma + 1 and ends and described and not dated and not place and not degree:
            return (comma + 1, m), (k, m)
    return bracketed or ((k, j), (k, j))


def _institution_and(
    t: _Tokens, lexicon: Lexicon, a: int, i: int, b: int, in_title: set[int]
) -> bool:
    """Whether the conjunction at token i belongs to the name of an institution named before it
    in a run of capitalised words ("Kepala Bidang Informasi Gempabumi dan Peringatan Dini
    Tsunami BMKG Daryono", "Badan Meteorologi, Klimatologi dan Geofisika"), not joining two
    speakers ("Kementerian Luar Negeri dan Presiden Jokowi")."""
    if i + 1 >= b or not t.cap[i + 1] or i + 1 in in_title or t.low[i + 1] in lexicon.institutions:
        return False
    if (
        t.low[b - 1] in lexicon.institutions
        and b - 1 > i + 1
        and all(t.cap[x] and t.word(x) and not _possessive(t, x) for x in range(a, b) if x != i)
        and not _only_places(t, lexicon, a, i)  # ("Russia and Ukraine's Foreign Ministry")
    ):
        return True  # "National Disaster Risk Reduction and Management Council": its word last
    for k in range(i - 1, a - 1, -1):
        if t.raw[k] == "," or (t.low[k] in lexicon.np_inner and k > a and t.cap[k - 1]):
            continue  # "Team of the Ministry of Communications and Multimedia"
        if not t.cap[k]:
            return False
        if t.low[k] in lexicon.institutions:
            return True
    return False


# Capitalised words after a conjunction inside a title's fields, at least: the last field and a
# name of two words.
TITLE_FIELD_AND_NAME = 3


def _title_fields_and(
    t: _Tokens, lexicon: Lexicon, a: int, i: int, b: int, in_title: set[int]
) -> bool:
    """Whether the conjunction at token i joins the fields of a title before it, with no title
    after it: after the title's "of" ("former minister of Lands and Natural Resources") or
    between two common nouns ("Direktur Jenderal Pencegahan dan Pengendalian Penyakit Kemenkes
    RI Maxi Rein Rondonuwu"); not two people ("Menteri Retno dan Menteri Prabowo")."""
    titled = [x for x in range(a, i) if x in in_title]
    if not titled or i + 1 >= b:
        return False
    if _circumfixed(t.low[i - 1], lexicon) and _circumfixed(t.low[i + 1], lexicon):
        return True
    if (
        any(_circumfixed(t.low[x], lexicon) for x in range(titled[-1] + 1, i))
        and sum(1 for x in range(i + 1, b) if t.word(x) and t.cap[x]) >= TITLE_FIELD_AND_NAME
        and not any(x in in_title for x in range(i + 1, b))
    ):
        # "Dirjen Penyelenggaraan Haji dan Umrah Hilman Latief": a field after the portfolio's
        # word, then a name of two words or more
        return True
    # (the fields end the phrase on a portfolio's word: "... and Natural Resources", not "...
    # Court of Appeals and William M. Landes")
    return (
        not any(x in in_title for x in range(i + 1, b))
        and any(t.low[x] in lexicon.portfolio_links for x in range(titled[-1] + 1, i))
        and t.low[b - 1] in lexicon.portfolio_ends
    )


def _portfolio_and(
    t: _Tokens, lexicon: Lexicon, a: int, i: int, b: int, in_title: set[int]
) -> bool:
    """Whether the conjunction at token i joins the words of a portfolio before a title and a
    name ("Legal and Security Affairs Minister Mahfud MD") or before its holder's name ("...
    for Political, Legal and Security Affairs Luhut Pandjaitan"), not two speakers ("Trump and
    Secretary of State Pompeo", "Presiden Jokowi dan Menteri Retno")."""
    if any(x in in_title for x in range(a, i)):
        return False
    # a list of the portfolio's fields: "Political, Legal and ..." (not "Trump and Defense
    # Secretary Pete Hegseth")
    listed = (a > 0 and t.raw[a - 1] == ",") or any(t.raw[x] == "," for x in range(a, i))
    # ... or a portfolio's own words before it: "Energy and Mineral Resources Minister", also
    # after how the role is held ("Caretaker Environment and Water minister")
    first = a
    while first < i - 1 and t.low[first] in lexicon.role_modifiers:
        first += 1
    fields = all(t.low[x] in lexicon.portfolio_ends for x in range(first, i) if t.word(x))
    if not (listed or (fields and i > first)):
        return False
    if not any(x in in_title for x in range(i, b)):
        holder = _holder_after_portfolio(t, lexicon, i + 1, b)
        return holder is not None and all(t.cap[x] and t.word(x) for x in range(i + 1, holder))
    title = next((x for x in range(i + 1, b) if x in in_title), None)
    if title is None or title == i + 1:
        return False
    end = title
    while end < b and end in in_title:
        end += 1
    # the title may be lower-case: "Environment and Water minister Tuan Ibrahim"
    return end < b and all(t.cap[x] for x in range(i + 1, title)) and t.cap[end]


# The shortest word a noun circumfix is read in ("Keyakinan", not "Kean").
CIRCUMFIXED_MIN = 7


def _circumfixed(word: str, lexicon: Lexicon) -> bool:
    """Whether ``word`` has the affixes of a common noun of the language ("keyakinan")."""
    return len(word) >= CIRCUMFIXED_MIN and any(
        word.startswith(p) and word.endswith(s) for p, s in lexicon.noun_circumfixes
    )


def _split_speakers(t: _Tokens, lexicon: Lexicon, a: int, b: int) -> list[tuple[int, int]]:
    if (
        b - a >= 2
        and t.low[b - 1] in lexicon.floating_quantifiers
        and not t.cap[b - 1]
        and t.low[b - 2] not in lexicon.np_inner  # ("Forty-three percent of all")
    ):
        b -= 1  # "The IMF and Spain both denied": the speakers, not how many they are
    first = a
    while first < b - 1 and t.low[first] in lexicon.determiners:
        first += 1
    # "Menteri Komunikasi dan Informatika Budi Arie": a role's own "dan" joins no speakers
    in_title = {i for start, end in _titles_in(t, lexicon, a, b) for i in range(start, end)}
    if t.low[first] in lexicon.institutions and not any(
        t.low[i] in lexicon.conjunctions and i not in in_title and i + 1 in in_title
        for i in range(first, b - 1)
    ):
        # "Kementerian Komunikasi dan Informatika" is one speaker ("Kementerian Kesehatan dan
        # Presiden Jokowi" two)
        return [(a, b)]
    parts, start = [], a
    for i in range(a, b):
        if t.raw[i] == "," and _name_list_comma(t, lexicon, i, b - 1, a):
            if i > start:
                parts.append((start, i))
            start = i + 1
            continue
        if t.low[i] in lexicon.conjunctions and i not in in_title:
            if (
                _institution_and(t, lexicon, a, i, b, in_title)
                or _portfolio_and(t, lexicon, a, i, b, in_title)
                or _title_fields_and(t, lexicon, a, i, b, in_title)
            ):
                continue
            if i > start:
                parts.append((start, i))
            start = i + 1
    if start < b:
        parts.append((start, b))
    head = None
    if len(parts) == 2:
        head = next(
            (x for x in range(*parts[1]) if t.low[x] in lexicon.institutions and t.cap[x]), None
        )
    if (
        head is not None
        # fields before the head, as English names it: "Communication and Information
        # Ministry", not "Presiden Jokowi dan Kementerian Luar Negeri"
        and head > parts[1][0]
        and not any(t.low[x] in lexicon.institutions for x in range(*parts[0]))
        and all(t.cap[x] and not _possessive(t, x) for x in range(parts[1][0], head))
        # after the head only a role: "... Ministry spokesman", not "Ministry officials"
        and all(
            (t.low[x],) in lexicon.titles and not t.low[x].endswith("s")
            for x in range(head + 1, parts[1][1])
        )
        and parts[0][1] - parts[0][0] <= 3
    ):
        # "Indonesia's Communication and Information Ministry (spokesman)": the ministry's own
        # "and"
        return [(a, b)]
    if len(parts) > 1:
        # "Both Pyongyang and Moscow": each speaker without the quantifier
        trimmed = []
        for x, y in parts:
            while x < y - 1 and t.low[x] in lexicon.determiners and t.cap[x + 1]:
                x += 1
            trimmed.append((x, y))
        parts = trimmed
    return parts or [(a, b)]


def _institution_at(t: _Tokens, lexicon: Lexicon, a: int, b: int) -> bool:
    """Whether tokens a..b hold an institution's or an organisation's word ("Polda", "Badan")."""
    return any(
        t.low[x] in lexicon.institutions or t.low[x] in lexicon.organisation_nouns
        for x in range(a, b)
    )


def _only_places(t: _Tokens, lexicon: Lexicon, a: int, b: int) -> bool:
    """Whether tokens a..b are place names and nothing else ("Rusia", "of North Korea", "China
    di Manila": one capitalised word that ends them after a place preposition is a place)."""
    while a < b:
        if t.low[a] in lexicon.np_inner:
            a += 1
            continue
        if t.low[a] in lexicon.region_words and t.cap[a] and a + 1 < b:
            a += 1  # "Kabupaten Kutai Kartanegara": the kind of region, then its name
            continue
        if t.low[a] in lexicon.place_prepositions and a + 2 == b and t.cap[a + 1]:
            return True
        for size in range(min(lexicon.phrase_len, b - a), 0, -1):
            if tuple(t.low[a : a + size]) in lexicon.places:
                a += size
                break
        else:
            return t.low[a] in ("'s", "’s") and a == b - 1
    return True


def _as_written(t: _Tokens, a: int, b: int) -> str:
    """Tokens a..b as the text has them, spaces made single, no closing possessive."""
    return _without_possessive(" ".join(t.text[t.st[a] : t.en[b - 1]].split()))


# Lower-case words of a relation between a possessive and its holder ("sister", "longtime
# friend"), at most.
RELATION_WORDS_MAX = 3


def _clean_name(t: _Tokens, lexicon: Lexicon, a: int, b: int) -> str:
    if not any(t.cap[x] for x in range(a, b)):
        # "kedua pemimpin", "officials": a description, kept whole
        return _as_written(t, a, b)
    if (
        b - a >= 3
        and t.low[b - 1] in lexicon.definite_determiners
        and lexicon.possessor_after
        and _title_at(t, lexicon, a)
    ):
        # "Pelatih Arema FC ini": a role pointed at, no one named in it
        return _as_written(t, a, b)
    while a < b - 1 and (
        t.low[a] in lexicon.determiners
        # "Secara tegas Erick Thohir menyebut": how it was said, then the name
        or (t.low[a] in lexicon.cue_modifiers and not t.cap[a] and t.cap[a + 1])
    ):
        a += 1
    if (
        a < b - 2
        and a > 0
        and t.low[a - 1] in lexicon.determiners
        and t.word(a)
        and not t.cap[a]
        and t.low[a + 1] in lexicon.np_inner
        and (t.low[a],) not in lexicon.titles
        and t.low[a] not in lexicon.document_words | lexicon.closed_words
        and any(t.cap[x] for x in range(a + 2, b))
    ):
        # "The son of Colombian President Gustavo Petro": the son speaks, not the one named
        return _as_written(t, a, b)
    # "Kim Jong Un's sister Kim Yo Jong": a relation to someone named, in lower-case words,
    # then the one who holds it (a name of two words or more that ends the phrase)
    related = next(
        (
            x + 1
            for x in range(a, b - 3)
            if _possessive(t, x)
            and t.cap[x]
            and not t.cap[x + 1]
            and t.word(x + 1)
            and t.low[x + 1] not in lexicon.function_words
        ),
        None,
    )
    if related is not None:
        held = related
        while held < b and held - related < RELATION_WORDS_MAX and t.word(held) and not t.cap[held]:
            held += 1
        if (
            b - held >= 2
            and all(t.cap[y] and _NAME_WORD.match(t.raw[y]) for y in range(held, b))
            and not any(t.low[y] in lexicon.function_words for y in range(related, held))
        ):
            a = held
    # "Menteri Ketenagakerjaan (Menaker) Yassierli": a role's short form, mixed case, then
    # its holder (not a name's initials: "Sanitiar (ST) Burhanuddin")
    short = next(
        (
            x
            for x in range(a + 1, b - 3)
            if t.raw[x] == "("
            and t.raw[x + 2] == ")"
            and t.cap[x + 1]
            and any(ch.islower() for ch in t.raw[x + 1])
            and all(t.cap[y] and t.word(y) for y in range(x + 3, b))
        ),
        None,
    )
    if (
        short is not None
        # (the title, or a role's short form right before the phrase: "(Kajari) Kuantan
        # Singingi (Kuansing) Hari Wibowo")
        and (_titles_in(t, lexicon, a, short) or (a > 0 and t.raw[a - 1] == ")"))
        and not _only_places(t, lexicon, short + 3, b)
    ):
        a = short + 3
        # (and a place after it: "Kementerian Kesehatan (Kemenkes) RI Mohammad Syahril")
        place = phrase_at(t.low[: b - 1], a, lexicon.places)
        if place and all(t.cap[x] for x in range(a + len(place), b)):
            a += len(place)
    if a > 0 and t.raw[a - 1] == ")":
        # "Kepala Pusat Penerangan Hukum (Kapuspenkum) Kejagung Anang Supriatna": after a role's
        # short form, the institution's short name, then its holder
        k = _past_codes(t, lexicon, a, b)
        if k > a and t.cap[k] and t.word(k) and not _code_at(t, lexicon, k):
            a = k
    # "pengacaranya Lisa Banks": whose lawyer is said already, the name is the lawyer's
    owned = next(
        (
            x
            for x in range(a, b - 1)
            if lexicon.possessive_suffixes
            and t.low[x].endswith(lexicon.possessive_suffixes)
            and t.cap[x + 1]
            and not any(t.cap[y] for y in range(a, x + 1))
        ),
        None,
    )
    if owned is not None:
        a = owned + 1
    # "Muallem sapaan Muzakir Manaf": what someone is called, then their name
    for x in range(a + 1, b - 1):
        called = phrase_at(t.low[:b], x, lexicon.nickname_markers)
        if called and x + len(called) < b and t.cap[x + len(called)] and not t.inq[x]:
            a = x + len(called)
            break
    # "Ridwan Kamil alias RK": the name, not what else they go by
    b = next(
        (x for x in range(a + 1, b - 1) if t.low[x] in lexicon.alias_markers and t.cap[x + 1]), b
    )
    # "Han Yong-song di Institut Kajian Amerika ...": the person, not where they work
    at = next(
        (
            x
            for x in range(a + 2, b - 1)
            if t.low[x] in lexicon.place_prepositions
            and t.cap[x - 1]
            and t.cap[x - 2]
            and t.low[x + 1] in lexicon.institutions
            and t.cap[x + 1]
        ),
        None,
    )
    if at is not None and not _titles_in(t, lexicon, a, at):
        b = at
    # "Mr. Burman of the Tax Policy Center": the person, not the body named after "of"
    of = (
        next(
            (
                x
                for x in range(a + 2, b - 2)
                if t.low[x] in lexicon.np_inner
                and t.word(x)
                and t.cap[x - 1]
                and not _title_at(t, lexicon, x - 1)
                and all((t.cap[y] and t.word(y)) or _title_at(t, lexicon, y) for y in range(a, x))
                and all(t.cap[y] or t.low[y] in lexicon.determiners for y in range(x + 1, b))
            ),
            None,
        )
        if t.low[b - 1] in lexicon.institutions
        else None
    )
    if of is not None:
        b = of
    # "A statement from the Israeli military", "a statement released by the Defence
    # Ministry", "keterangan resmi Kemenhan": the one who issued it speaks
    # (past its modifiers: "a new poll by ...", "a January 2016 study by ...")
    document = next(
        (
            x
            for x in range(a, min(b - 1, a + DOCUMENT_MODIFIERS_MAX + 1))
            if t.low[x] in lexicon.document_words
            and all(
                t.word(y) and (not t.cap[y] or t.low[y] in lexicon.time_words) for y in range(a, x)
            )
        ),
        None,
    )
    if document is not None:
        by = b
        if t.low[document + 1] in lexicon.np_inner:
            # (the agent after what the document is of: "an analysis of Federal Election
            # Commission data by Crowdpac", not one who obtained it: "a letter from the
            # American Legion obtained by The Associated Press")
            agent = next(
                (
                    x
                    for x in range(b - 2, document + 1, -1)
                    if t.low[x] in lexicon.agent_markers
                    and t.cap[x + 1]
                    and not _past_form(t, lexicon, x - 1)
                ),
                None,
            )
            if agent is not None:
                by = agent
            elif document == a:
                by = a + 1
        for x in range(document + 1, min(b - 1, document + 2 + ISSUED_WORDS_MAX)):
            if not t.word(x) or t.cap[x] or by < b:
                break
            if t.low[x] in lexicon.agent_markers:
                by = x
        if by == b and lexicon.possessor_after:
            # (whose it is after it: "pernyataan Kementerian Pertahanan", "hasil survei LSI")
            owner = next((x for x in range(a + 1, b) if t.cap[x] or not t.word(x)), b)
            if owner - a - 1 <= ISSUED_WORDS_MAX and owner < b and t.cap[owner]:
                by = owner - 1
        if by < b - 1 and any(t.cap[x] for x in range(by + 1, b)):
            a = by + 1
            while a < b - 1 and t.low[a] in lexicon.determiners:
                a += 1
    # (a word inside a longer title is not a title of its own: "Menteri Koordinator Bidang
    # Perekonomian Airlangga Hartarto" is Airlangga Hartarto, not "Bidang Perekonomian ...")
    titles = _titles_in(t, lexicon, a, b)
    if (
        lexicon.possessor_after
        and titles
        and titles[0][0] - a >= 2
        and titles[-1][1] < b
        and (
            _only_places(t, lexicon, titles[-1][1], b)
            or _institution_at(t, lexicon, titles[-1][1], b)
        )
        and all(
            t.cap[x] and _NAME_WORD.match(t.raw[x]) and not _acronym(t.raw[x])
            for x in range(a, titles[0][0])
        )
        and not _only_places(t, lexicon, a, titles[0][0])
        and not _institution_at(t, lexicon, a, titles[0][0])
    ):
        # "Eri Cahyadi Wali Kota Surabaya mengaku", "Siti Aminah Tardi Anggota Komnas
        # Perempuan membantah": a name, then its role and where it is held
        # (in a language that names the holder of a thing after it; not "Imam Nur Hakim")
        return _as_written(t, a, titles[0][0])
    function_words = lexicon.function_words
    titled = False
    for n, (begin, end) in reversed(list(enumerate(titles))):
        if tuple(t.low[begin:end]) in lexicon.serving_titles:
            break  # "Kuasa hukum Fatia": Fatia's lawyer, not Fatia
        if any(t.low[x] in lexicon.role_links for x in range(titles[0][1], begin)) and n:
            # "Spokesman for Russian president Vladimir Putin": the name is the president's,
            # the speaker the spokesman, who is not named
            break
        # The name after the last title that leaves one: "Foreign Minister Sergei Lavrov" is
        # Lavrov, "juru bicara relawan Singgih Widyastomo" is Singgih Widyastomo, but
        # "Kementerian Luar Negeri Rusia" is the ministry, not Russia, and "Ministry of
        # Defence" and "Officials in Washington" keep their title.
        rest = end
        if rest < b - 1 and t.raw[rest] == "(" and _skip_parentheses_forward(t, rest) < b:
            # "Bakal calon gubernur (Bacagub) Jakarta Ridwan Kamil": the role's short form
            rest = _skip_parentheses_forward(t, rest)
        # (nor after an "and" that goes on with the title: "Kementerian Pendidikan dan
        # Kebudayaan" is whole)
        while (
            rest < b - 1
            and not t.cap[rest]
            and t.low[rest] not in function_words
            and not (rest == end and t.low[rest] in lexicon.conjunctions)
        ):
            rest += 1
        if (
            rest < b
            and t.cap[rest]
            and not _only_places(t, lexicon, rest, b)
            and not any(t.low[x] in lexicon.conjunctions for x in range(rest, b))
            # (a team's role in lower case before one capitalised word is a description:
            # "pelatih Persib", not the person "Persib")
            and not (
                rest == end
                and b == rest + 1
                and not t.cap[begin]
                and begin == a
                and tuple(t.low[begin:end]) in lexicon.team_roles
            )
        ):
            # (a person's name has no "and": "Kementerian Komunikasi dan Informatika" is whole)
            a, titled = rest, True
            break
    # the word right after the last title, if any
    after = t.low[titles[-1][1]] if titles and titles[-1][1] < b else None
    if (
        not titled
        and after is not None
        and (after in lexicon.institutions or _circumfixed(after, lexicon))
    ):
        # "Kepala Bagian Humas Badan Meteorologi, Klimatologi dan Geofisika Hary Djatmiko": an
        # institution listing its fields, its last field one word after the "dan", then the
        # person (not "... Gempabumi dan Peringatan Dini Tsunami BMKG"); or a title's own
        # fields ("Dirjen Penyelenggaraan Haji dan Umrah Hilman Latief")
        joins = [x for x in range(titles[-1][1], b) if t.low[x] in lexicon.conjunctions]
        name = joins[-1] + 2 if joins else b
        code = _last_acronym(t, joins[-1] + 1, b) if joins else None
        if code is not None and all(t.cap[x] for x in range(joins[-1] + 1, code)):
            # (or fields of several words closed by the institution's acronym: "Kepala Pusat
            # Data, Informasi dan Komunikasi Kebencanaan BNPB Abdul Muhari")
            name = code + 1
        if 2 <= b - name <= 3 and all(
            t.cap[x]
            and t.word(x)
            and not _org_code(t.raw[x])
            and t.low[x] not in lexicon.institutions
            for x in range(name, b)
        ):
            a, titled = name, True
    listed = a > 0 and (t.raw[a - 1] == "," or t.low[a - 1] in lexicon.conjunctions)
    if not titled and not titles and listed:
        # "..., Legal and Security Affairs Luhut Pandjaitan": the rest of a portfolio listed
        # after its minister's title, then the holder
        holder = _holder_after_portfolio(t, lexicon, a, b)
        if holder is not None:
            a, titled = holder, True
    if (
        not titled
        and after is not None
        and (
            after in lexicon.role_links
            # "Minister of Foreign Affairs Retno Marsudi": the portfolio, then its holder
            or after in lexicon.portfolio_links
        )
    ):
        # "Coordinating Minister for Political, Legal and Security Affairs Luhut Pandjaitan":
        # the portfolio after "for", then its holder; "Ambassador to China Nicholas Burns": the
        # place, then the holder
        holder = _holder_after_portfolio(t, lexicon, titles[-1][1] + 1, b)
        place = phrase_at(t.low[:b], titles[-1][1] + 1, lexicon.places)
        # (a place only after "to"/"for": "CEO of Washington Restaurant Association" is no one)
        if t.low[titles[-1][1]] not in lexicon.role_links:
            place = None
        if holder is None and place and b - (titles[-1][1] + 1 + len(place)) >= 2:
            holder = titles[-1][1] + 1 + len(place)
            holder = holder if all(t.cap[x] and t.word(x) for x in range(holder, b)) else None
        if holder is not None:
            a, titled = holder, True
    stripped = titled
    while stripped:
        stripped = False
        for size in range(min(lexicon.phrase_len, b - a - 1), 0, -1):
            if tuple(t.low[a : a + size]) not in lexicon.places:
                continue
            after = a + size
            if (
                t.cap[after]
                or t.low[after] in lexicon.role_links
                or t.low[after] in lexicon.place_prepositions
            ):
                a, stripped = after, True
                break
            if (
                after < b - 1
                and t.low[after] in lexicon.role_modifiers
                and not t.cap[after]
                and t.cap[after + 1]
            ):
                # "Wakil Gubernur DKI Jakarta terpilih Sandiaga Uno": the place, how the role
                # is held, then the holder
                a, stripped = after + 1, True
                break
        if (
            titled
            and not stripped
            and a < b - 2
            and t.low[a] in lexicon.role_links | lexicon.place_prepositions
        ):
            # "Duta Besar Rusia untuk Indonesia Lyudmila Verobieva": the place the role serves
            # ("Duta Besar RI di Moskow Jose Tavares": where it serves)
            place = phrase_at(t.low[: b - 1], a + 1, lexicon.places)
            if place and t.cap[a + 1 + len(place)]:
                a, stripped = a + 1 + len(place), True
                continue
        if (
            titled
            and not stripped
            and a < b - 3
            and (t.low[a] in lexicon.organisation_nouns or t.low[a] in lexicon.region_words)
            and all(t.cap[x] for x in range(a + 1, b))
        ):
            # "Ketua Umum Partai Golkar Airlangga Hartarto": the party and its one-word name,
            # then the person; "... Dinas Kesehatan Kota Surabaya Nanik Sukristina": the
            # region, then the person ("Provinsi Jawa Barat Dedi Supandi": a place of several
            # words)
            place = None
            if t.low[a] in lexicon.region_words:
                place = phrase_at(t.low[: b - 1], a + 1, lexicon.places)
            a, stripped = a + 1 + (len(place) if place else 1), True
            continue
        if titled and not stripped and a < b - 3:
            # "Juru Bicara Keamanan Nasional AS John Kirby": what the role covers ends on its
            # country, then the person's two or three names
            for p in range(a + 1, b - 2):
                place = phrase_at(t.low[:b], p, lexicon.places)
                if (
                    place
                    and 2 <= b - (p + len(place)) <= 3
                    and all(t.cap[x] and t.word(x) for x in range(a, b))
                ):
                    a, stripped = p + len(place), True
                    break
            if stripped:
                continue
        if titled and not stripped and t.low[a] in lexicon.institutions:
            # "juru bicara Dewan Keamanan Nasional AS Adrienne Watson": the institution's name
            # ends on its country, then the person
            for p in range(a + 2, min(b - 2, a + INSTITUTION_WORDS_MAX)):
                place = phrase_at(t.low[:b], p, lexicon.places)
                if (
                    place
                    and b - (p + len(place)) >= 2
                    and all(t.cap[x] and t.word(x) for x in range(a, b))
                ):
                    a, stripped = p + len(place), True
                    break
            if stripped:
                continue
        if titled and not stripped and a < b - 2:
            # "Anggota Tim Badan Hukum KPU Setya Indra Arifin": an institution's words closed by
            # its acronym, then the person
            code = _last_acronym(t, a, b)
            if (
                code is not None
                # (or the person's two names or more after it: "Kabag Pemberitaan KPK Ali
                # Fikri")
                and (
                    any(t.low[x] in lexicon.institutions for x in range(a, code))
                    or b - (code + 1) >= 2
                )
                and all(t.cap[x] and t.word(x) for x in range(a, b))
                and not any(_acronym(t.raw[x]) for x in range(code + 1, b))
            ):
                a, stripped = code + 1, True
                continue
        if titled and not stripped and a < b - 1 and _code_at(t, lexicon, a):
            # "Juru bicara BPN Dahnil", "Anggota Komisi I DPR RI Mukhlis Basri", "Anggota
            # Bawaslu Mochamad Afiffudin": the organisation's acronyms, short names and
            # numbers, then the person
            # (and the common nouns of its name after them: "BPJS Kesehatan M. Iqbal")
            k = _past_codes(t, lexicon, a, b, nouns=True)
            if t.cap[k] and not _code_at(t, lexicon, k) and not _only_places(t, lexicon, k, b):
                # (not a role held for a place with no one named: "Kasi Pidsus Kejari Kendal")
                a, stripped = k, True
    end, degrees = b, False
    while end - a > 1 and (
        t.raw[end - 1] in ",." or _degree_word(t, lexicon, end - 1, listed=t.raw[end - 2] == ",")
    ):
        degrees = degrees or t.raw[end - 1] not in ",."
        end -= 1
    if degrees and t.cap[end - 1] and t.word(end - 1):
        b = end  # "IPDA MK Umam SE", "Budi Santoso SE MM": the name, not the degrees
    name = t.text[t.st[a] : t.en[b - 1]]
    if any(t.quote(x) for x in range(a + 1, b - 1)):
        name = _NICKNAME.sub("", name)
    return _without_possessive(" ".join(name.split()))


# How many words an institution's name runs to before its country ("Dewan Keamanan Nasional AS").
INSTITUTION_WORDS_MAX = 6


# 'Teodoro "Teddy" Baguilat Jr.': the nickname is left out of the name
_NICKNAME = re.compile(r"\s+[\"“'‘][^\"“”'‘’]{1,40}[\"”'’](?=\s)")


# How many words a portfolio's holder is named with after it.
HOLDER_WORDS_MIN, HOLDER_WORDS_MAX = 2, 4


def _holder_after_portfolio(t: _Tokens, lexicon: Lexicon, lo: int, b: int) -> int | None:
    """Where the name of a portfolio's holder starts, after the portfolio's last word in
    tokens lo..b ("... Security Affairs | Luhut Pandjaitan"), or None."""
    last = max((x for x in range(lo, b) if t.low[x] in lexicon.portfolio_ends), default=None)
    if last is None or not HOLDER_WORDS_MIN <= b - last - 1 <= HOLDER_WORDS_MAX:
        return None
    if not all(t.cap[x] and t.word(x) for x in range(last + 1, b)):
        return None
    return last + 1


def _without_possessive(name: str) -> str:
    for suffix in ("’s", "'s"):
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


def _code_at(t: _Tokens, lexicon: Lexicon, k: int) -> bool:
    """An organisation's code at token k: an acronym, a roman numeral or a short name written
    as a word ("Bawaslu", "Polri")."""
    return _org_code(t.raw[k]) or (t.cap[k] and t.low[k] in lexicon.short_names)


def _past_codes(t: _Tokens, lexicon: Lexicon, a: int, b: int, nouns: bool = False) -> int:
    """The first token from a, before b's last, past an organisation's codes (``_code_at``),
    and with ``nouns`` the common nouns of its name after the first ("BPJS Kesehatan")."""
    k = a
    while k < b - 1 and (
        _code_at(t, lexicon, k) or (nouns and k > a and _circumfixed(t.low[k], lexicon))
    ):
        k += 1
    return k


def _last_acronym(t: _Tokens, after: int, b: int) -> int | None:
    """The rightmost acronym after token ``after`` and before b's last token, or None."""
    return next(
        (p for p in range(b - 2, after, -1) if _org_code(t.raw[p]) and _acronym(t.raw[p])),
        None,
    )


def _org_code(word: str) -> bool:
    """An acronym, hyphenated ones too ("DPR", "PDI-P"), or a roman numeral ("RI", "I" of
    "Komisi I")."""
    if _ROMAN.match(word):
        return True
    parts = word.split("-")
    return _acronym(parts[0]) and all(p.isalpha() and p.isupper() for p in parts)


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


def _note_roles(
    t: _Tokens,
    lexicon: Lexicon,
    a: int,
    b: int,
    name: str,
    state: _DocState,
    described: bool = False,
):
    """Remember who holds the roles named before a speaker's name ("Kremlin spokesman Dmitry
    Peskov": the spokesman is Peskov), for a later "the spokesman". ``described``: tokens a..b
    are a description set off before the name ("Kapolres Merauke, AKBP Bahara Marpaung")."""
    if not name[:1].isupper() or " ".join(t.text[t.st[a] : t.en[b - 1]].split()) == name:
        return
    first = name.split()[0]
    named_at = next((x for x in range(a, b) if t.raw[x] == first), b)
    titles = _titles_in(t, lexicon, a, b)
    opening = a
    while opening < b and t.low[opening] in lexicon.determiners:
        opening += 1
    if titles and not described and opening < titles[0][0] and titles[-1][1] <= named_at:
        # the whole role with whose it is, for a later "the Kremlin official" (see
        # ``_role_holder``): "kremlin spokesman" of "Kremlin Spokesman Dmitry Peskov"
        state.roles[" ".join(t.low[opening : titles[-1][1]])] = (name, state.sentence_no)
    for start, end in titles:
        if described and t.raw[end - 1].endswith("."):
            continue  # "Mr. Clarke, Mr. Barrett said": an abbreviated title opens a name
        # under the whole role and its head word: "the minister" after "Finance Minister X",
        # but "the prime minister" only after "Prime Minister Y"
        held = (name, state.sentence_no)
        state.roles[" ".join(t.low[start:end])] = held
        state.roles[t.low[end - 1]] = held
        # and with the place or body it is held in, up to the next title or the name: a later
        # "Kapolres Merauke" after "Kapolres Merauke AKBP Bahara Marpaung"
        place = end
        while (
            place < named_at and t.cap[place] and t.word(place) and not _title_at(t, lexicon, place)
        ):
            place += 1
        # (the place ends on another title or on the name, not inside it: "Mr. Trump")
        if place > end and (described or place < named_at or named_at < b):
            state.roles[" ".join(t.low[start:place])] = held


def _other_body(body: list[str], held: str, head: str) -> bool:
    """Whether a role held by no one named (``held`` ends on the role's ``head``: "White House
    spokesman") is of another body than the one a later description names ("the North Korean
    spokesman"): the description's words are not all in it."""
    words = held.lower().split()
    return words[-1:] == head.split()[-1:] and not all(w in words for w in body)


def _role_holder(t: _Tokens, lexicon: Lexicon, a: int, b: int, state: _DocState) -> str | None:
    """The person a bare role stands for ("The spokesman", "the foreign minister"): the one last
    named with that role, a few sentences back at most (each use keeps it so: "Kapolri ...
    Kapolri ..."); None for anything else."""
    start = a
    while a < b - 1 and t.low[a] in lexicon.determiners:
        a += 1
    noted = (
        state.roles.get(" ".join(t.low[a:b])) if tuple(t.low[a:b]) not in lexicon.titles else None
    )
    if (
        noted is not None
        and _title_at(t, lexicon, a)
        and state.sentence_no - noted[1] <= PRONOUN_WINDOW
    ):
        # "Kapolres Merauke" again, held in the same place by the one named with it
        state.roles[" ".join(t.low[a:b])] = (noted[0], state.sentence_no)
        return noted[0]
    if tuple(t.low[a:b]) not in lexicon.titles:
        # "the Kremlin spokesman" after "Russian Presidential Spokesman Dmitry Peskov": a
        # role's head after the name of whose it is, held by the one named with that head
        head = next(
            (
                " ".join(t.low[b - size : b])
                for size in (2, 1)
                if a < b - size
                and tuple(t.low[b - size : b]) in lexicon.titles
                and all(t.cap[x] and t.word(x) for x in range(a, b - size))
                # (a body's word names another body: "The World Anti-Doping Agency" is not
                # "the TASS news agency")
                and t.low[b - 1] not in lexicon.institutions | lexicon.organisation_nouns
                and (t.low[b - 1],) not in lexicon.media_words
            ),
            None,
        )
        definite = a > start and t.low[a - 1] in lexicon.definite_determiners
        held = state.roles.get(head) if head is not None and definite else None
        if held is None and head is not None and definite:
            # "the Kremlin official" after "Kremlin Spokesman Dmitry Peskov": another role's
            # word for the same body, held by the one last named with a role of it
            body = t.low[a : b - len(head.split())]
            held = max(
                (
                    h
                    for role, h in state.roles.items()
                    if len(role.split()) > len(body) and _within(body, role.split())
                ),
                key=lambda h: h[1],
                default=None,
            )
        if held is None or state.sentence_no - held[1] > PRONOUN_WINDOW:
            return None
        if _other_body(t.low[a : b - len(head.split())], held[0], head):
            return None
        state.roles[head] = (held[0], state.sentence_no)
        return held[0]
    role = " ".join(t.low[a:b])
    held = state.roles.get(role)
    if held is not None and state.sentence_no - held[1] <= PRONOUN_WINDOW:
        state.roles[role] = (held[0], state.sentence_no)
        return held[0]
    if (
        held is None
        and all(t.cap[x] for x in range(a, b))
        and tuple(t.low[a:b]) in lexicon.titles
        and not _organisation(" ".join(t.raw[a:b]), lexicon)  # "Kemenkes RI": no person
    ):
        # "Pesan berantai tersebut juga menyebutkan Menteri Agama Lukman Hakim Saifuddin
        # bertemu ... Menteri Agama juga membantah": the one named with that office earlier in
        # the text, though not as a speaker
        named = _named_with_office(t, a, b)
        if named is not None:
            return named
    # "... said Datuk Seri Anwar Ibrahim. The Prime Minister stressed": an office spelt with
    # capitals and held by no one named is the person who spoke just before, if a person
    if (
        held is None
        and all(t.cap[x] for x in range(a, b))
        # (an institution's short name is no office: "Kemenkes menegaskan bahwa Menkes
        # Terawan ... tidak pernah menyatakan" is the ministry's)
        and not _organisation(" ".join(t.raw[a:b]), lexicon)
        and state.last_named
        and state.sentence_no - state.last_named_at <= 1
        and len(state.last_named) == 1
        and not _may_be_plural(state.last_named, lexicon)
        and not _organisation(state.last_named[0], lexicon)
    ):
        return state.last_named[0]
    return None


# Words of a name named right after an office earlier in the text, at most.
OFFICE_NAME_MAX = 4


def _named_with_office(t: _Tokens, a: int, b: int) -> str | None:
    """The last name written right after the office at tokens a..b earlier in the text
    ("Menteri Agama Lukman Hakim Saifuddin"), or None."""
    office = re.escape(" ".join(t.raw[a:b]))
    word = r"[A-Z][\w'’-]*"
    pattern = re.compile(rf"\b{office}\s+((?:{word}\s+){{0,{OFFICE_NAME_MAX - 1}}}{word})\b")
    names = [m.group(1) for m in pattern.finditer(t.text, 0, t.st[a])]
    if not names or all(_org_code(w) for w in names[-1].split()):
        return None
    return names[-1]


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
            # "Siti Nadia" after "Juru Bicara ... Siti Nadia Tarmizi": the same person, two of
            # the names of one named with a role (a name in a headline's run of capitals is not
            # one: "Glenn Beck Blasts Drudge")
            holders = {held for held, _ in state.roles.values()}
            longer = next(
                (
                    full
                    for full in reversed(state.full_names)
                    if full in holders
                    and _within(words, full.split())
                    and not _GENERATION.match(full.split()[-1])
                ),
                None,
            )
            if longer is not None:
                return longer
            if name in state.full_names:
                state.full_names.remove(name)
            state.full_names.append(name)
        return name
    if len(words) == 1 and words[0][:1].isupper() and (words[0].lower(),) not in lexicon.places:
        for full in reversed(state.full_names):
            if words[0] in _name_parts(full):
                return _named_from(full, words[0], lexicon, state)
    return name


# Words a full name keeps from the one a later mention opens on, at least.
NAMED_FROM_MIN = 2


def _named_from(full: str, first: str, lexicon: Lexicon, state: _DocState) -> str:
    """The full name from the word a later mention calls its speaker by, when that word is not
    its first and two words or more are left: in a language that names the holder of a thing
    after it, the words before are a body's, read into the name ("Telkomsel Saki Hamsat
    Bramono", then "Saki": Saki Hamsat Bramono); else ``full``. Remembered in
    ``state.renamed``."""
    parts = full.split()
    if not lexicon.possessor_after or first not in parts:
        return full
    i = parts.index(first)
    if i == 0 or len(parts) - i < NAMED_FROM_MIN:
        return full
    lead = parts[:i]
    # (a given name or an initial before it is the person's: "Siti Nadia Tarmizi", then
    # "Nadia"; "M. Iqbal Anas Ma'ruf", then "Iqbal")
    if len(lead) == 1 and not (
        _acronym(lead[0])
        or any(ch.isupper() for ch in lead[0][1:])
        or lead[0].lower() in lexicon.institutions | lexicon.organisation_nouns
        or (lead[0].lower(),) in lexicon.places
    ):
        return full
    named = " ".join(parts[i:])
    state.renamed[full] = named
    state.full_names = [named if n == full else n for n in state.full_names]
    return named


def _within(words: list[str], longer: list[str]) -> bool:
    """Whether ``words`` run, in order and together, inside the longer ``longer``."""
    n = len(words)
    return n < len(longer) and any(longer[i : i + n] == words for i in range(len(longer) - n + 1))


def _organisation(name: str, lexicon: Lexicon) -> bool:
    """Whether a speaker's name is an organisation's or a country's, not a person's: a place
    ("Pyongyang", "Korea Utara"), an outlet ("Al Jazeera"), an acronym ("KPU", "PML-N") or a
    name with an institution's or organisation's word ("Election Commission", "Partai
    Demokrat", "Congress")."""
    words = name.split()
    last = words[-1].lower() if words else ""
    if (
        len(words) > 1
        and (last,) in lexicon.titles
        and last not in lexicon.institutions | lexicon.organisation_nouns
    ):
        return False  # "Myanmar government spokesman": a person, by their role
    return (
        _is_place_name(words, lexicon)
        or tuple(words) in lexicon.outlets
        or any(_acronym(w.split("-")[0]) for w in words)
        or any(
            w.lower() in lexicon.institutions
            or w.lower() in lexicon.organisation_nouns
            or w.lower() in lexicon.short_names  # "Kejari Kuansing", "Polri"
            for w in words
        )
    )
