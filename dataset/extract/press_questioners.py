"""The reporters of a news conference: they put its questions, they do not take part in its
event.

A page whose title names a news conference or answers to the media's questions prints a
transcript with two kinds of speakers: those the conference is about (the leaders who answer,
the spokesman who gives the floor), whom the article or the knowledge base names, and the
reporters who ask, each a name nobody curated, one after another. Every speaker of a
transcript is taken to attend its main event (transcripts.py); on such a page the reporters
are not its participants. A speaker the knowledge base does not know is a reporter there when
the transcript has at least two of them: a conference of many askers. One such speaker is an
interviewer, a party to the interview when the page's main event is the interview its title
names, and no party to another event the answers tell of ("we just watched your meeting on
rare metals": the meeting). The words that make a title name such an event are the
language's (``press_events`` in knowledge/events_<language>.yaml, EventWords.press_events);
where a language lists none, every speaker stays.
"""

from __future__ import annotations

from dataclasses import replace

from ruchina.extract.event_mentions import ArticleEvent
from ruchina.extract.event_report import TITLE
from ruchina.extract.event_words import event_words
from ruchina.extract.linking import Mention

#: the fewest unknown speakers that make the askers of a conference, not one interviewer
MIN_REPORTERS = 2


def press_questioners(language: str, title: str | None, labels: list[Mention],
                      events: list[ArticleEvent]) -> frozenset[str]:
    """The entity ids of the reporters among a transcript's speakers (``labels``, from
    transcripts.speaker_labels) on a page whose title names a news conference or answers to
    questions; none on another page. ``events``: the article's, its main event marked."""
    if not title or not event_words(language).press_events.search(title):
        return frozenset()
    unknown = frozenset(label.entity_id for label in labels if not label.linked)
    main = next((event for event in events if event.main), None)
    interview = main is not None and any(m.part == TITLE for m in main.mentions)
    return unknown if len(unknown) >= MIN_REPORTERS or not interview else frozenset()


def leave_out_reporters(events: list[ArticleEvent], reporters: frozenset[str]) -> None:
    """Take the reporters (``press_questioners``) out of the main event's reports: a lead that
    runs the page's first question into its report ("P. Ivanov: we just watched your meeting")
    names its asker beside the meeting."""
    main = next((event for event in events if event.main), None)
    if main is None or not reporters:
        return
    for index, mention in enumerate(main.mentions):
        if reporters & set(mention.participant_ids):
            kept = tuple(p for p in mention.participant_ids if p not in reporters)
            main.add(replace(mention, participant_ids=kept), index)


def press_answerers(language: str, title: str | None, labels: list[Mention], body: str) -> frozenset[str]:
    """The speakers who only answer the press about the event ("From the briefing by Aide X:",
    "Question: Was the call planned? X: Yes, ..."): every turn of theirs comes right after a
    question no speaker's label opens, so they speak of the event to reporters after it, not at
    it. None on a page whose title names a news conference or answers to questions (there the
    one who answers is its speaker)."""
    if title and event_words(language).press_events.search(title):
        return frozenset()
    opened = {label.start for label in labels}
    answering: dict[str, bool] = {}
    for label in labels:
        before = body[:label.start].rstrip()
        turn_start = before.rfind("\n") + 1
        asked = before.endswith(("?", "？")) and not any(turn_start <= start < label.start for start in opened)
        answering[label.entity_id] = answering.get(label.entity_id, True) and asked
    return frozenset(pid for pid, yes in answering.items() if yes)
