"""A client library for accessing Avido API"""

from . import errors
from .client import AuthenticatedClient

__all__ = (
    "AuthenticatedClient",
    "errors",
)
