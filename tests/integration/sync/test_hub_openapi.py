"""Schemathesis against the hub's OpenAPI (a real uvicorn, PostgreSQL): whatever a request
carries, the hub answers it without a server error."""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from tests.helpers.sync import Hub

# The device token of the enrolled kiosk the requests speak for (set by the fixture).
_AUTH: dict[str, str] = {}


@pytest.fixture
def hub_schema(pg_hub: Hub) -> Any:
    from app.sync.client import HubClient
    from db.outbox import SCHEMA_VERSION

    pg_hub.add_antenna("rennes")
    with HubClient(pg_hub.url, schema_version=SCHEMA_VERSION) as client:
        enrolled = client.enroll(code=pg_hub.code("rennes"), machine_id="m-1", node_id="k-1")
    _AUTH["Authorization"] = f"Bearer {enrolled['token']}"
    return schemathesis.openapi.from_url(f"{pg_hub.url}/openapi.json")


def test_the_hub_never_answers_with_a_server_error(hub_schema: Any) -> None:
    # Driven by hand rather than by schemathesis's pytest plugin (not compatible with this
    # pytest): one Hypothesis run per operation of the schema.
    operations = [result.ok() for result in hub_schema.get_all_operations()]
    assert {op.path for op in operations} >= {"/v1/enroll", "/v1/push", "/v1/changes"}
    answered: list[int] = []
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=25,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        )
        def no_server_error(case: schemathesis.Case) -> None:
            response = case.call_and_validate(checks=[not_a_server_error], headers=dict(_AUTH))
            answered.append(response.status_code)

        no_server_error()
    assert len(answered) >= 10 * len(operations)
    assert any(200 <= status < 300 for status in answered)
