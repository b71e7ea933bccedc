"""unsupported-language: an article in a language without language resources gets its
articles row and the language-independent checks, and one info finding per language; an
article in a supported language gets none. Bad input (mixed scripts, right-to-left marks)
becomes a row, never a traceback. The texts are our own."""

from __future__ import annotations

from conftest import PROJECT, built_rows

from ruchina.checks import registered_checks
from ruchina.knowledge.base import event_languages, has_language_resources

JAPANESE = """date 2024-05-17

日中首脳が電話会談

北京発の報道によると、両国の首脳は十六日に電話で会談し、経済協力と地域情勢について意見を交わした。

双方は来年の訪問に向けて準備を進めることで一致したという。"""

JAPANESE_LATER = """date 2024-05-20

外相会談を来月開催へ

東京で来月、両国の外相が会談する予定だと関係者が明らかにした。議題は貿易と観光の拡大になる見通しだ。"""

KOREAN = """date 2024-05-18

정상회담 이후 협력 강화 합의

양국 정상은 이번 회담에서 에너지와 물류 분야의 협력을 확대하기로 합의했다고 밝혔다. 다음 회의는 내년에 열릴 예정이다."""

# Arabic with right-to-left and zero-width marks, a Latin name and digits in the middle.
ARABIC = ("date 2024-05-19\n\n\u200fقمة في بكين\u200f\n\n"
          "\u202bاجتمع الرئيسان في بكين يوم 16 مايو 2024 وناقشا التعاون في مجال الطاقة، "
          "وقال مسؤول إن \u2066Putin\u2069 و\u2066Xi\u2069 اتفقا على\u200b مواصلة الحوار.\u202c")

ENGLISH = """date 2024-05-16

Leaders hold talks in Beijing

Russian President Vladimir Putin and Chinese President Xi Jinping held talks in Beijing on Thursday, their offices said.

The two leaders signed a joint statement on energy and trade and agreed to meet again later in the year."""


def test_supported_languages_are_those_with_event_words_in_the_knowledge_base() -> None:
    folder = PROJECT / "dataset" / "knowledge"
    assert set(event_languages()) == {path.stem.removeprefix("events_") for path in folder.glob("events_*.yaml")}
    assert has_language_resources("en") and not has_language_resources("ja") and not has_language_resources(None)
    assert registered_checks()["unsupported-language"].severity == "info"


def test_one_finding_per_unsupported_language_and_none_for_english(tmp_path) -> None:
    tables = built_rows(tmp_path, {"en": ENGLISH, "ja1": JAPANESE, "ja2": JAPANESE_LATER, "ko": KOREAN})
    languages = {row["article_id"]: row["language"] for row in tables["articles"]}
    assert languages == {"en": "en", "ja1": "ja", "ja2": "ja", "ko": "ko"}
    found = {tuple(f["record_ids"]): f for f in tables["findings"] if f["check"] == "unsupported-language"}
    assert set(found) == {("ja1", "ja2"), ("ko",)}
    japanese = found["ja1", "ja2"]
    assert japanese["severity"] == "info" and japanese["table"] == "articles"
    assert "'ja'" in japanese["message"] and "events_ja.yaml" in japanese["message"]
    assert "duplicate-article" in japanese["message"], "the message says what ran"
    assert "日中首脳が電話会談" in japanese["evidence"]
    # One more article in the language joins the finding, which keeps its id.
    more = built_rows(tmp_path / "more", {"ja1": JAPANESE, "ja2": JAPANESE_LATER,
                                     "ja3": JAPANESE_LATER.replace("来月", "今月")})
    (grown,) = [f for f in more["findings"] if f["check"] == "unsupported-language"]
    assert grown["record_ids"] == ["ja1", "ja2", "ja3"] and grown["finding_id"] == japanese["finding_id"]


def test_mixed_scripts_and_right_to_left_marks_make_a_row_and_the_text_checks_still_run(tmp_path) -> None:
    tables = built_rows(tmp_path, {"ar": ARABIC, "ar-copy": ARABIC.replace("2024-05-19", "2024-05-20"), "en": ENGLISH})
    rows = {row["article_id"]: row for row in tables["articles"]}
    assert rows["ar"]["language"] == "ar"
    assert not any(mark in rows["ar"]["body"] + rows["ar"]["title"] for mark in "\u200b\u200f\u202b\u202c\u2066\u2069")
    assert "Putin" in rows["ar"]["body"] and rows["ar"]["n_words"] > 10
    checks = {f["check"]: f for f in tables["findings"]}
    assert checks["duplicate-article"]["record_ids"] == ["ar", "ar-copy"], "the language-independent check ran"
    assert checks["unsupported-language"]["record_ids"] == ["ar", "ar-copy"]
