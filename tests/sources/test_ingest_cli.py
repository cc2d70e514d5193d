import io

import pytest
from django.core.management import CommandError, call_command

from sources.models import Article

pytestmark = pytest.mark.django_db(transaction=True)


def test_ingest_a_file_processes_it(tmp_path, demo_tx, seed_text):
    path = tmp_path / "seed.txt"
    path.write_text(seed_text.replace("Forum", "Forum diskusi"), encoding="utf-8")
    out = io.StringIO()
    call_command("ingest", str(path), "--outlet", "VOA Indonesia", stdout=out)
    article = Article.objects.exclude(title__startswith="Kim Jong Un, Putin").get()
    assert "state=processed" in out.getvalue()
    assert article.outlet.name == "VOA Indonesia"
    assert article.language == "id"


def test_ingest_from_stdin(monkeypatch):
    text = "The minister said on Monday that the new bridge would open in March next year."
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    out = io.StringIO()
    call_command("ingest", "-", "--language", "en", "--title", "Bridge", stdout=out)
    article = Article.objects.get()
    assert (article.title, article.language, article.state) == ("Bridge", "en", "processed")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["/nonexistent/file.txt"], "No such file"),
        ([], "Nothing to ingest"),
        (["ftp://example.com/x"], "No such file"),
        (["x.txt", "--language", "fr"], "No such file"),
    ],
)
def test_ingest_errors_are_readable(argv, message):
    with pytest.raises(CommandError, match=message):
        call_command("ingest", *argv, stdout=io.StringIO())


def test_ingest_refuses_binary_input(tmp_path):
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(CommandError, match="binary"):
        call_command("ingest", str(path), stdout=io.StringIO())
    assert Article.objects.count() == 0


def test_ingest_unsupported_language_is_refused(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Bonjour", encoding="utf-8")
    with pytest.raises(CommandError, match="not supported"):
        call_command("ingest", str(path), "--language", "fr", stdout=io.StringIO())
