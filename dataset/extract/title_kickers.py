"""A title's kicker: the label a headline opens with before a colon ("Belt and Road forum: Xi and
Putin hold talks"), which names the story's occasion, not its news. Where the kicker holds the
title's first event word and the headline after the colon tells two or more people meeting, the
meeting is the title's event; the occasion is the setting of the day's talks.

Not a speaker's name before his words ("Putin: the summit will open on Monday", no event word
before the colon), nor a kicker over a headline telling no one's talks ("SCO summit: leaders adopt
a declaration", "BRICS summit: Modi arrives in Kazan": the summit stays the title's event)."""

from __future__ import annotations

import re

from ruchina.extract.event_report import EventMention

#: a kicker is a short label ("G20 summit", "Belt and Road forum", "Live")
KICKER_MAX_WORDS = 6
_KICKER = re.compile(r"\s*([^:]{2,80}?)\s*:\s+\S")
#: the talks of people, which a kicker's occasion is the setting of
_TALKS = frozenset({"meeting", "call"})


def after_the_kicker(candidates: list[EventMention]) -> list[EventMention]:
    """The title's reports, the headline's talks first where a kicker holds the first report."""
    if not candidates:
        return candidates
    kicker = _KICKER.match(candidates[0].sentence)
    if kicker is None or len(kicker.group(1).split()) > KICKER_MAX_WORDS:
        return candidates
    colon = kicker.end(1)
    if candidates[0].scope[0] >= colon:
        return candidates
    talks = next((m for m in candidates if m.scope[0] > colon and m.event_type in _TALKS
                  and len(m.participant_ids) >= 2), None)
    return candidates if talks is None else [talks] + [m for m in candidates if m is not talks]
