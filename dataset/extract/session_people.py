"""Those at a session of a gathering are at the gathering: "The plenary session is under way. On
stage with the host: A, B and C", on the forum's third day, tells A, B and C at the forum too. A
session told apart from its gathering in one article (event_compatibility: a session of one day
beside the gathering told over its days) takes the people the article names at it; the gathering
told beside it gets them as well, as every report of the gathering would: they came to it. Only a
gathering of the same kind (a forum's session, the forum), which names no session word itself, and
a session on one of its days (or told with no day)."""

from __future__ import annotations

from ruchina.extract.event_mentions import ArticleEvent

#: the gatherings a session is one sitting of
GATHERINGS = frozenset({"summit", "forum"})


def gatherings_attended_by_their_sessions(events: list[ArticleEvent]) -> None:
    """Give each gathering the people of the sessions of it the same article tells."""
    sessions = [e for e in events if any(m.session for m in e.mentions) and e.types() & GATHERINGS]
    for whole in events:
        if not whole.types() & GATHERINGS or any(m.session for m in whole.mentions) or whole.earlier:
            continue
        for session in sessions:
            if not (session.types() & whole.types()) or session.earlier or not _on_its_days(session, whole):
                continue
            new = [p for p in sorted(session.participants) if p not in whole.participants]
            if new:
                whole.add_people(new)


def _on_its_days(session: ArticleEvent, whole: ArticleEvent) -> bool:
    if session.date is None:
        return True
    if whole.date is None:
        return False
    return whole.date.first <= session.date.first and session.date.last <= whole.date.last
