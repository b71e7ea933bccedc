"""A summit or forum held wholly by video link ("the forum is being held online", "the
videoconference session", "a virtual summit") sits at no desk of its own: the place a page's
line gives (where the President sat, "Novo-Ogaryovo") and a speaker's "here" are not its place.
It takes the place its host sits at only where a sentence states it, and has none otherwise.

Not one that some join by video ("X addressed the summit by video link"): that one is held
where its hall is, and those who join are its people like those in the hall. The words are each
language's `held_remotely` (knowledge/events_<language>.yaml): the gathering itself held by
video, not one person's taking part by it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ruchina.extract.event_report import EVENTS_OF_MANY, EventMention
from ruchina.extract.event_words import event_words, listed_words
from ruchina.knowledge.base import entity_catalog, office_countries

#: the events none joins by video link: "X took part by video link" in a sentence with no event
#: word of its own, told after a visit's or a signing's report, joined some gathering the page
#: names elsewhere or not at all, not that visit
NOT_JOINED_BY_VIDEO = frozenset({"visit", "state_visit", "agreement", "founding", "parade"})
_COMMA = re.compile(r"\s*,\s*")



def joins_another_by_video(attendance: str, previous: EventMention, language: str) -> bool:
    """Whether an attendance cue with no event word of its own ("X took part by video link") tells
    one joining by video what the report before it cannot be joined by video (a visit, a signing)."""
    if previous.event_type not in NOT_JOINED_BY_VIDEO:
        return False
    pattern = listed_words(language, "joined_remotely")
    return pattern is not None and pattern.search(attendance) is not None


def told_held_remotely(mention: EventMention, language: str) -> bool:
    """Whether the mention's clause, or the relative clause right after it, tells its gathering of
    many held by video link ("the summit, which was held by video"; a meeting chaired by video
    from the President's residence is held there; talks by video are a call)."""
    pattern = listed_words(language, "held_remotely")
    if pattern is None or mention.event_type not in EVENTS_OF_MANY:
        return False
    if pattern.search(mention.sentence, *mention.scope) is not None:
        return True
    relative = _relative_clause(event_words(language), mention.sentence, mention.scope[1])
    return relative is not None and pattern.search(mention.sentence, *relative) is not None


def _relative_clause(words, sentence: str, end: int) -> tuple[int, int] | None:
    """The span of the relative clause that opens right where the event word's clause ends
    (", который прошёл по видеосвязи", ", which was held online"), to the next break; None if none."""
    comma = _COMMA.match(sentence, end)
    if comma is None or not words.relative_word.match(sentence, comma.end()):
        return None
    after = words.scope_break.search(sentence, comma.end() + 1)
    return comma.end(), after.start() if after else len(sentence)


def held_by_video_between_countries(event, language: str) -> bool:
    """Whether the event is a meeting told held by video link ("held their annual meeting by video
    link", "в режиме видеоконференции провели встречу", "以视频方式……定期会晤") between people who hold
    offices of two countries or more: no one hosts it, each sits at his own desk, and the page's place
    line is only one side's seat. (A meeting one leader chairs by video with his own officials is held
    where he sits: the line's place stays.)"""
    words = event_words(language)
    return (event.mentions[0].event_type == "meeting" and len(office_countries(event.participants)) >= 2
            and any(not m.earlier and words.remote.search(m.sentence, *m.scope) for m in event.mentions))


def unplace_video_meetings_between_countries(events: list, language: str) -> None:
    """Take every place from a meeting held by video link between two countries' people (their 25th
    regular meeting "by video link", each at his own desk): the hall one of them sat in ("在人民大会堂以
    视频方式同X共同主持会晤") is his desk, not the meeting's, unless a sentence tells the meeting chaired
    from it ("hosted the virtual meeting from New Delhi"). The documents its people sign on its day with
    no place of their own but the meeting's or the line's go with it ("At the end the two premiers signed a joint communique")."""
    chaired_from = listed_words(language, "chaired_from")
    for meeting in [e for e in events if held_by_video_between_countries(e, language)]:
        if chaired_from is not None and any(chaired_from.search(m.sentence) for m in meeting.mentions):
            continue
        place = meeting.location_id
        for event in events:
            if event is meeting or (event.mentions[0].event_type == "agreement" and event.location_id is not None
                                    and (event.location_id == place or event.place_assumed)
                                    and event.participants <= meeting.participants and _same_day(event, meeting)):
                event.mentions[:] = [replace(m, location_id=None) for m in event.mentions]
                _unplace(event)


def _same_day(event, other) -> bool:
    """Both dated, to the same days."""
    return event.date is not None and other.date is not None and (event.date.first, event.date.last) == (
        other.date.first, other.date.last)


def remote_gathering_types(mentions: list[EventMention], language: str) -> frozenset[str]:
    """The gatherings' event types the article tells held by video link ("summit")."""
    return frozenset(m.event_type for m in mentions if not m.earlier and told_held_remotely(m, language))


def unplace_remote_gatherings(events: list, language: str) -> None:
    """Take back the place a summit or forum told held by video link was only assumed at (the
    place line's, the one place its recurring kind is held in): a sentence's place it keeps
    ("chaired from Beijing"); and every place of a meeting by video link between countries (below)."""
    for event in _placed_by_assumption(events):
        if any(not m.earlier and told_held_remotely(m, language) for m in event.mentions):
            _unplace(event)
    unplace_video_meetings_between_countries(events, language)


def unplace_gatherings_joined_from_the_line(events: list, language: str) -> None:
    """Take back the place line's place from a summit or forum that one of its people joins by
    video link ("addressed the forum by video", "обратился с видеообращением к участникам форума")
    when that place lies in the country whose office he holds: the page was written where he sat
    ("MOSCOW" above Putin's video address), not where the gathering's hall is. A place a sentence
    gives it stays, and so does the place line's of a gathering a guest from abroad joins by video."""
    pattern = listed_words(language, "joined_remotely")
    if pattern is None:
        return
    catalog = entity_catalog()
    for event in _placed_by_assumption(events):
        joining = {p for m in event.mentions if pattern.search(m.sentence, *m.clause) for p in m.participant_ids}
        around = {catalog.get(place).name for place in (event.assumed_location,
                                                         *catalog.places_containing(event.assumed_location))
                  if catalog.get(place) is not None}
        if joining and office_countries(joining) & around:
            _unplace(event)


def _placed_by_assumption(events: list) -> list:
    """The summits and forums whose only place is an assumed one (no sentence places them)."""
    return [event for event in events if event.assumed_location is not None
            and event.mentions[0].event_type in EVENTS_OF_MANY and not any(m.location_id for m in event.mentions)]


def _unplace(event) -> None:
    event.assumed_location = None
    event.__dict__.pop("location_id", None)  # (the cached place, computed from the assumed one)
