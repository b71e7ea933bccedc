"""missing-date's "reports as past": a date after the stated one contradicts it only where the
sentence reports the dated event as past. A sentence whose past verb belongs to another act
(an arrival for the celebrations, a discussion of the preparations for them, an invitation to
them) or whose past form is a conditional or a wish ("хотел бы поблагодарить") speaks of an
event still to come. Texts written for the test in the style of Kremlin coverage, in Russian
and in English; each one that must stay quiet beside a look-alike that must raise the finding."""

from __future__ import annotations

import pytest
from test_claim_checks import findings_for

from ruchina.extract.tenses import sentence_tense, tense_at

VICTORY_RU = "80-летию Победы в Великой Отечественной войне"
VICTORY_RU_GEN = "80-летия Победы в Великой Отечественной войне"


def as_past(tmp_path, language: str, day: str, text: str) -> list[str]:
    """The "reports as past" findings of one article stating ``day`` as its date."""
    found = findings_for(tmp_path, {"a": f"date {day}\nlanguage {language}\n\n{text}\n"})
    return [f["message"] for f in found.get("missing-date", []) if "reports as past" in f["message"]]


# (language, stated date, a text that must raise no finding, its look-alike that must)
PAIRS = {
    "ru arrival for the celebrations": (
        "ru", "2025-05-07",
        f"Председатель КНР Си Цзиньпин прибыл в Москву для участия в торжественных мероприятиях, посвящённых {VICTORY_RU}.",
        # (after the link, a past verb of its own reports the parade as past)
        (f"Председатель КНР Си Цзиньпин прибыл в Москву для участия в торжественных мероприятиях "
         f"и посетил парад, посвящённый {VICTORY_RU}.")),
    "ru preparations discussed": (
        "ru", "2025-03-01",
        f"Владимир Путин провёл совещание. Обсуждалась подготовка к празднованию {VICTORY_RU_GEN}.",
        f"Владимир Путин провёл совещание. Состоялось празднование {VICTORY_RU_GEN}."),
    "ru an invitation": (
        "ru", "2025-03-04",
        f"Владимир Путин пригласил Александра Лукашенко принять участие в праздновании {VICTORY_RU_GEN}.",
        f"Владимир Путин и Александр Лукашенко приняли участие в праздновании {VICTORY_RU_GEN}."),
    "ru the conditional": (
        "ru", "2025-05-07",
        f"Александр Лукашенко: Я хотел бы поблагодарить Вас за возможность принять участие в праздновании {VICTORY_RU_GEN}.",
        # (a conditional in the sentence hides no real past beside it)
        f"Александр Лукашенко: Мы приняли участие в праздновании {VICTORY_RU_GEN}, и я хотел бы поблагодарить Вас."),
    "en arrival to attend": (
        "en", "2025-05-07",
        "Xi Jinping arrived in Moscow to attend the Victory Day parade on May 9, 2025.",
        "Xi Jinping attended the Victory Day parade on May 9, 2025."),
    "en preparations": (
        "en", "2025-03-01",
        "Vladimir Putin held a meeting on the preparations for the Victory Day parade on May 9, 2025.",
        "Vladimir Putin held a meeting after he watched the Victory Day parade on May 9, 2025."),
    "en an invitation": (
        "en", "2025-03-04",
        "Vladimir Putin invited Alexander Lukashenko to attend the Victory Day parade on May 9, 2025.",
        "Vladimir Putin and Alexander Lukashenko watched the Victory Day parade on May 9, 2025."),
}


@pytest.mark.parametrize("case", PAIRS)
def test_an_event_named_as_the_aim_of_a_past_act_is_not_reported_as_past(tmp_path, case):
    language, day, quiet, lookalike = PAIRS[case]
    assert as_past(tmp_path / "quiet", language, day, quiet) == []
    (message,) = as_past(tmp_path / "lookalike", language, day, lookalike)
    assert message == f"the stated date {day} is before 2025-05-09, which the article reports as past"


@pytest.mark.parametrize(("sentence", "tense"), [
    ("Я хотел бы поблагодарить Вас за приглашение.", "present"),
    ("Я бы предложил обсудить это позже.", "present"),
    ("Если можно, хотел начать выступление с главного.", "present"),
    # look-alikes: the same verbs reporting what was
    ("Я хотел поблагодарить Вас, но Вы уже уехали, и мы встретились позже.", "past"),
    ("Я поблагодарил Вас за приглашение.", "past"),
    ("Он начал выступление с главного.", "past"),
])
def test_a_conditional_or_a_wish_is_no_past(sentence, tense):
    assert sentence_tense(sentence, "ru") == tense


@pytest.mark.parametrize(("sentence", "phrase", "tense"), [
    ("Он прибыл в Пекин для участия в саммите 9 мая.", "9 мая", "present"),
    ("Обсуждалась подготовка мероприятий к саммиту 9 мая.", "9 мая", "present"),
    ("He arrived in Beijing to take part in the summit on May 9.", "May 9", "present"),
    # look-alikes: a date before the link is the past act's; a past cue after the link
    # reports the aim itself as past
    ("Он прибыл в Пекин 9 мая для участия в саммите.", "9 мая", "past"),
    ("Он прибыл для участия в саммите, который прошёл 9 мая.", "9 мая", "past"),
    ("He arrived in Beijing on May 9 to take part in the summit.", "May 9", "past"),
    ("He arrived to take part in the summit, which was held on May 9.", "May 9", "past"),
])
def test_the_tense_of_a_date_after_a_link_to_an_aim(sentence, phrase, tense):
    language = "en" if sentence.isascii() else "ru"
    assert tense_at(sentence, sentence.index(phrase), language) == tense
