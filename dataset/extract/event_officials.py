"""Officials' meetings told beside the leaders' talks ("The foreign and defence ministers held
their first meeting in this format today"): another meeting than the talks, held by people
the article does not name. Marked on each report (EventMention.officials) before the reports
of one article are merged (event_mentions.py): such a report joins only reports of officials'
meetings, and no report of the talks joins it.

So is a leader's reception of a group of officials together ("同日，习近平集体会见了成员国外长", "received all
the visiting foreign ministers together": knowledge/events_<language>.yaml ``group_receptions``), told
beside his talks with one of them: another meeting, which keeps the one who receives (named) and no
other (the group, unnamed). Not a reception of named guests, which is their talks.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from ruchina.extract.event_report import FAMILY
from ruchina.extract.event_words import EventWords, listed_words
from ruchina.extract.linking import Mention
from ruchina.knowledge.base import entity_catalog, is_official
from ruchina.knowledge.office_terms import served_as_minister_only


def mark_officials_meetings(words: EventWords, mentions: list, body_mentions: list[Mention]) -> list:
    """The reports with the flag set where their part of the sentence is officials' meeting and
    the sentence names no one in it: "Lavrov held a meeting of the ministers" is a meeting of
    his. The people such a report was given ("their first meeting": the two leaders named
    before) are not there."""
    people = sorted(m.start for m in body_mentions if m.entity_type == "PERSON")
    if _ministers_own_talks(mentions):
        return mentions  # (the talks told are officials' own: "It was the first meeting of the two foreign ministers")
    groups = listed_words(words.language, "group_receptions")
    marked = []
    for mention in mentions:
        if _officials(words, mention) and not _names_someone(people, mention):
            mention = replace(mention, officials=True, participant_ids=())
        elif groups is not None and _received_as_a_group(groups, mention) and len(mention.participant_ids) == 1:
            mention = replace(mention, officials=True)  # (the one receiving; the group is no one named)
        marked.append(mention)
    return marked


def _received_as_a_group(groups, mention) -> bool:
    if FAMILY[mention.event_type] != "gathering" or mention.continues or mention.sentence_start < 0:
        return False
    # (the cue opens in the report's part of the sentence; its group may run past it: "met all the visiting ...")
    start, end = mention.scope
    found = groups.search(mention.sentence, start)
    return found is not None and found.start() < end


def _ministers_own_talks(mentions: list) -> bool:
    """Whether the talks the article tells are ministers' own: it tells gatherings of two people or
    more, and none with one the knowledge base knows as no official (a head of state or government,
    a party leader), so that no leaders' talks stand beside. Then a visiting foreign minister and
    his counterpart, whom the knowledge base knows as officials or not at all, are the meeting an
    officials' phrase of the same article tells again. (An article naming no one at its meetings,
    "Foreign ministers of A and B met in X", still tells an officials' meeting apart.)"""
    catalog = entity_catalog()
    named = [m for m in mentions if FAMILY[m.event_type] == "gathering" and len(m.participant_ids) >= 2]
    return (bool(named) and not any(catalog.get(person) is not None and not is_official(person)
                                    for m in named for person in m.participant_ids)) or any(
        _three_officials(catalog, m) for m in named)


def _three_officials(catalog, mention) -> bool:
    """A report of a gathering naming three officials or more, each known as one (by a role of today,
    or as a minister of past years: offices.yaml), and no one else ("Wang chaired the talks with
    Russia's Lavrov and India's Swaraj"): the ministers' own format, which "the foreign ministers of A,
    B and C met" tells again, even beside a leader's reception of one of them the same day (two
    ministers' talks beside their leaders' are still told apart)."""
    return len(mention.participant_ids) >= 3 and all(
        catalog.get(person) is not None and (is_official(person) or served_as_minister_only(person))
        for person in mention.participant_ids)


def _officials(words: EventWords, mention) -> bool:
    if FAMILY[mention.event_type] != "gathering" or mention.continues or mention.sentence_start < 0:
        return False
    start, end = mention.scope
    return bool(words.officials_meeting.search(mention.sentence[:end], start))


def _names_someone(people: list[int], mention) -> bool:
    first = bisect_left(people, mention.sentence_start + mention.scope[0])
    return first < len(people) and people[first] < mention.sentence_start + mention.scope[1]
