"""Page text around the story: the lines a saved news page carries that are not the
story — menus and section names, icon-font names, ad-slot ids and file names, clock
times, teaser and share lines, photo captions and credits, cookie and paywall notices,
truncated fragments — told from the story's paragraphs.

What such lines say is data (knowledge/boilerplate.yaml: patterns, menu words, tail
markers, photo-credit marks, with the outlet names of outlets.yaml); how a menu line
differs from a paragraph is code, here. Every test is a regular expression over one
paragraph, most of them only over short ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from ruchina.knowledge.base import boilerplate_patterns, read_knowledge_file
from ruchina.text.normalize import length_in_words

#: Menu and credit lines are short; longer lines are not tried as menus.
MAX_MENU_LINE_CHARS = 100
#: A site's name (a word of at most SITE_NAME_MAX_CHARS) opens a menu line only before this
#: many bars at least, each between menu words.
MENU_BARS_AFTER_SITE = 3
SITE_NAME_MAX_CHARS = 12
#: A caption is a sentence or two with its credit.
MAX_CAPTION_WORDS = 80
#: Longer than this, a paragraph is neither caption nor fragment (80 words of 8 characters).
MAX_CAPTION_CHARS = 640
#: A caption above its own credit line is shorter still.
MAX_PHOTO_CAPTION_WORDS = 60
#: A caption a credit line carries before its credit is a sentence of this many words at least.
MIN_CAPTION_SENTENCE_WORDS = 5
#: A truncated fragment ("According to the criteria of") is short and ends on a function word.
MAX_FRAGMENT_WORDS = 8
#: Icon-font names ("bookmark-bicon cameraicon chevron downicon"): this many words holding
#: "icon", and at least this share of the line's words.
MIN_ICON_WORDS, MIN_ICON_SHARE = 3, 0.3

# A sentence's end in any script: Chinese and Japanese end theirs with 。！？ (and 」』）).
_SENTENCE_END = re.compile(r"[.!?…。！？][”’\"')\]」』）]*$")
#: A line cut off with an ellipsis ("... [...]"), as teasers are.
CUT_OFF_END = re.compile(r"(?:\.\.\.|…|\[…\]|\[\.\.\.\])$")
_BULLETS = re.compile(r"^[\s•·▪►»>|*-]+|[\s•·▪►»|*-]+$")
_SEPARATORS = r"[\s|/•·»>,:;–—\-：｜＞›]*"  # (with the full-width marks of Chinese pages)
_CLOCK = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")
# One token of a file name, an id or an address: no spaces, with a digit, or punctuation
# inside it ("AP24135282499164.jpg", "div-gpt-ad-1571-0", "403", "kremlin.ru", "SD/", "#Putin");
# a word with its full stop ("Thanks.") is not one.
_TOKEN_ID = re.compile(r"^(?=[^\s]*(?:\d|[_/:=#@]|[.\-](?=.)))[#@]?[\w.\-/:=?&%+]+$")
# A credit line of short names between pipes or slashes: "Grigory Sysoev | AFP | Getty Images",
# "Sergei Bobylev / POOL / TASS", "China Daily / Xinhua".
_CREDIT_SEGMENTS = re.compile(r"\s+(?:\|\|?|/)\s+|\s*\|\|?\s*")
# The end of a caption printed with its credit in capitals: "... Friday. | SPUTNIK / KREMLIN / VIA REUTERS",
# "... March 20, 2023. - AP"
_CAPITAL_CREDIT_END = re.compile(r"(?:\||[.!?]\s+[-–—])\s*[A-Z][A-Z .&/-]{1,60}$")
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# Who takes photographs, in a credit line
_PHOTO_CREDIT = re.compile(r"\b(?:AFP|EPA|POOL|Pool|Getty|Photo|photo|Shutterstock|AP|via)\b")
_SENTENCE_STOPS = re.compile(r"[.!?](?:\s|$)")
# The label a caption line opens with: "Photo:", "[Photo]", "PHOTO -"
_CAPTION_LABEL = re.compile(r"^\s*(?:\[\s*\w+\s*\]|\w+\s*[:–—-])\s*")
_CAPTION_END = re.compile(r"[.(|/:–—-]")
# A page's script or style left in its text ("googletag.cmd.push(function() { ... });"): prose
# has no braces, arrows or calls.
_CODE = re.compile(r"[{}]|=>|\bfunction\s*\(|\w\(\s*\);|\b(?:var|let|const)\s+\w+\s*=")


@dataclass(frozen=True)
class ChromeWords:
    menu_line: re.Pattern[str]
    tail_marker: re.Pattern[str]
    credit_marks: ahocorasick.Automaton
    dangling_words: frozenset[str]


@lru_cache(maxsize=None)
def chrome_words() -> ChromeWords:
    data = read_knowledge_file("boilerplate")
    outlet_names = [alias for entry in read_knowledge_file("outlets")["outlets"]
                    for alias in [entry["name"], *entry.get("aliases", [])]]
    menu = _alternation([*data["menu_words"], *outlet_names])
    outlet = _alternation(outlet_names)
    return ChromeWords(
        # Words may be glued ("HomeWorld News"): separators are optional.
        menu_line=re.compile(rf"(?:{_SEPARATORS}(?:{menu})(?=\W|$|(?-i:[A-Z])))+{_SEPARATORS}", re.IGNORECASE),
        tail_marker=re.compile(
            # (with its count: "Comments (4)", "Comments 12")
            rf"(?:(?:{outlet})\s+)?(?:{_alternation(data['tail_markers'])})(?:\s+(?:{outlet}))?(?:\s*\(\d{{1,5}}\)|\s+\d{{1,3}})?\s*:?",
            re.IGNORECASE,
        ),
        credit_marks=_automaton(mark.lower() for mark in data["photo_credit_marks"]),
        dangling_words=frozenset(word.lower() for word in data["dangling_words"]),
    )


def _automaton(words) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


def _alternation(words) -> str:
    return "|".join(re.escape(word) for word in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=None)
def _any_boilerplate() -> re.Pattern[str]:
    """Every boilerplate pattern in one: one match tells most paragraphs from them."""
    return re.compile("|".join(f"(?:{pattern.pattern.replace('(?P<outlet>', '(?:')})"
                               for pattern in boilerplate_patterns()), re.IGNORECASE)


def match_boilerplate(paragraph: str) -> str | None:
    """For a line a publisher's boilerplate pattern matches, the outlet it names ("" when
    it names none); None when no pattern matches."""
    if not _any_boilerplate().match(paragraph):
        return None
    for pattern in boilerplate_patterns():
        match = pattern.match(paragraph)
        if match:
            return (match.groupdict().get("outlet") or "").strip()
    return None


@lru_cache(maxsize=4096)
def chrome_kind(paragraph: str) -> str | None:
    """What kind of page text the paragraph is ("boilerplate", "menu", "icons", "id",
    "clock", "credit", "code", "caption", "fragment"), or None when it may be the story's.
    (Cached: a page's first lines are weighed more than once.)"""
    if match_boilerplate(paragraph) is not None:
        return "boilerplate"
    if len(paragraph) <= MAX_MENU_LINE_CHARS:
        core = _BULLETS.sub("", paragraph)
        if not core:
            return "menu"
        if is_menu_line(paragraph):
            return "menu"
        if " " not in core and _TOKEN_ID.match(core):
            return "clock" if _CLOCK.match(core) else "id"
        if _is_credit_line(core):
            return "credit"
    if ("icon" in paragraph or "Icon" in paragraph or "ICON" in paragraph) and _is_icon_soup(paragraph):
        return "icons"
    if len(paragraph) > MAX_CAPTION_CHARS:
        return None  # too long for a caption or a fragment: the story's (most paragraphs stop here)
    if _CODE.search(paragraph):
        return "code"
    if is_caption(paragraph):
        return "caption"
    if _is_fragment(paragraph):
        return "fragment"
    return None


def _is_icon_soup(paragraph: str) -> bool:
    tokens = paragraph.split()
    icons = sum(1 for token in tokens if "icon" in token.lower())
    return icons >= MIN_ICON_WORDS and icons >= MIN_ICON_SHARE * len(tokens)


def _is_credit_line(line: str) -> bool:
    """Short names between pipes or slashes, or a line holding a photo-credit mark
    ("Grigory Sysoev | AFP | Getty Images", "(Sergei Guneyev, Sputnik, Kremlin Pool Photo via AP)")."""
    if ends_sentence(line) and not line.endswith(")"):
        return False
    if "|" in line or " / " in line:
        segments = [segment for segment in _CREDIT_SEGMENTS.split(line) if segment.strip()]
        if len(segments) >= 2 and all(length_in_words(segment) <= 4 for segment in segments):
            return all(segment.strip()[:1].isupper() or segment.strip()[:1].isdigit() for segment in segments)
    return length_in_words(line) <= 14 and _has_credit_mark(line, anywhere=True)


def is_caption(paragraph: str) -> bool:
    """A photo caption: a short paragraph holding the copyright sign or ending with a
    photo credit."""
    if len(paragraph) > MAX_CAPTION_CHARS:
        return False
    end = paragraph[-120:]
    if "©" not in paragraph and not _has_credit_mark(end) and not _CAPITAL_CREDIT_END.search(end):
        return False
    return length_in_words(paragraph) <= MAX_CAPTION_WORDS


def _has_credit_mark(text: str, anywhere: bool = False) -> bool:
    """Whether the text ends with a photo credit: a mark (an Aho-Corasick pass, one scan in C)
    after the caption's words and a mark of their end (a full stop, a bracket, a bar, a
    slash, a dash or a colon): "... in Tokyo.(Ken Sato, Pool Photo via AP)", "... ago /
    Photo: Archive". "Getty Images said on Monday ..." opens a sentence; it credits nothing."""
    for end, mark in chrome_words().credit_marks.iter(text.lower()):
        if anywhere or _CAPTION_END.search(text, 0, end - len(mark) + 1) or mark.startswith(("(", "©")):
            return True
    return False


def credits_the_photo_above(credit_line: str, paragraph: str) -> bool:
    """Whether a credit line names a photographer or photo agency ("Maria Lopez | AFP |
    Getty Images"), so that the short paragraph above it is the photo's caption. A credit
    line that carries its own caption ("Photo: X greets Y in Nagato. (Pool photo)") closes
    that caption, not the story's paragraph above it."""
    return bool(_PHOTO_CREDIT.search(credit_line)) and length_in_words(paragraph) <= MAX_PHOTO_CAPTION_WORDS \
        and len(_SENTENCE_STOPS.findall(paragraph)) <= 2 and not _holds_its_caption(credit_line)


def _holds_its_caption(credit_line: str) -> bool:
    """Whether a credit line tells what its photo shows in a sentence of its own before the
    credit: a few words ending in a stop, some in lower case, as a sentence has ("Shinzo Abe
    greets Vladimir Putin in Nagato."; not "Photo: A. Smith / AFP", initials and names)."""
    caption = _CAPTION_LABEL.sub("", credit_line).rstrip()
    # (the last stop with the credit after it: "... in Nagato. Credit: Pool photo")
    inner = [stop.start() for stop in _SENTENCE_STOPS.finditer(caption) if stop.end() < len(caption)]
    if not inner:
        return False
    told = _TOKEN.findall(caption[:inner[-1]])
    return len(told) >= MIN_CAPTION_SENTENCE_WORDS and sum(word.islower() for word in told) >= 2


def _is_fragment(paragraph: str) -> bool:
    """A line cut off mid-sentence ("According to the criteria of"): a few words, no
    sentence end, the last a function word."""
    if len(paragraph) > MAX_MENU_LINE_CHARS or ends_sentence(paragraph) or paragraph.endswith((":", '"', "”")):
        return False
    words = _TOKEN.findall(paragraph)
    return 1 < len(words) <= MAX_FRAGMENT_WORDS and words[-1].lower() in chrome_words().dangling_words


def is_menu_line(paragraph: str) -> bool:
    """A line of menu words; the site's own name may open a line of at least three bars before
    them ("华讯网 首页 | 时政 | 国际 | 财经")."""
    if len(paragraph) > MAX_MENU_LINE_CHARS:
        return False
    line = _BULLETS.sub("", paragraph)
    menu = chrome_words().menu_line
    if menu.fullmatch(line):
        return True
    site, _, rest = line.partition(" ")
    return (line.count(" | ") >= MENU_BARS_AFTER_SITE and len(site) <= SITE_NAME_MAX_CHARS
            and bool(menu.fullmatch(rest)))


def is_tail_marker(paragraph: str) -> bool:
    return len(paragraph) <= MAX_MENU_LINE_CHARS \
        and bool(chrome_words().tail_marker.fullmatch(_BULLETS.sub("", paragraph)))


def ends_sentence(paragraph: str) -> bool:
    return bool(_SENTENCE_END.search(paragraph[-12:]))


def is_prose(text: str) -> bool:
    """Whether ``text`` holds a word of four letters or more in lower case: prose or a headline in
    sentence case, not a headline in title case ("Putin Arrived in Riyadh on Monday"), where a
    capital tells no name."""
    return any(len(w) >= 4 and w.isalpha() and w.islower() for w in text.split())


def is_short_unfinished(paragraph: str, max_words: int) -> bool:
    """A short line that ends no sentence: a byline, an outlet's signature, a section name."""
    return len(paragraph) <= 20 * max_words and not ends_sentence(paragraph) and length_in_words(paragraph) <= max_words
