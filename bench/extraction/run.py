"""Attribution extraction measured on PolNeAR (English news, every attribution annotated).

    .venv/bin/python bench/extraction/run.py [--split dev|train] [--data DIR] [--repeat N]

Prints precision, recall and F1 for source, cue and content spans (exact and overlapping; for
content, also exact but for an opening "that"), for whole attributions, for all attributions and
for those whose cue is a speech verb, then the throughput of the extractor (articles per second
on one core). See README.md next to this file.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from claims.extraction import EXTRACTOR_VERSION, extract  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "polnear"
ROLES = ("source", "cue", "content")
# Speech verbs, fixed here independently of the extractor's lexicon: a gold attribution counts
# as a speech act when one word of its cue is one of these.
_SPEECH_VERB_LINES = (
    "say says said saying tell tells told telling state states stated stating add adds",
    "added adding according claim claims claimed claiming allege alleges alleged",
    "alleging accuse accuses accused accusing deny denies denied denying reject rejects",
    "rejected rejecting dismiss dismisses dismissed dismissing confirm confirms",
    "confirmed confirming promise promises promised promising pledge pledges pledged",
    "pledging warn warns warned warning urge urges urged urging insist insists insisted",
    "insisting ask asks asked asking write writes wrote writing tweet tweets tweeted",
    "tweeting announce announces announced announcing report reports reported reporting",
    "note notes noted noting argue argues argued arguing explain explains explained",
    "explaining declare declares declared declaring reply replies replied respond",
    "responds responded acknowledge acknowledges acknowledged admit admits admitted",
    "concede conceded vow vows vowed suggest suggests suggested suggesting testify",
    "testified recall recalls recalled recalling criticize criticized criticizes",
    "criticise criticised blame blamed blames charge charged condemn condemned denounce",
    "denounced praise praised demand demanded demands threaten threatened predict",
    "predicted stress stressed emphasize emphasized complain complained joke joked quip",
    "quipped boast boasted mock mocked question questioned questions wonder wondered",
    "tout touted describe described describes call called calls calling cite cited",
    "citing",
)
SPEECH_VERBS = frozenset(w for line in _SPEECH_VERB_LINES for w in line.split())
_WORD = re.compile(r"[\w’']+")
_EDGE = " \t\n\"“”‘’'.,;:!?—–-()[]"
_THAT = re.compile(r"[Tt]hat\b")
# Match modes: spans that overlap, the same spans, the same spans but for an opening "that".
MODES = {"overlap": False, "exact": True, "exact*": "that"}


@dataclass
class Attribution:
    source: list[tuple[int, int]]
    cue: list[tuple[int, int]]
    content: list[tuple[int, int]]
    speech: bool


def _fragments(spec: str) -> list[tuple[int, int]]:
    out = []
    for part in spec.split(";"):
        start, end = part.split()
        out.append((int(start), int(end)))
    return out


def read_annotations(path: Path, text: str) -> list[Attribution]:
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("T") and len(cols) >= 2:
            kind, _, spec = cols[1].partition(" ")
            try:
                spans[cols[0]] = (kind.lower(), _fragments(spec))
            except ValueError:
                continue
        elif line.startswith("E") and len(cols) >= 2:
            events.append(dict(arg.split(":", 1) for arg in cols[1].split() if ":" in arg))
    attributions = []
    for args in events:
        roles = {role: [] for role in ROLES}
        for role_name, ref in args.items():
            role = role_name.lower()
            if role in roles and ref in spans:
                roles[role] = spans[ref][1]
        if not roles["cue"]:
            continue
        cue_words = {w.lower() for s, e in roles["cue"] for w in _WORD.findall(text[s:e])}
        attributions.append(Attribution(speech=bool(cue_words & SPEECH_VERBS), **roles))
    return attributions


def _norm(
    text: str, frags: list[tuple[int, int]], that: bool = False
) -> tuple[tuple[int, int], ...]:
    """Fragments with surrounding quote marks, punctuation and space trimmed, for exact match;
    with ``that``, an opening "that" too (PolNeAR's content takes the cue's "that", FactDesk's
    leaves it out)."""
    out = []
    for s, e in frags:
        while s < e and text[s] in _EDGE:
            s += 1
        if that and not out and _THAT.match(text, s, e):
            s = _THAT.match(text, s, e).end()
            while s < e and text[s] in _EDGE:
                s += 1
        while e > s and text[e - 1] in _EDGE:
            e -= 1
        if s < e:
            out.append((s, e))
    return tuple(out)


def _overlaps(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def _same(text: str, a, b, exact: bool | str) -> bool:
    if not a or not b:
        return False
    if not exact:
        return _overlaps(a, b)
    that = exact == "that"
    return _norm(text, a, that) == _norm(text, b, that)


def predicted(text: str) -> list[Attribution]:
    out: list[Attribution] = []
    by_cue: dict[tuple[int, int], Attribution] = {}
    for s in extract(text, "en"):
        cue = (s.cue.start, s.cue.end)
        if cue in by_cue:
            # A quote run on into the next paragraph, or resumed after its attribution ('"...,"
            # he said, "..."'), is a statement of its own in FactDesk and another content
            # fragment of the same attribution in PolNeAR.
            by_cue[cue].content.append((s.content.start, s.content.end))
            continue
        by_cue[cue] = Attribution(
            source=[(sp.start, sp.end) for sp in s.speakers if not _is_cue(sp, s)],
            cue=[cue],
            content=[(s.content.start, s.content.end)],
            speech=s.speech_act,
        )
        out.append(by_cue[cue])
    return out


def _is_cue(speaker, statement) -> bool:
    return speaker.start == statement.cue.start and speaker.end == statement.cue.end


class Score:
    def __init__(self) -> None:
        self.tp_pred = self.tp_gold = self.n_pred = self.n_gold = 0

    def add(self, matched_pred: int, n_pred: int, matched_gold: int, n_gold: int) -> None:
        self.tp_pred += matched_pred
        self.n_pred += n_pred
        self.tp_gold += matched_gold
        self.n_gold += n_gold

    def prf(self) -> tuple[float, float, float]:
        p = self.tp_pred / self.n_pred if self.n_pred else 0.0
        r = self.tp_gold / self.n_gold if self.n_gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _match(text, golds, preds, same) -> tuple[set[int], set[int]]:
    """Greedy one-to-one matching in document order."""
    used_pred: set[int] = set()
    matched_gold: set[int] = set()
    for gi, gold in enumerate(golds):
        for pi, pred in enumerate(preds):
            if pi not in used_pred and same(gold, pred):
                used_pred.add(pi)
                matched_gold.add(gi)
                break
    return matched_gold, used_pred


def evaluate(pairs, scores) -> None:
    for text, golds, preds in pairs:
        for mode, exact in MODES.items():
            for role in ROLES:
                g = [a for a in golds if getattr(a, role)]
                p = [a for a in preds if getattr(a, role)]
                mg, mp = _match(
                    text,
                    g,
                    p,
                    lambda x, y, r=role, tx=text, ex=exact: _same(
                        tx, getattr(x, r), getattr(y, r), ex
                    ),
                )
                _add(scores, (mode, role), g, p, mg, mp)

            def whole(x, y, text=text, exact=exact):
                if not _same(text, x.cue, y.cue, exact):
                    return False
                if not _same(text, x.content, y.content, exact):
                    return False
                # a gold source must be found; a source where the annotators saw none is allowed
                return not x.source or _same(text, x.source, y.source, exact)

            mg, mp = _match(text, golds, preds, whole)
            _add(scores, (mode, "attribution"), golds, preds, mg, mp)


def _add(scores, key, golds, preds, matched_gold, matched_pred) -> None:
    for subset in ("all", "speech"):
        picked_g = [i for i, a in enumerate(golds) if subset == "all" or a.speech]
        picked_p = [i for i, a in enumerate(preds) if subset == "all" or a.speech]
        scores.setdefault((subset, *key), Score()).add(
            sum(1 for i in picked_p if i in matched_pred),
            len(picked_p),
            sum(1 for i in picked_g if i in matched_gold),
            len(picked_g),
        )


def load(split_dir: Path):
    texts = sorted((split_dir / "text").glob("*.txt"))
    items = []
    for text_path in texts:
        annotations = sorted((split_dir / "attributions").glob(text_path.stem + "_*.ann"))
        if not annotations:
            continue
        text = text_path.read_text(encoding="utf-8")
        # Articles annotated twice are scored against their first annotator only.
        items.append((text, read_annotations(annotations[0], text)))
    return items


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=["train", "dev"])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the polnear folder")
    parser.add_argument("--repeat", type=int, default=3, help="timing passes over the split")
    args = parser.parse_args(argv)
    split_dir = args.data / args.split
    if not (split_dir / "text").is_dir():
        print(f"error: no PolNeAR split at {split_dir} (expected text/ and attributions/)")
        return 2

    items = load(split_dir)
    pairs = [(text, golds, predicted(text)) for text, golds in items]
    scores: dict = {}
    evaluate(pairs, scores)

    print(f"PolNeAR {args.split}: {len(items)} articles, extractor {EXTRACTOR_VERSION}")
    n_gold = sum(len(g) for _, g, _ in pairs)
    n_speech = sum(1 for _, g, _ in pairs for a in g if a.speech)
    n_pred = sum(len(p) for _, _, p in pairs)
    print(f"gold attributions {n_gold} (speech-act cues {n_speech}), predicted {n_pred}")
    for subset in ("all", "speech"):
        title = "all attributions" if subset == "all" else "speech-act cues only"
        print(f"\n{title}")
        print(f"  {'span':<12} {'match':<8} {'P':>6} {'R':>6} {'F1':>6}")
        for role in (*ROLES, "attribution"):
            for mode in MODES:
                if mode == "exact*" and role not in ("content", "attribution"):
                    continue
                p, r, f = scores[(subset, mode, role)].prf()
                print(f"  {role:<12} {mode:<8} {p:6.3f} {r:6.3f} {f:6.3f}")

    texts = [text for text, _ in items]
    size = sum(len(t.encode("utf-8")) for t in texts) / max(1, len(texts))
    best = float("inf")
    for _ in range(max(1, args.repeat)):
        started = time.perf_counter()
        for text in texts:
            extract(text, "en")
        best = min(best, time.perf_counter() - started)
    rate = len(texts) / best if best else float("inf")
    print(
        f"\nthroughput: {rate:.0f} articles/s on one core "
        f"(mean article {size / 1000:.1f} KB, {rate * size / 5000:.0f} 5-KB articles/s)"
    )
    print(
        f"machine: {platform.machine()} {platform.processor() or ''} {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}, {platform.system()}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
