"""Attribution extraction: sentence units and attributed statements, in any language that has a
lexicon file in ``claims/lexicons/``. Pure Python, no Django: the caller
(``claims.services.article_statements_replace``) resolves speakers and outlets.

The rules run in layers, each module using only those before it: ``lexicon`` (the language's
words), ``sentences`` (sentence units, quotes), ``tokens`` (a unit's tokens and word-level
tests), ``stance`` (negations and denials), ``cues`` (where a statement is made), ``speakers`` (who
makes it, and who was named before), ``contents`` (what is said and through which outlet),
``extractor`` (a cue's analysis and the document read in order).
"""

from .extractor import ExtractedStatement, extract
from .lexicon import STANCES, LexiconError, get_lexicon, supported_languages
from .sentences import Span, split_sentences

# Bump whenever the output for the same text may change: stored statements record it and
# articles processed by an older version are processed again.
EXTRACTOR_VERSION = "rules-46"

__all__ = [
    "EXTRACTOR_VERSION",
    "STANCES",
    "ExtractedStatement",
    "LexiconError",
    "Span",
    "extract",
    "get_lexicon",
    "split_sentences",
    "supported_languages",
]
