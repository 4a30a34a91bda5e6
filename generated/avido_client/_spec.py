"""What the spec says of the API as a whole, for the client: its servers, its credentials and the
prefix every path starts with. Written by make generate from openapi.yaml."""

from ._base_client import Credential

SERVERS: tuple[str, ...] = ("https://api.avidoai.com",)
CREDENTIALS: tuple[Credential, ...] = (
    Credential(argument="api_key", header="x-api-key", required=True),
    Credential(argument="application_id", header="x-application-id", required=False),
)
PATH_PREFIX = "/v0"
