"""A visit's parts on news pages, on short articles written for the tests: a day's trip to
another city inside a longer visit is part of it; a visit told by its arrival with no day, in
the story of the visitor's talks there, is the visit those talks are held in; a Russian trip
told by its setting off ("отправится в"); a Russian "first trip since ..." counts trips and
reports none. Each beside a look-alike that must stay apart."""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.event_parts import link_parts
from ruchina.corpus.event_rows import Event
from ruchina.corpus.events_table import merged_events
from ruchina.extract.dates import ResolvedDate
from ruchina.extract.event_mentions import ArticleEvent, EventMention
from ruchina.extract.extraction import extract_article
from ruchina.extract.linking import link_entities

LULA, XI, MODI, PUTIN = "luiz-inacio-lula-da-silva", "Q15031", "Q1058", "Q7747"


def extract(article_id, body, published, language="en"):
    return extract_article(article_id, None, None, body, published, language)


def merged(*extractions):
    names = {m.entity_id: m.name for x in extractions for m in x.mentions}
    return merged_events(list(extractions), names)


def of_kind(events, *kinds):
    return [e for e in events if e.event_type in kinds]


# --- a day's trip inside a longer visit ------------------------------------------------------

def test_a_day_in_another_city_of_the_country_is_part_of_the_longer_visit():
    tour = extract("a1", "Luiz Inacio Lula da Silva arrived in Beijing on 13 April 2023 for a three-day state visit "
                         "to China. On 15 April 2023 Lula visited Shanghai, where he toured a development bank.",
                   dt.date(2023, 4, 15))
    events = merged(tour)
    (state_visit,) = of_kind(events, "state_visit")
    (shanghai,) = [e for e in of_kind(events, "visit") if e.location_id == "shanghai"]
    assert (state_visit.start_date, state_visit.end_date) == (dt.date(2023, 4, 13), dt.date(2023, 4, 15))
    assert shanghai.part_of == state_visit.event_id and state_visit.part_of is None


def test_a_next_stop_in_another_country_or_a_visit_known_to_the_month_holds_no_day_trip():
    # (the tour's next country is another visit, though its day lies inside the first one's)
    next_stop = extract("a1", "Luiz Inacio Lula da Silva arrived in Beijing on 13 April 2023 for a three-day state visit "
                              "to China. On 15 April 2023 Lula visited Austria for talks.", dt.date(2023, 4, 15))
    austria = [e for e in of_kind(merged(next_stop), "visit") if e.location_id != "Q956"]
    assert austria and all(e.part_of is None for e in austria)
    # (a visit told only by its month says nothing of the days it holds)
    in_april = extract("a2", "Lula will pay a state visit to China in April 2023. On 14 April 2023 Lula will visit "
                             "Shanghai.", dt.date(2023, 3, 1))
    (shanghai,) = [e for e in of_kind(merged(in_april), "visit") if e.location_id == "shanghai"]
    assert shanghai.part_of is None


# --- a visit told by its arrival, with no day ----------------------------------------------

def test_an_undated_arrival_in_the_story_of_the_day_s_talks_is_the_visit_holding_them():
    story = extract("a1", "On Tuesday Narendra Modi and Vladimir Putin held talks in Moscow. Modi arrived in Russia "
                          "for an official visit at the invitation of the Kremlin.", dt.date(2024, 7, 9))
    events = merged(story)
    (visit,) = of_kind(events, "visit")
    (talks,) = of_kind(events, "meeting")
    assert (visit.start_date, sorted(visit.participant_ids)) == (dt.date(2024, 7, 9), sorted([MODI, PUTIN]))
    assert talks.part_of == visit.event_id


def test_an_undated_arrival_elsewhere_or_a_trip_to_come_is_no_visit_of_the_talks():
    elsewhere = extract("a1", "On Tuesday Narendra Modi and Vladimir Putin held talks in Moscow. Modi arrived in Austria "
                              "for an official visit at the invitation of its chancellor.", dt.date(2024, 7, 9))
    assert not [e for e in of_kind(merged(elsewhere), "visit") if e.start_date == dt.date(2024, 7, 9)]
    to_come = extract("a2", "On Tuesday Narendra Modi and Vladimir Putin held talks in Moscow. Modi will visit Russia "
                            "again for the next summit.", dt.date(2024, 7, 9))
    assert not [e for e in of_kind(merged(to_come), "visit") if e.start_date == dt.date(2024, 7, 9)]


def test_in_russian_an_arrival_told_beside_a_first_trip_since_is_the_visit_of_the_talks():
    # ("the first trip since the election of 4 June" counts trips: 4 June dates no visit)
    story = extract("r1", "Во вторник Нарендра Моди и Владимир Путин провели переговоры в Москве. Моди прибыл в Россию "
                          "с официальным визитом. Это его первая зарубежная поездка после выборов 4 июня.",
                    dt.date(2024, 7, 9), "ru")
    events = merged(story)
    (visit,) = of_kind(events, "visit")
    assert (visit.start_date, sorted(visit.participant_ids)) == (dt.date(2024, 7, 9), sorted([MODI, PUTIN]))
    assert not [e for e in events if e.start_date == dt.date(2024, 6, 4)]
    # The look-alike: a trip of that day that is no "first ... since" is reported.
    dated = extract("r2", "Моди совершил поездку в Вену 4 июня.", dt.date(2024, 7, 9), "ru")
    assert [e for e in merged(dated) if e.start_date == dt.date(2024, 6, 4)]


# --- a Russian trip told by its setting off --------------------------------------------------

def test_in_russian_a_trip_told_by_setting_off_is_a_visit_and_a_resignation_is_none():
    trip = extract("r1", "В пятницу, 12 июля, Лула да Силва отправится в Шанхай.", dt.date(2024, 7, 10), "ru")
    (visit,) = of_kind(merged(trip), "visit")
    assert (visit.start_date, visit.status, visit.participant_ids) == (dt.date(2024, 7, 12), "planned", [LULA])
    resigned = extract("r2", "В пятницу, 12 июля, министр отправился в отставку.", dt.date(2024, 7, 14), "ru")
    assert not of_kind(merged(resigned), "visit")


# --- the n-th day of a visit named by its visitor's possessive --------------------------------

def test_the_second_day_of_a_visitor_s_visit_begins_the_visit_the_day_before():
    story = extract("a1", "Luiz Inacio Lula da Silva held talks with Xi Jinping in Beijing on Friday, the second day of "
                          "the Brazilian leader's visit to China.", dt.date(2023, 4, 14))
    (visit,) = of_kind(merged(story), "visit")
    assert (visit.start_date, visit.end_date) == (dt.date(2023, 4, 13), dt.date(2023, 4, 14))
    # The look-alike: a second visit is no second day; the visit is of its day alone.
    again = extract("a2", "Luiz Inacio Lula da Silva held talks with Xi Jinping in Beijing on Friday, during Lula's "
                          "second visit to China.", dt.date(2023, 4, 14))
    (visit,) = of_kind(merged(again), "visit")
    assert (visit.start_date, visit.end_date) == (dt.date(2023, 4, 14), dt.date(2023, 4, 14))


# --- talks of a guest who came for a summit -----------------------------------------------------

def row(event_id, kind, first, last, place, people):
    """An events row as the merge makes it, reported by one article."""
    date = ResolvedDate(first, last, "day", "", 0, 0, "explicit")
    report = EventMention("a1", kind, tuple(people), place, date, "occurred", False, "", 0, 0)
    return Event(event_id, kind, event_id, first, last, "day", place, list(people), "occurred", ["a1"], "",
                 [ArticleEvent("a1", last, [report])])


def test_talks_of_a_guest_who_came_for_the_summit_are_part_of_the_summit_not_of_his_trip():
    summit = row("summit", "summit", dt.date(2022, 9, 15), dt.date(2022, 9, 16), "samarkand", [MODI, PUTIN, XI])
    trip = row("trip", "visit", dt.date(2022, 9, 15), dt.date(2022, 9, 16), "samarkand", [MODI])
    talks = row("talks", "meeting", dt.date(2022, 9, 16), dt.date(2022, 9, 16), "samarkand", [MODI, PUTIN])
    link_parts([summit, trip, talks])
    # (the talks on its days are the summit's; the guest's trip to it is its own event, no part of
    # it, as no gold of the benchmarks has a visit inside a summit: event_parts._guests_trip)
    assert trip.part_of is None and talks.part_of == "summit", "the talks on its days are the summit's"
    # The look-alike: the guest's trip to another city of the country, with talks there on
    # the summit's days, holds its talks; the summit holds neither.
    tashkent = row("tashkent", "visit", dt.date(2022, 9, 16), dt.date(2022, 9, 16), "tashkent", [MODI])
    there = row("there", "meeting", dt.date(2022, 9, 16), dt.date(2022, 9, 16), "tashkent", [MODI, "mirziyoyev"])
    link_parts([summit, tashkent, there])
    assert there.part_of == "tashkent" and tashkent.part_of is None


def test_talks_on_a_state_visit_with_no_summit_stay_part_of_the_visit():
    visit = row("visit", "state_visit", dt.date(2023, 8, 24), dt.date(2023, 8, 25), "pretoria", [MODI])
    talks = row("talks", "meeting", dt.date(2023, 8, 24), dt.date(2023, 8, 24), "pretoria", [MODI, "ramaphosa"])
    link_parts([visit, talks])
    assert talks.part_of == "visit"


# --- a signing told in the sentence of talks that are not the main event ---------------------------

def test_a_signing_told_with_talks_of_a_day_is_held_at_those_talks():
    lead = "Luiz Inacio Lula da Silva watched a naval parade in Shanghai on Saturday. He held talks with Xi Jinping in "
    signed = extract_article("a1", "Lula watches naval parade in Shanghai", None,
                             lead + "Beijing on Friday, where the two signed a joint statement on climate.",
                             dt.date(2023, 4, 15))
    (signing,) = of_kind(merged(signed), "agreement")
    assert (signing.start_date, signing.location_id, sorted(signing.participant_ids)) == (
        dt.date(2023, 4, 14), "Q956", sorted([LULA, XI]))
    # The look-alike: a treaty the text dates to another year is no signing of that day.
    recalled = extract_article("a1", "Lula watches naval parade in Shanghai", None,
                               lead + "Beijing on Friday, where the two praised the treaty signed in 2009.",
                               dt.date(2023, 4, 15))
    assert not [e for e in of_kind(merged(recalled), "agreement") if e.start_date == dt.date(2023, 4, 14)]


# --- a signing of two leaders named short in a headline ---------------------------------------------

def test_a_headline_pact_of_two_leaders_one_named_by_a_short_form_is_their_signing():
    x = extract_article("a1", "Putin and Kim sign security pact in Vladivostok", None,
                        "The document was signed on Friday during Kim's visit to the Russian Far East, the first by "
                        "a North Korean leader in years.", dt.date(2023, 9, 15))
    (signing,) = of_kind(merged(x), "agreement")
    assert sorted(signing.participant_ids) == sorted([PUTIN, "kim-jong-un"])
    assert (signing.start_date, signing.location_id) == (dt.date(2023, 9, 15), "vladivostok")
    # The look-alike: a pact that is only talked about is no signing.
    talked = extract_article("a2", "Critics question pact as Kim visits Vladivostok", None,
                             "Analysts in Seoul said the North Korean leader wanted weapons deals.", dt.date(2023, 9, 15))
    assert not of_kind(merged(talked), "agreement")


def test_a_short_form_that_begins_a_longer_name_is_not_the_person():
    text = "In North Korea, the delegation toured Kim Chaek University of Technology. Kim later hosted a dinner."
    mentions = link_entities(text)
    kims = [m for m in mentions if m.entity_id == "kim-jong-un"]
    assert [m.surface for m in kims] == ["Kim"] and kims[0].start == text.index("Kim later")
    assert any(m.surface.startswith("Kim Chaek University") for m in mentions), "the longer name is discovered"


def test_two_arrivals_of_the_same_visitor_months_apart_are_two_visits():
    july = extract("a1", "On Tuesday Narendra Modi and Vladimir Putin held talks in Moscow. Modi arrived in Russia "
                         "for an official visit.", dt.date(2024, 7, 9))
    october = extract("a2", "On Tuesday Narendra Modi and Vladimir Putin held talks in Kazan. Modi arrived in Russia "
                            "for an official visit.", dt.date(2024, 10, 22))
    visits = of_kind(merged(july, october), "visit")
    assert sorted((v.start_date, v.article_ids) for v in visits) == [
        (dt.date(2024, 7, 9), ["a1"]), (dt.date(2024, 10, 22), ["a2"])]


def test_a_stay_told_by_its_first_and_last_days_is_a_visit_of_those_days():
    """ "President X is in Italy from March 21 to March 24": a visit told with no word of visiting,
    its days the run after the place (knowledge/events_en.yaml `visit`)."""
    body = ("Xi Jinping held talks with Sergio Mattarella in Rome today.\n\n"
            "Xi Jinping is in Italy from March 21 to March 24, 2019.")
    events = extract_article("a", None, None, body, dt.date(2019, 3, 22), "en").events
    visits = [e for e in events if e.family == "visit"]
    assert visits and (visits[0].date.first, visits[0].date.last) == (dt.date(2019, 3, 21), dt.date(2019, 3, 24))


def test_a_thing_shown_in_a_place_over_days_is_no_visit():
    body = ("Xi Jinping held talks with Sergio Mattarella in Rome today.\n\n"
            "The exhibition is in Milan from March 21 to April 24.")
    events = extract_article("a", None, None, body, dt.date(2019, 3, 22), "en").events
    assert not [e for e in events if e.family == "visit"]
