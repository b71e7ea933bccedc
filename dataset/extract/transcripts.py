"""The speakers of a transcript an article prints, who take part in its main event.

A page that reports a meeting often prints what was said at it, each turn under its
speaker's label ("Minister of Sport Oleg Matytsin: Mr President, ..."). Whoever speaks
there is at the meeting, though no sentence says they attend. A label starts a paragraph
or a sentence (or follows an omission mark or a section break), holds nothing before the
name but a title, and ends with a colon; the words a title may hold are the language's
(``speaker_title_words`` in knowledge/events_<language>.yaml). One label alone is no
transcript ("Putin: we will ..." as a quote's lead-in): it takes two.
"""

from __future__ import annotations

from dataclasses import replace

from ruchina.extract.event_mentions import BODY, ArticleEvent
from ruchina.extract.event_words import EventWords
from ruchina.extract.linking import Mention

#: how far before a name its label may start ("President of the Republic of Tajikistan ")
_TITLE_REACH = 120
#: the fewest labels that make a transcript
MIN_LABELS = 2


def speaker_labels(words: EventWords, body: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions of people that are a transcript's speaker labels, in reading order."""
    labels = []
    for mention in mentions:
        if mention.entity_type != "PERSON" or not words.speaker_colon.match(body, mention.end):
            continue
        if words.speaker_title.search(body, max(0, mention.start - _TITLE_REACH), mention.start):
            labels.append(mention)
    return labels if len(labels) >= MIN_LABELS else []


def join_speakers(events: list[ArticleEvent], words: EventWords, body: str, mentions: list[Mention]) -> None:
    """Add a transcript's speakers to the article's main event, when it occurred (an
    announcement prints no transcript of what is to come; an earlier event is not the day's)."""
    main = next((e for e in events if e.main), None)
    if main is None or main.earlier or all(m.status != "occurred" for m in main.mentions):
        return
    labels = speaker_labels(words, body, mentions)
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
