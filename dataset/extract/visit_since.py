"""A visit told as under way since a day ("who has been in Moscow on a state visit since Monday",
"ist seit Montag zu einem Staatsbesuch in Moskau", "est depuis lundi en visite d'État") began on
that day and lasts at least to the page's: the day after "since" dates no event of the sentence
(event_cues.after_since drops it), save a visit of its clause with no day of its own. Only a day of
the fortnight before the page: "since 2019" or "since last month" tells how long a thing has gone
on, no visit's first day. Read by sentence_reports.py.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ruchina.extract import event_cues
from ruchina.extract.dates import ResolvedDate
from ruchina.extract.event_report import FAMILY
from ruchina.extract.event_words import EventWords

#: how long before the page a visit still under way may have begun
LONGEST_STAY = dt.timedelta(days=14)


def stay_since(words: EventWords, sentence: str, dates: list[ResolvedDate], event_type: str,
               clause: tuple[int, int], published: dt.date | None) -> ResolvedDate | None:
    """The days of a visit its clause tells under way since a day, from that day to the page's, or None."""
    if FAMILY.get(event_type) != "visit" or published is None:
        return None
    since = next((d for d in dates if clause[0] <= d.char_start < clause[1] and d.precision == "day"
                  and d.first == d.last and published - LONGEST_STAY <= d.first < published
                  and event_cues.after_since(words, sentence, d.char_start)), None)
    return replace(since, last=published) if since else None
