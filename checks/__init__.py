"""Quality checks: one module per check, each with a stable code (docs/ARCHITECTURE.md; the codes are listed in README.md).

>>> from ruchina.checks import run_checks, CheckContext
"""

from ruchina.checks.finding import Finding
from ruchina.checks.registry import CheckContext, registered_checks, run_checks
from ruchina.checks.report import Report

__all__ = ["CheckContext", "Finding", "Report", "registered_checks", "run_checks"]
