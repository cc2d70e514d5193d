"""Finding the claim a statement repeats, supports or denies, and keeping claims searchable.

Two signals are fused: the multilingual embedding (pgvector HNSW on PostgreSQL, an exact
in-process scan on SQLite, same interface and results) and a lexical one over alias-normalised
tokens (PostgreSQL full-text search, or BM25 in-process), so that "Korut", "Korea Utara" and
"North Korea" meet. Thresholds come from claims/calibration.json, fitted on labelled data.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import re
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import numpy as np
from django.conf import settings
from django.db import DatabaseError, connection, transaction

from sources.models import ActorAlias

from .embedding import embed_in_languages, get_embedder
from .extraction.tokens import phrase_at
from .fusion import (
    Signals,
    actor_agreement,
    cosine_floor,
    coverage,
    decision_score,
    margin_floor,
    margins,
    plausible,
    rank_score,
)
from .fusion import lexical_rank as lexical_rank_by_words
from .lexical import _WORD as _PLAIN_WORD
from .lexical import BM25Index, content_tokens, lexical_document, query_text, text_key
from .models import SUPPORTING_STANCES, Claim, ClaimLink, Stance, Statement

logger = logging.getLogger(__name__)

CANDIDATES = 20
# HNSW graph and search parameters (bench/latency measures recall@10 against an exact scan).
# At a million claims recall@10 varies from build to build of the same graph: m 24 /
# ef_construction 128 gave 0.928-0.963 at ef_search 400 over eight builds; the denser m 32 / 200
# (twice the build time) gave 0.961 and 0.965 in two builds, 0.01-0.02 more at every ef_search.
# Since vectors are centred on their language (claims.embedding) they are less crowded: three
# builds gave 0.974, 0.970 and 0.968 at ef_search 250 (0.978-0.983 at 400). At 150 four builds
# gave 0.962-0.968 (at 200: 0.961-0.973), and the whole match's p95 is 3-8 ms below 250's
# (18.4 and 22.0 ms in two runs against 26.5 and 30.4), so the product searches at 150.
HNSW_M = 32
HNSW_EF_CONSTRUCTION = 200
HNSW_EF_SEARCH = 150
# Below this a statement is not worth a claim of its own (courtesies, wishes, small talk).
CHECKWORTHY = 0.5


@dataclass(frozen=True)
class Thresholds:
    high: float
    low: float


@dataclass(frozen=True)
class Match:
    """One candidate claim: ``score`` is the calibrated probability the marks are compared to.

    ``exact`` marks a claim whose text is the query's, word for word (see ``lexical.text_key``):
    its score is 1.
    """

    claim_id: int
    score: float
    cosine: float
    lexical_rank: int | None
    vector_rank: int | None
    rank: float = 0.0
    exact: bool = False
    text: str = ""
    # the best cosine with the statements a reviewer confirmed as repeating the claim, if any
    confirmed: float | None = None
    # whether it may be linked automatically (``fusion.plausible``)
    plausible: bool = True
    # about another country than the text (``country_swapped``): scored below the low mark
    swapped: bool = False


def thresholds(model_name: str) -> Thresholds:
    """The high and low marks of ``model_name``, from the calibration ``claims.fusion`` reads."""
    from .fusion import calibration_entry

    entry = calibration_entry(model_name)
    if "high" not in entry or "low" not in entry:
        raise KeyError(f"No calibrated thresholds for embedder {model_name!r} in calibration.json")
    return Thresholds(high=float(entry["high"]), low=float(entry["low"]))


def model_key(embedder=None) -> str:
    embedder = embedder or get_embedder()
    return embedder.key


@dataclass(frozen=True)
class AliasTable:
    """Actor aliases for lexical matching, per language.

    Short all-capital aliases ("AS", "US", "DPRK") are matched case-sensitively, by a pass of
    their own, so that the English pronoun "us" never becomes the United States.
    """

    phrases: dict[str, str]
    acronyms: dict[str, str]
    acronym_pattern: re.Pattern | None

    def document(self, text: str) -> str:
        if self.acronym_pattern is not None:
            text = self.acronym_pattern.sub(lambda m: f" {self.acronyms[m.group(0)]} ", text)
        return lexical_document(text, self.phrases)


_alias_tables: dict[str | None, tuple[int, float, AliasTable]] = {}
_alias_tables_lock = threading.Lock()
# However the generation behaves (a per-process memory cache where several processes serve, a
# bump lost while Redis was down), a process reads the aliases again after this many seconds.
ALIAS_TABLE_SECONDS = 60.0


def alias_map(language: str | None = None) -> AliasTable:
    """Every actor alias usable in ``language`` (all when None) -> a token naming its actor.

    Kept per process while the aliases' generation in the shared cache stays the same (see
    ``claims.selectors.aliases_generation``), and at most ``ALIAS_TABLE_SECONDS``: reading and
    compiling thousands of aliases for every match would cost more than the match. Read afresh,
    and not kept, while the cache is down or while this thread's open transaction has changed
    aliases.
    """
    from .selectors import aliases_generation

    generation = None if aliases_generation.pending() else aliases_generation.current()
    now = time.monotonic()
    if generation is not None:
        with _alias_tables_lock:
            cached = _alias_tables.get(language)
        if cached is not None and cached[0] == generation and now - cached[1] < ALIAS_TABLE_SECONDS:
            return cached[2]
    rows = ActorAlias.objects.filter(actor__merged_into__isnull=True)
    if language:
        rows = rows.filter(language__in=("", language))
    table = alias_table(rows.values_list("alias", "normalised", "actor_id"))
    if generation is not None:
        with _alias_tables_lock:
            _alias_tables[language] = (generation, now, table)
    return table


def alias_table(rows) -> AliasTable:
    """An ``AliasTable`` from (alias, normalised alias, actor id) rows."""
    phrases: dict[str, str] = {}
    acronyms: dict[str, str] = {}
    for alias, normalised, actor_id in rows:
        token = f"actor{actor_id}"
        if alias.replace(".", "").isupper() and len(alias) <= 5:
            acronyms[alias] = token
        else:
            phrases[normalised] = token
    pattern = None
    if acronyms:
        alternatives = "|".join(re.escape(a) for a in sorted(acronyms, key=len, reverse=True))
        pattern = re.compile(rf"(?<![\w.])(?:{alternatives})(?![\w])")
    return AliasTable(phrases=phrases, acronyms=acronyms, acronym_pattern=pattern)


# Stances whose speaker is the subject of what is said: "Pyongyang and Moscow denied any arms
# transactions" is about Pyongyang's and Moscow's arms transactions.
SPEAKER_IS_SUBJECT = frozenset({Stance.DENIES, Stance.PROMISES})
# Negations dropped from a denial's content, so that it is matched on the proposition it denies.
NEGATIONS = frozenset(
    {"not", "never", "no", "neither", "nor", "none", "nobody", "nothing"}
    | {"tidak", "tak", "bukan", "bukanlah", "belum", "tiada", "pernah"}
)
_CONTRACTED_NOT = re.compile(r"(?i)\b(\w+)n['’]t\b")
_NEGATION = re.compile(r"(?i)(?<![\w-])(?:" + "|".join(sorted(NEGATIONS)) + r")(?![\w-])")


COUNTRIES_FILE = Path(__file__).with_name("countries.json")
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


@lru_cache(maxsize=1)
def _country_names() -> dict[str, list[tuple[tuple[str, ...], bool, str]]]:
    """First word of a name -> (its words, whether in capitals only, its country), longest
    first. Names are matched on lowercase words, names in capitals as written."""
    data = json.loads(COUNTRIES_FILE.read_text(encoding="utf-8"))
    index: dict[str, list[tuple[tuple[str, ...], bool, str]]] = {}
    for country, names in data.items():
        if country.startswith("_"):
            continue
        for name in names:
            words = tuple(_WORD.findall(name.replace(".", "")))
            capitals = name.replace(".", "").isupper()
            key = words if capitals else tuple(w.lower() for w in words)
            index.setdefault(key[0].lower(), []).append((key, capitals, country))
    for entries in index.values():
        entries.sort(key=lambda entry: -len(entry[0]))
    return index


# Claims come back in search after search: their countries are read once.
@lru_cache(maxsize=16384)
@lru_cache(maxsize=4096)
def countries_in(text: str) -> tuple[str, ...]:
    """The countries a text names, in the order it first names them ("Pyongyang", "Korea Utara"
    and "North Korean" are all North Korea), in English and Indonesian."""
    index = _country_names()
    words = _WORD.findall(text.replace(".", ""))
    low = [w.lower() for w in words]
    found: list[str] = []
    i = 0
    while i < len(words):
        step = 1
        for key, capitals, country in index.get(low[i], ()):
            seen = words if capitals else low
            if tuple(seen[i : i + len(key)]) == key:
                if country not in found:
                    found.append(country)
                step = len(key)
                break
        i += step
    return tuple(found)


def country_swapped(statement_text: str, claim_text: str) -> bool:
    """Whether a statement is about another country than the claim: the first country each
    names is absent from the other ("Iran of supplying drones to Russia" against "North Korea
    supplies weapons to Russia"). Such a candidate is never linked automatically: the rest of
    the words, the cosine and the margin cannot tell the two apart."""
    said, claimed = countries_in(statement_text), countries_in(claim_text)
    return bool(said and claimed) and said[0] not in claimed and claimed[0] not in said


def subject_country_absent(statement_text: str, claim_text: str) -> bool:
    """Whether the country a claim names first, its subject as a rule, goes unnamed in a
    statement that names other countries ("drone yang menyerang adalah milik Ukraina", said by
    Russia, against "North Korea supplies weapons to Russia for its war in Ukraine"). Such a
    candidate may be suggested, never linked automatically."""
    said, claimed = countries_in(statement_text), countries_in(claim_text)
    return bool(said and claimed) and claimed[0] not in said


_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
_THOUSANDS = re.compile(r"\d{1,3}(?:[.,]\d{3})+")
_AROUND_FIGURE = "()[]\"'“”‘’,;:!?%"


@lru_cache(maxsize=8)
def _every_lexicons(attribute: str) -> frozenset[str]:
    """The words of one lexicon key in every supported language, for text whose language is
    not known or read alike in all: the time words ("months", "tahun", "Maret"), the
    complementizers ("that", "bahwa")."""
    from .extraction.lexicon import supported_languages

    found: set[str] = set()
    for language in supported_languages():
        lexicon = _lexicon(language)
        if lexicon is not None:
            found.update(word.rstrip(".") for word in getattr(lexicon, attribute))
    return frozenset(found)


def _time_word(word: str) -> bool:
    bare = word.strip(_AROUND_FIGURE).rstrip(".")
    # "may" is a month only as "May"
    # a figure beside a time word is a date or a length of time, not a count
    return bare.lower() in _every_lexicons("time_words") and bare != "may"


@lru_cache(maxsize=4096)
def figures(text: str) -> frozenset[str]:
    """The counts a text gives, written in digits ("149"; "1.000", "1,000" and "1 ribu" as
    "1000"; "2,5 juta" as "2500000") or in words before a noun ("five soldiers" as "5"). Left
    out: years (a figure from 1900 to 2100 that no noun follows: "in 2021,", "between 2021 and
    2022"; "2000 people" is a count), figures beside a time word ("18 months", "29 Oktober",
    "March 3"), figures after a capitalised word that does not open the text ("Boeing 737",
    "Pasal 5": a name's number) and digits inside a word ("JT610")."""
    words = text.split()
    found = set()
    numbers = _number_words()
    for i, word in enumerate(words):
        core = word.strip(_AROUND_FIGURE).rstrip(".").strip(_AROUND_FIGURE)
        if core.lower() in numbers and (word == word.lower() or i == 0):
            # "five soldiers", "lima prajurit": a count in words, before the noun it counts
            after = words[i + 1] if i + 1 < len(words) else ""
            bare_after = after.strip(_AROUND_FIGURE)
            if bare_after.isalpha() and bare_after == bare_after.lower() and not _time_word(after):
                found.add(str(numbers[core.lower()]))
            continue
        if not _FIGURE.fullmatch(core):
            continue
        value = re.sub(r"[.,]", "", core) if _THOUSANDS.fullmatch(core) else core.replace(",", ".")
        before = words[i - 1] if i else ""
        after = words[i + 1] if i + 1 < len(words) else ""
        bare_after = after.strip(_AROUND_FIGURE).lower()
        if value.isdigit() and len(value) == 4 and 1900 <= int(value) <= 2100:
            counts = word[-1:].isalnum() and bare_after.isalpha() and bare_after == after.lower()
            if not counts or bare_after in _every_lexicons("conjunctions"):
                continue
        if _time_word(before) or _time_word(after):
            continue
        name = before.strip(_AROUND_FIGURE)
        if i > 1 and name[:1].isupper() and not before.endswith((".", ":", ";")):
            continue
        scale = _figure_scales().get(bare_after)
        if scale is not None:
            # "100 ribu" is "100.000"; a whole number, written without a decimal point
            value = f"{float(value) * scale:.0f}"
        found.add(value)
    return frozenset(found)


@lru_cache(maxsize=4)
def _every_lexicons_words(attribute: str) -> dict[str, int]:
    """The words one lexicon key maps to numbers, every language's: the ``figure_scales``
    ("juta" and "million" alike), the ``number_words`` ("five" and "lima")."""
    from .extraction.lexicon import supported_languages

    found: dict[str, int] = {}
    for language in supported_languages():
        lexicon = _lexicon(language)
        if lexicon is not None:
            found.update(getattr(lexicon, attribute))
    return found


def _number_words() -> dict[str, int]:
    return _every_lexicons_words("number_words")


def _figure_scales() -> dict[str, int]:
    return _every_lexicons_words("figure_scales")


def figures_differ(statement_text: str, claim_text: str) -> bool:
    """Whether a statement and a claim each give counts and share none ("149 Indonesians died
    in Sabah's detention centres over 18 months" against "18 detainees died in the Tawau
    depot"): however close their words, they report different figures, and such a candidate
    is only suggested."""
    said, claimed = figures(statement_text), figures(claim_text)
    return bool(said and claimed) and not said & claimed


def strip_negation(text: str) -> str:
    """``text`` without negation words ("had never exported" -> "had exported")."""
    text = _CONTRACTED_NOT.sub(lambda m: "can" if m.group(1).lower() == "ca" else m.group(1), text)
    text = _NEGATION.sub(" ", text)
    return " ".join(text.split())


def proposition_text(
    *,
    content: str,
    sentence: str = "",
    direct: bool,
    stance: str,
    speakers=(),
    language: str | None = None,
    cue_lemma: str = "",
) -> str:
    """What a statement says, as it is matched against claims.

    The content without the cue (a direct quote is its own content); an assertion read as a
    denial for its negation without it, so that it meets the claim it denies (what a verb of
    denial denies keeps its words), or what it says one may be misled into believing
    (``misled_belief``); where the speaker is the subject of what is said (denials,
    promises), the speakers' names first, since the content alone ("any arms transactions")
    does not say whose transactions. The sentence when the content is empty.
    """
    text = strip_dateline(content.strip()) or sentence.strip()
    if stance == Stance.DENIES:
        # not when the cue itself denies ("denied that its adverts could mislead ...")
        misled = language and cue_lemma not in _denial_lemmas(language)
        belief = misled_belief(text, language) if misled else None
        # or what a denied statement relayed ("pernyataan Blinken yang menuduh China memasok
        # senjata ke Rusia"), or what a report called false says ("kabar bahwa X adalah hoaks")
        if language and not belief:
            denied = cue_lemma in _denial_lemmas(language)
            relayed = relayed_claim(text, language, denied=denied)
            if relayed is not None:
                relayed = _with_speakers_for_pronoun(relayed, speakers, language)
            belief = relayed or reported_false(text, language)
        if belief:
            # what the public may be misled into, what was reported: the speaker is not its
            # subject
            return query_text(expand_abbreviations(belief, language))
        # said with a verb of denial, the content is what is denied, negations and all
        # ("membantah ... sehingga kasus kekerasan tidak akan terungkap"); an assertion read as
        # a denial for its negation ("said it had never exported arms") is matched without it
        if not (language and cue_lemma in _denial_lemmas(language)):
            text = strip_negation(text) or text
    names = [" ".join(s.split()) for s in speakers if s and s.strip()]
    if stance in SPEAKER_IS_SUBJECT and names and not direct:
        text = f"{', '.join(names)} {text}"
    return query_text(expand_abbreviations(text, language))


def misled_belief(text: str, language: str) -> str | None:
    """What ``text`` says one may be misled into believing ("this could mislead the public into
    believing that they can avoid the virus by wearing it" -> "they can avoid the virus by
    wearing it"), or None: the words after the belief word the extraction's rule finds
    (``extraction.stance.misled_belief_at``)."""
    from .extraction.stance import misled_belief_at

    lexicon = _lexicon(language)
    if lexicon is None:
        return None
    words = list(_WORD.finditer(text))
    lowered = [w.group().lower() for w in words]
    at = misled_belief_at(lowered, lexicon)
    if at is None:
        return None
    rest = at + 1
    if rest < len(words) and lowered[rest] in lexicon.complementizers:
        rest += 1
    return text[words[rest].start() :].strip(" .,;:") if rest < len(words) else None


def statement_speakers(statement: Statement) -> list[str]:
    return [s for s in statement.speaker_text.split(" / ") if s.strip()]


@lru_cache(maxsize=4096)
def _negations(text: str, language: str) -> int:
    """How many negation words ``text`` holds, those that negate nothing left out ("not only",
    "no doubt", "tidak hanya", "belum lama ini", "tidak sedikit": the lexicon's
    ``negation_voiders``)."""
    lexicon = _lexicon(language)
    if lexicon is None:
        return 0
    from .extraction.stance import is_negation

    words = [w.lower().replace("’", "'").replace("ʼ", "'") for w in _WORD.findall(text)]
    return sum(
        1
        for i, word in enumerate(words)
        if (is_negation(word, lexicon) or word == "cannot")
        and not (i + 1 < len(words) and words[i + 1] in lexicon.negation_voiders)
    )


# Words between a negation and the verb of saying it negates ("tidak pernah menyatakan", "did
# not ever say"), and between that verb and its "that".
UNSAID_GAP = 2


@lru_cache(maxsize=4096)
def unsaid(text: str, language: str) -> str | None:
    """What ``text`` says was never said, when it opens on a negated verb of saying and its
    clause ("KNKT tidak pernah menyatakan bahwa pesawat ... tidak laik terbang", "we never said
    that the jet was airworthy"): the clause, else None."""
    lexicon = _lexicon(language)
    if lexicon is None:
        return None
    from .extraction.stance import is_negation

    found = list(_WORD.finditer(text))
    words = [m.group(0).lower().replace("’", "'") for m in found]
    for i, word in enumerate(words):
        if not (is_negation(word, lexicon) or word == "cannot"):
            continue
        if i + 1 < len(words) and words[i + 1] in lexicon.negation_voiders:
            return None  # "tidak hanya menyatakan bahwa ...": said, and more
        for j in range(i + 1, min(len(words), i + 2 + UNSAID_GAP)):
            if words[j] not in lexicon.cues or any(
                c.stance == Stance.DENIES for c in lexicon.cues[words[j]]
            ):
                continue
            that = next(
                (
                    k
                    for k in range(j + 1, min(len(words), j + 2 + UNSAID_GAP))
                    if words[k] in lexicon.complementizers
                ),
                None,
            )
            if that is not None and that + 1 < len(words):
                return text[found[that + 1].start() :].strip()
        return None
    return None


def _names_falsehood(text: str, language: str) -> bool:
    """Whether ``text`` has a word of falsehood in it ("not true", "hoaks", "tidak benar")."""
    lexicon = _lexicon(language)
    if lexicon is None:
        return False
    words = [w.lower() for w in _WORD.findall(text)]
    return any(phrase_at(words, i, lexicon.falsehood_words) for i in range(len(words)))


def link_stance(statement: Statement, claim_text: str, claim_language: str) -> str:
    """The stance of a statement's link to a claim: the statement's, but for the negations in
    what each says, each read in its own language. Against a claim that holds a negation:

    - a statement read as a denial for a negation in its own words ("investigators say Lion Air
      jet was not airworthy") asserts it ("the jet ... was not airworthy", "pesawat tersebut tak
      laik terbang");
    - one that denies, with a verb of denial, words without a negation ("Russia denied
      committing war crimes in Bucha") asserts it ("Russian forces committed no war crimes in
      Bucha");
    - one that puts forward or accuses with words without a negation ("the aircraft was cleared
      as airworthy") denies it.

    A denial that something was ever said (``unsaid``) denies what the clause says, its
    negations and all: "KNKT tidak pernah menyatakan bahwa pesawat ... tidak laik terbang"
    asserts "pesawat ... laik terbang" and denies "pesawat ... tidak laik terbang". A verdict
    of falsehood ("the report is not true") keeps the statement's stance.
    """
    stance = statement.stance
    if stance not in SUPPORTING_STANCES and stance != Stance.DENIES:
        return stance
    language = statement.language
    claim_negated = _negations(claim_text, claim_language) > 0
    content = statement.content
    by_verb = stance == Stance.DENIES and statement.cue_lemma in _denial_lemmas(language)
    if stance == Stance.DENIES and not by_verb:
        clause = unsaid(content, language)
        if clause is not None:
            # "KNKT tidak pernah menyatakan bahwa pesawat ... tidak laik terbang": a denial of
            # what the clause says, its own negations and all
            negated = _negations(clause, language) > 0
            return Stance.ASSERTS if negated != claim_negated else stance
        if _names_falsehood(content, language) and _names_falsehood(claim_text, claim_language):
            # "much of what was depicted in the documentary was untrue" against "the film is
            # full of slander": both call the same thing false
            return Stance.ASSERTS
        split = corrected(content, language)
        if split is not None and language == claim_language:
            denied, instead = (set(content_tokens(part)) for part in split)
            claim_words = set(content_tokens(claim_text))
            if len(claim_words & (instead - denied)) > len(claim_words & (denied - instead)):
                # "penyebab kematian bukan gas air mata, tapi kekurangan oksigen" puts forward
                # what follows its "tapi": against "korban tewas karena kekurangan oksigen" it
                # asserts
                content, stance = split[1], Stance.ASSERTS
    if not claim_negated:
        # (a verb of denial of words with a negation does not assert it: the negation may be
        # a relative clause's, "membantah adanya kaitan antara vaksinasi COVID-19 dengan
        # penyakit hepatitis akut yang belum diketahui penyebabnya")
        return stance
    negated = _negations(content, language) > 0
    if stance == Stance.DENIES:
        if _names_falsehood(content, language):
            return stance
        return Stance.ASSERTS if negated != by_verb else stance
    if negated or _restricted(content, language):
        # "efek gas air mata hanya akan menimbulkan iritasi" rules out what it does not name, as
        # "gas air mata tak menyebabkan kematian" does
        return stance
    return Stance.DENIES


def _restricted(text: str, language: str) -> bool:
    """Whether ``text`` says that nothing more is so ("only", "hanya": the lexicon's
    ``restrictives``), a negation's "not only" and "tidak hanya" left out."""
    lexicon = _lexicon(language)
    if lexicon is None:
        return False
    words = [w.lower() for w in _WORD.findall(text)]
    return any(
        word in lexicon.restrictives and not (i and _negations(words[i - 1], language))
        for i, word in enumerate(words)
    )


def corrected(text: str, language: str) -> tuple[str, str] | None:
    """(what is denied, what is put forward instead) when ``text`` negates and then corrects
    itself ("penyebab kematian bukan gas air mata, tapi kekurangan oksigen", "it was not the
    gas but the crush"): the words from the first negation to the lexicon's first
    ``corrections`` word after it, and those after that word when they hold no negation of
    their own; else None."""
    lexicon = _lexicon(language)
    if lexicon is None or not lexicon.corrections:
        return None
    found = list(_WORD.finditer(text))
    negation = None
    for i, match in enumerate(found):
        word = match.group(0).lower()
        if negation is None:
            # a negation the next word does not void ("tidak hanya", "not only")
            following = found[i + 1].group(0) if i + 1 < len(found) else ""
            if _negations(word, language) and _negations(f"{word} {following}", language):
                negation = match.end()
            continue
        if word in lexicon.corrections:
            denied, instead = text[negation : match.start()], text[match.end() :]
            if _negations(instead, language) or not content_tokens(instead):
                return None
            return denied.strip(" ,;:"), instead.strip(" ,;:")
    return None


# "SEOUL, Oct. 13 - ", "SEOUL, Oct 13 (Reuters) - ", "JAKARTA (VOA) — ", "WASHINGTON — ": the
# dateline opening an article's first sentence belongs to no statement. A place alone before a
# hyphen is no dateline ("NATO - which has 32 members - will ...", "U.S. - China talks").
_PLACE = r"[A-Z][A-Z.'-]{2,}(?: [A-Z][A-Z.'-]+)*"
_DATE = r",?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?"
DATELINE = re.compile(
    rf"^\s*{_PLACE}"
    r"(?:"
    r"(?:,\s*[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)*)?"  # its country or state
    rf"(?:{_DATE})?(?:\s*\([^()]{{1,40}}\))(?:{_DATE})?\s*[-–—]{{1,2}}"  # with an agency
    r"|(?:,\s*[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)*)?"
    rf"(?:{_DATE})\s*[-–—]{{1,2}}"  # with a date
    r"|,\s*[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)*\s*[-–—]{1,2}"  # with its country
    r"|\s*(?:[–—]|--)"  # alone, before a dash that is no hyphen
    r")\s+"
)


# "Jakarta, Indonesia – ": a place and its country in mixed case, before a dash.
PLACE_DATELINE = re.compile(
    r"^\s*[A-Z][a-z]+(?: [A-Z][a-z]+)?, [A-Z][a-z]+(?: [A-Z][a-z]+)?\s*[-–—]{1,2}\s+"
)


def strip_dateline(text: str) -> str:
    found = DATELINE.match(text) or PLACE_DATELINE.match(text)
    if found is None:
        return text
    rest = text[found.end() :]
    # A place alone before a dash that another dash closes is a parenthesis, not a dateline
    # ("NATO — which has 32 members — will ...").
    bare = not any(ch in found.group(0) for ch in ",(0123456789")
    if bare and ("—" in rest or "–" in rest):
        return text
    return rest


# Content that is no clause of its own ("Pyongyang of shipping weapons to Moscow"): the claim
# keeps who said it and how ("Washington accused Pyongyang of shipping weapons to Moscow").
CUE_IN_CLAIM = frozenset({Stance.ACCUSES})
# First words of content whose subject is the speaker, left out or as a pronoun ("Seoul menyatakan
# akan berkoordinasi ...", "Seoul said it would coordinate ..."): such a claim keeps them too.
SUBJECTLESS_START = frozenset(
    {"to", "it", "its", "he", "his", "she", "her", "they", "their", "we", "our", "us", "i"}
    | {"akan", "telah", "sudah", "sedang", "tengah", "tidak", "tak", "belum", "masih", "siap"}
    | {"ingin", "mau", "bisa", "dapat", "harus", "perlu", "pernah", "untuk"}
    | {"ia", "dia", "mereka", "kami", "kita", "saya", "pihaknya", "beliau"}
)
# Fewer words than this is no claim ("Korea Utara" when the cue follows its object): the
# sentence is taken instead.
CLAIM_MIN_WORDS = 3
# A quote of several sentences is worded as its first when that one has at least this many words
# ("Absolutely not. ..." is not a claim of its own).
QUOTED_CLAIM_MIN_WORDS = 5


SPEAKER_JOINERS = frozenset({"and", "or", "&", "dan", "serta", "atau", "both", "baik"})


def _only_speakers(gap: str, surfaces: list[str]) -> bool:
    """Whether ``gap`` holds nothing but speakers, commas and conjunctions."""
    for surface in surfaces:
        gap = gap.replace(surface, " ")
    return all(word.lower() in SPEAKER_JOINERS for word in gap.replace(",", " ").split())


# A denial makes a claim of what it denies only when it states it: an indirect content of at
# least this many words ("Russia denied it had killed civilians in the town of Bucha"), not the
# thing denied pointed at ("denied the report", "membantah laporan itu", "Tidak") nor a quote.
DENIAL_CLAIM_MIN_WORDS = 6
# Words among a denial's first three that point back at something said before ("laporan itu",
# "those claims"): what is denied is not stated.
POINTING_WORDS = frozenset(
    {"this", "that", "these", "those", "such", "itu", "ini", "tersebut", "begitu", "demikian"}
)
# A denial's subject that stands for its speaker ("Russia denied it had killed ...").
SPEAKER_PRONOUNS = frozenset(
    {"it", "he", "she", "they", "ia", "dia", "mereka", "pihaknya", "beliau"}
)
# Indonesian words for oneself that stand for the speaker after a claim noun ("kabar dirinya
# ditolak warga").
REFLEXIVE_PRONOUNS_ID = frozenset({"dirinya", "diri"})
# Verbs of denial also said of demands and offers ("rejected calls to resign", "menolak tuntutan
# buruh"): with them a claim is made only of content that names a claim.
REFUSING_LEMMAS = frozenset({"reject", "tolak"})
CLAIM_NOUNS = frozenset(
    {"claim", "claims", "allegation", "allegations", "accusation", "accusations", "report"}
    | {"reports", "charge", "charges", "suggestion", "suggestions", "assertion", "assertions"}
    | {"tuduhan", "tudingan", "klaim", "laporan", "isu", "kabar", "anggapan", "dugaan"}
    | {"story", "stories", "berita", "pemberitaan", "narasi", "rumor", "rumors", "rumour"}
    | {"rumours", "desas-desus", "gosip"}
)
# Claim nouns that name an accusation: a denial pointing back at one ("rejected the
# accusations") answers an accusation; the others ("denied the report") anything reported.
ACCUSATION_NOUNS = frozenset(
    {"allegation", "allegations", "accusation", "accusations", "charge", "charges"}
    | {"tuduhan", "tudingan", "dugaan"}
)
# Words that may stand around the claim noun of a denial that points back ("any of the
# allegations against him", "semua tuduhan yang ditujukan kepada mereka").
POINTING_FILLERS = frozenset(
    {"the", "a", "an", "any", "all", "of", "these", "those", "this", "that", "such", "latest"}
    | {"against", "him", "her", "it", "them", "us", "me", "its", "his", "their", "our"}
    | {"made", "levelled", "leveled", "directed", "at", "recent", "new", "media"}
    | {"itu", "ini", "tersebut", "semua", "segala", "para", "yang", "ditujukan", "dialamatkan"}
    | {"kepada", "pada", "terhadap", "mereka", "dia", "dirinya", "pihaknya", "kami", "ia"}
    | {"terbaru", "baru", "tadi", "sebelumnya", "earlier", "reported"}
)
# Words after a claim noun that name what it was about, not what it said ("the allegation about
# the use of chemical weapons", "tudingan soal bom fosfor itu").
CLAIM_TOPIC_WORDS = frozenset(
    {"about", "of", "over", "regarding", "concerning", "on", "around"}
    | {"soal", "terkait", "tentang", "mengenai", "perihal", "atas", "seputar"}
)
# Determiners that make a claim noun one already told ("the allegation", "these reports").
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "such"})
# Words of a clause before a set-off claim noun that make it a claim ("Pyongyang sold rockets
# to Moscow, an allegation Pyongyang has denied"): a clause, not a pointer, so fewer than
# ``DENIAL_CLAIM_MIN_WORDS``.
APPOSITIVE_CLAIM_MIN_WORDS = 3
# A claim's owner named before it with a possessive ("Cambodia's claim", "the Taliban's
# allegations"): the owner and the noun.
POSSESSED_CLAIM = re.compile(r"(?:the\s+)?((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)['’]s\s+(\w+)")
# ", a charge" / ", an allegation" / ", tuduhan" closing content that stands before its cue.
APPOSITIVE_CLAIM = re.compile(r",\s+(?:(?:a|an|the)\s+)?(\w+)\s*$", re.IGNORECASE)
# Indonesian verb prefixes: a denial's content that opens with such a verb has the speaker as its
# subject ("Pyongyang dan Moskow membantah melakukan transaksi senjata ...").
VERB_OPENINGS = ("me", "ber", "di", "ter")
# Indonesian words before a verb that leave its subject out as well ("membantah telah
# memerintahkan anak buahnya ...": the speaker had).
AUXILIARY_OPENINGS_ID = frozenset({"telah", "sudah", "pernah", "sempat", "ikut", "turut"})


def _lexicon(language: str):
    """The extraction lexicon of ``language``, or None for a language without one."""
    from .extraction.lexicon import LexiconError, get_lexicon

    try:
        return get_lexicon(language)
    except (LexiconError, ValueError):
        return None


def expand_abbreviations(text: str, language: str | None) -> str:
    """``text`` with the short forms its language's news writes spelt out ("Menlu Rusia
    dilarikan ke RS" -> "Menteri Luar Negeri Rusia dilarikan ke rumah sakit"), as it is embedded
    and searched: a statement in one form then meets a claim in the other. Unchanged for a
    language without such forms."""
    lexicon = _lexicon(language) if language else None
    if lexicon is None or not lexicon.abbreviation_expansions:
        return text
    expansions = lexicon.abbreviation_expansions
    return _PLAIN_WORD.sub(lambda m: expansions.get(m.group().lower(), m.group()), text)


def claim_passage(claim: Claim) -> str:
    """What a claim is embedded and indexed as: its text, short forms spelt out."""
    return expand_abbreviations(claim.text, claim.language)


@lru_cache(maxsize=16)
def _cue_lemmas(language: str, kind: str) -> frozenset[str]:
    """The lemmas of the language's cues that deny (``kind`` "denies") or call for something
    to be done ("directive")."""
    lexicon = _lexicon(language)
    if lexicon is None:
        return frozenset()
    cues = [c for entries in lexicon.cues.values() for c in entries]
    if kind == "directive":
        return frozenset(c.lemma for c in cues if c.directive)
    return frozenset(c.lemma for c in cues if c.stance == kind)


def _denial_lemmas(language: str) -> frozenset[str]:
    return _cue_lemmas(language, "denies")


def asked_of(statement: Statement) -> bool:
    """Whether a statement tells what someone was asked or warned to do ("urged Beijing not to
    help Russia", "memperingatkan Beijing untuk tidak membantu Rusia"), not what anyone holds
    true: it may bear on a claim, but only a person says how."""
    if statement.cue_lemma in _cue_lemmas(statement.language, "directive"):
        return True
    if statement.language != "id":
        return False
    words = [w for w in (w.strip(",.;:!?\"'“”‘’()") for w in statement.content.split()) if w]
    return _asked_to(words, [w.lower() for w in words])


def _bare_words(words: list[str]) -> list[str]:
    """``words`` in lower case without the punctuation around them."""
    return [w.lower().strip(",.;:!?\"'“”‘’()") for w in words]


def _calls_false(words: list[str], language: str) -> bool:
    """Whether the words call what they name false ("the U.S. claims as a groundless smear"):
    a word of falsehood after "as"/"sebagai", with at most two words between; not a word of
    falsehood that is part of what is claimed ("dugaan ijazah palsu")."""
    lexicon = _lexicon(language)
    if lexicon is None:
        return False
    return any(
        phrase_at(words, i, lexicon.falsehood_words)
        and any(w in lexicon.as_markers for w in words[max(0, i - 3) : i])
        for i in range(len(words))
    )


# A claim is read on its own, in a list or a search result, far from the article it came from:
# its words must say what is claimed without it. A wording that opens on a pronoun or on
# something pointed at ("It looks exactly like war crimes", "kalung ini bisa membunuh 42% virus
# Corona", "dokumen tersebut telah digunakan ..."), that is cut off ("... civilians, who"), that
# is page furniture ("date 2022-04-05 ..."), a question, or several sentences (a quote is worded
# as its first, see ``claim_wording``) makes no claim; the statement keeps its links, and a
# reviewer can word a claim for it (``services.claim_from_statement``).
UNRESOLVED_OPENINGS = frozenset(
    {"i", "we", "you", "he", "she", "it", "they", "me", "us", "him", "them", "my", "our"}
    | {"your", "his", "its", "their", "this", "that", "these", "those", "such"}
    | {"saya", "aku", "kami", "kita", "anda", "kamu", "ia", "dia", "mereka", "beliau"}
    | {"pihaknya", "hal", "ini", "itu", "tersebut", "begitu", "demikian"}
)
# "the country is ready to host US nuclear weapons": a definite noun that stands for something
# named earlier in the article, unless what follows says which ("the claims that ...").
ANAPHORIC_NOUNS = frozenset(
    {"country", "city", "town", "case", "matter", "incident", "act", "move", "product"}
    | {"document", "documents", "accusation", "accusations", "allegation", "allegations"}
    | {"claims", "issue", "decision", "plan", "remarks", "comments", "prototypes", "innovation"}
    | {"group", "company", "man", "woman", "official", "officials", "project", "program"}
    | {"programme", "deal", "agreement", "operation", "attack", "attacks", "video", "footage"}
    | {"report", "reports", "statement", "investigation", "proposal"}
)
# What follows such a noun and says what it holds ("the claims that ...", "The allegations claim
# Jokowi used a fake diploma ...").
SAYS_WHICH = frozenset(
    {"that", "of", "about", "against", "over", "from", "by", "in", "on", "claim", "claimed"}
    | {"say", "said", "allege", "alleged", "state", "stated", "suggest", "suggested", "show"}
    | {"showed", "claims", "says", "alleges", "states", "suggests", "shows"}
)
PREPOSITIONS_ID = frozenset(
    {"dalam", "pada", "di", "ke", "dari", "menurut", "sejak", "bagi", "kepada", "terhadap"}
    | {"tentang", "mengenai", "oleh", "seperti", "sebagai", "atas", "usai", "setelah"}
)
# Words that make a clause of a gerund's phrase ("nominating a justice is ...").
FINITE = frozenset(
    {"is", "are", "was", "were", "will", "would", "can", "could", "has", "have", "had", "should"}
    | {"may", "might", "must", "does", "did", "do", "shall", "remains", "means", "makes"}
)
NOT_GERUNDS = frozenset(
    {"during", "nothing", "something", "everything", "anything", "according", "king"}
)
# "tahun ini", "saat ini": the time of writing, not something named before.
NOW = frozenset(
    {"tahun", "hari", "minggu", "pekan", "bulan", "saat", "kali", "malam", "pagi", "detik"}
    | {"sejauh", "selama", "sampai", "hingga", "sekarang"}
)
# Pointing words that follow their noun in Indonesian ("kota tersebut", "Rekayasa itu").
POINTING_AFTER = frozenset({"ini", "itu", "tersebut"})
DANGLING_ENDS = frozenset(
    {"who", "which", "whom", "whose", "that", "and", "or", "but", "of", "the", "a", "an", "to"}
    | {"with", "by", "for", "from", "as", "yang", "dan", "atau", "tetapi", "namun", "dari"}
    | {"ke", "dengan", "oleh", "untuk", "bahwa", "para", "sang", "serta"}
)
_FURNITURE = re.compile(r"\b(?:date|updated|published)\s+\d{4}-\d{2}-\d{2}\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(\S+?)[.!?][\"'”’)]?\s+[\"'“‘(]?[A-Z]")
# Words a full stop follows inside a sentence ("Mr. Kim", "Gen. Milley", "Jan. 5").
ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "lt", "col", "sgt", "capt", "prof"}
    | {"rev", "gov", "sen", "rep", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul"}
    | {"aug", "sep", "sept", "oct", "nov", "dec", "inc", "corp", "co", "ltd", "tbk", "ir", "h"}
)


def _sentence_ends(text: str) -> list[int]:
    """Where the sentences of ``text`` end but the last (offsets after their final mark), full
    stops after abbreviations and initials aside."""
    return [
        found.end(1) + 1
        for found in _SENTENCE_END.finditer(text)
        if "." not in found.group(1)
        and len(found.group(1)) > 1
        and found.group(1).lower().strip("\"'“‘(") not in ABBREVIATIONS
    ]


def first_sentence(text: str) -> str:
    """The first sentence of a quote of several ("The story about a sabotage group is a classic
    provocation. Russia wants to scare its people ..."): a claim of its own, where the whole
    quote would be several."""
    text = text.strip()
    ends = _sentence_ends(text)
    return text[: ends[0]].strip() if ends else text


# Indonesian predicates: words that carry one (auxiliaries, "ada", copulas, verbs without a
# prefix) and the verb prefixes; words with such a prefix that are no verb, or that belong to a
# noun phrase ("bernama X").
PREDICATE_WORDS_ID = frozenset(
    {"ada", "adalah", "merupakan", "ialah", "yaitu", "yakni", "akan", "telah", "sudah", "sedang"}
    | {"tengah", "bisa", "dapat", "harus", "mesti", "masih", "belum", "tidak", "tak", "bukan"}
    | {"pernah", "mau", "ingin", "perlu", "boleh", "mampu", "sempat", "jadi", "menjadi", "kena"}
    | {"punya", "mungkin", "cukup", "siap", "tetap", "terus", "segera", "tumbuh", "naik"}
    | {"turun", "jatuh", "tiba", "pergi", "datang", "lahir", "mati", "tewas", "hilang", "masuk"}
    | {"keluar", "kembali", "tinggal", "hidup", "menang", "kalah", "gagal", "selesai", "mulai"}
    | {"pindah", "lolos", "lulus", "pulang", "hadir", "wafat", "habis", "batal", "tutup", "buka"}
)
COPULAS_ID = frozenset({"adalah", "merupakan", "ialah"})
_VERB_ID = re.compile(r"^(?:me|ber|be|di|ter|per)[a-z-]{3,}$")
NOT_VERBS_ID = frozenset(
    {"diri", "dinas", "dini", "dirut", "desa", "dewan", "demi", "depan", "dengan", "berita"}
    | {"beras", "besar", "benar", "beberapa", "belakang", "pertama", "persen", "perang", "pers"}
    | {"peran", "perusahaan", "memang", "menteri", "menurut", "mereka", "media", "meja", "merah"}
    | {"teror", "tersebut", "termasuk", "terhadap", "terkait", "terutama", "terakhir", "perdana"}
    | {"bernama", "berjudul", "berusia", "berasal", "bertajuk", "berukuran", "berisi", "berupa"}
)


def _says_something_id(words: list[str]) -> bool:
    """Whether Indonesian ``words`` (lower case, commas apart) hold a predicate, not a noun
    phrase alone ("pengakuan yang sama dari para penumpang", "pernyataan Bareskrim yang hanya
    menyatakan bahwa ...").

    A relative clause ("yang ...") runs to a comma or to a pointing word that closes the noun
    phrase ("informasi yang diberitakan media itu bohong"); the first verb in it is its own, a
    second one the sentence's ("satu rudal yang ditembakkan dari Yaman menghantam kapal"), and
    nothing after its "bahwa" counts but a copula ("Promosi yang menyebutkan bahwa ... adalah
    tidak benar").
    """
    relative = complement = False
    verbs = 0
    for i, word in enumerate(words):
        if word == ",":
            relative = complement = False
            continue
        if complement and word not in COPULAS_ID:
            continue  # what the relative clause says was said, up to a copula
        if word in ("itu", "ini", "tersebut") and i > 1:
            if i + 1 < len(words):
                return True  # "X itu Y": the noun phrase closed, a predicate follows
            continue
        if word == "yang":
            relative, verbs = True, 0
            continue
        if relative and word == "bahwa":
            complement = True
            continue
        if word in PREDICATE_WORDS_ID or (word.endswith("lah") and len(word) > 4):
            return True
        verb = (
            bool(_VERB_ID.match(word))
            and word not in NOT_VERBS_ID
            # "pernyataan", "perjanjian": nouns of per-...-an
            and not (word.startswith("per") and word.endswith("an") and not word.endswith("kan"))
        )
        if relative:
            verbs += verb
            if verbs >= 2:
                return True
        elif verb:
            return True
    return False


# Nouns of what someone said, and verbs that tell of the saying: a claim of them ("Yeo's
# remarks echoed those of ...", "Rubio's comments came on Sunday", "pernyataan Menkes itu
# memicu ...") is about the remarks' place in the news, not about the world. An evaluation of
# them ("Trump's remarks were racist") is a claim.
REMARK_NOUNS = frozenset(
    {"remarks", "remark", "comments", "comment", "words", "statement", "statements", "speech"}
    | {"pernyataan", "ucapan", "komentar", "perkataan", "pidato"}
)
REMARK_VERBS = frozenset(
    {"echoed", "echo", "echoes", "came", "comes", "followed", "follow", "follows", "drew"}
    | {"draws", "sparked", "sparks", "prompted", "prompts", "triggered", "triggers"}
    | {"memicu", "menuai", "mengundang", "muncul", "disampaikan", "menyusul"}
)


# Words that open what someone was asked to do, after whom it was asked of.
ASKED_TO_ID = frozenset({"untuk", "agar", "supaya"})
# Words that may name whom it was asked of without a capital ("pemerintah Indonesia").
ASKED_OF_ID = frozenset({"pemerintah", "masyarakat", "pihak", "semua", "para", "warga"})


# English words that make a clause of a noun phrase, besides a past form in "-ed" and a verb in
# "-s" after its subject: the finite verbs and modals (``FINITE``) and common irregular pasts.
PREDICATE_WORDS_EN = frozenset(
    {"said", "told", "made", "took", "gave", "sent", "got", "left", "paid", "ran", "won", "lost"}
    | {"sold", "bought", "held", "kept", "met", "fled", "fell", "hit", "shot", "struck", "led"}
    | {"went", "came", "saw", "knew", "thought", "found", "brought", "began", "became", "built"}
    | {"spent", "stole", "broke", "wrote", "fought", "flew", "drove", "rose", "grew", "threw"}
    | {"am", "be", "been", "being", "not", "no", "never"}
)


@lru_cache(maxsize=1)
def _english_closed_words() -> frozenset[str]:
    """English determiners, prepositions and conjunctions: no verb of a clause."""
    lexicon = _lexicon("en")
    if lexicon is None:
        return frozenset()
    return lexicon.determiners | lexicon.prepositions | lexicon.conjunctions


def _says_something_en(words: list[str]) -> bool:
    """Whether English ``words`` hold a predicate, not a noun phrase alone ("the attack on its
    official website", "independence from Serbia in 2008"): a finite verb, a past form, a verb
    in "-s" after its subject ("the vaccine alters human DNA"), or a plural subject's verb
    ("5G towers spread the coronavirus", "Masks cause oxygen deficiency")."""
    closed = _english_closed_words()
    low = [w.lower().strip("\"'“”‘’()") for w in words]
    for i, word in enumerate(low):
        if word in FINITE or word in PREDICATE_WORDS_EN:
            return True
        if len(word) > 4 and word.endswith("ed"):
            return True
        if i == 0 or word in closed or low[i - 1] in closed or low[i - 1].endswith(("'s", "’s")):
            continue
        if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
            return True  # "the vaccine alters", "China slams" (not "virus", "crisis")
        if word.endswith("ing") and words[i - 1][:1].isupper():
            return True  # "Prigozhin accusing the minister of ...": an accusation's own words
        before = low[i - 1]
        if words[i][:1].islower() and len(before) > 3 and before.endswith("s"):
            return True  # "towers spread", "Masks cause"
    return False


def _asked_to(words: list[str], low: list[str]) -> bool:
    """Whether an Indonesian wording is a request's object: a name of one to three words, then
    "untuk", "agar" or "supaya" ("Beijing untuk menahan pasukannya", "pemerintah Indonesia
    supaya melakukan upaya ...")."""
    for k in range(1, min(4, len(low))):
        if low[k] in ASKED_TO_ID:
            return all(w[:1].isupper() or w.lower() in ASKED_OF_ID for w in words[:k])
    return False


def _of_remarks(words: list[str], low: list[str], language: str) -> bool:
    """Whether the wording tells of someone's remarks, not of what they say: "Yeo's remarks
    echoed those of ...", "Pernyataan Menkes itu memicu kemarahan"."""
    if language == "id":
        if len(low) < 3 or low[0] not in REMARK_NOUNS or not words[1][:1].isupper():
            return False
        return any(w in REMARK_VERBS for w in low[2:6])
    owner = next((i for i, w in enumerate(low[:4]) if w.endswith(("'s", "’s"))), None)
    return (
        owner is not None
        and owner + 2 < len(low)
        and low[owner + 1] in REMARK_NOUNS
        and low[owner + 2] in REMARK_VERBS
    )


def wording_fault(wording: str, language: str) -> str | None:
    """Why ``wording`` cannot stand alone as a claim, or None when it can."""
    words = [w for w in (w.strip(",.;:!?\"'“”‘’()[]") for w in wording.split()) if w]
    # "US", "IT": a name in capitals is no pronoun; "We're", "It’s": the pronoun
    low = [w if w.isupper() and len(w) > 1 else w.lower() for w in words]
    opening = re.split(r"['’]", low[0])[0] if low else ""
    if not low:
        return "it is empty"
    if "?" in wording:
        return "it is a question"
    if _FURNITURE.search(wording):
        return "it holds page furniture"
    if opening in UNRESOLVED_OPENINGS:
        return f"it opens on '{words[0]}', which the claim alone does not resolve"
    lexicon = _lexicon(language)
    first_person = next(
        (
            w
            for n, w in enumerate(low[1:4], 1)
            if w in (lexicon.first_person if lexicon else ())
            # "World War I", "Phase I trials": a numeral
            and not (words[n] == "I" and words[n - 1][:1].isupper())
        ),
        None,
    )
    if first_person is not None:
        # "Tadi saya cek ke lapangan ...": whoever "saya" is, the claim alone does not say
        return f"it speaks as '{first_person}', whom the claim alone does not name"
    if language == "id" and _asked_to(words, low):
        # "China untuk menghentikan aksi provokasi di Laut China Selatan" (from "mendesak China
        # untuk ..."): what someone was asked to do, not what anyone holds true
        return "it is what someone was asked to do"
    if _of_remarks(words, low, language):
        # "Yeo's remarks echoed those of Sarawak's deputy chief minister ...": what was said
        # is its subject, which a statement links to
        return "it tells of remarks, not of what they say"
    if (
        language != "id"
        and low[0] == "the"
        and len(low) > 1
        and low[1] in ANAPHORIC_NOUNS
        and (len(low) < 3 or low[2] not in SAYS_WHICH)
    ):
        return f"'{words[0]} {words[1]}' points at something the claim does not name"
    if language == "id":
        pointing = next(
            (w for i, w in enumerate(low[1:4], 1) if w in POINTING_AFTER and low[i - 1] not in NOW),
            None,
        )
        if pointing is not None:
            return f"'{pointing}' points at something the claim does not name"
        joined = f" {' '.join(low)}"
        if " di sana" in joined or " di situ" in joined:
            return "'di sana' points at a place the claim does not name"
        if low[0] in PREPOSITIONS_ID and "," not in wording:
            return "it is a phrase with no clause"  # "Dalam wawancara dengan stasiun radio 3AW"
        tokens = [w.strip(".;:!?\"'“”‘’()") for w in wording.lower().replace(",", " , ").split()]
        if not _says_something_id([w for w in tokens if w]):
            return "it names something but says nothing of it"
    elif (
        len(low) > 1
        and low[-2] == "the"
        and low[-1] in ANAPHORIC_NOUNS
        and not (low[-1] == "country" and countries_in(wording))
    ):
        # "35 questions related to the case", "to clarify the matter"
        return f"'the {words[-1]}' points at something the claim does not name"
    elif (
        low[0].endswith("ing")
        and words[0].islower()
        and low[0] not in NOT_GERUNDS
        and not FINITE & set(low)
    ):
        # "being intercepted by Australian border patrols", not "expanding the monument will
        # protect 7,000 species"
        return "it has no subject"
    elif language == "en" and not _says_something_en(words):
        # "the attack on its official website", "independence from Serbia in 2008": what was
        # confirmed or declared, named, with nothing said of it
        return "it names something but says nothing of it"
    if low[-1] in DANGLING_ENDS and not wording.rstrip().endswith(("'", '"', "”", "’")):
        return "it is cut off"
    if _sentence_ends(wording.strip()):
        return "it is more than one sentence"
    return None


def denied_proposition(statement: Statement) -> str | None:
    """What a denial denies, worded as a claim, or None when the denial does not state it.

    The content ("kalung yang terbuat dari kayu putih dapat mencegah penularan virus corona"),
    its speaker in place of a pronoun that stands for them ("Russia had
    killed civilians in Bucha") or before a verb that has them as its subject. A denial said in
    a quote, too short, or pointing at something said before gives None.
    """
    if statement.stance != Stance.DENIES or statement.direct:
        return None
    content = " ".join(statement.content.split())
    stripped = strip_dateline(content)
    relayed = relayed_claim(
        stripped,
        statement.language,
        denied=statement.cue_lemma in _denial_lemmas(statement.language),
    )
    if relayed is not None:
        # a pronoun in what a claim held stands for whose claim it was, when named ("Cambodia's
        # claim that it did not fire was untrue"), else for the speakers
        owner = POSSESSED_CLAIM.match(stripped)
        if owner is not None and owner.group(2).lower() in CLAIM_NOUNS:
            speakers = [owner.group(1)]
        else:
            speakers = statement_speakers(statement)
        return _existence_said(_with_speakers_for_pronoun(relayed, speakers, statement.language))
    reported = reported_false(stripped, statement.language)
    if reported is not None:
        return reported
    appositive = None
    if statement.content_start < statement.cue_start:
        # "Jokowi used a fake diploma to run for office, a charge he has consistently denied":
        # what stands before the appositive is what is denied; any other content before the
        # cue is a passive's subject ("the forgery allegations ... have been dismissed")
        appositive = APPOSITIVE_CLAIM.search(content)
        if appositive is None or appositive.group(1).lower() not in CLAIM_NOUNS:
            return None
        content = content[: appositive.start()]
    # said with a verb of denial ("denied", "membantah"): an assertion that reads as a denial
    # ("said it gave no details", "said the report was false") keeps its own words
    if statement.cue_lemma not in _denial_lemmas(statement.language):
        return None
    # what is denied, negations and all ("membantah akses ... sangat sulit sehingga kasus
    # kekerasan tidak akan terungkap")
    text = strip_dateline(content)
    words = text.strip(" ,;:.").split()
    if len(words) < (DENIAL_CLAIM_MIN_WORDS if appositive is None else APPOSITIVE_CLAIM_MIN_WORDS):
        return None
    low = _bare_words(words)
    if POINTING_WORDS & set(low[:3]) or _names_told_topic(low, statement.language):
        return None
    if _names_claim_only(words, low):
        return None  # "klaim Beijing, yang memulai pertikaian ...": whose claim, not what
    if _calls_false(low, statement.language):
        return None  # "dismissed the U.S. claims as a groundless smear": a verdict on them
    if statement.cue_lemma in REFUSING_LEMMAS and appositive is None:
        # the claim noun opens the content or stands between cue and content ("rejected claims
        # that the army ..."), or is set off after it (", a claim rejected by New Delhi")
        base = statement.sentence_start
        gap = statement.sentence[statement.cue_end - base : statement.content_start - base]
        named = [w for w in low[:3] if w not in ("the", "a", "an", "any", "all", "para")]
        said = {w.strip(",.;:").lower() for w in gap.split()} | set(named[:1])
        if not said & CLAIM_NOUNS:
            return None
    if statement.language == "en" and low[0].endswith("ing"):
        return None  # "denied having met ...": no subject to give it
    speakers = [" ".join(s.split()) for s in statement_speakers(statement)]
    if statement.speaker_id and any(ch.isdigit() for s in speakers for ch in s):
        # page furniture read into the name ("date 2022-04-03 Russia"): the actor's own name
        speakers = [statement.speaker.name]
    words = _said_of(words, low, statement.language)
    if low[0] in TOPIC_LINKERS and len(words) > DENIAL_CLAIM_MIN_WORDS:
        # "menepis terkait tindakan represif pihak kepolisian ...": what it was about (no verb
        # with "ter-" whose subject is the speaker)
        return _existence_said(" ".join(words[1:]))
    if low[0] in EXISTENCE_NOUNS:
        return _existence_said(" ".join(words))
    if (
        statement.language == "id"
        and low[0] in CLAIM_NOUNS
        and len(low) > 2
        and (
            low[1] in SPEAKER_PRONOUNS | REFLEXIVE_PRONOUNS_ID
            or (low[1].startswith(VERB_OPENINGS[:2]) and words[1].islower())
        )
    ):
        # "menepis tuduhan memiliki anak di luar pernikahan", "membantah kabar dirinya ditolak
        # warga": what the claim held of the speaker, the speaker its subject, by their name
        # when one ("Ia menepis tuduhan ...": whom "Ia" stands for; not the role and alias
        # around it), several as written
        if statement.speaker_id and len(speakers) == 1:
            subject = statement.speaker.name
        else:
            subject = _speakers_subject(speakers, statement.language)
        if subject is None:
            return None
        said = words[2:] if low[1] in SPEAKER_PRONOUNS | REFLEXIVE_PRONOUNS_ID else words[1:]
        return " ".join([subject, *said])
    # ("membantah dirinya telah mundur": oneself too)
    pronoun = low[0] in SPEAKER_PRONOUNS | REFLEXIVE_PRONOUNS_ID
    if pronoun or (
        statement.language == "id"
        and (low[0].startswith(VERB_OPENINGS) or low[0] in AUXILIARY_OPENINGS_ID)
        and words[0].islower()
    ):
        subject = _speakers_subject(speakers, statement.language)
        if subject is None:
            return None
        words = [subject] + (words[1:] if pronoun else words)
    return " ".join(words)


# Nouns of something's existence that open a denied thing, and the clause they stand for:
# "membantah adanya penembakan warga" denies "ada penembakan warga" (there was a shooting).
EXISTENCE_NOUNS = {"adanya": "ada"}


def _existence_said(text: str) -> str:
    """``text`` as a clause when it opens on a noun of existence ("adanya potensi tsunami ..."
    -> "ada potensi tsunami ..."); else as it is."""
    first, _, rest = text.partition(" ")
    clause = EXISTENCE_NOUNS.get(first.lower())
    return f"{clause} {rest}" if clause and rest else text


def _speakers_subject(speakers, language: str | None) -> str | None:
    """The speakers as one subject ("Korea Utara dan Rusia"), or None when there are none or
    one of them is only a pronoun."""
    speakers = [" ".join(s.split()) for s in speakers if s and s.strip()]
    if not speakers or any(s.lower() in SPEAKER_PRONOUNS for s in speakers):
        return None
    return (" dan " if language == "id" else " and ").join(speakers)


def _said_of(words: list[str], low: list[str], language: str) -> list[str]:
    """A denied noun and what it was said to be, as a clause: "penggunaan gas air mata yang
    disebut sebagai penyebab utama tewasnya 131 orang" -> "penggunaan gas air mata adalah
    penyebab utama tewasnya 131 orang" (the lexicon's ``said_of_forms``); else ``words``."""
    lexicon = _lexicon(language)
    if lexicon is None or not lexicon.said_of_forms:
        return words
    if wording_fault(" ".join(words), language) is None:
        # it says something of its own ("pelaku yang diduga teroris ditembak mati", "menangkap
        # aktivis yang dituduh makar"): as it is
        return words
    for i in range(1, len(low) - 2):
        if low[i] in lexicon.relative_pronouns and low[i + 1] in lexicon.said_of_forms:
            rest = i + 2
            if low[rest] in lexicon.as_markers:
                said = [*words[:i], COPULA.get(language, "is"), *words[rest + 1 :]]
            else:
                said = [*words[:i], *words[rest:]]
            return said if wording_fault(" ".join(said), language) is None else words
    return words


# The copula a noun and what it was said to be are joined with.
COPULA = {"id": "adalah", "en": "is"}


# Words between a claim noun and what it says ("kabar yang beredar bahwa ...", "the reports
# circulating online that ...").
REPORT_LINKERS = frozenset(
    {"that", "about", "of", "bahwa", "terkait", "tentang", "soal", "mengenai", "perihal", "ihwal"}
)
# Of those, the ones that may open a denied text for what it was about ("menepis terkait ...").
TOPIC_LINKERS = REPORT_LINKERS - {"that", "of", "bahwa"}
# What was reported has at least this many words ("the vaccine alters human DNA").
REPORTED_MIN_WORDS = 4
# A verdict said of a clause with no claim noun before it must say "is" ("X adalah hoaks"): "X
# tidak benar" may be part of X.
VERDICT_COPULAS = frozenset({"adalah", "merupakan", "ialah"})
# Capitalised words that may name whose report it was between the claim noun and what it held.
REPORT_OWNER_MAX = 4
# ... words of a role and a name there ("calon presiden nomor urut 01 Joko Widodo").
REPORT_ROLE_OWNER_MAX = 12
REPORT_CIRCULATING = frozenset(
    {"yang", "beredar", "viral", "tersebar", "di", "media", "sosial", "circulating", "online"}
    | {"widely", "on", "social", "shared", "circulated", "discussed", "spread", "posted"}
    | {"over", "the", "across", "through", "internet", "platforms", "melalui", "lewat", "dunia"}
    | {"maya", "grup", "whatsapp", "facebook", "twitter", "tiktok", "medsos", "instagram"}
)


def reported_false(text: str, language: str) -> str | None:
    """What a report that is called false said: "kabar terkait tujuh kontainer surat suara
    tercoblos ... adalah kabar bohong" -> "tujuh kontainer surat suara tercoblos ...", "the
    claims that the vaccine alters DNA are false" -> "the vaccine alters DNA". None unless a
    claim noun opens the text, says what it holds and only a verdict follows (``_only_verdict``).
    """
    words = text.split()
    low = _bare_words(words)
    i = 0
    while i < len(low) and low[i] in POINTING_FILLERS and low[i] not in CLAIM_NOUNS:
        i += 1
    about = _falsehood_about(low, i, language)
    if about is not None:
        # "Hoax related to the seven containers ... was very cruel", "hoaks soal vaksin
        # mengandung chip sangat meresahkan": up to what is said of it, which must be there
        # ("spekulasi soal kenaikan harga BBM membuat pasar bergejolak" says what it caused)
        lexicon = _lexicon(language)
        said_of = (lexicon.copulas - lexicon.as_markers) | lexicon.degree_words | VERDICT_COPULAS
        end = next((k for k in range(about, len(low)) if low[k] in said_of), None)
        if end is not None and end - about >= REPORTED_MIN_WORDS:
            return " ".join(words[about:end]).strip(" ,;:")
        return None
    if i >= len(low) or low[i] not in CLAIM_NOUNS:
        # "pemerintah akan menghapus subsidi BBM bulan depan adalah hoaks": what was reported
        # opens the text, the extraction having left its noun ("kabar bahwa") before it
        for at in range(REPORTED_MIN_WORDS, len(low)):
            if low[at] in VERDICT_COPULAS and _only_verdict(low[at:], language):
                if low[0] in POINTING_WORDS or low[0] in UNRESOLVED_OPENINGS:
                    return None
                return " ".join(words[:at]).strip(" ,;:")
        return None
    i += 1
    # whose it was ("pemberitaan Kantor Berita Reuters terkait ...")
    owner = i
    while i < len(low) and i - owner < REPORT_OWNER_MAX and words[i][:1].isupper():
        i += 1
    for _ in range(3):
        if i < len(low) and low[i] in REPORT_CIRCULATING and low[i] not in REPORT_LINKERS:
            i += 1
    if i >= len(low) or low[i] not in REPORT_LINKERS:
        return None
    start = i + 1
    for end in range(start + REPORTED_MIN_WORDS, len(low)):
        if _only_verdict(low[end:], language):
            return " ".join(words[start:end]).strip(" ,;:")
    return None


# Nouns of what someone said that a denial may name, besides the claim nouns ("menepis
# pernyataan Blinken yang menuduh ...").
@lru_cache(maxsize=1)
def _saying_nouns() -> frozenset[str]:
    """Nouns of what was said in every language ("pernyataan", "remarks")."""
    return _every_lexicons("saying_nouns")


def relayed_claim(text: str, language: str, denied: bool = True) -> str | None:
    """What a denied claim noun says, when a relative clause relays it with a verb of saying
    ("pernyataan Blinken yang menuduh China memasok senjata ke Rusia" -> "China memasok
    senjata ke Rusia", "a newspaper report which claimed it had directed ...") or when its
    "that" follows it, or how it went round ("China's claims that its navy ship had
    trespassed were untrue", "allegations widely discussed on social media that a minister
    resorted to violence ..."). None for any other text ("klaim Beijing, yang memulai
    pertikaian ...": what the claim did, not what it said). A verdict after it is left out
    ("... yang menyebut X adalah bohong"); without ``denied`` (the cue itself denies nothing)
    there must be one."""
    lexicon = _lexicon(language)
    if lexicon is None:
        return None
    words = text.strip(" ,;:.").split()
    low = _bare_words(words)
    named = _claim_and_owner(words, low)
    if named is None:
        return None
    i = named[1]
    if i == named[0]:
        # "pernyataan calon presiden nomor urut 01 Joko Widodo yang menyebut ...": a role and
        # a name before the relative pronoun
        i = next(
            (
                j
                for j in range(i, min(len(low), i + REPORT_ROLE_OWNER_MAX))
                if low[j] in lexicon.relative_pronouns
                # (or a word or two of what kind it was: "siaran televisi yang ...")
                and (any(w[:1].isupper() for w in words[i:j]) or j - i <= 2)
                and not any(w.endswith(",") for w in words[i:j])
            ),
            i,
        )
    if i + 1 >= len(low):
        return None
    if low[i] in lexicon.agent_markers:
        # "allegations by the departing United Nations rights envoy that ...": whose they were,
        # then what they held
        i = next(
            (
                j
                for j in range(i + 1, min(len(low), i + REPORT_ROLE_OWNER_MAX))
                if low[j] in lexicon.complementizers
                and not any(w.endswith(",") for w in words[i:j])
            ),
            i,
        )
    about = False
    # (a "that" before a verb of saying relates too: "a Reuters report that claimed ...")
    saying = (low[i] in lexicon.relative_pronouns or low[i] in lexicon.complementizers) and any(
        c.speech_act and c.stance in ("accuses", "asserts", "reports") and len(c.words) == 1
        for c in lexicon.cues.get(low[i + 1], ())
    )
    if saying:
        start = i + 2
    else:
        went = i
        while i < len(low) and i - went < CIRCULATING_MAX and low[i] in REPORT_CIRCULATING:
            i += 1
        # (or, once it went round, what it was about: "kabar yang beredar di media sosial
        # (medsos) ihwal server mereka yang telah diatur untuk memenangkan ...")
        about = (
            i < len(low)
            and low[i] in REPORT_LINKERS
            and low[i] not in lexicon.complementizers
            # (without going round, only a thing's existence that says something: "kabar soal
            # adanya relawan yang ... diangkat menjadi komisaris", not "kabar soal server KPU",
            # "the allegation about the use of chemical weapons")
            and (
                i > went
                or (
                    i + 1 < len(low)
                    and low[i + 1] in EXISTENCE_NOUNS
                    and wording_fault(_existence_said(" ".join(words[i + 1 :])), language) is None
                )
            )
        )
        # ("kabar jika Prabowo tidak maju": a loose "that")
        loose = i < len(low) and low[i] in lexicon.loose_complementizers
        if i >= len(low) or not (low[i] in lexicon.complementizers or about or loose):
            return None
        if loose:
            i += 1
        start = i + 1 if about else i
    if len(low) - start < REPORTED_MIN_WORDS:
        return None
    if low[start] in lexicon.complementizers:
        start += 1
    end = next(
        (
            k
            for k in range(start + REPORTED_MIN_WORDS, len(low))
            if _only_verdict(low[k:], language) and not _takes_object(low[k - 1])
        ),
        None,
    )
    if end is None and denied:
        # "dismissed allegations ... that the military was committing war crimes as “biased”":
        # a quoted verdict after "as" closes it
        end = next(
            (
                k
                for k in range(
                    max(start + REPORTED_MIN_WORDS, len(low) - QUOTED_VERDICT_MAX), len(low) - 1
                )
                if low[k] in lexicon.as_markers and words[k + 1][:1] in "\"“‘'"
            ),
            None,
        )
    if end is None and not denied:
        return None
    relayed = " ".join(words[start:end]).strip(" ,;:") or None
    if about and relayed is not None and wording_fault(relayed, language) is not None:
        # what it was about names something and says nothing of it ("narasi yang beredar ...
        # mengenai penangkapan prajurit TNI oleh polisi"): no claim of its own
        return None
    return relayed


# Words of a quoted verdict after "as" that closes a relayed claim, at most (with the "as").
QUOTED_VERDICT_MAX = 6
# Words of how a claim went round before its "that" ("allegations widely discussed on social
# media that ..."), at most.
CIRCULATING_MAX = 6


def _takes_object(word: str) -> bool:
    """Whether ``word`` is a verb whose object would follow it ("menyebarkan hoaks", "spreading
    lies"): what follows is what was done, no verdict."""
    return (word.startswith(VERB_OPENINGS[:2]) and len(word) > 5) or word.endswith("ing")


def _past_fillers(low: list[str]) -> int:
    # (a topic linker may open it: "membantah terkait siaran TVOne yang memberitakan ...")
    i = 1 if low and low[0] in TOPIC_LINKERS else 0
    while i < len(low) and low[i] in POINTING_FILLERS and low[i] not in CLAIM_NOUNS:
        i += 1
    return i


def _claim_noun_end(low: list[str], i: int) -> int | None:
    """Past the claim or saying noun at ``i``, or at ``i + 1`` after a word of what kind it is
    ("a newspaper report", "media reports"); None when there is none."""
    nouns = CLAIM_NOUNS | _saying_nouns()
    if i < len(low) and low[i] in nouns:
        return i + 1
    if i + 1 < len(low) and low[i + 1] in nouns and low[i] not in nouns:
        return i + 2
    return None


def _names_claim_only(words: list[str], low: list[str]) -> bool:
    """Whether a denied text names a claim and whose it is, then only describes it: "klaim
    Beijing, yang memulai pertikaian ...", "the report by Reuters, which ..."."""
    named = _claim_and_owner(words, low)
    if named is None:
        return False
    owner, k = named
    return k > owner and (k >= len(low) or words[k - 1].endswith(","))


def _claim_and_owner(words: list[str], low: list[str]) -> tuple[int, int] | None:
    """Where the capitalised words of whose claim it is start and end, after the claim or
    saying noun that opens the text ("klaim Beijing", "pernyataan Blinken"); None without
    one."""
    owner = _claim_noun_end(low, _past_fillers(low))
    if owner is None:
        return None
    k = owner
    while k < len(low) and k - owner < REPORT_OWNER_MAX and words[k][:1].isupper():
        k += 1
    return owner, k


def _with_speakers_for_pronoun(text: str, speakers, language: str | None) -> str:
    """``text`` with the speakers for an opening pronoun that stands for them ("a newspaper
    report which claimed it had directed ...", denied by the ministry)."""
    words = text.split()
    if not words or words[0].lower() not in SPEAKER_PRONOUNS:
        return text
    subject = _speakers_subject(speakers, language)
    return text if subject is None else " ".join([subject, *words[1:]])


def _falsehood_about(low: list[str], i: int, language: str) -> int | None:
    """Where what a falsehood was about starts when lower-cased ``low`` names one at ``i`` and
    what it was about ("hoax related to the seven containers ...", "hoaks soal vaksin ..."),
    else None."""
    known = _verdict_words(language)
    if known is None:
        return None
    phrase = phrase_at(low, i, known[1])
    if phrase is None:
        return None
    at = i + len(phrase)
    linker = phrase_at(low, at, _lexicon(language).topic_linkers)
    return None if linker is None else at + len(linker)


def points_back(statement: Statement) -> str | None:
    """The claim noun of a denial that only points back at something the article reported
    ("Dutton membantah laporan itu", "rejected the accusations against him"), or only calls it
    false ("tuduhan itu tidak berdasar", "the allegations are baseless"), else None.

    Such a denial says nothing to match on; what it denies is what the article reported.
    """
    if statement.stance != Stance.DENIES or statement.direct:
        return None
    words = [w for w in _bare_words(statement.content.split()) if w]
    nouns = [w for w in words if w in CLAIM_NOUNS]
    if not nouns:
        return None
    if _names_told_topic(words, statement.language) and statement.cue_lemma in _denial_lemmas(
        statement.language
    ):
        # "denied the allegation about the use of chemical weapons"
        return nouns[0]
    pointing = [w in CLAIM_NOUNS or w in POINTING_FILLERS for w in words]
    if all(pointing):
        # said with a verb of denial: "said the report" denies nothing
        return nouns[0] if statement.cue_lemma in _denial_lemmas(statement.language) else None
    # "kabar tersebut tidak benar": the claim noun first, then only a verdict on it
    first = pointing.index(False)
    if not any(w in CLAIM_NOUNS for w in words[:first]) or not _only_verdict(
        words[first:], statement.language
    ):
        return None
    return nouns[0]


def _names_told_topic(words: list[str], language: str) -> bool:
    """Whether lower-cased ``words`` name a claim already told by its topic: a definite claim
    noun and what it was about ("the allegation about the use of chemical weapons", "those
    reports of a deal", "tudingan soal senjata kimia itu"), not what it said ("the claim that
    ..."). Such a denial points back at what the article reported; its words are no claim."""
    i, told = 0, False
    while i < len(words) and words[i] in POINTING_FILLERS and words[i] not in CLAIM_NOUNS:
        told = told or words[i] in DEFINITE_DETERMINERS
        i += 1
    if i + 2 >= len(words) or words[i] not in CLAIM_NOUNS or words[i + 1] not in CLAIM_TOPIC_WORDS:
        return False
    lexicon = _lexicon(language)
    if lexicon is not None and lexicon.complementizers & set(words[i + 2 :]):
        return False  # "the reports on Monday that Russian troops had killed civilians"
    return told or words[-1] in POINTING_WORDS


# Words that may join the words of a verdict ("tidak berdasar, tak faktual dan menyesatkan").
VERDICT_JOINERS = frozenset(
    {"and", "or", "nor", "very", "gravely", "highly", "utterly", "dan", "atau", "serta", "alias"}
    | {"sangat", "amat", "semua", "seluruhnya"}
)


@lru_cache(maxsize=8)
def _verdict_words(language: str) -> tuple[frozenset[str], tuple[tuple[str, ...], ...]] | None:
    """The words that may stand around a verdict in ``language`` and its words of falsehood,
    longest first; None for a language without a lexicon."""
    lexicon = _lexicon(language)
    if lexicon is None:
        return None
    fillers = lexicon.copulas | lexicon.intensifiers | VERDICT_JOINERS
    return fillers, tuple(sorted(lexicon.falsehood_words, key=len, reverse=True))


def _only_verdict(words: list[str], language: str) -> bool:
    """Whether ``words`` only call something false: words of falsehood, with copulas,
    intensifiers and joiners around them ("are totally baseless", "adalah kabar bohong")."""
    known = _verdict_words(language)
    if known is None:
        return False
    fillers, phrases = known
    i, called = 0, False
    while i < len(words):
        phrase = phrase_at(words, i, phrases)
        if phrase is not None:
            i, called = i + len(phrase), True
        elif words[i] in fillers:
            i += 1
        else:
            return False
    return called


def claim_wording(statement: Statement) -> str:
    """The words a new claim made from ``statement`` is stored with.

    A direct quote is its own claim. Otherwise the claim is what was said, not the whole
    sentence: a sentence often carries several statements ("..., according to KCNA, a day after
    Washington accused Pyongyang of ..."), and a claim made of all of it would match each of them.
    An accusation, and content whose subject is the speaker (``SUBJECTLESS_START``), keep the
    speaker and the cue. The sentence's dateline is dropped.
    """
    denied = denied_proposition(statement)
    if denied is not None:
        return denied
    content = without_inner_attribution(statement.content, statement.content_start, statement)
    content = " ".join(content.split())
    if statement.direct or not statement.sentence:
        first = _without_opening_link(first_sentence(content))
        if len(first.split()) >= QUOTED_CLAIM_MIN_WORDS:
            return first
        return content or " ".join(statement.sentence.split())
    sentence, base = statement.sentence, statement.sentence_start
    start, end = statement.content_start - base, statement.content_end - base
    if not (0 <= start <= end <= len(sentence)) or not content:
        return strip_dateline(" ".join(statement.sentence.split()))
    whole = strip_dateline(" ".join(sentence.split()))
    first = content.split(maxsplit=1)[0].lower().strip("\"'“‘(")
    prefix = ""
    if (statement.stance in CUE_IN_CLAIM and first not in SUBJECTLESS_START) and _clause_after_cue(
        statement, sentence, base, start
    ):
        # "the movie alleges that Jokowi has been using state resources ...": the clause
        # stands alone, as an assertion's does
        pass
    elif statement.stance in CUE_IN_CLAIM or first in SUBJECTLESS_START:
        cue_start = statement.cue_start - base
        if not statement_speakers(statement) and start <= cue_start < end:
            # said by no one named, the cue inside what was said ("... of how he is said to
            # have paid for the flat"): that clause, not the sentence around it
            return strip_dateline(" ".join(content.split()))
        if not 0 <= cue_start < start:
            # The cue after what was said ("Korea Utara dituduh Washington memasok ..."): the
            # content is not what the speaker said, in that order; the sentence is.
            return whole
        start = cue_start
        # The speakers as written: the span starts at the first of them when only the others
        # and conjunctions stand between it and the cue ("Korea Selatan dan Jepang menyatakan"),
        # else the first one's words go first ("The ministry, in a statement, said it ...").
        surfaces = statement_speakers(statement)
        found = sorted(
            (at, surface)
            for surface in surfaces
            if (at := sentence.rfind(surface, 0, cue_start)) >= 0
        )
        joined = [
            at
            for at, surface in found
            if _only_speakers(sentence[at + len(surface) : cue_start], surfaces)
        ]
        if joined:
            start = min(start, joined[0])
        elif found:
            prefix = " ".join(found[0][1].split()) + " "
    said = without_inner_attribution(sentence[start:end], base + start, statement)
    wording = strip_dateline(prefix + " ".join(said.split()).strip(" ,;:"))
    if len(wording.split()) < CLAIM_MIN_WORDS:
        return whole if len(whole.split()) > len(wording.split()) else wording or content
    return wording


def _without_opening_link(text: str) -> str:
    """A quote's words without the conjunction that joined them to the words before its
    attribution ('"..." he said, "and the charge is a lie."', '"...," kata Choe, "dan ..."'),
    with the first letter of what is left made a capital."""
    head, _, rest = text.partition(" ")
    links = _every_lexicons("conjunctions") | _every_lexicons("contrastives")
    if head.lower() not in links or not rest or not rest[0].isalpha():
        return text
    return rest[0].upper() + rest[1:]


def _clause_after_cue(statement: Statement, sentence: str, base: int, start: int) -> bool:
    """Whether the content at ``start`` of ``sentence`` is a clause its cue opens with "that"
    ("alleged that ...", "menuding bahwa ..."), not the object of an accusation ("accused
    Pyongyang of ...")."""
    cue_end = (statement.cue_end or 0) - base
    if not 0 <= cue_end <= start:
        return False
    between = _WORD.findall(sentence[cue_end:start].lower())
    return bool(between) and between[-1] in _every_lexicons("complementizers")


# At most this many words, set off by commas inside what was said, are its attribution.
INNER_ATTRIBUTION_MAX_WORDS = 8


def without_inner_attribution(text: str, offset: int, statement: Statement) -> str:
    """``text`` (the article's words from ``offset`` on) without the statement's attribution
    where it stands inside them, set off by commas, with its cue first or last: "The report, he
    said, was false" says "The report was false", "JK, kata Husain, tak membentuk narasi baru"
    says "JK tak membentuk narasi baru"."""
    if statement.cue_start is None or statement.cue_end is None:
        return text
    cs, ce = statement.cue_start - offset, statement.cue_end - offset
    if not 0 < cs < ce < len(text):
        return text
    left, right = text.rfind(",", 0, cs), text.find(",", ce)
    if left <= 0 or right < 0:
        return text
    aside = text[left + 1 : right]
    if len(aside.split()) > INNER_ATTRIBUTION_MAX_WORDS or aside.count('"') or "“" in aside:
        return text
    if aside[: cs - left - 1].strip() and aside[ce - left - 1 :].strip():
        return text  # the cue inside a clause ("had been accused of fraud"), no aside
    head, tail = text[:left].rstrip(), text[right + 1 :].lstrip()
    return f"{head} {tail}" if head and tail else text


def statement_match_text(statement: Statement) -> str:
    """What a statement is matched on: its proposition (see ``proposition_text``)."""
    return proposition_text(
        content=without_inner_attribution(statement.content, statement.content_start, statement),
        sentence=statement.sentence,
        direct=statement.direct,
        stance=statement.stance,
        speakers=statement_speakers(statement),
        language=statement.language,
        cue_lemma=statement.cue_lemma,
    )


# --- indexing -----------------------------------------------------------------------------------


def claim_index(claim: Claim, *, embedder=None, aliases: AliasTable | None = None) -> None:
    embedder = embedder or get_embedder()
    passage = claim_passage(claim)
    vector = embedder.embed([passage], kind="passage", language=claim.language)[0]
    claim.embedding = vector.tolist()
    claim.embedding_model = model_key(embedder)
    aliases = aliases if aliases is not None else alias_map(claim.language)
    claim.lexical = aliases.document(passage)
    Claim.objects.filter(pk=claim.pk).update(
        embedding=claim.embedding, embedding_model=claim.embedding_model, lexical=claim.lexical
    )
    _memory_index.invalidate()
    if connection.vendor == "postgresql" and claim.embedding_model not in _ensured:
        # CREATE INDEX cannot run in a transaction with pending deferred constraint checks.
        model, dim = claim.embedding_model, len(vector)
        transaction.on_commit(lambda: vector_index_ensure(model, dim))


def vector_index_name(model: str) -> str:
    return "claim_embedding_hnsw_" + hashlib.sha1(model.encode()).hexdigest()[:10]  # noqa: S324


_ensured: set[str] = set()


def vector_index_ensure(model: str, dim: int) -> None:
    """An HNSW cosine index per embedding model (partial, on the column cast to its dimension).

    The column holds vectors of any dimension so that another model can be selected and the
    claims re-embedded without a schema change; each model gets its own index.
    """
    if model not in _ensured and _index_build(vector_index_sql(model, dim)):
        _ensured.add(model)


def _index_build(statement: tuple[str, list]) -> bool:
    """Run a CREATE INDEX IF NOT EXISTS; False when it could not run now. Called after a commit
    (``transaction.on_commit``) it runs on its own; inside a transaction that still has deferred
    checks to make (an article processed within a caller's transaction) PostgreSQL refuses it,
    and the next commit that needs the index builds it. Until then searches scan: slower, the
    same results."""
    if connection.vendor != "postgresql":
        return False
    try:
        with _savepoint(), connection.cursor() as cursor:
            cursor.execute(*statement)
    except DatabaseError:
        logger.warning("index not built yet: %s", statement[0].split(" ON ")[0], exc_info=True)
        return False
    return True


def vector_index_sql(
    model: str,
    dim: int,
    *,
    name: str | None = None,
    m: int = HNSW_M,
    ef_construction: int = HNSW_EF_CONSTRUCTION,
    concurrently: bool = False,
) -> tuple[str, list]:
    """The statement that builds ``model``'s HNSW index (under another ``name`` for a rebuild
    beside it) and its parameters."""
    return (
        f"CREATE INDEX {'CONCURRENTLY ' if concurrently else ''}IF NOT EXISTS "
        f"{name or vector_index_name(model)} ON claims_claim USING hnsw "
        f"((embedding::vector({int(dim)})) vector_cosine_ops) "
        f"WITH (m = {int(m)}, ef_construction = {int(ef_construction)}) "
        "WHERE embedding_model = %s AND merged_into_id IS NULL",
        [model],
    )


def vector_index_options(model: str) -> dict[str, int] | None:
    """The graph parameters ``model``'s HNSW index was built with; None without an index."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT coalesce(reloptions, '{}') FROM pg_class WHERE relname = %s AND relkind = 'i'",
            [vector_index_name(model)],
        )
        row = cursor.fetchone()
    if row is None:
        return None
    options = dict(option.split("=", 1) for option in row[0])
    # pgvector's defaults for an index built without them
    return {
        "m": int(options.get("m", 16)),
        "ef_construction": int(options.get("ef_construction", 64)),
    }


# The statements' own graph only proposes statements for ``claim_gather`` to search again, so
# it is lighter than the claims' (pgvector's defaults) and searched less widely.
STATEMENT_HNSW_M = 16
STATEMENT_HNSW_EF_CONSTRUCTION = 64
STATEMENT_HNSW_EF_SEARCH = 100


def statement_index_name(model: str) -> str:
    return "statement_embedding_hnsw_" + hashlib.sha1(model.encode()).hexdigest()[:10]  # noqa: S324


_statements_ensured: set[str] = set()


def statement_index_sql(model: str, dim: int, *, concurrently: bool = False) -> tuple[str, list]:
    """The statement that builds the HNSW index of the statements ``model`` embedded."""
    return (
        f"CREATE INDEX {'CONCURRENTLY ' if concurrently else ''}IF NOT EXISTS "
        f"{statement_index_name(model)} ON claims_statement USING hnsw "
        f"((embedding::vector({int(dim)})) vector_cosine_ops) "
        f"WITH (m = {STATEMENT_HNSW_M}, ef_construction = {STATEMENT_HNSW_EF_CONSTRUCTION}) "
        "WHERE embedding_model = %s",
        [model],
    )


# Up to this many statements the index is built where it is first needed, in seconds; beyond
# (an upgrade over a large base) building it would hold the writes to the statements for
# minutes, so the periodic task builds it without blocking them (``statement_index_build``),
# and gathering waits for it.
STATEMENT_INDEX_INLINE_ROWS = 50_000


def _statements_estimate() -> int:
    """PostgreSQL's estimate of the number of statements (0 before its first statistics)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT reltuples FROM pg_class WHERE relname = 'claims_statement'")
        row = cursor.fetchone()
    return max(0, int(row[0])) if row else 0


def statement_index_ready(model: str) -> bool:
    """Whether the statements' HNSW index for ``model`` exists and may be used."""
    if model in _statements_ensured:
        return True
    if connection.vendor != "postgresql":
        return False
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT i.indisvalid FROM pg_class c JOIN pg_index i ON i.indexrelid = c.oid "
            "WHERE c.relname = %s",
            [statement_index_name(model)],
        )
        row = cursor.fetchone()
    if row is not None and row[0]:
        _statements_ensured.add(model)
        return True
    return False


def statement_index_ensure(model: str, dim: int) -> None:
    """The statements' HNSW index for ``model`` where there are few statements (see
    ``STATEMENT_INDEX_INLINE_ROWS``; the claims' own: ``vector_index_ensure``)."""
    if connection.vendor != "postgresql" or statement_index_ready(model):
        return
    if _statements_estimate() > STATEMENT_INDEX_INLINE_ROWS:
        logger.info("statements' index for %s left to the periodic task", model)
        return
    if _index_build(statement_index_sql(model, dim)):
        _statements_ensured.add(model)


def statement_index_build(model: str, dim: int) -> bool:
    """Build the statements' HNSW index for ``model`` without blocking writes (CREATE INDEX
    CONCURRENTLY, outside any transaction), once across processes; an invalid index a failed
    build left is dropped first. Returns whether the index is ready."""
    if connection.vendor != "postgresql" or statement_index_ready(model):
        return connection.vendor == "postgresql"
    if connection.in_atomic_block:
        raise RuntimeError("statement_index_build must run outside a transaction")
    name = statement_index_name(model)
    digest = hashlib.blake2b(name.encode(), digest_size=8).digest()
    lock = int.from_bytes(digest, "big", signed=True)
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [lock])
        if not cursor.fetchone()[0]:
            return False  # another process is building it
        try:
            if not statement_index_ready(model):  # not built meanwhile by another process
                cursor.execute(f"DROP INDEX CONCURRENTLY IF EXISTS {name}")
                cursor.execute(*statement_index_sql(model, dim, concurrently=True))
        finally:
            cursor.execute("SELECT pg_advisory_unlock(%s)", [lock])
    return statement_index_ready(model)


def gathering_waits(model: str) -> bool:
    """Whether gathering must wait for the statements' index: on PostgreSQL, many statements
    and no index yet (scanning them all for every new claim would cost more than waiting)."""
    return (
        connection.vendor == "postgresql"
        and not statement_index_ready(model)
        and _statements_estimate() > STATEMENT_INDEX_INLINE_ROWS
    )


class _MemoryIndex:
    """The SQLite side: every claim vector in one matrix, rebuilt when claims change."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._stamp: tuple | None = None
        self._ids = np.zeros(0, dtype=np.int64)
        self._matrix = np.zeros((0, 1), dtype=np.float32)
        self._bm25: BM25Index | None = None

    def invalidate(self) -> None:
        with self._lock:
            self._stamp = None

    def _load(self, model: str) -> None:
        live = Claim.objects.filter(merged_into__isnull=True)
        stamp = (
            model,
            live.count(),
            str(live.order_by("-updated_at").values_list("updated_at", flat=True).first()),
        )
        if stamp == self._stamp:
            return
        rows = list(live.filter(embedding_model=model).values_list("id", "embedding", "lexical"))
        self._ids = np.array([r[0] for r in rows], dtype=np.int64)
        self._matrix = (
            np.vstack([np.asarray(r[1], dtype=np.float32) for r in rows])
            if rows
            else np.zeros((0, 1), dtype=np.float32)
        )
        bm25 = BM25Index()
        bm25.add([r[0] for r in rows], [r[2] or "" for r in rows])
        self._bm25 = bm25
        self._stamp = stamp

    def vector(self, model: str, query: np.ndarray, k: int) -> list[tuple[int, float]]:
        with self._lock:
            self._load(model)
            if not len(self._ids):
                return []
            sims = self._matrix @ query.astype(np.float32)
            top = np.argsort(-sims)[:k]
            return [(int(self._ids[i]), float(sims[i])) for i in top]

    def lexical(self, model: str, document: str, k: int) -> list[tuple[int, float]]:
        with self._lock:
            self._load(model)
            return self._bm25.search(document, k) if self._bm25 is not None else []


_memory_index = _MemoryIndex()


# --- search -------------------------------------------------------------------------------------


def _vector_literal(vector: np.ndarray) -> str:
    return "[" + ",".join(f"{x:.7g}" for x in vector.tolist()) + "]"


# The same claims come back as candidates search after search: their keys are kept.
_claim_key = lru_cache(maxsize=20000)(text_key)


class Row(NamedTuple):
    """What search() needs of a candidate besides its id."""

    text: str
    lexical: str
    cosine: float | None
    # The best cosine with the statements confirmed for the claim (None: there are none), when
    # the query that brought the row read it (``confirmed_read``).
    confirmed: float | None = None
    confirmed_read: bool = False


Rows = dict[int, Row]


def _confirmed_sql(dim: int, claim_id: str) -> str:
    """A scalar subquery: the best cosine of the query vector (``%(vector)s``) with the
    statements embedded by ``%(model)s`` that a reviewer confirmed for the claim ``claim_id``
    (not through a link of what the article reported around it: "membantah laporan itu" fits any
    story).

    The candidate queries carry it in their select list, so it is computed for the rows they
    return, beside their own search, instead of in a further round trip after both."""
    return (
        f"(SELECT MAX(1 - ((s.embedding::vector({dim})) <=> %(vector)s::vector({dim}))) "  # noqa: S608
        "FROM claims_claimlink l JOIN claims_statement s ON s.id = l.statement_id "
        f"WHERE l.claim_id = {claim_id} AND l.state = %(confirmed_state)s "
        "AND l.method <> %(context_method)s AND s.embedding_model = %(model)s)"
    )


def _savepoint():
    """A savepoint inside a transaction, so that a failed read does not abort it; nothing
    outside one."""
    return transaction.atomic() if connection.in_atomic_block else contextlib.nullcontext()


def _vector_candidates(
    model: str, query: np.ndarray, k: int, rows: Rows | None = None
) -> list[tuple[int, float]]:
    """The k claims nearest to ``query`` with their cosines; ``rows`` gets their columns."""
    if connection.vendor != "postgresql":
        return _memory_index.vector(model, query, k)
    # The index scan reads each candidate's row anyway: its text and lexical document come with
    # it.
    found = _hnsw_nearest(
        "claims_claim",
        "text, lexical, " + _confirmed_sql(len(query), "claims_claim.id"),
        " AND merged_into_id IS NULL",
        model,
        query,
        k,
        HNSW_EF_SEARCH,
    )
    if rows is not None:
        for cid, cosine, text, lexical, confirmed in found:
            rows[int(cid)] = Row(
                text, lexical or "", float(cosine), _float_or_none(confirmed), confirmed_read=True
            )
    return [(int(row[0]), float(row[1])) for row in found]


def _float_or_none(value) -> float | None:
    return None if value is None else float(value)


def _hnsw_nearest(
    table: str, columns: str, where: str, model: str, query: np.ndarray, k: int, ef_search: int
) -> list[tuple]:
    """(id, cosine, *columns) of the k rows of ``table`` embedded by ``model`` nearest to
    ``query``, through the table's HNSW index for the model (``where`` its further predicate).
    ``columns`` may use the parameters ``%(vector)s``, ``%(model)s`` and ``%(confirmed_state)s``;
    only the k rows returned compute them (the index scan stops at the limit)."""
    dim = len(query)
    literal = _vector_literal(query)
    # The settings, the query and the settings put back go in one round trip (several statements
    # in one execute, as the client-side binding cursor allows). Outside a transaction they run
    # as one implicit transaction; inside one, a savepoint keeps a failure from aborting it.
    # More candidates explored than returned keeps HNSW recall high at this k (bench/latency,
    # HNSW_M).
    # With ef_search that high the planner prices the index above a sequential scan until the
    # table is large (at 10k claims it chose a 16 ms scan over an 8 ms index search), so the
    # other plans are priced out; with no index for the model a scan still runs. SET LOCAL
    # values outlive a savepoint to the end of the transaction: they are put back at once, or
    # the full-text query that follows could not use its GIN index.
    sql = (
        f"SET LOCAL hnsw.ef_search = {int(ef_search)}; "  # noqa: S608 (integers and names)
        "SET LOCAL enable_seqscan = off; SET LOCAL enable_bitmapscan = off; "
        f"SELECT id, 1 - ((embedding::vector({dim})) <=> %(vector)s::vector({dim}))"
        f"{', ' + columns if columns else ''} FROM {table} "
        f"WHERE embedding_model = %(model)s{where} "
        f"ORDER BY (embedding::vector({dim})) <=> %(vector)s::vector({dim}) LIMIT %(k)s; "
        "SET LOCAL enable_seqscan TO DEFAULT; SET LOCAL enable_bitmapscan TO DEFAULT"
    )
    params = {
        "vector": literal,
        "model": model,
        "k": k,
        "confirmed_state": ClaimLink.State.CONFIRMED,
        "context_method": ClaimLink.Method.CONTEXT,
    }
    with _savepoint(), connection.cursor() as cursor:
        cursor.execute(sql, params)
        while cursor.description is None and cursor.nextset():
            pass
        return cursor.fetchall()


def _statement_candidates(model: str, query: np.ndarray, k: int) -> list[tuple[int, float]]:
    """The k statements embedded by ``model`` nearest to ``query``, with their cosines."""
    if connection.vendor != "postgresql":
        ids, rows = [], []
        for sid, embedding in Statement.objects.filter(embedding_model=model).values_list(
            "id", "embedding"
        ):
            if embedding is not None and len(embedding) == len(query):
                ids.append(sid)
                rows.append(np.asarray(embedding, np.float32))
        if not rows:
            return []
        cosines = np.stack(rows) @ query
        order = np.argsort(-cosines, kind="stable")[:k]
        return [(int(ids[i]), float(cosines[i])) for i in order]
    found = _hnsw_nearest("claims_statement", "", "", model, query, k, STATEMENT_HNSW_EF_SEARCH)
    return [(int(sid), float(cosine)) for sid, cosine in found]


def _cosines(model: str, query: np.ndarray, ids: list[int]) -> dict[int, float]:
    """Cosine of the query with each of these claims embedded by ``model`` (the SQLite side;
    on PostgreSQL the candidate queries compute them)."""
    if not ids:
        return {}
    rows = Claim.objects.filter(pk__in=ids, embedding_model=model).values_list("id", "embedding")
    return {
        cid: float(np.dot(np.asarray(embedding, np.float32), query))
        for cid, embedding in rows
        if embedding is not None and len(embedding) == len(query)
    }


def _confirmed_cosines(model: str, query: np.ndarray, ids: list[int]) -> dict[int, float]:
    """Per claim, the best cosine of the query with the statements a reviewer confirmed as
    repeating it (embedded by ``model``); claims without any are left out."""
    if not ids:
        return {}
    if connection.vendor == "postgresql":
        dim = len(query)
        sql = (
            f"SELECT l.claim_id, MAX(1 - ((s.embedding::vector({dim})) "  # noqa: S608 (integers)
            f"<=> %s::vector({dim}))) "
            "FROM claims_claimlink l JOIN claims_statement s ON s.id = l.statement_id "
            "WHERE l.claim_id = ANY(%s) AND l.state = %s AND l.method <> %s "
            "AND s.embedding_model = %s GROUP BY l.claim_id"
        )
        with _savepoint(), connection.cursor() as cursor:
            cursor.execute(
                sql,
                [
                    _vector_literal(query),
                    list(ids),
                    ClaimLink.State.CONFIRMED,
                    ClaimLink.Method.CONTEXT,
                    model,
                ],
            )
            return {int(cid): float(cosine) for cid, cosine in cursor.fetchall()}
    best: dict[int, float] = {}
    rows = (
        ClaimLink.objects.filter(
            claim_id__in=ids, state=ClaimLink.State.CONFIRMED, statement__embedding_model=model
        )
        .exclude(method=ClaimLink.Method.CONTEXT)
        .values_list("claim_id", "statement__embedding")
    )
    for cid, embedding in rows:
        cosine = _cosine(None if embedding is None else np.asarray(embedding, np.float32), query)
        if cosine is not None:
            best[cid] = max(best.get(cid, cosine), cosine)
    return best


def tsquery_any(document: str) -> str:
    """A to_tsquery expression matching any of the document's tokens (OR, as BM25 does)."""
    tokens = dict.fromkeys(t for t in document.split() if t)
    # Lexical tokens are letters and digits only; quoting keeps to_tsquery from reading any of
    # them as an operator.
    return " | ".join("'" + t.replace("'", "''") + "'" for t in tokens)


# At most this many claims are ranked by full-text score per query on PostgreSQL; below that
# number of matching claims the result equals the in-process BM25 ranking's candidate set.
LEXICAL_POOL = 1000
# The pairs of the query's longest rare tokens that find claims: a long query's 12 tokens made
# 66 pairs for the GIN index to test, and the slowest full-text queries (bench/latency).
PAIR_TOKENS = 8


def tsquery_pairs(document: str) -> str:
    """A to_tsquery expression for claims sharing at least two of the document's tokens."""
    tokens = list(dict.fromkeys(t for t in document.split() if t))
    # Longer tokens first: actor tokens and content words carry more than short ones.
    tokens = sorted(tokens, key=len, reverse=True)[:PAIR_TOKENS]
    quoted = ["'" + t.replace("'", "''") + "'" for t in tokens]
    return " | ".join(f"({a} & {b})" for i, a in enumerate(quoted) for b in quoted[i + 1 :])


# How many claims hold each of the commonest tokens, from PostgreSQL's statistics on the
# lexical_tsv column (ANALYZE, which autovacuum runs as the table grows); read again after this
# many seconds.
TOKEN_STATS_TTL = 300.0
_token_stats: dict = {"at": float("-inf"), "rows": {}}
_token_stats_lock = threading.Lock()


def token_rows() -> dict[str, float]:
    """Estimated number of claims holding each of the commonest lexical tokens.

    Empty before the table was first analysed; a token not listed is rarer than all listed.
    """
    with _token_stats_lock:
        if time.monotonic() - _token_stats["at"] < TOKEN_STATS_TTL:
            return _token_stats["rows"]
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT most_common_elems::text::text[], most_common_elem_freqs,"
                "       (SELECT reltuples FROM pg_class WHERE oid = 'claims_claim'::regclass)"
                " FROM pg_stats WHERE tablename = 'claims_claim' AND attname = 'lexical_tsv'"
                " AND schemaname = (SELECT relnamespace::regnamespace::text FROM pg_class"
                "                   WHERE oid = 'claims_claim'::regclass)"
            )
            row = cursor.fetchone()
        rows: dict[str, float] = {}
        if row and row[0] and row[1] and row[2] and row[2] > 0:
            rows = {t: float(f) * float(row[2]) for t, f in zip(row[0], row[1], strict=False)}
        _token_stats.update(at=time.monotonic(), rows=rows)
        return rows


def token_stats_forget() -> None:
    with _token_stats_lock:
        _token_stats.update(at=float("-inf"), rows={})


def finding_tokens(tokens: list[str], rows: dict[str, float], limit: int) -> list[str]:
    """The tokens worth looking claims up by: those held by at most ``limit`` claims.

    A token held by more claims than the pool can rank ("said", "korea" in a large base) finds
    nothing BM25 would put first and costs most of the query; it still counts in the ranking.
    When every token is that common, the three rarest are kept.
    """
    rare = [t for t in tokens if rows.get(t, 0.0) <= limit]
    return rare or sorted(tokens, key=lambda t: rows.get(t, 0.0))[:3]


def _lexical_candidates(
    model: str,
    document: str,
    k: int,
    rows: Rows | None = None,
    query: np.ndarray | None = None,
    embeddings: dict[int, np.ndarray] | None = None,
) -> list[tuple[int, float]]:
    """The k claims best ranked by full-text score; ``rows`` gets their columns, with their
    cosine to ``query`` when they were embedded by ``model`` at its dimension; without a
    ``query``, ``embeddings`` gets those claims' vectors (see ``search``)."""
    if not document.strip():
        return []
    if connection.vendor != "postgresql":
        return _memory_index.lexical(model, document, k)
    any_token = tsquery_any(document)
    finding = " ".join(
        finding_tokens(list(dict.fromkeys(document.split())), token_rows(), LEXICAL_POOL)
    )
    any_finding = tsquery_any(finding)
    pairs = tsquery_pairs(finding) or any_finding
    confirmed = "NULL" if query is None else _confirmed_sql(len(query), "c.id")
    with connection.cursor() as cursor:
        # Ranking every claim that shares one common word with the query does not scale to a
        # million claims, so the claims ranked are those sharing two of the query's rarer words
        # (``finding_tokens``, found through the GIN index on the stored lexical_tsv column,
        # migration 0006), topped up with one-word matches only when those are too few; they
        # are ranked on all the query's words. ts_rank_cd
        # normalisation 1 divides by 1 + log(length), as BM25's length norm damps long
        # documents; ties go to the older claim, as BM25Index keeps insertion order.
        cursor.execute(
            "WITH strong AS MATERIALIZED ("  # noqa: S608 (a subquery of integers and names)
            "  SELECT id, lexical_tsv FROM claims_claim"
            "  WHERE merged_into_id IS NULL"
            "    AND lexical_tsv @@ to_tsquery('simple', %(pairs)s)"
            "  LIMIT %(pool)s"
            "), weak AS MATERIALIZED ("
            "  SELECT id, lexical_tsv FROM claims_claim"
            "  WHERE merged_into_id IS NULL"
            "    AND (SELECT count(*) FROM strong) < %(k)s"
            "    AND lexical_tsv @@ to_tsquery('simple', %(any_finding)s)"
            "    AND id NOT IN (SELECT id FROM strong)"
            "  LIMIT %(pool)s"
            "), pool AS (SELECT * FROM strong UNION ALL SELECT * FROM weak), "
            "best AS (SELECT id, ts_rank_cd(lexical_tsv, "
            "                               to_tsquery('simple', %(any)s), 1) AS rank "
            "         FROM pool ORDER BY rank DESC, id LIMIT %(k)s) "
            # The best claims' columns come in the same query, with their cosine to the query
            # vector, or, before the query is embedded (see ``search``), their vectors.
            "SELECT best.id, best.rank, c.text, c.lexical, "
            "       CASE WHEN %(vector)s::text IS NOT NULL AND c.embedding_model = %(model)s"
            "                 AND vector_dims(c.embedding) = %(dim)s"
            "            THEN 1 - (c.embedding::vector(%(dim)s) <=> %(vector)s::vector(%(dim)s))"
            "       END, "
            "       CASE WHEN %(vector)s::text IS NULL AND %(vectors)s"
            "                 AND c.embedding_model = %(model)s"
            "            THEN c.embedding::text END, "
            # With the query vector, the best cosine with the claim's confirmed statements too.
            f"       {confirmed} "
            "FROM best JOIN claims_claim c ON c.id = best.id ORDER BY best.rank DESC, best.id",
            {
                "pairs": pairs,
                "any_finding": any_finding,
                "any": any_token,
                "pool": LEXICAL_POOL,
                "k": k,
                "model": model,
                "dim": len(query) if query is not None else 1,
                "vector": _vector_literal(query) if query is not None else None,
                "vectors": embeddings is not None,
                "confirmed_state": ClaimLink.State.CONFIRMED,
                "context_method": ClaimLink.Method.CONTEXT,
            },
        )
        found = cursor.fetchall()
    for cid, _, text, lexical, cosine, embedding, best_confirmed in found:
        vector = _parse_vector(embedding)
        if embeddings is not None and vector is not None:
            embeddings[int(cid)] = vector
        if rows is not None:
            rows[int(cid)] = Row(
                text,
                lexical or "",
                _float_or_none(cosine),
                _float_or_none(best_confirmed),
                confirmed_read=query is not None,
            )
    return [(int(row[0]), float(row[1])) for row in found]


def _parse_vector(text: str | None) -> np.ndarray | None:
    """A vector as PostgreSQL prints it ("[0.1,0.2]")."""
    if not text:
        return None
    return np.array(text.strip("[]").split(","), dtype=np.float32)


def _cosine(vector: np.ndarray | None, query: np.ndarray | None) -> float | None:
    """Cosine of two vectors of the same dimension, else None (no comparable cosine)."""
    if vector is None or query is None or len(vector) != len(query):
        return None
    norm = float(np.linalg.norm(vector)) * float(np.linalg.norm(query))
    return float(np.dot(vector, query)) / norm if norm else 0.0


# The full-text query runs beside the embedding and the vector query, on a connection of its own
# (settings.FACTDESK_MATCH_THREADS), when no transaction is open: inside one, the other
# connection would not see what this one wrote. bench/latency measures both ways.
_lexical_pool: ThreadPoolExecutor | None = None
_lexical_pool_lock = threading.Lock()


def _lexical_executor() -> ThreadPoolExecutor:
    global _lexical_pool
    with _lexical_pool_lock:
        if _lexical_pool is None:
            _lexical_pool = ThreadPoolExecutor(
                max_workers=settings.FACTDESK_MATCH_THREADS, thread_name_prefix="lexical"
            )
        return _lexical_pool


_thread_connections: set = set()


def _lexical_in_thread(
    model: str,
    text: str,
    language: str | None,
    aliases: AliasTable | None,
    k: int,
    query: np.ndarray | None,
):
    from django.db import DEFAULT_DB_ALIAS, connections

    # The thread keeps its connection between searches; one that failed, or older than
    # CONN_MAX_AGE, is opened again.
    thread_connection = connections[DEFAULT_DB_ALIAS]
    thread_connection.close_if_unusable_or_obsolete()
    with _lexical_pool_lock:
        _thread_connections.add(thread_connection)
    # The alias table (a read of the shared cache, at times of the database) is wanted by the
    # full-text query first: it is read here too, beside the vector query.
    aliases = aliases if aliases is not None else alias_map(language)
    rows: Rows = {}
    embeddings: dict[int, np.ndarray] = {}
    found = _lexical_candidates(
        model, aliases.document(text), k, rows, query, embeddings if query is None else None
    )
    return aliases, found, rows, embeddings


def lexical_threads_close() -> None:
    """Stop the full-text threads and close their connections (before a database they use is
    dropped, as the test suite does at its end). Searches afterwards start new ones."""
    global _lexical_pool
    with _lexical_pool_lock:
        pool, _lexical_pool = _lexical_pool, None
        wrappers = list(_thread_connections)
        _thread_connections.clear()
    if pool is not None:
        pool.shutdown(wait=True)
    for wrapper in wrappers:
        wrapper.inc_thread_sharing()
        try:
            wrapper.close()
        finally:
            wrapper.dec_thread_sharing()


def _parallel_lexical() -> bool:
    return (
        settings.FACTDESK_MATCH_THREADS > 0
        and connection.vendor == "postgresql"
        and not connection.in_atomic_block
    )


def _language_of(text: str) -> str | None:
    """The language of a query given without one, among the supported languages, if clear."""
    from sources.text import detect_language

    return detect_language(text, settings.FACTDESK_LANGUAGES)


def search(
    text: str,
    *,
    limit: int = 10,
    embedder=None,
    aliases: AliasTable | None = None,
    vector: np.ndarray | None = None,
    language: str | None = None,
    speakers=(),
    verbatim=(),
    exclude=frozenset(),
) -> list[Match]:
    """Ranked claims for a piece of text in any supported language.

    Candidates are the union of the best by vector and the best by lexical search; they are
    ordered by the fitted ranking score and each carries the calibrated link probability. A
    claim with the same words as the text, or as one of the ``verbatim`` texts (the sentence a
    statement was found in), comes first with probability 1. ``speakers`` (names as written)
    count towards the actor agreement of the candidates. Claims in ``exclude`` are searched as
    if they did not exist.
    """
    embedder = embedder or get_embedder()
    model = model_key(embedder)
    written = query_text(text)
    # (a query's language is found only when it is to be embedded here, as before)
    spelt = language or (_language_of(written) if vector is None else None)
    text = expand_abbreviations(written, spelt)
    k = max(CANDIDATES, limit)
    # Outside a transaction the full-text query starts first, on another connection, and runs
    # while the query is embedded and the vector query runs.
    job = (
        _lexical_executor().submit(_lexical_in_thread, model, text, language, aliases, k, vector)
        if _parallel_lexical() and text.strip()
        else None
    )
    if vector is None:
        vector = embedder.embed([text], kind="query", language=spelt)[0]
    # On PostgreSQL both queries bring their candidates' columns and cosines along; what they
    # did not bring (the SQLite side) is read here.
    found: Rows = {}
    by_vector = _vector_candidates(model, vector, k, found)
    by_lexical = None
    if job is not None:
        try:
            aliases, by_lexical, lexical_rows, embeddings = job.result()
        except DatabaseError:
            # The thread's connection failed (a database restart): this one answers, and the
            # thread opens a new connection next time.
            logger.warning("full-text query on a second connection failed", exc_info=True)
        else:
            for cid, row in lexical_rows.items():
                if row.cosine is None:
                    row = row._replace(cosine=_cosine(embeddings.get(cid), vector))
                found.setdefault(cid, row)
    aliases = aliases if aliases is not None else alias_map(language)
    document = aliases.document(text)
    actor_tokens = document.split() + aliases.document(" ; ".join(speakers)).split()
    if by_lexical is None:
        by_lexical = _lexical_candidates(model, document, k, found, vector)
    if exclude:
        by_vector = [(cid, c) for cid, c in by_vector if cid not in exclude]
        by_lexical = [(cid, c) for cid, c in by_lexical if cid not in exclude]
    vector_rank = {cid: i for i, (cid, _) in enumerate(by_vector)}
    lexical_rank = {cid: i for i, (cid, _) in enumerate(by_lexical)}
    union = list(dict.fromkeys([c for c, _ in by_vector] + [c for c, _ in by_lexical]))
    missing = [cid for cid in union if cid not in found]
    if missing:
        for cid, claim_text, claim_lexical in Claim.objects.filter(pk__in=missing).values_list(
            "id", "text", "lexical"
        ):
            found[cid] = Row(claim_text, claim_lexical or "", None)
    cosine = dict(by_vector)
    # A lexical-only candidate still needs its cosine for a comparable score (0 when it was
    # embedded by another model).
    lexical_only = [cid for cid in union if cid in found and cid not in cosine]
    cosine.update({cid: found[cid].cosine or 0.0 for cid in lexical_only})
    if connection.vendor != "postgresql":
        cosine.update(_cosines(model, vector, lexical_only))
    rows = [(cid, found[cid].text, found[cid].lexical) for cid in union if cid in found]
    # The candidate queries read the confirmed statements' cosines of their rows on PostgreSQL;
    # the others (SQLite, or rows read before the query was embedded) are read here.
    confirmed = {
        cid: found[cid].confirmed
        for cid, _, _ in rows
        if found[cid].confirmed_read and found[cid].confirmed is not None
    }
    unread = [cid for cid, _, _ in rows if not found[cid].confirmed_read]
    if unread:
        confirmed.update(_confirmed_cosines(model, vector, unread))
    keys = {
        k
        for k in [text_key(written), text_key(text)] + [text_key(query_text(v)) for v in verbatim]
        if k
    }
    query_tokens = document.split()
    matches = []
    margin = dict(zip(cosine, margins(list(cosine.values()), margin_floor(model)), strict=True))
    low = None
    for cid, claim_text, claim_lexical in rows:
        claim_tokens = (claim_lexical or "").split()
        claim_cov, query_cov = coverage(query_tokens, claim_tokens)
        agreement = actor_agreement(actor_tokens, claim_tokens)
        by_words = lexical_rank_by_words(lexical_rank.get(cid), query_tokens, claim_tokens)
        signals = Signals(
            cosine[cid],
            by_words,
            claim_cov,
            query_cov,
            agreement,
            margin[cid],
            confirmed.get(cid),
        )
        exact = _claim_key(claim_text) in keys
        swapped = not exact and country_swapped(text, claim_text)
        score = 1.0 if exact else decision_score(signals, model=model)
        if swapped:
            # neither linked nor suggested, and no obstacle to a claim of its own
            low = low if low is not None else thresholds(model).low
            score = min(score, low / 2)
        matches.append(
            Match(
                claim_id=cid,
                score=score,
                cosine=cosine[cid],
                lexical_rank=lexical_rank.get(cid),
                vector_rank=vector_rank.get(cid),
                rank=rank_score(signals, model=model),
                exact=exact,
                text=claim_text,
                confirmed=confirmed.get(cid),
                plausible=exact
                or (
                    plausible(signals, model=model)
                    and not swapped
                    and not figures_differ(text, claim_text)
                    and not subject_country_absent(text, claim_text)
                ),
                swapped=swapped,
            )
        )
    matches.sort(key=lambda m: (not m.exact, m.swapped, -m.rank, m.claim_id))
    return matches[:limit]


# --- linking ------------------------------------------------------------------------------------


def statements_link(statements: list[Statement]) -> set[int]:
    """Link each statement to its claim (auto, suggested) or make it a new claim.

    Statements with a link a person reviewed are left as they are. Returns the claims touched.
    """
    if not statements:
        return set()
    embedder = get_embedder()
    marks = thresholds(model_key(embedder))
    aliases = alias_map(statements[0].language)
    texts = [statement_match_text(s) for s in statements]
    vectors = embed_in_languages(embedder, texts, [s.language for s in statements], "query")
    wordings = [claim_wording(s) for s in statements]
    model = model_key(embedder)
    if connection.vendor == "postgresql" and model not in _statements_ensured and len(vectors):
        # CREATE INDEX waits for the commit, as the claims' does (claim_index).
        dim = len(vectors[0])
        transaction.on_commit(lambda: statement_index_ensure(model, dim))
    by_article: dict[int, set[str]] = {}
    for statement, wording in zip(statements, wordings, strict=True):
        by_article.setdefault(statement.article_id, set()).add(text_key(wording))
    touched: set[int] = set()
    pointing: list[tuple[Statement, str]] = []  # denials that point back, their claim noun
    for statement, text, vector, wording in zip(statements, texts, vectors, wordings, strict=True):
        own = frozenset(by_article[statement.article_id] - {text_key(wording)})
        statement.embedding = vector.tolist()
        statement.embedding_model = model_key(embedder)
        Statement.objects.filter(pk=statement.pk).update(
            embedding=statement.embedding, embedding_model=statement.embedding_model
        )
        if statement.links.filter(
            state__in=(ClaimLink.State.CONFIRMED, ClaimLink.State.REJECTED)
        ).exists():
            continue
        stale = statement.links.filter(state__in=(ClaimLink.State.AUTO, ClaimLink.State.SUGGESTED))
        touched.update(stale.values_list("claim_id", flat=True))
        stale.delete()
        # A denial that only points back ("the reports were false", "membantah laporan itu")
        # says nothing to match on: what its speaker's name and "false" share with a claim of
        # another article is no link ('said the reports were false' had been linked
        # automatically, as agreeing, to "The Anadolu News Agency circulated false ...").
        noun = points_back(statement)
        if noun is not None:
            pointing.append((statement, noun))
            continue
        linked = _statement_link(statement, text, vector, marks, embedder, aliases, wording, own)
        touched.update(linked)
    # Once every statement of the article is linked, whatever order they came in.
    for statement, noun in pointing:
        touched.update(_link_to_what_was_reported(statement, noun, statements, marks))
    return touched


# A denial that opens its article ("Russia rejected the accusations.") points at what the next
# few statements go on to report; no farther.
POINTING_AHEAD = 4


def _link_to_what_was_reported(
    statement: Statement, noun: str, statements: list[Statement], marks: Thresholds
) -> set[int]:
    """Suggest for a denial that points back ("membantah laporan itu") the claim of what the
    article reported before it: that of the nearest earlier statement that put it forward (an
    accusation, for "the accusations"; not the denier's own) or denied it too, and has a claim:
    the one it is linked to automatically or by a reviewer, else its best suggestion (most
    statements of an event the base already knows are only suggested for its claims, see the
    high mark in bench/newsclaims). When no statement before it put anything forward,
    the nearest of the next few (``POINTING_AHEAD``): a lead that says the accusations were
    rejected before it tells them. Suggested at the low mark, with the stance of
    ``pointing_stance``: a reviewer decides.
    """
    from .services import link_create

    candidates = _reported_before(statement, noun, statements)
    # Their live links in one query; the best of the nearest statement that has one, a link
    # made or confirmed before a suggestion.
    best: dict[int, tuple[int, str]] = {}
    for statement_id, claim_id, _state, stance in sorted(
        ClaimLink.objects.filter(
            statement__in=candidates,
            state__in=(ClaimLink.State.AUTO, ClaimLink.State.CONFIRMED, ClaimLink.State.SUGGESTED),
            claim__merged_into__isnull=True,
        )
        .order_by("-score", "claim_id")
        .values_list("statement_id", "claim_id", "state", "stance"),
        key=lambda row: row[2] == ClaimLink.State.SUGGESTED,
    ):
        best.setdefault(statement_id, (claim_id, stance))
    for candidate in candidates:
        if candidate.pk in best:
            claim_id, stance = best[candidate.pk]
            link_create(
                statement=statement,
                claim=Claim(pk=claim_id),
                score=marks.low,
                method=ClaimLink.Method.CONTEXT,
                state=ClaimLink.State.SUGGESTED,
                stance=pointing_stance(candidate, stance),
            )
            return {claim_id}
    return set()


def pointing_stance(reported: Statement, reported_stance: str) -> str:
    """The stance toward a claim of a denial that points back at ``reported`` ("Moscow rejected
    the accusations"), whose link to that claim has ``reported_stance``. Who denies the same
    thing as a denial takes its stance ("Dutton also denied the report"); who denies what was
    put forward takes the opposite: denies the claim it asserts, asserts the claim it denies
    ("the UN says Russia committed war crimes", linked as denying "Russia committed no war
    crimes", then "Russia rejected the accusations").
    """
    if reported.stance == Stance.DENIES:
        return reported_stance
    return Stance.ASSERTS if reported_stance == Stance.DENIES else Stance.DENIES


def stance_read_again(link: ClaimLink, articles: dict[int, list[Statement]] | None = None) -> str:
    """The stance ``link`` gets when it is read again from its statement and its claim's words
    as they are now (a reworded claim, links stored before a rule changed): ``link_stance``,
    or for a denial linked for what it points back at (``ClaimLink.Method.CONTEXT``)
    ``pointing_stance`` toward the nearest statement it may point at that holds a live link
    to the same claim. Where that statement is gone, the stance stays. ``articles`` keeps the
    statements of each article read for such denials, for the next link of the same article.
    """
    statement = link.statement
    if link.method != ClaimLink.Method.CONTEXT:
        return link_stance(statement, link.claim.text, link.claim.language)
    noun = points_back(statement)
    if noun is None:
        return link.stance
    articles = {} if articles is None else articles
    if statement.article_id not in articles:
        articles[statement.article_id] = list(
            Statement.objects.filter(article_id=statement.article_id).defer("embedding")
        )
    candidates = _reported_before(statement, noun, articles[statement.article_id])
    held = dict(
        ClaimLink.objects.filter(claim_id=link.claim_id, statement__in=candidates)
        .exclude(method=ClaimLink.Method.CONTEXT)
        .exclude(state=ClaimLink.State.REJECTED)
        .values_list("statement_id", "stance")
    )
    reported = next((s for s in candidates if s.pk in held), None)
    return link.stance if reported is None else pointing_stance(reported, held[reported.pk])


def _reported_before(
    statement: Statement, noun: str, statements: list[Statement]
) -> list[Statement]:
    """The statements of ``statements`` a denial pointing back with ``noun`` may point at,
    nearest first (see ``_link_to_what_was_reported``)."""
    # An earlier denial of the same thing counts too ("Bishop denied …; Dutton also denied the
    # report").
    if noun in ACCUSATION_NOUNS:
        stances = (Stance.ACCUSES, Stance.DENIES)
    else:
        stances = (*SUPPORTING_STANCES, Stance.DENIES)
    at = (statement.sentence_start, statement.cue_start)
    ordered = sorted(
        (s for s in statements if s.article_id == statement.article_id and s.pk != statement.pk),
        key=lambda s: (s.sentence_start, s.cue_start),
    )

    def fitting(around: list[Statement]) -> list[Statement]:
        return [
            s
            for s in around
            if s.stance in stances
            # one does not deny what one put forward oneself
            and not (
                s.stance != Stance.DENIES
                and statement.speaker_id is not None
                and s.speaker_id == statement.speaker_id
            )
        ]

    candidates = fitting([s for s in ordered if (s.sentence_start, s.cue_start) < at][::-1])
    if not candidates:
        # nothing reported before it: what the next few statements report
        later = [s for s in ordered if (s.sentence_start, s.cue_start) > at]
        candidates = fitting(later[:POINTING_AHEAD])
    return candidates


def _claim_text_lock(text: str) -> None:
    """Serialise the creation of claims with the same words across concurrent transactions.

    Two workers processing articles that carry the same new sentence would otherwise each find
    nothing (neither sees the other's uncommitted claim) and each create one. The lock is held
    until the transaction ends, so the second worker searches again after the first committed.
    """
    if connection.vendor != "postgresql":
        return
    digest = hashlib.blake2b(text_key(text).encode(), digest_size=8).digest()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_advisory_xact_lock(%s)", [int.from_bytes(digest, "big", signed=True)]
        )


def claim_refusal(statement: Statement, wording: str) -> str | None:
    """Why ``statement`` makes no claim of its own when it matches none, or None when it does.

    ``wording``: ``claim_wording(statement)``.
    """
    if statement.checkworthiness < CHECKWORTHY:
        return f"its check-worthiness {statement.checkworthiness:.2f} is below {CHECKWORTHY}"
    if not statement.speech_act:
        return "its cue reports no speech act"
    if statement.stance == Stance.PROMISES:
        return "a promise is no claim"
    if asked_of(statement):
        return "it tells what someone was asked to do"
    # A denial with nothing to deny in the index makes a claim of what it denies only when it
    # states it (``denied_proposition``); "denied the report" says too little.
    if statement.stance == Stance.DENIES and denied_proposition(statement) is None:
        return "its denial does not state what it denies"
    # worded so that it can be read without the article
    fault = wording_fault(wording, statement.language)
    if fault is not None:
        return f"its words cannot stand alone ({fault})"
    return None


def _statement_link(
    statement,
    text,
    vector,
    marks: Thresholds,
    embedder,
    aliases,
    wording: str,
    own: frozenset[str],
) -> set[int]:
    """Link one statement (see ``statements_link``).

    ``wording``: ``claim_wording(statement)``, the text of a claim it would make.
    ``own``: the ``text_key`` of the claim wording of the article's other statements. The
    statements of one article are different things said, most about the same event, so a claim
    worded as one of them is close to all the others: they are only suggested for it, or an
    article would count as repeating itself. A word-for-word repeat still links.
    """
    from .services import claim_create, link_create

    context = {
        "limit": 3,
        "embedder": embedder,
        "aliases": aliases,
        "vector": vector,
        "speakers": statement_speakers(statement),
        "verbatim": [wording, statement.content],
    }
    matches = search(text, **context)
    best = matches[0] if matches else None
    creates = claim_refusal(statement, wording) is None
    if creates and (best is None or best.score < marks.low):
        _claim_text_lock(wording)
        matches = search(text, **context)
        best = matches[0] if matches else None
    # The best claim this statement may be linked to automatically: claims worded as the
    # article's other statements are passed over (see ``own``).
    linkable = next((m for m in matches if m.exact or text_key(m.text) not in own), None)
    languages: dict[int, str] = {}

    def stance(match: Match) -> str:
        # the candidates' languages, read only when a link is made
        if not languages:
            ids = [m.claim_id for m in matches]
            languages.update(Claim.objects.filter(pk__in=ids).values_list("pk", "language"))
        return link_stance(statement, match.text, languages.get(match.claim_id, ""))

    # what someone was asked to do is at most suggested (see ``asked_of``)
    automatic = not asked_of(statement)
    if linkable is not None and linkable.score >= marks.high and linkable.plausible and automatic:
        link_create(
            statement=statement,
            claim=Claim(pk=linkable.claim_id),
            score=linkable.score,
            method=ClaimLink.Method.LEXICAL if linkable.exact else ClaimLink.Method.FUSION,
            state=ClaimLink.State.AUTO,
            stance=stance(linkable),
        )
        return {linkable.claim_id}
    if best is not None and best.score >= marks.low:
        suggested = [m for m in matches if m.score >= marks.low]
        for match in suggested:
            link_create(
                statement=statement,
                claim=Claim(pk=match.claim_id),
                score=match.score,
                method=ClaimLink.Method.FUSION,
                state=ClaimLink.State.SUGGESTED,
                stance=stance(match),
            )
        return {m.claim_id for m in suggested}
    if creates:
        claim = claim_create(
            text=wording,
            language=statement.language,
            subjects=[],
            # who denies a claim did not make it
            first_claimant=None if statement.stance == Stance.DENIES else statement.speaker,
            embed=False,
        )
        claim_index(claim, embedder=embedder, aliases=aliases)
        link_create(
            statement=statement,
            claim=claim,
            score=1.0,
            method=ClaimLink.Method.CREATED,
            state=ClaimLink.State.AUTO,
        )
        return {claim.pk}
    return set()


# The statements nearest to a new claim that claim_gather searches again.
GATHER_CANDIDATES = 20


class GatheringPostponed(Exception):
    """A claim cannot be gathered yet (its statements' index is being built): it stays
    ungathered and the periodic sweep takes it later."""


class GatheringImpossible(Exception):
    """A claim that cannot be gathered as it stands (no vector, or one of another model than
    the statements'): ``reembed`` gives it one, and the sweep takes it then."""


def claim_gather(claim: Claim) -> list[ClaimLink]:
    """Link a new claim to the statements stored before it that repeat, support or deny it.

    A statement is searched once, when its article is processed: one that came before its claim
    existed found nothing then, or made a claim of its own. The statements nearest to the claim
    are searched again as if they came now, and the claim gets what that search would give it:
    an automatic link when it is the statement's best claim, above the high mark, plausible, not
    worded as another statement of the statement's own article (see ``_statement_link``), and
    the statement has no automatic or confirmed link yet; otherwise a suggestion above the low
    mark. What the statements already have stays as it is, rejected links included. Returns the
    links made.
    """
    from .services import link_create

    embedder = get_embedder()
    model = model_key(embedder)
    if claim.merged_into_id is not None:
        return []
    if claim.embedding is None or claim.embedding_model != model:
        raise GatheringImpossible(f"claim {claim.pk} has no vector of {model}")
    if gathering_waits(model):
        raise GatheringPostponed(f"the statements' index for {model} is not built yet")
    marks = thresholds(model)
    vector = np.asarray(claim.embedding, np.float32)
    near = _statement_candidates(model, vector, GATHER_CANDIDATES)
    if not claim.links.filter(state=ClaimLink.State.CONFIRMED).exists():
        # Statements too far from the claim to reach the low mark whatever else they share with
        # it are not searched (most of the nearest twenty in bench/linking).
        floor = cosine_floor(model, marks.low)
        near = [(sid, cosine) for sid, cosine in near if cosine >= floor]
    near = [sid for sid, _ in near]
    linked = set(
        ClaimLink.objects.filter(claim=claim, statement_id__in=near).values_list(
            "statement_id", flat=True
        )
    )
    statements = {
        s.pk: s
        for s in Statement.objects.filter(
            pk__in=[sid for sid in near if sid not in linked]
        ).prefetch_related("links")
    }
    wordings: dict[int, dict[int, str]] = {}  # per article, each statement's claim wording
    aliases: dict[str, AliasTable] = {}
    made = []
    for sid in near:
        statement = statements.get(sid)
        if statement is None or statement.embedding is None:
            continue
        held = {link.state for link in statement.links.all()}
        if ClaimLink.State.CONFIRMED in held:
            continue  # a reviewer gave it its claim
        if points_back(statement) is not None:
            continue  # what it denies is what its article reported (see ``statements_link``)
        if statement.article_id not in wordings:
            wordings[statement.article_id] = {
                s.pk: claim_wording(s)
                for s in Statement.objects.filter(article_id=statement.article_id).defer(
                    "embedding"
                )
            }
        article = wordings[statement.article_id]
        wording = article.get(sid) or claim_wording(statement)
        own = {text_key(w) for other, w in article.items() if other != sid} - {text_key(wording)}
        language = statement.language
        if language not in aliases:
            aliases[language] = alias_map(language)
        # A claim the statement made exists only because nothing matched it then: searched
        # without it, as it was.
        made_by_it = {
            link.claim_id
            for link in statement.links.all()
            if link.method == ClaimLink.Method.CREATED
        }
        matches = search(
            statement_match_text(statement),
            limit=3,
            embedder=embedder,
            aliases=aliases[language],
            vector=np.asarray(statement.embedding, np.float32),
            speakers=statement_speakers(statement),
            verbatim=[wording, statement.content],
            exclude=made_by_it,
        )
        match = next((m for m in matches if m.claim_id == claim.pk), None)
        if match is None or match.score < marks.low:
            continue
        # Automatic only as the statement's best claim: where a claim worded in its own article
        # ranks higher (and is passed over, see _statement_link), the new one is only offered.
        linkable = next((m for m in matches if m.exact or text_key(m.text) not in own), None)
        automatic = (
            linkable is match
            and matches[0] is match
            and match.score >= marks.high
            and match.plausible
            and ClaimLink.State.AUTO not in held
            and not asked_of(statement)
        )
        if automatic:
            # Read again under the statement's lock: another claim's gathering may have linked
            # it meanwhile, and a statement counts for one claim.
            list(Statement.objects.select_for_update().filter(pk=sid).values_list("pk"))
            now = set(ClaimLink.objects.filter(statement_id=sid).values_list("state", flat=True))
            if ClaimLink.State.CONFIRMED in now:
                continue
            automatic = ClaimLink.State.AUTO not in now
        made.append(
            link_create(
                statement=statement,
                claim=claim,
                score=match.score,
                method=ClaimLink.Method.LEXICAL if match.exact else ClaimLink.Method.FUSION,
                state=ClaimLink.State.AUTO if automatic else ClaimLink.State.SUGGESTED,
                stance=link_stance(statement, claim.text, claim.language),
            )
        )
    return made
