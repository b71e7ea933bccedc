"""The event reports of one sentence (or of the title): each event word the sentence holds
(knowledge/events_<language>.yaml, compiled by event_words.py) that is no mere mention, with the
roles around it (event_roles.py), its own clause's dates and its status from that clause's tense.
A sentence that only lists who else attends continues the report before it
(continuing_reports.py). event_sentences.py walks an article's sentences and gives each its
context; event_mentions.py merges the reports within the article.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ruchina.extract import (
    celebrations,
    event_clauses,
    event_cues,
    event_participants,
    event_places,
    event_roles,
    event_tense,
)
from ruchina.extract.acts_before import act_link, names_a_time_of_day, subject_people
from ruchina.extract.announced_events import arranging_day, without_announcement_days, without_arranging_days
from ruchina.extract.attended_again import without_the_attended
from ruchina.extract.awaited_visits import awaited_undated
from ruchina.extract.away_people import without_told_references
from ruchina.extract.both_holders import both_holders_references
from ruchina.extract.celebrations import CELEBRATIONS
from ruchina.extract.ceremony_kinds import ceremony_kind
from ruchina.extract.closing_documents import closing_document_triggers
from ruchina.extract.conditional_events import told_on_a_condition
from ruchina.extract.continuing_reports import (
    attendance,
    attended_again,
    continuing,
    received_guests,
    summit_session,
)
from ruchina.extract.coordinated_subjects import dropped_subject, shared_subject
from ruchina.extract.date_clauses import clause_dates, read_in_tense
from ruchina.extract.datelines import without_dateline_dates
from ruchina.extract.dates import duration_days
from ruchina.extract.dates_ago import looks_back
from ruchina.extract.demonym_leaders import leaders_of_demonyms
from ruchina.extract.document_kinds import document_kind, joined_document, told_as_added
from ruchina.extract.event_mentions import BACKGROUND_AFTER, BODY, TITLE, EventMention
from ruchina.extract.event_negation import called_off, not_held
from ruchina.extract.event_report import EVENTS_OF_MANY, FAMILY
from ruchina.extract.event_word_dates import dates_of_other_words, possessive_date
from ruchina.extract.event_word_names import names_of_word
from ruchina.extract.event_words import EventWords, listed_words
from ruchina.extract.founding_dates import founding_date, without_founding_dates
from ruchina.extract.held_on_days import looked_back_date, opens_on_a_told_event
from ruchina.extract.host_meetings import host_meeting_triggers
from ruchina.extract.hosted_ceremonies import without_ceremony_hostings
from ruchina.extract.hosted_guests import guests_of_word, received_at_gathering, received_by_meeting_word
from ruchina.extract.linked_events import linked_clause, linked_dates, linked_spans
from ruchina.extract.long_stays import long_stay_country
from ruchina.extract.next_editions import next_edition_undated
from ruchina.extract.passive_agents import passive_agents
from ruchina.extract.relative_clause_days import after_relative_clause, relative_clause_dates
from ruchina.extract.relative_tenses import person_aside_opener, told_held
from ruchina.extract.remote_gatherings import joins_another_by_video
from ruchina.extract.reported_speakers import without_telling_dates
from ruchina.extract.seat_holders import seat_holder_references
from ruchina.extract.sentence_opening_days import opening_day
from ruchina.extract.series_members import told_as_a_habit
from ruchina.extract.tenses import headline_future, sentence_tense, to_come
from ruchina.extract.time_reference_clauses import time_reference_of
from ruchina.extract.video_link_calls import video_link_call_triggers
from ruchina.extract.visit_named_last_days import apposed_last_day
from ruchina.extract.when_clauses import when_clause_date
from ruchina.extract.where_places import where_clause_date, where_clause_subject

#: the gatherings whose own relative clause a language reads only after their word (gathering_relative)
_GATHERINGS = frozenset({"summit", "forum", "parade"})
#: a hyphen between spaces, which a headline writes for a dash between its two parts ("X empfängt Y -
#: Peking und Moskau wollen mehr investieren"): the second part tells another thing, and its "wollen"
#: is no plan of the first part's event. Only in a title: a body's "1958 - Soviet leader ..." heads an
#: almanac's entry.
_TITLE_DASH = re.compile(r"\s-\s")


def sentence_reports(words: EventWords, article_id, sentence, sentence_start, published, mentions, people, quoted,
                     part, previous: EventMention | None = None, own_event: bool = True) -> list[EventMention]:
    """The reports of one sentence, told with its mentions shifted to the sentence, its day, the
    article's people in context, its quoted spans and its part (title, lead, body); ``previous``
    is the report a list of attendees or a host's guests continues."""
    lowered = sentence.lower()
    attending = words.attending.search(sentence) if words.attending_filter.may_match(lowered) else None
    found = list((words.title_trigger if part == TITLE else words.trigger).finditer(sentence))
    not_events = [m.span() for m in words.not_event.finditer(sentence)] if found else []
    triggers = sorted([
        (m.lastgroup, m.start(), m.end())
        for m in found
        if not any(q_start <= m.start() < q_end for q_start, q_end in quoted)
        and not any(n_start <= m.start() < n_end for n_start, n_end in not_events)
        # ("addressed the BRICS summit": the event word inside words of attending joins the report told
        # before; with none before it, it is the report)
        and not (attending and previous is not None and attending.start() <= m.start() < attending.end())
    ], key=lambda t: t[1])
    # ("welcomed X with a guard of honour": the welcome ceremony, no meeting of its hosts with X)
    triggers = sorted(triggers + without_ceremony_hostings(
        words, sentence, [t for t in host_meeting_triggers(words, sentence, mentions, people.by_bare_office)
                          if not any(q0 <= t[1] < q1 for q0, q1 in quoted)], triggers), key=lambda t: t[1])
    # ("the summit ended on Saturday with a communique": the document adopted at it, an agreement)
    triggers = sorted(triggers + [t for t in closing_document_triggers(words, sentence, triggers)
                                  if not any(q0 <= t[1] < q1 for q0, q1 in quoted)], key=lambda t: t[1])
    if not triggers and not attending and part != TITLE:  # ("X and Y launched the plant over a video link": a call;
        triggers = video_link_call_triggers(words, sentence, mentions, published, part == BODY)  # not a headline's)
    if not triggers and not attending:
        # ("El anfitrión, X, recibió a A, B y C" right after a summit's report: its people)
        received = received_at_gathering(words, sentence, sentence_start, mentions, previous) if part != TITLE else []
        return [continuing(previous, received, sentence, sentence_start, part)] if received else []
    triggers = without_the_attended(words, sentence, attending, triggers, previous, published)  # ("a assisté au défilé")
    if attending and not triggers and previous is not None \
            and joins_another_by_video(attending.group(), previous, words.language):
        return []  # ("X took part by video link" after a visit's report: another gathering's guest)
    if attending and not triggers:
        return [attendance(words, sentence, sentence_start, mentions, people, previous, part)] if previous else []
    tense = sentence_tense(sentence, words.language)
    all_dates = clause_dates(sentence, published, tense, words.language)
    links = event_cues.related_links(words, sentence, all_dates, own_event)
    triggers = [t for t in triggers if not any(l_start <= t[1] < l_end for l_start, l_end in links)]
    if attending and previous is not None and not triggers:
        # ("See also  Visit to the exhibition ... 21 February 2025  Also taking part ...": the
        # event words of a link to another page are no report of this sentence's)
        outside = [m for m in mentions if not any(l_start <= m.start < l_end for l_start, l_end in links)]
        return [attendance(words, sentence, sentence_start, outside, people, previous, part)]
    # ("will visit the parade": attending it; "Leaders met by video for a summit": the summit)
    triggers = [t for index, t in enumerate(triggers) if not event_clauses.attends(words, sentence, triggers, index, mentions)
                and not event_clauses.meets_for(words, sentence, triggers, index, mentions)]
    if not triggers:
        return []
    references = event_roles.office_references(words, sentence, mentions, people)
    # ("Президенты России и Белоруссии приняли участие в заседании": the leaders of the countries)
    references += event_roles.leaders_of_countries(words, sentence, mentions, people)
    references += leaders_of_demonyms(words, sentence, people)  # ("the Russian and Chinese presidents")
    # ("der Kremlchef", "the Soviet leader" of a page that never names him: the year's holder)
    references += seat_holder_references(words.language, sentence, all_dates, published, mentions,
                                         people.named, people.by_country, people.named_before)
    # ("im Beisein der Regierungschefs": both countries' heads of government of the year)
    references += both_holders_references(words.language, sentence, all_dates, published, people.named)
    # ("the meetings on the 80th anniversary of Victory in the Great Patriotic War": the war
    # an anniversary names is the date's anchor, no name of the event)
    anniversaries = [(d.char_start, d.char_end) for d in all_dates if d.kind == "anniversary"]
    dates = [d for d in without_telling_dates(words, sentence, without_dateline_dates(sentence, all_dates), mentions)
             if not event_cues.after_since(words, sentence, d.char_start)
             and not any(l_start <= d.char_start < l_end for l_start, l_end in links)]
    # ("Beijing had announced the visit on Friday": Friday is the announcement's)
    dates = without_announcement_days(words, sentence, dates, triggers)
    if not attending and part != TITLE and (
            received := received_by_meeting_word(words, sentence, sentence_start, mentions, previous, triggers, part)):
        # ("Gastgeber X empfing am Freitag A, B und C": the summit's people)
        return [received_guests(words, sentence, sentence_start, mentions, previous, received, triggers[0], dates, part)]
    results = []
    seen_types: dict[str, int] = {}  # event type -> its report's index in results
    linked = linked_spans(words, sentence)  # ("Ahead of Tokayev's visit to China, Wang met Z")
    for index, (event_type, t_start, t_end) in enumerate(triggers):
        # The clause of the event word: a relative clause ("which the ministry described
        # in December 2021") speaks of something else.
        clause_start, aside = event_clauses.clause_start(words, sentence, t_start)
        # (", before holding the summit with Z": the subject's next act, its clause from the link: acts_before.py)
        act = act_link(words, sentence, triggers[index - 1][2], t_start) if index > 0 else None
        clause_start = max(clause_start, act.start()) if act else clause_start
        breaker = words.scope_break.search(sentence, t_end)
        if breaker and event_clauses.before_its_relative(words, sentence, t_end, breaker.start(), t_start, mentions) and (
                words.event_relative.match(sentence, breaker.start())
                or (words.gathering_relative.match(sentence, breaker.start())
                    and event_type in _GATHERINGS and words.noun_trigger.match(sentence[t_start:t_end]))):
            # (", which will be held in Vladivostok in September": the clause right after the
            # event word tells of the event itself)
            breaker = words.scope_break.search(sentence, breaker.end())
        clause_end = breaker.start() if breaker else len(sentence)
        if part == TITLE and (dash := _TITLE_DASH.search(sentence, t_end, clause_end)):
            clause_end = dash.start()
        plain_clause_start = clause_start
        if linked:
            clause_start, clause_end = linked_clause(linked, t_start, (clause_start, clause_end), mentions,
                                                   references, triggers)
        if aside:
            # ("the President, who is in China on a visit, held talks with Xi": the aside's
            # people and dates are its own; the subject before it holds the talks)
            outside = [m for m in mentions if not aside[0] <= m.start < aside[1]]
            refs = [r for r in references if not aside[0] <= r[0] < aside[1]]
        else:
            outside, refs = mentions, references
        refs = without_told_references(words.language, sentence, refs, t_start)  # ("briefed the Kremlin chief on his call")
        own_dates = [d for d in dates if not (aside and aside[0] <= d.char_start < aside[1])
                     and not (event_type not in CELEBRATIONS and event_cues.occasion(words, sentence, d))]
        # ("attended the summit and before Wednesday's parade": the parade's Wednesday)
        own_dates = dates_of_other_words(words, sentence, own_dates, triggers, t_start)
        own_dates = linked_dates(linked, t_start, own_dates)  # ("held talks on Monday ahead of the summit on Friday")
        # ("calling for a ceasefire from midnight on Sunday", "the summit was agreed on Sunday": not the event's day)
        own_dates = without_arranging_days(words, sentence, own_dates, t_end)
        if event_cues.in_passing(words, sentence, clause_start, clause_end, t_start, t_end) or (
                part != TITLE and told_as_a_habit(words, sentence, clause_start, clause_end, t_end)) \
                or told_on_a_condition(words, sentence, clause_start, clause_end) \
                or not_held(words.language, sentence, clause_start, t_start) or called_off(
                    words.language, sentence, t_end, min([clause_end] + [t[1] for t in triggers[index + 1:index + 2]])) \
                or time_reference_of(words, sentence, clause_start, t_start, t_end) \
                or awaited_undated(words, sentence, event_type, clause_start, t_start, all_dates) \
                or next_edition_undated(words.language, sentence, event_type, clause_start, t_start, all_dates, published):
            continue  # (a habit outside a title, "we meet there twice a year", "When X and Y meet, ...", a
            # meeting not held, a time: no event; a visit only awaited, "said he awaited a visit by Y"; the next
            # summit told with no day, next_editions.py)
        apart = event_type in seen_types and event_cues.dated_apart(
            words, sentence, own_dates, results[seen_types[event_type]], t_start, clause_end)
        # (another day's event of the type: its words begin after the event word before it, unless that one
        # is an aside's: "X, who met Y on Monday, meets Z on Friday" is X's too)
        if apart and not (aside and aside[0] <= triggers[index - 1][1] < aside[1]):
            clause_start = max(clause_start, triggers[index - 1][2])
        if event_type in seen_types and ((aside and aside[0] <= results[seen_types[event_type]].scope[0] < aside[1])
                                         or clause_start >= results[seen_types[event_type]].scope[1] > 0 or apart):
            del seen_types[event_type]  # (the aside's meeting, a later clause's, or another day's is another one)
        if event_type in seen_types:
            # One report per type in a sentence; the type's word said again names who takes
            # part where the first did not (a headline run into its lead: "Telephone
            # conversation with Xi ... in the course of the telephone conversation of Putin with Xi").
            if event_cues.earlier(words, sentence, t_start):
                continue
            first = results[seen_types[event_type]]
            more = event_roles.participants(words, sentence, mentions, references, (t_start, t_end),
                                            (clause_start, clause_end), clause_end, people, linked)
            if set(more) - set(first.participant_ids):
                first = replace(first, participant_ids=tuple(dict.fromkeys(first.participant_ids + more)))
            if first.date is None:
                # ("... will visit Russia on an official visit. Announcement for 7-10 May 2025")
                after = triggers[index + 1][1] if index + 1 < len(triggers) else len(sentence)
                first = replace(first, date=event_roles.choose_date(words, sentence, dates, t_start,
                                                                    (t_start, min(clause_end, after))))
            if first.location_id is None and event_type not in words.no_place:
                # (and its place: "ended their meeting ..., after three hours of talks at a base in X")
                after = triggers[index + 1][1] if index + 1 < len(triggers) else len(sentence)
                first = replace(first, location_id=event_places.location(
                    words, sentence, mentions, t_start, t_end, (t_start, min(clause_end, after))))
            if (event_type in _GATHERINGS and not first.session and _told_as_session(words, sentence, t_start, t_end)
                    and first.date is not None and first.date.precision == "day" and first.date.first == first.date.last):
                first = replace(first, session=True)  # ("told the forum on Friday, speaking at its plenary session")
            # (its scope runs on over the word said again: "se sont retrouvés lundi pour leur réunion à
            # trois" is told three-way by the words after its second word, event_three_way.py)
            after = triggers[index + 1][1] if index + 1 < len(triggers) else len(sentence)
            if first.scope[1] <= t_start and first.scope != (0, 0):
                first = replace(first, scope=(first.scope[0], max(first.scope[1], min(clause_end, after))))
            results[seen_types[event_type]] = first
            continue
        seen_types[event_type] = len(results)
        if len(triggers) == 1:
            scope_start, scope_end = clause_start, clause_end
        else:
            # (where modifiers come first, what stands before every event word is each one's;
            # so is the start of a clause of its own after the event word before: "talks with
            # Rahmon, who is in Russia on a visit")
            scope_start = clause_start if (index == 0 or words.modifiers_first
                                           or clause_start > triggers[index - 1][2]) else max(clause_start, t_start)
            scope_end = min(clause_end, triggers[index + 1][1] if index + 1 < len(triggers) else len(sentence))
            # ("X, que el jueves presidió la cumbre, recibió el miércoles a Y para conversaciones": from the comma)
            scope_start = after_relative_clause(words, sentence, triggers, index, scope_start, mentions, references)
        if event_type != "founding":  # ("la 22e rencontre, un mécanisme créé en 1996": 1996 is the founding's)
            own_dates = without_founding_dates(listed_words(words.language, "founded_words"), sentence, own_dates)
        if event_type == "founding":
            participants = tuple(m.entity_id for m in mentions if m.entity_type == "ORG" and m.start < t_start)
        else:
            participants = event_roles.participants(words, sentence, outside, refs, (t_start, t_end),
                                                    (clause_start, clause_end), scope_end, people, linked)
            # ("the President, who is in China on a visit", "X, who met Y": the one the clause is about)
            antecedent = event_clauses.antecedent(words, sentence, clause_start, mentions, references)
            # (", then met Z": the sentence's subject, whom the clause does not name again)
            antecedent += (shared := shared_subject(words, sentence, clause_start, t_start, triggers[0][1], outside))
            # (", y ese mismo día se reunió con Z": the one the sentence opens with, where no pronoun is written)
            antecedent += dropped_subject(words, sentence, clause_start, t_start, outside, refs)
            # ("побывал в Дамаске, где встретился с X": the one who was there)
            antecedent += where_clause_subject(words.language, sentence, plain_clause_start, t_start, outside, refs,
                                               words.group, words.pronoun) if event_type not in EVENTS_OF_MANY else ()
            antecedent += subject_people(outside, triggers[0][1]) if act else ()
            # ("X empfing am Freitag in Bischkek den russischen Präsidenten Y": Y, past an object's reach)
            participants = tuple(dict.fromkeys(antecedent + participants + tuple(guests_of_word(
                words, sentence, outside, t_start)) + tuple(passive_agents(words, sentence, outside, t_start, t_end))))
        clause = sentence[clause_start:clause_end]
        word = sentence[t_start:t_end]
        if words.remote.search(clause) and (
                words.remote_talks.match(word) or (words.remote_two.match(word) and len(participants) == 2)):
            event_type = "call"  # "held talks via videoconference"
        # (a stop told in a "where" clause: a meeting it names both sides of, no gathering's setting)
        own_act = event_type not in EVENTS_OF_MANY and len(participants) >= 2
        # ("X, whose son is held in Iran, met Y": the aside's place is no venue)
        placed = outside if event_clauses.possessive_aside(words, sentence, aside) else mentions
        location = None if event_type in words.no_place else event_places.location(
            words, sentence, placed, t_start, t_end, (scope_start, scope_end), own_act)
        if FAMILY[event_type] == "visit":  # ("arrived in Moscow for a five-day visit to Russia": a tour)
            location = long_stay_country(words, sentence, mentions, location)
        held = told_held(words, sentence, clause_start, t_start, t_end, all_dates)  # ("X, who met Y on Monday": held)
        if held and tense != "past":
            own_dates = read_in_tense(own_dates, sentence, published, "past", words.language)
        elif words.ahead.search(sentence, max(0, t_start - 60), t_start):
            # ("met on Friday ahead of X's visit to Y in August": a month or weekday after the word is the
            # coming one, whatever the act's tense; a stated year stays, "ahead of the summit in June 2019")
            own_dates = event_tense.ahead_dates(own_dates, sentence, published, t_start, words.language)
        if opens_on_a_told_event(words, sentence, index, t_start):  # ("The visit showed ...")
            date = looked_back_date(words, sentence, own_dates, (t_start, t_end), scope_end)
        else:
            # ("X, que el jueves había presidido ... la cumbre, recibió el miércoles a Y": the clause's Thursday)
            own_dates = relative_clause_dates(words, sentence, own_dates, clause_start, t_end, mentions, references)
            date = possessive_date(words, sentence, own_dates, t_start, published) or event_roles.choose_date(
                words, sentence, own_dates, t_start, (scope_start, scope_end), (t_start, t_end))
        if date is None:  # ("when X is to be received by Y"; "agreed on Sunday in a call"; "on Monday, the last day of")
            date = when_clause_date(words, sentence, plain_clause_start, t_start, own_dates) or arranging_day(
                words, sentence, own_dates, triggers, index) or apposed_last_day(
                words, sentence, dates, t_start, event_type)
        if date is None and own_act:  # ("was in Damascus on Tuesday, where he met Assad")
            # (the day of the clause before, even where that clause's own act holds it: "побывал"; not a
            # summit's, whose days are its own: "flew in on Tuesday from X, where the summit ended")
            date = where_clause_date(words.language, sentence, plain_clause_start, t_start, dates, words.group)
        if date is None and index > 0 and tense == "past" and not words.modifiers_first:
            # ("On Saturday, the first day of the summit, X had talks with Y": the day the sentence opens with;
            # not talks a sentence of the future agrees to hold, "On 4 July X will call Y and agree to hold talks")
            date = opening_day(words, sentence, event_type, participants, own_dates, triggers[0][1],
                               (t_start, plain_clause_start), outside)  # ("El miércoles, en vísperas de ...,")
        if event_type == "founding":
            date = founding_date(sentence, own_dates, t_end) or date  # ("founded in 2001", not the sentence's Friday)
        elif (shared or (act and names_a_time_of_day(words.language, sentence[act.end():clause_end]))) \
                and date is None and results:
            date = results[0].date  # (", then met Z", ", before holding the summit in the afternoon": its sentence's day)
        # ("на празднование Победы": on the anchor's day, named as its celebration, to come or past)
        date, held_as, ahead = celebrations.celebrated(sentence, t_end, scope_end, date, published, event_type)
        # "arrived on Thursday for a two-day state visit": the days of the clause's event of its kind
        days = next((n for kind, start, _ in triggers if event_tense.lasts_alike(kind, event_type)
                     and clause_start <= start < clause_end and (n := duration_days(sentence[clause_start:start]))), None)
        if date and days and date.precision == "day" and date.first == date.last:
            date = event_tense.spanning(words, sentence, date, days, (t_start, t_end))  # "a two-day state visit"
        # ("the meeting held in November": held, whatever the sentence's tense)
        future = not held and (
            event_tense.told_as_future(words, sentence, event_tense.tense_part(
                words, event_tense.without_other_dates(clause, clause_start, all_dates, date), t_end - clause_start,
                t_start - clause_start, person_aside_opener(words, sentence, clause_start) is not None),
                (t_start, t_end), date, published, event_type)
            or (part == TITLE and words.headline_future.search(clause))
            or headline_future(words, sentence)  # (a flash's bullet: "X TO HOLD TALKS WITH Y")
            or event_tense.ahead(words, sentence, t_start, date, published, all_dates)
            # ("arrived on 7 May to attend the celebrations of 9 May": those are to come)
            or to_come(sentence, t_start, date, published, words.language) or ahead)
        results.append(
            EventMention(
                article_id=article_id,
                event_type=event_type,
                participant_ids=participants,
                location_id=location,
                date=date,
                status="planned" if future else "occurred",
                # ("Two years ago today, X met Y": the day is counted back to; a retelling, no report)
                earlier=event_cues.earlier(words, sentence, t_start)
                or looks_back(date, dates, t_start, published, BACKGROUND_AFTER),
                sentence=sentence,
                sentence_start=sentence_start,
                sentence_end=sentence_start + len(sentence) if sentence_start >= 0 else -1,
                event_names=tuple(sorted(names_of_word(mentions, triggers, index, anniversaries) | set(held_as))),
                scope=(scope_start, scope_end),
                part=part,
                refers_back=event_cues.refers_back(words, sentence, t_start) and location is None and date is None,
                title_only=part == TITLE and not words.trigger.fullmatch(sentence, t_start, t_end),
                told_after=part == TITLE and bool(words.told_after.fullmatch(sentence, t_start, t_end)),
                session=_told_as_session(words, sentence, t_start, t_end),
                named_other=(part == BODY and event_type == "meeting"
                             and event_cues.named_other(words, sentence, t_start, mentions)),
                sides=event_roles.pair_sides(words, sentence, t_start),
                document=(document := document_kind(words, sentence[t_start:t_end]) if event_type == "agreement" else ""),
                added=bool(document) and told_as_added(words, sentence, t_start),
                ceremony=ceremony_kind(words.language, sentence[t_start:t_end]) if event_type == "other" else "",
            )
        )
        if (index == 0 and location is None and date is None and words.frame_before.fullmatch(sentence, 0, t_start)
                and not words.indefinite.search(sentence, 0, t_start)):
            # ("В ходе переговоров будут обсуждены ...": talks the article told of; not "During a later visit")
            results[-1] = replace(results[-1], refers_back=True)
        if document and (second := joined_document(words, sentence, t_end, scope_end)):
            # ("signed a joint declaration on X and a statement marking Y": two documents)
            results.append(replace(results[-1], document=second, added=True))
    before = [t for t in triggers if t[1] < attending.start()] if attending else []
    if before and before[-1][0] in seen_types:
        # "Putin held a meeting ...; also taking part were X and Y": the people listed join
        # the report of the last event word before the list
        at = seen_types[before[-1][0]]
        listed = event_participants.listed(words, sentence, mentions, references, attending.end())
        if previous is not None and len(triggers) == 1 and attended_again(words, sentence, before[-1], attending) \
                and set(results[at].participant_ids) <= set(listed):
            # ("L'entretien, auquel assistait M. X, a duré une heure": the talks told before, X one more of them)
            return [continuing(previous, listed, sentence, sentence_start, part)]
        results[at] = replace(results[at], participant_ids=tuple(dict.fromkeys(results[at].participant_ids + listed)))
    if summit_session(words, sentence, triggers, previous, results):  # ("Заседание прошло ...": the summit's sitting)
        return [continuing(previous, results[0].participant_ids, sentence, sentence_start, part)]
    return results


def _told_as_session(words: EventWords, sentence: str, t_start: int, t_end: int) -> bool:
    """Whether the event word is told with a session word ("the plenary session of the forum", "the
    forum's plenary session", "the plenary session"): one sitting of the gathering, on one day."""
    return bool(words.session_before.search(sentence[max(0, t_start - 100):t_start])
                or words.session_after.search(sentence[t_end:t_end + 30])
                or words.session_within.match(sentence[t_start:t_end]))
