"""A title's "summit" of two leaders that no body's name names, over a text that tells it as
their meeting, is their meeting (issue 23's failure class 7: event_type is one per real event).

Headlines call two leaders' talks a "summit" ("Lula and Ramaphosa end Cape Town summit")
where the story tells a meeting ("ended their talks", "met for three hours"). An event of
the `summit` type is a gathering of many, a body's or of several states; two leaders alone
meet. The title's word is the title's: it takes the story's word, `meeting`, when

* the title names exactly the two people and no event's name ("the BRICS summit": a
  body's, which the two attend);
* the story reports the two meeting (a report of a meeting word that names both);
* the story tells no summit of its own, and none as the setting of talks ("on the sidelines
  of the summit": the two met at a summit of others), only reports that refer back to one.
"""

from __future__ import annotations

from dataclasses import replace

from ruchina.extract.event_report import TITLE, EventMention

SUMMIT, MEETING = "summit", "meeting"


def title_summits_of_two_as_meetings(mentions: list[EventMention]) -> list[EventMention]:
    body = [m for m in mentions if m.part != TITLE]
    if any(m.event_type == SUMMIT and (m.setting or m.event_names or not m.refers_back) for m in body):
        return mentions
    return [replace(m, event_type=MEETING) if _of_two(m) and _told_met(m, body) else m for m in mentions]


def _of_two(mention: EventMention) -> bool:
    return (mention.part == TITLE and mention.event_type == SUMMIT and not mention.event_names
            and len(set(mention.participant_ids)) == 2)


def _told_met(title: EventMention, body: list[EventMention]) -> bool:
    pair = set(title.participant_ids)
    return any(m.event_type == MEETING and not m.earlier and pair <= set(m.participant_ids) for m in body)
