"""Reports that only add people to the report before them: a list of attendees ("Also taking
part were X, Y and Z"), and a host's guests received right after a summit's report or as the
lead under its headline ("Gastgeber X empfing am Freitag A, B und C"). sentence_reports.py asks
for them sentence by sentence.
"""

from __future__ import annotations

from dataclasses import replace

from ruchina.extract import event_participants, event_places, event_roles
from ruchina.extract.event_report import FAMILY, TITLE, EventMention
from ruchina.extract.event_words import listed_words


def last_report(found: list[EventMention]) -> EventMention | None:
    """The report a list of attendees continues: the first of the last sentence that reported
    one ("visited the exhibition at the forum. Accompanying him were ...": the visit)."""
    if not found:
        return None
    last = found[-1]
    return next(m for m in found if m.sentence_start == last.sentence_start and m.part == last.part)


def attendance(words, sentence, sentence_start, mentions, people, previous: EventMention, part) -> EventMention:
    """ "Also taking part in the meeting were X, Y and Z": everyone listed joins the report before."""
    references = event_roles.office_references(words, sentence, mentions, people)
    references += event_roles.leaders_of_countries(words, sentence, mentions, people)
    named = sorted([(m.start, m.entity_id) for m in mentions
                    if event_participants.listed_person(m, sentence, mentions, words)
                    and not words.speaks.match(sentence[m.end:])] + references)
    return continuing(previous, [pid for _, pid in named], sentence, sentence_start, part)


def continuing(previous: EventMention, people, sentence, sentence_start, part) -> EventMention:
    """A report that only adds ``people`` to the report before it."""
    return replace(previous, participant_ids=tuple(dict.fromkeys(people)), location_id=None, date=None,
                   sentence=sentence, sentence_start=sentence_start, sentence_end=sentence_start + len(sentence),
                   scope=(0, len(sentence)), date_sentence=None, date_sentence_start=None, part=part, continues=True)


def received_guests(words, sentence, sentence_start, mentions, previous: EventMention, guests, trigger, dates,
                    part) -> EventMention:
    """The host and guests a meeting word receives, joining the summit reported before; as the
    lead under the summit's headline, on the day and at the place the lead tells."""
    mention = continuing(previous, guests, sentence, sentence_start, part)
    if previous.part != TITLE:
        return mention
    (_, t_start, t_end), scope = trigger, (0, len(sentence))
    return replace(mention, date=event_roles.choose_date(words, sentence, dates, t_start, scope),
                   location_id=event_places.location(words, sentence, mentions, t_start, t_end, scope))


def _kind_attended(words, attending, found) -> str | None:
    """The one kind of event the attendance cue's own event word names, for a cue the language lists
    as naming the event attended ("参加会见": a meeting; ``attending_of_kind``); ``found``: the
    sentence's event words. Other cues ("Taking part in the summit were") join the report before
    whatever their word, as they always did."""
    of_kind = listed_words(words.language, "attending_of_kind")
    if of_kind is None or not of_kind.search(attending.group()):
        return None
    named = {m.lastgroup for m in found if attending.start() <= m.start() < attending.end()}
    return named.pop() if len(named) == 1 else None


def of_the_kind_attended(words, attending, found, previous: EventMention) -> EventMention:
    """The report an attendance list continues, as of the kind its cue names when that is of another
    family than the report told last ("梅德韦杰夫是应邀访华的。王毅参加会见。": the meeting, not the
    visit): event_mentions' merge joins a continuing report to the last event of its family."""
    kind = _kind_attended(words, attending, found)
    if kind is None or FAMILY[kind] == FAMILY[previous.event_type]:
        return previous
    return replace(previous, event_type=kind)


def cue_of_another_kind(words, attending, found, previous: EventMention | None) -> bool:
    """Whether such a cue names another kind of the family of the report told last ("王毅等参加会见。"
    after a summit's report: the meeting before the summit, which the merge by family cannot tell
    from the summit): no attendance list of that report."""
    kind = _kind_attended(words, attending, found) if previous is not None else None
    return kind is not None and kind != previous.event_type and FAMILY[kind] == FAMILY[previous.event_type]
