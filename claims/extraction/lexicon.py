"""Per-language word lists that drive the extractor, loaded from ``claims/lexicons/<code>.json``.

The extractor itself knows no language: every cue, title, pronoun and abbreviation comes from
the lexicon file, so adding a language means adding a file. Keys of a lexicon file:

- ``cues``: objects with ``lemma``, ``forms`` (inflections, multiword allowed), optional
  ``pronoun_forms`` (forms that carry their speaker, "katanya") and ``passive_forms`` ("dibantah
  oleh X"), ``stance`` (one of STANCES), ``speech_act``, ``speaker`` ("before", "after" or
  "either" side of the cue), ``object`` (an object may precede the content: "told reporters
  that"), ``requires_complement`` (only a cue when "that"/"bahwa" follows), ``requires_quote``,
  ``active_only`` (not after a ``passive_auxiliaries`` word), ``directive`` (a call: "urged X not
  to" denies nothing), ``quoting`` ("Reuters quoted an official as saying": the official speaks,
  through Reuters; ``as_markers`` lists the "as"), ``carrier_only`` (a quoting cue that makes no
  statement of its own), ``naming`` ("called the allegations fake": what follows the thing
  named may call it false, see ``falsehood_words``), ``addressee`` (the object is the one spoken
  to: "told reporters the claim was false", "told the BBC ..."), ``introduces`` (announces the
  words that follow the colon closing its paragraph, which may run on for several paragraphs:
  "gave the following answer to a question raised by KCNA:"), ``answers`` (what stands
  before the cue is what was answered, never what was said: "Komentar tersebut dijawab
  Kedutaan Besar Rusia" makes no statement, but the embassy speaks next), ``possession`` (a
  claim of a thing, not of a fact, when one of ``territory_words`` follows before any "that":
  "Beijing claims almost all of the sea", "yang diklaim keduanya sebagai wilayah mereka": no
  statement),
  ``act_prefixes`` (a word opening with one of these right after the form makes it a refusal to
  act, no statement: "menolak bermain", not "menolak tudingan"), ``followed_by`` (words one of
  which must follow the form: "threatened to", not "threatened regional peace"),
  ``possessed_forms`` (nouns whose
  possessor speaks the clause that follows them: "Pakistan's allegations that ...", "tudingan
  Riefky bahwa ..."; ``possessor_after`` says the possessor follows the noun, as in Indonesian,
  rather than precedes it with "'s").
- ``participle_suffixes``: forms ending so ("saying") take the subject of the clause before.
- ``modifier_suffixes``: lower-case words ending so ("forcefully") may stand before a cue;
  ``modifier_exceptions`` end so and are nouns ("family", "assembly").
- ``singular_verbs``: a cue that is one of ``saying_nouns`` right before one of these is that
  noun, its verb after it ("The forced labor claim is a lie"), as a form in -s is before
  ``plural_verbs``.
- ``passive_prefixes``: a lower-case word of six letters or more opening with one of these,
  after the name that follows a cue, is a verb and ends the name ("ujar Anies Baswedan dilihat
  dari ...").
- ``contact_words``: a sentence with no statement in which the reporter reaches someone by one
  of these ("Kompas.com menghubungi Vice President ... Mitra Piranti untuk mengkonfirmasi")
  makes that person the one a later "pihaknya" or "he" stands for.
- ``possessive_suffixes``: a lower-case noun ending so right before a name says whose it is
  already ("pengacaranya Lisa Banks", "dalam laporannya BPN"): the name after it is the one
  meant, not part of the noun's.
- ``noun_markers``: after these a cue word is a noun ("his claims", "the report").
- ``attributive_forms``: cue forms that also describe a noun ("alleged bias"); they do after a
  ``prepositions`` word or a lower-case verb ending in one of ``past_suffixes`` ("criticised
  for alleged bias", "shared alleged chats"), when a word follows that is neither a determiner
  nor a complementizer.
- ``interrogation_forms`` and ``interrogated``: a cue form that is no cue before people, a
  number or a name ("police questioned 45 witnesses", "investigators questioned Kevin
  Egananta"): an interrogation, not a question put to a claim.
- ``not_cues``: phrases ending or opening with a cue word that are no cue ("a conference call",
  "called off").
- ``adjunct_prepositions``: open an adjunct between speaker and cue ("Putin dalam pidatonya
  menyebut", "Putin in his speech said").
- ``noun_circumfixes``: "prefix-suffix" pairs that make a common noun ("ke-an" of
  "Keyakinan"): such a word opening a sentence is no part of the name after it.
- ``portfolio_ends``: the last words of a minister's portfolio after "for", before the
  holder's name ("Coordinating Minister for Economic Affairs Airlangga Hartarto").
- ``raising_forms`` and ``raising_infinitives``: cue forms that, right after a lower-case noun
  and before one of these infinitive phrases, describe that noun, no one speaking: "a company
  owned by an individual alleged to have links with Umno", "a man reported to be missing".
- ``loose_complementizers``: right after a cue they stand for a complementizer when no comma
  follows in their clause ("mengatakan jika itu adalah hoaks" is "bahwa itu adalah hoaks"); with
  one, they open a condition ("mengatakan jika harga naik, rakyat menderita").
- ``degrees``: academic degrees written after a name without their dots or with them ("SE",
  "S.H.", "SIK"), no part of the name ("IPDA MK Umam SE" is Umam): lower-case, dots left out.
- ``appositive_markers``: open an apposition after a comma ("Juru Bicara Prabowo, yakni Dahnil
  Anzar Simanjuntak, meminta"): no part of the name after them, which the words before describe.
- ``example_markers``: open the examples of a noun before them ("sejumlah negara seperti Thailand,
  Filipina, dan Malaysia", "countries such as Britain and France"): a list of names after them
  speaks for them.
- ``speaking_relatives``: relative pronouns that speak for the one they stand for, when a name,
  a role or a body comes right before them ("Barkley, who said he typically votes democratic,
  said ..."): the pronoun is the speaker, named by that one. Not "that", which opens what was
  said as often as it relates, nor "yang", whose clause the speaker search reads on its own.
- ``short_names``: institutions' short names written as words ("Bawaslu", "Polri"): like an
  acronym, no part of the name of the person whose role they follow ("Anggota Bawaslu Mochamad
  Afiffudin" is Mochamad Afiffudin).
- ``saying_nouns``: nouns of what was said ("remarks", "pernyataan", "charge", "tuduhan"): one
  right before a name and its cue is what the name rejected or said ("in remarks Belgrade
  quickly rejected as lies"), no part of the speaker; set off after a clause (", a charge
  Moscow denies", ", a claim rejected by New Delhi", ", tuduhan yang dibantah Pyongyang") it
  names the claim that clause made, which the one named after it answers.
- ``portfolio_links``: join a title to its portfolio, then its holder's name ("Minister of
  Foreign Affairs Retno Marsudi" is Retno Marsudi), as ``role_links`` do.
- ``source_links`` and ``source_nouns``: a source described by what it knows ("a source
  familiar with the matter", "an official with knowledge of the talks"): the link after one of
  the nouns does not end the speaker's phrase.
- ``question_words``: "why", "mengapa": capitalised only by their place when a sentence opens
  on one ("Why Huawei can't spy on carriers"), no part of a name.
- ``conditionals``: "if", "jika": a cue in the clause one opens says what would be said or
  done, not what was ("if the allegations are confirmed", "if the minister denies it").
- ``floating_quantifiers``: "both": after the speakers they count, no part of a name ("The IMF
  and Spain both denied").
- ``team_roles``: roles held in a team ("pelatih", "kapten"): in lower case before one
  capitalised word they describe the team's holder ("pelatih Persib"), no person named.
- ``stationed_forms``: "posted": after a plural noun and before ``place_prepositions`` it says
  where people serve ("diplomats posted in the capital"), no one posting.
- ``naming_forms``: "called", "dubbed": set off after a noun with the name it goes by, no cue
  ("the new flight system, called MCAS, was ...").
- ``alias_markers``: "alias": a name ends before one ("Ridwan Kamil alias RK" is Ridwan Kamil).
- ``nickname_markers``: "sapaan": what someone is called comes before one, their name after it
  ("Muallem sapaan Muzakir Manaf" is Muzakir Manaf).
- ``person_nouns``: nouns for a person ("pria", "wanita"): one of them, its relative clause and
  a demonstrative before the cue ("Pria yang akrab disapa Kang Emil itu mengaku") points back
  to someone named, as a title does.
- ``comma_complements``: cue forms that otherwise need their "that" (``requires_complement``)
  but say what follows a comma right after them ("Dia menyampaikan, tuduhan tersebut terlalu
  dini").
- ``plural_verbs``: a cue form in "-s" right before one of these is a plural noun, the subject
  of that verb ("blames were apportioned to Pakistan"), no cue.
- ``indefinite_articles``: "a", "sebuah": a name after a cue ends before one ("kata Sri Mulyani
  sebuah akun Facebook bernama Sandy Yah ... mengunggah": what she said opens there).
- ``shared_items``: things posted or shared, never speakers: a cue's past form right after one
  of them, then an adjunct, describes it ("a video posted online", "a comment posted on 12
  August"), no one speaking.
- ``rumour_nouns``: a speaker that opens with one of these and then a name is what a rumour
  tells of that person ("membantah isu Presiden Joko Widodo meminta bertemu Megawati"): no
  statement.
- ``object_pronouns``: a speaker after a cue when a punctuation mark follows ("According to him,
  ...", "was denied by them."); read as the pronoun for the one meant.
- ``abbreviation_expansions``: short forms news writes for long ones ("Menlu": "Menteri Luar
  Negeri", "RS": "rumah sakit"); matching reads a text with them spelt out, so that a statement
  in one form meets a claim in the other (``claims.matching.expand_abbreviations``).
- ``interrogatives``: a cue whose speaker follows one of these after an ``asked_forms`` word is
  asked about, not said ("Asked whether he believed the report, ..."); "why" is not one of them,
  since what it asks about was said ("pressed on why he had said it was a great honor").
- ``reflexives``: a content that is only one of these says nothing ("that bond quickly revealed
  itself"). English lists them among its ``cue_modifiers`` too ("Putin himself said").
- ``role_modifiers``: words that may open a portfolio before its fields and say how the role is
  held ("Caretaker Environment and Water Minister Tuan Ibrahim", "Acting ...").
- ``region_words``: open a region's name inside a titled name, before the person ("Kepala
  Dinas Kesehatan Kota Surabaya Nanik Sukristina" is Nanik Sukristina).
- ``adjunct_openers``: besides prepositions and subordinators, words that open an adjunct set
  off by a comma before a clause ("Based on the investigation, there was no shootout",
  "Berdasarkan hasil penyelidikan, tidak ada ..."): the clause's opening is read for a negation.
- ``institutions``: words that open an institution's name, which a conjunction does not split
  ("Kementerian Komunikasi dan Informatika", "Department of Health and Human Services").
- ``noun_forms``: cue forms that are also plural nouns, read as nouns after lower-case words that
  cannot be their subject ("has made similar claims"), and before ``noun_followers``, which
  follow a noun and not a verb ("the extortion claims involving Firli").
- word lists: ``abbreviations`` (never end a sentence), ``titles`` (roles stripped from names),
  ``places`` (stripped before a name: "Presiden Rusia Vladimir Putin"; ``parties`` are read as
  places: "Politikus Golkar Bambang Soesatyo"), ``pronouns``,
  ``plural_pronouns`` (not a person's full name: "they", "mereka"), ``impersonal_pronouns``
  (stand for the organisation last named speaking, when there is one: "it"),
  ``personal_pronouns`` (stand for a person: "he", "dia"; they and a cue's "-nya" form pass over
  an organisation last named for the person named just before it), ``negations``,
  ``complementizers``, ``conjunctions`` (join speakers),
  ``agent_markers``, ``absolute_markers`` (the one named after it speaks in the participle that
  follows: "with President Volodymyr Zelensky saying"), ``determiners``, ``cue_modifiers`` (may
  stand between speaker and cue),
  ``unmade_markers`` (among a cue's modifiers they make it an act still to come or one that
  only seems made, no statement: "KPU akan membantah", "will deny", "terkesan menuduh"),
  ``role_links`` (a title after one of these belongs to the one the role serves, whose name
  follows it: "Spokesman for Russian president Vladimir Putin" is not Putin), ``serving_titles``
  (title phrases whose name after them is the one served: "Kuasa hukum Fatia" is her lawyer),
  ``see_also_markers`` (a line opening with one of these and a colon links another article and
  is read for nothing: "Baca juga:", "Read more:"), ``verb_prefixes`` (a lower-case word opening
  with one of these ends a name after it: "menurut otoritas Lebanon menewaskan ..."),
  ``organisation_nouns`` (with only a determiner they stand for the organisation
  or country last named speaking: "The network said", "negara itu mengatakan"; in a name they
  make it an organisation's; the determiner must be one of ``definite_determiners``),
  ``issued_words`` (a statement issued: with a definite determiner it speaks for the one last
  named, who issued it: "menurut keterangan tersebut"; English leaves it empty, where "the
  statement" is as often one an organisation named only as its issuer made),
  ``np_stopwords`` and ``np_inner`` (end or continue a speaker phrase), ``max_np_tokens``,
  ``place_prepositions`` (join a name and the place it sits in: "Consulate General in New York"),
  ``trailing_adjuncts`` ("on Tuesday" after a cue is not content), ``time_words`` and
  ``time_openers`` (a time phrase between speaker and cue: "North Korea on Friday said"),
  ``via_markers``, ``relay_markers`` (via markers after which any name is the outlet: "dikutip
  dari The Straits Times"),
  ``media_words``, ``outlets``, ``document_words`` ("according to a report" is no speech act),
  ``complaint_markers`` (after a reporting cue's object they make it a complaint filed, not a
  statement: "melaporkan Novel Baswedan ke polisi", "reported him to the police"),
  ``channel_words`` (after an ``adjunct_prepositions`` word at the end of a content they name
  how it was said, not what: "denied the allegations in a statement", "melalui keterangan
  tertulis"), ``platform_words`` (names of the services such a channel is on, capitalised
  inside it: "melalui akun Twitter resminya"), ``channel_partners`` (after a channel word, the
  one named after them is whom it was with: "in an interview with Al Jazeera"),
  ``role_openings`` (besides ``titles``, what opens a description of the speaker set off after
  the name at the end of the sentence: "..., said Nurcahyo Utomo, head of the KNKT"),
  ``falsehood_words``, ``copulas`` and ``intensifiers`` (an assertion that calls something false
  is a denial: "the allegations were utter nonsense", "itu hoaks"; so is one that opens on a
  word of falsehood, a ``topic_linkers`` phrase (what it was about) and, after that, a copula or
  one of the ``degree_words`` (what is said of it: "Hoax related to the seven containers ... was
  very cruel", "hoaks soal vaksin mengandung chip sangat meresahkan"), and one that has a word of
  falsehood and a ``held_linkers`` phrase (what it held) anywhere: "be wary of hoaxes linking
  hepatitis with vaccination"; ``not_falsehoods`` are terms made with a word of falsehood that
  call nothing false: "a false flag operation", "operasi bendera palsu"), ``deceiving_verbs`` and
  ``belief_words`` (what one may be misled into believing is false: "could mislead the public
  into believing that ...", "dapat menyesatkan publik untuk percaya bahwa ...", a
  ``possibility_modals`` word just before the verb; not a deception told as done, "tricked
  the victims into thinking they had won", which accuses),
  ``non_denial_markers`` (a
  negation next to one is an intention, a need, a hedge or a judgement of someone, not a
  denial: "we will not back down", "tidak akan", "tidak perlu panik", "no doubt", "not only",
  "not fit to govern", "tidak jujur"), ``negation_voiders`` (right after a negation, words
  that make it negate nothing: "not only", "no doubt", "no matter", "tidak hanya", "belum lama
  ini", "tidak sedikit"), ``said_of_forms`` (passive verbs of saying after a relative pronoun
  that tell what a noun was said to be: "penggunaan gas air mata yang disebut sebagai penyebab
  utama tewasnya 131 orang"), ``auxiliaries`` (between a relative pronoun and a negation, the
  negation is still the relative clause's: "who has never shown", "yang sudah tidak berlaku"),
  ``figure_scales`` (words that multiply the figure before them: "juta" 1000000, "100 ribu" is
  "100.000"), ``number_words`` (counts written as words, "five soldiers", "lima prajurit": read
  as the figure they stand for; not "one"/"satu", which name a thing as often as they count),
  ``restrictives`` (say that nothing more is so: "efek gas air mata hanya akan
  menimbulkan iritasi" rules out what it does not name, as a negation would), ``corrections``
  (after a negation, open what is so instead: "penyebab kematian bukan gas air mata, tapi
  kekurangan oksigen", "not X but Y", "not X, rather Y"), ``role_adverbs`` (between a
  relative pronoun and the role a titled name also holds: "Menteri Koordinator Bidang
  Perekonomian yang juga menjabat sebagai Ketua Umum Partai Golkar Airlangga Hartarto" is
  Airlangga Hartarto), ``means_markers`` (right before a cue, make it tell how a clause's
  subject acted, so the words before are no speaker: "... atas pemboman ke Rumah Sakit Baptis
  dengan menyalahkan Jihad Islam", "responded by denying"),
  ``listeners`` (who a statement is made to, passed over before its content: "told reporters", "told
  a parliamentary committee", "mengatakan kepada wartawan"), ``relative_pronouns`` (a speaker's
  relative clause is passed over: "The woman who posted the video said"), ``existentials`` (with a
  negation before the speaker no one spoke: "tidak ada studi yang menyatakan"),
  ``description_joiners`` (join a description's parts, as ``np_inner`` does: "Anggota DPRD DKI dari
  Fraksi PKS, Tubagus Arif, membantah"), ``contrastives`` ("declined to comment but said": the cue
  after one speaks for the clause's subject), ``connectives`` (a sentence's opening link, never part
  of what was said: "Sementara itu, menurut Pramono, ...", "Namun, Tubagus mengakui, ..."),
  ``subordinators`` (open a clause set off before the speaker that says when or why, not what:
  "Ketika dikonfirmasi soal itu, Sukatma membantahnya", "When asked, he denied it"),
  ``asked_forms`` (after a subordinator they open an adjunct between a speaker and the cue that
  names no speaker: "Kapolsek Nur Amin saat dikonfirmasi membantah", "The minister, when asked
  about the report, denied"),
  ``anaphors`` (a content that is only one of these points back to words said before and
  makes no statement: "Hal itu dikatakan Benny Mamoto", "That was what he said"),
  ``first_person`` ("We categorically deny"
  inside a quote is the speaker's denial), ``post_cue_adverbs`` (passed over after a cue:
  "membantah keras tudingan itu"),
  and ``checkworthiness`` with ``low``, ``opinion`` and ``factual`` words.
"""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass
from pathlib import Path

LEXICON_DIR = Path(__file__).resolve().parent.parent / "lexicons"

# The values of claims.models.Stance; kept here so that extraction needs no Django.
STANCES = ("asserts", "accuses", "denies", "confirms", "questions", "promises", "reports")
SPEAKER_SIDES = ("before", "after", "either")

_LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(?:-[a-z0-9]{2,8})?$")
# a social-media handle ("@divisihumaspolri"), dotted initials ("U.S."), words with inner
# apostrophes, hyphens or dots, or one symbol (a plural's possessive apostrophe is joined to its
# word afterwards: see ``claims.extraction.tokens``)
# (a number's groups or decimals after a comma are part of it: "13,000", "14,71")
_WORD_PATTERN = r"(?<![\w.])@\w+|(?:[^\W\d_]\.){2,}|\d+(?:,\d+)+(?![\w])|\w+(?:[’'\-.]\w+)*|[^\w\s]"


class LexiconError(ValueError):
    """A lexicon file is missing or malformed; the message names the file and the problem."""


@dataclass(frozen=True)
class Cue:
    lemma: str
    words: tuple[str, ...]
    stance: str
    speech_act: bool
    speaker: str
    # "katanya": the form carries its own pronoun speaker
    pronoun: bool = False
    # "dibantah (oleh) X": the agent follows, the content precedes
    passive: bool = False
    # "told reporters that ...", "accused X of ...": an object may sit before the content
    object: bool = False
    requires_complement: bool = False
    requires_quote: bool = False
    # not after "was"/"is" ("was asked", "is called"): the passive of these is no attribution
    active_only: bool = False
    # "saying", "adding": the speaker is the subject of the clause it hangs on
    participle: bool = False
    # "urged Russia not to": a call, so a negation in its content denies nothing
    directive: bool = False
    # "quoted X as saying": the subject relays X's words (see ``as_markers``)
    quoting: bool = False
    # a quoting cue that says nothing by itself ("quoted" without "as saying")
    carrier_only: bool = False
    # "called X Y", "described X as Y": Y, said of X, may call it false
    naming: bool = False
    # "told reporters the claim was false": the object is the one spoken to, not the content
    addressee: bool = False
    # "gave the following answer": announces the words printed after the closing colon
    introduces: bool = False
    # "Komentar tersebut dijawab Kedutaan Besar Rusia": what stands before it was answered
    answers: bool = False
    # "claims almost all of the sea": may claim a thing (see ``territory_words``), not a fact
    possession: bool = False
    # only a cue when one of these words follows it: "threatened to sue", not "threatened peace"
    followed_by: frozenset[str] = frozenset()
    # no cue when the word after it opens with one of these: a refusal to act ("menolak
    # bermain", "menolak memberikan keterangan"), not a rejection of what was said
    act_prefixes: tuple[str, ...] = ()
    # "Pakistan's allegations that ...": a noun whose possessor speaks the clause after it
    possessed: bool = False


@dataclass(frozen=True)
class Lexicon:
    language: str
    token_re: re.Pattern
    abbreviations: frozenset[str]
    cues: dict[str, tuple[Cue, ...]]
    cue_words: frozenset[str]
    pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    impersonal_pronouns: frozenset[str]
    personal_pronouns: frozenset[str]
    negations: frozenset[str]
    complementizers: frozenset[str]
    conjunctions: frozenset[str]
    agent_markers: frozenset[str]
    absolute_markers: frozenset[str]
    determiners: frozenset[str]
    cue_modifiers: frozenset[str]
    unmade_markers: frozenset[str]
    role_links: frozenset[str]
    serving_titles: frozenset[tuple[str, ...]]
    see_also_markers: tuple[str, ...]
    verb_prefixes: tuple[str, ...]
    organisation_nouns: frozenset[str]
    territory_words: frozenset[str]
    definite_determiners: frozenset[str]
    issued_words: frozenset[str]
    noun_markers: frozenset[str]
    noun_followers: frozenset[str]
    noun_forms: frozenset[str]
    attributive_forms: frozenset[str]
    prepositions: frozenset[str]
    past_suffixes: tuple[str, ...]
    participle_suffixes: tuple[str, ...]
    not_cues: frozenset[tuple[str, ...]]
    interrogation_forms: frozenset[str]
    interrogated: frozenset[str]
    institutions: frozenset[str]
    adjunct_prepositions: frozenset[str]
    adjunct_openers: frozenset[str]
    region_words: frozenset[str]
    raising_forms: frozenset[str]
    role_modifiers: frozenset[str]
    reflexives: frozenset[str]
    interrogatives: frozenset[str]
    object_pronouns: frozenset[str]
    appositive_markers: frozenset[str]
    example_markers: frozenset[tuple[str, ...]]
    rumour_nouns: frozenset[str]
    speaking_relatives: frozenset[str]
    shared_items: frozenset[str]
    indefinite_articles: frozenset[str]
    plural_verbs: frozenset[str]
    comma_complements: frozenset[str]
    person_nouns: frozenset[str]
    alias_markers: frozenset[str]
    naming_forms: frozenset[str]
    stationed_forms: frozenset[str]
    team_roles: frozenset[tuple[str, ...]]
    floating_quantifiers: frozenset[str]
    conditionals: frozenset[str]
    question_words: frozenset[str]
    source_links: frozenset[tuple[str, ...]]
    source_nouns: frozenset[str]
    nickname_markers: frozenset[tuple[str, ...]]
    portfolio_links: frozenset[str]
    saying_nouns: frozenset[str]
    short_names: frozenset[str]
    degrees: frozenset[str]
    loose_complementizers: frozenset[str]
    raising_infinitives: frozenset[tuple[str, ...]]
    portfolio_ends: frozenset[str]
    noun_circumfixes: tuple[tuple[str, str], ...]
    modifier_suffixes: tuple[str, ...]
    possessive_suffixes: tuple[str, ...]
    singular_verbs: frozenset[str]
    contact_words: frozenset[str]
    passive_prefixes: tuple[str, ...]
    modifier_exceptions: frozenset[str]
    passive_auxiliaries: frozenset[str]
    np_stopwords: frozenset[str]
    np_inner: frozenset[str]
    place_prepositions: frozenset[str]
    as_markers: frozenset[str]
    max_np_tokens: int
    possessor_after: bool
    abbreviation_expansions: dict[str, str]
    trailing_adjuncts: frozenset[str]
    time_words: frozenset[str]
    time_openers: frozenset[str]
    titles: frozenset[tuple[str, ...]]
    places: frozenset[tuple[str, ...]]
    via_markers: tuple[tuple[str, ...], ...]
    relay_markers: frozenset[tuple[str, ...]]
    media_words: frozenset[tuple[str, ...]]
    outlets: frozenset[tuple[str, ...]]
    # the first words of the outlets' names, to look for a name only where one may stand
    outlet_openers: frozenset[str]
    document_words: frozenset[str]
    channel_words: frozenset[str]
    platform_words: frozenset[str]
    channel_partners: frozenset[str]
    role_openings: frozenset[tuple[str, ...]]
    complaint_markers: frozenset[tuple[str, ...]]
    falsehood_words: frozenset[tuple[str, ...]]
    not_falsehoods: frozenset[tuple[str, ...]]
    topic_linkers: frozenset[tuple[str, ...]]
    held_linkers: frozenset[tuple[str, ...]]
    degree_words: frozenset[str]
    deceiving_verbs: frozenset[str]
    belief_words: frozenset[str]
    possibility_modals: frozenset[str]
    copulas: frozenset[str]
    non_denial_markers: frozenset[str]
    negation_voiders: frozenset[str]
    said_of_forms: frozenset[str]
    auxiliaries: frozenset[str]
    figure_scales: dict[str, int]
    number_words: dict[str, int]
    restrictives: frozenset[str]
    role_adverbs: frozenset[str]
    means_markers: frozenset[str]
    corrections: frozenset[str]
    listeners: frozenset[str]
    relative_pronouns: frozenset[str]
    existentials: frozenset[str]
    description_joiners: frozenset[str]
    contrastives: frozenset[str]
    connectives: frozenset[tuple[str, ...]]
    subordinators: frozenset[str]
    asked_forms: frozenset[str]
    anaphors: frozenset[tuple[str, ...]]
    first_person: frozenset[str]
    post_cue_adverbs: frozenset[str]
    intensifiers: frozenset[str]
    low_worth: frozenset[str]
    opinion_words: frozenset[str]
    factual_words: frozenset[str]
    phrase_len: int
    # Derived once: words that cannot stand in a bare noun phrase before a verb, the
    # function words a title may not be stripped across (see the extractor), every
    # preposition the lexicon lists, of any kind, the words that make a verb of their own
    # (auxiliaries, copulas, passive auxiliaries), the pronouns a subject may be, and the
    # words that open a ``raising_infinitives`` phrase.
    closed_words: frozenset[str] = frozenset()
    function_words: frozenset[str] = frozenset()
    any_prepositions: frozenset[str] = frozenset()
    verb_helpers: frozenset[str] = frozenset()
    subject_pronouns: frozenset[str] = frozenset()
    infinitive_markers: frozenset[str] = frozenset()


def _split_phrase(phrase: str, token_re: re.Pattern, lower: bool = True) -> tuple[str, ...]:
    words = tuple(m.group() for m in token_re.finditer(phrase))
    return tuple(w.lower() for w in words) if lower else words


def _strings(data: dict, key: str, path: Path) -> list[str]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise LexiconError(f"{path.name}: '{key}' must be a list of non-empty strings.")
    return value


def _compile(data: dict, path: Path) -> Lexicon:
    if not isinstance(data, dict):
        raise LexiconError(f"{path.name}: the file must hold a JSON object.")
    abbreviations = _strings(data, "abbreviations", path)
    # Abbreviations are tokens of their own, so "Gen." or "M.Si." never reads as a sentence end.
    escaped = sorted((re.escape(a) for a in abbreviations), key=len, reverse=True)
    prefix = rf"(?<!\w)(?:{'|'.join(escaped)})(?!\w)|" if escaped else ""
    token_re = re.compile(prefix + _WORD_PATTERN, re.UNICODE | re.IGNORECASE)

    def words(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in _strings(data, key, path))

    def phrases(key: str, lower: bool = True) -> frozenset[tuple[str, ...]]:
        return frozenset(
            p for p in (_split_phrase(s, token_re, lower) for s in _strings(data, key, path)) if p
        )

    raw_cues = data.get("cues")
    if not isinstance(raw_cues, list) or not raw_cues:
        raise LexiconError(f"{path.name}: 'cues' must be a non-empty list.")
    index: dict[str, list[Cue]] = {}
    suffixes = tuple(s.lower() for s in _strings(data, "participle_suffixes", path))
    for n, entry in enumerate(raw_cues):
        where = f"{path.name}: cue #{n + 1}"
        if not isinstance(entry, dict) or not isinstance(entry.get("lemma"), str):
            raise LexiconError(f"{where} needs a 'lemma' string.")
        stance = entry.get("stance")
        if stance not in STANCES:
            raise LexiconError(f"{where} ({entry['lemma']}): stance must be one of {STANCES}.")
        side = entry.get("speaker", "before")
        if side not in SPEAKER_SIDES:
            raise LexiconError(
                f"{where} ({entry['lemma']}): speaker must be one of {SPEAKER_SIDES}."
            )
        common = {
            "lemma": entry["lemma"],
            "stance": stance,
            "speech_act": bool(entry.get("speech_act", True)),
            "object": bool(entry.get("object", False)),
            "requires_complement": bool(entry.get("requires_complement", False)),
            "requires_quote": bool(entry.get("requires_quote", False)),
            "active_only": bool(entry.get("active_only", False)),
            "directive": bool(entry.get("directive", False)),
            "quoting": bool(entry.get("quoting", False)),
            "carrier_only": bool(entry.get("carrier_only", False)),
            "naming": bool(entry.get("naming", False)),
            "addressee": bool(entry.get("addressee", False)),
            "introduces": bool(entry.get("introduces", False)),
            "answers": bool(entry.get("answers", False)),
            "possession": bool(entry.get("possession", False)),
            "followed_by": frozenset(w.lower() for w in entry.get("followed_by", ())),
            "act_prefixes": tuple(w.lower() for w in entry.get("act_prefixes", ())),
        }
        variants = [
            ("forms", {"speaker": side}),
            ("pronoun_forms", {"speaker": "before", "pronoun": True}),
            ("passive_forms", {"speaker": "after", "passive": True}),
            ("possessed_forms", {"speaker": "before", "possessed": True}),
        ]
        for key, extra in variants:
            for form in _strings(entry, key, path):
                seq = _split_phrase(form, token_re)
                if seq:
                    participle = seq[0].endswith(suffixes) if suffixes else False
                    cue = Cue(words=seq, participle=participle, **{**common, **extra})
                    index.setdefault(seq[0], []).append(cue)
    cues = {k: tuple(sorted(v, key=lambda c: -len(c.words))) for k, v in index.items()}

    worth = data.get("checkworthiness", {})
    if not isinstance(worth, dict):
        raise LexiconError(f"{path.name}: 'checkworthiness' must be an object.")
    max_np = data.get("max_np_tokens", 8)
    if not isinstance(max_np, int) or not 1 <= max_np <= 30:
        raise LexiconError(f"{path.name}: 'max_np_tokens' must be an integer from 1 to 30.")

    scales = data.get("figure_scales", {})
    if not isinstance(scales, dict) or not all(
        isinstance(v, int) and v > 1 for v in scales.values()
    ):
        raise LexiconError(f"{path.name}: 'figure_scales' must map words to whole numbers above 1.")
    numbers = data.get("number_words", {})
    if not isinstance(numbers, dict) or not all(
        isinstance(v, int) and v > 1 for v in numbers.values()
    ):
        raise LexiconError(f"{path.name}: 'number_words' must map words to whole numbers above 1.")

    titles = phrases("titles")
    places = phrases("places") | phrases("parties")
    via_markers = tuple(sorted(phrases("via_markers"), key=len, reverse=True))
    media = phrases("media_words")
    outlets = phrases("outlets", lower=False)
    falsehood = phrases("falsehood_words")
    not_cues = phrases("not_cues")
    longest = max(
        (len(p) for p in (*titles, *places, *via_markers, *media, *outlets, *falsehood, *not_cues)),
        default=1,
    )
    return Lexicon(
        language=str(data.get("language", path.stem)),
        token_re=token_re,
        abbreviations=frozenset(a.lower() for a in abbreviations),
        cues=cues,
        cue_words=frozenset(cues),
        pronouns=words("pronouns"),
        plural_pronouns=words("plural_pronouns"),
        impersonal_pronouns=words("impersonal_pronouns"),
        personal_pronouns=words("personal_pronouns"),
        negations=words("negations"),
        complementizers=words("complementizers"),
        conjunctions=words("conjunctions"),
        agent_markers=words("agent_markers"),
        absolute_markers=words("absolute_markers"),
        determiners=words("determiners"),
        cue_modifiers=words("cue_modifiers"),
        unmade_markers=words("unmade_markers"),
        role_links=words("role_links"),
        serving_titles=phrases("serving_titles"),
        see_also_markers=tuple(sorted(words("see_also_markers"), key=len, reverse=True)),
        verb_prefixes=tuple(sorted(words("verb_prefixes"))),
        organisation_nouns=words("organisation_nouns"),
        territory_words=words("territory_words"),
        definite_determiners=words("definite_determiners"),
        issued_words=words("issued_words"),
        noun_markers=words("noun_markers"),
        noun_followers=words("noun_followers"),
        noun_forms=words("noun_forms"),
        attributive_forms=words("attributive_forms"),
        prepositions=words("prepositions"),
        past_suffixes=tuple(words("past_suffixes")),
        participle_suffixes=suffixes,
        not_cues=not_cues,
        interrogation_forms=words("interrogation_forms"),
        interrogated=words("interrogated"),
        institutions=words("institutions"),
        adjunct_prepositions=words("adjunct_prepositions"),
        adjunct_openers=words("adjunct_openers"),
        region_words=words("region_words"),
        raising_forms=words("raising_forms"),
        role_modifiers=words("role_modifiers"),
        reflexives=words("reflexives"),
        interrogatives=words("interrogatives"),
        object_pronouns=words("object_pronouns"),
        appositive_markers=words("appositive_markers"),
        example_markers=phrases("example_markers"),
        rumour_nouns=words("rumour_nouns"),
        speaking_relatives=words("speaking_relatives"),
        shared_items=words("shared_items"),
        indefinite_articles=words("indefinite_articles"),
        plural_verbs=words("plural_verbs"),
        comma_complements=words("comma_complements"),
        person_nouns=words("person_nouns"),
        alias_markers=words("alias_markers"),
        naming_forms=words("naming_forms"),
        stationed_forms=words("stationed_forms"),
        team_roles=phrases("team_roles"),
        floating_quantifiers=words("floating_quantifiers"),
        conditionals=words("conditionals"),
        question_words=words("question_words"),
        source_links=phrases("source_links"),
        source_nouns=words("source_nouns"),
        nickname_markers=phrases("nickname_markers"),
        portfolio_links=words("portfolio_links"),
        saying_nouns=words("saying_nouns"),
        short_names=words("short_names"),
        degrees=words("degrees"),
        loose_complementizers=words("loose_complementizers"),
        raising_infinitives=phrases("raising_infinitives"),
        portfolio_ends=words("portfolio_ends"),
        noun_circumfixes=tuple(
            tuple(w.split("-", 1)) for w in sorted(words("noun_circumfixes")) if "-" in w
        ),
        modifier_suffixes=tuple(words("modifier_suffixes")),
        possessive_suffixes=tuple(words("possessive_suffixes")),
        singular_verbs=words("singular_verbs"),
        contact_words=words("contact_words"),
        passive_prefixes=tuple(words("passive_prefixes")),
        modifier_exceptions=words("modifier_exceptions"),
        passive_auxiliaries=words("passive_auxiliaries"),
        np_stopwords=words("np_stopwords"),
        np_inner=words("np_inner"),
        place_prepositions=words("place_prepositions"),
        as_markers=words("as_markers"),
        max_np_tokens=max_np,
        possessor_after=bool(data.get("possessor_after", False)),
        abbreviation_expansions={
            k.lower(): v for k, v in data.get("abbreviation_expansions", {}).items()
        },
        trailing_adjuncts=words("trailing_adjuncts"),
        time_words=words("time_words"),
        time_openers=words("time_openers"),
        titles=titles,
        places=places,
        via_markers=via_markers,
        relay_markers=phrases("relay_markers"),
        media_words=media,
        outlets=outlets,
        outlet_openers=frozenset(p[0] for p in outlets),
        document_words=words("document_words"),
        channel_words=words("channel_words"),
        platform_words=words("platform_words"),
        channel_partners=words("channel_partners"),
        role_openings=phrases("role_openings"),
        complaint_markers=phrases("complaint_markers"),
        falsehood_words=falsehood,
        not_falsehoods=phrases("not_falsehoods"),
        topic_linkers=phrases("topic_linkers"),
        held_linkers=phrases("held_linkers"),
        degree_words=words("degree_words"),
        deceiving_verbs=words("deceiving_verbs"),
        belief_words=words("belief_words"),
        possibility_modals=words("possibility_modals"),
        copulas=words("copulas"),
        non_denial_markers=words("non_denial_markers"),
        negation_voiders=words("negation_voiders"),
        said_of_forms=words("said_of_forms"),
        auxiliaries=words("auxiliaries"),
        figure_scales={str(k).lower(): v for k, v in scales.items()},
        number_words={str(k).lower(): v for k, v in numbers.items()},
        restrictives=words("restrictives"),
        role_adverbs=words("role_adverbs"),
        means_markers=words("means_markers"),
        corrections=words("corrections"),
        listeners=words("listeners"),
        relative_pronouns=words("relative_pronouns"),
        existentials=words("existentials"),
        description_joiners=words("description_joiners"),
        contrastives=words("contrastives"),
        connectives=phrases("connectives"),
        subordinators=words("subordinators"),
        asked_forms=words("asked_forms"),
        anaphors=phrases("anaphors"),
        first_person=words("first_person"),
        post_cue_adverbs=words("post_cue_adverbs"),
        intensifiers=words("intensifiers"),
        low_worth=frozenset(w.lower() for w in _strings(worth, "low", path)),
        opinion_words=frozenset(w.lower() for w in _strings(worth, "opinion", path)),
        factual_words=frozenset(w.lower() for w in _strings(worth, "factual", path)),
        phrase_len=longest,
        closed_words=words("np_stopwords")
        | words("determiners")
        | words("pronouns")
        | words("cue_modifiers")
        | words("noun_markers"),
        function_words=words("np_stopwords") | words("np_inner") | words("determiners"),
        any_prepositions=words("prepositions")
        | words("adjunct_prepositions")
        | words("place_prepositions"),
        verb_helpers=words("auxiliaries") | words("copulas") | words("passive_auxiliaries"),
        subject_pronouns=words("pronouns") - words("object_pronouns"),
        infinitive_markers=frozenset(p[0] for p in phrases("raising_infinitives")),
    )


_cache: dict[str, Lexicon] = {}
_lock = threading.Lock()


def supported_languages() -> list[str]:
    """Language codes that have a lexicon file, sorted."""
    return sorted(p.stem for p in LEXICON_DIR.glob("*.json") if _LANGUAGE_CODE.match(p.stem))


def get_lexicon(language: str) -> Lexicon:
    """The compiled lexicon for ``language``; ValueError when there is none."""
    if not isinstance(language, str) or not _LANGUAGE_CODE.match(language.strip().lower()):
        raise ValueError(
            f"No extraction lexicon for language {language!r}; "
            f"supported: {', '.join(supported_languages())}."
        )
    code = language.strip().lower()
    lexicon = _cache.get(code)
    if lexicon is not None:
        return lexicon
    path = LEXICON_DIR / f"{code}.json"
    if not path.is_file():
        raise ValueError(
            f"No extraction lexicon for language '{code}'; "
            f"supported: {', '.join(supported_languages())}."
        )
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise LexiconError(f"{path.name} could not be read as JSON: {exc}") from exc
    with _lock:
        lexicon = _cache.setdefault(code, _compile(data, path))
    return lexicon
