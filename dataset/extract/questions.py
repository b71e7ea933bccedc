"""A question states no plan: "Will the president travel to Moscow this year?", in a briefing's
transcript or a headline, asks whether an event is to come; the answer may say it is, the
question does not. An event to come that only a question tells of is no report of one (an event
a question names as held, "How did your talks go?", is the article's and stays). Language-
independent: the question mark is the cue, in any script ("?", "？"), closing quotes after it too.
"""

from __future__ import annotations

import re

from ruchina.extract.event_report import EventMention

_QUESTION_END = re.compile(r"[?？][\s\"'”’»）)]*$")


def is_question(sentence: str) -> bool:
    return bool(_QUESTION_END.search(sentence))


def without_asked_plans(mentions: list[EventMention]) -> list[EventMention]:
    """The reports, less the events to come that a question alone tells of."""
    return [m for m in mentions if not (m.status == "planned" and is_question(m.sentence))]
