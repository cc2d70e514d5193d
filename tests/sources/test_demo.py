from io import StringIO

import pytest
from django.core.management import call_command

from claims.models import Claim
from sources.models import Actor, ActorAlias, Article, Outlet

pytestmark = pytest.mark.django_db


def _counts():
    return [m.objects.count() for m in (Outlet, Actor, ActorAlias, Article, Claim)]


def test_loaddemo_loads_seed_article_outlets_actors_and_claim():
    call_command("loaddemo", stdout=StringIO())
    assert {"VOA Indonesia", "KCNA", "Associated Press", "Reuters"} <= set(
        Outlet.objects.values_list("name", flat=True)
    )
    north_korea = Actor.objects.get(name="North Korea")
    assert {"Pyongyang", "Korea Utara", "Korut"} <= set(
        north_korea.aliases.values_list("alias", flat=True)
    )
    us_aliases = set(
        Actor.objects.get(name="United States").aliases.values_list("alias", flat=True)
    )
    assert {"Washington", "AS", "Amerika Serikat"} <= us_aliases
    assert {"Moskow", "Moscow", "Rusia"} <= set(
        Actor.objects.get(name="Russia").aliases.values_list("alias", flat=True)
    )
    assert Actor.objects.filter(name__in=["Kim Jong Un", "Vladimir Putin"]).count() == 2
    claim = Claim.objects.get()
    assert claim.text == "North Korea supplies weapons to Russia for its war in Ukraine"
    assert claim.embedding is not None and claim.embedding_model
    article = Article.objects.get()
    assert article.outlet.name == "VOA Indonesia"
    assert "Washington menuduh Korea Utara" in article.submitted_text


def test_loaddemo_is_idempotent():
    call_command("loaddemo", stdout=StringIO())
    before = _counts()
    out = StringIO()
    call_command("loaddemo", stdout=out)
    assert _counts() == before
    assert "already there" in out.getvalue()
