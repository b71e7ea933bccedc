"""Who signs a document told signed before others: the people a signing's sentence names outside
its clause of presence ("A and B signed the memorandum, as X and Y looked on", "Im Beisein von X
unterzeichneten A und B ...", "两国领导人共同见证了……的签署"). Those named inside it only witness.

Without this, the witnesses were read as signers beside the ministers who signed. The clause's
words are each language's (knowledge/events_<language>.yaml, `witness_clauses`); who signs a
signing that names no one is decided at the main event (witnessed_signings.py).
"""

from __future__ import annotations

from dataclasses import replace

from ruchina.extract.event_words import listed_words

#: so many people named outside the clause of presence are its signers; one alone may be one side's
#: act of the leaders' own signing ("the minister signed in the presence of the two presidents")
SIGNERS = 2


def signers_outside_witnesses(language: str, mentions: list, body_mentions: list) -> list:
    """Each body report of a signing whose sentence holds a clause of presence: where its sentence
    names two people or more outside that clause, those it names only inside it are none of its people.
    One named alone outside it, or none, leaves the report as it was (who signs a signing naming no
    signer, the main event decides: witnessed_signings.py)."""
    clauses = listed_words(language, "witness_clauses")
    if clauses is None:
        return mentions
    people = [m for m in body_mentions if m.entity_type == "PERSON"]
    found = []
    for mention in mentions:
        if mention.event_type != "agreement" or not mention.in_body:
            found.append(mention)
            continue
        spans = [(mention.sentence_start + c.start(), mention.sentence_start + c.end())
                 for c in clauses.finditer(mention.sentence)]
        if not spans:
            found.append(mention)
            continue
        named = [p for p in people if mention.sentence_start <= p.start and p.end <= mention.sentence_end]
        witnesses = {p.entity_id for p in named if any(start <= p.start and p.end <= end for start, end in spans)}
        outside = {p.entity_id for p in named} - witnesses
        if len(outside) >= SIGNERS:
            # (only the people named inside the clause leave: one a group word there reads back to,
            # "as the two leaders look on", is no name of the sentence to tell apart)
            found.append(replace(mention, participant_ids=tuple(p for p in mention.participant_ids
                                                                if p not in witnesses or p in outside)))
        else:
            found.append(mention)
    return found
