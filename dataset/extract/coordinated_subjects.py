"""The subject two clauses of one sentence share ("X held talks with Y on Thursday, then met Z";
"X провёл переговоры с Y, затем встретился с Z"): a clause a link word opens (the grammar's
``clause_links``) whose event word follows right after the link has no subject of its own, so
the people named before the sentence's first event word, its subject, take part in its event
too. So does one whose subject is only a pronoun for it, after a few words of its day (", and
a day earlier he met Z", ", and on Tuesday he met Z"). Not a relative clause's (", who met Z":
event_clauses.antecedent). Where the language drops the subject pronoun (``subject_dropped``), a
clause after a link word with only its day before the event word (", y ese mismo día se reunió con
Z") has the person the sentence opens with, by name or by office ("El jefe de la diplomacia rusa había
llegado ..."); not one that names its own subject (", y ese mismo día X se reunió con Z"). Read by
sentence_reports.py for each event word after the first.
"""

from __future__ import annotations

from ruchina.extract.event_words import EventWords

#: the most words before the person a sentence opens with ("El jefe de ...": its article)
OPENING_WORDS = 2


def shared_subject(words: EventWords, sentence: str, clause_start: int, t_start: int, first_start: int,
                   mentions) -> tuple[str, ...]:
    """The people of the sentence's subject when the event word at ``t_start`` opens its clause
    (``clause_start``, after a link word) with no subject of its own; else none."""
    if not 0 < first_start < clause_start <= t_start or not (
            words.link_gap.fullmatch(sentence, clause_start, t_start)
            or _pronoun_subject(words, sentence, clause_start, t_start, mentions)):
        return ()
    if words.relative_word.search(sentence, max(0, clause_start - 12), clause_start):
        return ()  # (", who then met Z": the one before the comma, event_clauses.antecedent)
    return tuple(dict.fromkeys(m.entity_id for m in mentions if m.entity_type == "PERSON" and m.end <= first_start))


#: the most words of a clause's day before its pronoun subject (", and a day earlier he met Z")
DAY_WORDS = 4


def _pronoun_subject(words: EventWords, sentence: str, clause_start: int, t_start: int, mentions) -> bool:
    """Whether the clause opens, after its link words, with a few words (its day) and a pronoun
    for its subject right before the event word (one word at most between: "he held talks"),
    naming no one."""
    if any(clause_start <= m.start < t_start for m in mentions if m.entity_type == "PERSON"):
        return False
    rest = sentence[words.link_gap.match(sentence, clause_start, t_start).end():t_start]
    pronoun = next(reversed(list(words.pronoun.finditer(rest))), None)
    return pronoun is not None and len(rest[:pronoun.start()].split()) <= DAY_WORDS and len(
        rest[pronoun.end():].split()) <= 1


def dropped_subject(words: EventWords, sentence: str, clause_start: int, t_start: int, mentions,
                    references) -> tuple[str, ...]:
    """The person the sentence opens with, when the event word's clause, after a link word, has
    only its day before the event word and the language drops the subject; else none."""
    if not words.subject_dropped or clause_start <= 0:
        return ()
    before = sentence[:clause_start].split()
    if not before or before[-1] not in words.and_words:
        return ()  # (after "and": not a relative clause's ", que ...")
    # (the link word opens a clause only before a day, "y ese mismo día": that day and no more)
    if len(sentence[clause_start:t_start].split()) > DAY_WORDS or any(
            clause_start <= m.start < t_start for m in mentions if m.entity_type == "PERSON"):
        return ()
    people = sorted([(m.start, m.entity_id) for m in mentions if m.entity_type == "PERSON"] + list(references))
    if not people or people[0][0] >= clause_start or len(sentence[:people[0][0]].split()) > OPENING_WORDS:
        return ()
    return (people[0][1],)
