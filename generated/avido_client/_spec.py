"""What the spec says, for the runtime: its servers, its credentials, and each operation's
method, path, auth headers and page item. Written by make generate from openapi.yaml."""

from ._base_client import Credential
from ._operation import OperationInfo

SERVERS: tuple[str, ...] = ("https://api.avidoai.com",)
CREDENTIALS: tuple[Credential, ...] = (
    Credential(argument="api_key", header="x-api-key", required=True),
    Credential(argument="application_id", header="x-application-id", required=False),
)
OPERATIONS: dict[str, OperationInfo] = {
    "list_runs": OperationInfo(
        name="list_runs",
        operation_id="listRuns",
        tag="runs",
        method="GET",
        path="/v0/runs",
        security=("x-api-key",),
        page_item="Run",
        idempotent=True,
    ),
    "list_tests": OperationInfo(
        name="list_tests",
        operation_id="listTests",
        tag="tests",
        method="GET",
        path="/v0/tests",
        security=(
            "x-api-key",
            "x-application-id",
        ),
        page_item="Test",
        idempotent=True,
    ),
    "get_eval": OperationInfo(
        name="get_eval",
        operation_id="getEval",
        tag="evals",
        method="GET",
        path="/v0/evals/{id}",
        security=("x-api-key",),
        page_item=None,
        idempotent=True,
    ),
}
