"""Helpers shared by the test suite: the spec, a real HTTP server, comparison rules."""
