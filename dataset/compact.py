"""Records kept by the hundred thousand (mentions, event reports, dates, claims): slots
instead of a __dict__ each, and pickled as the tuple of their fields. (For a frozen slots
dataclass, Python 3.11's own pickling calls dataclasses.fields() for every object, which
made reading the per-article cache twice as slow.)"""

from __future__ import annotations

import dataclasses


def compact(cls):
    """Apply to a ``@dataclass(frozen=True, slots=True)`` class, above it."""
    names = tuple(field.name for field in dataclasses.fields(cls))

    def __reduce__(self):
        return cls, tuple(getattr(self, name) for name in names)

    cls.__reduce__ = __reduce__
    return cls
