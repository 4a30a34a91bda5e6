"""Releases of the spec: what a change breaks, the release gate, the changelog, the API reference and
the bundle other teams download."""
