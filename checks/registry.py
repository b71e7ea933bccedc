"""The check registry: each check module registers one function under its stable code."""

from __future__ import annotations

import traceback
from dataclasses import dataclass
from typing import Callable, Iterable

from .finding import Finding


@dataclass(frozen=True)
class CheckSpec:
    code: str
    severity: str
    description: str
    run: Callable[["CheckContext"], Iterable[Finding]]


@dataclass
class CheckContext:
    """What a check may look at: the tables, as pandas frames, by name."""

    frames: dict


_REGISTRY: dict[str, CheckSpec] = {}


def register(code: str, severity: str, description: str):
    def decorator(run: Callable[[CheckContext], Iterable[Finding]]):
        if code in _REGISTRY:
            raise ValueError(f"check code {code!r} is registered twice")
        _REGISTRY[code] = CheckSpec(code, severity, description, run)
        return run

    return decorator


def registered_checks() -> dict[str, CheckSpec]:
    from . import schema  # noqa: F401  (importing a check module registers it)

    return dict(_REGISTRY)


def run_checks(context: CheckContext) -> list[Finding]:
    """Run every check; a check that crashes becomes an error finding, never an exception,
    so one bad record cannot hide the findings of the other checks."""
    findings: list[Finding] = []
    for spec in registered_checks().values():
        try:
            findings.extend(spec.run(context))
        except Exception as error:  # noqa: BLE001 - reported as a finding instead
            findings.append(
                Finding.new(
                    spec.code,
                    "error",
                    "",
                    [],
                    f"the {spec.code} check crashed: {type(error).__name__}: {error}",
                    evidence=traceback.format_exc(limit=3),
                    attribute="crash",
                )
            )
    return sorted(findings, key=lambda f: (f.check, f.table, f.record_ids, f.finding_id))
