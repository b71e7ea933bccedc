"""People an article refers to without their name take part in the events it tells of them: a
country's office after its adjective ("the Indian minister", "российского премьера", "el jefe de la
diplomacia china") is the one holder of it the article names; a role noun for the visitor ("den
Gast", "the guest") is the one person named before of another country than the host's; a pronoun
opening a relative clause, after a trip told from its start, is the traveller; a Chinese speaker's
pronoun for himself ("他同X……会晤") makes him a party to his own act. Each beside a look-alike that
must not take anyone: another office ("the Russian minister of energy"), a guest of a gathering, a
second clause with its own subject, a speaker who tells of others' acts. Written for these tests;
none is copied."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

PUTIN, XI, MODI, MACRON = "Q7747", "Q15031", "Q1058", "Q3052772"
LAVROV, WANG, LI_QIANG, MISHUSTIN = "sergei-lavrov", "wang-yi", "li-qiang", "Q4298520"
JAISHANKAR, PESKOV = "subrahmanyam-jaishankar", "dmitry-peskov"


def meetings(body: str, language: str = "en", day: dt.date = dt.date(2024, 6, 14)):
    events = extract_article("a", None, None, body, day, language).events
    return [e for e in events if "meeting" in e.types()]


def with_person(found, pid):
    return [e for e in found if pid in e.participants]


def test_the_countrys_minister_the_article_names_holds_the_talks_of_his_trip():
    found = meetings("NEW DELHI - Indian External Affairs Minister Subrahmanyam Jaishankar held talks with Chinese "
                     "Foreign Minister Wang Yi in New Delhi on Tuesday. Prime Minister Narendra Modi is due in "
                     "Beijing later this year. The Indian minister's European tour began in Paris, where on Monday "
                     "he sat down with French President Emmanuel Macron.")
    (paris,) = with_person(found, MACRON)
    assert set(paris.participants) == {JAISHANKAR, MACRON}


def test_look_alike_another_ministry_of_the_country_is_not_its_named_minister():
    found = meetings("MOSCOW - Sergei Lavrov held talks with Wang Yi in Moscow on Tuesday. The Russian minister "
                     "of energy met French President Emmanuel Macron on Wednesday.")
    assert LAVROV not in {pid for e in with_person(found, MACRON) for pid in e.participants}


def test_a_russian_premier_by_adjective_is_the_premier_the_article_names():
    found = meetings("Вчера в Пекине председатель Госсовета КНР Ли Цян и премьер-министр России Михаил Мишустин "
                     "провели переговоры. Накануне, в понедельник, российского премьера принял в Пекине "
                     "председатель КНР Си Цзиньпин.", "ru", dt.date(2024, 5, 22))
    (reception,) = with_person(found, XI)
    assert set(reception.participants) == {XI, MISHUSTIN}


def test_look_alike_a_premier_the_article_does_not_name_is_nobody():
    found = meetings("Вчера в Пекине председатель КНР Си Цзиньпин провёл переговоры с министром иностранных дел "
                     "России Сергеем Лавровым. Накануне, в понедельник, российского премьера принял в Пекине "
                     "Ван И.", "ru", dt.date(2024, 5, 22))
    assert all(LAVROV not in e.participants for e in with_person(found, WANG))


def test_a_spanish_office_opening_a_sentence_is_the_subject_of_its_second_clause():
    found = meetings("El ministro de Exteriores chino, Wang Yi, viajó a Europa esta semana. El jefe de la "
                     "diplomacia china había llegado a Moscú el lunes, y ese mismo día se reunió con Lavrov en el "
                     "Kremlin.", "es")
    (moscow,) = with_person(found, LAVROV)
    assert set(moscow.participants) == {WANG, LAVROV}


def test_look_alike_a_second_clause_with_its_own_subject_keeps_it():
    found = meetings("El ministro de Exteriores chino, Wang Yi, viajó a Europa esta semana. El jefe de la "
                     "diplomacia china había llegado a Moscú el lunes, y ese mismo día Putin se reunió con Modi "
                     "en el Kremlin.", "es")
    (kremlin,) = with_person(found, MODI)
    assert WANG not in kremlin.participants


def test_the_guest_a_host_receives_is_the_visitor_of_another_country():
    found = meetings("Der indische Premierminister Narendra Modi hat am Dienstag in Moskau mit Regierungschef "
                     "Michail Mischustin gesprochen. Bereits am Montag hatte Präsident Wladimir Putin den Gast in "
                     "seiner Residenz empfangen.", "de", dt.date(2024, 7, 9))
    (reception,) = with_person(found, PUTIN)
    assert set(reception.participants) == {PUTIN, MODI}


def test_look_alike_a_guest_of_a_gathering_is_nobody_named():
    found = meetings("Der indische Premierminister Narendra Modi hat am Dienstag in Moskau mit Regierungschef "
                     "Michail Mischustin gesprochen. Bereits am Montag hatte Präsident Wladimir Putin den Gast des "
                     "Forums in seiner Residenz empfangen.", "de", dt.date(2024, 7, 9))
    assert all(MODI not in e.participants for e in with_person(found, PUTIN))


def test_the_guest_a_host_receives_in_english():
    found = meetings("Chinese Premier Li Qiang arrived in New Delhi on Monday. On Tuesday, Prime Minister Narendra "
                     "Modi received the guest at Hyderabad House.")
    (reception,) = with_person(found, MODI)
    assert set(reception.participants) == {MODI, LI_QIANG}


def test_the_guest_from_a_capital_is_the_one_of_its_country_among_two_visitors():
    found = meetings("Indian Prime Minister Narendra Modi met President Vladimir Putin in Moscow on Monday. Chinese "
                     "Premier Li Qiang is also in Moscow. The guest from Beijing held talks with Prime Minister "
                     "Mikhail Mishustin on Tuesday.")
    (talks,) = with_person(found, MISHUSTIN)
    assert set(talks.participants) == {LI_QIANG, MISHUSTIN}


def test_look_alike_a_guest_of_two_countries_the_noun_does_not_tell_is_nobody():
    found = meetings("Indian Prime Minister Narendra Modi met President Vladimir Putin in Moscow on Monday. Chinese "
                     "Premier Li Qiang is also in Moscow. The guest held talks with Prime Minister Mikhail Mishustin "
                     "on Tuesday.")
    assert all({MODI, LI_QIANG}.isdisjoint(e.participants) for e in with_person(found, MISHUSTIN))


def test_a_chinese_speaker_tells_his_own_meeting_with_a_pronoun():
    found = meetings("李强表示，5日他同米舒斯京总理在莫斯科共同主持了定期会晤，双方达成广泛共识。", "zh")
    assert found and set(found[0].participants) == {LI_QIANG, MISHUSTIN}


def test_look_alike_a_chinese_speaker_of_others_talks_is_a_source():
    found = meetings("佩斯科夫表示，5日普京同莫迪在莫斯科举行了会谈。", "zh")
    assert found and PESKOV not in found[0].participants


def test_the_guest_in_french_and_spanish():
    french = meetings("Le Premier ministre indien Narendra Modi est arrivé lundi à Moscou. Mardi, le président "
                      "Vladimir Poutine a reçu l'invité au Kremlin.", "fr", dt.date(2024, 7, 10))
    spanish = meetings("El primer ministro indio, Narendra Modi, llegó el lunes a Moscú. El martes, el presidente "
                       "Vladímir Putin recibió al invitado en el Kremlin.", "es", dt.date(2024, 7, 10))
    assert [set(e.participants) for e in french] == [{PUTIN, MODI}]
    assert [set(e.participants) for e in spanish] == [{PUTIN, MODI}]


def test_look_alike_the_guest_of_honour_of_a_parade_is_nobody_named():
    found = meetings("Le Premier ministre indien Narendra Modi est arrivé lundi à Moscou. Mardi, le président "
                     "Vladimir Poutine a reçu l'invité d'honneur du défilé au Kremlin.", "fr", dt.date(2024, 7, 10))
    assert all(MODI not in e.participants for e in with_person(found, PUTIN))
