"""A leader's funeral. The one it is for takes no part in it: "X was buried on Red Square", "X's
funeral", "the funeral of X", "похороны X". Named in the sentence of the funeral's word, he read as one
of its people. And its mourners are many, each sentence naming some ("A, B and C gave the funeral
speeches", "D was among the foreign mourners"): a report of the funeral with no place or day of its
own tells the article's main funeral again, whoever each names (as forum_gatherings.forum_told_again
does a forum's). Left apart, they were dropped as undated background, and the funeral's row held only
the one its title names.

The words are each language's (knowledge/events_<language>.yaml): `mourned_after`, the words right
after the person ("'s funeral", "was buried"), `mourned_before`, those right before him ("the
funeral of"), and `funerals`, the words that tell a report a funeral's ("funeral", "mourners"); the
rules are here.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ruchina.extract.event_report import TITLE, EventMention
from ruchina.extract.linking import Mention
from ruchina.knowledge.base import event_languages, read_knowledge_file

#: how far before the person the words before him may begin
_WINDOW = 40


@lru_cache(maxsize=None)
def _mourned_words(language: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    data = read_knowledge_file(f"events_{language}")
    after, before = data.get("mourned_after") or [], data.get("mourned_before") or []
    return (re.compile(r"\s*(?:" + "|".join(f"(?:{w})" for w in after) + r")(?!\w)", re.IGNORECASE) if after else None,
            re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{w})" for w in before) + r")\s*$", re.IGNORECASE) if before else None)


def without_the_mourned(mentions: list[EventMention], title_mentions: list[Mention], body_mentions: list[Mention],
                        language: str) -> list[EventMention]:
    """The reports, each without the person its sentence names as the one a funeral is for."""
    after, before = _mourned_words(language)
    if after is None and before is None:
        return mentions
    result = []
    for mention in mentions:
        if mention.participant_ids and (mention.part == TITLE or mention.sentence_start >= 0):
            offset = 0 if mention.part == TITLE else mention.sentence_start
            named = title_mentions if mention.part == TITLE else body_mentions
            sentence = mention.sentence
            mourned = {m.entity_id for m in named
                       if m.entity_type == "PERSON" and offset <= m.start < offset + len(sentence)
                       and ((after is not None and after.match(sentence, m.end - offset))
                            or (before is not None and before.search(sentence[max(0, m.start - offset - _WINDOW):
                                                                               m.start - offset])))}
            if mourned & set(mention.participant_ids):
                mention = replace(mention, participant_ids=tuple(p for p in mention.participant_ids if p not in mourned))
        result.append(mention)
    return result


@lru_cache(maxsize=None)
def _funeral_words() -> re.Pattern[str] | None:
    """Every language's `funerals` words as one pattern: a merge compares reports, not languages, and
    no language's funeral word is another's common one."""
    words = [w for language in event_languages() for w in read_knowledge_file(f"events_{language}").get("funerals") or []]
    return re.compile("|".join(f"(?:{w})" for w in words), re.IGNORECASE) if words else None


def _of_a_funeral(mention: EventMention) -> bool:
    words = _funeral_words()
    return mention.event_type == "other" and words is not None and words.search(mention.sentence) is not None


def funeral_told_again(event, candidate) -> bool:
    """Whether ``candidate``, a funeral's report with no place or day of its own, tells again the
    article's main event, a funeral too, whoever each names."""
    return any(main.main and not other.main and any(_of_a_funeral(m) for m in main.mentions)
               and all(_of_a_funeral(m) and m.location_id is None and (m.date is None or m.date_is_inherited)
                       and not m.earlier and not m.named_other for m in other.mentions)
               for main, other in ((event, candidate), (candidate, event)))
