"""Russian and French signings of a charter and of a batch of documents, a Russian leader told by
his office after the story named him, and talks held today beside a session planned for a later
day. Fixtures written for these tests, with other leaders, places and documents than any page
read (knowledge/events_ru.yaml, events_fr.yaml ``agreement``, ``document_kinds``, ru
``seat_holders``; extract/event_compatibility.py), each beside a look-alike that must not do it."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

PUTIN, MODI = "Q7747", "Q1058"
TOKAYEV, MIRZIYOYEV = "kassym-jomart-tokayev", "shavkat-mirziyoyev"
MEDVEDEV = "dmitry-medvedev"


def events(text, day, language, title=None):
    return extract_article("t1", title, None, text, day, language).events


def of_type(found, kind):
    return [e for e in found if kind in e.types()]


# -- a charter signed (fr « ont signé, <jour et lieu>, la charte »; ru "подписали ... Хартию")

FR_DAY = dt.date(2023, 9, 16)


def test_french_leaders_signing_a_charter_sign_an_agreement_of_its_day():
    found = of_type(events("Les présidents des cinq pays ont signé, vendredi à Douchanbé, la charte d'une nouvelle "
                           "union douanière régionale.", FR_DAY, "fr"), "agreement")
    assert len(found) == 1
    assert found[0].date.first == dt.date(2023, 9, 15)


def test_a_charter_only_invoked_is_no_signing():
    found = events("Les présidents des cinq pays ont invoqué vendredi à Douchanbé la charte des Nations unies.",
                   FR_DAY, "fr")
    assert not of_type(found, "agreement")


RU_DAY = dt.date(2023, 9, 15)


def test_russian_heads_signing_a_charter_in_a_hyphenated_city_sign_an_agreement():
    found = of_type(events("Президенты Казахстана и Узбекистана подписали сегодня в Улан-Баторе Хартию регионального "
                           "водного союза.", RU_DAY, "ru"), "agreement")
    assert len(found) == 1
    assert found[0].date.first == RU_DAY


def test_a_charter_only_discussed_is_no_signing():
    found = events("Президенты Казахстана и Узбекистана обсудили сегодня в Улан-Баторе Хартию регионального "
                   "водного союза.", RU_DAY, "ru")
    assert not of_type(found, "agreement")


def test_signatures_put_under_a_declaration_are_its_signers():
    found = of_type(events("Свои подписи под декларацией поставили сегодня президенты Казахстана Касым-Жомарт "
                           "Токаев и Узбекистана Шавкат Мирзиёев.", RU_DAY, "ru"), "agreement")
    assert len(found) == 1
    assert {TOKAYEV, MIRZIYOYEV} <= found[0].participants


def test_a_question_put_is_no_signature():
    found = events("Президенты Казахстана Касым-Жомарт Токаев и Узбекистана Шавкат Мирзиёев поставили сегодня "
                   "под сомнение подписи под старым проектом.", RU_DAY, "ru")
    assert not of_type(found, "agreement")


def test_a_batch_of_documents_signed_is_an_agreement():
    found = of_type(events("Касым-Жомарт Токаев и Шавкат Мирзиёев провели сегодня в Ташкенте переговоры. В их "
                           "присутствии был подписан пакет документов о торговле.", RU_DAY, "ru"), "agreement")
    assert len(found) == 1


def test_a_batch_of_documents_sent_is_no_signing():
    found = events("Касым-Жомарт Токаев и Шавкат Мирзиёев провели сегодня в Ташкенте переговоры. Пакет документов "
                   "о торговле направлен в парламенты.", RU_DAY, "ru")
    assert not of_type(found, "agreement")


# -- "Глава российского правительства": the prime minister of the sentence's year

VISIT_DAY = dt.date(2015, 4, 7)


def test_the_head_of_the_russian_government_is_the_years_prime_minister():
    found = of_type(events("Глава российского правительства прибыл в Ханой накануне вечером с двухдневным "
                           "официальным визитом.", VISIT_DAY, "ru"), "visit")
    assert found and MEDVEDEV in found[0].participants


def test_a_former_head_of_the_russian_government_is_not_him():
    found = of_type(events("Бывший глава российского правительства прибыл в Ханой накануне вечером с двухдневным "
                           "визитом.", VISIT_DAY, "ru"), "visit")
    assert not any(MEDVEDEV in e.participants for e in found)


# -- talks held today, and a session he will attend on a later day: two events

EN_DAY = dt.date(2024, 3, 5)  # a Tuesday


def test_talks_held_today_do_not_stretch_to_a_session_planned_for_wednesday():
    found = events("Narendra Modi and Vladimir Putin held talks in Moscow today. On Wednesday Modi will take part "
                   "in a summit of the heads of government of the group.", EN_DAY, "en",
                   title="Modi and Putin hold talks in Moscow")
    talks = [e for e in found if e.main]
    assert talks and talks[0].date.last == EN_DAY
    assert any(e.date and e.date.first == dt.date(2024, 3, 6) for e in found if not e.main)


def test_a_summit_held_today_may_still_close_on_wednesday():
    """The look-alike: a summit (not a day's talks) told held today and to close tomorrow is one summit."""
    found = events("Narendra Modi and Vladimir Putin attended the summit in Moscow today. The summit will close on "
                   "Wednesday with a declaration.", EN_DAY, "en", title="Summit opens in Moscow")
    summits = [e for e in found if "summit" in e.types()]
    assert len(summits) == 1


# -- leaders watching a military exercise (zh 观看…演习, de verfolgten … Manöver): their event

def test_chinese_leaders_watching_an_exercise_is_their_event_at_the_town_after_the_region():
    found = of_type(events("国家主席习近平5日在俄罗斯滨海边疆区谢尔盖耶夫卡训练场，同俄罗斯总统普京一道，观看了"
                           "“东方-2018”联合军事演习。", dt.date(2018, 9, 6), "zh"), "other")
    assert len(found) == 1
    assert {"Q15031", PUTIN} <= found[0].participants
    assert found[0].date.first == dt.date(2018, 9, 5)


def test_a_town_told_after_its_russian_region_is_the_venue_not_the_country():
    found = of_type(events("国家主席习近平5日在俄罗斯斯维尔德洛夫斯克州叶卡捷琳堡，同俄罗斯总统普京一道，观看了联合军事演习。",
                           dt.date(2018, 9, 6), "zh"), "other")
    assert len(found) == 1
    assert found[0].location_id not in (None, "Q159")  # (Yekaterinburg, not Russia)


def test_an_exercise_only_announced_is_no_watching():
    found = events("国家主席习近平5日在北京表示，两国军队将于明年举行联合军事演习。", dt.date(2018, 9, 6), "zh")
    assert not of_type(found, "other")


def test_german_leaders_following_an_exercise_is_their_event_at_the_range():
    found = of_type(events("Auf dem Truppenübungsplatz Tschebarkul verfolgten Wladimir Putin und Xi Jinping am Mittwoch "
                           "ein Manöver beider Armeen.", dt.date(2018, 9, 6), "de"), "other")
    assert len(found) == 1
    assert {"Q15031", PUTIN} <= found[0].participants
    assert found[0].location_id is not None


def test_an_exercise_told_without_a_watching_verb_is_no_event():
    found = events("Wladimir Putin und Xi Jinping sprachen am Mittwoch über ein Manöver beider Armeen.",
                   dt.date(2018, 9, 6), "de")
    assert not of_type(found, "other")


# -- a delegation's plane landing (ru "приземлился ..., на борту которого находилась делегация"): its visit

def test_a_plane_landing_with_a_delegation_aboard_is_the_visit_of_its_head():
    found = of_type(events("Сегодня в аэропорту Внуково приземлился самолет, на борту которого находилась делегация "
                           "Казахстана во главе с Касым-Жомартом Токаевым.", RU_DAY, "ru"), "visit")
    assert len(found) == 1
    assert TOKAYEV in found[0].participants
    assert found[0].location_id == "Q649"  # (Vnukovo is in Moscow)


def test_a_plane_landing_with_no_delegation_is_no_visit():
    found = events("Сегодня в аэропорту Внуково приземлился самолет с гуманитарным грузом для Касым-Жомарта "
                   "Токаева.", RU_DAY, "ru")
    assert not of_type(found, "visit")


def test_the_deputy_head_named_after_the_delegation_joins_its_visit():
    found = of_type(events("Сегодня в Москву прибыла делегация Казахстана во главе с Касым-Жомартом Токаевым. "
                           "Заместителем главы делегации был Шавкат Мирзиёев.", RU_DAY, "ru"), "visit")
    assert len(found) == 1
    assert {TOKAYEV, MIRZIYOYEV} <= found[0].participants


def test_a_deputy_head_of_another_body_does_not_join_the_visit():
    found = of_type(events("Сегодня в Москву прибыла делегация Казахстана во главе с Касым-Жомартом Токаевым. "
                           "Заместителем главы правительства был назначен Шавкат Мирзиёев.", RU_DAY, "ru"), "visit")
    assert found and MIRZIYOYEV not in found[0].participants


# -- one parade told twice in an article, each time with other guests: one parade

PARADE_DAY = dt.date(2015, 5, 9)
LUKASHENKO = "alexander-lukashenko"


def test_a_parade_told_again_with_more_guests_is_the_same_parade():
    found = of_type(events("Путин и Токаев встретились в Кремле после парада Победы. Утром Токаев вместе с Лукашенко, "
                           "Мирзиёевым и Си Цзиньпином наблюдал за военным парадом на Красной площади.", PARADE_DAY, "ru",
                           title="Путин и Токаев встретились после парада"), "parade")
    assert len(found) == 1
    assert {PUTIN, TOKAYEV, LUKASHENKO, MIRZIYOYEV} <= found[0].participants


def test_a_parade_of_another_city_stays_apart():
    found = of_type(events("Сегодня Путин и Токаев наблюдали за военным парадом на Красной площади. Сегодня же "
                           "Лукашенко и Мирзиёев приняли парад в Минске.", PARADE_DAY, "ru"), "parade")
    assert len(found) == 2


# -- es: the leaders counted at a gathering, then some named ("entre ellos X y Y"): its guests

ES_DAY = dt.date(2015, 5, 10)


def test_leaders_named_among_those_counted_at_a_parade_are_its_guests():
    found = of_type(events("Por la mañana, Xi Jinping había presenciado el desfile junto a Vladímir Putin y a una "
                           "treintena de mandatarios, entre ellos el kazajo Kassym-Jomart Tokayev y el uzbeko "
                           "Shavkat Mirziyoyev.", ES_DAY, "es"), "parade")
    assert len(found) == 1
    assert {TOKAYEV, MIRZIYOYEV} <= found[0].participants


def test_people_named_among_critics_are_not_guests():
    found = of_type(events("Por la mañana, Xi Jinping había presenciado el desfile junto a Vladímir Putin. Lo "
                           "criticaron varios políticos, entre ellos Kassym-Jomart Tokayev.", ES_DAY, "es"), "parade")
    assert found and not any(TOKAYEV in e.participants for e in found)


# -- a document signed in the very sentence of a dated summit (de, the participle after a listed
#    subject: "einen Vertrag über A, B und C unterzeichnet"): signed at that summit, on its day

DE_DAY = dt.date(2019, 6, 15)


def test_a_treaty_signed_at_the_summit_of_its_sentence_takes_its_day_and_place():
    found = events("Russland und China zeigen Einigkeit. Am Donnerstag hatten Wladimir Putin und Xi Jinping auf "
                   "ihrem Gipfel in der kirgisischen Hauptstadt Bischkek einen Vertrag über Handel, Verkehr und "
                   "Zusammenarbeit unterzeichnet.", DE_DAY, "de")
    signed = of_type(found, "agreement")
    assert len(signed) == 1
    assert signed[0].date.first == dt.date(2019, 6, 13)
    assert signed[0].location_id == "bishkek"


def test_a_treaty_only_criticised_in_a_clause_of_its_own_is_no_signing():
    found = events("Am Vortag hatten die Staatschefs auf ihrem Gipfel in Bischkek den Vertrag, den Kritiker als "
                   "zahnlos bezeichnen, gelobt.", DE_DAY, "de")
    assert not of_type(found, "agreement")


def test_a_treaty_signed_in_a_sentence_with_no_summit_keeps_no_borrowed_day():
    """The look-alike: an undated signing beside a summit told in another sentence is left as it was."""
    found = events("Wladimir Putin und Xi Jinping trafen sich am Donnerstag auf dem Gipfel in Bischkek. Russland "
                   "und China hatten einst einen Vertrag über Handel, Verkehr und Zusammenarbeit unterzeichnet.",
                   DE_DAY, "de")
    assert not any(e.date and e.date.first == dt.date(2019, 6, 13) for e in of_type(found, "agreement"))
