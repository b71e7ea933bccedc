"""The people of an in-person summit as one article tells them across its sentences: the chair
and attendees told in Chinese by "主持会议" / "出席会议" right after the summit's report
(knowledge/events_zh.yaml ``attending``), a host receiving two guests or more right after it
("El anfitrión, X, recibió al presidente ruso, A, y al presidente chino, B": hosted_guests.py,
``host_verbs`` and ``object_marks``) or as the lead under its headline where the receiving verb
is a meeting word too (German "empfing", Russian "принял"), the day and place perhaps before the
first guest, a declaration adopted in German ("verabschiedeten eine gemeinsame Erklärung"), and
across articles a report of a body's summit naming one guest, beside one naming two others, both
among the guests a third names (summit_bodies_apart.py). Each beside a look-alike that must not
add anyone. Fixtures written for these tests, with other gatherings, places and days than any
page read."""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.events_table import merged_events
from ruchina.extract.extraction import extract_article

PUTIN, XI, MODI, LULA = "Q7747", "Q15031", "Q1058", "luiz-inacio-lula-da-silva"
TOKAYEV, RAHMON, LAVROV, RAMAPHOSA = "kassym-jomart-tokayev", "Q57366", "sergei-lavrov", "Q1148669"
ERDOGAN, WANG_YI = "Q39259", "wang-yi"
DAY = dt.date(2021, 9, 18)


def events(text, language, title=None, published=DAY):
    return extract_article("t1", title, None, text, published, language).events


def summit_people(found) -> set[str]:
    (summit,) = [e for e in found if "summit" in e.types()]
    return set(summit.participants)


# --- Chinese: "主持会议", "出席会议" right after the summit's report

ZH_LEAD = "上海合作组织成员国元首理事会第二十一次会议17日在杜尚别举行。"


def test_chinese_chair_and_attendees_of_the_meeting_are_the_summit_s_people():
    text = ZH_LEAD + "塔吉克斯坦总统拉赫蒙主持会议。\n\n哈萨克斯坦总统托卡耶夫、俄罗斯总统普京出席会议。"
    assert {RAHMON, TOKAYEV, PUTIN} <= summit_people(events(text, "zh", "上合组织元首理事会会议举行"))


def test_chinese_attendee_of_a_meeting_named_by_its_modifier_is_not_at_the_summit():
    """The look-alike: "出席外长会议", the foreign ministers' meeting, another one than the summit."""
    text = ZH_LEAD + "塔吉克斯坦总统拉赫蒙主持会议。\n\n俄罗斯外长拉夫罗夫出席外长会议。"
    assert LAVROV not in summit_people(events(text, "zh", "上合组织元首理事会会议举行"))


def test_chinese_officials_taking_part_in_talks_join_no_visit_told_before():
    """The look-alike: "参加会晤", the officials at the leaders' talks, after a sentence that tells a
    visit to come: no attendee of that visit."""
    text = ("国家主席习近平10日在北京同俄罗斯总统普京举行视频会晤。\n\n普京表示期待明年5月访问北京。"
            "\n\n王毅等参加会晤。")
    found = events(text, "zh", "习近平同普京举行视频会晤", published=dt.date(2021, 6, 10))
    assert not [e for e in found if "visit" in e.types() and WANG_YI in e.participants]


# --- a host receiving guests right after the summit's report

ES_LEAD = "Los líderes de la OCS celebraron el viernes en Astaná su cumbre anual.\n\n"


def test_spanish_host_receiving_guests_after_a_summit_gives_its_people():
    text = ES_LEAD + ("El anfitrión, Kassym-Jomart Tokayev, recibió al presidente ruso, Vladímir Putin, "
                      "y al presidente chino, Xi Jinping.")
    assert {TOKAYEV, PUTIN, XI} <= summit_people(events(text, "es"))


def test_spanish_host_receiving_one_guest_after_a_summit_adds_no_one():
    """The look-alike: one guest received is a visitor of the host's, not the summit's list."""
    text = ES_LEAD + "El anfitrión, Kassym-Jomart Tokayev, recibió al presidente ruso, Vladímir Putin."
    assert not {TOKAYEV, PUTIN} & summit_people(events(text, "es"))


def test_french_host_receiving_guests_after_a_summit_gives_its_people():
    text = ("Les dirigeants de l'OCS ont ouvert vendredi à Douchanbé leur sommet annuel.\n\n"
            "L'hôte, Emomali Rahmon, a reçu le président russe, Vladimir Poutine, et le président chinois, Xi Jinping.")
    assert {RAHMON, PUTIN, XI} <= summit_people(events(text, "fr"))


def test_english_host_receiving_guests_after_a_summit_gives_its_people():
    text = ("Leaders of the Shanghai Cooperation Organisation opened their summit in Dushanbe on Friday.\n\n"
            "The host, Emomali Rahmon, received Vladimir Putin, Xi Jinping and Kassym-Jomart Tokayev.")
    assert {RAHMON, PUTIN, XI, TOKAYEV} <= summit_people(events(text, "en"))


def test_english_host_receiving_guests_further_down_is_no_summit_s_list():
    """The look-alike: a sentence stands between the summit's report and the host's guests."""
    text = ("Leaders of the Shanghai Cooperation Organisation opened their summit in Dushanbe on Friday.\n\n"
            "Security was tight.\n\nThe host, Emomali Rahmon, received Xi Jinping and Kassym-Jomart Tokayev.")
    assert not {XI, TOKAYEV} & summit_people(events(text, "en"))


def test_english_host_receiving_guests_after_a_visit_is_no_summit_s_list():
    """The look-alike: the sentence before reports a visit, not a gathering of many."""
    found = events("Vladimir Putin arrived in Dushanbe on a visit on Friday.\n\n"
                   "The host, Emomali Rahmon, received Xi Jinping and Kassym-Jomart Tokayev.", "en")
    assert not [e for e in found if {XI, TOKAYEV} <= set(e.participants)]


# --- German: a declaration adopted is signed

def test_german_declaration_adopted_is_an_agreement_of_its_signers():
    found = events("Emomali Rahmon, Wladimir Putin und Kassym-Jomart Tokajew verabschiedeten am Freitag in "
                   "Duschanbe eine gemeinsame Erklärung.", "de")
    assert [e for e in found if "agreement" in e.types() and {RAHMON, PUTIN} <= set(e.participants)]


def test_german_law_adopted_is_no_agreement():
    """The look-alike: a law adopted by a parliament is no document of leaders."""
    found = events("Das Parlament in Duschanbe verabschiedete am Freitag ein neues Gesetz.", "de")
    assert not [e for e in found if "agreement" in e.types()]


# --- across articles: guests that a third report names

PUBLISHED = dt.date(2024, 11, 4)
ALL_FIVE = ("Lula, Narendra Modi, Cyril Ramaphosa, Xi Jinping and Vladimir Putin took part in the BRICS summit "
            "on November 3.")


def summits_of(*bodies):
    extractions = [extract_article(f"s{n}", None, None, body, PUBLISHED, "en") for n, body in enumerate(bodies)]
    names = {m.entity_id: m.name for x in extractions for m in x.mentions}
    return [e for e in merged_events(extractions, names) if e.event_type == "summit"]


def test_two_reports_naming_other_guests_of_a_body_s_summit_a_third_names_join_it():
    found = summits_of(ALL_FIVE, "Xi Jinping and Narendra Modi will meet at the BRICS summit in November.",
                       "Vladimir Putin addressed the BRICS summit on November 3.")
    (summit,) = found
    assert summit.article_ids == ["s0", "s1", "s2"]


def test_a_report_naming_a_guest_no_other_report_names_stays_apart():
    """The look-alike: the third report's guest is none of the five: nothing ties it."""
    found = summits_of(ALL_FIVE, "Xi Jinping and Narendra Modi will meet at the BRICS summit in November.",
                       "Recep Tayyip Erdogan addressed the BRICS summit on November 3.")
    assert ["s2"] in [e.article_ids for e in found]


# --- a host receiving guests where the receiving verb is itself a meeting word (German
# "empfing", Russian "принял"), as the lead under a summit's headline or right after its report

DE_TITLE = "Gipfeltreffen in Duschanbe"
TUESDAY = dt.date(2023, 5, 16)


def meetings(found) -> list[set[str]]:
    return [set(e.participants) for e in found if "meeting" in e.types()]


def test_german_host_receiving_three_guests_under_a_summit_headline_gives_its_people():
    text = ("Gastgeber Emomali Rahmon empfing am Dienstag in Duschanbe den russischen Präsidenten Wladimir Putin, "
            "den chinesischen Staatschef Xi Jinping und den türkischen Präsidenten Recep Tayyip Erdoğan.")
    found = events(text, "de", DE_TITLE, published=TUESDAY + dt.timedelta(days=1))
    assert {RAHMON, PUTIN, XI, ERDOGAN} <= summit_people(found)
    assert not meetings(found)  # (no talks of the host and his first guest)
    (summit,) = [e for e in found if "summit" in e.types()]
    assert summit.date.first == TUESDAY  # (the lead's day, not the day of publication)


def test_german_host_receiving_guests_after_the_summit_s_report_gives_its_people():
    text = ("Die Staatschefs der Region kamen am Dienstag in Duschanbe zu ihrem Gipfel zusammen. "
            "Rahmon empfing Wladimir Putin, Xi Jinping und Recep Tayyip Erdoğan im Palast der Nation.")
    found = events(text, "de", DE_TITLE, published=TUESDAY)
    assert {RAHMON, PUTIN, XI, ERDOGAN} <= summit_people(found)


def test_german_host_receiving_one_guest_is_a_meeting_of_the_two():
    """The look-alike: one guest received, no summit around, is the host's talks with him; the
    guest stands further from the verb than an object's usual reach, after the day and place."""
    text = "Emomali Rahmon empfing am Dienstag in Duschanbe den russischen Präsidenten Wladimir Putin."
    found = events(text, "de", "Putin zu Gast in Tadschikistan", published=TUESDAY)
    assert {RAHMON, PUTIN} in meetings(found)
    assert not [e for e in found if "summit" in e.types()]


def test_german_host_receiving_one_guest_under_a_summit_headline_gives_the_summit_no_one():
    """The look-alike under the summit's headline: a single guest is a visitor of the host's."""
    text = "Gastgeber Emomali Rahmon empfing am Dienstag den russischen Präsidenten Wladimir Putin."
    found = events(text, "de", DE_TITLE, published=TUESDAY)
    assert PUTIN not in summit_people(found)
    assert {RAHMON, PUTIN} in meetings(found)


def test_russian_host_receiving_three_guests_under_a_summit_headline_gives_its_people():
    text = ("Президент Таджикистана Эмомали Рахмон во вторник принял Президента России Владимира Путина, "
            "Председателя КНР Си Цзиньпина и Президента Турции Реджепа Тайипа Эрдогана.")
    found = events(text, "ru", "Саммит в Душанбе", published=TUESDAY)
    assert {RAHMON, PUTIN, XI, ERDOGAN} <= summit_people(found)
    assert not meetings(found)


def test_russian_host_receiving_one_guest_under_a_summit_headline_is_a_meeting_of_the_two():
    text = "Эмомали Рахмон во вторник принял Президента России Владимира Путина."
    found = events(text, "ru", "Саммит в Душанбе", published=TUESDAY)
    assert PUTIN not in summit_people(found)
    assert {RAHMON, PUTIN} in meetings(found)


def test_french_host_receiving_guests_after_the_day_and_place_gives_the_summit_its_people():
    """A weekday in lower case and the place between the verb and the first guest ("a accueilli
    mardi à Douchanbé le président russe ...") are no word that ends the list."""
    text = ("L'hôte, Emomali Rahmon, a accueilli mardi à Douchanbé le président russe, Vladimir Poutine, "
            "le président chinois, Xi Jinping, et le président turc, Recep Tayyip Erdogan.")
    assert {RAHMON, PUTIN, XI, ERDOGAN} <= summit_people(events(text, "fr", "Sommet à Douchanbé", published=TUESDAY))


def test_french_host_receiving_a_message_before_a_list_has_no_guests():
    """The look-alike: another word than a day or a place after the verb ends the list."""
    text = ("L'hôte, Emomali Rahmon, a accueilli mardi les propositions du président russe, Vladimir Poutine, "
            "du président chinois, Xi Jinping, et du président turc, Recep Tayyip Erdogan.")
    assert not {PUTIN, XI, ERDOGAN} & summit_people(events(text, "fr", "Sommet à Douchanbé", published=TUESDAY))
