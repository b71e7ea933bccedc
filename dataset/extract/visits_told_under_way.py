"""A visit told as under way in the present ("Rahmon, who is in Russia on an official visit",
"Рахмона, который находится в России с официальным визитом") in a sentence of no other event
(a welcome in a transcript): a report of the visit the page's story is part of, though it names
no day. An undated visit told as held is the article's background ("their talks during his
visit", event_mentions._background) and is left out; this one is not. Its host is added later
as for any visit (event_state_hosts.py); its days are whatever another report of it gives. The
words are each language's `under_way` (knowledge/events_<language>.yaml).
"""

from __future__ import annotations

from ruchina.extract.event_words import listed_words


def told_under_way(event, language: str) -> bool:
    """Whether an undated visit that names its people is told as under way, in the present."""
    if event.family != "visit" or event.date is not None or event.earlier or not event.participants:
        return False
    pattern = listed_words(language, "under_way")
    return pattern is not None and any(m.status == "occurred" and pattern.search(m.sentence) for m in event.mentions)
