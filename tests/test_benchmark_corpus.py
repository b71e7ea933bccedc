"""benchmarks/corpus.py: the synthetic corpus is the same for a seed, holds every language it is
asked for with its planted problems, and its truth agrees with what its files say."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import pytest

from ruchina.extract.linking import link_entities
from ruchina.knowledge.base import language_names
from ruchina.pipeline.build import build
from ruchina.store.repository import RepositoryFiles
from ruchina.text.parsing import parse_article

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT / "benchmarks"))
from corpus import Generator, generate  # noqa: E402
from corpus_languages import WEEKDAYS_EN, WEEKDAYS_RU, ru_instrumental, ru_prepositional  # noqa: E402
from run import check_quality, check_quality_by_language  # noqa: E402

CYRILLIC, HAN = re.compile(r"[А-Яа-яЁё]"), re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def mixed():
    # (a seed whose thousand articles plant each problem in each language: Chinese, a tenth of
    # them, has a copy planted or not by chance; seed 7 had none once the people drawn changed, and
    # seed 8 none once another minister had a Chinese name)
    return generate(1000, seed=9)


def test_the_corpus_is_the_same_for_a_seed_and_another_for_another_seed():
    first, truth = generate(150, seed=3)
    again, truth_again = generate(150, seed=3)
    other, _ = generate(150, seed=4)
    assert first == again and truth.__dict__ == truth_again.__dict__
    assert first != other


def test_every_language_is_present_by_default_and_each_article_is_in_the_language_the_truth_gives(mixed):
    files, truth = mixed
    assert set(truth.language) == {Path(name).stem for name in files}
    counts = {code: list(truth.language.values()).count(code) for code in ("en", "ru", "zh")}
    assert all(counts.values()), counts
    # (the shares, 75, 15 and 10 percent, are those of the draws: a wire story's copies share its one
    # draw, so the articles of one seed may hold more Chinese than Russian when the knowledge changes)
    generator = Generator(8)
    drawn = [generator.language() for _ in range(2000)]
    assert drawn.count("en") > drawn.count("ru") > drawn.count("zh") > 0
    for name, text in files.items():
        assert parse_article(text, name).language == truth.language[Path(name).stem], text[:300]


def test_one_language_alone_writes_nothing_in_another():
    for code, foreign in (("en", (CYRILLIC, HAN)), ("ru", (HAN,)), ("zh", (CYRILLIC,))):
        files, truth = generate(120, seed=5, languages=(code,))
        assert set(truth.language.values()) == {code}
        assert not any(script.search(text) for text in files.values() for script in foreign), code


def test_an_unknown_language_is_refused_with_the_languages_there_are():
    with pytest.raises(SystemExit, match="no templates for \\['xx'\\].*'ru'"):
        Generator(1, ("en", "xx"))


def test_planted_problems_are_planted_in_every_language_and_a_date_is_disputed_across_two(mixed):
    files, truth = mixed
    language = truth.language
    for code in ("en", "ru", "zh"):
        assert any(language[a] == code for pair in truth.duplicate_article for a in pair), code
        assert any(language[a] == code for a in truth.missing_date), code
    assert any(len({language[a] for a in pair}) == 2 for pair in truth.conflicting_claim)
    bodies = {Path(name).stem: text.split("\n\n", 1)[1] for name, text in files.items()}
    # an undated article still names the weekday of its meeting, in its language
    weekday = {"en": "|".join(WEEKDAYS_EN), "ru": "|".join(WEEKDAYS_RU), "zh": "星期[一二三四五六日]|周[一二三四五六日]"}
    for article in truth.missing_date:
        assert re.search(weekday[language[article]], bodies[article]), bodies[article][:200]
    # a planted copy is a copy: the same text, or one sentence changed (two copies of one
    # original: a sentence each)
    for a, b in truth.duplicate_article:
        assert language[a] == language[b]
        one, other = bodies[a].split("\n\n"), bodies[b].split("\n\n")
        assert len(one) == len(other) and sum(x != y for x, y in zip(one, other)) <= 2


def test_russian_names_are_written_in_the_case_the_sentence_needs_and_link_as_the_entity():
    assert [ru_instrumental(n) for n in ("Путин", "Си Цзиньпин", "Захарова", "Моди", "Ван И")] == [
        "Путиным", "Си Цзиньпином", "Захаровой", "Моди", "Ван И"]
    assert [ru_prepositional(n) for n in ("Москва", "Казань", "Пекин", "Сочи", "Улан-Батор")] == [
        "Москве", "Казани", "Пекине", "Сочи", "Улан-Баторе"]
    generator = Generator(1, ("ru",))
    writer = generator.writers["ru"]
    for person in generator.people_in["ru"]:
        sentence = f"Переговоры прошли вчера: глава делегации встретился с {ru_instrumental(writer.name(person))}."
        assert person in {m.name for m in link_entities(sentence, False, "ru")}, sentence
    rules = language_names("ru")

    def inflects(name: str) -> bool:
        """entities_ru.yaml's rule: a word whose stem is shorter than min_stem ("Уфа") is
        matched only as written, so its case forms are not expected to link."""
        last = name.split()[-1]
        ending = next((e for e in rules.dictionary_endings if last.endswith(e)), "")
        return len(last) - len(ending) >= rules.min_stem

    for city in (c for c in generator.cities_in["ru"] if inflects(writer.name(c))):
        sentence = f"Переговоры прошли вчера в {ru_prepositional(writer.name(city))}."
        assert city in {m.name for m in link_entities(sentence, False, "ru")}, sentence


def test_a_small_mixed_corpus_s_checks_find_what_was_planted_in_each_language(tmp_path):
    """The benchmark's scoring on a build: every planted problem found, nothing else, in each language."""
    files, truth = generate(160, seed=2)
    (tmp_path / "seeds").mkdir()
    (tmp_path / "checks").mkdir()
    shutil.copy(PROJECT / "checks" / "accepted.yaml", tmp_path / "checks" / "accepted.yaml")
    for name, text in files.items():
        (tmp_path / "seeds" / name).write_text(text, encoding="utf-8")
    build(RepositoryFiles.find(tmp_path))
    by_language = check_quality_by_language(tmp_path, truth.__dict__)
    assert set(by_language) == {"en", "ru", "zh"}
    for code, quality in {"all": check_quality(tmp_path, truth.__dict__), **by_language}.items():
        assert all(score == (1.0, 1.0) for score in quality.values()), (code, quality)


def test_a_planted_meeting_is_of_people_alive_in_its_year():
    # (the extraction takes a man out of every event after the year he died: a meeting of his the
    # corpus dated later would be another meeting's, and a conflict nobody planted)
    generator = Generator(2, ("en",))
    city = generator.cities_in["en"][0]
    events = [generator.fresh_event() for _ in range(2000)]
    events += [generator.event_at(city, event["day"]) for event in events[:500]]
    assert generator.died["Shinzo Abe"] == 2022
    for event in events:
        assert generator.alive(event["people"], event["day"]), event
    # (one who died is still drawn for the years he lived)
    assert any(person in generator.died for event in events for person in event["people"])
