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
  of these two or three leaders' told as their meeting. A summit told with no one, no place
  and no name, undated or on a day of talks the story tells over several days, is theirs told
  again: "The summit began on Thursday" under "X and Y end summit", beside "ended two days of
  talks on Friday" (Thursday and Friday). On another day, or beside talks told on one day, it may
  be another, and nothing is retyped.

Before all that, a summit the title or the lead tells as the two leaders' own ("X and Y held
their first summit on Saturday", "zu ihrem ersten Gipfeltreffen", "leur premier sommet": the
possessive of the two right before its word, two words at most between, knowledge/events_<language>.yaml:
own_summit_words) is their meeting whatever else the story tells: a body's summit told beside it
("earlier, APEC leaders closed their meeting") is another event, which it must not be taken for;
so is the title's summit of the same two ("X and Y pledge ties at first summit as APEC ends").
A summit of two told only as "the summit" (no possessive), or theirs in a sentence of the body,
keeps the rules below.
"""

from __future__ import annotations

from dataclasses import replace

from ruchina.extract.event_report import BODY, TITLE, EventMention
from ruchina.extract.event_spans import stated_days
from ruchina.extract.event_words import EventWords, listed_words

SUMMIT, MEETING = "summit", "meeting"
#: the most people a summit report may name and still be their meeting ("the three leaders' summit")
FEW = 3


def title_summits_of_two_as_meetings(words: EventWords, mentions: list[EventMention]) -> list[EventMention]:
    mentions = _own_summits_as_meetings(words, mentions)
    met = {i for i, m in enumerate(mentions) if _of_few(m) and _told_met(m, mentions)}
    # (the days of the talks the story tells over several: "ended two days of talks on Friday")
    talks_days = [days for i in met for m in mentions if m.event_type == MEETING and not m.earlier
                  and set(mentions[i].participant_ids) <= set(m.participant_ids) and (days := stated_days(words, m))]
    again = {i for i, m in enumerate(mentions) if m.event_type == SUMMIT and i not in met and _told_again(m, talks_days)}
    others = {i: m for i, m in enumerate(mentions) if m.event_type == SUMMIT and i not in again
              and not _on_other_days(m, talks_days)}
    if any(m.setting or m.event_names for m in others.values()):
        return mentions
    if any(i not in met and m.part != TITLE and not m.refers_back for i, m in others.items()):
        return mentions
    if not met:
        return mentions
    # (the summit told again is their meeting referred back to, not the body's it was taken for; its
    # day is one of the days the talks' report states, which date the meeting)
    return [replace(m, event_type=MEETING, event_names=(), refers_back=True, date=None) if i in again
            else replace(m, event_type=MEETING) if i in met else m for i, m in enumerate(mentions)]


def _told_again(summit: EventMention, talks_days: list) -> bool:
    """Whether a summit report naming no one and no place (nor a name other than one it takes from
    another report it refers back to) is the talks' told over several days: undated, or dated on
    one of their days."""
    if (not talks_days or summit.participant_ids or summit.location_id or summit.setting
            or (summit.event_names and not summit.refers_back)):
        return False
    return summit.date is None or any(first <= summit.date.first and summit.date.last <= last
                                      for first, last in talks_days)


def _on_other_days(summit: EventMention, talks_days: list) -> bool:
    """Whether a dated summit report is of other days than all the talks told over several days
    ("is due at the bloc's summit in June"): another event, which says nothing of theirs."""
    return bool(talks_days) and summit.date is not None and all(
        summit.date.last < first or last < summit.date.first for first, last in talks_days)


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


def _own_summits_as_meetings(words: EventWords, mentions: list[EventMention]) -> list[EventMention]:
    """The title's or the lead's summit of two told as theirs, and the title's summit of the same two:
    their meeting."""
    own = listed_words(words.language, "own_summit_words")
    if own is None:
        return mentions
    pairs = {frozenset(m.participant_ids) for m in mentions
             if _of_few(m) and len(set(m.participant_ids)) == 2 and _told_as_theirs(words, own, m)}
    if not pairs:
        return mentions
    return [replace(m, event_type=MEETING) if _of_few(m) and frozenset(m.participant_ids) in pairs
            and (m.part == TITLE or _told_as_theirs(words, own, m)) else m for m in mentions]


def _told_as_theirs(words: EventWords, own, mention: EventMention) -> bool:
    """Whether the report's summit word has the possessive of its people right before it."""
    start, end = mention.clause
    word = next((w for w in words.trigger.finditer(mention.sentence, start, end) if w.lastgroup == SUMMIT), None)
    if word is None:
        return False
    before = mention.sentence[max(0, word.start() - 60):word.start()]
    # (not "their bloc's summit": the body's, of which they are members)
    return any(len(gap.split()) <= 2 and "," not in gap and not any(w.endswith(("'s", "’s", "s'")) for w in gap.split())
               for m in own.finditer(before) for gap in [before[m.end():]])
