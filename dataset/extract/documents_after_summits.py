"""A document told in the sentence right after a summit's own report, naming no one, no place and
no day of its own ("... the heads of state of the member countries gathered at the palace. They
adopted the Kazan Declaration there", "Leaders gather on Thursday. They are expected to adopt a
final statement"): its subject refers back to the summit's leaders, so it is adopted at that
summit, by its people, on its day, held or to come as the summit is. Without it the report reads
as the article's main event's (a planned document beside talks told that day) or, undated, as
background and is lost. Its sentence opens on a pronoun for the leaders (knowledge: leaders_pronouns;
"the three countries signed" counts countries, no leaders). Not after a summit named only as the setting of talks, one told as
earlier, nor one with no day; nor a document of a sentence that reports something else too."""

from __future__ import annotations

from dataclasses import replace

from ruchina.extract.event_three_way import three_way

#: at most so many characters between the summit's sentence and the document's (the space between)
_ADJACENT = 3


def adopted_at_the_summit_told_before(events: list, words) -> None:
    """Each bare document right after a summit's report held at that summit (ArticleEvents), its
    sentence opening on a pronoun for the leaders (``words``: the language's event words)."""
    if words is None:
        return
    for signing in _single_reports_of_documents(events):
        told = signing.mentions[0]
        if (told.participant_ids or told.location_id or told.date is not None or told.earlier
                or told.sentence_start < 0 or _told_with_others(events, signing, told)
                or not words.leaders_pronouns.search(told.sentence)):
            continue
        summit = next((e for e in events if e is not signing and _reported_right_before(e, told)), None)
        if summit is not None:
            signing.held_with(summit, tuple(sorted(summit.participants)))


#: at most so many words between the sides a sentence opens with and its document's word ("y ont adopté une")
_SIDES_GAP_WORDS = 4


def adopted_by_the_summits_sides(events: list, words) -> None:
    """Each document whose sentence (or its part after a colon or semicolon) opens on words for the
    summit's sides or its participants ("The two sides adopted a statement on climate", "Ergebnis: Die
    Gipfelteilnehmer verabschiedeten ...", knowledge: summit_sides) or a pronoun for its leaders, right
    after the summit's report (in the sentence before, or in the same sentence before that part): adopted
    at that summit, by its people, on its day. The sides' words read as the article's two leaders would
    name whoever the page names first of each country (a head of state received the guests that morning),
    not who sat at the summit. Not a document naming another day or place than the summit's."""
    if words is None:
        return
    for signing in _single_reports_of_documents(events):
        told = signing.mentions[0]
        if told.earlier or told.sentence_start < 0:
            continue
        opening = _sides_opening(words, told)
        if opening is None:
            continue
        summit = next((e for e in events if e is not signing and _summit_told_before(e, told, opening)), None)
        if summit is None or told.location_id not in (None, summit.location_id) or any(
                m.sentence_start == told.sentence_start for e in events if e is not signing and e is not summit
                for m in e.mentions):
            continue
        if told.date is not None and not told.date_is_inherited and told.date.kind != "published" and not (
                summit.date.first <= told.date.first <= told.date.last <= summit.date.last):
            continue
        signing.held_with(summit, tuple(sorted(summit.participants)))


def _sides_opening(words, told) -> int | None:
    """Where the sides' words open the document's clause, when the document's word follows them
    within a few words; else None."""
    start, end = told.scope
    trigger = next((t for t in words.trigger.finditer(told.sentence)
                    if t.lastgroup == "agreement" and start <= t.start() < max(end, start + 1)), None)
    if trigger is None:
        return None
    opening = None
    for found in (*words.summit_sides.finditer(told.sentence, 0, trigger.start()),
                  *words.leaders_pronouns.finditer(told.sentence, 0, trigger.start())):
        if len(told.sentence[found.end():trigger.start()].split()) <= _SIDES_GAP_WORDS:
            opening = found.start() if opening is None else min(opening, found.start())
    return opening


def _summit_told_before(event, told, opening: int) -> bool:
    """Whether ``event`` is a summit (held or to come as the document is) reported in the sentence
    right before the document's, or in its own sentence before the sides' words."""
    if "summit" not in event.types() or event.earlier or event.date is None:
        return False
    return any(m.event_type == "summit" and not m.setting and not m.earlier and m.status == told.status
               and m.sentence_start >= 0 and (
                   0 <= told.sentence_start - m.sentence_end <= _ADJACENT
                   or (m.sentence_start == told.sentence_start and m.scope[0] < opening))
               for m in event.mentions)


def with_the_summits_people(events: list) -> None:
    """Each document so held at a summit, with the people and place the summit took after the merge
    (its setting's talkers, who attend it: summit_settings.py), as it was adopted by them there."""
    for signing in _single_reports_of_documents(events):
        told = signing.mentions[0]
        if told.date_sentence_start is None or _told_with_others(events, signing, told):
            continue
        summit = next((e for e in events if e is not signing and _reported_right_before(e, told)
                       and e.date == signing.date and signing.participants <= e.participants
                       and signing.location_id in (None, e.location_id)), None)
        if summit is not None and (summit.participants - signing.participants or summit.location_id != signing.location_id):
            signing.add(replace(told, participant_ids=tuple(sorted(summit.participants)), location_id=summit.location_id), 0)


def _single_reports_of_documents(events: list) -> list:
    """The documents told once, neither the main event nor one told as earlier."""
    return [e for e in events if e.family == "agreement" and len(e.mentions) == 1 and not e.main and not e.earlier]


def _reported_right_before(event, told) -> bool:
    if "summit" not in event.types() or event.earlier or event.date is None:
        return False
    return any(m.event_type == "summit" and not m.setting and not m.earlier and m.status == told.status
               and m.sentence_start >= 0 and 0 <= told.sentence_start - m.sentence_end <= _ADJACENT
               for m in event.mentions)


def _told_with_others(events: list, signing, told) -> bool:
    return any(m.sentence_start == told.sentence_start for e in events if e is not signing for m in e.mentions)


def adopted_at_the_three_way_meeting_told_before(events: list) -> None:
    """Each document told held, with no day and no place of its own, in the sentence right after a
    report of a three-way meeting held on a day ("The foreign ministers of A, B and C met in X on
    Monday ... In a joint communique adopted at the end, the three ministers ...", "se sont retrouvés
    lundi pour leur réunion à trois. ... ont adopté un communiqué commun"): a format of three countries
    ends in its communique, adopted at it, on its day, at its place, by those it names (none named: the
    meeting's people). Not a document its sentence names others for than the meeting's (when it names
    any), nor one whose sentence reports another event too."""
    for signing in _single_reports_of_documents(events):
        told = signing.mentions[0]
        if (told.location_id or told.date is not None or told.earlier or told.status != "occurred"
                or told.sentence_start < 0 or _told_with_others(events, signing, told)):
            continue
        meeting = next((e for e in events if e is not signing and _three_way_right_before(e, told)), None)
        if meeting is None or (meeting.participants and told.participant_ids
                               and not set(told.participant_ids) <= meeting.participants):
            continue
        signing.held_with(meeting, tuple(told.participant_ids) or tuple(sorted(meeting.participants)))


def _three_way_right_before(event, told) -> bool:
    if event.family != "gathering" or event.earlier or event.date is None or event.date.precision != "day":
        return False
    return any(m.event_type == "meeting" and not m.earlier and m.status == "occurred" and m.sentence_start >= 0
               and 0 <= told.sentence_start - m.sentence_end <= _ADJACENT for m in event.mentions) and three_way(event)


def held_at_a_three_way(signing, main, events: list) -> bool:
    """Whether a document was put at a three-way meeting other than the main event, by its report told
    right before (adopted_at_the_three_way_meeting_told_before): the main event's signings leave it."""
    told = signing.mentions[0]
    return told.date_sentence_start is not None and any(
        other is not main and other is not signing and three_way(other)
        and any(m.sentence_start == told.date_sentence_start and m.sentence == told.date_sentence for m in other.mentions)
        for other in events)
