"""Contains all the data models used in inputs/outputs"""

from .application import Application
from .application_envelope import ApplicationEnvelope
from .application_environment import ApplicationEnvironment
from .application_order_field import ApplicationOrderField
from .application_type import ApplicationType
from .confidence_interval import ConfidenceInterval
from .current_eval_type import CurrentEvalType
from .current_task_type import CurrentTaskType
from .document import Document
from .document_activation import DocumentActivation
from .document_create import DocumentCreate
from .document_envelope import DocumentEnvelope
from .document_order_field import DocumentOrderField
from .document_type import DocumentType
from .document_version import DocumentVersion
from .document_version_list import DocumentVersionList
from .document_version_result import DocumentVersionResult
from .document_version_status import DocumentVersionStatus
from .document_version_update import DocumentVersionUpdate
from .error_response import ErrorResponse
from .eval_ import Eval
from .eval_config import EvalConfig
from .eval_definition import EvalDefinition
from .eval_definition_create import EvalDefinitionCreate
from .eval_definition_envelope import EvalDefinitionEnvelope
from .eval_definition_links import EvalDefinitionLinks
from .eval_definition_order_field import EvalDefinitionOrderField
from .eval_definition_scope import EvalDefinitionScope
from .eval_definition_update import EvalDefinitionUpdate
from .eval_envelope import EvalEnvelope
from .eval_expectation import EvalExpectation
from .eval_metrics_breakdown import EvalMetricsBreakdown
from .eval_result_summary import EvalResultSummary
from .eval_status import EvalStatus
from .eval_type import EvalType
from .ingest_application import IngestApplication
from .ingest_batch import IngestBatch
from .ingest_eval import IngestEval
from .ingest_eval_definition import IngestEvalDefinition
from .ingest_event_result import IngestEventResult
from .ingest_results import IngestResults
from .ingest_step import IngestStep
from .ingest_step_event import IngestStepEvent
from .ingest_trace_event import IngestTraceEvent
from .issue_create import IssueCreate
from .issue_priority import IssuePriority
from .issue_source import IssueSource
from .issue_type import IssueType
from .lifecycle_status import LifecycleStatus
from .listed_task import ListedTask
from .llm_step_event import LlmStepEvent
from .match_extraction import MatchExtraction
from .match_mode import MatchMode
from .match_score_metric import MatchScoreMetric
from .metric_confidence import MetricConfidence
from .metric_level import MetricLevel
from .metric_stability import MetricStability
from .order_direction import OrderDirection
from .output_match_type import OutputMatchType
from .paginated_applications import PaginatedApplications
from .paginated_documents import PaginatedDocuments
from .paginated_eval_definitions import PaginatedEvalDefinitions
from .paginated_runs import PaginatedRuns
from .paginated_style_guides import PaginatedStyleGuides
from .paginated_tags import PaginatedTags
from .paginated_tasks import PaginatedTasks
from .paginated_tests import PaginatedTests
from .paginated_topics import PaginatedTopics
from .paginated_traces import PaginatedTraces
from .pagination import Pagination
from .pass_rate_status import PassRateStatus
from .quickstart_status import QuickstartStatus
from .run import Run
from .run_result import RunResult
from .run_result_summary import RunResultSummary
from .run_type import RunType
from .scrape_job import ScrapeJob
from .scrape_job_failure import ScrapeJobFailure
from .scrape_job_page import ScrapeJobPage
from .scrape_job_status import ScrapeJobStatus
from .status import Status
from .step_status import StepStatus
from .step_type import StepType
from .style_guide import StyleGuide
from .style_guide_content import StyleGuideContent
from .style_guide_envelope import StyleGuideEnvelope
from .style_guide_order_field import StyleGuideOrderField
from .style_guide_section import StyleGuideSection
from .style_guide_section_input import StyleGuideSectionInput
from .tag import Tag
from .tag_assignment import TagAssignment
from .tag_create import TagCreate
from .tag_envelope import TagEnvelope
from .tag_list import TagList
from .tag_order_field import TagOrderField
from .tag_status import TagStatus
from .tag_summary import TagSummary
from .tag_update import TagUpdate
from .task import Task
from .task_breakdown import TaskBreakdown
from .task_create import TaskCreate
from .task_criticality import TaskCriticality
from .task_envelope import TaskEnvelope
from .task_eval_definition import TaskEvalDefinition
from .task_metrics import TaskMetrics
from .task_order_field import TaskOrderField
from .task_pass_rate_status import TaskPassRateStatus
from .task_schedule import TaskSchedule
from .task_status import TaskStatus
from .task_trigger import TaskTrigger
from .task_type import TaskType
from .task_update import TaskUpdate
from .test import Test
from .test_envelope import TestEnvelope
from .test_order_field import TestOrderField
from .test_record import TestRecord
from .test_result_summary import TestResultSummary
from .token_usage import TokenUsage
from .topic import Topic
from .topic_create import TopicCreate
from .topic_envelope import TopicEnvelope
from .topic_eval_definition import TopicEvalDefinition
from .topic_order_field import TopicOrderField
from .topic_status import TopicStatus
from .trace import Trace
from .trace_envelope import TraceEnvelope
from .trace_event_type import TraceEventType
from .trace_order_field import TraceOrderField
from .trace_step import TraceStep
from .user_summary import UserSummary
from .webhook_experiment import WebhookExperiment
from .webhook_payload import WebhookPayload
from .webhook_validation import WebhookValidation
from .webhook_validation_result import WebhookValidationResult

__all__ = (
    "Application",
    "ApplicationEnvelope",
    "ApplicationEnvironment",
    "ApplicationOrderField",
    "ApplicationType",
    "ConfidenceInterval",
    "CurrentEvalType",
    "CurrentTaskType",
    "Document",
    "DocumentActivation",
    "DocumentCreate",
    "DocumentEnvelope",
    "DocumentOrderField",
    "DocumentType",
    "DocumentVersion",
    "DocumentVersionList",
    "DocumentVersionResult",
    "DocumentVersionStatus",
    "DocumentVersionUpdate",
    "ErrorResponse",
    "Eval",
    "EvalConfig",
    "EvalDefinition",
    "EvalDefinitionCreate",
    "EvalDefinitionEnvelope",
    "EvalDefinitionLinks",
    "EvalDefinitionOrderField",
    "EvalDefinitionScope",
    "EvalDefinitionUpdate",
    "EvalEnvelope",
    "EvalExpectation",
    "EvalMetricsBreakdown",
    "EvalResultSummary",
    "EvalStatus",
    "EvalType",
    "IngestApplication",
    "IngestBatch",
    "IngestEval",
    "IngestEvalDefinition",
    "IngestEventResult",
    "IngestResults",
    "IngestStep",
    "IngestStepEvent",
    "IngestTraceEvent",
    "IssueCreate",
    "IssuePriority",
    "IssueSource",
    "IssueType",
    "LifecycleStatus",
    "ListedTask",
    "LlmStepEvent",
    "MatchExtraction",
    "MatchMode",
    "MatchScoreMetric",
    "MetricConfidence",
    "MetricLevel",
    "MetricStability",
    "OrderDirection",
    "OutputMatchType",
    "PaginatedApplications",
    "PaginatedDocuments",
    "PaginatedEvalDefinitions",
    "PaginatedRuns",
    "PaginatedStyleGuides",
    "PaginatedTags",
    "PaginatedTasks",
    "PaginatedTests",
    "PaginatedTopics",
    "PaginatedTraces",
    "Pagination",
    "PassRateStatus",
    "QuickstartStatus",
    "Run",
    "RunResult",
    "RunResultSummary",
    "RunType",
    "ScrapeJob",
    "ScrapeJobFailure",
    "ScrapeJobPage",
    "ScrapeJobStatus",
    "Status",
    "StepStatus",
    "StepType",
    "StyleGuide",
    "StyleGuideContent",
    "StyleGuideEnvelope",
    "StyleGuideOrderField",
    "StyleGuideSection",
    "StyleGuideSectionInput",
    "Tag",
    "TagAssignment",
    "TagCreate",
    "TagEnvelope",
    "TagList",
    "TagOrderField",
    "TagStatus",
    "TagSummary",
    "TagUpdate",
    "Task",
    "TaskBreakdown",
    "TaskCreate",
    "TaskCriticality",
    "TaskEnvelope",
    "TaskEvalDefinition",
    "TaskMetrics",
    "TaskOrderField",
    "TaskPassRateStatus",
    "TaskSchedule",
    "TaskStatus",
    "TaskTrigger",
    "TaskType",
    "TaskUpdate",
    "Test",
    "TestEnvelope",
    "TestOrderField",
    "TestRecord",
    "TestResultSummary",
    "TokenUsage",
    "Topic",
    "TopicCreate",
    "TopicEnvelope",
    "TopicEvalDefinition",
    "TopicOrderField",
    "TopicStatus",
    "Trace",
    "TraceEnvelope",
    "TraceEventType",
    "TraceOrderField",
    "TraceStep",
    "UserSummary",
    "WebhookExperiment",
    "WebhookPayload",
    "WebhookValidation",
    "WebhookValidationResult",
)
