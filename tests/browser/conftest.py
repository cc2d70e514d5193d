"""Playwright driving Debian's Chromium against pytest-django's live server."""

import os
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in the test thread; the ORM calls that build the test
# data from that thread are safe (nothing else touches them), so Django's guard is lifted here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "1")

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PASSWORD = "pw-browser-test-1"


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(
            f"{CHROMIUM} is missing: install Debian's chromium package to run browser tests"
        )
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("the playwright package is not installed (see requirements-dev.txt)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.dialogs = []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    yield page
    context.close()


@pytest.fixture
def shots(tmp_path) -> Path:
    """Where screenshots go: the test run's temporary directory."""
    base = os.getenv("FACTDESK_TEST_TMP")
    folder = Path(base) / "screenshots" if base else tmp_path / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def fact_checker(transactional_db):
    from django.contrib.auth.models import User
    from django.core.cache import cache

    cache.clear()  # the overview caches its window aggregates

    return User.objects.create_superuser("checker", "checker@example.org", PASSWORD)


@pytest.fixture
def logged_in(page, live_server, fact_checker):
    page.goto(f"{live_server.url}/admin/login/?next=/dashboard/")
    page.fill("#id_username", fact_checker.username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(f"{live_server.url}/dashboard/")
    return page


def screenshot(page, folder: Path, name: str, **kwargs) -> Path:
    path = folder / f"{name}.png"
    page.screenshot(path=str(path), full_page=True, **kwargs)
    data = path.read_bytes()
    assert len(data) > 1000, f"{path} is nearly empty"
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return path
