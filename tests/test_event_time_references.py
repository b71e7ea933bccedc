"""An event named only to date another ("held talks a day before the parade") reports no event of
its own (knowledge/events_<lang>.yaml: time_reference); the talks it dates keep theirs, and an
event told for itself beside it stays. Also: "the two leaders" in a lead that names the pair
itself are that pair; a weekday in the possessive ("Thursday's parade") dates the event word after
it, the weekday nearest the article's day (event_word_dates.py); German "getroffen" (met) is a meeting,
not "hart getroffen" (hit hard) nor "Entscheidungen getroffen" (decided). Fixtures written for these tests
(other events, other names)."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

PUTIN, LUKASHENKO, TOKAYEV = "Q7747", "alexander-lukashenko", "kassym-jomart-tokayev"
DAY = dt.date(2024, 5, 8)


def events(body, title="Putin and Lukashenko talk in Moscow", published=DAY, language="en"):
    return extract_article("t1", title, None, body, published, language).events


def types(found):
    return sorted(t for e in found for t in e.types())


def reported(body, title="Putin and Lukashenko talk in Moscow", language="en"):
    """The types of the event reports (before background events are dropped)."""
    return sorted(m.event_type for m in extract_article("t1", title, None, body, DAY, language).event_mentions)


def test_a_parade_named_only_as_the_day_after_the_talks_is_no_event():
    body = ("Vladimir Putin held talks with Alexander Lukashenko in Moscow on Wednesday, a day before the "
            "Victory Day parade on Red Square.")
    assert reported(body) == ["meeting"]


def test_the_talks_do_not_take_in_the_summit_before_them():
    body = ("Vladimir Putin held talks with Alexander Lukashenko in Moscow on Wednesday, a day after a regional "
            "summit and a day before a huge military parade.")
    (main,) = [e for e in events(body) if e.main]
    assert main.types() == {"meeting"}
    assert reported(body) == ["meeting"]


def test_a_parade_told_for_itself_beside_the_talks_stays():
    body = ("Vladimir Putin held talks with Alexander Lukashenko in Moscow on Wednesday. On Thursday the two "
            "leaders will watch the Victory Day parade on Red Square.")
    assert "parade" in types(events(body))
    assert reported(body) == ["meeting", "parade"]


def test_talks_told_after_the_time_words_are_still_reported():
    # (the time words date the talks: "a day before the parade, Putin held talks")
    body = ("A day before the Victory Day parade, Vladimir Putin held talks with Alexander Lukashenko in Moscow "
            "on Wednesday.")
    assert "meeting" in types(events(body))


def test_an_event_after_and_is_another_report():
    body = ("Vladimir Putin met Alexander Lukashenko in Moscow on Wednesday, two days after the forum and "
            "talks with Kassym-Jomart Tokayev in Astana on Monday.")
    found = events(body)
    assert any(TOKAYEV in e.participants for e in found)


def test_a_time_reference_in_german_is_no_event():
    body = ("Wladimir Putin hat am Mittwoch in Moskau mit Alexander Lukaschenko Gespräche geführt, einen Tag "
            "vor der Parade zum Tag des Sieges.")
    assert "parade" not in reported(body, title="Putin empfängt Lukaschenko", language="de")
    told = body.replace("einen Tag vor der Parade", "und besucht am Donnerstag die Parade")
    assert "parade" in reported(told, title="Putin empfängt Lukaschenko", language="de")


def test_the_two_leaders_of_a_lead_that_names_its_pair():
    body = ("Vladimir Putin told Alexander Lukashenko on Wednesday that trade had never been higher, as the "
            "two leaders held talks in Moscow.")
    (talks,) = [e for e in events(body, title="Trade at a record, Putin says") if "meeting" in e.types()]
    assert talks.participants == {PUTIN, LUKASHENKO}


def test_a_lead_naming_three_gives_no_pair():
    body = ("Vladimir Putin told Alexander Lukashenko and Kassym-Jomart Tokayev on Wednesday that trade had "
            "never been higher, as the two leaders held talks in Moscow.")
    (talks,) = [e for e in events(body, title="Trade at a record, Putin says") if "meeting" in e.types()]
    assert talks.participants != {PUTIN, LUKASHENKO}


TUESDAY = dt.date(2024, 5, 7)


def dated(body, title="Putin and Lukashenko talk in Moscow"):
    found = extract_article("t1", title, None, body, TUESDAY, "en").event_mentions
    return {m.event_type: (m.date.first if m.date else None) for m in found}


def test_a_weekday_in_the_possessive_dates_the_event_word_after_it():
    # ("Thursday's parade", told on Tuesday in a past sentence: the coming Thursday, and not the forum's day)
    body = ("The talks came after both leaders attended the forum in Minsk and before Thursday's Victory Day "
            "parade, which Putin will watch alongside Lukashenko.")
    days = dated(body)
    assert days["parade"] == dt.date(2024, 5, 9)
    assert days["forum"] is None


def test_a_weekday_not_in_the_possessive_keeps_its_reading():
    body = ("The talks came after both leaders attended the forum in Minsk on Thursday and before the Victory Day "
            "parade.")
    assert dated(body)["forum"] == dt.date(2024, 5, 2)


def german_types(body):
    found = extract_article("t1", "Putin in Moskau", None, body, TUESDAY, "de").event_mentions
    return [m.event_type for m in found]


def test_getroffen_is_a_meeting_in_german():
    assert "meeting" in german_types("Bereits am Sonntag hatte Wladimir Putin Alexander Lukaschenko getroffen.")


def test_getroffen_as_hit_or_decided_is_no_meeting_in_german():
    assert "meeting" not in german_types("Die Sanktionen haben Wladimir Putin und die Wirtschaft hart getroffen.")
    assert "meeting" not in german_types("Wladimir Putin hat am Sonntag wichtige Entscheidungen getroffen.")


def _title_statuses(title, body, language):
    return sorted((m.event_type, m.status) for m in extract_article("t1", title, None, body, DAY, language).event_mentions)


def test_a_summit_only_hoped_for_before_the_act_is_to_come_in_every_language():
    cases = [
        ("fr", "Avant un éventuel sommet avec Loukachenko, Poutine appelle Tokaïev",
         "Vladimir Poutine s'est entretenu mercredi au téléphone avec Kassym-Jomart Tokaïev."),
        ("es", "Antes de una posible cumbre con Lukashenko, Putin llama a Tokáyev",
         "Vladímir Putin habló el miércoles por teléfono con Kasim-Yomart Tokáyev."),
        ("de", "Vor einem möglichen Gipfel mit Lukaschenko telefoniert Putin mit Tokajew",
         "Wladimir Putin telefonierte am Mittwoch mit Kassym-Schomart Tokajew."),
    ]
    for language, title, body in cases:
        assert ("summit", "planned") in _title_statuses(title, body, language), language


def test_look_alike_a_summit_named_with_its_article_before_the_act_keeps_its_tense():
    # (« avant le sommet » may tell one already held: only the hoped-for summit is to come)
    found = _title_statuses("Avant le sommet, Poutine appelle Tokaïev",
                            "Vladimir Poutine s'est entretenu mercredi au téléphone avec Kassym-Jomart Tokaïev.", "fr")
    assert ("summit", "planned") not in found
