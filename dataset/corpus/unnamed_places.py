"""Places the events table puts events at that no article names as such: a city named only
through a venue in it ("talks at the Great Hall of the People" places them in Beijing, the
knowledge base's city of the hall, though the article never writes "Beijing").

Every events row's place must resolve in the entities table, and the entities table holds
what the articles name; these places join it as the knowledge base has them, named by the
places inside them that the articles do name.
"""

from __future__ import annotations

from collections.abc import Iterable

from ruchina.corpus.event_reports import place_chain
from ruchina.extract.extraction import ArticleExtraction
from ruchina.knowledge.base import entity_catalog


def catalog_names_of_event_places(extractions: Iterable[ArticleExtraction], named: set[str]) -> dict[str, str]:
    """The knowledge base's names of the places the articles' events are at that are not in
    ``named`` (the ids of every entity mention), so that an event's id and label name its
    city ("2018-06-08-meeting-beijing") however the article named it."""
    catalog = entity_catalog()
    places = {event.location_id for x in extractions for event in x.events if event.location_id} - named
    return {place: catalog.get(place).name for place in sorted(places) if catalog.get(place) is not None}


def places_named_through_others(extractions: Iterable[ArticleExtraction],
                                events: Iterable) -> dict[str, tuple[list[str], int]]:
    """Each place an events row is at that no article names itself but the knowledge base
    knows: the articles that name a place inside it (a venue of the city), with how many
    times they do (its mentions); an article placing an event there that names nothing
    inside it (the place came to it from another report of the event) counts once."""
    catalog = entity_catalog()
    extractions = list(extractions)
    named = {m.entity_id for x in extractions for m in x.mentions}
    by_article = {x.article_id: x for x in extractions}
    found: dict[str, tuple[list[str], int]] = {}
    for event in events:
        place = event.location_id
        if not place or place in named or catalog.get(place) is None:
            continue
        articles, count = found.get(place, ([], 0))
        for article_id in event.article_ids:
            if article_id in articles or article_id not in by_article:
                continue
            inside = sum(1 for m in by_article[article_id].mentions if place in place_chain(m.entity_id)[1:])
            articles.append(article_id)
            count += max(1, inside)
        if articles:
            found[place] = (sorted(articles), count)
    return found
