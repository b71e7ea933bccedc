"""Chinese (simplified and traditional): the knowledge base's names matched without word
boundaries, event words, tense and participants in Chinese word order. Every text here is
written for the test in the style of agency coverage (a Xinhua-style dateline and lead); each
one that must find something has a look-alike beside it that must not."""

from __future__ import annotations

import datetime as dt

import pytest

from ruchina.extract.extraction import extract_article
from ruchina.extract.linking import link_entities
from ruchina.knowledge import base

CATALOG = base.entity_catalog()
PUTIN, XI, LAVROV, WANG_YI, BEIJING, MOSCOW, CHINA, RUSSIA, BELARUS, KREMLIN = (
    CATALOG.named(name).entity_id for name in ("Vladimir Putin", "Xi Jinping", "Sergei Lavrov", "Wang Yi", "Beijing",
                                               "Moscow", "China", "Russia", "Belarus", "Moscow Kremlin"))
PUBLISHED = dt.date(2024, 5, 16)

XINHUA_LEAD = ("新华社北京5月16日电（记者 林小文）国家主席习近平16日在人民大会堂同来华进行国事访问的俄罗斯总统普京"
               "举行会谈。两国元首一致同意继续深化合作。")


def names(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.name) for m in link_entities(text, language="zh")]


def extracted(body: str, title: str | None = None):
    return extract_article("zh-test", title, None, body, PUBLISHED, "zh")


def reported(body: str, title: str | None = None):
    """(type, participants, status) of every event report, title first."""
    return [(m.event_type, set(m.participant_ids), m.status) for m in extracted(body, title).event_mentions]


# --- names ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("习近平同普京举行会谈", [("习近平", "Xi Jinping"), ("普京", "Vladimir Putin")]),  # no spaces around names
    ("習近平會見俄羅斯總統普京", [("習近平", "Xi Jinping"), ("俄羅斯", "Russia"), ("普京", "Vladimir Putin")]),  # traditional
    ("弗拉基米尔·普京抵达北京", [("弗拉基米尔·普京", "Vladimir Putin"), ("北京", "Beijing")]),  # the full name, one mention
    ("上海合作组织峰会", [("上海合作组织", "Shanghai Cooperation Organization")]),  # not Shanghai inside it
    ("上合組織成員國", [("上合組織", "Shanghai Cooperation Organization")]),
    ("中国人民的朋友", [("中国", "China")]),  # a name at the start of a longer word is still the name
    ("王毅同拉夫罗夫通电话", [("王毅", "Wang Yi"), ("拉夫罗夫", "Sergei Lavrov")]),
])
def test_a_chinese_name_is_linked_where_it_stands(text, expected):
    assert names(text) == expected


def test_a_longer_name_wins_over_the_name_inside_it():
    assert names("白俄罗斯总统卢卡申科") == [("白俄罗斯", "Belarus"), ("卢卡申科", "Alexander Lukashenko")]


def test_a_short_form_counts_only_where_the_article_names_the_country_in_full():
    assert names("中俄关系持续发展，俄罗斯外长将访华。") [0] == ("俄", "Russia")
    assert names("中俄关系持续发展。") == []  # 俄 alone, Russia never named in full


def test_in_the_kremlin_is_the_building_and_the_kremlin_said_is_the_presidency():
    (building,) = link_entities("会谈在克里姆林宫举行", language="zh")
    (presidency,) = link_entities("克里姆林宫表示欢迎", language="zh")
    assert (building.entity_id, presidency.name) == (KREMLIN, "Kremlin")


def test_no_name_is_discovered_in_a_chinese_text():
    """Chinese has no capitals to tell a name: only the knowledge base's names are linked."""
    text = "新华社记者林小文报道，国家主席习近平会见了来访的某国总理张伟明。"
    assert all(m.linked for m in extracted(text).mentions)


def test_the_entities_chinese_names_are_its_aliases():
    russia = CATALOG.named("Russia")
    assert {"俄罗斯", "俄羅斯"} <= set(russia.names_in_languages)
    assert "俄" not in russia.names_in_languages  # a short form is no alias


# --- events -----------------------------------------------------------------------------

def test_a_xinhua_lead_reports_the_talks_of_the_two_leaders_in_beijing_on_its_day():
    """The talks with a leader "on a state visit to China": the day and the hall, written
    before both event words, are the talks' as much as the visit's."""
    by_type = {m.event_type: m for m in extracted(XINHUA_LEAD).event_mentions}
    assert set(by_type) == {"meeting", "state_visit"}
    for mention in by_type.values():
        assert (set(mention.participant_ids), mention.status) == ({XI, PUTIN}, "occurred")
        assert mention.location_id == BEIJING  # the Great Hall of the People, in the city the dateline names
        assert mention.date is not None and mention.date.first == dt.date(2024, 5, 16)


def test_other_leaders_meeting_is_not_a_putin_xi_meeting():
    (mention,) = extracted("外交部长王毅在莫斯科同俄罗斯外长拉夫罗夫举行会谈。").event_mentions
    assert (set(mention.participant_ids), mention.location_id) == ({WANG_YI, LAVROV}, MOSCOW)


def test_a_meeting_with_the_object_after_the_event_word():
    assert reported("习近平在北京会见普京。") == [("meeting", {XI, PUTIN}, "occurred")]


def test_an_announced_state_visit_at_an_invitation_is_planned_and_a_held_one_occurred():
    planned = "应国家主席习近平邀请，俄罗斯总统普京将于5月16日对中国进行国事访问。"
    held = "俄罗斯总统普京5月16日抵达北京，对中国进行了国事访问，习近平同他举行了会谈。"
    (visit,) = [m for m in extracted(planned).event_mentions]
    assert (visit.event_type, set(visit.participant_ids), visit.status) == ("state_visit", {XI, PUTIN}, "planned")
    assert visit.location_id == CHINA
    assert ("state_visit", "occurred") in [(m.event_type, m.status) for m in extracted(held).event_mentions]


def test_a_telephone_call_has_no_place():
    (mention,) = extracted("国家主席习近平同俄罗斯总统普京通电话。").event_mentions
    assert (mention.event_type, set(mention.participant_ids), mention.location_id) == ("call", {XI, PUTIN}, None)


@pytest.mark.parametrize("text", [
    "上次会晤以来，两国务实合作不断推进。",  # a past meeting mentioned in passing
    "两国元首已经举行了40多次会晤。",  # a series, not a report
    "根据两国元首达成的共识，双方将加强合作。",
])
def test_a_sentence_that_only_mentions_a_past_meeting_reports_none_now(text):
    assert all(m.earlier or not m.participant_ids for m in extracted(text).event_mentions)
    assert not [e for e in extracted(text).events if e.main and set(e.mentions[0].participant_ids) >= {XI, PUTIN}]


@pytest.mark.parametrize("text", [
    "该网站访问量三天内翻了一番。",  # page views, not a visit
    "记者在会见厅外等候。",  # the meeting room, not a meeting
    "他是北京大学的访问学者。",  # a visiting scholar
    "这些文件于次日随会谈公报一并公布。",  # the talks' communique, a document named after talks
])
def test_words_that_only_contain_an_event_word_report_nothing(text):
    assert extracted(text).event_mentions == []


def test_talks_told_beside_their_communique_are_still_talks():
    (talks,) = [e for e in extracted("两国外长在北京举行会谈，会谈后发表了联合公报。").events if e.mentions[0].event_type == "meeting"]
    assert talks.location_id == BEIJING


def test_the_summit_named_in_a_title_is_the_articles_event():
    title = "上海合作组织峰会在阿斯塔纳举行"
    body = "国家主席习近平出席上海合作组织成员国元首理事会会议并发表讲话。"
    (event,) = [e for e in extracted(body, title).events if e.main]
    assert "summit" in {m.event_type for m in event.mentions}


def test_a_range_of_days_without_its_month_is_the_visits_range():
    """"16日至17日" in an announcement: the days of the publication month, kept whole as an
    English "May 16-17" is; "为期2日" (a two-day visit) beside it is a span, not a day."""
    announced = "应国家主席习近平邀请，俄罗斯总统普京将于16日至17日对中国进行国事访问。"
    (visit,) = extract_article("zh-test", None, None, announced, dt.date(2024, 5, 14), "zh").event_mentions
    assert (visit.event_type, visit.status) == ("state_visit", "planned")
    assert (visit.date.first, visit.date.last, visit.date.precision) == (dt.date(2024, 5, 16), dt.date(2024, 5, 17), "day")
    spanned = "应国家主席习近平邀请，俄罗斯总统普京将对中国进行为期2日的国事访问。"
    (visit,) = extract_article("zh-test", None, None, spanned, dt.date(2024, 5, 14), "zh").event_mentions
    assert visit.date is None


# --- documents: a title in 《》, a joint declaration, witnessed signings, a gathering's leaders --

SUMMIT_DAY = ("新华社杜尚别5月16日电 上海合作组织成员国元首理事会会议16日在杜尚别举行。拉赫蒙主持会议，"
              "托卡耶夫、米尔济约耶夫、普京出席。")


def _agreements(body: str):
    return [m for m in extracted(body).event_mentions if m.event_type == "agreement"]


@pytest.mark.parametrize("sentence", [
    # a title however long, its last word the document's kind, adopted or issued as signed
    "会后，成员国元首签署并发表《关于加强区域互联互通、共同应对挑战的杜尚别宣言》。",
    "四国领导人通过了《杜尚别宣言》。",
])
def test_a_declaration_titled_in_book_marks_is_adopted_by_the_gatherings_leaders(sentence):
    (agreement,) = _agreements(SUMMIT_DAY + sentence)
    assert agreement.status == "occurred" and len(agreement.participant_ids) >= 3


def test_a_speech_titled_in_book_marks_is_no_document():
    body = SUMMIT_DAY + "普京发表题为《携手应对共同挑战》的重要讲话。"
    assert _agreements(body) == []


def test_a_joint_declaration_and_witnessed_signings_are_the_two_leaders_documents():
    body = ("新华社明斯克5月16日电 国家主席习近平16日在明斯克同卢卡申科举行会谈。两国元首签署联合宣言，"
            "并共同见证了能源、农业等领域多项合作文件的签署。")
    agreements = _agreements(body)
    assert agreements and all(set(m.participant_ids) == {XI, CATALOG.named("Alexander Lukashenko").entity_id}
                              for m in agreements)


def test_witnessing_that_names_no_document_is_no_signing():
    body = "新华社明斯克5月16日电 国家主席习近平16日在明斯克同卢卡申科举行会谈。两国元首共同见证了两国关系的发展。"
    assert _agreements(body) == []


def test_the_body_named_for_its_members_heads_is_no_group_of_people():
    """"成员国元首理事会" is the summit's name: no group word that would give the summit the people
    of the last sentence; "成员国元首签署" is."""
    body = "普京同莫迪举行会谈。上海合作组织成员国元首理事会会议将于7月举行。"
    (summit,) = [m for m in extracted(body).event_mentions if m.event_type == "summit"]
    assert summit.participant_ids == ()


# --- common wording of other outlets (issue 25) -----------------------------------------

TOKAYEV = CATALOG.named("Kassym-Jomart Tokayev").entity_id


def test_the_heads_told_by_their_two_countries_short_names_are_the_two_named_before():
    talks = [m for m in extracted("习近平和托卡耶夫抵达阿斯塔纳。中哈元首举行会谈。").event_mentions
             if m.event_type == "meeting"]
    assert [set(m.participant_ids) for m in talks] == [{XI, TOKAYEV}]
    # (one country's leaders, "美国领导人", are not the two named before)
    others = [m for m in extracted("习近平和托卡耶夫抵达阿斯塔纳。美国领导人举行会谈。").event_mentions
              if m.event_type == "meeting"]
    assert [set(m.participant_ids) for m in others] == [set()]


# --- "当天" (that same day) glued to the next word ----------------------------------------

LUKASHENKO, LI_QIANG, ZHAO_LEJI = (CATALOG.named(name).entity_id
                                   for name in ("Alexander Lukashenko", "Li Qiang", "Zhao Leji"))


def test_that_same_day_glued_to_the_afternoon_dates_each_hosts_meeting_by_the_day_before_it():
    # (Chinese has no spaces: "当天下午" is "that day" + "afternoon", one run of characters)
    body = ("新华社北京5月16日电（记者 林小文）国家主席习近平16日在人民大会堂同白俄罗斯总统卢卡申科举行会谈。"
            "当天下午，国务院总理李强、全国人大常委会委员长赵乐际分别会见了卢卡申科。")
    meetings = {frozenset(m.participant_ids): m.date for m in extracted(body).event_mentions}
    for host in (LI_QIANG, ZHAO_LEJI):
        day = meetings[frozenset({host, LUKASHENKO})]
        assert day is not None and (day.first, day.kind) == (dt.date(2024, 5, 16), "same_day")


def test_that_same_day_with_no_day_told_before_it_dates_nothing():
    # (the look-alike: the same words opening the story, with no day before them to be)
    body = "当天下午，国务院总理李强、全国人大常委会委员长赵乐际分别会见了卢卡申科。"
    dates = [m.date for m in extracted(body).event_mentions if LUKASHENKO in m.participant_ids]
    assert dates and all(d is None or d.kind != "same_day" for d in dates)


def _hosts_day(body: str) -> dt.date | None:
    (day,) = {m.date.first if m.date else None for m in extracted(body).event_mentions
              if set(m.participant_ids) == {LI_QIANG, LUKASHENKO}}
    return day


def test_an_arrival_recalled_in_a_cleft_is_not_the_day_that_same_day_means():
    # (是…的 recalls the arrival as background: "that afternoon" is still the lead's day)
    lead = "新华社北京5月16日电（记者 林小文）国家主席习近平今天在人民大会堂同白俄罗斯总统卢卡申科举行会谈。"
    recalled = lead + "卢卡申科是15日晚抵达北京的。当天下午，国务院总理李强会见了卢卡申科。"
    assert _hosts_day(recalled) == dt.date(2024, 5, 16)
    # (the look-alike: the arrival told as the story's step is the day "that afternoon" follows)
    told = lead + "卢卡申科15日晚抵达北京。当天下午，国务院总理李强会见了卢卡申科。"
    assert _hosts_day(told) == dt.date(2024, 5, 15)
