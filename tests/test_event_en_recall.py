"""English event reports a talks readout holds beside its main event (the guest's visit, the
documents signed at the talks): each failure class beside a look-alike that must not do what
it does. Every fixture is written for these tests, in the shape of what real pages say."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article

DAY = dt.date(2023, 9, 12)


def events_of(title, body, published=DAY, place=None):
    return extract_article("a", title, None, body, published, place=place).events


def visits(events):
    return [e for e in events if e.family == "visit"]


def _talks(*sentences):
    lead = "Vladimir Putin held talks in New Delhi with Prime Minister of India Narendra Modi."
    return events_of("Russian-Indian talks", "\n\n".join([lead, *sentences]))


def test_the_guests_visit_a_talks_readout_refers_back_to_is_the_visit_of_the_talks_day_with_both_leaders():
    """ "Your visit ...", "You are visiting India": a talks readout refers back to the visit the
    talks are part of; it names no one but "you" and at most the country that holds the talks'
    city, so it is the talks' visit: their people (the host too), their place, their day. It was
    dropped as an undated mention."""
    (visit,) = visits(_talks("I know that your visit comes at a busy time.", "You are visiting India in the monsoon."))
    assert visit.participants == {"Q7747", "Q1058"}
    assert visit.location_id == "new-delhi" and visit.date.first == DAY == visit.date.last
    # the same, dated the day of the talks by the text itself
    (visit,) = visits(_talks("Your visit today is a sign of friendship."))
    assert visit.participants == {"Q7747", "Q1058"} and visit.date.first == DAY


def test_a_visit_elsewhere_or_on_another_day_is_not_the_visit_of_the_talks():
    """The look-alikes: the visit to another country, and a visit the text dates to another
    year, are other visits; they do not take the talks' people, place and day."""
    for other in ("Your visit to Brazil was a success, I am told.", "Your visit in 2019 was a success."):
        assert not [v for v in visits(_talks(other)) if v.date and v.date.first == DAY], other


def signings(events):
    return [e for e in events if e.family == "agreement"]


def test_documents_signed_at_the_talks_are_one_signing_of_the_talks_people_place_and_day():
    """ "Following the talks, the leaders signed a declaration", "we adopted a joint statement",
    "a package of documents was adopted": the words of signing went unread beyond "signed an
    agreement", and a signing naming "we" or no one was dropped as undated. Tied to the talks
    (the same sentence, or one referring back), every such report is one signing of the talks'
    people, at their place, on their day."""
    events = _talks("Following the talks, the two leaders signed a Declaration on Strategic Partnership.",
                    "The documents signed included a programme of cultural exchanges.")
    (signing,) = signings(events)
    assert signing.participants == {"Q7747", "Q1058"}
    assert signing.location_id == "new-delhi" and signing.date.first == DAY == signing.date.last
    # (a statement told as one more, "we also adopted a joint statement", beside the Declaration:
    # a second document of its kind, each a signing of the talks: document_kinds.py)
    both = signings(_talks("Following the talks, the two leaders signed a Declaration on Strategic Partnership.",
                           "Following the talks, we also adopted a joint statement on climate research."))
    assert len(both) == 2
    for signing in both:
        assert signing.participants == {"Q7747", "Q1058"}
        assert signing.location_id == "new-delhi" and signing.date.first == DAY == signing.date.last
    (signing,) = signings(_talks("Today we will sign a package of intergovernmental documents."))
    assert signing.participants == {"Q7747", "Q1058"} and signing.date.first == DAY
    (signing,) = signings(_talks("Following the talks, the leaders approved a joint statement on climate research."))
    assert signing.participants == {"Q7747", "Q1058"} and signing.date.first == DAY


def test_a_treaty_signed_years_ago_a_law_signed_or_an_anniversary_of_a_signing_is_no_signing_of_the_day():
    """The look-alikes: a treaty the text dates to another year, a law the president signs (even
    one ratifying a treaty), and the anniversary of a signing are not what the talks' sides
    signed that day."""
    for other in ("We signed the Treaty on Friendship in 2019, and it remains our basis.",
                  "Vladimir Putin also signed the Federal Law on ratifying the treaty with India.",
                  "We marked the 20th anniversary of signing the Treaty on Friendship."):
        assert not [s for s in signings(_talks(other)) if s.date and s.date.first == DAY], other


def test_a_visit_told_beside_talks_placed_only_by_the_place_line_is_the_visit_of_the_talks():
    """A page headed "The Kremlin, Moscow" whose talks no sentence places: the guest's "first
    visit to Russia", which "the visit" refers back to, is the visit of the talks (Russia holds
    Moscow). The place line placed the talks only after the visit beside them was judged, so
    it was dropped as an undated mention of some visit."""
    body = ("Vladimir Putin held talks with Prime Minister of India Narendra Modi.\n\n"
            "This is your first visit to Russia. The visit is of great importance for our relations.")
    (visit,) = visits(events_of("Russian-Indian talks", body, place="The Kremlin, Moscow"))
    assert visit.participants == {"Q7747", "Q1058"} and visit.date.first == DAY
    # the look-alike: a visit to another country told beside them is another visit
    elsewhere = body.replace("visit to Russia", "visit to Brazil")
    assert not [v for v in visits(events_of("Russian-Indian talks", elsewhere, place="The Kremlin, Moscow"))
                if v.date and v.date.first == DAY]


def test_a_tour_before_the_meeting_on_a_page_placed_by_its_place_line_is_held_that_day_there():
    """ "Before the meeting, the President visited a science centre in Sochi", on a page whose
    place line alone places the meeting in Sochi: the tour is told in a sentence of the day's
    meeting, at its place, so it is held that day (it was dropped as undated). The look-alike:
    a tour the same sentence places in another city is not put on that day."""
    body = ("Vladimir Putin held a meeting of the board of trustees of a school foundation.\n\n"
            "Before the meeting, the President visited a science centre in Sochi.")
    (visit,) = visits(events_of("Meeting of a board of trustees", body, place="Sochi"))
    assert visit.location_id == "sochi" and visit.date.first == DAY and "Q7747" in visit.participants
    elsewhere = body.replace("in Sochi", "in Kazan")
    assert not [v for v in visits(events_of("Meeting of a board of trustees", elsewhere, place="Sochi"))
                if v.date and v.date.first == DAY]


def _speech(*sentences, published=dt.date(2023, 9, 13)):
    lead = "Vladimir Putin received the credentials of new ambassadors."
    return events_of("Ceremony for presenting letters of credence", "\n\n".join([lead, " ".join(sentences)]),
                     published=published, place="The Kremlin, Moscow")


def test_a_visit_done_before_the_day_is_not_the_visit_to_come_after_it_and_talks_told_next_are_in_that_one():
    """ "X visited Colombo on September 4. Next week, I will visit India.": one visit told as done
    on a day before the article's, one told as to come after it; they were merged (a loose
    "next week" lies within a month of the stated day) and the visit to India was lost. And
    "During talks with Prime Minister Modi, we will ..." right after it tells the talks held in
    that visit: its week, its place, Modi its host."""
    events = _speech("The Secretary of the Security Council Nikolai Patrushev visited Colombo on September 4.",
                     "Next week, I will visit India.",
                     "During talks with Prime Minister Modi, we will discuss new initiatives.")
    (india,) = [v for v in visits(events) if v.location_id == "Q668"]
    assert india.date.first == dt.date(2023, 9, 18) and india.date.precision == "week"
    assert "Q1058" in india.participants and "nikolai-patrushev" not in india.participants
    (talks,) = [e for e in events if e.family == "gathering" and not e.main]
    assert talks.participants == {"Q1058"} and talks.location_id == "Q668" and talks.date == india.date


def test_talks_told_after_another_report_or_with_a_day_of_their_own_are_not_put_in_the_visit():
    """The look-alikes: talks told after a sentence that reports no visit, and talks with a day
    of their own, keep their own (no) day and place; the visit takes no one from them."""
    events = _speech("Next week, I will visit India.", "Our trade grew by a third last year.",
                     "During talks with Prime Minister Modi, we will discuss new initiatives.")
    (india,) = visits(events)
    assert "Q1058" not in india.participants
    assert not [e for e in events if e.family == "gathering" and not e.main and e.location_id == "Q668"]
    events = _speech("Next week, I will visit India.",
                     "During talks with Prime Minister Modi in December, we will discuss new initiatives.")
    assert not [e for e in events if e.family == "gathering" and not e.main and e.date == visits(events)[0].date]


def test_the_ministers_meeting_told_beside_the_leaders_talks_is_another_meeting():
    """ "The foreign and defence ministers held their first meeting in this format today": a
    meeting of officials the article does not name, beside the leaders' talks of the day. It
    named no one and no other place or day, so it joined the talks and was lost."""
    events = _talks("The foreign and defence ministers held their first meeting in this format today.")
    (ministers,) = [e for e in events if e.family == "gathering" and not e.main]
    assert not ministers.participants and ministers.date.first == DAY
    (main,) = [e for e in events if e.main]
    assert not any("ministers" in m.sentence for m in main.mentions)


def test_the_leaders_meeting_told_the_same_way_is_the_talks_and_a_named_minister_holds_his_own():
    """The look-alikes: "the two leaders held their first meeting in this format today" is the
    talks again (no second meeting), and a meeting the sentence gives a minister by name is
    his, not an unnamed officials' meeting."""
    events = _talks("The two leaders held their first meeting in this format today.")
    assert [e.main for e in events if e.family == "gathering"] == [True]
    events = _talks("Foreign Minister Sergei Lavrov held a meeting of the ministers of the region today.")
    assert not [e for e in events if e.family == "gathering" and not e.main and not e.participants]


def test_our_meeting_below_the_lead_of_a_visit_to_come_with_no_day_is_held_in_that_visit():
    """An article by the President on the eve of a visit: "On the eve of my upcoming visit to
    China, ..." (to come, no day told) and below it "our meeting will take place during the
    festival". The talks are held in the visit: its host and its place. They were left with no
    one and no place, for the visit had no day."""
    body = ("On the eve of my upcoming visit to China at the invitation of President Xi Jinping, I am glad "
            "to address the readers of this newspaper.\n\nIt is fitting that our meeting will take place "
            "during the spring festival.")
    events = events_of("Article for a Chinese newspaper", body, published=dt.date(2023, 1, 30))
    (talks,) = [e for e in events if e.family == "gathering"]
    assert "Q15031" in talks.participants and talks.location_id == "Q148"


def test_a_meeting_the_article_dates_or_tells_as_done_is_not_put_in_the_visit_to_come():
    """The look-alikes: "our meeting in Rome last year" is an earlier one, and so is one told as
    done; neither takes the visit's host or place."""
    for other in ("Our meeting in Rome in 2019 was useful.", "Our meeting was useful, as always."):
        body = ("On the eve of my upcoming visit to China at the invitation of President Xi Jinping, I am glad "
                f"to address the readers of this newspaper.\n\n{other}")
        events = events_of("Article for a Chinese newspaper", body, published=dt.date(2023, 1, 30))
        assert not [e for e in events if e.family == "gathering" and e.location_id == "Q148"], other


def _readout(*sentences):
    lead = "Vladimir Putin held talks in the Kremlin with President of Mongolia Ukhnaagiin Khurelsukh."
    return events_of("Talks with the President of Mongolia", "\n\n".join([lead, *sentences]), place="The Kremlin, Moscow")


def test_a_signing_told_as_done_with_no_date_beside_the_days_talks_is_the_signing_of_the_talks():
    """ "We signed a package of bilateral documents", "In addition, a joint declaration was
    adopted": a readout tells as done, with no day and no tie of words to the talks, what their
    sides signed. Such a signing was dropped as undated; told in words of documents both sides
    sign (a joint, bilateral, intergovernmental one) it is the talks' signing: their people,
    place and day."""
    for told in ("We signed a package of bilateral documents on trade and customs.",
                 "In addition, a joint declaration was adopted on the jubilee of our relations."):
        events = _readout(told)
        (signing,) = signings(events)
        talks = next(e for e in events if e.main)
        assert signing.participants == {"Q7747", "ukhnaagiin-khurelsukh"}, told
        assert signing.date.first == DAY == signing.date.last and signing.location_id == talks.location_id, told


def test_a_signing_the_text_dates_or_one_still_to_come_is_not_the_signing_of_the_days_talks():
    """The look-alikes: a signing dated to another year, one still to come, one whose signer is
    not at the talks, what one side signed with someone else, and a signing told beside
    another event are not what was signed at the talks that day."""
    for other in ("We signed a package of documents on trade in 2019.",
                  "We will sign a package of documents on trade next year.",
                  "Xi Jinping signed a package of documents on trade.",
                  # (what one side signs with a third, and a signing told beside another event)
                  "We have signed an agreement with the regional government on housing.",
                  "An intergovernmental agreement was signed during your visit to Ulaanbaatar."):
        assert not [s for s in signings(_readout(other)) if s.date and s.date.first == DAY], other


def test_an_invitation_to_pay_a_visit_is_to_come_and_is_not_the_visit_under_way():
    """ "I invited the President to pay a visit to Ulaanbaatar": the invited visit is to come.
    Read as done, it joined the reports of the guest's visit under way ("this visit has shown")
    and took them to its own place, so the visit of the day was lost."""
    events = _readout("Ukhnaagiin Khurelsukh: I am sure this visit has strengthened our partnership.",
                      "I invited the President of Russia to pay an official visit to Ulaanbaatar in the spring.")
    (today,) = [v for v in visits(events) if v.date and v.date.first == DAY]
    talks = next(e for e in events if e.main)
    assert today.participants == {"Q7747", "ukhnaagiin-khurelsukh"} and today.location_id == talks.location_id
    (invited,) = [v for v in visits(events) if v is not today]
    assert {m.status for m in invited.mentions} == {"planned"}


def test_a_visit_already_paid_or_an_open_invitation_is_no_visit_to_come():
    """The look-alikes: "was invited by X and arrived to pay a visit" is done, the invitation
    told in a clause before it; "come at your convenience" is an open invitation, no plan, so
    no event at all."""
    (arrived,) = visits(_readout("Ukhnaagiin Khurelsukh was invited by Putin and arrived to pay an official visit."))
    assert {m.status for m in arrived.mentions} == {"occurred"} and arrived.date.first == DAY
    events = _readout("I invited the President of Russia to pay a visit to Ulaanbaatar at his convenience.")
    talks = next(e for e in events if e.main)
    assert not [v for v in visits(events) if v.location_id != talks.location_id]


def test_a_clause_joined_by_and_with_a_subject_of_its_own_does_not_date_or_place_the_event_before_it():
    """ "We met in Baku in March 2021, and today I have come to Moscow": "and" before a new
    subject opens a clause of its own; its "today" and its place were the meeting's, which
    became a meeting in Moscow on the day of the article."""
    meetings = [e for e in _readout("Ukhnaagiin Khurelsukh: We met in Ulaanbaatar in March 2021, and today I have come "
                                    "to Moscow again.") if not e.main and e.family == "gathering"]
    assert not [m for m in meetings if m.date and m.date.first == DAY]
    assert all(m.location_id != "Q649" for m in meetings)


def test_a_list_joined_by_and_stays_one_clause():
    """The look-alike: "Putin met Xi, Modi, and Ramaphosa in Johannesburg today" is one list: the
    people, place and date after "and" are still the meeting's."""
    events = events_of("Meeting in Johannesburg", "Vladimir Putin met Xi Jinping, Narendra Modi, and Cyril Ramaphosa "
                                                  "in Johannesburg today.")
    (meeting,) = [e for e in events if e.family == "gathering"]
    assert meeting.date.first == DAY and {"Q15031", "Q1058"} <= meeting.participants


def test_the_same_event_word_in_a_later_clause_of_its_own_is_another_event():
    """ "I have already met the minister of health, and tomorrow I will meet the deputy foreign
    minister": once the clause after ", and" is its own, its "meet" is another meeting, to come,
    with its own people; it was folded into the first as more people of it."""
    events = _readout("Vladimir Putin: I have already met with Minister of Health Mikhail Murashko, and tomorrow "
                      "I will meet with Deputy Foreign Minister Sergei Vershinin.")
    (tomorrow,) = [e for e in events if e.date and e.date.first == DAY + dt.timedelta(days=1)]
    assert "sergei-vershinin" in tomorrow.participants and "mikhail-murashko" not in tomorrow.participants
    assert {m.status for m in tomorrow.mentions} == {"planned"}


def test_the_same_event_word_said_again_in_its_clause_is_the_same_event():
    """The look-alike: "met Xi in Beijing, and the meeting lasted three hours" says the meeting
    again in the same clause ("and the" opens no clause of its own): one meeting."""
    events = events_of("Meeting in Beijing", "Vladimir Putin met Xi Jinping in Beijing, and the meeting lasted three hours.")
    assert len([e for e in events if e.family == "gathering"]) == 1
