"""The leaders who sign a summit's common document take part in the summit: "A, B, C and D signed
the final declaration" at a summit the article reports tells who was at the summit, though no
sentence of the summit names them. Only a document of several leaders (three or more) tells it:
two leaders signing a bilateral paper on a summit's sidelines sign it at their own talks. A
minister who signs a document there is no leader of the summit: the roles that are an
official's are knowledge (``official_roles`` in knowledge/entities.yaml).
"""

from __future__ import annotations

from dataclasses import replace

from ruchina.extract.counted_groups import counted_heads
from ruchina.extract.event_mentions import ArticleEvent
from ruchina.extract.event_words import EventWords
from ruchina.extract.summit_bodies import known_summit
from ruchina.knowledge.base import is_official

#: the gatherings whose leaders sign one document together
SIGNED_AT = frozenset({"summit"})
#: so many leaders sign a summit's document, not a bilateral one
MIN_SIGNERS = 3
#: so many leaders signing one document of a body make a summit of it where none is told (three may
#: sign a paper of their own at a trilateral meeting)
SUMMIT_SIGNERS = 4


def summits_of_their_signers(events: list, body_mentions: list) -> None:
    """Each summit of the article (occurred, dated) takes as its people the leaders who sign a
    document of several leaders at it: a signing at its place (or none) within its days. The
    signers are the people its own sentences name (``body_mentions``, the article's), not those
    it was given as held at the article's main event. A signing that two summits of its day could
    hold (told with no place, "A, B, C and D approved a joint statement", beside two bodies' summits
    of that day) is the one's that more of its signers hold already, not the other's."""
    summits = [s for s in events if s.types() & SIGNED_AT and not s.earlier and s.date is not None]
    for signing in events:
        if signing.family != "agreement" or signing.earlier:
            continue
        held_at = [summit for summit in summits if _held_at(signing, summit)]
        signers = [p for p in dict.fromkeys(_named_in(signing, body_mentions)
                                            + _given_by_office(signing, body_mentions)) if not is_official(p)]
        if len(signers) < MIN_SIGNERS or not held_at:
            continue
        most = max(len(set(signers) & summit.participants) for summit in held_at)
        for summit in held_at:
            if len(set(signers) & summit.participants) == most and not set(signers) <= summit.participants:
                summit.add_people(p for p in signers if p not in summit.participants)


def _named_in(signing, body_mentions: list) -> list[str]:
    """The signing's people its own sentences name, in their order: only those the signing takes
    part in ("adopted by A, B, C and D, E wrote on Telegram": E tells of it, he signs nothing)."""
    spans = _spans(signing)
    return [m.entity_id for m in body_mentions
            if m.entity_type == "PERSON" and m.entity_id in signing.participants
            and any(start <= m.start < end for start, end in spans)]


def _given_by_office(signing, body_mentions: list) -> list[str]:
    """The signing's people its sentences give by their countries' office and do not name ("the
    heads of state of A, B and C adopted, together with X, a declaration": the three heads sign as
    X does)."""
    spans = _spans(signing)
    named = {m.entity_id for m in body_mentions
             if m.entity_type == "PERSON" and any(start <= m.start < end for start, end in spans)}
    return [p for m in signing.mentions if m.in_body for p in m.participant_ids if p not in named]


def _spans(signing) -> list[tuple[int, int]]:
    return [(m.sentence_start, m.sentence_end) for m in signing.mentions if m.in_body]


def _held_at(signing, summit) -> bool:
    """A signing within the summit's days, at its place, or either told with none ("c'était le premier
    sommet du groupe", with no place, beside the leaders' declaration signed in the capital that day)."""
    if None not in (signing.location_id, summit.location_id) and signing.location_id != summit.location_id:
        return False
    date = signing.date
    return date is None or summit.date.first <= date.first <= date.last <= summit.date.last


def summits_of_a_bodys_signing(article_id, events: list, title_mentions: list, body_mentions: list,
                                words: EventWords | None = None) -> list:
    """ "Six countries sign the founding declaration of the Shanghai Cooperation Organisation" / "A, B, C,
    D, E and F put their signatures to the declaration": where the article's main event is the signing of
    a body's document by its leaders (SUMMIT_SIGNERS or more, none an official) and the article tells
    no summit, the leaders met at the body's summit, which the article is about: a summit, the main event,
    held by the signers at the signing's place on its day, the signing part of it. The body is an
    organisation whose summits the knowledge base names, named in the title or in the signing's sentences. Not a
    bilateral or trilateral signing, a signing to come, one told as earlier, nor one beside a summit
    the article tells (summits_of_their_signers gives that one its signers)."""
    if any(e.types() & SIGNED_AT for e in events):
        return events
    if _meeting_as_summit(events, title_mentions, body_mentions):
        return events
    signing = next((e for e in events if e.main), None)
    if signing is None or signing.family != "agreement" or signing.earlier or any(
            m.status != "occurred" for m in signing.mentions):
        return events
    signers = [p for p in dict.fromkeys(_named_in(signing, body_mentions)) if not is_official(p)]
    if len(signers) >= SUMMIT_SIGNERS:
        if not (_names_a_body(signing, title_mentions, body_mentions) or _heads_counted(signing, words)
                or (_heads_by_office(signing, body_mentions)
                    and not _names_another_body(signing, title_mentions, body_mentions))):
            return events
    else:
        # ("the presidents of Russia, China, Kazakhstan, Kyrgyzstan and Tajikistan signed an agreement",
        # the five named by their countries' offices: their summit, the body they make up named
        # nowhere; not a document of a body that holds no summits, "a United Nations declaration")
        signers = [p for p in signing.participants if not is_official(p)]
        if len(signers) < SUMMIT_SIGNERS or _names_another_body(signing, title_mentions, body_mentions):
            return events
    summit = ArticleEvent(article_id, signing.published, [replace(m, event_type="summit") for m in signing.mentions],
                          set(), main=True, assumed_date=signing.assumed_date,
                          assumed_location=signing.assumed_location)
    summit.add_people(p for p in signers if p not in summit.participants)
    signing.main = False
    return [summit, *events]


def _meeting_as_summit(events: list, title_mentions: list, body_mentions: list) -> bool:
    """ "Jiang, who hosted the one-day meeting, sat down with A, B, C and D. The six signed a declaration
    setting up the Shanghai Cooperation Organisation": the main event, a meeting of SUMMIT_SIGNERS or
    more leaders (none an official) who sign there a document naming a body that holds summits, is that
    body's summit, told with a plain word; it is retyped (a summit, the signing part of it). Not three
    leaders' meeting, whose paper is their own; not a meeting whose document names no such body (four
    leaders' declaration on a ceasefire); not a signing to come or told as earlier. Whether it was done."""
    meeting = next((e for e in events if e.main), None)
    if meeting is None or meeting.types() != {"meeting"} or meeting.earlier:
        return False
    leaders = {p for p in meeting.participants if not is_official(p)}
    if len(leaders) < SUMMIT_SIGNERS or any(m.status != "occurred" for m in meeting.mentions):
        return False
    for signing in events:
        if signing.family != "agreement" or signing.earlier or not _held_at(signing, meeting):
            continue
        signers = {p for p in signing.participants if not is_official(p)}
        if (len(signers & leaders) >= SUMMIT_SIGNERS and all(m.status == "occurred" for m in signing.mentions)
                and _names_a_body(signing, title_mentions, body_mentions)):
            for position, mention in enumerate(meeting.mentions):
                meeting.add(replace(mention, event_type="summit"), position)
            return True
    return False


def _names_a_body(signing, title_mentions: list, body_mentions: list) -> bool:
    spans = [(m.sentence_start, m.sentence_end) for m in signing.mentions if m.in_body]
    told_in_title = any(not m.in_body for m in signing.mentions)
    return any(_holds_summits(m) for m in title_mentions) and told_in_title or any(
        _holds_summits(m) and any(start <= m.start < end for start, end in spans) for m in body_mentions)


def _heads_counted(signing, words: EventWords | None) -> bool:
    """ "五国元首今天签署……协定。A、B、C、D和E出席签字仪式并在协定上签字": the signing's own sentences
    count the heads of SUMMIT_SIGNERS or more countries who sign together, the body they make up
    named nowhere: their summit, as where the page names them by their countries' offices. Not
    "两国元首", two, nor a group word that counts nobody ("与会领导人")."""
    if words is None:
        return False
    for mention in signing.mentions:
        if not mention.in_body:
            continue
        for group in words.group.finditer(mention.sentence):
            if (counted_heads(words.language, group.group()) or 0) >= SUMMIT_SIGNERS:
                return True
    return False


def _heads_by_office(signing, body_mentions: list) -> bool:
    """ "Die Präsidenten Russlands, Chinas, Kasachstans, Kirgistans und Tadschikistans haben ... ein Abkommen
    unterzeichnet. A, B, C, D und E setzten ihre Unterschriften unter das Dokument": one of the signing's
    sentences gives SUMMIT_SIGNERS or more of its leaders by their countries' offices alone, naming none of
    them: their summit, as where no sentence names them (the names told after take nothing from it)."""
    for mention in signing.mentions:
        if not mention.in_body:
            continue
        named = {m.entity_id for m in body_mentions if m.entity_type == "PERSON"
                 and mention.sentence_start <= m.start < mention.sentence_end}
        heads = [p for p in mention.participant_ids if not is_official(p)]
        if len(heads) >= SUMMIT_SIGNERS and not named.intersection(heads):
            return True
    return False


def _names_another_body(signing, title_mentions: list, body_mentions: list) -> bool:
    """Whether the title or the signing's sentences name an organisation that holds no summits the
    knowledge base names (the United Nations, a company): the document may be that body's."""
    spans = [(m.sentence_start, m.sentence_end) for m in signing.mentions if m.in_body]
    return any(m.entity_type == "ORG" and not _holds_summits(m) for m in title_mentions) or any(
        m.entity_type == "ORG" and not _holds_summits(m) and any(start <= m.start < end for start, end in spans)
        for m in body_mentions)


def _holds_summits(mention) -> bool:
    """An organisation whose summits the knowledge base names as events ("SCO Summit", "BRICS
    Summit"): a body of leaders who meet, not a company, an agency or a ministry."""
    return mention.entity_type == "ORG" and mention.linked and known_summit(mention.name) is not None
