"""Attribution extraction: sentence units and attributed statements, in any language that has a
lexicon file in ``claims/lexicons/``. Pure Python, no Django: the caller
(``claims.services.article_statements_replace``) resolves speakers and outlets.
"""

from .extractor import ExtractedStatement, extract
from .lexicon import STANCES, LexiconError, get_lexicon, supported_languages
from .sentences import Span, split_sentences

# Bump whenever the output for the same text may change: stored statements record it and
# articles processed by an older version are processed again.
EXTRACTOR_VERSION = "rules-7"

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
