"""An event its sentence tells as ended: an end verb governs its word, before it ("leaders
wrapped up a three-day congress in Baku on Sunday", "завершили двухдневный саммит") or after
it ("the three-day congress, which closed in Baku on Sunday", "a two-day summit that ended in
the palace", "la cumbre, de tres días, concluyó el domingo"). The day such a sentence gives
the event is its last, and a stated duration counts back from it, not on: the congress ran
from Friday to Sunday.

The verbs are the language's (knowledge/event_spans.yaml, ``ended``); a language without them
tells no event as ended. A day told as the event's first ("opened on Friday and closed on
Sunday") stays its first.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ruchina.extract.dates import resolve_dates
from ruchina.extract.event_word_patterns import is_spaced
from ruchina.knowledge.base import read_knowledge_file

#: the most words between an end verb and the event word after it ("ended a two-day annual summit",
#: "ended two days of unusually informal talks")
_WORDS_BEFORE = 5
#: the most words between the event word and an end verb after it ("summit of the Shanghai
#: Cooperation Organisation ended", "cumbre del G20, de dos días, terminó")
_WORDS_AFTER = 10
#: what no gap between the verb and the event word may hold: another sentence part (and, before
#: the word, a comma: "the fighting ended, and the summit ...")
_BREAK_AFTER = re.compile(r"[.;:!?()\[\]—–]")
_BREAK_BEFORE = re.compile(r"[,.;:!?()\[\]—–]")
#: the most characters between an end verb after the event word and a day of its own ("ends on")
_DAY_AFTER_VERB = 4


@lru_cache(maxsize=None)
def span_verbs(language: str, key: str) -> re.Pattern[str] | None:
    """The language's verbs of an event's span under ``key`` of knowledge/event_spans.yaml ("ended",
    "continues", "opens_now"), as one pattern of whole words; None where it lists none."""
    verbs = (read_knowledge_file("event_spans").get(language) or {}).get(key) or []
    if not verbs:
        return None
    alternatives = "(?:" + "|".join(verbs) + ")"
    # (a language written without spaces has no word edges to find: "峰会当天在X闭幕")
    if not is_spaced(read_knowledge_file(f"events_{language}")):
        return re.compile(alternatives)
    return re.compile(r"(?<![\w-])" + alternatives + r"(?![\w-])", re.IGNORECASE)


def told_as_ended(words, sentence: str, trigger: tuple[int, int], date=None) -> bool:
    """Whether an end verb governs the event word at ``trigger`` (its span in ``sentence``).
    ``words``: the language's event words; ``date``, the day the report takes from the
    sentence, if any: one told as the event's first ("opened on Friday") is no last day."""
    verbs = span_verbs(words.language, "ended")
    if verbs is None:
        return False
    if date is not None and date.char_end > 0 and words.first_day.search(
            sentence, max(0, date.char_start - 30), date.char_start):
        return False
    t_start, t_end = trigger
    before = sentence[max(0, t_start - 80):t_start]
    if any(_short_gap(before[verb.end():], _WORDS_BEFORE, _BREAK_BEFORE) for verb in verbs.finditer(before)):
        return True
    # (searched to the sentence's end, so that a verb's lookahead sees its participle: "ist ... zu Ende gegangen")
    after = verbs.search(sentence, t_end)
    if after and date is not None and 0 < date.char_end <= t_start and _day_right_after(words, sentence, after.end(), date):
        return False  # ("arrived on Sunday for a three-day visit that ends today": today is its last, not Sunday)
    return bool(after and after.start() < t_end + 100 and _short_gap(sentence[t_end:after.start()], _WORDS_AFTER, _BREAK_AFTER)
                and not words.trigger.search(sentence[t_end:after.start()]))


def _day_right_after(words, sentence: str, verb_end: int, date) -> bool:
    """Whether a day's phrase of its own follows the end verb ("que termina hoy", "that ends on Tuesday")."""
    return any(found.char_start <= _DAY_AFTER_VERB
               for found in resolve_dates(sentence[verb_end:verb_end + _DAY_AFTER_VERB + 20], date.first, None,
                                          words.language))


def _short_gap(gap: str, most: int, breaks: re.Pattern[str]) -> bool:
    return not breaks.search(gap) and len(gap.split()) <= most
