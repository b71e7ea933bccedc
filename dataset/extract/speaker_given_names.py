"""The given name of a transcript's speaker whom the labels name only by an initial and a
surname ("М.Петрова:"), when the people finder found that name in full nowhere: the page
writes a known given name beside the surname, which has no usual surname ending ("Анна
Пыж"), or the transcript itself gives it, in one of two ways:

- the speaker introduces themselves in their own turn ("Меня зовут Марина", "меня зовут
  Петрова Марина"; the words before the name are the language's ``self_introductions``);
- the turn just before theirs gives them the floor by name: its last sentence addresses
  someone by a given name in its dictionary form, with a patronymic or a comma after it
  ("Марина Олеговна, пожалуйста.", "Марина, как у вас?"). Whoever speaks next was addressed;
- the turn just after theirs answers them by name: it opens addressing someone in the same way
  ("Марина Олеговна, спасибо за доклад."). Whoever spoke before was answered.

Only a name that begins with the label's initial counts, and only when the transcript gives
the speaker one such name: two different names give none (two people of one surname, a
floor passed on). Without it the speaker stays named by the label ("M. Petrova"), and a
report in full elsewhere cannot be joined to them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

from ruchina.extract.language_people import PeopleFinder

#: a sentence's end inside a turn (the last sentence of a turn is the one after the last)
_SENTENCE_END = re.compile(r"[.!?…]+[»\"”)]?\s+")
#: a capitalised word (a given name, a surname, a patronymic)
_WORD = re.compile(r"[^\W\d_][^\W\d_-]*(?:-[^\W\d_]+)?")
#: how many words after the words of introduction the name may come ("зовут Петрова Марина")
_INTRODUCTION_REACH = 3

#: a label as the transcript reads it: (start, end of its colon, initial, surname)
Label = tuple[int, int, str, str]


def given_names_from_turns(finder: PeopleFinder, body: str, labels: list[Label],
                           same_surname: Callable[[str, str], bool]) -> dict[tuple[str, str], str]:
    """(initial, surname) -> the given name (as written, in its dictionary form when the
    finder knows it) the transcript gives that speaker; ``labels`` in reading order.
    ``same_surname(label's surname, written word)``: one surname, perhaps inflected."""
    names: dict[tuple[str, str], set[str]] = defaultdict(set)
    for index, (start, end, initial, surname) in enumerate(labels):
        turn_end = labels[index + 1][0] if index + 1 < len(labels) else len(body)
        key = (initial, surname)
        names[key] |= _introduced(finder, body[end:turn_end], initial, surname, same_surname)
        if index and labels[index - 1][2:] != key:
            names[key] |= _addressed(finder, body[labels[index - 1][1]:start], initial)
        if index + 1 < len(labels) and labels[index + 1][2:] != key:
            reply_end = labels[index + 2][0] if index + 2 < len(labels) else len(body)
            names[key] |= _answered(finder, body[labels[index + 1][1]:reply_end], initial)
    return {key: next(iter(found)) for key, found in names.items() if len(found) == 1}


def given_name_beside_surname(finder: PeopleFinder, body: str, initial: str, surname: str,
                              same_surname: Callable[[str, str], bool]) -> str | None:
    """The given name the article writes right before or after a case form of the label's
    surname, when it is a given name the finder knows with the label's initial ("Анна Пыж",
    "с Ольгой Пыж", "Пыж Анна"): a surname the finder does not take for one alone (no usual
    ending) still names the speaker in full. One such name only, and no other word of that
    initial beside the surname (a given name the finder does not know: perhaps another's)."""
    stem = re.escape(surname[:max(3, len(surname) - 2)])
    given = rf"{re.escape(initial)}[^\W\d_]+"
    pattern = re.compile(rf"(?<![\w.-])(?:(?P<given>{given})[^\S\n]+(?P<surname>{stem}[^\W\d_]*)"
                         rf"|(?P<surname_first>{stem}[^\W\d_]*)[^\S\n]+(?P<given_after>{given}))(?![\w-])")
    found = set()
    for match in pattern.finditer(body):
        if same_surname(surname, match.group("surname") or match.group("surname_first")):
            # (a word the finder does not know as a given name may be another person's)
            found.add(finder.dictionary_given(match.group("given") or match.group("given_after")))
    return next(iter(found)) if len(found) == 1 else None


def english_given_name(finder: PeopleFinder, written: str) -> str:
    """A given name in English: its usual spelling when the finder knows it, else transliterated."""
    known = finder.dictionary_given(written)
    return finder.given[known][0] if known else finder.transliterate(written)


def _introduced(finder: PeopleFinder, turn: str, initial: str, surname: str,
                same_surname: Callable[[str, str], bool]) -> set[str]:
    found = set()
    for cue in finder.self_introduction.finditer(turn):
        sentence_end = _SENTENCE_END.search(turn, cue.end())
        words = _WORD.findall(turn, cue.end(), sentence_end.start() if sentence_end else len(turn))
        for word in words[:_INTRODUCTION_REACH]:
            if not word[:1].isupper():
                break
            if word.startswith(initial) and not same_surname(surname, word) and not finder.patronymic.match(word):
                found.add(finder.dictionary_given(word) or word)
                break
    return found


def _addressed(finder: PeopleFinder, turn: str, initial: str) -> set[str]:
    """The given name the last sentence of the turn addresses someone by, if it has the initial."""
    ends = list(_SENTENCE_END.finditer(turn.rstrip()))
    last = turn[ends[-1].end():] if ends else turn
    return {name for word in _WORD.finditer(last) if (name := _address(finder, last, word, initial))}


def _answered(finder: PeopleFinder, turn: str, initial: str) -> set[str]:
    """The given name the turn opens by addressing someone with, if it has the initial: only its
    first word ("Марина Олеговна, спасибо."), as a reply opens; a name later in the turn may be
    anyone's ("Спасибо. Марина Олеговна, а вы что скажете?" gives another the floor), and so may
    a turn of that one sentence ("Марина Олеговна, пожалуйста.": the floor, to whoever speaks next)."""
    if not _SENTENCE_END.search(turn.strip()):
        return set()
    first = _WORD.match(turn.lstrip())
    name = _address(finder, turn.lstrip(), first, initial) if first else None
    return {name} if name else set()


def _address(finder: PeopleFinder, text: str, word: re.Match, initial: str) -> str | None:
    """The word as a given name someone is addressed by: with a patronymic in the form of address
    after it, or a known given name in its dictionary form with a comma after it."""
    name = word.group()
    if not name.startswith(initial):
        return None
    after = text[word.end():]
    patronymic = _WORD.match(after.lstrip(" "))
    if patronymic and patronymic.group()[:1].isupper() and finder.address_patronymic.match(patronymic.group()):
        return name  # "Марина Олеговна, ..."
    if name in finder.given and after[:1] == ",":
        return name  # "Марина, ..." (a known given name in its dictionary form)
    return None

