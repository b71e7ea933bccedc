"""The benchmark corpus's articles in each language: leads in the style of each language's
wire (a plain English lead; a TASS-style dateline and lead in Russian, the people and places
in their case forms; a Xinhua-style dateline and lead in Chinese), titles, the sentences of
filler prose, a summit's dates and an organisation's count, all in templates of our own words.

Names come from the knowledge base: a person or place is written in a language only when
knowledge/entities_<code>.yaml gives it a name there, so the corpus follows the data.
"""

from __future__ import annotations

import datetime as dt

from ruchina.knowledge.base import knowledge_file_exists, language_names

#: Each language's share of a corpus that includes it (normalised over the languages chosen).
LANGUAGE_SHARES = {"en": 0.75, "ru": 0.15, "zh": 0.10}

WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
#: "в среду": the weekday in the accusative, with its preposition
WEEKDAYS_RU = ["в понедельник", "во вторник", "в среду", "в четверг", "в пятницу", "в субботу", "в воскресенье"]
MONTHS_RU = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
             "ноября", "декабря"]
ORDINALS_RU = ["первый", "второй", "третий", "четвёртый"]
WEEKDAYS_ZH = ["一", "二", "三", "四", "五", "六", "日"]
ORDINALS_ZH = ["一", "二", "三", "四"]

RU = {
    "subject": """объемы торговли|поставки зерна|грузовые перевозки|цены на удобрения|расчеты в национальных валютах|
    инвестиции в порты|тарифы на транзит|закупки оборудования|работы на трассе|потоки туристов|экспортные квоты|
    кредиты банков|запасы топлива|заказы на заводах|платежи по контрактам|сборы урожая|продажи угля|поставки леса|
    перевозки контейнеров|закупки сои|отгрузки стали|перевозки нефти|поставки газа|закупки риса|продажи автомобилей|
    поставки удобрений|грузы через порт|перевозки зерна по реке|закупки угля|поставки меди|продажи стали|
    расходы на логистику|доходы портов|перевозки по железной дороге|поставки запчастей|заказы на суда|
    инвестиции в склады|поставки электроэнергии|платежи за транзит|объемы перевалки|отгрузки леса|закупки металла""".split("|"),
    # plural adjectives agree with every plural subject, whatever its gender
    "adjective": """новые|крупные|совместные|региональные|морские|речные|ежемесячные|годовые|частные|государственные|
    транзитные|прямые|дополнительные|долгосрочные|срочные|оптовые|зимние|летние|внешние|внутренние|
    быстрые|медленные|крупнейшие|малые|средние|северные|южные|восточные|западные|сезонные|квартальные|
    пробные|плановые|внеплановые|местные|приграничные|портовые|железнодорожные|автомобильные|биржевые""".split("|"),
    "verb": """выросли|замедлились|сократились|удвоились|возобновились|стабилизировались|ускорились|снизились|
    подросли|упали|восстановились|колебались|увеличились|уменьшились|сохранились|выровнялись""".split("|"),
    "adverb": """заметно|постепенно|резко|неожиданно|слегка|уверенно|медленно|вновь|быстро|умеренно|стабильно|ощутимо|
    незначительно|существенно|плавно|внезапно""".split("|"),
    "place": """в приграничных районах|в речных портах|в северных провинциях|в промышленном поясе|
    в свободной экономической зоне|на южных равнинах|в горных районах|в прибрежной зоне|в западных областях|
    в восточных портах|на северных маршрутах|в дельте реки|в степных районах|на озерных причалах|в лесном поясе|
    в пустынных районах""".split("|"),
    "source": """сообщили в министерстве|отметили аналитики|говорится в заявлении|добавили дипломаты|
    подсчитали экономисты|пишут местные газеты|считают отраслевые эксперты|
    уточнили в ведомстве|признали в отрасли|заявили перевозчики|сообщили трейдеры|отметили банкиры|
    сообщили инженеры|заявили в таможне|отметили наблюдатели|подсчитали в порту|говорится в отчете|
    сообщили судоходные компании|добавили чиновники|отметили плановики""".split("|"),
}
ZH = {
    "subject": """双边贸易|粮食运输|能源合作|港口投资|铁路货运|本币结算|化肥出口|边境口岸|跨境电商|农业项目|物流通道|
    油气管道|电力供应|旅游往来|工业园区|科技合作|煤炭进口|木材运输|集装箱运输|大豆采购|钢铁产量|冷链物流|航空货运|
    海运航线""".split("|"),
    "adverb": "稳步|明显|逐步|大幅|持续|略有|迅速|缓慢".split("|"),
    "verb": "增长|回升|放缓|扩大|下降|改善|恢复|提速".split("|"),
    "place": "在边境地区|在沿海港口|在北部省份|在工业带|在自贸区|在南部平原|在山区|在内河码头|在东部沿线|在西部高原|在物流枢纽|在产业新区".split("|"),
    "source": "官员表示|分析人士指出|有关部门称|经济学家估计|当地媒体报道|行业协会称|外交人士说|业内人士认为|研究机构称|企业代表说".split("|"),
}
RU, ZH = ({kind: [" ".join(w.split()) for w in words] for kind, words in bank.items()} for bank in (RU, ZH))


def _ru_last_word(name: str, endings: list[tuple[str, str]]) -> str:
    """``name`` with its last word put in a case by the first of ``endings`` (what the word
    ends with, what replaces it) that fits; foreign names ending in a vowel do not inflect."""
    *rest, last = name.split(" ")
    for ending, replacement in endings:
        if last.endswith(ending) and len(last) > len(ending) + 1:
            last = last[:len(last) - len(ending)] + replacement
            break
    return " ".join([*rest, last])


def ru_instrumental(name: str) -> str:
    """"с Путиным", "с Си Цзиньпином", "с Захаровой", "с Моди": a Russian surname (one
    word in -ов, -ев, -ин) takes -ым, a foreign one -ом."""
    russian = [] if " " in name else [("ова", "овой"), ("ева", "евой"), ("ина", "иной"), ("ов", "овым"), ("ев", "евым"),
                                      ("ёв", "ёвым"), ("ин", "иным")]
    return _ru_last_word(name, russian + [("й", "ем"), ("ь", "ем")] + [(c, c + "ем") for c in "жшщчц"]
                         + [(c, c + "ом") for c in "бвгдзклмнпрстфх"])


def ru_prepositional(city: str) -> str:
    """"в Москве", "в Казани", "в Пекине", "в Сочи"."""
    return _ru_last_word(city, [("а", "е"), ("я", "е"), ("ь", "и"), ("й", "е")]
                         + [(c, c + "е") for c in "бвгджзклмнпрстфхцчшщ"])


class Writer:
    """English, as the generator wrote it before other languages: the rng draws of an
    English article are the same, so an English-only corpus is the one it always was."""

    code = "en"
    #: what ends a sentence, and what joins two sentences of a paragraph
    stop, joiner = ".", " "

    def __init__(self, rng, words: dict):
        self.rng, self.words = rng, words

    def name(self, canonical: str) -> str:
        return canonical

    def writes(self, canonical: str) -> bool:
        return True

    def sentences(self, paragraph: str) -> list[str]:
        return paragraph.split(self.stop + self.joiner)

    def join_sentences(self, sentences: list[str]) -> str:
        return (self.stop + self.joiner).join(sentences)

    def title(self, first: str, second: str, city: str) -> str:
        return f"{first} and {second} hold talks in {city}"

    def lead(self, first: str, second: str, city: str, day: dt.date, published: dt.date | None,
             weekday: bool = False) -> tuple[str, str]:
        """The lead, and the same lead with the two people named the other way round; the
        day of the meeting as a weekday (always in English; in the other languages when
        ``weekday`` or undated, else as often as a date)."""
        weekday = WEEKDAYS_EN[day.weekday()]
        rest = f" met in {city} on {weekday}. The talks lasted {self.rng.randrange(2, 9)} hours."
        return f"{first} and {second}{rest}", f"{second} and {first}{rest}"

    def sentence(self) -> str:
        r, w = self.rng, self.words
        form = r.randrange(4)
        if form == 0:
            return (f"The {r.choice(w['adj'])} {r.choice(w['noun'])} {r.choice(w['verb'])} across {r.choice(w['place'])}, "
                    f"{r.choice(w['source'])}.")
        if form == 1:
            return (f"{r.choice(w['source']).capitalize()} that the {r.choice(w['noun'])} and the {r.choice(w['adj'])} "
                    f"{r.choice(w['noun'])} {r.choice(w['verb'])} after {r.choice(['long', 'short', 'several', 'tense'])} rounds of talks.")
        if form == 2:
            return (f"Work on the {r.choice(w['adj'])} {r.choice(w['noun'])} {r.choice(w['verb'])}, and the "
                    f"{r.choice(w['noun'])} near {r.choice(w['place'])} {r.choice(w['verb'])} as well.")
        return (f"Plans for a {r.choice(w['adj'])} {r.choice(w['noun'])} {r.choice(w['verb'])} while the "
                f"{r.choice(w['adj'])} {r.choice(w['noun'])} {r.choice(w['verb'])} {r.choice(['again', 'quietly', 'sharply', 'slowly'])}.")

    def summit_span(self, org: str, city: str, start: dt.date, end: dt.date, day_number: int) -> str:
        ordinals = ["first", "second", "third", "fourth"]
        return (f"The {org} summit in {city} runs from {start:%B} {start.day} to {end:%B} {end.day}, "
                f"{end.year}; this was its {ordinals[day_number]} day.")

    def count_statement(self, org: str, count: int) -> str:
        return f"The {org} counts {count} member countries, officials said."


class KnownNames(Writer):
    """A language whose names the knowledge base lists: people and places in their first name there."""

    def __init__(self, rng, words: dict):
        super().__init__(rng, words)
        self.names = language_names(self.code).names

    def name(self, canonical: str) -> str:
        return self.names[canonical][0]

    def writes(self, canonical: str) -> bool:
        return canonical in self.names and not any(word[:1].islower() for word in self.names[canonical][0].split())


class RussianWriter(KnownNames):
    code = "ru"

    def name(self, canonical: str) -> str:
        """The shortest name the knowledge base gives (the surname, as agencies write
        after the first mention)."""
        return min(self.names[canonical], key=len)

    def title(self, first: str, second: str, city: str) -> str:
        return f"{self.name(first)} и {self.name(second)} провели переговоры в {ru_prepositional(self.name(city))}"

    def lead(self, first, second, city, day, published, weekday=False):
        r = self.rng
        place = self.name(city)
        when = (WEEKDAYS_RU[day.weekday()] if published is None or weekday or r.random() < 0.5
                else f"{day.day} {MONTHS_RU[day.month - 1]}")
        hours = r.randrange(2, 9)
        rest = f" в {ru_prepositional(place)} {when}. Беседа продолжалась {hours} {'часа' if hours < 5 else 'часов'}."
        dateline = f"{place.upper()}, {published.day} {MONTHS_RU[published.month - 1]}. /ТАСС/. " if published else ""
        a, b = self.name(first), self.name(second)
        return (f"{dateline}{a} провел переговоры с {ru_instrumental(b)}{rest}",
                f"{dateline}{b} провел переговоры с {ru_instrumental(a)}{rest}")

    def sentence(self) -> str:
        r, w = self.rng, RU

        def subject() -> str:
            return f"{r.choice(w['adjective'])} {r.choice(w['subject'])}"

        form = r.randrange(4)
        if form == 0:
            return f"{subject().capitalize()} {r.choice(w['adverb'])} {r.choice(w['verb'])} {r.choice(w['place'])}, {r.choice(w['source'])}."
        if form == 1:
            rounds = r.choice(["долгих", "коротких", "нескольких", "напряженных"])
            return (f"По словам экспертов, {subject()} {r.choice(w['adverb'])} {r.choice(w['verb'])} "
                    f"{r.choice(w['place'])} после {rounds} раундов консультаций.")
        if form == 2:
            return (f"{subject().capitalize()} {r.choice(w['verb'])}, а {subject()} "
                    f"{r.choice(w['adverb'])} {r.choice(w['verb'])} {r.choice(w['place'])}.")
        return (f"Как {r.choice(w['source'])}, {subject()} {r.choice(w['verb'])} {r.choice(w['adverb'])} "
                f"{r.choice(w['place'])}.")

    def summit_span(self, org, city, start, end, day_number):
        first = f"{start.day} {MONTHS_RU[start.month - 1]}" if start.month != end.month else f"{start.day}"
        return (f"Саммит {self.name(org)} проходит в {ru_prepositional(self.name(city))} с {first} по "
                f"{end.day} {MONTHS_RU[end.month - 1]} {end.year} года; это его {ORDINALS_RU[day_number]} день.")

    def count_statement(self, org, count):
        last, tens = count % 10, count % 100
        noun = "страна" if last == 1 and tens != 11 else "страны" if 2 <= last <= 4 and not 12 <= tens <= 14 else "стран"
        return f"В {self.name(org)} входят {count} {noun}, сообщили официальные лица."


class ChineseWriter(KnownNames):
    code = "zh"
    stop, joiner = "。", ""

    def sentences(self, paragraph: str) -> list[str]:
        return paragraph.split(self.stop)

    def join_sentences(self, sentences: list[str]) -> str:
        return self.stop.join(sentences)

    def title(self, first, second, city):
        return f"{self.name(first)}同{self.name(second)}在{self.name(city)}举行会谈"

    def lead(self, first, second, city, day, published, weekday=False):
        r = self.rng
        place = self.name(city)
        named = r.choice(["星期", "周"]) + WEEKDAYS_ZH[day.weekday()]
        when = named if published is None or weekday or day.month != published.month or r.random() < 0.5 else f"{day.day}日"
        hours = r.randrange(2, 9)
        dateline = f"新华社{place}{published.month}月{published.day}日电 " if published else ""
        a, b = self.name(first), self.name(second)
        rest = f"举行会谈。会谈持续了{hours}个小时。"
        return f"{dateline}{a}{when}在{place}同{b}{rest}", f"{dateline}{b}{when}在{place}同{a}{rest}"

    def sentence(self) -> str:
        r, w = self.rng, ZH
        form = r.randrange(4)
        if form == 0:
            return f"{r.choice(w['place'])}{r.choice(w['subject'])}{r.choice(w['adverb'])}{r.choice(w['verb'])}，{r.choice(w['source'])}。"
        if form == 1:
            return f"{r.choice(w['source'])}，{r.choice(w['subject'])}和{r.choice(w['subject'])}{r.choice(w['adverb'])}{r.choice(w['verb'])}。"
        if form == 2:
            return f"{r.choice(w['subject'])}{r.choice(w['adverb'])}{r.choice(w['verb'])}，{r.choice(w['subject'])}也{r.choice(w['verb'])}。"
        return f"{r.choice(w['source'])}，{r.choice(w['place'])}{r.choice(w['subject'])}{r.choice(w['adverb'])}{r.choice(w['verb'])}。"

    def summit_span(self, org, city, start, end, day_number):
        return (f"{self.name(org)}峰会于{start.year}年{start.month}月{start.day}日至{end.month}月{end.day}日在"
                f"{self.name(city)}举行，这是峰会的第{ORDINALS_ZH[day_number]}天。")

    def count_statement(self, org, count):
        return f"{self.name(org)}共有{count}个成员国，官员表示。"


WRITERS = {"en": Writer, "ru": RussianWriter, "zh": ChineseWriter}


def states_counts(code: str) -> bool:
    """Whether a language's counts are claims: it has quantity words (knowledge/quantities_<code>.yaml)."""
    return knowledge_file_exists(f"quantities_{code}")
