"""Discovered names on the kinds of junk real texts give (issue 23): each fixture, written for
these tests, sits beside a look-alike that must still give its name."""

from __future__ import annotations

import pytest

from ruchina.extract.linking import link_entities


def discovered(text):
    return {m.name for m in link_entities(text) if not m.linked}


def test_weapons_and_aircraft_named_by_the_kind_after_them_are_not_entities():
    text = ("The navy received the Sosna-7M missiles, the Kedr and Pikhta long-range launchers and a "
            "Borei-B class boat; the Kama Region missile plant and the Lugovo Rocket Works delivered them.")
    found = discovered(text)
    assert not found & {"Sosna-7M", "Kedr", "Pikhta", "Borei-B"}
    assert {"Kama Region", "Lugovo Rocket Works"} <= found


def test_a_theme_or_slogan_after_its_cue_word_is_no_name():
    text = ("The forum's central theme is Building Bridges, Sharing Horizons. A session themed Open "
            "Roads: New Chances, will be chaired by Olga Brin. The topic was raised by Kamagaz in Lugovo.")
    found = discovered(text)
    assert not any(word in name for name in found for word in ("Bridges", "Horizons", "Roads", "Chances"))
    assert {"Olga Brin", "Kamagaz", "Lugovo"} <= found


def test_words_of_a_prayer_and_names_of_languages_are_not_names():
    text = "In the Name of Allah, the Most Merciful, I greet you in English and in Arabic, in the name of our peoples; the Kama Council agrees."
    assert discovered(text) == {"Kama Council"}


def test_a_commission_on_a_field_is_one_name_but_a_place_after_on_is_another():
    text = ("The Kama-Lugovo Intergovernmental Commission on Economic Cooperation met at the Victory Museum "
            "on Sosnovaya Gora, and the Lugovo Council on Monday agreed.")
    found = discovered(text)
    assert "Kama-Lugovo Intergovernmental Commission on Economic Cooperation" in found
    assert {"Victory Museum", "Sosnovaya Gora", "Lugovo Council"} <= found
    assert not any(name.endswith(" on") or "Monday" in name for name in found)


def test_a_persons_possessive_ends_the_person_but_not_a_common_words():
    found = discovered("Olga Brin's Kama Fairness Foundation paid; people in the Lugovo People's Republic "
                       "and the Kama Prosecutor's Office and Tatyana's Day.")
    assert {"Olga Brin", "Kama Fairness Foundation", "Lugovo People's Republic", "Kama Prosecutor's Office"} <= found
    assert not any(name.startswith("Olga Brin's") for name in found)


def test_a_bodys_acronym_in_the_possessive_ends_before_the_person():
    found = discovered("The talks were chaired by the OSCE's Heidra Valmora and the Lugovo Council's Pavel Dorn.")
    assert "Heidra Valmora" in found and not any(name.startswith("OSCE's") for name in found)


def test_his_excellency_abbreviated_is_a_title_not_a_name():
    found = discovered("The President of the Republic, H.E. Mr. Heidra Valmora, arrived; H.E. Pavel Dorn met him.")
    assert {"Heidra Valmora", "Pavel Dorn"} <= found and not any(name.startswith("H.E") for name in found)


def test_an_arabic_article_before_a_name_and_a_wars_numeral_stay_with_the_name():
    found = discovered("He fought al-Kama in the Kama War I era and the Kama War II; Ali spoke.")
    assert {"al-Kama", "Kama War I", "Kama War II"} <= found and "Kama War" not in found


@pytest.mark.parametrize("language, text", [
    ("de", "Der Sohn des Präsidenten, Hunter Biden, sagte aus. Präsident Joe Biden schwieg; später reiste Biden ab."),
    ("fr", "Le fils du président, Hunter Biden, a témoigné. Le président Joe Biden s'est tu ; puis Biden est parti."),
    ("es", "El hijo del presidente, Hunter Biden, declaró. El presidente Joe Biden calló; después Biden se fue."),
])
def test_another_given_name_before_a_known_surname_is_another_person_in_every_language(language, text):
    mentions = link_entities(text, language=language)
    linked = [m.surface for m in mentions if m.name == "Joe Biden"]
    assert linked == ["Joe Biden", "Biden"], "Joe Biden and the bare surname are the known person; Hunter Biden is not"
    assert not any("Hunter" in m.surface for m in mentions if m.linked)


def test_a_broadcaster_and_a_foundation_joined_by_and_are_one_name_but_two_bodies_are_two():
    found = discovered("Lena Marsh, Kamavision Television and Radio Company, asked; Lugovo TV and Radio agreed. "
                       "The Army and Navy paraded, and success came to the Grace and Success Foundation.")
    assert {"Kamavision Television and Radio Company", "Lugovo TV and Radio", "Grace and Success Foundation"} <= found
    assert "Army and Navy" not in found


def test_adjectives_of_fields_and_an_acronym_after_a_demonym_are_no_names():
    text = ("The Hungarian KMG Group invested; cross years of Scientific, Technical and Innovative Cooperation "
            "and Friendly Cooperation followed, and the Russian Industrial Zone opened beside the Russian Kama Fund.")
    found = discovered(text)
    assert {"KMG Group", "Russian Industrial Zone", "Russian Kama Fund"} <= found
    assert not found & {"Hungarian KMG Group", "Technical", "Innovative Cooperation", "Friendly Cooperation"}


def test_treaties_named_by_the_word_after_them_peoples_and_title_words_are_no_names():
    text = ("They left the ABM and the Open Seas treaties; Tatar, Daghestani and Yakutian merchants greeted "
            "Sovereign Prince Albert II, and Presidential Press Secretary Ivan Sokol read a Final Kama Declaration. "
            "The topic of the day, Foster Bright Partnership, Usher in a New Era, pleased the Kama Seas Commission.")
    found = discovered(text)
    assert {"Albert II", "Ivan Sokol", "Kama Seas Commission"} <= found
    assert not found & {"ABM", "Open Seas", "Daghestani", "Yakutian", "Sovereign", "Presidential Press", "Final",
                        "Foster Bright Partnership", "Usher"}


def test_a_body_named_after_a_known_acronym_is_that_organisations():
    mentions = link_entities("At the UN General Assembly and the WTO Ministerial Conference, the UN and Lugovo Bank agreed.")
    found = {(m.surface, m.name, m.linked) for m in mentions}
    assert ("General Assembly", "UN General Assembly", False) in found
    assert ("Ministerial Conference", "WTO Ministerial Conference", False) in found
    assert ("Lugovo Bank", "Lugovo Bank", False) in found, "an acronym and a name joined by 'and' stay apart"
    assert sum(m.name == "United Nations" for m in mentions) == 2, "the acronym keeps its own link"


def people(text):
    return {m.name for m in link_entities(text) if not m.linked and m.entity_type == "PERSON"}


def test_a_first_name_after_a_name_particle_goes_on_with_the_name_before_it():
    """ "... Authority Rashid bin Ebrahim Al-Kama": "Ebrahim" is a first name, but after "bin"
    it is a part of the name that began before it, not a new person (it was cut to "Ebrahim
    Al-Kama"). The look-alike: a first name after an organisation's last word starts the person."""
    text = "The floor went to Chief Executive Officer of the Kama Investment Authority Rashid bin Ebrahim Al-Kama first."
    assert "Rashid bin Ebrahim Al-Kama" in people(text) and "Ebrahim Al-Kama" not in people(text)
    assert "Ebrahim Sokol" in people("The floor went to Chief Executive Officer of the Kama Investment Authority "
                                     "Ebrahim Sokol first.")


def test_a_datelines_date_and_agency_and_a_date_in_a_sentence_are_no_names():
    text = ("TALLINN/RIGA, Feb 14 (Balticwire) - Estonia's premier met Lena Marsh on Monday.\n\n"
            "The deal was signed on Nov 3, and Kamagaz said a second plant in Lugovo opens Sept 30.\n\n"
            "The board met at 17:40 BST and again at 09:15 CET.")
    found = discovered(text)
    assert not found & {"Feb 14", "Balticwire", "RIGA", "TALLINN", "Nov 3", "Sept 30", "BST", "CET"}
    assert {"Lena Marsh", "Kamagaz", "Lugovo"} <= found


def test_look_alike_a_name_with_a_number_or_an_agency_named_in_the_story_stays():
    found = discovered("Later that day Rossiya 24 aired the talks, and Balticwire Analytics said the plant "
                       "would open. Jan Novak chaired the board.")
    assert {"Rossiya 24", "Balticwire Analytics", "Jan Novak"} <= found


def test_a_place_after_in_stays_a_place_before_said():
    types = {m.name: m.entity_type for m in link_entities("Bankers in Mandalay said the loan was late. "
                                                            "Then Brinkov said it was not.") if not m.linked}
    assert types == {"Mandalay": "GPE", "Brinkov": "PERSON"}


def test_a_known_place_that_opens_a_longer_name_is_part_of_it_up_to_its_last_word():
    # The head word ends the name before a comma or a stop, and "and" joins words inside it.
    text = ("Guests gathered at the Kazan Trade and Exhibition Centre, where the Vladivostok "
            "National Shipping Corp. signed a lease.")
    found = {(m.name, m.linked) for m in link_entities(text)}
    assert ("Kazan Trade and Exhibition Centre", False) in found
    assert ("Vladivostok National Shipping Corp", False) in found
    assert not {name for name, linked in found if linked}


def test_look_alike_a_known_place_listed_with_another_before_a_head_word_keeps_its_link():
    # (the port is a name of its own: "Vladivostok" opens it; "North" is a place's last word)
    text = "Officials of Kazan and Vladivostok Port met on Monday, and envoys of Kazan and North Lugovo on Tuesday."
    assert {m.name for m in link_entities(text) if m.linked} == {"Kazan"}


def test_a_word_after_a_live_entry_clock_time_opens_a_sentence():
    # A lone word opening a sentence is a name only where a sentence also holds it inside.
    text = ("Live: the Kama summit closes\n"
            "13:05 Confirmed: the Lugovo premier has left.\n"
            "17:25 Signed. The five leaders put their names to the charter.\n"
            "18:10 Kamagaz will build the plant, the premier said; the contract with Kamagaz is worth $1bn.")
    found = discovered(text)
    assert not found & {"Confirmed", "Signed"}
    assert "Kamagaz" in found


def test_the_words_of_a_documents_title_after_a_comma_or_and_are_no_names():
    """"the Treaty on Lasting Concord, Trust and Joint Rivers": the title goes on past the comma."""
    found = discovered("In Lugovo the five leaders signed the Treaty on Lasting Concord, Trust and Joint Rivers, "
                       "and a year later the Kama Declaration of Open Borders, Fair Tolls and Safe Roads.")
    assert not found & {"Lasting Concord", "Trust", "Joint Rivers", "Fair Tolls", "Safe Roads"}
    assert "Lugovo" in found


def test_look_alike_names_after_a_document_and_a_new_clause_stay():
    found = discovered("They signed the Agreement on River Tolls, and Kamagaz and the Lugovo Rocket Works "
                       "opened offices; the Charter was read by Olga Brin at the Water Rights Forum.")
    assert {"Kamagaz", "Lugovo Rocket Works", "Olga Brin", "Water Rights Forum"} <= found


def test_a_clause_opening_word_before_a_known_name_leaves_it_known():
    mentions = link_entities("Whether Putin will go is unclear. Until Putin speaks, the Kama Council waits.")
    assert {m.name for m in mentions if m.linked} == {"Vladimir Putin"}
    assert {m.name for m in mentions if not m.linked} == {"Kama Council"}


def test_an_ordinal_before_a_known_forum_is_no_name_of_its_own():
    found = discovered("Olga Brin opened the Seventh Kama Forum, then the Tenth Lugovo Council met.")
    assert {"Kama Forum", "Lugovo Council"} <= found
    assert not any(name.startswith(("Seventh", "Tenth")) for name in found)


@pytest.mark.parametrize("text", ["Welcoming Putin at the airport, the premier spoke of trade.",
                                  "Neither Putin nor the premier spoke of trade.",
                                  "Beside Putin stood the premier of the Kama Region."])
def test_a_participle_or_a_preposition_opening_the_sentence_is_no_first_name_of_a_known_surname(text):
    assert "Vladimir Putin" in {m.name for m in link_entities(text) if m.linked}


def test_look_alike_another_first_name_before_a_known_surname_is_another_person():
    mentions = link_entities("Irina Putin, a painter from the Kama Region, opened her show.")
    assert "Vladimir Putin" not in {m.name for m in mentions if m.linked}
    assert "Irina Putin" in {m.name for m in mentions if not m.linked}


def test_a_transcripts_speaker_labels_give_the_speakers_name_without_title_or_role():
    text = ("MS. ORTEGA: Good afternoon. The premier lands in Lugovo on Monday.\n"
            "Reporter B: Will he meet the president?\n"
            "MS. ORTEGA: He will.")
    assert discovered(text) == {"ORTEGA", "Lugovo"}


def test_look_alike_a_reporter_named_after_the_word_is_a_person():
    assert discovered("Reporter Olga Brin asked about Lugovo.") == {"Olga Brin", "Lugovo"}
