"""The Soviet and Chinese deputy premiers who signed the trade and technical agreements of the 1980s are
known in every language the pages use, so that a signing they did names them both, whether the page
writes "И.В.Архипов и ... Яо Илинь", "姚依林和阿尔希波夫" or "Ivan Arkhipov and Yao Yilin". The look-alike: a
bare surname of another man ("the skater Arkhipov", "Яо" alone) names neither."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

DAY = dt.date(1985, 7, 10)
ARKHIPOV, YAO = "ivan-arkhipov", "yao-yilin"


def agreements(body, language, title="Trade accord"):
    return [e for e in extract_article("a", title, None, body, DAY, language).events if e.family == "agreement"]


def test_russian_signers_by_initials_and_in_the_instrumental():
    (signing,) = agreements("Сегодня в Москве И.В.Архипов и заместитель Премьера Госсовета КНР Яо Илинь подписали "
                            "соглашение о товарообороте на пять лет.", "ru", "Подписан протокол")
    assert {ARKHIPOV, YAO} <= set(signing.participants)


def test_chinese_signers_written_in_characters():
    (signing,) = agreements("1985年7月10日，姚依林和阿尔希波夫在莫斯科签署了《中苏长期贸易协定》。", "zh", "中苏签署协定")
    assert {ARKHIPOV, YAO} <= set(signing.participants)


def test_english_signers_in_full():
    (signing,) = agreements("MOSCOW, July 10 - Ivan Arkhipov and Yao Yilin signed a five-year trade agreement "
                            "in the Kremlin on Wednesday.", "en")
    assert {ARKHIPOV, YAO} <= set(signing.participants)


def test_another_arkhipov_and_a_bare_yao_are_neither():
    found = extract_article("a", "Trade accord", None,
                            "MOSCOW, July 10 - The skater Arkhipov and the centre Yao signed an agreement with the "
                            "club on Wednesday.", DAY, "en")
    named = {p for e in found.events for p in e.participants}
    assert not named & {ARKHIPOV, YAO}
