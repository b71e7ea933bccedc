"""Publication dates as pages state them (issue 23, class 2): date lines, datelines and
the date in the address, each beside a look-alike that must not give a date. The
fixtures are written for these tests in the shapes pages print; none is copied."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.text.page_datelines import read_dateline
from ruchina.text.page_dates import read_date_line, read_url_date
from ruchina.text.parsing import parse_article
from ruchina.text.seed_format import canonical_seed_text

TODAY = dt.date(2026, 1, 1)
D = dt.date


def parse(text: str, url: str | None = None):
    return parse_article(text, "seeds/page.txt", today=TODAY, url=url)


@pytest.mark.parametrize(
    "line, date, updated",
    [
        ("Published May 16,2024", D(2024, 5, 16), False),
        ("15 May, 2024 22:32", D(2024, 5, 15), False),
        ("Updated: 2013-09-05 16:40", D(2013, 9, 5), True),
        ("Published: 5/16/2024 5:57:03 AM", D(2024, 5, 16), False),
        ("Published on Dec 26, 2022 03:51 PM IST", D(2022, 12, 26), False),
        ("May 16th 2024.", D(2024, 5, 16), False),
        ("• 11/26/2024", D(2024, 11, 26), False),
        ("Mon Nov 25 2024", D(2024, 11, 25), False),
        ("16 May 2024", D(2024, 5, 16), False),
        ("2025-05-07 18:31:30", D(2025, 5, 7), False),
        ("Xinhua) 18:50, February 04, 2022", D(2022, 2, 4), False),
        ("01:20 GMT 18.10.2023 (Updated: 02:55 GMT 18.10.2023)", D(2023, 10, 18), False),
        ("December 14, 2021 at 05:16 AM EST", D(2021, 12, 14), False),
        ("Jane Porter October 18, 2023 3 min read", D(2023, 10, 18), False),
        ("Released Tuesday, March 4, 2025 · 52 min", D(2025, 3, 4), False),  # a podcast episode's running time
        ("Last updated 3 March 2024", D(2024, 3, 3), True),
    ],
)
def test_date_lines_state_the_date(line, date, updated):
    stated = read_date_line(line)
    assert stated is not None and (stated.date, stated.updated) == (date, updated)


@pytest.mark.parametrize(
    "line",
    [
        "Victory Day, May 9, 2025",  # a headline holding a date
        "Putin in Beijing, May 16, 2024.",  # a caption
        "On May 16, 2024, the two leaders met in Beijing.",  # a sentence
        "The 2024 summit was held in Kazan",
        "- Agency International, 1920, 24.01.2023",  # an image's alt text with a width and a date
        "Velina Porter Feb 3, 20221 min read",  # glued beyond reading: no date is better than a wrong one
        "Released Tuesday, March 4, 2025 after 52 min of talks",  # a sentence: a duration ends no line here
    ],
)
def test_look_alikes_are_no_date_lines(line):
    assert read_date_line(line) is None


def test_a_numeric_date_that_reads_both_ways_needs_the_address():
    assert read_date_line("05/06/2024").date is None, "the line is page text, but its date cannot be read for sure"
    assert read_date_line("05/06/2024", hint=D(2024, 6, 5)).date == D(2024, 6, 5)
    assert read_date_line("18.10.2023").date == D(2023, 10, 18), "dotted dates put the day first"


@pytest.mark.parametrize(
    "url, date",
    [
        ("https://www.anews.example/diplomacy/2024/05/16/xi-hosts-putin", D(2024, 5, 16)),
        ("https://mb.example/2024/5/14/state-visit-this-week", D(2024, 5, 14)),
        ("https://agency.example/20231019/they-have-each-others-backs-1114331159.html", D(2023, 10, 19)),
        ("https://wire.example/world/putin-visit-china-2024-05-15/", D(2024, 5, 15)),
        ("http://en.daily.example/n3/2022/0204/c90000-9952704.html", D(2022, 2, 4)),
        ("http://daily.example/china/2013-09/05/content_16947341.htm", D(2013, 9, 5)),
        ("https://kursiv.example/en/2025-02-10/xi-to-visit-moscow/amp", D(2025, 2, 10)),
        # the month as a word between year and day
        ("https://daily.example/world/live/2023/oct/18/forum-opens-live", D(2023, 10, 18)),
        ("https://zeitung.example/politik/2022/Februar/4/spiele", D(2022, 2, 4)),
    ],
)
def test_the_address_dates_the_page(url, date):
    assert read_url_date(url, TODAY).date == date


@pytest.mark.parametrize(
    "url",
    [
        "https://tass.example/politics/1588177",  # an id
        "https://agency.example/news/1114225726.html",  # ten digits are an id, not a date
        "https://news.example/article/11715870719109.html",
        "https://news.example/2024/05/putin-and-xi-wrap-up-talks",  # a month, not a day
        "https://news.example/live/2031/01/01/from-the-future",  # after today
        "https://daily.example/2023/oct/summit-coverage",  # a month word, no day
        "https://daily.example/2023/octopus/18/sea-life",  # a word that starts like a month
        "https://daily.example/2023/feb/30/no-such-day",
    ],
)
def test_look_alike_addresses_give_no_day(url):
    found = read_url_date(url, TODAY)
    assert found is None or found.date is None


def test_a_dateline_takes_its_year_from_the_address():
    year_month = read_url_date("https://news.example/2024/05/putin-and-xi-wrap-up-talks", TODAY)
    assert read_dateline("BEIJING, May 16 (Reuters) - Putin and Xi ended talks.", year_month, TODAY) == D(2024, 5, 16)
    january = read_url_date("https://news.example/2024/01/01/new-year-messages", TODAY)
    assert read_dateline("MOSCOW, December 31. /TASS/. Greetings were sent.", january, TODAY) == D(2023, 12, 31)
    assert read_dateline("BEIJING, Oct. 18 (Xinhua) -- The forum opened.", None, TODAY) is None, "no year: no date"
    assert read_dateline("Tianjin, China – August 31, 2025", None, TODAY) == D(2025, 8, 31)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Putin, May 16 marks a year since the talks.",  # a sentence, not a place
        "In Moscow, May 16 (Thursday) was a holiday.",  # a weekday in brackets is no agency
        "Victory Day – May 9, 2025",  # a line of its own, but no country after the place
    ],
)
def test_look_alikes_are_no_datelines(paragraph):
    assert read_dateline(paragraph, read_url_date("https://n.example/2025/05/09/x", TODAY), TODAY) is None


# --- what the article states, and where ------------------------------------------------


def test_a_date_line_on_the_page_is_stated():
    article = parse("Contact Us\n\nLeaders hold talks in Baku\n\nPublished March 3,2024\n\n"
                    "The presidents held talks in Baku on Sunday. They agreed a plan.\n")
    assert (article.published_date, article.published_date_source) == (D(2024, 3, 3), "stated")
    assert "Published March 3,2024" not in article.body


def test_a_labelled_date_line_under_a_dek_of_two_sentences_is_stated():
    # The dek's two sentences pass for the lead, so the date line below them stands in the story.
    article = parse("Analysis: Can the northern pact last?\n\n"
                    "Ten years after the pact, the two capitals are close. An election may change that.\n\n"
                    "Published 14 March 2011\n\n"
                    "Few pacts have been watched as closely as the one signed in Oslo in 2001.\n")
    assert (article.published_date, article.published_date_source) == (D(2011, 3, 14), "stated")


def test_look_alike_a_bare_date_heading_a_section_under_the_dek_states_nothing():
    article = parse("This day in history: the northern pact\n\n"
                    "The pact was signed in Oslo. The premiers met twice that week.\n\n"
                    "14 March 2001\n\n"
                    "The premiers signed the northern pact in Oslo on this day.\n")
    assert (article.published_date, article.published_date_source) == (None, None)


def test_a_dateline_without_a_year_dates_the_article_only_with_the_address():
    text = ("Ministers to meet before the summit\n\nMOSCOW, December 30. /TASS/. The foreign ministers will meet "
            "before the summit, the ministry said on Friday.\n\nThey will prepare the declaration.\n")
    dated = parse(text, url="https://tass.example/politics/2022/12/1234567")
    assert (dated.published_date, dated.published_date_source) == (D(2022, 12, 30), "dateline")
    undated = parse(text, url="https://tass.example/politics/1234567")
    assert (undated.published_date, undated.published_date_source) == (None, None)


def test_the_address_dates_an_article_that_states_nothing_else():
    article = parse("Leaders meet in Oslo\n\nThe leaders met in Oslo. They talked.\n",
                    url="https://news.example/world/2024/05/16/leaders-meet-in-oslo")
    assert (article.published_date, article.published_date_source) == (D(2024, 5, 16), "url")


def test_the_header_outranks_the_page_and_the_page_outranks_the_address():
    page = "Leaders meet in Oslo\n\nPublished May 15, 2024\n\nThe leaders met in Oslo. They talked.\n"
    url = "https://news.example/2024/05/16/leaders-meet-in-oslo"
    assert (parse(page, url).published_date, parse(page, url).published_date_source) == (D(2024, 5, 15), "stated")
    headed = parse("date 2024-05-14\n\n" + page, url)
    assert (headed.published_date, headed.published_date_source) == (D(2024, 5, 14), "stated")
    updated = parse(page.replace("Published May 15", "Updated May 20"), url)
    assert (updated.published_date, updated.published_date_source) == (D(2024, 5, 16), "url"), \
        "an update's date gives way to the address's"
    alone = parse(page.replace("Published May 15", "Updated May 20"))
    assert (alone.published_date, alone.published_date_source) == (D(2024, 5, 20), "stated")


def test_an_update_line_the_address_agrees_with_outranks_the_dateline():
    # A syndicated story filed late in the evening where the reporter is, dated the next day
    # where the outlet is: its update line and its address give the outlet's day.
    page = ("Ministers meet in Lima\n\nBy Agency | Updated: March 4, 2019 05:40 IST\n\n"
            "LIMA, March 3: The trade ministers met here on Sunday. They signed a customs accord.\n")
    agreed = parse(page, "https://herald.example/world/ministers-meet-in-lima-2019-03-04")
    assert (agreed.published_date, agreed.published_date_source) == (D(2019, 3, 4), "stated")
    # Look-alike: an address of the dateline's day leaves the dateline's day standing.
    assert parse(page, "https://herald.example/world/2019/03/03/ministers-meet").published_date == D(2019, 3, 3)


def test_a_date_line_right_under_the_story_dates_it():
    story = ("Ministros se reúnen en Lima\n\nLos ministros de Comercio se reunieron el martes en Lima. "
             "Firmaron un acuerdo sobre aduanas.\n\nLa próxima reunión será en Quito.\n\n")
    footed = parse(story + "21/11/2022 09:15\n")
    assert (footed.published_date, footed.published_date_source) == (D(2022, 11, 21), "stated")
    assert "21/11/2022 09:15" not in footed.body
    # A stamp that reads both ways is read as the page's language writes it (Spanish: day first);
    # look-alikes: on an English page, which writes it either way, it gives none; nor does a
    # neighbour's date below its teasers.
    assert parse(story + "03/04/2022 09:15\n").published_date == D(2022, 4, 3)
    english = ("Trade ministers meet in Lima\n\nThe trade ministers met in Lima on Tuesday. They signed a customs "
               "deal.\n\nThe next meeting will be in Quito.\n\n")
    assert parse(english + "03/04/2022 09:15\n").published_date is None
    below = parse(story + "Más noticias\n\nNuevo puerto abre en Callao\n\nLluvias en la sierra\n\n"
                  "21/11/2022 09:15\n")
    assert below.published_date is None
    headed = parse("Ministros se reúnen en Lima\n\n20/11/2022 18:00\n\n" + story.split("\n\n", 1)[1]
                   + "21/11/2022 09:15\n")
    assert headed.published_date == D(2022, 11, 20), "the head's date line outranks the foot's"


def test_a_labelled_date_line_at_the_foot_of_the_page_dates_it():
    # A page that prints its date only at its very foot, below a "read also" link and a photo.
    story = ("Chancellor tours Surabaya port on last day of Indonesia trip\n\n"
             "By Dewi Lestari | Surabaya\n\n"
             "The chancellor toured the port of Surabaya on Thursday, the last day of her state visit to "
             "Indonesia.\n\nOn Tuesday she held talks with the president in Jakarta.\n\n"
             "READ MORE | Jakarta to widen its harbour, says minister\n\n"
             "[Image: The chancellor at the port. Photo: Staff]\n\n")
    footed = parse(story + "Published: June 6, 2019 19:10 WIB | Updated: June 6, 2019 20:45 WIB\n\n"
                   "Share: Facebook | Twitter | Email\n")
    assert (footed.published_date, footed.published_date_source) == (D(2019, 6, 6), "stated")
    # Look-alikes: an update line alone, a copyright year, or a list of other stories each with its
    # own "Published" line give the page no date.
    assert parse(story + "Updated: June 9, 2019 08:00 WIB\n\n© 2019 The Harbour Times\n").published_date is None
    teasers = parse(story + "Published: May 30, 2019 10:00 WIB\n\nFerry link to Madura reopens\n\n"
                    "Published: May 28, 2019 09:00 WIB\n")
    assert teasers.published_date is None


def test_a_reprints_print_stamp_at_its_end_dates_it():
    # An archive's reprint whose only date is the paper's print stamp under the story, a sentence's end and all.
    story = ("FERRY STRIKE ENDS\n\nFrom our correspondent, Piraeus\n\nThe seamen's union called off its strike "
             "last night after four days in which no ferry left the port.\n\nThe ministers had met the union on "
             "Tuesday.\n\n")
    printed = parse(story + "Printed in The Evening Mercury, Thursday, March 6, 1975, page 3.\n\n"
                    "More from the archive: 'Islands cut off' (March 1975)\n")
    assert (printed.published_date, printed.published_date_source) == (D(1975, 3, 6), "stated")
    assert "Printed in" not in printed.body
    # Look-alike: a sentence of the story telling what a paper printed on a day stays the story's.
    told = parse(story + "Printed in full on March 6, 1975, the union's letter was read out in parliament.\n")
    assert told.published_date is None and "Printed in full" in told.body


@pytest.mark.parametrize("stamp", [
    "This article appeared in print on Thursday, March 6, 1975, page A7.",
    "A version of this article appears in print on March 6, 1975, Section A, Page 7 of the city edition.",
])
def test_a_papers_appeared_in_print_line_under_the_story_dates_it(stamp):
    # A news site's line under the story saying where the printed paper carried it, after a "filed from" line.
    story = ("Ferry strike ends after four days\n\nBy Eleni Vlachou\n\nThe seamen's union called off its strike "
             "early on Wednesday after four days in which no ferry left the port.\n\nThe ministers had met the "
             "union on Tuesday.\n\nFiled from Piraeus. ")
    printed = parse(story + stamp + "\n")
    assert (printed.published_date, printed.published_date_source) == (D(1975, 3, 6), "stated")
    # Look-alike: the story telling what appeared in print on a day stays the story's and dates nothing.
    told = parse(story.replace("Filed from Piraeus. ", "") + "The union's letter appeared in print on March 6, "
                 "1975, in every paper of the city.\n")
    assert told.published_date is None and "appeared in print" in told.body


def test_the_bodys_events_never_date_the_article():
    article = parse("Leaders meet in Oslo\n\nThe leaders met in Oslo on May 16, 2024. They talked.\n\n"
                    "OSLO, May 16 - More talks followed.\n")
    assert (article.published_date, article.published_date_source) == (None, None)


def test_an_impossible_date_on_the_page_is_ignored_not_refused():
    article = parse("Leaders meet in Oslo\n\nPublished May 16, 2031\n\nThe leaders met in Oslo. They talked.\n")
    assert article.published_date is None
    assert "Published May 16, 2031" not in article.body


@pytest.mark.parametrize(
    "text, url",
    [
        ("Leaders meet in Oslo\n\nPublished May 15, 2024\n\nThe leaders met in Oslo. They talked.\n", None),
        ("Ministers meet\n\nMOSCOW, December 30. /TASS/. The ministers met. They talked.\n",
         "https://tass.example/2022/12/1234567"),
        ("Leaders meet in Oslo\n\nThe leaders met in Oslo. They talked.\n", "https://n.example/2024/05/16/a"),
        ("Leaders meet in Oslo\n\nThe leaders met in Oslo. They talked.\n", None),
    ],
)
def test_the_canonical_seed_states_where_its_date_was_read(text, url):
    article = parse(text, url)
    seed = canonical_seed_text(article)
    assert ("date_source:" in seed) == (article.published_date is not None)
    again = parse(seed)
    assert again.published_date == article.published_date
    assert again.published_date_source == article.published_date_source
    assert again.body == article.body and again.title == article.title


def test_a_stated_source_outside_the_list_is_refused():
    from ruchina.errors import ArticleError

    with pytest.raises(ArticleError, match="date_source"):
        parse("---\ndate: 2024-05-16\ndate_source: guessed\n---\n\nLeaders met. They talked.\n")


def test_the_curators_address_dates_the_article(tmp_path):
    from ruchina.pipeline.adding import Overrides, prepare_article

    page = tmp_path / "page.txt"
    page.write_text("Ministers to meet\n\nMOSCOW, December 30. /TASS/. The ministers will meet before the summit. "
                    "They will prepare the declaration.\n", encoding="utf-8")
    assert prepare_article(page, Overrides(), today=TODAY).published_date is None, "a dateline alone has no year"
    url = "https://tass.example/world/2022/12/1234567"
    article = prepare_article(page, Overrides(url=url), today=TODAY)
    assert (article.url, article.published_date, article.published_date_source) == (url, D(2022, 12, 30), "dateline")
    stated = prepare_article(page, Overrides(url=url, date="2022-12-29"), today=TODAY)
    assert (stated.published_date, stated.published_date_source) == (D(2022, 12, 29), "stated")


def test_a_saved_page_is_dated_by_its_markup_never_by_its_text(tmp_path):
    pytest.importorskip("trafilatura")
    from ruchina.pipeline.adding import Overrides, prepare_article

    body = ("<h1>Leaders meet in Oslo</h1><p>The leaders met in Oslo on May 16, 2024, officials said. They talked "
            "for hours about trade and fishing rights in the north.</p><p>The two delegations agreed to meet again "
            "in Bergen in the autumn, the ministry said on Thursday.</p>")
    undated = tmp_path / "undated.html"
    undated.write_text(f"<html><head><title>Leaders meet in Oslo</title></head><body><article>{body}</article>"
                       "</body></html>", encoding="utf-8")
    article = prepare_article(undated, Overrides(), today=TODAY)
    assert (article.published_date, article.published_date_source) == (None, None), "May 16 is the meeting's date"
    assert article.title == "Leaders meet in Oslo" and not article.body.startswith("Leaders meet in Oslo")
    dated = tmp_path / "dated.html"
    dated.write_text(f"<html><head><title>Leaders meet in Oslo</title><meta property=\"article:published_time\" "
                     f"content=\"2024-05-17\"></head><body><article>{body}</article></body></html>", encoding="utf-8")
    article = prepare_article(dated, Overrides(), today=TODAY)
    assert (article.published_date, article.published_date_source) == (D(2024, 5, 17), "stated")


def test_a_header_with_only_a_month_is_a_header_and_states_no_day():
    article = parse(" date 2023-10 Die Staatschefs treffen sich am 17. Oktober in Peking. Viele Gäste kommen.\n\n"
                    "Mehr Text folgt hier.\n")
    assert article.published_date is None
    assert article.paragraphs[0].startswith("Die Staatschefs treffen sich")
    dated = parse(" date 2023-10 Die Staatschefs treffen sich in Peking. Viele Gäste kommen.\n",
                  url="https://news.example/politik/2023-10-17/forum")
    assert (dated.published_date, dated.published_date_source) == (D(2023, 10, 17), "url")


def test_a_datelines_day_before_the_date_it_repeats_leaves_a_date_line():
    line = "Lusaka, Jun 14 (ZNA) Saturday, June 14, 2025 09:40 CAT"
    assert read_date_line(line).date == D(2025, 6, 14)
    # (a yearless day of another date is a sentence's, not the date line's)
    assert read_date_line("Lusaka, Jun 13 (ZNA) Saturday, June 14, 2025 09:40 CAT") is None
