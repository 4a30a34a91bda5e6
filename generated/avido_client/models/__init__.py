"""Contains all the data models used in inputs/outputs"""

from .application import Application
from .application_environment import ApplicationEnvironment
from .application_type import ApplicationType
from .error_response import ErrorResponse
from .eval_ import Eval
from .eval_definition import EvalDefinition
from .eval_type import EvalType
from .order_direction import OrderDirection
from .paginated_runs import PaginatedRuns
from .paginated_tests import PaginatedTests
from .pagination import Pagination
from .run import Run
from .run_result import RunResult
from .status import Status
from .task import Task
from .test import Test
from .topic import Topic

__all__ = (
    "Application",
    "ApplicationEnvironment",
    "ApplicationType",
    "ErrorResponse",
    "Eval",
    "EvalDefinition",
    "EvalType",
    "OrderDirection",
    "PaginatedRuns",
    "PaginatedTests",
    "Pagination",
    "Run",
    "RunResult",
    "Status",
    "Task",
    "Test",
    "Topic",
)
