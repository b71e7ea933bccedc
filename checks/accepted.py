"""checks/accepted.yaml: findings a curator accepted, with the reason."""

from __future__ import annotations

from pathlib import Path

import yaml

from ruchina.checks.finding import Finding
from ruchina.errors import RuchinaError

#: libyaml's parser where PyYAML has it: a repository can accept thousands of findings.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_accepted(path: Path) -> dict[str, str]:
    """finding id -> reason. A missing file accepts nothing."""
    if not path.exists():
        return {}
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER) or {}
        entries = data.get("accepted") or []
        accepted = {}
        for entry in entries:
            reason = str(entry.get("reason") or "").strip()
            if not reason:
                raise ValueError(f"finding {entry.get('finding_id')!r} is accepted without a reason")
            accepted[str(entry["finding_id"])] = reason
        return accepted
    except (yaml.YAMLError, AttributeError, KeyError, TypeError, ValueError) as error:
        raise RuchinaError(f"{path}: cannot be read ({error}); each entry needs finding_id and reason") from None


def apply_accepted(findings: list[Finding], accepted: dict[str, str]) -> list[Finding]:
    return [f.accept(accepted[f.finding_id]) if f.finding_id in accepted else f for f in findings]
