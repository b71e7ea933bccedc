"""A group word that counts its people refers back to that many: "the five are due to sit down
with ...", "les cinq dirigeants ont adopté ...". The group a sentence leaves for "the two" is the
people of its last report or of the last sentence naming two or more (event_sentences.py); a bloc's
leaders are often named over several sentences, one or two a sentence ("X lands on Monday ... Y
reaches Durban on Tuesday ... Z and W make up the rest of the group. On Wednesday the five ..."),
and "the five" is then all five, not the last two. So a count of more people than the last group
holds takes as many as it counts of the people named last (each once, the latest first); where the
article has named fewer, the last group stays. The count words are each language's number words
(knowledge/calendar.yaml ``ago.amounts``, three and more).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ruchina.knowledge.base import calendar_entry, read_knowledge_file

if TYPE_CHECKING:  # (event_words.py compiles its patterns with this module's count words)
    from ruchina.extract.event_words import EventWords

#: the event words of many people, whose people no pair of the sentence stands for (event_report.EVENTS_OF_MANY,
#: written again: event_report.py imports dates.py, which reads this module's count words)
_OF_MANY = frozenset({"summit", "forum"})
_DIGITS = re.compile(r"\b(\d{1,2})\b")


#: the least a group word counts: "the two" is its own group word (event_sentences.py), "one" none
LEAST_COUNTED = 3


@lru_cache(maxsize=None)
def count_words(language: str) -> dict[str, int]:
    """The language's number words a group word may count its people with, from three up: the
    number words of knowledge/calendar.yaml (``ago.amounts``), kept there once for every rule that
    reads a number written as a word (the group patterns of events_<language>.yaml take them as
    ``{counts}``)."""
    entry = calendar_entry(language).get("ago") or {}
    return {str(word).casefold(): int(n) for word, n in (entry.get("amounts") or {}).items()
            if int(n) >= LEAST_COUNTED}


def counted(language: str, group_words: str) -> int | None:
    """The number of people a group word counts ("the five leaders": 5), if it counts them."""
    digits = _DIGITS.search(group_words)
    if digits:
        return int(digits.group(1))
    counts = count_words(language)
    return next((counts[w] for w in re.findall(r"\w+", group_words.casefold()) if w in counts), None)


@lru_cache(maxsize=None)
def _spaced(language: str) -> bool:
    """Whether the language writes its words between spaces (``word_boundaries``, events_<language>.yaml)."""
    return (read_knowledge_file(f"events_{language}") or {}).get("word_boundaries", True)


def counted_heads(language: str, group_words: str) -> int | None:
    """``counted``, and in a language written without spaces the number that opens the group word
    ("五国元首", the heads of five countries: 5), the longest number word first."""
    if _spaced(language):
        return counted(language, group_words)
    counts = count_words(language)
    return next((counts[w] for w in sorted(counts, key=len, reverse=True) if group_words.startswith(w)), None)


def sentence_pair(language: str, group_words: str, group_start: int, sentence: str, named: list,
                  speaks: re.Pattern[str]) -> tuple[str, ...]:
    """The two people a group word counting two or nothing ("the sides", "стороны") refers to when its
    own sentence names exactly two before it, neither as one who speaks ("X held talks with Y, after
    which the sides signed a treaty": X and Y, not the leaders of a summit told in the sentence before);
    () otherwise. ``named``: the sentence's people as (start, end, person), in order."""
    count = counted(language, group_words)
    if count is not None and not counts_two(language, group_words):
        return ()
    own = tuple(dict.fromkeys(pid for start, end, pid in named
                              if start < group_start and not speaks.match(sentence[end:])))
    return own if len(own) == 2 else ()


def referred_group(words: EventWords, group_word: re.Match[str], sentence: str, named: list, people,
                   trigger_start: int) -> tuple[str, ...]:
    """The people a group word of the sentence refers to: the pair its sentence names before it
    (``sentence_pair``), not for a gathering's word ("Al margen de la cumbre, X y Y conversaron en su
    primera reunión": the pair is the meeting's, not the summit's), else the article's last group counted
    (``counted_group``); ``people``: the article's people in context (article_people.ArticlePeople)."""
    text = group_word.group()
    word = words.trigger.match(sentence, trigger_start)
    # (the pair is the group of the event word right before it, or of one after it, whose subject it is: "X
    # arrived for a visit and held talks with Y, in what the two sides called ...": the talks', not the visit's)
    between = word is not None and any(trigger_start < m.start() < group_word.start()
                                       for m in words.trigger.finditer(sentence, word.end(), group_word.start()))
    pair = () if word is None or word.lastgroup in _OF_MANY or between else sentence_pair(
        words.language, text, group_word.start(), sentence, named, words.speaks)
    return pair or counted_group(counted(words.language, text), people.last_group, people.named_before)


def counted_group(count: int | None, last_group: tuple[str, ...], named_before: tuple[str, ...]) -> tuple[str, ...]:
    """The people ``count`` refers to: the last group, or where it holds fewer, as many of the people
    named before (``named_before``: each once, in the order last named) as counted, latest first."""
    if count is None or len(last_group) >= count or len(named_before) < count:
        return last_group
    return tuple(named_before[-count:])


@lru_cache(maxsize=None)
def _pair_words(language: str) -> tuple[str, ...]:
    entry = calendar_entry(language).get("ago") or {}
    return tuple(str(word).casefold() for word, n in (entry.get("amounts") or {}).items() if int(n) == 2)


def counts_two(language: str, group_words: str) -> bool:
    """Whether a group word counts two people ("the two leaders", "两国元首", the heads of the two
    countries): two, never the five of a summit told before, where its sentence names two. A
    language written without spaces has its number as a character inside the word ("两国": two
    countries); a bigger number opening it ("二十国集团", twenty) is no two."""
    text = group_words.casefold()
    words = _pair_words(language)
    if _spaced(language):
        return any(w in words for w in re.findall(r"\w+", text))
    digits = set("".join(count_words(language)) + "".join(words))  # (the characters numbers are written with)
    for match in re.finditer("|".join(map(re.escape, words)) or "(?!)", text):
        before, after = text[match.start() - 1:match.start()], text[match.end():match.end() + 1]
        if before not in digits and after not in digits:
            return True
    return False
