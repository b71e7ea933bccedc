"""The leaders who sign a summit's common document take part in the summit
(extract/summit_signers.py): "A, B, C and D signed the final declaration" names the summit's
people though no sentence of the summit does. The look-alikes: ministers the knowledge base
gives an official's role (``official_roles``) who sign a document there are not the summit's
leaders, and two leaders signing a paper of their own on its sidelines add no one."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

SATURDAY = dt.date(2031, 5, 17)
SUMMIT = "A two-day summit of Caspian and Central Asian states opened in Baku on Friday. "


def _summit_people(body: str) -> set[str]:
    events = extract_article("a", None, None, body, SATURDAY, "en").events
    summits = [e for e in events if "summit" in e.types()]
    assert len(summits) == 1, [e.types() for e in events]
    return set(summits[0].participants)


def _ids(*names: str) -> set[str]:
    from ruchina.knowledge.base import entity_catalog
    return {entity_catalog().named(name).entity_id for name in names}


def test_leaders_who_sign_the_summits_declaration_attend_it():
    body = SUMMIT + ("On Saturday Kassym-Jomart Tokayev, Shavkat Mirziyoyev, Masoud Pezeshkian and "
                     "Alexander Lukashenko signed the closing declaration.")
    assert _ids("Kassym-Jomart Tokayev", "Shavkat Mirziyoyev", "Masoud Pezeshkian",
                "Alexander Lukashenko") <= _summit_people(body)


def test_ministers_who_sign_a_document_there_are_not_its_leaders():
    body = SUMMIT + ("On Saturday Sergei Lavrov, Wang Yi and Subrahmanyam Jaishankar signed a "
                     "declaration on transport corridors.")
    assert not _ids("Sergei Lavrov", "Wang Yi", "Subrahmanyam Jaishankar") & _summit_people(body)


def test_two_leaders_signing_their_own_paper_add_no_one():
    body = SUMMIT + "On Saturday Shavkat Mirziyoyev and Masoud Pezeshkian signed a bilateral trade agreement."
    assert not _ids("Shavkat Mirziyoyev", "Masoud Pezeshkian") & _summit_people(body)


def test_a_summit_in_the_sentence_of_a_document_adopted_on_a_day_is_held_that_day():
    body = ("The leaders of the eight member states on Saturday adopted the Baku Declaration at the end of a one-day "
            "summit in the city. Ilham Aliyev, who chaired the summit, was joined by Kassym-Jomart Tokayev, "
            "Vladimir Putin and Xi Jinping.")
    events = extract_article("a", "Caspian leaders adopt Baku Declaration", None, body, SATURDAY, "en").events
    (summit,) = [e for e in events if "summit" in e.types()]
    assert (summit.date.first, summit.date.last) == (SATURDAY, SATURDAY)


def test_a_summit_of_a_document_to_come_takes_no_day_from_it():
    body = ("The leaders will on Saturday adopt the Baku Declaration at the end of a one-day summit in the city. "
            "Ilham Aliyev, who chairs the summit, will be joined by Vladimir Putin and Xi Jinping.")
    events = extract_article("a", "Caspian leaders to adopt Baku Declaration", None, body,
                             SATURDAY - dt.timedelta(days=3), "en").events
    assert not [e for e in events if "summit" in e.types() and e.date is not None and e.mentions[0].status == "occurred"]
