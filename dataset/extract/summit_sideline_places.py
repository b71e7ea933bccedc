"""A summit told with no place of its own ("The two-day summit opened on Friday") is where the
talks of two told on its sidelines on its days were held ("X and Y met on the sidelines in
Kazan on Friday", or the title's "X, Y meet in Kazan"): talks on a gathering's sidelines are at
the gathering's place. The reverse of event_sidelines.place_sideline_meetings, which places
talks at the place of the summit they are told held at. Only the one summit of the article with
no place, told in a report of its own (not only as the setting in the talks' sentence, "met on
the sidelines of the summit"), and only when the talks told so on its days give one place; talks
told with no sidelines ("met in Kazan a day before the summit") place nothing, as talks on other
days do."""

from __future__ import annotations

from dataclasses import replace

from ruchina.extract.event_sidelines import MEETING, SUMMIT, sideline_role
from ruchina.extract.event_words import EventWords


def place_summits_by_their_sideline_talks(words: EventWords, events: list) -> None:
    """Give the article's one unplaced summit the one place of the talks told on its sidelines on its days."""
    # (a summit named only as the talks' setting, "met on the sidelines of the summit", is told in
    # their sentence, another event beside them (summit_settings.py): its own reports place it)
    unplaced = [e for e in events if e.mentions[0].event_type == SUMMIT and not e.earlier and e.location_id is None
                and not any(m.setting for m in e.mentions)]
    if len(unplaced) != 1 or unplaced[0].date is None:
        return
    (summit,) = unplaced
    places = {talks.location_id for talks in events if _told_on_sidelines(words, talks) and talks.location_id
              and talks.date is not None and summit.date.first <= talks.date.first <= summit.date.last}
    if len(places) == 1:
        summit.add(replace(summit.mentions[0], location_id=places.pop()), 0)


def _told_on_sidelines(words: EventWords, event) -> bool:
    """Talks of two (or three) that a report tells held on sidelines, in its scope."""
    role = sideline_role(event)
    return (role is not None and role[0] == MEETING and not event.earlier
            and any(words.sidelines_told.search(m.sentence, *m.clause) for m in event.mentions))

