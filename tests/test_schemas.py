"""The articles schema rejects what a careful editor would reject."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pandera.errors
import pyarrow as pa
import pytest

from ruchina.schemas import ARROW_SCHEMAS, ArticlesSchema, schema_fingerprint

GOOD = {
    "article_id": "001_abc",
    "source_path": "seeds/001_abc.txt",
    "sha256": "a" * 64,
    "title": "A title",
    "subtitle": None,
    "url": "https://example.com/story",
    "outlet": "Example",
    "published_date": dt.date(2024, 1, 2),
    "published_date_source": "stated",
    "body": "Text of the article.",
    "n_words": 4,
    "language": "en",
    "cluster_id": "001_abc",
    "title_repeats": 0,
}


def frame(**changes) -> pd.DataFrame:
    rows = [dict(GOOD, **changes)]
    return pa.Table.from_pylist(rows, schema=ARROW_SCHEMAS["articles"]).to_pandas()


def test_a_good_row_passes():
    ArticlesSchema.validate(frame())


@pytest.mark.parametrize(
    "changes, failing_check",
    [
        ({"sha256": "xyz"}, "str_matches"),
        ({"url": "not a url"}, "str_matches"),
        ({"body": "   "}, "body_has_text"),
        ({"body": "Some **bold** text"}, "body_is_clean_text"),
        ({"n_words": 0}, "greater_than"),
        ({"language": "english"}, "str_matches"),
        ({"source_path": "elsewhere/001_abc.txt"}, "str_matches"),
        ({"article_id": "002_other"}, "article_id_is_file_stem"),
        ({"published_date_source": "guessed"}, "isin"),
        ({"published_date_source": None}, "date_source_with_date"),
        ({"published_date": None}, "date_source_with_date"),
    ],
)
def test_bad_values_fail_with_the_column_and_check(changes, failing_check):
    with pytest.raises(pandera.errors.SchemaErrors) as caught:
        ArticlesSchema.validate(frame(**changes), lazy=True)
    assert failing_check in " ".join(caught.value.failure_cases["check"].astype(str))


def test_duplicate_ids_and_unsorted_rows_fail():
    rows = pd.concat([frame(article_id="b", source_path="seeds/b.txt"), frame(article_id="a", source_path="seeds/a.txt"),
                      frame(article_id="a", source_path="seeds/a.txt")], ignore_index=True)
    with pytest.raises(pandera.errors.SchemaErrors) as caught:
        ArticlesSchema.validate(rows, lazy=True)
    checks = set(caught.value.failure_cases["check"].astype(str))
    assert "field_uniqueness" in checks and "sorted_by_article_id" in checks


def test_an_extra_column_fails_strict_schema():
    with pytest.raises(pandera.errors.SchemaErrors):
        ArticlesSchema.validate(frame().assign(extra=1), lazy=True)


def test_the_fingerprint_changes_with_a_column_type():
    schema = ARROW_SCHEMAS["articles"]
    retyped = schema.set(schema.get_field_index("n_words"), pa.field("n_words", pa.int32(), nullable=False))
    assert schema_fingerprint(schema) != schema_fingerprint(retyped)
    assert schema_fingerprint(schema) == schema_fingerprint(pa.schema(list(schema)))


def test_the_schema_check_with_a_focus_reports_the_focused_rows_and_resolves_against_every_row():
    from ruchina.checks import CheckContext, run_checks
    from ruchina.checks.schema import check_foreign_keys

    rows = [dict(GOOD, article_id=i, cluster_id=i, source_path=f"seeds/{i}.txt", n_words=n)
            for i, n in (("001_a", -1), ("002_b", 4), ("003_c", -5))]
    articles = pa.Table.from_pylist(rows, schema=ARROW_SCHEMAS["articles"]).to_pandas()

    def failing(focus):
        findings = run_checks(CheckContext(frames={"articles": articles}, focus=focus), only={"schema"})
        return {record for f in findings for record in f.record_ids}

    assert failing(None) == {"001_a", "003_c"}
    assert failing({"003_c"}) == {"003_c"}
    assert failing({"002_b"}) == set()

    # A focused claim names an article outside the focus: resolved against the whole table.
    claims = pd.DataFrame({"claim_id": ["claim-1"], "article_id": ["002_b"]})
    assert check_foreign_keys({"claims": claims}, targets={"articles": articles, "claims": claims}) == []
    assert check_foreign_keys({"claims": claims}, targets={"articles": articles.iloc[[0, 2]], "claims": claims})


def test_markdown_left_in_a_body_fails_the_schema_in_any_string_storage():
    """The residue pattern is searched by Arrow's RE2 on Arrow-backed text and by Python's
    re on object columns; both must read its inline multi-line flag alike."""
    import pandas as pd

    from ruchina.schemas.articles import ArticlesSchema

    bodies = ["Clean text.\n# A heading left over", "Clean text.", "Some **bold** text", "A [link](https://x.org)",
              "Item no#1 is fine"]
    for dtype in ("str", object):
        clean = ArticlesSchema.body_is_clean_text(pd.Series(bodies, dtype=dtype)).tolist()
        assert clean == [False, True, False, False, True], dtype


def test_foreign_keys_found_by_arrow_are_those_the_python_walk_finds(monkeypatch):
    """Arrow picks the rows that may name an unknown record; the findings must be the ones
    walking every row gives: unknown ids, a null inside a list, a null place (no
    reference), and damaged columns of mixed types, referencing or referenced (Arrow cannot
    read them: every row is walked)."""
    from ruchina.checks import schema

    articles = pd.DataFrame({"article_id": ["a"]})
    entities = pd.DataFrame({"entity_id": ["Q1", "Q2", "Q3"], "article_ids": [["a"], ["a", "ghost"], []]})
    events = pd.DataFrame({
        "event_id": ["e1", "e2", "e3", "e4"],
        "location_id": ["Q1", None, "nowhere", "Q2"],
        "participant_ids": [["Q1"], ["Q2", None], ["Q9", "Q1"], []],
        "article_ids": [["a"], ["a"], ["b"], ["a"]],
        "part_of": [None, "e1", None, "no-such-event"],
    })
    damaged = events.assign(location_id=["Q1", 7, "nowhere", None])

    def dangling(frames) -> dict:
        return {f.message.split(" names ")[0]: list(f.record_ids) for f in schema.check_foreign_keys(frames)}

    damaged_keys = entities.assign(entity_id=["Q1", 2, "Q3"])
    for events_frame, entities_frame in ((events, entities), (damaged, entities), (events, damaged_keys)):
        frames = {"articles": articles, "entities": entities_frame, "events": events_frame}
        with monkeypatch.context() as patched:
            patched.setattr(schema, "_rows_that_may_dangle", lambda column, key_columns: None)
            walked = schema.check_foreign_keys(frames)
        assert schema.check_foreign_keys(frames) == walked
    assert dangling({"articles": articles, "entities": entities, "events": events}) == {
        "entities.article_ids": ["Q2"],
        "events.location_id": ["e3"],
        "events.participant_ids": ["e2", "e3"],
        "events.article_ids": ["e3"],
        "events.part_of": ["e4"],
    }
    assert dangling({"articles": articles, "entities": entities, "events": damaged})["events.location_id"] == ["e2", "e3"]
