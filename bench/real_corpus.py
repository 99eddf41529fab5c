"""A benchmark corpus from real machine-translated drafts: the gold corpus's `ID.txt` files.

Why a second corpus: the generated one (`corpus.py`) recombines the sentences of `samples/`,
so its vocabulary is small and the run's per-word memories answer most words from memory,
which flatters mtfix. Real drafts bring real vocabulary, real artifacts and real layout lines
(menus, bylines, dates).

The drafts are cut into sentences (a line is a paragraph; a sentence ends at `.`, `!` or `?`
before a space and a capital, so glued sentences such as `flies.In 2021` stay whole with
their artifact). Each benchmark file draws the distinct sentences in its own seeded order and
groups them into paragraphs as long as the drafts' own (sentences per line, drawn from the
drafts), until it holds its share of the words; when one order is used up a new one starts,
and a paragraph that the file already holds is skipped, so no paragraph repeats inside a
file. Only `ID.txt` drafts are read, never the gold files, and nothing is written into the
repository: the benchmark writes the files into a temporary folder.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from pathlib import Path

# A sentence ends at . ! or ? before whitespace and a capital or an opening quote.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")
# A file stops drawing new orders after this many without reaching its words (tiny corpora).
_MAX_ORDERS = 50


def draft_paths(corpus: Path) -> list[Path]:
    """`ID.txt` drafts in `corpus` and its immediate subfolders (seeds/, dev/), sorted;
    `ID.gold.txt` and any other `ID.<kind>.txt` are left out."""
    candidates = [*corpus.glob("*.txt"), *corpus.glob("*/*.txt")]
    return sorted(path for path in candidates if "." not in path.stem)


def paragraphs_of(text: str) -> list[list[str]]:
    """Each non-blank line of a draft as its list of sentences."""
    return [_SENTENCE_END.split(line.strip()) for line in text.splitlines() if line.strip()]


class RealCorpus:
    """The drafts' distinct sentences and paragraph lengths, and files drawn from them."""

    def __init__(self, paragraphs: list[list[str]]) -> None:
        if not paragraphs:
            raise ValueError("no drafts to build the realistic corpus from")
        self.sentences = list(dict.fromkeys(sentence for paragraph in paragraphs for sentence in paragraph))
        self.lengths = [len(paragraph) for paragraph in paragraphs]

    @classmethod
    def from_folder(cls, corpus: Path) -> RealCorpus:
        paths = draft_paths(corpus)
        if not paths:
            raise ValueError(f"no ID.txt drafts in {corpus} or its subfolders")
        return cls([p for path in paths for p in paragraphs_of(path.read_text(encoding="utf-8"))])

    def document(self, words: int, seed: str) -> str:
        """About `words` words (at least one paragraph) of distinct paragraphs, seeded."""
        generator = random.Random(seed)
        held: set[str] = set()
        paragraphs: list[str] = []
        count = 0
        for _ in range(_MAX_ORDERS):
            order = self.sentences[:]
            generator.shuffle(order)
            while order and count < words:
                size = generator.choice(self.lengths)
                paragraph = " ".join(order[:size])
                del order[:size]
                if paragraph not in held:
                    held.add(paragraph)
                    paragraphs.append(paragraph)
                    count += len(paragraph.split())
            if count >= words:
                break
        return "\n\n".join(paragraphs) + "\n"


def write_real_corpus(
    folder: Path, corpus: Path, files: int, words_per_file: int, seed: int
) -> Iterator[Path]:
    """Write `files` drafts drawn from the real drafts under `corpus`, yielding their paths."""
    source = RealCorpus.from_folder(corpus)
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(files):
        path = folder / f"real{index:04d}.txt"
        path.write_text(source.document(words_per_file, f"{seed}:{index}"), encoding="utf-8")
        yield path
