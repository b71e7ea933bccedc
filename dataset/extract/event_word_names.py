"""The names of events (EVENT entities: "G20 Summit", "SCO Summit") that belong to one event word
of a sentence: in a sentence of one event word, all it names; in a sentence of several, those that
stand between the event word before it and the one after it ("will attend the APEC leaders' meeting
on Friday and the G20 summit on Saturday": APEC's is the meeting's, the G20's the summit's). A name
that holds the event word ("APEC Economic Leaders' Meeting") is the word's own. Read by
sentence_reports.py for each event report.
"""

from __future__ import annotations


def names_of_word(mentions, triggers, index: int, skipped: list[tuple[int, int]]) -> set[str]:
    """The names of the EVENT ``mentions`` that the event word ``triggers[index]`` (of the sentence's
    (type, start, end)) takes; none inside the ``skipped`` spans (an anniversary's war)."""
    names = [m for m in mentions if m.entity_type == "EVENT" and not any(a0 <= m.start < a1 for a0, a1 in skipped)]
    if len(triggers) < 2:
        return {m.name for m in names}
    start = triggers[index - 1][2] if index > 0 else 0
    end = triggers[index + 1][1] if index + 1 < len(triggers) else None
    return {m.name for m in names if _holds(m, triggers[index]) or (
        start <= m.start and (end is None or m.start < end) and not any(_holds(m, t) for t in triggers))}


def _holds(mention, trigger) -> bool:
    return mention.start <= trigger[1] < mention.end
