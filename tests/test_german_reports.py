"""German reports as German grammar builds them: the clause bracket (a separable verb's particle,
a modal's infinitive or a perfect's participle at the clause's end, far from the finite verb:
"kam ... zusammen", "traf ... ein", "wird ... reisen", "wird ... fernbleiben"), a bare year as an
adverb of time ("Bereits 2019 hatten sich ...") and an invitation, which is to what is to come.
Every row is a short report written for the test, with other names and events than any page;
each construction stands beside a look-alike that must not build the same event."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.corpus.event_merge import merge_across_articles
from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
PUTIN, XI, MODI, TOKAYEV, LUKASHENKO = (CATALOG.named(name).entity_id for name in (
    "Vladimir Putin", "Xi Jinping", "Narendra Modi", "Kassym-Jomart Tokayev", "Alexander Lukashenko"))
MOSCOW, BEIJING, ASTANA, MINSK = (CATALOG.named(name).entity_id for name in ("Moscow", "Beijing", "Astana", "Minsk"))
THURSDAY = dt.date(2024, 5, 16)
WEDNESDAY, FRIDAY = THURSDAY - dt.timedelta(days=1), THURSDAY + dt.timedelta(days=1)


def reports(body: str):
    return extract_article("test", None, None, body, THURSDAY, "de").event_mentions


def of_type(body: str, event_type: str):
    return [m for m in reports(body) if m.event_type == event_type]


# --- the clause bracket: each row a report and the event it must build --------------------------

@pytest.mark.parametrize("body, event_type, people, day, place, status", [
    # (zusammenkommen split in a main clause, past and present; one word after "wird" and in a
    # subordinate clause)
    ("Putin kam am Donnerstag in Minsk mit Lukaschenko zusammen.", "meeting", {PUTIN, LUKASHENKO}, THURSDAY, MINSK,
     "occurred"),
    ("Putin kommt am Freitag in Moskau mit Lukaschenko zusammen.", "meeting", {PUTIN, LUKASHENKO}, FRIDAY, MOSCOW,
     "planned"),
    ("Putin wird am Freitag in Moskau mit Lukaschenko zusammenkommen.", "meeting", {PUTIN, LUKASHENKO}, FRIDAY, MOSCOW,
     "planned"),
    ("Als Putin am Mittwoch in Moskau mit Lukaschenko zusammenkam, ging es um Gas.", "meeting", {PUTIN, LUKASHENKO},
     WEDNESDAY, MOSCOW, "occurred"),
    # (eintreffen split: an arrival, a visit, and the state visit told between the verb and its particle)
    ("Tokajew trifft am Freitag in Moskau ein.", "visit", {TOKAYEV}, FRIDAY, MOSCOW, "planned"),
    ("Tokajew traf am Mittwoch zu einem Staatsbesuch in Moskau ein.", "state_visit", {TOKAYEV}, None, MOSCOW,
     "occurred"),
    # (a trip's verb last after a modal: "wird ... nach X reisen")
    ("Wie der Kreml mitteilte, wird Putin kommende Woche nach Peking reisen.", "visit", {PUTIN}, None, BEIJING,
     "planned"),
])
def test_a_german_report_builds_its_event(body, event_type, people, day, place, status):
    (report, *_) = of_type(body, event_type)
    assert (set(report.participant_ids), report.location_id, report.status) == (people, place, status)
    if day is not None:
        assert report.date is not None and report.date.first == day


def test_an_arrival_split_round_its_day_and_place_is_no_meeting():
    assert of_type("Tokajew trifft am Freitag in Moskau ein.", "meeting") == []
    assert of_type("Tokajew traf am Mittwoch in Moskau ein.", "meeting") == []
    # (the look-alike: "traf" with its object and no particle is a meeting)
    (met,) = of_type("Tokajew traf am Mittwoch in Moskau Putin.", "meeting")
    assert set(met.participant_ids) == {TOKAYEV, PUTIN}


def test_coming_together_with_someone_on_the_way_is_no_meeting():
    # ("zusammen mit": together with, the verb an arrival's)
    assert of_type("Putin kam am Mittwoch zusammen mit seiner Delegation in Minsk an.", "meeting") == []


def test_leaders_coming_together_for_their_summit_report_the_summit_not_talks():
    body = "Die Staatschefs der Region kamen am Mittwoch in Astana zu ihrem Gipfel zusammen."
    assert of_type(body, "meeting") == []
    (summit,) = of_type(body, "summit")
    assert summit.location_id == ASTANA and summit.date.first == WEDNESDAY


def test_a_trip_to_a_summit_keeps_the_summit_s_place():
    # ("zum Gipfel nach X reisen": X is the summit's city; the trip is the way there)
    body = "Putin wird zum Gipfel nach Astana reisen."
    (summit,) = of_type(body, "summit")
    assert (summit.location_id, summit.participant_ids, summit.status) == (ASTANA, (PUTIN,), "planned")
    assert of_type(body, "visit") == []


# --- staying away, told at the clause's end ----------------------------------------------------

@pytest.mark.parametrize("away, there, person", [
    ("Modi wird dem Gipfel in Astana fernbleiben.", "Modi wird am Gipfel in Astana teilnehmen.", MODI),
    ("Putin wird nicht zum Gipfel nach Astana reisen.", "Putin wird zum Gipfel nach Astana reisen.", PUTIN),
])
def test_a_leader_who_stays_away_is_no_participant(away, there, person):
    assert all(person not in m.participant_ids for m in of_type(away, "summit"))
    assert [m.participant_ids for m in of_type(there, "summit")] == [(person,)]


@pytest.mark.parametrize("negated, told", [
    ("Putin wird nicht nach Peking reisen.", "Putin will nach Peking reisen."),
    ("Putin kam am Mittwoch nicht mit Lukaschenko zusammen.", "Putin kam am Mittwoch mit Lukaschenko zusammen."),
    ("Tokajew traf am Mittwoch nicht in Moskau ein.", "Tokajew traf am Mittwoch in Moskau ein."),
    # (the negation right before the verb that ends the clause)
    ("Putin wird Xi Jinping am Freitag nicht treffen.", "Putin wird Xi Jinping am Freitag treffen."),
    ("Putin hat Tokajew am Mittwoch nicht empfangen.", "Putin hat Tokajew am Mittwoch empfangen."),
])
def test_a_negated_verb_at_the_clause_s_end_reports_nothing(negated, told):
    assert reports(negated) == []
    assert [m.event_type for m in reports(told)] in (["visit"], ["meeting"])


# --- a bare year as an adverb: the background meeting keeps its year ---------------------------

@pytest.mark.parametrize("body", [
    "Bereits 2019 hatten sich Putin und Tokajew in Astana getroffen.",
    "2019 trafen sich Putin und Tokajew in Astana.",
])
def test_a_meeting_told_with_a_bare_year_is_dated_to_that_year(body):
    (met,) = of_type(body, "meeting")
    assert met.date is not None and (met.date.first, met.date.last) == (dt.date(2019, 1, 1), dt.date(2019, 12, 31))


def test_a_number_before_a_noun_is_no_year():
    # (a count of soldiers: capitalised, the noun after it; the parade keeps the weekday)
    (parade,) = of_type("2000 Soldaten marschierten am Donnerstag bei der Parade auf dem Roten Platz.", "parade")
    assert parade.date is not None and parade.date.first == THURSDAY


# --- an invitation is to what is to come -------------------------------------------------------

@pytest.mark.parametrize("body, event_type", [
    ("Xi Jinping hat Putin zu einem Staatsbesuch nach Peking eingeladen.", "state_visit"),
    ("Xi Jinping lud Tokajew zu einem Besuch nach Peking ein.", "visit"),
])
def test_an_invited_visit_is_planned(body, event_type):
    assert [m.status for m in of_type(body, event_type)] == ["planned"]


def test_a_visit_made_at_an_invitation_is_held():
    body = "Auf Einladung von Xi Jinping ist Tokajew am Mittwoch zu einem Staatsbesuch in Peking eingetroffen."
    (visit,) = of_type(body, "state_visit")
    assert visit.status == "occurred" and TOKAYEV in visit.participant_ids


# --- the day before the object: a document signed is no statement dating itself ----------------

def test_the_day_before_a_signed_declaration_is_the_signing_s():
    # (German puts the day before the object: "unterzeichneten am Mittwoch eine Erklärung")
    (signed,) = of_type("Putin und Tokajew unterzeichneten am Mittwoch eine gemeinsame Erklärung über Handel.",
                        "agreement")
    assert signed.date is not None and signed.date.first == WEDNESDAY


def test_a_day_of_a_statement_that_announces_talks_is_not_the_talks_day():
    # (the look-alike: the statement's Wednesday; the talks reported in its subjunctive are to come)
    (talks,) = of_type("Der Kreml sagte in einer Erklärung am Mittwoch, Putin und Tokajew würden am Freitag "
                       "zusammenkommen.", "meeting")
    assert (talks.date.first, talks.status) == (FRIDAY, "planned")


# --- an end told as a noun before the event's word ---------------------------------------------

def test_a_visit_left_at_its_close_ends_that_day():
    x = extract_article("test", None, None, "Tokajew verließ Moskau am Mittwoch zum Abschluss seines dreitägigen "
                        "Staatsbesuchs.", THURSDAY, "de")
    (visit,) = merge_across_articles(list(x.events), {m.entity_id: m.name for m in x.mentions})
    assert (visit.start_date, visit.end_date) == (WEDNESDAY - dt.timedelta(days=2), WEDNESDAY)
    # (the look-alike: an arrival for a three-day visit opens it)
    x = extract_article("test", None, None, "Tokajew traf am Mittwoch zu einem dreitägigen Staatsbesuch in Moskau "
                        "ein.", THURSDAY, "de")
    (visit,) = [e for e in merge_across_articles(list(x.events), {m.entity_id: m.name for m in x.mentions})
                if e.event_type == "state_visit"]
    assert (visit.start_date, visit.end_date) == (WEDNESDAY, FRIDAY)


def test_negotiating_is_a_meeting_of_the_negotiators():
    (talks,) = of_type("Lawrow und Wang Yi haben am Mittwoch in Peking verhandelt.", "meeting")
    assert talks.date.first == WEDNESDAY and talks.location_id == BEIJING
    assert set(talks.participant_ids) == {CATALOG.named("Sergei Lavrov").entity_id, CATALOG.named("Wang Yi").entity_id}
    # (the look-alike: negotiating told in the passive, no one named, is nobody's meeting)
    assert all(not m.participant_ids for m in of_type("Über den Gaspreis wird seit Jahren verhandelt.", "meeting"))


def test_an_encounter_of_two_is_their_meeting():
    (talks,) = of_type("Bei ihrer Begegnung am Mittwoch in Minsk sprachen Putin und Lukaschenko über Gas.", "meeting")
    assert (talks.date.first, talks.location_id) == (WEDNESDAY, MINSK)
    # (the look-alike: no encounter, "keine persönliche Begegnung", reports none held)
    assert all(m.status != "occurred" for m in
               of_type("Eine persönliche Begegnung gab es am Mittwoch in Minsk nicht.", "meeting"))


def test_a_pronoun_after_an_auxiliary_in_second_place_is_the_talks_subject():
    """"Am ersten Tag hatte er mit X verhandelt": the one named before held the talks. Beside it, a
    named subject after the auxiliary is the talks' own ("hat Tokajew mit X verhandelt")."""
    told = "Xi Jinping ist am Montag in Moskau eingetroffen. Am ersten Tag hatte er mit Wladimir Putin verhandelt."
    assert any({XI, PUTIN} <= set(m.participant_ids) for m in of_type(told, "meeting"))
    named = ("Xi Jinping ist am Montag in Moskau eingetroffen. Am Dienstag hat Kassym-Jomart Tokajew mit Wladimir "
             "Putin verhandelt.")
    assert all(XI not in m.participant_ids for m in of_type(named, "meeting"))


def test_a_communique_the_two_signed_is_an_agreement():
    body = "Putin und Tokajew trafen sich am Donnerstag. Zum Abschluss unterzeichneten die beiden ein gemeinsames Kommuniqué."
    assert of_type(body, "agreement")


def test_a_communique_only_read_out_is_no_agreement():
    body = "Putin und Tokajew trafen sich am Donnerstag. Zum Abschluss verlas ein Sprecher ein gemeinsames Kommuniqué."
    assert not of_type(body, "agreement")
