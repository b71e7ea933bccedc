"""Talks told with the way they were held after them ("held talks on Monday by phone", "s'est
entretenu lundi par téléphone", "провёл переговоры по телефону"): one call, not a meeting
beside it. The call's words that only tell the way (``call_modes`` in
knowledge/events_<language>.yaml) make the meeting's word right before them, a few words away
in its clause, no report of its own: the call word reports the talks. Read by
event_sentences.py on each sentence's event words.
"""

from __future__ import annotations

from ruchina.extract.event_words import EventWords


def without_talks_by_phone(words: EventWords, sentence: str, triggers: list[tuple[str, int, int]]):
    """``triggers`` (type, start, end; in order) without each meeting word a call's way follows."""
    dropped = {index for index, ((kind, _, end), (next_kind, start, next_end)) in enumerate(zip(triggers, triggers[1:]))
               if kind == "meeting" and next_kind == "call"
               and words.call_mode.fullmatch(sentence, start, next_end)
               and words.call_mode_gap.fullmatch(sentence, end, start)}
    return [t for index, t in enumerate(triggers) if index not in dropped]
