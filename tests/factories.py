import factory
from django.utils import timezone

from claims.models import Claim, ClaimLink, Review, Stance, Statement, StatementSpeaker
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


# --- reviews, speakers and the seed scenario, for the admin and dashboard tests -----------------


class ReviewFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Review

    claim = factory.SubFactory(ClaimFactory)
    rating = "false"
    explanation = "No shipment matching the description has been documented."
    reviewer_name = "Desk"


class StatementSpeakerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StatementSpeaker

    statement = factory.SubFactory(StatementFactory)
    actor = factory.SubFactory(ActorFactory)
    surface = factory.SelfAttribute("actor.name")


SEED_ACCUSATION = (
    "Washington menuduh Korea Utara menyediakan senjata ke Rusia untuk perangnya di Ukraina."
)
SEED_DENIAL = "Pyongyang dan Moskow membantah melakukan transaksi senjata apa pun."


def statement_in_text(
    article: Article,
    sentence: str,
    *,
    speakers: list[tuple[Actor, str]],
    cue: str,
    stance: str,
    **fields,
) -> Statement:
    """A statement whose offsets point into ``article.text`` as the extractor's would."""
    start = article.text.index(sentence)
    cue_at = start + sentence.index(cue)
    content_at = cue_at + len(cue) + 1
    content_end = start + len(sentence.rstrip("."))
    statement = StatementFactory(
        article=article,
        sentence=sentence,
        sentence_start=start,
        sentence_end=start + len(sentence),
        content=article.text[content_at:content_end],
        content_start=content_at,
        content_end=content_end,
        cue=cue,
        cue_start=cue_at,
        cue_end=cue_at + len(cue),
        stance=stance,
        speaker=speakers[0][0] if speakers else None,
        speaker_text=" / ".join(surface for _, surface in speakers),
        language=article.language,
        **fields,
    )
    for position, (actor, surface) in enumerate(speakers):
        StatementSpeakerFactory(
            statement=statement, actor=actor, surface=surface, position=position
        )
    return statement


def seed_contested_claim() -> dict:
    """The seed article's claim, accused by the United States and denied by North Korea and
    Russia, with both links counted, as the pipeline leaves it."""
    from django.db import transaction

    from claims.services import claim_refresh_counts, statement_rollup_rebuild

    outlet = OutletFactory(name="VOA Indonesia", domain="voaindonesia.com", language="id")
    usa = ActorFactory(name="United States", kind=Actor.Kind.COUNTRY)
    dprk = ActorFactory(name="North Korea", kind=Actor.Kind.COUNTRY)
    russia = ActorFactory(name="Russia", kind=Actor.Kind.COUNTRY)
    text = f"{SEED_ACCUSATION} {SEED_DENIAL}"
    article = ArticleFactory(
        outlet=outlet, language="id", submitted_text=text, title="Kim dan Putin bertemu"
    )
    claim = ClaimFactory(text="North Korea supplies weapons to Russia for its war in Ukraine")
    claim.subjects.set([dprk, russia])
    accusation = statement_in_text(
        article, SEED_ACCUSATION, speakers=[(usa, "Washington")], cue="menuduh", stance="accuses"
    )
    denial = statement_in_text(
        article,
        SEED_DENIAL,
        speakers=[(dprk, "Pyongyang"), (russia, "Moskow")],
        cue="membantah",
        stance="denies",
    )
    links = [
        ClaimLinkFactory(statement=accusation, claim=claim, state=ClaimLink.State.AUTO, score=0.9),
        ClaimLinkFactory(statement=denial, claim=claim, state=ClaimLink.State.AUTO, score=0.85),
    ]
    with transaction.atomic():  # the refresh locks the claim row
        claim_refresh_counts(claim.pk)
    # Statements made here skip the pipeline, so the dashboards' roll-ups are derived for them.
    today = timezone.localdate()
    statement_rollup_rebuild(since=today, until=today)
    claim.refresh_from_db()
    return {
        "claim": claim,
        "article": article,
        "outlet": outlet,
        "actors": {"usa": usa, "dprk": dprk, "russia": russia},
        "statements": [accusation, denial],
        "links": links,
    }


# --- API tests ----------------------------------------------------------------------------------


def timeline_claim(n_statements: int, *, stances=("accuses", "denies", "asserts")) -> Claim:
    """A claim with n confirmed statements from distinct articles, speakers and outlets."""
    claim = ClaimFactory()
    for i in range(n_statements):
        statement = StatementFactory(
            stance=stances[i % len(stances)], speaker=ActorFactory(), speaker_text=f"Speaker {i}"
        )
        ClaimLinkFactory(statement=statement, claim=claim, state=ClaimLink.State.CONFIRMED)
    return claim


BUCHA_REPORT = (
    "KYIV (Reuters) - Ukraine said on Sunday that Russian troops had killed at least 300 "
    "civilians in the town of Bucha before withdrawing at the end of March.\n\n"
    '"It looks exactly like war crimes," President Volodymyr Zelenskiy\'s spokesman told '
    "reporters on Monday."
)


def bucha_quote() -> Statement:
    """The spokesman's quote of ``BUCHA_REPORT``, processed: it makes no claim, since its "It"
    is named only by the article."""
    from sources.services import article_process, article_submit

    article = article_submit(text=BUCHA_REPORT, language="en", enqueue=False).article
    article_process(article.pk)
    return article.statements.get(content__startswith="It looks")
