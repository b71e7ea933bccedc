"""What is extracted from one article: its entity mentions and its event reports.

A pure function of the article's parsed fields, so it can run in parallel and be cached by content hash.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from ruchina.extract.addressee_events import addressees_take_part
from ruchina.extract.anniversary_titles import lead_told_as_anniversary, told_as_anniversary
from ruchina.extract.arrival_greeters import with_arrival_greeters
from ruchina.extract.awaited_visits import without_awaited_echoes
from ruchina.extract.away_people import without_people_away
from ruchina.extract.bare_sidelines import bare_sideline_talkers_attend, place_bare_sideline_talks
from ruchina.extract.body_meetings_beside_summits import body_meetings_beside_summits
from ruchina.extract.body_summits import name_and_place_body_summits
from ruchina.extract.capital_lines import recase_capital_lines
from ruchina.extract.ceremony_guests import ceremonies_of_visits
from ruchina.extract.chaired_meetings import meetings_chaired_in_a_clause
from ruchina.extract.claims import Claim, extract_statement_claims
from ruchina.extract.copula_hosts import hosts_after_a_dash
from ruchina.extract.dateline_towns import dateline_town, marked_dateline
from ruchina.extract.datelines import dateline_place_line, filing_day
from ruchina.extract.dates_before_talks import dated_before_the_talks
from ruchina.extract.dates_same_day_opening import dated_by_the_same_day
from ruchina.extract.dates_sentence_before import dated_by_the_sentence_before
from ruchina.extract.dek_headlines import headline_of, line_under_title, named_by_the_title
from ruchina.extract.delegations import with_delegation_people
from ruchina.extract.departed_people import without_the_departed
from ruchina.extract.documents_at_gatherings import dated_by_their_gathering
from ruchina.extract.event_after_events import dated_after_events, dated_before_acts
from ruchina.extract.event_anaphora import name_unnamed_events
from ruchina.extract.event_answers import place_answers
from ruchina.extract.event_arrival_days import dated_by_the_arrival
from ruchina.extract.event_day_pairs import dated_by_day_pairs
from ruchina.extract.event_itineraries import stretch_itineraries
from ruchina.extract.event_mentions import ArticleEvent, EventMention, merge_within_article
from ruchina.extract.event_officials import mark_officials_meetings
from ruchina.extract.event_opening_days import mark_opening_days
from ruchina.extract.event_sentences import extract_event_mentions
from ruchina.extract.event_sidelines import place_sideline_meetings, split_talks_at_summits, summit_told_again
from ruchina.extract.event_signings import placed_by_the_days_talks
from ruchina.extract.event_spans import stretch_stated_spans
from ruchina.extract.event_state_hosts import state_visits_hosted
from ruchina.extract.event_visit_days import dated_by_its_nth_day, talks_on_a_visits_nth_day
from ruchina.extract.event_words import DEFAULT_LANGUAGE, event_words
from ruchina.extract.first_person_events import speakers_hold_their_events
from ruchina.extract.forum_openings import openings_as_forums
from ruchina.extract.gathering_arrivals import without_arrivals_for_gatherings
from ruchina.extract.gathering_attendees import meetings_told_for_gatherings
from ruchina.extract.gathering_hosts import hosts_of_gatherings
from ruchina.extract.gathering_settings import on_their_talks_days, split_gathering_settings
from ruchina.extract.generic_plurals import without_generic_plurals
from ruchina.extract.here_places import placed_here
from ruchina.extract.label_people import without_label_people
from ruchina.extract.later_conjuncts import meetings_at_their_own_hours
from ruchina.extract.linking import Mention, link_entities
from ruchina.extract.live_entry_reports import dated_by_their_entries
from ruchina.extract.meeting_attendees import meeting_attendees
from ruchina.extract.meetings_with_each import meetings_with_each
from ruchina.extract.named_event_places import place_named_events
from ruchina.extract.namesake_holders import with_namesakes_of_the_year
from ruchina.extract.one_day_visits import one_day_visits_of_the_days_talks
from ruchina.extract.onward_legs import without_onward_legs
from ruchina.extract.opening_clauses import dated_by_an_opening_clause
from ruchina.extract.opening_next_sentences import spans_opened_next
from ruchina.extract.place_line import (
    place_line_location,
    place_line_mentions,
    place_main_event,
    place_reports_of_the_day,
)
from ruchina.extract.preceding_events import dated_by_what_precedes
from ruchina.extract.press_questioners import leave_out_reporters, press_answerers, press_questioners
from ruchina.extract.quantity_words import has_quantity_words
from ruchina.extract.questions import without_asked_plans
from ruchina.extract.remote_gatherings import unplace_gatherings_joined_from_the_line, unplace_remote_gatherings
from ruchina.extract.session_people import gatherings_attended_by_their_sessions
from ruchina.extract.setting_days import without_the_talks_day
from ruchina.extract.speakers_day_before import without_speakers_day_before
from ruchina.extract.speakers_just_done import speakers_just_done
from ruchina.extract.state_visit_reports import visits_told_as_state_visits
from ruchina.extract.stay_plans import plans_during_stay
from ruchina.extract.story_day_places import (
    place_an_undated_summits_reports,
    place_the_storys_days,
    summit_of_the_storys_days,
)
from ruchina.extract.story_years import dated_in_the_storys_year
from ruchina.extract.summit_bodies import summits_named_by_their_body
from ruchina.extract.summit_days_told_apart import first_days_as_sessions
from ruchina.extract.summit_forums import place_forums_beside_summits
from ruchina.extract.summit_settings import (
    mark_summit_settings,
    setting_people_attend,
    settings_inside_the_told_summit,
    summit_told_again_after_its_talks,
    without_bare_settings,
)
from ruchina.extract.summit_sideline_places import place_summits_by_their_sideline_talks
from ruchina.extract.summit_signers import summits_of_a_bodys_signing, summits_of_their_signers
from ruchina.extract.summits_of_two import title_summits_of_two_as_meetings
from ruchina.extract.title_cities import place_in_the_titles_city
from ruchina.extract.transcripts import join_speakers, speaker_labels, with_label_mentions
from ruchina.extract.travel_next_places import place_talks_after_travel
from ruchina.extract.trip_destinations import summits_at_trip_destinations, trips_to_summits
from ruchina.extract.trip_purposes import gatherings_trips_are_for
from ruchina.extract.trip_stops import next_stops
from ruchina.extract.unmade_visits import without_unmade_visits
from ruchina.extract.unplaced_venues import venues_in_the_line_city
from ruchina.extract.video_seats import without_joiners_seats
from ruchina.extract.visit_arrivals import visitors_of_arrivals
from ruchina.extract.visit_departures import visits_ended_apart
from ruchina.extract.visit_frame_places import place_visits_by_their_talks, place_visits_framing_talks
from ruchina.extract.visit_inviters import without_official_inviters
from ruchina.extract.visit_named_last_days import visits_named_to_their_last_day
from ruchina.extract.visit_onward_cities import place_visits_going_on
from ruchina.extract.visit_part_days import parts_on_their_own_days
from ruchina.extract.visit_place_clauses import visitors_in_place_clauses
from ruchina.extract.visit_tours import place_toured_visits
from ruchina.extract.visit_when_clauses import acts_in_a_visits_when_clause
from ruchina.extract.visitor_talks import visits_hosted
from ruchina.extract.visits_under_way_since import dated_since_a_day
from ruchina.extract.witness_clauses import signers_outside_witnesses
from ruchina.knowledge.base import has_language_resources
from ruchina.text.page_almanac import almanac_day


@dataclass
class ArticleExtraction:
    article_id: str
    published: dt.date | None
    #: mentions in the headline and dek (curated entities only) and in the body
    header_mentions: list[Mention]
    body_mentions: list[Mention]
    event_mentions: list[EventMention]
    events: list[ArticleEvent]
    #: counts and years stated in the body (claims about events name their sentence)
    statement_claims: list[Claim]
    #: the language (ISO 639-1) the claims table reads an undated article's date phrases in
    language: str = DEFAULT_LANGUAGE

    @property
    def mentions(self) -> list[Mention]:
        return self.header_mentions + self.body_mentions


def extract_article(article_id: str, title: str | None, subtitle: str | None, body: str,
                    published: dt.date | None, language: str | None = DEFAULT_LANGUAGE, *,
                    place: str | None = None) -> ArticleExtraction:
    """``language``: the article's (ISO 639-1). A language without language resources
    (knowledge/events_<language>.yaml) gets the language-independent parts only: the
    knowledge base's names as written, no event, no discovered name, no claim. An article
    whose language was not decided (None: a few words, no stopword) is read as English, as
    it always was. ``place`` is the article's place line as written ("The Kremlin,
    Moscow"), if any; else its dateline's city is ("BEIJING, May 16 (Reuters) -")."""
    language = language or DEFAULT_LANGUAGE
    # (a flash's lines in capitals, "* LEADERS HOLD TALKS ON MONDAY", read with their names recased)
    title, subtitle, body = (recase_capital_lines(text, language) for text in (title, subtitle, body))
    from_dateline = not place
    place = place or dateline_place_line(body)
    supported = has_language_resources(language)
    # ("Vor 60 Jahren: ...", "Hace 50 años: ...": the story was held years before the page)
    anniversary = supported and (told_as_anniversary(title, language) or lead_told_as_anniversary(body, language))
    # ("On this day: August 3" over "1958 - ...": each entry counts from that day of its year)
    almanac = almanac_day(title, language) if supported else None
    # The title is linked with the lead after it, so that a short form there ("Putin, Xi hold talks")
    # counts when the lead names the person in full; with the paragraph after it too (a caption above the lead).
    lead = "\n\n".join(body.split("\n\n", 2)[:2])
    title_mentions = []
    if title:
        title_mentions = [m for m in link_entities(title + "\n\n" + lead, False, language) if m.end <= len(title)]
    header_mentions = title_mentions + (link_entities(subtitle, False, language) if subtitle else [])
    # ("FLASH" over "MODI CHAIRS SUMMIT BY VIDEO": the dek heads the story's events where the title tells none)
    over_the_dek: list[Mention] = []  # (the title's mentions, where the dek is read as the headline)
    under_title = line_under_title(subtitle, body)  # (the dek, or a one-sentence lead where a dek would stand)
    if supported and (headline := headline_of(event_words(language), title, under_title, title_mentions,
                                                      anniversary)) != title:
        title, over_the_dek = headline, title_mentions
        title_mentions = [m for m in link_entities(title + "\n\n" + lead, False, language) if m.end <= len(title)]
    line_mentions = place_line_mentions(place, language) if place else []
    header_mentions += line_mentions
    body_mentions = link_entities(body, supported, language)
    # ("President Bush" on a page of 1989: the father, who held the office that year, not the son)
    year = published.year if published else None
    words = event_words(language) if supported else None
    title_mentions = with_namesakes_of_the_year(title_mentions, year, title or "", words)
    header_mentions = with_namesakes_of_the_year(header_mentions, year)
    body_mentions = with_namesakes_of_the_year(body_mentions, year, body, words)
    if not supported:
        return ArticleExtraction(article_id, published, header_mentions, body_mentions, [], [], [], language)
    # (the paper of the 28th printing a story its dateline files on the 27th: "today" is the 27th)
    stated_date, published = published, filing_day(body, published) or published
    # The title is the strongest statement of the article's main event.
    event_mentions = extract_event_mentions(article_id, body, published, body_mentions, title, title_mentions,
                                            language, almanac)
    # ("am 31. Juli 1958 landete X ... Am 1. August empfing Y seinen Gast": 1 August 1958, on a page of 2018)
    event_mentions = dated_in_the_storys_year(event_mentions, published, body, language)
    # ("told Xi about the meeting of the committee, which he and Zhao co-chaired": its chairs', not the telling's)
    event_mentions = meetings_chaired_in_a_clause(event_words(language), event_mentions, body_mentions, published)
    # ("Q: Will Xi travel to Moscow this year?": a question states no plan)
    event_mentions = without_asked_plans(event_mentions)
    # ("... waiting for a visit from X. He gave no date for the visit": no visit is told)
    event_mentions = without_awaited_echoes(event_words(language), event_mentions, [title or "", body])
    # ("led the delegation in place of X", "passed his greetings to X": X is away)
    event_mentions = without_people_away(event_mentions, title_mentions, body_mentions, language)
    # ("a visit at the invitation of Duma chairman X": the visit is the visitor's and the host leader's)
    event_mentions = without_official_inviters(event_mentions, title_mentions, body_mentions, language)
    # ("a delegation led by X ... The delegation includes A and B": they travel and talk with X)
    event_mentions = with_delegation_people(event_mentions, body, body_mentions, language)
    # ("He was met at the airport by the new Soviet Premier, X": X hosts the visit)
    event_mentions = with_arrival_greeters(event_mentions, body, body_mentions, language)
    # ("meetings in Hangzhou, Goa and Brasilia filled the gaps": several events, none in particular)
    event_mentions = without_generic_plurals(event_words(language), event_mentions)
    # ("discussed Xi's trip to Vladivostok for the forum in September": Xi attends it there, to come)
    event_mentions = gatherings_trips_are_for(event_mentions, published, language)
    # ("the forum, at whose opening ceremony X spoke": the forum's; "in Lyon, where he opened the fair": X's)
    event_mentions = visitors_in_place_clauses(openings_as_forums(event_mentions, language), body_mentions, language)
    # ("The summit was preceded on Wednesday by the forum", "the statement adopted at the summit in 2018")
    event_mentions = dated_by_their_gathering(dated_by_what_precedes(event_mentions, language), language)
    # ("a summit of the Shanghai Cooperation Organisation": the body's summit, by its name)
    event_mentions = summits_named_by_their_body(event_words(language), event_mentions, title_mentions, body_mentions)
    # ("Putin hosts BRICS leaders online" over a dek's "the group's annual summit": the BRICS summit)
    event_mentions = named_by_the_title(event_words(language), event_mentions, over_the_dek)
    # ("Хозяин саммита — президент Таджикистана Эмомали Рахмон": the host attends)
    event_mentions = hosts_after_a_dash(event_words(language), event_mentions, body_mentions)
    # ("the summit, hosted by Kenyan President X", "заседание, которое провёл X": the host attends)
    event_mentions = hosts_of_gatherings(event_mentions, body_mentions, language)
    # ("在北京以视频方式出席...会议": where one who joins by video sits, not the summit's place)
    event_mentions = without_joiners_seats(event_words(language), event_mentions, body, body_mentions)
    event_sentences = {m.sentence_start for m in event_mentions if m.in_body}
    # ("13:05 Leaders signed the declaration", under "Friday 24 June": held that day)
    event_mentions = dated_by_their_entries(event_mentions, body, published, event_words(language), almanac, title)
    # (a transcript's speakers attend; a label no mention covered, "В.Путин:", names its speaker)
    labels = speaker_labels(event_words(language), body, body_mentions)
    # (an answer's event takes the place of the question it answers)
    event_mentions = place_answers(event_words(language), event_mentions, labels, body, body_mentions)
    # (the ministers' meeting told beside the leaders' talks is another meeting)
    event_mentions = mark_officials_meetings(event_words(language), event_mentions, body_mentions)
    # ("on the second day of his state visit": it began the day before; "..., which began on Sunday": from Sunday)
    event_mentions = dated_by_an_opening_clause(event_words(language), event_mentions, published, language)
    # ("ist seit Montag zu einem Besuch in China": began on Monday; "au terme d'une visite de deux jours": ended)
    event_mentions = dated_since_a_day(event_words(language), event_mentions, published, language, body, body_mentions)
    event_mentions = dated_by_its_nth_day(event_words(language), event_mentions)
    # ("after talks in Beijing on the second day of X's visit, which began on Sunday": Monday's, X's)
    event_mentions = talks_on_a_visits_nth_day(event_words(language), event_mentions)
    # ("Y's visit to Rome in May, when he and Z are to sign a pact": the pact's month and place, Y's)
    event_mentions = acts_in_a_visits_when_clause(language, event_mentions)
    # ("arrived on Tuesday for the two-day forum": from Tuesday; "travels to A on Monday and to B on Tuesday": B too)
    event_mentions = next_stops(dated_by_the_arrival(event_words(language), event_mentions), body_mentions, published,
                                language)
    # ("the summit runs today and tomorrow": both days are the summit's)
    event_mentions = dated_by_day_pairs(event_mentions, published, language)
    # ("the summit opened on Saturday": nothing of it was held the day before)
    event_mentions = mark_opening_days(event_words(language), event_mentions)
    # ("X was received on Friday by Y. The two leaders held talks ...": on Friday; "Dort traf er Y": there)
    event_mentions = dated_by_the_sentence_before(event_words(language), event_mentions, body, published, body_mentions)
    # ("Le même jour, il a aussi rencontré X": the day of the story told before)
    event_mentions = dated_by_the_same_day(event_mentions, language, published)
    # ("Por la mañana, antes del encuentro, X se reunió con Y": the day of the talks told before)
    event_mentions = dated_before_the_talks(event_mentions, language)
    # ("Yesterday the two presidents signed a declaration after talks": the talks of that day)
    event_mentions = dated_before_acts(event_words(language), event_mentions)
    # ("lands on Tuesday. On Wednesday the King welcomes him. Talks follow": Wednesday's)
    event_mentions = parts_on_their_own_days(event_mentions, body, published, language)
    # ("Cette visite d'une seule journée", beside talks of one day sharing one person: that person's visit)
    event_mentions = one_day_visits_of_the_days_talks(language, event_mentions)
    # ("Putin also met Modi and Ramaphosa" at a summit: talks of two, and talks of two)
    event_mentions = split_talks_at_summits(event_words(language), event_mentions, title_mentions, body_mentions)
    # ("held meetings with A, B and C": a meeting with each)
    event_mentions = meetings_with_each(event_words(language), event_mentions, title_mentions, body_mentions)
    # ("is to see A and, in the evening, B": a meeting with each, at its own hour)
    event_mentions = meetings_at_their_own_hours(event_mentions, body_mentions, language)
    # ("X chaired the summit. A, B, C and D attended the meeting online": the summit's people, after meetings split)
    event_mentions = meetings_told_for_gatherings(event_words(language), event_mentions)
    # ("held talks on the sidelines of a summit", "of a ministers' meeting hosted by X": the setting, not them)
    event_mentions = mark_summit_settings(words, split_gathering_settings(words, event_mentions, body_mentions))
    # ("会见来华出席峰会的普京": the day before the talks' word is theirs, not the summit's)
    event_mentions = without_the_talks_day(event_words(language), event_mentions)
    # ("the three-day summit" in an article naming the BRICS summit is that summit)
    event_mentions = summit_told_again(event_mentions)
    # ("Lula and Ramaphosa end Cape Town summit" over a story of their talks: their meeting)
    event_mentions = title_summits_of_two_as_meetings(event_words(language), event_mentions)
    # (the place line places the main event before the visit or signing told beside it is tied to its place)
    line_place = place_line_location(place, line_mentions, body_mentions) if place else None
    town = (dateline_town(place, language)
            if from_dateline and place and line_place is None and marked_dateline(body) else None)
    if town is not None:  # ("LIMA (Agency) -": a place the knowledge base lacks, or leaves unlinked)
        header_mentions.append(town)
        line_place = town.entity_id
    # ("the summit that opened here today" under a dateline: at the dateline's city)
    event_mentions = placed_here(event_mentions, line_place, language)
    # ("at the Presidential Palace" under "HELSINKI, July 16": a palace of that city)
    event_mentions = venues_in_the_line_city(event_mentions, line_place, body_mentions)
    # ("Secretary General X: thank you for today's meeting": the label names who speaks, not who meets)
    event_mentions = without_label_people(event_mentions, labels, body_mentions, published)
    # ("I have just met with our athletes", said at a council's meeting: the speaker's own act of the day)
    event_mentions = speakers_just_done(event_words(language), event_mentions, labels, published)
    # ("Yesterday we discussed it at a council meeting", in a speaker's turn: his aside, no report)
    event_mentions = without_speakers_day_before(event_words(language), event_mentions, labels, published)
    # ("A and B signed the memorandum as X and Y looked on": A and B sign; X and Y only witness)
    event_mentions = signers_outside_witnesses(language, event_mentions, body_mentions)
    events = merge_within_article(article_id, published, event_mentions,
                                  lambda found: place_main_event(found, line_place, language), event_words(language),
                                  anniversary)
    # (a summit named as where talks were held, and told again: one summit; named only so, their setting)
    # ("A et B s'étaient entretenus en marge du sommet": they attend the summit the article reports)
    setting_people_attend(event_mentions, events)
    events = without_bare_settings(on_their_talks_days(summit_told_again_after_its_talks(events)))
    # ("an informal BRICS meeting before the G20 opening session": the leaders' meeting at the G20 summit)
    body_meetings_beside_summits(event_words(language), events)
    # ("flies to Qingdao, where the summit is held": he attends it there; no trip of its own)
    events = summits_at_trip_destinations(event_words(language), events)
    events = trips_to_summits(event_words(language), events)  # ("la visita de X, que asistirá a la cumbre")
    # ("arrived in Russia on a state visit": one report of a state visit, not of a visit beside it)
    visits_told_as_state_visits(events)
    # ("閱兵結束後，普京與金正恩舉行會談", "to meet Kim after the parade": on the parade's day)
    dated_after_events(event_words(language), events)
    # (talks of two told held at a summit are at its place)
    place_sideline_meetings(events)
    place_bare_sideline_talks(event_words(language), events)  # ("met on the sidelines this evening": the summit's)
    # ("X and Y met on the sidelines in Kazan", "the two-day summit opened on Friday": the summit is in Kazan)
    place_summits_by_their_sideline_talks(event_words(language), events)
    # (a preview's subjectless talks are its visitor's; a visit beside its visitor's talks with one other: his host)
    visits_hosted(events, body_mentions, language)
    place_talks_after_travel(events, body, body_mentions, language)  # ("He then flies to X. A meeting ...")
    state_visits_hosted(events, event_mentions)  # (a state visit to a country whose president the article tells in talks)
    ceremonies_of_visits(events, language)  # ("King X will welcome him with military honours": host and guest)
    # ("a three-day state visit", "a visit that runs until Friday": its days, not one)
    stretch_stated_spans(event_words(language), events, body)
    # ("firmaron este viernes ... La cita, de dos días, comenzó el jueves": the summit's two days)
    spans_opened_next(event_words(language), events, body)
    events = settings_inside_the_told_summit(events)  # ("La cumbre ... El viernes, al margen de la cumbre": that one)
    # ("En marge des travaux, A et B se sont entretenus": they attend the summit; on its days, once they are known)
    bare_sideline_talkers_attend(event_words(language), events)
    # ("arrived in Tianjin on Sunday ..., held talks in Beijing on Tuesday": the trip's days and country)
    stretch_itineraries(events, language)
    # ("lands in Beijing on Monday ... is to go on to Shanghai on Thursday": the trip is China's)
    place_visits_going_on(events, body, body_mentions, published, language)
    # ("the memorandum signed on Tuesday", beside Tuesday's talks in Beijing: signed in Beijing)
    placed_by_the_days_talks(events)
    summits_of_their_signers(events, body_mentions)  # ("A, B and C signed the summit's declaration": they attend it)
    # ("Six nations sign the bloc's founding declaration", no summit told: its leaders' summit)
    events = summits_of_a_bodys_signing(article_id, events, title_mentions, body_mentions, event_words(language))
    questioners = press_questioners(language, title, labels, events)  # (a news conference's askers are not at it)
    leave_out_reporters(events, questioners)
    left_out = questioners | press_answerers(language, title, labels, body)  # (nor an aide who answers them)
    speakers = [m for m in labels if m.entity_id not in left_out]
    join_speakers(events, speakers, body)
    # ("We will discuss it at a council meeting next week", under its chair's label)
    speakers_hold_their_events(event_words(language), events, speakers)
    # ("Mr President, your meeting with X is scheduled": the one addressed, who speaks next, takes part)
    addressees_take_part(event_words(language), events, speakers)
    body_mentions = with_label_mentions(body_mentions, labels)
    # (a discovered name that an attendance list gives as a person's: "Olga Brin (Republic of Kama)")
    people = {p for event in events for p in event.participants}
    body_mentions = [replace(m, entity_type="PERSON") if m.entity_type == "MISC" and m.entity_id in people else m
                     for m in body_mentions]
    place_reports_of_the_day(events, language)
    place_visits_framing_talks(events)  # (talks in the capital amid a visit begun elsewhere: the country)
    place_visits_by_their_talks(events)  # (a two-day visit placed by no word, its talks in two cities: the country)
    # ("Putin seeks allies in Tehran" over "met the Supreme Leader in Iran": in Tehran)
    place_in_the_titles_city(event_words(language), events, title, title_mentions)
    name_unnamed_events(events, header_mentions + body_mentions, event_mentions)
    # (the Eastern Economic Forum, named with no place: in Vladivostok, where it is always held)
    place_named_events(events)
    # (under "KAZAN" or "Jane Doe in Kazan": the day's talks that name no place were held there)
    place_the_storys_days(events, line_place or summit_of_the_storys_days(events), event_words(language))
    place_an_undated_summits_reports(events, event_words(language))  # (a live page of a summit, no date)
    name_and_place_body_summits(events)  # ("Die SOZ ist ... zu ihrem Jahresgipfel zusammengekommen": in Shanghai)
    # ("the forum is being held online", a premiers' meeting by video: not where the page's line puts it)
    unplace_remote_gatherings(events, language)
    unplace_gatherings_joined_from_the_line(events, language)  # ("MOSCOW": where Putin sat to address it by video)
    place_forums_beside_summits(events)  # ("the summit was preceded by the business forum": where the summit is)
    # ("is also expected to see Y before he leaves China": inside the visit under way, its days and place)
    plans_during_stay(events, published, language)
    # ("the first pact since the alliance Stalin and Mao concluded in 1950": the dead are no party to it)
    without_the_departed(events)
    events = without_arrivals_for_gatherings(events)  # ("arrived in Kazan on Tuesday" as the summit there opens)
    # ("am 31. Juli landete X in Peking ... Der Besuch endete am 3. August", "2月17日，毛泽东一行离开莫斯科": its last day)
    visits_ended_apart(event_words(language), events, body, body_mentions, published)
    # ("Am 12. Oktober, dem letzten Tag des Besuchs", "代表团在华访问至10月12日": its last day)
    events = visits_named_to_their_last_day(event_words(language), events, published)
    place_toured_visits(events, body, body_mentions, language)  # ("reiste durch mehrere Städte des Landes": the country's trip)
    # ("X's plane has landed ... The working visit runs until Tuesday": X's visit)
    visitors_of_arrivals(events, body, body_mentions, language)
    events = without_unmade_visits(events, language)  # (a visit naming no one who makes it: no report of one)
    # ("From Russia he will go on to Belarus", "俄罗斯之后，还将访问白俄罗斯": the trip's next leg, told in passing)
    events = without_onward_legs(events, body_mentions, language)
    # ("on June 23 ... the summit; on June 24 ... the BRICS Plus session": the 23rd is one sitting of it)
    first_days_as_sessions(events)
    gatherings_attended_by_their_sessions(events)  # ("The plenary is under way. On stage: A, B": at the forum too)
    meeting_attendees(events, body, body_mentions, language)  # ("王毅参加会见。": at the meeting the article reports)
    # (counts and years in the languages with quantity words: knowledge/quantities_<language>.yaml)
    claims = (extract_statement_claims(article_id, body, body_mentions, event_sentences, language)
              if has_quantity_words(language) else [])
    return ArticleExtraction(article_id, stated_date, header_mentions, body_mentions, event_mentions, events, claims,
                             language)
