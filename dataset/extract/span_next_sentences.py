"""The day a visit lasts until, told by the sentence right after its report in a sentence of its
own whose subject is the visit's bare word: "X is in Russia on a state visit since Friday. The
visit lasts until Tuesday." ("Визит продлится до 6 сентября", "Der Besuch dauert bis Dienstag").
The second sentence names no one and no event of its own, so it can only speak of the visit just
told; read alone it reports nothing, and the visit would keep its one day.

Only a short sentence counts: the bare event word (after at most one word, an article or a
demonstrative) then the "until" words and the day, a few words apart. "Modi's visit to Beijing
lasts until Friday" names its own visit (and its visitor), which may be another; it is left to the
sentence rules.
"""

from __future__ import annotations

import datetime as dt
import re

from ruchina.extract.dates import resolve_dates
from ruchina.extract.event_report import FAMILY, EventMention
from ruchina.extract.event_words import EventWords

#: where the next sentence ends (the Chinese full stop needs no space after it)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|[。！？]")
#: the words at most between the event word and the day ("продлится до", "dauert noch bis")
_MOST_WORDS_BETWEEN = 4
#: the words at most before the event word ("Der", "La", "Этот")
_MOST_WORDS_BEFORE = 1


def until_told_next(words: EventWords, until_before: re.Pattern[str], mention: EventMention, body: str,
                    published: dt.date, first: dt.date, longest: int) -> dt.date | None:
    """The day the sentence right after the mention's says its event lasts until, when that
    sentence's subject is the event's bare word; None otherwise."""
    if not body or mention.sentence_end < 0:
        return None
    following = body[mention.sentence_end:mention.sentence_end + 300]
    if "\n\n" in following[:len(following) - len(following.lstrip())]:
        return None  # (a new paragraph may speak of another event)
    text = following.lstrip()
    end = _SENTENCE_END.search(text)
    sentence = text[:end.end()] if end else text
    found = words.trigger.search(sentence)
    if (found is None or FAMILY.get(found.lastgroup) != FAMILY.get(mention.event_type)
            or len(sentence[:found.start()].split()) > _MOST_WORDS_BEFORE
            or words.trigger.search(sentence, found.end())):
        return None
    for date in resolve_dates(sentence, published, "future", words.language):
        if (date.precision == "day" and date.first == date.last and date.char_start >= found.end()
                and len(sentence[found.end():date.char_start].split()) <= _MOST_WORDS_BETWEEN
                and until_before.search(sentence[max(0, date.char_start - 20):date.char_start])
                and first < date.first <= first + dt.timedelta(days=longest)):
            return date.first
    return None
