"""A gathering's word in a forum's article that names nothing of its own ("На заседании также
выступили ...", "Our meeting confirmed ...", "Today, we are meeting in difficult times"): the
forum itself, its session or its hall, not another meeting. Called by event_mentions.py for a
body's report with no people, place or day of its own (its ``_bare``), beside the article's
main event; a meeting that names someone ("met the governor on the forum's sidelines") is
another event and never comes here.
"""

from __future__ import annotations

from dataclasses import replace

from ruchina.extract.event_report import EVENTS_OF_MANY, FAMILY, EventMention


def as_main_report(main_type: str, mention: EventMention) -> EventMention | None:
    """The bare ``mention`` as a report of the main event (of type ``main_type``): as it is when
    of the main event's family; in the forum's word when a gathering's word in a forum's
    article; None when of another family (a bare "the visit" is no report of a forum)."""
    if FAMILY[mention.event_type] == FAMILY[main_type]:
        return mention
    if FAMILY[main_type] == "forum" and FAMILY[mention.event_type] == "gathering" and mention.event_type not in (
            EVENTS_OF_MANY):  # (a summit is a gathering of its own, not a forum's session: "the summit opened tonight")
        return replace(mention, event_type=main_type)
    return None


def forum_told_again(event, candidate) -> bool:
    """Whether ``candidate``, a forum's report that names no place and no day of its own ("X spoke
    to the forum by video", "Y opened the online forum"), tells again the article's main forum,
    whoever each names: a forum's people are many, and each report names the one it is about."""
    return (event.main and event.family == candidate.family == "forum" and not candidate.main
            and all(m.location_id is None and (m.date is None or m.date_is_inherited) and not m.earlier
                    and not m.named_other for m in candidate.mentions))
