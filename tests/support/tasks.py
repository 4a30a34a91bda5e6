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


TAGS = {"data": [{"id": "tag_1", "name": "cards", "type": "manual"}]}


def with_task_tags(spec: dict[str, Any]) -> dict[str, Any]:
    """`with_tasks`, and a resource nested in tasks (the tag `tasks.tags`): GET and PUT
    /v0/tasks/{id}/tags. The PUT's body has no example of its own, only its properties do, and
    one of them is named `type`, as Python's builtin is."""
    spec = with_tasks(spec)
    spec["tags"].append({"name": "tasks.tags", "description": "The tags of a task."})
    identifier = {
        "name": "id",
        "in": "path",
        "required": True,
        "description": "The task's id.",
        "schema": {"type": "string", "minLength": 1},
    }
    answer = {
        "description": "The task's tags.",
        "content": {
            "application/json": {
                "schema": {"$ref": "#/components/schemas/TaskTags"},
                "examples": {"documented": {"summary": "A task's tags.", "value": TAGS}},
            }
        },
    }
    spec["paths"]["/v0/tasks/{id}/tags"] = {
        "get": {
            "operationId": "listTaskTags",
            "tags": ["tasks.tags"],
            "summary": "List a task's tags",
            "description": "Retrieves the tags of a task.",
            "security": [{"ApiKey": []}],
            "parameters": [identifier],
            "responses": {"200": answer, **ERRORS},
        },
        "put": {
            "operationId": "updateTaskTags",
            "tags": ["tasks.tags"],
            "summary": "Set a task's tags",
            "description": "Replaces the tags of a task.",
            "security": [{"ApiKey": []}],
            "parameters": [identifier],
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/TaskTagsUpdate"}}},
            },
            "responses": {"200": answer, **ERRORS},
        },
    }
    schemas = spec["components"]["schemas"]
    schemas["TaskTag"] = {
        "type": "object",
        "description": "A tag on a task.",
        "required": ["id", "name"],
        "properties": {
            "id": {"type": "string", "description": "The tag's id."},
            "name": {"type": "string", "description": "The tag's name."},
            "type": {"type": "string", "description": "How the tag was set."},
        },
    }
    schemas["TaskTags"] = {
        "type": "object",
        "description": "A task's tags.",
        "required": ["data"],
        "properties": {
            "data": {
                "type": "array",
                "description": "The tags.",
                "items": {"$ref": "#/components/schemas/TaskTag"},
            }
        },
    }
    schemas["TaskTagsUpdate"] = {
        "type": "object",
        "description": "The tags a task is to have.",
        "required": ["tagIds"],
        "properties": {
            "tagIds": {
                "type": "array",
                "description": "The ids of the tags.",
                "items": {"type": "string", "example": "tag_1"},
            },
            "type": {"type": "string", "description": "How the tags are set.", "example": "manual"},
        },
    }
    return spec
