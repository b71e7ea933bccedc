"""Reports that only add people to the report before them: a list of attendees ("Also taking
part were X, Y and Z"), the event named again by its bare noun with those who attended it in
an aside ("L'entretien, auquel assistait M. X, a duré une heure"), and a host's guests received
right after a summit's report or as the lead under its headline ("Gastgeber X empfing am Freitag
A, B und C"). sentence_reports.py asks for them sentence by sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ruchina.extract import event_participants, event_places, event_roles
from ruchina.extract.event_report import TITLE, EventMention
from ruchina.extract.event_words import listed_words
from ruchina.extract.message_senders import message_sender


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
                    and not words.speaks.match(sentence[m.end:])
                    and not message_sender(words, sentence, m.start)] + references)
    return continuing(previous, [pid for _, pid in named], sentence, sentence_start, part)



#: what may stand before the event's noun opening the sentence: an article or a possessive of one word
#: ("L'", "The", "Le", "Die", "His"), nothing more ("A later meeting, which X attended" is another)
_OPENING_ARTICLE = re.compile(r"\W*(?:[^\W\d_]{1,3}(?:['’]|\s+))?")


def attended_again(words, sentence, trigger, attending) -> bool:
    """Whether the sentence names the event told before again by its bare noun and tells in an aside
    right after it who attended it ("L'entretien, auquel assistait M. X, a duré environ une heure"):
    the attendees join the report before, as a list of attendees does."""
    _kind, t_start, t_end = trigger
    return (_opens_on_its_noun(words, sentence, t_start)
            and re.fullmatch(r"\s*,\s*", sentence[t_end:attending.start()]) is not None)


def _opens_on_its_noun(words, sentence: str, t_start: int) -> bool:
    """Whether the sentence opens on the event's bare noun at ``t_start``, a definite article at most before it."""
    head = sentence[:t_start]
    return _OPENING_ARTICLE.fullmatch(head) is not None and not words.indefinite.search(head)


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


def summit_session(words, sentence, triggers, previous: EventMention | None, reports: list[EventMention]) -> bool:
    """Whether the sentence's one report is the summit reported right before, named again by the bare
    noun of its session opening the sentence ("Заседание прошло под председательством X", "The session
    was chaired by X"): a sitting of that summit, not a meeting of its own. Not where the report names
    two or more (talks of two told as a "session"), nor after another kind of event."""
    if previous is None or previous.event_type != "summit" or len(triggers) != 1 or len(reports) != 1:
        return False
    sessions = listed_words(words.language, "summit_sessions")
    _kind, t_start, t_end = triggers[0]
    return (sessions is not None and reports[0].event_type == "meeting" and len(reports[0].participant_ids) < 2
            and sessions.fullmatch(sentence, t_start, t_end) is not None
            and _opens_on_its_noun(words, sentence, t_start))
