"""One who tells an act of his own is no mere source of it: "Lula told reporters on Monday that
he had met the emir late the night before" names Lula as the one who met the emir, the pronoun
opening what he tells standing for him. A speaker is taken so only when that pronoun comes
before the event word and no one else is named between them ("Peskov said he expected Putin to
meet Xi": Putin meets Xi, Peskov only speaks)."""

from __future__ import annotations

from ruchina.extract.event_words import EventWords

#: the most words between the pronoun and the event word of an act of the speaker's own
OWN_ACT_WORDS = 3


def tells_own_act(words: EventWords, sentence: str, speaker_end: int, trigger_start: int,
                  named_starts: list[int]) -> bool:
    """Whether the speaker whose name ends at ``speaker_end`` tells, with a pronoun for himself,
    the act whose event word starts at ``trigger_start``."""
    told = words.own_report.match(sentence[speaker_end:trigger_start])
    if told is None:
        return False
    pronoun_end = speaker_end + told.end()
    # (the event word is the pronoun's own verb or its object, a few words on: "he met", "he had held
    # talks"; not the topic of another act, "he would not comment on the talks between A and B")
    # (nor one named between them, unless as his partner where it comes first: "他同X共同主持了会晤")
    return len(sentence[pronoun_end:trigger_start].split()) <= OWN_ACT_WORDS and not any(
        pronoun_end <= start < trigger_start and not words.own_report_partner.search(sentence, pronoun_end, start)
        for start in named_starts)


def without_telling_dates(words: EventWords, sentence: str, dates: list, mentions: list) -> list:
    """The dates that are not the telling's: "told reporters today that he met the emir last
    night" dates the meeting by "last night"; "today" is when he told of it. Where what he tells
    gives no date of its own ("said on Thursday he would cut tariffs after talks with X"), the
    telling's day is all the sentence says of when, and stays."""
    frames = [(m.end, m.end + told.end()) for m in mentions if m.entity_type == "PERSON"
              and (told := words.own_report.match(sentence[m.end:])) is not None]
    frames = [(start, end) for start, end in frames if any(d.char_start >= end for d in dates)]
    return [d for d in dates if not any(start <= d.char_start and d.char_end <= end for start, end in frames)]
