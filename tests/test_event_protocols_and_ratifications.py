"""A protocol signed, a name put to a communique or to "the document", and instruments of
ratification exchanged are agreements of those who do it, in every language that has the form
(knowledge/events_<lang>.yaml, ``triggers.agreement``); an exchange of ratification instruments is
another document than a statement adopted the same day (``document_kinds.ratification``).
Fixtures written for these tests (other events, other names), each beside a look-alike."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

WEDNESDAY = dt.date(2023, 9, 13)
TUESDAY = dt.date(2023, 9, 12)
TOKAYEV, MIRZIYOYEV = "kassym-jomart-tokayev", "shavkat-mirziyoyev"


def agreements(body, language="en", title="Tokayev and Mirziyoyev in Tashkent"):
    return [e for e in extract_article("t1", title, None, body, WEDNESDAY, language).events
            if e.family == "agreement"]


def signers(body, language="en", title="Tokayev and Mirziyoyev in Tashkent"):
    return [set(e.participants) for e in agreements(body, language, title)]


def test_a_protocol_signed_by_two_presidents_is_their_agreement_of_the_day():
    body = ("Kassym-Jomart Tokayev and Shavkat Mirziyoyev on Tuesday signed a protocol on the "
            "demarcation of their western border in Tashkent.")
    (signing,) = agreements(body)
    assert set(signing.participants) == {TOKAYEV, MIRZIYOYEV}
    assert signing.date.first == TUESDAY


def test_a_protocol_of_etiquette_is_no_agreement():
    body = ("Kassym-Jomart Tokayev and Shavkat Mirziyoyev held talks in Tashkent on Tuesday. "
            "Breaking with protocol, the two walked to the river alone.")
    assert agreements(body) == []


def test_names_put_to_a_joint_communique_sign_it():
    body = ("Kassym-Jomart Tokayev and Shavkat Mirziyoyev put their names to a joint communique on "
            "Tuesday after their talks in Tashkent.")
    assert signers(body) == [{TOKAYEV, MIRZIYOYEV}]


def test_names_put_to_the_document_told_before_sign_it():
    body = ("Kazakhstan and Uzbekistan settled the line of their border on Tuesday. Kassym-Jomart Tokayev "
            "and Shavkat Mirziyoyev put their names to the document in Tashkent after talks.")
    assert signers(body) == [{TOKAYEV, MIRZIYOYEV}]


def test_a_communique_still_worked_on_is_no_agreement():
    body = ("Kassym-Jomart Tokayev and Shavkat Mirziyoyev held talks in Tashkent on Tuesday. "
            "The two sides are working on a communique.")
    assert agreements(body) == []


def test_their_joint_communique_told_by_what_it_asks_is_adopted():
    body = ("Kassym-Jomart Tokayev and Shavkat Mirziyoyev held talks in Tashkent on Tuesday. "
            "Their joint communique calls for a new railway to the Caspian.")
    found = extract_article("t1", "Tokayev and Mirziyoyev in Tashkent", None, body, WEDNESDAY, "en")
    assert "agreement" in {m.event_type for m in found.event_mentions}
    drafted = body.replace("Their joint communique calls for", "They are still drafting their joint communique on")
    found = extract_article("t1", "Tokayev and Mirziyoyev in Tashkent", None, drafted, WEDNESDAY, "en")
    assert "agreement" not in {m.event_type for m in found.event_mentions}


def test_instruments_of_ratification_swapped_are_the_agreement_of_the_two():
    body = ("Kassym-Jomart Tokayev and Shavkat Mirziyoyev on Tuesday swapped the instruments of "
            "ratification of the 2022 treaty on allied relations in Tashkent.")
    (signing,) = agreements(body)
    assert set(signing.participants) == {TOKAYEV, MIRZIYOYEV}
    assert signing.date.first == TUESDAY


def test_views_exchanged_on_ratification_are_no_agreement():
    body = ("Kassym-Jomart Tokayev and Shavkat Mirziyoyev exchanged views on the ratification of the "
            "2022 treaty in Tashkent on Tuesday.")
    assert agreements(body) == []


def test_a_ratification_exchange_beside_a_joint_statement_is_another_agreement():
    body = ("Kassym-Jomart Tokayev and Shavkat Mirziyoyev signed a joint statement in Tashkent on "
            "Tuesday. On Tuesday the two also exchanged the instruments of ratification of the 2022 treaty.")
    assert len(agreements(body)) == 2


def test_a_protocol_and_a_ratification_exchange_in_other_languages():
    cases = [
        ("de", "Die Präsidenten Tokajew und Mirsijojew unterzeichneten am Dienstag in Taschkent ein "
               "Grenzprotokoll.",
         "Die Präsidenten Tokajew und Mirsijojew sprachen am Dienstag in Taschkent über das Grenzprotokoll."),
        ("de", "Tokajew und Mirsijojew tauschten am Dienstag in Taschkent die Ratifikationsurkunden des "
               "Vertrags aus.",
         "Tokajew und Mirsijojew tauschten am Dienstag in Taschkent Meinungen über die Ratifikation aus."),
        ("fr", "MM. Tokaïev et Mirzioïev ont signé mardi à Tachkent un protocole sur la frontière.",
         "MM. Tokaïev et Mirzioïev ont parlé mardi à Tachkent du protocole sur la frontière."),
        ("fr", "MM. Tokaïev et Mirzioïev ont échangé mardi les instruments de ratification du traité.",
         "MM. Tokaïev et Mirzioïev ont échangé mardi leurs vues sur la ratification du traité."),
        ("fr", "MM. Tokaïev et Mirzioïev se sont réunis mardi à Tachkent. Dans un communiqué commun publié à "
               "l'issue de la rencontre, ils appellent à une nouvelle voie ferrée.",
         "MM. Tokaïev et Mirzioïev se sont réunis mardi à Tachkent. Dans un communiqué publié par le "
         "ministère, la rencontre est saluée."),
        ("fr", "MM. Tokaïev et Mirzioïev ont apposé mardi leur signature au bas du communiqué commun.",
         "MM. Tokaïev et Mirzioïev ont lu mardi le communiqué commun."),
        ("de", "Am Dienstag setzten Tokajew und Mirsijojew ihre Unterschriften unter das Dokument.",
         "Am Dienstag lasen Tokajew und Mirsijojew das Dokument."),
        ("es", "Tokáyev y Mirziyóyev estamparon el martes sus firmas en el comunicado conjunto.",
         "Tokáyev y Mirziyóyev leyeron el martes el comunicado conjunto."),
        ("zh", "托卡耶夫和米尔济约耶夫12日在塔什干在议定书上签字。",
         "托卡耶夫和米尔济约耶夫12日在塔什干拒绝在议定书上签字。"),
        ("es", "Tokáyev y Mirziyóyev firmaron el martes en Taskent un protocolo sobre la frontera.",
         "Tokáyev y Mirziyóyev hablaron el martes en Taskent del protocolo sobre la frontera."),
        ("es", "Tokáyev y Mirziyóyev canjearon el martes los instrumentos de ratificación del tratado.",
         "Tokáyev y Mirziyóyev hablaron el martes de la ratificación del tratado."),
        ("ru", "Касым-Жомарт Токаев и Шавкат Мирзиёев во вторник подписали в Ташкенте протокол о границе.",
         "Касым-Жомарт Токаев и Шавкат Мирзиёев во вторник обсудили в Ташкенте протокол о границе."),
        ("ru", "Касым-Жомарт Токаев и Шавкат Мирзиёев во вторник обменялись ратификационными грамотами.",
         "Касым-Жомарт Токаев и Шавкат Мирзиёев во вторник обменялись мнениями о ратификации."),
        ("zh", "托卡耶夫和米尔济约耶夫12日在塔什干签署了关于两国边界的议定书。",
         "托卡耶夫和米尔济约耶夫12日在塔什干讨论了关于两国边界的议定书。"),
        ("zh", "托卡耶夫和米尔济约耶夫12日在塔什干互换了《联盟关系条约》批准书。",
         "托卡耶夫和米尔济约耶夫12日在塔什干就条约的批准交换了意见。"),
    ]
    for language, told, look_alike in cases:
        found = extract_article("t1", None, None, told, WEDNESDAY, language).event_mentions
        assert "agreement" in {m.event_type for m in found}, (language, told)
        found = extract_article("t1", None, None, look_alike, WEDNESDAY, language).event_mentions
        assert "agreement" not in {m.event_type for m in found}, (language, look_alike)


PESKOV = "dmitry-peskov"


def mention_people(body, event_type="agreement"):
    found = extract_article("t1", None, None, body, WEDNESDAY, "en").event_mentions
    return [set(m.participant_ids) for m in found if m.event_type == event_type]


def test_the_spokesman_who_tells_of_a_signing_after_it_is_no_party_to_it():
    body = ("Kassym-Jomart Tokayev and Shavkat Mirziyoyev will meet in Tashkent on Friday, said the spokesman, "
            "Dmitry Peskov, and are expected to sign a joint communique when the talks end.")
    assert all(PESKOV not in people for people in mention_people(body))


def test_one_named_past_more_words_after_the_teller_s_comma_is_a_party():
    # (", said the aide, and then signed ... with X": X is named as the signer, not as the teller)
    body = ("Kassym-Jomart Tokayev arrived in Tashkent on Friday, said the aide, and then signed a protocol with "
            "Shavkat Mirziyoyev.")
    assert any(MIRZIYOYEV in people for people in mention_people(body))


THREE_MET = ("Vladimir Putin arrived in Beijing on Monday for a two-day state visit. On Tuesday, Kassym-Jomart "
             "Tokayev, Shavkat Mirziyoyev and Alexander Lukashenko met in Tashkent. ")


def test_their_joint_communique_right_after_other_talks_is_those_talks_signing():
    # (the page's main event is another: the communique that refers back is the three's, on their day)
    body = THREE_MET + "Their joint communique calls for a new railway to the Caspian."
    (signing,) = agreements(body, title="Putin in Beijing")
    assert set(signing.participants) == {TOKAYEV, MIRZIYOYEV, "alexander-lukashenko"}
    assert signing.date.first == TUESDAY and signing.location_id == "tashkent"


def test_a_communique_told_after_a_sentence_between_is_not_the_talks():
    body = THREE_MET + "Putin toured a factory. Their joint communique calls for a new railway to the Caspian."
    for signing in agreements(body, title="Putin in Beijing"):
        assert set(signing.participants) != {TOKAYEV, MIRZIYOYEV, "alexander-lukashenko"}


def test_a_french_memorandum_called_protocole_d_accord_is_left_as_before():
    # (« protocole d'accord » is a memorandum, told in the pages at another stop of a trip: not read as a
    # protocol signed, as « un protocole additionnel » is)
    body = "M. Tokaïev est arrivé à Minsk après une étape à Bakou, où le Kazakhstan a signé un protocole d'accord."
    found = extract_article("t1", None, None, body, WEDNESDAY, "fr").event_mentions
    assert "agreement" not in {m.event_type for m in found}
    signed = body.replace("un protocole d'accord", "un protocole additionnel")
    found = extract_article("t1", None, None, signed, WEDNESDAY, "fr").event_mentions
    assert "agreement" in {m.event_type for m in found}


def test_five_heads_given_by_office_then_named_putting_their_signatures_still_meet_at_their_summit():
    # (the first sentence gives the five by their countries' offices, a summit of theirs; the names put to
    # the document after take nothing from it) beside the look-alike naming the five only, no body
    told = ("Die Präsidenten Russlands, Chinas, Kasachstans, Kirgistans und Tadschikistans haben am Freitag in "
            "Duschanbe ein Abkommen über die Grenze unterzeichnet. Wladimir Putin, Xi Jinping, Tokajew, Sadyr "
            "Dschaparow und Emomali Rachmon setzten ihre Unterschriften unter das Dokument.")
    found = extract_article("t1", None, None, told, WEDNESDAY, "de").events
    assert "summit" in {t for e in found for t in e.types()}
    named = ("Wladimir Putin, Xi Jinping, Tokajew, Sadyr Dschaparow und Emomali Rachmon haben am Freitag in "
             "Duschanbe ein Abkommen über die Grenze unterzeichnet.")
    found = extract_article("t1", None, None, named, WEDNESDAY, "de").events
    assert "summit" not in {t for e in found for t in e.types()}
