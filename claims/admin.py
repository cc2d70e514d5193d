from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from simple_history.admin import SimpleHistoryAdmin

from . import services
from .models import Claim, ClaimLink, Review, Statement, StatementSpeaker


class ClaimLinkInline(admin.TabularInline):
    model = ClaimLink
    extra = 0
    fields = ("statement", "stance", "score", "method", "state", "reviewed_by", "reviewed_at")
    readonly_fields = ("statement", "stance", "score", "method", "reviewed_by", "reviewed_at")
    raw_id_fields = ("statement",)
    show_change_link = True
    ordering = ("-score",)

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("statement__article", "reviewed_by")

    def has_add_permission(self, request, obj=None):
        return False


class ReviewInline(admin.StackedInline):
    model = Review
    extra = 0
    fields = ("rating", "explanation", "evidence", "reviewer", "published", "published_at")
    readonly_fields = ("reviewer", "published", "published_at")


@admin.register(Claim)
class ClaimAdmin(SimpleHistoryAdmin):
    list_display = (
        "__str__",
        "status",
        "verdict",
        "contested",
        "accuses_count",
        "asserts_count",
        "denies_count",
        "first_seen_at",
        "last_seen_at",
    )
    list_filter = ("status", "verdict", "contested", "language")
    list_select_related = ("first_claimant", "merged_into")
    search_fields = ("text",)
    autocomplete_fields = ("subjects", "first_claimant")
    raw_id_fields = ("merged_into",)
    readonly_fields = (
        "statement_count",
        "supporting_count",
        "accuses_count",
        "asserts_count",
        "denies_count",
        "contested",
        "contested_at",
        "embedding_model",
        "merged_into",
        "created_by",
        "created_at",
        "updated_at",
    )
    inlines = [ClaimLinkInline, ReviewInline]
    actions = ["merge_into_first", "set_triaged", "set_in_review"]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)
        if not change or "text" in form.changed_data:
            from .matching import claim_index

            claim_index(obj)

    @admin.action(description="Merge selected claims into the oldest one")
    def merge_into_first(self, request, queryset):
        claims = list(queryset.order_by("created_at"))
        if len(claims) < 2:
            self.message_user(request, "Select at least two claims to merge.", messages.WARNING)
            return
        target = claims[0]
        try:
            for source in claims[1:]:
                services.claim_merge(source=source, target=target, user=request.user)
        except ValidationError as exc:
            self.message_user(request, "; ".join(exc.messages), messages.ERROR)
            return
        self.message_user(
            request, f"Merged {len(claims) - 1} claim(s) into “{target}”.", messages.SUCCESS
        )

    def _set_status(self, request, queryset, status):
        done = 0
        for claim in queryset:
            try:
                services.claim_set_status(claim=claim, status=status, user=request.user)
                done += 1
            except ValidationError as exc:
                self.message_user(request, f"{claim}: {'; '.join(exc.messages)}", messages.ERROR)
        if done:
            self.message_user(request, f"{done} claim(s) set to {status}.", messages.SUCCESS)

    @admin.action(description="Set status: triaged")
    def set_triaged(self, request, queryset):
        self._set_status(request, queryset, Claim.Status.TRIAGED)

    @admin.action(description="Set status: in review")
    def set_in_review(self, request, queryset):
        self._set_status(request, queryset, Claim.Status.IN_REVIEW)


class StatementSpeakerInline(admin.TabularInline):
    model = StatementSpeaker
    extra = 0
    autocomplete_fields = ("actor",)


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
    )
    list_filter = ("stance", "direct", "language", "speech_act")
    list_select_related = ("speaker", "via", "article")
    search_fields = ("content", "sentence", "speaker_text", "speaker__name")
    autocomplete_fields = ("speaker",)
    raw_id_fields = ("article", "via")
    readonly_fields = (
        "sentence",
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
    inlines = [StatementSpeakerInline]


@admin.register(ClaimLink)
class ClaimLinkAdmin(SimpleHistoryAdmin):
    list_display = ("statement", "claim", "stance", "score", "state", "method", "reviewed_by")
    list_filter = ("state", "stance", "method")
    list_select_related = ("statement", "claim", "reviewed_by")
    search_fields = ("claim__text", "statement__content")
    raw_id_fields = ("statement", "claim")
    readonly_fields = ("score", "method", "reviewed_by", "reviewed_at", "created_at")
    actions = ["confirm", "reject"]

    @admin.action(description="Confirm selected links")
    def confirm(self, request, queryset):
        for link in queryset:
            services.link_confirm(link=link, user=request.user)
        self.message_user(request, f"{queryset.count()} link(s) confirmed.", messages.SUCCESS)

    @admin.action(description="Reject selected links")
    def reject(self, request, queryset):
        for link in queryset:
            services.link_reject(link=link, user=request.user)
        self.message_user(request, f"{queryset.count()} link(s) rejected.", messages.SUCCESS)


@admin.register(Review)
class ReviewAdmin(SimpleHistoryAdmin):
    list_display = ("claim", "rating", "published", "published_at", "reviewer")
    list_filter = ("rating", "published")
    list_select_related = ("claim", "reviewer")
    search_fields = ("claim__text", "explanation")
    raw_id_fields = ("claim",)
    readonly_fields = ("reviewer", "published", "published_at", "created_at", "updated_at")
    actions = ["publish"]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.reviewer = request.user
        super().save_model(request, obj, form, change)

    @admin.action(description="Publish selected reviews")
    def publish(self, request, queryset):
        for review in queryset:
            services.review_publish(review=review, user=request.user)
        self.message_user(request, f"{queryset.count()} review(s) published.", messages.SUCCESS)
