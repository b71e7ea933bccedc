"""A summit told as the setting of talks: "met on the sidelines of a BRICS summit", "на полях
саммита", "al margen de la cumbre". The talks are held at the summit, so the summit is another
event than they are, whether or not the knowledge base knows its name. Unmarked, a summit
with no name ("a summit of the group") may be the leaders' talks told another way and joins
them (event_sidelines.py); told as their setting, it never does.

The words are the language's (knowledge/events_<language>.yaml, ``sidelines``, read as
EventWords.setting_before); a language without them marks none.
"""

from __future__ import annotations

from dataclasses import replace

from ruchina.extract.acts_before import act_link
from ruchina.extract.documents_after_summits import with_the_summits_people
from ruchina.extract.event_report import EventMention

MEETING, SUMMIT = "meeting", "summit"


def mark_summit_settings(words, mentions: list[EventMention]) -> list[EventMention]:
    """The summit reports whose word follows the language's sidelines words in a sentence that
    also reports a meeting (the talks held there), marked ``setting``. ``words``: the
    language's event words."""
    # (the setting of earlier talks is earlier too: "their last meeting, on the sidelines of a
    # summit"; those who met at a summit attend it)
    talks: dict[tuple, list[EventMention]] = {}
    for m in mentions:
        if m.event_type == MEETING:
            talks.setdefault((m.part, m.sentence_start), []).append(m)
    marked = []
    for m in mentions:
        held = talks.get((m.part, m.sentence_start))
        if m.event_type == SUMMIT and held and (_told_as_setting(words, m) or _told_after_a_time_link(words, m, held)):
            people = tuple(dict.fromkeys(m.participant_ids + tuple(p for t in held for p in t.participant_ids)))
            m = replace(m, setting=True, earlier=m.earlier or all(t.earlier for t in held), participant_ids=people)
        marked.append(m)
    return _talks_days_left_to_talks(marked, talks)


def _talks_days_left_to_talks(mentions: list[EventMention], talks: dict[tuple, list[EventMention]]) -> list[EventMention]:
    """ "Am Donnerstag tagte der Gipfel ... Bereits am Mittwoch hatten A und B am Rande des Gipfels gesprochen":
    the day of a setting's sentence that its talks take is the talks' day, not the summit's, where the
    article dates a summit it reports (not as a setting) to the days right after it: the eve's talks do not
    move the summit to the eve. With no such report the day stays (the talks on its day may be all the
    article tells), and so does a day further before (talks days before a summit are held at another)."""
    # (the summit told by its word, or its leaders told gathering with no one named: "am Donnerstag
    # sind die Staats- und Regierungschefs zusammengekommen")
    told_days = [((m.part, m.sentence_start), m.date) for m in mentions
                 if (m.event_type == SUMMIT or (m.event_type == MEETING and not m.participant_ids))
                 and not m.setting and not m.earlier and m.date is not None and m.date.precision == "day"]
    kept = []
    for m in mentions:
        held = talks.get((m.part, m.sentence_start), ())
        others = [d for key, d in told_days if key != (m.part, m.sentence_start)]
        if m.setting and m.date is not None and others and any(t.date == m.date for t in held) and all(
                d.last < m.date.first or d.first > m.date.last for d in others) and any(
                (d.first - m.date.last).days == 1 for d in others):
            m = replace(m, date=None)
        kept.append(m)
    return kept


def setting_people_attend(mentions: list[EventMention], events: list) -> None:
    """ "Les dirigeants ont clos lundi leur sommet ... La veille, A et B s'étaient entretenus en marge
    du sommet": those who hold talks at a summit attend it (benchmarks/gold/README.md), so where an
    article reports one summit and tells it again only as the setting of talks, with no place or day
    of its own, the event (ArticleEvent) of the summit's first report takes the talks' people, once
    the article's reports are merged (the setting itself is no report: merge_within_article leaves it
    out as undated background; and the talks, told apart, stay apart). Only where every other report
    of a summit (not earlier) is held and agrees with the setting in name and place: an article of
    two summits does not say at which the talks were held. A setting of earlier talks says nothing.
    A document adopted right after the summit's report is adopted by them too (documents_after_summits.py)."""
    _talkers_attend(mentions, events)
    with_the_summits_people(events)


def _talkers_attend(mentions: list[EventMention], events: list) -> None:
    settings = [m for m in mentions if m.event_type == SUMMIT and m.setting and not m.earlier
                and m.location_id is None and m.date is None]
    summits = [m for m in mentions if m.event_type == SUMMIT and not m.setting and not m.earlier]
    if not settings or not summits or any(m.status != "occurred" for m in summits):
        return
    names = {n for m in settings + summits for n in m.event_names}
    if len(names) > 1 or len({m.location_id for m in summits if m.location_id}) > 1:
        return
    first = summits[0]
    summit = next((e for e in events if e.family == "gathering" and not e.earlier and any(
        (m.part, m.sentence_start) == (first.part, first.sentence_start) for m in e.mentions)), None)
    if summit is not None and SUMMIT in summit.types():
        summit.add_people(p for p in dict.fromkeys(p for m in settings for p in m.participant_ids)
                          if p not in summit.participants)


def _told_as_setting(words, mention: EventMention) -> bool:
    start, end = mention.scope
    for trigger in words.trigger.finditer(mention.sentence):
        if trigger.lastgroup == SUMMIT and start <= trigger.start() < max(end, start + 1) and words.setting_before.search(
                mention.sentence, max(0, trigger.start() - 160), trigger.start()):
            return True
    return False


def _told_after_a_time_link(words, mention: EventMention, held: list[EventMention]) -> bool:
    """ "held talks on Sunday, hours before the host welcomed leaders to a two-day summit",
    "mantuvieron una reunión, horas antes del inicio de la cumbre": a summit whose word follows
    the talks' and a word that opens a clause of another time (the language's ``time_links``)
    is held beside them, another event. Not one the talks' subject goes on to hold (", before holding
    the summit with Z": acts_before.py), a report of its own."""
    start, end = mention.scope
    for trigger in words.trigger.finditer(mention.sentence):
        if trigger.lastgroup == SUMMIT and start <= trigger.start() < max(end, start + 1) and any(
                t.scope[0] < trigger.start() and words.time_link.search(
                    mention.sentence, t.scope[0], trigger.start())
                and not act_link(words, mention.sentence, t.scope[0], trigger.start()) for t in held):
            return True
    return False


def setting_apart(a, b) -> bool:
    """Whether one of two events (ArticleEvent) is a summit first told as the setting of talks
    and the other is reported only as a meeting, at least once in words of its own (not only
    referred back to: "the two-day meeting" may be the summit told again): the talks held at
    the summit are not the summit."""
    for summit, talks in ((a, b), (b, a)):
        if summit.mentions[0].setting and talks.types() == {MEETING} and not all(
                m.refers_back for m in talks.mentions):
            return True
    return False


def without_bare_settings(events: list) -> list:
    """The events (ArticleEvent) less the summits told only as the setting of talks, with no
    place or day of their own ("met at a lakeside lodge on the sidelines of a regional summit"):
    named as where the talks were held, not reported."""
    return [e for e in events if not all(m.setting and m.location_id is None and m.date is None for m in e.mentions)]


def summit_told_again_after_its_talks(events: list) -> list:
    """The events (ArticleEvent) of an article that tells one summit as the setting of talks,
    with its other reports of a summit ("the main session of the summit is on Friday", "la
    cumbre concluye el viernes") joined to that one: the article tells one summit, though the
    setting gave no day and the later report no place. A report at another place or under
    another name or on other days stays apart, as does any when the article tells two settings."""
    settings = [e for e in events if e.mentions[0].setting and not e.earlier]
    if len(settings) != 1:
        return events
    (setting,) = settings
    kept = []
    for event in events:
        if event is not setting and not event.main and not event.earlier and event.types() == {SUMMIT} and (
                _places_agree(setting, event) and _names_agree(setting, event) and _days_agree(setting, event)):
            for mention in event.mentions:
                setting.add(mention)
        else:
            kept.append(event)
    return kept


def _places_agree(a, b) -> bool:
    return a.location_id is None or b.location_id is None or a.location_id == b.location_id


def _names_agree(a, b) -> bool:
    return not (a.own_names and b.own_names) or bool(a.own_names & b.own_names)


def _days_agree(a, b) -> bool:
    """No day either states of its own (not one taken from the talks at its place) lies apart."""
    days_a, days_b = _own_days(a), _own_days(b)
    return all(x.overlaps(y) for x in days_a for y in days_b)


def _own_days(event) -> list:
    return [m.date for m in event.mentions if m.date is not None and not m.date_is_inherited]


def settings_inside_the_told_summit(events: list) -> list:
    """The events (ArticleEvent) less a summit told only as the setting of talks, placed by no
    word of its own and dated only inside the days of the one other summit the article reports
    ("La cumbre del G20, de dos días, terminó este sábado ... El viernes, al margen de la
    cumbre, se sentó con Xi"): the day is the talks', the summit the one told, and the talks'
    people attend it (benchmarks/gold/README.md). Where the article tells two summits, or the
    told one has no day that holds the setting's, or another name, the setting stays."""
    settings = [e for e in events if all(m.setting and m.location_id is None for m in e.mentions)
                and not e.earlier and e.date is not None]
    if len(settings) != 1:
        return events
    (setting,) = settings
    summits = [e for e in events if e is not setting and not e.earlier and SUMMIT in e.types()
               and not any(m.setting for m in e.mentions)]
    if len(summits) != 1:
        return events
    (summit,) = summits
    told, day = summit.date, setting.date
    if (told is None or told.precision != "day" or day.precision != "day" or not _names_agree(setting, summit)
            or not (told.first <= day.first and day.last <= told.last)):
        return events
    summit.add_people(p for p in setting.participants if p not in summit.participants)
    return [e for e in events if e is not setting]
