"""A body's leaders meeting beside another body's summit (extract/body_meetings_beside_summits.py):

"SCO leaders meet in Lima" over "an informal SCO meeting before the APEC opening session", the APEC
summit told opening that day, is the SCO leaders' meeting at the APEC summit, not an SCO summit.
Look-alikes that stay summits: the same meeting with no other summit told (the body's summit), and
a gathering told with the summit's own word ("the SCO summit") beside the other summit.

And (extract/summit_settings.setting_people_attend) who talks on the sidelines of the one summit an
article reports attends it; not where the article reports two summits.
"""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

SUNDAY = dt.date(2031, 11, 16)
INFORMAL = ("Vladimir Putin chaired an informal SCO meeting in Lima on Sunday morning before the APEC opening "
            "session. Xi Jinping, Narendra Modi and Kassym-Jomart Tokayev attended. ")
APEC = "The APEC summit, hosted by Peru, opened in Lima on Sunday afternoon and closes on Monday."


def _events(body: str, title: str) -> list:
    return extract_article("a", title, None, body, SUNDAY, "en").events


def test_a_blocs_informal_meeting_before_another_summit_is_a_meeting():
    events = _events(INFORMAL + APEC, "SCO leaders meet in Lima ahead of APEC")
    main = next(e for e in events if e.main)
    assert main.types() == {"meeting"} and len(main.participants) >= 4
    assert any(e.types() == {"summit"} and "APEC Summit" in e.event_names for e in events)


def test_the_same_meeting_with_no_other_summit_told_is_the_blocs_summit():
    events = _events(INFORMAL.replace(" before the APEC opening session", ""), "SCO leaders meet in Lima")
    assert next(e for e in events if e.main).types() == {"summit"}


def test_a_gathering_told_as_a_summit_beside_another_stays_a_summit():
    events = _events("The SCO summit opened in Lima on Sunday morning, before the APEC opening session. Vladimir "
                     "Putin, Xi Jinping, Narendra Modi and Kassym-Jomart Tokayev attended. " + APEC,
                     "SCO summit opens in Lima")
    assert any(e.types() == {"summit"} and "SCO Summit" in e.event_names for e in events)
    assert not any(e.types() == {"meeting"} and "SCO Summit" in e.event_names for e in events)


# extract/summit_settings.setting_people_attend: those who hold talks on a summit's sidelines attend
# the one summit the article reports, though it names others and they are told apart from it
# (a setting of no day or place is dropped as background); not where the article reports two summits.
CLOSED = "Les dirigeants des pays du Pacifique ont clos lundi à Lima leur sommet, présidé par Cyril Ramaphosa.\n\n"
TALKS = "La veille, dimanche, Emmanuel Macron et Narendra Modi s'étaient entretenus une heure en marge du sommet."
TUESDAY = dt.date(2031, 11, 18)


def _french_summits(body: str) -> list:
    events = extract_article("a", "Le sommet du Pacifique se termine à Lima", None, body, TUESDAY, "fr").events
    assert any(e.types() == {"meeting"} for e in events)  # (the talks stay their own event)
    return [e for e in events if e.types() == {"summit"}]


def test_who_talks_on_a_summits_sidelines_attends_the_one_summit_told():
    (summit,) = _french_summits(CLOSED + TALKS)
    assert {"Q1148669", "Q3052772", "Q1058"} <= summit.participants  # Ramaphosa, Macron, Modi


def test_talks_beside_two_summits_give_neither_their_people():
    summits = _french_summits(CLOSED + "Le sommet du G20 s'ouvre la semaine prochaine à Rio de Janeiro.\n\n" + TALKS)
    (lima,) = [e for e in summits if e.main]
    assert lima.participants == {"Q1148669"}
