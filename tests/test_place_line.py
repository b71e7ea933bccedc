"""The article's place line (text/header.py's ``Place:``, extract/place_line.py): the place
a page prints beside its date places the main event when no sentence does, never a call,
a planned event or an event a sentence places elsewhere, and it ties no two reports together.

Every fixture is written for these tests, in the shape of what real pages print; each
stands beside a look-alike that must not do what it does."""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.event_merge import merge_across_articles
from ruchina.extract.extraction import extract_article
from ruchina.text.parsing import parse_article
from ruchina.text.seed_format import canonical_seed_text

PUTIN = "Q7747"
MOSCOW, BEIJING = "Q649", "Q956"
DAY = dt.date(2023, 3, 9)


def seed(place_line: str | None, body: str, title: str = "Meeting with the Governor") -> str:
    header = [f"Title: {title}", "Date: 2023-03-09"]
    if place_line:
        header.append(place_line)
    return "\n".join(header + ["URL: https://example.org/news/1", "", body, ""])


def main_event(text: str, article_id: str = "a"):
    article = parse_article(text, today=dt.date(2024, 1, 1))
    extraction = extract_article(article_id, article.title, article.subtitle, article.body, article.published_date,
                                 place=article.place)
    (main,) = [event for event in extraction.events if event.main]
    return main, extraction


# --- reading the place line ------------------------------------------------------------

def test_a_place_header_line_is_read_and_a_body_line_that_looks_alike_is_not():
    placed = parse_article(seed("Place: Novo-Ogaryovo, Moscow Region", "Vladimir Putin met with the governor."))
    assert placed.place == "Novo-Ogaryovo, Moscow Region"
    assert "Novo-Ogaryovo" not in placed.body
    # "Location:" inside the story is the story's text, not the page's place line.
    unplaced = parse_article(seed(None, "Vladimir Putin met with the governor.\n\nLocation: a school gym."))
    assert unplaced.place is None
    assert "Location: a school gym." in unplaced.body


def test_the_canonical_seed_keeps_the_place_line_and_leaves_it_out_when_there_is_none():
    placed = parse_article(seed("Location: The Kremlin, Moscow", "Vladimir Putin met with the governor."))
    again = parse_article(canonical_seed_text(placed))
    assert again.place == "The Kremlin, Moscow"
    unplaced = parse_article(seed(None, "Vladimir Putin met with the governor."))
    assert "place" not in canonical_seed_text(unplaced).split("---")[1]


# --- the main event at the place line's place -----------------------------------------

def test_a_meeting_no_sentence_places_is_where_the_place_line_says():
    body = "Vladimir Putin met with the governor of a northern region, who reported on the harvest."
    main, extraction = main_event(seed("Place: The Kremlin, Moscow", body))
    assert main.location_id == MOSCOW  # the Kremlin's city, which the line names
    # the place is an entity of the article, so the events row's location resolves
    assert MOSCOW in {m.entity_id for m in extraction.mentions}
    unplaced, _ = main_event(seed(None, body))
    assert unplaced.location_id is None


def test_a_call_has_no_place_whatever_the_place_line_says():
    body = "Vladimir Putin had a telephone conversation with President of China Xi Jinping."
    main, _ = main_event(seed("Place: The Kremlin, Moscow", body, title="Telephone conversation with Xi Jinping"))
    assert main.family == "call"
    assert main.location_id is None
    # the look-alike: the same line above a meeting places it
    met, _ = main_event(seed("Place: The Kremlin, Moscow", body.replace("had a telephone conversation", "met"),
                             title="Meeting with Xi Jinping"))
    assert met.location_id == MOSCOW


def test_a_summit_attended_by_video_link_is_not_placed_where_the_page_is_but_a_chaired_meeting_is():
    line = "Place: Novo-Ogaryovo, Moscow Region"
    summit = "Vladimir Putin took part in the summit of the Collective Security Treaty Organisation via videoconference."
    assert main_event(seed(line, summit, title="Summit of the CSTO"))[0].location_id is None
    in_person = summit.replace(" via videoconference", "")
    assert main_event(seed(line, in_person, title="Summit of the CSTO"))[0].location_id == "novo-ogaryovo"
    # a meeting he chairs by video link is held where he is, as the page says
    chaired = "Vladimir Putin held a meeting with members of the Government via videoconference."
    assert main_event(seed(line, chaired, title="Meeting with Government members"))[0].location_id == "novo-ogaryovo"


def test_a_held_meeting_is_placed_though_a_later_sentence_speaks_of_what_it_will_bring():
    body = ("Vladimir Putin met with Prime Minister Mikhail Mishustin.\n\n"
            "I am sure this meeting will give new impetus to the work of the Government.")
    assert main_event(seed("Place: The Kremlin, Moscow", body, title="Meeting with Mikhail Mishustin"))[0].location_id \
        == MOSCOW


def test_a_sentence_that_places_the_meeting_elsewhere_wins_over_the_place_line():
    body = "Vladimir Putin met with President of China Xi Jinping in Beijing."
    main, _ = main_event(seed("Place: The Kremlin, Moscow", body, title="Meeting with Xi Jinping"))
    assert main.location_id == BEIJING


def test_a_planned_event_is_not_placed_where_it_is_announced():
    body = "Vladimir Putin will meet with President of China Xi Jinping next week."
    main, _ = main_event(seed("Place: The Kremlin, Moscow", body, title="Forthcoming meeting with Xi Jinping"))
    assert main.location_id is None


def test_a_place_the_knowledge_base_lacks_is_taken_from_the_body_when_the_body_names_it():
    body = ("Vladimir Putin arrived in Zarechnogorsk, a town in the north. He met with residents "
            "at the new hospital.")
    main, extraction = main_event(seed("Place: Zarechnogorsk", body, title="Meeting with residents"))
    (discovered,) = {m.entity_id for m in extraction.body_mentions if m.surface == "Zarechnogorsk"}
    assert main.location_id == discovered and main.place_assumed  # (no sentence placed it)
    # a town neither the knowledge base nor the text names places nothing
    nowhere, _ = main_event(seed("Place: Ozyorsk-Dalny", "Vladimir Putin met with the governor."))
    assert nowhere.location_id is None


# --- across articles: a place line is no tie ---------------------------------------------

def test_two_meetings_on_one_day_at_the_place_line_place_stay_apart():
    """A President meets several people a day where he works: the shared place line is no
    evidence that two meetings are one."""
    first, a = main_event(seed("Place: Novo-Ogaryovo, Moscow Region",
                               "Vladimir Putin met with Minister of Defence Sergei Shoigu."), "a")
    second, b = main_event(seed("Place: Novo-Ogaryovo, Moscow Region",
                                "Vladimir Putin met with Prime Minister Mikhail Mishustin."), "b")
    assert first.location_id == second.location_id == "novo-ogaryovo"
    rows = merge_across_articles([*a.events, *b.events], {})
    assert len(rows) == 2
    # the look-alike: two reports of one meeting, with the same people, still merge
    _, c = main_event(seed("Place: Novo-Ogaryovo, Moscow Region",
                               "Vladimir Putin met with Minister of Defence Sergei Shoigu at his residence."), "c")
    rows = merge_across_articles([*a.events, *c.events], {})
    assert len(rows) == 1


# --- a report that happened with the main event, at its place (place_reports_of_the_day) -----

def _events(body: str):
    return extract_article("d", "Russian-Chinese talks", None, body, dt.date(2024, 5, 16)).events


def test_a_report_dated_by_the_main_event_happened_at_its_place():
    events = _events("Vladimir Putin and Xi Jinping held talks in Beijing. The two leaders then signed a joint "
                     "statement on trade.")
    (signing,) = [e for e in events if not e.main]
    assert signing.mentions[0].event_type == "agreement" and signing.location_id == "Q956"


def test_a_report_of_another_day_or_a_call_takes_no_place_from_the_main_event():
    for body in ("Vladimir Putin and Xi Jinping held talks in Beijing. The two leaders will sign a joint "
                 "statement on trade next month.",  # (its own day)
                 "Vladimir Putin and Xi Jinping held talks in Beijing. Putin and Xi Jinping also had a "
                 "telephone conversation."):  # (a call has no place)
        (other,) = [e for e in _events(body) if not e.main]
        assert other.location_id is None, body
