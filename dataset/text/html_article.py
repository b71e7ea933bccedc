"""Saved web pages as articles: main text, title and date by trafilatura.

trafilatura is an optional extra (`pip install "ruchina[html]"`): it is the maintained
tool for exactly this job, and most curators add text files. Its date comes from htmldate,
kept to what the page's markup states (meta tags, structured data, time elements, the
address): htmldate's extensive search would otherwise take a date from the text, which may
be an event's, and a publication date is only ever what the page states.
"""

from __future__ import annotations

import datetime as dt

import yaml

from ruchina.errors import ArticleError
from ruchina.text.markdown import comparable


def looks_like_html(name: str, text: str) -> bool:
    return name.lower().endswith((".html", ".htm")) or text.lstrip()[:200].lower().startswith(("<!doctype html", "<html"))


def html_to_article_text(html: str, name: str) -> str:
    """The page as markdown with front matter, for the ordinary parser to read."""
    try:
        import trafilatura
    except ImportError:
        raise ArticleError(name, "reading a web page needs the html extra: pip install 'ruchina[html]'") from None
    dates = {"original_date": True, "extensive_search": False, "max_date": dt.date.today().isoformat()}
    document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False,
                                           favor_precision=True, date_extraction_params=dates)
    if document is None:
        raise ArticleError(name, "no article text could be found in this web page")
    data = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    body = (data.get("text") or "").strip()
    if not body:
        raise ArticleError(name, "no article text could be found in this web page")
    fields = {key: data.get(source) for key, source in
              (("title", "title"), ("subtitle", "description"), ("date", "date"), ("url", "url"), ("outlet", "sitename"))}
    stated = {key: str(value) for key, value in fields.items() if value}
    header = yaml.safe_dump(stated, sort_keys=False, allow_unicode=True, width=1_000_000)
    # trafilatura puts one paragraph per line; blank lines make them paragraphs for the parser.
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    if len(lines) > 1 and stated.get("title") and comparable(lines[0]) == comparable(stated["title"]):
        lines = lines[1:]  # the page's headline, which the front matter states
    return f"---\n{header}---\n\n" + "\n\n".join(lines) + "\n"
