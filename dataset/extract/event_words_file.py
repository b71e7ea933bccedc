"""The checks a language's event-words file (``knowledge/events_<language>.yaml``) must pass
before event_words.py compiles it: its required keys, text where words are due, true or false
where a switch is, and a ``{country}`` in every ``country_leaders`` entry. Each refusal names the
file and the fault, and says how to mend it."""

from __future__ import annotations

from ruchina.errors import RuchinaError

_REQUIRED = ("triggers", "tense")
#: the keys that are true or false, not words
_SWITCHES = ("word_boundaries", "modifiers_first", "clause_tense", "adverbials_before_object", "subject_dropped")


def check_events_file(name: str, data: dict) -> None:
    """Raise RuchinaError naming ``name`` (the file) and the fault, if ``data`` has one."""
    missing = [key for key in _REQUIRED if key not in data]
    if missing:
        raise RuchinaError(f"{name}: missing {', '.join(missing)}")
    not_text = _not_text({key: value for key, value in data.items() if key not in _SWITCHES})
    if not_text is not None:
        raise RuchinaError(f"{name}: {not_text!r} is not text; quote it (YAML reads on, no, yes as booleans)")
    for switch in _SWITCHES:
        if not isinstance(data.get(switch, False), bool):
            raise RuchinaError(f"{name}: {switch} must be true or false")
    for entry in data.get("country_leaders") or ():
        if "{country}" not in entry:
            raise RuchinaError(f"{name}: country_leaders entry {entry!r} has no {{country}}")
    for office, entries in (data.get("country_offices") or {}).items():
        if bad := next((entry for entry in entries if "{country}" not in entry), None):
            raise RuchinaError(f"{name}: country_offices entry {bad!r} of {office} has no {{country}}")


def _not_text(value):
    """The first entry that is not a string (YAML makes `on` a boolean), else None."""
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list):
        return next((bad for item in value if (bad := _not_text(item)) is not None), None)
    return None if isinstance(value, str) else value
