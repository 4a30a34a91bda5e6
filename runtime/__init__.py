"""The runtime every generated operation shares, as plain Python.

`make generate` copies each module here (not this file) verbatim into the generated
package, next to what the templates write from the spec. Edit them here; ruff and
`mypy --strict` check them as they stand, and tests/runtime/ tests them on their own.
The modules import each other relatively and never the generated ones (client, _spec,
api, models): the dependency runs from the spec-shaped code to the runtime only.
"""
