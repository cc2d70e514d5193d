"""Ingest an article from a file, a URL or standard input, or every entry of a feed."""

import sys
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from sources.models import Article, Outlet
from sources.services import article_submit, feed_get_or_create, feed_poll

MAX_INPUT_BYTES = 20 * 1024 * 1024


class Command(BaseCommand):
    help = (
        "Ingest PATH, URL or - (standard input) as an article, or --feed URL for every entry of "
        "an RSS/Atom feed. Processing runs in-process, or in the workers when REDIS_URL is set."
    )

    def add_arguments(self, parser):
        parser.add_argument("source", nargs="?", help="a file path, an http(s) URL, or -")
        parser.add_argument("--feed", metavar="URL", help="ingest every entry of this feed")
        parser.add_argument("--language", default="", help="language code (wins over detection)")
        parser.add_argument("--outlet", default="", help="outlet name (created if unknown)")
        parser.add_argument("--title", default="")

    def handle(self, *args, **options):
        outlet = self._outlet(options["outlet"])
        if options["feed"]:
            if options["source"]:
                raise CommandError("Give either a source or --feed, not both.")
            return self._feed(options["feed"], outlet, options["language"])
        source = options["source"]
        if not source:
            raise CommandError("Nothing to ingest: give a PATH, a URL, - for stdin, or --feed URL.")
        fields = {"title": options["title"], "language": options["language"], "outlet": outlet}
        if source.startswith(("http://", "https://")):
            fields["url"] = source
        else:
            body = self._read(source)
            kind = "html" if body.lstrip()[:1] == "<" else "text"
            fields[kind] = body
        try:
            submission = article_submit(**fields)
        except ValidationError as exc:
            raise CommandError(" ".join(exc.messages)) from exc
        article = Article.objects.get(pk=submission.article.pk)
        verb = "ingested" if submission.created else "already known"
        self.stdout.write(
            f"article {article.pk} {verb}: state={article.state} language={article.language or '?'}"
            f" statements={article.statements.count()}"
            + (f" error={article.error}" if article.error else "")
        )

    def _outlet(self, name: str) -> Outlet | str | None:
        if not name:
            return None
        return Outlet.objects.filter(name__iexact=name).first() or name

    def _read(self, source: str) -> str:
        if source == "-":
            raw = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        else:
            path = Path(source)
            if not path.is_file():
                raise CommandError(f"No such file: {source}")
            if path.stat().st_size > MAX_INPUT_BYTES:
                raise CommandError(f"{source} is larger than {MAX_INPUT_BYTES // 2**20} MB.")
            raw = path.read_bytes()
        if len(raw) > MAX_INPUT_BYTES:
            raise CommandError(f"The input is larger than {MAX_INPUT_BYTES // 2**20} MB.")
        if b"\x00" in raw:
            raise CommandError("The input contains NUL bytes: binary data is not an article.")
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise CommandError(f"The input is not UTF-8 text ({exc.reason}).") from exc

    def _feed(self, url: str, outlet, language: str) -> None:
        if isinstance(outlet, str):
            from sources.services import outlet_get_or_create

            outlet = outlet_get_or_create(name=outlet)
        try:
            feed = feed_get_or_create(url=url, outlet=outlet, language=language)
        except ValidationError as exc:
            raise CommandError(" ".join(exc.messages)) from exc
        feed.next_poll_at = None

        def progress(entries):
            return tqdm(entries, desc="entries", unit="entry", file=self.stderr._out)

        created = feed_poll(feed, progress=progress)
        feed.refresh_from_db()
        if feed.last_status == "error":
            raise CommandError(f"Feed {url} could not be read: {feed.last_error}")
        self.stdout.write(f"feed {feed.pk}: {created} new article(s), status {feed.last_status}")
