"""A question states no plan: "Will the president travel to Moscow this year?", in a briefing's
transcript or a headline, asks whether an event is to come; the answer may say it is, the
question does not. Nor does one asked in the present ("When does he land in Beijing?"): it asks
about what the answer will tell. An event that only such a question tells of is no report of one
(an event a question names as held, "How did your talks go?", is the article's and stays). The
question mark is the cue, in any script ("?", "？"), closing quotes after it too.
"""

from __future__ import annotations

import re

from ruchina.extract.event_report import EventMention
from ruchina.extract.tenses import sentence_tense

_QUESTION_END = re.compile(r"[?？][\s\"'”’»）)]*$")


def is_question(sentence: str) -> bool:
    return bool(_QUESTION_END.search(sentence))


def without_asked_plans(mentions: list[EventMention], language: str) -> list[EventMention]:
    """The reports, less the events to come or under way that a question alone tells of."""
    return [m for m in mentions if not (is_question(m.sentence) and (
        m.status == "planned" or sentence_tense(m.sentence, language) == "present"))]
