"""The fact-checkers' admin: every write goes through claims.services, every change is kept."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.views.decorators.http import require_POST
from simple_history.admin import SimpleHistoryAdmin

from sources.admin import URL_FORM_FIELDS

from . import services
from .dashboard import selectors as dashboard_selectors
from .dashboard.forms import FilterForm, query_string
from .dashboard.highlight import statement_sentence
from .models import Claim, ClaimLink, Review, Statement, StatementSpeaker
from .selectors import claim_similar, claims_generation

ADMIN_CSS = {"all": ("claims/admin.css",)}


def _errors(exc: ValidationError) -> str:
    return "; ".join(exc.messages)


class MergedFilter(admin.SimpleListFilter):
    title = "merged"
    parameter_name = "merged"

    def lookups(self, request, model_admin):
        return [("no", "Live claims"), ("yes", "Merged away")]

    def queryset(self, request, queryset):
        if self.value() == "no":
            return queryset.filter(merged_into__isnull=True)
        if self.value() == "yes":
            return queryset.filter(merged_into__isnull=False)
        return queryset


class ClaimLinkInline(admin.TabularInline):
    """The claim's statements, through their links: score, stance and state beside each."""

    model = ClaimLink
    extra = 0
    can_delete = False
    verbose_name = "linked statement"
    verbose_name_plural = "linked statements (confirm or reject them with the list actions)"
    fields = ("statement_in_sentence", "speaker", "stance", "score", "method", "state", "reviewed")
    readonly_fields = fields
    show_change_link = True
    ordering = ("-score", "-created_at")

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related(
                "statement__article__outlet", "statement__speaker", "reviewed_by", "claim"
            )
            .prefetch_related(
                Prefetch(
                    "statement__speaker_rows",
                    queryset=StatementSpeaker.objects.order_by("position"),
                )
            )
        )

    def has_add_permission(self, request, obj=None):
        return False

    @admin.display(description="statement")
    def statement_in_sentence(self, link):
        statement = link.statement
        outlet = statement.article.outlet.name if statement.article.outlet else "unknown outlet"
        return format_html(
            '{}<br><span class="quiet">{} · {} · <a href="{}">article {}</a></span>',
            statement_sentence(statement),
            outlet,
            statement.language,
            reverse("admin:sources_article_change", args=[statement.article_id]),
            statement.article_id,
        )

    @admin.display(description="speaker")
    def speaker(self, link):
        statement = link.statement
        return statement.speaker.name if statement.speaker else statement.speaker_text or "—"

    @admin.display(description="reviewed")
    def reviewed(self, link):
        if link.reviewed_at is None:
            return "—"
        return f"{link.reviewed_by or 'someone'}, {link.reviewed_at:%Y-%m-%d %H:%M}"


class ReviewInline(admin.StackedInline):
    model = Review
    formfield_overrides = URL_FORM_FIELDS
    extra = 0
    fields = ("rating", "explanation", "evidence", "reviewer", "published", "published_at")
    readonly_fields = ("reviewer", "published", "published_at")


class ClaimAdminForm(forms.ModelForm):
    class Meta:
        model = Claim
        fields = ("text", "language", "status", "verdict", "subjects", "first_claimant")

    def clean(self):
        data = super().clean()
        if data.get("status") == Claim.Status.REVIEWED and not data.get("verdict"):
            self.add_error(
                "status",
                "A claim can only be 'reviewed' once it has a verdict: "
                "give the verdict, or publish a review.",
            )
        return data


@admin.register(Claim)
class ClaimAdmin(SimpleHistoryAdmin):
    form = ClaimAdminForm
    list_display = (
        "__str__",
        "status",
        "verdict",
        "contested",
        "accuses_count",
        "asserts_count",
        "denies_count",
        "statement_count",
        "first_seen_at",
        "last_seen_at",
    )
    list_filter = ("status", "verdict", "contested", "language", MergedFilter)
    list_select_related = ("first_claimant", "merged_into")
    search_fields = ("text", "=id")
    autocomplete_fields = ("subjects", "first_claimant")
    raw_id_fields = ("merged_into",)
    date_hierarchy = "created_at"
    readonly_fields = (
        "statement_count",
        "supporting_count",
        "accuses_count",
        "asserts_count",
        "denies_count",
        "contested",
        "contested_at",
        "first_seen_at",
        "last_seen_at",
        "embedding_model",
        "merged_into",
        "created_by",
        "created_at",
        "updated_at",
        "dashboard_link",
        "similar_claims",
    )
    inlines = [ClaimLinkInline, ReviewInline]
    actions = [
        "merge_into_first",
        "set_new",
        "set_triaged",
        "set_in_review",
        "set_reviewed",
        "confirm_suggested_links",
        "reject_suggested_links",
        "publish_latest_review",
    ]

    class Media:
        css = ADMIN_CSS

    @admin.display(description="dashboard")
    def dashboard_link(self, obj):
        if obj.pk is None:
            return "—"
        return format_html(
            '<a href="{}">Timeline on the dashboard</a>', reverse("dashboard:claim", args=[obj.pk])
        )

    @admin.display(description="similar claims")
    def similar_claims(self, obj):
        """The live claims nearest to this one, any language: duplicates to merge in here."""
        if obj.pk is None or obj.merged_into_id is not None:
            return "—"
        matches = claim_similar(obj)
        if not matches:
            return "No other claim yet."
        claims = Claim.objects.only("text", "status", "statement_count").in_bulk(
            [m.claim_id for m in matches]
        )
        rows = format_html_join(
            "",
            '<tr><td><a href="{}">#{} {}</a></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>'
            '<td><a href="{}">Merge it into this claim…</a></td></tr>',
            (
                (
                    reverse("admin:claims_claim_change", args=[m.claim_id]),
                    m.claim_id,
                    claims[m.claim_id].text[:160],
                    claims[m.claim_id].get_status_display(),
                    claims[m.claim_id].statement_count,
                    f"{m.cosine:.3f}",
                    f"{m.score:.3f}",
                    reverse("admin:claims_claim_merge", args=[obj.pk, m.claim_id]),
                )
                for m in matches
                if m.claim_id in claims
            ),
        )
        return format_html(
            '<table class="fd-similar"><thead><tr><th scope="col">Claim</th>'
            '<th scope="col">Status</th><th scope="col">Statements</th><th scope="col">Cosine</th>'
            '<th scope="col">Score</th><th scope="col">Duplicate?</th></tr></thead>'
            "<tbody>{}</tbody></table>",
            rows,
        )

    def get_urls(self):
        return [
            path(
                "<int:pk>/merge/<int:source>/",
                self.admin_site.admin_view(self.merge_view),
                name="claims_claim_merge",
            ),
            *super().get_urls(),
        ]

    def merge_view(self, request, pk, source):
        """Merge claim ``source`` into claim ``pk`` after a confirmation page (GET asks, POST
        merges): its statements and reviews move to ``pk``, and it redirects there."""
        if not self.has_change_permission(request):
            raise PermissionDenied
        claims = Claim.objects.defer("embedding", "lexical").in_bulk([pk, source])
        missing = [n for n in (pk, source) if n not in claims]
        if missing:
            self.message_user(
                request, f"Claim {missing[0]} does not exist (any more).", messages.ERROR
            )
            return HttpResponseRedirect(reverse("admin:claims_claim_changelist"))
        target, other = claims[pk], claims[source]
        back = reverse("admin:claims_claim_change", args=[pk])
        problem = services.claim_merge_refusal(source=other, target=target)
        if problem:
            self.message_user(request, problem, messages.ERROR)
            return HttpResponseRedirect(back)
        if request.method == "POST":
            try:
                services.claim_merge(source=other, target=target, user=request.user)
            except ValidationError as exc:
                self.message_user(request, _errors(exc), messages.ERROR)
                return HttpResponseRedirect(back)
            self.message_user(
                request,
                f"Merged claim {source} “{other}” into this claim; it now redirects here.",
                messages.SUCCESS,
            )
            return HttpResponseRedirect(back)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "Merge a duplicate claim",
            "target": target,
            "source": other,
            "links": other.links.count(),
            "reviews": other.reviews.count(),
            "media": self.media,
        }
        return TemplateResponse(request, "admin/claims/claim/merge_confirm.html", context)

    def save_model(self, request, obj, form, change):
        if change:
            original = Claim.objects.get(pk=obj.pk)
            fields = {
                name: form.cleaned_data[name]
                for name in ("text", "language", "status", "verdict")
                if name in form.changed_data
            }
            if fields:
                services.claim_update(claim=original, user=request.user, **fields)
            extra = [n for n in ("first_claimant",) if n in form.changed_data]
            if extra:
                Claim.objects.filter(pk=obj.pk).update(**{n: form.cleaned_data[n] for n in extra})
                claims_generation.changed()
            obj.refresh_from_db()
            return
        created = services.claim_create(
            text=form.cleaned_data["text"],
            language=form.cleaned_data["language"],
            status=form.cleaned_data.get("status") or Claim.Status.NEW,
            first_claimant=form.cleaned_data.get("first_claimant"),
            created_by=request.user,
        )
        if form.cleaned_data.get("verdict"):
            services.claim_update(
                claim=created, user=request.user, verdict=form.cleaned_data["verdict"]
            )
        obj.pk = created.pk
        obj._state.adding = False
        obj.refresh_from_db()

    def save_formset(self, request, form, formset, change):
        if formset.model is not Review:
            return super().save_formset(request, form, formset, change)
        reviews = formset.save(commit=False)
        for review in formset.deleted_objects:
            review.delete()
        for review in reviews:
            if review.pk is None:
                services.review_create(
                    claim=form.instance,
                    rating=review.rating,
                    explanation=review.explanation,
                    evidence=review.evidence or [],
                    user=request.user,
                )
            else:
                review.save()
        return None

    @admin.action(description="Merge selected claims into the oldest one")
    def merge_into_first(self, request, queryset):
        claims = list(queryset.filter(merged_into__isnull=True).order_by("created_at", "pk"))
        if len(claims) < 2:
            self.message_user(
                request,
                "Select at least two claims that were not merged already.",
                messages.WARNING,
            )
            return
        target = claims[0]
        merged = 0
        for source in claims[1:]:
            try:
                services.claim_merge(source=source, target=target, user=request.user)
                merged += 1
            except ValidationError as exc:
                self.message_user(request, f"Claim {source.pk}: {_errors(exc)}", messages.ERROR)
        if merged:
            self.message_user(
                request, f"Merged {merged} claim(s) into “{target}”.", messages.SUCCESS
            )

    def _set_status(self, request, queryset, status):
        done = 0
        for claim in queryset:
            try:
                services.claim_set_status(claim=claim, status=status, user=request.user)
                done += 1
            except ValidationError as exc:
                self.message_user(request, f"“{claim}”: {_errors(exc)}", messages.ERROR)
        if done:
            label = Claim.Status(status).label.lower()
            self.message_user(request, f"{done} claim(s) set to {label}.", messages.SUCCESS)

    @admin.action(description="Set status: new")
    def set_new(self, request, queryset):
        self._set_status(request, queryset, Claim.Status.NEW)

    @admin.action(description="Set status: triaged")
    def set_triaged(self, request, queryset):
        self._set_status(request, queryset, Claim.Status.TRIAGED)

    @admin.action(description="Set status: in review")
    def set_in_review(self, request, queryset):
        self._set_status(request, queryset, Claim.Status.IN_REVIEW)

    @admin.action(description="Set status: reviewed (needs a verdict)")
    def set_reviewed(self, request, queryset):
        self._set_status(request, queryset, Claim.Status.REVIEWED)

    def _review_links(self, request, queryset, decide, verb):
        links = ClaimLink.objects.filter(claim__in=queryset, state=ClaimLink.State.SUGGESTED)
        done = 0
        for link in links:
            decide(link=link, user=request.user)
            done += 1
        if done:
            self.message_user(request, f"{done} suggested link(s) {verb}.", messages.SUCCESS)
        else:
            self.message_user(
                request, "The selected claims have no suggested links.", messages.WARNING
            )

    @admin.action(description="Confirm all suggested links of the selected claims")
    def confirm_suggested_links(self, request, queryset):
        self._review_links(request, queryset, services.link_confirm, "confirmed")

    @admin.action(description="Reject all suggested links of the selected claims")
    def reject_suggested_links(self, request, queryset):
        self._review_links(request, queryset, services.link_reject, "rejected")

    @admin.action(description="Publish the latest review of each selected claim")
    def publish_latest_review(self, request, queryset):
        done = 0
        for claim in queryset:
            review = claim.reviews.order_by("-created_at", "-pk").first()
            if review is None:
                self.message_user(
                    request,
                    f"“{claim}” has no review to publish; add one on the claim first.",
                    messages.WARNING,
                )
                continue
            try:
                services.review_publish(review=review, user=request.user)
                done += 1
            except ValidationError as exc:
                self.message_user(request, f"“{claim}”: {_errors(exc)}", messages.ERROR)
        if done:
            self.message_user(request, f"{done} review(s) published.", messages.SUCCESS)


class StatementSpeakerInline(admin.TabularInline):
    model = StatementSpeaker
    extra = 0
    autocomplete_fields = ("actor",)


class ClaimedFilter(admin.SimpleListFilter):
    title = "claim"
    parameter_name = "claimed"

    def lookups(self, request, model_admin):
        return (
            ("no", "none (no live link)"),
            ("suggested", "only suggested"),
            ("yes", "linked or confirmed"),
        )

    def queryset(self, request, queryset):
        counted = (ClaimLink.State.AUTO, ClaimLink.State.CONFIRMED)
        live = (*counted, ClaimLink.State.SUGGESTED)
        if self.value() == "no":
            return queryset.exclude(links__state__in=live)
        if self.value() == "suggested":
            return (
                queryset.filter(links__state=ClaimLink.State.SUGGESTED)
                .exclude(links__state__in=counted)
                .distinct()
            )
        if self.value() == "yes":
            return queryset.filter(links__state__in=counted).distinct()
        return queryset


class CheckworthyFilter(admin.SimpleListFilter):
    title = "check-worthy"
    parameter_name = "checkworthy"

    def lookups(self, request, model_admin):
        from .matching import CHECKWORTHY

        return (
            ("yes", f"yes ({CHECKWORTHY} or more)"),
            ("no", f"no (below {CHECKWORTHY})"),
        )

    def queryset(self, request, queryset):
        from .matching import CHECKWORTHY

        if self.value() == "yes":
            return queryset.filter(checkworthiness__gte=CHECKWORTHY)
        if self.value() == "no":
            return queryset.filter(checkworthiness__lt=CHECKWORTHY)
        return queryset


class StatementClaimForm(forms.Form):
    text = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3, "cols": 80}),
        max_length=5000,
        help_text="Word it so that it can be read without the article: name who and what.",
    )


class StatementLinkForm(forms.Form):
    claim = forms.IntegerField(min_value=1, label="Claim number")


@admin.register(Statement)
class StatementAdmin(admin.ModelAdmin):
    list_display = (
        "speaker_text",
        "speaker",
        "cue",
        "stance",
        "direct",
        "via",
        "article",
        "language",
        "checkworthiness",
    )
    list_filter = (
        ClaimedFilter,
        CheckworthyFilter,
        "stance",
        "direct",
        "language",
        "speech_act",
        "created_at",
    )
    list_select_related = ("speaker", "via", "article")
    search_fields = ("content", "sentence", "speaker_text", "speaker__name")
    autocomplete_fields = ("speaker",)
    raw_id_fields = ("article", "via")
    readonly_fields = (
        "sentence_highlighted",
        "claims",
        "sentence_start",
        "sentence_end",
        "content_start",
        "content_end",
        "cue_start",
        "cue_end",
        "extractor_version",
        "confidence",
        "checkworthiness",
        "embedding_model",
        "created_at",
    )
    exclude = ("sentence",)
    inlines = [StatementSpeakerInline]

    class Media:
        css = ADMIN_CSS

    @admin.display(description="sentence")
    def sentence_highlighted(self, obj):
        return statement_sentence(obj) if obj.pk else "—"

    @admin.display(description="claims")
    def claims(self, obj):
        """Its links, or why it made no claim; and the reviewer's two ways to give it one."""
        if not obj.pk:
            return "—"
        from .matching import claim_refusal, claim_wording

        links = obj.links.select_related("claim").order_by("-score")
        rows = format_html_join(
            "",
            '<li><a href="{}">#{}</a> {} <span class="quiet">({}, {}, {})</span></li>',
            (
                (
                    reverse("admin:claims_claim_change", args=[link.claim_id]),
                    link.claim_id,
                    link.claim.text,
                    link.get_state_display(),
                    link.get_stance_display(),
                    f"{link.score:.2f}",
                )
                for link in links
            ),
        )
        why = ""
        if not any(link.state != ClaimLink.State.REJECTED for link in links):
            refusal = claim_refusal(obj, claim_wording(obj))
            if refusal is not None:
                why = f"Made no claim: {refusal}."
            elif links:
                why = "No live link: a reviewer rejected its links."
            else:
                why = "No claim yet: reprocessing its article links it."
        return format_html(
            '{}<ul class="fd-claims">{}</ul><p><a class="button" href="{}">Make a claim of it…'
            '</a> <a class="button" href="{}">Link it to a claim…</a></p>',
            format_html("<p>{}</p>", why) if why else "",
            rows,
            reverse("admin:claims_statement_claim", args=[obj.pk]),
            reverse("admin:claims_statement_link", args=[obj.pk]),
        )

    def get_urls(self):
        return [
            path(
                "<int:pk>/claim/",
                self.admin_site.admin_view(self.claim_view),
                name="claims_statement_claim",
            ),
            path(
                "<int:pk>/link/",
                self.admin_site.admin_view(self.link_view),
                name="claims_statement_link",
            ),
            *super().get_urls(),
        ]

    def _statement_form(self, request, pk, form_class, initial, act, title, permission):
        """GET shows the form, POST acts: ``act(statement, data)`` returns a message or raises
        ValidationError, shown on the form with nothing stored."""
        if not request.user.has_perm(permission):
            raise PermissionDenied
        statement = Statement.objects.defer("embedding").filter(pk=pk).first()
        if statement is None:
            self.message_user(request, f"Statement {pk} does not exist (any more).", messages.ERROR)
            return HttpResponseRedirect(reverse("admin:claims_statement_changelist"))
        back = reverse("admin:claims_statement_change", args=[pk])
        form = form_class(request.POST or None, initial=initial(statement))
        if request.method == "POST" and form.is_valid():
            try:
                done = act(statement, form.cleaned_data)
            except ValidationError as exc:
                form.add_error(None, _errors(exc))
            else:
                self.message_user(request, done, messages.SUCCESS)
                return HttpResponseRedirect(back)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": title,
            "statement": statement,
            "sentence": statement_sentence(statement),
            "form": form,
            "back": back,
            "media": self.media,
        }
        return TemplateResponse(request, "admin/claims/statement/claim_form.html", context)

    def claim_view(self, request, pk):
        from .matching import claim_wording

        def act(statement, data):
            claim = services.claim_from_statement(
                statement=statement, text=data["text"], user=request.user
            )
            return f"Made claim #{claim.pk} “{claim}” of this statement, confirmed."

        return self._statement_form(
            request,
            pk,
            StatementClaimForm,
            lambda statement: {"text": claim_wording(statement)},
            act,
            "Make a claim of a statement",
            "claims.add_claim",
        )

    def link_view(self, request, pk):
        def act(statement, data):
            claim = Claim.objects.defer("embedding", "lexical").filter(pk=data["claim"]).first()
            if claim is None:
                raise ValidationError(f"Claim {data['claim']} does not exist.")
            _, created = services.link_add(statement=statement, claim=claim, user=request.user)
            verb = "Linked" if created else "Confirmed the link of"
            return f"{verb} this statement to claim #{claim.pk} “{claim}”."

        return self._statement_form(
            request,
            pk,
            StatementLinkForm,
            lambda statement: {},
            act,
            "Link a statement to a claim",
            "claims.add_claimlink",
        )


class ReviewQueueMixin:
    """The review queue: suggested links, best score and newest first, decided in one click."""

    queue_page_size = 50

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        return [
            path(
                "review-queue/",
                self.admin_site.admin_view(self.review_queue_view),
                name="{}_{}_review_queue".format(*info),
            ),
            path(
                "review-queue/<int:pk>/<str:decision>/",
                self.admin_site.admin_view(require_POST(self.review_decide_view)),
                name="{}_{}_review_decide".format(*info),
            ),
            *super().get_urls(),
        ]

    def review_queue_view(self, request):
        if not self.has_view_permission(request):
            raise PermissionDenied
        form = FilterForm(request.GET or None)
        filters = form.filters() if request.GET and form.is_valid() else None
        if request.GET and filters is None:
            for error in [e for errs in form.errors.values() for e in errs]:
                self.message_user(request, f"Filter ignored: {error}", messages.WARNING)
        filters = filters or dashboard_selectors.Filters()
        links = dashboard_selectors.review_queue(filters)
        raw_page = request.GET.get("page", "1")
        page = Paginator(
            dashboard_selectors.review_queue_rows(links), self.queue_page_size
        ).get_page(int(raw_page) if raw_page.isdigit() else 1)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "Review queue",
            "form": form,
            "languages": FilterForm.languages(),
            "page": page,
            "rows": [(link, statement_sentence(link.statement)) for link in page.object_list],
            "qs": query_string(filters),
            "can_decide": self.has_change_permission(request),
            "media": self.media,
        }
        return TemplateResponse(request, "admin/claims/claimlink/review_queue.html", context)

    def review_decide_view(self, request, pk, decision):
        if not self.has_change_permission(request):
            raise PermissionDenied
        back = reverse("admin:claims_claimlink_review_queue")
        if request.GET:
            back = f"{back}?{request.GET.urlencode()}"
        if decision not in ("confirm", "reject"):
            self.message_user(
                request, f"Unknown decision “{decision}”: use confirm or reject.", messages.ERROR
            )
            return HttpResponseRedirect(back)
        link = ClaimLink.objects.filter(pk=pk).select_related("claim").first()
        if link is None:
            self.message_user(
                request,
                f"Link {pk} no longer exists (its claim may have been merged).",
                messages.ERROR,
            )
            return HttpResponseRedirect(back)
        if link.state != ClaimLink.State.SUGGESTED:
            self.message_user(
                request,
                f"Link {pk} was already {link.get_state_display().lower()}; nothing changed.",
                messages.WARNING,
            )
            return HttpResponseRedirect(back)
        decide = services.link_confirm if decision == "confirm" else services.link_reject
        try:
            decide(link=link, user=request.user)
        except ValidationError as exc:
            self.message_user(request, _errors(exc), messages.ERROR)
            return HttpResponseRedirect(back)
        self.message_user(
            request,
            f"Link {pk} {decision}ed for “{link.claim}”.",
            messages.SUCCESS,
        )
        return HttpResponseRedirect(back)


@admin.register(ClaimLink)
class ClaimLinkAdmin(ReviewQueueMixin, SimpleHistoryAdmin):
    list_display = ("statement", "claim", "stance", "score", "state", "method", "reviewed_by")
    list_filter = ("state", "stance", "method")
    list_select_related = ("statement", "claim", "reviewed_by")
    search_fields = ("claim__text", "statement__content")
    raw_id_fields = ("statement", "claim")
    readonly_fields = (
        "statement_highlighted",
        "state",
        "stance",
        "score",
        "method",
        "reviewed_by",
        "reviewed_at",
        "created_at",
    )
    actions = ["confirm", "reject"]
    change_list_template = "admin/claims/claimlink/change_list.html"

    class Media:
        css = ADMIN_CSS

    @admin.display(description="statement in its sentence")
    def statement_highlighted(self, obj):
        return statement_sentence(obj.statement) if obj.pk else "—"

    def _decide(self, request, queryset, decide, state, verb):
        total = queryset.count()
        links = list(queryset.exclude(state=state))
        for link in links:
            decide(link=link, user=request.user)
        skipped = total - len(links)
        if links:
            self.message_user(request, f"{len(links)} link(s) {verb}.", messages.SUCCESS)
        if skipped:
            self.message_user(
                request, f"{skipped} selected link(s) were already {verb}.", messages.INFO
            )

    @admin.action(description="Confirm selected links")
    def confirm(self, request, queryset):
        self._decide(
            request, queryset, services.link_confirm, ClaimLink.State.CONFIRMED, "confirmed"
        )

    @admin.action(description="Reject selected links")
    def reject(self, request, queryset):
        self._decide(request, queryset, services.link_reject, ClaimLink.State.REJECTED, "rejected")


@admin.register(Review)
class ReviewAdmin(SimpleHistoryAdmin):
    formfield_overrides = URL_FORM_FIELDS
    list_display = ("claim", "rating", "published", "published_at", "reviewer")
    list_filter = ("rating", "published")
    list_select_related = ("claim", "reviewer")
    search_fields = ("claim__text", "explanation")
    raw_id_fields = ("claim",)
    readonly_fields = ("reviewer", "published", "published_at", "created_at", "updated_at")
    actions = ["publish"]

    def save_model(self, request, obj, form, change):
        if change:
            super().save_model(request, obj, form, change)
            return
        created = services.review_create(
            claim=form.cleaned_data["claim"],
            rating=form.cleaned_data["rating"],
            explanation=form.cleaned_data["explanation"],
            evidence=form.cleaned_data.get("evidence") or [],
            user=request.user,
            reviewer_name=form.cleaned_data.get("reviewer_name", ""),
            source_url=form.cleaned_data.get("source_url"),
        )
        obj.pk = created.pk
        obj._state.adding = False
        obj.refresh_from_db()

    @admin.action(description="Publish selected reviews (sets each claim's verdict)")
    def publish(self, request, queryset):
        done = 0
        for review in queryset.select_related("claim"):
            try:
                services.review_publish(review=review, user=request.user)
                done += 1
            except ValidationError as exc:
                self.message_user(request, f"{review}: {_errors(exc)}", messages.ERROR)
        if done:
            self.message_user(request, f"{done} review(s) published.", messages.SUCCESS)


def statements_beside_text(article, statements):
    """The article text with statement spans marked, and the list of statements beside it."""
    from .dashboard.highlight import article_text

    items = format_html_join(
        "",
        '<li><a href="#statement-{}">{}</a> <span class="fd-badge stance-{}">{}</span> '
        "<em>{}</em>{}</li>",
        (
            (
                st.pk,
                ", ".join(r.actor.name for r in st.speaker_rows.all())
                or (st.speaker.name if st.speaker else st.speaker_text or "unknown speaker"),
                st.stance,
                st.get_stance_display(),
                st.cue,
                format_html_join(
                    "",
                    ' → <a href="{}">claim {}</a> ({})',
                    (
                        (
                            reverse("admin:claims_claim_change", args=[link.claim_id]),
                            link.claim_id,
                            link.get_state_display().lower(),
                        )
                        for link in st.links.all()
                    ),
                ),
            )
            for st in statements
        ),
    )
    return format_html(
        '<div class="fd-annotated"><div class="fd-text" lang="{}">{}</div>'
        '<ol class="fd-statements">{}</ol></div>',
        article.language,
        article_text(article, statements),
        items or format_html("<li>{}</li>", "No statements extracted."),
    )
