"""The events one article reports (extract/event_mentions.py, event_roles.py, event_words.py).

Every fixture is written for these tests, in the shape of what real pages say (a kremlin.ru
item, a wire report), with other names and words; each stands beside a look-alike that
must not do what it does."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.corpus.event_merge import merge_across_articles
from ruchina.extract.extraction import extract_article

PUTIN, XI = "Q7747", "Q15031"
TOKAYEV, MIRZIYOYEV, JAPAROV = "kassym-jomart-tokayev", "shavkat-mirziyoyev", "sadyr-japarov"
MOSCOW, BEIJING, ASTANA = "Q649", "Q956", "Q1520"
MON = dt.date(2024, 7, 1)  # a Monday
THU = dt.date(2024, 7, 4)


def events(body, published=None, title=None, article_id="t1"):
    return extract_article(article_id, title, None, body, published).events


def main_event(body, published=None, title=None):
    (main,) = [e for e in events(body, published, title) if e.main]
    return main


def kind(event):
    """The event's type as the merge names it (the commonest of its reports' types, the more
    specific on a tie)."""
    return merge_across_articles([event], {})[0].event_type


def day(event):
    return (event.date.first, event.date.last, event.date.precision) if event.date else None


# --- the title is the strongest statement of the main event -------------------------------

def test_a_title_names_the_main_event_and_the_lead_its_people():
    main = main_event("Vladimir Putin had a meeting in the Kremlin with Kassym-Jomart Tokayev, who is in Moscow on a "
                      "working visit.", MON, title="Meeting with President of Kazakhstan Kassym-Jomart Tokayev")
    assert kind(main) == "meeting"
    assert main.participants == {PUTIN, TOKAYEV}
    assert main.location_id == MOSCOW, "the Kremlin is in Moscow"
    assert day(main) == (MON, MON, "day"), "the day's news: the publication date"


def test_a_wire_title_with_both_leaders_and_a_place():
    lead = ("Russian President Vladimir Putin and Chinese President Xi Jinping discussed trade and energy for "
            "three hours.")
    main = main_event(lead, THU, title="Putin, Xi hold talks in Beijing")
    assert kind(main) == "meeting" and main.participants == {PUTIN, XI} and main.location_id == BEIJING


def test_a_headline_infinitive_is_planned_and_stays_undated():
    main = main_event("The leaders are due to discuss a gas pipeline, aides said.", THU,
                      title="Putin and Xi to meet in Beijing")
    assert main.mentions[0].status == "planned"
    assert main.date is None, "a planned event with no date is not on the publication day"


def test_a_title_without_an_event_word_leaves_the_lead_as_the_main_event():
    main = main_event("Shavkat Mirziyoyev met Kassym-Jomart Tokayev in Astana on Tuesday.", THU,
                      title="Greetings to the staff of a music school")
    assert main.participants == {MIRZIYOYEV, TOKAYEV} and main.location_id == ASTANA
    assert day(main) == (dt.date(2024, 7, 2), dt.date(2024, 7, 2), "day")


def test_the_title_type_names_the_merged_event():
    body = "Vladimir Putin took part in the summit of the Central Asian states. The meeting lasted four hours."
    main = main_event(body, MON, title="Summit of Central Asian leaders")
    assert {m.event_type for m in main.mentions} == {"summit"}


# --- calls ------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Vladimir Putin had a telephone conversation with President of Kazakhstan Kassym-Jomart Tokayev.",
    "Vladimir Putin and Kassym-Jomart Tokayev spoke by phone on Monday.",
    "Vladimir Putin held talks, via videoconference, with President of the Republic of Kazakhstan "
    "Kassym-Jomart Tokayev.",
    "Kassym-Jomart Tokayev and Vladimir Putin held a phone call about gas prices.",
])
def test_phone_and_video_talks_are_calls_with_no_place(sentence):
    main = main_event(sentence, MON)
    # (the knowledge base's people only: what discovery makes of "the Republic of" is linking's)
    assert kind(main) == "call" and {p for p in main.participants if p in (PUTIN, TOKAYEV)} == {PUTIN, TOKAYEV}
    assert main.location_id is None and day(main) == (MON, MON, "day")


@pytest.mark.parametrize("sentence, expected", [
    ("Vladimir Putin held a meeting, via videoconference, with members of the Government.", "meeting"),
    ("Vladimir Putin took part in the summit of the Eurasian states via videoconference.", "summit"),
    ("Vladimir Putin met Kassym-Jomart Tokayev in Astana.", "meeting"),
    ("Vladimir Putin had a working meeting with Governor Kassym-Jomart Tokayev, via videoconference.", "meeting"),
])
def test_a_meeting_or_summit_held_by_video_is_no_call(sentence, expected):
    assert kind(main_event(sentence, MON)) == expected


def test_a_title_of_talks_is_a_call_when_the_lead_says_they_were_by_video():
    main = main_event("Vladimir Putin held talks, via videoconference, with President of China Xi Jinping.", MON,
                      title="Talks with President of China Xi Jinping")
    assert kind(main) == "call" and main.participants == {PUTIN, XI}


def test_calls_on_different_days_or_with_other_leaders_are_other_events():
    monday = extract_article("a", "Telephone conversation with President of Kazakhstan Kassym-Jomart Tokayev", None,
                             "Vladimir Putin had a telephone conversation with Kassym-Jomart Tokayev.", MON)
    same_day_other = extract_article("b", "Telephone conversation with President of Kyrgyzstan Sadyr Japarov", None,
                                     "Vladimir Putin had a telephone conversation with Sadyr Japarov.", MON)
    thursday = extract_article("c", "Telephone conversation with President of Kazakhstan Kassym-Jomart Tokayev", None,
                               "Vladimir Putin had a telephone conversation with Kassym-Jomart Tokayev.", THU)
    next_day_report = extract_article("d", None, None, "Vladimir Putin and Kassym-Jomart Tokayev spoke by phone "
                                                       "yesterday, the Kremlin said.", MON + dt.timedelta(days=1))
    articles = (monday, same_day_other, thursday, next_day_report)
    names = {m.entity_id: m.name for x in articles for m in x.mentions}
    calls = merge_across_articles([e for x in articles for e in x.events], names)
    groups = sorted(sorted(c.article_ids) for c in calls if c.event_type == "call")
    assert groups == [["a", "d"], ["b"], ["c"]]


def test_a_president_s_meetings_on_other_days_or_with_other_people_stay_apart():
    def meeting(article_id, title, lead, published):
        return extract_article(article_id, title, None, lead, published)

    articles = [
        meeting("a", "Meeting with President of Kazakhstan Kassym-Jomart Tokayev",
                "Vladimir Putin met with Kassym-Jomart Tokayev.", MON),
        meeting("b", "Meeting with Governor Ivan Petrov", "Vladimir Putin met with Governor Ivan Petrov.", MON),
        meeting("c", "Meeting with President of Kazakhstan Kassym-Jomart Tokayev",
                "Vladimir Putin met with Kassym-Jomart Tokayev.", THU),
        meeting("d", None, "Putin and Tokayev met in the Kremlin on Monday, the presidential press service said.",
                MON + dt.timedelta(days=1)),
    ]
    names = {m.entity_id: m.name for x in articles for m in x.mentions}
    meetings = merge_across_articles([e for x in articles for e in x.events], names)
    assert sorted(sorted(m.article_ids) for m in meetings) == [["a", "d"], ["b"], ["c"]]


def test_summit_reports_of_its_first_and_second_day_are_one_event():
    first = extract_article("a", None, None, "Putin and Xi Jinping attended the summit in Kazan on Tuesday.",
                            dt.date(2024, 10, 22))
    second = extract_article("b", None, None, "On its second day the summit in Kazan heard Xi Jinping and Putin on "
                                              "Wednesday.", dt.date(2024, 10, 23))
    names = {m.entity_id: m.name for x in (first, second) for m in x.mentions}
    (summit,) = [e for e in merge_across_articles(first.events + second.events, names) if e.event_type == "summit"]
    assert summit.article_ids == ["a", "b"]


@pytest.mark.parametrize("title, lead, expected", [
    ("Russian-Chinese talks", "Vladimir Putin and Xi Jinping spent the day in Beijing.", {PUTIN, XI}),
    ("Russia–China talks", "Vladimir Putin and Xi Jinping spent the day in Beijing.", {PUTIN, XI}),
    ("Russian-Chinese talks", "Vladimir Putin spent the day in Beijing.", {PUTIN}),
])
def test_the_sides_of_talks_named_by_their_countries_are_their_leaders(title, lead, expected):
    # (a leader the article does not name is not guessed)
    assert main_event(lead, THU, title=title).participants == expected


def test_a_news_conference_following_talks_reports_the_talks():
    main = main_event("Vladimir Putin and Xi Jinping answered questions.", THU,
                      title="News conference following Russian-Chinese talks")
    assert kind(main) == "meeting"
    interview = main_event("Vladimir Putin answered questions from a television host.", THU,
                           title="Interview with a Chinese television channel")
    assert kind(interview) == "other"


@pytest.mark.parametrize("sentence, expected", [
    ("Leaders of the CSTO held a meeting of the heads of state in Moscow.", "summit"),
    ("The President took part in a session of the Collective Security Treaty Organisation Collective Security "
     "Council.", "summit"),
    ("The President held a meeting of the Security Council.", "meeting"),
])
def test_a_meeting_of_heads_of_state_is_a_summit(sentence, expected):
    assert kind(main_event(sentence, THU)) == expected


def test_a_visit_s_object_is_its_place():
    main = main_event("On December 6, Vladimir Putin will visit India.", dt.date(2021, 11, 26))
    assert (kind(main), main.location_id, main.mentions[0].status) == ("visit", "Q668", "planned")
    assert day(main) == (dt.date(2021, 12, 6), dt.date(2021, 12, 6), "day")
    assert main_event("Vladimir Putin will visit Indian dancers.", THU).location_id is None


# --- dates ------------------------------------------------------------------------------------

def test_a_background_event_does_not_take_the_publication_date():
    found = events("Vladimir Putin met Kassym-Jomart Tokayev in Astana. They recalled the summit in Tashkent, "
                   "which was held in 2019.", THU, title="Meeting with President of Kazakhstan Kassym-Jomart Tokayev")
    assert [day(e) for e in found] == [(THU, THU, "day")], "the 2019 summit is background, not news"


def test_an_undated_article_keeps_its_undated_events():
    found = events("Vladimir Putin met Kassym-Jomart Tokayev in Astana. They recalled the summit in Tashkent.")
    assert sorted(kind(e) for e in found) == ["meeting", "summit"] and all(e.date is None for e in found)


@pytest.mark.parametrize("sentence, first, last", [
    ("Xi Jinping will pay a three-day state visit to Russia from 7 to 10 May.",
     dt.date(2025, 5, 7), dt.date(2025, 5, 10)),
    ("Xi Jinping will make a state visit to Russia on 15–18 June.", dt.date(2024, 6, 15), dt.date(2024, 6, 18)),
    ("Xi Jinping makes a state visit to Russia on June 30-July 2, 2024.", dt.date(2024, 6, 30), dt.date(2024, 7, 2)),
])
def test_a_visit_of_several_days_keeps_its_whole_range(sentence, first, last):
    published = dt.date(2024, 6, 1) if "June" in sentence else dt.date(2025, 4, 20)
    main = main_event(sentence, published)
    assert day(main) == (first, last, "day")


def test_a_date_holder_dates_the_briefing_not_the_meeting():
    briefing = main_event("Dmitry Peskov said at a Wednesday press briefing that Putin and Xi will meet in Beijing.",
                          THU)
    assert briefing.date is None, "Wednesday is the briefing's day"
    meeting = main_event("Dmitry Peskov said Putin and Xi will meet in Beijing on Wednesday.", THU)
    assert day(meeting) == (dt.date(2024, 7, 10), dt.date(2024, 7, 10), "day")


def test_a_statement_the_leaders_sign_is_no_holder_of_its_day():
    """A document named as the event's own, right before the day, holds no day of its own: the day is
    the signing's. Beside it, a statement another issues dates only the statement."""
    signed = main_event("Vladimir Putin and Xi Jinping signed a joint statement on Wednesday in Moscow.", THU)
    assert day(signed) == (dt.date(2024, 7, 3), dt.date(2024, 7, 3), "day")
    told = main_event("Putin and Xi met in Moscow, the Kremlin said in a statement on Wednesday.", THU)
    assert told.date is None or told.date.phrase != "Wednesday"


def test_the_day_before_and_next_february():
    found = events("In follow up to the meeting in Moscow the day before, the two leaders agreed to meet again in "
                   "Beijing next February.", THU)
    (planned,) = [e for e in found if e.location_id == BEIJING]
    assert (planned.date.first, planned.date.precision) == (dt.date(2025, 2, 1), "month")


# --- sentences that mention an event without reporting it -------------------------------------

@pytest.mark.parametrize("sentence", [
    "Putin and Xi have met more than 40 times since 2013.",
    "As agreed during their last conversation, the ministers will prepare a report.",
    "The agreements reached during the talks in Astana are being implemented.",
    "His most recent trip to Russia was in 2023.",
])
def test_a_passing_mention_reports_no_event(sentence):
    assert [kind(e) for e in events(sentence, THU) if kind(e) in ("meeting", "call")] == []


@pytest.mark.parametrize("sentence", [
    "Putin and Xi met in Beijing on Tuesday.",
    "Putin and Xi will meet in Beijing next week.",
])
def test_the_look_alikes_report_one(sentence):
    assert [kind(e) for e in events(sentence, THU)] == ["meeting"]


@pytest.mark.parametrize("sentence", [
    "The new port fully meets the growing needs of the regional economy.",
    "Only then will the plant meet the greenhouse gas emissions target.",
    "We hope the proposal will meet with the support of our partners.",
])
def test_meeting_a_need_is_no_meeting(sentence):
    assert events(sentence) == []


def test_the_look_alike_meets_someone():
    (meeting,) = events("The port director meets with the regional governor on Friday.")
    assert kind(meeting) == "meeting"


@pytest.mark.parametrize("sentence", [
    "Narendra Modi is skipping the Astana summit, which Putin and Xi attend.",
    "Narendra Modi did not attend the Astana summit on Tuesday.",
])
def test_a_leader_who_skips_the_summit_does_not_take_part(sentence):
    main = main_event(sentence, THU)
    assert kind(main) == "summit" and "Q1058" not in main.participants


# --- participants -------------------------------------------------------------------------------

def test_the_people_an_act_is_about_do_not_meet_at_its_frame():
    main = main_event("Putin congratulated Trump on his victory during a meeting of the Security Council.", THU)
    assert main.participants == {PUTIN}, "Trump was congratulated, not at the meeting"
    both = main_event("Putin and Xi Jinping signed a statement during a meeting in the Kremlin.", THU)
    assert {PUTIN, XI} <= both.participants


def test_those_listed_as_attending_join_the_event_before():
    main = main_event("Vladimir Putin took part in a meeting of the Eurasian council. Also taking part in the meeting "
                      "were President of Kazakhstan Kassym-Jomart Tokayev and President of Kyrgyzstan Sadyr Japarov.",
                      THU)
    assert main.participants == {PUTIN, TOKAYEV, JAPAROV}


def test_a_list_of_leaders_also_taking_part_joins_the_summit():
    main = main_event("Vladimir Putin took part in the summit of the five states, held by video. President of "
                      "Kazakhstan Kassym-Jomart Tokayev, President of Kyrgyzstan Sadyr Japarov and President of China "
                      "Xi Jinping are also taking part in the summit.", THU)
    assert main.participants == {PUTIN, TOKAYEV, JAPAROV, XI}


def test_the_sides_of_talks_named_with_their_titles_are_the_subject_of_a_frame():
    main = main_event("Vladimir Putin and President of Kazakhstan Kassym-Jomart Tokayev made statements for the press "
                      "following Russia-Kazakhstan talks.", THU)
    assert main.participants == {PUTIN, TOKAYEV}
    assert main.location_id is None, "a side of the talks is not where they were held"


def test_the_heads_of_countries_listed_are_their_leaders_the_article_names():
    main = main_event("The Kremlin hosted a meeting of the heads of state of the Eurasian bloc. Taking part in the "
                      "meeting, timed to an anniversary, were the heads of Russia, Kazakhstan and Kyrgyzstan. Later "
                      "Vladimir Putin, Kassym-Jomart Tokayev and Sadyr Japarov signed a statement.", THU)
    assert {PUTIN, TOKAYEV, JAPAROV} <= main.participants


def test_those_who_address_a_session_or_moderate_it_take_part():
    main = main_event("Vladimir Putin attended the plenary session of the economic forum in Kazan. Xi Jinping "
                      "addressed the session via videoconference. The session was moderated by Dmitry Peskov.", THU)
    assert main.participants == {PUTIN, XI, "dmitry-peskov"}
    lone = main_event("Vladimir Putin is taking part in the summit of the Eurasian states.", THU)
    assert kind(lone) == "summit" and lone.participants == {PUTIN}, "a sentence reporting it is no list"


def test_the_host_who_invited_a_visitor_takes_part_in_the_visit():
    main = main_event("On February 4, Vladimir Putin will visit China at the invitation of President of the People's "
                      "Republic of China Xi Jinping.", dt.date(2022, 2, 2))
    assert main.participants == {PUTIN, XI} and main.location_id == "Q148"


def test_an_office_refers_to_the_person_the_knowledge_base_gives_it():
    found = events("Vladimir Putin and Xi Jinping have known each other for years. The President of Russia had a "
                   "telephone conversation with the Chinese President on Monday.", THU)
    (call,) = [e for e in found if kind(e) == "call"]
    assert call.participants == {PUTIN, XI}
    # (an office of a page that names no holder of it is the holder of the page's year: seat_holders.py; "the
    # President of Russia" is no such phrase, so he stays unknown)
    unnamed = main_event("The President of Russia had a telephone conversation with the Chinese President.", THU)
    assert unnamed.participants == {XI}, "an unnamed office is its holder of the year"
    undated = main_event("The President of Russia had a telephone conversation with the Chinese President.", None)
    assert undated.participants == set(), "with no date, an office refers to someone the article names"
    nobody = main_event("The Prime Minister of Kazakhstan had a telephone conversation with the Kyrgyz Prime Minister.",
                        THU)
    assert nobody.participants == set(), "the knowledge base gives no one these offices"


def test_talks_the_main_event_s_president_only_heard_of_are_not_dated_by_it():
    found = events("Vladimir Putin had a telephone conversation with Kassym-Jomart Tokayev. He also informed his "
                   "counterpart about the talks of the two delegations.", THU)
    assert [kind(e) for e in found] == ["call"], "undated talks that share only Putin are background"


def test_two_leaders_refer_back():
    found = events("Putin arrived in Astana on Monday. Tokayev greeted him at the airport. The two leaders then held "
                   "talks.", THU)
    (talks,) = [e for e in found if kind(e) == "meeting"]
    assert talks.participants == {PUTIN, TOKAYEV}


# --- status -------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, status", [
    ("Putin is expected to meet Xi in Kazan.", "planned"),
    ("A meeting between Putin and Xi has been scheduled in Kazan.", "planned"),
    ("Putin will hold talks with Xi in Kazan.", "planned"),
    ("The upcoming summit in Kazan will gather the leaders.", "planned"),
    ("Putin held talks with Xi in Kazan.", "occurred"),
    ("Putin met Xi in Kazan.", "occurred"),
])
def test_status_from_the_clause(sentence, status):
    (event,) = events(sentence, THU)
    assert {m.status for m in event.mentions} == {status}


# --- places ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, place", [
    ("Putin and Xi held talks at the Great Hall of the People, on his second day in Beijing.", BEIJING),
    ("Putin and Xi held talks in the Kremlin after a walk through Moscow.", MOSCOW),
    ("Putin and Xi met at Zhongnanhai for tea; Beijing was cold.", BEIJING),
    ("Putin and Xi met in Astana to discuss the situation in Gaza.", ASTANA),
    ("Putin and Xi held talks at the Great Hall of the People.", BEIJING),
    ("Putin and Xi held talks in the Kremlin.", MOSCOW),
    ("Putin and Xi held talks at the Grand Kremlin Palace, the most solemn hall of Moscow.", MOSCOW),
])
def test_a_venue_places_the_event_in_its_city(sentence, place):
    # (in its city whether or not the article names the city: the entities table then holds
    # the city as the knowledge base has it, corpus/unnamed_places.py)
    assert main_event(sentence, THU).location_id == place


def test_a_call_has_no_place_and_a_dateline_is_no_venue():
    main = main_event("BEIJING, July 4 - Xi Jinping and Vladimir Putin spoke by phone on Thursday.", THU)
    assert kind(main) == "call" and main.location_id is None
    # The dateline says where the reporter is: it places a meeting only when no sentence
    # does (it is the page's place line: extract/datelines.py), never over a sentence's place.
    meeting = main_event("BEIJING, July 4 - Xi Jinping and Vladimir Putin met in Astana on Thursday.", THU)
    assert meeting.location_id == ASTANA


# --- wire-report shapes ----------------------------------------------------------------------------

def test_a_visit_of_two_days_from_its_arrival():
    main = main_event("Vladimir Putin arrived in Beijing on Thursday for a two-day state visit, his first trip abroad "
                      "this term.", dt.date(2024, 5, 16))
    assert kind(main) == "state_visit" and main.location_id == BEIJING
    assert day(main) == (dt.date(2024, 5, 16), dt.date(2024, 5, 17), "day")
    one_day = main_event("Vladimir Putin arrived in Beijing on Thursday for a state visit.", dt.date(2024, 5, 16))
    assert day(one_day) == (dt.date(2024, 5, 16), dt.date(2024, 5, 16), "day")


@pytest.mark.parametrize("sentence", [
    "Xi Jinping spoke over the phone on Monday with Vladimir Putin.",
    "Xi Jinping and Vladimir Putin held a video conversation on Monday.",
    "Xi Jinping and Vladimir Putin had a long conversation via video link on Monday.",
    "Xi Jinping and Vladimir Putin exchanged greetings by phone on Monday.",
])
def test_more_ways_of_saying_call(sentence):
    main = main_event(sentence, THU)
    assert kind(main) == "call" and main.participants == {PUTIN, XI}


def test_a_host_and_a_guest_in_one_clause_both_take_part():
    main = main_event("Chinese President Xi Jinping hosted Russian President Vladimir Putin for official talks in "
                      "Beijing.", THU)
    assert (kind(main), main.participants, main.location_id) == ("meeting", {PUTIN, XI}, BEIJING)


def test_a_plane_that_lands_brings_a_visit():
    assert kind(main_event("Vladimir Putin's plane landed in Beijing late on Wednesday.", THU)) == "visit"


def test_a_country_s_leader_or_counterpart_is_the_one_the_article_names():
    found = events("Xi Jinping praised Vladimir Putin's leadership. The Chinese leader met his Russian counterpart in "
                   "Beijing on Tuesday.", THU)
    (meeting,) = [e for e in found if kind(e) == "meeting"]
    assert meeting.participants == {PUTIN, XI}
    both = main_event("In a rare meeting, Russian and Chinese leaders pledged support. Xi Jinping and Vladimir Putin "
                      "spoke of trade.", THU)
    assert both.participants == {PUTIN, XI}


def test_an_opening_phrase_s_event_has_the_main_clause_s_subject():
    main = main_event("In a lengthy meeting in Moscow, President Vladimir Putin of Russia and Xi Jinping, China's "
                      "leader, presented a united front.", THU)
    assert main.participants == {PUTIN, XI} and main.location_id == MOSCOW
    other = main_event("In a lengthy meeting in Moscow, the delegations argued; Putin later spoke to reporters.", THU)
    assert PUTIN not in other.participants


def test_a_conversation_in_person_is_a_meeting():
    assert kind(main_event("Xi Jinping and Vladimir Putin had a long conversation in the Kremlin.", THU)) == "meeting"


def test_an_intention_is_planned():
    main = main_event("Vladimir Putin intends to speak by phone with Xi Jinping soon.", THU)
    assert (kind(main), main.mentions[0].status, main.date) == ("call", "planned", None)


# --- the event words are data ----------------------------------------------------------------

def _knowledge_files():
    from importlib import resources
    return sorted(p for p in (resources.files("ruchina") / "knowledge").iterdir() if p.name.startswith("events_"))


@pytest.mark.parametrize("path", _knowledge_files(), ids=lambda p: p.name)
def test_every_language_file_loads_with_no_key_twice(path):
    import yaml

    from ruchina.extract.event_words import event_words

    def no_duplicates(loader, node, deep=False):
        keys = [loader.construct_object(key, deep=deep) for key, _ in node.value]
        assert len(keys) == len(set(keys)), f"{path.name}: a key is given twice (YAML keeps the last silently)"
        return loader.construct_mapping(node, deep)

    class Strict(yaml.SafeLoader):
        pass

    Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, no_duplicates)
    yaml.load(path.read_text(encoding="utf-8"), Loader=Strict)
    language = path.name.removeprefix("events_").removesuffix(".yaml")
    assert "meeting" in event_words(language).event_types


def test_a_word_yaml_reads_as_a_boolean_is_refused(tmp_path, monkeypatch):
    from ruchina.errors import RuchinaError
    from ruchina.extract import event_words as module

    monkeypatch.setattr(module, "read_knowledge_file", lambda name: {"triggers": {"meeting": ["met"]},
                                                                     "tense": {"future": [True]}})
    module.event_words.cache_clear()
    try:
        with pytest.raises(RuchinaError, match="quote it"):
            module.event_words("xx")
    finally:
        module.event_words.cache_clear()


@pytest.mark.parametrize("pattern, pieces", [
    ("summits?", {"summit"}),
    ("(?:tele)?phone (?:conversations?|calls?)", {"phone c"}),  # (the parser takes out the common "c")
    ("(?:signed|inked) (?:a )?deal", {"signed ", "inked "}),
    ("(?:had|has) (?:signed|inked)", {"had signed", "had inked", "has signed", "has inked"}),
    ("(?:was|were) (?:also )?(?:attended|joined) by", {"attended by", "joined by"}),
    ("(?:a|b)?c", None),  # no piece of three letters is promised
    ("(?:around|at) the (?:[\\w-]+ )?table", {"table"}),  # (by its letters: not " the ", in every sentence)
])
def test_the_pieces_a_pattern_promises(pattern, pieces):
    from ruchina.extract.prefilter import required_pieces

    assert required_pieces(pattern) == (frozenset(pieces) if pieces is not None else None)


def test_a_set_the_parser_makes_of_alternatives_still_gives_pieces():
    """"通話|通话" parses as 通 and the set [話话]; "Das|Dies" as D and a branch: each reading is a piece."""
    from ruchina.extract.prefilter import required_pieces

    assert required_pieces("通話|通话", 2) == frozenset({"通話", "通话"})
    assert required_pieces("(?-i:Das|Dies) (?:hat|hatte)") == frozenset({"das hat", "das hatte", "dies hat",
                                                                          "dies hatte"})


def test_no_languages_prefilter_lets_every_sentence_through():
    from ruchina.extract.event_words import event_words
    from ruchina.knowledge.base import event_languages

    assert len(event_languages()) >= 6
    for language in event_languages():
        words = event_words(language)
        assert not words.trigger_filter.always and not words.attending_filter.always, language


def test_the_prefilter_never_hides_an_event_word():
    """Every trigger that matches a sentence of these tests' fixtures is let through by the
    automaton; and it keeps most sentences without an event word out."""
    import inspect
    import re

    from ruchina.extract.event_words import event_words

    words = event_words()
    source = inspect.getsource(inspect.getmodule(test_the_prefilter_never_hides_an_event_word))
    sentences = [s for s in re.findall(r'"([^"\n]{20,})"', source)]
    assert len(sentences) > 80
    for sentence in sentences:
        if words.trigger.search(sentence) or words.title_trigger.search(sentence):
            assert words.trigger_filter.may_match(sentence.lower()), sentence
        if words.attending.search(sentence):
            assert words.attending_filter.may_match(sentence.lower()), sentence
    plain = ["The economy grew by three percent.", "Prices of grain rose in the spring.", "He thanked the workers."]
    assert not any(words.trigger_filter.may_match(s.lower()) for s in plain)
    assert not any(words.attending_filter.may_match(s.lower()) for s in plain)


# --- what happens during the main visit ---------------------------------------------------

VISIT_ANNOUNCED = ("On 4 July, Vladimir Putin will visit Kazakhstan at the invitation of President of Kazakhstan "
                   "Kassym-Jomart Tokayev. ")


def test_talks_said_to_happen_during_the_main_visit_take_its_day_place_and_host():
    found = events(VISIT_ANNOUNCED + "During the visit, the President of Russia will hold talks on energy and "
                   "transport.", MON)
    (talks,) = [e for e in found if e.family == "gathering"]
    assert day(talks) == (THU, THU, "day"), "the talks are held during the visit of the 4th"
    assert talks.location_id == "Q232", "in the country visited"
    assert talks.participants == {PUTIN, TOKAYEV}, "the visitor's talks are with his host"


def test_a_summit_the_visit_s_sentence_speaks_of_is_not_held_during_it():
    found = events(VISIT_ANNOUNCED + "During the visit, the two leaders will discuss the coming SCO summit.", MON)
    (summit,) = [e for e in found if e.family == "gathering"]
    assert summit.date is None and summit.location_id is None, "a larger event is not inside the visit"


def test_talks_beside_a_main_event_that_holds_nothing_keep_their_own_time():
    found = events("On 4 July, Vladimir Putin will have a telephone conversation with Kassym-Jomart Tokayev, and "
                   "the two leaders will agree to hold talks on energy.", MON)
    (call,) = [e for e in found if e.main]
    (talks,) = [e for e in found if e.family == "gathering"]
    assert call.family == "call" and day(call) == (THU, THU, "day")
    assert talks.date is None, "a call holds no talks: they are agreed on, not held then"
