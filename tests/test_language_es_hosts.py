"""The knowledge base's leaders of the 2010s G20 summits: a Spanish page that names the host of a
summit in full gives him as one of its people; the look-alike, one who only comments on it from
afar, is none of its people. Written for these tests; none is copied."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

MACRI, TOKAYEV = "mauricio-macri", "kassym-jomart-tokayev"
DAY = dt.date(2024, 6, 7)


def summit_people(body: str) -> set[str]:
    events = extract_article("es", None, None, body, DAY, "es").events
    return {p for e in events if "summit" in e.types() and not e.earlier for p in e.participants}


def test_a_summit_s_host_named_in_full_is_one_of_its_people():
    body = ("La cumbre regional terminó este viernes en Astana. Kassym-Jomart Tokayev, anfitrión de la "
            "cumbre, saludó a Mauricio Macri, invitado especial.")
    assert {MACRI, TOKAYEV} <= summit_people(body)


def test_look_alike_one_who_comments_on_the_summit_from_afar_is_none_of_its_people():
    body = ("La cumbre regional terminó este viernes en Astana con una declaración. Desde Buenos Aires, el "
            "expresidente Mauricio Macri dijo que la declaración es débil.")
    assert MACRI not in summit_people(body)
