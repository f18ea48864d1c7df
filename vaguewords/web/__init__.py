"""The classroom page: a Starlette app over the library (``vaguewords serve``)."""

from __future__ import annotations

from vaguewords.web.app import WebLimits, create_app
from vaguewords.web.pool import AnalysisPool

__all__ = ["AnalysisPool", "WebLimits", "create_app"]
