"""An event word in the plural with no day of its own names several events, none in
particular: "meetings in four cities filled the gaps", "they met at parades and summits",
"Forty meetings later". Such a mention reports no event (dated to the page, it would become one
held that day). "The meetings held during the celebrations" singles its events out, and a day with
the people who meet ("held meetings with both on Tuesday") makes them that day's: both stay reports. The words are
data (knowledge/events_<language>.yaml: plural_events); a language whose plural is also another
case of the singular (Russian "встречи") lists none. Read by extraction.py on every report.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ruchina.extract.event_mentions import TITLE
from ruchina.extract.event_report import EventMention
from ruchina.extract.event_words import EventWords
from ruchina.knowledge.base import read_knowledge_file


def without_generic_plurals(words: EventWords, mentions: list[EventMention]) -> list[EventMention]:
    """The reports, less those of an undated event word in the plural that nothing singles out."""
    return [m for m in mentions if not _generic(words, m)]


def _generic(words: EventWords, mention: EventMention) -> bool:
    # (a day and the people of one event make the plural one event's parts: "held meetings with X
    # and Y on Tuesday"; a day alone does not: "opened with bilateral meetings hosted by X on Wednesday")
    if (mention.date is not None and len(mention.participant_ids) >= 2) or mention.continues:
        return False
    trigger = words.title_trigger if mention.part == TITLE else words.trigger
    start, end = mention.clause
    word = next((m for m in trigger.finditer(mention.sentence, start, end) if m.lastgroup == mention.event_type), None)
    # (a title's "the" singles nothing out: "Below the summits: how ...")
    # (nor, with no day and no one named, before the people whose kind of meeting it names: "the meetings
    # of the three countries' foreign ministers" is the format, not its meetings)
    of_a_kind = (word is not None and mention.date is None and not mention.participant_ids
                 and _of_a_kind(words.language).match(mention.sentence, word.end()))
    return (word is not None and bool(words.plural_event.fullmatch(word.group()))
            and (mention.part == TITLE or of_a_kind
                 or not words.plural_singled_out.search(mention.sentence, max(0, word.start() - 40), word.start())))


@lru_cache(maxsize=None)
def _of_a_kind(language: str) -> re.Pattern[str]:
    """The words right after a plural event word that make it name a kind (``of_a_kind``)."""
    kind = ((read_knowledge_file(f"events_{language}") or {}).get("plural_events") or {}).get("of_a_kind") or ()
    return re.compile(rf"\s+(?:{'|'.join(map(re.escape, kind))})\b" if kind else "(?!)")
