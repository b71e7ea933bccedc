"""The line that heads a story's events: its title, or the dek below a title that tells no event.

A wire's name over a flash ("PACIFIC WIRE - FLASH" over "* MODI CHAIRS SUMMIT BY VIDEO"), an
outlet's or a section's name ("The Chronicle"), a one-word kicker ("Atomkraft") or a headline with
no event word of its own ("Putin hosts BRICS leaders online") stands above the line that does tell
the story's event: the dek the page layout found below it (text/page_layout.py). Left out, that
line's event is told nowhere else on a flash, or only as "the meeting" in the paragraph after it.
So the dek is read as the headline (the title's words, ``title_triggers`` included) where the
title holds no event word and the dek tells a gathering of many (a summit's or a forum's word)
held by video link (the language's ``remote`` words: "by video", "virtual", "online"): the story's
gathering, which the lines below it tell only as "the meeting", by its chair's seat or by the
leaders who join it. One held by video has no talks beside it for the headline's summit to take
in; a dek's summit in a hall does ("Xi plays host at lakeside summit as Putin leans on Beijing" under
"The Chronicle", over a story of Putin's talks with Xi the day before), and stays a dek. Only under a title that names no one (a wire's, an outlet's, a
section's name) or names a body (whose gathering the dek tells): a title that names people and no
body tells the story in words the language does not list as an event's ("Brasilia rolls out the
red carpet for Xi as Lula signs deals"), and a summit in its dek is told in passing ("a day after
the two attended the summit"). A dek that tells talks or a visit stays a dek too ("Xi and Putin
toast 70 years of ties as Chinese leader visits Kremlin" under a menu line, over a lead that tells
the talks and the state visit in full), and so does a dek under a title that tells an event: the
title is the stronger statement of it.

The title read over that dek still names the story's body: "Putin hosts BRICS leaders online" over
"... hosted the leaders by video link for the group's annual summit" tells the BRICS summit, which a
summit chaired by the same leader at the same seat a week before (the SCO's) is not. So the dek's
summit that names no body takes the one body the title names, and so does the dek's meeting told
held by video under a title that names a body ("At SCO, Modi warns ..." over "leaders of eight member
states meet online under Russian chair"): the body's leaders meeting by video are its summit.

A page's one-sentence lead that reports on a weekday stands under the title where a dek would
(text/page_deks.py: the page layout leaves it the story's): under a title that tells no event, it is
that line too ("Putin hosts BRICS leaders online" over "Putin hosted the leaders by video link on
Tuesday for the group's annual summit."), and is read as the headline as a dek is.
"""

from __future__ import annotations

from dataclasses import replace

from ruchina.extract.event_report import EVENTS_OF_MANY, TITLE, EventMention
from ruchina.extract.event_words import EventWords
from ruchina.extract.linking import Mention
from ruchina.extract.summit_bodies import MEETING, SUMMIT, summit_name
from ruchina.text.page_deks import dated_lead
from ruchina.text.sentences import iter_sentences


def line_under_title(subtitle: str | None, body: str) -> str | None:
    """The line right under the title: the dek, else a lead of one sentence that reports on a
    weekday (page_deks.dated_lead), which the page layout keeps in the story."""
    if subtitle:
        return subtitle
    first = body.split("\n\n", 1)[0].strip()
    return first if dated_lead(first) and sum(1 for _ in iter_sentences(first)) == 1 else None


def headline_of(words: EventWords, title: str | None, subtitle: str | None,
                title_mentions: list[Mention], history_rubric: bool = False) -> str | None:
    """The line whose events head the story: the dek when the title holds no event word of the
    language, names no person or names a body, and the dek tells a summit or a forum held by video;
    else the title. ``history_rubric``: the title is a history page's rubric ("历史上的今天 | 9月29日"
    over "1954年9月29日 X率代表团抵京"): with no event word of its own, its dek that tells one is the
    story's headline, whatever kind of event.
    ``title_mentions``: the title's."""
    if not subtitle or (title and words.title_trigger.search(title)):
        return title
    if history_rubric and words.title_trigger.search(subtitle):
        return subtitle
    kinds = {m.entity_type for m in title_mentions if m.linked}
    if "PERSON" in kinds and "ORG" not in kinds:
        return title
    kinds_told = {told.lastgroup for told in words.title_trigger.finditer(subtitle)}
    # (a body's leaders meeting by video under the body's name: "At SCO, ..." / "leaders of the member
    # states meet online": that body's summit, named_by_the_title)
    gathering = kinds_told & EVENTS_OF_MANY or ("ORG" in kinds and MEETING in kinds_told)
    return subtitle if gathering and words.remote.search(subtitle) else title


def named_by_the_title(words: EventWords, mentions: list[EventMention],
                       title_mentions: list[Mention]) -> list[EventMention]:
    """The reports, the headline's summit (read from the dek) that names no event given the name of
    the summit of the one known body the title over it names ("BRICS Summit"), and the headline's
    meeting told held by video that body's summit ("At SCO, ..." over "leaders of the member states
    meet online"). ``title_mentions``: the title's own."""
    bodies = {m.entity_id: m.name for m in title_mentions if m.entity_type == "ORG" and m.linked}
    if len(bodies) != 1:
        return mentions
    (body,) = bodies.values()
    return [_named(words, m, summit_name(body)) if m.part == TITLE and not m.event_names else m for m in mentions]


def _named(words: EventWords, mention: EventMention, name: str) -> EventMention:
    if mention.event_type == SUMMIT:
        return replace(mention, event_names=(name,))
    if mention.event_type == MEETING and words.remote.search(mention.sentence, *mention.clause):
        return replace(mention, event_type=SUMMIT, event_names=(name,))
    return mention
