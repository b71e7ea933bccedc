"""A title that tells its event as an anniversary: "Встреча в аэропорту: 50 лет переговорам ...",
"Hace 50 años: el encuentro ...", "Vor 60 Jahren: Chruschtschow in Peking". The event was held that
many years before the page, so the page's own day is not its day: the main event of such a title is
not dated by publication (event_mentions._assumed_date), and the report that dates it ("11 сентября
1969 года ... встретились", a title's or the lead's under a title of no event word) joins it, instead
of being dropped as a retold event beside a meeting of the page's day with the dead for its people.

The words are each language's (knowledge/events_<language>.yaml, `years_since`); only a title is
read, where a count of years names the time since the event ("50 years of our partnership" in a
sentence of the body dates nothing)."""

from __future__ import annotations

from dataclasses import replace

from ruchina.extract.dates_ago import AGO
from ruchina.extract.event_report import EventMention
from ruchina.extract.event_words import listed_words


def told_as_anniversary(title: str | None, language: str | None) -> bool:
    """Whether a title tells its story as held a count of years before the page."""
    if not title or language is None:
        return False
    pattern = listed_words(language, "years_since")
    return pattern is not None and pattern.search(title) is not None


#: how far into its lead a count of years may open the story ("Heute vor 60 Jahren ...", "Today, sixty
#: years ago, ..."): a word of the very day before it, no more; a count later in the sentence ("signed
#: the treaty that was concluded 20 years ago") retells one event beside the news.
_OPENING_CHARS = 8


def lead_told_as_anniversary(body: str | None, language: str | None) -> bool:
    """Whether the first sentence of the body opens by counting the years back to its story
    ("Heute vor 60 Jahren hoffte Peking ...", under a title of no count): a page of history as
    much as one whose title counts them."""
    if not body or language is None:
        return False
    pattern = listed_words(language, "years_since")
    opening = body.lstrip()[:_OPENING_CHARS + 40]
    return pattern is not None and any(m.start() <= _OPENING_CHARS for m in pattern.finditer(opening))


def reports_of_the_anniversary(mentions: list[EventMention], anniversary: bool) -> list[EventMention]:
    """Under a title told as an anniversary, a report dated by counting back from the page's day ("Un
    día como hoy de 1969, X y Y se reunieron", "Heute vor 60 Jahren, am 31. Juli 1958, landete X in
    Peking"): the event the page is about, not one it retells beside its news (dates_ago.looks_back
    marks such a report as looking back)."""
    if not anniversary:
        return mentions
    # (the title's own too, dated by its count: "Fifty years ago today: the last audience with Mao" retells
    # the story, its "last" the last ever, not the one before the page's)
    return [replace(m, earlier=False) if m.earlier and m.date is not None and m.date.kind == AGO
            else m for m in mentions]
