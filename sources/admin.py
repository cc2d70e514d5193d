from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.utils.html import format_html

from .models import Actor, ActorAlias, Article, Feed, Outlet
from .services import article_reprocess


@admin.register(Outlet)
class OutletAdmin(admin.ModelAdmin):
    list_display = ("name", "domain", "kind", "country", "language", "created_at")
    list_filter = ("kind", "language", "country")
    search_fields = ("name", "domain")
    readonly_fields = ("created_at",)


class ActorAliasInline(admin.TabularInline):
    model = ActorAlias
    extra = 1
    fields = ("alias", "language")


@admin.register(Actor)
class ActorAdmin(admin.ModelAdmin):
    list_display = ("name", "kind", "parent", "reviewed", "merged_into", "created_at")
    list_filter = ("kind", "reviewed")
    list_select_related = ("parent", "merged_into")
    search_fields = ("name", "aliases__alias")
    autocomplete_fields = ("parent", "merged_into")
    readonly_fields = ("created_at",)
    inlines = [ActorAliasInline]
    actions = ["mark_reviewed"]

    def get_search_results(self, request, queryset, search_term):
        queryset, duplicates = super().get_search_results(request, queryset, search_term)
        return queryset.distinct(), duplicates

    @admin.action(description="Mark selected actors as reviewed")
    def mark_reviewed(self, request, queryset):
        updated = queryset.update(reviewed=True)
        self.message_user(request, f"{updated} actor(s) marked as reviewed.", messages.SUCCESS)


@admin.register(ActorAlias)
class ActorAliasAdmin(admin.ModelAdmin):
    list_display = ("alias", "language", "actor")
    list_filter = ("language",)
    list_select_related = ("actor",)
    search_fields = ("alias", "normalised", "actor__name")
    autocomplete_fields = ("actor",)
    readonly_fields = ("normalised",)


def _statement_inline():
    # Imported lazily: the claims app builds on sources, not the other way round.
    from claims.models import Statement

    class StatementInline(admin.TabularInline):
        model = Statement
        extra = 0
        can_delete = False
        show_change_link = True
        fields = ("speaker_text", "speaker", "cue", "stance", "direct", "via", "content")
        readonly_fields = fields
        ordering = ("sentence_start",)

        def has_add_permission(self, request, obj=None):
            return False

        def get_queryset(self, request):
            return super().get_queryset(request).select_related("speaker", "via")

    return StatementInline


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ("__str__", "outlet", "language", "state_badge", "published_at", "created_at")
    list_filter = ("state", "language", "outlet")
    list_select_related = ("outlet",)
    search_fields = ("title", "url", "text")
    date_hierarchy = "created_at"
    raw_id_fields = ("feed",)
    autocomplete_fields = ("outlet",)
    readonly_fields = (
        "language",
        "content_hash",
        "state",
        "error",
        "attempts",
        "processed_at",
        "extractor_version",
        "fetched_at",
        "text",
        "created_at",
        "updated_at",
    )
    fieldsets = (
        (None, {"fields": ("url", "title", "outlet", "byline", "published_at")}),
        (
            "Processing",
            {
                "fields": (
                    "state",
                    "error",
                    "requested_language",
                    "language",
                    "attempts",
                    "processed_at",
                    "extractor_version",
                    "content_hash",
                    "fetched_at",
                    "created_at",
                    "updated_at",
                )
            },
        ),
        ("Content", {"classes": ("collapse",), "fields": ("text", "submitted_text", "html")}),
    )
    actions = ["reprocess"]

    def get_inlines(self, request, obj):
        return [_statement_inline()] if obj is not None else []

    @admin.display(description="state", ordering="state")
    def state_badge(self, obj):
        colour = {"processed": "#2e7d32", "failed": "#c62828", "pending": "#6d6d6d"}
        return format_html(
            '<span style="color:{}" title="{}">{}</span>',
            colour.get(obj.state, "#6d6d6d"),
            obj.error,
            obj.get_state_display(),
        )

    @admin.action(description="Reprocess selected articles")
    def reprocess(self, request, queryset):
        for article in queryset:
            article_reprocess(article)
        self.message_user(
            request, f"{queryset.count()} article(s) queued for processing.", messages.SUCCESS
        )

    def save_model(self, request, obj, form, change):
        try:
            super().save_model(request, obj, form, change)
        except ValidationError as exc:
            self.message_user(request, "; ".join(exc.messages), messages.ERROR)


@admin.register(Feed)
class FeedAdmin(admin.ModelAdmin):
    list_display = ("__str__", "outlet", "active", "poll_interval", "last_polled_at", "last_status")
    list_filter = ("active", "last_status", "outlet")
    list_select_related = ("outlet",)
    search_fields = ("url", "title")
    autocomplete_fields = ("outlet",)
    readonly_fields = (
        "etag",
        "last_modified",
        "last_polled_at",
        "last_status",
        "last_error",
        "entries_seen",
        "created_at",
    )
