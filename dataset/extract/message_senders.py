"""The sender of a message, told as its genitive or after "from": "Приветствие президента X
участникам зачитал Y", "entregó a Xi un mensaje de X", "porteur d'un message de X". The sender
is not where the message is delivered or read out: no party to the meeting, the gathering or the
visit the sentence reports (continuing_reports.attendance, event_roles.participants). The words
right before the sender's name are each language's (knowledge/events_<language>.yaml
``message_senders``); a language without them has none.
"""

from __future__ import annotations

import re
from functools import cache

from ruchina.extract.event_words import listed_words

#: how far before a name the message's word may stand ("послание президента Российской Федерации X")
_REACH = 120


def message_sender(words, sentence: str, start: int) -> bool:
    """Whether the name at ``start`` is told as the sender of a message."""
    pattern = _sender_before(words.language)
    return pattern is not None and pattern.search(sentence[max(0, start - _REACH):start]) is not None


@cache
def _sender_before(language: str) -> re.Pattern[str] | None:
    """The senders' words right before a name, nothing but spaces between."""
    senders = listed_words(language, "message_senders")
    return None if senders is None else re.compile(rf"(?:{senders.pattern})\s*\Z", re.IGNORECASE)
