import factory

from claims.models import Claim, ClaimLink, Stance, Statement
from sources.models import Actor, Article, Outlet


class OutletFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Outlet

    name = factory.Sequence(lambda n: f"Outlet {n}")
    domain = factory.Sequence(lambda n: f"outlet{n}.example")
    kind = Outlet.Kind.NEWSPAPER


class ActorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Actor

    name = factory.Sequence(lambda n: f"Actor {n}")
    kind = Actor.Kind.PERSON


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    url = factory.Sequence(lambda n: f"https://news.example/story-{n}")
    title = factory.Sequence(lambda n: f"Story {n}")
    submitted_text = "Officials said on Monday that talks would continue."
    text = factory.SelfAttribute("submitted_text")
    language = "en"
    state = Article.State.PROCESSED
    outlet = factory.SubFactory(OutletFactory)


class ClaimFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Claim

    text = factory.Sequence(lambda n: f"Claim number {n} about something checkable")
    language = "en"


class StatementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Statement

    article = factory.SubFactory(ArticleFactory)
    sentence = "Officials said talks would continue."
    sentence_start = 0
    sentence_end = 36
    content = "talks would continue"
    content_start = factory.Sequence(lambda n: n * 40 + 15)
    content_end = factory.LazyAttribute(lambda o: o.content_start + 20)
    cue = "said"
    cue_start = factory.Sequence(lambda n: n * 40 + 10)
    cue_end = factory.LazyAttribute(lambda o: o.cue_start + 4)
    stance = Stance.ASSERTS
    language = "en"
    extractor_version = "test"


class ClaimLinkFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ClaimLink

    statement = factory.SubFactory(StatementFactory)
    claim = factory.SubFactory(ClaimFactory)
    stance = factory.SelfAttribute("statement.stance")
    score = 0.7
    state = ClaimLink.State.SUGGESTED
