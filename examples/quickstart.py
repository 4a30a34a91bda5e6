"""Quickstart: list runs, walk every test, fetch one evaluation, handle an error.

Against the real API:  AVIDO_API_KEY=... AVIDO_APPLICATION_ID=... python examples/quickstart.py
Against a local mock:  make demo   (no key needed; it sets AVIDO_BASE_URL for this run only)
"""

from __future__ import annotations

from avido_client import AuthenticatedClient, errors
from avido_client.api.evals import get_eval
from avido_client.api.runs import list_runs
from avido_client.api.tests import list_tests
from avido_client.models import Eval


def score_of(evaluation: Eval) -> str:
    """The score in an evaluation's results, where its type reports one."""
    results = evaluation.results
    return str(results["score"]) if isinstance(results, dict) and "score" in results else "-"


def main() -> None:
    with AuthenticatedClient() as client:  # AVIDO_API_KEY, AVIDO_APPLICATION_ID, AVIDO_BASE_URL
        print(f"Avido API at {client.base_url}\n")

        runs = list_runs.sync(client=client, limit=5)
        print(f"Latest runs ({len(runs.data)} shown):")
        for run in runs.data:
            print(f"  {run.id:<38} {run.status:<12} {run.result or '-':<7} {run.created_at:%Y-%m-%d %H:%M}")

        print("\nEvery test, page by page:")
        eval_ids = []
        for test in list_tests.sync_all(client=client):
            print(f"  {test.id}  {test.status:<11} {test.result or '-':<7} task: {test.task.title}")
            eval_ids += [evaluation.id for evaluation in test.evals]

        if eval_ids:
            evaluation = get_eval.sync(eval_ids[0], client=client)
            print(f"\nEvaluation {evaluation.id}: {evaluation.status}, score {score_of(evaluation)}")

        try:
            list_runs.sync(client=client, limit=1000)
        except errors.APIStatusError as error:
            print(f"\nAsking for 1000 runs a page: {error.status_code} {type(error).__name__} (at most 100)")


if __name__ == "__main__":
    main()
