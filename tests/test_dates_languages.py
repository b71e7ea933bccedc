"""Dates stated in Russian, Chinese, German, French and Spanish sentences, as tables like
tests/test_dates.py: (language, publication date, phrase, tense) -> (first, last, precision),
each language beside look-alikes that must not become dates. The sentences are written for
these tests in the shapes agency copy uses; none is copied."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.dates import resolve_dates, unresolved_phrases

D = dt.date
FRI = D(2025, 5, 16)  # a Friday
MON = D(2024, 12, 30)  # a Monday, the year's last week

RESOLVES = [
    # Russian: the genitive "мая", the accusative "в среду", "на этой неделе"
    ("ru", None, "Переговоры лидеров прошли 8 мая 2025 года в Кремле.", "past", D(2025, 5, 8), D(2025, 5, 8), "day"),
    ("ru", None, "Форум состоится 3–5 сентября 2025 года во Владивостоке.", "future",
     D(2025, 9, 3), D(2025, 9, 5), "day"),
    ("ru", FRI, "Государственный визит пройдёт с 7 по 10 июня.", "future", D(2025, 6, 7), D(2025, 6, 10), "day"),
    ("ru", None, "Договор был подписан в июле 2001 года.", "past", D(2001, 7, 1), D(2001, 7, 31), "month"),
    ("ru", None, "Организация была создана в 2001 году.", "past", D(2001, 1, 1), D(2001, 12, 31), "year"),
    ("ru", FRI, "Лидеры встретились 9 мая на параде.", "past", D(2025, 5, 9), D(2025, 5, 9), "day"),
    ("ru", FRI, "Стороны проведут консультации 20 мая.", "future", D(2025, 5, 20), D(2025, 5, 20), "day"),
    ("ru", FRI, "В среду президенты провели телефонный разговор.", "past", D(2025, 5, 14), D(2025, 5, 14), "day"),
    ("ru", FRI, "Делегация прибудет во вторник.", "future", D(2025, 5, 20), D(2025, 5, 20), "day"),
    ("ru", FRI, "Министры встретятся в следующий понедельник.", "future", D(2025, 5, 19), D(2025, 5, 19), "day"),
    # "накануне" standing alone is the day before: after it a place, a verb, a comma
    ("ru", FRI, "Накануне в Казани министры подписали протокол.", "past", D(2025, 5, 15), D(2025, 5, 15), "day"),
    ("ru", FRI, "Делегация накануне вылетела в Ереван.", "past", D(2025, 5, 15), D(2025, 5, 15), "day"),
    ("ru", FRI, "Об отставке объявили накануне.", "past", D(2025, 5, 15), D(2025, 5, 15), "day"),
    ("ru", FRI, "В прошлую пятницу посол вручил грамоты.", "past", D(2025, 5, 9), D(2025, 5, 9), "day"),
    ("ru", FRI, "На этой неделе в Москве прошли переговоры.", "past", D(2025, 5, 12), D(2025, 5, 18), "week"),
    ("ru", FRI, "На следующей неделе начнётся визит.", "future", D(2025, 5, 19), D(2025, 5, 25), "week"),
    ("ru", FRI, "Соглашение подписали в прошлом месяце.", "past", D(2025, 4, 1), D(2025, 4, 30), "month"),
    ("ru", MON, "В прошлом году товарооборот вырос.", "past", D(2023, 1, 1), D(2023, 12, 31), "year"),
    ("ru", None, "Протокол от 16.05.2025 вступил в силу.", "past", D(2025, 5, 16), D(2025, 5, 16), "day"),
    ("ru", FRI, "Вчера глава МИД провёл брифинг.", "past", D(2025, 5, 15), D(2025, 5, 15), "day"),
    ("ru", FRI, "Саммит откроется в июле.", "future", D(2025, 7, 1), D(2025, 7, 31), "month"),
    ("ru", FRI, "В декабре прошлого года стороны подписали меморандум.", "past",
     D(2024, 12, 1), D(2024, 12, 31), "month"),
    ("ru", MON, "Соглашение вступило в силу 1 июля этого года.", "past", D(2024, 7, 1), D(2024, 7, 1), "day"),
    # anniversaries, against the knowledge base's anchors (knowledge/anchors.yaml)
    ("ru", None, "Парад прошёл в честь 80-летия Победы в Великой Отечественной войне.", "past",
     D(2025, 5, 9), D(2025, 5, 9), "day"),
    ("ru", None, "Саммит приурочен к 25-летию ШОС.", "future", D(2026, 6, 15), D(2026, 6, 15), "day"),
    # Chinese, simplified and traditional: digits and 年月日, no spaces
    ("zh", None, "2024年5月16日，两国元首在北京举行会谈。", "past", D(2024, 5, 16), D(2024, 5, 16), "day"),
    ("zh", None, "２０２４年５月１６日，两国元首举行会谈。", "past", D(2024, 5, 16), D(2024, 5, 16), "day"),
    ("zh", None, "峰会于2025年8月31日至9月1日举行。", "past", D(2025, 8, 31), D(2025, 9, 1), "day"),
    ("zh", FRI, "5月16日至17日，俄罗斯总统对中国进行国事访问。", "past", D(2025, 5, 16), D(2025, 5, 17), "day"),
    ("zh", None, "上海合作组织成立于2001年6月。", "past", D(2001, 6, 1), D(2001, 6, 30), "month"),
    ("zh", None, "该组织成立于2001年。", "past", D(2001, 1, 1), D(2001, 12, 31), "year"),
    ("zh", FRI, "双方于5月8日在莫斯科签署联合声明。", "past", D(2025, 5, 8), D(2025, 5, 8), "day"),
    ("zh", FRI, "周四，两国元首举行小范围会谈。", "past", D(2025, 5, 15), D(2025, 5, 15), "day"),
    ("zh", FRI, "國家主席星期三抵達莫斯科。", "past", D(2025, 5, 14), D(2025, 5, 14), "day"),
    ("zh", FRI, "外长週二会见了来访的代表团。", "past", D(2025, 5, 13), D(2025, 5, 13), "day"),
    ("zh", FRI, "上周四双方签署了合作文件。", "past", D(2025, 5, 8), D(2025, 5, 8), "day"),
    ("zh", FRI, "下周一代表团将抵达北京。", "future", D(2025, 5, 19), D(2025, 5, 19), "day"),
    ("zh", FRI, "本周两国外长举行了会晤。", "past", D(2025, 5, 12), D(2025, 5, 18), "week"),
    ("zh", FRI, "下个月双方将举行新一轮磋商。", "future", D(2025, 6, 1), D(2025, 6, 30), "month"),
    ("zh", FRI, "去年两国贸易额创新高。", "past", D(2024, 1, 1), D(2024, 12, 31), "year"),
    ("zh", FRI, "昨天，发言人回答了记者提问。", "past", D(2025, 5, 15), D(2025, 5, 15), "day"),
    ("zh", FRI, "去年5月，两国元首在北京会谈。", "past", D(2024, 5, 1), D(2024, 5, 31), "month"),
    ("zh", MON, "明年3月8日双方将再次会晤。", "future", D(2025, 3, 8), D(2025, 3, 8), "day"),
    ("zh", None, "纪念上合组织成立25周年大会在天津举行。", "past", D(2026, 6, 15), D(2026, 6, 15), "day"),
    ("zh", None, "慶祝中華人民共和國成立75周年。", "past", D(2024, 10, 1), D(2024, 10, 1), "day"),
    # a range of days in one month, however its ends are joined
    ("zh", FRI, "5月16日—17日，两国元首举行会谈。", "past", D(2025, 5, 16), D(2025, 5, 17), "day"),
    ("zh", FRI, "论坛5月16日到18日在北京举行。", "present", D(2025, 5, 16), D(2025, 5, 18), "day"),
    # a day without its month, as wire copy writes the days of its dateline's month
    ("zh", FRI, "16日至17日，俄罗斯总统对中国进行国事访问。", "past", D(2025, 5, 16), D(2025, 5, 17), "day"),
    ("zh", FRI, "国家主席15日在人民大会堂举行会谈。", "past", D(2025, 5, 15), D(2025, 5, 15), "day"),
    ("zh", D(2025, 6, 2), "外长30日会见了代表团。", "past", D(2025, 5, 30), D(2025, 5, 30), "day"),  # the month before
    ("zh", FRI, "代表团将于20日抵达莫斯科。", "future", D(2025, 5, 20), D(2025, 5, 20), "day"),
    ("zh", D(2025, 5, 28), "峰会将于2日至3日举行。", "future", D(2025, 6, 2), D(2025, 6, 3), "day"),  # the month after
    ("zh", FRI, "两国元首18日在北京举行会谈。", "present", D(2025, 5, 18), D(2025, 5, 18), "day"),  # the nearest
    ("zh", FRI, "本月8日双方签署联合声明。", "past", D(2025, 5, 8), D(2025, 5, 8), "day"),
    ("zh", FRI, "上月20日两国外长通电话。", "past", D(2025, 4, 20), D(2025, 4, 20), "day"),
    ("zh", FRI, "上月两国签署了合作协议。", "past", D(2025, 4, 1), D(2025, 4, 30), "month"),
    # German
    ("de", None, "Das Treffen fand am 16. Mai 2024 in Peking statt.", "past", D(2024, 5, 16), D(2024, 5, 16), "day"),
    ("de", None, "Das Abkommen vom 04.02.2022 gilt weiter.", "past", D(2022, 2, 4), D(2022, 2, 4), "day"),
    ("de", FRI, "Der Besuch dauert vom 7. bis 9. Juni.", "future", D(2025, 6, 7), D(2025, 6, 9), "day"),
    ("de", FRI, "Am Donnerstag trafen sich die Präsidenten.", "past", D(2025, 5, 15), D(2025, 5, 15), "day"),
    ("de", FRI, "Am vergangenen Montag sprach der Minister.", "past", D(2025, 5, 12), D(2025, 5, 12), "day"),
    ("de", FRI, "Im März reiste die Delegation nach Moskau.", "past", D(2025, 3, 1), D(2025, 3, 31), "month"),
    ("de", FRI, "Nächste Woche beginnen die Gespräche.", "future", D(2025, 5, 19), D(2025, 5, 25), "week"),
    # French
    ("fr", None, "Jeudi 16 mai 2024, le président est arrivé à Pékin.", "past", D(2024, 5, 16), D(2024, 5, 16), "day"),
    ("fr", None, "L'accord du 04/02/2022 reste en vigueur.", "past", D(2022, 2, 4), D(2022, 2, 4), "day"),
    ("fr", FRI, "Le sommet se tiendra le 1er juillet.", "future", D(2025, 7, 1), D(2025, 7, 1), "day"),
    ("fr", FRI, "Les deux dirigeants se sont parlé mardi dernier.", "past", D(2025, 5, 13), D(2025, 5, 13), "day"),
    ("fr", FRI, "Les ministres se réunissent mercredi.", "past", D(2025, 5, 14), D(2025, 5, 14), "day"),
    ("fr", FRI, "La visite a eu lieu la semaine dernière.", "past", D(2025, 5, 5), D(2025, 5, 11), "week"),
    # Spanish
    ("es", None, "El jueves 16 de mayo de 2024 el presidente llegó a Pekín.", "past",
     D(2024, 5, 16), D(2024, 5, 16), "day"),
    ("es", FRI, "La cumbre será el 20 de junio.", "future", D(2025, 6, 20), D(2025, 6, 20), "day"),
    ("es", FRI, "El próximo lunes viajará a Moscú.", "future", D(2025, 5, 19), D(2025, 5, 19), "day"),
    ("es", FRI, "Los cancilleres se reunieron el martes pasado.", "past", D(2025, 5, 13), D(2025, 5, 13), "day"),
    ("es", FRI, "El acuerdo se firmó el año pasado.", "past", D(2024, 1, 1), D(2024, 12, 31), "year"),
    # a month after "de" ("the meeting of September"): the month; with its day before it, that day
    ("es", FRI, "La canciller confirmó su viaje a la reunión de septiembre.", "future",
     D(2025, 9, 1), D(2025, 9, 30), "month"),
    ("es", FRI, "La canciller viajará el 9 de septiembre.", "future", D(2025, 9, 9), D(2025, 9, 9), "day"),
]


@pytest.mark.parametrize("language, published, text, tense, first, last, precision", RESOLVES,
                         ids=[f"{r[0]}-{r[2][:30]}" for r in RESOLVES])
def test_phrase_resolves(language, published, text, tense, first, last, precision):
    resolved = resolve_dates(text, published, tense, language=language)
    assert [(r.first, r.last, r.precision) for r in resolved] == [(first, last, precision)]


NOTHING = [
    ("ru", FRI, "Товарооборот вырос на 16 процентов.", "past"),  # a count, not a day
    ("ru", FRI, "Окружающая среда требует защиты.", "present"),  # "среда": the environment
    ("ru", FRI, "Каждую среду проходит оперативное совещание.", "present"),  # every Wednesday
    ("ru", None, "В среду лидеры провели встречу.", "past"),  # no publication date to count from
    ("ru", FRI, "Маяк 16 мачт виден издалека.", "present"),  # "мая" inside another word
    ("ru", FRI, "Театр отметил 80-летие своей первой премьеры.", "past"),  # an anniversary with no anchor
    ("ru", FRI, "К 10-летию шоссейной дороги готовят ремонт.", "future"),  # "шос" inside a word
    # "накануне" with its object is the eve of something, no day of its own
    ("ru", FRI, "Накануне переговоров в Казани министры обменялись письмами.", "past"),
    ("ru", FRI, "Накануне нашей поездки в Ереван мы изучили документы.", "past"),
    ("ru", FRI, "Накануне Дня знаний школы проверили готовность.", "past"),
    ("ru", FRI, "Накануне начала сессии депутаты собрались на совещание.", "past"),
    ("zh", FRI, "5月份的数据显示出口增长。", "past"),  # a month's figures, no day
    ("zh", FRI, "公司成立10周年之际发布新品。", "past"),  # an anniversary with no anchor
    ("zh", FRI, "每周一举行例行记者会。", "present"),  # every Monday
    ("zh", FRI, "会议一周一次。", "present"),  # once a week
    ("zh", FRI, "双方签署了15项协议。", "past"),  # a count
    ("ru", FRI, "Обновление 3.10.2 вышло для всех устройств.", "past"),  # a version number, not a date
    ("zh", FRI, "该项目耗资20年。", "past"),  # years as a span, not a year
    ("zh", FRI, "代表团进行了为期3日的访问。", "past"),  # a span of days
    ("zh", FRI, "双方同意在7日内完成审批。", "future"),  # within seven days
    ("zh", FRI, "旅行社推出莫斯科5日游。", "present"),  # a five-day tour
    ("zh", FRI, "谈判进入第16日。", "present"),  # an ordinal day
    ("zh", FRI, "地铁1号线延长至机场。", "present"),  # 号 as a number
    ("zh", None, "国家主席16日在北京举行会谈。", "past"),  # no publication date to take the month from
    ("zh", FRI, "该文件注明2025年2月30日。", "past"),  # no such day: not its "30日" alone either
    ("de", FRI, "Mai Thi sagte, die Lage sei ernst.", "present"),  # "Mai" as a name
    ("de", FRI, "Jeden Montag tagt der Ausschuss.", "present"),  # every Monday
    ("de", FRI, "Es gab 16 Teilnehmer aus 12 Staaten.", "past"),
    ("fr", FRI, "Chaque lundi, le conseil se réunit.", "present"),
    ("fr", FRI, "La mission vers Mars a coûté 2 milliards.", "past"),  # the planet
    ("es", FRI, "Los lunes hay reunión del gabinete.", "present"),  # on Mondays
    ("es", FRI, "Participaron 16 delegaciones de 20 países.", "past"),
]


@pytest.mark.parametrize("language, published, text, tense", NOTHING, ids=[f"{r[0]}-{r[2][:30]}" for r in NOTHING])
def test_phrase_resolves_to_nothing(language, published, text, tense):
    assert resolve_dates(text, published, tense, language=language) == []


def test_a_chinese_weekday_of_another_week_counts_whole_weeks():
    """上周四 is the Thursday of the week before the publication week, even when the
    publication falls on the Sunday after it (unlike "last Thursday")."""
    sunday = D(2025, 5, 18)
    (resolved,) = resolve_dates("上周四双方签署了协议。", sunday, "past", language="zh")
    assert resolved.first == D(2025, 5, 8)
    (english,) = resolve_dates("They signed it last Thursday.", sunday, "past")
    assert english.first == D(2025, 5, 15)


def test_a_relative_phrase_spans_a_line_break():
    (resolved,) = resolve_dates("Переговоры прошли на этой\nнеделе.", FRI, "past", language="ru")
    assert (resolved.first, resolved.last) == (D(2025, 5, 12), D(2025, 5, 18))


def test_offsets_point_at_the_phrase_in_text_without_spaces():
    text = "两国元首于2024年5月16日在北京举行会谈。"
    (resolved,) = resolve_dates(text, None, "past", language="zh")
    assert text[resolved.char_start:resolved.char_end] == "2024年5月16日" == resolved.phrase


def test_a_bare_year_phrase_is_the_year_itself():
    text = "Организация была создана в 2001 году."
    (resolved,) = resolve_dates(text, None, "past", language="ru")
    assert resolved.phrase == "2001" and text[resolved.char_start:resolved.char_end] == "2001"


def test_a_language_without_calendar_sentences_is_read_as_english():
    text = "They met on October 18, 2023 in Beijing."
    assert resolve_dates(text, None, "past", language="it") == resolve_dates(text, None, "past")


@pytest.mark.parametrize("language, text, phrases", [
    ("ru", "В среду и на этой неделе, а также 16 мая и в мае прошлого года.",
     ["среду", "этой неделе", "16 мая", "мае прошлого года"]),
    ("ru", "Накануне форума, а накануне в Казани ...", ["накануне"]),
    ("zh", "周四、本周和5月16日。", ["周四", "本周", "5月16日"]),
    ("de", "Am Donnerstag, am 16. Mai.", ["Am Donnerstag", "16. Mai"]),
    ("es", "El martes pasado y el 16 de mayo.", ["El martes pasado", "16 de mayo"]),
])
def test_unresolved_phrases_are_found_per_language(language, text, phrases):
    assert [p for _, _, p in unresolved_phrases(text, language)] == phrases


def test_a_chinese_day_without_its_month_waits_for_a_publication_date():
    """An undated article's "16日" is kept to estimate its date, as its "周四" is."""
    assert [p for _, _, p in unresolved_phrases("国家主席16日至17日访问俄罗斯，5月16日抵达。", "zh")] == [
        "16日至17日", "5月16日"]


def test_english_unresolved_phrases_ignore_other_languages_words():
    assert unresolved_phrases("В среду на этой неделе.") == []


def test_a_wrong_calendar_entry_is_one_line_naming_the_file():
    from ruchina.errors import RuchinaError
    from ruchina.text.calendar_words import _words, expand

    with pytest.raises(RuchinaError, match=r"^knowledge/calendar\.yaml: xx: needs twelve lists of months"):
        _words("xx", {"months": [["Jan"]]})
    words = _words("xx", {"months": [[]] * 12, "sentences": {"spaced": True}})
    with pytest.raises(RuchinaError, match=r"^knowledge/calendar\.yaml: xx: '\{day\}\(' does not compile"):
        expand("{day}(", words, {})
    with pytest.raises(RuchinaError, match=r"unknown placeholder \{weekday\}"):
        expand("{weekday}", words, {})
