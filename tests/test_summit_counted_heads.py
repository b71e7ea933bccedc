"""The heads of several countries who sign one document together, counted and not named by a body,
and "the two heads of state" told after them. Fixtures written for these tests, with other leaders,
places, documents and years than any page read; each beside a look-alike that must not trigger:

- "两国元首" (the heads of the two countries) in a sentence that names two leaders are those two, not
  the five of a summit told before (event_roles.py, counted_groups.counts_two); "the two leaders"
  naming one of them still the last group's two;
- the leaders who put their names to the document told before, "在协定上签字" (knowledge
  events_zh.yaml, an agreement word); not one who refused to ("拒绝在协定上签字");
- "五国元首今天签署……协定" with the five named: the heads of five countries signing together hold
  their summit, the body named nowhere (summit_signers._heads_counted); "两国元首" signing, two,
  hold none.
"""

from __future__ import annotations

import datetime as dt

from ruchina.extract.counted_groups import counted_heads, counts_two
from ruchina.extract.extraction import extract_article

PUTIN, XI = "Q7747", "Q15031"
TOKAYEV, MIRZIYOYEV, LUKASHENKO, RAHMON = ("kassym-jomart-tokayev", "shavkat-mirziyoyev", "alexander-lukashenko",
                                          "emomali-rahmon")
_DAY = dt.date(2031, 9, 12)


def events(body, day=_DAY, language="zh"):
    return extract_article("t1", None, None, body, day, language).events


def of_type(found, kind):
    return [e for e in found if kind in e.types()]


def test_a_pair_word_counts_two_and_a_bigger_number_does_not():
    assert counts_two("zh", "两国元首") and counts_two("en", "the two leaders") and counts_two("fr", "les deux présidents")
    assert not counts_two("zh", "五国元首") and not counts_two("zh", "二十国集团领导人") and not counts_two("zh", "十二国")
    assert counted_heads("zh", "五国元首") == 5 and counted_heads("zh", "与会领导人") is None


_FIVE = ("新华网阿斯塔纳9月11日电 中国、俄罗斯、哈萨克斯坦、乌兹别克斯坦和白俄罗斯五国元首今天在独立宫签署《关于水资源合作的协定》。"
         "国家主席习近平、俄罗斯总统普京、哈萨克斯坦总统托卡耶夫、乌兹别克斯坦总统米尔济约耶夫和白俄罗斯总统卢卡申科"
         "出席签字仪式并{act}。")


def test_five_heads_of_state_counted_and_named_signing_hold_their_summit():
    found = events(_FIVE.format(act="在协定上签字") + "10日，习近平同普京举行会谈，两国元首签署了《关于粮食安全的联合声明》。")
    (summit,) = of_type(found, "summit")
    assert {XI, PUTIN, TOKAYEV, MIRZIYOYEV, LUKASHENKO} <= summit.participants
    assert summit.date.first == dt.date(2031, 9, 11)  # (the day of the signing, not the talks of the day before)
    (talks,) = of_type(found, "meeting")
    assert talks.participants == {XI, PUTIN}  # (the two heads: not the five)


def test_look_alike_one_who_refused_to_sign_is_no_signer_and_makes_no_summit():
    found = events(_FIVE.format(act="拒绝在协定上签字"))
    assert not of_type(found, "summit")


def test_look_alike_two_heads_of_state_signing_hold_no_summit():
    found = events("新华网莫斯科9月11日电 国家主席习近平今天同俄罗斯总统普京在克里姆林宫举行会谈。"
                   "两国元首签署《关于水资源合作的协定》。")
    assert not of_type(found, "summit")
