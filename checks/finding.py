"""A finding: one problem a check saw, with the records it concerns and the evidence."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, fields, replace

from ruchina.vocabulary import SEVERITIES


def finding_id_for(check: str, table: str, record_ids: tuple[str, ...], attribute: str) -> str:
    """Stable across builds: the same check on the same records and attribute gives the
    same id, so a finding accepted once stays accepted."""
    key = "\x1f".join([check, table, *sorted(record_ids), attribute])
    return f"{check}-{hashlib.sha256(key.encode()).hexdigest()[:12]}"


@dataclass(frozen=True)
class Finding:
    finding_id: str
    check: str
    severity: str
    table: str
    record_ids: tuple[str, ...]
    message: str
    evidence: str = ""
    accepted: bool = False
    accepted_reason: str | None = None

    @classmethod
    def new(
        cls,
        check: str,
        severity: str,
        table: str,
        record_ids: list[str] | tuple[str, ...],
        message: str,
        evidence: str = "",
        attribute: str = "",
        id_records: list[str] | tuple[str, ...] | None = None,
    ) -> "Finding":
        """``id_records``: the records the id is derived from, when not all of them (a
        cluster of copies keeps its id, derived from its earliest article, as it grows)."""
        if severity not in SEVERITIES:
            raise ValueError(f"severity must be one of {SEVERITIES}, not {severity!r}")
        record_ids = tuple(str(r) for r in record_ids)
        key_records = record_ids if id_records is None else tuple(str(r) for r in id_records)
        return cls(finding_id_for(check, table, key_records, attribute), check, severity, table, record_ids, message, evidence)

    @classmethod
    def from_row(cls, row: dict) -> "Finding":
        """A finding from a row of the findings table."""
        return cls(**{**row, "record_ids": tuple(row["record_ids"])})

    def accept(self, reason: str) -> "Finding":
        return replace(self, accepted=True, accepted_reason=reason)

    def to_dict(self) -> dict:
        # Not dataclasses.asdict: it deep-copies every value, 80 µs a finding; and the
        # field names found once (fields() costs 10 µs a call: 0.4 s for a report of 40,000).
        data = {name: getattr(self, name) for name in _FIELD_NAMES}
        data["record_ids"] = list(self.record_ids)
        return data


_FIELD_NAMES = tuple(field.name for field in fields(Finding))
