"""A bloc's summit told through what its leaders signed, or in a sentence whose verb comes last:

- extract/summit_signers.summits_of_a_bodys_signing: "Five leaders sign BRICS grain declaration"
  over the signers' names, and no summit told, is the bloc's summit (the main event, with the
  signers), the signing part of it. Not two leaders' paper, not a signing to come, not a
  document of a body whose summits the knowledge base does not name (the United Nations).
- extract/event_clauses.meets_for: German "ist am Freitag zu ihrem Jahresgipfel
  zusammengekommen" reports the summit, no talks of their own, so the host's guests told right
  after it are the summit's people (hosted_guests.py); a guest's country in brackets after his
  name, "Wladimir Putin (Russland)", does not end the list of guests.
- extract/event_places: "the U.S.-led sanctions" names no venue of the signing.
"""

from __future__ import annotations

import datetime as dt

from ruchina.extract.event_clauses import meets_for
from ruchina.extract.event_words import event_words
from ruchina.extract.extraction import extract_article
from ruchina.extract.linking import link_entities

SATURDAY = dt.date(2031, 5, 17)
FIVE = ("Luiz Inácio Lula da Silva, Narendra Modi, Cyril Ramaphosa, Prabowo Subianto and Masoud "
        "Pezeshkian")


def _events(body: str, title: str | None = None, language: str = "en") -> list:
    return extract_article("a", title, None, body, SATURDAY, language).events


def _ids(*names: str) -> set[str]:
    from ruchina.knowledge.base import entity_catalog
    return {entity_catalog().named(name).entity_id for name in names}


def test_a_blocs_declaration_signed_by_its_leaders_is_told_as_their_summit():
    events = _events(f"{FIVE} signed a declaration on a common grain exchange in Rio de Janeiro on Saturday. "
                     "The text sets up a fund.", "Five leaders sign BRICS grain declaration")
    summits = [e for e in events if "summit" in e.types()]
    assert len(summits) == 1 and summits[0].main
    assert summits[0].date.first == SATURDAY and summits[0].location_id == "rio-de-janeiro"
    assert _ids("Narendra Modi", "Cyril Ramaphosa", "Masoud Pezeshkian", "Prabowo Subianto") <= summits[0].participants
    signings = [e for e in events if e.types() == {"agreement"}]
    assert len(signings) == 1 and not signings[0].main


def test_two_leaders_signing_a_blocs_declaration_hold_no_summit():
    events = _events("Narendra Modi and Cyril Ramaphosa signed a declaration on a common grain exchange in "
                     "Rio de Janeiro on Saturday.", "Modi, Ramaphosa sign BRICS grain declaration")
    assert not any("summit" in e.types() for e in events)


def test_a_signing_to_come_is_no_summit_held():
    events = _events(f"{FIVE} will sign a declaration on a common grain exchange in Rio de Janeiro next week.",
                     "Five leaders to sign BRICS grain declaration")
    assert not any("summit" in e.types() for e in events)


def test_a_document_of_a_body_that_holds_no_summits_is_no_summit():
    events = _events(f"{FIVE} signed a declaration on ocean fishing in Rio de Janeiro on Saturday.",
                     "Five leaders sign United Nations fishing declaration")
    assert not any("summit" in e.types() for e in events)


def test_a_summit_told_beside_the_signing_is_not_told_twice():
    events = _events(f"The BRICS summit opened in Rio de Janeiro on Saturday. {FIVE} signed a declaration "
                     "on a common grain exchange there.", "Five leaders sign BRICS grain declaration")
    assert len([e for e in events if "summit" in e.types()]) == 1


GATHERED = "Die Eurasische Wirtschaftsunion ist am Freitag in Minsk zu ihrem Jahresgipfel zusammengekommen. "


def test_a_summit_told_with_its_verb_last_takes_the_hosts_guests():
    events = _events(GATHERED + "Gastgeber Alexander Lukaschenko empfing im Palast die Präsidenten Wladimir Putin "
                     "(Russland) und Kassym-Jomart Tokajew (Kasachstan).", language="de")
    summits = [e for e in events if "summit" in e.types()]
    assert len(summits) == 1
    assert _ids("Alexander Lukashenko", "Vladimir Putin", "Kassym-Jomart Tokayev") <= summits[0].participants
    assert not any(e.types() == {"meeting"} for e in events)


def _meets_for(sentence: str) -> list[bool]:
    words = event_words("de")
    triggers = [(m.lastgroup, m.start(), m.end()) for m in words.trigger.finditer(sentence)]
    mentions = link_entities(sentence, False, "de")
    return [meets_for(words, sentence, triggers, i, mentions) for i, t in enumerate(triggers) if t[0] == "meeting"]


def test_the_meeting_verb_after_the_summit_word_is_the_summits_report():
    assert _meets_for(GATHERED) == [True]


def test_people_named_before_their_meeting_verb_hold_talks_of_their_own():
    assert _meets_for("Wladimir Putin und Alexander Lukaschenko sind am Freitag in Minsk zu einem Gipfel "
                      "zusammengekommen.") == [False]


def test_a_word_between_the_summit_and_the_meeting_verb_parts_them():
    assert _meets_for("Die Präsidenten sind am Freitag zu ihrem Gipfel nach Minsk gereist und dort "
                      "zusammengekommen.") == [False]


def test_a_country_led_by_another_is_no_venue():
    events = _events("Luiz Inácio Lula da Silva, Narendra Modi and Cyril Ramaphosa signed a statement on "
                     "Monday opposing the U.S.-led sanctions.")
    assert [e.location_id for e in events if "agreement" in e.types()] == [None]


def test_a_venue_stays_beside_a_compound_told_later():
    events = _events("Luiz Inácio Lula da Silva, Narendra Modi and Cyril Ramaphosa signed a statement in "
                     "Brasilia on Monday opposing the U.S.-led sanctions.")
    assert [e.location_id for e in events if "agreement" in e.types()] != [None]


MET = ("ASTANA, May 16 (Wire) - The leaders of five Central Asian states met in Astana on Friday to give their "
       "young trade bloc a secretariat. The summit was moved to Astana from Tashkent. ")


def test_talks_another_day_are_not_the_summit_told_that_week():
    # (extract/event_compatibility._talks_of_another_day: Wednesday's talks of two beside Friday's summit)
    events = _events(MET + "On Wednesday Tokayev and Mirziyoyev held talks in Astana.", "Central Asian leaders meet in Astana")
    main = next(e for e in events if e.main)
    assert "summit" in main.types() and main.date.first == dt.date(2031, 5, 16)
    talks = [e for e in events if not e.main and e.types() == {"meeting"}]
    assert [t.date.first for t in talks] == [dt.date(2031, 5, 14)]


def test_talks_on_the_summits_own_day_stay_with_it():
    events = _events(MET + "On Friday evening Tokayev and Mirziyoyev also held talks in Astana.",
                     "Central Asian leaders meet in Astana")
    assert len(events) == 1 and events[0].date.first == dt.date(2031, 5, 16)
