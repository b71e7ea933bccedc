"""The event words of a language, compiled: ``knowledge/events_<language>.yaml`` is the data
(triggers by event type, cue words of tense, absence, speech, attendance...), and this
module turns it into the regular expressions event_mentions.py and dates.py apply.

Adding a language is adding its file; nothing here names a word of any language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ruchina.errors import RuchinaError
from ruchina.extract.prefilter import Prefilter
from ruchina.knowledge.base import read_knowledge_file

DEFAULT_LANGUAGE = "en"
_REQUIRED = ("triggers", "tense")
#: the keys that are true or false, not words
_SWITCHES = ("word_boundaries", "modifiers_first", "clause_tense")


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
    #: the end of the text before a venue that is a site, a FAC ("on the ")
    site_before: re.Pattern[str] = re.compile("(?!)")
    #: words between an arrival's day and the several-day event it is for ("on Monday for a")
    arrival_for: re.Pattern[str] = re.compile("(?!)")
    #: the present of a schedule ("the leaders are meeting on Wednesday"): a date's clause cue of what is to come
    schedule: re.Pattern[str] = re.compile("(?!)")
    #: whether a date is read in the tense of its own clause where that says one (date_clauses.py)
    clause_tense: bool = False
    #: a session of the event word's event, before it ("the plenary session of the ") or after it
    #: "a meeting of foreign ministers": officials' meeting beside the leaders' (event_officials.py)
    officials_meeting: re.Pattern[str] = re.compile("(?!)")
    session_before: re.Pattern[str] = re.compile("(?!)")
    session_after: re.Pattern[str] = re.compile("(?!)")
    #: a title's event word of an event held before it is told, on a day not given ("Interview")
    told_after: re.Pattern[str] = re.compile("(?!)")
    #: a speaking verb with the person spoken to after it, titles aside ("told", "assured")
    addresses: re.Pattern[str] = re.compile("(?!)")
    #: words of documents both sides sign ("a joint declaration", "bilateral documents")
    signed_by_sides: re.Pattern[str] = re.compile("(?!)")
    #: a relative clause about a person (", who "), ending where its clause begins
    person_relative: re.Pattern[str] = re.compile("(?!)")
    #: a relative word anywhere ("котор\w+", "which"): a pronoun before one is not the event's
    #: person when the event word follows it ("его председательства, событием которого станет саммит")
    relative_word: re.Pattern[str] = re.compile("(?!)")
    #: a relative clause that can only be about people, with a comma or none ("met scientists
    #: who will attend"; not Russian "которая", which may be the meeting's own)
    people_clause: re.Pattern[str] = re.compile("(?!)")
    #: a relative clause right after an event word that tells of the event (", which will be
    #: held in ..."): its tense, place and date are the event's
    event_relative: re.Pattern[str] = re.compile("(?!)")
    #: anywhere in the event word's clause: a habit, not one event ("we meet there twice a year")
    habitual: re.Pattern[str] = re.compile("(?!)")
    #: the end of the text before a meeting word that names another body's meeting ("at a
    #: Security Council "): an indefinite article, then capitalised words
    named_other: re.Pattern[str] = re.compile("(?!)")
    #: an indefinite article ("a", "an"): the event after it is introduced as a new one
    indefinite: re.Pattern[str] = re.compile("(?!)")
    #: the end of the text before a date that makes it an event's occasion, not its day ("a
    #: forum timed to the 80th anniversary of ..."): it dates only the celebrations of it
    occasion: re.Pattern[str] = re.compile("(?!)")
    #: an office as the language writes it -> the office of the knowledge base's `role`
    #: ("Präsident" -> "President"); English offices are their own
    office_roles: dict[str, str] = field(default_factory=dict)
    #: where a country is written as a lower-case inflected adjective ("китайский"): the
    #: stem of its adjective, in lower case -> the country's canonical name
    country_adjectives: dict[str, str] = field(default_factory=dict)
    #: a country's leader named by its adjective ("китайский лидер", "глава китайского
    #: государства"): patterns with the adjective's stem in the group ``demonym``
    country_leaders: tuple[re.Pattern[str], ...] = ()

    def office_role(self, office: str) -> str:
        return self.office_roles.get(office, office)


def _alternatives(patterns) -> str:
    """Patterns as one alternation; none as a pattern that never matches."""
    patterns = list(patterns or ())
    return "|".join(f"(?:{p})" for p in patterns) if patterns else "(?!)"


def _not_text(value):
    """The first entry that is not a string (YAML makes `on` a boolean), else None."""
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list):
        return next((bad for item in value if (bad := _not_text(item)) is not None), None)
    return None if isinstance(value, str) else value


def _trigger_pattern(triggers: dict, spaced: bool = True) -> re.Pattern[str]:
    """One named group per event type, in the order given."""
    groups = (f"(?P<{kind}>\\b(?:{_alternatives(patterns)})\\b)" for kind, patterns in triggers.items())
    return re.compile(_spacing("|".join(groups), spaced), re.IGNORECASE)


def _spacing(template: str, spaced: bool) -> str:
    """A template for a language written without spaces between words ("会谈", not "the
    talks"): no word boundary to look for, and no space required between words."""
    return template if spaced else template.replace(r"\b", "").replace(r"\s+", r"\s*")


def _merged(triggers: dict, more: dict) -> dict:
    merged = {kind: list(patterns) for kind, patterns in triggers.items()}
    for kind, patterns in more.items():
        merged.setdefault(kind, []).extend(patterns)
    return merged


@lru_cache(maxsize=None)
def event_words(language: str = DEFAULT_LANGUAGE) -> EventWords:
    """The compiled event words of ``language`` (``knowledge/events_<language>.yaml``)."""
    name = f"knowledge/events_{language}.yaml"
    data = read_knowledge_file(f"events_{language}")
    missing = [key for key in _REQUIRED if key not in data]
    if missing:
        raise RuchinaError(f"{name}: missing {', '.join(missing)}")
    not_text = _not_text({key: value for key, value in data.items() if key not in _SWITCHES})
    if not_text is not None:
        raise RuchinaError(f"{name}: {not_text!r} is not text; quote it (YAML reads on, no, yes as booleans)")
    try:
        return _compiled(language, data)
    except re.error as error:
        raise RuchinaError(f"{name}: a pattern does not compile ({error})") from error


def _compiled(language: str, data: dict) -> EventWords:
    grammar = data.get("grammar") or {}
    tense = data["tense"]
    remote_call = data.get("remote_call") or {}
    # The function words that templates put around the entries.
    parts = {
        "articles": _alternatives(grammar.get("articles")),
        "links": _alternatives(grammar.get("topic_links")),
        "date_links": _alternatives(grammar.get("date_links")),
        "relative": _alternatives(grammar.get("relative")),
        "clause_links": _alternatives(grammar.get("clause_links")),
        "and": _alternatives(grammar.get("and")),
        "offices": _alternatives(data.get("offices")),
        "office_links": _alternatives(grammar.get("office_links")),
        "leaders": _alternatives(data.get("leaders")),
        "topics": _alternatives(data.get("topic_before")),
    }

    # (word_boundaries: false, a language written without spaces: Chinese)
    for switch in _SWITCHES:
        if not isinstance(data.get(switch, False), bool):
            raise RuchinaError(f"knowledge/events_{language}.yaml: {switch} must be true or false")
    spaced = data.get("word_boundaries", True)
    # a piece of two characters of such a language is as telling as a word of English
    min_piece = None if spaced else 2

    def pattern(entries, template: str = r"\b(?:{words})\b", flags: int = re.IGNORECASE) -> re.Pattern[str]:
        return re.compile(_spacing(template, spaced).format(words=_alternatives(entries), **parts), flags)

    triggers = data["triggers"]
    adjectives = _country_adjectives(language, data)
    stems = "|".join(re.escape(stem) for stem in sorted(adjectives, key=len, reverse=True)) or "(?!)"
    return EventWords(
        language=language,
        trigger=_trigger_pattern(triggers, spaced),
        event_types=tuple(triggers),
        trigger_filter=Prefilter((p for patterns in _merged(triggers, data.get("title_triggers") or {}).values()
                                  for p in patterns), min_piece),
        attending_filter=Prefilter(data.get("attending") or (), min_piece),
        not_event=pattern(data.get("not_events")),
        no_place=frozenset(data.get("no_place") or ()),
        remote=pattern(data.get("remote")),
        remote_talks=pattern(remote_call.get("talks"), r"^(?:{words})$"),
        remote_two=pattern(remote_call.get("two_people"), r"^(?:{words})$"),
        earlier=pattern(data.get("earlier"), r"\b(?:{words})\s+(?:[\w’']+\s+)?$"),
        passing=pattern(data.get("passing")),
        habitual=pattern(data.get("habitual")),
        named_other=pattern(grammar.get("indefinite_articles"), r"\b(?i:{words})\s+(?:[A-Z][\w’'-]*\s+){{1,4}}$", 0)
        if grammar.get("indefinite_articles") else re.compile("(?!)"),
        indefinite=pattern(grammar.get("indefinite_articles"), r"\b(?i:{words})\b", 0)
        if grammar.get("indefinite_articles") else re.compile("(?!)"),
        absent=pattern(data.get("absent"), r"\b(?:{words})\s+(?:(?:{articles})\s+)?(?:\w+\s+)?$"),
        speaks=pattern(data.get("speaks"), r"^\W*(?:{words})\b"),
        attending=pattern(data.get("attending")),
        group=pattern(data.get("group")),
        topic_before=pattern((), r"\b(?:{topics})\s+(?:{links})\s+(?:(?:{articles})\s+)?$"),
        future=pattern(tense.get("future")),
        past=pattern(tense.get("past")),
        not_past=pattern(tense.get("not_past")),
        aim=pattern(tense.get("aim")),
        back_reference=pattern(grammar.get("back_reference"), r"\b(?:{words})\s+$"),
        back_reference_modified=pattern(grammar.get("back_reference"), r"\b(?:{words})\s+(?:(?P<modifier>[^\W\d_][\w-]*)\s+)?$"),
        pronoun=pattern(grammar.get("pronouns")),
        # (a clause a conjunction opens after a comma, "..., а до этого ...", is a clause of
        # its own, not an aside: its break begins after the comma, so _clause_start tells it)
        scope_break=pattern((), r",\s*(?:{relative})\b|;|\s[—–]\s|(?<=,)\s*(?:{clause_links})\b"),
        venue_before=pattern(grammar.get("venue_prepositions"), r"\b(?:{words})\s+(?:(?:{articles})\s+)?$"),
        site_before=pattern(grammar.get("site_prepositions"), r"\b(?:{words})\s+(?:(?:{articles})\s+)?$"),
        since=pattern(grammar.get("since")),
        source_before=pattern(grammar.get("source_before"), r"\b(?:{words})\s+$"),
        noun_trigger=pattern(grammar.get("noun_triggers"), r"^(?:{words})$"),
        headline_future=pattern(tense.get("headline_future")),
        person_relative=pattern(grammar.get("person_relative"), r",\s*(?:{words})\b"),
        people_clause=pattern(grammar.get("people_only_relative"), r"(?:,\s*|\s)(?:{words})\b"),
        event_relative=pattern(grammar.get("event_relative"), r",\s*(?:{words})\b"),
        relative_word=pattern(grammar.get("relative"), r"\b(?:{words})\b"),
        ahead=pattern(tense.get("ahead"), r"\b(?:{words})\s+(?:[\w’'.-]+\s+){{0,5}}$"),
        held_after=pattern(tense.get("held_after"), r"(?:{words})\b"),
        last_day=pattern(tense.get("last_day"), r"\b(?:{words})\s*$"),
        arrival_for=pattern(tense.get("arrival_for"), r"\s*(?:{words})\s"),
        clause_tense=bool(data.get("clause_tense", False)),
        schedule=pattern(tense.get("schedule")),
        told_after=pattern(data.get("told_after"), r"(?:{words})"),
        addresses=pattern(data.get("addresses"), r"\s*(?:{words})\s*"),
        officials_meeting=pattern(data.get("officials_meetings"), r"(?:{words})"),
        signed_by_sides=pattern(data.get("signed_by_sides")),
        session_before=pattern(data.get("sessions"), r"\b(?:{words})\s+(?:{links})\s+(?:(?:{articles})\s+)?(?:[\w’'.-]+\s+){{0,7}}$"),
        session_after=pattern(data.get("sessions"), r"^\s+(?:{words})\b"),
        offices=tuple(data.get("offices") or ()),
        leaders=tuple(data.get("leaders") or ()),
        leaders_of=pattern(data.get("leaders_of")),
        office_after_demonym=pattern((), r"(?:\b(?P<other>[A-Z][\w’']+)\s+(?i:{and})\s+)?\b(?P<demonym>[A-Z][\w’']+)\s+"
                                         r"(?P<office>{offices}|(?i:{leaders}))(?P<plural>s)?\b", 0),
        # (office_links: the words between an office and its country, none where the country
        # is in the genitive: "Председатель КНР"; else the links of topics: "President of")
        office_of=pattern((), r"\b(?:{offices})\s+(?:(?:{office_links})\s+)?(?:(?:{articles})\s+)?$"
                          if "office_links" in grammar else r"\b(?:{offices})\s+(?:{links})\s+(?:(?:{articles})\s+)?$"),
        # Offices are capitalised where they refer to a person: matched as written.
        bare_office=pattern((), r"\b(?i:{articles})\s+(?P<office>{offices})\b(?!\s+(?:{links})\b)(?!\s+[A-Z])", 0),
        frame_before=pattern(data.get("frames"), r"\b(?:{words})\s+(?:(?:{articles})\s+)?(?:[\w’'-]+\s+){{0,3}}$"),
        holder_before=pattern(data.get("date_holders"), r"\b(?:{words})\s+(?:(?:{date_links})\s+)?$"),
        holder_after=pattern(data.get("date_holders"), r"^[’'s]*\s+(?:[\w-]+\s+)?(?:{words})\b"),
        object_head=pattern(grammar.get("object_heads")),
        time_link=pattern(grammar.get("time_links")),
        day_of=tuple((int(n), pattern(entries, r"\b(?:{words})\s*")) for n, entries in (data.get("day_of") or {}).items()),
        title_glue=pattern((), r"(?:{links}|{articles})"),
        place_object=pattern(data.get("place_objects"), r"^(?:{words})$"),
        # (two capitalised names, "Russian-Chinese"; or two adjectives' stems, "российско-китайские")
        country_pair=pattern(data.get("pairs"), rf"\b(?P<first>{stems})\w*(?:{{words}})\s*(?P<second>{stems})\w*\s+$")
        if adjectives else
        pattern(data.get("pairs"), r"\b(?P<first>[A-Z][\w’']+)\s*(?:{words})\s*(?P<second>[A-Z][\w’']+)\s+$", 0),
        title_trigger=_trigger_pattern(_merged(triggers, data.get("title_triggers") or {}), spaced),
        subject_gap=pattern((), r"^[\s,]*(?:(?:{and}|{links}|{articles})[\s,]+)*$"),
        modifiers_first=data.get("modifiers_first", False),
        related_links=pattern(list(data.get("related_links") or ()) + list(data.get("collection_links") or ()),
                              r"\b(?:{words})\b", 0),
        collection_link=pattern(data.get("collection_links"), r"\b(?:{words})\b", 0),
        office_roles=dict(data["offices"]) if isinstance(data.get("offices"), dict) else {},
        country_adjectives=adjectives,
        country_leaders=tuple(re.compile(_spacing(entry.replace("{country}", f"(?P<demonym>{stems})"), spaced),
                                         re.IGNORECASE) for entry in data.get("country_leaders") or ()),
        # A label starts a paragraph or a sentence, or follows an omission ("<…>") or a
        # section break ("* * *"); before the name only capitalised words and the title's
        # small words ("of", "the").
        speaker_title=pattern(data.get("speaker_title_words"),
                              r"(?:^|\n|[.!?…]\s+|[<\[](?:…|\.\.\.)[>\]]\s*|\*\s*\*\s*\*\s*)"
                              r"(?:(?:[A-Z][\w’'.-]*|{words})\s+){{0,12}}$", 0)
        if data.get("speaker_title_words") else re.compile("(?!)"),
        speaker_colon=re.compile(r"\s*(?:\([^()]{0,30}\))?\s*:\s") if data.get("speaker_title_words") else re.compile("(?!)"),
        speaker_initial=pattern(data.get("speaker_labels"), r"(?:{words})", 0),
        stage_direction=pattern(data.get("stage_directions")),
        occasion=pattern(data.get("occasion"), r"\b(?:{words})\s+(?:[\w-]+\s+){{0,3}}$"),
    )


def _country_adjectives(language: str, data: dict) -> dict[str, str]:
    """stem of a country's adjective (lower case) -> the country's canonical name."""
    adjectives = {}
    for country, stems in (data.get("country_adjectives") or {}).items():
        for stem in stems or ():
            adjectives[str(stem).lower()] = str(country)
    for entry in data.get("country_leaders") or ():
        if "{country}" not in entry:
            raise RuchinaError(f"knowledge/events_{language}.yaml: country_leaders entry {entry!r} has no {{country}}")
    return adjectives
