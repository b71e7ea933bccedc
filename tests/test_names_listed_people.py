"""A discovered name of no known kind listed after two people is a person's
(extract/listed_people.py, names.yaml ``list_joiners``): "Russia's A, Kazakhstan's B and
Mongolia's C" makes C a person as A and B are. The look-alikes: a name after one person only
("A and Polar Star") or after a list broken by other words keeps its kind."""

from __future__ import annotations

from ruchina.extract.linking import link_entities


def _kind(text: str, name: str) -> str | None:
    return next((m.entity_type for m in link_entities(text, True, "en") if m.name == name), None)


def test_a_name_listed_after_two_people_is_a_persons():
    text = ("The communique was signed on Thursday by Belarus's Alexander Lukashenko, "
            "Kazakhstan's Kassym-Jomart Tokayev and Mongolia's Bolortsetseg Ganbaatar.")
    assert _kind(text, "Bolortsetseg Ganbaatar") == "PERSON"


def test_a_name_after_one_person_keeps_its_kind():
    text = "The cargo was inspected on Thursday by Kassym-Jomart Tokayev and Bolortsetseg Ganbaatar."
    assert _kind(text, "Bolortsetseg Ganbaatar") != "PERSON"


def test_a_name_after_a_list_broken_by_other_words_keeps_its_kind():
    text = ("Alexander Lukashenko and Kassym-Jomart Tokayev praised the work of the operators of "
            "Bolortsetseg Ganbaatar.")
    assert _kind(text, "Bolortsetseg Ganbaatar") != "PERSON"


def test_a_list_goes_on_through_people_named_by_their_office():
    text = ("Belarusian President Alexander Lukashenko, Kazakh President Kassym-Jomart Tokayev and Mongolia's "
            "Bolortsetseg Ganbaatar attended the ceremony.")
    assert _kind(text, "Bolortsetseg Ganbaatar") == "PERSON"


def test_an_office_before_a_thing_breaks_no_bare_list_into_people():
    """The look-alike: a bare name after two titled people, no possessive before it, keeps its kind."""
    text = ("Belarusian President Alexander Lukashenko, Kazakh President Kassym-Jomart Tokayev and "
            "Bolortsetseg Ganbaatar attended the ceremony.")
    assert _kind(text, "Bolortsetseg Ganbaatar") != "PERSON"
