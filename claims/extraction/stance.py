"""Whether what a statement says denies: negations, words of falsehood, first-person denials.

The extractor reads a statement's stance from its cue ("denied", "membantah"); this module
reads the content for what makes an assertion a denial ("the report is not true", "itu hoaks",
"We categorically deny any involvement"), language by language through the lexicon.
"""

from __future__ import annotations

from .lexicon import Lexicon
from .sentences import QUOTE_CHARS
from .tokens import SENTENCE_PUNCT, _ing_form, _prefixed_verb, _title_at, _Tokens, phrase_at

# Words of content checked for a negation that turns an assertion into a denial.
NEGATION_WINDOW = 8
# Words after a relative pronoun in which a negation is the relative clause's own: the negation,
# after at most a copula or an auxiliary ("who has never shown").
RELATIVE_NEGATION_WORDS = 2
# "called the allegations fake": at most this many words name what is called so
NAMED_OBJECT_MAX = 5


def is_negation(word: str, lexicon: Lexicon) -> bool:
    return word in lexicon.negations or word.endswith(("n't", "n’t"))


def denying(words: list[str], lexicon: Lexicon, counted: int | None = None) -> bool:
    """Whether a negation among these words denies: not one beside a ``non_denial_markers``
    word, which states an intention, a need, a hedge or a judgement ("we will not back down",
    "won't comment", "warga tidak perlu panik", "there is no doubt", "Ahok tidak jujur")."""
    for i, word in enumerate(words[:counted]):
        if not is_negation(word, lexicon) or word in lexicon.non_denial_markers:
            continue
        if not {*words[max(0, i - 1) : i], *words[i + 1 : i + 2]} & lexicon.non_denial_markers:
            return True
    return False


def calls_it_false(t: _Tokens, lexicon: Lexicon, first: int, last: int, naming: bool) -> bool:
    """Whether the content calls something false: it opens with a word of falsehood ("Bohong
    dan hoaks ...", "complete garbage") or has one after a copula ("the allegations had been
    total bluff", "itu hoax", "described US claims as pure fabrication"), with only intensifiers
    between; after a naming cue it may follow the thing named ("called the allegations fake").
    A falsehood word elsewhere ("police said he spread hoaxes") is no denial."""
    if not lexicon.falsehood_words:
        return False
    words = [i for i in range(first, last) if t.word(i)]
    # "a false flag operation": a term made with a word of falsehood calls nothing false
    terms = set()
    for i in range(first, last):
        term = phrase_at(t.low, i, lexicon.not_falsehoods)
        if term is not None:
            terms.update(range(i, i + len(term)))
    if terms:
        words = [i for i in words if i not in terms]
    copular = {n + 1 for n, i in enumerate(words) if t.low[i] in lexicon.copulas}
    starts = [0, *sorted(copular)]
    if naming:
        starts += range(1, min(len(words), NAMED_OBJECT_MAX + 1))
    # After "that"/"bahwa" the word must stand alone too: "menemukan fakta bahwa tidak benar"
    alone = {0} | {n + 1 for n, i in enumerate(words) if t.low[i] in lexicon.complementizers}
    starts += sorted(alone - {0})
    # (a claim named first may be called false at the end whatever the cue, below)
    opener = [x for x in words[:2] if t.low[x] not in lexicon.determiners][:1]
    claimed = any(
        t.low[x] in lexicon.rumour_nouns or any(c.possessed for c in lexicon.cues.get(t.low[x], ()))
        for x in opener
    )
    # A negated truth that ends the content is said of what comes before it, copula or not:
    # "masyarakat sudah mengetahui kabar cerainya tidak benar"
    for size in range(min(lexicon.phrase_len, len(words)), 0, -1):
        phrase = tuple(t.low[i] for i in words[-size:])
        if phrase not in lexicon.falsehood_words or len(words) == size:
            continue
        if size > 1 and is_negation(phrase[0], lexicon):
            return True
        if (
            # (or a claim named first, whatever the cue: "menyebut klaim penjaga pantai China
            # soal tabrakan di Laut China Selatan menyesatkan")
            (naming or claimed)
            and (
                t.low[words[-size] - 1] not in lexicon.conjunctions
                # two words of falsehood joined ("deceptive and misleading")
                or (t.low[words[-size] - 2],) in lexicon.falsehood_words
            )
            and not any(
                t.low[i] in lexicon.relative_pronouns | lexicon.complementizers
                for i in words[:-size]
            )
        ):
            # "called Ukraine's claims regarding the transfer of drones to Russia unfounded":
            # what is named, however long, then what it is called (not "menilai ... yang
            # menggunakan kabar bohong atau hoax")
            return True
        # The predicate of a subject without a copula: "berita itu (aksi ...) hoax",
        # "informasi tersebut, tidak benar atau hoaks"; not "he spread hoaxes"
        before = words[-size] - 1
        if t.raw[before] in ",)" or t.low[before] in lexicon.determiners:
            return True
        if t.raw[before] in QUOTE_CHARS + "'‘" and any(
            t.low[i] in lexicon.cue_words for i in words[:-size]
        ):
            # a quoted verdict on the claim it follows, as headlines put it: "BJP's charges
            # against Rahul 'concocted', says Congress"; not "he spread 'hoaxes'"
            return True
        if _negated_truth_before(t, lexicon, words[:-size]):
            return True
    for start in starts:
        n = start
        while n < len(words) and t.low[words[n]] in lexicon.intensifiers and n - start < 3:
            n += 1
        coordinated = (
            start in copular
            and n + 2 < len(words)
            and t.low[words[n + 1]] in lexicon.conjunctions
            and (t.low[words[n]],) not in lexicon.falsehood_words
        )
        if coordinated:
            n += 2  # "the report was biased and false": the second of two things it is called
        if n < len(words):
            for size in range(min(lexicon.phrase_len, len(words) - n), 0, -1):
                phrase = tuple(t.low[words[n + k]] for k in range(size))
                if phrase not in lexicon.falsehood_words:
                    continue
                after = words[n + size - 1] + 1
                # At the opening the word must stand alone ("Complete garbage.", "Hoaks dan
                # fitnah"), not describe what follows ("false claims spread online").
                # (the second of two ends what is said: not "was strong and false claims
                # were spreading")
                if coordinated and not (after >= last or not t.word(after)):
                    continue
                if (
                    start not in alone
                    or after >= last
                    or not t.word(after)
                    or t.low[after] in lexicon.conjunctions
                    # "Hoax related to the seven containers ... was very cruel", "hoaks soal
                    # vaksin mengandung chip sangat meresahkan": what it was about, then what
                    # is said of it (not "propaganda on state television portrayed ...")
                    or (
                        start == 0
                        and _opens_phrase(t, after, last, lexicon.topic_linkers)
                        and any(_said_of(t, lexicon, x) for x in range(after + 1, last))
                    )
                ):
                    return True
    return False


def _said_of(t: _Tokens, lexicon: Lexicon, i: int) -> bool:
    """Whether token i opens what is said of something: a copula ("was") or a word of degree
    ("sangat"), not "as"."""
    return t.low[i] in (lexicon.copulas - lexicon.as_markers) | lexicon.degree_words


def _opens_phrase(t: _Tokens, i: int, last: int, phrases) -> bool:
    """Whether one of ``phrases`` starts at token i, before ``last``."""
    phrase = phrase_at(t.low, i, phrases)
    return phrase is not None and i + len(phrase) < last


# Words of a clause opened by "that"/"bahwa" inside a content in which its negation is looked
# for: its subject and verb, not a relative clause's far end ("the jet that crashed in the Tver
# region with no survivors").
CLAUSE_NEGATION_WINDOW = 5
# Capitalised words counted there as one name at most ("the China Coast Guard ship"): title-case
# text is not one long name.
NAME_RUN_MAX = 4


FIRST_PERSON_WINDOW = 10


def _denies_in_person(t: _Tokens, lexicon: Lexicon, first: int, last: int) -> bool:
    """Whether the content opens with the speaker denying in the first person: "We
    consistently, categorically deny any involvement", "Kami membantah tudingan itu"; or, in
    reported speech, with a pronoun for the speaker: "(Adler said) it strongly rejected"."""
    words = [i for i in range(first, min(last, first + 2 * FIRST_PERSON_WINDOW)) if t.word(i)]
    for n, i in enumerate(words):
        if t.low[i] not in lexicon.first_person and not (n == 0 and t.low[i] in lexicon.pronouns):
            continue
        for j in words[n + 1 : n + 1 + FIRST_PERSON_WINDOW]:
            if any(
                c.stance == "denies" and not c.participle for c in lexicon.cues.get(t.low[j], ())
            ):
                return True
    return False


def content_denies(
    t: _Tokens,
    lexicon: Lexicon,
    stance: str,
    first: int,
    last: int,
    *,
    naming: bool = False,
    directive: bool = False,
) -> bool:
    """Whether the content in tokens first..last, said with the cue's ``stance``, denies.

    An assertion denies when its opening (or the opening of a "that"/"bahwa" clause in it) is
    negated, when it calls something false, or when the speaker denies in the first person; a
    call ("urged X not to") does not, but for the first person. An accusation by a naming cue
    denies what it names ("slammed the report as false").
    """
    if _falsehood_before(t, lexicon, first):
        return True  # "accused the U.S. of spreading lies that it supplied arms to Russia"
    if stance == "accuses":
        return (naming and calls_it_false(t, lexicon, first, last, True)) or _named_false(
            t, lexicon, first, last
        )
    if stance == "confirms":
        # "mengkonfirmasi bahwa promosi itu adalah tidak benar": what is confirmed is a denial
        return calls_it_false(t, lexicon, first, last, naming)
    if stance not in ("asserts", "reports"):
        return False
    if _denies_in_person(t, lexicon, first, last) or _falsehood_told(t, lexicon, first, last):
        return True
    if directive:
        return False
    # A relative clause's negation says what its noun is, not that anything is denied: one
    # right after its pronoun, or after the pronoun and a copula ("memiliki video yang belum
    # terpublikasi", "Mr. Trump, who is not taking large donations, fits that bill"); not the
    # main clause's after it ("vaksin yang beredar tidak mengandung babi", "someone who
    # doesn't answer questions can't be president" deny).
    # (past an apposition after the subject: "Mr Ken Ofori-Atta, the Minister of Finance, has
    # not resigned")
    aside = _apposition(t, lexicon, first, last) | _bracketed(t, first, last)
    read = [i for i in range(first, last) if i not in aside][:NEGATION_WINDOW]
    words = [i for i in read if t.word(i)]
    masked: set[int] = set()
    for n, i in enumerate(words):
        if not n or t.low[i] not in lexicon.relative_pronouns:
            continue
        after = words[n + 1 : n + 1 + RELATIVE_NEGATION_WORDS]
        for m, j in enumerate(after):
            if is_negation(t.low[j], lexicon):
                masked.update([i, *after[: m + 1]])
                break
            if (
                t.low[j]
                not in lexicon.copulas
                | lexicon.passive_auxiliaries
                | lexicon.auxiliaries
                | lexicon.degree_words  # "konsekuensi yang sangat tidak diinginkan"
            ):
                break
    window = [i for i in words if i not in masked]
    # the word after the window is read too, as a negation's neighbour only ("Ahok enggak
    # pantas" with "enggak" last in the window)
    after = next((i for i in range(read[-1] + 1, last) if t.word(i)), None) if read else None
    head = [t.low[i] for i in window] + ([t.low[after]] if after is not None else [])
    # "berikan klarifikasi bahwa individu itu bukan diplomat": the clause after "bahwa" opens too
    return (
        denying(head, lexicon, counted=len(window))
        or denying(_clause_heads(t, lexicon, first, last), lexicon)
        or denying(_after_opening_adjunct(t, lexicon, first, last), lexicon)
        or _long_subject_negated(t, lexicon, first, last)
        or calls_it_false(t, lexicon, first, last, naming)
        or misleads_into(t, lexicon, first, last)
    )


# Tokens of a subject before its apposition, and of the apposition, at most.
APPOSITION_SUBJECT_MAX = 5
APPOSITION_MAX = 10


def _bracketed(t: _Tokens, first: int, last: int) -> set[int]:
    """The tokens of what stands in square brackets in tokens first..last, the brackets too:
    what the reporter added ("The allegations [by NGO Human Rights Watch] are not ...")."""
    inside, opened = set(), None
    for k in range(first, last):
        if t.raw[k] == "[":
            opened = k
        elif t.raw[k] == "]" and opened is not None:
            inside.update(range(opened, k + 1))
            opened = None
    return inside


def _apposition(t: _Tokens, lexicon: Lexicon, first: int, last: int) -> set[int]:
    """The tokens of an apposition set off by commas right after a capitalised subject that
    opens the content ("Mr Ken Ofori-Atta[, the Minister of Finance,] has not resigned"), or of
    an attribution set off there ("Istilah tersebut[, ujar dia,] sama sekali tidak ..."), with
    its commas; empty when there is none."""
    if first >= last:
        return set()
    opening = next(
        (
            k
            for k in range(first + 1, min(last, first + APPOSITION_SUBJECT_MAX + 1))
            if t.raw[k] == "," and not t.inq[k]
        ),
        None,
    )
    if opening is None or opening + 1 >= last:
        return set()
    head = opening + 1
    closing = next(
        (
            k
            for k in range(head + 1, min(last - 1, head + APPOSITION_MAX))
            if t.raw[k] == "," and not t.inq[k]
        ),
        None,
    )
    if closing is None:
        return set()
    apposition = t.cap[first] and (
        t.low[head] in lexicon.determiners or _title_at(t, lexicon, head)
    )
    attribution = any(t.low[x] in lexicon.cue_words for x in range(head, closing))
    return set(range(opening, closing + 1)) if apposition or attribution else set()


# Words after a falsehood and what introduces what it held, for the content to deny that
# ("hoaxes linking mysterious acute hepatitis cases with COVID-19 vaccination").
FALSEHOOD_HELD_MIN = 4


def _falsehood_before(t: _Tokens, lexicon: Lexicon, first: int) -> bool:
    """Whether the content opening at token ``first`` is what a falsehood held: "that" after a
    word of falsehood ("accused the U.S. of spreading lies that it supplied arms to Russia": the
    speaker holds it false)."""
    if first < 2 or t.low[first - 1] not in lexicon.complementizers:
        return False
    return any(
        tuple(t.low[first - 1 - size : first - 1]) in lexicon.falsehood_words
        for size in range(1, min(lexicon.phrase_len, first - 1) + 1)
    )


def _falsehood_told(t: _Tokens, lexicon: Lexicon, first: int, last: int) -> bool:
    """Whether the content tells what a falsehood held: a word of falsehood, then a
    ``held_linkers`` phrase and a few words ("(be wary of) hoaxes linking mysterious acute
    hepatitis cases with COVID-19 vaccination"). The speaker holds that false. A falsehood
    named by its topic ("the spread of lies on social media") says nothing it held."""
    for i in range(first, last):
        if not t.word(i):
            continue
        # one word ("hoaxes", "lies", "hoaks"), not a phrase that also means otherwise ("a
        # group made up of party leaders")
        word = t.low[i]
        singular = {(word,), (word[:-1],), (word[:-2],)} if word.endswith("s") else {(word,)}
        if not singular & lexicon.falsehood_words:
            continue
        at = i + 1
        linker = phrase_at(t.low, at, lexicon.held_linkers)
        if linker is None:
            # or a rumour called false, then what it was of: "spreading a groundless 'rumor of
            # arms dealings' between the DPRK and Russia", "isu bohong soal ..."
            at = _rumour_beside(t, lexicon, i)
            linker = None if at is None else phrase_at(t.low, at, lexicon.topic_linkers)
        if linker is None:
            continue
        held = 0
        for k in range(at + len(linker), last):
            if t.raw[k] in SENTENCE_PUNCT:
                break
            held += t.word(k)
        if held >= FALSEHOOD_HELD_MIN:
            return True
    return False


def _rumour_beside(t: _Tokens, lexicon: Lexicon, i: int) -> int | None:
    """Where what a rumour held would start, when the word of falsehood at token i describes a
    rumour noun right beside it, quote marks passed ("groundless 'rumor", "isu bohong"); None
    when there is none."""
    marks = QUOTE_CHARS + "'‘’"
    k = i + 1
    while k < t.n and t.raw[k] in marks:
        k += 1
    if k < t.n and t.low[k] in lexicon.rumour_nouns:
        return k + 1
    k = i - 1
    while k >= 0 and t.raw[k] in marks:
        k -= 1
    if k >= 0 and t.low[k] in lexicon.rumour_nouns and lexicon.verb_prefixes:
        return i + 1  # (in a language whose adjective follows its noun)
    return None


def _verb_like(t: _Tokens, lexicon: Lexicon, i: int) -> bool:
    """Whether token i is a verb of its own inside a content: a cue word, an English -ing
    form, or a word with an active verb prefix ("menyebut")."""
    if not t.word(i) or t.cap[i]:
        return False
    return t.low[i] in lexicon.cue_words or _ing_form(t, i) or _prefixed_verb(t, lexicon, i)


def _named_false(t: _Tokens, lexicon: Lexicon, first: int, last: int) -> bool:
    """Whether the content names what it is said of as a falsehood: "(menuding) pemberitaan
    Reuters ... sebagai berita bohong alias hoaks", "(branded) the report as a fabrication"."""
    for i in range(first, last):
        if t.low[i] not in lexicon.as_markers or t.inq[i]:
            continue
        if any(_verb_like(t, lexicon, x) for x in range(first, i)):
            # "accused the government of dismissing the torture reports as fake": the "as" is
            # another verb's
            return False
        n = i + 1
        while n < last and (t.low[n] in lexicon.intensifiers or not t.word(n)):
            n += 1
        if any(tuple(t.low[n : n + len(p)]) == p for p in lexicon.falsehood_words):
            return True
    return False


# how far a belief word may stand after the verb: "mislead the general public into believing"
MISLED_WINDOW = 5


def misleads_into(t: _Tokens, lexicon: Lexicon, first: int, last: int) -> bool:
    """Whether the content says someone may be misled into believing something (see
    ``misled_belief_at``): the speaker holds it false."""
    words = [t.low[i] for i in range(first, last) if t.word(i)]
    return misled_belief_at(words, lexicon) is not None


def misled_belief_at(words: list[str], lexicon: Lexicon) -> int | None:
    """Where, in these lower-case words, the belief one may be misled into stands ("this could
    mislead the public into believing that ..." -> the index of "believing"), or None. The
    deceiving verb follows a word of possibility, with no negation ("does not mislead anyone
    into thinking" denies nothing; "tricked the victims into thinking they had won" accuses),
    and the belief word comes within ``MISLED_WINDOW`` words after it."""
    for n, word in enumerate(words):
        before = words[max(0, n - 2) : n]
        if (
            word in lexicon.deceiving_verbs
            and any(w in lexicon.possibility_modals for w in before)
            and not any(is_negation(w, lexicon) for w in before)
        ):
            for k in range(n + 1, min(n + 1 + MISLED_WINDOW, len(words))):
                if words[k] in lexicon.belief_words:
                    return k
    return None


def _clause_heads(t: _Tokens, lexicon: Lexicon, first: int, last: int) -> list[str]:
    """The opening words of each clause that a complementizer starts inside a content. A name
    of several capitalised words counts as one ("that the China Coast Guard ship did not
    direct lasers"); "that" after a preposition opens no clause ("at that point, the Republican
    Party no longer stands for anything")."""
    out: list[str] = []
    for k in range(first, last):
        if t.low[k] not in lexicon.complementizers or (k and t.low[k - 1] in lexicon.prepositions):
            continue
        counted = 0
        for i in range(k + 1, last):
            if counted == CLAUSE_NEGATION_WINDOW:
                break
            if t.word(i):
                out.append(t.low[i])
                if (
                    t.cap[i]
                    and i + 1 < last
                    and t.cap[i + 1]
                    and t.word(i + 1)
                    and not (i >= NAME_RUN_MAX and all(t.cap[i - NAME_RUN_MAX : i]))
                ):
                    continue  # the name goes on
            counted += 1
    return out


# At most this many words make a subject of nouns and prepositional phrases whose predicate a
# negation opens.
LONG_SUBJECT_MAX = 20


def _long_subject_negated(t: _Tokens, lexicon: Lexicon, first: int, last: int) -> bool:
    """Whether a negation opens the predicate after a long subject made of nouns and their
    prepositional phrases only, in a language whose verbs show by their prefix ("informasi
    mengenai adanya peringatan bom bunuh diri dari Pemerintah Jepang terhadap warganya di Asia
    Tenggara bukan berasal dari Kedutaan Besar Jepang"). A verb, a relative pronoun, a
    complementizer or a punctuation mark before the negation makes it no subject's."""
    if not lexicon.verb_prefixes:
        return False
    for seen, i in enumerate(range(first, min(last, first + LONG_SUBJECT_MAX + 1))):
        if not t.word(i):
            return False
        w = t.low[i]
        if is_negation(w, lexicon):
            return seen > NEGATION_WINDOW and i + 1 < last and t.word(i + 1)
        if (
            w in lexicon.relative_pronouns
            or w in lexicon.complementizers
            or w in lexicon.cue_words
            or w in lexicon.conjunctions
            or (
                _prefixed_verb(t, lexicon, i)
                and (w,) not in lexicon.topic_linkers
                and w not in lexicon.prepositions
            )
        ):
            return False
    return False


# At most this many words make an adjunct set off before a content's clause.
OPENING_ADJUNCT_MAX = 12


def _after_opening_adjunct(t: _Tokens, lexicon: Lexicon, first: int, last: int) -> list[str]:
    """The opening words of the clause after an adjunct that opens the content and is set off
    by a comma ("Based on the investigation by the special team, there was no shootout",
    "Berdasarkan hasil penyelidikan, tidak ada ..."), else none."""
    words = [i for i in range(first, last) if t.word(i)]
    if not words:
        return []
    opener = t.low[words[0]]
    if not (
        opener in lexicon.prepositions
        or opener in lexicon.adjunct_prepositions
        or opener in lexicon.subordinators
        or opener in lexicon.adjunct_openers
    ):
        return []
    comma = next(
        (
            i
            for i in range(words[0], min(last, words[0] + 2 * OPENING_ADJUNCT_MAX))
            if t.raw[i] == ","
        ),
        None,
    )
    if comma is None or sum(1 for i in words if i < comma) > OPENING_ADJUNCT_MAX:
        return []
    clause = [t.low[i] for i in words if i > comma][:CLAUSE_NEGATION_WINDOW]
    if clause and clause[0] in lexicon.relative_pronouns:
        return []  # "If we go to a contested convention, where nobody has the majority, ..."
    return clause


def _negated_truth_before(t: _Tokens, lexicon: Lexicon, body: list[int]) -> bool:
    """Whether a negated truth ends ``body``, or ends it but for one joining word: "tidak benar
    atau hoaks", "not true, a hoax"."""
    for cut in (0, 1):
        words = body[: len(body) - cut]
        for n in range(min(lexicon.phrase_len, len(words)), 1, -1):
            phrase = tuple(t.low[i] for i in words[-n:])
            if phrase in lexicon.falsehood_words and is_negation(phrase[0], lexicon):
                return True
    return False
