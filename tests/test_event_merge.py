"""The merge of event reports across articles, on short articles written for the tests:
one event reported many ways merges, its look-alikes do not; events lasting several days;
the larger event an event is part of; readable ids; and the merge's own bookkeeping (the
summary of a cluster, the keys it is found by) against the rules it summarises."""

from __future__ import annotations

import datetime as dt
import random
import re

import pytest

from ruchina.corpus.event_merge import _Cluster, _merge_order, choose_cluster, merge_across_articles, merge_keys
from ruchina.corpus.event_reports import (
    NO_COMMONNESS,
    Commonness,
    Report,
    days_apart_allowed,
    gap,
    tie_score,
)
from ruchina.corpus.event_rows import Event, _disambiguate_ids
from ruchina.corpus.events_table import merged_events
from ruchina.extract.dates import ResolvedDate
from ruchina.extract.event_mentions import ArticleEvent, EventMention
from ruchina.extract.event_sidelines import roles_apart, roles_told_apart
from ruchina.extract.extraction import extract_article

PUTIN, XI = "Q7747", "Q15031"
BEIJING, CHINA, GREAT_HALL, MOSCOW, RUSSIA = "Q956", "Q148", "great-hall-of-the-people", "Q649", "Q159"


def extract(article_id, body, published=None):
    return extract_article(article_id, None, None, body, published)


def merged(*extractions, common=None):
    names = {m.entity_id: m.name for x in extractions for m in x.mentions}
    return merged_events(list(extractions), names, common=common)


def of_kind(events, *kinds):
    return [e for e in events if e.event_type in kinds]


# --- one real event, many reports ------------------------------------------------------

def test_one_meeting_dated_and_placed_at_different_grains_is_one_event():
    # A weekday, an explicit day without a year, a week; a hall, its city, its country.
    hall = extract("a1", "Xi Jinping received Vladimir Putin in the Great Hall of the People on Thursday, and the "
                         "two leaders held talks there.", dt.date(2024, 5, 17))
    city = extract("a2", "Vladimir Putin and Xi Jinping held talks in Beijing on 16 May.", dt.date(2024, 5, 18))
    country = extract("a3", "Putin met Xi Jinping in China this week, officials in Moscow said.", dt.date(2024, 5, 18))
    (meeting,) = of_kind(merged(hall, city, country), "meeting")
    assert meeting.article_ids == ["a1", "a2", "a3"]
    assert meeting.location_id == BEIJING, "a hall is its city: the reports agree on the place"
    assert (meeting.start_date, meeting.date_precision) == (dt.date(2024, 5, 16), "day")


def test_two_meetings_of_the_same_leaders_weeks_apart_are_two_events():
    first = extract("a1", "Vladimir Putin and Xi Jinping held talks in Beijing on 4 February 2022.", dt.date(2022, 2, 4))
    second = extract("a2", "Vladimir Putin and Xi Jinping held talks in Beijing on 20 February 2022.", dt.date(2022, 2, 20))
    meetings = of_kind(merged(first, second), "meeting")
    assert sorted(e.start_date for e in meetings) == [dt.date(2022, 2, 4), dt.date(2022, 2, 20)]


def test_a_meeting_in_another_city_of_the_same_country_is_another_event():
    beijing = extract("a1", "Vladimir Putin and Xi Jinping held talks in Beijing on 16 May 2024.", dt.date(2024, 5, 16))
    tianjin = extract("a2", "Vladimir Putin and Xi Jinping held talks in Tianjin on 16 May 2024.", dt.date(2024, 5, 16))
    assert len(of_kind(merged(beijing, tianjin), "meeting")) == 2


# --- a common name ties nothing --------------------------------------------------------

def corpus_naming(person: str, n: int) -> list:
    """``n`` articles that name ``person`` and report nothing: the corpus around a test."""
    return [extract(f"z{number:02d}", f"{person} sent greetings to the staff of a museum.", dt.date(2022, 1, 1))
            for number in range(n)]


def test_one_person_named_in_nearly_every_article_ties_no_two_reports():
    wildfires = extract("a1", "Vladimir Putin chaired a meeting on wildfires on 10 May 2022.", dt.date(2022, 5, 10))
    board = extract("a2", "Vladimir Putin chaired a meeting of a foundation's board on 11 May 2022.", dt.date(2022, 5, 11))
    around = corpus_naming("Vladimir Putin", 30)
    assert len(of_kind(merged(wildfires, board, *around), "meeting")) == 2


def test_a_person_named_by_few_articles_ties_reports_of_days_close_together():
    # The look-alike: the same reports, of someone the corpus seldom names.
    first = extract("a1", "Governor Ivan Petrovsky chaired a meeting on wildfires on 10 May 2022.", dt.date(2022, 5, 10))
    second = extract("a2", "Governor Ivan Petrovsky chaired a meeting on the fires on 11 May 2022.", dt.date(2022, 5, 11))
    around = corpus_naming("Vladimir Putin", 30)
    (meeting,) = of_kind(merged(first, second, *around), "meeting")
    assert meeting.article_ids == ["a1", "a2"]


def test_the_common_are_those_named_by_more_than_one_article_in_ten():
    around = corpus_naming("Vladimir Putin", 30)
    assert PUTIN in Commonness.of_articles(x.mentions for x in around).ids
    assert not Commonness.of_articles(x.mentions for x in around[:5]).ids, "a small corpus has nothing common"


def test_an_undated_report_at_a_country_joins_no_event_there():
    dated = extract("a1", "Tokayev arrived in Russia on a visit on 3 March 2022.", dt.date(2022, 3, 3))
    undated = extract("a2", "Mirziyoyev's visit to Russia was a success, the spokesman said.")
    visits = of_kind(merged(dated, undated), "visit")
    assert len(visits) == 2


def test_an_undated_report_joins_the_one_event_of_its_people_at_its_place():
    dated = extract("a1", "Tokayev and Mirziyoyev held talks in Tashkent on 16 May 2024.", dt.date(2024, 5, 16))
    undated = extract("a2", "Tokayev and Mirziyoyev held talks in Tashkent.")
    (meeting,) = of_kind(merged(dated, undated), "meeting")
    assert meeting.article_ids == ["a1", "a2"]


def test_an_undated_report_that_fits_two_events_joins_neither():
    may = extract("a1", "Tokayev and Mirziyoyev held talks in Tashkent on 16 May 2024.", dt.date(2024, 5, 16))
    october = extract("a2", "Tokayev and Mirziyoyev held talks in Tashkent on 3 October 2024.", dt.date(2024, 10, 3))
    undated = extract("a3", "Tokayev and Mirziyoyev held talks in Tashkent.")
    meetings = of_kind(merged(may, october, undated), "meeting")
    assert sorted(len(e.article_ids) for e in meetings) == [1, 1, 1]
    # A copy of it (the same wire text in another outlet) is the same report, though.
    copy = extract("a4", "Tokayev and Mirziyoyev held talks in Tashkent.")
    meetings = of_kind(merged(may, october, undated, copy), "meeting")
    assert sorted(e.article_ids for e in meetings) == [["a1"], ["a2"], ["a3", "a4"]]


def test_a_report_of_an_undated_article_joins_the_one_event_of_its_kind_at_its_city():
    # An article with no date at all: only the event it reports can date it.
    forum = extract("a1", "Delegations from forty countries gathered in Tashkent this week for a forum on water.",
                    dt.date(2024, 5, 17))
    undated = extract("a2", "Mirziyoyev spoke at the forum in Tashkent, his office said.")
    (event,) = of_kind(merged(forum, undated), "forum")
    assert event.article_ids == ["a1", "a2"]
    # The look-alike: a second forum in Tashkent; which one it spoke of is not known.
    other = extract("a3", "Delegations from twelve countries gathered in Tashkent on 2 October 2024 for a forum "
                          "on trade.", dt.date(2024, 10, 2))
    assert sorted(e.article_ids for e in of_kind(merged(forum, undated, other), "forum")) == [["a1"], ["a2"], ["a3"]]


def test_a_report_of_an_undated_article_that_fits_two_events_joins_the_one_it_names():
    named = extract("a1", "The Eastern Economic Forum opened in Vladivostok on 4 September 2024.", dt.date(2024, 9, 4))
    other = extract("a2", "A forum on shipping opened in Vladivostok on 20 September 2024.", dt.date(2024, 9, 20))
    undated = extract("a3", "Mirziyoyev spoke at the Eastern Economic Forum in Vladivostok, his office said.")
    assert sorted(e.article_ids for e in of_kind(merged(named, other, undated), "forum")) == [["a1", "a3"], ["a2"]]
    # The look-alike: naming no forum, it could be either.
    unnamed = extract("a4", "Mirziyoyev spoke at the forum in Vladivostok, his office said.")
    assert sorted(e.article_ids for e in of_kind(merged(named, other, unnamed), "forum")) == [["a1"], ["a2"], ["a4"]]


def test_an_announcement_that_fits_two_events_joins_the_one_of_the_person_it_names():
    """"I will meet President Xi in Beijing", said before two meetings there: the one Xi
    attends, not the President's other meeting there (he is named everywhere: common)."""
    common = Commonness(frozenset({PUTIN}), frozenset({"Vladimir Putin"}))
    said = extract("a1", "During the Games, I will meet Xi Jinping in Beijing.", dt.date(2030, 1, 25))
    with_xi = extract("a2", "Vladimir Putin and Xi Jinping held talks in Beijing on 4 February 2030.", dt.date(2030, 2, 4))
    without = extract("a3", "Vladimir Putin held talks in Beijing on 21 February 2030.", dt.date(2030, 2, 21))
    meetings = of_kind(merged(said, with_xi, without, common=common), "meeting")
    assert sorted(e.article_ids for e in meetings) == [["a1", "a2"], ["a3"]]
    # With Xi at both, the plan is of the first of them (a plan speaks of the next meeting).
    again = extract("a4", "Vladimir Putin and Xi Jinping held talks in Beijing on 21 February 2030.", dt.date(2030, 2, 21))
    meetings = of_kind(merged(said, with_xi, again, common=common), "meeting")
    assert sorted(e.article_ids for e in meetings) == [["a1", "a2"], ["a4"]]


def test_a_plan_with_no_time_joins_the_first_meeting_of_its_people_after_it_was_told():
    """"We look forward to our meeting", written in a December message, is of the two
    leaders' next meeting (in February), not of their meeting in June, nor of one before it."""
    plan = extract("a1", "In his message to Xi Jinping, Vladimir Putin said he looked forward to their meeting.",
                   dt.date(2029, 12, 30))
    february = extract("a2", "Vladimir Putin and Xi Jinping held talks in Beijing on 4 February 2030.", dt.date(2030, 2, 4))
    june = extract("a3", "Vladimir Putin and Xi Jinping held talks in Moscow on 20 June 2030.", dt.date(2030, 6, 20))
    meetings = of_kind(merged(plan, june, february), "meeting")
    assert sorted(e.article_ids for e in meetings) == [["a1", "a2"], ["a3"]]
    # The look-alikes: a meeting before the message; a past meeting told with no time.
    before = extract("a4", "Vladimir Putin and Xi Jinping held talks in Beijing on 4 November 2029.", dt.date(2029, 11, 4))
    meetings = of_kind(merged(plan, before, june), "meeting")
    assert sorted(e.article_ids for e in meetings) == [["a1", "a3"], ["a4"]]
    # A meeting known only by its month is no first meeting to take it.
    by_month = extract("a6", "Vladimir Putin and Xi Jinping will hold talks in Moscow in January 2030.", dt.date(2029, 11, 2))
    meetings = of_kind(merged(plan, by_month, february), "meeting")
    assert ["a1", "a2"] in sorted(e.article_ids for e in meetings)
    past = extract("a5", "Vladimir Putin recalled his meeting with Xi Jinping.", dt.date(2029, 12, 30))
    meetings = of_kind(merged(past, february, june), "meeting")
    assert sorted(e.article_ids for e in meetings) == [["a2"], ["a3"], ["a5"]]


def test_an_invitation_of_someone_not_common_joins_his_one_visit_in_its_window_at_a_common_country():
    """"Tokayev will come to Russia early next year", said in December, is his visit to
    Moscow in February, though Russia is named everywhere (common)."""
    common = Commonness(frozenset({PUTIN, RUSSIA, MOSCOW}), frozenset({"Vladimir Putin", "Russia", "Moscow"}))
    invited = extract("a1", "Vladimir Putin invited Kassym-Jomart Tokayev to come on a visit to Russia next year.",
                      dt.date(2029, 12, 20))
    held = extract("a2", "Kassym-Jomart Tokayev arrived in Moscow on a visit on 10 February 2030.", dt.date(2030, 2, 10))
    assert sorted(e.article_ids for e in of_kind(merged(invited, held, common=common), "visit")) == [["a1", "a2"]]
    # The look-alikes: two visits of his in the window (which one?); another man's visit.
    again = extract("a3", "Kassym-Jomart Tokayev arrived in Moscow on a visit on 3 October 2030.", dt.date(2030, 10, 3))
    assert sorted(e.article_ids for e in of_kind(merged(invited, held, again, common=common), "visit")) == [
        ["a1"], ["a2"], ["a3"]]
    other = extract("a4", "Shavkat Mirziyoyev arrived in Moscow on a visit on 10 February 2030.", dt.date(2030, 2, 10))
    assert sorted(e.article_ids for e in of_kind(merged(invited, other, common=common), "visit")) == [["a1"], ["a4"]]


def test_an_announcement_naming_no_one_joins_the_one_visit_to_its_country_in_the_year_after():
    announced = extract("a1", "He will travel to China, the spokesman said.", dt.date(2021, 12, 15))
    february = extract("a2", "Vladimir Putin arrived in China on 4 February 2022 for a visit.", dt.date(2022, 2, 4))
    (visit,) = of_kind(merged(announced, february), "visit")
    assert visit.article_ids == ["a1", "a2"] and visit.start_date == dt.date(2022, 2, 4)
    # Two visits that year: it is of the first (a plan speaks of the next visit); a visit
    # before the announcement is none of it.
    september = extract("a3", "Vladimir Putin arrived in China on 20 September 2022 for a visit.", dt.date(2022, 9, 20))
    assert sorted(e.article_ids for e in of_kind(merged(announced, february, september), "visit")) == [
        ["a1", "a2"], ["a3"]]
    earlier = extract("a4", "Vladimir Putin arrived in China on 4 October 2021 for a visit.", dt.date(2021, 10, 4))
    assert sorted(e.article_ids for e in of_kind(merged(announced, earlier), "visit")) == [["a1"], ["a4"]]
    # A year a phrase gives is no announcement's window: too long to say which visit.
    this_year = extract("a5", "He will travel to China this year, the spokesman said.", dt.date(2022, 1, 10))
    assert sorted(e.article_ids for e in of_kind(merged(this_year, february), "visit")) == [["a2"], ["a5"]]


# --- events lasting several days, and their parts ---------------------------------------

def test_reports_of_the_first_and_second_day_of_a_summit_are_one_event_of_two_days():
    first_day = extract("a1", "Putin and Xi Jinping attended the summit in Astana on 3 July 2024.", dt.date(2024, 7, 3))
    second_day = extract("a2", "Putin and Xi Jinping took part in the second day of the summit in Astana on 4 July 2024.",
                         dt.date(2024, 7, 4))
    (summit,) = of_kind(merged(first_day, second_day), "summit")
    assert summit.article_ids == ["a1", "a2"]
    assert (summit.start_date, summit.end_date, summit.date_precision) == (dt.date(2024, 7, 3), dt.date(2024, 7, 4), "day")


def test_summits_a_week_apart_are_two_events():
    one = extract("a1", "Putin and Xi Jinping attended the summit in Astana on 3 July 2024.", dt.date(2024, 7, 3))
    other = extract("a2", "Putin and Xi Jinping attended the summit in Astana on 10 July 2024.", dt.date(2024, 7, 10))
    assert len(of_kind(merged(one, other), "summit")) == 2


def test_talks_on_a_day_of_a_state_visit_are_part_of_it():
    visit = extract("a1", "Vladimir Putin arrived in Beijing on 16 May 2024 at the start of a two-day state visit. "
                          "Putin and Xi Jinping held talks in Beijing on 16 May 2024.", dt.date(2024, 5, 16))
    events = merged(visit)
    (state_visit,) = of_kind(events, "state_visit")
    (talks,) = of_kind(events, "meeting")
    assert talks.part_of == state_visit.event_id and state_visit.part_of is None


def test_talks_after_a_visit_or_of_other_people_are_not_part_of_it():
    visit = extract("a1", "Vladimir Putin arrived in Beijing on 16 May 2024 at the start of a state visit. Putin and "
                          "Xi Jinping will hold talks in Beijing on 20 May 2024. Modi met Jaishankar in Delhi on "
                          "16 May 2024.", dt.date(2024, 5, 16))
    events = merged(visit)
    assert all(e.part_of is None for e in events)


def test_a_visit_known_only_to_the_year_holds_no_talks():
    plan = extract("a1", "Putin will visit Kazakhstan this year. Putin and Tokayev held talks in Astana on "
                         "3 March 2024.", dt.date(2024, 3, 3))
    (talks,) = of_kind(merged(plan), "meeting")
    assert talks.part_of is None
    # The look-alike: a visit of that day, in the country that holds Astana.
    arrival = extract("a1", "Putin arrived in Kazakhstan on 3 March 2024 for a visit. Putin and Tokayev held talks "
                            "in Astana on 3 March 2024.", dt.date(2024, 3, 3))
    events = merged(arrival)
    (visit,) = of_kind(events, "visit")
    (talks,) = of_kind(events, "meeting")
    assert talks.part_of == visit.event_id



def test_a_parade_a_visiting_leader_watches_is_no_part_of_his_visit():
    # (a national parade invites many leaders, each on a visit of their own around it)
    visit = extract("a1", "Xi Jinping arrived in Moscow on 7 May 2025 for a four-day state visit. Putin and Xi Jinping "
                          "held talks in Moscow on 8 May 2025. On 9 May 2025 Xi Jinping and Alexander Lukashenko "
                          "watched the Victory Day parade in Moscow.", dt.date(2025, 5, 9))
    events = merged(visit)
    (state_visit,) = of_kind(events, "state_visit")
    (parade,) = of_kind(events, "parade")
    (talks,) = of_kind(events, "meeting")
    assert parade.part_of is None and state_visit.part_of is None
    # The look-alike: the talks inside the same days of the visit are part of it.
    assert talks.part_of == state_visit.event_id

# --- ids ------------------------------------------------------------------------------------

def test_ids_told_apart_by_surnames_then_a_counter_never_by_a_sentence():
    def event(people, evidence):
        return Event("2024-05-16-meeting-somewhere", "meeting", "", None, None, "unknown", None, people, "occurred",
                     ["a1"], evidence, base_id="2024-05-16-meeting-somewhere")

    events = [event([PUTIN, XI], "One long sentence about the talks."), event(["ana-lopes"], "Another sentence."),
              event([], "A third sentence, about no one."), event([], "A fourth sentence.")]
    _disambiguate_ids(events)
    assert sorted(e.event_id for e in events) == [
        "2024-05-16-meeting-somewhere", "2024-05-16-meeting-somewhere-2", "2024-05-16-meeting-somewhere-lopes",
        "2024-05-16-meeting-somewhere-putin-xi"]


def test_an_event_no_report_places_is_named_by_its_people():
    call = extract("a1", "Vladimir Putin and Xi Jinping held talks by video link on 15 December 2021.",
                   dt.date(2021, 12, 15))
    (event,) = merged(call)
    assert event.event_id == "2021-12-15-call-putin-xi"  # talks by video link are a call
    assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", event.event_id) and len(event.event_id) < 40


# --- the merge's bookkeeping --------------------------------------------------------------

PEOPLE = ("putin", "xi", "modi", "lula")
PLACES = (None, BEIJING, CHINA, GREAT_HALL, MOSCOW, "tianjin")


def random_report(rng, articles=("a1", "a2", "a3")):
    """An event report drawn from a few people, places (some holding others), days, date
    kinds and articles, so that reports collide."""
    article_id = rng.choice(articles)
    first = dt.date(2024, 5, 1) + dt.timedelta(days=rng.choice([0, 0, 2, 20, 40]))
    date = rng.choice([
        None, None,
        ResolvedDate(first, first, "day", "", 0, 0, "explicit"),
        ResolvedDate(first, first + dt.timedelta(days=1), "day", "", 0, 0, "explicit"),
        ResolvedDate(first, first, "day", "", 0, 0, "weekday"),
        ResolvedDate(first, first + dt.timedelta(days=6), "week", "", 0, 0, "relative"),
        ResolvedDate(first.replace(day=1), first.replace(day=28), "month", "", 0, 0, "explicit"),
        ResolvedDate(dt.date(2024, 1, 1), dt.date(2024, 12, 31), "year", "", 0, 0, "year"),
    ])
    people = tuple(sorted(rng.sample(PEOPLE, rng.choice([0, 1, 2, 2, 2, 3]))))
    names = rng.choice([(), (), ("Eastern Economic Forum",), ("Economic Forum",)])  # known, and a piece of a name
    mention = EventMention(article_id, rng.choice(["meeting", "meeting", "meeting", "summit", "visit", "forum"]), people,
                           rng.choice(PLACES),
                           date, rng.choice(["occurred", "planned"]), rng.random() < 0.1, "", 0, 0, event_names=names)
    return ArticleEvent(article_id, rng.choice([None, dt.date(2024, 5, 25)]), [mention], set(names))


COMMON = Commonness(frozenset({"putin", MOSCOW}), frozenset())


def contradicts(member: Report, report: Report, common: Commonness = NO_COMMONNESS) -> bool:
    """The rules the cluster summarises, for one member."""
    if member.family != report.family:
        return True
    if roles_apart(member.sideline, report.sideline):
        return True  # (talks of two on a summit's sidelines, and the summit)
    if member.place and report.place and member.place not in report.chain and report.place not in member.chain:
        return True
    if member.timing and report.timing and gap(member, report) > days_apart_allowed(
            member.timing, report.timing, member.one_day and report.one_day):
        return True
    if member.people and report.people:
        shared, groups = member.people & report.people, (len(member.people) >= 2) + (len(report.people) >= 2)
        disagree = (groups == 2 and len(shared) / len(member.people | report.people) < 0.5) or (groups == 1 and not shared)
        # (a forum, or a placed summit of a body, both name alike: each names the guests it is about)
        of_many = report.family == "forum" or (report.sideline is not None and report.sideline[0] == "summit"
                                               and report.place is not None and bool(shared))
        many_guests = of_many and not (member.one_day or report.one_day) and bool(
            (member.names & report.names) - common.names)
        if disagree and not many_guests:
            return True
    return member.article_id == report.article_id and (
        member.event.earlier != report.event.earlier or bool(member.people and report.people and
                                                             member.people.isdisjoint(report.people))
        or roles_told_apart(member.sideline, report.sideline))  # (talks of two and a summit one article told apart)


def score_by_every_member(members, report, common):
    if any(contradicts(member, report, common) for member in members):
        return 0.0
    return max((tie_score(m, report, common) for m in members if m.article_id != report.article_id), default=0.0)


@pytest.mark.parametrize("common", [NO_COMMONNESS, COMMON])
def test_a_cluster_scores_a_report_as_comparing_it_with_every_member_does(common):
    rng = random.Random(5)
    answers = []
    for _ in range(4000):
        members = [Report(random_report(rng), common)]
        while len(members) < rng.choice([1, 2, 3, 5]):
            candidate = Report(random_report(rng), common)
            if score_by_every_member(members, candidate, common):
                members.append(candidate)
        cluster = _Cluster()
        for member in members:
            cluster.add(member)
        report = Report(random_report(rng), common)
        expected = score_by_every_member(members, report, common)
        assert cluster.score(report, common) == expected, ([m.event for m in members], report.event)
        answers.append(bool(expected))
    assert 0.03 < sum(answers) / len(answers) < 0.9, "reports must collide"


@pytest.mark.parametrize("common, pair_limit", [(NO_COMMONNESS, 8), (COMMON, 8), (COMMON, 2)])
def test_the_merge_finds_every_cluster_a_report_could_join(common, pair_limit, monkeypatch):
    """The merge compares a report only with the clusters its keys find; it must group the
    reports as comparing each with every cluster does. And two reports tied directly are
    related by merge_keys (the corpus index), which know nothing of the corpus. (With
    pair_limit 2, a report of three people is a long list, filed by its people one by one.)"""
    from ruchina.corpus import event_reports

    monkeypatch.setattr(event_reports, "PAIR_LIMIT", pair_limit)
    rng = random.Random(11)
    joins = 0
    for _ in range(300):
        reports = [random_report(rng, articles=[f"a{n}" for n in range(8)]) for _ in range(30)]
        events = merge_across_articles(reports, {}, common=common)
        grouped = sorted(sorted(id(member) for member in event.article_events) for event in events)
        clusters: list[_Cluster] = []
        for report in sorted((Report(r, common) for r in reports), key=_merge_order):
            chosen = choose_cluster(report, clusters, common)
            if chosen is None:
                clusters.append(_Cluster())
                chosen = len(clusters) - 1
            else:
                joins += 1
                filed, sought = merge_keys(report.event)
                assert any(tie_score(member, report, common) and (
                    sought & merge_keys(member.event)[0] or filed & merge_keys(member.event)[1])
                           for member in clusters[chosen].members)
            clusters[chosen].add(report)
        assert grouped == sorted(sorted(id(m.event) for m in cluster.members) for cluster in clusters), reports
    assert joins > 500, "the reports must collide"


# --- an announcement and the report of the day -------------------------------------------

def test_talks_announced_for_a_visit_and_their_report_are_one_event_and_a_year_on_another():
    announced = extract("a1", "On 4 July, Vladimir Putin will visit China at the invitation of President of the "
                              "People's Republic of China Xi Jinping. During his visit, the President of Russia will "
                              "hold talks on trade.", dt.date(2024, 7, 1))
    held = extract("a2", "Vladimir Putin held talks in Beijing with President of the People's Republic of China "
                         "Xi Jinping.", dt.date(2024, 7, 4))
    next_month = extract("a3", "Xi Jinping and Vladimir Putin will meet in Beijing in July.", dt.date(2024, 6, 10))
    a_year_on = extract("a4", "Vladimir Putin held talks in Beijing with President of the People's Republic of China "
                              "Xi Jinping.", dt.date(2025, 7, 4))
    events = merged(announced, held, next_month, a_year_on)
    (talks,) = [e for e in of_kind(events, "meeting") if "a2" in e.article_ids]
    assert talks.article_ids == ["a1", "a2", "a3"]
    assert (talks.start_date, talks.end_date, talks.date_precision) == (dt.date(2024, 7, 4), dt.date(2024, 7, 4), "day"), \
        "the day lies within the month: the finest date, however many give the month"
    assert talks.location_id == BEIJING, "the city over the country the announcement gives"
    (visit,) = of_kind(events, "visit")
    assert talks.part_of == visit.event_id
    (later,) = [e for e in of_kind(events, "meeting") if "a4" in e.article_ids]
    assert later.article_ids == ["a4"], "the same leaders in the same city a year on"


def test_a_summit_the_knowledge_base_names_ties_its_announcement_to_its_report_but_not_another_summit():
    common = Commonness(frozenset({PUTIN}), frozenset({"Vladimir Putin"}))  # (named in every article)
    announced = extract("b1", "On June 23, Vladimir Putin will take part in the BRICS Summit, to be held via "
                              "videoconference.", dt.date(2024, 6, 21))
    held = extract("b2", "Vladimir Putin took part in the BRICS summit, held via videoconference.", dt.date(2024, 6, 23))
    other = extract("b3", "Vladimir Putin took part in a summit of the Commonwealth, held via videoconference.",
                    dt.date(2024, 6, 23))
    summits = of_kind(merged(announced, held, other, common=common), "summit")
    assert sorted(e.article_ids for e in summits) == [["b1", "b2"], ["b3"]]


def test_a_visit_to_a_country_whose_parts_are_all_in_one_city_is_placed_there():
    one_city = extract("a1", "Vladimir Putin arrived in China on a state visit at the invitation of Xi Jinping. On July 4, "
                             "Vladimir Putin held talks in Beijing with Xi Jinping.", dt.date(2024, 7, 4))
    (visit,) = of_kind(merged(one_city), "state_visit")
    assert visit.location_id == BEIJING and visit.event_id.endswith("-china"), "its id keeps the place it was named by"
    two_cities = extract("a2", "Vladimir Putin will pay a state visit to China from July 4 to July 6 at the invitation "
                               "of Xi Jinping. On July 4, Vladimir Putin will hold talks in Beijing with Xi Jinping. On "
                               "July 5, Vladimir Putin and Xi Jinping will hold a meeting in Shanghai with students.",
                         dt.date(2024, 7, 1))
    events = merged(two_cities)
    (visit,) = of_kind(events, "state_visit")
    assert sorted(e.location_id for e in events if e.part_of == visit.event_id) == [BEIJING, "shanghai"]
    assert visit.location_id == CHINA, "parts in two cities: the country"


def test_an_event_announced_for_one_day_and_held_on_the_next_is_dated_by_its_report():
    announced = extract("a1", "Vladimir Putin and Xi Jinping will meet in Beijing on Wednesday.", dt.date(2024, 7, 1))
    held = extract("a2", "Vladimir Putin and Xi Jinping met in Beijing on Thursday.", dt.date(2024, 7, 5))
    (meeting,) = merged(announced, held)
    assert meeting.article_ids == ["a1", "a2"]
    assert (meeting.start_date, meeting.status) == (dt.date(2024, 7, 4), "occurred"), "plans move"
    (announced_only,) = merged(announced)
    assert announced_only.start_date == dt.date(2024, 7, 3), "with no report of it held, the announcement's"
