"""Those a closing line says attended the meeting are at it: "王毅参加会见。" ("Wang Yi attended the
meeting"), "Also present at the talks was Wang Yi." A sentence of its own that is nothing but names
and the language's words for attending the meeting or the talks (knowledge/events_<language>.yaml
``meeting_attendees``: a whole-sentence template, ``{names}`` where the names stand) tells who else
sat at the meeting the article reports: its main event where that is a meeting, else the last meeting
told before the line. The line names no meeting of its own, so no report reads it (it is no event).
They are the meeting's ``present``: the merge across articles ties the meeting by whom it is between,
as an official present at the leaders' talks may hold his own talks with the visitor another day.

Not a line that names its people as the first of more ("王毅等参加会见", "X and others"): the page
does not say who the others are, nor that the named one took part as more than an official present
(the language's ``attendees_and_others``); not a line with anything beside the names (a clause, a
place, a day), which may tell another event.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ruchina.extract.event_mentions import ArticleEvent
from ruchina.extract.linking import Mention
from ruchina.knowledge.base import read_knowledge_file

MEETING = "meeting"
#: what stands for one name in the sentence the templates are matched against
_NAME = "\x00"
#: the marks and words that join names in a list ("A、B和C", "A, B and C")
_JOINED = r"(?:\s*(?:[、,，;；]|\band\b|和|与|與|及|и)\s*)+"
_SENTENCE = re.compile(r"[^。！？!?.\n]+[。！？!?.]?")


@lru_cache(maxsize=None)
def _templates(language: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    data = read_knowledge_file(f"events_{language}")
    lines = data.get("meeting_attendees") or []
    if not lines:
        return None, None
    # (a name may stand after its office, "国务院副总理吴仪和俄罗斯副总理茹科夫出席": the language's
    # ``attendee_titles``)
    titles = data.get("attendee_titles") or []
    name = f"(?:(?:{'|'.join(titles)}))?{_NAME}" if titles else _NAME
    names = f"{name}(?:{_JOINED}{name})*"
    template = re.compile("|".join(f"(?:^\\s*{line.replace('{names}', names)}\\s*[。.!！]?\\s*$)" for line in lines),
                          re.IGNORECASE)
    others = data.get("attendees_and_others") or []
    return template, (re.compile("|".join(others), re.IGNORECASE) if others else None)


def meeting_attendees(events: list[ArticleEvent], body: str, body_mentions: list[Mention], language: str) -> None:
    """Add to the meeting each attendance line refers to the people the line names."""
    template, others = _templates(language)
    if template is None:
        return
    people = sorted((m for m in body_mentions if m.entity_type == "PERSON"), key=lambda m: m.start)
    for sentence in _SENTENCE.finditer(body):
        inside = [m for m in people if sentence.start() <= m.start and m.end <= sentence.end()]
        if not inside:
            continue
        text, cursor = [], sentence.start()
        for mention in inside:
            text += [body[cursor:mention.start], _NAME]
            cursor = mention.end
        text.append(body[cursor:sentence.end()])
        line = "".join(text)
        if not template.search(line) or (others is not None and others.search(line.replace(_NAME, ""))):
            continue
        meeting = _the_meeting(events, sentence.start())
        new = list(dict.fromkeys(m.entity_id for m in inside if m.entity_id not in meeting.participants)) \
            if meeting is not None else []
        if new:
            meeting.add_people(new)
            meeting.present |= frozenset(new)


def _the_meeting(events: list[ArticleEvent], before: int) -> ArticleEvent | None:
    """The main event where it is a meeting held; else the meeting whose last report before the line
    is the latest."""
    for event in events:
        if event.main and MEETING in event.types() and not event.earlier:
            return event
    told = [(max(m.sentence_start for m in e.mentions if 0 <= m.sentence_start < before), index)
            for index, e in enumerate(events)
            if MEETING in e.types() and not e.earlier and any(0 <= m.sentence_start < before for m in e.mentions)]
    return events[max(told)[1]] if told else None
