"""An event told as held after another of the article's events ("He is expected to meet Kim after
the parade", "閱兵結束後，普京與金正恩舉行會談"), with no day of its own, is held on that event's
day: the parade's, not the day another report of the article at the same place lends it (the
talks of the day before). The words are data, ``after_event`` in knowledge/events_<language>.yaml:
``before``, the words right before the earlier event's word ("after the "), and ``after``, those
right after it ("結束後"). Read by extraction.py once the article's events are merged.

The other way round, talks told as what an act of a day followed, in that act's sentence ("Yesterday
the two presidents signed a declaration after talks in the Kremlin"), with no day of their own, were
held on the act's day: the sentence's day stands before the first event word and dates only it, and
talks undated go as background (``dated_before_acts``, read on the reports before they are merged).
"""

from __future__ import annotations

from dataclasses import replace

from ruchina.extract.event_report import EventMention

#: talks held before another act of their sentence (a signing, a statement, a ceremony) on its day
_TALKS = "meeting"
#: the acts of one day that talks told before them share the day of (not a visit or a summit of days)
_ACTS_OF_A_DAY = frozenset({"agreement", "meeting", "other"})


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


def dated_before_acts(words, mentions: list[EventMention]) -> list[EventMention]:
    """Date each report of talks with no day of its own, told right after the language's "after" words
    in the sentence of another report dated to one day, an act of a day that shares its people ("signed a
    declaration after talks"), by that act's day."""
    dated = [m for m in mentions if m.event_type in _ACTS_OF_A_DAY and m.status == "occurred" and not m.earlier
             and m.date is not None and not m.date_is_inherited and m.date.precision == "day"
             and m.date.first == m.date.last]
    if not dated:
        return mentions
    result = []
    for mention in mentions:
        act = _act_after(words, mention, dated) if (mention.event_type == _TALKS and mention.date is None
                                                     and mention.status == "occurred") else None
        result.append(mention if act is None else replace(mention, date=act.date))
    return result


def _act_after(words, talks: EventMention, dated: list[EventMention]) -> EventMention | None:
    """The dated act of the talks' sentence that it tells held after them, if their word follows "after"."""
    sentence = talks.sentence
    start, end = talks.clause
    told_before = any(found.lastgroup == _TALKS and start <= found.start() < end
                      and words.after_event_before.search(sentence, 0, found.start())
                      for found in words.trigger.finditer(sentence))
    if not told_before:
        return None
    # (the act's people are the talks': "the two presidents signed ... after talks"; one who
    # signed alone after another's talks is no tie)
    return next((m for m in dated if m is not talks and (m.part, m.sentence_start) == (talks.part, talks.sentence_start)
                 and set(talks.participant_ids) <= set(m.participant_ids)), None)
