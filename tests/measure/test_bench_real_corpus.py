"""bench/real_corpus.py: the realistic benchmark corpus drawn from real drafts.

The drafts here are our own sentences laid out as a gold corpus folder (seeds/, dev/, with
gold files that must never be read).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from helpers import ROOT

sys.path.insert(0, str(ROOT / "bench"))

from real_corpus import RealCorpus, draft_paths, paragraphs_of, write_real_corpus

DRAFTS = {
    "seeds/a001.txt": (
        "Pingshan County holds meeting on river cleanup\n\n2022-05-14 0 By\n\n"
        "On May 12, the county held a meeting.The leaders attended it. More than 300 villagers "
        "took part in the activity. The work has achieved remarkable results!\n\n"
        "Source:Pingshan Daily\n"
    ),
    "seeds/a002.txt": (
        "The township government organized volunteers to clean the river. Wang Jianguo said that "
        "the next step is to further improve the work.\n\nFind a Doctor\n"
    ),
    "dev/b001.txt": (
        "In recent years, Heping District has vigorously promoted garbage sorting. It invested "
        "5 million yuan in it. The residents welcomed the measure.\n\nFind a Doctor\n"
    ),
}
GOLD_ONLY = "Every gold sentence is a secret the benchmark must not read."


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    for name, text in DRAFTS.items():
        path = tmp_path / "corpus" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        path.with_name(path.stem + ".gold.txt").write_text(GOLD_ONLY + "\n", encoding="utf-8")
    return tmp_path / "corpus"


def test_only_id_txt_drafts_are_read(corpus: Path) -> None:
    assert [path.relative_to(corpus).as_posix() for path in draft_paths(corpus)] == sorted(DRAFTS)
    source = RealCorpus.from_folder(corpus)
    assert GOLD_ONLY not in source.sentences
    assert source.sentences.count("Find a Doctor") == 1  # distinct sentences only


def test_glued_sentences_stay_whole_with_their_artifact() -> None:
    (paragraph,) = paragraphs_of("On May 12, the county held a meeting.The leaders attended it. It rained.")
    assert paragraph == ["On May 12, the county held a meeting.The leaders attended it.", "It rained."]


def test_files_are_seeded_reshuffled_and_never_repeat_a_paragraph(corpus: Path, tmp_path: Path) -> None:
    first = [p.read_text(encoding="utf-8") for p in write_real_corpus(tmp_path / "one", corpus, 4, 300, 8)]
    again = [p.read_text(encoding="utf-8") for p in write_real_corpus(tmp_path / "two", corpus, 4, 300, 8)]
    assert first == again
    assert len(set(first)) == 4  # each file has its own order
    vocabulary = {word for text in DRAFTS.values() for word in text.split()}
    for text in first:
        paragraphs = text.rstrip("\n").split("\n\n")
        assert len(paragraphs) == len(set(paragraphs))
        assert len(text.split()) >= 100  # the pool is used up, then new orders are drawn
        assert GOLD_ONLY not in text
        assert set(text.split()) <= vocabulary


def test_a_folder_without_drafts_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"no ID\.txt drafts"):
        RealCorpus.from_folder(tmp_path)
