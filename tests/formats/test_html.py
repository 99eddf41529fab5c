"""HTML: text nodes are checked; tags, attributes, code, scripts and comments are not."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtfix.document import Document
from mtfix.fixer import fix_document
from mtfix.formats import prose_view
from mtfix.linter import Linter

DATA = Path(__file__).parents[1] / "data" / "formats"
RULES = {"doubled-comma", "space-after-comma"}
EXPECTED = [
    (5, "doubled-comma"),
    (10, "doubled-comma"),
    (11, "space-after-comma"),
    (12, "doubled-comma"),
    (12, "space-after-comma"),
    (12, "doubled-comma"),
    (13, "doubled-comma"),
    (15, "doubled-comma"),
    (15, "space-after-comma"),
]
TRAPS = (
    'content="county,,news"',
    "p.note,,p.lead",
    '"road,,plan"',
    'class="lead,,x"',
    "notice,,2021.html",
    'title="notice,,title"',
    "note,,to editor",
    "<code>update,,roads</code>",
    "log,,line two",
    "draft,,text",
)


@pytest.fixture(scope="module")
def narrow(linter: Linter) -> Linter:
    return linter.restricted(RULES)


def article() -> Document:
    path = DATA / "article.html"
    return Document(path.read_text(encoding="utf-8"), path=str(path))


def test_every_text_node_artifact_found_and_no_trap(narrow: Linter) -> None:
    document = article()
    findings = narrow.check(document).findings
    assert [(document.line_column(f.start)[0], f.rule) for f in findings] == EXPECTED


def test_fix_keeps_markup_and_entities(narrow: Linter) -> None:
    document = article()
    result = fix_document(document, narrow)
    fixed = document.with_text(result.text)
    assert prose_view(fixed).markup_runs() == prose_view(document).markup_runs()
    assert narrow.check(fixed).findings == []
    for trap in TRAPS:
        assert trap in result.text
    assert "villages &amp; farms, too." in result.text
    assert "maintenance&nbsp;&amp; repair, training" in result.text


def test_entities_are_decoded_in_the_view() -> None:
    view = prose_view(
        Document("<p>China&rsquo;s &ldquo;plan&rdquo; &amp; &#8220;road&#x201D;</p>", path="a.html")
    )
    assert view is not None
    assert view.text.strip() == "China’s “plan” & “road”"


def test_fix_inside_entity_text_is_escaped(linter: Linter) -> None:
    """A replacement spanning an entity keeps the entity and escapes what it inserts."""
    from mtfix.formats.view import ProseView
    from mtfix.models import Applicability, Finding, Severity

    document = Document("<p>Tom &amp;&amp; Jerry</p>", path="a.html")
    view = prose_view(document)
    assert isinstance(view, ProseView)
    start = view.text.index("&&")
    finding = Finding(
        "x", "punct.doubled", Severity.WARNING, start, start + 2, "&&", "doubled", ("&",), Applicability.SAFE
    )
    (restored,) = view.restore([finding])
    assert restored.text == "&amp;&amp;"
    assert restored.replacements == ("&amp;",)


def test_inline_tags_join_words_and_blocks_separate_them() -> None:
    view = prose_view(Document("<div>One<b>Two</b></div><div>Three</div>", path="a.html"))
    assert view is not None
    assert view.text.split() == ["OneTwo", "Three"]


def test_colon_glued_to_an_entity_quote_is_found_and_fixed_before_the_entity(linter: Linter) -> None:
    """`said:&ldquo;we` (issue 17): the entity is decoded for checking, so the rules see
    `said:“We`, and the finding maps back to the original, where the fix inserts the space
    before the entity and keeps it as written."""
    text = "<p>The county spokesman said:&ldquo;We will widen the road.&rdquo;</p>\n"
    document = Document(text, path="a.html")
    narrow = linter.restricted({"space-before-opening-quote"})
    (finding,) = narrow.check(document).findings
    assert text[finding.start : finding.end] == "&ldquo;"
    assert document.line_column(finding.start) == (1, 30)
    fixed = fix_document(document, narrow).text
    assert fixed == text.replace("said:&ldquo;", "said: &ldquo;")
