"""An event report that names no event, in an article that names one event of its kind.

"Brazil is always well represented at the St Petersburg International Economic Forum ...
We expect that this year's 25th forum will be attended by a delegation": the forum of the
second sentence is the one the article names. Within one article, a report of a forum (a
summit, ...) whose sentences name none takes the name of the one event of that kind the
article names, as the knowledge base knows it; when the article names two forums, which
one it speaks of is not known, and it takes neither; nor does a report that the article
dates apart from every report giving the name (another forum, that autumn), counting a report
the article drops (a summit it tells only as a guest's invitation to it, "invited him to the
G20 summit last November"). The name is what ties the report to
the other reports of that event across articles (corpus/event_reports.py); the dates still
tell one year's forum from the next.
"""

from __future__ import annotations

from collections.abc import Iterable

from ruchina.extract.event_mentions import PUBLISHED, ArticleEvent
from ruchina.extract.event_report import EventMention
from ruchina.extract.linking import Mention


def kind_of_name(name: str) -> str:
    """The kind a known event's canonical name says ("... Economic Forum": forum), as
    ArticleEvent.own_names compares it."""
    return name.split()[-1].lower()[:5]


def name_unnamed_events(events: Iterable[ArticleEvent], mentions: Iterable[Mention],
                        reports: Iterable[EventMention] = ()) -> None:
    """Give each report naming no event of its kind the one event of that kind the article
    names (a knowledge-base event), if it names exactly one. ``reports``: the article's event
    reports before any was dropped, whose stated dates count as the events' do."""
    named: dict[str, set[str]] = {}
    for mention in mentions:
        if mention.linked and mention.entity_type == "EVENT":
            named.setdefault(kind_of_name(mention.name), set()).add(mention.name)
    events = list(events)
    # The days of the reports that give each name: a report the article dates apart from
    # every one of them is another event ("at the Economic Forum on 4 June ... this autumn,
    # the forum of border regions").
    dated: dict[str, list] = {}
    for event in events:
        for name in event.own_names:
            if _stated(event) is not None:
                dated.setdefault(name, []).append(event.date)
    for report in reports:
        if report.date is not None and report.date.kind != PUBLISHED:
            for name in report.event_names:
                dated.setdefault(name, []).append(report.date)
    for event in events:
        if event.own_names:
            continue
        kinds = {m.event_type.split("_")[-1][:5] for m in event.mentions}
        names = {name for kind in kinds for name in named.get(kind, ())}
        if len(names) == 1 and not _dated_apart(event, dated.get(next(iter(names)), [])):
            event.event_names.update(names)
            event.__dict__.pop("own_names", None)


def _dated_apart(event: ArticleEvent, dates: list) -> bool:
    """The report is dated, so are reports giving the name, and its days meet none of theirs."""
    own = _stated(event)
    return own is not None and bool(dates) and all(d.last < own.first or own.last < d.first for d in dates)


def _stated(event: ArticleEvent):
    """The report's date if a phrase states it (not the publication day it was given)."""
    date = event.date
    return date if date is not None and date.kind != PUBLISHED else None
