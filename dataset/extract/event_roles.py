"""Who takes part in an event a sentence reports, and when (where: event_places.py): the roles
around one event word (event_mentions.py finds the words).

* participants: the people named in the event word's clause, before it (its subject) or right after it (its
  object: "meeting with Xi"); people referred to by office ("the President of China", "the Chinese President", a
  bare "the President": the article's most named president, by the knowledge base's `role`; a lower-case
  adjective and a leader word, "китайский лидер"); two countries joined before the event word ("Russian-Chinese
  talks", "российско-китайские переговоры": each side's leader the article names); "the two leaders" (the people
  named before); one who speaks to a participant at it ("Xi told Putin ... during a call"). Not those who only
  speak of it, who stay away from it, or whom another act is about when the event is only its frame
  ("congratulated Trump during a meeting").
* date: the date phrase of the clause nearest the event word, not one that dates a briefing or an interview.
"""

from __future__ import annotations

from dataclasses import replace

from ruchina.extract.article_people import ArticlePeople, offices_by_role, role_holder
from ruchina.extract.companions import next_to_the_subject
from ruchina.extract.counted_groups import counted, counts_two, referred_group
from ruchina.extract.country_offices import country_office_references
from ruchina.extract.dates import ResolvedDate
from ruchina.extract.event_report import EventMention
from ruchina.extract.event_words import EventWords
from ruchina.extract.guest_references import guest_references
from ruchina.extract.host_meetings import adverbials_only, only_a_title, without_set_off_adverbials
from ruchina.extract.hosted_guests import hosted_guests, without_country_leaders, without_dates, without_titles
from ruchina.extract.inverted_objects import object_after_the_subject, pronoun_after_an_opening, pronoun_after_the_verb
from ruchina.extract.linked_events import inside_another
from ruchina.extract.linking import Mention
from ruchina.extract.message_senders import message_sender
from ruchina.extract.object_lists import continues_the_objects, reach_start
from ruchina.extract.office_deputies import deputys_office
from ruchina.extract.office_names import named_after
from ruchina.extract.office_speakers import office_speaks
from ruchina.extract.office_subjects import office_subjects
from ruchina.extract.opening_offices import opening_office_subject
from ruchina.extract.possessive_titles import owner_of_a_titled_name
from ruchina.extract.relative_subjects import relative_clause_subject
from ruchina.extract.reported_speakers import tells_own_act
from ruchina.extract.spoken_to import person_spoken_to, told_when_they_met
from ruchina.text.sentences import iter_sentences

#: within this many characters after the event word a person is its object ("meeting with Xi"), not further on
OBJECT_REACH = 45
#: how far before a name the phrase that makes its bearer a source may start ("according to Kremlin aide ")
SOURCE_REACH = 60
#: ... or after "with" and at most this many words that are not capitalised (titles and names are).
OBJECT_SMALL_WORDS = 6


def name_as_adjective(sentence: str, end: int) -> bool:
    """A name joined by a hyphen to a word in lower case ("a Stalin-era building", "the
    Putin-backed plan", "Mao-style"): an adjective of something else, not the person acting. (A
    second name after the hyphen, "the Putin-Xi talks", names two sides.)"""
    return sentence[end:end + 1] in ("-", "\u2011") and sentence[end + 1:end + 2].islower()


def office_references(words: EventWords, sentence: str, mentions: list[Mention],
                      people: ArticlePeople) -> list[tuple[int, str]]:
    """(position, person id) of the people the sentence refers to by office, not by name."""
    found = []
    names_at = {m.start for m in mentions if m.entity_type == "PERSON"}
    places = [m for m in mentions if m.entity_type == "GPE"]
    demonyms = offices_by_role()[1]
    for place in places:
        # "the President of China" (a name right after the place is a person named anyway)
        match = words.office_of.search(sentence, max(0, place.start - 40), place.start)
        # (not a deputy's: "заместителя председателя КНР" is not the chairman)
        if match and not named_after(sentence, place.end, names_at) and not deputys_office(
                words.language, sentence, match.start()):
            office = next((o for o in words.offices if match.group().startswith(o)), None)
            holder = office and people.dated_roles.get(f"{words.office_role(office)} of {place.name}",
                                                       role_holder(words.office_role(office), place.name))
            if holder in people.named:
                found.append((match.start(), holder))
    for match in words.office_after_demonym.finditer(sentence):
        # "the Chinese President", "his Russian counterpart", "Russian and Chinese leaders",
        # not followed by a name
        office, plural = match.group("office"), bool(match.group("plural"))
        if named_after(sentence, match.end(), names_at):
            continue
        sides = [match.group("demonym")] + ([match.group("other")] if plural and match.group("other") else [])
        for demonym in sides:
            country = demonyms.get(demonym)
            if country is None:
                continue
            holder = (people.dated_roles.get(f"{words.office_role(office)} of {country}",
                                             role_holder(words.office_role(office), country))
                      if office in words.offices else people.by_country.get(country))
            if holder in people.named:
                found.append((match.start(), holder))
    for pattern in words.country_leaders:
        # "китайский лидер", "глава китайского государства" (a lower-case adjective): the
        # leader the article names for that country, when no name follows right after it ("le
        # dirigeant chinois doit rencontrer M. Trump": the one met is no name of the leader)
        for match in pattern.finditer(sentence):
            holder = people.by_country.get(words.country_adjectives.get(match.group("demonym").lower(), ""))
            if holder in people.named and not named_after(sentence, match.end(), names_at, next_word=True):
                found.append((match.start(), holder))
    by_adjective = {m.span(): people.by_country.get(words.country_adjectives.get(m.group("demonym").lower(), ""))
                    for pattern in words.country_leaders for m in pattern.finditer(sentence)}
    for match in words.bare_office.finditer(sentence):
        span = next(((start, end) for start, end in by_adjective if start <= match.start("office") < end), None)
        if span is not None:
            # ("le président sud-africain": that country's leader, not the article's; a name right after it names him)
            holder = by_adjective[span]
            if holder in people.named and not named_after(sentence, span[1], names_at, next_word=True):
                found.append((match.start(), holder))
        elif holder := people.by_bare_office.get(match.group("office")):
            found.append((match.start(), holder))
    found += office_subjects(words.language, sentence, people.by_bare_office)  # ("Президент провёл")
    found += country_office_references(words, sentence, mentions, people)  # ("the Russian minister")
    found += guest_references(words.language, sentence, mentions, people)  # ("empfing den Gast")
    # ("The Russian president, who arrived yesterday ...": the subject the sentence opens with)
    return found + opening_office_subject(words.language, sentence, demonyms, people.by_country, people.named)


def leaders_of_countries(words: EventWords, sentence: str, mentions: list[Mention],
                         people: ArticlePeople) -> list[tuple[int, str]]:
    """ "the heads of Russia, Armenia and Belarus": each country's leader the article names."""
    match = words.leaders_of.search(sentence)
    if not match:
        return []
    found = []
    for m in mentions:
        if m.entity_type == "GPE" and m.start >= match.end() and (leader := people.by_country.get(m.name)):
            found.append((m.start, leader))
    return found


def pair_references(words: EventWords, sentence: str, trigger_start: int, people: ArticlePeople,
                    named_here: frozenset[str] = frozenset()) -> list[tuple[int, str]]:
    """ "Russian-Chinese talks", "Russia–China summit": the two sides' leaders the article names.
    A compound adjective ("российско-американские переговоры") names talks at every level,
    the experts' too: it gives the leaders only where it opens its sentence (a headline,
    "Российско-китайские переговоры продолжились ...") or the event's clause names one of them. A body
    paired with a country ("EU-China summit") gives no one: the text says who sits for the country."""
    match = words.country_pair.search(sentence, max(0, trigger_start - 60), trigger_start)
    if not match:
        return []
    _, demonyms, names = offices_by_role()
    found = []
    for group in ("first", "second"):
        side = match.group(group)
        country = demonyms.get(side) or names.get(side) or words.country_adjectives.get(side.lower())
        if country is None:  # (a body's side)
            return []
        elif leader := people.by_country.get(country):
            found.append((match.start(group), leader))
    if (words.country_adjectives and sentence[:match.start()].strip(" «\"„“")
            and not named_here & {pid for _, pid in found}):
        return []
    return found


def pair_sides(words: EventWords, sentence: str, trigger_start: int) -> tuple[str, ...]:
    """The two countries a compound before the event word names ("Russian-Chinese talks",
    "американо-украинская встреча"), when both are countries; () otherwise."""
    match = words.country_pair.search(sentence, max(0, trigger_start - 60), trigger_start)
    if not match:
        return ()
    _, demonyms, names = offices_by_role()
    sides = tuple(demonyms.get(side) or names.get(side) or words.country_adjectives.get(side.lower())
                  for side in (match.group("first"), match.group("second")))
    return sides if all(sides) else ()


def participants(words: EventWords, sentence: str, mentions: list[Mention], references: list[tuple[int, str]],
                 trigger: tuple[int, int], clause: tuple[int, int], scope_end: int,
                 people: ArticlePeople, linked: list[tuple[int, int]]) -> tuple[str, ...]:
    """The people of the event word at ``trigger``; ``linked``: the sentence's phrases of events
    its act comes ahead of (linked_events.linked_spans)."""
    trigger_start, trigger_end = trigger
    framed = bool(words.frame_before.search(sentence, clause[0], trigger_start))
    named = [(m.start, m.end, m.entity_id) for m in mentions if m.entity_type == "PERSON"]
    named += [(start, start, pid) for start, pid in references]
    named += [(start, start, pid) for start, pid in pair_references(  # (named in the event's own clause)
        words, sentence, trigger_start, people, frozenset(pid for start, _, pid in named if start >= clause[0]))]
    named.sort()
    # ("Lavrov met Wang ahead of Putin's visit": whose the event is, named between the link and its word, takes
    # it, not the act's people; where modifiers come first the link closes its phrase, "在……前夕")
    link = None if words.modifiers_first else max(
        words.time_link_ahead.finditer(sentence, max(clause[0], trigger_start - 60), trigger_start),
        key=lambda m: m.start(), default=None)
    owned_from = link.start() if link and any(link.end() <= s < trigger_start for s, _, _ in named) else None
    chosen, host = [], bool(words.object_verb.match(sentence[trigger_start:trigger_end]))  # (a host's verb)
    reach_from = reach_start(mentions, trigger_start, trigger_end)  # (past the event's own name: object_lists.py)
    subject_open = True  # still in the clause's subject ("Putin and Xi ..."), before any verb
    boundary = clause[0]
    before = False  # someone named before the event word: its subject
    addressed = set()  # where the people spoken to start ("Xi told Putin"): in the subject too
    after_verb = None  # where the last person chosen after the event word ends ("traf Trump ... Xi")
    objects = 0  # how many people were chosen after the event word (a list of its objects)
    for start, end, pid in named:
        if name_as_adjective(sentence, end) or message_sender(words, sentence, start):
            continue  # (nor the sender of a message told: "brought Xi a message from Putin")
        if start >= trigger_end and (start >= scope_end or (
                start - reach_from > OBJECT_REACH and not _object_after(
                    words, sentence[reach_from:start], sentence[trigger_start:trigger_end]))) and (
                not words.modified_object.fullmatch(sentence, trigger_end, start)) and (
                start >= scope_end or not object_after_the_subject(words, sentence, after_verb, start)) and (
                start >= scope_end or not continues_the_objects(words, sentence, after_verb, start, objects, host)):
            continue  # (past the event's words, unless a modifier of its object, or its list, stands between)
        if start < clause[0] or (owned_from is not None and start < owned_from) or inside_another(
                linked, start, trigger_start):
            continue  # (and "Ahead of Tokayev's visit, Wang met Z": Tokayev is the visit's)
        if start >= trigger_end and (words.time_link.search(sentence, trigger_end, start)
                                     or words.time_link_ahead.search(sentence, trigger_end, start)):
            continue  # ("hold a video call hours after Trump took office", "met ahead of Putin's visit")
        spoken_to = person_spoken_to(words, sentence, end, named, trigger_start) if framed else None
        if spoken_to is not None:
            addressed.add(spoken_to)  # "Xi told Putin ... during a call": the two spoke at it
        elif ((words.speaks.match(sentence[end:]) or (end == start and office_speaks(words, sentence, start)))
              and not tells_own_act(
                words, sentence, end, trigger_start, [s for s, _, _ in named])
              # (an object set off by a comma before the verb of saying is no speaker: "X holds talks
              # with Y, says they agree", a headline's, whose subject says it)
              and not (start >= trigger_end and sentence[end:].lstrip().startswith(","))
              and not words.addresses_event.fullmatch(sentence, end, trigger_start)
              # (the telling is the event's own word: "X told Prime Minister Y on Friday that ...")
              and not (trigger_start >= end and not sentence[end:trigger_start].strip())) or words.source_before.search(
                sentence[max(0, start - SOURCE_REACH):start]):
            continue  # the one who talks about the event (not of his own act: "said that he met Y")
        if start < trigger_start and (words.absent.search(sentence[end:trigger_start])
                                      or words.absent_after.match(sentence, trigger_end)):
            continue  # "Modi is skipping the summit", "Modi nimmt am Gipfel nicht teil"
        if framed and start < trigger_start:
            # "Putin congratulated Trump during a meeting of the Security Council": only
            # the subject, the people before the first verb, were at the meeting.
            gap = without_country_leaders(words, sentence[boundary:start])  # (see there)
            # ("Li Peng stood next to Yeltsin during the parade": beside the subject, at it too: companions.py)
            subject_open = subject_open and (boundary == clause[0] or start in addressed
                                             or bool(words.subject_gap.match(without_titles(gap) + " "))
                                             or next_to_the_subject(words.language, gap))
            boundary = max(boundary, end)
            if not subject_open:
                continue
        chosen.append(pid)
        objects += start >= trigger_end
        after_verb = end if start >= trigger_end else after_verb
        before = before or start < trigger_start
    chosen = [*told_when_they_met(words, sentence, named, clause[0], trigger_start), *chosen]  # ("X told Y when they met")
    own_link = next(((s, e) for s, e in linked if s <= trigger_start < e), None)
    if own_link and words.pronoun.search(sentence, own_link[0], trigger_start) and (
            subject := next((pid for s, _, pid in named if not own_link[0] <= s < own_link[1]), None)):
        # ("Ahead of his visit to China, Putin met Z", "Putin, ahead of his talks with Xi, met Z": the act's subject's)
        return tuple(dict.fromkeys([subject] + chosen))
    if framed and not (own_link and chosen):  # ("Ahead of the talks, X and Y posed": theirs; not "of Z's visit")
        chosen += _fronted_subject(words, sentence, named, clause, trigger_end)
    group_word = words.group.search(sentence)
    if group_word and (counted(words.language, group_word.group()) or 0) > 2 and words.relative_word.search(
            sentence, trigger_end, group_word.start()):
        # ("a week in which Xi hosted the five presidents": a count in a relative clause after the event word is its own)
        group_word = None
    # ("the five are due to": the five named last; "X met Y, after which the sides signed": X and Y)
    last_group = referred_group(words, group_word, sentence, named, people, trigger_start) if group_word else ()
    if last_group and set(chosen) <= set(last_group) and not (
            len(chosen) == 2 < len(last_group) and counts_two(words.language, group_word.group())):
        # "the two leaders", with or without one of them named; but two named here are the two ("Jiang held talks
        # with Yeltsin, and the two heads of state signed ..." after a five-nation summit: not the five)
        chosen = list(last_group)
    elif last_group and chosen and sentence[trigger_end:group_word.start()].isspace() and all(s < trigger_start for s, _, p in named if p in chosen):
        chosen = list(dict.fromkeys(chosen + list(last_group)))  # ("Y met the two leaders": its object, and Y)
    elif framed and group_word and group_word.start() < trigger_start < group_word.end():
        chosen += [pid for s, _, pid in named if clause[0] <= s < trigger_start]  # ("X greets A and B before their talks")
    # (the pronoun may be the event word's own object, "ждём его ... 9 мая"; not one before a relative word the event
    # word follows, "its chairmanship, whose main event will be a summit", nor after a noun: "our veteran, he will")
    elif not chosen and (pronoun := words.pronoun.search(sentence, _after_relative(words, sentence, 0, trigger_start),
                                                         max(trigger_end, trigger_start + 1))) and people.last_people \
            and not words.noun_antecedent.search(sentence, 0, pronoun.start()):
        chosen = [people.last_people[0]]
    elif chosen and people.last_people and people.last_people[0] not in chosen and (pronoun_after_the_verb(
            words.language, sentence, trigger_end) or (
            pronoun := words.pronoun.search(sentence, max(clause[0], _after_relative(words, sentence, 0, trigger_start)),
                                            trigger_start)) and not any(s < pronoun.start() for s, _, _ in named)
            and not words.speaks.match(sentence[pronoun.end():]) and (not before or _subject_pronoun(
                words, sentence, pronoun, trigger_start))
            and not owner_of_a_titled_name(words.language, sentence, pronoun, [s for s, _, _ in named], trigger_start)):
        # ("He will hold a meeting with Modi": the one named before meets the one named here; not where one is named
        # before the pronoun, "Putin's trips included China, where he met Xi", nor "His minister, X, met Y". Talks'
        # subject a pronoun: "Le matin, il a coprésidé avec X la rencontre"; "Dort traf er X": right after the verb)
        chosen.insert(0, people.last_people[0])
    if (subject := relative_clause_subject(words, sentence, clause[0], trigger_start, named)) and subject not in chosen:
        chosen.insert(0, subject)  # ("Putin flew in from X, where he had talks with Y": Putin too)
    return tuple(dict.fromkeys(chosen))


def _subject_pronoun(words: EventWords, sentence: str, pronoun, trigger_start: int) -> bool:
    """Whether the pronoun, the subject of talks, opens its sentence, a clause after a phrase ("Le matin, il")
    or follows an auxiliary in second place."""
    before, word = sentence[:pronoun.start()].rstrip(), words.trigger.match(sentence, trigger_start)
    return bool(word and word.lastgroup == "meeting") and (not before or (
        before.endswith(",") and "," not in before[:-1] and len(before.split()) <= 4)
        or pronoun_after_an_opening(words.language, before))  # ("Am ersten Tag hatte er", "On Tuesday he")


def _after_relative(words: EventWords, sentence: str, start: int, trigger_start: int) -> int:
    """Where the event word's own words begin for a pronoun: after the last relative word
    between ``start`` and the event word, else ``start``."""
    return max((m.end() for m in words.relative_word.finditer(sentence, start, trigger_start)), default=start)


def _fronted_subject(words: EventWords, sentence: str, named: list, clause: tuple[int, int], trigger_end: int) -> list:
    """ "In a meeting in Moscow, Putin and Xi presented a united front": an event in a phrase
    that opens the sentence has the main clause's subject for its people."""
    if sentence[clause[0]:trigger_end].count(",") or "," not in sentence[trigger_end:clause[1]]:
        return []
    boundary = sentence.index(",", trigger_end, clause[1]) + 1
    subject = []
    for start, end, pid in named:
        if start < boundary:
            continue
        if not words.subject_gap.match(without_titles(sentence[boundary:start]) + " "):
            break
        subject.append(pid)
        boundary = end
    return subject


def _object_after(words: EventWords, gap: str, event_word: str = "") -> bool:
    """ "talks, via videoconference, with President of the People's Republic of China Xi":
    a person after "with" and a few small words and titles is the event's object (after one title alone,
    any). So is one a few such words after a verb that takes its guest as its object, where a language
    writes titles in lower case ("принял сегодня в Кремле премьера Госсовета КНР X": ``object_verbs``)."""
    # (no word of the gap: a day before the guest, "recibió este jueves en Nueva Delhi a su homólogo chino, X";
    # the act's day and place set off by commas, "a reçu mercredi dans la soirée, au palais X, le premier ministre Y")
    if words.adverbials_before_object and words.object_verb.match(event_word):
        gap = without_set_off_adverbials(words, without_dates(words, gap, times=True))
    small = without_titles(without_dates(words, gap)).split()
    # ("of" and "the" glue titles together: "President of the Republic of ...")
    counted = [w for w in small if not words.title_glue.fullmatch(w)]
    # (French and Spanish: only the act's day, place and his titles before the guest; not "recibe al
    # presidente de la Duma a días de la llegada de X")
    verb_object = bool(words.object_verb.match(event_word)) and (
        not words.adverbials_before_object or adverbials_only(words, without_dates(words, gap, times=True)))
    return only_a_title(words, gap) or len(counted) <= OBJECT_SMALL_WORDS and (
        bool(words.object_head.search(" ".join(small))) or verb_object)


def choose_date(words: EventWords, sentence: str, dates: list[ResolvedDate], trigger_start: int,
                scope: tuple[int, int], own_word: tuple[int, int] | None = None) -> ResolvedDate | None:
    """The date of the event whose word starts at ``trigger_start``, of ``dates`` in ``scope``;
    ``own_word``, the event word's span, where a noun that holds dates of its own may be the event's
    own document (below)."""
    pool = [d for d in dates if scope[0] <= d.char_start < scope[1]
            and not _dates_something_else(words, sentence, d, own_word)]
    if not pool:
        return None
    precisions = ("day", "week", "month", "year")
    return min(pool, key=lambda d: (precisions.index(d.precision), abs(d.char_start - trigger_start)))


def _dates_something_else(words: EventWords, sentence: str, date: ResolvedDate,
                          own_word: tuple[int, int] | None = None) -> bool:
    """ "at a Wednesday press briefing", "in an interview on Monday": the date of a briefing. Not a
    holder after the date that ends inside the event's own word, the document it signs: German puts
    the day before the verb's object, "unterzeichneten am Mittwoch eine Erklärung", and the day is
    the signing's; nor one before the date that is that document, "signed a joint statement on
    Sunday"."""
    after = words.holder_after.match(sentence[date.char_end:date.char_end + 40])
    if after and own_word is not None and own_word[0] <= date.char_start and date.char_end + after.end() <= own_word[1]:
        after = None
    window = max(0, date.char_start - 30)
    before = words.holder_before.search(sentence[window:date.char_start])
    if before and own_word is not None and own_word[0] <= window + before.start() < own_word[1]:
        before = None
    return bool(after or before)


#: The lead's subject is a person named within its first words ("In the Kremlin, Vladimir Putin ...").
LEAD_SUBJECT_WORDS = 5


def with_leads_subject(words: EventWords, mention: EventMention, title: str, title_mentions: list[Mention],
                        body: str, lead: int, entity_mentions: list[Mention]) -> EventMention:
    """A title that names its event but not who holds it ("Meeting with the governor",
    "Visit to the support centre"), above a lead that names who does in no event words
    ("Vladimir Putin received the governor in the Kremlin"): the lead's subject takes part
    in the title's event. A title that names someone before its event word has said who."""
    event_word = words.title_trigger.search(title) or words.trigger.search(title)
    if event_word is None or any(m.entity_type == "PERSON" and m.start < event_word.start() for m in title_mentions):
        return mention
    first = next(iter_sentences(body[lead:].split("\n\n", 1)[0]), None)
    if first is None:
        return mention
    subject = [m.entity_id for m in entity_mentions
               if m.entity_type == "PERSON" and lead <= m.start < lead + first.end
               and len(body[lead:m.start].split()) < LEAD_SUBJECT_WORDS]
    subject += hosted_guests(words, first.text, entity_mentions, lead + first.start)  # ("X hosted A, B and C")
    added = tuple(dict.fromkeys(p for p in subject if p not in mention.participant_ids))
    return replace(mention, participant_ids=mention.participant_ids + added) if added else mention
