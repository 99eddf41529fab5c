"""The typography pack beyond each rule's own examples: per category, what must be flagged,
what must not be, and what the safe fixes of the whole default linter give."""

from __future__ import annotations

import pytest

from helpers import findings_for
from mtfix.document import Document
from mtfix.fixer import fix_document
from mtfix.models import Applicability
from mtfix.protect import ProtectedSpans

# (text, rule id, the flagged text)
MUST_FLAG = [
    # punct.doubled
    ("The plan, , was approved.", "doubled-comma", ", ,"),
    ("as well as beds,,", "doubled-comma", ",,"),
    ("other costs, etc..", "doubled-full-stop", ".."),
    ("It was a good year. . Then it rained.", "spaced-doubled-full-stop", ". ."),
    ("Amazing!! The staff cheered.", "doubled-exclamation-mark", "!!"),
    ("Why not?? Ask them.", "doubled-question-mark", "??"),
    ("first;; second", "doubled-semicolon", ";;"),
    # punct.spacing
    ("The county,the city and the province.", "space-after-comma", ","),
    ("The team arrived on time.They started work.", "space-after-full-stop", "."),
    ("The hospital opened in 2019.It has 500 beds.", "space-after-full-stop", "."),
    ("Celebrate the party!For the heroes!", "space-after-exclamation-or-question-mark", "!"),
    ("Source:Xinhua News Agency", "space-after-colon", ":"),
    ("Date:2021-06-18", "space-after-colon", ":"),
    ("publicity;training", "space-after-semicolon", ";"),
    ("On May 1st , the clinic opened.", "space-before-comma", " ,"),
    ("The clinic opened .", "space-before-full-stop", " ."),
    ("Contact : the office", "space-before-colon", " :"),
    ("training ; publicity", "space-before-semicolon", " ;"),
    ("Is it true ?", "space-before-exclamation-or-question-mark", " ?"),
    ("the Health Commission(HC) of the province", "space-before-opening-parenthesis", "("),
    ("the Commission (HC)said", "space-after-closing-parenthesis", ")"),
    ("the Commission ( HC) said", "space-inside-parentheses", "( "),
    ("Home >News", "space-around-breadcrumb-separator", " >"),
    ('He said: "We care for each other. " Then he left.', "space-inside-quotes", ' "'),
    ('the slogan " health first" was shown', "space-inside-quotes", '" '),
    ('"We go ahead. "Wang Lei said.', "misplaced-closing-quote", '. "'),
    # punct.fullwidth
    ("the county，the city", "fullwidth-punctuation", "，"),
    ("The ward opened。", "fullwidth-punctuation", "。"),
    ("the Commission（HC) said", "fullwidth-bracket", "（"),
    ("——Report from the county", "cjk-dash-or-ellipsis", "——"),
    ("Ward Ａ has beds.", "fullwidth-alphanumeric", "Ａ"),
    # space.extra
    ("the  county hospital", "multiple-spaces", "  "),
    ("the \u00a0county", "multiple-spaces", " \u00a0"),
    ("the\u3000county", "ideographic-space", "\u3000"),
    # quote.mismatch
    ('the “health first" slogan', "mixed-quote-pair", '"'),
    ('the "health first” slogan', "mixed-quote-pair", '"'),
    ('Li Wei said, "We will go first.', "unclosed-quote", "first."),
    ('"First, the director said the "slogan" works', "unmatched-quote", '"'),
    ('"We thank all,Wang Lei, head of the ward, said at the "gala" today.', "unclosed-quote", ","),
    ('"First, the director said the "slogan" works.', "unclosed-quote", "works."),
    # script.cjk
    ("The report by 新华社 was read.", "untranslated-cjk", "新华社"),
    # word.doubled
    ("They went to the the county.", "doubled-word", "the the"),
    ("It is in in the county.", "doubled-word", "in in"),
    # case.sentence
    ("The ward opened. the staff cheered. The city helped. It paid.", "lowercase-sentence-start", "t"),
    ('Wang Lei said, "we will go."', "lowercase-quoted-sentence-start", "w"),
    ("They gave help to The county yesterday.", "capitalised-the-before-common-noun", "The"),
    ("She works in The People's Hospital of the city.", "capitalised-the-before-name", "The"),
    ("They opened the stroke Center in the city.", "capitalised-common-word", "Center"),
]

# (text, category or rule id) that must give no finding of that category or rule
MUST_NOT_FLAG = [
    # punct.doubled
    ("He paused... then spoke.", "punct.doubled"),
    ("He paused . . . then spoke.", "punct.doubled"),
    ("Type cd .. to go up.", "punct.doubled"),
    ("What?! No!", "punct.doubled"),
    # punct.spacing: technical tokens
    ("The rate rose by 3.5 percent to 1,000,000 yuan.", "punct.spacing"),
    ("The meeting starts at 9:30 a.m. sharp.", "punct.spacing"),
    ("Read mp.weixin.qq.com/s/abc and https://example.com/a?b=c,d.", "punct.spacing"),
    ("Mail office@hospital.org.cn for details.", "punct.spacing"),
    ("The U.S. and the U.K. sent teams; J.R.R. Tolkien wrote books.", "punct.spacing"),
    ("Dr. Li holds a Ph.D. from the university.", "punct.spacing"),
    ("Download report.PDF or data.xlsx now.", "punct.spacing"),
    ("Version 2.1.3 of the app, e.g. the new one, works.", "punct.spacing"),
    ("The ratio was 3:1 and the score 2 : 1.", "punct.spacing"),
    ("Use java.util.List in code and &nbsp;text in HTML.", "punct.spacing"),
    ("Visit localhost:8080 and example.com:443 today.", "punct.spacing"),
    ("Each member(s) must sign; call print(value) here.", "punct.spacing"),
    ("Every patient knows (s)he is welcome.", "punct.spacing"),
    ("Home > News > Newsroom", "punct.spacing"),
    ('He said, "Yes." "No," she replied.', "punct.spacing"),
    # punct.fullwidth: inside CJK text, curly quotes in English
    ("他说，我们走吧。The end of the English part of this text is here.", "punct.fullwidth"),
    ("The slogan “health first” was shown.", "punct.fullwidth"),
    ("The result—a new ward—was welcome.", "punct.fullwidth"),
    # space.extra
    ("    Indented line.", "space.extra"),
    ("Hard break at the end  \nnext line", "space.extra"),
    ("a\tb\tc", "space.extra"),
    ("10\u00a0km", "space.extra"),
    # quote.mismatch
    ('He said, "Yes," and left.', "quote.mismatch"),
    ("He said, “Yes,” and left.", "quote.mismatch"),
    ('"The first paragraph of the quotation.\n\n"The second paragraph ends it."', "quote.mismatch"),
    ('The screen is 27" wide and he is 6\'2" tall.', "quote.mismatch"),
    ("The workers' union met.", "quote.mismatch"),
    # script.cjk
    ("English 中文版\nThe hospital has many departments and offers services.", "script.cjk"),
    ("这是一篇中文文章。医院召开了会议。全体人员参加。", "script.cjk"),
    # word.doubled
    ("He had had enough; that that is true is clear.", "word.doubled"),
    ("The director Li Li spoke.", "word.doubled"),
    ("News\nNews", "word.doubled"),
    # case.sentence
    ("Doctors, nurses, etc. and volunteers came at 8 a.m. and left.", "case.sentence"),
    ("The U.S. officials met Apple Inc. staff. The team left.", "case.sentence"),
    ("He moved to The Hague and reads The Times.", "case.sentence"),
    ("The Government should act. The Party members agreed.", "case.sentence"),
    ("They studied traditional Chinese medicine on Monday.", "case.sentence"),
    ("The notice said: The county will act. Items:\n1. the first item\n2. the second item", "case.sentence"),
    ("Costs rose by 3.5 percent. www.example.com has the table. iPhone users can read it.", "case.sentence"),
    ("The staff thanked director He and professor Long for the help.", "case.sentence"),
]

# (draft, text after the default safe fixes of the whole linter)
SAFE_FIXES = [
    ("The county,the city and the province.", "The county, the city and the province."),
    ("It ended.The staff left.", "It ended. The staff left."),
    ("the county，the city。", "the county, the city."),
    ("the  county \u00a0hospital", "the county hospital"),
    ('the “health first" slogan', "the “health first” slogan"),
    ("the Commission（HC）of Hunan", "the Commission (HC) of Hunan"),
    ("grey incomes, etc..", "grey incomes, etc."),
]


@pytest.mark.parametrize(("text", "rule", "flagged"), MUST_FLAG, ids=lambda v: str(v)[:40])
def test_flags(linter, text, rule, flagged):
    found = findings_for(linter, text, rule)
    assert [f.text for f in found] == [flagged], [(f.rule, f.text) for f in findings_for(linter, text)]


@pytest.mark.parametrize(("text", "selector"), MUST_NOT_FLAG, ids=lambda v: str(v)[:40])
def test_does_not_flag(linter, text, selector):
    assert findings_for(linter, text, selector) == []


@pytest.mark.parametrize(("draft", "fixed"), SAFE_FIXES, ids=lambda v: str(v)[:40])
def test_safe_fixes_of_the_whole_linter(linter, draft, fixed):
    result = fix_document(Document(draft, path="<test>"), linter)
    assert result.text == fixed
    again = fix_document(Document(result.text, path="<test>"), linter)
    assert again.text == result.text, "a second pass must change nothing"


def test_space_inside_quotes_is_unsafe_when_the_paragraph_is_unbalanced(linter):
    text = 'He read " the report and said "fine.'
    found = findings_for(linter, text, "space-inside-quotes")
    assert found and all(f.applicability is Applicability.UNSAFE for f in found)


def test_cjk_majority_line_is_one_finding(linter):
    text = "The hospital held a meeting.\n会议由卫生局主持，全体人员参加了会议。\nThe staff attended."
    found = findings_for(linter, text, "script.cjk")
    assert len(found) == 1 and found[0].text == "会议由卫生局主持，全体人员参加了会议"
    assert found[0].replacements == ()


def test_lower_case_documents_are_left_alone(linter):
    text = "we met. they left. we came back. it rained. we went home."
    assert findings_for(linter, text, "lowercase-sentence-start") == []


def test_protected_spans_cover_technical_tokens():
    text = "See mp.weixin.qq.com, mailto:a@b.cn, 192.168.1.1:80, Ph.D. and U.S. data."
    kinds = [kind for _, _, kind in ProtectedSpans.find(text)]
    assert kinds == ["domain", "url", "number", "abbreviation", "abbreviation"]


def test_protected_spans_cover_enclosed_dotted_names_and_colon_pairs():
    """Issue 18: `{stream.Writable}` and `user:passwd` are code; `them.In` and `from:Hunan` are not."""
    text = 'A {stream.Writable} and "types.ModuleType" need user:passwd; them.In and from:Hunan do not.'
    spans = [(text[start:end], kind) for start, end, kind in ProtectedSpans.find(text)]
    assert spans == [
        ("stream.Writable", "enclosed"),
        ("types.ModuleType", "enclosed"),
        ("user:passwd", "pair"),
    ]
