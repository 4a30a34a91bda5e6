"""Quickstart: list runs, walk every completed test page by page, fetch one evaluation, handle errors.

Against the real API:  AVIDO_API_KEY=... AVIDO_APPLICATION_ID=... .venv/bin/python examples/quickstart.py
Against a local mock:  make demo   (no key needed; it sets AVIDO_BASE_URL for this run only)

Any failure (no key, a wrong key, a host that can't be reached) ends in one line naming it,
and exit status 1.
"""

from __future__ import annotations

import sys

from avido_client import AuthenticatedClient, errors
from avido_client.models import Eval


def score_of(evaluation: Eval) -> str:
    """The evaluation's score: its own field in the later API, inside its results in the earlier one."""
    if evaluation.score is not None:
        return f"{evaluation.score:g}"
    results = evaluation.results
    return str(results["score"]) if isinstance(results, dict) and "score" in results else "-"


def tour(client: AuthenticatedClient) -> None:
    print(f"Avido API at {client.base_url}\n")

    runs = client.runs.list(limit=5)
    print(f"Latest runs ({len(runs.data)} shown):")
    for run in runs.data:
        print(f"  {run.id:<38} {run.status or '-':<10} {run.created_at:%Y-%m-%d %H:%M}")

    print("\nCompleted tests, two a page:")
    eval_ids: list[str] = []
    for test in client.tests.list_all(status="COMPLETED", limit=2):
        print(f"  {test.id}  {test.created_at:%Y-%m-%d}  task: {test.task.title}")
        eval_ids += [evaluation.id for evaluation in test.evals]

    if eval_ids:
        evaluation = client.evals.get(eval_ids[0])
        print(f"\nEvaluation {evaluation.id}: {evaluation.status}, score {score_of(evaluation)}")

    try:
        client.evals.get("no-such-eval")
    except errors.NotFoundError as error:
        print(f"\nAn eval that isn't there: {error.status_code} {type(error).__name__}")

    try:
        client.runs.list(limit=1000)
    except ValueError as error:
        print(f"Asking for 1000 runs a page: refused before sending ({error})")


def main() -> int:
    try:
        with AuthenticatedClient() as client:  # AVIDO_API_KEY, AVIDO_APPLICATION_ID, AVIDO_BASE_URL
            tour(client)
    except (errors.APIError, ValueError) as error:  # ValueError: a setting the client can't use
        print(f"quickstart: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
