"""``manage.py createtoken USERNAME --name NAME [--role newsroom]``: print a new API token once."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from factdesk.models import ApiToken, token_create, token_revoke
from factdesk.permissions import ROLES


class Command(BaseCommand):
    help = "Create a named API token for a user and print it (it cannot be shown again)."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--name", required=True, help="What the token is for")
        parser.add_argument(
            "--role",
            choices=ROLES,
            help="Also put the user in this role's group",
        )
        parser.add_argument(
            "--create-user", action="store_true", help="Create the user if it does not exist"
        )
        parser.add_argument(
            "--revoke", action="store_true", help="Revoke the user's active token of this name"
        )

    def handle(self, *args, username, name, role, create_user, revoke, **options):
        User = get_user_model()
        user = User.objects.filter(username=username).first()
        if user is None:
            if not create_user:
                raise CommandError(f"No user '{username}' (add --create-user to create one).")
            user = User.objects.create_user(username=username)
        if revoke:
            token = ApiToken.objects.active().filter(user=user, name=name).first()
            if token is None:
                raise CommandError(f"{username} has no active token named '{name}'.")
            token_revoke(token=token)
            self.stdout.write(f"Revoked {token.prefix}… ({name}) of {username}.")
            return
        if role:
            group = Group.objects.filter(name=role).first()
            if group is None:
                raise CommandError(f"No group '{role}': run `manage.py migrate` first.")
            user.groups.add(group)
        try:
            token, raw = token_create(user=user, name=name)
        except ValidationError as exc:
            raise CommandError(" ".join(exc.messages)) from exc
        self.stderr.write(f"Token '{name}' for {username}; it is shown only this once:")
        self.stdout.write(raw)
