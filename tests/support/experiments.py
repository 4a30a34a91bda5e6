"""A spec with experiments operations added: `GET /v0/experiments` (paginated) and
`POST /v0/experiments` (a JSON body, answered 201), as a maintainer would add a resource the API
gains. The new-operation and breaking-change tests start from it. (Experiments are not in the
API the spec describes; any resource it lacks would do.)"""

from __future__ import annotations

from typing import Any

STAMP = "2025-11-12T09:30:00.000Z"
EXPERIMENT = {
    "id": "experiment_1",
    "title": "Shorter answers",
    "createdAt": STAMP,
    "modifiedAt": STAMP,
    "concludedAt": None,
}
NEW_EXPERIMENT = {"title": "Shorter answers", "description": "Do shorter answers pass more often?"}
ERRORS = {
    code: {"$ref": f"#/components/responses/{name}"}
    for code, name in [
        ("400", "BadRequest"),
        ("401", "Unauthorized"),
        ("422", "UnprocessableEntity"),
        ("429", "TooManyRequests"),
        ("5XX", "ServerError"),
    ]
}


def example(value: Any) -> dict[str, Any]:
    return {"documented": {"summary": "An experiment, as the API would send it.", "value": value}}


def with_experiments(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec with an experiments tag, GET /v0/experiments (paginated) and POST /v0/experiments
    (a body, 201)."""
    page = {"data": [EXPERIMENT], "pagination": {"skip": 0, "limit": 25, "total": 1, "totalPages": 1}}
    spec["tags"].append(
        {"name": "experiments", "description": "An experiment compares variants of the application."}
    )
    spec["paths"]["/v0/experiments"] = {
        "get": {
            "operationId": "listExperiments",
            "tags": ["experiments"],
            "summary": "List experiments",
            "description": "Retrieves a paginated list of experiments.",
            "security": [{"ApiKey": []}],
            "parameters": [
                {"$ref": "#/components/parameters/Skip"},
                {"$ref": "#/components/parameters/Limit"},
            ],
            "responses": {
                "200": {
                    "description": "A page of experiments.",
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/PaginatedExperiments"},
                            "examples": example(page),
                        }
                    },
                },
                **ERRORS,
            },
        },
        "post": {
            "operationId": "createExperiment",
            "tags": ["experiments"],
            "summary": "Create an experiment",
            "description": "Creates an experiment.",
            "security": [{"ApiKey": []}],
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {"$ref": "#/components/schemas/NewExperiment"},
                        "examples": example(NEW_EXPERIMENT),
                    }
                },
            },
            "responses": {
                "201": {
                    "description": "The experiment created.",
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/Experiment"},
                            "examples": example(EXPERIMENT),
                        }
                    },
                },
                **ERRORS,
            },
        },
    }
    schemas = spec["components"]["schemas"]
    schemas["Experiment"] = {
        "type": "object",
        "description": "An experiment.",
        "required": ["id", "title"],
        "properties": {
            "id": {"type": "string", "description": "The experiment's id."},
            "title": {"type": "string", "description": "The experiment's title."},
            "createdAt": {"type": "string", "format": "date-time", "description": "When it was created."},
            "modifiedAt": {"type": "string", "format": "date-time", "description": "When it last changed."},
            "concludedAt": {
                "type": ["string", "null"],
                "format": "date-time",
                "description": "When it ended; null while it runs.",
            },
        },
    }
    schemas["PaginatedExperiments"] = {
        "type": "object",
        "description": "Paginated response containing experiments.",
        "required": ["data"],
        "properties": {
            "data": {
                "type": "array",
                "description": "The experiments on this page.",
                "items": {"$ref": "#/components/schemas/Experiment"},
            },
            "pagination": {"$ref": "#/components/schemas/Pagination", "description": "Where this page sits."},
        },
    }
    schemas["NewExperiment"] = {
        "type": "object",
        "description": "An experiment to create.",
        "required": ["title"],
        "properties": {
            "title": {"type": "string", "minLength": 1, "description": "The title of the experiment."},
            "description": {"type": "string", "description": "What the experiment tests."},
        },
    }
    return spec


VARIANTS = {"data": [{"id": "variant_1", "name": "short", "type": "manual"}]}


def with_experiment_variants(spec: dict[str, Any]) -> dict[str, Any]:
    """`with_experiments`, and a resource nested in experiments (the tag `experiments.variants`):
    GET and PUT /v0/experiments/{id}/variants. The PUT's body has no example of its own, only its
    properties do, and one of them is named `type`, as Python's builtin is."""
    spec = with_experiments(spec)
    spec["tags"].append({"name": "experiments.variants", "description": "The variants of an experiment."})
    identifier = {
        "name": "id",
        "in": "path",
        "required": True,
        "description": "The experiment's id.",
        "schema": {"type": "string", "minLength": 1},
    }
    answer = {
        "description": "The experiment's variants.",
        "content": {
            "application/json": {
                "schema": {"$ref": "#/components/schemas/ExperimentVariants"},
                "examples": {"documented": {"summary": "An experiment's variants.", "value": VARIANTS}},
            }
        },
    }
    spec["paths"]["/v0/experiments/{id}/variants"] = {
        "get": {
            "operationId": "listExperimentVariants",
            "tags": ["experiments.variants"],
            "summary": "List an experiment's variants",
            "description": "Retrieves the variants of an experiment.",
            "security": [{"ApiKey": []}],
            "parameters": [identifier],
            "responses": {"200": answer, **ERRORS},
        },
        "put": {
            "operationId": "updateExperimentVariants",
            "tags": ["experiments.variants"],
            "summary": "Set an experiment's variants",
            "description": "Replaces the variants of an experiment.",
            "security": [{"ApiKey": []}],
            "parameters": [identifier],
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/ExperimentVariantsUpdate"}}
                },
            },
            "responses": {"200": answer, **ERRORS},
        },
    }
    schemas = spec["components"]["schemas"]
    schemas["ExperimentVariant"] = {
        "type": "object",
        "description": "A variant of an experiment.",
        "required": ["id", "name"],
        "properties": {
            "id": {"type": "string", "description": "The variant's id."},
            "name": {"type": "string", "description": "The variant's name."},
            "type": {"type": "string", "description": "How the variant was set."},
        },
    }
    schemas["ExperimentVariants"] = {
        "type": "object",
        "description": "An experiment's variants.",
        "required": ["data"],
        "properties": {
            "data": {
                "type": "array",
                "description": "The variants.",
                "items": {"$ref": "#/components/schemas/ExperimentVariant"},
            }
        },
    }
    schemas["ExperimentVariantsUpdate"] = {
        "type": "object",
        "description": "The variants an experiment is to have.",
        "required": ["variantIds"],
        "properties": {
            "variantIds": {
                "type": "array",
                "description": "The ids of the variants.",
                "items": {"type": "string", "example": "variant_1"},
            },
            "type": {"type": "string", "description": "How the variants are set.", "example": "manual"},
        },
    }
    return spec
