"""Real reporting of a few events, linked end to end: which claims come out, and how.

Usage (from the repository root):

    python bench/linking/run.py EVENT_DIR [EVENT_DIR ...] --out report.md

Each EVENT_DIR holds one event's articles as text files named ``NN-LANG-slug.txt`` (``NN`` the
order of publication, ``LANG`` ``en`` or ``id``). A throwaway SQLite database gets the demo data
(`loaddemo`), then every article, event after event, goes through what a worker does with a
submitted article (`sources.services.article_submit`, processed in-process): extraction, the
statements' embedding, their links to existing claims or the claims they make.

The report lists, per article, every statement with its speaker, cue, stance, check-worthiness and
links (state, score, claim), then every claim with its statements, and for each claim the claims
nearest to it (`claims.selectors.claim_similar`, what the admin shows as merge candidates). It is
written to be judged by a person: which automatic links are right, which claims are the same
claim made twice, which are no claims at all. The counts are printed on standard output.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factdesk.settings")
os.environ.setdefault("SECRET_KEY", "bench-only")
# Always a database of its own, and tasks run in this process.
os.environ.pop("DATABASE_URL", None)
os.environ.pop("REDIS_URL", None)


def article_files(directory: Path) -> list[tuple[Path, str]]:
    """The event's articles in order, with their language, or a SystemExit naming the problem."""
    files = []
    for path in sorted(directory.glob("*.txt")):
        parts = path.name.split("-")
        if len(parts) < 3 or not parts[0].isdigit():
            continue
        if parts[1] not in ("en", "id"):
            raise SystemExit(f"{path}: the language after the number must be en or id.")
        files.append((path, parts[1]))
    if not files:
        raise SystemExit(f"{directory}: no NN-LANG-slug.txt article in it.")
    return files


def shorten(text: str, size: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1] + "…"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("events", nargs="+", type=Path, help="event folders")
    parser.add_argument("--out", type=Path, required=True, help="where the report goes")
    parser.add_argument("--similar", type=int, default=3, help="nearest claims listed per claim")
    args = parser.parse_args()
    events = [(d, article_files(d)) for d in args.events]

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["SQLITE_PATH"] = str(Path(tmp) / "linking.sqlite3")
        report, counts = run(events, args.similar)
    args.out.write_text(report, encoding="utf-8")
    print(f"report: {args.out}")
    for name, value in counts.items():
        print(f"{name}: {value}")


def run(events, similar: int) -> tuple[str, dict]:
    import logging

    import django

    django.setup()
    logging.disable(logging.INFO)
    from django.core.management import call_command
    from tqdm import tqdm

    from claims.models import Claim, ClaimLink, Statement
    from claims.selectors import claim_similar
    from sources.models import Article
    from sources.services import article_submit

    call_command("migrate", verbosity=0)
    call_command("loaddemo", stdout=io.StringIO())
    demo_claims = set(Claim.objects.values_list("pk", flat=True))
    names: dict[int, str] = {}
    todo = [(d, path, lang) for d, files in events for path, lang in files]
    for directory, path, language in tqdm(todo, desc="articles", unit="article"):
        submission = article_submit(
            text=path.read_text(encoding="utf-8"), title=path.name, language=language
        )
        names[submission.article.pk] = f"{directory.name}/{path.name}"

    articles = list(Article.objects.filter(pk__in=names).order_by("pk"))
    labels: dict[int, str] = {}
    ordered: dict[int, list] = {}
    for article in articles:
        statements = list(
            Statement.objects.filter(article=article)
            .select_related("speaker")
            .prefetch_related("links")
            .order_by("sentence_start", "cue_start")
        )
        ordered[article.pk] = statements
        for n, statement in enumerate(statements, 1):
            labels[statement.pk] = f"{names[article.pk]}#{n}"

    lines = ["# Statements by article"]
    for article in articles:
        lines.append(f"\n## {names[article.pk]} ({article.language}, {article.state})\n")
        for statement in ordered[article.pk]:
            links = ", ".join(
                f"{link.state} {link.score:.2f} C{link.claim_id}"
                + (" (made by it)" if link.method == ClaimLink.Method.CREATED else "")
                for link in sorted(statement.links.all(), key=lambda link: -link.score)
            )
            speaker = statement.speaker.name if statement.speaker else "-"
            if statement.speaker_text and statement.speaker_text != speaker:
                speaker += f" ('{statement.speaker_text}')"
            lines.append(
                f"- **{labels[statement.pk]}** {speaker} | {statement.cue} | {statement.stance}"
                f" | check-worthiness {statement.checkworthiness:.2f} | {links or 'no link'}\n"
                f"  {shorten(statement.content, 240)}"
            )

    lines.append("\n# Claims\n")
    claims = Claim.objects.exclude(pk__in=demo_claims).order_by("pk")
    by_claim: dict[int, list] = {}
    for link in (
        ClaimLink.objects.filter(claim__in=claims)
        .select_related("statement")
        .order_by("statement__article_id", "statement__sentence_start")
    ):
        by_claim.setdefault(link.claim_id, []).append(link)
    for claim in claims:
        lines.append(f"\n### C{claim.pk} ({claim.language}, {claim.status}): {claim.text}")
        for link in by_claim.get(claim.pk, ()):
            made = " (made it)" if link.method == ClaimLink.Method.CREATED else ""
            lines.append(
                f"  - {link.state} {link.score:.2f} {link.stance} {labels[link.statement_id]}"
                f"{made}: {shorten(link.statement.content, 140)}"
            )
        for match in claim_similar(claim, limit=similar):
            lines.append(
                f"  - nearest: C{match.claim_id} cosine {match.cosine:.3f}: "
                f"{shorten(match.text, 100)}"
            )

    statements = Statement.objects.filter(article__in=articles)
    links = ClaimLink.objects.filter(statement__in=statements)
    states = Counter(links.values_list("state", flat=True))
    counts = {
        "articles": len(articles),
        "statements": statements.count(),
        "statements with a link": statements.filter(links__isnull=False).distinct().count(),
        "claims made": claims.count(),
        "automatic links to claims made earlier": links.filter(state=ClaimLink.State.AUTO)
        .exclude(method=ClaimLink.Method.CREATED)
        .count(),
        "suggested links": states.get(ClaimLink.State.SUGGESTED, 0),
    }
    return "\n".join(lines) + "\n", counts


if __name__ == "__main__":
    main()
