"""Extract and link articles again after the extractor changed, with progress.

    python manage.py reprocess            # articles processed by an older extractor version
    python manage.py reprocess --all      # every processed article
    python manage.py reprocess --queue    # hand them to the workers instead of running here

Statements are replaced as ``claims.services.article_statements_replace`` does: a statement with a
link a person confirmed or rejected is kept with its review.
"""

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from claims.extraction import EXTRACTOR_VERSION
from sources.models import Article
from sources.services import article_process, article_reprocess


class Command(BaseCommand):
    help = "Extract and link again the articles an older extractor version processed."

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="every processed article")
        parser.add_argument(
            "--queue", action="store_true", help="queue them for the workers instead"
        )
        parser.add_argument("--limit", type=int, default=0, help="at most this many articles")

    def handle(self, *args, **options):
        if options["limit"] < 0:
            raise CommandError("--limit must be 0 (no limit) or more.")
        articles = Article.objects.filter(state=Article.State.PROCESSED)
        if not options["all"]:
            articles = articles.exclude(extractor_version=EXTRACTOR_VERSION)
        ids = list(articles.order_by("pk").values_list("pk", flat=True))
        if options["limit"]:
            ids = ids[: options["limit"]]
        if not ids:
            self.stdout.write(f"Nothing to reprocess: every article is at {EXTRACTOR_VERSION}.")
            return
        failed = 0
        bar = tqdm(total=len(ids), desc="articles", unit="article", file=self.stderr._out)
        for pk in ids:
            if options["queue"]:
                article_reprocess(Article(pk=pk))
            else:
                # A version other than the current one makes article_process run again; it
                # reads and locks the row itself (None when it was deleted meanwhile).
                Article.objects.filter(pk=pk).update(extractor_version="")
                done = article_process(pk)
                failed += done is not None and done.state == Article.State.FAILED
            bar.update(1)
        bar.close()
        verb = "Queued" if options["queue"] else "Reprocessed"
        summary = f"{verb} {len(ids)} articles with extractor {EXTRACTOR_VERSION}"
        if failed:
            self.stdout.write(self.style.WARNING(f"{summary}; {failed} failed (see their error)."))
        else:
            self.stdout.write(self.style.SUCCESS(f"{summary}."))
