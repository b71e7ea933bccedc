"""Sentence splitting in every script: English, Russian (Cyrillic capitals, its
abbreviations and initials) and Chinese/Japanese (。！？ with no space after them).
Each text that must split has a look-alike that must not. The texts are our own."""

from __future__ import annotations

import pytest

from ruchina.knowledge.base import languages
from ruchina.text.sentences import ABBREVIATIONS, iter_sentences, last_sentence, split_sentences


@pytest.mark.parametrize(
    "text, expected",
    [
        # English, as before: abbreviations, initials, a glued capital word, "U.S.Army".
        ("Mr. Smith arrived. He left at noon.", ["Mr. Smith arrived.", "He left at noon."]),
        ("Vladimir V. Putin spoke. Then Xi did.", ["Vladimir V. Putin spoke.", "Then Xi did."]),
        ("The talks ended.Officials then left.", ["The talks ended.", "Officials then left."]),
        ("Troops of the U.S.Army took part.", ["Troops of the U.S.Army took part."]),
        ("He said “we agree.” Then he left.", ["He said “we agree.”", "Then he left."]),
        ("It grew 5.5 percent. 2024 was better.", ["It grew 5.5 percent.", "2024 was better."]),
        # Russian: a capital Cyrillic letter starts a sentence ...
        ("Переговоры завершились в Кремле. Президент поблагодарил гостя.",
         ["Переговоры завершились в Кремле.", "Президент поблагодарил гостя."]),
        ("Стороны подписали заявление! «Мы довольны итогами», — сказал министр.",
         ["Стороны подписали заявление!", "«Мы довольны итогами», — сказал министр."]),
        # ... a small letter does not ...
        ("Встреча продлится до 3 ч. дня по местному времени.", ["Встреча продлится до 3 ч. дня по местному времени."]),
        # ... nor do the abbreviations and initials
        ("Визит состоялся в 2019 г. Москва встречала гостей тепло.",
         ["Визит состоялся в 2019 г. Москва встречала гостей тепло."]),
        ("Выступил В. В. Иванов, министр. Затем слово взял гость.",
         ["Выступил В. В. Иванов, министр.", "Затем слово взял гость."]),
        ("Говорили об энергетике, торговле и т. д. Это заняло час.",
         ["Говорили об энергетике, торговле и т. д. Это заняло час."]),
        ("Офис на ул. Тверской открыт.", ["Офис на ул. Тверской открыт."]),
        # Chinese: 。！？ end a sentence with nothing after them, closing quotes stay with it
        ("两国元首举行了会谈。双方签署了联合声明！会谈成果如何？",
         ["两国元首举行了会谈。", "双方签署了联合声明！", "会谈成果如何？"]),
        ("他表示：“我们是好邻居。”随后双方共同会见记者。",
         ["他表示：“我们是好邻居。”", "随后双方共同会见记者。"]),
        ("外长说「合作很顺利。」今天结束。", ["外长说「合作很顺利。」", "今天结束。"]),
        # ... a comma, an enumeration comma or a Latin full stop inside Chinese do not
        ("双方就经贸、能源、人文等领域合作交换意见，达成广泛共识",
         ["双方就经贸、能源、人文等领域合作交换意见，达成广泛共识"]),
        # ... ASCII ! and ? between Chinese characters too (a page typed or converted so) ...
        ("你们准备好了吗?我们准备好了!出发。", ["你们准备好了吗?", "我们准备好了!", "出发。"]),
        # ... but not an ASCII full stop inside an address or a number, nor a stop with nothing after it
        ("新华网news.cn报道，经济增长3.5%，好!", ["新华网news.cn报道，经济增长3.5%，好!"]),
        # German: a day's ordinal before a month's name ends no sentence ("am 6. Juli", "vom 9. bis
        # 10. Juni"); a number before another capital word, or a year, still may
        ("Der Gipfel beginnt am 6. Juli in Minsk. Tokajew reist an.",
         ["Der Gipfel beginnt am 6. Juli in Minsk.", "Tokajew reist an."]),
        ("Das Forum dauert vom 9. bis 10. Juni. Am 1. Mai ist Feiertag.",
         ["Das Forum dauert vom 9. bis 10. Juni.", "Am 1. Mai ist Feiertag."]),
        ("Die Zahl der Gäste stieg auf 12. Danach kam niemand mehr.",
         ["Die Zahl der Gäste stieg auf 12.", "Danach kam niemand mehr."]),
        ("Das war im Jahr 2018. Juni brachte Regen.", ["Das war im Jahr 2018.", "Juni brachte Regen."]),
        # French, German and Spanish titles and abbreviations ("MM.", the plural of "M.", a doubled capital)
        ("Lundi, MM. Dupuis et Lin avaient déjeuné. Mardi, ils ont signé.",
         ["Lundi, MM. Dupuis et Lin avaient déjeuné.", "Mardi, ils ont signé."]),
        ("Das sagte Prof. Weber bzw. sein Sprecher. Dann ging er.", ["Das sagte Prof. Weber bzw. sein Sprecher.", "Dann ging er."]),
        ("Lo dijo la Sra. Vidal el lunes. Luego se fue.", ["Lo dijo la Sra. Vidal el lunes.", "Luego se fue."]),
        # ... a unit in small letters still ends its sentence
        ("The shell was 155 mm. The gun fired.", ["The shell was 155 mm.", "The gun fired."]),
        # Japanese uses the same stops
        ("首脳会談が行われた。共同声明に署名した。", ["首脳会談が行われた。", "共同声明に署名した。"]),
    ],
)
def test_sentences_split_where_a_sentence_ends(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_offsets_stay_exact_in_every_script() -> None:
    text = "新华社北京电 两国元首举行会谈。 Переговоры прошли. Президент уехал. Talks ended. Xi left."
    for sentence in iter_sentences(text):
        assert text[sentence.start:sentence.end] == sentence.text
    assert len(list(iter_sentences(text))) == 5


def test_abbreviations_are_the_knowledge_bases_of_every_language() -> None:
    by_code = {language.code: language.abbreviations for language in languages()}
    assert {"mr", "no", "e.g"} <= by_code["en"]  # "no" stays a word, not YAML's false
    assert {"г", "гг", "т", "им", "ул"} <= by_code["ru"]
    assert ABBREVIATIONS == frozenset().union(*by_code.values())


def test_language_words_are_words_not_yaml_values(monkeypatch) -> None:
    from ruchina.errors import RuchinaError
    from ruchina.knowledge import base

    by_code = {language.code: language for language in languages()}
    assert "on" in by_code["en"].stopwords and "no" in by_code["es"].stopwords  # YAML reads them unquoted as booleans
    monkeypatch.setattr(base, "read_knowledge_file",
                        lambda name: {"languages": [{"code": "en", "script": "latin", "stopwords": ["the", True]}]})
    with pytest.raises(RuchinaError, match=r"languages.yaml: en stopwords \[True\].*quote them"):
        base.languages.__wrapped__()


def test_last_sentence_of_a_range_keeps_its_offsets_in_the_whole_text():
    text = "Intro. He arrived on Monday. He met the mayor. Then he left."
    end = text.index("Then")
    before = last_sentence(text, 7, end)
    assert before.text == "He met the mayor." and text[before.start:before.end] == before.text
    assert last_sentence(text, end, end) is None
