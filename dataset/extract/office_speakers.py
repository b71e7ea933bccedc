"""One referred to by office who talks about an event ("Российский лидер напомнил, что Си станет
гостем торжеств": the Russian leader recalled that Xi would be their guest) is not at it, as one
named who "said" it is not (event_roles.participants): an office's reference has a start and no
end of its own, so the speaking verb is looked for after the office's first few words. The verbs
are each language's ``speaks`` (knowledge/events_<language>.yaml).
"""

from __future__ import annotations

import re

from ruchina.extract.event_words import EventWords

#: the words of an office that refers to a person ("the Russian leader", "Российский лидер")
_OFFICE_WORDS = re.compile(r"[\w-]+(?:\s+[\w-]+){0,2}")


def office_speaks(words: EventWords, sentence: str, start: int) -> bool:
    """Whether a person referred to by office at ``start`` (no name's end is known) is the one who
    talks about the event: "Российский лидер напомнил, что Си станет гостем торжеств" (the
    Russian leader recalled that Xi would be the guest): a speaking verb right after one to three
    words of the office."""
    office = _OFFICE_WORDS.match(sentence, start)
    if office is None:
        return False
    ends = [start + m.end() for m in re.finditer(r"[\w-]+", office.group())]
    return any(words.speaks.match(sentence[end:]) for end in ends)
