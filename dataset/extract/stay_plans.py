"""A plan of a visitor told as held before the visit ends ("Mr X is also expected to see Y before
he leaves China", "pendant son séjour", "перед отъездом"): it lies inside the visit under way,
on its remaining days and at its place. Without them the plan names no day and no place, and
the corpus merge may join it to any later meeting of the same two (the visit holds it, not the
next year). The words are each language's `stay_words` (knowledge/events_<language>.yaml).
Called by extraction.py once the article's visits are dated and placed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ruchina.extract.event_words import listed_words

#: the kinds of plans a visit holds (talks, a signing, a ceremony), not another trip or summit
_HELD_IN_A_VISIT = frozenset({"meeting", "agreement", "other"})


def plans_during_stay(events: list, published: dt.date | None, language: str) -> None:
    """A plan with no day and no place of its own whose sentence, after its word, says it is
    held before its visitor leaves, and one visit told as under way on the story's day (held,
    dated to the day, placed, its last day not before the story's), of one of the plan's
    people: the plan takes the visit's days from the story's day on, and its place. A visit
    told as past background ("who visited Beijing in 2019") or a plan after the visit, dated
    or placed by its own words, is left as it is."""
    pattern = listed_words(language, "stay_words")
    if pattern is None or published is None:
        return
    under_way = [e for e in events if e.family == "visit" and not e.earlier and e.location_id and e.participants
                 and e.date is not None and e.date.precision == "day" and e.date.first <= published <= e.date.last
                 and any(m.status == "occurred" for m in e.mentions)]
    for plan in events:
        if (plan.types() - _HELD_IN_A_VISIT or plan.date is not None or plan.location_id is not None
                or plan.earlier or any(m.status != "planned" for m in plan.mentions)
                or not any(pattern.search(m.sentence, m.scope[0]) for m in plan.mentions)):
            continue
        visits = [v for v in under_way if v.mentions[0].participant_ids[:1]
                  and v.mentions[0].participant_ids[0] in plan.participants]
        if len(visits) != 1:
            continue  # (no visit, or two: which one holds it, the text does not say)
        visit = visits[0]
        top, told = plan.mentions[0], visit.mentions[0]
        days = replace(visit.date, first=max(visit.date.first, published))
        plan.add(replace(top, date=days, location_id=visit.location_id, date_sentence=told.sentence,
                         date_sentence_start=told.sentence_start), 0)
