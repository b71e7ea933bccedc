"""A Russian surname of an ending the list does not know ("-эрс", "-ер", a consonant) is a surname
when the person is one item of a list of people: a given name in its dictionary form after a title,
then the surname and a comma ("директор фонда Борис Вельдерс, министр ...") (extract/language_people.py).
Beside it, the look-alikes that stay no person: an epithet or an ordinal after a given name
("Николай Второй,"), a given name opening its sentence, a second given name, and a capitalised
word with no comma after it. Fixtures written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

PUBLISHED = dt.date(2024, 9, 3)


def people(body):
    mentions = extract_article("t1", "Осмотр выставки", None, body, PUBLISHED, "ru").body_mentions
    return {m.name for m in mentions if m.entity_type == "PERSON"}


def test_a_listed_surname_of_another_ending_is_a_person():
    found = people("Экспозицию показывали губернатор Павел Малков, директор фонда «Север» Борис Вельдерс, "
                   "ректор университета Ирина Соколова.")
    assert "Boris Velders" in found
    assert {"Pavel Malkov", "Irina Sokolova"} <= found


def test_an_epithet_after_a_given_name_is_no_surname():
    found = people("В зале висели портреты, среди них император Николай Второй, его семья и свита.")
    assert not {name for name in found if name.startswith("Nikolai")}


def test_a_given_name_opening_its_sentence_is_no_list_item():
    found = people("Директор рассказал о фонде. Борис Вельдерс, как его называли друзья, был основателем.")
    assert "Boris Velders" not in found


def test_two_given_names_are_no_given_name_and_surname():
    found = people("На выставке работала волонтёр Анна Мария, студентка из Твери.")
    assert not {name for name in found if name.startswith("Anna")}


def test_a_capitalised_word_with_no_comma_after_it_is_no_surname():
    found = people("Экспозицию показывал директор фонда Борис Вельдерс и рассказывал о проекте.")
    assert "Boris Velders" not in found


def test_a_surname_ending_as_a_patronymic_does_is_a_surname_between_people_of_a_list():
    found = people("В совещании участвовали вице-губернаторы Павел Малков, Игорь Мартинович и Ирина Соколова.")
    assert "Igor Martinovich" in found
    assert {"Pavel Malkov", "Irina Sokolova"} <= found


def test_look_alike_a_given_name_and_patronymic_one_addresses_is_no_person():
    # (an address after a person in another case, and an address before "и" with no person after it)
    found = people("Все пожелания Павла Малкова, Игорь Николаевич что говорил, учтём. "
                   "Спасибо, Игорь Николаевич, и до встречи.")
    assert not {name for name in found if name.startswith("Igor")}


def test_look_alike_a_patronymic_before_a_surname_in_a_list_stays_the_persons():
    found = people("В зале были Павел Малков и Игорь Николаевич Мартынов.")
    assert "Igor Martynov" in found and "Igor Nikolayevich" not in found
