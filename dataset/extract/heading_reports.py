"""A section heading in the body ("India-China: the foreign ministers meet tomorrow" over the
paragraph that tells who meets where) is a label for the story below it, no report of its own:
its event word names no one and no place, and the paragraph under it reports the event in full.
Left in, it is a row of no one beside the story's. A heading is a whole paragraph of a few words
with no full stop at its end; only a report of no one and no place on such a line goes, and only
where the article reports an event of that type with people elsewhere. A heading that names its
people ("Modi meets Xi in Kazan") stays a report, as a title does.
"""

from __future__ import annotations

from ruchina.extract.event_report import BODY, EventMention

#: the longest heading, in words
HEADING_WORDS = 12
#: how a sentence, not a heading, ends
_SENTENCE_ENDS = (".", "!", "?", "…", '"', "”", "»", ")")


def without_heading_reports(mentions: list[EventMention], body: str) -> list[EventMention]:
    """The reports, less those of no one and no place on a body line that is a section heading."""
    headings = {line.strip() for line in body.split("\n\n") if _is_heading(line.strip())}
    if not headings:
        return mentions
    with_people = {m.event_type for m in mentions if m.participant_ids}
    return [m for m in mentions if not (
        m.part == BODY and not m.participant_ids and m.location_id is None and m.event_type in with_people
        and m.sentence.strip() in headings)]


def _is_heading(line: str) -> bool:
    return bool(line) and "\n" not in line and not line.endswith(_SENTENCE_ENDS) \
        and len(line.split()) <= HEADING_WORDS
