"""A summit named by the body that holds it ("a two-day summit of the Shanghai Cooperation
Organisation", "the annual CICA summit", "саммит Шанхайской организации сотрудничества") is
that body's summit, as one the knowledge base names by an event's name ("the SCO summit") is:
a gathering of many, which two leaders' talks told beside it are not (event_sidelines.py keeps
a summit that a name names apart from a meeting of two). The body is an organisation the
knowledge base knows, named right before the summit's word or right after it, with only the
language's link words between (knowledge/events_<language>.yaml: summit_body_links). A
meeting's word with a body's name before it and only the words of the body's leaders between
("金砖国家领导人第十五次会晤", the leaders' meeting of a body: summit_body_meetings) is that
body's summit too, held by video link or not; the leaders of two countries meeting stay a
meeting (no body is named). Last, the meeting of the members' leaders that names no body is the one
body's summit the article names (member_gatherings.py).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ruchina.extract.event_report import EventMention
from ruchina.extract.event_words import EventWords, listed_words
from ruchina.extract.linking import Mention
from ruchina.extract.member_gatherings import summits_of_member_leaders
from ruchina.knowledge.base import entity_catalog

SUMMIT, MEETING, CALL, FORUM = "summit", "meeting", "call", "forum"
#: what may stand between a body's name and the summit's word after it ("SCO summit", "BRICS' summit")
_BEFORE_GAP = (" ", "' ", "’ ", "'s ", "’s ", "-")


def summits_named_by_their_body(words: EventWords, mentions: list[EventMention], title_mentions: list[Mention],
                                body_mentions: list[Mention]) -> list[EventMention]:
    """Each summit report whose word a known body's name stands beside takes that summit's name;
    a report that only adds people to a meeting so made the body's summit (a list of attendees
    right after it, "A, B and C attended.": continuing_reports.py) is that summit's too."""
    named, made_summit = [], None  # (the meeting made a summit last, and the summit it became)
    for mention in mentions:
        if mention.continues and made_summit is not None and mention.event_type == made_summit[0].event_type \
                and mention.event_names == made_summit[0].event_names:
            named.append(replace(mention, event_type=SUMMIT, event_names=made_summit[1].event_names))
            continue
        # (a summit's sitting with its guests, "sat the G7 down with A and B", stays a meeting apart from the
        # body's summit: outreach_sessions.py)
        new = mention if mention.outreach \
            else _named(words, mention, title_mentions, body_mentions) if mention.event_type in (SUMMIT, MEETING, CALL) \
            else _forum_of_a_body(words, mention, body_mentions) if mention.event_type == FORUM else mention
        # (the document its sentence tells it adopting leaves it the summit made last: "APEC leaders
        # closed their meeting by adopting a declaration. X attended in place of Y.")
        if not mention.continues and (made_summit is None or mention.sentence_key != made_summit[0].sentence_key
                                      or new.event_type == SUMMIT != mention.event_type):
            made_summit = (mention, new) if new.event_type == SUMMIT != mention.event_type else None
        named.append(new)
    # ("the leaders of the member states, meeting under the chairmanship of X": the summit the article names)
    return summits_of_member_leaders(words, named)


def _named(words: EventWords, mention: EventMention, title_mentions, body_mentions) -> EventMention:
    sentence = mention.sentence
    bodies = _linked_in(mention, title_mentions, body_mentions, "ORG")
    events = _linked_in(mention, title_mentions, body_mentions, "EVENT")
    if not bodies and not events:
        return mention
    scope_start, scope_end = mention.scope if mention.scope[1] > 0 else (0, len(sentence))
    # (the report's own word, its first in its scope: a summit word after it is another summit
    # the sentence names, "the schedule of top-level meetings ..., the coming SCO summit")
    # (a meeting's word told as held by video link is a call: video_meetings.py; with a body, its summit)
    kind = SUMMIT if mention.event_type == SUMMIT else MEETING
    word = next((w for w in words.trigger.finditer(sentence, scope_start, scope_end) if w.lastgroup == kind), None)
    if word is None:
        return mention
    if kind == MEETING and (held := [e.name for e in events if e.start <= word.start() < e.end
                                     and e.name.lower().endswith(" summit")]):
        # ("共同主持第二十次中欧领导人会晤": the meeting word inside a known summit's name is that summit's)
        return replace(mention, event_type=SUMMIT, event_names=tuple(sorted({*mention.event_names, *held})))
    if not bodies:
        return mention
    if kind == MEETING:
        before = [body for body in bodies
                  if body.end <= word.start() and words.body_meeting_gap.fullmatch(sentence, body.end, word.start())]
        gaps = [sentence[body.end:word.start()] for body in before]
        names = [summit_name(body.name) for body in bodies
                 if body in before or _leaders_meeting_of(words, sentence, word.end(), body)
                 or _leaders_of_body_meet(words, sentence, word.start(), body)]
        if not names:
            return mention
        new = replace(mention, event_type=SUMMIT, event_names=tuple(sorted({*mention.event_names, *names})))
        # ("APEC leaders closed their two-day meeting": "their" is the body's leaders', not the two's before)
        own = listed_words(words.language, "own_summit_words")
        return _named_here(new, body_mentions) if own is not None and any(own.search(g) for g in gaps) else new
    names = [summit_name(body.name) for body in bodies
             if (body.end <= word.start() and (sentence[body.end:word.start()] in _BEFORE_GAP
                                               or words.body_gap.fullmatch(sentence, body.end, word.start())))
             or (body.start >= word.end() and words.body_link.fullmatch(sentence, word.end(), body.start))]
    new = tuple(n for n in dict.fromkeys(names) if n not in mention.event_names)
    return replace(mention, event_names=tuple(sorted({*mention.event_names, *new}))) if new else mention


def _linked_in(mention: EventMention, title_mentions, body_mentions, entity_type: str) -> list[Mention]:
    """The linked names of one type in the report's sentence, with offsets in it."""
    start, sentence = mention.sentence_start, mention.sentence
    if start < 0:  # (the title's own mentions count from its start)
        return [m for m in title_mentions if m.entity_type == entity_type and m.linked]
    return [Mention(m.start - start, m.end - start, m.surface, m.entity_id, m.name, m.entity_type, m.linked)
            for m in body_mentions if m.entity_type == entity_type and m.linked and start <= m.start < start + len(sentence)]


def _forum_of_a_body(words: EventWords, mention: EventMention, body_mentions) -> EventMention:
    """A forum whose word is the first of a body's name ("les dirigeants du forum de Coopération
    économique Asie-Pacifique, réunis à ..."), a body whose leaders meet at summits: its summit."""
    start = mention.sentence_start
    if start < 0:
        return mention
    scope_start, scope_end = mention.clause
    word = next((w for w in words.trigger.finditer(mention.sentence, scope_start, scope_end) if w.lastgroup == FORUM), None)
    if word is None:
        return mention
    names = [known_summit(m.name) for m in body_mentions
             if m.entity_type == "ORG" and m.linked and m.start - start == word.start() and m.end - start > word.end()]
    names = [n for n in names if n]
    if not names:
        return mention
    new = replace(mention, event_type=SUMMIT, event_names=tuple(sorted({*mention.event_names, *names})))
    # ("les dirigeants du forum ...": the body's leaders, not the two a group word took them for)
    leaders = any(m.end() == word.start() or mention.sentence[m.end():word.start()].isspace()
                  for m in words.leaders_of.finditer(mention.sentence, 0, word.start()))
    return _named_here(new, body_mentions) if leaders else new


def _named_here(mention: EventMention, body_mentions) -> EventMention:
    """The body's summit with only the people its own sentence names: a group word ("their
    meeting", "les dirigeants") that the body's leaders own is no pair told before."""
    start, end = mention.sentence_start, mention.sentence_start + len(mention.sentence)
    here = {m.entity_id for m in body_mentions if m.entity_type == "PERSON" and start <= m.start < end}
    return replace(mention, participant_ids=tuple(p for p in mention.participant_ids if p in here))


def _leaders_meeting_of(words: EventWords, sentence: str, word_end: int, body: Mention) -> bool:
    """Whether the body named after a meeting's word is the one whose leaders meet ("a meeting of
    SCO heads of government", "встреча глав правительств государств-членов ШОС"): its leaders
    named between, or right after the body where the language puts them there."""
    if body.start < word_end or not words.body_meeting_link.fullmatch(sentence, word_end, body.start):
        return False
    heads = words.body_meeting_heads
    return heads is None or heads.match(sentence, body.end) is not None


def _leaders_of_body_meet(words: EventWords, sentence: str, word_start: int, body: Mention) -> bool:
    """Whether the body's leaders, named before it, meet in the meeting's word right after it ("The heads
    of government of the Shanghai Cooperation Organisation met in Bishkek"): the language's
    ``summit_body_leaders_of`` right before the body, nothing but spaces between it and the word.
    Not its ministers ("the foreign ministers of the SCO met"), nor a leader of one member who meets."""
    leaders = listed_words(words.language, "summit_body_leaders_of")
    if leaders is None or body.end > word_start or sentence[body.end:word_start].strip():
        return False
    return any(not sentence[m.end():body.start].strip() for m in leaders.finditer(sentence, 0, body.start))


@lru_cache(maxsize=None)
def summit_name(body: str) -> str:
    """The name of a body's summit: the knowledge base's event named "<the body's name or
    alias> summit" ("SCO Summit"), else "<the body's name> Summit"."""
    return known_summit(body) or f"{body} Summit"


@lru_cache(maxsize=None)
def known_summit(body: str) -> str | None:
    """The knowledge base's event named "<the body's name or alias> summit" ("SCO Summit"), if any:
    a body whose leaders meet at summits, not a company, an agency or a ministry."""
    catalog = entity_catalog()
    known = catalog.by_name.get(body)
    forms = {f.lower() for f in (body, *(known.aliases if known else ()))}
    for entity in catalog.by_name.values():
        if entity.entity_type == "EVENT" and any(
                n.lower().endswith(" summit") and n.lower()[: -len(" summit")] in forms for n in (entity.name, *entity.aliases)):
            return entity.name
    return None


def placed_talks_apart(a, b) -> bool:
    """Whether two events (ArticleEvent) are a summit a body's name names and talks of which one
    side only is told, at a place of their own ("Xi hung a medal around his neck after talks in
    the Great Hall", in a story of the SCO summit in Qingdao): other events (talks of two apart
    from a named summit: event_sidelines.py). Talks at the summit's own place, or that refer back
    ("the meeting"), may be the summit told again."""
    for summit, talks in ((a, b), (b, a)):
        if (summit.types() == {SUMMIT} and summit.own_names and talks.types() == {"meeting"}
                and len(talks.participants) == 1 and talks.location_id not in (None, summit.location_id)
                and not talks.own_names and not any(m.refers_back for m in talks.mentions)):
            return True
    return False
