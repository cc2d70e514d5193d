"""Schemathesis against the OpenAPI schema: whatever it sends, no response is a 5xx.

Cases are drawn per operation with a fixed seed and a bounded number of examples, inside one
test (schemathesis' pytest fixture integration does not run under pytest 9).
"""

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, seed, settings

from tests.factories import ClaimLinkFactory, ReviewFactory

pytestmark = pytest.mark.django_db
EXAMPLES = 10
# Matching embeds the text with the configured model; it has its own tests.
SKIPPED = {"/api/v1/match/"}


@pytest.fixture
def keep_test_connection():
    """Like Django's test client: requests must not close the connection the test runs in."""
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def test_no_request_from_the_schema_gets_a_server_error(as_role, keep_test_connection):
    from factdesk.wsgi import application

    link = ClaimLinkFactory()
    ReviewFactory(claim=link.claim)
    token = as_role("fact-checker")._credentials["HTTP_AUTHORIZATION"]
    schema = schemathesis.openapi.from_wsgi("/api/v1/schema/?format=json", application)
    failures: list[str] = []
    tried = 0
    for result in schema.get_all_operations():
        operation = result.ok()
        if operation.path in SKIPPED:
            continue

        @seed(20240501)
        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            database=None,
            phases=[Phase.explicit, Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        @given(case=operation.as_strategy())
        def run(case):
            response = case.call(headers={"Authorization": token})
            if response.status_code >= 500:
                failures.append(f"{case.method} {case.formatted_path}: {response.text[:300]}")

        run()
        tried += 1
    assert tried >= 30
    assert failures == []
