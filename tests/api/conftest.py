import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from rest_framework.test import APIClient

from factdesk.models import token_create

ROLE_NAMES = ("fact-checker", "reviewer", "newsroom")


def make_user(username: str, role: str | None):
    user = get_user_model().objects.create_user(username)
    if role:
        user.groups.add(Group.objects.get(name=role))
    return user


def client_for(user) -> APIClient:
    _, raw = token_create(user=user, name="tests")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {raw}")
    client.user = user
    return client


@pytest.fixture
def as_role(db):
    """as_role("newsroom") -> an APIClient authenticated by a token of a user in that group."""
    made = {}

    def make(role: str | None) -> APIClient:
        if role not in made:
            made[role] = client_for(make_user(f"user-{role or 'none'}", role))
        return made[role]

    return make


@pytest.fixture
def checker(as_role) -> APIClient:
    return as_role("fact-checker")


@pytest.fixture
def newsroom(as_role) -> APIClient:
    return as_role("newsroom")


@pytest.fixture
def reviewer(as_role) -> APIClient:
    return as_role("reviewer")
