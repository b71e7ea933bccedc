"""One report of an event (EventMention): what sentence_reports.py finds in one sentence of an
article, before event_mentions.py merges the reports of one event; and the kinds of report
that may describe one real event.
"""

from __future__ import annotations

from dataclasses import dataclass

from ruchina.extract.compact import compact
from ruchina.extract.dates import ResolvedDate

# Which kinds of report may describe the same real event.
FAMILY = {
    "meeting": "gathering", "call": "call", "summit": "gathering", "forum": "forum", "state_visit": "visit",
    "visit": "visit", "parade": "parade", "agreement": "agreement", "founding": "founding", "other": "other",
}
# When a cluster's mentions are tied between types, the more specific type names it.
TYPE_PRIORITY = {t: i for i, t in enumerate(("summit", "forum", "state_visit", "parade", "call", "meeting", "visit",
                                              "agreement", "founding", "other"))}
#: event types that last a day, whatever their family
ONE_DAY_TYPES = frozenset({"call", "meeting"})
#: gatherings of many (a body's or several states'), not two leaders' talks
EVENTS_OF_MANY = frozenset({"summit", "forum"})
#: Where in its article a report is: the title, the lead (the body's first sentence), the rest.
TITLE, LEAD, BODY = "title", "lead", "body"


@compact
@dataclass(slots=True, unsafe_hash=True)
class EventMention:
    """One report of an event, in one sentence of one article (or in its title: then
    ``sentence_start`` and ``sentence_end`` are -1, the title being no part of the body)."""

    article_id: str
    event_type: str
    participant_ids: tuple[str, ...]
    location_id: str | None
    date: ResolvedDate | None
    status: str
    earlier: bool
    sentence: str
    sentence_start: int
    sentence_end: int
    event_names: tuple[str, ...] = ()
    #: The part of the sentence that speaks of this event (offsets in the sentence).
    scope: tuple[int, int] = (0, 0)
    #: When the date was taken from another sentence of the article (see
    #: merge_within_article): that sentence and where it starts in the body.
    date_sentence: str | None = None
    date_sentence_start: int | None = None
    #: TITLE, LEAD or BODY
    part: str = BODY
    #: it only adds people to the report before it ("Also taking part were ...")
    continues: bool = False
    #: "during his visit", "the talks": it refers back to an event reported before, naming
    #: no place or date of its own
    refers_back: bool = False
    #: found by a word that reports an event only in a title ("Interview with ...")
    title_only: bool = False
    #: found by a title's word of an event held before the text tells it ("Interview with
    #: ..."): its day is not the publication date
    told_after: bool = False
    #: "the plenary session of the forum": one session of the event on one of its days
    session: bool = False
    #: "at a Security Council meeting": another body's meeting, introduced as a new one
    named_other: bool = False
    #: "a meeting of foreign ministers", told beside the leaders' talks: officials' meeting,
    #: another one (event_officials.py)
    officials: bool = False
    #: the countries a compound adjective before its word names as its sides ("американо-
    #: украинская встреча": the United States, Ukraine); () when it names none
    sides: tuple[str, ...] = ()
    #: a summit told as the setting of talks ("on the sidelines of the BRICS summit"): another
    #: event than the talks held at it (summit_settings.py)
    setting: bool = False
    #: of a visit told as an itinerary, the places of the visitor's later days its sentence tells
    #: ("..., held talks in Beijing on Tuesday": Beijing; event_itineraries.py); () for others
    itinerary: tuple[str, ...] = ()
    #: its date is the day the event opened ("the summit opened on Saturday"): none of the
    #: event was held before it (event_opening_days.py)
    opens: bool = False
    #: of a signing, the kind of document its word names ("treaty", "statement"; document_kinds.py);
    #: "" for none
    document: str = ""
    #: of a ceremony (an `other` event), the kind its word names ("welcome", "banquet", "wreath";
    #: ceremony_kinds.py); "" for none
    ceremony: str = ""
    #: of a signing of a kind of document, told as one more signing ("also signed a joint
    #: statement"): not the document of its kind told before it (document_kinds.py)
    added: bool = False
    #: told by a transcript's speaker as his own act done just before the one under way ("I have
    #: just met with our athletes", "Я только что разговаривал с ..."): another event of the day
    #: than the page's (speakers_just_done.py)
    just_done: bool = False
    #: a summit's sitting with its outside guests ("the outreach session of the G8 summit"): a meeting
    #: of its own beside the summit, not the summit told again (outreach_sessions.py)
    outreach: bool = False

    @property
    def date_is_inherited(self) -> bool:
        return self.date_sentence is not None

    @property
    def sentence_key(self) -> tuple:
        """Which sentence of its article told it: equal for two mentions of one sentence."""
        return self.part, self.sentence_start, self.sentence

    @property
    def clause(self) -> tuple[int, int]:
        """Its scope in the sentence, or the whole sentence where none was found."""
        return self.scope if self.scope[1] > self.scope[0] else (0, len(self.sentence))

    in_body = property(lambda self: self.part != TITLE)
