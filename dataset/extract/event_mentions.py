"""The events one article reports: its event reports (EventMention, found per sentence by
event_sentences.py) merged within the article (ArticleEvent). Mentions of one event merge; a
sentence listing who else attends adds them to the event before it. The title is the
strongest statement of the main event: its type names the merged event, and an occurred main
event the text gives no date happened on the publication date. An event that occurred well
before publication, or undated, and is not the main event, is background: mentioned, not
reported. Which reports may be of one event, within an article and across articles, is
event_compatibility.py's (corpus/event_merge.py merges across articles)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property

from ruchina.extract.anniversary_titles import reports_of_the_anniversary
from ruchina.extract.closing_documents import adopted_at_its_close
from ruchina.extract.dates import ResolvedDate
from ruchina.extract.dates_same_day import SAME_DAY
from ruchina.extract.document_kinds import another_of_its_kind, of_another_document, signed_beside_the_main_signing
from ruchina.extract.documents_after_summits import (
    adopted_at_the_summit_told_before,
    adopted_at_the_three_way_meeting_told_before,
    adopted_by_the_summits_sides,
)
from ruchina.extract.event_compatibility import PUBLISHED, compatible, date_rank, status_of
from ruchina.extract.event_inside import inside_main_event
from ruchina.extract.event_report import BODY, FAMILY, LEAD, TITLE, TYPE_PRIORITY, EventMention
from ruchina.extract.event_sidelines import at_summit, hosts_main, summits_first
from ruchina.extract.event_signings import (
    adopted_at_their_summit,
    signed_at_main,
    signed_at_the_summit_of_its_sentence,
    summits_dated_by_their_signing,
)
from ruchina.extract.event_visit_days import counted_from_the_storys_day
from ruchina.extract.event_visits import talks_in_visit_told_before, visit_holding_main, visit_under_way
from ruchina.extract.forum_gatherings import as_main_report
from ruchina.extract.gathering_day_talks import held_before_the_plan, talks_on_the_pages_day
from ruchina.extract.history_pages import between_story_and_page, first_report_of_history, storys_day
from ruchina.extract.live_entry_reports import ALMANAC
from ruchina.extract.outreach_sessions import outreach_apart
from ruchina.extract.recalled_days import recalled_by_its_day
from ruchina.extract.recalled_mains import recalled_by_month
from ruchina.extract.state_visits_under_way import state_visits_under_way
from ruchina.extract.summit_cities import finer_place
from ruchina.extract.video_meetings import meetings_held_as_calls
from ruchina.extract.visit_grains import arrival_city
from ruchina.extract.visits_told_under_way import told_under_way
from ruchina.knowledge.base import office_countries

#: An event that occurred longer than this before the publication date is background, not news.
BACKGROUND_AFTER = dt.timedelta(days=7)
#: a lead's report dated further back than this is the story's background, not its main event
LONG_BEFORE = dt.timedelta(days=366)
#: Dates too coarse to say which day an event of the day's news was: the day stands in for them.
COARSE_PRECISIONS = frozenset({"month", "year"})
#: a signing is held at another event a title or a lead tells beside it: that one is the main event
SIGNING = "agreement"


@dataclass
class ArticleEvent:
    """The mentions of one event inside one article."""

    article_id: str
    published: dt.date | None
    mentions: list[EventMention] = field(default_factory=list)
    #: names of EVENT entities in the reporting sentences ("Belt and Road Forum")
    event_names: set[str] = field(default_factory=set)
    #: the article's main event (its title's, else its lead's)
    main: bool = False
    #: the date no phrase gives: the publication date of the main event (see merge_within_article)
    assumed_date: ResolvedDate | None = None
    #: the place no sentence gives: the article's place line, for its main event (place_line.py)
    assumed_location: str | None = None
    #: those a closing line tells present at it (meeting_attendees.py: "王毅参加会见"), not whom it is
    #: between: they take part, but the merge across articles ties it by the others
    present: frozenset[str] = frozenset()

    def add(self, mention: EventMention, position: int | None = None) -> None:
        """Add a report (or replace the one at ``position``); what was derived is derived anew."""
        if position is None:
            self.mentions.append(mention)
        else:
            self.mentions[position] = mention
        self.event_names.update(mention.event_names)
        for name in ("family", "participants", "location_id", "date", "earlier", "own_names", "documents",
                     "ceremonies"):
            self.__dict__.pop(name, None)

    def types(self) -> set[str]:
        """The event types its reports give."""
        return {m.event_type for m in self.mentions}

    def add_people(self, people) -> None:
        """Who takes part besides those its first report names (in order, each once)."""
        top = self.mentions[0]
        self.add(replace(top, participant_ids=tuple(dict.fromkeys(top.participant_ids + tuple(people)))), 0)

    def held_with(self, other: ArticleEvent, people: tuple[str, ...]) -> None:
        """Held by ``people`` at ``other``'s place on its day (as ``other``'s first report tells
        them); the place and day its other reports give are ``other``'s or coarser, so they go."""
        top, told = self.mentions[0], other.mentions[0]
        self.add(replace(top, participant_ids=people, location_id=other.location_id, date=other.date,
                         date_sentence=told.sentence, date_sentence_start=told.sentence_start), 0)
        for position, mention in enumerate(self.mentions[1:], start=1):
            self.add(replace(mention, location_id=None, date=None), position)

    @cached_property
    def family(self) -> str:
        return FAMILY[self.mentions[0].event_type]

    @cached_property
    def participants(self) -> set[str]:
        return {p for m in self.mentions for p in m.participant_ids}

    @cached_property
    def location_id(self) -> str | None:
        # The title's or the lead's place, else the place most reports give.
        stated = next((m.location_id for m in self.mentions if m.location_id and m.part != BODY), None)
        if stated:
            return arrival_city(self, finer_place(self, stated))  # (a summit's city, where the lead gives its country)
        locations = Counter(m.location_id for m in self.mentions if m.location_id)
        if not locations:
            return self.assumed_location
        # (a visit to the country told in the sentence of its arrival in a city: the city, visit_grains.py)
        return arrival_city(self, min(locations, key=lambda loc: (-locations[loc], loc)))

    @property
    def place_assumed(self) -> bool:
        """Its place is only its article's place line's (place_line.py), no sentence's."""
        return self.assumed_location is not None and not any(m.location_id for m in self.mentions)

    @cached_property
    def date(self) -> ResolvedDate | None:
        dated = [m.date for m in self.mentions if m.date]
        stated = min(dated, key=date_rank) if dated else None
        if stated is None or (self.assumed_date and _holds_coarsely(stated, self.assumed_date)):
            return self.assumed_date
        return stated

    @cached_property
    def earlier(self) -> bool:
        return all(m.earlier for m in self.mentions)

    @cached_property
    def own_names(self) -> frozenset[str]:
        """The names of events of its kind in its sentences ("Eastern Economic Forum" for a forum)."""
        kinds = {m.event_type.split("_")[-1][:5] for m in self.mentions}
        return frozenset(n for n in self.event_names if n.split()[-1].lower()[:5] in kinds)

    @cached_property
    def documents(self) -> frozenset[str]:
        """The kinds of document its signing's words name ("treaty"; document_kinds.py)."""
        return frozenset(m.document for m in self.mentions if m.document)

    @cached_property
    def ceremonies(self) -> frozenset[str]:
        """The kinds of ceremony its words name ("welcome", "banquet"; ceremony_kinds.py)."""
        return frozenset(m.ceremony for m in self.mentions if m.ceremony)


def merge_within_article(article_id: str, published: dt.date | None, mentions: list[EventMention],
                         place_main: Callable[[list[ArticleEvent]], None] | None = None,
                         words=None, anniversary: bool = False) -> list[ArticleEvent]:
    """Reports of one event inside an article become one ArticleEvent; the main event is
    named by its title's type and, reported as occurred with no date, dated by publication.
    ``place_main`` puts the main event at the page's place line's place, if it may be there
    (place_line.py), before the events told beside it are tied to its place; ``words``, the
    language's event words, where a rule reads more of a sentence than its event word."""
    events: list[ArticleEvent] = []
    previous: ArticleEvent | None = None
    mentions = meetings_held_as_calls(mentions, published)
    # ("Hace 50 años: el encuentro ..." over "Un día como hoy de 1969, X y Y se reunieron": a title of a story held
    # years before, anniversary_titles.py, read before the headline is chosen: "历史上的今天" over "六十年前的今天")
    mentions = reports_of_the_anniversary(mentions, anniversary)
    headline = _headline(mentions, published)
    for mention in mentions:
        if mention.continues:
            if previous is not None:  # (to an event of its kind: the report it continues may stand in another)
                joined = next((e for e in (previous, *events[::-1]) if e.family == FAMILY[mention.event_type]), previous)
                joined.add(_in_words_of(joined, mention))
            continue
        candidate = ArticleEvent(article_id, published, [mention], set(mention.event_names))
        if mention is headline:
            # Dated before the others join it: "meet in Beijing next February" is not
            # the talks of the title, held on the day.
            candidate.main = True
            candidate.assumed_date = _assumed_date(candidate, published, anniversary)
        main = next((e for e in events if e.main), None)
        joins_main = main and _bare(mention, main.date) and not at_summit(main, candidate, events) and not (
            of_another_document(main.documents, mention.document))  # ("They also signed a joint statement")
        if joins_main and not main.mentions[0].told_after and (
                (joining := as_main_report(main.mentions[0].event_type, mention)) and mention.status == status_of(main)):
            main.add(_in_words_of(main, joining))  # ("Putin took part in the session. X chaired the meeting.")
            previous = main
            continue
        for event in summits_first(events, candidate):
            if event.mentions[0].told_after:
                continue  # (an interview's events are those it tells of, not the interview: a ceremony in 2014)
            if mention.named_other and not (event.participants & candidate.participants):
                continue  # (introduced as another: "Yesterday, at a Security Council meeting")
            if mention.sides and not _sides_meet(event, mention.sides):
                continue  # ("американо-украинская встреча" is not the day's Russian–Belarusian talks)
            if another_of_its_kind(event, mention):
                continue  # ("They also signed a joint statement": not the statement told before)
            if mention.officials != event.mentions[0].officials:
                continue  # ("the foreign ministers held their first meeting" is not the leaders' talks)
            if mention.just_done != any(m.just_done for m in event.mentions) or outreach_apart(event, mention):
                continue  # ("I have just met with our athletes", said at the council's meeting; a summit's outreach)
            if compatible(event, candidate, same_article=True, refers_back=mention.refers_back):
                event.add(_in_words_of(event, mention))
                previous = event
                break
        else:
            events.append(candidate)
            previous = candidate
    # A report with no date of its own takes the date of another report of the article at the same place
    # ("Putin's meeting with Xi in Beijing", in an article about the Beijing forum "this week").
    for event in events:
        if event.date is None and event.location_id and not event.earlier:
            # (A day is another event's own: a parade's not the talks' before it, a summit's not its outreach's.)
            donors = [m for e in events if e is not event and e.location_id == event.location_id and not e.earlier
                      for m in e.mentions if m.date and not m.date_is_inherited
                      and (m.date.precision != "day" or e.family == event.family) and not m.outreach
                      # (nor one the report took from the story's flow, "Earlier in the day Xi held
                      # talks with X": a day borrowed is not lent on to a headline's other talks)
                      and m.date.kind != SAME_DAY
                      # (nor a plan's day after the page's to a report told held: gathering_day_talks.py)
                      and not held_before_the_plan(e, event, published)]
            if donors:
                donor = min(donors, key=lambda m: date_rank(m.date))
                event.add(replace(event.mentions[0], date=donor.date, date_sentence=donor.sentence,
                                  date_sentence_start=donor.sentence_start), position=0)
    adopted_at_the_summit_told_before(events, words)  # ("... the heads of state gathered. They adopted the declaration")
    adopted_by_the_summits_sides(events, words)  # ("... opened the summit. The two sides adopted a statement")
    adopted_at_the_three_way_meeting_told_before(events)  # ("... their trilateral meeting. They adopted a communique")
    recalled_by_month(events, published, words and words.language)  # (a commentary's title over months gone by)
    _mark_main_event(events, published, place_main, words, anniversary)
    inside_main_event(events)
    talks_in_visit_told_before(events)
    # ("on Thursday adopted the declaration at the end of a summit": the summit's day)
    summits_dated_by_their_signing(events)
    # ("The leaders adopted the Delhi Declaration" under a title of no event: the summit's day)
    adopted_at_their_summit(events)
    # ("the heads signed a treaty at their summit in X the day before": that summit's)
    signed_at_the_summit_of_its_sentence(events)
    # ("the summit ended on Saturday with a communique": adopted at it, on its last day)
    adopted_at_its_close(events, words)
    # (on a page of history, its story's weeks are measured from its main event: history_pages.py)
    now = storys_day(events, published, LONG_BEFORE)
    # ("X, who is in Russia on an official visit": told under way, undated, no background)
    return [event for event in events if (not _background(event, now) or hosts_main(event, events)
                                          # ("on December 2, X and Y held ...")
                                          or (words is not None and recalled_by_its_day(event, words.language, published))
                                          or (words is not None and told_under_way(event, words.language)))
            and not between_story_and_page(event, now, published, LONG_BEFORE, BACKGROUND_AFTER)]


#: the reports of one day's acts that a main event placed nowhere lends its day (not a summit or
#: a visit of days, which a phrase must date)
_ACTS_OF_A_DAY = frozenset({"meeting", "agreement", "other"})


def _placed_nowhere(main: ArticleEvent, event: ArticleEvent) -> bool:
    """A main event held at a place no report gives (an award handed over "on Friday"): a report
    of talks or a signing of its day's story at a place is no report of another place's event.
    Not beside a call, which is held at none: the talks of its people at a place are another time's."""
    return main.location_id is None and main.family != "call" and event.types() <= _ACTS_OF_A_DAY


def _sides_meet(event: ArticleEvent, sides: tuple[str, ...]) -> bool:
    """Whether talks between ``sides`` may be this event: one of its people holds an office of
    one of them, or none of its people holds an office the knowledge base knows."""
    countries = office_countries(event.participants)
    return not countries or bool(countries & set(sides))


def _in_words_of(event: ArticleEvent, mention: EventMention) -> EventMention:
    """A report joining the main event takes its title's word, if more specific (a "meeting" in a summit)."""
    top = event.mentions[0].event_type
    return replace(mention, event_type=top) if event.main and FAMILY[top] == FAMILY[mention.event_type] and (
        TYPE_PRIORITY[top] < TYPE_PRIORITY[mention.event_type]) else mention


def _bare(mention: EventMention, day: ResolvedDate | None) -> bool:
    """A body's report that names no one and no place, and no date but the main event's
    ``day`` ("today's meeting"), and looks back at nothing earlier."""
    dated = mention.date is not None and not (day and day.first <= mention.date.first <= mention.date.last <= day.last)
    return mention.part == BODY and not (mention.participant_ids or mention.location_id or dated or mention.earlier
                                         or mention.named_other or mention.sides or mention.officials
                                         or mention.just_done or mention.outreach)


def _background(event: ArticleEvent, published: dt.date | None) -> bool:
    """An event the article mentions without reporting it: one that occurred, undated, more
    than BACKGROUND_AFTER before publication or in a year and no closer ("their meetings in
    2021", "the talks held then"), unless it is the article's main event. An undated article
    keeps all: its "now" is unknown. A plan that names no one, no place, no day and no event's
    name ("we will meet again", "a visit is being prepared") is no report of one event either. A week
    or a month that ended before the story's day ("met earlier this month", "last week") gives no day
    of the event: background too, as is a year."""
    if not (event.main or event.participants or event.location_id or event.date or event.event_names) and (
            status_of(event) == "planned"):
        return True
    if published is None or event.main or all(m.status == "planned" for m in event.mentions):
        return False
    return (event.date is None or event.date.last < published - BACKGROUND_AFTER or event.date.precision == "year"
            or (event.date.precision in ("week", "month") and event.date.last < published
                and all(m.date is not None for m in event.mentions)))


def _years_before(mention: EventMention, published: dt.date | None) -> bool:
    """Whether a report's own words date it more than a year before the article's day."""
    return published is not None and mention.date is not None and mention.date.last < published - LONG_BEFORE


def _headline(mentions: list[EventMention], published: dt.date | None) -> EventMention | None:
    """The report of the main event: the title's (an event word of the body's kind before
    one only titles use: "News conference following Russian-Hungarian talks" reports the
    talks; another event before a signing held at it), else the lead's."""
    for part in (TITLE, LEAD):
        candidates = [m for m in mentions if m.part == part and not m.earlier]
        if candidates:
            told = [m for m in candidates if not m.title_only] or candidates
            # ("the bloc that China and Russia founded in 2001, at a summit ...": years before the story, its background)
            told = [m for m in told if not _years_before(m, published)] or told
            # ("Putin and Xi sign deals as Russian leader makes state visit": the signing is
            # held inside the other event the title tells, the main one)
            return next((m for m in told if m.event_type != SIGNING), told[0])
    # ("On this day: August 3" over "1958 - X receives Y": the first entry that tells an event held)
    almanac = next((m for m in mentions if m.date is not None and m.date.kind == ALMANAC), None)
    return almanac or first_report_of_history(mentions, published, LONG_BEFORE)


def _assumed_date(event: ArticleEvent, published: dt.date | None, anniversary: bool = False) -> ResolvedDate | None:
    """The publication date, for the main event reported as occurred with no date of its own
    but a month or a year that holds the publication date ("this year's forum", reported on
    the day of its plenary session: the day is the news, the year says less); not for an
    event the title names by a word of one held before it is told (an interview), nor for one a
    title tells as an anniversary ("50 лет переговорам": held years before; anniversary_titles.py)."""
    if published is None or event.mentions[0].told_after or all(m.status == "planned" for m in event.mentions):
        return None
    if anniversary:
        return None
    day = ResolvedDate(published, published, "day", "", 0, 0, PUBLISHED)
    if any(m.date and not _holds_coarsely(m.date, day) for m in event.mentions):
        return None
    return day


def _holds_coarsely(stated: ResolvedDate, day: ResolvedDate) -> bool:
    """A month or a year stated in the text that holds the day."""
    return stated.precision in COARSE_PRECISIONS and stated.first <= day.first <= stated.last


def _mark_main_event(events: list[ArticleEvent], published: dt.date | None, place_main=None, words=None,
                     anniversary: bool = False) -> None:
    """The title's event (else the lead's) is the article's main event: its type is the
    title's; reported as occurred with no date, it happened on the publication date."""
    main = next((e for e in events if e.main), None)
    if main is None:
        return
    headline = main.mentions[0]
    for position, mention in enumerate(main.mentions):
        # (a more specific word stays: "arrived in X for a state visit" is a state visit)
        if FAMILY[mention.event_type] == FAMILY[headline.event_type] and (
                TYPE_PRIORITY[headline.event_type] < TYPE_PRIORITY[mention.event_type]):
            main.add(replace(mention, event_type=headline.event_type), position=position)
    main.assumed_date = _assumed_date(main, published, anniversary)
    main.__dict__.pop("date", None)
    if place_main is not None:
        place_main(events)
    if main.date is None or main.earlier:
        return
    # Other reports of the day's story that give no time ("the two leaders then held
    # talks") happened with the main event: those of two people or more that share its
    # place and its people (both, or its one). One shared person is no tie: the president
    # of a news item "informed his counterpart about the talks" held elsewhere. Nor is a call:
    # its people were apart that day, and an event they attended together is another day's
    # ("thanked him again for attending the opening"); a statement adopted in it is the call's.
    for event in events:
        shared = event.participants & main.participants
        if (event is not main and event.date is None and not event.earlier and len(event.participants) >= 2
                and not (main.family == "call" and event.family not in ("call", "agreement"))
                and shared and len(shared) >= min(2, len(main.participants))
                and (event.location_id in (None, main.location_id) or _placed_nowhere(main, event))
                and status_of(event) == "occurred"):
            event.assumed_date = talks_on_the_pages_day(main, event, published) or main.date
            event.__dict__.pop("date", None)
    visit_under_way(events, main)
    if words is not None:  # ("on the second and last day of his visit", with no day: the story's)
        counted_from_the_storys_day(words, events, main)
    state_visits_under_way(events, main)
    visit_holding_main(events, main, words.language if words is not None else None)
    signed_at_main(events, main, words)
    signed_beside_the_main_signing(events, main)
