"""Where each entry of a live page printed newest first begins. Such a page stamps each entry with its
time on a line of its own ("19:40 IST", "14:05 IST", "12:10 IST"), the latest on top: what happened
before an entry is told below it. So "the two leaders" of an entry do not refer back to the people
the entry above it named (a later scene: "Murmu is hosting a state banquet ... Modi is at the head
table" over "The two leaders have adopted a joint statement after their talks"): event_sentences.py
starts each entry afresh, with the pair the page's title names.

A page is read so only where two stamps or more stand alone on their lines and each is earlier than
the one above it; stamps in the order of the day (oldest first) or one stamp leave the page's
sentences as they are, each referring back to those above it.
"""

from __future__ import annotations

from ruchina.text.page_layout import BARE_STAMP

MIN_STAMPS = 2


def newest_first_entries(paragraphs: list[str]) -> set[int]:
    """The indexes of the paragraphs that open an entry (its stamp) on a page printed newest first;
    empty for any other page."""
    stamps = []
    for index, paragraph in enumerate(paragraphs):
        found = BARE_STAMP.fullmatch(paragraph.strip())
        if found:
            stamps.append((index, int(found.group(1)) * 60 + int(found.group(2))))
    if len(stamps) < MIN_STAMPS or any(later <= earlier for (_, later), (_, earlier) in zip(stamps, stamps[1:])):
        return set()
    return {index for index, _ in stamps}
