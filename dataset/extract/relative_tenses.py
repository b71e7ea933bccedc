"""An event word in a person's relative clause told in the past ("Scholz, who met Biden at the
White House on Monday, is due in Moscow next week"): held, whatever the tense of the clause the
relative clause stands in. The relative clause's own verb tells its tense: a cue of the past
between the relative word and the event word (the event word itself, "met", counts), and none of
the future there ("X, who met Y on Monday and will meet Z on Friday": Z's meeting is to come), nor
a link to an aim after the past cue ("X, who was invited to attend the summit": the summit is the
invitation's aim, still to come). Only a relative clause that dates its event: an undated one
("X, who travelled to Moscow by train, thanked Y") is left to the sentence's tense, as before (held
and undated, it would be background, though it is often the visit the story is part of). The relative words and the cues are the language's
(knowledge/events_<language>.yaml: ``person_relative``, ``tense``). Read by sentence_reports.py
for each event word, beside event_tense.held_before.
"""

from __future__ import annotations

from ruchina.extract.event_tense import held_before
from ruchina.extract.event_words import EventWords


def told_held(words: EventWords, sentence: str, clause_start: int, t_start: int, t_end: int, dates) -> bool:
    """Whether the event word at ``t_start``..``t_end`` is told as held: a past participle right
    after it (event_tense.held_before), or the past of the person's relative clause it stands in
    when that clause dates it (of ``dates``, the sentence's)."""
    return held_before(words, sentence, t_end, t_start) or _relative_past(words, sentence, clause_start, t_start, t_end, dates)


def person_aside_opener(words: EventWords, sentence: str, clause_start: int):
    """The relative word opening the person's relative clause that begins at ``clause_start`` (", who"),
    or None where the clause is no such one."""
    return next((m for m in words.person_relative.finditer(sentence, max(0, clause_start - 12), clause_start + 1)
                 if clause_start <= m.end() <= clause_start + 1), None)


def _relative_past(words: EventWords, sentence: str, clause_start: int, t_start: int, t_end: int, dates) -> bool:
    opener = person_aside_opener(words, sentence, clause_start)
    if opener is None:
        return False
    start = opener.end()
    close = sentence.find(",", t_end)
    if not any(start <= d.char_start < (close if close != -1 else len(sentence)) for d in dates):
        return False  # (undated, "X, who travelled to Moscow by train, said ...": the sentence's tense, as ever)
    if any(p.search(sentence, start, t_end) for p in (words.future, words.schedule)):
        return False
    not_past = [m.span() for m in words.not_past.finditer(sentence, start, t_end)]
    cues = [m for m in words.past.finditer(sentence, start, t_end) if not any(s <= m.start() < e for s, e in not_past)]
    return bool(cues) and not words.aim.search(sentence, cues[-1].start(), t_start)
