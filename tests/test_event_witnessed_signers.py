"""Documents signed after talks, an agreement event of their own on the talks' day: its people are
the signers its sentence names, not those named only in its clause of presence ("as X and Y looked
on": extract/witness_clauses.py, knowledge/events_<lang>.yaml `witness_clauses`); naming no signer
and told done in the leaders' presence, the leaders of the talks' headline, not every attendee
(extract/witnessed_signings.py). The words of a signing told in the passive or by its noun, in each
language (knowledge/events_<lang>.yaml `agreement`), and "a few minutes ago", the page's day
(extract/dates.py). Beside each, a look-alike that must not trigger. Fixtures written for these
tests (other people, other documents)."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.dates import resolve_dates
from ruchina.extract.extraction import extract_article

XI, ABE = "Q15031", "Q132345"
LAVROV, WANG_YI = "sergey-lavrov", "wang-yi"
SATURDAY = dt.date(2019, 6, 29)


def signings(language, body):
    events = extract_article("t1", None, None, body, SATURDAY, language).events
    return [e for e in events if e.family == "agreement"]


TALKS = "MOSCOW, June 29. Xi Jinping held talks with Shinzo Abe in the Kremlin today."


def test_the_ministers_sign_as_the_leaders_look_on():
    body = TALKS + "\n\nForeign ministers Sergey Lavrov and Wang Yi signed a memorandum on fisheries as Xi Jinping and Shinzo Abe looked on."
    found = signings("en", body)
    assert len(found) == 1
    assert not {XI, ABE} & found[0].participants
    assert found[0].date is not None and found[0].date.first == SATURDAY


def test_leaders_who_sign_with_no_one_looking_on_sign():
    found = signings("en", TALKS + "\n\nXi Jinping and Shinzo Abe signed a memorandum on fisheries.")
    assert len(found) == 1 and {XI, ABE} <= found[0].participants


RU_TALKS = ("МОСКВА, 29 июня. /ТАСС/. Си Цзиньпин и Синдзо Абэ провели сегодня в Кремле переговоры. "
            "В переговорах участвовали также министры Сергей Лавров и Ван И.")


def test_documents_signed_in_the_leaders_presence_are_the_leaders_not_the_attendees():
    body = RU_TALKS + "\n\nПо итогам переговоров в присутствии лидеров было подписано более десяти документов."
    found = signings("ru", body)
    assert len(found) == 1
    assert found[0].participants == {XI, ABE}
    assert found[0].date is not None and found[0].date.first == SATURDAY


def test_a_treaty_signed_years_ago_recalled_in_passing_is_no_signing_of_the_day():
    body = TALKS + "\n\nThe two sides recalled the treaty signed in 2001, the basis of their ties."
    assert all(e.date is None or e.date.first != SATURDAY for e in signings("en", body))


def test_a_ratification_by_parliament_is_no_signing():
    body = "МОСКВА, 29 июня. /ТАСС/. Государственная дума сегодня ратифицировала договор о рыболовстве."
    assert signings("ru", body) == []


@pytest.mark.parametrize("language, sentence", [
    ("en", "The six signed a joint communique at the close of the session."),
    ("en", "Energy ministers Sergey Lavrov and Wang Yi signed a document on gas supplies."),
    ("ru", "В присутствии лидеров было подписано более десяти документов."),
    ("ru", "В присутствии глав правительств был подписан пакет межправительственных и коммерческих документов."),
    ("es", "Ambos presenciaron la firma de una docena de acuerdos sobre pesca."),
    ("de", "Anschließend wurden Abkommen zur Fischerei, zum Schiffbau und zur Raumfahrt unterzeichnet."),
    ("zh", "两国政府在北京签署关于渔业合作的公告。"),
])
def test_a_signing_told_in_the_passive_or_by_its_noun_is_an_agreement(language, sentence):
    events = extract_article("t1", None, None, sentence, SATURDAY, language).event_mentions
    assert any(m.event_type == "agreement" for m in events)


@pytest.mark.parametrize("language, sentence", [
    ("es", "La firma de abogados presentó ayer sus cuentas."),
    ("zh", "外交部今天发布公告。"),
    ("en", "He said the document was still being drafted."),
])
def test_a_firm_a_notice_or_a_draft_is_no_signing(language, sentence):
    events = extract_article("t1", None, None, sentence, SATURDAY, language).event_mentions
    assert not any(m.event_type == "agreement" for m in events)


@pytest.mark.parametrize("phrase", ["a few minutes ago", "two hours ago", "moments ago"])
def test_minutes_or_hours_ago_is_the_pages_day(phrase):
    dates = resolve_dates(f"The ministers signed the memorandum {phrase}.", SATURDAY)
    assert [(d.first, d.last) for d in dates] == [(SATURDAY, SATURDAY)]


def test_years_ago_is_no_day_of_the_page():
    dates = resolve_dates("The ministers signed the memorandum two years ago.", SATURDAY)
    assert all(d.first != SATURDAY for d in dates)


# (a release's list of the documents of talks: each named, then told signed before or by the leaders;
# and papers officials exchange as the leaders look on: knowledge/events_en.yaml `agreement`)
LISTED = TALKS + ("\n\nThe following documents were signed today:\n\n"
                  "Joint Statement on Strategic Partnership, signed by the two leaders.\n\n"
                  "Memorandum of Understanding on Fisheries and Aquaculture, signed in the presence of the two leaders.")


def test_documents_listed_by_name_and_told_signed_are_signings_of_the_day():
    found = signings("en", LISTED)
    memoranda = [e for e in found if any("Fisheries" in m.sentence for m in e.mentions)]
    assert memoranda and memoranda[0].date is not None and memoranda[0].date.first == SATURDAY


def test_a_treaty_named_and_told_signed_years_ago_is_no_signing_of_the_day():
    body = TALKS + "\n\nThe Treaty of Good Neighbourliness, signed by the two countries in 2001, remains their basis."
    assert all(e.date is None or e.date.first != SATURDAY for e in signings("en", body))


def test_officials_who_exchange_a_memorandum_as_the_leaders_look_on_make_the_leaders_signing():
    body = TALKS + "\n\nXi Jinping and Shinzo Abe look on as officials exchange a memorandum on fisheries."
    found = signings("en", body)
    assert len(found) == 1 and {XI, ABE} <= found[0].participants
    assert found[0].date is not None and found[0].date.first == SATURDAY


def test_views_exchanged_on_an_agreement_are_no_signing():
    body = TALKS + "\n\nXi Jinping and Shinzo Abe exchanged views on the agreements of the previous year."
    assert not signings("en", body)
