"""Reading article files: what is not usable text is refused in one line naming the file."""

from __future__ import annotations

import pytest

from ruchina.errors import ArticleError
from ruchina.text.article_file import MAX_ARTICLE_BYTES, MAX_LINE_CHARS, read_article_file


@pytest.mark.parametrize(
    "content, problem",
    [
        (b"", "the file is empty"),
        (b"   \n\n\t\n", "only white space"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("Caf\u00e9 au lait".encode("latin-1"), "not valid UTF-8 (byte 0xe9 at offset 3)"),
        (b"x" * (MAX_ARTICLE_BYTES + 1), "over the"),
        (b"a" * (MAX_LINE_CHARS + 1), "characters long"),
    ],
)
def test_unusable_files_are_refused(tmp_path, content, problem):
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    with pytest.raises(ArticleError) as caught:
        read_article_file(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert problem in str(caught.value)


def test_a_symbolic_link_is_not_followed(tmp_path):
    outside = tmp_path / "secret.txt"
    outside.write_text("Not an article for the dataset.")
    link = tmp_path / "link.txt"
    link.symlink_to(outside)
    with pytest.raises(ArticleError, match="symbolic link"):
        read_article_file(link)


def test_utf8_with_a_byte_order_mark_is_read(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffTitle\n\nBody.".encode("utf-8"))
    assert read_article_file(path).text == "Title\n\nBody."
