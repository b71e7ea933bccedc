"""Records kept by the hundred thousand (mentions, event reports, dates, claims): slots
instead of a __dict__ each, and pickled as the tuple of their fields. (For a frozen slots
dataclass, Python 3.11's own pickling calls dataclasses.fields() for every object, which
made reading the per-article cache twice as slow.)

They are not frozen, though nothing assigns their fields once they are made: a frozen
dataclass's __init__ sets each field through object.__setattr__, 8 times slower than a
plain one for a record of 16 fields (1.9 against 0.23 us), and reading the cache makes
a million of them. ``unsafe_hash`` keeps them hashable by their fields, as frozen ones
are."""

from __future__ import annotations

import dataclasses


def compact(cls):
    """Apply to a ``@dataclass(slots=True, unsafe_hash=True)`` class, above it."""
    names = tuple(field.name for field in dataclasses.fields(cls))

    def __reduce__(self):
        return cls, tuple(getattr(self, name) for name in names)

    cls.__reduce__ = __reduce__
    return cls
