"""The package's version: the spec's `info.version`. Written by make generate from openapi.yaml."""

__title__ = "avido-client"
__version__ = "0.3.0"
