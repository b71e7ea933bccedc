"""Which reports may be of one event (``compatible``), within an article (event_mentions.py
merges them) and across articles (corpus/event_merge.py): their kind, people, place, name and
days must allow it, and within an article something must tie two reports of different
tenses or kinds.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ruchina.extract.ceremony_kinds import ceremonies_apart
from ruchina.extract.document_kinds import documents_apart
from ruchina.extract.event_report import LEAD, ONE_DAY_TYPES, TITLE
from ruchina.extract.event_sidelines import held_apart, other_talks, same_summit
from ruchina.extract.forum_gatherings import forum_told_again
from ruchina.extract.funerals import funeral_told_again
from ruchina.extract.sentence_days_apart import dated_apart_in_one_sentence
from ruchina.extract.visit_grains import one_meeting_at_two_grains, one_visit_at_two_grains

if TYPE_CHECKING:  # (event_mentions.py merges with this module's rule)
    from ruchina.extract.event_mentions import ArticleEvent

#: Reports whose dates lie further apart than this are not the same event.
MAX_DATE_GAP = dt.timedelta(days=31)
#: Reports that each name two or more people are of one event only if they share at least
#: this part of everyone they name (Jaccard): Modi and Putin meeting is not Putin and Xi meeting.
MIN_PEOPLE_SHARED = 0.5
# Above a third, two reports naming two or more people each must share two of them: the
# merge looks such reports up by pairs of people (_who_sought).
assert MIN_PEOPLE_SHARED > 1 / 3
#: Two reports dated to the day are of one event only if their days lie at most this far
#: apart: a call or a meeting lasts a day (a report published the next morning may give its
#: own day), a summit up to a few, a forum four, a state visit a week.
DAY_GAP_OF_FAMILY = {"gathering": dt.timedelta(days=3), "forum": dt.timedelta(days=4), "visit": dt.timedelta(days=7)}
ONE_DAY_SLACK = dt.timedelta(days=1)
#: The kind of a date that no phrase states: the publication date of a report of the day's event.
PUBLISHED = "published"


def date_rank(date) -> tuple:
    """What the text states before the article's own date standing in for it; then most
    precise, earliest, longest (a visit "from 7 to 10 May" over "on 7 May")."""
    return (date.kind == PUBLISHED, ("day", "week", "month", "year").index(date.precision), date.first,
            -date.last.toordinal())


def _one_parade_of_the_day(a: ArticleEvent, b: ArticleEvent) -> bool:
    """Two parade reports of one article on the same day (or one of them told with no day), sharing
    a guest: one parade, each report naming the guests it is about ("X and Y met after the Victory
    parade"; "in the morning he watched it beside Y and fifty leaders"), as a city holds one parade a
    day (across articles: corpus/event_reports.py, ONE_A_DAY_AT_A_PLACE). Two places told apart, two
    days, or a parade of another year ("last year's parade": ``earlier``) stay apart."""
    da, db = a.date, b.date
    return (a.types() == b.types() == {"parade"} and bool(a.participants & b.participants)
            and (da is None or db is None or (da.precision == db.precision == "day"
                                              and (da.first, da.last) == (db.first, db.last))))


def _day_gap(a: ArticleEvent, b: ArticleEvent) -> dt.timedelta:
    one_day = all(m.event_type in ONE_DAY_TYPES for e in (a, b) for m in e.mentions)
    return ONE_DAY_SLACK if one_day else DAY_GAP_OF_FAMILY.get(a.family, ONE_DAY_SLACK)


def _talks_of_another_day(event: ArticleEvent, talks: ArticleEvent) -> bool:
    """Talks told on one day by their own words, beside a gathering whose own report of talks its
    words date to another ("The leaders met in the Kremlin on Thursday ... The summit was moved to
    Moscow ... On Tuesday he and Putin held talks"): talks of that other day, not the gathering's,
    as two days' talks are two meetings. Not where either is dated only by the article's own date,
    nor a gathering told by no report of talks with a day (a summit of several days whose
    sidelines' talks fall on one of them)."""
    if talks.types() - ONE_DAY_TYPES or not (event.types() - ONE_DAY_TYPES):
        return False
    days = _own_days(talks.mentions)
    others = _own_days(m for m in event.mentions if m.event_type in talks.types())
    return len(days) == 1 and bool(others) and not (days & others)


def _own_days(mentions) -> set[dt.date]:
    """The single days that the reports' own words give them (not the article's date)."""
    return {m.date.first for m in mentions if m.date is not None and m.date.precision == "day"
            and m.date.first == m.date.last and m.date.kind != PUBLISHED}


def status_of(event: ArticleEvent) -> str:
    """occurred when any report tells it held, else planned."""
    return "occurred" if any(m.status == "occurred" for m in event.mentions) else "planned"


def _done_before_to_come(done: ArticleEvent, to_come: ArticleEvent) -> bool:
    """One event told as done, on days before its article's (or on its day, when it lasts a day),
    and one told as to come, on days after it: two events, however near their dates (a loose
    "next week" may lie within the month of a stated day; a summit held today may end tomorrow).
    Talks told held today (a meeting, a call: a day's act) end today, whatever the other's kind:
    "they held talks today; on Wednesday he will attend the council's session" tells two events."""
    published, last = done.published, done.date.last
    one_day = _day_gap(done, to_come) == ONE_DAY_SLACK or done.types() <= ONE_DAY_TYPES
    return (published is not None and status_of(done) == "occurred" and status_of(to_come) == "planned"
            and last <= published < to_come.date.first and (last < published or one_day))


def _held_undated_before_a_plan(done: ArticleEvent, to_come: ArticleEvent) -> bool:
    """A report told as held with no day of its own is not of an event the article tells only as to
    come, on days after its own: what is held on the page's day or before it is not tomorrow's
    ("Tomorrow A and B join them for a four-way meeting" over "After their talks at the palace, the
    two presidents watched the signing": the talks of the day, another meeting). Only talks beside
    talks, a day's act each: a summit told held may be under way, and the one told to come its days
    ahead; "the meeting" may be the summit to come ("want the meeting to found a bank")."""
    published, plan = done.published, to_come.date
    return (published is not None and plan is not None and done.date is None and plan.first > published
            and done.types() | to_come.types() <= ONE_DAY_TYPES and all(m.status == "occurred" for m in done.mentions)
            and all(m.status == "planned" for m in to_come.mentions))


def _done_before_referred_to_come(done: ArticleEvent, to_come: ArticleEvent) -> bool:
    """A report told as to come, with no date of its own, that refers back to two people or more
    ("I look forward to our meeting", the writer's and the addressee's), is not of an event the
    article told as done on days wholly before its own and without one of them: what is over cannot be
    looked forward to (in a digest of messages, "the council's meeting held in November" of one
    and "our meeting" at the Games of another). Not a summit under way, told as opened the day
    before and "the summit" to come, which holds the people it names or names none."""
    published = done.published
    return (published is not None and to_come.date is None and done.date is not None
            and status_of(done) == "occurred" and status_of(to_come) == "planned"
            and done.date.last < published and len(to_come.participants) >= 2
            and not to_come.participants <= done.participants)


def lead_tells_the_titles_summit(a: ArticleEvent, b: ArticleEvent) -> bool:
    """Whether one is the article's main summit, told in its title, and the other a summit told only
    in the lead, not earlier, under no other name: the lead tells the title's summit, whoever each
    names ("Trump, Xi and Putin log on as Malaysia hosts APEC summit" / "Leaders met by video on
    Friday for a summit chaired by X"): a summit's people are many, and each line names some."""
    for title, lead in ((a, b), (b, a)):
        if (title.main and title.mentions[0].part == TITLE and title.types() == lead.types() == {"summit"}
                and all(m.part == LEAD and not m.earlier for m in lead.mentions)
                and lead.own_names <= title.own_names):
            return True
    return False


def compatible(a: ArticleEvent, b: ArticleEvent, same_article: bool, refers_back: bool = False) -> bool:
    """Whether two reports may be of one event. Within an article, an occurred and a planned
    report, or two of other kinds ("talks", "the Caspian summit"), are of one event only
    when something ties them: the place, people, the event's name (or, for the tense, both
    being dated), or ``refers_back`` (a report that refers back: "during his visit, he will
    hold talks", "the meeting's topic")."""
    if a.family != b.family or held_apart(a, b):
        return False  # (a meeting of two on a summit's sidelines is not the summit: event_sidelines.py)
    if documents_apart(a.documents, b.documents):
        return False  # (the treaty signed at the talks is not the joint statement issued after them)
    if ceremonies_apart(a.ceremonies, b.ceremonies):
        return False  # (the welcome with a guard of honour is not the state banquet of the evening)
    pa, pb = a.participants, b.participants
    if same_article:
        if a.earlier != b.earlier:
            return False  # "their last meeting" is not this week's meeting
        same_place = bool(a.location_id and a.location_id == b.location_id) or same_summit(a, b)
        named_alike = bool(a.own_names & b.own_names)
        if not refers_back and not ({m.status for m in a.mentions} & {m.status for m in b.mentions}) and not (a.date and b.date) and not (
                same_place or named_alike):
            return False  # "the talks today" are not "a meeting we will soon hold"
        if not refers_back and not (a.types() & b.types()) and not (pa & pb or same_place or named_alike):
            return False  # "preparations for the summit in Ashgabat" are not the day's talks
        if dated_apart_in_one_sentence(a, b):
            return False  # ("the forum's meeting on Friday and the summit on Saturday": each its own day)
        if refers_back and _done_before_referred_to_come(a, b):
            return False  # ("the council's meeting held in November"; "I look forward to our meeting")
    if pa and pb and not (pa & pb) and not same_summit(a, b) and not (same_article and (
            forum_told_again(a, b) or lead_tells_the_titles_summit(a, b) or funeral_told_again(a, b))):
        return False  # ("Y opened the forum", in a story of X's address to it: one forum)
    la, lb = a.location_id, b.location_id
    if la and lb and la != lb and not same_summit(a, b) and not (same_article and (
            one_visit_at_two_grains(a, b) or one_meeting_at_two_grains(a, b))):
        return False  # ("arrived in Beijing on a state visit to China": one visit, visit_grains.py)
    na, nb = a.own_names, b.own_names
    if na and nb and not (na & nb):
        return False  # the Eastern Economic Forum is not the St Petersburg forum
    if len(pa) >= 2 and len(pb) >= 2 and len(pa & pb) / len(pa | pb) < MIN_PEOPLE_SHARED and not same_summit(a, b) and not (
            same_article and (_one_parade_of_the_day(a, b) or funeral_told_again(a, b))):
        return False  # (but "met after the parade" and "watched it with fifty leaders" are one parade)
    da, db = a.date, b.date
    if da and db:
        gap = max(da.first - db.last, db.first - da.last, dt.timedelta(0))
        if gap > MAX_DATE_GAP:
            return False
        inferred_here = same_article and PUBLISHED in (da.kind, db.kind)  # the article's own date yields to its text's
        if da.precision == db.precision == "day" and gap > _day_gap(a, b) and not inferred_here:
            return False  # a call on the 4th is not a call on the 16th
        if same_article and da.kind == db.kind == "explicit" and da.first == da.last != db.first == db.last:
            return False  # ("on June 23 ... the summit; on June 24 ... a session with guests": each its day)
        if (same_article and da.precision == db.precision == "day" and da.first == da.last != db.first == db.last
                and a.types() | b.types() <= ONE_DAY_TYPES and (PUBLISHED not in (da.kind, db.kind)
                                                                 or other_talks(pa, pb))):
            return False  # ("the informal talks on Monday", "the talks on Tuesday": a meeting each day; others' talks)
        if same_article and (_talks_of_another_day(a, b) or _talks_of_another_day(b, a)):
            return False  # ("met on Thursday" for the summit; "on Tuesday he and Putin held talks")
        if (same_article and gap > dt.timedelta(0) and not inferred_here
                and {da.precision, db.precision} == {"day", "month"}):
            # ("The summit ends on Monday." and "the next summit, in Goa in October": the text dates
            # one to a day outside the month it gives the other, another event, whose place is not
            # this one's. Not a week: "said last week" may stand beside a summit's word and date the
            # saying, not the summit.)
            return False
        if same_article and (_done_before_to_come(a, b) or _done_before_to_come(b, a)):
            return False  # ("X visited Colombo on November 22. Next week, I will visit India.")
    if same_article and (_held_undated_before_a_plan(a, b) or _held_undated_before_a_plan(b, a)):
        return False  # ("Tomorrow Z joins them for a four-way meeting"; "after their talks, the two ...")
    if same_article and (_session_of_whole(a, b) or _session_of_whole(b, a)):
        return False  # ("the forum, 5-8 September" and "the forum's plenary session on Wednesday": the session is its own)
    if same_article and (_before_its_opening(a, b) or _before_its_opening(b, a)):
        return False  # ("the summit opened on Saturday"; "on Friday ... after talks in Beijing": another event)
    if same_article:
        return True
    # Across articles, reports must be tied together: by two shared people, by the name of the
    # event, or by the same place (with a shared person, or with no one named on one side);
    # undated, only by the place. One shared person is no tie: a president meets several people
    # a day, and each report names him. A call is between two sides: two reports of one name both.
    shared = pa & pb
    placed = bool(la and lb) and (bool(shared) or not pa or not pb)
    if a.family == "call":
        return len(shared) >= 2
    if da and db:
        return len(shared) >= 2 or bool(na & nb) or placed
    return placed


def _before_its_opening(event: ArticleEvent, other: ArticleEvent) -> bool:
    """``other`` is told on days before the day ``event`` is told to have opened: none of
    ``event`` was held then (event_opening_days.py)."""
    opened = [m.date.first for m in event.mentions if m.opens and m.date is not None]
    return bool(opened) and other.date is not None and other.date.kind != PUBLISHED and other.date.last < min(opened)


def _session_of_whole(session: ArticleEvent, whole: ArticleEvent) -> bool:
    """A report told with a session word ("the plenary session is under way", "the forum's plenary
    session on Wednesday") of one day or none, beside the gathering told over several days: the
    session is an event of its own, part of the gathering (corpus/event_parts.py), not the gathering
    told again. Told by another day of the gathering ("the forum opened on Monday"), the gathering is
    still the whole: its days are stretched after the merge."""
    if not any(m.session for m in session.mentions) or any(m.session for m in whole.mentions):
        return False
    if whole.date is None:
        # ("Xi takes part in the forum for the first time" beside "on Wednesday they speak at its
        # plenum": the gathering told with no day, the session on its day)
        return session.date is not None and session.date.precision == "day" and session.date.first == session.date.last
    if whole.date.precision != "day":
        return False
    if session.date is None:
        return whole.date.last > whole.date.first
    # (the gathering told over its days, or by another day of them: "opened on Monday")
    return session.date.first == session.date.last and (
        whole.date.last > whole.date.first or whole.date.first != session.date.first)
