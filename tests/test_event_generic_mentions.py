"""Sentences that name events without reporting one: event words in the plural with no day of
their own (several events, none in particular), a habit ("usually", "regularly"), a question
about a plan, and an event word in a venue's name ("the Palace of Summits") (extract/generic_plurals.py,
knowledge/events_en.yaml habitual and not_events, extract/questions.py).
Fixtures written for these tests, each beside a look-alike that must keep its event."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article

ERDOGAN, TOKAYEV, MIRZIYOYEV = "Q39259", "kassym-jomart-tokayev", "shavkat-mirziyoyev"
DAY = dt.date(2024, 4, 12)
TITLE = "Tokayev and Mirziyoyev open a gas pipeline"
LEAD = ("ALMATY - Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev opened a gas "
        "pipeline at a ceremony near Shymkent on Friday. ")


def others(body, title=TITLE):
    return [e for e in extract_article("t1", title, None, LEAD + body, DAY).events if not e.main]


def with_erdogan(events):
    return [e for e in events if ERDOGAN in e.participants]


def reports_with_erdogan(body):
    """The sentence-level reports (before the article decides which are its events)."""
    mentions = extract_article("t1", TITLE, None, LEAD + body, DAY).event_mentions
    return [m for m in mentions if ERDOGAN in m.participant_ids]


# --- event words in the plural ------------------------------------------------------------------

def test_undated_summits_and_forums_in_a_list_of_cities_are_no_event():
    body = ("Tokayev and Erdogan have seen a great deal of each other: summits in Baku, Ankara and Samarkand "
            "and energy forums along the Caspian coast kept them in touch.")
    assert reports_with_erdogan(body) == []


def test_look_alike_meetings_held_on_a_stated_day_stay():
    body = "Erdogan held meetings with Tokayev and Mirziyoyev in Astana on Wednesday."
    assert any(e.date and e.date.first == dt.date(2024, 4, 10) for e in with_erdogan(others(body)))


def test_dated_meetings_in_the_plural_with_one_person_only_are_no_event():
    body = ("The two-day congress, which opened with bilateral meetings and a lunch hosted by Turkish President "
            "Recep Tayyip Erdogan on Thursday, ends on Saturday.")
    assert reports_with_erdogan(body) == []


def test_the_meetings_of_a_format_named_by_its_members_countries_are_no_event():
    body = "Few formats draw as much scorn as the meetings of the Turkish, Kazakh and Uzbek presidents."
    mentions = extract_article("t1", TITLE, None, LEAD + body, DAY).event_mentions
    assert not [m for m in mentions if "meetings" in m.sentence]


@pytest.mark.parametrize("body", [
    "On Wednesday Erdogan and Tokayev chaired the meetings of the council in Astana.",  # a day of their own
    "Erdogan and Tokayev attended the meetings of the council in Astana.",  # the people who meet named
])
def test_look_alike_the_meetings_of_a_body_with_a_day_or_people_stay(body):
    assert reports_with_erdogan(body)


def test_look_alike_a_single_meeting_with_no_day_stays():
    assert reports_with_erdogan("Erdogan also held a meeting with Tokayev in Astana.")


def test_a_title_counting_meetings_is_no_meeting():
    title = "Thirty meetings on: what Tokayev and Erdogan have built"
    body = "Recep Tayyip Erdogan praised the new route to Europe."
    events = extract_article("t1", title, None, body, DAY).events
    assert not [e for e in events if e.family == "gathering"]


# --- a habit ------------------------------------------------------------------------------------

def test_a_visit_told_as_what_usually_happens_is_no_event():
    assert reports_with_erdogan("Erdogan usually visits Astana in the spring.") == []
    assert reports_with_erdogan("A visit by Erdogan to Astana is regularly followed by one by Tokayev to Ankara.") == []


def test_look_alike_a_visit_told_once_stays():
    assert reports_with_erdogan("Erdogan visited Astana in the spring.")
    assert reports_with_erdogan("A visit by Erdogan to Astana was followed by one by Tokayev to Ankara.")


def test_a_part_taken_for_years_is_a_habit_not_an_event():
    assert reports_with_erdogan("Erdogan has attended these summits with Tokayev for twelve years.") == []
    assert reports_with_erdogan("Erdogan has hosted the Turkic forum for two decades.") == []


def test_look_alike_a_visit_prepared_for_years_or_the_first_in_years_stays():
    assert reports_with_erdogan("Erdogan visited Astana on Friday, his first trip there for ten years.")
    assert reports_with_erdogan("Ankara has been preparing the visit of Erdogan to Astana for two years.")


def test_a_meeting_a_host_has_arranged_for_a_guest_is_planned():
    (talks,) = reports_with_erdogan("The Kazakh side has arranged for Erdogan to meet Tokayev in Astana.")
    assert talks.status == "planned"
    # (the look-alike: the guest arranged nothing; he met his host)
    (talks,) = reports_with_erdogan("Erdogan met Tokayev in Astana, as the Kazakh side had said.")
    assert talks.status == "occurred"


# --- a question ---------------------------------------------------------------------------------

def test_a_question_about_a_visit_to_come_is_no_plan():
    body = "Press briefing\n\nQ: Will President Erdogan visit Tashkent in May?\n\nA: Nothing is decided yet."
    assert [m for m in reports_with_erdogan(body) if m.status == "planned"] == []


def test_look_alike_an_answer_that_states_the_plan_gives_it():
    body = "Press briefing\n\nQ: What comes next?\n\nA: President Erdogan will visit Tashkent in May."
    assert [m for m in reports_with_erdogan(body) if m.status == "planned"]


# --- in French and Spanish (knowledge/events_fr.yaml, events_es.yaml: plural_events) ------------

def summits_in(language, body):
    mentions = extract_article("t1", "Gazoduc", None, body, DAY, language).event_mentions
    return [m for m in mentions if m.event_type == "summit" and ERDOGAN in m.participant_ids]


def test_undated_summits_in_the_plural_are_no_event_in_french_and_spanish():
    assert summits_in("fr", "Le président turc Recep Tayyip Erdogan et le président kazakh Kassym-Jomart Tokaïev "
                            "se connaissent bien : des sommets à Bakou, Ankara et Samarcande les ont souvent réunis.") == []
    assert summits_in("es", "El presidente turco Recep Tayyip Erdogan y el presidente kazajo Kassym-Jomart Tokáyev "
                            "se conocen bien: cumbres en Bakú, Ankara y Samarcanda los han reunido a menudo.") == []


def test_look_alike_one_summit_stays_in_french_and_spanish():
    assert summits_in("fr", "Le président turc Recep Tayyip Erdogan a participé au sommet de Bakou avec le président "
                            "kazakh Kassym-Jomart Tokaïev.")
    assert summits_in("es", "El presidente turco Recep Tayyip Erdogan participó en la cumbre de Bakú con el presidente "
                            "kazajo Kassym-Jomart Tokáyev.")


# --- an event word in a venue's name ------------------------------------------------------------

def types_of(body):
    return sorted(m.event_type for m in extract_article("t1", TITLE, None, LEAD + body, DAY).event_mentions)


def test_an_event_word_in_a_venues_name_is_no_event():
    assert "summit" not in types_of("Turkic leaders signed the Astana declaration at the Palace of Summits on Thursday.")
    assert "summit" not in types_of("Turkic leaders gathered at the Summit Hotel in Astana on Thursday.")


def test_look_alike_the_summit_itself_stays():
    assert "summit" in types_of("Turkic leaders signed the Astana declaration at the summit on Thursday.")


# --- an essay's title and lead: "Below the summits", "When X and Y meet, ..."

def test_a_titles_plural_and_a_leads_clause_of_any_meeting_report_no_event():
    events = extract_article("e1", "Beyond the summits: how Astana and Tashkent talk every day", None,
                             "When Kassym-Jomart Tokayev and Shavkat Mirziyoyev meet, the photographers crowd in. "
                             "Most of the work is done by their ministers.", DAY).events
    assert events == []


def test_look_alike_a_leads_when_clause_of_one_meeting_to_come_reports_it():
    events = extract_article("e2", "Neighbours to sign a border treaty", None,
                             "When Kassym-Jomart Tokayev and Shavkat Mirziyoyev meet on Tuesday, they will sign a "
                             "border treaty.", DAY).events
    assert any({TOKAYEV, MIRZIYOYEV} <= e.participants and "meeting" in e.types() for e in events)
