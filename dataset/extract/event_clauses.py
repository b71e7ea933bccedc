"""The grammar around one event word in its sentence: where its clause begins and the aside
(a person's relative clause between commas) it holds, the person such a clause is about, a
verb of visiting whose object is another event word ("will visit the parade": attending it),
a meeting's verb that a gathering's word after it says the meeting was held as ("Leaders met by
video for a summit": the summit), and the name of the body holding it between it and a relative clause that tells of it ("the
summit of the Arctic Council, which opens on Monday": the clause is the summit's).
sentence_reports.py reads each event word's roles with them.
"""

from __future__ import annotations

import re

from ruchina.extract.event_mentions import FAMILY
from ruchina.extract.event_report import EVENTS_OF_MANY
from ruchina.extract.event_words import EventWords, listed_words
from ruchina.extract.list_semicolons import list_semicolons

#: a body's name after its link word: up to three words, the last capitalised ("the SCO", "bloque BRICS")
_BODY_NAME = re.compile(r"\s*(?:[^\W\d_][\w'’-]*\s+){0,2}[^\W\d_a-zа-яё][\w'’-]*\s*")
#: a body's name in the genitive right after a gathering's noun, with no link word: up to four words,
#: the first capitalised ("саммит ШОС", "саммит Шанхайской организации сотрудничества")
_GENITIVE_BODY = re.compile(r"\s+[^\W\d_a-zа-яё][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,3}\s*")
#: a dash parting clauses, spaces around it
_DASH = re.compile(r"\s[—–]\s")
#: the most words between a visit's verb and the event it takes as its object ("will visit the military parade")
_OBJECT_WORDS = 3
#: the most words between a meeting's verb and the gathering it is held as ("met by video on Friday evening for a summit")
_PURPOSE_WORDS = 12


def attends(words: EventWords, sentence: str, triggers: list, index: int, mentions) -> bool:
    """Whether the trigger at ``index`` is a verb of visiting whose object is the event word after it
    ("посетит военный парад", "will visit the parade"): attending that event, no visit of its own.
    Not where a place stands between them ("will visit Tianjin for the summit": a visit)."""
    kind, t_start, t_end = triggers[index]
    if index + 1 >= len(triggers) or FAMILY[kind] != "visit" or not words.place_object.match(sentence[t_start:t_end]):
        return False
    next_kind, next_start, _ = triggers[index + 1]
    between = sentence[t_end:next_start]
    return (FAMILY[next_kind] != "visit" and len(between.split()) <= _OBJECT_WORDS and not re.search(r"[,;:.]", between)
            and not any(t_end <= m.start < next_start for m in mentions if m.entity_type in ("GPE", "LOC", "FAC")))


def meets_for(words: EventWords, sentence: str, triggers: list, index: int, mentions) -> bool:
    """Whether the trigger at ``index`` is a meeting's word held as the summit or forum whose word
    follows it, the language's ``met_for`` words right before that one ("Leaders of the bloc met by
    video on Friday for a summit chaired from X", "se reunieron ... para una cumbre"): the
    gathering's report, no talks of their own. Not where a person is named in its clause before the
    gathering's word ("Xi and Modi met in Kazan for the summit", "the Prime Minister met President
    Putin last month for the annual summit": their talks), nor a pair before the meeting's word ("the
    two leaders will meet again in Brazil for the summit": the language's ``group``), nor across a
    clause's mark."""
    kind, t_start, t_end = triggers[index]
    if kind == "meeting" and _met_for_before(words, sentence, triggers, index, mentions):
        return True
    if kind != "meeting" or index + 1 >= len(triggers) or triggers[index + 1][0] not in EVENTS_OF_MANY:
        return False
    pattern = listed_words(words.language, "met_for")
    between = sentence[t_end:triggers[index + 1][1]].rstrip()
    if pattern is None or re.search(r"[,;:.]", between) or len(between.split()) > _PURPOSE_WORDS:
        return False
    if not any(told.end() == len(between) for told in pattern.finditer(between)):
        return False
    start, _ = clause_start(words, sentence, t_start)
    if words.group.search(sentence, start, t_start):
        return False
    return not any(m.entity_type == "PERSON" and start <= m.start < triggers[index + 1][1] for m in mentions)


def _met_for_before(words: EventWords, sentence: str, triggers: list, index: int, mentions) -> bool:
    """The same told with the verb last (German "ist am Donnerstag zu ihrem Jahresgipfel
    zusammengekommen"): the meeting's word right after the gathering's, the language's ``met_for``
    words right before that one. Not where a person is named in the clause before the meeting's word
    (their talks), nor where any other word stands between the two ("zum Gipfel nach Kasan gereist und
    dort mit X zusammengekommen")."""
    if index == 0 or triggers[index - 1][0] not in EVENTS_OF_MANY:
        return False
    _, g_start, g_end = triggers[index - 1]
    if sentence[g_end:triggers[index][1]].strip():
        return False
    pattern = listed_words(words.language, "met_for")
    start, _ = clause_start(words, sentence, g_start)
    before = sentence[start:g_start].rstrip()
    if pattern is None or not any(told.end() == len(before) for told in pattern.finditer(before)):
        return False
    return not any(m.entity_type == "PERSON" and start <= m.start < triggers[index][1] for m in mentions)


def clause_start(words: EventWords, sentence: str, t_start: int) -> tuple[int, tuple[int, int] | None]:
    """Where the event word's clause begins, and the aside it holds, if any: a relative
    clause between commas before the event word ("the President, who is in China on a
    visit, held talks") is no clause of its own; the clause is the one around it. A semicolon
    parting a list of pairs ("Ruritania, Ana Sol; Freedonia, Omar Vey; ...") ends no clause."""
    in_lists = list_semicolons(words.and_words, sentence)
    breaks = [b for b in words.scope_break.finditer(sentence, 0, t_start) if b.start() not in in_lists]
    if not breaks:
        return 0, None
    last = breaks[-1]
    if len(breaks) > 1 and _names_between_dashes(words, sentence, breaks[-2], last):
        # ("The foreign ministers of A, B and C — X, Y and Z — met": the names stand beside the subject)
        return (breaks[-3].end() if len(breaks) > 2 else 0), None
    closing = sentence.find(",", last.end(), t_start)
    if last.group().startswith(",") and closing != -1:
        return (breaks[-2].end() if len(breaks) > 1 else 0), (last.start(), closing)
    return last.end(), None


def _names_between_dashes(words: EventWords, sentence: str, opening: re.Match, closing: re.Match) -> bool:
    """Whether two clause breaks are a pair of dashes holding only a list of names ("— Sergei Lavrov,
    Li Zhaoxing and Natwar Singh —"): each item's words capitalised, parted by commas or the
    language's "and"."""
    if not (_DASH.fullmatch(opening.group()) and _DASH.fullmatch(closing.group())):
        return False
    between = sentence[opening.end():closing.start()]
    items = re.split(r"\s*,\s*|\s+(?:" + "|".join(map(re.escape, words.and_words or ("and",))) + r")\s+", between.strip())
    return all(item and all(word[0].isupper() for word in item.split()) for item in items)


def antecedent(words: EventWords, sentence: str, clause_start: int, mentions, references) -> tuple[str, ...]:
    """The person a relative clause of a person opens after ("the President of Russia, who is
    in China on a visit"): the last one named before it, in the clause before it."""
    opener = next((m for m in words.person_relative.finditer(sentence, max(0, clause_start - 12), clause_start)
                   if m.end() == clause_start), None)
    if opener is None:
        return ()
    start = max((b.end() for b in words.scope_break.finditer(sentence, 0, opener.start())), default=0)
    people = sorted([(m.start, m.entity_id) for m in mentions if m.entity_type == "PERSON"] + list(references))
    before = [pid for position, pid in people if start <= position < opener.start()]
    return (before[-1],) if before else ()


def before_its_relative(words: EventWords, sentence: str, t_end: int, relative_start: int,
                        t_start: int | None = None, mentions=()) -> bool:
    """Whether what stands between an event word and the relative clause at ``relative_start``
    leaves the clause the event's: nothing, or the name of the body holding it after a link word
    of the language ("the summit of the Arctic Council, which ..."; not "talks with Lula, who ...",
    whose clause the relative words tell apart), or right after a gathering's noun where the
    language puts the body in the genitive with no link word ("на саммите ШОС, который проходит
    в Казани"; not "провёл переговоры с X, который ...": a preposition, and no gathering's noun; nor
    "на саммите ШОС Си Цзиньпин, который прибыл во вторник": the clause is the person's)."""
    link = words.body_link.match(sentence, t_end, relative_start)
    if not sentence[t_end:relative_start].strip():
        return True
    # (``t_start`` given: the word's start, so that a gathering's noun is told from a verb's)
    if (t_start is not None and words.noun_trigger.match(sentence[t_start:t_end])
            and _GENITIVE_BODY.fullmatch(sentence, t_end, relative_start)
            and not any(m.entity_type == "PERSON" and t_end <= m.start < relative_start for m in mentions)):
        return True
    return bool(link and sentence[t_end:link.end()].strip() and _BODY_NAME.fullmatch(sentence, link.end(), relative_start))


def possessive_aside(words: EventWords, sentence: str, aside: tuple[int, int] | None) -> bool:
    """Whether the aside before the event word is a person's possessive relative clause ("Yaffa
    Cohen, whose son is held in Iran, met the two leaders"): it tells of something of his, and a
    place in it is not where he is, so not the event's (each language's ``possessive_relative``)."""
    if aside is None:
        return False
    possessive = listed_words(words.language, "possessive_relative")
    return possessive is not None and possessive.match(sentence[aside[0]:aside[1]].lstrip(", ")) is not None
