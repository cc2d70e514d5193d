from django.apps import AppConfig


class ClaimsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "claims"
    verbose_name = "Claims"

    def ready(self) -> None:
        # Every process that writes claims (web and workers) must bump the generation that
        # cached API pages are kept under; the signal receivers live with the selectors.
        from . import selectors  # noqa: F401
