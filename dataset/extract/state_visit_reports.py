"""A sentence that tells an arrival, a trip or a visit as a state visit ("arrived in Russia
on a state visit", "прибыл в Россию с государственным визитом") reports a state visit: its
verb of visiting and its words "state visit" are one report of one kind (issue 23's failure
class 7: event_type is one per real event). Counted as two kinds, the verb's `visit` could
outvote the sentence's own word once another visit ("visited the zoo") joins the event.
Read once the article's reports are merged into its events, so that the two words of one
sentence stay in one event as the merge put them.
"""

from __future__ import annotations

from dataclasses import replace

from ruchina.extract.event_mentions import ArticleEvent

VISIT, STATE_VISIT = "visit", "state_visit"


def visits_told_as_state_visits(events: list[ArticleEvent]) -> None:
    for event in events:
        told = {(m.part, m.sentence_start) for m in event.mentions if m.event_type == STATE_VISIT and not m.earlier}
        if told:
            event.mentions[:] = [replace(m, event_type=STATE_VISIT) if m.event_type == VISIT and not m.earlier
                                 and (m.part, m.sentence_start) in told else m for m in event.mentions]
