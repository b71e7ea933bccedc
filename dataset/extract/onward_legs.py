"""The next leg of a trip told from where the visitor is now: "From Russia he will go on to
Belarus, then to Finland", "Из России он отправится в Белоруссию", "俄罗斯之后，他还将访问白俄罗斯".
The sentence opens on the place of the visit the article reports (or the country that holds it) as
the point the trip goes on from, and tells, with no day, where it goes next. That is the visit's
itinerary told in passing, no report of a visit of its own (benchmarks/gold/README.md lists an
article's reported events; an onward leg with no day is not one), so the planned row leaves.

What ties the leg to the visit under way: the sentence's first place stands right after the
language's ``leg_from_words`` at the sentence's start ("From", "Из") or right before its
``leg_after_words`` ("之后"), and it is the place of another visit of the article that shares a
person with the leg, or a place that holds it (Russia for a visit placed in Moscow), and the leg
goes to a place outside it. One report of the leg told so is enough: a word of the visit under way
may share its row ("访俄期间" beside the leg, all undated and planned). A leg with a
day ("from Russia he flies to Minsk on Friday"), one told as held, a sentence opening on another
place ("From Minsk he will go to Vilnius", where no visit of the article is in Minsk), or an
article with no other visit keeps its row. Called by extraction.py once its visits are placed.

And a leg told as where the visitor leaves for after the act his sentence tells ("On Tuesday he will
speak in Havana before leaving for Argentina", "antes de viajar a Argentina": the language's
``leaving_after_words`` right before the place): the day is the act's, the leg the trip's next, told
in passing while another event of the article (his visit, his talks), sharing a person, holds him at a
place apart. A visit
to the place told otherwise ("he will then pay a state visit to Argentina") keeps its row.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ruchina.extract.event_word_patterns import is_spaced
from ruchina.knowledge.base import entity_catalog, read_knowledge_file

#: the place entity types a trip goes on from
_PLACE_TYPES = frozenset({"GPE", "LOC"})


@lru_cache(maxsize=None)
def _leg_words(language: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The language's words before the place a leg goes on from (whole opening, "From") and after
    it ("之后"), each as one pattern anchored where it must stand."""
    data = read_knowledge_file(f"events_{language}")
    before, after = data.get("leg_from_words") or [], data.get("leg_after_words") or []
    gap = r"\s+" if is_spaced(data) else r"\s*"
    from_words = (re.compile(r"^\W*(?:{})(?:{})$".format("|".join(f"(?:{w})" for w in before), gap), re.IGNORECASE)
                  if before else None)
    after_words = (re.compile(r"^\s*(?:{})".format("|".join(f"(?:{w})" for w in after)), re.IGNORECASE)
                   if after else None)
    return from_words, after_words


def without_onward_legs(events: list, body_mentions: list, language: str) -> list:
    """The article's events (ArticleEvent) less the undated planned visits told as the next leg
    from the place of another of its visits, and the planned visits told only as where a visitor
    leaves for after his sentence's act while another of its events holds him elsewhere."""
    from_words, after_words = _leg_words(language)
    visits = [e for e in events if e.family == "visit" and e.location_id]
    # (a report of the leg may share its row with a word of the visit under way, "访俄期间" beside
    # "俄罗斯之后，还将访问白俄罗斯": one report that opens from the visit's place tells the leg)
    opening = from_words is not None or after_words is not None
    legs = [e for e in events if opening and e.family == "visit" and e.date is None and not e.main and e.location_id
            and e.mentions and all(m.status == "planned" and m.in_body for m in e.mentions)
            and any(_opens_from_a_visit(m, e, visits, body_mentions, from_words, after_words) for m in e.mentions)]
    # ("On Tuesday he will speak in Havana before leaving for Argentina": where he goes after the act
    # the sentence tells, the day the act's, while the article reports his visit elsewhere)
    leaving = _leaving_words(language)
    legs += [e for e in events if leaving is not None and e.family == "visit" and not e.main and e.location_id
             and e.mentions and all(m.status == "planned" and m.in_body for m in e.mentions)
             and all(_left_for(m, e, body_mentions, leaving) for m in e.mentions) and _held_elsewhere(e, events)]
    return [e for e in events if not any(e is leg for leg in legs)]


@lru_cache(maxsize=None)
def _leaving_words(language: str) -> re.Pattern[str] | None:
    """The language's words right before the place a visitor leaves for after his sentence's act
    (``leaving_after_words``: "before leaving for"), as one pattern ending where the place starts."""
    words = read_knowledge_file(f"events_{language}").get("leaving_after_words") or []
    return re.compile(r"(?:{})\s*$".format("|".join(f"(?:{w})" for w in words)), re.IGNORECASE) if words else None


def _left_for(mention, leg, body_mentions, leaving: re.Pattern[str]) -> bool:
    """Whether the report's sentence names the leg's place right after words of leaving for it."""
    return any(m.entity_id == leg.location_id and mention.sentence_start <= m.start < mention.sentence_end
               and leaving.search(mention.sentence[:m.start - mention.sentence_start])
               for m in body_mentions)


def _held_elsewhere(leg, events) -> bool:
    """Whether another event of the article (his visit, his talks) shares a person with the leg, at a
    place apart from it."""
    catalog = entity_catalog()
    return any(other is not leg and other.location_id and other.participants & leg.participants
               and other.location_id != leg.location_id
               and leg.location_id not in catalog.places_containing(other.location_id)
               and other.location_id not in catalog.places_containing(leg.location_id) for other in events)


def _opens_from_a_visit(mention, leg, visits, body_mentions, from_words, after_words) -> bool:
    """Whether the report's sentence opens on the place of another visit that shares a person with
    the leg, as the place it goes on from, the leg going elsewhere."""
    places = [m for m in body_mentions if m.entity_type in _PLACE_TYPES
              and mention.sentence_start <= m.start < mention.sentence_end]
    if not places:
        return False
    first = min(places, key=lambda m: m.start)
    start, end = first.start - mention.sentence_start, first.end - mention.sentence_start
    opened = ((from_words is not None and from_words.match(mention.sentence[:start]))
              or (after_words is not None and not mention.sentence[:start].strip()
                  and after_words.match(mention.sentence[end:])))
    if not opened:
        return False
    catalog = entity_catalog()
    if leg.location_id == first.entity_id or first.entity_id in catalog.places_containing(leg.location_id):
        return False  # (a stop inside the place it goes on from is the visit's own: visit_onward_cities.py)
    return any(visit is not leg and visit.participants & leg.participants
               and (visit.location_id == first.entity_id
                    or first.entity_id in catalog.places_containing(visit.location_id))
               for visit in visits)
