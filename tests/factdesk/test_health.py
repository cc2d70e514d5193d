import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.services
def test_healthz_reports_database_and_broker_up(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["database"] == {"ok": True, "detail": "postgresql"}
    assert body["broker"]["ok"] is True


def test_healthz_names_the_broker_when_it_is_down(client, settings):
    settings.REDIS_URL = "redis://127.0.0.1:1/0"  # nothing listens on port 1
    response = client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["down"] == ["broker"]
    assert body["database"]["ok"] is True


def test_the_root_address_opens_the_dashboard(client, admin_user):
    response = client.get("/")
    assert response.status_code == 302 and response["Location"] == "/dashboard/"
    # Signed out, the dashboard asks for a sign-in and comes back.
    assert "/admin/login/?next=/dashboard/" in client.get("/", follow=True).redirect_chain[-1][0]
    client.force_login(admin_user)
    assert client.get("/", follow=True).status_code == 200
