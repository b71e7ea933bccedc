"""duplicate-passage in a transcript: its speakers say the same sentence twice ("Thank you,
Mr President."), and that is speech, not text copied twice (similarity/transcript_shape.py).
A news story that repeats a sentence, even one with a few "He said:" lead-ins, is still
flagged, and so is a paragraph printed twice inside a transcript. Fixtures written for these
tests."""

from __future__ import annotations

from ruchina.similarity.text_features import text_features
from ruchina.similarity.transcript_shape import is_transcript

THANKS = "Thank you for the detailed report on the harbour works."

TRANSCRIPT = (
    "The President met the Governor of the Far Eastern region to hear about the new harbour.\n\n"
    "President of Russia Vladimir Putin: Good afternoon. How are the works going? "
    f"Governor Anna Sokolova: {THANKS} The first berth opens in the spring. "
    "Vladimir Putin: And the rail link to it? "
    f"Anna Sokolova: It is being laid now. {THANKS}"
)

NEWS = (
    "The Governor of the Far Eastern region reported to the President on the new harbour.\n\n"
    f"The first berth opens in the spring, the Governor said. {THANKS} "
    "The statement reads: the rail link is being laid now. He added: more berths will follow.\n\n"
    f"Officials repeated the line later in the day. {THANKS}"
)


def _repeats(body: str) -> list[str]:
    return [finding.message for finding in text_features("a", body).repeats]


def test_a_sentence_a_speaker_says_twice_in_a_transcript_is_no_repeat():
    assert is_transcript([TRANSCRIPT])
    assert _repeats(TRANSCRIPT) == []


def test_a_news_story_repeating_a_sentence_is_flagged_despite_its_said_lead_ins():
    assert not is_transcript(NEWS.split("\n\n"))
    (message,) = _repeats(NEWS)
    assert message.startswith("a sentence appears 2 times")


def test_a_paragraph_printed_twice_in_a_transcript_is_still_flagged():
    turn = "Anna Sokolova: The second berth will take two more years and a new dredging contract."
    (message,) = _repeats(TRANSCRIPT + "\n\n" + turn + "\n\nVladimir Putin: Good.\n\n" + turn)
    assert message.startswith("a paragraph appears 2 times")


def test_two_datelined_sections_make_no_transcript():
    assert not is_transcript(["Moscow: the talks began at noon.", "Beijing: officials welcomed them.",
                              "Moscow: a statement followed in the evening."])
