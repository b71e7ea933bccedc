"""Events: found per article, merged across articles. First on the seeds, then on short
articles written for the tests, with names and places the seeds do not contain."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import PROJECT

from ruchina.corpus.event_merge import merge_across_articles
from ruchina.extract.extraction import extract_article
from ruchina.pipeline.build import build_tables
from ruchina.store.repository import RepositoryFiles

A000, A001, A002, A003, A004 = (
    "000_73309e156c90b8c6", "001_34d5bd79dd6ecba0", "002_78cbc9635da60a2b", "003_0ffdf3b1fd0ff278", "004_ed8ed3a4a9ec07fd",
)
PUTIN, XI = "Q7747", "Q15031"


@pytest.fixture(scope="module")
def seed_tables():
    tables = build_tables(RepositoryFiles.find(PROJECT), use_cache=False).tables
    return {name: table.to_pylist() for name, table in tables.items()}


def events_with(seed_tables, *, location, event_types):
    return [e for e in seed_tables["events"] if e["location_id"] == location and e["event_type"] in event_types]


def test_the_beijing_meeting_of_october_2023_is_one_event(seed_tables):
    in_beijing = events_with(seed_tables, location="Q956", event_types={"meeting", "summit"})
    (event,) = [e for e in in_beijing if e["start_date"] and e["start_date"].year == 2023]
    assert {PUTIN, XI} <= set(event["participant_ids"])
    assert event["article_ids"] == [A000, A001, A002]
    assert event["start_date"] <= dt.date(2023, 10, 18) <= event["end_date"]


def test_the_astana_sco_summit_is_one_event(seed_tables):
    (event,) = events_with(seed_tables, location="Q1520", event_types={"meeting", "summit"})
    assert event["event_type"] == "summit"
    assert {PUTIN, XI} <= set(event["participant_ids"])
    assert "Q1058" not in event["participant_ids"], "Modi is skipping the summit"
    assert event["article_ids"] == [A003]


def test_the_moscow_meeting_of_may_2025_is_one_event(seed_tables):
    (event,) = [e for e in events_with(seed_tables, location="Q649", event_types={"meeting", "summit"})
                if A004 in e["article_ids"]]
    assert set(event["participant_ids"]) == {PUTIN, XI}
    assert (event["start_date"], event["date_precision"]) == (dt.date(2025, 5, 8), "day")
    assert event["article_ids"] == [A004]


def test_the_victory_day_parade_is_an_event_of_its_own(seed_tables):
    (parade,) = [e for e in seed_tables["events"] if e["event_type"] == "parade"]
    # Red Square places it in Moscow (the knowledge base's located_in): reports naming the
    # square and reports naming the city agree on the place.
    assert parade["location_id"] == "Q649" and parade["status"] == "planned"
    assert XI in parade["participant_ids"]


def test_modis_planned_moscow_meeting_is_not_the_putin_xi_meeting(seed_tables):
    (modi,) = [e for e in seed_tables["events"] if "Q1058" in e["participant_ids"]]
    assert modi["location_id"] == "Q649" and modi["status"] == "planned" and XI not in modi["participant_ids"]


def test_every_event_reference_resolves(seed_tables):
    entity_ids = {e["entity_id"] for e in seed_tables["entities"]}
    article_ids = {a["article_id"] for a in seed_tables["articles"]}
    for event in seed_tables["events"]:
        assert set(event["participant_ids"]) <= entity_ids
        assert event["location_id"] is None or event["location_id"] in entity_ids
        assert set(event["article_ids"]) <= article_ids


def test_the_seed_entities(seed_tables):
    by_name = {e["name"]: e for e in seed_tables["entities"]}
    people = ["Vladimir Putin", "Xi Jinping", "Joe Biden", "Donald Trump", "Narendra Modi", "António Guterres",
              "Subrahmanyam Jaishankar", "KJ Noh"]
    orgs = ["Shanghai Cooperation Organization", "NATO", "Hamas", "Xinhua", "United Nations"]
    places = ["Russia", "China", "United States", "Kazakhstan", "India", "Israel", "Ukraine", "Beijing", "Moscow", "Astana"]
    assert all(by_name[p]["entity_type"] == "PERSON" for p in people)
    assert all(by_name[o]["entity_type"] == "ORG" for o in orgs)
    assert all(by_name[g]["entity_type"] == "GPE" for g in places)
    assert "Belt and Road Initiative" in by_name and by_name["Red Square"]["entity_type"] == "FAC"
    assert by_name["KJ Noh"]["linked"] is False and by_name["Vladimir Putin"]["wikidata_id"] == "Q7747"
    for false_positive in ("CLICK HERE", "Wednesday", "Thursday", "Tuesday", "Despite", "Overall", "Author", "Noh"):
        assert false_positive not in by_name


# --- articles written for the tests ---------------------------------------------------------

def extract(article_id, body, published=None, title=None):
    return extract_article(article_id, title, None, body, published)


def merged(*extractions):
    names = {m.entity_id: m.name for x in extractions for m in x.mentions}
    return merge_across_articles([e for x in extractions for e in x.events], names)


TOKAYEV, MIRZIYOYEV = "kassym-jomart-tokayev", "shavkat-mirziyoyev"


def test_reports_of_one_meeting_in_three_articles_merge():
    dated = extract("t1", "Kazakh President Kassym-Jomart Tokayev met Uzbek President Shavkat Mirziyoyev in Tashkent "
                          "on Thursday. The two leaders signed a water agreement.", dt.date(2024, 5, 17))
    undated = extract("t2", "Tokayev and Mirziyoyev are holding talks in Tashkent this week, officials said.")
    later = extract("t3", "Mirziyoyev met Tokayev on Thursday to discuss water. The meeting was friendly.",
                    dt.date(2024, 5, 20))
    meetings = [e for e in merged(dated, undated, later) if e.event_type == "meeting"]
    assert len(meetings) == 1
    (meeting,) = meetings
    assert meeting.article_ids == ["t1", "t2", "t3"]
    assert set(meeting.participant_ids) == {TOKAYEV, MIRZIYOYEV}
    assert meeting.location_id == "tashkent"
    assert (meeting.start_date, meeting.date_precision) == (dt.date(2024, 5, 16), "day")


def test_different_places_or_people_are_different_events():
    one = extract("t1", "Tokayev met Mirziyoyev in Tashkent on Monday.", dt.date(2024, 5, 15))
    other_place = extract("t2", "Tokayev met Mirziyoyev in Bishkek on Monday.", dt.date(2024, 5, 15))
    other_people = extract("t3", "Tokayev met Japarov in Tashkent on Monday.", dt.date(2024, 5, 15))
    assert len([e for e in merged(one, other_place, other_people) if e.event_type == "meeting"]) == 3


def test_a_planned_state_visit_by_people_the_knowledge_base_does_not_know():
    article = extract("t1", "Prime Minister Ana Lopes is scheduled to make a state visit to Vientiane next week. "
                            "Analyst Tom Reyes told reporters the trip mattered.", dt.date(2024, 3, 6))
    (visit,) = [e for e in merged(article) if e.event_type == "state_visit"]
    assert visit.participant_ids == ["ana-lopes"], "the analyst only talks about it"
    assert visit.location_id == "vientiane"
    assert visit.status == "planned"
    assert (visit.start_date, visit.end_date, visit.date_precision) == (dt.date(2024, 3, 11), dt.date(2024, 3, 17), "week")


def test_an_anniversary_dates_an_undated_article():
    article = extract("t1", "President Alexander Lukashenko met Putin in Minsk. The two leaders convened two days before "
                            "the 25th anniversary of the founding of the Shanghai Cooperation Organization.")
    (meeting,) = [e for e in merged(article) if e.event_type == "meeting"]
    assert set(meeting.participant_ids) == {"alexander-lukashenko", PUTIN}
    assert (meeting.start_date, meeting.date_precision) == (dt.date(2026, 6, 13), "day")


def test_nothing_is_dated_without_an_anchor():
    article = extract("t1", "Tokayev met Mirziyoyev in Tashkent on Thursday.")
    (meeting,) = merged(article)
    assert meeting.start_date is None and meeting.date_precision == "unknown"


def test_an_earlier_meeting_named_in_passing_is_not_reported():
    text = "Tokayev and Mirziyoyev met in Tashkent on Monday. It came a year after their last meeting in Bishkek in 2023."
    meetings = sorted((e.location_id, e.start_date.year) for e in merged(extract("t1", text, dt.date(2024, 5, 15))))
    assert meetings == [("tashkent", 2024)], "the 2023 meeting is background to the day's news"
    # With no publication date, the article's "now" is unknown: the earlier meeting stays its own event.
    undated = sorted((e.location_id, e.start_date.year if e.start_date else None) for e in merged(extract("t2", text)))
    assert undated == [("bishkek", 2023), ("tashkent", None)]


def test_nothing_in_code_or_data_is_keyed_on_a_seed_file():
    stems = [p.stem for p in (PROJECT / "seeds").iterdir()]
    keys = stems + [s.split("_", 1)[1] for s in stems]
    for folder in ("dataset", "schemas", "checks"):
        for path in (PROJECT / folder).rglob("*"):
            if path.is_file() and path.suffix in (".py", ".yaml", ".yml", ".json") and "releases" not in path.parts:
                text = path.read_text(encoding="utf-8")
                assert not any(key in text for key in keys), f"{path} names a seed file"
