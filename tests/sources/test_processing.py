import pytest

from sources.models import Actor, Article
from sources.resolution import AliasResolver
from sources.services import actor_create, article_process, article_submit

pytestmark = pytest.mark.django_db

ENGLISH_HTML = """<!doctype html><html><head><title>Talks resume</title></head><body>
<article><h1>Talks resume in Geneva</h1>
<p>Negotiators from both delegations met in Geneva on Tuesday for a third round of talks on
the ceasefire, officials said. The foreign minister told reporters that the sides had agreed
on a timetable for exchanging prisoners, but denied that any concessions had been made on
territory.</p>
<p>"We are not going to trade land for promises," the minister said in a statement, adding
that the next round would take place within two weeks.</p></article></body></html>"""


def _submit(**kwargs) -> Article:
    return article_submit(enqueue=False, **kwargs).article


def test_seed_article_is_processed_as_indonesian(demo, seed_text):
    article = _submit(text=seed_text, title="Kim Jong Un, Putin")
    article_process(article.pk)
    article.refresh_from_db()
    assert article.state == Article.State.PROCESSED, article.error
    assert article.language == "id"
    assert article.error == ""
    assert article.processed_at is not None


def test_english_html_article_is_processed_with_text_and_language():
    article = _submit(html=ENGLISH_HTML)
    article_process(article.pk)
    article.refresh_from_db()
    assert article.state == Article.State.PROCESSED, article.error
    assert article.language == "en"
    assert "third round of talks" in article.text
    assert "<p>" not in article.text


def test_explicit_language_wins_over_detection(seed_text):
    article = _submit(text=seed_text, language="en")
    article_process(article.pk)
    article.refresh_from_db()
    assert article.language == "en"


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"html": "<html><body><div><script>var x = 1;</script></div><p></body>"}, "text"),
        ({"html": "<<<<>>>></ <p <div"}, "text"),
        ({"text": "   \n\t  "}, None),
        ({"html": "\x89PNG\r\n\x1a\n" + "".join(chr(c) for c in range(1, 32)) * 50}, "binary"),
    ],
)
def test_broken_empty_or_binary_input_fails_with_a_reason(fields, reason):
    if reason is None:
        # Whitespace-only text is refused at the door, before it becomes an article.
        from sources.services import ArticleRejected

        with pytest.raises(ArticleRejected):
            _submit(**fields)
        return
    other = _submit(html=ENGLISH_HTML)
    article = _submit(**fields)
    article_process(article.pk)
    article_process(other.pk)
    article.refresh_from_db()
    other.refresh_from_db()
    assert article.state == Article.State.FAILED
    assert reason in article.error.lower()
    assert other.state == Article.State.PROCESSED


def test_processing_twice_changes_nothing(demo, seed_text):
    article = _submit(text=seed_text)
    article_process(article.pk)
    first = list(article.statements.values_list("id", "content"))
    article_process(article.pk)
    article.refresh_from_db()
    assert article.attempts == 1
    assert list(article.statements.values_list("id", "content")) == first


def test_resubmitting_the_same_url_or_content_returns_the_existing_article(seed_text):
    first = article_submit(
        url="https://www.example.com/a?utm_source=x#top", text=seed_text, enqueue=False
    )
    again = article_submit(url="https://WWW.example.com/a", enqueue=False)
    same_content = article_submit(text="  " + seed_text.upper() + "\n", enqueue=False)
    assert first.created and not again.created and not same_content.created
    assert again.article.pk == first.article.pk == same_content.article.pk
    assert Article.objects.count() == 1


def test_language_outside_the_configured_ones_is_refused():
    from sources.services import ArticleRejected

    with pytest.raises(ArticleRejected) as exc:
        _submit(text="Bonjour tout le monde", language="fr")
    assert "language" in exc.value.message_dict


def test_an_unreviewed_actor_is_not_found_inside_a_longer_name(demo):
    # as a misread speaker ("Information ... first surfaced on social media, claiming to be
    # from BPJS") leaves one
    actor_create(name="Information", kind=Actor.Kind.UNKNOWN, reviewed=False)
    made = Actor.objects.get(name="Information")
    assert not made.reviewed
    article = _submit(
        text="Indonesia's Communication and Information Ministry has confirmed a leak of social "
        "security data but insisted that the breach is much smaller than claimed.",
        language="en",
    )
    article_process(article.pk)
    assert {s.speaker.name for s in article.statements.all()} == {
        "Indonesia's Communication and Information Ministry"
    }
    # after a few words of description it is found; not after a joining word
    resolver = AliasResolver.load("en")
    assert resolver.resolve("the Information") == made.pk
    assert resolver.resolve("Ministry of Information") is None
    doctor = actor_create(name="Hanifah Oswari", kind=Actor.Kind.UNKNOWN, reviewed=False)
    resolver = AliasResolver.load("id")
    assert resolver.resolve("Anak Konsultan Gastrohepatologi Hanifah Oswari") == doctor.pk
    # its whole name still finds it
    assert AliasResolver.load("en").resolve("Information") == made.pk


def test_a_described_speaker_owned_by_a_name_is_no_actor(demo):
    article = _submit(
        text="KUALA LUMPUR, May 29 - Minister in the Prime Minister's Department Datuk Seri Mohd "
        "Redzuan Md Yusof's political secretary today denied that the former had arranged a "
        "special press conference at the party's headquarters in Petaling Jaya.",
        language="en",
    )
    article_process(article.pk)
    [statement] = article.statements.all()
    assert statement.stance == "denies"
    assert statement.speaker is None
    assert "political secretary" in statement.speaker_text
    assert not Actor.objects.filter(name__icontains="secretary").exists()
