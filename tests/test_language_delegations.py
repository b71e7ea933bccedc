"""A delegation led by one man with others named as its members (delegations.py): the reports that
tell the delegation have its head and members among their people, in Russian, German, Chinese and
English; beside look-alikes: a report that names the head without the delegation, an article telling
two delegations' heads. Every fixture is written for these tests (another trip than any benchmark
page's)."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

KOSYGIN, GROMYKO, LIU, ZHOU = "alexei-kosygin", "andrei-gromyko", "liu-shaoqi", "zhou-enlai"


def _events(body: str, language: str, published: dt.date, title: str | None = None):
    return extract_article("t1", title, None, body, published, language).events


def _of_type(events, event_type: str):
    return [e for e in events if e.mentions[0].event_type == event_type]


def test_the_members_listed_after_a_russian_wire_travel_with_their_head():
    """ "прибыла делегация во главе с X. В состав делегации входят Y и другие": Y is at the visit too."""
    events = _events("ХАНОЙ, 6 февраля. (ТАСС). Сегодня в Ханой прибыла советская правительственная делегация "
                     "во главе с Председателем Совета Министров СССР А. Н. Косыгиным. В состав делегации входят "
                     "министр иностранных дел СССР А. А. Громыко и другие.", "ru", dt.date(1965, 2, 7))
    (visit,) = _of_type(events, "visit")
    assert visit.participants == {KOSYGIN, GROMYKO}
    assert visit.date.first == dt.date(1965, 2, 6)


def test_the_delegation_members_join_its_visit_but_not_the_heads_own_meeting_in_german():
    """ "landete X mit einer Regierungsdelegation ... Zur Delegation gehörten auch Y": Y is at the visit;
    "traf X Z" names the head alone, no delegation: X and Z only."""
    events = _events("Am 6. Februar 1965 landete Alexei Kossygin mit einer sowjetischen Regierungsdelegation in "
                     "Hanoi. Zur Delegation gehörten auch Andrej Gromyko und mehrere Generäle. Am 7. Februar traf "
                     "Kossygin in Hanoi Liu Shaoqi.", "de", dt.date(2025, 2, 6), title="Vor 60 Jahren: Kossygin in Hanoi")
    (visit,) = _of_type(events, "visit")
    assert visit.participants == {KOSYGIN, GROMYKO}
    (meeting,) = _of_type(events, "meeting")
    assert meeting.participants == {KOSYGIN, LIU}


def test_talks_with_the_delegation_are_its_heads_in_chinese():
    """ "X率领代表团抵达河内。……A、B等同苏联代表团举行会谈": the talks are A's and B's with X."""
    events = _events("1965年2月6日，柯西金率领苏联政府代表团抵达河内。访问期间，刘少奇、周恩来等同苏联代表团举行会谈。",
                     "zh", dt.date(1965, 2, 8))
    (meeting,) = _of_type(events, "meeting")
    assert meeting.participants == {KOSYGIN, LIU, ZHOU}


def test_a_delegation_that_includes_someone_in_english():
    events = _events("Kosygin arrived in Hanoi by air on Saturday at the head of a Soviet government delegation "
                     "that includes Foreign Minister Andrei Gromyko. On Sunday Kosygin met Liu Shaoqi.",
                     "en", dt.date(1965, 2, 7))
    (visit,) = _of_type(events, "visit")
    assert visit.participants == {KOSYGIN, GROMYKO}
    (meeting,) = _of_type(events, "meeting")
    assert meeting.participants == {KOSYGIN, LIU}


def test_look_alike_two_delegations_heads_leave_a_bare_delegation_unresolved():
    """Two heads ("X率领苏联代表团", "Y率领中国代表团"): "the delegation" of the talks may be either one,
    so the talks keep the one person they name."""
    events = _events("1965年2月6日，柯西金率领苏联政府代表团抵达河内。同日，周恩来率领中国政府代表团抵达河内。"
                     "刘少奇同苏联代表团举行会谈。", "zh", dt.date(1965, 2, 8))
    assert all(KOSYGIN not in e.participants for e in _of_type(events, "meeting"))
    assert all(ZHOU not in e.participants for e in _of_type(events, "visit") if KOSYGIN in e.participants)


def test_the_celebration_of_the_prcs_founding_anniversary_is_its_parade_with_the_delegation():
    """ "прибыла для участия в праздновании десятой годовщины образования КНР, которое состоится 1
    октября": the national day's parade, to come on 1 October, the delegation's head at it."""
    events = _events("Делегация во главе с Н. С. Хрущевым прибыла для участия в праздновании десятой годовщины "
                     "образования КНР, которое состоится 1 октября.", "ru", dt.date(1959, 9, 30))
    (parade,) = _of_type(events, "parade")
    assert parade.date.first == dt.date(1959, 10, 1)
    assert "nikita-khrushchev" in parade.participants


def test_look_alike_a_new_year_celebration_is_no_parade():
    events = _events("Делегация во главе с Н. С. Хрущевым прибыла для участия в праздновании Нового года, которое "
                     "состоится 1 января.", "ru", dt.date(1959, 12, 30))
    assert not _of_type(events, "parade")


def test_the_heads_deputy_named_with_the_delegation_joins_the_visit_told_without_the_delegations_word():
    """ "flew home at the end of a six-day visit ... arrived at the head of a delegation, with X as his
    deputy": X was at the visit; the head's own call on Y, told without the delegation, is theirs only."""
    events = _events("HANOI, Feb. 12 -- Premier Alexei N. Kosygin flew home from Hanoi today at the end of a six-day "
                     "visit. Kosygin arrived last week at the head of a government delegation, with Andrei Gromyko as "
                     "his deputy. On Sunday Kosygin met Liu Shaoqi.", "en", dt.date(1965, 2, 12))
    (visit,) = _of_type(events, "visit")
    assert visit.participants == {KOSYGIN, GROMYKO}
    (meeting,) = _of_type(events, "meeting")
    assert meeting.participants == {KOSYGIN, LIU}


def test_look_alike_a_companion_with_no_deputys_part_is_no_member():
    events = _events("HANOI, Feb. 12 -- Premier Alexei N. Kosygin flew home from Hanoi today at the end of a six-day "
                     "visit. Kosygin arrived last week at the head of a government delegation, with Andrei Gromyko "
                     "staying in Moscow.", "en", dt.date(1965, 2, 12))
    (visit,) = _of_type(events, "visit")
    assert visit.participants == {KOSYGIN}
