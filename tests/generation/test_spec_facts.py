"""tools/spec.py: the facts generation takes from the spec beyond what the generator keeps.

Each fact is checked on the repository's spec and on small documents made here, so a
change to the rules (what counts as paging, as an envelope, as a credential) shows up.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from tools.spec import Pagination, Spec

MODEL: dict[str, Any] = {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}}
PAGE = {
    "type": "object",
    "required": ["data"],
    "properties": {
        "data": {"type": "array", "items": {"$ref": "#/components/schemas/Model"}},
        "pagination": {"type": "object"},
    },
}
WRAPPER = {
    "type": "object",
    "required": ["model"],
    "properties": {"model": {"$ref": "#/components/schemas/Model"}},
}
SKIP = {"name": "skip", "in": "query", "schema": {"type": "integer"}}
LIMIT = {"name": "limit", "in": "query", "schema": {"type": "integer", "maximum": 50}}


def document(schema: dict[str, Any], parameters: list[dict[str, Any]] | None = None, **extra: Any) -> Spec:
    """One GET operation answering `schema`, with Model, Page and Wrapper components."""
    operation = {
        "operationId": "getThing",
        "tags": ["things"],
        "parameters": parameters or [],
        "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}},
        **extra,
    }
    return Spec(
        {
            "openapi": "3.1.0",
            "paths": {"/things": {"get": operation}},
            "components": {
                "schemas": {"Model": MODEL, "Page": copy.deepcopy(PAGE), "Wrapper": WRAPPER},
                "securitySchemes": {
                    "Key": {"type": "apiKey", "in": "header", "name": "x-key"},
                    "Other": {"type": "apiKey", "in": "header", "name": "x-other"},
                },
            },
            "security": [{"Key": []}],
        }
    )


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def only_operation(spec: Spec) -> Any:
    [operation] = spec.operations()
    return operation


def test_the_repository_spec() -> None:
    by_id = {operation.operation_id: operation for operation in Spec.load().operations()}
    assert by_id["listRuns"].pagination == Pagination("Run", 100)
    assert by_id["listTests"].pagination == Pagination("Test", 100)
    assert by_id["getEval"].pagination is None
    assert (by_id["getEval"].success.model, by_id["getEval"].success.envelope) == ("Eval", "eval")
    assert by_id["listTests"].security_headers == ["x-api-key", "x-application-id"]
    assert "status" in by_id["listTests"].comma_separated
    assert by_id["listRuns"].comma_separated == []


@pytest.mark.parametrize("branches", [[ref("Model"), ref("Wrapper")], [ref("Wrapper"), ref("Model")]])
def test_a_model_or_its_wrapper_is_an_envelope_in_either_order(branches: list[dict[str, str]]) -> None:
    success = only_operation(document({"oneOf": branches})).success
    assert (success.model, success.envelope) == ("Model", "model")


def test_a_plain_reference_is_the_model_itself() -> None:
    success = only_operation(document(ref("Model"))).success
    assert (success.model, success.envelope) == ("Model", None)


def test_a_wrapper_with_two_required_keys_is_no_envelope() -> None:
    spec = document({"oneOf": [ref("Model"), ref("Wrapper")]})
    spec.document["components"]["schemas"]["Wrapper"] = {**WRAPPER, "required": ["model", "other"]}
    assert only_operation(spec).success.model is None


def test_an_envelope_key_that_is_also_a_property_of_the_model_is_refused() -> None:
    spec = document({"oneOf": [ref("Model"), ref("Wrapper")]})
    spec.document["components"]["schemas"]["Model"] = {
        **MODEL,
        "properties": {**MODEL["properties"], "model": {"type": "string"}},
    }
    with pytest.raises(ValueError, match="envelope key 'model' is also a property"):
        _ = only_operation(spec).success


def test_paging_needs_skip_limit_data_and_pagination() -> None:
    assert only_operation(document(ref("Page"), [SKIP, LIMIT])).pagination == Pagination("Model", 50)
    assert only_operation(document(ref("Page"), [LIMIT])).pagination is None
    assert only_operation(document(ref("Model"), [SKIP, LIMIT])).pagination is None
    no_block = document(ref("Page"), [SKIP, LIMIT])
    del no_block.document["components"]["schemas"]["Page"]["properties"]["pagination"]
    assert only_operation(no_block).pagination is None


def test_credentials_and_where_each_is_needed() -> None:
    schemes = {s.name: s for s in document(ref("Model")).security_schemes()}
    assert schemes["Key"].header == "x-key"
    assert schemes["Key"].everywhere
    assert not schemes["Other"].everywhere


def test_an_operation_security_overrides_the_documents_even_when_empty() -> None:
    assert only_operation(document(ref("Model"), security=[])).security_headers == []
    assert only_operation(document(ref("Model"), security=[{"Other": []}])).security_headers == ["x-other"]


def test_a_credential_of_another_kind_fails_generation() -> None:
    spec = document(ref("Model"))
    spec.document["components"]["securitySchemes"]["Bearer"] = {"type": "http", "scheme": "bearer"}
    with pytest.raises(ValueError, match="only apiKey schemes in a header"):
        spec.security_schemes()


def test_comma_separated_parameters_are_those_with_explode_false() -> None:
    parameters: list[dict[str, Any]] = [
        {
            "name": "a",
            "in": "query",
            "explode": False,
            "schema": {"type": "array", "items": {"type": "string"}},
        },
        {"name": "b", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}},
        {
            "name": "c",
            "in": "query",
            "style": "spaceDelimited",
            "explode": False,
            "schema": {"type": "array"},
        },
    ]
    assert only_operation(document(ref("Model"), parameters)).comma_separated == ["a"]


def test_error_statuses_are_the_responses_beyond_2xx_with_their_body_schema_and_headers() -> None:
    spec = document(ref("Model"))
    responses = spec.document["paths"]["/things"]["get"]["responses"]
    spec.document["components"]["responses"] = {
        "Limited": {
            "description": "Slow down.",
            "headers": {"Retry-After": {"description": "Seconds.", "schema": {"type": "string"}}},
            "content": {"application/json": {"schema": ref("Model")}},
        }
    }
    responses["429"] = {"$ref": "#/components/responses/Limited"}
    responses["5XX"] = {"description": "Broken."}
    responses["304"] = {"description": "Not modified."}
    errors = only_operation(spec).errors
    assert [(e.status, e.description, e.schema, e.headers) for e in errors] == [
        ("429", "Slow down.", "Model", (("Retry-After", "Seconds."),)),
        ("5XX", "Broken.", None, ()),
    ]


@pytest.mark.parametrize(
    ("operation_id", "tag", "method"),
    [
        ("listRuns", "runs", "list"),
        ("getEval", "evals", "get"),
        ("updateTaskTags", "tasks.tags", "update"),
        ("retrieveTraceByTest", "traces", "retrieve_by_test"),
        ("createDocumentVersion", "documents.versions", "create"),
        ("activateDocument", "documents", "activate"),
        ("retrieveStyleGuide", "styleGuides", "retrieve"),
        ("validateWebhook", "validateWebhook", "validate"),
        ("ingest", "ingest", "ingest"),
    ],
)
def test_a_method_is_its_operation_id_less_its_resources_noun(
    operation_id: str, tag: str, method: str
) -> None:
    spec = document(MODEL)
    operation = spec.operations()[0]
    renamed = type(operation)(spec, operation_id, operation.method, operation.path, tag)
    assert renamed.resource_method == method
    assert renamed.resource_path == tuple(tag.split("."))
