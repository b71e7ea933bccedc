"""The documents signed at an article's main event ("Following the talks, the two leaders
signed a declaration", "The participants adopted a package of documents following the
meeting", "Today we will sign a joint statement"): one signing of the main event's people,
at its place, on its day. Called by event_mentions.py on the events of one article
(ArticleEvent), once its main event is dated.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from ruchina.extract.document_kinds import signings_apart
from ruchina.extract.documents_after_summits import held_at_a_three_way
from ruchina.extract.event_report import EVENTS_OF_MANY, FAMILY, TITLE
from ruchina.extract.witnessed_signings import told_before_others, witnessed_signers, witnesses_as_signers
from ruchina.knowledge.base import is_official


def signed_at_main(events: list, main, words=None) -> None:
    """Every signing tied to the main event becomes one, held by the main event's people at its
    place on its day; the ones merged into it leave ``events``. A signing is tied when one of its
    sentences reports the main event too ("Following talks, the heads of state signed"), refers
    back to it ("the documents signed included"), dates it to the main event's day ("today
    we will sign"), announces it, with no day, in a report published while the main event
    is under way ("the talks have begun; the signing of documents is planned"), or tells it as
    done with no date of its own beside talks held on one day, in words of documents both sides
    sign ("We signed a package of bilateral documents"). Whoever it names signs too (the chair
    who calls for the signing). It may name the main event's place, no other: documents signed
    elsewhere or on another day ("the treaty signed in 2019") are another signing, and so is
    one told with no tie (an aside). Then the signings told with other talks of the article
    (signed_at_their_talks)."""
    _signed_at(events, main, words)
    signed_at_their_talks(events, main)
    signed_on_the_visit_announced(events, main)


def _signed_at(events: list, main, words=None) -> None:
    if main.family not in ("gathering", "visit") or main.earlier or main.date is None:
        return
    main_sentences = {(m.part, m.sentence_start) for m in main.mentions}
    told = Counter((m.part, m.sentence_start) for event in events for m in event.mentions)
    # (a signing told done after the main event's word or before its people: at it, by whom it names)
    after = {id(event) for event in events
             if event.family == "agreement" and _signed_after_the_main(event, main, words)}
    # (one that refers back to other talks told in the sentence right before is theirs: signed_at_their_talks)
    signings = [event for event in events if event.family == "agreement" and not held_at_a_three_way(event, main, events)
                and not any(_refers_back_to_the_sentence_before(event, talks) for talks in events
                            if talks is not main and talks.family == "gathering" and _one_day_talks(talks))
                and (_tied(event, main, main_sentences) or _told_of_the_day(event, main, words, told) or id(event) in after)]
    # (one signing per kind of document at talks or a visit: the treaty and the joint statement of
    # the talks are two, "the documents signed" either: document_kinds.py. Not at a summit or a
    # forum, whose speeches tell the body's founding treaty beside the day's statement: one signing)
    apart = signings_apart if main.mentions[0].event_type not in EVENTS_OF_MANY else (lambda a, b: False)
    # ("In their presence, the ministers signed an agreement": the ministers' signing, apart from
    # the leaders' own, and theirs alone: witnessed_signings.py)
    signers = {id(s): witnessed_signers(words, s, main) or (_named_apart(s, main) if id(s) in after else frozenset())
               for s in signings}
    firsts, others = [], []
    for signing in signings:
        first = next((f for f in firsts if not (apart(f, signing) or signers[id(f)] or signers[id(signing)])), None)
        if first is None:
            firsts.append(signing)
            continue
        for mention in signing.mentions:
            first.add(mention)
        others.append(signing)
    for first in firsts:
        # ("в присутствии глав правительств был подписан ...": no signer named, the leaders' own)
        _held_at_main(first, main, words, signers[id(first)] or witnesses_as_signers(words, first, main))
    events[:] = [event for event in events if not any(event is other for other in others)]


def _held_at_main(first, main, words=None, signers: frozenset[str] = frozenset()) -> None:
    own = first.date
    first.held_with(main, tuple(sorted(signers or (main.participants | first.participants))))
    if own is not None and own.precision == "day" and own.first == own.last and first.date is not None \
            and first.date.first <= own.first <= first.date.last and first.date.first < first.date.last:
        # (a signing told on one day of a summit of several, "adopted this afternoon": that day)
        top = first.mentions[0]
        first.add(replace(top, date=replace(top.date, first=own.first, last=own.first)), 0)
    elif words is not None and first.date is not None and _at_its_close(words, first, main):
        top = first.mentions[0]  # ("adopted a declaration at the close of the two-day meeting")
        first.add(replace(top, date=replace(top.date, first=top.date.last)), 0)


def _at_its_close(words, signing, main) -> bool:
    """Whether a sentence of the signing tells it done at the close of the main event: the words
    of a last day ("at the close of") right before a word of the main event's family."""
    for mention in signing.mentions:
        for closing in words.last_day_after.finditer(mention.sentence):
            word = words.trigger.search(mention.sentence, closing.end(), closing.end() + 40)
            if word is not None and FAMILY[word.lastgroup] == main.family:
                return True
    return False


def _tied(event, main, main_sentences: set) -> bool:
    if event.earlier or any(m.earlier for m in event.mentions):
        return False
    if event.location_id not in (None, main.location_id):
        return False
    date = event.date
    if date is not None and not (main.date.first <= date.first <= date.last <= main.date.last):
        return False
    return date is not None or _announced_on_the_day(event, main) or any(
        (m.part, m.sentence_start) in main_sentences or m.refers_back for m in event.mentions)


def _signed_after_the_main(event, main, words) -> bool:
    """ "After the talks, ministers A and B signed a memorandum", "По итогам переговоров был подписан
    пакет документов", "会谈后，……签署": a signing told as done, with no day or place of its own, in a
    sentence that tells it held after a word of the main event's kind (the language's ``after_event``
    words) or done before others (``witnessed_by``: "as the leaders looked on"), the main event held on
    one day: done at it, on its day, by the two or more it names where none is of the main event's
    people (the ministers), else by the main event's people. Not one the text dates or places, one
    to come or told as earlier, nor one after a word of another kind ("after the parade")."""
    if (words is None or event.date is not None or event.location_id not in (None, main.location_id)
            or event.earlier or main.date.precision != "day" or main.date.first != main.date.last
            or not all(m.status == "occurred" and not m.earlier and m.part != TITLE for m in event.mentions)):
        return False
    if told_before_others(words, event):  # (done before the main event's people, "as the two leaders looked on")
        return True
    kinds = main.types()
    for mention in event.mentions:
        sentence = mention.sentence
        for found in words.trigger.finditer(sentence):
            if found.lastgroup in kinds and (words.after_event_before.search(sentence, 0, found.start())
                                             or words.after_event_after.match(sentence, found.end())):
                return True
    return False


def _named_apart(signing, main) -> frozenset[str]:
    """The signers a signing told after the main event names, two or more and none of its people
    ("After the talks, ministers A and B signed"); else none."""
    own = frozenset(signing.participants)
    return frozenset() if len(own) < 2 or own & main.participants else own


def _announced_on_the_day(event, main) -> bool:
    """A signing to come, with no day of its own, told in a report published while the main
    event is under way ("the talks have begun; the signing of documents is planned"): the main
    event's. (An announcement published before the main event names no day it is sure of.)"""
    published = main.published
    return (published is not None and all(m.status == "planned" for m in event.mentions)
            and main.date.first <= published <= main.date.last)


def _told_of_the_day(event, main, words, told: Counter) -> bool:
    """ "We signed a package of bilateral documents", "In addition, a joint declaration was
    adopted": a readout of talks held on one day tells as done, with no date of its own, what
    their sides signed, in words of documents both sides sign (the language's
    ``signed_by_sides``), each report in a sentence that tells of nothing else. Not a signing the text
    dates ("in 2019"), one still to come, one naming someone the talks do not have, one told
    beside another event ("an agreement was signed during your visit to Beijing"), nor what
    one side signs with a third ("we have signed an agreement with the regional government")."""
    if event.location_id is not None or words is None or event.earlier or any(m.earlier for m in event.mentions):
        return False
    return (main.date.precision == "day" and main.date.first == main.date.last
            and any(m.status == "occurred" for m in main.mentions)
            and all(m.status == "occurred" and m.date is None for m in event.mentions)
            and event.participants <= main.participants
            and all(told[(m.part, m.sentence_start)] == 1 for m in event.mentions)
            and any(words.signed_by_sides.search(m.sentence) for m in event.mentions))


def signed_at_their_talks(events: list, main) -> None:
    """ "He held talks with Putin in the Kremlin on Thursday, where the two signed a joint
    statement": a signing told as done with no day, place or people of its own (or only people of
    the talks), in the sentence of one day's talks of two people or more that are not the main
    event, is held at those talks: their people, place and day. Not one the text dates or places
    ("the treaty signed in 2019"), one to come, nor one told beside two talks (whose is it?). So is
    one that only refers back to them in the next sentence ("The three ministers met in X on Thursday.
    Their joint communique asks for ...")."""
    for signing in events:
        if (signing.family != "agreement" or signing is main or signing.earlier or signing.date is not None
                or signing.location_id is not None or not all(m.status == "occurred" for m in signing.mentions)):
            continue
        sentences = {(m.part, m.sentence_start) for m in signing.mentions}
        talks = [event for event in events if event is not main and event.family == "gathering"
                 and _one_day_talks(event) and signing.participants <= event.participants
                 and (sentences <= {(m.part, m.sentence_start) for m in event.mentions}
                      or _refers_back_to_the_sentence_before(signing, event))]
        if len(talks) == 1:
            signing.held_with(talks[0], tuple(sorted(talks[0].participants)))


#: the most characters between one sentence's end and the next one's start (the spaces between)
SENTENCE_GAP = 3


def _refers_back_to_the_sentence_before(signing, talks) -> bool:
    """Whether every report of a signing that names no one refers back ("their joint communique") in
    the sentence right after one that reports the talks."""
    return not signing.participants and all(
        m.refers_back and m.part != TITLE and any(
            t.part != TITLE and 0 <= m.sentence_start - t.sentence_end <= SENTENCE_GAP for t in talks.mentions)
        for m in signing.mentions)


def signed_on_the_visit_announced(events: list, main) -> None:
    """ "Xi will pay a state visit to Russia on 7-10 May. The signing of a number of documents is
    planned": in an announcement of a visit or of talks (every report of its main event to come),
    a signing to come that names no one, no place and no day is signed by the main event's people.
    Which day of the visit, the announcement does not say: the signing keeps no day. Not a signing
    the text dates or places, one told as done or as earlier, nor one beside a main event held."""
    if main.family not in ("gathering", "visit") or main.earlier or len(main.participants) < 2 or any(
            m.status != "planned" for m in main.mentions):
        return
    for signing in events:
        if (signing.family == "agreement" and signing is not main and not signing.participants
                and signing.location_id is None and signing.date is None and not signing.earlier
                and all(m.status == "planned" and not m.earlier for m in signing.mentions)):
            signing.add(replace(signing.mentions[0], participant_ids=tuple(sorted(main.participants))), 0)


#: so many leaders adopt a summit's common document; two sign a paper of their own talks
SUMMIT_SIGNERS = 3
#: so many leaders adopting one document are a summit's roll, though the summit's sentence named fewer (three
#: may sign a paper at a trilateral meeting beside it; as summit_signers.SUMMIT_SIGNERS, which makes a summit
#: of a body's document where none is told)
ROLL_SIGNERS = 4


def adopted_at_their_summit(events: list) -> None:
    """ "The leaders adopted the Delhi Declaration", in a briefing whose title tells no event (no
    main event lends it its day), or beside a main event it is not tied to: a document told as
    done with no day or place of its own, of three leaders or more (a group referring back to a
    summit's people), all of them people of the one summit the article tells as held on a day, is
    adopted at that summit, by its people, on its days. Without it the report, undated, reads as
    background and is lost. Not a document the text dates or places, one to come or told as
    earlier, one of two (talks of their own), nor one whose signers two summits of the article
    hold (at which?).

    A summit is often told by its body and city alone ("the BRICS leaders held their summit in X on
    Wednesday"), its leaders named only as the signers of its declaration ("A, B, C, D and E adopted the
    declaration", "the declaration was adopted by ..."): four leaders or more adopting one document, among
    them all the people the one summit's sentences name (or none), adopted it at that summit, which the
    signers attended."""
    for signing in events:
        if (signing.family != "agreement" or signing.main or signing.earlier or signing.date is not None
                or signing.location_id is not None or len(signing.participants) < SUMMIT_SIGNERS
                or not all(m.status == "occurred" and not m.earlier for m in signing.mentions)):
            continue
        summits = [event for event in events if "summit" in event.types() and not event.earlier
                   and event.date is not None and event.date.precision == "day"
                   and any(m.status == "occurred" for m in event.mentions)]
        held = [event for event in summits if signing.participants <= event.participants]
        # (ministers signing an agreement at the summit are none of its leaders)
        leaders = {person for person in signing.participants if not is_official(person)}
        if len(held) == 1:
            signing.held_with(held[0], tuple(sorted(held[0].participants)))
        elif (not held and len(summits) == 1 and len(leaders) >= ROLL_SIGNERS
              and summits[0].participants < leaders):
            summit = summits[0]
            summit.add_people(sorted(leaders - summit.participants))
            signing.held_with(summit, tuple(sorted(summit.participants)))


def summits_dated_by_their_signing(events: list) -> None:
    """ "The leaders on Thursday adopted the declaration at the end of a one-day summit in the capital": a
    summit told as held with no day of its own, in the very sentence of a document adopted on one day,
    is held that day (the sentence's day went to the document's verb). Without it the summit, undated,
    reads as background and is lost. Only where the sentence dates one document and tells no other
    summit, and not a summit or document to come or told as earlier."""
    for summit in events:
        if ("summit" not in summit.types() or summit.earlier or summit.date is not None
                or not all(m.status == "occurred" for m in summit.mentions)):
            continue
        sentences = {(m.part, m.sentence_start) for m in summit.mentions}
        dated = {(m.part, m.sentence_start): m.date for event in events
                 if event is not summit and event.family == "agreement" and not event.earlier for m in event.mentions
                 if (m.part, m.sentence_start) in sentences and m.date is not None and m.date.precision == "day"
                 and m.date.first == m.date.last and m.status == "occurred" and not m.earlier}
        others = [event for event in events if event is not summit and "summit" in event.types()
                  and any((m.part, m.sentence_start) in sentences for m in event.mentions)]
        if len(set(dated.values())) != 1 or others:
            continue
        position, told = next((i, m) for i, m in enumerate(summit.mentions) if (m.part, m.sentence_start) in dated)
        summit.add(replace(told, date=dated[(told.part, told.sentence_start)]), position)


def signed_at_the_summit_of_its_sentence(events: list) -> None:
    """ "On the day before, the heads of the six states signed a treaty at their summit in Bishkek":
    a document told as done in the very sentence of a summit held on a day at a place, with no day or
    place of its own (the sentence's day and place went to the summit's word) and no signer but the
    summit's people (its unnamed heads read back to them), is signed at that summit, by its people,
    on its day. Without it
    the report, undated, reads as background and is lost. Only where that sentence tells one summit,
    and not a document to come, told as earlier, or one the article's main event holds."""
    for signing in events:
        if (signing.family != "agreement" or signing.earlier or signing.location_id is not None
                or not (_undated(signing) or _headline_of_the_day(signing))
                or not all(m.status == "occurred" and not m.earlier for m in signing.mentions)):
            continue
        sentences = {(m.part, m.sentence_start) for m in signing.mentions}
        # (the headline's document: of the summit its sentence tells on the page's day, placed or not yet)
        headline = _headline_of_the_day(signing)
        summits = [event for event in events if "summit" in event.types() and not event.earlier
                   and (event.location_id is not None or headline) and event.date is not None
                   and event.date.precision == "day"
                   and (not headline or event.date.first <= signing.date.first <= event.date.last)
                   and any(m.status == "occurred" and (m.part, m.sentence_start) in sentences
                           for m in event.mentions)]
        if len(summits) == 1 and summits[0].participants and signing.participants <= summits[0].participants:
            signing.held_with(summits[0], tuple(sorted(summits[0].participants)))


def _undated(signing) -> bool:
    return not signing.main and signing.date is None


def _headline_of_the_day(signing) -> bool:
    """ "LEADERS ADOPT DECLARATION IN X" over a story of the summit it was adopted at: the main report, its
    day only the page's (no day or signer of its own), is the summit's document as an undated one is."""
    return (signing.main and not signing.participants and signing.date is not None
            and signing.date.kind == "published")


def _one_day_talks(event) -> bool:
    date = event.date
    return (not event.earlier and len(event.participants) >= 2 and date is not None and date.precision == "day"
            and date.first == date.last and any(m.status == "occurred" for m in event.mentions))


def placed_by_the_days_talks(events: list) -> None:
    """ "The memorandum signed on Tuesday still has no price", in an article telling talks held in
    Beijing on Tuesday: a signing told as done on one day, with no place of its own, is at the place
    of the one day's talks the article tells on that day (only its place: who signed, the text does
    not say). Not where two talks were held that day (at which?), nor where none was, nor for a
    signing that names someone the talks do not ("A, B, C and D adopted a statement" on the day
    two of them are told to hold talks in another city: the four's document, signed where they met)."""
    for signing in events:
        date = signing.date
        if (signing.family != "agreement" or signing.earlier or signing.location_id is not None or date is None
                or date.precision != "day" or date.first != date.last
                or not all(m.status == "occurred" for m in signing.mentions)):
            continue
        talks = [event for event in events if event.family == "gathering" and _one_day_talks(event)
                 and event.location_id is not None and event.date.first == date.first
                 and signing.participants <= event.participants]
        if len(talks) == 1:
            signing.add(replace(signing.mentions[0], location_id=talks[0].location_id), 0)
