"""A conference known by its name and subject ("the Oslo Conference on Maritime Safety") is a
gathering as a forum is; a press conference, a conference in lower case and a standing body
named right after "the" are not."""
import datetime as dt

from ruchina.extract.extraction import extract_article

MONDAY = dt.date(2022, 9, 12)


def _events(text):
    return [(m.event_type, m.date.first if m.date else None, m.status)
            for event in extract_article("x", None, None, text, MONDAY, "en").events for m in event.mentions]


def test_a_named_conference_is_a_forum_with_its_opening_day():
    text = ("The admiral is in Norway for the Oslo Conference on Maritime Safety, a yearly event run by the coast guard "
            "that opens on Wednesday and lasts three days.")
    assert ("forum", dt.date(2022, 9, 14), "planned") in _events(text)


def test_a_press_conference_on_a_day_is_no_forum():
    text = "The admiral gave a Press Conference on Tuesday in Oslo about the drills."
    assert all(kind != "forum" for kind, _, _ in _events(text))


def test_a_standing_body_after_the_is_no_forum():
    text = "The Conference on Disarmament resumed its work in Geneva on Monday without the admiral."
    assert all(kind != "forum" for kind, _, _ in _events(text))
