"""The speakers of a transcript an article prints, who take part in its main event.

A page that reports a meeting often prints what was said at it, each turn under its
speaker's label ("Minister of Sport Oleg Matytsin: Mr President, ..."). Whoever speaks
there is at the meeting, though no sentence says they attend. A label starts a paragraph
or a sentence (or follows an omission mark or a section break), holds nothing before the
name but a title, and ends with a colon; the words a title may hold are the language's
(``speaker_title_words`` in knowledge/events_<language>.yaml). One label alone is no
transcript ("Putin: we will ..." as a quote's lead-in): it takes two.

Some languages' transcripts label a turn with an initial and a surname ("В.Путин:"; the
shape is the language's ``speaker_labels``), the colon right after it or after a block that
repeats the surname with the name in full and the office ("И.Петров Петров Иван Ильич
Министр :"). Such a label names its speaker: the person the label or its block names, else
the person of the article with that initial and surname (in Russian the article's other
mentions inflect it: "Ивана Петрова"), else the knowledge base's, else a person discovered
from the label, named as a people finder transliterates it ("I. Petrov"), with the given name
the transcript gives the speaker when it gives one ("Меня зовут Иван", the floor given to
"Иван Ильич" just before the turn: speaker_given_names.py).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ruchina.extract.event_mentions import BODY, ArticleEvent
from ruchina.extract.event_participants import name_shaped
from ruchina.extract.event_words import EventWords
from ruchina.extract.language_people import people_finder
from ruchina.extract.linking import Mention
from ruchina.extract.newsroom_people import newsroom_people
from ruchina.extract.person_spellings import fold_accents
from ruchina.extract.speaker_given_names import (
    english_given_name,
    given_name_beside_surname,
    given_names_from_turns,
)
from ruchina.knowledge.base import entity_catalog, slugify

#: how far before a name its label may start ("President of the Republic of Tajikistan ")
_TITLE_REACH = 120
#: the fewest labels that make a transcript
MIN_LABELS = 2


#: where a label may start: a paragraph, a sentence's end, an omission mark, a section break
_LABEL_START = re.compile(r"(?:\A|\n|[.!?…][»\"”)]?\s+|[<\[](?:…|\.\.\.)[>\]]\s*|\*\s*\*\s*\*\s*)$")
#: what ends a short label: its colon, a translator's note before it ("(retranslated)")
_COLON = re.compile(r"[^\S\n]*(?:\([^()]{0,30}\)[^\S\n]*)?:\s")
#: the longest block (the name in full, the office) between a short label and its colon
_BLOCK_REACH = 160
#: a parenthesis of a transcript: a stage note, perhaps ("(After that, ... spoke of ...)")
_STAGE_NOTE = re.compile(r"\([^()\n]{8,400}\)")


def speaker_labels(words: EventWords, body: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions of people that are a transcript's speaker labels, in reading order (a
    short label that no mention covers is a new mention of its speaker). Once two labels
    make a transcript, a name found in the text but not known as a person's that labels a
    turn is a person's ("Mehak Bkhatai: Thank you"), and so are the people a stage note of
    the transcript says spoke ("(Then Minister of Sport Oleg Matytsin spoke about ...)")."""
    labels, unknown = [], []
    for mention in mentions:
        person = mention.entity_type == "PERSON"
        if not (person or name_shaped(mention)) or not _label_colon(words, body, mention):
            continue
        if words.speaker_title.search(body, max(0, mention.start - _TITLE_REACH), mention.start):
            (labels if person else unknown).append(mention)
    labels += _short_labels(words, body, mentions)
    if len(labels) < MIN_LABELS:
        return []
    labels += [replace(m, entity_type="PERSON") for m in unknown] + _stage_speakers(words, body, mentions)
    labels.sort(key=lambda m: m.start)
    # ("JANE DOE, CORRESPONDENT:": the page's own newsroom speaks of the event, not at it)
    newsroom = newsroom_people(words.language, body, mentions)
    return [m for m in labels if m.entity_id not in newsroom]


def _label_colon(words: EventWords, body: str, mention: Mention) -> bool:
    """The label's colon after the name, or after a block that repeats the surname with the
    name and the office run together ("Dmitry Orlov Orlov DmitryMinister of Transport : ")."""
    if words.speaker_colon.match(body, mention.end):
        return True
    surname = mention.surface.split()[-1]
    if not body[mention.end:mention.end + len(surname) + 3].lstrip(" ").startswith(surname + " "):
        return False
    block = rf"[^\S\n]+{re.escape(surname)}[^\S\n]+[^.!?:\n]{{0,{_BLOCK_REACH}}}?[^\S\n]*:\s"
    return bool(re.compile(block).match(body, mention.end))


def _stage_speakers(words: EventWords, body: str, mentions: list[Mention]) -> list[Mention]:
    """The people a transcript's stage note names as speaking: "(After that, the ministers of
    X and Y spoke of ...)", "(in response to remarks by Z)"."""
    notes = [n.span() for n in _STAGE_NOTE.finditer(body) if words.stage_direction.search(n.group())]
    return [replace(m, entity_type="PERSON") for m in mentions
            if (m.entity_type == "PERSON" or name_shaped(m)) and any(a < m.start < b for a, b in notes)]


def _short_labels(words: EventWords, body: str, mentions: list[Mention]) -> list[Mention]:
    labels = []
    people = [m for m in mentions if m.entity_type == "PERSON"]
    found = []
    for match in words.speaker_initial.finditer(body):
        if not _LABEL_START.search(body, max(0, match.start() - 12), match.start()):
            continue
        end = _label_end(body, match)
        if end is not None:
            found.append((match, end))
    finder = people_finder(words.language)
    # (a speaker the page names in full nowhere may give their name in the transcript)
    from_turns = given_names_from_turns(
        finder, body, [(m.start(), end, m.group("initial"), m.group("surname")) for m, end in found],
        _same_surname) if finder is not None and len(found) >= MIN_LABELS else {}
    for match, end in found:
        inside = next((m for m in people if match.start() <= m.start < end), None)
        if inside is not None:
            labels.append(inside)
            continue
        initial, surname = match.group("initial"), match.group("surname")
        given = from_turns.get((initial, surname)) or (
            given_name_beside_surname(finder, body, initial, surname, _same_surname) if finder is not None else None)
        speaker = _speaker(initial, surname, people, words.language, _written_in_full(body, initial, surname), given)
        if speaker is not None:
            labels.append(Mention(match.start(), match.end(), match.group(), *speaker))
    return labels


def _label_end(body: str, match: re.Match) -> int | None:
    """Where a short label's colon is: right after it, or after the block that repeats its
    surname (the name in full, the office), with a space before the colon."""
    colon = _COLON.match(body, match.end())
    if colon:
        return colon.end()
    surname = re.escape(match.group("surname"))
    block = re.compile(rf"[^\S\n]+{surname}[^\S\n]+[^.!?:\n]{{0,{_BLOCK_REACH}}}?[^\S\n]:\s")
    found = block.match(body, match.end())
    return found.end() if found else None


def _written_in_full(body: str, initial: str, surname: str) -> list[tuple[str, str]]:
    """(given name, the word after it) wherever the article writes the surname first, then a
    given name with the label's initial: a label's block ("И.Петров Петров Иван Ильич
    Министр :"), a page's list of the people it concerns ("Петров Иван Ильич")."""
    pattern = rf"(?<![\w.-]){re.escape(surname)}[^\S\n]+({re.escape(initial)}[^\W\d_]+)[^\S\n]+([^\W\d_]+)"
    return re.findall(pattern, body)


def _speaker(initial: str, surname: str, people: list[Mention], language: str,
             in_full: list[tuple[str, str]] = (), given_in_turns: str | None = None) -> tuple | None:
    """(entity id, name, type, linked) of the person an initial and a surname name;
    ``in_full``: where the article writes that surname first and a given name with that
    initial after it (``_written_in_full``); ``given_in_turns``: the given name the
    transcript gives the speaker (speaker_given_names.py), used when the page writes none."""
    for mention in people:
        words = mention.surface.split()
        if any(_same_surname(surname, w) for w in words) and any(
                w[:1] == initial and not _same_surname(surname, w) for w in words):
            return mention.entity_id, mention.name, "PERSON", mention.linked
    known = _known_people().get((initial, _fold(surname)))
    if known is not None:
        return known
    finder = people_finder(language)
    if finder is None:
        return None
    # The name in full names the person as the people finder would ("Ivan Petrov"), when the
    # word after the given name is a patronymic ("Петров Иван Министр" is not that shape) and
    # the article writes only one such name (two given names: two people, none is named).
    given = {g for g, patronymic in in_full if g[1:].islower() and finder.patronymic.match(patronymic)}
    given = next(iter(given)) if len(given) == 1 else None
    first = (finder.given[given][0] if given in finder.given else finder.transliterate(given)) if given else None
    if first is None and given_in_turns:
        first = english_given_name(finder, given_in_turns)
    name = f"{first or finder.transliterate(initial) + '.'} {finder.transliterate(surname)}"
    return slugify(name), name, "PERSON", False


def _fold(word: str) -> str:
    return fold_accents(word).casefold()


def _same_surname(label: str, written: str) -> bool:
    """The label's surname (as a dictionary writes it) and a written word are one surname,
    the word perhaps inflected ("Петров", "Петрова", "Петровым"): they differ in an ending."""
    # (an editor's brackets around a surname: "Алексей Евгеньевич [Лихачёв]")
    one, other = _fold(label), _fold(written.strip(",.;:»«\"()[]"))
    common = 0
    for a, b in zip(one, other):
        if a != b:
            break
        common += 1
    return common >= max(3, len(one) - 2) and len(other) - common <= 3


@lru_cache(maxsize=None)
def _known_people() -> dict[tuple[str, str], tuple]:
    """(initial, folded surname) -> the knowledge base's person whose name in some language
    is a given name and that surname ("Сергей Лавров"), when only one person is."""
    found: dict[tuple[str, str], set] = {}
    for entity in entity_catalog().entities.values():
        if entity.entity_type != "PERSON":
            continue
        for name in (entity.name, *entity.aliases, *entity.names_in_languages):
            words = name.split()
            if len(words) >= 2 and words[0][:1].isupper():
                found.setdefault((words[0][:1], _fold(words[-1])), set()).add(
                    (entity.entity_id, entity.name, "PERSON", True))
    return {key: next(iter(people)) for key, people in found.items() if len(people) == 1}


def with_label_mentions(body_mentions: list[Mention], labels: list[Mention]) -> list[Mention]:
    """The body's mentions with the speakers the labels name: a label no mention covered ("В.Путин:")
    added where it stands, and a discovered name that labels a turn taken as the label reads it."""
    known = {(m.start, m.entity_id) for m in body_mentions}
    new = [m for m in labels if (m.start, m.entity_id) not in known]
    retyped = {(m.start, m.entity_id): m for m in labels if not m.linked}
    body_mentions = [retyped.get((m.start, m.entity_id), m) for m in body_mentions]
    return sorted(body_mentions + new, key=lambda m: m.start) if new else body_mentions


def join_speakers(events: list[ArticleEvent], labels: list[Mention], body: str) -> None:
    """Add a transcript's speakers (``speaker_labels``) to the article's main event, when it
    occurred (an announcement prints no transcript of what is to come; an earlier event is
    not the day's)."""
    main = next((e for e in events if e.main), None)
    if main is None or main.earlier or all(m.status != "occurred" for m in main.mentions):
        return
    speakers = tuple(dict.fromkeys(m.entity_id for m in labels if m.entity_id not in main.participants))
    if not speakers:
        return
    first = labels[0]
    sentence_end = body.find("\n", first.start)
    sentence_end = len(body) if sentence_end < 0 else sentence_end
    sentence = body[first.start:sentence_end][:300]
    main.add(replace(main.mentions[0], participant_ids=speakers, location_id=None, date=None, sentence=sentence,
                     sentence_start=first.start, sentence_end=first.start + len(sentence), scope=(0, len(sentence)),
                     date_sentence=None, date_sentence_start=None, event_names=(), part=BODY, continues=True,
                     title_only=False, refers_back=False))
