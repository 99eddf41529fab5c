"""Bilingual inputs as files: XLIFF 1.2 (OmegaT-style, <g>/<x/>), XLIFF 2.0 (<pc>/<ph>), TMX 1.4
(memoQ-style, <bpt>/<ept>/<ph>) and aligned text pairs. Reading, the JSON Lines contract with
`segment`, and `fix --write` changing only the fixed targets."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from helpers import ROOT, run_cli
from mtfix.config import Settings
from mtfix.context import Resources
from mtfix.document import Document, decode
from mtfix.errors import InputError
from mtfix.formats import format_for, prose_view
from mtfix.formats.bilingual import sniff
from mtfix.linter import Linter

DATA = ROOT / "tests" / "data" / "bilingual"
FILES = ("omegat-1.2.xlf", "trados-2.0.xlf", "memoq.tmx")
CLEAN = ("clean-1.2.xlf", "clean-2.0.xlf", "clean.tmx")
# The element holding each format's target text (TMX: the second <seg> of a unit).
TARGET = {
    ".xlf": re.compile(r"(<target\b[^>]*>)(.*?)(</target>)", re.S),
    ".tmx": re.compile(r'(<tuv xml:lang="en-US"><seg>)(.*?)(</seg>)', re.S),
}


def read(name: str) -> Document:
    path = DATA / name
    return decode(path.read_bytes(), str(path))


def outside_targets(text: str, suffix: str) -> list[str]:
    """The file with each target's content cut out: what a fix must leave byte for byte."""
    return TARGET[suffix].sub(r"\1\3", text).split("\n")


def test_format_from_extension_and_from_content():
    assert format_for("a.xlf") == format_for("a.xliff") == format_for("a.sdlxliff") == "xliff"
    assert format_for("a.tmx") == "tmx"
    text = (DATA / "omegat-1.2.xlf").read_text(encoding="utf-8")
    assert format_for("export.xml", text=text) == "xliff"
    assert format_for("memory.xml", text=(DATA / "memoq.tmx").read_text(encoding="utf-8")) == "tmx"
    assert sniff("<html><body>xliff</body></html>") is None
    assert format_for("notes.txt", text="The <xliff> format is XML.") == "text"


@pytest.mark.parametrize("name", FILES)
def test_the_view_holds_the_targets_only(name):
    view = prose_view(read(name))
    assert view is not None and view.segments
    for segment in view.segments:
        assert "source" not in view.text[segment.start : segment.end]
    for markup in ("<g", "<pc", "<bpt", "&lt;", "册亨县位于", "Exported for", "Numbers checked", "memoQ"):
        assert markup not in view.text


def test_unit_ids_and_inline_codes():
    one = prose_view(read("omegat-1.2.xlf"))
    two = prose_view(read("trados-2.0.xlf"))
    tmx = prose_view(read("memoq.tmx"))
    assert [s.id for s in one.segments] == [str(n) for n in range(1, 9)]
    assert one.segments[0].source == "册亨县位于黔西南。"
    assert one.segments[0].source_codes == ("g#1", "/g#1") == one.segments[0].target_codes
    assert one.segments[5].source_codes == ("g#3", "/g#3", "x#4") and one.segments[5].target_codes == ()
    assert [s.id for s in two.segments] == ["u1", "u2", "u3", "u4", "u5", "u6"]
    assert two.segments[2].source_codes == ("ph#3", "pc#4", "/pc#4")
    assert [s.id for s in tmx.segments] == ["101", "102", "103", "104", "105"]
    assert tmx.segments[0].source == "册亨县有15个村庄。"  # native code (&lt;b&gt;) is no text
    assert tmx.segments[3].target_codes == ("ph#1", "ph#1")


def test_a_unit_of_several_segments_names_each():
    text = (
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh" trgLang="en">'
        '<file id="f"><unit id="u9"><segment id="a"><source>一。</source><target>One.</target></segment>'
        "<ignorable><source> </source><target> </target></ignorable>"
        '<segment id="b"><source>二。</source><target>Two.</target></segment></unit></file></xliff>'
    )
    view = prose_view(Document(text, "several.xlf"))
    assert [(s.id, view.text[s.start : s.end]) for s in view.segments] == [("u9/a", "One."), ("u9/b", "Two.")]


@pytest.mark.parametrize("name", FILES)
def test_jsonl_contract_with_segment(name):
    path = DATA / name
    result = run_cli("check", "--format", "jsonl", str(path), cwd=ROOT)
    assert result.returncode == 1, result.stderr.decode()
    document = read(name)
    records = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert records
    ids = {s.id for s in prose_view(document).segments}
    for record in records:
        assert document.text[record["start"] : record["end"]] == record["text"]
        assert document.line_column(record["start"]) == (record["line"], record["column"])
        assert record["segment"] in ids


def test_segment_is_the_line_number_for_aligned_files():
    result = run_cli(
        "check",
        "--format",
        "jsonl",
        "--source",
        str(DATA / "aligned.zh.txt"),
        str(DATA / "aligned.en.txt"),
        cwd=ROOT,
    )
    records = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert {(r["rule"], r["segment"], r["text"]) for r in records} == {
        ("source-name-mismatch", "1", "Zhiheng"),
        ("source-number-mismatch", "5", "1,200"),
    }
    alone = run_cli("check", str(DATA / "aligned.en.txt"), cwd=ROOT)
    assert alone.returncode == 0  # without the source, neither is an error one can see


def test_aligned_files_must_have_as_many_paragraphs(tmp_path):
    source = tmp_path / "a.zh.txt"
    source.write_text("第一段。\n\n第二段。\n", encoding="utf-8")
    target = tmp_path / "a.en.txt"
    target.write_text("The first paragraph.\n", encoding="utf-8")
    result = run_cli("check", "--source", str(source), str(target))
    assert result.returncode == 2
    assert "1 paragraphs, but its source" in result.stderr.decode()


def test_source_pairs_plain_text_only():
    result = run_cli("check", "--source", str(DATA / "aligned.zh.txt"), str(DATA / "memoq.tmx"))
    assert result.returncode == 2 and "plain-text target" in result.stderr.decode()


def test_source_takes_exactly_one_input():
    result = run_cli(
        "check", "--source", str(DATA / "aligned.zh.txt"), str(DATA / "aligned.en.txt"), str(DATA)
    )
    assert result.returncode == 2 and "--source" in result.stderr.decode()


@pytest.mark.parametrize("name", FILES)
def test_fix_write_changes_only_the_fixed_targets(name, tmp_path):
    copy = tmp_path / name
    shutil.copyfile(DATA / name, copy)
    result = run_cli("fix", "--write", "--unsafe", str(copy))
    assert result.returncode == 0, result.stderr.decode()
    before, after = (DATA / name).read_bytes(), copy.read_bytes()
    assert before != after
    suffix = Path(name).suffix
    assert outside_targets(after.decode("utf-8"), suffix) == outside_targets(before.decode("utf-8"), suffix)
    changed = [
        (old, new)
        for old, new in zip(before.decode().split("\n"), after.decode().split("\n"), strict=True)
        if old != new
    ]
    for old, new in changed:  # every changed line changed inside a target only, and its tags are intact
        assert TARGET[suffix].search(old) and TARGET[suffix].search(new)
        assert re.findall(r"<[^>]+>", old) == re.findall(r"<[^>]+>", new)
    again = run_cli("fix", "--diff", "--unsafe", str(copy))
    assert again.stdout == b""  # a second pass changes nothing


def test_fixed_targets_read_as_the_source_says(tmp_path):
    copy = tmp_path / "trados-2.0.xlf"
    shutil.copyfile(DATA / "trados-2.0.xlf", copy)
    run_cli("fix", "--write", "--unsafe", str(copy))
    text = copy.read_text(encoding="utf-8")
    assert '<target>Jinsha County has <pc id="1">five</pc>' in text
    assert "<target>Wei Jian delivered a speech at the meeting.</target>" in text  # not `Health`


def test_aligned_fix_write_changes_only_the_target(tmp_path):
    source = tmp_path / "a.zh.txt"
    shutil.copyfile(DATA / "aligned.zh.txt", source)
    target = tmp_path / "a.en.txt"
    shutil.copyfile(DATA / "aligned.en.txt", target)
    result = run_cli("fix", "--write", "--unsafe", "--source", str(source), str(target))
    assert result.returncode == 0, result.stderr.decode()
    assert source.read_bytes() == (DATA / "aligned.zh.txt").read_bytes()
    assert target.read_text(encoding="utf-8").splitlines() == [
        "Ceheng County is located in Qianxinan.",
        "",
        "On 5 March 2021, the county Health Bureau held a meeting.",
        "",
        "A total of 12,000 volunteers in the county took part.",
    ]


def test_a_fix_inserting_markup_characters_is_escaped():
    text = (
        '<xliff version="1.2"><file original="x" source-language="zh" target-language="en" '
        'datatype="plaintext"><body><trans-unit id="1"><source>A &amp; B</source>'
        "<target>Tom &amp; Jerry</target></trans-unit>"
        "</body></file></xliff>"
    )
    view = prose_view(Document(text, "x.xlf"))
    assert view.text.strip() == "Tom & Jerry"
    start = view.text.index("&")
    from mtfix.models import Applicability, Finding

    finding = Finding("r", "grammar", "info", start, start + 1, "&", "m", ("<and>",), Applicability.SAFE)  # type: ignore[arg-type]
    restored = view.restore([finding])[0]
    assert text[restored.start : restored.end] == "&amp;"
    assert restored.replacements == ("&lt;and&gt;",)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "broken.xlf",
            '<xliff version="1.2"><file><body><trans-unit id="1"><source>a</source>',
            "never closed",
        ),
        (
            "broken.tmx",
            '<tmx version="1.4"><header srclang="zh"/><body><tu><tuv xml:lang="zh"><seg>a</seg>',
            "never closed",
        ),
    ],
)
def test_unreadable_files_are_refused_with_their_name(name, content, message):
    document = Document(content, name)
    with pytest.raises(InputError, match=message) as raised:
        Linter(Resources(Settings())).check(document)
    assert name in str(raised.value)


def test_empty_target_points_into_the_file():
    document = read("omegat-1.2.xlf")
    findings = Linter(Resources(Settings())).check(document).findings
    empty = [f for f in findings if f.rule == "empty-target"]
    assert len(empty) == 1 and empty[0].text == "" and dict(empty[0].extra)["segment"] == "8"
    line, _ = document.line_column(empty[0].start)
    assert '<target xml:lang="en-US"></target>' in document.line_text(line)


@pytest.mark.parametrize("name", CLEAN)
def test_clean_files_are_silent(name):
    result = run_cli("check", str(DATA / name), cwd=ROOT)
    assert result.returncode == 0, result.stdout.decode()


def test_plain_text_is_checked_as_before(linter):
    text = "The county of ceheng held a meeting on March 6."
    view = prose_view(Document(text, "a.txt"))
    assert view is None
    assert all("segment" not in dict(f.extra) for f in linter.check(Document(text, "a.txt")).findings)


def xliff(units: str) -> str:
    return (
        '<xliff version="1.2"><file original="a" source-language="zh" target-language="en" '
        f'datatype="plaintext"><body>{units}</body></file></xliff>'
    )


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        (  # CDATA content is prose; the rest of the section is left alone
            "cdata.xlf",
            xliff(
                '<trans-unit id="1"><source>册亨县</source>'
                "<target><![CDATA[ceheng county]]></target></trans-unit>"
            ),
            [("source-name-mismatch", "ceheng county", ("Ceheng County",))],
        ),
        (  # a comment inside a target is skipped; references are decoded for checking
            "comment.xlf",
            xliff(
                '<trans-unit id="1"><source>册亨县</source>'
                "<target>Title-heng<!-- x --> County &amp; &#x4E00;</target></trans-unit>"
            ),
            [("source-name-mismatch", "Title-heng", ("Ceheng",)), ("untranslated-cjk", "&#x4E00;", ())],
        ),
        (  # a self-closing or missing target is an empty one, and points into the file
            "empty.xlf",
            xliff(
                '<trans-unit id="1"><source>会议</source><target/></trans-unit>'
                '<trans-unit id="2"><source>会议</source></trans-unit>'
            ),
            [("empty-target", "", ()), ("empty-target", "", ())],
        ),
        (  # a unit not to be translated is not checked
            "locked.xlf",
            xliff(
                '<trans-unit id="1" translate="no"><source>SKU-1234 册亨县</source>'
                "<target>SKU-1234 册亨县</target></trans-unit>"
                '<trans-unit id="2"><source>册亨县</source><target>Ceheng County</target></trans-unit>'
            ),
            [],
        ),
        (  # a TMX unit without tuid or target variant
            "bare.tmx",
            '<tmx version="1.4"><header srclang="zh-CN" adminlang="en" segtype="sentence" o-tmf="x" '
            'creationtool="x" creationtoolversion="1" datatype="plaintext"/><body><tu><tuv xml:lang="zh-CN">'
            "<seg>册亨县</seg></tuv></tu></body></tmx>",
            [("empty-target", "", ())],
        ),
    ],
)
def test_unusual_but_valid_files(name, text, expected, linter):
    found = linter.check(Document(text, name)).findings
    assert sorted((f.rule, f.text, f.replacements) for f in found) == sorted(expected)
    assert all(text[f.start : f.end] == f.text for f in found)


def test_a_file_that_is_not_xml_is_refused(linter):
    with pytest.raises(InputError, match="not a readable xliff1 file"):
        linter.check(Document("This is not XML at all.", "notes.xlf"))
