"""A plural office standing for both countries' holders ("im Beisein der Regierungschefs": the
Russian and the Chinese heads of government of the year) gives a signing its people
(extract/both_holders.py, knowledge/events_de.yaml seat_holders: both). Beside it, a body's
council of heads of government ("der Regierungschefs der SOZ-Staaten"), which stands for many."""

import datetime as dt

from ruchina.extract.both_holders import both_holders_references
from ruchina.extract.extraction import extract_article

WEDNESDAY = dt.date(2017, 11, 1)
LEAD = "Der russische Ministerpräsident Dmitri Medwedew ist zu Gast in Peking. "


def _signers(body: str) -> set[str]:
    events = extract_article("x", None, None, body, WEDNESDAY, "de").events
    signings = [e for e in events if "agreement" in e.types()]
    assert len(signings) == 1, [e.types() for e in events]
    return signings[0].participants


def test_the_heads_of_government_in_whose_presence_ministers_sign_are_both_premiers():
    body = LEAD + "Am Mittwoch unterzeichneten Fachminister im Beisein der Regierungschefs zwölf Abkommen."
    signers = _signers(body)
    assert signers == {"dmitry-medvedev", "li-keqiang"}, signers


def test_a_bodys_council_of_heads_of_government_is_not_the_two_premiers():
    named = frozenset({"dmitry-medvedev"})
    told = "Am Mittwoch unterzeichneten Fachminister im Beisein der Regierungschefs zwölf Abkommen."
    council = "Am Mittwoch unterzeichneten Fachminister im Beisein der Regierungschefs der SOZ-Staaten zwölf Abkommen."
    assert {pid for _, pid in both_holders_references("de", told, [], WEDNESDAY, named)} == {
        "dmitry-medvedev", "li-keqiang"}
    assert both_holders_references("de", council, [], WEDNESDAY, named) == []
    # (nor on a page that names neither premier: another story's heads of government)
    assert both_holders_references("de", told, [], WEDNESDAY, frozenset({"Q7747"})) == []
