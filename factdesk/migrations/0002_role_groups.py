"""The three roles as groups, with model permissions that match what the API lets them do."""

from django.db import migrations

# (app label, model) -> codename actions, per role. The API checks group membership; these
# permissions give the same people the matching pages in the admin.
ALL = ("add", "change", "delete", "view")
ROLES = {
    "fact-checker": {
        ("claims", model): ALL
        for model in (
            "claim",
            "statement",
            "statementspeaker",
            "claimlink",
            "review",
            "follow",
            "webhook",
            "webhookdelivery",
        )
    }
    | {("sources", model): ALL for model in ("outlet", "actor", "actoralias", "article", "feed")},
    "reviewer": {
        ("claims", model): ("view",)
        for model in ("claim", "statement", "statementspeaker", "review")
    }
    | {("claims", "claimlink"): ("view", "change")}
    | {
        ("sources", model): ("view",)
        for model in ("outlet", "actor", "actoralias", "article", "feed")
    },
    "newsroom": {
        ("claims", "claim"): ("view",),
        ("claims", "statement"): ("view",),
        ("claims", "review"): ("view",),
        ("claims", "follow"): ALL,
        ("claims", "webhook"): ALL,
        ("claims", "webhookdelivery"): ("view",),
        ("sources", "article"): ("add", "view"),
        ("sources", "outlet"): ("view",),
        ("sources", "actor"): ("view",),
    },
}


def create_groups(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after all migrations ran; the groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, grants in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        codenames = [
            (app_label, f"{action}_{model}")
            for (app_label, model), actions in grants.items()
            for action in actions
        ]
        permissions = [
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
            for app_label, codename in codenames
        ]
        group.permissions.add(*permissions)


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("factdesk", "0001_api_tokens"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("claims", "0003_follows_webhooks_deliveries"),
        ("sources", "0001_outlets_actors_articles_feeds"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
