"""The head of a page in another language than English (issue 25): a masthead of one word and a trail of
section names in arrows, of words the menu list lacks, are page text, and the headline under them the
title; beside look-alikes that stay titles. Every fixture is written for these tests."""

from __future__ import annotations

import datetime as dt

from ruchina.extract.extraction import extract_article
from ruchina.text.parsing import parse_article

TODAY = dt.date(2026, 1, 1)


def parse(text: str, url: str | None = None):
    return parse_article(text, "seeds/page.txt", today=TODAY, url=url)


def _events(title, body, published, language):
    return extract_article("t1", title, None, body, published, language).events


# --- the head of a page -------------------------------------------------------------------------

LEAD_DE = ("Der finnische Präsident hat am Dienstag in Helsinki den norwegischen Regierungschef zu Gesprächen "
           "über die Arktis empfangen.")
MORE_DE = "Beide Seiten vereinbarten eine engere Zusammenarbeit bei der Seenotrettung im Nordmeer."


def test_a_one_word_masthead_and_a_section_trail_in_arrows_are_no_title():
    """ "morgenblatt" over "Startseite > Ausland > Europa" over the headline: the headline is the
    title, and the headline, no longer taken for page text under a false title, is not lost."""
    article = parse("morgenblatt\n\nStartseite > Ausland > Nordeuropa\n\n"
                    "Arktis-Gespräche: Helsinki empfängt Gast aus Oslo\n\nStand: 14.05.2024 09:30 Uhr\n\n"
                    f"{LEAD_DE}\n\n{MORE_DE}\n")
    assert article.title == "Arktis-Gespräche: Helsinki empfängt Gast aus Oslo"
    assert article.body.startswith(LEAD_DE)


def test_a_byline_in_french_spanish_or_german_is_page_text_not_the_lead():
    lead_fr = "Le président finlandais a reçu mardi à Helsinki le Premier ministre norvégien."
    for byline in ("Par Jeanne Roux-Lambert, avec agences", "Por Ana Gil de la Vega", "Von Lena Vogt und Jan Kurz"):
        article = parse(f"Le Quotidien du Nord  —  Europe\n\nAccueil › Europe › Nord\n\n"
                        "À Helsinki, le président finlandais et son hôte norvégien promettent un Arctique plus sûr\n\n"
                        f"Publié le 14/05/2024 à 09h30, mis à jour à 11h10\n\n{byline}\n\n{lead_fr}\n\nLes deux hommes ont parlé de l'Arctique.\n")
        assert article.body.startswith(lead_fr), byline
    # Look-alikes: a crosshead of places and a sentence opening on "par" stay the story's.
    for line in ("Von Helsinki nach Oslo", "Par exemple, la Norvège a proposé une patrouille commune."):
        article = parse(f"Helsinki reçoit Oslo\n\n{lead_fr}\n\n{line}\n\nLes deux hommes ont parlé de l'Arctique.\n")
        assert line in article.body, line


def test_a_chinese_section_trail_is_page_text_and_the_headline_under_it_the_title():
    lead = "新华社赫尔辛基5月14日电 芬兰总统14日在赫尔辛基会见挪威首相，双方就北极合作交换意见。"
    article = parse(f"晨报网 > 国际 > 正文\n\n芬兰总统会见挪威首相\n\n{lead}\n\n双方同意加强海上搜救合作。\n")
    assert article.title == "芬兰总统会见挪威首相"


def test_look_alike_a_headline_with_arrows_or_a_short_first_headline_stays_the_title():
    """A headline that strings its stops with arrows, its last part a clause, is no section trail; a
    short two-word headline is no masthead."""
    headline = "Erst Helsinki > dann Oslo > jetzt Reykjavik: die Arktis-Reise des Präsidenten"
    article = parse(f"{headline}\n\n{LEAD_DE}\n\n{MORE_DE}\n")
    assert article.title == headline
    article = parse(f"Arktis-Gipfel vertagt\n\n{LEAD_DE}\n\n{MORE_DE}\n")
    assert article.title == "Arktis-Gipfel vertagt"


LEAD_FR = ("L'avion du président finlandais s'est posé mardi matin à l'aéroport d'Oslo, où le roi l'attendait au "
           "pied de la passerelle.")
MORE_FR = "Les entretiens officiels commenceront mercredi au palais royal."


def test_an_archives_masthead_in_capitals_and_its_edition_line_are_no_title():
    """ "LA GAZETTE - ARCHIVES" over "Article paru dans l'édition du 15 mai 1973": the paper's masthead
    and its date line; the headline under them is the title."""
    article = parse("LA GAZETTE - ARCHIVES\n\nArticle paru dans l'édition du 15 mai 1973\n\n"
                    "Le président finlandais accueilli par le roi dès son arrivée à Oslo\n\n"
                    f"{LEAD_FR}\n\n{MORE_FR}\n")
    assert article.title == "Le président finlandais accueilli par le roi dès son arrivée à Oslo"
    assert article.published_date == dt.date(1973, 5, 15)
    assert "LA GAZETTE" not in article.body


def test_look_alike_a_dateline_in_capitals_before_its_sentence_stays_the_story():
    """ "OSLO - Le roi a reçu ...": a dateline opening a sentence, the story's first line, not a
    masthead; nor is a known city in capitals over a name ("OSLO - Harald")."""
    story = "OSLO - Le roi a reçu mardi le président finlandais au palais royal pour des entretiens."
    article = parse(f"Le roi reçoit le président finlandais\n\n{story}\n\n{MORE_FR}\n")
    assert article.body.startswith(story)
    from ruchina.text.page_layout import _head_line
    assert _head_line("OSLO - Harald")[0] != "page"
