from django.db import migrations


def create_extension(apps, schema_editor):
    # SQLite stores vectors as text and searches them in-process; only PostgreSQL needs pgvector.
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS vector")


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [migrations.RunPython(create_extension, migrations.RunPython.noop, elidable=False)]
