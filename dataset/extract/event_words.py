"""The event words of a language, compiled: ``knowledge/events_<language>.yaml`` is the data
(triggers by event type, cue words of tense, absence, speech, attendance...), and EventWords
the regular expressions event_mentions.py and dates.py apply. This module says what each
field means and reads the file, refusing it with the file and the fault named
(event_words_file.py checks it); event_word_patterns.py compiles the fields.

Adding a language is adding its file; nothing here names a word of any language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ruchina.errors import RuchinaError
from ruchina.extract.event_word_patterns import event_word_fields, is_spaced, listed_pattern, three_way_fields
from ruchina.extract.event_words_file import check_events_file
from ruchina.extract.prefilter import Prefilter
from ruchina.knowledge.base import read_knowledge_file

DEFAULT_LANGUAGE = "en"


@dataclass(frozen=True)
class EventWords:
    language: str
    #: every trigger, one named group per event type (the type listed first wins)
    trigger: re.Pattern[str]
    #: event types in the order of the file
    event_types: tuple[str, ...]
    #: whether a sentence (in lower case) may hold an event word, an attendance cue
    trigger_filter: Prefilter
    attending_filter: Prefilter
    not_event: re.Pattern[str]
    no_place: frozenset[str]
    remote: re.Pattern[str]
    #: event words a remote cue makes a call: always, or between two people only
    remote_talks: re.Pattern[str]
    remote_two: re.Pattern[str]
    #: the end of the text before an event word makes it an earlier event ("their last ")
    earlier: re.Pattern[str]
    passing: re.Pattern[str]
    #: between a person and the event word ("is skipping the ")
    absent: re.Pattern[str]
    #: right after a person ("told", "said")
    speaks: re.Pattern[str]
    attending: re.Pattern[str]
    group: re.Pattern[str]
    #: the end of the text before a place makes it a topic ("the situation in ")
    topic_before: re.Pattern[str]
    future: re.Pattern[str]
    past: re.Pattern[str]
    #: forms that look past and report nothing as past: the conditional, a wish ("хотел бы")
    not_past: re.Pattern[str]
    #: a link after which an event is the aim of the act before it ("arrived to attend ")
    aim: re.Pattern[str]
    #: the end of the text before an event word that refers back ("the ")
    back_reference: re.Pattern[str]
    #: the same, with one word between it and the event word ("his working "), the group ``modifier``
    back_reference_modified: re.Pattern[str]
    pronoun: re.Pattern[str]
    #: where a clause about something else begins (", which", ";", " — ")
    scope_break: re.Pattern[str]
    #: the end of the text before a venue ("in the ")
    venue_before: re.Pattern[str]
    #: the clause before a date makes it the start of a period ("since the beginning of")
    since: re.Pattern[str]
    #: the end of the text before a person who is only a source ("according to ")
    source_before: re.Pattern[str]
    #: event words that are nouns: a place right before one is its venue ("the Astana summit")
    noun_trigger: re.Pattern[str]
    headline_future: re.Pattern[str]
    offices: tuple[str, ...]
    #: plural offices after countries' adjectives ("the Brazilian and Indian presidents"), and the
    #: language's words for "and" (demonym_leaders.py)
    demonym_leaders: tuple[str, ...]
    and_words: tuple[str, ...]
    #: words for a country's leader after its demonym ("Chinese leader")
    leaders: tuple[str, ...]
    #: words before a list of countries whose leaders attend ("the heads of ")
    leaders_of: re.Pattern[str]
    #: an office or leader word after a capitalised word, maybe two joined ("Russian and
    #: Chinese leaders"): the word is looked up as a demonym
    office_after_demonym: re.Pattern[str]
    #: an office with its country after it, right before a place's name ("President of the ")
    office_of: re.Pattern[str]
    #: a bare office ("the President"), not followed by "of" or a name
    bare_office: re.Pattern[str]
    #: the end of the text before an event word that frames it ("during a ")
    frame_before: re.Pattern[str]
    #: a date-holding noun right before a date ("briefing on ") or right after it ("Wednesday briefing")
    holder_before: re.Pattern[str]
    holder_after: re.Pattern[str]
    #: what may stand between two people of one subject besides titles ("Putin of Russia and Xi")
    subject_gap: re.Pattern[str]
    #: a word that introduces an event's object ("with")
    object_head: re.Pattern[str]
    #: a word after an event word that opens a clause of another time ("hours after Trump took office")
    time_link: re.Pattern[str]
    #: those of them whose clause tells what came before the sentence's act ("after the visit in March")
    time_link_earlier: re.Pattern[str]
    #: the time links that put another event after the sentence's act ("ahead of Putin's visit"):
    #: whose that event is, and who is no party to the act (event_roles.participants)
    time_link_ahead: re.Pattern[str]
    #: (n, the words right before an event word that name a day as its n-th: "on the second day of his ")
    day_of: tuple[tuple[int, re.Pattern[str]], ...]
    #: the small words inside titles ("of", "the")
    title_glue: re.Pattern[str]
    #: an event word whose object is a place ("visit")
    place_object: re.Pattern[str]
    #: two countries joined right before an event word ("Russian-Chinese ")
    country_pair: re.Pattern[str]
    #: the event words of a title (the body's and the title's own)
    title_trigger: re.Pattern[str]
    #: a page's heading over links to its other pages ("See also"), as written
    related_links: re.Pattern[str] = re.compile("(?!)")
    #: the link to all the materials of the event a page belongs to ("All materials on")
    collection_link: re.Pattern[str] = re.compile("(?!)")
    #: whether the time, the place and the people of an event stand before its word, even
    #: where a sentence has several ("习近平16日在人民大会堂同[进行国事访问的]普京举行会谈")
    modifiers_first: bool = False
    #: whether the language drops a subject pronoun: a clause after a link word with only its day
    #: before the event word has the sentence's opening subject ("..., y ese mismo día se reunió con X")
    subject_dropped: bool = False
    #: whether the day and the place of an act may stand between its verb and its object, as
    #: French and Spanish put them ("a reçu mercredi au Kremlin le président X", "recibió este
    #: miércoles al presidente X"); English puts them after the object
    adverbials_before_object: bool = False
    #: the text from a label's start to a speaker's name in a transcript ("<…> Minister of
    #: Sport "), and what follows the name ("(retranslated): ")
    speaker_title: re.Pattern[str] = re.compile("(?!)")
    speaker_colon: re.Pattern[str] = re.compile("(?!)")
    #: a label written as an initial and a surname ("В.Путин:"), groups ``initial`` and
    #: ``surname`` (speaker_labels; transcripts.py reads what follows it)
    speaker_initial: re.Pattern[str] = re.compile("(?!)")
    #: inside a transcript's parenthesis, words that make the people it names speakers
    #: ("(After that, the Minister of Sport spoke ...)", "(in response to remarks by ...)")
    stage_direction: re.Pattern[str] = re.compile("(?!)")
    #: the end of the text before an event word that puts it after the act the sentence
    #: reports ("Ahead of his visit to China, the President answered ..."): it is still to come
    ahead: re.Pattern[str] = re.compile("(?!)")
    held_after: re.Pattern[str] = re.compile("(?!)")
    #: words right before a date that make it an event's last day ("ended on Thursday")
    last_day: re.Pattern[str] = re.compile("(?!)")
    #: words right after a date that make it the last day of the event they lead to ("on Friday at the end of")
    last_day_after: re.Pattern[str] = re.compile("(?!)")
    #: words right before a day that make it the first of an event's days ("the summit opened on
    #: Saturday"): event_opening_days.py
    first_day: re.Pattern[str] = re.compile("(?!)")
    #: the end of the text before a venue that is a site, a FAC ("on the ")
    site_before: re.Pattern[str] = re.compile("(?!)")
    #: words between an arrival's day and the several-day event it is for ("on Monday for a")
    arrival_for: re.Pattern[str] = re.compile("(?!)")
    #: the present of a schedule ("the leaders are meeting on Wednesday"): a date's clause cue of what is to come
    schedule: re.Pattern[str] = re.compile("(?!)")
    #: a verb of telling and the word that opens what is told ("told reporters that "): a date after
    #: it is in the tense of what is told, not of the telling (date_clauses.py)
    speech_link: re.Pattern[str] = re.compile("(?!)")
    #: an ordinal or superlative before an event word ("the first "): a participle after the word
    #: tells its kind, not that it was held (event_tense.held_before)
    held_kind: re.Pattern[str] = re.compile("(?!)")
    #: whether a date is read in the tense of its own clause where that says one (date_clauses.py)
    clause_tense: bool = False
    #: a session of the event word's event, before it ("the plenary session of the ") or after it
    #: "a meeting of foreign ministers": officials' meeting beside the leaders' (event_officials.py)
    officials_meeting: re.Pattern[str] = re.compile("(?!)")
    session_before: re.Pattern[str] = re.compile("(?!)")
    session_after: re.Pattern[str] = re.compile("(?!)")
    #: a session word the event word's own match opens with ("пленарное заседание форума")
    session_within: re.Pattern[str] = re.compile("(?!)")
    #: a title's event word of an event held before it is told, on a day not given ("Interview")
    told_after: re.Pattern[str] = re.compile("(?!)")
    #: a speaking verb with the person spoken to after it, titles aside ("told", "assured")
    addresses: re.Pattern[str] = re.compile("(?!)")
    #: the whole text between a speaker and the event word that such a verb takes as its object,
    #: an article and a few words of its name ("told a business forum"): he speaks to the gathering
    #: itself, in its hall or by video, and is one of its people (not "told reporters the summit")
    addresses_event: re.Pattern[str] = re.compile("(?!)")
    #: a speaking verb and the word that opens what is told ("to announce that", "para anunciar que"):
    #: a place after it, past the event word, is what was spoken of, not the event's (event_places.py)
    reported_content: re.Pattern[str] = re.compile("(?!)")
    #: right after a person, a speaking verb and the pronoun that opens what is told ("told
    #: reporters that he"): an act of the speaker's own (reported_speakers.py)
    own_report: re.Pattern[str] = re.compile("(?!)")
    #: a word of "with" right before a person, where the partner comes before the event word ("他同X
    #: 共同主持了会晤"): a partner in the speaker's own act, not another actor (reported_speakers.py)
    own_report_partner: re.Pattern[str] = re.compile("(?!)")
    #: words of documents both sides sign ("a joint declaration", "bilateral documents")
    signed_by_sides: re.Pattern[str] = re.compile("(?!)")
    #: the kinds of document an agreement's word may name, each with its nouns ("treaty": "treaty",
    #: "pact"): signings of two kinds are two agreements (document_kinds.py)
    document_kinds: tuple[tuple[str, re.Pattern[str]], ...] = ()
    #: the word before a signing's word that tells it as one more signing ("also signed a
    #: statement"): another document than one of its kind told before (document_kinds.py)
    added_signing: re.Pattern[str] = re.compile("(?!)")
    #: the words joining a second document to a signing's ("and a"): a document of a kind after
    #: them is one more signed at the signing (document_kinds.py)
    added_document: re.Pattern[str] = re.compile("(?!)")
    #: a noun of a person right before a pronoun ("a letter from our veteran, he will march"):
    #: the pronoun is that unnamed person's, not the last one named (event_roles.py)
    noun_antecedent: re.Pattern[str] = re.compile("(?!)")
    #: a relative clause about a person (", who "), ending where its clause begins
    person_relative: re.Pattern[str] = re.compile("(?!)")
    #: an event word that is a verb taking its guest as its direct object ("принял X"): the
    #: words after it are read as after an object head
    object_verb: re.Pattern[str] = re.compile("(?!)")
    #: a relative word anywhere ("котор\w+", "which"): a pronoun before one is not the event's
    #: person when the event word follows it ("его председательства, событием которого станет саммит")
    relative_word: re.Pattern[str] = re.compile("(?!)")
    #: a trip's noun and the verb of its start, right after its traveller's possessive ("'s Asian tour
    #: began"): the traveller is the antecedent of a relative clause's pronoun (relative_subjects.py)
    trip_beginning: re.Pattern[str] = re.compile("(?!)")
    #: a relative clause that can only be about people, with a comma or none ("met scientists
    #: who will attend"; not Russian "которая", which may be the meeting's own)
    people_clause: re.Pattern[str] = re.compile("(?!)")
    #: a relative clause right after an event word that tells of the event (", which will be
    #: held in ..."): its tense, place and date are the event's
    event_relative: re.Pattern[str] = re.compile("(?!)")
    #: the same after a gathering's noun only (a summit's, a forum's, a parade's), in a
    #: language whose relative words after a visit's word tell its span in words the date readers
    #: take for one day ("визитом, который продлится до 7 июня"): its place and date are the gathering's
    gathering_relative: re.Pattern[str] = re.compile("(?!)")
    #: anywhere in the event word's clause: a habit, not one event ("we meet there twice a year")
    habitual: re.Pattern[str] = re.compile("(?!)")
    #: an event word in the plural that names several events, none in particular ("meetings",
    #: "summits"), and the end of the text before one that singles them out ("the "): generic_plurals.py
    plural_event: re.Pattern[str] = re.compile("(?!)")
    plural_singled_out: re.Pattern[str] = re.compile("(?!)")
    #: the end of the text before a meeting word that names another body's meeting ("at a
    #: Security Council "): an indefinite article, then capitalised words
    named_other: re.Pattern[str] = re.compile("(?!)")
    #: an indefinite article ("a", "an"): the event after it is introduced as a new one
    indefinite: re.Pattern[str] = re.compile("(?!)")
    #: the end of the text before a date that makes it an event's occasion, not its day ("a
    #: forum timed to the 80th anniversary of ..."): it dates only the celebrations of it
    occasion: re.Pattern[str] = re.compile("(?!)")
    #: the end of the text before an event word that says it was not held ("did not hold a
    #: bilateral "): no report, while the sentence's other event words keep theirs (event_negation.py)
    not_held: re.Pattern[str] = re.compile("(?!)")
    #: the start of the text after an event word, in its clause, that says it will not be or was not
    #: held ("... in Argentina will not take place", "... was cancelled"): no report either
    called_off: re.Pattern[str] = re.compile("(?!)")
    #: the end of the text before a visit's word that says it is waited for ("was waiting for a "): a
    #: visit awaited with no date after these words is no event yet (awaited_visits.py)
    awaited: re.Pattern[str] = re.compile("(?!)")
    #: the text between a clause's start and its event word when a link word opens it and no
    #: subject stands between (", then met Z"): coordinated_subjects.py
    link_gap: re.Pattern[str] = re.compile("(?!)")
    #: words of a title that make its page a news conference or answers to questions, whose
    #: unknown speakers are reporters, not participants (press_questioners.py)
    press_events: re.Pattern[str] = re.compile("(?!)")
    #: the end of the text before a summit's word that tells it as the setting of talks ("on the
    #: sidelines of a BRICS "): another event than the talks (summit_settings.py)
    setting_before: re.Pattern[str] = re.compile("(?!)")
    #: in a meeting's clause, its sidelines with no gathering named ("on the sidelines this
    #: evening"): the article's one summit's (bare_sidelines.py)
    sidelines_alone: re.Pattern[str] = re.compile("(?!)")
    #: sidelines told, a gathering named after them or not ("on the sidelines of", "on the
    #: margins"): a meeting so told is held at a gathering, at its place (summit_sideline_places.py)
    sidelines_told: re.Pattern[str] = re.compile("(?!)")
    #: the plural meeting words before a list of leaders that tell one meeting with each ("held
    #: meetings with A, B and C"; meetings_with_each.py)
    meetings_with_each: re.Pattern[str] = re.compile("(?!)")
    #: the words that name a gathering's host before a dash for "is" ("Хозяин саммита —"; copula_hosts.py)
    host_copula: re.Pattern[str] = re.compile("(?!)")
    #: the first person ("we"), and the other persons that, coming after it before an event word,
    #: make a plan someone else's ("we know you have a meeting"): first_person_events.py
    first_person: re.Pattern[str] = re.compile("(?!)")
    other_persons: re.Pattern[str] = re.compile("(?!)")
    #: the second person before an event word in its clause, and right after it, that make the
    #: transcript turn's addressee a party ("your meeting", "встречи с Вами"): addressee_events.py
    addressed_before: re.Pattern[str] = re.compile("(?!)")
    addressed_after: re.Pattern[str] = re.compile("(?!)")
    #: the first person with "just" before an event word: the speaker's own act done just before
    #: the one under way ("I have just met with ..."): speakers_just_done.py
    just_done: re.Pattern[str] = re.compile("(?!)")
    #: the whole text between a summit's word and the body named after it that holds it ("of
    #: the " in "summit of the Shanghai Cooperation Organisation"): summit_bodies.py
    body_link: re.Pattern[str] = re.compile("(?!)")
    #: the words that may stand between a body's name and the summit's word after it, beside a
    #: space ("上合组织第二十次元首理事会": an edition's number): summit_bodies.py
    body_gap: re.Pattern[str] = re.compile("(?!)")
    #: the words between a body's name and a meeting's word after it that make the meeting the
    #: body's summit ("金砖国家领导人第十五次会晤": its leaders' meeting): summit_bodies.py
    body_meeting_gap: re.Pattern[str] = re.compile("(?!)")
    #: the text between a meeting's word and a body after it whose leaders meet, and the leaders' words
    #: right after the body where the language puts them there: the body's summit (summit_bodies.py)
    body_meeting_link: re.Pattern[str] = re.compile("(?!)")
    body_meeting_heads: re.Pattern[str] | None = None
    #: a body's members' leaders naming no body ("the leaders of the member states"): member_gatherings.py
    member_leaders: re.Pattern[str] = re.compile("(?!)")
    #: the pronoun opening a sentence for the leaders told right before, and the words for the sides of
    #: the summit told right before ("They adopted ...", "The two sides adopted ..."): documents_after_summits.py
    leaders_pronouns: re.Pattern[str] = re.compile("(?!)")
    summit_sides: re.Pattern[str] = re.compile("(?!)")
    #: the start of the text after an event word, in its clause, that tells its subject stays
    #: away where the negation follows the event ("Modi nimmt an dem Gipfel nicht teil")
    absent_after: re.Pattern[str] = re.compile("(?!)")
    #: the end of the text before an event word ("after the "), or the text right after one
    #: ("結束後"), that tells another report of the sentence held after it (event_after_events.py)
    after_event_before: re.Pattern[str] = re.compile("(?!)")
    after_event_after: re.Pattern[str] = re.compile("(?!)")
    #: the end of the text before an event word, in its clause, that names it only to date
    #: another event ("held talks a day before the ", "einen Tag vor der "): that word reports
    #: no event, the sentence's others keep theirs (sentence_reports.py); a few words may stand
    #: between ("a day before Wednesday's huge "), but no "and" ("a day after the summit and
    #: talks with ...": the talks are reported)
    time_reference: re.Pattern[str] = re.compile("(?!)")
    #: the end of the text between a date and an event word that puts the date in the
    #: possessive ("Wednesday's huge "): that event's day (event_word_dates.py)
    possessive: re.Pattern[str] = re.compile("(?!)")
    #: the same before an event word a place is the possessor of ("Beijing's Belt and Road "): possessive_places.py
    possessive_name: re.Pattern[str] = re.compile("(?!)")
    #: the text between an event word and its object where a modifier of the object stands
    #: between them, ending in its mark ("会见[来华出席峰会的]普京", met Putin, who came to
    #: attend the summit): the person after it is the event's, not the modifier's event's
    modified_object: re.Pattern[str] = re.compile("(?!)")
    #: the words, less titles, that may stand between a subject put after its verb and the object
    #: after it ("traf Trump am Samstag Chinas Staatschef Xi": "am"): the object takes part too
    #: (inverted_objects.py); none in a language that does not put its subject after the verb
    subject_object_gap: re.Pattern[str] = re.compile("(?!)")
    #: a verb of hosting guests, the people listed after it ("hosted", "received"): hosted_guests.py
    host_verb: re.Pattern[str] = re.compile("(?!)")
    #: what may stand between a host's guests besides titles: subject_gap's words and the
    #: language's marks of a person as object (Spanish "recibió al presidente X": ``object_marks``)
    guest_gap: re.Pattern[str] = re.compile("(?!)")
    #: what may stand between the hosting verb and the first guest: besides guest_gap's words the
    #: day and the place received at (dates blanked out, ``venue_prepositions``)
    first_guest_gap: re.Pattern[str] = re.compile("(?!)")
    #: a place's or a time's phrase set off by commas between a host's verb and his guest, opening
    #: with a place's preposition ("a reçu mercredi 24 mai dans la soirée, au palais X, le
    #: premier ministre ..."): host_meetings.adverbials_only passes over it
    set_off_adverbial: re.Pattern[str] = re.compile("(?!)")
    #: a host's verb that tells a meeting with the person right after it ("will host Modi"): host_meetings.py
    meeting_host: re.Pattern[str] = re.compile("(?!)")
    #: a host's verb in the passive, the guest before it and the host after it ("was received by"): host_meetings.py
    meeting_hosted_by: re.Pattern[str] = re.compile("(?!)")
    #: what may stand between a clause's start and its subject: link and relative words, a date's
    #: preposition, articles ("when X is to be received by Y", "On Tuesday X was received")
    subject_opening: re.Pattern[str] = re.compile("(?!)")
    #: a relative word of time opening a clause after a comma (", when"): when_clauses.py
    time_relative: re.Pattern[str] = re.compile("(?!)")
    #: an office as the language writes it -> the office of the knowledge base's `role`
    #: ("Präsident" -> "President"); English offices are their own
    office_roles: dict[str, str] = field(default_factory=dict)
    #: where a country is written as a lower-case inflected adjective ("китайский"): the
    #: stem of its adjective, in lower case -> the country's canonical name
    country_adjectives: dict[str, str] = field(default_factory=dict)
    #: a country's leader named by its adjective ("китайский лидер", "глава китайского
    #: государства"): patterns with the adjective's stem in the group ``demonym``
    country_leaders: tuple[re.Pattern[str], ...] = ()
    #: another office of a country named by its adjective ("the Russian minister", "китайского
    #: премьера"): the knowledge base's office -> patterns with ``{country}`` (country_offices.py)
    country_offices: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: the office of a body of several countries written with its name ("le président de la Commission
    #: européenne"): a title between two people of a list, like a country's office (hosted_guests.py)
    institution_office: re.Pattern[str] = re.compile("(?!)")

    def office_role(self, office: str) -> str:
        return self.office_roles.get(office, office)


@lru_cache(maxsize=None)
def three_way_words(language: str) -> tuple[Prefilter, re.Pattern[str]]:
    """A language's words in a meeting's clause that make it three-way, another meeting than two
    leaders' talks (``three_way``; event_three_way.py), and the prefilter a lower-case clause must
    pass to hold one: compiled apart from the other event words, since the merge reads every
    language's and compiling each language's whole EventWords for them cost `add` and
    `validate --changed` ~0.26 s of CPU. event_words() checks them with the rest of the file."""
    try:
        fields = three_way_fields(read_knowledge_file(f"events_{language}"))
    except re.error as error:
        raise RuchinaError(f"knowledge/events_{language}.yaml: a pattern does not compile ({error})") from error
    return fields["three_way_filter"], fields["three_way"]


@lru_cache(maxsize=None)
def event_words(language: str = DEFAULT_LANGUAGE) -> EventWords:
    """The compiled event words of ``language`` (``knowledge/events_<language>.yaml``)."""
    name = f"knowledge/events_{language}.yaml"
    data = read_knowledge_file(f"events_{language}")
    check_events_file(name, data)
    three_way_words(language)
    try:
        return EventWords(language=language, **event_word_fields(data, language))
    except re.error as error:
        raise RuchinaError(f"{name}: a pattern does not compile ({error})") from error


@lru_cache(maxsize=None)
def listed_words(language: str, key: str) -> re.Pattern[str] | None:
    """One list of ``knowledge/events_<language>.yaml`` (``here_words``, ``held_remotely``...) as one
    pattern, whole words where the language spaces them; None when the file lists none."""
    data = read_knowledge_file(f"events_{language}")
    words = data.get(key) or []
    if not words:
        return None
    return listed_pattern(words, is_spaced(data))

