"""An event told as held after another of the article's events ("He is expected to meet Kim after
the parade", "閱兵結束後，普京與金正恩舉行會談"), with no day of its own, is held on that event's
day: the parade's, not the day another report of the article at the same place lends it (the
talks of the day before). The words are data, ``after_event`` in knowledge/events_<language>.yaml:
``before``, the words right before the earlier event's word ("after the "), and ``after``, those
right after it ("結束後"). Read by extraction.py once the article's events are merged.
"""

from __future__ import annotations

from dataclasses import replace


def dated_after_events(words, events: list) -> None:
    """Date each event with no day of its own by the day of the article's event its sentence tells
    it held after (``words``: the language's event words)."""
    for event in events:
        if event.date is not None and not all(m.date is None or m.date_is_inherited for m in event.mentions):
            continue
        for position, mention in enumerate(event.mentions):
            earlier = _told_after(words, mention, [e for e in events if e is not event])
            if earlier is not None:
                # (the main event's day may be the page's, no phrase's: its first report then)
                told = next((m for m in earlier.mentions if m.date is not None), earlier.mentions[0])
                event.add(replace(mention, date=earlier.date, date_sentence=told.sentence,
                                  date_sentence_start=told.sentence_start), position)
                break


def _told_after(words, mention, others: list):
    """The other event, dated to a day, whose word the mention's sentence tells it held after."""
    sentence = mention.sentence
    for found in words.trigger.finditer(sentence):
        if not (words.after_event_before.search(sentence, 0, found.start())
                or words.after_event_after.match(sentence, found.end())):
            continue
        for other in others:
            if (other.date is not None and other.date.precision == "day" and other.date.first == other.date.last
                    and found.lastgroup in other.types()
                    and any((m.part, m.sentence_start) == (mention.part, mention.sentence_start)
                            for m in other.mentions)):
                return other
    return None
