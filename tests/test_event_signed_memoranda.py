"""A memorandum told as signed is an agreement ("the memorandum signed on Friday", "подписан
меморандум"; knowledge/events_<lang>.yaml), and a signing told on one day with no place of its own
is at the place of the one day's talks the article tells that day
(event_signings.placed_by_the_days_talks).
Fixtures written for these tests (other events, other names), each beside a look-alike."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

SATURDAY = dt.date(2024, 5, 18)
MINSK = "minsk"
TALKS = "Vladimir Putin held talks with Alexander Lukashenko in Minsk on Friday. "


def signings(body, language="en", title="Putin and Lukashenko in Minsk"):
    found = extract_article("t1", title, None, body, SATURDAY, language).events
    return [e for e in found if e.family == "agreement"]


def test_a_memorandum_signed_on_the_day_of_the_talks_is_signed_at_their_place():
    (signing,) = signings(TALKS + "The gas memorandum signed on Friday still sets no price.")
    assert signing.location_id == MINSK and signing.date.first == dt.date(2024, 5, 17)


def test_a_memorandum_signed_on_another_day_takes_no_place_of_the_talks():
    (signing,) = signings(TALKS + "The gas memorandum signed on Wednesday still sets no price.")
    assert signing.location_id is None


def test_a_memorandum_not_signed_is_no_agreement():
    assert signings(TALKS + "The gas memorandum still sets no price.") == []


def test_a_memorandum_signed_in_russian_participle_first():
    body = ("Владимир Путин в пятницу провёл переговоры с Александром Лукашенко в Минске. "
            "Сообщается, что подписан юридически обязывающий меморандум о поставках газа.")
    found = extract_article("t1", "Путин и Лукашенко в Минске", None, body, SATURDAY, "ru").event_mentions
    assert "agreement" in {m.event_type for m in found}
    unsigned = body.replace("подписан юридически обязывающий", "обсуждался юридически обязывающий")
    found = extract_article("t1", "Путин и Лукашенко в Минске", None, unsigned, SATURDAY, "ru").event_mentions
    assert "agreement" not in {m.event_type for m in found}



def test_a_document_of_others_signed_on_the_talks_day_takes_no_place_of_the_talks():
    """Four leaders adopt a statement on the day two of them hold talks in Minsk: the four's
    document, adopted where the four met, not at the two's talks; the two's own document is at
    their talks. Reports built by hand (no main event: which one is main is another test's)."""
    from ruchina.extract.dates import ResolvedDate
    from ruchina.extract.event_mentions import ArticleEvent, EventMention
    from ruchina.extract.event_signings import placed_by_the_days_talks

    friday = ResolvedDate(dt.date(2024, 5, 17), dt.date(2024, 5, 17), "day", "on Friday", 0, 0, "weekday")

    def report(event_type, people, place=None):
        mention = EventMention("a", event_type, people, place, friday, "occurred", False, "", 0, 0)
        return ArticleEvent("a", SATURDAY, [mention])

    two = ("Q7747", "alexander-lukashenko")
    talks, theirs = report("meeting", two, MINSK), report("agreement", two)
    others = report("agreement", (*two, "kassym-jomart-tokayev", "shavkat-mirziyoyev"))
    placed_by_the_days_talks([talks, theirs, others])
    assert theirs.location_id == MINSK
    assert others.location_id is None
