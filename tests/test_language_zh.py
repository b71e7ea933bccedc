"""Chinese (and other text not split by spaces): normalisation, language, sentences,
near-duplicate articles and shared or repeated passages. The Chinese articles are our own,
written in the style of agency reports (dateline, credit, the leaders' titles); each check
that must fire has a look-alike that must not."""

from __future__ import annotations

import pytest
from conftest import built_rows, findings_by_check

from ruchina.checks.duplicate_article import DUPLICATE_THRESHOLD
from ruchina.similarity import minhash
from ruchina.similarity.text_units import is_unspaced, normalize
from ruchina.text.language import detect_language
from ruchina.text.normalize import length_in_words, normalize_text
from ruchina.text.sentences import split_sentences

SUMMIT = """date 2024-05-16

习近平同普京举行会谈

新华社北京5月16日电（记者 林晓）国家主席习近平16日上午在人民大会堂同来华进行国事访问的俄罗斯总统普京举行会谈。两国元首回顾了双边关系的发展历程，就深化各领域务实合作以及共同关心的国际和地区问题深入交换意见。

习近平指出，今年是中俄建交75周年。75年来，中俄关系在风雨中砥砺前行，愈加坚韧。双方应当坚持相互尊重、平等互利，推动两国全面战略协作伙伴关系不断向前发展，为世界和平稳定注入正能量。

普京表示，俄方高度重视对华关系，愿同中方加强能源、农业、交通和科技创新等领域合作，扩大青年、教育和旅游交流，密切在联合国、上海合作组织和金砖国家等多边框架内的协调配合。

会谈后，两国元首签署并发表联合声明，共同见证了经贸、海关、卫生和媒体等领域十余份合作文件的签署。双方还共同会见了记者。

当晚，习近平和夫人在人民大会堂为普京举行欢迎宴会，两国元首还进行了小范围茶叙。"""

# A portal's copy: its own credit line, one sentence reworded, a paragraph added at the end.
SUMMIT_COPY = SUMMIT.replace("新华社北京5月16日电（记者 林晓）", "据新华社报道，").replace(
    "75年来，中俄关系在风雨中砥砺前行，愈加坚韧。", "七十五年来，两国关系经受住了国际风云变幻的考验，基础日益牢固。"
) + "\n\n据悉，此访是普京开始新一届总统任期后的首次出访，也是两国元首今年首次面对面会晤。"

# Another agency's report of the same visit: the same names, date and places, other words.
ARRIVAL = """date 2024-05-16

普京抵京开始国事访问

中新社北京5月16日电 俄罗斯总统普京16日凌晨乘专机抵达北京，开始对中国进行为期两天的国事访问。这是普京今年开始新任期后首次出访，外界普遍关注此访将取得哪些成果。

分析人士认为，在当前复杂多变的国际形势下，中俄两国元首再次会晤，对于维护地区和平与稳定具有重要意义。双方预计将在能源、金融、农业和物流等领域达成一批新的合作协议。

按照日程安排，普京结束在北京的活动后还将前往哈尔滨，出席中俄博览会开幕式，并同当地高校师生座谈交流。

俄方代表团成员包括多名联邦政府部长、地方行政长官和大型企业负责人，规模为近年来少见。"""

# The first paragraph of SUMMIT (a lead agencies share) over a report of other things.
SHARED_LEAD = "date 2024-05-17\n\n中俄签署多份合作文件\n\n" + SUMMIT.split("\n\n")[2] + """

据商务部介绍，此次签署的文件涉及跨境电商、农产品检验检疫和边境口岸建设，其中多项属于首次签署。

业内人士预计，随着新的口岸陆续开通，明年双边贸易额有望继续保持增长，东北地区企业将率先受益。"""


def findings_for(tmp_path, articles: dict[str, str]) -> dict[str, list]:
    """The findings by check, and the articles rows under "articles"."""
    rows = built_rows(tmp_path, articles)
    return {"articles": rows["articles"], **findings_by_check(rows)}


# --- normalisation ------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("ＡＰＥＣ峰会于２０２４年５月１６日举行", "APEC峰会于2024年5月16日举行"),  # letters and digits mean ASCII
        ("双方：（一）深化合作，扩大交流！", "双方：（一）深化合作，扩大交流！"),  # Chinese punctuation stays
        ("会谈（２０２４）结束。", "会谈（2024）结束。"),
        ("他说「很好」。", "他说「很好」。"),
        ("Price： ＵＳ＄１００，ＯＫ（ｙｅｓ）", "Price: US$100,OK(yes)"),  # ASCII drawn wide, among Latin text
        ("Pu\u200btin\u200f met\u202e Xi\u2067 in\ufeff Beijing", "Putin met Xi in Beijing"),  # invisible marks go
    ],
)
def test_full_width_forms_and_invisible_marks(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


def test_what_is_compared_folds_every_full_width_form() -> None:
    assert normalize("ＡＢＣ　１２３，会谈。") == normalize("abc 123, 会谈.") == "abc 123 会谈"
    assert normalize("习近平\u200b同普京") == "习近平同普京"


# --- language and sentences -----------------------------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("国家主席习近平同俄罗斯总统普京举行会谈，双方签署联合声明。", "zh"),  # simplified
        ("國家主席習近平同俄羅斯總統普京舉行會談，雙方簽署聯合聲明。", "zh"),  # traditional
        ("習近平国家主席はプーチン大統領と会談し、共同声明に署名した。", "ja"),  # kana makes it Japanese
        ("시진핑 주석과 푸틴 대통령이 베이징에서 회담했다.", "ko"),
        ("Президент России провёл переговоры с Председателем КНР.", "ru"),
    ],
)
def test_language_from_script(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_a_chinese_body_splits_into_its_sentences() -> None:
    body = SUMMIT.split("\n\n")[3]
    assert split_sentences(body) == [
        "习近平指出，今年是中俄建交75周年。",
        "75年来，中俄关系在风雨中砥砺前行，愈加坚韧。",
        "双方应当坚持相互尊重、平等互利，推动两国全面战略协作伙伴关系不断向前发展，为世界和平稳定注入正能量。",
    ]


# --- similarity ---------------------------------------------------------------------------


def test_unspaced_text_is_shingled_by_characters_and_english_by_words() -> None:
    assert is_unspaced(normalize(SUMMIT)) and not is_unspaced(normalize("Putin met Xi in Beijing, 习近平 and 普京."))
    assert minhash.shingles("两国元首举行会谈") == {"两国元首举", "国元首举行", "元首举行会", "首举行会谈"}
    assert minhash.shingles("Putin met Xi in Beijing") == {"putin met xi", "met xi in", "xi in beijing"}
    assert minhash.shingle_kind(SUMMIT) == "5-character" and minhash.shingle_kind("Putin met Xi") == "3-word"


def test_lengths_in_words_count_two_chinese_characters_as_a_word() -> None:
    assert length_in_words("putin met xi") == 3
    assert length_in_words("国家主席习近平同普京举行会谈") == 7
    assert length_in_words("apec 峰会 in beijing") == 4


def test_a_near_copy_is_similar_and_another_report_of_the_summit_is_not() -> None:
    original, copy, other = (minhash.shingle_hashes(text) for text in (SUMMIT, SUMMIT_COPY, ARRIVAL))
    assert minhash.jaccard(original, copy) >= DUPLICATE_THRESHOLD
    assert minhash.jaccard(original, other) < 0.1 and minhash.jaccard(copy, other) < 0.1
    shared_lead = minhash.shingle_hashes(SHARED_LEAD)
    assert minhash.jaccard(original, shared_lead) < DUPLICATE_THRESHOLD


def test_chinese_near_copy_is_a_duplicate_article_and_the_other_reports_are_not(tmp_path) -> None:
    found = findings_for(tmp_path, {"a": SUMMIT, "b": SUMMIT_COPY, "c": ARRIVAL, "d": SHARED_LEAD})
    assert {row["language"] for row in found["articles"]} == {"zh"}
    # Two characters count as a word: a body of 180 or so Han characters is not 10 words.
    summit = next(row for row in found["articles"] if row["article_id"] == "a")
    assert len(summit["body"]) // 3 < summit["n_words"] < len(summit["body"]) // 1.5
    (duplicate,) = found["duplicate-article"]
    assert duplicate["record_ids"] == ["a", "b"]
    assert "near-duplicate" in duplicate["message"] and "5-character shingles" in duplicate["message"]
    # The lead d shares with a (and its second sentence with a's copy b) is a shared
    # passage, not a copy of the article; what only a and its copy share is no finding.
    shared = {tuple(finding["record_ids"]): finding["evidence"] for finding in found["shared-passage"]}
    assert set(shared) == {("a", "d"), ("a", "b", "d")}
    assert "国家主席习近平16日上午在人民大会堂" in shared["a", "d"]
    assert "两国元首回顾了双边关系的发展历程" in shared["a", "b", "d"]


def test_a_repeated_chinese_paragraph_is_a_duplicate_passage_and_a_repeated_short_line_is_not(tmp_path) -> None:
    paragraph = SUMMIT.split("\n\n")[5]
    repeated = SUMMIT + "\n\n" + paragraph
    short = ARRIVAL + "\n\n（完）\n\n（完）"
    found = findings_for(tmp_path, {"a": repeated, "b": short})
    (passage,) = found["duplicate-passage"]
    assert passage["record_ids"] == ["a"] and "a paragraph appears 2 times" in passage["message"]


# --- page text of Chinese pages ---------------------------------------------------------


def test_chinese_credit_lines_captions_and_end_marks_are_page_text_and_look_alikes_are_story() -> None:
    from ruchina.text.parsing import parse_article

    page = SUMMIT.replace(
        "\n\n当晚，", "\n\n当日上午，两国元首在人民大会堂北大厅举行会谈。新华社记者 张某 摄\n\n当晚，"
    ) + "\n\n（完）\n\n监制丨刘某\n\n记者丨王某 赵某\n\n【责任编辑：陈某】"
    # Look-alikes that are story: the press meets the leaders, a reporter learns, an
    # editorial board judges; none is a credit line.
    story = ["双方还共同会见了记者，介绍了会谈成果。", "记者从外交部获悉，两国外长将于下月再次会晤。",
             "编辑部认为，这次会谈为两国关系指明了方向。"]
    page = page.replace("\n\n（完）", "\n\n" + "\n\n".join(story) + "\n\n（完）")
    article = parse_article(page)
    assert article.title == "习近平同普京举行会谈"
    assert article.paragraphs[0].startswith("新华社北京5月16日电")
    assert article.paragraphs[-3:] == story
    assert not any("摄" in p[-3:] or "丨" in p or "（完）" in p or "责任编辑" in p for p in article.paragraphs)
    assert len(article.paragraphs) == 5 + len(story)


def test_latin_names_in_chinese_text_stand_on_word_boundaries_and_glued_latin_does_not() -> None:
    from ruchina.extract.linking import link_entities

    text = "据外媒报道，Putin同Xi Jinping在Beijing举行会谈，Putinist一词并非人名。"
    linked = [(text[m.start:m.end], m.entity_id) for m in link_entities(text, False)]
    assert [surface for surface, _ in linked] == ["Putin", "Xi Jinping", "Beijing"]
    assert len({entity_id for _, entity_id in linked}) == 3


def test_chinese_names_link_to_the_knowledge_base_and_nothing_is_discovered(tmp_path) -> None:
    found = findings_for(tmp_path, {"a": SUMMIT, "c": ARRIVAL})
    assert "unlinked-entity" not in found, "no junk entity from a Chinese article"
    from ruchina.extract.linking import link_entities

    linked = {m.name for m in link_entities(SUMMIT, False, "zh")}
    assert {"Xi Jinping", "Vladimir Putin", "Russia", "Beijing", "Great Hall of the People", "Xinhua",
            "Shanghai Cooperation Organization", "BRICS", "United Nations"} <= linked
    # traditional characters, a digit or a Latin word beside a name
    text = "習近平16日同普京會談，Putin同習近平在北京會晤。"
    assert [text[m.start:m.end] for m in link_entities(text, False, "zh")] == ["習近平", "普京", "Putin", "習近平", "北京"]
    # one character of a country's name is an ordinary word: "中俄" names neither China nor Russia
    assert not link_entities("中俄双方在会上达成共识。", False, "zh")


def test_the_entities_table_keeps_one_row_per_entity_with_its_chinese_names(tmp_path) -> None:
    from ruchina.knowledge.base import entity_catalog

    xi = entity_catalog().named("Xi Jinping")
    assert "习近平" in xi.names_in_languages and "習近平" in xi.names_in_languages


@pytest.mark.parametrize(
    "headline, lead",
    [("两国元首会谈", "双方签署了联合声明。"), ("日中首脳が会談", "東京で会談が行われた。")],
)
def test_a_short_chinese_or_japanese_sentence_is_the_body_not_the_headline(headline: str, lead: str) -> None:
    from ruchina.text.parsing import parse_article

    article = parse_article(f"date 2024-05-16\n\n{headline}\n\n{lead}")
    assert (article.title, article.body) == (headline, lead)


def test_a_chinese_menu_or_breadcrumb_is_page_text_and_a_sentence_starting_with_a_menu_word_is_not() -> None:
    from ruchina.text.page_chrome import chrome_kind
    from ruchina.text.parsing import parse_article

    assert chrome_kind("首页 | 新闻 | 国际 | 评论") == "menu"
    assert chrome_kind("当前位置：首页 > 新闻 > 国际") == "menu"
    assert chrome_kind("国际社会普遍关注此次会谈。") is None
    page = "首页 | 新闻 | 国际\n" + SUMMIT.split("\n\n", 1)[1].replace("\n\n", "\n")
    article = parse_article(page)
    assert article.title == "习近平同普京举行会谈" and len(article.paragraphs) == 5
