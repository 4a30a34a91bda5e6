"""A spec with tasks operations added: `GET /v0/tasks` (paginated) and `POST /v0/tasks` (a JSON
body, answered 201), as a maintainer would add them. The new-operation and breaking-change
tests start from it."""

from __future__ import annotations

from typing import Any

STAMP = "2025-11-12T09:30:00.000Z"
TASK = {
    "id": "task_1",
    "title": "Block a lost card",
    "createdAt": STAMP,
    "modifiedAt": STAMP,
    "topicId": None,
}
NEW_TASK = {"title": "Block a lost card", "description": "The customer lost their card"}
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
    return {"documented": {"summary": "A task, as the API would send it.", "value": value}}


def with_tasks(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec with a tasks tag, GET /v0/tasks (paginated) and POST /v0/tasks (a body, 201)."""
    page = {"data": [TASK], "pagination": {"skip": 0, "limit": 25, "total": 1, "totalPages": 1}}
    spec["tags"].append({"name": "tasks", "description": "A task is a job the LLM application does."})
    spec["paths"]["/v0/tasks"] = {
        "get": {
            "operationId": "listTasks",
            "tags": ["tasks"],
            "summary": "List tasks",
            "description": "Retrieves a paginated list of tasks.",
            "security": [{"ApiKey": []}],
            "parameters": [
                {"$ref": "#/components/parameters/Skip"},
                {"$ref": "#/components/parameters/Limit"},
            ],
            "responses": {
                "200": {
                    "description": "A page of tasks.",
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/PaginatedTasks"},
                            "examples": example(page),
                        }
                    },
                },
                **ERRORS,
            },
        },
        "post": {
            "operationId": "createTask",
            "tags": ["tasks"],
            "summary": "Create a task",
            "description": "Creates a task.",
            "security": [{"ApiKey": []}],
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {"$ref": "#/components/schemas/NewTask"},
                        "examples": example(NEW_TASK),
                    }
                },
            },
            "responses": {
                "201": {
                    "description": "The task created.",
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/Task"},
                            "examples": example(TASK),
                        }
                    },
                },
                **ERRORS,
            },
        },
    }
    schemas = spec["components"]["schemas"]
    schemas["PaginatedTasks"] = {
        "type": "object",
        "description": "Paginated response containing tasks.",
        "required": ["data"],
        "properties": {
            "data": {
                "type": "array",
                "description": "The tasks on this page.",
                "items": {"$ref": "#/components/schemas/Task"},
            },
            "pagination": {"$ref": "#/components/schemas/Pagination", "description": "Where this page sits."},
        },
    }
    schemas["NewTask"] = {
        "type": "object",
        "description": "A task to create.",
        "required": ["title"],
        "properties": {
            "title": {"type": "string", "minLength": 1, "description": "The title of the task."},
            "description": {"type": "string", "description": "The task description."},
        },
    }
    return spec
