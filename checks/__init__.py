"""Quality checks: one module per check, each with a stable code (DESIGN.md).

>>> from ruchina.checks import run_checks, CheckContext
"""

from .finding import Finding
from .registry import CheckContext, registered_checks, run_checks
from .report import Report

__all__ = ["CheckContext", "Finding", "Report", "registered_checks", "run_checks"]
