"""Page text around the story (issue 23, class 1): what a saved news page carries that is
not the story, each shape beside a look-alike that must stay.

Every fixture is written for these tests, in the shapes real pages come in after text
extraction (menus, icon-font names, ids, teasers, captions and credits, paywall and
cookie notices, a neighbour's headline, the headline printed twice, glued sentences,
cut-off fragments, related stories after the end); none is copied from a page.
"""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.text.page_chrome import chrome_kind, is_menu_line
from ruchina.text.parsing import parse_article

TODAY = dt.date(2026, 1, 1)


def parse(text: str, url: str | None = None):
    return parse_article(text, "seeds/page.txt", today=TODAY, url=url)


# --- lines that are page text, beside lines that are the story's -------------------------


@pytest.mark.parametrize(
    "line, kind",
    [
        ("Contact Us", "menu"),
        ("All news", "menu"),
        ("HomeWorld News", "menu"),  # menu words glued by the extraction
        ("• Menu", "menu"),
        ("Politics | Europe | Opinion", "menu"),
        ("北方网 首页 | 时政 | 国际 | 经济", "menu"),  # the site's name before its menu's bars
        ("Reuters |", "menu"),  # an outlet's name alone
        ("icon bookmark-bicon cameraicon chevron downicon shareicon", "icons"),
        ("div-gpt-ad-1571339520-0", "id"),
        ("XY24099123456789.jpg", "id"),
        ("00:50", "clock"),
        ("READ MORE: Ministers agree a new timetable", "boilerplate"),
        ("Related Daily Wire - Why the pact may not last", "boilerplate"),
        ("Also Read: Opinion - Is the pact more than words?", "boilerplate"),
        ("Image Credit: Wire Agency", "boilerplate"),
        ("Our Privacy Statement & Cookie Policy", "boilerplate"),
        ("Subscribe to continue reading this story", "boilerplate"),
        ("Your email address will not be published. Required fields are marked *", "boilerplate"),
        ("Our Standards: The Press Code Principles.", "boilerplate"),
        ("Maria Lopez | AFP | Getty Images", "credit"),
        ("Sergei Petrov / POOL / Agency", "credit"),
        ("© Agency / POOL", "caption"),
        ("The two ministers shake hands in Oslo on Friday. | AGENCY / POOL / VIA WIRE", "caption"),
        ("According to the plans of", "fragment"),
        ("googletag.cmd.push(function() { googletag.display('div-gpt-ad-1-0'); });", "code"),
    ],
)
def test_page_text_lines_are_told_apart(line, kind):
    assert chrome_kind(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "News agencies report talks in Oslo",  # a headline holding a menu word
        "Homeland security tops the agenda",
        "The icon of the old church was carried through the iconic square on Sunday.",
        "COVID-19 cases rose by 3% in May, the ministry said.",
        "Related talks were held on Friday, the ministry said.",
        "Getty Images said on Monday it would open an office in Oslo.",
        "Readers who subscribe can read the full report, the editor said.",
        "Ministers meet in Oslo",  # a subheading: no function word at its end
        "Report on law enforcement in 2020",  # ends on a number, not a function word
        "By contrast, the ministry said the talks went well.",
        "Thanks.",
        "Trade rose (by 3%) in May; exports fell, the ministry said.",
        "Our standards are high: the editor said so on Monday.",
        "Also, read the treaty: it is short.",
    ],
)
def test_lines_of_the_story_are_not_page_text(line):
    assert chrome_kind(line) is None


def test_look_alike_a_headline_before_the_bars_is_no_sites_name():
    assert is_menu_line("北方网 首页 | 时政 | 国际 | 经济")
    assert not is_menu_line("Premiers meet in Oslo | World | Asia | Opinion")
    assert not is_menu_line("北方网 首页 | 时政")  # (a name and two words: too few bars to tell a menu)


# --- the head of a page -----------------------------------------------------------------


def test_a_neighbouring_headline_and_menus_above_the_story_are_not_the_title():
    article = parse(
        " date 2024-05-15 icon bookmark-bicon cameraicon checkicon chevron downicon shareicon\n"
        "Middle East crisis\n"
        "Election results in Lisbon: Live updates\n"
        "15 May, 2024 22:32\n"
        "HomeWorld News\n\n"
        "Premier arrives in Hanoi for talks with the president\n\n"
        "The trip is the first since the premier took office and signals warmer ties, officials said.\n"
        "Premier arrives in Hanoi for talks with the president\n"
        "©  RT\n\n"
        "The premier landed in Hanoi on Wednesday evening and was met by a guard of honour at the airport.\n\n"
        "The two leaders will discuss trade, energy and transport links on Thursday, the ministry said.\n"
    )
    assert article.title == "Premier arrives in Hanoi for talks with the president"
    assert article.subtitle == ("The trip is the first since the premier took office and signals "
                                "warmer ties, officials said.")
    assert article.title_repeats == 1
    assert article.paragraphs[0].startswith("The premier landed in Hanoi")
    assert len(article.paragraphs) == 2
    assert "Election results in Lisbon: Live updates" in article.boilerplate


def test_without_evidence_the_headline_that_speaks_of_the_story_is_the_title():
    article = parse(
        "Farm prices rise again in the south\n\n"
        "Leaders hold talks on energy corridor in Baku\n\n"
        "The presidents held talks in Baku on Sunday on a planned energy corridor. It would cross the Caspian.\n\n"
        "They agreed to speed up work on the pipeline, the presidency said. Work starts in May.\n"
    )
    assert article.title == "Leaders hold talks on energy corridor in Baku"
    assert article.body.startswith("The presidents held talks in Baku")


def test_look_alike_a_title_ending_in_a_full_stop_and_its_dek_stay_as_they_were():
    article = parse(
        "Leaders to meet in Oslo this week.\n\n"
        "They share a plan for the northern sea lanes.\n\n"
        "The prime ministers of the two countries are to meet in Oslo this week, officials said.\n\n"
        "The meeting is expected to cover shipping and fishing rights in the north.\n"
    )
    assert article.title == "Leaders to meet in Oslo this week."
    assert article.subtitle == "They share a plan for the northern sea lanes."
    assert article.paragraphs[0].startswith("The prime ministers")


def test_a_menu_line_is_never_the_title_and_the_headline_below_it_is():
    article = parse(
        "Contact Us\n\n"
        "Leaders hold talks on energy corridor in Baku\n\n"
        "The meeting in the capital was the first since the corridor deal was signed last year.\n\n"
        "Wire Agency DIPLOMACY\nPublished March 3,2024\n\n"
        "The two presidents held talks in Baku on Sunday on a planned energy corridor across the Caspian.\n\n"
        "They agreed to speed up work on the pipeline, the presidency said.\n"
    )
    assert article.title == "Leaders hold talks on energy corridor in Baku"
    assert article.subtitle.startswith("The meeting in the capital")
    assert article.paragraphs[0].startswith("The two presidents held talks")
    assert {"Contact Us", "Wire Agency DIPLOMACY", "Published March 3,2024"} <= set(article.boilerplate)


@pytest.mark.parametrize("stated", ["Contact Us", "June 14, 2019, 10:46", "div-gpt-ad-1496912235624-0", "News"])
def test_a_stated_title_that_is_a_menu_word_a_date_line_or_an_id_titles_nothing(stated):
    article = parse(f"---\ntitle: '{stated}'\n---\n\nLeaders met in Oslo on Friday. They talked for hours.\n")
    assert article.title is None


def test_a_timestamp_and_a_script_above_the_headline_are_neither_title_nor_story():
    article = parse("googletag.cmd.push(function() { googletag.display('div-gpt-ad-1-0'); });\n\n"
                    "June 14, 2019, 10:46\n\nMinisters agree on new border crossings\n\n"
                    "The ministers agreed on Friday to open two new crossings. Work starts in May.\n")
    assert article.title == "Ministers agree on new border crossings"
    assert article.published_date == dt.date(2019, 6, 14) and article.published_date_source == "stated"
    assert article.body == "The ministers agreed on Friday to open two new crossings. Work starts in May."


def test_look_alike_a_stated_title_with_a_date_in_it_stands():
    article = parse("Title: Leaders to meet in Oslo on June 14\n\nLeaders will meet in Oslo. They will talk.\n")
    assert article.title == "Leaders to meet in Oslo on June 14"


def test_the_address_spells_the_title_under_a_sections_blurb():
    article = parse(
        "Europe\n"
        "Find top stories and features from Europe. Keep updated on political stories from the whole continent.\n\n"
        "Chancellor Arrives in Vienna for Alpine Summit - Office\n\n"
        "© Agency / POOL / Go to the mediabankThe chancellor speaking to journalists in Bern. Friday, June 16, 2022.\n"
        "The chancellor speaking to journalists in Bern. Friday, June 16, 2022. - Agency "
        "International, 1920, 03.07.2024\n"
        "Subscribe\n"
        "BERLIN (Agency) - The chancellor has arrived in Vienna to take part in a summit of the Alpine states.\n"
        "The summit runs for two days.\n",
        url="https://agency.example/20240703/chancellor-arrives-in-vienna-for-alpine-summit---office-1119000000.html",
    )
    assert article.title == "Chancellor Arrives in Vienna for Alpine Summit - Office"
    assert article.paragraphs[0].startswith("BERLIN (Agency) - The chancellor")
    leftovers = ("mediabank", "Find top stories", "journalists in Bern")
    assert not any(word in p for word in leftovers for p in article.paragraphs)


def test_the_address_splits_a_title_run_into_the_lead():
    text = (" date 2025-05-08 Leaders held talks in Hanoi: what they discussed The two leaders held talks in Hanoi "
            "on Thursday and discussed trade. They signed a statement.\nThe talks lasted three "
            "hours, officials said.\n")
    article = parse(text, url="https://news.example/en/news/leaders-held-talks-in-hanoi-what-they-discussed")
    assert article.title == "Leaders held talks in Hanoi: what they discussed"
    assert article.paragraphs[0].startswith("The two leaders held talks in Hanoi on Thursday")
    # Look-alike: an address that spells something else leaves the line as the lead.
    other = parse(text, url="https://news.example/en/news/markets-close-higher-on-friday")
    assert other.title is None and other.paragraphs[0].startswith("Leaders held talks in Hanoi: what")


def test_a_headline_on_the_header_line_is_the_title_and_a_sentence_there_is_the_lead():
    article = parse(" date 2024-05-16 Chancellor meets 'old friend' in Brasilia. What happened next? "
                    "Deals and a dinner\n"
                    "The chancellor met the president on Thursday. They agreed on a trade deal.\n")
    assert article.title == "Chancellor meets 'old friend' in Brasilia. What happened next? Deals and a dinner"
    lead = parse(" date 2024-05-16 The chancellor met the president on Thursday. They agreed on a deal.\nMore text.\n")
    assert lead.title is None and lead.paragraphs[0].startswith("The chancellor met")


def test_page_text_on_the_header_line_is_dropped():
    article = parse(" date 2024-10-22 403\nPrime minister unveils guest list for anniversary parade\n"
                    "(MENAFN) The prime minister said on Tuesday that twenty foreign leaders would attend.\n"
                    "Officials said preparations were going well.\n")
    assert article.title == "Prime minister unveils guest list for anniversary parade"
    assert article.subtitle is None, "a lead opening with the agency's name is the story, not a dek"
    assert article.paragraphs[0].startswith("(MENAFN) The prime minister")
    assert "403" in article.boilerplate


def test_a_breadcrumb_gives_its_headline():
    article = parse(" date 2022-12-26 Home / World News / Leaders to hold talks by video link this "
                    "week, office says\n\n"
                    "The office said details would be released in due course.\n\n"
                    "The two leaders will speak before the end of the year, the agency said on Monday.\n")
    assert article.title == "Leaders to hold talks by video link this week, office says"


def test_a_breadcrumb_ending_in_the_headline_above_it_is_no_title_printed_twice():
    article = parse("Home / World News / Premier meets the president in Hanoi, praises trade\n\n"
                    "Premier meets the president in Hanoi, praises trade\n\n"
                    "HANOI: The visiting premier met the president on Tuesday and praised the growth of trade.\n\n"
                    "The two sides signed no new agreement, officials said.\n")
    assert article.title == "Premier meets the president in Hanoi, praises trade"
    assert article.title_repeats == 0
    assert article.body.startswith("HANOI: The visiting premier")


def test_look_alike_a_headline_printed_twice_under_a_trail_of_sections_is_counted():
    article = parse("Home / World News\n\n"
                    "Premier meets the president in Hanoi, praises trade\n\n"
                    "Premier meets the president in Hanoi, praises trade\n\n"
                    "HANOI: The visiting premier met the president on Tuesday and praised the growth of trade.\n\n"
                    "The two sides signed no new agreement, officials said.\n")
    assert article.title == "Premier meets the president in Hanoi, praises trade"
    assert article.title_repeats == 1


def test_a_rubric_over_a_date_is_page_text_and_the_headline_below_it_the_title():
    article = parse("Harbour Times Online\n\n"
                    "On this day: 3 March 1971\n\n"
                    "The handshake that opened the northern ports\n\n"
                    "Fifty years ago the two premiers met in Bergen and opened the northern ports to each other's ships.\n\n"
                    "The premiers signed the port treaty on the second day of the visit.\n")
    assert article.title == "The handshake that opened the northern ports"
    assert "On this day" not in article.body and "On this day" not in (article.subtitle or "")


@pytest.mark.parametrize("line", ["Premiers meet in Bergen on 3 March 1971 to open the ports",
                                  "The premiers met in Bergen on 3 March 1971."])
def test_look_alike_a_headline_or_a_sentence_with_a_date_is_no_rubric(line):
    article = parse(f"{line}\n\nThe premiers of the two countries met in Bergen and opened the ports.\n\n"
                    "They signed the port treaty on the second day.\n")
    assert line in (article.title or "") + " " + article.body


def test_the_outlets_name_over_its_menu_is_no_title_though_the_address_spells_it():
    article = parse("Fjord Harbour Courier\n\n"
                    "Home | World | Europe | Opinion\n\n"
                    "Premiers agree to reopen the northern ports\n\n"
                    "BERGEN, March 3 - The two premiers agreed on Tuesday to reopen the northern ports to each other's ships.\n\n"
                    "The ports close each winter, officials said.\n",
                    url="https://news.example/fjord-harbour-courier/world/20710303000412")
    assert article.title == "Premiers agree to reopen the northern ports"


def test_look_alike_a_headline_over_the_menu_with_none_below_stays_the_title():
    article = parse("Premiers agree to reopen ports\n\n"
                    "Home | World | Europe | Opinion\n\n"
                    "BERGEN, March 3 - The two premiers agreed on Tuesday to reopen the northern ports to each other's ships.\n\n"
                    "The ports close each winter, officials said.\n")
    assert article.title == "Premiers agree to reopen ports"


def test_a_title_with_its_own_date_in_parentheses_is_a_title_and_a_date_line_is_none():
    body = ("Official Spokesperson: Good evening, and thank you for joining this briefing on the summit.\n\n"
            "Secretary (East): Thank you. The Prime Minister took part in the summit by video today.\n")
    titled = parse("Transcript of Special Briefing on the Nordic Summit (March 03, 2071)\n\n" + body)
    assert titled.title == "Transcript of Special Briefing on the Nordic Summit (March 03, 2071)"
    dated = parse("Briefing of March 03, 2071\n\n" + body)
    assert dated.title is None


BRIEFING_TRANSCRIPT = ("Q: Will the premier travel to Lisbon next week?\n\n"
                       "A: The premier will pay an official visit to Portugal from June 3 to 5 at the invitation "
                       "of the Portuguese prime minister.\n")


@pytest.mark.parametrize("head", [
    "ARCHIVE OF BRIEFINGS\n\nHome > Press and Information Service > Spokesperson's Remarks\n\n{title}\n\n2071/05/28",
    "{title}\n\n2071/05/28\n\nHome > Press and Information Service > Spokesperson's Remarks",
])
def test_a_briefings_title_dated_on_its_day_is_the_title_under_or_over_the_sites_trail(head):
    title = "Foreign Ministry Spokesperson's Regular Press Conference on May 28, 2071"
    article = parse(head.format(title=title) + "\n\n" + BRIEFING_TRANSCRIPT)
    assert (article.title, article.subtitle) == (title, None)
    assert article.body.startswith("Q: Will the premier travel")


def test_look_alike_a_line_of_few_words_on_a_date_is_no_title():
    """"Talks on May 28, 2071" is a date line's or a caption's length, not a briefing's title."""
    assert parse("Talks on May 28, 2071\n\n" + BRIEFING_TRANSCRIPT).title != "Talks on May 28, 2071"


def test_look_alike_a_trail_from_home_to_a_headline_ends_in_the_title():
    article = parse("Home > World > Premier to visit Portugal next week for port and energy deals\n\n"
                    + BRIEFING_TRANSCRIPT)
    assert article.title == "Premier to visit Portugal next week for port and energy deals"


def test_the_headline_printed_with_the_outlets_name_and_again_without_it():
    article = parse("Minister leaves for official visit to Brazil-Xinhua\n\nMinister leaves for "
                    "official visit to Brazil\n\n"
                    "Source: Xinhua\n\nEditor: liwei\n\n2023-06-11 09:14:05\n\n"
                    "BEIJING, June 11 (Xinhua) -- The foreign minister left Beijing on Sunday for Brazil.\n\n"
                    "The visit will include talks on trade.\n")
    assert article.title == "Minister leaves for official visit to Brazil"
    assert article.title_repeats == 1
    assert article.paragraphs[0].startswith("BEIJING, June 11 (Xinhua)")


HEAD_LEAD = ("The governor of the northern region reported to the president on the harbour works. "
             "He asked for help with the winter roads.")


def test_the_head_glued_again_onto_the_story_is_page_text():
    # The page's section name, title and lead printed again in front of the story's text,
    # all on one line, as a scrape of an official site gives them.
    article = parse("Title: Meeting with the governor of the northern region\n\n" + HEAD_LEAD + "\n\n"
                    "Events Meeting with the governor of the northern region " + HEAD_LEAD
                    + " 17 February 2025 14:05 The Kremlin, Moscow The governor: Thank you for your time.\n")
    assert article.paragraphs == [HEAD_LEAD, "17 February 2025 14:05 The Kremlin, Moscow The governor: Thank you "
                                  "for your time."]
    assert article.title_repeats == 0


@pytest.mark.parametrize("second", [
    # The lead again with no title before it: the story's own repetition.
    HEAD_LEAD + " He also spoke of the fishing fleet.",
    # The title and lead quoted after a sentence of the story.
    "The talks went well. Meeting with the governor of the northern region " + HEAD_LEAD,
])
def test_look_alike_the_lead_printed_again_without_the_head_stays(second):
    article = parse("Title: Meeting with the governor of the northern region\n\n" + HEAD_LEAD + "\n\n" + second + "\n")
    assert article.paragraphs == [HEAD_LEAD, second]


def test_a_lead_cut_short_above_itself_is_dropped_and_is_no_dek():
    article = parse(" date 2024-05-15   • Menu\nPresident to visit Brazil tomorrow\n\nPresident to "
                    "visit Brazil tomorrow\n"
                    "Lisbon: Days after being sworn in, the president will travel to Brazil on Thursday...\n\n"
                    "Lisbon: Days after being sworn in, the president will travel to Brazil on "
                    "Thursday to discuss trade.\n\n"
                    "The visit is the first since the election.\n")
    assert article.title == "President to visit Brazil tomorrow" and article.subtitle is None
    assert article.paragraphs[0].endswith("to discuss trade.")
    assert len(article.paragraphs) == 2


def test_captions_credits_and_bylines_between_title_and_story_are_dropped():
    article = parse(
        "ADVERTISEMENT\n\nPrime minister to make state visit to Japan next week\n\n"
        "Published April 8, 2024 10:53 am\nXY24099123456789.jpg\n"
        "The prime minister, left, and the emperor pose in Tokyo on Tuesday, Oct. 3, 2023.(Ken Sato, "
        "Kyodo, Pool Photo via AP, File)\n\n"
        "TOKYO (AP) — The prime minister will make a three-day state visit to Japan next week, the ministry said.\n\n"
        "The visit starts on Tuesday.\n\n"
        "The emperor greets guests at the palace on Monday.\n\nMaria Lopez | AFP | Getty Images\n\n"
        "Officials said the visit would end on Friday.\n"
    )
    assert article.title == "Prime minister to make state visit to Japan next week"
    assert article.paragraphs == [
        "TOKYO (AP) — The prime minister will make a three-day state visit to Japan next week, the ministry said.",
        "The visit starts on Tuesday.",
        "Officials said the visit would end on Friday.",
    ]


def test_look_alike_a_paragraph_above_an_agency_line_is_kept():
    article = parse("Ministers meet in Oslo\n\nThe ministers met in Oslo on Friday. They agreed on a plan.\n\n"
                    "They will meet again in May, officials said.\n\nReuters |\n")
    assert article.paragraphs[-1] == "They will meet again in May, officials said."


def test_cookie_notices_and_counters_around_a_short_story():
    article = parse("Our Privacy Statement & Cookie Policy\n\nBy continuing to browse our site you agree to our use of "
                    "cookies, revised Privacy Policy and Terms of Use.\n\nI agree\n\n"
                    "President holds video meeting with counterpart, pledges closer ties\n\n"
                    "The president held a video meeting with his counterpart on Wednesday.\n\n00:50\nSearch Trends\n")
    assert article.title == "President holds video meeting with counterpart, pledges closer ties"
    assert article.body == "The president held a video meeting with his counterpart on Wednesday."


# --- the body and the tail ----------------------------------------------------------------


def test_glued_sentences_and_a_glued_quote_are_separated():
    article = parse("Title: Greetings to a school\n\nThe message reads, in part:\"Founded in 1946, "
                    "the school has grown.\" "
                    "It was sent on Monday.The school thanked him.\n")
    assert 'in part: "Founded in 1946' in article.body
    assert any(p.startswith("The school thanked him.") for p in article.paragraphs)
    # Look-alike: clock times, ratios and initials keep their marks.
    other = parse("Title: Talks\n\nTalks began at 10:30 in the U.S.-led format. The score was 3:1.\n")
    assert other.body == "Talks began at 10:30 in the U.S.-led format. The score was 3:1."


def test_a_fragment_cut_off_mid_sentence_is_dropped_but_a_subheading_stays():
    article = parse("Ministers meet to prepare the regional summit\n\n"
                    "The foreign ministers met in Tashkent on Friday. They prepared next month's summit.\n\n"
                    "According to the plans of\n\nDraft declaration agreed\n\n"
                    "The summit will be held in July, the host's foreign ministry said.\n")
    assert "According to the plans of" not in article.paragraphs
    assert "Draft declaration agreed" in article.paragraphs


def test_related_stories_and_comment_forms_after_the_story_are_dropped():
    article = parse(
        "Ministers meet to prepare the regional summit\n\n"
        "The foreign ministers met in Tashkent on Friday. They prepared next month's summit.\n\n"
        "The summit will be held in July, the host's foreign ministry said.\n\n"
        "Top stories\n\nFarmers protest new tariffs – in pictures\n\n"
        "Central bank holds rates steady as inflation cools. The decision was expected by markets...\n\n"
        "Leave a Reply\n\nYour email address will not be published. Required fields are marked *\n"
    )
    assert article.paragraphs[-1] == "The summit will be held in July, the host's foreign ministry said."
    assert "Farmers protest new tariffs – in pictures" in article.boilerplate


def test_readers_comments_under_their_count_are_no_story():
    article = parse(
        "Ministers meet to prepare the regional summit\n\n"
        "The foreign ministers met in Tashkent on Friday. They prepared next month's summit.\n\n"
        "The summit will be held in July, the host's foreign ministry said.\n\n"
        "Comments (2)\n\nMarat S. — Will the summit be open to the press this time?\n\nLeave a comment\n"
    )
    assert article.paragraphs[-1] == "The summit will be held in July, the host's foreign ministry said."
    assert "Marat S. — Will the summit be open to the press this time?" in article.boilerplate


def test_look_alike_a_count_of_comments_inside_a_sentence_ends_nothing():
    article = parse("Ministers meet to prepare the regional summit\n\n"
                    "The foreign ministers met in Tashkent on Friday. They prepared next month's summit.\n\n"
                    "Comments 2 and 3 of the draft were agreed.\n\nThe summit will be held in July.\n")
    assert article.paragraphs[-2:] == ["Comments 2 and 3 of the draft were agreed.", "The summit will be held in July."]


def test_look_alike_a_related_box_inside_the_story_does_not_end_it():
    later = ("The ministers then turned to the harder questions of the day, which took the rest of the afternoon, "
             "and they agreed that the officials who prepare the summit should meet every week until July, that "
             "the draft would be published in June, and that the host would invite observers from the region.")
    article = parse("Ministers meet to prepare the regional summit\n\n"
                    "The foreign ministers met in Tashkent on Friday. They prepared next month's summit.\n\n"
                    f"Related\n\nSummit dates announced\n\n{later}\n\nThe summit will be held in July.\n")
    assert article.paragraphs[-2:] == [later, "The summit will be held in July."]
    assert "Related" not in article.paragraphs


def test_a_paywall_after_keywords_is_no_story():
    article = parse(" date 2022-12-30   • The prime minister holds talks via a video link in Rome on Friday. | "
                    "AGENCY / OFFICE / VIA WIRE\n\n  • Bloomberg\n\n  • SHARE\n\n"
                    "The prime minister spoke on Friday with the president amid signs of impatience "
                    "over the dispute.\n\n"
                    "Their end-of-year video call underscores the ties, officials said.\n\nKEYWORDS\n\n"
                    "In a time of too much information, quality journalism matters more than ever.\n"
                    "By subscribing, you can help us get the story right.\n\nSUBSCRIBE NOW\n")
    assert article.title is None, "the page holds no headline: none is made up"
    assert article.paragraphs == [
        "The prime minister spoke on Friday with the president amid signs of impatience over the dispute.",
        "Their end-of-year video call underscores the ties, officials said.",
    ]


def test_front_matter_files_keep_their_paragraphs_where_they_stand():
    """A canonical seed or a saved page's extraction has said all there is to say: only
    lines that are page text wherever they stand are dropped."""
    article = parse("---\ntitle: Ministers meet\n---\n\nFarm prices rise again in the south\n\n"
                    "The ministers met on Friday. They agreed a plan.\n\nShort closing line\n")
    assert article.paragraphs == ["Farm prices rise again in the south", "The ministers met on "
                                                                         "Friday. They agreed a plan.",
                                  "Short closing line"]


def test_a_sentence_broken_across_lines_is_one_paragraph_again():
    article = parse("Title: Leaders call each other friends\n\n"
                    "Foreign agencies reported that the president of the republic\n\n"
                    "arrived in the capital on Monday\n\n"
                    "and began a three-day visit.\n\n"
                    "Putin also admitted that\n\n"
                    "the talks were long.\n\n"
                    "iPhone sales were not discussed.\n")
    assert article.paragraphs == [
        "Foreign agencies reported that the president of the republic arrived in the capital on Monday "
        "and began a three-day visit.",
        "Putin also admitted that the talks were long.",
        "iPhone sales were not discussed.",
    ]


def test_a_paragraph_of_marks_alone_takes_no_sentence_after_it():
    # A stray "#" line before a paragraph in lower case: joined, it would print as a heading.
    article = parse("Title: Leaders call each other friends\n\n"
                    "The talks began at noon.\n\n"
                    "#\n\n"
                    "delegations then met in wider format.\n")
    assert "# delegations then met in wider format." not in article.paragraphs
    assert "delegations then met in wider format." in article.paragraphs


def test_paywall_offers_end_marks_and_a_dashed_credit_are_page_text():
    for line in ("Already a subscriber? Log in", "Save 30% OFF Digital Access", "Cancel anytime. Ad-free.", "-- End --",
                 "The president gestures during the meeting in Hanoi, Monday, March 20, 2023. - AP"):
        assert chrome_kind(line) is not None, line
    for line in ("Save the date: talks resume on Monday.", "The end of the talks came late on Friday.",
                 "Trade grew by a third, the ministry said. - It was the first rise in years."):
        assert chrome_kind(line) is None, line


def test_look_alike_a_last_line_quoting_someone_stays():
    article = parse("Leaders meet in Oslo\n\nThe leaders met in Oslo on Friday. They talked for hours.\n\n"
                    "“We stand together,” the prime minister said\n")
    assert article.paragraphs[-1] == "“We stand together,” the prime minister said"


def test_the_page_word_lists_are_words():
    """A curator's unquoted "on" or "yes" would be read by YAML as a boolean."""
    from ruchina.knowledge.base import read_knowledge_file

    data = read_knowledge_file("boilerplate")
    for key in ("menu_words", "tail_markers", "photo_credit_marks", "dangling_words"):
        assert data[key] and all(isinstance(word, str) and word for word in data[key]), key
    for labels in data["date_labels"].values():
        assert all(isinstance(word, str) and word for word in labels)
    for language in read_knowledge_file("calendar")["languages"].values():
        assert len(language["months"]) == 12
        assert all(isinstance(form, str) for forms in language["months"] for form in forms)


def test_link_boxes_after_the_story_are_page_text():
    """A box of links on one line ("Most viewed: 1. ... 2. ..."), links under an arrow ("» ...")
    and a copyright line that goes on with terms of use close the page, not the story."""
    article = parse(
        "Premiers open a bridge over the Amur\n\n"
        "The two prime ministers opened the new road bridge at Blagoveshchensk on Tuesday.\n\n"
        "The bridge took six years to build, the regional governor said.\n\n"
        "More galleries: Floods in the south | Spring in the capital\n\n"
        "Most viewed: 1. Storm hits the coast 2. Exam season 3. The governor's new deputy\n\n"
        "Related coverage\n\n» Ferry links to close next month\n\n» FACTBOX-Crossings on the Amur\n\n"
        "Copyright 2001 - 2019. All rights reserved. Nothing on this site may be copied without written leave.\n"
    )
    assert article.paragraphs[-1] == "The bridge took six years to build, the regional governor said."
    assert {"» Ferry links to close next month", "» FACTBOX-Crossings on the Amur"} <= set(article.boilerplate)


def test_look_alike_a_quote_and_a_sentence_about_the_most_viewed_stay():
    """Words of the story that happen to begin like a link box stay: a sentence, a quoted last line."""
    article = parse(
        "Premiers open a bridge over the Amur\n\n"
        "The two prime ministers opened the new road bridge at Blagoveshchensk on Tuesday.\n\n"
        "Most viewed of all the films at the ceremony was the one about the builders, organisers said.\n\n"
        "«We waited for this bridge for a century»\n"
    )
    assert article.paragraphs[-2:] == [
        "Most viewed of all the films at the ceremony was the one about the builders, organisers said.",
        "«We waited for this bridge for a century»"]
