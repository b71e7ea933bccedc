"""A visit told as under way since a day ("who has been in Moscow on a state visit since Monday",
"ist seit Montag zu einem Staatsbesuch in Moskau", "est depuis lundi en visite d'État") began on
that day and lasts at least to the page's, or the days its words count ("seit Montag zu einem
viertägigen Besuch"). The day right after "since" (knowledge/event_spans.yaml ``since``) dates no
event of the sentence (event_cues.after_since drops it), save a visit of its clause with no day of
its own; a weekday so named is the last one, though the clause is in the present. Only a day of the fortnight before the page: "since 2019" or
"since last month" tells how long a thing has gone on, no visit's first day. Read by
sentence_reports.py; a visit its report dates by another day is widened back to its "since" day
after the article's reports are merged (event_spans.py), this gives a day to one told with none.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ruchina.extract.dates import ResolvedDate, duration_days
from ruchina.extract.event_report import FAMILY
from ruchina.extract.event_spans import since_words
from ruchina.extract.event_words import EventWords

#: how long before the page a visit still under way may have begun
LONGEST_STAY = dt.timedelta(days=14)


def stay_since(words: EventWords, sentence: str, dates: list[ResolvedDate], event_type: str,
               clause: tuple[int, int], t_start: int, published: dt.date | None) -> ResolvedDate | None:
    """The days of a visit (its word at ``t_start``) its clause tells under way since a day, from that day
    to the page's, or for the days the words before it count ("seit Montag zu einem viertägigen Besuch")."""
    since = since_words(words.language)  # (right before the day: not "die längste seit Jahren: Am Dienstag")
    if FAMILY.get(event_type) != "visit" or published is None:
        return None
    for date in dates:
        if not (clause[0] <= date.char_start < clause[1] and date.precision == "day" and date.first == date.last
                and since and since.search(sentence[max(0, date.char_start - 20):date.char_start])):
            continue
        # (a weekday after "since" is the last one: "seit Montag" in a clause of the present, which reads it ahead)
        first = published - dt.timedelta(days=(published.weekday() - date.first.weekday()) % 7) \
            if date.kind == "weekday" else date.first
        if published - LONGEST_STAY <= first <= published:
            days = duration_days(sentence[clause[0]:t_start])
            return replace(date, first=first, last=first + dt.timedelta(days=days - 1) if days else published)
    return None
