"""A visit told beside the talks of its visitor with one other person is hosted by that
person, who takes part in it (extract/event_visits.py, visit_hosted_by_talks). Fixtures
written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

DAY = dt.date(2025, 2, 25)
PUTIN, XI, MODI = "Q7747", "Q15031", "Q1058"


def visits(body, language="en"):
    return [e for e in extract_article("h", None, None, body, DAY, language).events
            if e.mentions[0].event_type in ("visit", "state_visit")]


def test_the_one_the_visitor_holds_talks_with_hosts_the_visit():
    (visit,) = visits("Vladimir Putin will hold talks with Xi Jinping, who will pay a state visit to Russia.")
    assert visit.participants == {XI, PUTIN}
    (visit,) = visits("Владимир Путин проведёт переговоры с Председателем КНР Си Цзиньпином, который посетит "
                      "Россию с государственным визитом.", "ru")
    assert visit.participants == {XI, PUTIN}


def test_a_summit_of_many_or_talks_in_another_sentence_host_no_visit():
    (visit,) = visits("Vladimir Putin will attend the summit with Xi Jinping and Narendra Modi, who will pay a "
                      "state visit to Russia.")
    assert visit.participants == {MODI}
    (visit,) = visits("Vladimir Putin will hold talks with Xi Jinping. Narendra Modi will pay a state visit to "
                      "Russia.")
    assert visit.participants == {MODI}


TOKAYEV, MIRZIYOYEV = "kassym-jomart-tokayev", "shavkat-mirziyoyev"


def test_a_visit_naming_its_visitor_is_hosted_by_whom_the_visitor_holds_talks_with_in_another_sentence():
    # (extract/event_visits.py, visit_hosted_by_its_talks)
    (visit,) = visits("Kassym-Jomart Tokayev arrived in Moscow on Tuesday for a state visit. Later in the day "
                      "Tokayev will hold talks with Vladimir Putin in the Kremlin.")
    assert visit.participants == {TOKAYEV, PUTIN}
    (visit,) = visits("Kassym-Jomart Tokayev is on a state visit to Russia from Monday to Wednesday. On Tuesday "
                      "Tokayev held talks with Vladimir Putin in the Kremlin.")
    assert visit.participants == {TOKAYEV, PUTIN}


def test_talks_with_two_people_past_talks_or_talks_elsewhere_name_no_host():
    (visit,) = visits("Kassym-Jomart Tokayev arrived in Moscow on Tuesday for a two-day state visit. Tokayev "
                      "will hold talks with Vladimir Putin in the Kremlin. On Wednesday Tokayev is to meet "
                      "Mikhail Mishustin.")
    assert visit.participants == {TOKAYEV}  # (the President or his premier: the text does not say)
    (visit,) = visits("Kassym-Jomart Tokayev arrived in Moscow on Tuesday for a state visit. Tokayev last held "
                      "talks with Vladimir Putin in October 2023.")
    assert visit.participants == {TOKAYEV}
    (visit,) = visits("Kassym-Jomart Tokayev arrived in Moscow on Tuesday for a state visit. Tokayev will hold "
                      "talks with Vladimir Putin in Sochi in March.")
    assert visit.participants == {TOKAYEV}
    # (a trip to a forum: whom the visitor meets there is another guest, not a host)
    (visit,) = visits("Kassym-Jomart Tokayev arrived in Minsk on Tuesday for the two-day Eurasian Economic Forum. "
                      "Tokayev held talks with Shavkat Mirziyoyev on Tuesday.")
    assert visit.participants == {TOKAYEV}
    (visit,) = visits("Kassym-Jomart Tokayev arrived in Tashkent on Tuesday for a state visit. Tokayev held talks with "
                      "Shavkat Mirziyoyev on Tuesday.")
    assert visit.participants == {TOKAYEV, MIRZIYOYEV}  # (the look-alike: a visit of its own)


def test_a_visit_told_by_its_arrival_is_hosted_by_whom_the_visitor_meets_on_the_next_days():
    # (extract/event_visits.py, last_day_of: a visit told by one day is told by its arrival)
    (visit,) = visits("Shavkat Mirziyoyev landed in Astana on Monday for a state visit. On Tuesday morning "
                      "Kassym-Jomart Tokayev received Mirziyoyev at the Akorda for talks.")
    assert visit.participants == {MIRZIYOYEV, TOKAYEV}
    (visit,) = visits("Shavkat Mirziyoyev arrived in Astana on Monday for a state visit. Mirziyoyev and "
                      "Kassym-Jomart Tokayev will hold talks on Wednesday.")
    assert visit.participants == {MIRZIYOYEV, TOKAYEV}


def test_a_host_only_mentioned_in_the_visit_or_met_long_after_it_is_not_added():
    # (a message passed on, a past meeting, talks a week later: no host told in this visit)
    (visit,) = visits("Shavkat Mirziyoyev landed in Astana on Monday for a state visit. On Tuesday Mirziyoyev "
                      "handed over a letter from Kassym-Jomart Tokayev to the Senate.")
    assert visit.participants == {MIRZIYOYEV}
    (visit,) = visits("Shavkat Mirziyoyev landed in Astana on Monday for a state visit. Mirziyoyev last held "
                      "talks with Kassym-Jomart Tokayev in Samarkand in 2022.")
    assert visit.participants == {MIRZIYOYEV}
    (visit,) = visits("Shavkat Mirziyoyev landed in Astana on Monday for a state visit. Mirziyoyev will hold "
                      "talks with Kassym-Jomart Tokayev in Astana on 10 March.")
    assert visit.participants == {MIRZIYOYEV}
