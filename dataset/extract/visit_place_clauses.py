"""What a visitor does in the place his visit's clause names, told in a relative clause of that
place with no subject of its own: "X's visit began on Monday in Lyon, where he attended the opening of
the fair and met Y", "El jefe del Gobierno cerró una visita que comenzó en Lyon, donde asistió a ...":
the visitor attends the fair. Spanish drops the subject; Russian gives a pronoun ("где он
присутствовал") that the nearest named man would otherwise take, one the sentence does not name. So
the gatherings told after the place's relative word take the visit's one visitor, and lose the people
the sentence does not name; with no place or day of their own, that place, and the visit's day where its
clause gives one. Not when the clause names its own subject right after the word
("..., where Y opened the fair": Y's act) or a place of its own before the gathering ("..., where he
will be the first to visit Korea, and on Friday fly on to Okinawa for the summit"), nor a visit of
several people. The words are each
language's ``place_relatives`` (knowledge/events_<language>.yaml).
"""

from __future__ import annotations

from dataclasses import replace

from ruchina.extract.event_report import EventMention
from ruchina.extract.event_words import listed_words
from ruchina.extract.linking import Mention

#: the gatherings one attends, whose people the clause's subject is (talks name their other side, and
#: merge with a gathering of the day that shares their people: left as the sentence tells them; a
#: ceremony, "arrived in X, where he was greeted by an honour guard", is the visit's own welcome)
_GATHERINGS = ("forum", "summit")
#: talks told there ("flew on to Bethlehem, where he held talks with Y", "побывал в Дамаске, где встретился
#: с Y"): a stop of the trip, the visitor one side of them, Y the other (kept as the sentence names him)
_TALKS = ("meeting",)
#: how far after the relative word a name stands as the clause's own subject ("where on Monday Y")
_SUBJECT_REACH = 20


def visitors_in_place_clauses(mentions: list[EventMention], body_mentions: list[Mention],
                              language: str) -> list[EventMention]:
    """The mentions, those told in a visit's relative clause of its place given the visit's visitor."""
    pattern = listed_words(language, "place_relatives")
    if pattern is None:
        return mentions
    people = [m for m in body_mentions if m.entity_type == "PERSON"]
    out = list(mentions)
    for visit in mentions:
        if visit.event_type != "visit" or not visit.in_body or len(visit.participant_ids) != 1:
            continue
        visitor = visit.participant_ids[0]
        end = visit.clause[1]
        relative = pattern.search(visit.sentence, end, end + 12)
        if relative is None or not visit.sentence[end:relative.start()].strip(" ,") == "":
            continue
        start = visit.sentence_start
        named = [(p.start - start, p.entity_id) for p in people
                 if start <= p.start and p.end <= start + len(visit.sentence)]
        if any(relative.end() <= at <= relative.end() + _SUBJECT_REACH for at, _ in named):
            continue  # (", where Y opened the fair": the clause's own subject)
        in_sentence = {pid for _, pid in named}
        # (the place the relative word stands for, named last before it: "began on Sunday in Kazan, where")
        place = next((p.entity_id for p in reversed(body_mentions) if p.entity_type == "GPE"
                      and start <= p.start and p.end - start <= relative.start()), None)
        # (of one day, the day its clause gives: "began on Sunday in Kazan, where he attended")
        day = visit.date if visit.date is not None and visit.date.first == visit.date.last else None
        places_after = [p.start - start for p in body_mentions if p.entity_type == "GPE"
                        and start + relative.end() <= p.start < start + len(visit.sentence)]
        for i, m in enumerate(out):
            if (m.sentence_key != visit.sentence_key or m.event_type not in _GATHERINGS + _TALKS
                    or m.clause[0] < relative.end() - 1):
                continue
            # (of talks, a place before their clause: "президентом Палестины" in it is the other side's title)
            if any(at < m.clause[0 if m.event_type in _TALKS else 1] for at in places_after):
                continue  # (", donde ... y el viernes llegará a Okinawa para la cumbre": a place of its own)
            kept = tuple(pid for pid in m.participant_ids if pid in in_sentence and pid != visitor)
            if m.event_type in _TALKS and not kept:
                continue  # (talks with no other side the sentence names: left as told)
            out[i] = replace(m, participant_ids=(visitor, *kept), location_id=m.location_id or place,
                             date=m.date or day)
    return out
