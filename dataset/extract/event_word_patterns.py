"""How a language's event words become the patterns of EventWords (event_words.py): each
entry list of ``knowledge/events_<language>.yaml`` set in its template, with the function
words of the language's grammar around it, as one compiled regular expression.

Nothing here names a word of any language.
"""

from __future__ import annotations

import re

from ruchina.extract.counted_groups import count_words
from ruchina.extract.prefilter import Prefilter


def is_spaced(data: dict) -> bool:
    """Whether a language's words are whole words between spaces (``word_boundaries`` in
    knowledge/events_<language>.yaml; false for a language written without spaces: Chinese)."""
    return data.get("word_boundaries", True)


def listed_pattern(entries, spaced: bool) -> re.Pattern[str]:
    """A list of words as one pattern, in any case, whole words where the language spaces them."""
    alternatives = _alternatives(entries)
    return re.compile(rf"\b(?:{alternatives})\b" if spaced else f"(?:{alternatives})", re.IGNORECASE)


def _alternatives(patterns) -> str:
    """Patterns as one alternation; none as a pattern that never matches."""
    patterns = list(patterns or ())
    return "|".join(f"(?:{p})" for p in patterns) if patterns else "(?!)"


def _session_links(grammar: dict) -> str:
    """The words between a session and its gathering ("the plenary session of the forum",
    "la séance plénière du forum", "пленарное заседание форума": none, the genitive tells it),
    each with the space after it: ``session_links``, else the topic links; an empty entry is
    no word at all, an entry ending in an apostrophe takes no space ("de l'Assemblée")."""
    links = grammar.get("session_links", grammar.get("topic_links")) or ()
    if not links:
        return "(?!)"
    return "|".join(f"(?:{link})(?:\\s+|(?<=['’]))" if link else "" for link in links)


def _trigger_pattern(triggers: dict, spaced: bool = True) -> re.Pattern[str]:
    """One named group per event type, in the order given."""
    groups = (f"(?P<{kind}>\\b(?:{_alternatives(patterns)})\\b)" for kind, patterns in triggers.items())
    return re.compile(_spacing("|".join(groups), spaced), re.IGNORECASE)


def _spacing(template: str, spaced: bool) -> str:
    """A template for a language written without spaces between words ("会谈", not "the
    talks"): no word boundary to look for, and no space required between words."""
    return template if spaced else template.replace(r"\b", "").replace(r"\s+", r"\s*")


def three_way_fields(data: dict) -> dict:
    """The words that tell a three-way meeting (``three_way``) and their prefilter, compiled
    alone from a language's data: the merge asks them of every report, in every language
    (event_words.three_way_words, event_three_way.py), and needs no other event word."""
    spaced = is_spaced(data)
    return dict(
        three_way=re.compile(_spacing(r"(?:{words})", spaced).format(words=_alternatives(data.get("three_way"))),
                             re.IGNORECASE),
        three_way_filter=Prefilter(data.get("three_way") or (), None if spaced else 2),
    )


def _merged(triggers: dict, more: dict) -> dict:
    merged = {kind: list(patterns) for kind, patterns in triggers.items()}
    for kind, patterns in more.items():
        merged.setdefault(kind, []).extend(patterns)
    return merged


def event_word_fields(data: dict, language: str) -> dict:
    """The fields of EventWords (all but ``language``) compiled from a language's data, read
    and checked by event_words.event_words: its switches are true or false, its entries text."""
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
        "support_verbs": _alternatives(grammar.get("support_verbs")),
        "dash_compounds": _alternatives(grammar.get("dash_compounds")),
        "and": _alternatives(grammar.get("and")),
        "offices": _alternatives(data.get("offices")),
        "office_links": _alternatives(grammar.get("office_links")),
        "leaders": _alternatives(data.get("leaders")),
        "topics": _alternatives(data.get("topic_before")),
        "object_marks": _alternatives(grammar.get("object_marks")),
        "object_heads": _alternatives(grammar.get("object_heads")),
        "venues": _alternatives(grammar.get("venue_prepositions")),
        "session_links": _session_links(grammar),
    }

    # (word_boundaries: false, a language written without spaces: Chinese)
    spaced = is_spaced(data)
    # a piece of two characters of such a language is as telling as a word of English
    min_piece = None if spaced else 2

    def pattern(entries, template: str = r"\b(?:{words})\b", flags: int = re.IGNORECASE) -> re.Pattern[str]:
        return re.compile(_spacing(template, spaced).format(words=_alternatives(entries), **parts), flags)

    triggers = data["triggers"]
    counts = "|".join(re.escape(w) for w in sorted(count_words(language), key=len, reverse=True)) or "(?!)"
    adjectives = _country_adjectives(data)
    stems = "|".join(re.escape(stem) for stem in sorted(adjectives, key=len, reverse=True)) or "(?!)"
    return dict(
        trigger=_trigger_pattern(triggers, spaced),
        event_types=tuple(triggers),
        trigger_filter=Prefilter([p for patterns in _merged(triggers, data.get("title_triggers") or {}).values()
                                  for p in patterns] + list(data.get("meeting_hosts") or ())
                                 + list(data.get("meeting_hosted_by") or ())
                                 # (a host's guests after a summit's report: hosted_guests.received_at_gathering)
                                 + list(data.get("video_link_acts") or ()) + list(data.get("host_verbs") or ()),
                                 min_piece),
        attending_filter=Prefilter(data.get("attending") or (), min_piece),
        not_event=pattern(data.get("not_events")),
        no_place=frozenset(data.get("no_place") or ()),
        remote=pattern(data.get("remote")),
        remote_talks=pattern(remote_call.get("talks"), r"^(?:{words})$"),
        remote_two=pattern(remote_call.get("two_people"), r"^(?:{words})$"),
        earlier=pattern(data.get("earlier"), r"\b(?:{words})\s+(?:[\w’']+\s+)?$"),
        passing=pattern(data.get("passing")),
        habitual=pattern(data.get("habitual")),
        plural_event=pattern((data.get("plural_events") or {}).get("words"), r"(?:{words})"),
        plural_singled_out=pattern((data.get("plural_events") or {}).get("singled_out_by"),
                                   r"(?:^|(?<=\W))(?:{words})\s+(?:[\w'’-]+\s+){{0,2}}$"),
        named_other=pattern(grammar.get("indefinite_articles"), r"\b(?i:{words})\s+(?:[A-Z][\w’'-]*\s+){{1,4}}$", 0)
        if grammar.get("indefinite_articles") else re.compile("(?!)"),
        indefinite=pattern(grammar.get("indefinite_articles"), r"\b(?i:{words})\b", 0)
        if grammar.get("indefinite_articles") else re.compile("(?!)"),
        absent=pattern(data.get("absent"), r"\b(?:{words})\s+(?:(?:{articles})\s+)?(?:\w+\s+)?$"),
        absent_after=pattern(data.get("absent_after"), r"[^,;.:]{{0,60}}?\b(?:{words})\b"),
        speaks=pattern(data.get("speaks"), r"^\W*(?:{words})\b"),
        attending=pattern(data.get("attending")),
        # ({counts}: the language's number words from three, kept once in calendar.yaml: counted_groups.py)
        group=pattern([str(p).replace("{counts}", counts) for p in data.get("group") or ()]),
        # (a second place of one topic, after "and": "обсудили ситуацию вокруг Украины и в
        # Азиатско-Тихоокеанском регионе" tells what was discussed, no venue)
        topic_before=pattern((), r"\b(?:{topics})\s+(?:{links})\s+(?:(?:{articles})\s+)?"
                                 r"(?:(?:[^\W\d_][\w'’-]*\s+){{1,3}}(?:{and})\s+(?:{links})\s+(?:(?:{articles})\s+)?)?$"),
        future=pattern(tense.get("future")),
        past=pattern(tense.get("past")),
        not_past=pattern(tense.get("not_past")),
        aim=pattern(tense.get("aim")),
        back_reference=pattern(grammar.get("back_reference"), r"\b(?:{words})\s+$"),
        back_reference_modified=pattern(grammar.get("back_reference"), r"\b(?:{words})\s+(?:(?P<modifier>[^\W\d_][\w-]*)\s+)?$"),
        pronoun=pattern(grammar.get("pronouns")),
        # (a clause a conjunction opens after a comma, "..., а до этого ...", is a clause of
        # its own, not an aside: its break begins after the comma, so event_clauses.clause_start tells it)
        # (not a dash inside a compound noun: "государств — членов ШОС в Тяньцзине", the member states)
        scope_break=pattern((), r",\s*(?:{relative})\b|;|\s[—–]\s(?!(?:{dash_compounds}))|(?<=,)\s*(?:{clause_links})\b"),
        # (", а затем провёл отдельную встречу с Z": the verb that holds the noun, and one word of its kind)
        link_gap=pattern((), r"\s*(?:(?:{clause_links})\s+)*(?:(?:{support_verbs})\s+(?:[^\W\d_]+\s+)?)?"),
        venue_before=pattern(grammar.get("venue_prepositions"), r"\b(?:{words})\s+(?:(?:{articles})\s+)?$"),
        site_before=pattern(grammar.get("site_prepositions"), r"\b(?:{words})\s+(?:(?:{articles})\s+)?$"),
        since=pattern(grammar.get("since")),
        # (past a title of a few words: "according to Kremlin aide Y", "как сообщил помощник президента Y"; where no
        # spaces part the words, the phrase right before the name)
        source_before=pattern(grammar.get("source_before"), (
            r"\b(?:{words})\s+(?:[^\W\d_][\w.-]*\s+){{0,4}}$" if spaced else r"(?:{words})\s*$")),
        noun_trigger=pattern(grammar.get("noun_triggers"), r"^(?:{words})$"),
        headline_future=pattern(tense.get("headline_future")),
        noun_antecedent=pattern(grammar.get("person_nouns"), r"\b(?:{words})\w*\s*[,;:]?\s*$"),
        person_relative=pattern(grammar.get("person_relative"), r",\s*(?:{words})\b"),
        people_clause=pattern(grammar.get("people_only_relative"), r"(?:,\s*|\s)(?:{words})\b"),
        event_relative=pattern(grammar.get("event_relative"), r",\s*(?:{words})\b"),
        gathering_relative=pattern(grammar.get("gathering_relative"), r",\s*(?:{words})\b"),
        relative_word=pattern(grammar.get("relative"), r"\b(?:{words})\b"),
        trip_beginning=pattern(data.get("trip_beginnings"), r"['’]s?\s+(?:[\w-]+\s+){{0,2}}?(?:{words})\b"),
        ahead=pattern(tense.get("ahead"), r"\b(?:{words})\s+(?:[\w’'.-]+\s+){{0,5}}$"),
        held_after=pattern(tense.get("held_after"), r"(?:{words})\b"),
        last_day=pattern(tense.get("last_day"), r"\b(?:{words})\s*$"),
        last_day_after=pattern(tense.get("last_day_after"), r"\s*,?\s*(?:{words})\b"),
        first_day=pattern(tense.get("first_day"), r"\b(?:{words})\s*$"),
        arrival_for=pattern(tense.get("arrival_for"), r"\s*(?:{words})\s"),
        clause_tense=bool(data.get("clause_tense", False)),
        schedule=pattern(tense.get("schedule")),
        speech_link=pattern(tense.get("speech_link")),
        held_kind=pattern(tense.get("held_kind"), r"\b(?:{words})\s+(?:[\w’'-]+\s+){{0,3}}$"),
        told_after=pattern(data.get("told_after"), r"(?:{words})"),
        addresses=pattern(data.get("addresses"), r"\s*(?:{words})\s*"),
        reported_content=pattern(data.get("reported_content")),
        addresses_event=pattern(data.get("addresses"), r"\s*(?:{words})\s+(?:{articles})\s+"
                                r"(?:(?!(?:{articles})\b)[\w’'-]+\s+){{0,3}}") if grammar.get("articles") else re.compile("(?!)"),
        own_report=pattern(data.get("own_report"), r"^\W*(?:{words})\b"),
        own_report_partner=pattern(data.get("own_report_partners"), r"(?:{words})\s*$"),
        officials_meeting=pattern(data.get("officials_meetings"), r"(?:{words})"),
        signed_by_sides=pattern(data.get("signed_by_sides")),
        # (right before the signing's word: "also signed a joint statement")
        added_signing=pattern(data.get("added_signings"), r"\b(?:{words})\s+$"),
        # (after the signing's word, in its clause: "... on X and a statement marking Y")
        added_document=pattern(data.get("added_documents"), r"[^,;:.!?]*?\s(?:{words})\s+"),
        document_kinds=tuple((kind, pattern(entries)) for kind, entries in (data.get("document_kinds") or {}).items()),
        session_before=pattern(data.get("sessions"), r"\b(?:{words})\s+(?:{session_links})(?:(?:{articles})\s+)?(?:[\w’'.-]+\s+){{0,7}}$"),
        # (Chinese writes the session right after its gathering, with no space: "论坛全会")
        # (and English's possessive: "the forum's plenary session")
        session_after=pattern(data.get("sessions"), r"^(?:['’]s)?\s+(?:{words})\b"),
        # (a session word the event word's own match begins with: Russian "пленарное заседание форума")
        session_within=pattern(data.get("sessions"), r"^(?:{words})\b"),
        offices=tuple(data.get("offices") or ()),
        demonym_leaders=tuple(data.get("demonym_leaders") or ()),
        and_words=tuple(grammar.get("and") or ()),
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
        object_verb=pattern(grammar.get("object_verbs"), r"^(?:{words})$"),
        time_link=pattern(grammar.get("time_links")),
        time_link_earlier=pattern(grammar.get("time_links_earlier")),
        time_link_ahead=pattern(grammar.get("time_links_ahead")),
        time_relative=pattern(grammar.get("time_relative"), r",\s*(?:{words})\b"),
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
        subject_dropped=data.get("subject_dropped", False),
        adverbials_before_object=data.get("adverbials_before_object", False),
        related_links=pattern(list(data.get("related_links") or ()) + list(data.get("collection_links") or ()),
                              r"\b(?:{words})\b", 0),
        collection_link=pattern(data.get("collection_links"), r"\b(?:{words})\b", 0),
        office_roles=dict(data["offices"]) if isinstance(data.get("offices"), dict) else {},
        country_adjectives=adjectives,
        country_offices={office: tuple(entries) for office, entries in (data.get("country_offices") or {}).items()},
        institution_office=pattern(data.get("institution_offices"), r"(?<!\w)(?:{words})(?!\w)"),
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
        not_held=pattern(data.get("not_held"), r"(?:^|(?<=\W))(?:{words})\s*$"),
        awaited=pattern(data.get("awaited"), r"(?:^|(?<=\W))(?:{words})\s*$"),
        # (in the event word's clause, before any other clause's punctuation: "the meeting with X in
        # Y will not take place", not "the meeting went ahead; the visit was cancelled"; a relative clause
        # set off by commas may stand between, "the meeting, which both had hoped for, did not take place")
        called_off=pattern(data.get("called_off"), r"[^,;.:!?，。；：]{{0,100}}?"
                           r"(?P<aside>,\s*(?:[\w-]+\s+)?(?:{relative})\b[^,;.:!?，。；：]{{0,80}},)?"
                           r"[^,;.:!?，。；：]{{0,60}}?\b(?:{words})\b"),
        press_events=pattern(data.get("press_events"), r"(?<!\w)(?:{words})(?!\w)"),
        # (up to where the clause ends, with a few words between for the summit's article and
        # name: "on the sidelines of a Eurasian Economic Union (EAEU) summit")
        setting_before=pattern(data.get("sidelines"), r"(?:^|\b)(?:{words})\s+(?:[^\s,;.]+\s+){{0,6}}$"),
        sidelines_alone=pattern(data.get("sidelines_alone")),
        sidelines_told=pattern(list(data.get("sidelines") or ()) + list(data.get("sidelines_alone") or ()),
                               r"(?:^|\b)(?:{words})"),
        # (the words as written: each ends in its own preposition, "meetings with", "встречи с")
        meetings_with_each=pattern(data.get("meetings_with_each"), r"(?:{words})"),
        # (the host's word opening the sentence, the gathering's word and its name after it, then the
        # dash for "is": copula_hosts.py)
        host_copula=pattern(data.get("host_copula"), r"^\s*(?:{words})\s+[^—–,;:.]{{1,80}}?\s[—–]\s"),
        first_person=pattern(data.get("first_person"), r"(?<!\w)(?:{words})(?!\w)"),
        other_persons=pattern(data.get("other_persons"), r"(?<!\w)(?:{words})(?!\w)"),
        # (the second person ending the clause before an event word: "your meeting", "у Вас ... разговор";
        # read on the text from the clause's start to the event word: addressee_events.py)
        addressed_before=pattern(data.get("addressed_before"), r"(?:^|(?<=\W))(?:{words})\s*$"),
        # (the first person and "just" right before an event word, a word at most between: "I have just
        # met", "мы только что провели встречу": speakers_just_done.py)
        just_done=pattern(data.get("just_done"), r"(?:^|(?<=\W))(?:{words})\s+(?:[\w’'-]+\s+)?$"),
        # (the second person right after an event word: "встречи с Вами", "the talks with you")
        addressed_after=pattern(data.get("addressed_after"), r"\s+(?:{words})(?!\w)"),
        body_link=pattern(data.get("summit_body_links"), r"\s*(?:{words})?\s*"),
        body_gap=pattern(data.get("summit_body_gaps"), r"\s*(?:{words})\s*"),
        body_meeting_gap=pattern(data.get("summit_body_meetings"), r"\s*(?:{words})\s*"),
        body_meeting_link=pattern(data.get("summit_body_meeting_links"), r"\s*(?:{words})\s*"),
        body_meeting_heads=(pattern(data.get("summit_body_meeting_heads"), r"\s*(?:{words})(?!\w)")
                            if data.get("summit_body_meeting_heads") else None),
        member_leaders=pattern(data.get("member_leaders")),
        leaders_pronouns=pattern(data.get("leaders_pronouns"), r"^\W*(?:{words})(?!\w)"),
        # (at the sentence's start or after its colon or semicolon: "Result: the participants adopted ...")
        summit_sides=pattern(data.get("summit_sides"), r"(?:^|[:;])\W*(?:{words})(?!\w)"),
        # (a few words may stand between: "after the huge military parade"; "a day before
        # Wednesday's parade", but no "and": the event word after one is another report)
        after_event_before=pattern((data.get("after_event") or {}).get("before"),
                                   r"(?:^|(?<=\W))(?:{words})\s*(?:[\w'’-]+\s+){{0,2}}$"),
        after_event_after=pattern((data.get("after_event") or {}).get("after"), r"\s*(?:{words})"),
        time_reference=pattern(data.get("time_reference"),
                               r"(?:^|(?<=\W))(?:{words})\s+(?:(?!(?:{and})\s)[\w'’-]+\s+){{0,4}}$"),
        possessive=pattern(grammar.get("possessive"), r"(?:{words})\s+(?:[\w'’-]+\s+){{0,2}}$", 0),
        # (a name of a few words may stand between: "Beijing's Belt and Road forum")
        possessive_name=pattern(grammar.get("possessive"), r"(?:{words})\s+(?:[\w'’-]+\s+){{0,4}}$", 0),
        # (a modifier of a clause's length, no clause break in it; after its mark only the
        # object's titles, no "and": "的企业家和普京" names another person beside the object)
        host_verb=pattern(data.get("host_verbs")),
        guest_gap=pattern((), r"^[\s,]*(?:(?:{and}|{links}|{articles}|{object_marks})[\s,]+)*$"),
        # (the day and the place may stand between the verb and its first guest: "empfing am
        # Freitag in Bischkek den ...", "a accueilli vendredi à Bichkek le président ...")
        first_guest_gap=pattern((), r"^[\s,]*(?:(?:{links}|{date_links}|{venues}|{articles}|{object_marks})[\s,]+)*$"),
        # (a few words after its preposition, up to its comma, no clause's stop between, and no
        # head of the event's object: "en Pekín con el presidente chino, X" holds the guest)
        set_off_adverbial=pattern((), r"^[\s,]*(?:{links})\s(?:(?!(?<![\w'’])(?:{object_heads})\s)[^,.;:!?]){{0,60}},"),
        meeting_host=pattern(data.get("meeting_hosts")),
        meeting_hosted_by=pattern(data.get("meeting_hosted_by")),
        subject_opening=pattern((), r"^[\s,]*(?:(?:{and}|{relative}|{clause_links}|{date_links}|{articles})[\s,]+)*$"),
        subject_object_gap=pattern(grammar.get("subject_object_gaps"), r"(?:(?:{words})(?:\s+|$))*")
        if grammar.get("subject_object_gaps") else re.compile("(?!)"),
        modified_object=pattern(grammar.get("object_modifier_ends"),
                                r"[^,;.:!?，。；：、！？]{{1,40}}(?:{words})(?:(?!{and})[^,;.:!?，。；：、！？]){{0,10}}"),
    )


def _country_adjectives(data: dict) -> dict[str, str]:
    """stem of a country's adjective (lower case) -> the country's canonical name."""
    adjectives = {}
    for country, stems in (data.get("country_adjectives") or {}).items():
        for stem in stems or ():
            adjectives[str(stem).lower()] = str(country)
    return adjectives
