"""The gathering a trip of the article's days is made for ("Putin arrived in China on Sunday
for the SCO summit in Tianjin", "flew to Osaka on Thursday for the G20 summit"): reported, not
background, though the sentence gives it no day of its own. The arrival's day is the trip's,
not the summit's (it may open that evening or the next day), so it stays undated; what keeps
it is that the trip it is the aim of is news of the article's days. A summit told only as the
aim of a trip long past ("arrived in Bishkek in 2019 for the summit") stays background, as its
trip does. Read by event_mentions.merge_within_article (reported_beside) when it drops background events.
"""

from __future__ import annotations

import datetime as dt

from ruchina.extract.event_arrival_days import trigger_start
from ruchina.extract.event_sidelines import hosts_main

#: the families of a trip, and of what a trip may be made for
TRIP, GATHERINGS = "visit", frozenset({"gathering", "forum"})
#: a trip dated this long before publication is no news of the article's days
RECENT = dt.timedelta(days=7)
#: the most words between the link ("for the") and the event word: the gathering's name
MAX_NAME_WORDS = 4


def reported_beside(words, event, events: list, published: dt.date | None) -> bool:
    """Whether ``event``, though it would be background, is reported beside the article's news: the
    summit its main event, a meeting of two, is held at (event_sidelines.py), or the gathering a
    recent trip is made for."""
    return hosts_main(event, events) or aim_of_a_recent_trip(words, event, events, published)


def aim_of_a_recent_trip(words, event, events: list, published: dt.date | None) -> bool:
    """Whether ``event`` (ArticleEvent), undated and named by its body or placed, is the gathering
    a trip dated within RECENT of publication is made for: its event word follows the trip's day
    and the language's link of an arrival's aim ("on Sunday for the SCO summit"). ``words``: the
    language's event words."""
    if (words is None or published is None or event.family not in GATHERINGS or event.date is not None
            or event.earlier or not (event.own_names or event.location_id)):
        return False
    trips = [m for trip in events if trip is not event and trip.family == TRIP and not trip.earlier
             for m in trip.mentions if m.date is not None and m.date.char_end > 0 and m.date_sentence is None
             and published - RECENT <= m.date.first <= published]
    return any(_made_for(words, trip, mention) for mention in event.mentions for trip in trips)


def _made_for(words, trip, mention) -> bool:
    """Whether ``mention``'s event word follows ``trip``'s day in its sentence as what it is for."""
    if (trip.part, trip.sentence_start, trip.sentence) != (mention.part, mention.sentence_start, mention.sentence):
        return False
    start = trigger_start(words, mention)
    if start is None or start < trip.date.char_end:
        return False
    between = mention.sentence[trip.date.char_end:start]
    cue = words.arrival_for.match(between)
    return bool(cue) and len(between[cue.end():].split()) <= MAX_NAME_WORDS
