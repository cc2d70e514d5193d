"""Resolving a speaker as written ("Pemimpin Korea Utara Kim Jong Un") to a known actor."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .models import Actor, ActorAlias, normalise_alias

_WORD = re.compile(r"\w+", re.UNICODE)


# Words of description an unreviewed actor's name may follow, none of them joining words.
UNREVIEWED_LEAD_MAX = 4
JOINING_WORDS = frozenset({"and", "of", "for", "to", "dan", "untuk", "dari", "bagi"})


@dataclass
class AliasResolver:
    """Longest-alias matching over every actor alias, built once per article.

    Titles and roles need no list of their own: the longest alias inside the surface wins, ties
    going to the rightmost one, which in English and Indonesian noun phrases is the head
    ("Presiden Rusia Vladimir Putin" is Putin, not Russia).
    """

    language: str = ""
    # normalised alias -> actor id, for this language and language-neutral aliases
    aliases: dict[str, int] = field(default_factory=dict)
    kinds: dict[int, str] = field(default_factory=dict)
    names: dict[int, str] = field(default_factory=dict)
    max_words: int = 1
    # people named earlier in the article, for "Kim" or "Putin" on their own
    mentioned_people: list[int] = field(default_factory=list)
    # actors made from speakers no one has reviewed yet: matched by their whole name only
    unreviewed: set[int] = field(default_factory=set)

    @classmethod
    def load(cls, language: str = "") -> AliasResolver:
        resolver = cls(language=language)
        rows = ActorAlias.objects.filter(actor__merged_into__isnull=True).values_list(
            "normalised", "language", "actor_id", "actor__kind", "actor__name"
        )
        for normalised, alias_language, actor_id, kind, name in rows:
            if alias_language and language and alias_language != language:
                # Same spelling in another language stays usable unless this language has it.
                resolver.aliases.setdefault(normalised, actor_id)
                continue
            resolver.aliases[normalised] = actor_id
            resolver.kinds[actor_id] = kind
            resolver.names[actor_id] = name
        for actor_id, kind, name, reviewed in Actor.objects.values_list(
            "id", "kind", "name", "reviewed"
        ):
            resolver.kinds.setdefault(actor_id, kind)
            resolver.names.setdefault(actor_id, name)
            if not reviewed:
                resolver.unreviewed.add(actor_id)
        resolver.max_words = max((len(a.split()) for a in resolver.aliases), default=1)
        return resolver

    def scan(self, text: str) -> list[tuple[int, int, int]]:
        """Every alias occurrence in ``text`` as (start word, end word, actor id), longest first."""
        words = [normalise_alias(m.group()) for m in _WORD.finditer(text)]
        found = []
        for i in range(len(words)):
            for n in range(min(self.max_words, len(words) - i), 0, -1):
                actor_id = self.aliases.get(" ".join(words[i : i + n]))
                if actor_id is not None:
                    found.append((i, i + n, actor_id))
                    break
        return found

    def note_article(self, text: str) -> None:
        """Remember the people an article names, in order, for bare surnames later on."""
        for _, _, actor_id in self.scan(text):
            if (
                self.kinds.get(actor_id) == Actor.Kind.PERSON
                and actor_id not in self.mentioned_people
            ):
                self.mentioned_people.append(actor_id)

    def resolve(self, surface: str) -> int | None:
        matches = self.scan(surface)
        words = [normalise_alias(w) for w in _WORD.findall(surface)]
        # An unreviewed actor, made from a misread speaker, is found inside a longer name only
        # after a few words of description that join nothing ("Otoritas Ukraina", "Dokter Anak
        # Konsultan Gastrohepatologi Hanifah Oswari"): "Information" is not "Communication and
        # Information Ministry", "Ukraina" not "Duta Besar Rusia untuk Ukraina".
        matches = [
            m
            for m in matches
            if m[2] not in self.unreviewed
            or (m[0], m[1]) == (0, len(words))
            or (
                m[1] == len(words)
                and m[0] <= UNREVIEWED_LEAD_MAX
                and not JOINING_WORDS & set(words[: m[0]])
            )
        ]
        if matches:
            best = max(matches, key=lambda m: (m[1] - m[0], m[1]))
            return best[2]
        if len(words) == 1:
            # A bare "Kim" or "Putin": the person of that name the article already introduced.
            for actor_id in reversed(self.mentioned_people):
                name_words = normalise_alias(self.names.get(actor_id, "")).split()
                if words[0] in name_words:
                    return actor_id
        return None
