"""Talks a compound adjective names the sides of ("японско-кубинская встреча") are talks
between those countries: they are not the day's talks of the article's leaders of other
countries, however near the sentence. Fixtures written for these tests; each beside its
look-alike, the article's own talks named by the same kind of compound, which must join."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

LEAD = ("Владимир Путин провёл в Кремле переговоры с Президентом Белоруссии Александром Лукашенко. "
        "Переговоры прошли в дружеской атмосфере. ")
TITLE = "Переговоры с Президентом Белоруссии"


def main_sentences(sentence: str) -> list[str]:
    article = extract_article("sides", TITLE, None, LEAD + sentence, dt.date(2025, 3, 13), "ru",
                              place="Москва, Кремль")
    (main,) = [e for e in article.events if e.main]
    return [m.sentence for m in main.mentions]


def test_talks_between_two_other_countries_are_not_the_days_talks():
    for sentence in ("Как известно, японско-кубинская встреча в Женеве дала скромные результаты.",
                     "Как известно, японско-кубинская встреча дала скромные результаты."):
        assert sentence not in main_sentences(sentence)


def test_talks_between_the_leaders_countries_are_the_days_talks():
    for sentence in ("Российско-белорусская встреча дала хорошие результаты.",
                     "Как известно, российско-белорусская встреча дала хорошие результаты."):
        assert sentence in main_sentences(sentence)


def test_a_compound_names_its_sides_only_when_both_are_countries():
    from ruchina.extract.event_roles import pair_sides
    from ruchina.extract.event_words import event_words

    words = event_words("ru")
    sentence = "Японско-кубинская встреча прошла."
    assert set(pair_sides(words, sentence, sentence.index("встреча"))) == {"Japan", "Cuba"}
    plain = "Большая встреча прошла."
    assert pair_sides(words, plain, plain.index("встреча")) == ()
