"""The quality report: every finding of one validation run."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field

from .finding import Finding


@dataclass
class Report:
    target: str
    findings: list[Finding] = field(default_factory=list)

    @property
    def blocking(self) -> list[Finding]:
        """Unaccepted errors: what makes the data invalid."""
        return [f for f in self.findings if f.severity == "error" and not f.accepted]

    @property
    def valid(self) -> bool:
        return not self.blocking

    def valid_strict(self) -> bool:
        """No unaccepted finding at error or warning severity."""
        return not any(f.severity in ("error", "warning") and not f.accepted for f in self.findings)

    def counts(self) -> dict[str, int]:
        return dict(Counter(f.severity for f in self.findings))

    def to_dict(self) -> dict:
        return {
            "target": self.target,
            "valid": self.valid,
            "counts": self.counts(),
            "findings": [f.to_dict() for f in self.findings],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False, sort_keys=True)
