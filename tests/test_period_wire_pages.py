"""Pages of the Cold War told as modern pages and period wire copy tell them.

A surname after a first name and a middle initial ("Andrei A. Gromyko", the style of American papers
and wires of the time) is the known person written in full, not a new person "Andrei A"
(extract/linking.py); another first name before the initial stays another person. The presidents of
those years are known people (knowledge/entities.yaml). A paper that prints a story the day after
its dateline files it ("BOSTON, March 3 (WNS) --" in the paper of 4 March) counts the story's
"today" from the dateline's day (extract/datelines.filing_day); a dateline of the page's own day, or
one far from it, changes nothing. And a one-sentence paragraph right under the title that tells what happened "today" is the
story's lead, as one telling a weekday is (text/page_deks.py); a line under the title with no day
stays the dek.

Texts written for these tests, with invented meetings, days and words; each beside a look-alike
that must not do what it does."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.datelines import filing_day
from ruchina.extract.extraction import extract_article
from ruchina.extract.linking import link_entities
from ruchina.knowledge.base import entity_catalog
from ruchina.text.parsing import parse_article


def people(text: str) -> set[tuple[str, bool]]:
    return {(m.name, m.linked) for m in link_entities(text) if m.entity_type == "PERSON"}


def events(body: str, published: dt.date, title: str | None = None):
    return extract_article("t", title, None, body, published, "en").events


# --- a middle initial between a known first name and surname

def test_a_middle_initial_between_first_name_and_surname_is_the_known_person():
    found = people("Foreign Minister Andrei A. Gromyko and Premier Nikolai V. Tikhonov received the envoys.")
    assert ("Andrei Gromyko", True) in found and ("Nikolai Tikhonov", True) in found
    assert not any(not linked for _, linked in found), found  # (no "Andrei A", no "Nikolai V")
    # (a known first name of four letters, which the misspelling rule leaves alone, with its initial)
    assert people("Yuri V. Skokov chaired the council.") == {("Yuri Skokov", True)}


def test_another_first_name_before_a_middle_initial_is_another_person():
    found = people("Hunter W. Biden testified on Monday. Later Akylbek S. Japarov arrived.")
    assert ("Joe Biden", True) not in found and ("Sadyr Japarov", True) not in found


# --- the presidents of the Cold War

def test_a_cold_war_president_is_known():
    body = ("President Eisenhower and Premier Nikita S. Khrushchev met in Washington on Saturday for a "
            "second round of talks on disarmament.")
    meetings = [e for e in events(body, dt.date(1959, 9, 28)) if "meeting" in e.types()]
    catalog = entity_catalog()
    assert meetings and meetings[0].participants == {catalog.named("Dwight D. Eisenhower").entity_id,
                                                     catalog.named("Nikita Khrushchev").entity_id}


def test_a_word_that_is_a_president_s_surname_alone_is_no_president():
    # ("Ford" and "Carter" are short forms: a car maker and a common surname, named alone)
    assert not any(name in ("Gerald Ford", "Jimmy Carter") for name, _ in
                   people("Ford opened a plant in Kaluga, and Carter, its manager, spoke."))


# --- a story printed the day after its dateline

WIRE = ("BOSTON, March 3 (WNS) -- Premier Aleksei N. Kosygin and President Lyndon B. Johnson ended two days "
        "of talks at the governor's residence today, officials said.")


def test_today_of_a_story_filed_the_day_before_the_paper_is_the_dateline_s_day():
    assert filing_day(WIRE, dt.date(1967, 3, 4)) == dt.date(1967, 3, 3)
    talks = [e for e in events(WIRE, dt.date(1967, 3, 4)) if "meeting" in e.types()]
    assert talks and (talks[0].date.first, talks[0].date.last) == (dt.date(1967, 3, 2), dt.date(1967, 3, 3))


def test_a_dateline_of_the_page_s_day_or_far_from_it_changes_nothing():
    assert filing_day(WIRE, dt.date(1967, 3, 3)) is None  # (the page's own day)
    assert filing_day(WIRE, dt.date(1967, 3, 20)) is None  # (no filing day: an archive line, a misread)
    assert filing_day(WIRE.replace("BOSTON, March 3 (WNS) -- ", ""), dt.date(1967, 3, 4)) is None
    talks = [e for e in events(WIRE, dt.date(1967, 3, 3)) if "meeting" in e.types()]
    assert talks and (talks[0].date.first, talks[0].date.last) == (dt.date(1967, 3, 2), dt.date(1967, 3, 3))


def test_a_story_filed_on_new_year_s_eve_is_counted_from_that_day():
    wire = "OSLO, Dec. 31 (WNS) -- The two foreign ministers met today in the old town hall."
    assert filing_day(wire, dt.date(1961, 1, 1)) == dt.date(1960, 12, 31)


# --- a lead that tells "today" under the title

PAGE = ("Finnish envoy lands in Ankara ahead of talks\n\n"
        "{line}\n\n"
        "She will see her Turkish counterpart on Tuesday, the ministry said.\n")


def test_a_one_sentence_lead_that_tells_today_is_the_story_s():
    lead = "Finland's foreign minister arrived in Ankara today for a two-day working visit, her office said."
    article = parse_article(PAGE.format(line=lead), "seeds/page.txt", today=dt.date(2040, 1, 1))
    assert article.subtitle is None
    assert article.body.startswith("Finland's foreign minister arrived in Ankara today")


def test_a_line_under_the_title_with_no_day_stays_the_dek():
    dek = "The visit is the first by a Nordic minister in a decade."
    article = parse_article(PAGE.format(line=dek), "seeds/page.txt", today=dt.date(2040, 1, 1))
    assert article.subtitle == dek


# --- a Russian agency's dateline with the agency in brackets (the papers of the Soviet years)

def test_a_russian_dateline_with_the_agency_in_brackets_is_the_filing_day():
    assert filing_day("МОСКВА, 3 марта. (ТАСС). Сегодня в Кремле подписан протокол.", dt.date(1961, 3, 4)) \
        == dt.date(1961, 3, 3)
    assert filing_day("МОСКВА, 3 марта (Синьхуа). Сегодня открылась выставка.", dt.date(1961, 3, 4)) \
        == dt.date(1961, 3, 3)


def test_a_city_and_day_before_brackets_naming_no_agency_is_no_dateline():
    assert filing_day("МОСКВА, 3 марта (по сообщениям печати) сегодня открылась выставка.", dt.date(1961, 3, 4)) is None
