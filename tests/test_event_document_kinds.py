"""Two documents signed at one meeting are two agreements (document_kinds.py): the noun of each
signing's word says which document it is ("a treaty", "a joint declaration"), where the day, the
place and the pair of leaders, all the same, tell nothing apart. A word naming no kind
("documents", "a deal") may be either, and a document told only as background stays background.
Fixtures written for these tests (other leaders, other documents), each beside a look-alike."""

from __future__ import annotations

import datetime as dt

from ruchina.corpus.events_table import merged_events
from ruchina.extract.document_kinds import document_kind, documents_apart, joined_document
from ruchina.extract.event_words import event_words
from ruchina.extract.extraction import extract_article
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
TOKAYEV, MIRZIYOYEV = (CATALOG.named(name).entity_id for name in ("Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"))
WEDNESDAY = dt.date(2024, 3, 13)
LEAD = ("Presidents Kassym-Jomart Tokayev and Shavkat Mirziyoyev signed a treaty on allied relations in Tashkent on "
        "Tuesday after three hours of talks. ")


def agreements(body: str, language: str = "en", title: str = "Tokayev and Mirziyoyev meet in Tashkent"):
    found = extract_article("t1", title, None, body, WEDNESDAY, language).events
    return [e for e in found if e.family == "agreement"]


def test_a_treaty_and_a_declaration_signed_at_one_meeting_are_two_agreements():
    body = LEAD + "In a joint declaration adopted after the talks, the two leaders called for a water-sharing deal."
    signed = agreements(body)
    assert len(signed) == 2
    assert {frozenset(s.documents) for s in signed} == {frozenset({"treaty"}), frozenset({"statement"})}
    assert all({TOKAYEV, MIRZIYOYEV} <= s.participants for s in signed)


def test_one_treaty_told_again_by_another_noun_of_its_kind_is_one_agreement():
    body = LEAD + "The pact was signed in the presence of both delegations."
    assert len(agreements(body)) == 1


def test_a_signing_that_names_no_kind_of_document_is_not_told_apart():
    body = LEAD + "Several documents were also signed on energy and transport."
    assert len(agreements(body)) == 1


def test_a_treaty_signed_long_ago_is_still_background_beside_the_days_declaration():
    body = ("Presidents Kassym-Jomart Tokayev and Shavkat Mirziyoyev adopted a joint declaration in Tashkent on "
            "Tuesday. The two countries signed their first treaty of friendship in 1998.")
    (signed,) = agreements(body)
    assert signed.documents == frozenset({"statement"}) and signed.date.first == dt.date(2024, 3, 12)


def test_in_russian_a_treaty_and_a_statement_are_two_agreements():
    body = ("Президенты Касым-Жомарт Токаев и Шавкат Мирзиёев во вторник в Ташкенте подписали договор о союзнических "
            "отношениях. По итогам переговоров лидеры также приняли совместное заявление.")
    assert len(agreements(body, "ru", "Токаев и Мирзиёев провели переговоры в Ташкенте")) == 2


def test_the_kind_is_that_of_the_one_document_the_word_names():
    words = event_words("en")
    assert document_kind(words, "signed a 25-year treaty") == "treaty"
    assert document_kind(words, "joint communiqué was issued") == "statement"
    assert document_kind(words, "signed a package of documents") == ""
    assert document_kind(words, "signed a statement on the treaty") == "", "two kinds in one word tell no one document"
    assert document_kind(event_words("de"), "unterzeichneten eine Absichtserklärung") == "memorandum"
    assert documents_apart(frozenset({"treaty"}), frozenset({"statement"}))
    assert not documents_apart(frozenset({"treaty"}), frozenset())


def test_across_articles_a_report_of_the_treaty_alone_joins_the_treaty_not_the_declaration():
    both = extract_article("a1", None, None, LEAD + "In a joint declaration adopted after the talks, the two "
                           "leaders called for a water-sharing deal.", WEDNESDAY)
    treaty = extract_article("a2", None, None, "Tokayev and Mirziyoyev signed a treaty on allied relations in "
                             "Tashkent on Tuesday.", WEDNESDAY)
    names = {m.entity_id: m.name for x in (both, treaty) for m in x.mentions}
    rows = [e for e in merged_events([both, treaty], names) if e.event_type == "agreement"]
    assert sorted(e.article_ids for e in rows) == [["a1"], ["a1", "a2"]]


def test_at_a_summit_the_bodys_founding_treaty_told_in_a_speech_is_no_signing_of_its_own():
    body = ("The leaders of the Central Asian states held a summit in Tashkent on Tuesday, chaired by Shavkat "
            "Mirziyoyev, and signed a joint statement on water. Kassym-Jomart Tokayev said: \"We met here because "
            "this is the city where our founding treaty was signed, and where we have now adopted the statement.\"")
    assert len(agreements(body, title="Central Asian summit in Tashkent")) == 1


def test_across_articles_one_pages_statement_and_anothers_memorandum_of_the_same_talks_may_be_one_row():
    # (each page tells one paper of the day's talks: nothing tells the two apart, as a page telling
    # two papers does)
    statement = extract_article("a1", None, None, "Tokayev and Mirziyoyev adopted a joint statement in Tashkent "
                                "on Tuesday.", WEDNESDAY)
    memorandum = extract_article("a2", None, None, "Tokayev and Mirziyoyev signed a memorandum on rail transit in "
                                 "Tashkent on Tuesday.", WEDNESDAY)
    names = {m.entity_id: m.name for x in (statement, memorandum) for m in x.mentions}
    rows = [e for e in merged_events([statement, memorandum], names) if e.event_type == "agreement"]
    assert [e.article_ids for e in rows] == [["a1", "a2"]]


# A signing told as one more ("also signed"), of a kind of document the article told signed
# before, is a second document of that kind (document_kinds.another_of_its_kind).
STATEMENT_LEAD = ("Presidents Kassym-Jomart Tokayev and Shavkat Mirziyoyev signed a statement marking thirty years of "
                  "diplomatic ties in Tashkent on Tuesday. ")


def test_a_statement_also_signed_after_another_statement_is_a_second_agreement():
    body = STATEMENT_LEAD + "At the talks the two presidents also signed a joint statement on water sharing."
    signed = agreements(body)
    assert len(signed) == 2
    assert all(s.documents == frozenset({"statement"}) for s in signed)
    assert all({TOKAYEV, MIRZIYOYEV} <= s.participants for s in signed)


def test_a_statement_told_again_without_also_is_one_agreement():
    body = STATEMENT_LEAD + "At the talks the two presidents signed the statement in front of the cameras."
    assert len(agreements(body)) == 1


def test_talks_and_also_a_first_statement_are_one_statement():
    # ("also" after talks, with no statement told before it: the one statement, told once)
    body = ("Presidents Kassym-Jomart Tokayev and Shavkat Mirziyoyev held talks in Tashkent on Tuesday and also "
            "signed a joint statement on water sharing. The statement was signed in front of the cameras.")
    assert len(agreements(body)) == 1


def test_a_treaty_also_signed_after_a_statement_is_still_told_apart_by_its_kind():
    body = STATEMENT_LEAD + "The two presidents also signed a treaty on allied relations."
    assert {frozenset(s.documents) for s in agreements(body)} == {frozenset({"statement"}), frozenset({"treaty"})}


# A second document joined to the signing's in its clause ("... and a statement marking ...") is
# one more signed (document_kinds.joined_document).
def test_a_second_document_joined_by_and_a_is_a_second_agreement():
    body = ("Presidents Kassym-Jomart Tokayev and Shavkat Mirziyoyev met in Tashkent on Tuesday and signed a joint "
            "declaration on regional security and a statement marking thirty years of diplomatic ties.")
    signed = agreements(body)
    assert len(signed) == 2
    assert all({TOKAYEV, MIRZIYOYEV} <= s.participants for s in signed)


def test_a_document_joined_to_words_of_no_kind_is_not_another_agreement():
    # ("and a number of agreements" names no kind of document: nothing more is told apart)
    body = ("Presidents Kassym-Jomart Tokayev and Shavkat Mirziyoyev met in Tashkent on Tuesday and signed a joint "
            "declaration on regional security and a number of trade agreements.")
    assert len(agreements(body)) == 1


def test_the_joined_document_is_read_in_the_signings_clause_only():
    words = event_words("en")
    sentence = "They signed a joint declaration on trade and a statement marking the treaty's anniversary."
    end = sentence.index(" on trade")
    assert joined_document(words, sentence, end, len(sentence)) == "statement"
    told_apart = "They signed a joint declaration on trade, and a statement was read out later."
    assert joined_document(words, told_apart, told_apart.index(" on trade"), len(told_apart)) == ""
