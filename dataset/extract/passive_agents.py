"""The people a passive names as the agents of an event word's act: "Vorbereitet worden war das Treffen
am Montag, ebenfalls in Shanghai, von Staatsrätin X und dem russischen Vizepremier Y" (prepared on
Monday by X and Y), "the session was chaired on Friday by X and Y". The event word is the subject of a
passive of holding, preparing or chairing it, and those it is done by, listed after the agent's word
("by", "von", "par", "por"), met for it: they are the event's people, though the day and the place
told first put them past an object's reach. Only such a verb's passive (the meeting "was criticised
by" or "was called off by" someone has no people in him), and only the people listed right after the
agent's word (hosted_guests.joins_the_list: titles, articles, commas and "and" between them; a name
the knowledge base does not know joined to a person's, event_participants.listed_person). The
words are data, ``passive_agent_verbs`` and ``passive_agent_words`` in knowledge/events_<language>.yaml;
a language that writes the agent with no word of its own (Russian's instrumental) lists none.
"""

from __future__ import annotations

from ruchina.extract.event_participants import listed_person
from ruchina.extract.event_words import EventWords, listed_words
from ruchina.extract.hosted_guests import joins_the_list
from ruchina.extract.linking import Mention


def passive_agents(words: EventWords, sentence: str, mentions: list[Mention], trigger_start: int,
                   trigger_end: int) -> list[str]:
    """The people listed after the agent's word that follows the event word at ``trigger_start``, in a
    sentence with a passive of holding it (none when another event word stands between)."""
    verbs = listed_words(words.language, "passive_agent_verbs")
    agent_words = listed_words(words.language, "passive_agent_words")
    if verbs is None or agent_words is None:
        return []
    # (within the event word's own part of the sentence: "the summit ...; the next one will be chaired by X")
    start = sentence.rfind(";", 0, trigger_start) + 1
    end = next((at for at in (sentence.find(";", trigger_end),) if at >= 0), len(sentence))
    agent = agent_words.search(sentence, trigger_end, end)
    if agent is None or verbs.search(sentence, start, end) is None \
            or words.trigger.search(sentence, trigger_end, agent.start()) is not None:
        return []
    agents, boundary = [], agent.end()
    for mention in sorted(mentions, key=lambda m: m.start):
        # (a name the knowledge base does not know only after a person's: "by State Councilor X" is X alone)
        if mention.start < boundary or not (mention.entity_type == "PERSON" or (
                agents and listed_person(mention, sentence, mentions, words))):
            continue
        if not joins_the_list(words, sentence[boundary:mention.start], first=not agents):
            break
        agents.append(mention.entity_id)
        boundary = mention.end
    return agents
