"""Create the local admin user once and print its credentials (for `make run`)."""

import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Create a local superuser 'admin' with a generated password and print the credentials."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError(
                "ensureadmin is for local use only (DEBUG=true); use createsuperuser."
            )
        username = options["username"]
        secret_file = Path(settings.BASE_DIR) / ".local" / f"{username}-password"
        user_model = get_user_model()
        user = user_model.objects.filter(username=username).first()
        if user is not None and secret_file.exists():
            password = secret_file.read_text().strip()
            if not user.check_password(password):
                self.stdout.write(f"Admin user '{username}' exists; its password was changed.")
                return
        else:
            password = secrets.token_urlsafe(12)
            secret_file.parent.mkdir(exist_ok=True)
            secret_file.write_text(password + "\n")
            secret_file.chmod(0o600)
            if user is None:
                user_model.objects.create_superuser(username, "", password)
            else:
                user.set_password(password)
                user.save()
        self.stdout.write(self.style.SUCCESS(f"Admin login: {username} / {password}"))
