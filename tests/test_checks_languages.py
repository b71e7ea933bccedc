"""The checks read each article's phrases in its own language: a Russian article's "в среду"
dates it as "on Wednesday" does an English one, and a date or a count stated in Russian and
in English is compared as one attribute. Texts written for the test, each finding beside a
look-alike that must not raise it."""

from __future__ import annotations

from test_claim_checks import findings_for

TALKS_EN = "Vladimir Putin and Kassym-Jomart Tokayev held talks in Moscow on {}. They discussed trade."
TALKS_RU = "Владимир Путин и Касым-Жомарт Токаев провели переговоры в Москве {}. Они обсудили торговлю."


def article(language: str, text: str, day: str | None = None) -> str:
    return (f"date {day}\n" if day else "") + f"language {language}\n\n{text}\n"


def test_an_undated_russian_article_is_estimated_from_its_russian_weekday(tmp_path):
    found = findings_for(tmp_path / "1", {
        "en": article("en", TALKS_EN.format("May 7"), "2025-05-09"),
        "ru": article("ru", TALKS_RU.format("в среду")),  # Wednesday 2025-05-07
    })
    (undated,) = found["missing-date"]
    assert undated["record_ids"] == ["ru"]
    assert "estimated 2025-05-07" in undated["message"] and "“среду”" in undated["evidence"]
    # The look-alike: the same article with no day in it gives no estimate.
    found = findings_for(tmp_path / "2", {
        "en": article("en", TALKS_EN.format("May 7"), "2025-05-09"),
        "ru": article("ru", TALKS_RU.format("на высшем уровне")),
    })
    (undated,) = found["missing-date"]
    assert undated["message"] == "no stated publication date, and nothing in the text dates it"


def test_a_russian_and_an_english_day_for_one_meeting_are_one_disputed_date(tmp_path):
    english = article("en", TALKS_EN.format("May 12"), "2025-05-14")
    found = findings_for(tmp_path / "1", {
        "en": english,
        "ru": article("ru", TALKS_RU.format("в понедельник"), "2025-05-27"),  # Monday 2025-05-26
    })
    (conflict,) = found["conflicting-claim"]
    assert "2025-05-12 (day) (en) vs 2025-05-26 (day) (ru)" in conflict["message"]
    (wrong,) = [f for f in found["missing-date"] if "may be wrong" in f["message"]]
    assert wrong["record_ids"] == ["ru"] and "makes “понедельник” 2025-05-26" in wrong["message"]
    # The look-alike: the Russian report's Monday is the English report's May 12.
    found = findings_for(tmp_path / "2", {
        "en": english,
        "ru": article("ru", TALKS_RU.format("в понедельник"), "2025-05-13"),
    })
    assert "conflicting-claim" not in found and "missing-date" not in found


# --- counts in Russian -----------------------------------------------------------------------

TALKS_EN_SIGNED = "Vladimir Putin and Kassym-Jomart Tokayev held talks in Moscow on May 7 and signed {} agreements."
TALKS_RU_SIGNED = "Владимир Путин и Касым-Жомарт Токаев провели переговоры в Москве 7 мая и подписали {} соглашений."


def test_a_count_stated_in_russian_and_in_english_is_one_attribute(tmp_path):
    english = article("en", TALKS_EN_SIGNED.format(12), "2025-05-08")
    found = findings_for(tmp_path / "1", {"en": english, "ru": article("ru", TALKS_RU_SIGNED.format(20), "2025-05-08")})
    (conflict,) = found["conflicting-claim"]
    assert "agreement count" in conflict["message"] and conflict["message"].endswith("12 (en) vs 20 (ru)")
    # The look-alikes: the same count as a number word, and a lower bound that holds.
    for count in ("двенадцать", "более 10"):
        found = findings_for(tmp_path / count, {"en": english, "ru": article("ru", TALKS_RU_SIGNED.format(count),
                                                                             "2025-05-08")})
        assert "conflicting-claim" not in found, count


# --- counted things named by other words in each language ---------------------------------

TALKS_EN_WITH = "Vladimir Putin and Kassym-Jomart Tokayev held talks in Moscow on May 7 with delegations of {}."
TALKS_RU_WITH = "Владимир Путин и Касым-Жомарт Токаев провели переговоры в Москве 7 мая с делегациями {}."


def test_countries_counted_as_nations_and_as_стран_are_one_attribute(tmp_path):
    """English "nations" and Russian "стран" both count countries (quantities_en.yaml's
    `things`): different counts are one dispute, the same count none, and a count of
    delegations beside a count of countries is no dispute at all."""
    english = article("en", TALKS_EN_WITH.format("12 nations"), "2025-05-08")
    found = findings_for(tmp_path / "1", {"en": english, "ru": article("ru", TALKS_RU_WITH.format("20 стран"), "2025-05-08")})
    (conflict,) = found["conflicting-claim"]
    assert "country count" in conflict["message"] and conflict["message"].endswith("12 (en) vs 20 (ru)")
    found = findings_for(tmp_path / "2", {"en": english, "ru": article("ru", TALKS_RU_WITH.format("12 стран"), "2025-05-08")})
    assert "conflicting-claim" not in found
    # The look-alike: the English report counts delegations, the Russian one countries.
    found = findings_for(tmp_path / "3", {
        "en": article("en", "Vladimir Putin and Kassym-Jomart Tokayev held talks in Moscow on May 7 with 12 delegations.",
                      "2025-05-08"),
        "ru": article("ru", TALKS_RU_WITH.format("20 стран"), "2025-05-08")})
    assert "conflicting-claim" not in found


def test_member_countries_and_государств_членов_are_one_attribute(tmp_path):
    english = article("en", "The Shanghai Cooperation Organisation has 10 member countries. It met in Tianjin.",
                      "2025-05-08")
    found = findings_for(tmp_path / "1", {
        "en": english, "ru": article("ru", "ШОС объединяет 9 государств-членов. Она собралась в Тяньцзине.", "2025-05-08")})
    (conflict,) = found["conflicting-claim"]
    assert "member state count" in conflict["message"]
    found = findings_for(tmp_path / "2", {
        "en": english, "ru": article("ru", "ШОС объединяет 10 стран-членов. Она собралась в Тяньцзине.", "2025-05-08")})
    assert "conflicting-claim" not in found
    # The look-alike: a count of another thing (regions) is no count of member states.
    found = findings_for(tmp_path / "3", {
        "en": english, "ru": article("ru", "ШОС объединяет 9 регионов. Она собралась в Тяньцзине.", "2025-05-08")})
    assert "conflicting-claim" not in found
