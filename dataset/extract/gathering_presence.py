"""Leaders told present in the room of a gathering reported earlier in the article, in a sentence
that names no event of its own: "A, B and C were among those at the table", "Among the guests on
the reviewing stand were A and B", "A and B were also in the hall", "A, B and C attended.", "für die
USA nimmt X teil", "A et B sont également présents" (knowledge/events_<language>.yaml
``present_at_gathering``). Every person the sentence lists is one of that gathering's people.

The gathering is the first summit, forum or parade the article reported before the sentence (the
one its title or lead tells, the article's own), not merely the report right before it: such a
sentence often follows a line about other talks or another summit told in passing ("Their next
meeting is expected in June. A and B were also in the hall": the forum's hall, not the planned
meeting's), where an attendance list ("Also taking part were ...", ``attending``, which
continues the report before it: continuing_reports.py) would join the wrong event. Not a gathering
told as background (``earlier``); only the people in the cue's clause ("Obama stayed away; the US
was represented by X": X alone).
"""

from __future__ import annotations

from ruchina.extract import event_participants, event_roles
from ruchina.extract.continuing_reports import continuing
from ruchina.extract.event_mentions import TITLE
from ruchina.extract.event_report import EventMention
from ruchina.extract.event_words import EventWords, listed_words

#: the gatherings of many whose room, table or stand a sentence can speak of
GATHERINGS = frozenset({"summit", "forum", "parade"})
MEETING = "meeting"
#: so many people listed present make a meeting that named none of its people a gathering of them
CROWD = 3


def first_gathering(found: list[EventMention]) -> int | None:
    """The index of the first gathering of many reported so far, not as background: the one the
    article is about, which its title or lead tells first."""
    return next((i for i, m in enumerate(found) if m.event_type in GATHERINGS and not m.earlier), None)


def _leaders_meeting(found: list[EventMention]) -> int | None:
    """The index of the first meeting reported so far that names none of its people, not as background
    ("The heads of government of the SCO met in Bishkek on Wednesday"): leaders met, and a list of many
    present right after ("A, B, C and D attended.") tells who; a body's name may make it its summit
    (summit_bodies.py). Not talks that name their two."""
    return next((i for i, m in enumerate(found) if m.event_type == MEETING and not m.participant_ids
                 and not m.earlier and not m.continues), None)


def with_present_people(words: EventWords, sentence: str, sentence_start: int, mentions, people,
                        found: list[EventMention], part: str) -> bool:
    """Add to ``found``, right after the first gathering reported before the sentence, a report that
    only adds the sentence's listed people to it, when the sentence says they were present at it;
    whether it did."""
    cue = listed_words(words.language, "present_at_gathering")
    found_cue = cue.search(sentence) if cue is not None else None
    if found_cue is None:
        return False
    index = first_gathering(found)
    if index is not None and found[index].part == TITLE and found[-1].event_type == found[index].event_type \
            and found[-1].part != TITLE and not found[-1].earlier:
        # ("... Holocaust Forum - live updates" over "Speaking at the forum, X said ... A and B also
        # spoke": the title's gathering told again right before, its body report; the two merge)
        index = len(found) - 1
    crowd = index is None  # (no gathering told: a meeting of leaders no one named may be one)
    if crowd:
        index = _leaders_meeting(found)
    if index is None:
        return False
    # (only the cues' clauses: "Obama stayed away; the US was represented by X" lists X alone;
    # "X hosted the event; A and B also spoke": both clauses cue, X, A and B)
    clauses = []
    for each in cue.finditer(sentence):
        end = sentence.find(";", each.end())
        clauses.append((sentence.rfind(";", 0, each.start()) + 1, len(sentence) if end < 0 else end))
    references = event_roles.office_references(words, sentence, mentions, people)
    named = sorted([(m.start, m.entity_id) for m in mentions
                    if any(start <= m.start < end for start, end in clauses)
                    and event_participants.listed_person(m, sentence, mentions, words)
                    and not words.speaks.match(sentence[m.end:])]
                   + [(at, pid) for at, pid in references if any(start <= at < end for start, end in clauses)])
    if not named or (crowd and len({pid for _, pid in named}) < CROWD):
        return False
    # (right after the gathering's report, so that the merge gives it to that report's event:
    # event_mentions.py joins a report that continues another to the event merged just before it)
    found.insert(index + 1, continuing(found[index], [pid for _, pid in named], sentence, sentence_start, part))
    return True
