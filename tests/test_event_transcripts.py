"""A transcript printed under a report: its speakers take part in the main event
(extract/transcripts.py). Fixtures written for these tests in the shape of a presidency's
page (a report, then "Excerpts from the transcript", each turn under its speaker's label);
each beside a look-alike that must not add anyone."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

PUTIN = "Q7747"
TOKAYEV, MIRZIYOYEV = "kassym-jomart-tokayev", "shavkat-mirziyoyev"
DAY = dt.date(2024, 3, 12)

REPORT = "Vladimir Putin held a meeting on regional water supply via videoconference."


def main_event(body, title="Meeting on water supply", published=DAY):
    (main,) = [e for e in extract_article("t1", title, None, body, published).events if e.main]
    return main


def test_the_speakers_of_a_transcript_take_part_in_the_meeting():
    body = (REPORT + "\n\nExcerpts from the transcript of the meeting. President of Russia Vladimir Putin: Good "
            "afternoon, colleagues. We have one matter today. <…> President of Kazakhstan Kassym-Jomart Tokayev: "
            "Thank you. The canals are ready. Vladimir Putin: Thank you. Shavkat Mirziyoyev (retranslated): We "
            "agree with the plan.")
    assert main_event(body).participants == {PUTIN, TOKAYEV, MIRZIYOYEV}


def test_a_transcript_run_into_one_line_after_a_section_break():
    body = (REPORT + " * * * Kassym-Jomart Tokayev: The canals are ready. Vladimir Putin: Good. Thank you.")
    assert TOKAYEV in main_event(body).participants


def test_a_speakers_name_joined_by_a_particle_is_one_label_not_a_title_and_a_surname():
    """ "Rashid bin Ebrahim Al-Kama: Thank you": "bin" is a particle of the name, not a small word
    of a title, so the label names him in full (it named "Ebrahim Al-Kama" under the title "Rashid
    bin"). The look-alike: the same name in a sentence before a colon labels no turn."""
    body = (REPORT + "\n\nExcerpts from the transcript. Vladimir Putin: Good afternoon. Rashid bin Ebrahim Al-Kama: "
            "Thank you, Mr President. The canals are ready. Vladimir Putin: Thank you.")
    added = main_event(body).participants - {PUTIN}
    assert added == {"rashid-bin-ebrahim-al-kama"}
    body = (REPORT + "\n\nThe plan was drafted by advisers of Rashid bin Ebrahim Al-Kama: it covers three rivers. "
            "It was discussed with aides of Shavkat Mirziyoyev: they approved it.")
    assert main_event(body).participants == {PUTIN}


def test_one_quote_after_a_name_and_a_colon_is_no_transcript():
    body = (REPORT + "\n\nKassym-Jomart Tokayev: the canals must be ready by spring, a line on his page read.")
    assert main_event(body).participants == {PUTIN}


def test_a_name_inside_a_sentence_before_a_colon_is_no_label():
    body = (REPORT + "\n\nThe plan was drafted long ago by advisers of Kassym-Jomart Tokayev: it covers three "
            "rivers. It was also discussed with aides of Shavkat Mirziyoyev: they approved it.")
    assert main_event(body).participants == {PUTIN}


def test_an_announcement_takes_no_one_from_a_transcript():
    body = ("Vladimir Putin will hold a meeting on regional water supply next week.\n\nKassym-Jomart Tokayev: "
            "Thank you. Shavkat Mirziyoyev: Thank you.")
    assert main_event(body, title="Meeting on water supply to be held").participants == {PUTIN}


# --- Russian: labels of an initial and a surname ("В.Путин:") --------------------------------
# (fixtures written for these tests in the shape of a presidency's Russian page: a report, then
# the turns of the transcript run into one line)

RU_DAY = dt.date(2025, 3, 12)
RU_REPORT = "Владимир Путин провёл совещание по вопросам водоснабжения регионов."
RU_TITLE = "Совещание по водоснабжению"


def ru_extraction(body, title=RU_TITLE):
    return extract_article("r1", title, None, body, RU_DAY, "ru")


def ru_main_event(body, title=RU_TITLE):
    (main,) = [e for e in ru_extraction(body, title).events if e.main]
    return main


def lavrov():
    from ruchina.knowledge.base import entity_catalog

    return entity_catalog().named("Sergei Lavrov").entity_id


def test_russian_initial_and_surname_labels_name_the_speakers():
    body = (RU_REPORT + " В.Путин: Добрый день, коллеги. Начнём с главного. С.Лавров: Спасибо, Владимир "
            "Владимирович. Каналы готовы к весне. В.Путин: Хорошо, спасибо.")
    assert ru_main_event(body).participants == {PUTIN, lavrov()}


def test_a_label_with_its_block_of_full_name_and_office_names_a_new_person():
    body = (RU_REPORT + " * * * В.Путин: Добрый день. Слово министру. И.Петров Петров Иван Ильич Министр "
            "водного хозяйства : Уважаемый Владимир Владимирович! Работы идут по плану. В.Путин: Спасибо.")
    assert ru_main_event(body).participants == {PUTIN, "ivan-petrov"}


def governors_turn(block: str) -> str:
    """A transcript where the governor's label is ``block``."""
    return (RU_REPORT + " * * * В.Путин: Добрый день. Слово губернатору. " + block + " Уважаемый Владимир "
            "Владимирович! Работы идут. В.Путин: Спасибо.")


def test_the_full_name_a_label_block_writes_names_its_speaker():
    # (a surname the people finder would not take alone: no usual surname ending)
    body = governors_turn("Р.Кольча Кольча Роман Олегович губернатор Северной области :")
    assert ru_main_event(body).participants == {PUTIN, "roman-kolcha"}


def test_a_block_without_a_patronymic_or_with_another_initial_names_no_one_in_full():
    for block in ("Р.Кольча Кольча Роман губернатор Северной области :",  # (an office after the given name)
                  "Р.Кольча Кольча Тарас Олегович губернатор Северной области :"):  # (another initial)
        assert ru_main_event(governors_turn(block)).participants == {PUTIN, "r-kolcha"}


def test_a_bare_label_is_the_person_the_page_lists_surname_first():
    body = (RU_REPORT + " В.Путин: Добрый день. Р.Кольча: Уважаемый Владимир Владимирович! Работы идут. "
            "В.Путин: Спасибо. Р.Кольча: Спасибо. Темы Регионы Лица Кольча Роман Олегович")
    assert ru_main_event(body).participants == {PUTIN, "roman-kolcha"}
    # (two people of that initial and surname listed: the label names neither of them)
    two = body + " Кольча Руслан Петрович"
    assert ru_main_event(two).participants == {PUTIN, "r-kolcha"}


def test_a_label_is_the_person_the_article_names_in_another_case():
    body = ("Владимир Путин провёл совещание с министром Иваном Петровым. Обсуждали каналы. В.Путин: Начнём. "
            "И.Петров: Спасибо. Каналы готовы. О.Петрова: Мы тоже готовы.")
    extraction = ru_extraction(body)
    (main,) = [e for e in extraction.events if e.main]
    speakers = {m.surface: m.entity_id for m in extraction.body_mentions if "." in m.surface}
    assert speakers["И.Петров"] == "ivan-petrov"
    # (another initial: not the same person, though the surname is a case form of his)
    assert speakers["О.Петрова"] != "ivan-petrov"
    assert {PUTIN, "ivan-petrov", speakers["О.Петрова"]} <= main.participants


def test_russian_name_and_colon_inside_a_sentence_is_no_label():
    body = (RU_REPORT + " Об этом заранее предупредил С.Лавров: работы начнутся весной. С ним согласился "
            "И.Петров: сроки реальны.")
    assert ru_main_event(body).participants == {PUTIN}


def test_one_russian_label_is_no_transcript():
    body = RU_REPORT + " С.Лавров: каналы должны быть готовы к весне, говорится в его заявлении."
    assert ru_main_event(body).participants == {PUTIN}


def test_a_russian_announcement_takes_no_one_from_quoted_labels():
    body = ("Владимир Путин проведёт совещание по вопросам водоснабжения на следующей неделе. С.Лавров: "
            "Готовимся. И.Петров: Готовимся тоже.")
    assert ru_main_event(body, title="Совещание по водоснабжению состоится").participants == {PUTIN}


# --- issue 23: what real transcripts print besides "Title Name: ..." ------------------------
# (fixtures written for these tests in the shape of a presidency's English transcript page)

TRANSCRIPT = (REPORT + "\n\nPresident of Russia Vladimir Putin: Good afternoon, colleagues. <…> President of "
              "Kazakhstan Kassym-Jomart Tokayev: Thank you. The canals are ready. Vladimir Putin: Thank you.")


def test_a_name_the_text_does_not_know_as_a_person_labels_a_turn_of_a_transcript():
    body = TRANSCRIPT + " Tarvik Ondrusso: Good afternoon, Mr President. I run a water fund. Vladimir Putin: Good."
    main = main_event(body)
    assert "tarvik-ondrusso" in main.participants
    (person,) = {m.entity_type for m in extract_article("t1", "Meeting on water supply", None, body, DAY).body_mentions
                 if m.entity_id == "tarvik-ondrusso"}
    assert person == "PERSON"


def test_an_unknown_name_before_a_colon_is_no_speaker_without_a_transcript():
    body = REPORT + "\n\nTarvik Ondrusso: a fund that lends to water projects, the page of the meeting said."
    assert "tarvik-ondrusso" not in main_event(body).participants


def test_a_label_whose_block_repeats_the_surname_before_the_colon_names_a_speaker():
    body = TRANSCRIPT + (" <…> Minister of Water Resources Ivan Kostrov Kostrov IvanMinister of Water Resources : "
                         "The canals will be finished in May.")
    assert "ivan-kostrov" in main_event(body).participants


def test_a_surname_said_twice_in_a_sentence_is_no_label():
    body = TRANSCRIPT + " The plan of Ivan Kostrov Kostrov drafted in May: it covers three rivers."
    assert "ivan-kostrov" not in main_event(body).participants


def test_the_people_a_stage_note_says_spoke_take_part():
    body = TRANSCRIPT + (" (After that, Minister of Water Resources Ivan Kostrov spoke of the canals.) <…> Vladimir "
                         "Putin:(in response to remarks by Tarvik Ondrusso, head of a water fund) Yes, we will help.")
    assert {"ivan-kostrov", "tarvik-ondrusso"} <= main_event(body).participants


def test_a_parenthesis_naming_someone_who_did_not_speak_adds_no_one():
    body = TRANSCRIPT + " (Minister of Water Resources Ivan Kostrov, on leave this week, sent a letter.)"
    assert "ivan-kostrov" not in main_event(body).participants


# --- a speaker's given name from the transcript itself (extract/speaker_given_names.py) ---------

def ru_speakers(body):
    return {m.surface: m.entity_id for m in ru_extraction(body).body_mentions if "." in m.surface}


def test_a_speaker_who_introduces_themselves_is_named_in_full():
    body = (RU_REPORT + " В.Путин: Добрый день. Слушаем вас. М.Кольча: Здравствуйте! Меня зовут Кольча Марина, "
            "я инженер водоканала. В.Путин: Спасибо. Т.Сомова: Меня зовут Тамара. Трубы заменили. В.Путин: Хорошо.")
    speakers = ru_speakers(body)
    assert speakers["М.Кольча"] == "marina-kolcha" and speakers["Т.Сомова"] == "tamara-somova"
    # (a name of another initial, or one said by someone else, is not the speaker's)
    other = body.replace("Меня зовут Тамара", "Меня зовут Ольга").replace("Меня зовут Кольча Марина", "Я инженер")
    speakers = ru_speakers(other)
    assert speakers["М.Кольча"] == "m-kolcha" and speakers["Т.Сомова"] == "t-somova"


def test_the_name_the_turn_before_gives_the_floor_to_names_the_next_speaker():
    body = (RU_REPORT + " В.Путин: Добрый день. Начнём с водоканала. Марина Олеговна, пожалуйста. М.Кольча: "
            "Спасибо. Трубы заменили. В.Путин: Хорошо.")
    assert ru_speakers(body)["М.Кольча"] == "marina-kolcha"
    assert "marina-kolcha" in ru_main_event(body).participants
    for look_alike in (
            # (the address is not the turn's last sentence: the floor was not given by it)
            "В.Путин: Марина Олеговна, пожалуйста. Потом решим. М.Кольча:",
            # (the name in another case: someone spoken of, not addressed)
            "В.Путин: Начнём. Доложит вместе с Мариной Олеговной. М.Кольча:",
            # (the patronymic in another case)
            "В.Путин: Начнём. Спасибо Марине Олеговне. М.Кольча:"):
        changed = body.replace("В.Путин: Добрый день. Начнём с водоканала. Марина Олеговна, пожалуйста. М.Кольча:",
                               look_alike)
        assert ru_speakers(changed)["М.Кольча"] == "m-kolcha", look_alike


def test_the_name_the_turn_after_opens_with_names_the_speaker_it_answers():
    body = (RU_REPORT + " В.Путин: Добрый день. Слушаем водоканал. М.Кольча: Трубы заменили в срок. "
            "В.Путин: Марина Олеговна, спасибо за работу. Это важно для людей. Т.Сомова: Насосы тоже. В.Путин: Хорошо.")
    assert ru_speakers(body)["М.Кольча"] == "marina-kolcha"
    assert "marina-kolcha" in ru_main_event(body).participants
    for look_alike in (
            # (the name later in the turn: another may be given the floor)
            "В.Путин: Спасибо за работу. Марина Олеговна, это важно для людей. Т.Сомова:",
            # (a turn of that one sentence gives the floor to whoever speaks next)
            "В.Путин: Марина Олеговна, пожалуйста. Т.Сомова:",
            # (the name in another case: someone spoken of, not answered)
            "В.Путин: Марине Олеговне спасибо за работу. Это важно для людей. Т.Сомова:"):
        changed = body.replace("В.Путин: Марина Олеговна, спасибо за работу. Это важно для людей. Т.Сомова:", look_alike)
        assert changed != body and ru_speakers(changed)["М.Кольча"] == "m-kolcha", look_alike


def test_two_different_names_for_one_speaker_name_none():
    body = (RU_REPORT + " В.Путин: Начнём. Марина Олеговна, пожалуйста. М.Кольча: Спасибо. В.Путин: Хорошо. "
            "Мария Петровна, пожалуйста. М.Кольча: Трубы заменили. В.Путин: Спасибо.")
    assert ru_speakers(body)["М.Кольча"] == "m-kolcha"


def test_a_known_given_name_beside_a_surname_without_a_usual_ending_names_the_speaker():
    # ("Заруб" ends like no usual surname: the people finder does not take "Ольга Заруб" alone)
    body = (RU_REPORT + " Доложила начальник водоканала Ольга Заруб. В.Путин: Добрый день. О.Заруб: Спасибо. "
            "Трубы заменили. В.Путин: Хорошо.")
    assert ru_speakers(body)["О.Заруб"] == "olga-zarub"
    assert ru_speakers(body.replace("Ольга Заруб", "Заруб Ольга"))["О.Заруб"] == "olga-zarub"
    for look_alike in ("Оксана Заруб",  # (a given name the finder does not know)
                       "Ольга Зарецкая",  # (another surname)
                       "Ольга Заруб и Оксана Заруб"):  # (two people of that initial and surname)
        assert ru_speakers(body.replace("Ольга Заруб", look_alike))["О.Заруб"] == "o-zarub", look_alike
