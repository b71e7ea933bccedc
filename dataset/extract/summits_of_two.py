"""A "summit" of two or three leaders that no body's name names, in a story that tells them
meeting, is their meeting (issue 23's failure class 7: event_type is one per real event).

Headlines and leads call two leaders' talks a "summit" ("Lula and Ramaphosa end Cape Town
summit", "the two presidents began their first summit at the palace") where the story tells
a meeting ("ended their talks", "met for three hours"); three leaders met in a format of
their own are a meeting too. An event of the `summit` type is a gathering of a body or of
many; two or three leaders alone meet. A summit report, the title's or the lead's, takes
the story's word, `meeting`, when

* it is the title's or the lead's: those name the story's own event; further down, "both are
  in Astana for the summit" tells a summit the two attend, not theirs;
* it names two or three people and no event's name ("the BRICS summit": a body's, which the
  leaders attend), and is no setting of talks ("on the sidelines of the summit");
* another report tells those people meeting (a meeting word that names them all, in the
  title or in a sentence, not one looking back at an earlier meeting), on the summit's days
  if both are dated ("met on Monday, on the eve of the summit, which both will attend on
  Tuesday": the summit is another event, which the two attend);
* its own sentence tells no meeting of them: a sentence telling both ("their next meeting is
  set for October, at the summit in Kazan") tells the summit as where the meeting is held;
* the story tells no summit of its own: none the knowledge base names, none as the setting
  of talks, and none in a sentence that does not refer back to one, unless it is itself one
  of these two or three leaders' told as their meeting. ("The summit began on Thursday" under
  "X and Y end summit", beside "ended two days of talks on Friday", may be theirs told again,
  or another; it is left a summit, as their talks are a meeting of one day.)
"""

from __future__ import annotations

from dataclasses import replace

from ruchina.extract.event_report import BODY, TITLE, EventMention

SUMMIT, MEETING = "summit", "meeting"
#: the most people a summit report may name and still be their meeting ("the three leaders' summit")
FEW = 3


def title_summits_of_two_as_meetings(mentions: list[EventMention]) -> list[EventMention]:
    if any(m.event_type == SUMMIT and (m.setting or m.event_names) for m in mentions):
        return mentions
    met = {i for i, m in enumerate(mentions) if _of_few(m) and _told_met(m, mentions)}
    if any(m.event_type == SUMMIT and i not in met and m.part != TITLE and not m.refers_back
           for i, m in enumerate(mentions)):
        return mentions
    return [replace(m, event_type=MEETING) if i in met else m for i, m in enumerate(mentions)]


def _of_few(mention: EventMention) -> bool:
    return (mention.event_type == SUMMIT and mention.part != BODY and not mention.event_names and not mention.setting
            and 2 <= len(set(mention.participant_ids)) <= FEW)


def _told_met(summit: EventMention, mentions: list[EventMention]) -> bool:
    people = set(summit.participant_ids)
    met = [m for m in mentions
           if m is not summit and m.event_type == MEETING and not m.earlier and people <= set(m.participant_ids)]
    if any((m.part, m.sentence_start) == (summit.part, summit.sentence_start) for m in met):
        return False  # (the meeting told with it is held at it)
    # (a dated summit and dated talks are one event only if their days meet: undated ones say nothing)
    dated = [m for m in met if m.date is not None]
    if summit.date is None or not dated:
        return bool(met)
    return any(m.date.first <= summit.date.last and summit.date.first <= m.date.last for m in dated)
