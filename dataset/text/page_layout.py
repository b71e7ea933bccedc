"""Where the story is on a page: its title and subtitle among the first paragraphs, and
the page text before the story (menus, section names, a neighbouring story's headline,
date lines, bylines, captions, the headline printed twice); the page text after it is
page_tail.py's.

A title is a headline: never a date line, a menu word, a section name or an id. On a
page the headline is told by evidence, strongest first: the page's address spells it
("/putin-arrives-in-astana-..."), the page prints it twice, it speaks of what the story's
first paragraphs speak of. A file with front matter has said all there is to say: only
its own title and subtitle stand, and no paragraph is dropped for where it stands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ruchina.text.head_lines import (
    FULL_DATE,
    is_headline,
    is_page_text,
    looks_like_subtitle,
    looks_like_title,
    same_headline,
    story_goes_on,
    titles_nothing,
    word_count,
)
from ruchina.text.known_places import known_place_names
from ruchina.text.markdown import comparable, marked_title, strip_markdown
from ruchina.text.normalize import fold_whitespace, length_in_words
from ruchina.text.page_address import slug_stems, spells, stems, title_spelled_by_address
from ruchina.text.page_chrome import (
    CUT_OFF_END,
    ends_sentence,
    is_caption,
    is_menu_line,
    is_short_unfinished,
)
from ruchina.text.page_datelines import opens_with_dateline
from ruchina.text.page_deks import bullets_of_the_dek, dated_lead, lead_after_a_date_line
from ruchina.text.page_galleries import opens_gallery

#: A title ending in a full stop is short: a longer sentence first is the lead.
FULL_STOP_TITLE_MAX_WORDS = 14
#: The title is looked for among the first paragraphs only.
HEAD_PARAGRAPHS = 12
#: a live page's entry heading opens with its time stamp ("17:40 Declaration signed", "- 09:30 X met Y"):
#: its key events list it and its entry repeats it, printed twice as a headline is, yet no title
_LIVE_STAMP = re.compile(r"^\W*(?:[01]?\d|2[0-3])[:.][0-5]\d\s+\S")
#: a live page's entry stamp on a line of its own, a time and its zone ("17.55 CST", "21:15 IST",
#: "09:30"): page text over its entry, never a headline (it shares "CST" with the entry below it);
#: its hour and minute are groups 1 and 2 (extract/live_entry_order.py reads the entries' order)
BARE_STAMP = re.compile(r"\W*([01]?\d|2[0-3])[:.]([0-5]\d)(?:\s+[A-Z]{2,5})?\s*")
#: Between the title and the story, a line this short that ends no sentence is a byline,
#: an outlet's signature or a section name.
BYLINE_MAX_WORDS = 8
#: A lead printed again is one of this many words at least (a short line may recur by chance).
HEAD_LEAD_MIN_WORDS = 8
#: Before a head printed again, a section name of at most this many words ("Events", "World news").
SECTION_NAME_MAX_WORDS = 3

_BREADCRUMB = re.compile(r"\s+(?:/|>|»|›|‹|<)\s+")
# The arrows of a trail of section names ("Startseite > Ausland > Asien"): a slash may stand
# in a headline ("Putin / Xi"), an arrow between short names does not.
_TRAIL_ARROW = re.compile(r"\s(?:>|»|›|‹|<)\s")
# An outlet's name in capitals over a section of one or two capitalised words ("LE JOURNAL - ARCHIVES",
# "THE DAILY COURIER - Digital Archive"): the page's masthead, whose shape a dateline without a date
# shares ("MOSCOW - Putin met ..." opens with a sentence after its dash).
# (the section's name may hold a small word: "THE COURIER — From the Archive")
_MASTHEAD_OVER_SECTION = re.compile(r"[A-Z][A-Z .'&-]{2,40}\s[—–-]\s[A-Z][\w'’-]*"
                                    r"(?:\s(?:the|of|and|de|la|du|des|der)(?=\s[A-Z]))?(?:\s[A-Z][\w'’-]*)?")
# A title's own date in parentheses at its end ("Transcript of Special Briefing ... (July 04, 2023)"):
# no date line for it.
_DATED_IN_PARENTHESES = re.compile(r"\s*\([^()]*\d{4}[^()]*\)\s*$")
# A title's own date after "on" at its end ("Regular Press Conference on October 24, 2017"): the
# title of a briefing, held on its day.
_HELD_ON_DATE = re.compile(r"\s+on\s+(?P<date>[^()]*\d{4})\s*$")
#: A title dated at its end has at least this many words before its date.
DATED_TITLE_MIN_WORDS = 4
#: An outlet's name over its menu has at most this many words ("The Han River Herald").
MASTHEAD_MAX_WORDS = 4
#: A rubric over a date has at most this many words beside the date ("On this day").
DATED_RUBRIC_MAX_WORDS = 3
#: A section name in a trail is this many characters at most ("Internacional", "新华网 首页").
SECTION_NAME_MAX_CHARS = 24


@dataclass
class Layout:
    title: str | None = None
    subtitle: str | None = None
    #: The story's paragraphs, as they stood (markdown kept).
    paragraphs: list[str] = field(default_factory=list)
    title_repeats: int = 0
    #: Page text removed before the story, as read (markdown gone), in page order: the
    #: date lines among it state the publication date.
    removed: list[str] = field(default_factory=list)


def lay_out(paragraphs: list[str], *, stated_title: str | None, stated_subtitle: str | None, front_matter: bool,
            title_field: bool, text_on_header_line: bool, url: str | None) -> Layout:
    """Find the title and subtitle and the page text before the story."""
    layout = Layout()
    page = not front_matter
    if stated_title is not None and titles_nothing(stated_title):
        stated_title = None
    if page and text_on_header_line and paragraphs:
        # " date 2024-05-15 icon bookmark-bicon ..." or "date ... October 18, 2023": the text
        # on the header line is page text; a headline there is the title.
        first = strip_markdown(paragraphs[0])
        if is_page_text(first):
            _remove(layout, first)
            paragraphs, text_on_header_line = paragraphs[1:], False
        elif len(paragraphs) > 1 and is_headline(first) and not is_headline(strip_markdown(paragraphs[1])):
            text_on_header_line = False
    may_guess = page and not text_on_header_line
    if page:
        while paragraphs and is_page_text(strip_markdown(paragraphs[0])):
            _remove(layout, strip_markdown(paragraphs[0]))
            paragraphs = paragraphs[1:]

    title, subtitle, rest = stated_title, stated_subtitle, paragraphs
    # A front matter that names a title field, even empty, has said all there is to say.
    if title is None and not text_on_header_line and not title_field and rest and marked_title(rest[0]):
        title, rest = marked_title(rest[0]), rest[1:]
    elif title is None and may_guess and rest:
        if len(rest) > 2 and marked_title(rest[1]) and looks_like_subtitle(strip_markdown(rest[0])):
            # A dek printed above the title.
            subtitle = subtitle or strip_markdown(rest[0])
            title, rest = marked_title(rest[1]), rest[2:]
        else:
            title, rest = _find_title(layout, rest, url)
    if title is None and page and rest and url:
        title, rest = title_spelled_by_address(rest, url)
    title_from_text = stated_title is None and title is not None

    if title is not None:
        # The title repeated below itself: as a scraping artefact under a title found in the
        # text; as a markdown heading under a title the header states (a plain paragraph that
        # happens to match a stated title is body text).
        while rest and comparable(rest[0]) == comparable(title) and (title_from_text or marked_title(rest[0])):
            rest, layout.title_repeats = rest[1:], layout.title_repeats + 1
        below_title = len(layout.removed)
        if page:
            rest = _skip_page_text(layout, rest, title if title_from_text else None, None, title_from_text)
        # A one-sentence paragraph right below a title found in the text is its dek; below a date
        # line, or a sentence that reports on a weekday, the lead (page_deks.py).
        if (may_guess and title_from_text and subtitle is None and story_goes_on(rest[1:])
                and not opens_gallery(rest)
                and not lead_after_a_date_line(strip_markdown(rest[0]), layout.removed[below_title:])):
            first = strip_markdown(rest[0])
            if _is_teaser(first, strip_markdown(rest[1])):
                _remove(layout, first)
                rest = rest[1:]
            elif looks_like_subtitle(first) and not dated_lead(first):
                bullets = bullets_of_the_dek(rest[0], rest[1:], is_page_text, strip_markdown)
                subtitle, rest = first, rest[1:]
                for bullet in rest[:bullets]:
                    _remove(layout, strip_markdown(bullet))
                rest = rest[bullets:]
        if page:
            rest = _skip_page_text(layout, rest, title if title_from_text else None, subtitle, title_from_text)
            rest = _without_head_printed_again(layout, rest, title, subtitle)
    layout.title, layout.subtitle, layout.paragraphs = title or None, subtitle or None, rest
    return layout


# --- the head of the page ---------------------------------------------------------


def _find_title(layout: Layout, paragraphs: list[str], url: str | None) -> tuple[str | None, list[str]]:
    """The title among the first paragraphs, and the paragraphs after it; what stood before
    the title is page text (a section name, a neighbour's headline, a date line)."""
    head: list[tuple[str, str]] = []
    # The story has begun at its dateline, or at its first prose unless the address spells
    # a title that may stand further down (under a section's blurb): the lead and the
    # paragraph after it are enough.
    begun = ("dateline",) if slug_stems(url) else ("prose", "dateline")
    for paragraph in paragraphs[:HEAD_PARAGRAPHS]:
        head.append(_head_line(strip_markdown(paragraph)))
        if len(head) > 1 and head[-2][0] in begun:
            break
    index = _choose_title(head, url)
    if index is None:
        # No headline stands out: a short first line is the title, even one ending in a
        # full stop ("Leaders to meet this week."); a longer sentence is the lead.
        first = strip_markdown(paragraphs[0])
        # (not a masthead: "LE JOURNAL - ARCHIVES" over a line the story is taken to begin at)
        if (len(paragraphs) > 1 and head[0][0] != "page" and looks_like_title(first)
                and not FULL_DATE.search(_DATED_IN_PARENTHESES.sub("", first))
                and (not ends_sentence(first) or word_count(first) <= FULL_STOP_TITLE_MAX_WORDS)):
            return first, paragraphs[1:]
        return None, paragraphs
    for _, text in head[:index]:
        _remove(layout, text)
    title = head[index][1]
    rest = paragraphs[index + 1:]
    if title != strip_markdown(paragraphs[index]) and rest and comparable(rest[0]) == comparable(title):
        # The title is a breadcrumb's last crumb and the headline below it: a trail of links
        # ends in the page's own title, which is navigation, not the headline printed twice.
        rest = rest[1:]
    if rest and comparable(title) != comparable(rest[0]) and same_headline(title, strip_markdown(rest[0])):
        # "Xi leaves for Moscow-Xinhua" above "Xi leaves for Moscow": the shorter is the headline.
        title = min(title, strip_markdown(rest[0]), key=len)
        rest, layout.title_repeats = rest[1:], layout.title_repeats + 1
    return title, rest


def _head_line(text: str) -> tuple[str, str]:
    """What a first paragraph is: page text, a date line, a dateline opening the story,
    a headline, a one-sentence paragraph, or prose; with its text (a breadcrumb's headline)."""
    if not text:
        return "page", text
    crumbs = _BREADCRUMB.split(text)
    if len(crumbs) > 2 and all(is_menu_line(crumb) for crumb in crumbs[:-1]) and is_headline(crumbs[-1]):
        return "headline", crumbs[-1]  # "Home / World News / Putin and Xi to talk this week"
    if is_page_text(text) or _is_section_trail(text, crumbs) or _is_masthead(text) or BARE_STAMP.fullmatch(text):
        return "page", text
    if opens_with_dateline(text):
        return "dateline", text
    if is_headline(text) or _is_title_dated_at_end(text):
        return "headline", text
    if _is_dated_rubric(text):
        return "page", text
    if ends_sentence(text) and looks_like_subtitle(text):
        return "sentence", text
    return "prose", text


def _is_title_dated_at_end(text: str) -> bool:
    """A headline whose only date is its own at its end, after "on" or in parentheses
    ("Foreign Ministry Spokesperson's Regular Press Conference on October 24, 2017")."""
    held_on = _HELD_ON_DATE.search(text)
    if held_on and FULL_DATE.fullmatch(held_on.group("date")):
        rest = text[:held_on.start()]
    else:
        rest = _DATED_IN_PARENTHESES.sub("", text)
    return rest != text and word_count(rest) >= DATED_TITLE_MIN_WORDS and is_headline(rest)


def _is_dated_rubric(text: str) -> bool:
    """A rubric's name over a date ("Kalenderblatt 7. November 1964", "On this day: 7 November
    1964"): page text, not the story's first prose (an almanac's date is no publication date,
    and no date line reads it as one)."""
    date = FULL_DATE.search(text)
    if date is None or ends_sentence(text):
        return False
    rest = (text[:date.start()] + " " + text[date.end():]).strip(" :,-–—|")
    return word_count(rest) <= DATED_RUBRIC_MAX_WORDS


def _is_section_trail(text: str, crumbs: list[str]) -> bool:
    """A trail of section names between arrows, in a language whose words the menu list lacks
    ("Startseite > Ausland > Asien", "新华网 > 国际 > 正文"; two are a trail too, "历史频道 > 历史上的今天",
    as an arrow stands in no headline): page text, no headline. A trail from the site's home may
    pass through a long section's name and still ends at a section's ("Home > Press and Media
    Service > Spokesperson's Remarks")."""
    if len(crumbs) < 2 or not _TRAIL_ARROW.search(text) or any(ends_sentence(crumb) for crumb in crumbs):
        return False
    if all(_section_sized(crumb) for crumb in crumbs):
        return True
    return len(crumbs) >= 3 and is_menu_line(crumbs[0]) and _section_sized(crumbs[-1])


def _section_sized(crumb: str) -> bool:
    return len(crumb) <= SECTION_NAME_MAX_CHARS and len(crumb.split()) <= SECTION_NAME_MAX_WORDS


def _is_masthead(text: str) -> bool:
    """One word alone on a line, no sentence, at the head of a page: the outlet's masthead or a
    section's name ("tagesbericht", "Politik"), never the story's first prose; or the outlet's name in
    capitals over its section's ("LE JOURNAL - ARCHIVES"). (A Chinese line
    counts its characters as words: a headline of one character is none.)"""
    return (word_count(text) < 2 and not ends_sentence(text) and any(c.isalpha() for c in text)
            or (bool(_MASTHEAD_OVER_SECTION.fullmatch(text))
                and re.split(r"\s[—–-]\s", text, maxsplit=1)[0].casefold() not in known_place_names()))


def _choose_title(head: list[tuple[str, str]], url: str | None) -> int | None:
    story = next((i for i, (kind, _) in enumerate(head) if kind in ("sentence", "prose", "dateline")), len(head))
    candidates = [i for i in range(story) if head[i][0] == "headline"]
    if _masthead_over_page_text(head, candidates):
        head = [("page", head[0][1]), *head[1:]]
        candidates = candidates[1:]
    slug = slug_stems(url)
    if slug:
        before_dateline = next((i for i, (kind, _) in enumerate(head) if kind == "dateline"), len(head))
        spelled = [(len(slug & stems(text)), i) for i, (kind, text) in enumerate(head[:before_dateline])
                   if kind in ("headline", "sentence") and spells(slug, text)]
        if spelled:
            return max(spelled, key=lambda item: (item[0], -item[1]))[1]
    for i in candidates:  # the headline printed twice
        if _LIVE_STAMP.match(head[i][1]):
            continue  # (a live page's entry heading, listed under its key events and again over its entry)
        if any(head[j][0] in ("headline", "sentence") and same_headline(head[i][1], head[j][1])
               for j in range(i + 1, len(head))):
            return i
    rubric = _rubric_above_headline_and_dek(head, candidates)
    if rubric is not None:
        candidates.remove(rubric)
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    # Several headlines before the story: the first that speaks of what the story's
    # first paragraphs speak of (a section name or a neighbour's headline does not).
    lead = set().union(*(stems(text) for kind, text in head[story:story + 2]))
    shared = {i: len(stems(head[i][1]) & lead) for i in candidates}
    for needed in (2, 1):
        for i in candidates:
            if shared[i] >= needed:
                return i
    return next((i for i in candidates if word_count(head[i][1]) >= 4), candidates[0])


def _masthead_over_page_text(head: list[tuple[str, str]], candidates: list[int]) -> bool:
    """The page's first line, a few words over page text (a menu, a date line), with a headline
    further down before the story: the outlet's name ("China Herald Online" over "Home | China
    | World"), which its address may spell too, not the title."""
    return (candidates[:1] == [0] and len(candidates) > 1 and len(head) > 1 and head[1][0] == "page"
            and word_count(head[0][1]) <= MASTHEAD_MAX_WORDS and not ends_sentence(head[0][1]))


def _rubric_above_headline_and_dek(head: list[tuple[str, str]], candidates: list[int]) -> int | None:
    """A section's rubric ("Japan-Korea ties", "Energy") over the headline and its dek: the
    last three lines of the head in a row, the first a few words, the next at least twice as
    long. (Only with the dek below: a short headline over its dek alone is the same shape as
    a rubric over a headline.)"""
    last = candidates[-3:]
    if len(last) < 3 or last != [last[0], last[0] + 1, last[0] + 2]:
        return None
    label, headline = (word_count(head[i][1]) for i in last[:2])
    return last[0] if label <= SECTION_NAME_MAX_WORDS and headline >= 2 * label else None


def _skip_page_text(layout: Layout, rest: list[str], title: str | None, subtitle: str | None,
                    title_from_text: bool) -> list[str]:
    """Drop the page text between the title (and subtitle) and the story: date lines,
    bylines, captions and credits, the headline or dek printed again."""
    while rest and not opens_gallery(rest):
        text = strip_markdown(rest[0])
        if title and (same_headline(title, text) or comparable(text) == comparable(title)):
            layout.title_repeats += 1
        elif not (is_page_text(text) or _is_section_trail(text, _BREADCRUMB.split(text))
                  or (subtitle and comparable(text) == comparable(subtitle))
                  or (title_from_text and is_short_unfinished(text, BYLINE_MAX_WORDS) and len(rest) > 1)
                  or _prints_again(text, layout.removed)):
            break
        else:
            _remove(layout, text)
        rest = rest[1:]
    return rest


def _without_head_printed_again(layout: Layout, rest: list[str], title: str, subtitle: str | None) -> list[str]:
    """The story without the page's head that a scrape glued onto its next paragraph: a
    section name, the title and the dek (or lead) printed again in front of the text that
    follows them ("Events <title> <lead> 17 February 2025 ..."). Only when the title stands
    right before the repeated lead, after at most a short section name: a paragraph that
    quotes the lead, or prints it again with no title, is the story's own text."""
    lead, at = (subtitle, 0) if subtitle else (rest[0] if rest else "", 1)
    lead = fold_whitespace(strip_markdown(lead))
    if at >= len(rest) or length_in_words(lead) < HEAD_LEAD_MIN_WORDS:
        return rest
    text = fold_whitespace(strip_markdown(rest[at]))
    head, found, after = text.partition(f"{fold_whitespace(title)} {lead}")
    if not found or len(head.split()) > SECTION_NAME_MAX_WORDS or ends_sentence(head.strip()):
        return rest
    _remove(layout, head + found)
    return rest[:at] + ([after.strip()] if after.strip() else []) + rest[at + 1:]


# --- what a line is --------------------------------------------------------------------


def _remove(layout: Layout, text: str) -> None:
    if text:
        layout.removed.append(text)


#: how much longer than the caption its second printing may be (a longer credit)
_CREDIT_ALLOWANCE = 40


def _prints_again(text: str, removed: list[str]) -> bool:
    """A caption printed twice: the line stands inside the page text just removed. Not a lead
    that opens with the same name and office as the caption above it ("X at a meeting in Y.
    Photo: ..." over "X will be in Z on Tuesday for ..."): a caption printed again is no longer
    than the caption, give or take its credit."""
    key = comparable(text)[:40]
    return (len(key) >= 30 and bool(removed) and is_caption(removed[-1]) and key in comparable(removed[-1])
            and len(text) <= len(removed[-1]) + _CREDIT_ALLOWANCE)


def _is_teaser(text: str, following: str) -> bool:
    """A lead cut short ("Days after being sworn in, Putin will travel ...") above the
    paragraph it was cut from."""
    match = CUT_OFF_END.search(text)
    return bool(match) and len(text) > 20 and comparable(following).startswith(comparable(text[:match.start()]))
