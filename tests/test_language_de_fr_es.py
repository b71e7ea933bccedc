"""German, French and Spanish: the knowledge base's names as these languages write them,
event words, tense, and one meeting reported in Chinese, German, French, Spanish and English
merged into one events row. Every text here is written for the test in the style of agency
coverage (a dateline with the agency's credit, a lead); each one that must find something has
a look-alike beside it that must not."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.corpus.event_merge import merge_across_articles
from ruchina.extract.extraction import extract_article
from ruchina.extract.linking import link_entities
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
PUTIN, XI, MODI, TOKAYEV, MOSCOW, BEIJING, KREMLIN = (CATALOG.named(name).entity_id for name in (
    "Vladimir Putin", "Xi Jinping", "Narendra Modi", "Kassym-Jomart Tokayev", "Moscow", "Beijing", "Moscow Kremlin"))
THURSDAY = dt.date(2024, 5, 16)

DPA_LEAD = ("MOSKAU (dpa) - Der russische Präsident Wladimir Putin hat am Donnerstag im Kreml den chinesischen "
            "Staatschef Xi Jinping zu Gesprächen empfangen.")
AFP_LEAD = ("MOSCOU (AFP) - Le président russe Vladimir Poutine a rencontré jeudi au Kremlin son homologue chinois "
            "Xi Jinping pour des entretiens.")
EFE_LEAD = ("MOSCÚ (EFE) - El presidente ruso, Vladímir Putin, se reunió este jueves en el Kremlin con el "
            "presidente chino, Xi Jinping.")


def names(text: str, language: str) -> list[tuple[str, str]]:
    return [(m.surface, m.name) for m in link_entities(text, language=language)]


def extracted(body: str, language: str, title: str | None = None, published: dt.date = THURSDAY,
              article_id: str = "test"):
    return extract_article(article_id, title, None, body, published, language)


# --- names ------------------------------------------------------------------------------

@pytest.mark.parametrize("language, text, expected", [
    ("de", "Präsident Wladimir Putin reiste nach Moskau", [("Wladimir Putin", "Vladimir Putin"), ("Moskau", "Moscow")]),
    ("de", "Putins Besuch in Peking und Russlands Rolle",
     [("Putins", "Vladimir Putin"), ("Peking", "Beijing"), ("Russlands", "Russia")]),  # the genitive -s
    ("de", "ein Gipfeltreffen der SOZ", [("SOZ", "Shanghai Cooperation Organization")]),
    ("fr", "Vladimir Poutine est arrivé à Pékin", [("Vladimir Poutine", "Vladimir Putin"), ("Pékin", "Beijing")]),
    ("fr", "la Russie et la Chine, membres de l'OCS",
     [("Russie", "Russia"), ("Chine", "China"), ("OCS", "Shanghai Cooperation Organization")]),
    ("es", "Vladímir Putin llegó a Moscú", [("Vladímir Putin", "Vladimir Putin"), ("Moscú", "Moscow")]),
    # (a Russian city whose name Spanish writes with an accent, French with "Ou")
    ("es", "Los líderes llegaron a Ufá", [("Ufá", "Ufa")]),
    # (a venue in the language's words, and an observer leader of the SCO)
    ("es", "Se reunieron en el Palacio Constantino", [("Palacio Constantino", "Constantine Palace")]),
    ("de", "Hamid Karsai flog nach Peking", [("Hamid Karsai", "Hamid Karzai"), ("Peking", "Beijing")]),
    ("fr", "Les dirigeants sont arrivés à Oufa", [("Oufa", "Ufa")]),
    # (the body's full French name with the diaeresis French writes in the city's name; the city alone stays the city)
    ("fr", "le sommet de l'Organisation de coopération de Shanghaï",
     [("Organisation de coopération de Shanghaï", "Shanghai Cooperation Organization")]),
    ("fr", "Les dirigeants sont arrivés à Shanghaï", [("Shanghaï", "Shanghai")]),
    ("es", "Rusia y China, miembros de la OCS",
     [("Rusia", "Russia"), ("China", "China"), ("OCS", "Shanghai Cooperation Organization")]),
    # (the body's summit is an event of its own name, as "SCO summit" is in English)
    ("es", "Rusia y China en la cumbre de la OCS",
     [("Rusia", "Russia"), ("China", "China"), ("cumbre de la OCS", "SCO Summit")]),
])
def test_a_name_is_linked_as_the_language_writes_it(language, text, expected):
    assert names(text, language) == expected


@pytest.mark.parametrize("language, text, expected", [
    # (a body's summit is the event of its own name, as "G20 summit" and "APEC summit" are in English)
    ("de", "Lula reiste zum APEC-Gipfel nach Manila", [("Lula", "Luiz Inácio Lula da Silva"),
                                                  ("APEC-Gipfel", "APEC Summit"), ("Manila", "Manila")]),
    ("fr", "Lula est arrivé au sommet du G20 à Rome", [("Lula", "Luiz Inácio Lula da Silva"),
                                                     ("sommet du G20", "G20 Summit"), ("Rome", "Rome")]),
    ("fr", "Avant le sommet de l'APEC", [("sommet de l'APEC", "APEC Summit")]),
    ("es", "Lula llegó a la cumbre del G20 en Roma", [("Lula", "Luiz Inácio Lula da Silva"),
                                                   ("cumbre del G20", "G20 Summit"), ("Roma", "Rome")]),
    ("es", "antes de la cumbre de la APEC", [("cumbre de la APEC", "APEC Summit")]),
    # (the look-alikes: the body alone, or its members, is the organisation, no summit)
    ("de", "die APEC-Staaten beraten", [("APEC", "Asia-Pacific Economic Cooperation")]),
    ("fr", "les ministres du G20 à Rome", [("G20", "Group of Twenty"), ("Rome", "Rome")]),
    ("es", "los países del G20", [("G20", "Group of Twenty")]),
])
def test_a_bodys_summit_is_its_event_and_the_body_alone_is_no_summit(language, text, expected):
    assert names(text, language) == expected


@pytest.mark.parametrize("language, text", [
    ("de", "Die Russlanddeutschen und die Pekingente"),  # a name at the start of a longer word
    ("fr", "Les Chinetoques"),
    ("es", "Los rusianos"),
])
def test_a_name_inside_a_longer_word_is_no_mention(language, text):
    assert names(text, language) == []


@pytest.mark.parametrize("language, text", [
    ("de", "Präsident Wladimir Putin traf Gipfeltreffen-Teilnehmer, Besuch aus Moskau."),
    ("fr", "Le Président Vladimir Poutine a reçu le Ministre des Affaires étrangères."),
    ("es", "El Presidente Vladímir Putin recibió al Ministro de Moscú."),
])
def test_a_title_and_capitalised_words_link_the_person_and_nothing_else(language, text):
    """German writes every noun with a capital; no name is discovered in these languages, so
    "Präsident Wladimir" or "Gipfeltreffen" never becomes an entity."""
    mentions = extracted(text, language).mentions
    assert all(m.linked for m in mentions)
    assert "Vladimir Putin" in {m.name for m in mentions}


def test_a_title_before_a_surname_is_no_other_first_name():
    """ "Präsidenten Tokajew" is Tokayev: the guess that an unknown capitalised word before a
    known surname is another person's first name reads English only."""
    assert names("Premierminister Modi traf den Präsidenten Tokajew", "de") == [
        ("Modi", "Narendra Modi"), ("Tokajew", "Kassym-Jomart Tokayev")]


def test_the_entities_names_in_every_language_are_its_aliases():
    putin = CATALOG.named("Vladimir Putin")
    assert {"Wladimir Putin", "Vladimir Poutine", "Vladímir Putin", "普京", "Владимир Путин"} <= set(
        putin.names_in_languages)


# --- events -----------------------------------------------------------------------------

@pytest.mark.parametrize("language, lead", [("de", DPA_LEAD), ("fr", AFP_LEAD), ("es", EFE_LEAD)])
def test_an_agency_lead_reports_the_talks_in_the_kremlin_on_thursday(language, lead):
    mention = extracted(lead, language).event_mentions[0]
    assert (mention.event_type, set(mention.participant_ids), mention.status) == ("meeting", {PUTIN, XI}, "occurred")
    assert mention.location_id in (KREMLIN, MOSCOW)
    assert mention.date is not None and mention.date.first == THURSDAY


@pytest.mark.parametrize("language, text, event_type", [
    ("de", "Präsident Wladimir Putin wird nächste Woche zu einem Staatsbesuch nach Peking reisen.", "state_visit"),
    ("fr", "Vladimir Poutine se rendra à Pékin la semaine prochaine pour une visite d'État.", "state_visit"),
    ("es", "Putin viajará a Pekín la próxima semana para una cumbre con Xi Jinping.", "summit"),
])
def test_an_announced_event_is_planned(language, text, event_type):
    reports = {m.event_type: m.status for m in extracted(text, language).event_mentions}
    assert reports[event_type] == "planned"


@pytest.mark.parametrize("language, text", [
    ("de", "Bei ihrem letzten Treffen in Moskau hatten Putin und Xi über Energie gesprochen."),
    ("fr", "Lors de leur dernière rencontre à Pékin, Poutine et Xi Jinping avaient évoqué l'énergie."),
    ("es", "En su última reunión en Pekín, Putin y Xi Jinping hablaron de energía."),
])
def test_a_past_meeting_mentioned_in_passing_is_an_earlier_one(language, text):
    assert all(m.earlier for m in extracted(text, language).event_mentions)


@pytest.mark.parametrize("language, text", [
    ("de", "Die Regierung muss jetzt Entscheidungen treffen, sagte Putin."),  # to make decisions
    ("fr", "Le projet de gazoduc a rencontré des difficultés, selon Poutine."),  # met with difficulties
    ("es", "El proyecto encuentra dificultades, dijo Putin."),
    ("fr", "Le sommet du mont Blanc attire les alpinistes."),
])
def test_words_that_only_look_like_event_words_report_nothing(language, text):
    assert extracted(text, language).event_mentions == []


def test_other_leaders_meeting_is_not_a_putin_xi_meeting():
    (mention,) = extracted("Der indische Premierminister Modi traf den kasachischen Präsidenten Tokajew in Astana.",
                           "de").event_mentions
    assert set(mention.participant_ids) == {MODI, TOKAYEV}


def test_a_call_in_each_language_has_no_place():
    for language, text in (("de", "Putin und Xi Jinping telefonierten am Donnerstag."),
                           ("fr", "Vladimir Poutine et Xi Jinping ont eu un entretien téléphonique jeudi."),
                           ("es", "Putin y Xi Jinping mantuvieron una conversación telefónica el jueves.")):
        (mention,) = extracted(text, language).event_mentions
        assert (mention.event_type, set(mention.participant_ids), mention.location_id) == ("call", {PUTIN, XI}, None)


# --- one event across languages ---------------------------------------------------------

XINHUA_LEAD = "新华社莫斯科5月16日电（记者 林小文）国家主席习近平16日在克里姆林宫同俄罗斯总统普京举行会谈。"


def test_one_meeting_reported_in_five_languages_is_one_events_row_and_other_meetings_are_not():
    reports = [
        extracted(XINHUA_LEAD, "zh", "习近平同普京举行会谈", article_id="zh-xinhua"),
        extracted(DPA_LEAD, "de", "Putin empfängt Xi im Kreml", article_id="de-dpa"),
        extracted(AFP_LEAD, "fr", article_id="fr-afp"),
        extracted(EFE_LEAD, "es", article_id="es-efe"),
        extracted("Russian President Vladimir Putin held talks with Chinese President Xi Jinping in the Kremlin on "
                  "Thursday.", "en", article_id="en-wire", published=dt.date(2024, 5, 17)),
        # look-alikes: the same leaders a year before, and a call
        extracted(DPA_LEAD, "de", article_id="de-2023", published=dt.date(2023, 3, 23)),
        extracted("国家主席习近平同俄罗斯总统普京通电话。", "zh", article_id="zh-call", published=dt.date(2024, 2, 8)),
    ]
    names_by_id = {m.entity_id: m.name for x in reports for m in x.mentions}
    events = merge_across_articles([e for x in reports for e in x.events], names_by_id)
    main = [e for e in events if "zh-xinhua" in e.article_ids and e.event_type == "meeting"]
    assert len(main) == 1
    assert set(main[0].article_ids) == {"zh-xinhua", "de-dpa", "fr-afp", "es-efe", "en-wire"}
    assert main[0].start_date == THURSDAY and set(main[0].participant_ids) >= {PUTIN, XI}
    assert main[0].event_id.isascii() and main[0].label.isascii()  # ids and labels stay in English
    for other in ("de-2023", "zh-call"):
        assert not [e for e in events if other in e.article_ids and "zh-xinhua" in e.article_ids]


# --- a weekday that opens a clause of its own ------------------------------------------------

def _days(body: str) -> list[tuple[str, dt.date | None]]:
    return [(m.event_type, m.date.first if m.date else None) for m in extracted(body, "de").event_mentions]


def test_german_weekday_put_first_after_a_comma_is_not_the_talks_day():
    # (the Thursday opens the parade's clause: the talks planned for Monday never take it)
    body = ("Für Tokajew ist die Reise nach Russland die längste seit Jahren: Am Montag sind in Moskau Gespräche "
            "mit Putin geplant, am Donnerstag will er die Parade zum Tag des Sieges besuchen.")
    talks = [day for event_type, day in _days(body) if event_type == "meeting"]
    assert talks and dt.date(2024, 5, 16) not in talks


def test_german_weekday_in_an_aside_still_dates_the_talks():
    body = "Die Gespräche zwischen Putin und Tokajew, am Mittwoch in Moskau, drehten sich um den Handel."
    assert ("meeting", dt.date(2024, 5, 15)) in _days(body)


# --- staying away, told after the event word ---------------------------------------------

def test_german_negation_after_the_summit_keeps_its_subject_away():
    away = extracted("Der indische Premierminister Narendra Modi nimmt an dem Gipfel in Astana nicht teil.", "de")
    there = extracted("Der indische Premierminister Narendra Modi nimmt an dem Gipfel in Astana teil.", "de")
    assert [m.participant_ids for m in away.event_mentions if m.event_type == "summit"] == [()]
    assert [m.participant_ids for m in there.event_mentions if m.event_type == "summit"] == [(MODI,)]


# --- German: talking with someone, "sprach mit X", "hatte mit X gesprochen" --------------------

@pytest.mark.parametrize("text", [
    "ASTANA (dpa) - Am Rande des Forums sprach Tokajew am Donnerstag auch mit Modi.",
    # (the perfect puts the participle last: the word is the "mit" before the one talked with)
    "ASTANA (dpa) - Tokajew hatte bereits am Donnerstag in seiner Residenz mit Modi gesprochen.",
])
def test_german_talking_with_a_leader_is_a_meeting_of_the_two(text):
    meetings = [m for m in extracted(text, "de").event_mentions if m.event_type == "meeting"]
    assert [set(m.participant_ids) for m in meetings] == [{TOKAYEV, MODI}]
    assert meetings[0].date is not None and meetings[0].date.first == THURSDAY


@pytest.mark.parametrize("text", [
    "ASTANA (dpa) - Tokajew sprach mit Blick auf Modi von einem wichtigen Partner.",
    "ASTANA (dpa) - Tokajew sprach am Donnerstag von einem guten Jahr für Modi.",
    "ASTANA (dpa) - Tokajew hatte am Donnerstag mit Journalisten über Modi gesprochen.",
])
def test_german_speaking_of_someone_or_to_the_press_is_no_meeting(text):
    assert [m for m in extracted(text, "de").event_mentions if m.event_type == "meeting"] == []


def test_german_talking_by_telephone_is_no_meeting():
    text = "ASTANA (dpa) - Tokajew hatte am Donnerstag mit Modi telefonisch gesprochen."
    assert "meeting" not in {m.event_type for m in extracted(text, "de").event_mentions}


# --- common wording of other outlets (issue 25) -----------------------------------------

LUKASHENKO, ASTANA = (CATALOG.named(name).entity_id for name in ("Alexander Lukashenko", "Astana"))


def _reports(body: str, language: str) -> list[tuple[str, set[str], str, str | None]]:
    return [(m.event_type, set(m.participant_ids), m.status, m.location_id)
            for m in extracted(body, language).event_mentions]


@pytest.mark.parametrize("language, text", [
    ("de", "Lukaschenko ist am Dienstag in Astana gelandet."),
    ("de", "Lukaschenko landete am Dienstag in Astana."),
    ("de", "Lukaschenko flog am Dienstag nach Astana."),
    ("fr", "Loukachenko a atterri mardi à Astana."),
    ("es", "Lukashenko aterrizó este martes en Astaná."),
])
def test_a_landing_or_a_flight_to_a_place_is_a_visit_there(language, text):
    (visit,) = extracted(text, language).event_mentions
    assert (visit.event_type, visit.participant_ids, visit.location_id, visit.date.first) == (
        "visit", (LUKASHENKO,), ASTANA, dt.date(2024, 5, 14))


@pytest.mark.parametrize("language, text", [
    ("de", "Lukaschenko flog am Abend zurück nach Minsk."),  # (the way home ends a visit)
    ("de", "Die Mannschaft landete auf Platz zwei."),
    ("fr", "L'avion a atterri sans encombre."),
    ("es", "El avión aterrizó sin problemas."),
])
def test_a_flight_home_and_a_landing_nowhere_named_are_no_visit(language, text):
    assert extracted(text, language).event_mentions == []


@pytest.mark.parametrize("language, text, event_type", [
    ("de", "Lukaschenko und Tokajew führten am Dienstag ein Videogespräch.", "call"),
    ("de", "Lukaschenko und Tokajew hielten eine Videokonferenz ab.", "call"),
    ("es", "Lukashenko y Tokáyev mantuvieron un diálogo telefónico.", "call"),
    ("es", "Lukashenko mantuvo una larga conversación telefónica con Tokáyev.", "call"),
    ("es", "Lukashenko mantuvo una conversación con Tokáyev.", "meeting"),  # (no telephone: face to face)
])
def test_calls_and_conversations_in_their_usual_words(language, text, event_type):
    assert _reports(text, language) == [(event_type, {LUKASHENKO, TOKAYEV}, "occurred", None)]


def test_one_guest_joining_a_summit_by_video_conference_is_no_call():
    assert [m.event_type for m in extracted("Tokajew nahm per Videokonferenz am Gipfel teil.", "de").event_mentions] == [
        "summit"]


@pytest.mark.parametrize("language, text, event_type", [
    ("de", "Am Vorabend des geplanten Gipfels gab Lukaschenko ein Interview.", "summit"),
    ("es", "En vísperas de la cumbre, Lukashenko concedió una entrevista.", "summit"),
    ("fr", "En amont de sa visite à Astana, Loukachenko a accordé une interview.", "visit"),
    ("es", "De cara a su visita a Astaná, Lukashenko concedió una entrevista.", "visit"),
])
def test_an_event_on_whose_eve_an_act_is_told_is_to_come(language, text, event_type):
    assert [(m.event_type, m.status) for m in extracted(text, language).event_mentions] == [(event_type, "planned")]


@pytest.mark.parametrize("language, text", [
    ("de", "Am Vorabend des Gipfels traf Lukaschenko in Astana Tokajew."),  # (the meeting is the act)
    ("fr", "À l'invitation de Tokaïev, Loukachenko est arrivé à Astana."),  # (at whose call: held)
    ("es", "Por invitación de Tokáyev, Lukashenko llegó a Astaná."),
    ("es", "Lukashenko, invitado de honor del foro, llegó a Astaná."),  # (a guest, no invitation told)
])
def test_the_act_told_beside_an_eve_or_an_invitation_is_held(language, text):
    """(an invitation puts nothing ahead: the gold counts no invited visit as planned)"""
    acts = [m for m in extracted(text, language).event_mentions if m.event_type in ("meeting", "visit")]
    assert [m.status for m in acts] == ["occurred"]


@pytest.mark.parametrize("language, text", [
    ("de", "Lukaschenko reist nach Astana zum SOZ-Gipfel."),
    ("fr", "Loukachenko se rendra à Astana pour le sommet de l'OCS."),
    ("es", "Lukashenko viajará a Astaná para la cumbre de la OCS."),
])
def test_a_trip_made_for_a_summit_is_attendance_at_the_trips_place(language, text):
    (summit,) = extracted(text, language).event_mentions
    assert (summit.event_type, summit.participant_ids, summit.location_id) == ("summit", (LUKASHENKO,), ASTANA)


@pytest.mark.parametrize("language, text, event_type", [
    ("es", "Lukashenko y Tokáyev mantuvieron una reunión virtual el martes.", "call"),
    ("es", "Lukashenko y Tokáyev mantuvieron una reunión en Astaná el martes.", "meeting"),
    ("de", "Lukaschenko und Tokajew berieten per Videoschalte über den Handel.", "call"),
    ("de", "Lukaschenko und Tokajew berieten in Astana über den Handel.", "meeting"),
])
def test_two_leaders_meeting_by_video_hold_a_call(language, text, event_type):
    assert {m.event_type for m in extracted(text, language).event_mentions} == {event_type}


def test_a_host_receiving_his_guest_by_office_is_a_meeting_and_a_letter_received_is_not():
    (talks,) = extracted("Tokaïev a accueilli lundi à Astana le président biélorusse, Alexandre Loukachenko.",
                         "fr").event_mentions
    assert (talks.event_type, set(talks.participant_ids), talks.location_id) == (
        "meeting", {TOKAYEV, LUKASHENKO}, ASTANA)
    assert extracted("Tokaïev a reçu une lettre du président biélorusse.", "fr").event_mentions == []


def _visit_days(body: str, language: str) -> tuple[dt.date, dt.date]:
    events = extracted(body, language).events
    (visit,) = [e for e in events if {"visit", "state_visit"} & e.types()]
    return visit.date.first, visit.date.last


def test_a_visit_arrived_on_one_day_and_staying_until_another_runs_from_the_arrival():
    # (Thursday 16 May: arrived on Tuesday, stays until Saturday)
    body = "Tokajew war am Dienstag zu einem Staatsbesuch in Astana eingetroffen und bleibt bis Samstag in Kasachstan."
    assert _visit_days(body, "de") == (dt.date(2024, 5, 14), dt.date(2024, 5, 18))


def test_a_visit_told_only_until_a_day_is_under_way_on_the_publication_day():
    body = "Lukaschenko ist zu einem Staatsbesuch in Astana und bleibt bis Samstag in Kasachstan."
    assert _visit_days(body, "de") == (THURSDAY, dt.date(2024, 5, 18))


@pytest.mark.parametrize("head, expected", [
    # ("entre" takes two: the second is the talks' side past the reach of their word)
    ("entre", {TOKAYEV, LUKASHENKO}),
    # ("avec ... et ...", past the reach, may be two talks of one with each: the rule keeps one)
    ("avec", {TOKAYEV}),
])
def test_between_takes_the_second_of_its_pair_past_the_reach(head, expected):
    text = f"La rencontre décisive avait eu lieu mardi matin {head} M. Tokaïev et Alexandre Loukachenko."
    (talks,) = extracted(text, "fr").event_mentions
    assert set(talks.participant_ids) == expected


@pytest.mark.parametrize("verb, signed", [
    # ("Das" stands for what the sentence before told as agreed: a document, signed)
    ("unterschrieben", True),
    # (talked over: nothing signed)
    ("besprochen", False),
])
def test_a_pronoun_signed_in_the_place_of_its_document_is_an_agreement(verb, signed):
    text = ("Kasachstan und Belarus wollen ihre Zölle senken. Das haben Präsident Tokajew und der belarussische "
            f"Staatschef Alexander Lukaschenko am Dienstag in Astana nach ihren Gesprächen {verb}.")
    agreements = [m for m in extracted(text, "de").event_mentions if m.event_type == "agreement"]
    assert [(m.date.first, m.location_id) for m in agreements] == ([(dt.date(2024, 5, 14), ASTANA)] if signed else [])


@pytest.mark.parametrize("link, talks_day", [
    # ("à l'issue de": at the close of the talks, the signing of that day: the talks are of that day)
    ("à l'issue de leurs entretiens", dt.date(2024, 5, 14)),
    # ("en prévision de": the talks are to come, of a day the sentence does not give)
    ("en prévision de leurs entretiens", None),
])
def test_talks_closed_by_a_dated_signing_are_of_its_day(link, talks_day):
    text = f"Tokaïev et Loukachenko ont signé mardi à Astana, {link}, une déclaration commune."
    (talks,) = [m for m in extracted(text, "fr").event_mentions if m.event_type == "meeting"]
    assert (talks.date.first if talks.date else None) == talks_day


@pytest.mark.parametrize("language, text", [
    ("fr", "ASTANA (AFP) - Tokaïev a accueilli jeudi Modi à l'aéroport. Les deux hommes se sont entretenus au palais."),
    ("es", "ASTANA (EFE) - Tokáyev recibió este jueves a Modi en el aeropuerto. Los dos hombres conversaron en el palacio."),
    ("de", "ASTANA (dpa) - Tokajew empfing am Donnerstag Modi am Flughafen. Die beiden Männer führten Gespräche im Palast."),
])
def test_the_two_men_are_the_two_named_before(language, text):
    second = text.split(". ")[1]
    meetings = [m for m in extracted(text, language).event_mentions if m.sentence.startswith(second)]
    assert [set(m.participant_ids) for m in meetings] == [{TOKAYEV, MODI}]


@pytest.mark.parametrize("language, text", [
    ("fr", "ASTANA (AFP) - Tokaïev a accueilli jeudi Modi. Les deux hommes d'affaires se sont entretenus au palais."),
    ("es", "ASTANA (EFE) - Tokáyev recibió este jueves a Modi. Los dos hombres de negocios conversaron en el palacio."),
])
def test_two_business_people_are_not_the_two_named_before(language, text):
    second = text.split(". ")[1]
    meetings = [m for m in extracted(text, language).event_mentions if m.sentence.startswith(second)]
    assert meetings and all(set(m.participant_ids) != {TOKAYEV, MODI} for m in meetings)
