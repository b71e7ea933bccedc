"""A gathering's people told where the page tells its common document or its guests, not its own
sentence: heads of state given by their countries' offices who adopt a declaration "together with"
a named leader, many words between the verb and the document ("verabschiedeten am Freitag zusammen
mit X eine gemeinsame Erklärung"); a document named before its signers ("Документ подписали
президенты A, B и C"); observers told present at it ("В качестве наблюдателей на нём присутствовали
X и Y"). Each look-alike must not add anyone: two leaders' paper, a relative clause about a document
signed long ago, a sentence of observers at no gathering."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

SATURDAY = dt.date(2023, 7, 8)


def _ids(*names: str) -> set[str]:
    from ruchina.knowledge.base import entity_catalog
    return {entity_catalog().named(name).entity_id for name in names}


def _summit_people(body: str, language: str) -> set[str]:
    events = extract_article("a", None, None, body, SATURDAY, language).events
    summits = [e for e in events if "summit" in e.types() and not e.earlier]
    assert len(summits) == 1, [e.types() for e in events]
    return set(summits[0].participants)


def _signings(body: str, language: str) -> list:
    return [e for e in extract_article("a", None, None, body, SATURDAY, language).events if e.family == "agreement"]


DE_SUMMIT = "Der Gipfel der Eurasischen Wirtschaftsunion ging am Freitag in Minsk zu Ende. "


def test_heads_of_state_by_their_countries_adopting_with_a_named_leader_attend_the_summit():
    body = DE_SUMMIT + ("Die Staatschefs von Kasachstan, Usbekistan und Tadschikistan verabschiedeten am Freitag "
                        "zusammen mit Kremlchef Wladimir Putin eine gemeinsame Erklärung zum Handel. "
                        "Kassym-Schomart Tokajew, Schawkat Mirsijojew und Emomali Rahmon mahnten zur Eile.")
    assert _ids("Kassym-Jomart Tokayev", "Shavkat Mirziyoyev", "Emomali Rahmon",
                "Vladimir Putin") <= _summit_people(body, "de")


def test_two_leaders_adopting_a_paper_of_their_own_add_no_one():
    body = DE_SUMMIT + ("Der Staatschef von Kasachstan verabschiedete am Freitag zusammen mit Kremlchef "
                        "Wladimir Putin eine gemeinsame Erklärung zur Grenze. Kassym-Schomart Tokajew sprach "
                        "von einem Durchbruch.")
    assert not _ids("Kassym-Jomart Tokayev") & _summit_people(body, "de")


def test_an_adoption_and_a_signing_told_apart_are_two_documents():
    body = DE_SUMMIT + ("Zum Abschluss verabschiedeten die Staatschefs am Freitag die neue Satzung und "
                        "unterzeichneten die Erklärung von Minsk, sagte Kremlchef Wladimir Putin.")
    from ruchina.extract.event_words import event_words
    words = [m.group(0) for m in event_words("de").trigger.finditer(body) if m.lastgroup == "agreement"]
    assert words == ["unterzeichneten die Erklärung"]


RU_SUMMIT = "Саммит ОДКБ завершился в пятницу в Минске. "


def test_a_document_named_before_its_signers_is_signed_by_them_at_the_summit():
    body = RU_SUMMIT + ("Документ подписали президенты России Владимир Путин, Казахстана Касым-Жомарт Токаев, "
                        "Узбекистана Шавкат Мирзиёев и Белоруссии Александр Лукашенко.")
    assert _signings(body, "ru")
    assert _ids("Kassym-Jomart Tokayev", "Shavkat Mirziyoyev", "Alexander Lukashenko") <= _summit_people(body, "ru")


def test_a_document_a_relative_clause_says_was_signed_is_no_signing_of_its_own():
    body = RU_SUMMIT + "Стороны обсудили договор, который подписали еще в 2002 году."
    assert not [e for e in _signings(body, "ru") if e.date and e.date.first.year == 2023]


def test_observers_present_at_the_summit_take_part_in_it():
    body = RU_SUMMIT + ("Председательствовал на встрече Владимир Путин. В качестве наблюдателей на нём "
                        "присутствовали президенты Казахстана Касым-Жомарт Токаев и Узбекистана Шавкат Мирзиёев.")
    assert _ids("Kassym-Jomart Tokayev", "Shavkat Mirziyoyev") <= _summit_people(body, "ru")


def test_observers_of_no_gathering_attend_nothing():
    body = ("Выборы в Казахстане прошли в воскресенье. В качестве наблюдателей на них присутствовали "
            "Шавкат Мирзиёев и Александр Лукашенко.")
    events = extract_article("a", None, None, body, SATURDAY, "ru").events
    assert not [e for e in events if _ids("Shavkat Mirziyoyev") & e.participants]
