"""The delegations of talks told before (issue 23 class 5): "The talks, in a narrow format,
included X and Y" lists people who took part in the talks the article reports, as an
attendance list does; a discovered name joined by "and" to a known person's in such a list is
a person's too; "their talks produced a declaration" reports an agreement of theirs. And "a
ceasefire in Syria" names the topic of the talks, not their place. The
look-alikes: talks that "included" a topic add no one, a name joined to the list by a clause
of its own is no delegate, and talks "in Astana" are placed there. Texts written for these
tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
ERDOGAN, TOKAYEV, LAVROV, ASTANA, SYRIA = (CATALOG.named(name).entity_id for name in (
    "Recep Tayyip Erdoğan", "Kassym-Jomart Tokayev", "Sergei Lavrov", "Astana", "Syria"))
SATURDAY = dt.date(2033, 4, 16)
LEAD = ("Recep Tayyip Erdogan and Kassym-Jomart Tokayev ended their talks on Friday without an agreement "
        "on a ceasefire in Syria.")


def main_event(body: str):
    return next(e for e in extract_article("talks", None, None, body, SATURDAY, "en").events if e.main)


def test_the_delegations_the_talks_included_took_part_in_them():
    main = main_event(LEAD + "\n\nThe talks, in a narrow format, included Sergei Lavrov and Olaf Kessler on one side.")
    assert {ERDOGAN, TOKAYEV, LAVROV, "olaf-kessler"} <= main.participants


def test_talks_that_included_a_topic_add_no_one():
    main = main_event(LEAD + "\n\nThe talks included a long discussion of grain exports.")
    assert main.participants == {ERDOGAN, TOKAYEV}


def test_a_name_joined_to_the_list_by_a_clause_of_its_own_is_no_delegate():
    main = main_event(LEAD + "\n\nThe talks, in a narrow format, included Sergei Lavrov, and covered the Northern Sea "
                             "Route.")
    assert LAVROV in main.participants
    assert not any("northern" in p for p in main.participants)


def test_a_ceasefire_in_a_country_is_the_topic_not_the_place():
    assert main_event(LEAD).location_id != SYRIA
    body = "Recep Tayyip Erdogan and Kassym-Jomart Tokayev ended their talks in Astana on Friday."
    assert main_event(body).location_id == ASTANA


def test_a_declaration_the_talks_produced_is_signed_at_them():
    """ "Their talks produced a 40-page declaration": what the talks came to is an agreement of
    theirs, held with them; talks that produced a rise in exports produced no document."""
    body = ("Recep Tayyip Erdogan and Kassym-Jomart Tokayev met in Astana on Friday.\n\n"
            "Their talks produced a 40-page declaration on transit corridors.")
    events = extract_article("talks", None, None, body, SATURDAY, "en").events
    agreement = next(e for e in events if e.family == "agreement")
    assert {ERDOGAN, TOKAYEV} <= agreement.participants and agreement.date.first == dt.date(2033, 4, 15)
    body = body.replace("a 40-page declaration on transit corridors", "a sharp rise in grain exports")
    assert not any(e.family == "agreement" for e in extract_article("talks", None, None, body, SATURDAY, "en").events)


def test_the_talks_said_again_place_the_meeting_the_sentence_opened_with():
    """ "ended their meeting without a deal, after two hours of talks at a palace in Astana":
    the event word said again places the report the first left without a place; where the
    first names one, it stays."""
    body = ("Recep Tayyip Erdogan and Kassym-Jomart Tokayev ended their first meeting in a year without a deal, "
            "after two hours of talks at a palace in Astana on Friday.")
    assert main_event(body).location_id == ASTANA
    minsk = body.replace("their first meeting in a year", "their meeting in Minsk")
    assert main_event(minsk).location_id == CATALOG.named("Minsk").entity_id


def test_a_joint_statement_released_after_the_talks_is_their_agreement():
    """ "In a joint declaration released after the talks, the two sides said ...": the sides'
    joint text is an agreement of theirs; a statement one ministry issued is not."""
    lead = "Recep Tayyip Erdogan and Kassym-Jomart Tokayev held talks in Astana on Friday.\n\n"
    joint = lead + "In a joint declaration released after the talks, the two sides said they backed a new corridor."
    events = extract_article("talks", None, None, joint, SATURDAY, "en").events
    agreement = next(e for e in events if e.family == "agreement")
    assert {ERDOGAN, TOKAYEV} <= agreement.participants and agreement.date.first == dt.date(2033, 4, 15)
    ministry = lead + "The trade ministry issued a statement after the talks, saying exports would grow."
    events = extract_article("talks", None, None, ministry, SATURDAY, "en").events
    assert not any(e.family == "agreement" for e in events)


def test_both_men_are_the_two_leaders_named_before():
    """ "Later both men watched the opening ceremony": both men are the two leaders named
    before; "the two men's teams" are no group of people at the ceremony."""
    lead = "Recep Tayyip Erdogan and Kassym-Jomart Tokayev met in Astana on Friday.\n\n"

    def ceremony_people(sentence: str) -> set[str]:
        mentions = extract_article("talks", None, None, lead + sentence, SATURDAY, "en").event_mentions
        return set(next(m for m in mentions if m.event_type == "other").participant_ids)

    assert ceremony_people("Later both men watched the opening ceremony of the games.") == {ERDOGAN, TOKAYEV}
    assert ceremony_people("Later the two men's teams played at the opening ceremony of the games.") == set()
