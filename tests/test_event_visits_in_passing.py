"""A visit told only in passing (a relative clause about its visitor, named by office) is a visit
of its own, and a plan its visitor is to carry out before leaving lies inside it. Fixtures are
written for these tests, with other people and places than any page; beside each, a look-alike
that must not trigger."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

TUESDAY = dt.date(2030, 3, 12)
MONDAY = TUESDAY - dt.timedelta(days=1)


def events_of(body: str, published: dt.date = TUESDAY, language: str = "en") -> list:
    return extract_article("a", None, None, body, published, language).events


def of_type(events: list, kind: str) -> list:
    return [e for e in events if kind in e.types()]


LEAD = "Vladimir Putin and Xi Jinping today signed an accord on grain trade in Beijing.\n\n"


def test_a_visit_in_a_relative_clause_of_the_office_is_the_visitors():
    events = events_of(LEAD + "The Russian president, who arrived yesterday for a three-day state visit, "
                              "held talks with Mr Xi at the state guesthouse.")
    visit, = of_type(events, "state_visit")
    assert "Q7747" in visit.participants
    assert (visit.date.first, visit.date.last) == (MONDAY, MONDAY + dt.timedelta(days=2))
    assert any("Q7747" in e.participants and e.date and e.date.first == TUESDAY for e in of_type(events, "meeting"))


def test_the_office_of_a_country_no_one_named_holds_names_no_one():
    # (the German president is no one the article names: no visit of anyone)
    events = events_of(LEAD + "The German president, who arrived yesterday for a three-day state visit, "
                              "toured a car plant.")
    assert not of_type(events, "state_visit")


STAYING = "BEIJING, March 12 - " + LEAD + ("Mr Putin, who arrived yesterday for a three-day state visit, held talks with Mr Xi.\n\n"
                  "Mr Putin is also expected to see Li Qiang before he leaves China.")


def test_a_plan_before_the_visitor_leaves_lies_inside_the_visit():
    events = events_of(STAYING)
    plan, = [e for e in of_type(events, "meeting") if "li-qiang" in e.participants]
    visit, = of_type(events, "state_visit")
    assert plan.location_id == visit.location_id is not None
    assert (plan.date.first, plan.date.last) == (TUESDAY, visit.date.last)


def test_a_plan_with_no_stay_words_keeps_no_day():
    events = events_of(LEAD + "Mr Putin, who arrived yesterday for a three-day state visit, held talks with Mr Xi.\n\n"
                              "Mr Putin is also expected to see Li Qiang at some point.")
    plan, = [e for e in of_type(events, "meeting") if "li-qiang" in e.participants]
    assert plan.date is None


def test_a_visit_told_as_past_background_holds_no_plan():
    # (a visit of years ago is not under way: the plan stays where its words put it)
    events = events_of("Vladimir Putin, who visited Beijing in 2019, is expected to see Li Qiang "
                       "before he leaves office.", TUESDAY)
    plan, = [e for e in of_type(events, "meeting") if "li-qiang" in e.participants]
    assert plan.date is None and plan.location_id is None


def test_a_plan_of_another_leader_is_not_held_in_the_visit():
    events = events_of(LEAD + "Mr Putin, who arrived yesterday for a three-day state visit, held talks with Mr Xi.\n\n"
                              "Narendra Modi is expected to see Li Qiang before he leaves.")
    plan, = [e for e in of_type(events, "meeting") if "li-qiang" in e.participants]
    assert plan.date is None and plan.location_id is None


def test_a_plan_after_the_visit_keeps_its_own_day_and_place():
    events = events_of(STAYING.replace("before he leaves China", "in Moscow next May"))
    plan, = [e for e in of_type(events, "meeting") if "li-qiang" in e.participants]
    assert plan.location_id != "Q956" and plan.date is not None and plan.date.first.year == 2030
    assert plan.date.first.month == 5


def test_the_office_in_another_place_than_the_opening_names_no_one():
    # ("talks with the Russian president": a page of another year may mean another holder)
    events = events_of(LEAD + "Mr Xi later held talks with the Russian president, who arrived yesterday "
                              "for a three-day state visit.")
    assert all("Q7747" not in e.participants or e.main for e in of_type(events, "state_visit"))


TOLD_IN_OTHER_LANGUAGES = {
    "es": ("Vladímir Putin y Xi Jinping firmaron hoy un acuerdo en Pekín.\n\n"
           "Putin, que realiza una visita de Estado a China, se reunió con Xi Jinping."),
    "de": ("Wladimir Putin und Xi Jinping haben heute in Peking ein Abkommen unterzeichnet.\n\n"
           "Putin, der sich zu einem Staatsbesuch in China aufhält, traf Xi Jinping."),
    "fr": ("Vladimir Poutine et Xi Jinping ont signé aujourd'hui un accord à Pékin.\n\n"
           "Vladimir Poutine, qui effectue une visite d'État en Chine, a eu des entretiens avec Xi Jinping."),
}


def test_a_visit_in_a_persons_relative_clause_is_the_persons_in_each_language():
    for language, body in TOLD_IN_OTHER_LANGUAGES.items():
        visits = of_type(events_of(body, language=language), "state_visit")
        assert [sorted(v.participants) for v in visits] == [["Q15031", "Q7747"]], language


def test_a_relative_clause_of_no_person_gives_the_visit_no_one():
    # (the clause is about the accord, not a person: no visitor)
    body = ("Vladímir Putin y Xi Jinping firmaron hoy en Pekín un acuerdo, que prevé una visita de Estado "
            "de ministros el año próximo.")
    assert all("Q7747" not in v.participants for v in of_type(events_of(body, language="es"), "state_visit")
               if not v.main)


WEDNESDAY = dt.date(2031, 9, 17)
COUNTED = ("HARBIN, Sept 17 - Two grain traders signed a ten-year supply deal on Wednesday.\n\n"
           "The traders signed the contract as Vladimir Putin and Xi Jinping looked on, on the third and "
           "last day of Putin's visit to China.")


def test_a_visit_counted_on_the_storys_day_ends_on_it():
    visit, = of_type(events_of(COUNTED, WEDNESDAY), "visit")
    assert (visit.date.first, visit.date.last) == (WEDNESDAY - dt.timedelta(days=2), WEDNESDAY)


def test_a_visit_counted_in_a_sentence_of_its_own_day_keeps_that_day():
    body = COUNTED.replace("looked on, on the third", "looked on. On Monday, the third")
    visit, = of_type(events_of(body, WEDNESDAY), "visit")
    assert visit.date.last != WEDNESDAY
