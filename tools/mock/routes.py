"""Which operation of the spec a request's method and path name: the mock's router.

Paths are matched on their raw (still percent-encoded) segments, so an encoded `/` inside a
path parameter stays inside it; the values are decoded once matched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote

from tools.spec import Operation, Spec

_VARIABLE = re.compile(r"\{([^{}/]+)\}")


@dataclass(frozen=True)
class Route:
    """A path of the spec: its template as a pattern, and its operations by method."""

    template: str
    pattern: re.Pattern[str]  # one group per variable, in order
    variables: list[str]
    operations: dict[str, Operation]  # by upper-case method

    @property
    def allow(self) -> str:
        """The `Allow` header's value: the path's methods, HEAD wherever GET is."""
        methods = sorted(self.operations)
        if "GET" in methods and "HEAD" not in methods:
            methods.append("HEAD")
        return ", ".join(methods)


@dataclass(frozen=True)
class Match:
    route: Route
    variables: dict[str, str]  # decoded


class Router:
    """The spec's paths, matched against request paths."""

    def __init__(self, spec: Spec) -> None:
        by_path: dict[str, dict[str, Operation]] = {}
        for operation in spec.operations():
            by_path.setdefault(operation.path, {})[operation.method.upper()] = operation
        # A literal segment wins over a variable where both fit (`/v0/tasks/trigger` is not the
        # task `trigger`), as OpenAPI matches paths, whatever the spec's order.
        self.routes = sorted(
            (
                Route(path, _pattern(path), _VARIABLE.findall(path), operations)
                for path, operations in by_path.items()
            ),
            key=lambda route: [
                _VARIABLE.fullmatch(segment) is not None for segment in route.template.split("/")
            ],
        )

    def match(self, raw_path: str) -> Match | None:
        """The route whose template the path fits, with its variables decoded; None if none does.
        Raises UnicodeDecodeError when a variable's percent-encoding isn't UTF-8."""
        for route in self.routes:
            found = route.pattern.fullmatch(raw_path)
            if found is not None:
                values = [unquote(value, errors="strict") for value in found.groups()]
                return Match(route, dict(zip(route.variables, values, strict=True)))
        return None

    def under_prefix(self, raw_path: str) -> tuple[str, Route] | None:
        """Where a path is one of the spec's under extra leading segments (what a base URL that
        ends in a path, `.../v0`, produces): the prefix and the route it hides."""
        segments = raw_path.split("/")
        for cut in range(2, len(segments)):
            rest = "/" + "/".join(segments[cut:])
            for route in self.routes:
                if route.pattern.fullmatch(rest):
                    return "/".join(segments[:cut]), route
        return None


def _pattern(template: str) -> re.Pattern[str]:
    """`/v0/evals/{id}` as a pattern: each variable one non-empty segment."""
    literals = _VARIABLE.split(template)[::2]  # split alternates literal text and variable names
    return re.compile("([^/]+)".join(re.escape(literal) for literal in literals))
