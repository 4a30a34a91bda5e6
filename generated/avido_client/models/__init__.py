"""Contains all the data models used in inputs/outputs"""

from .application import Application
from .application_environment import ApplicationEnvironment
from .application_type import ApplicationType
from .error_response import ErrorResponse
from .eval_ import Eval
from .eval_definition import EvalDefinition
from .eval_envelope import EvalEnvelope
from .eval_result_summary import EvalResultSummary
from .eval_status import EvalStatus
from .eval_type import EvalType
from .order_direction import OrderDirection
from .paginated_runs import PaginatedRuns
from .paginated_tests import PaginatedTests
from .pagination import Pagination
from .pass_rate_status import PassRateStatus
from .run import Run
from .run_result import RunResult
from .run_result_summary import RunResultSummary
from .run_type import RunType
from .status import Status
from .task import Task
from .task_criticality import TaskCriticality
from .task_schedule import TaskSchedule
from .task_type import TaskType
from .test import Test
from .test_order_field import TestOrderField
from .test_result_summary import TestResultSummary
from .topic import Topic

__all__ = (
    "Application",
    "ApplicationEnvironment",
    "ApplicationType",
    "ErrorResponse",
    "Eval",
    "EvalDefinition",
    "EvalEnvelope",
    "EvalResultSummary",
    "EvalStatus",
    "EvalType",
    "OrderDirection",
    "PaginatedRuns",
    "PaginatedTests",
    "Pagination",
    "PassRateStatus",
    "Run",
    "RunResult",
    "RunResultSummary",
    "RunType",
    "Status",
    "Task",
    "TaskCriticality",
    "TaskSchedule",
    "TaskType",
    "Test",
    "TestOrderField",
    "TestResultSummary",
    "Topic",
)
