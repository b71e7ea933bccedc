"""Records kept by the hundred thousand (mentions, event reports, dates, claims): slots
instead of a __dict__ each, and pickled as the tuple of their fields. (For a frozen slots
dataclass, Python 3.11's own pickling calls dataclasses.fields() for every object, which
made reading the per-article cache twice as slow.)

They are not frozen, though nothing assigns their fields once they are made: a frozen
dataclass's __init__ sets each field through object.__setattr__, 8 times slower than a
plain one for a record of 16 fields (1.9 against 0.23 us), and reading the cache makes
a million of them. ``unsafe_hash`` keeps them hashable by their fields, as frozen ones
are.

Unpickled, their short strings are interned: pickle shares a string only within one
article, so every article read back from the cache had its own copy of 'meeting',
'PERSON', 'occurred', 'weekday', a leader's name... A build of 100,000 cached articles
held about 150 MB of such copies (BENCHMARKS.md, "Code 0.37.0 at 100,000 articles")."""

from __future__ import annotations

import dataclasses
import sys

#: Longer strings (sentences, quotes) are rarely the same in two articles.
SHORT = 40


def shared(value):
    """``value``, or the one interned copy of it when it is a short string."""
    return sys.intern(value) if value.__class__ is str and len(value) <= SHORT else value


def compact(cls):
    """Apply to a ``@dataclass(slots=True, unsafe_hash=True)`` class, above it."""
    names = tuple(field.name for field in dataclasses.fields(cls))

    def unpickled(*fields):
        return cls(*[shared(field) for field in fields])

    # Pickle finds it by this name, as an attribute of the class.
    unpickled.__module__, unpickled.__qualname__ = cls.__module__, f"{cls.__qualname__}.unpickled"

    def __reduce__(self):
        return unpickled, tuple(getattr(self, name) for name in names)

    cls.unpickled = staticmethod(unpickled)
    cls.__reduce__ = __reduce__
    return cls
