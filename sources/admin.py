from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch
from django.urls import reverse
from django.utils.html import format_html

from .models import Actor, ActorAlias, Article, Feed, Outlet, normalise_alias
from .services import actor_merge, article_reprocess

ADMIN_CSS = {"all": ("claims/admin.css",)}
# A URL typed without a scheme is read as https, as Django 6 will do by default.
URL_FORM_FIELDS = {models.URLField: {"assume_scheme": "https"}}


@admin.register(Outlet)
class OutletAdmin(admin.ModelAdmin):
    list_display = ("name", "domain", "kind", "country", "language", "created_at")
    list_filter = ("kind", "language", "country")
    search_fields = ("name", "domain")
    readonly_fields = ("created_at",)


class ActorAliasForm(forms.ModelForm):
    class Meta:
        model = ActorAlias
        fields = ("actor", "alias", "language")

    def clean(self):
        # The unique (normalised alias, language) constraint is on a field the form does not
        # show, so the form checks it here and names the actor that already holds the alias.
        data = super().clean()
        alias, language = data.get("alias"), data.get("language") or ""
        if alias is None:
            return data
        normalised = normalise_alias(alias)
        if not normalised:
            self.add_error("alias", "An alias needs at least one letter or digit.")
            return data
        holder = (
            ActorAlias.objects.filter(normalised=normalised, language=language)
            .exclude(pk=self.instance.pk)
            .select_related("actor")
            .first()
        )
        if holder is not None:
            self.add_error(
                "alias",
                f"'{alias}' ({language or 'any language'}) already names {holder.actor.name}.",
            )
        return data


class ActorAliasInline(admin.TabularInline):
    model = ActorAlias
    form = ActorAliasForm
    extra = 1
    fields = ("alias", "language")


@admin.register(Actor)
class ActorAdmin(admin.ModelAdmin):
    list_display = ("name", "kind", "parent", "reviewed", "merged_into", "created_at")
    list_filter = ("kind", "reviewed")
    list_select_related = ("parent", "merged_into")
    search_fields = ("name", "aliases__alias")
    autocomplete_fields = ("parent",)
    readonly_fields = ("merged_into", "created_at", "dashboard_link")
    inlines = [ActorAliasInline]
    actions = ["mark_reviewed", "merge_duplicates"]

    def get_search_results(self, request, queryset, search_term):
        queryset, duplicates = super().get_search_results(request, queryset, search_term)
        return queryset.distinct(), duplicates

    @admin.display(description="dashboard")
    def dashboard_link(self, obj):
        if obj.pk is None:
            return "—"
        return format_html(
            '<a href="{}">Statements on the dashboard</a>',
            reverse("dashboard:actor", args=[obj.pk]),
        )

    @admin.action(description="Merge selected actors into the oldest reviewed one")
    def merge_duplicates(self, request, queryset):
        actors = list(queryset.filter(merged_into__isnull=True).order_by("-reviewed", "created_at"))
        if len(actors) < 2:
            self.message_user(
                request,
                "Select at least two actors that were not merged already.",
                messages.WARNING,
            )
            return
        target, merged = actors[0], []
        for source in actors[1:]:
            try:
                actor_merge(source=source, target=target, user=request.user)
                merged.append(source.name)
            except ValidationError as exc:
                self.message_user(
                    request, f"{source.name}: {'; '.join(exc.messages)}", messages.ERROR
                )
        if merged:
            self.message_user(
                request,
                f"Merged {', '.join(merged)} into {target.name}; their aliases and statements "
                "now belong to it.",
                messages.SUCCESS,
            )

    @admin.action(description="Mark selected actors as reviewed")
    def mark_reviewed(self, request, queryset):
        updated = queryset.update(reviewed=True)
        self.message_user(request, f"{updated} actor(s) marked as reviewed.", messages.SUCCESS)


@admin.register(ActorAlias)
class ActorAliasAdmin(admin.ModelAdmin):
    form = ActorAliasForm
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
    formfield_overrides = URL_FORM_FIELDS
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
        "statements_in_text",
        "created_at",
        "updated_at",
    )
    fieldsets = (
        (None, {"fields": ("url", "title", "outlet", "byline", "published_at")}),
        ("Statements in the extracted text", {"fields": ("statements_in_text",)}),
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
        ("Content", {"classes": ("collapse",), "fields": ("submitted_text", "html")}),
    )
    actions = ["reprocess"]

    class Media:
        css = ADMIN_CSS

    @admin.display(description="text")
    def statements_in_text(self, obj):
        from claims.admin import statements_beside_text
        from claims.models import ClaimLink, Statement, StatementSpeaker

        if obj.pk is None or not obj.text:
            return "No extracted text yet."
        statements = list(
            Statement.objects.filter(article=obj)
            .select_related("speaker")
            .prefetch_related(
                Prefetch(
                    "speaker_rows",
                    queryset=StatementSpeaker.objects.select_related("actor").order_by("position"),
                ),
                Prefetch(
                    "links",
                    queryset=ClaimLink.objects.only("id", "statement_id", "claim_id", "state"),
                ),
            )
            .order_by("content_start", "cue_start")
        )
        return statements_beside_text(obj, statements)

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
        done = 0
        for article in queryset:
            try:
                article_reprocess(article)
                done += 1
            except ValidationError as exc:
                self.message_user(request, f"{article}: {'; '.join(exc.messages)}", messages.ERROR)
        if done:
            self.message_user(
                request,
                f"{done} article(s) queued for processing; reviewed links are kept.",
                messages.SUCCESS,
            )

    def save_model(self, request, obj, form, change):
        try:
            super().save_model(request, obj, form, change)
        except ValidationError as exc:
            self.message_user(request, "; ".join(exc.messages), messages.ERROR)


@admin.register(Feed)
class FeedAdmin(admin.ModelAdmin):
    formfield_overrides = URL_FORM_FIELDS
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
