"""A spec with every shape the sandbox derives state from, on a resource the API doesn't have
(reviews, and their numbered comments), so the sandbox's tests don't depend on which
operations the repository's spec has:

- `/v0/reviews`: GET (paginated, filtered by `status`), POST (201, the review under `review`,
  the body's `status` defaulting to OPEN); `/v0/reviews/close`: POST, an action (204);
- `/v0/reviews/{id}`: GET, PATCH (merged), DELETE (204);
- `/v0/reviews/{id}/comments`: GET (`{review, comments}`), POST without a body (201,
  `{review, comment}`), comments numbered: `/v0/reviews/{id}/comments/{number}` GET and PUT;
- `/v0/reviews/{id}/comments/{number}/resolve`: PUT, an action on a comment answering
  `{review, comment}`, its example showing the comment's `state` RESOLVED;
- `/v0/labels`: POST (201, the label under `label`); `/v0/reviews/label` and
  `/v0/reviews/unlabel`: POST `{reviewIds, labelIds}` (204), links and their undoing.

A listed review (`ReviewSummary`) requires a field a review doesn't have (`commentCount`); a
review lists its comments under `comments`; a comment names its review in `reviewId`; a review
lists its labels under `labels`, a listed review wraps each (`{label}`), and the listing filters
by `labelId`.
"""

from __future__ import annotations

import copy
from typing import Any

STAMP = "2025-10-01T08:00:00.000Z"
LATER = "2025-10-02T09:15:00.000Z"
COMMENT = {
    "id": "c0a8e4f2-6b1d-4e3a-9c5f-7d2b8e4a1c6f",
    "number": 1,
    "reviewId": "7e3c1a9f-5d2b-4f8e-a6c4-1b9d7f3e5a2c",
    "text": "The refund amount is right.",
    "createdAt": LATER,
}
REVIEW = {
    "id": "7e3c1a9f-5d2b-4f8e-a6c4-1b9d7f3e5a2c",
    "title": "Refund answers",
    "status": "OPEN",
    "reviewer": "someone@example.com",
    "note": None,
    "comments": [COMMENT],
    "createdAt": STAMP,
    "modifiedAt": LATER,
}
CLOSED = {
    "id": "2b6d8f4a-1c5e-4a9b-8d3f-6e2a1c5b9d7f",
    "title": "Card blocking answers",
    "status": "CLOSED",
    "reviewer": "someone@example.com",
    "note": "Done.",
    "comments": [],
    "createdAt": "2025-09-01T08:00:00.000Z",
    "modifiedAt": "2025-09-03T08:00:00.000Z",
}
LABEL = {"id": "5d1f7b3e-9a2c-4e6f-8b4d-2c7e9a1f5b3d", "name": "refunds"}
NEW_REVIEW = {"title": "Tone of the greeting", "note": "Check the first answer only."}
ERRORS = {
    code: {"$ref": f"#/components/responses/{name}"}
    for code, name in [
        ("400", "BadRequest"),
        ("401", "Unauthorized"),
        ("404", "NotFound"),
        ("422", "UnprocessableEntity"),
        ("429", "TooManyRequests"),
        ("5XX", "ServerError"),
    ]
}
SECURITY: list[dict[str, list[str]]] = [{"ApiKey": []}]


def summary(review: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": review["id"],
        "title": review["title"],
        "status": review["status"],
        "commentCount": len(review["comments"]),
        "createdAt": review["createdAt"],
    }


def answer(description: str, schema: str, value: Any, status: str = "200") -> dict[str, Any]:
    return {
        status: {
            "description": description,
            "content": {
                "application/json": {
                    "schema": {"$ref": f"#/components/schemas/{schema}"},
                    "examples": {"documented": {"summary": description, "value": value}},
                }
            },
        },
        **ERRORS,
    }


def body(schema: str, value: Any = None, required: bool = True) -> dict[str, Any]:
    media: dict[str, Any] = {"schema": {"$ref": f"#/components/schemas/{schema}"}}
    if value is not None:
        media["examples"] = {"documented": {"summary": "What a client sends.", "value": value}}
    return {"required": required, "content": {"application/json": media}}


def operation(operation_id: str, tag: str, responses: dict[str, Any], **more: Any) -> dict[str, Any]:
    return {
        "operationId": operation_id,
        "tags": [tag],
        "summary": operation_id,
        "description": f"{operation_id}, for the sandbox's tests.",
        "security": SECURITY,
        **more,
        "responses": responses,
    }


def variable(name: str, schema: dict[str, Any], example: Any) -> dict[str, Any]:
    return {
        "name": name,
        "in": "path",
        "required": True,
        "description": name,
        "schema": {**schema, "example": example},
    }


def with_reviews(document: dict[str, Any]) -> dict[str, Any]:
    """The spec with the reviews resource added."""
    spec = copy.deepcopy(document)
    spec["tags"] += [
        {"name": "reviews", "description": "A review of the application's answers."},
        {"name": "reviews.comments", "description": "A review's comments."},
        {"name": "labels", "description": "Labels a review can carry."},
    ]
    review_id = variable("id", {"type": "string", "minLength": 1}, REVIEW["id"])
    number = variable("number", {"type": "integer", "minimum": 1}, 1)
    page = {
        "data": [summary(REVIEW), summary(CLOSED)],
        "pagination": {"skip": 0, "limit": 25, "total": 2, "totalPages": 1},
    }
    status_filter = {
        "name": "status",
        "in": "query",
        "required": False,
        "description": "Only reviews with this status.",
        "schema": {"$ref": "#/components/schemas/ReviewStatus"},
    }
    one = {"review": REVIEW, "comment": COMMENT}
    resolved = {"review": REVIEW, "comment": {**COMMENT, "state": "RESOLVED"}}
    labelling = body("ReviewLabels", {"reviewIds": [REVIEW["id"]], "labelIds": [LABEL["id"]]})
    no_content = {"204": {"description": "Done; no body."}, **ERRORS}
    spec["paths"].update(
        {
            "/v0/reviews": {
                "get": operation(
                    "listReviews",
                    "reviews",
                    answer("A page of reviews.", "PaginatedReviews", page),
                    parameters=[
                        {"$ref": "#/components/parameters/Skip"},
                        {"$ref": "#/components/parameters/Limit"},
                        status_filter,
                        {
                            "name": "labelId",
                            "in": "query",
                            "required": False,
                            "description": "Only reviews with this label.",
                            "schema": {"type": "string", "minLength": 1},
                        },
                    ],
                ),
                "post": operation(
                    "createReview",
                    "reviews",
                    answer("The review created.", "ReviewEnvelope", {"review": REVIEW}, "201"),
                    requestBody=body("ReviewCreate", NEW_REVIEW),
                ),
            },
            "/v0/reviews/close": {
                "post": operation(
                    "closeReviews",
                    "reviews",
                    no_content,
                    requestBody=body("ReviewClosing", {"reviewIds": [REVIEW["id"]]}),
                ),
            },
            "/v0/reviews/{id}": {
                "get": operation(
                    "retrieveReview",
                    "reviews",
                    answer("The review.", "ReviewEnvelope", {"review": REVIEW}),
                    parameters=[review_id],
                ),
                "patch": operation(
                    "updateReview",
                    "reviews",
                    answer("The review updated.", "ReviewEnvelope", {"review": REVIEW}),
                    parameters=[review_id],
                    requestBody=body("ReviewUpdate", {"title": "Refund answers, again", "status": "CLOSED"}),
                ),
                "delete": operation("deleteReview", "reviews", no_content, parameters=[review_id]),
            },
            "/v0/reviews/{id}/comments": {
                "get": operation(
                    "listReviewComments",
                    "reviews.comments",
                    answer(
                        "The review and its comments.",
                        "CommentList",
                        {"review": REVIEW, "comments": [COMMENT]},
                    ),
                    parameters=[review_id],
                ),
                "post": operation(
                    "createReviewComment",
                    "reviews.comments",
                    answer("The comment created.", "CommentResult", one, "201"),
                    parameters=[review_id],
                ),
            },
            "/v0/reviews/{id}/comments/{number}": {
                "get": operation(
                    "retrieveReviewComment",
                    "reviews.comments",
                    answer("The comment.", "CommentResult", one),
                    parameters=[review_id, number],
                ),
                "put": operation(
                    "updateReviewComment",
                    "reviews.comments",
                    answer("The comment updated.", "CommentResult", one),
                    parameters=[review_id, number],
                    requestBody=body("CommentUpdate", {"text": "The refund amount is wrong."}),
                ),
            },
            "/v0/reviews/{id}/comments/{number}/resolve": {
                "put": operation(
                    "resolveReviewComment",
                    "reviews.comments",
                    answer("The comment resolved.", "CommentResult", resolved),
                    parameters=[review_id, number],
                ),
            },
            "/v0/labels": {
                "post": operation(
                    "createLabel",
                    "labels",
                    answer("The label created.", "LabelEnvelope", {"label": LABEL}, "201"),
                    requestBody=body("LabelCreate", {"name": "refunds"}),
                ),
            },
            "/v0/reviews/label": {
                "post": operation("labelReviews", "reviews", no_content, requestBody=labelling),
            },
            "/v0/reviews/unlabel": {
                "post": operation("unlabelReviews", "reviews", no_content, requestBody=labelling),
            },
        }
    )
    stamp = {"type": "string", "format": "date-time", "description": "When."}
    text = {"type": "string", "description": "Text."}
    spec["components"]["schemas"].update(
        {
            "ReviewStatus": {
                "type": "string",
                "enum": ["OPEN", "CLOSED"],
                "description": "Where a review is.",
            },
            "Review": {
                "type": "object",
                "description": "A review.",
                "required": ["id", "title", "status", "reviewer", "createdAt", "modifiedAt"],
                "properties": {
                    "id": {**text, "description": "Its id."},
                    "title": {**text, "minLength": 1},
                    "status": {"$ref": "#/components/schemas/ReviewStatus", "description": "Its status."},
                    "reviewer": {**text, "format": "email"},
                    "note": {"type": ["string", "null"], "description": "A note."},
                    "comments": {
                        "type": "array",
                        "description": "Its comments.",
                        "items": {"$ref": "#/components/schemas/Comment"},
                    },
                    "labels": {
                        "type": "array",
                        "description": "Its labels.",
                        "items": {"$ref": "#/components/schemas/Label"},
                    },
                    "createdAt": stamp,
                    "modifiedAt": stamp,
                },
            },
            "Label": {
                "type": "object",
                "description": "A label.",
                "required": ["id", "name"],
                "properties": {"id": {**text, "description": "Its id."}, "name": {**text, "minLength": 1}},
            },
            "LabelUse": {
                "type": "object",
                "description": "A label on a listed review.",
                "required": ["label"],
                "properties": {
                    "label": {"$ref": "#/components/schemas/Label", "description": "The label."},
                    "since": stamp,
                },
            },
            "LabelEnvelope": {
                "type": "object",
                "description": "A label, under `label`.",
                "required": ["label"],
                "properties": {"label": {"$ref": "#/components/schemas/Label", "description": "The label."}},
            },
            "LabelCreate": {
                "type": "object",
                "description": "A label to create.",
                "required": ["name"],
                "properties": {"name": {**text, "minLength": 1}},
            },
            "ReviewLabels": {
                "type": "object",
                "description": "Reviews and labels: every label on every review.",
                "required": ["reviewIds", "labelIds"],
                "properties": {
                    "reviewIds": {"type": "array", "description": "Reviews.", "items": text},
                    "labelIds": {"type": "array", "description": "Labels.", "items": text},
                },
            },
            "ReviewSummary": {
                "type": "object",
                "description": "A review, listed.",
                "required": ["id", "title", "status", "commentCount"],
                "properties": {
                    "id": {**text, "description": "Its id."},
                    "title": text,
                    "status": {"$ref": "#/components/schemas/ReviewStatus", "description": "Its status."},
                    "commentCount": {"type": "integer", "minimum": 0, "description": "How many comments."},
                    "labels": {
                        "type": "array",
                        "description": "Its labels.",
                        "items": {"$ref": "#/components/schemas/LabelUse"},
                    },
                    "createdAt": stamp,
                },
            },
            "Comment": {
                "type": "object",
                "description": "A comment.",
                "required": ["id", "number", "reviewId", "text", "createdAt"],
                "properties": {
                    "id": {**text, "description": "Its id."},
                    "number": {"type": "integer", "minimum": 1, "description": "Its number in the review."},
                    "reviewId": {**text, "description": "Its review."},
                    "text": {**text, "example": "Looks right."},
                    "state": {"type": "string", "enum": ["OPEN", "RESOLVED"], "description": "Resolved yet?"},
                    "createdAt": stamp,
                },
            },
            "PaginatedReviews": {
                "type": "object",
                "description": "A page of reviews.",
                "required": ["data"],
                "properties": {
                    "data": {
                        "type": "array",
                        "description": "The page.",
                        "items": {"$ref": "#/components/schemas/ReviewSummary"},
                    },
                    "pagination": {
                        "$ref": "#/components/schemas/Pagination",
                        "description": "Where it sits.",
                    },
                },
            },
            "ReviewEnvelope": {
                "type": "object",
                "description": "A review, under `review`.",
                "required": ["review"],
                "properties": {
                    "review": {"$ref": "#/components/schemas/Review", "description": "The review."}
                },
            },
            "CommentList": {
                "type": "object",
                "description": "A review and its comments.",
                "required": ["review", "comments"],
                "properties": {
                    "review": {"$ref": "#/components/schemas/Review", "description": "The review."},
                    "comments": {
                        "type": "array",
                        "description": "Its comments.",
                        "items": {"$ref": "#/components/schemas/Comment"},
                    },
                },
            },
            "CommentResult": {
                "type": "object",
                "description": "A comment and its review.",
                "required": ["review", "comment"],
                "properties": {
                    "review": {"$ref": "#/components/schemas/Review", "description": "The review."},
                    "comment": {"$ref": "#/components/schemas/Comment", "description": "The comment."},
                },
            },
            "ReviewCreate": {
                "type": "object",
                "description": "A review to create.",
                "required": ["title"],
                "properties": {
                    "title": {**text, "minLength": 1},
                    "status": {
                        "$ref": "#/components/schemas/ReviewStatus",
                        "default": "OPEN",
                        "description": "Its status.",
                    },
                    "note": text,
                },
            },
            "ReviewUpdate": {
                "type": "object",
                "description": "What changes in a review.",
                "properties": {
                    "title": {**text, "minLength": 1},
                    "status": {"$ref": "#/components/schemas/ReviewStatus", "description": "Its status."},
                    "note": {"type": ["string", "null"], "description": "A note."},
                },
            },
            "CommentUpdate": {
                "type": "object",
                "description": "What changes in a comment.",
                "required": ["text"],
                "properties": {"text": text},
            },
            "ReviewClosing": {
                "type": "object",
                "description": "Reviews to close.",
                "required": ["reviewIds"],
                "properties": {
                    "reviewIds": {
                        "type": "array",
                        "description": "Their ids.",
                        "items": {**text, "description": "An id."},
                    }
                },
            },
        }
    )
    return spec
