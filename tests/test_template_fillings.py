"""Two records of one template (an outlet's announcement filled for two subjects) are not one
record twice; a copy with a local edit still is (similarity/template_fillings.py, and the
curator's `add`). Fixtures written for these tests."""

from __future__ import annotations

from click.testing import CliRunner

from ruchina.cli import cli
from ruchina.similarity.minhash import jaccard, shingle_hashes
from ruchina.similarity.template_fillings import two_fillings

TEMPLATE = (
    "The Governor signed an order conferring the title Honoured Club on the {club}.\n\n"
    "The Governor conferred the title on the {club} for many years of training young athletes and "
    "for its {count} victories at national regattas, the regional press office said.\n\n"
    "The order takes effect on the day it is published, and the club's coaches will be received "
    "at the regional administration next month."
)
VOLGA = TEMPLATE.format(club="Volga Rowing Club", count=12)
KAMA = TEMPLATE.format(club="Kama Sailing Club", count=12)


def test_one_template_filled_for_two_subjects_is_two_fillings():
    assert jaccard(shingle_hashes(VOLGA), shingle_hashes(KAMA)) >= 0.6  # (near copies by shingles alone)
    assert two_fillings(VOLGA, KAMA)


def test_a_local_edit_is_no_second_filling():
    updated = TEMPLATE.format(club="Volga Rowing Club", count=14)  # (a number updated: a local edit)
    rewritten = VOLGA.replace("The order takes effect on the day it is published",
                              "Officials in Samara expect the order to take effect within a week")
    bylined = "By Anna Orlova, Regional Herald\n\n" + VOLGA
    for copy in (updated, rewritten, bylined):
        assert not two_fillings(VOLGA, copy)


def _article(club: str, number: int, body: str) -> str:
    return (f"date 2024-03-02 https://www.region.example.gov/news/{number}\n\n"
            f"The Governor honours the {club}\n\n{body}\n")


def test_the_same_outlets_second_filling_is_added_and_a_local_edit_is_refused(released_repo, tmp_path):
    run = CliRunner().invoke
    files = {"volga.txt": _article("Volga Rowing Club", 1101, VOLGA),
             "kama.txt": _article("Kama Sailing Club", 1102, KAMA),
             "again.txt": _article("Volga Rowing Club", 1103, VOLGA.replace("many years", "two decades"))}
    for name, text in files.items():
        (tmp_path / name).write_text(text)
    assert run(cli, ["add", "--repo", str(released_repo), str(tmp_path / "volga.txt")]).exit_code == 0
    added = run(cli, ["add", "--repo", str(released_repo), str(tmp_path / "kama.txt")])
    assert added.exit_code == 0, added.output
    refused = run(cli, ["add", "--repo", str(released_repo), str(tmp_path / "again.txt")])
    assert refused.exit_code == 1 and "one record twice" in refused.output


def test_a_copy_naming_the_two_leaders_the_other_way_round_in_russian_is_no_second_filling():
    # (each name in another case: "Путин"/"Путиным"; a wire copy's local edit, not another subject)
    lead = "{} провёл переговоры с {} в Москве. Стороны обсудили торговлю, энергетику и подготовку к саммиту."
    first = lead.format("Президент России Владимир Путин", "Председателем КНР Си Цзиньпином")
    swapped = lead.format("Председатель КНР Си Цзиньпин", "Президентом России Владимиром Путиным")
    assert not two_fillings(first, swapped)
    assert two_fillings(first, lead.format("Президент России Владимир Путин", "Председателем Монголии Ухнагийном Хурэлсухом"))
