"""Re-embed claims (and statements) whose vectors came from another model, in batches."""

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from claims.embedding import available_embedders, embed_in_languages, get_embedder
from claims.matching import alias_map, claim_passage, model_key, statement_match_text
from claims.models import Claim, Statement


class Command(BaseCommand):
    help = "Re-embed every claim and statement not embedded with the current model."

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=256)
        parser.add_argument("--all", action="store_true", help="re-embed even current vectors")
        parser.add_argument("--skip-statements", action="store_true")
        parser.add_argument("--model", default="", help="embedder name (default: the setting)")

    def handle(self, *args, **options):
        name = options["model"] or None
        if name and name not in available_embedders():
            raise CommandError(
                f"Unknown embedder {name!r}; available: {', '.join(available_embedders())}"
            )
        if options["batch_size"] < 1:
            raise CommandError("--batch-size must be at least 1.")
        embedder = get_embedder(name)
        key = model_key(embedder)
        claims = Claim.objects.filter(merged_into__isnull=True)
        statements = Statement.objects.all()
        if not options["all"]:
            claims = claims.exclude(embedding_model=key)
            statements = statements.exclude(embedding_model=key)
        done = self._run(claims, "claims", options["batch_size"], embedder, key, {})
        if not options["skip_statements"]:
            done += self._run(statements, "statements", options["batch_size"], embedder, key, None)
        self.stdout.write(self.style.SUCCESS(f"Re-embedded {done} rows with {key}."))

    def _run(self, queryset, label, batch_size, embedder, key, aliases) -> int:
        from claims.matching import _memory_index, statement_index_ensure, vector_index_ensure

        model = queryset.model
        ids = list(queryset.order_by("pk").values_list("pk", flat=True))
        bar = tqdm(total=len(ids), desc=label, unit="row", file=self.stderr._out)
        for start in range(0, len(ids), batch_size):
            rows = list(model.objects.filter(pk__in=ids[start : start + batch_size]))
            texts = [
                claim_passage(row) if model is Claim else statement_match_text(row) for row in rows
            ]
            vectors = embed_in_languages(
                embedder,
                texts,
                [row.language for row in rows],
                "passage" if model is Claim else "query",
            )
            for row, text, vector in zip(rows, texts, vectors, strict=True):
                row.embedding, row.embedding_model = vector.tolist(), key
                if model is Claim:
                    row.lexical = aliases.setdefault(
                        row.language, alias_map(row.language)
                    ).document(text)
            fields = ["embedding", "embedding_model"] + (["lexical"] if model is Claim else [])
            model.objects.bulk_update(rows, fields)
            bar.update(len(rows))
        bar.close()
        if model is Claim and ids:
            vector_index_ensure(key, embedder.dim)
            _memory_index.invalidate()
        if model is Statement and ids:
            statement_index_ensure(key, embedder.dim)
        return len(ids)
