"""An event told as preceded or followed by another ("The summit was preceded on Wednesday by the
business forum"): the day told between the verb and "by" is the other event's, the one "by"
names, not the subject's, which keeps no day of that clause. The words are each language's
`preceded_by` (knowledge/events_<language>.yaml): the whole phrase, the verb to "by".
"""

from __future__ import annotations

from dataclasses import replace

from ruchina.extract.event_report import EventMention
from ruchina.extract.event_words import listed_words


def dated_by_what_precedes(mentions: list[EventMention], language: str) -> list[EventMention]:
    """The mentions, the day between "preceded" and "by" moved from the subject's report to the
    report of the event "by" names, next in the sentence (when it has no day of its own); the subject
    loses that day even where "by" names no event the text reports."""
    pattern = listed_words(language, "preceded_by")
    if pattern is None:
        return mentions
    result = list(mentions)
    for i, mention in enumerate(result):
        date = mention.date
        if date is None or mention.date_is_inherited:
            continue
        phrase = pattern.search(mention.sentence, *mention.clause)
        if phrase is None or not (phrase.start() <= date.char_start and date.char_end <= phrase.end()):
            continue
        j = next((j for j, other in enumerate(result) if other.part == mention.part and other.sentence_start == (
            mention.sentence_start) and other.scope[0] >= phrase.end() and other.date is None), None)
        # (when what precedes is no report of its own, "by a series of bilateral meetings", the day
        # is still not the subject's)
        if j is not None:
            result[j] = replace(result[j], date=date)
        result[i] = replace(mention, date=None)
    return result
