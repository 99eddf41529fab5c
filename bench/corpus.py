"""A seeded generator of machine-translation-style drafts for the speed benchmark.

Sentences come from the repository's `samples/` (our own texts, never the gold corpus);
the generator recombines them, varies numbers, names and places, and injects the
artifacts mtfix looks for at a fixed rate, so every run with the same seed writes
byte-identical files.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from pathlib import Path

# Space-separated word lists, split when the generator starts.
SYLLABLES = (
    "an bai bao cheng chun da de dong fang feng gang guo hai heng hong hua jian jiang jin kang "
    "lan li lian liang lin long mei ming nan ning ping qing rong shan sheng shui song tai tian "
    "wei wen xiang xin xing ya yang yi ying yong yu yuan ze zhen zhi zhong zhou"
)
SURNAMES = "Wang Li Zhang Liu Chen Yang Huang Zhao Zhou Wu Xu Sun Ma Zhu Hu Guo He Lin Luo Zheng"
PLACE_KINDS = ("County", "District", "Town", "Village", "City", "Township")
CJK_SNIPPETS = ("乡村振兴", "河长制", "党群服务中心", "卫健局", "网格员", "村民委员会")
GLUE_WORDS = ("along with", "as well as", "in order to", "such as", "at the same time")

# A sentence ends at . ! or ? before a space and a capital (so "3.5" and "www.a.cn" stay whole).
# Sentence frames of our own, filled from the tables below, for variety beyond the samples.
FRAMES = (
    "On {date}, the {organ} of {place} held a meeting on {topic}, and {n} people attended it.",
    "{person}, director of the {organ}, said that the work on {topic} has achieved remarkable results.",
    "In recent years, {place} has vigorously promoted {topic} and invested {n} million yuan in it.",
    "The {organ} organized {n} volunteers to carry out a campaign on {topic} in the villages.",
    "According to the plan, {place} will complete the {topic} project before the end of the year.",
    "More than {n} residents took part in the activity, jointly organized by the {organ} and {place}.",
    "{person} said that the next step is to further improve {topic} and serve the people wholeheartedly.",
    "The meeting required all departments to attach great importance to {topic} and implement the measures.",
    "At present, {place} has built {n} service stations, covering all towns and villages.",
    "The leaders of the {organ} inspected the {topic} work in {place} on the morning of {date}.",
)
ORGANS = (
    "county health bureau",
    "district education bureau",
    "municipal transport bureau",
    "emergency management bureau",
    "ecological environment bureau",
    "agriculture and rural affairs bureau",
    "village party branch",
    "township government",
    "women's federation",
    "market supervision bureau",
)
TOPICS = (
    "rural revitalization",
    "river cleanup",
    "road safety",
    "tea industry",
    "medical assistance",
    "flood prevention",
    "garbage sorting",
    "elderly care",
    "school meals",
    "forest fire prevention",
)
MONTHS = ("January", "March", "April", "May", "June", "July", "September", "October", "November")

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")
# Whole numbers standing alone (not parts of dates, times, decimals or thousands).
_NUMBER = re.compile(r"(?<![\w.,:/-])\d+(?![\w.,:/-]*\d)")


def sample_sentences(samples: Path) -> list[str]:
    """Sentences of every sample draft (top level of `samples/` only: no expected outputs)."""
    sentences: list[str] = []
    for path in sorted(samples.iterdir()):
        if not path.is_file() or path.suffix not in (".txt", ".md"):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.lstrip("# ").strip()
            for sentence in _SENTENCE_END.split(line):
                if len(sentence.split()) >= 6 and sentence[0].isupper() and sentence[-1] in ".!?":
                    sentences.append(sentence)
    if not sentences:
        raise SystemExit(f"no sample sentences found in {samples}")
    return sentences


class DraftGenerator:
    """Writes paragraphs in the style of the samples, with artifacts injected."""

    def __init__(self, sentences: list[str], seed: int, artifact_rate: float = 0.5) -> None:
        self.sentences = sentences
        self.random = random.Random(seed)
        self.artifact_rate = artifact_rate
        self.syllables = SYLLABLES.split()
        self.surnames = SURNAMES.split()
        self.injectors: tuple[Callable[[str], str], ...] = (
            self._missing_space_after_stop,
            self._doubled_comma,
            self._space_before_comma,
            self._fullwidth,
            self._double_space,
            self._doubled_word,
            self._glued_words,
            self._cjk,
            self._camel_pinyin,
            self._lower_place,
            self._mixed_quotes,
        )

    def pinyin(self, syllables: int) -> str:
        return "".join(self.random.choice(self.syllables) for _ in range(syllables)).capitalize()

    def person(self) -> str:
        return f"{self.random.choice(self.surnames)} {self.pinyin(2)}"

    def place(self) -> str:
        return f"{self.pinyin(2)} {self.random.choice(PLACE_KINDS)}"

    def framed(self) -> str:
        return self.random.choice(FRAMES).format(
            date=f"{self.random.choice(MONTHS)} {self.random.randint(1, 28)}",
            organ=self.random.choice(ORGANS),
            place=self.place(),
            topic=self.random.choice(TOPICS),
            person=self.person(),
            n=self.random.randint(2, 300),
        )

    def sentence(self) -> str:
        if self.random.random() < 0.6:
            return self.framed()
        text = self.random.choice(self.sentences)
        text = _NUMBER.sub(lambda m: str(self.random.randint(2, 300)), text)
        if self.random.random() < 0.3:
            text = f"{self.person()} of {self.place()} said that {text[0].lower()}{text[1:]}"
        return text

    def paragraph(self) -> str:
        sentences = [self.sentence() for _ in range(self.random.randint(3, 7))]
        text = " ".join(sentences)
        while self.random.random() < self.artifact_rate:
            text = self.random.choice(self.injectors)(text)
        return text

    def document(self, words: int) -> str:
        """A headline, a source line and paragraphs until about `words` words."""
        released = f"2023-0{self.random.randint(1, 9)}-1{self.random.randint(0, 9)}"
        lines = [f"{self.place()} holds a meeting on {self.random.choice(TOPICS)}", ""]
        lines += [f"Source:{self.pinyin(2)} Daily  Release time:{released}", ""]
        count = sum(len(line.split()) for line in lines)
        while count < words:
            paragraph = self.paragraph()
            lines += [paragraph, ""]
            count += len(paragraph.split())
        return "\n".join(lines)

    # Each injector adds one artifact of a category mtfix knows.
    def _at_random(self, text: str, pattern: str, replace: Callable[[re.Match[str]], str]) -> str:
        matches = list(re.finditer(pattern, text))
        if not matches:
            return text
        match = self.random.choice(matches)
        return text[: match.start()] + replace(match) + text[match.end() :]

    def _missing_space_after_stop(self, text: str) -> str:
        return self._at_random(text, r"\. (?=[A-Z])", lambda m: ".")

    def _doubled_comma(self, text: str) -> str:
        return self._at_random(text, r", ", lambda m: ",, ")

    def _space_before_comma(self, text: str) -> str:
        return self._at_random(text, r"(?<=\w), ", lambda m: " ,")

    def _fullwidth(self, text: str) -> str:
        return self._at_random(text, r"[,.](?= |$)", lambda m: "，" if m.group() == "," else "。")

    def _double_space(self, text: str) -> str:
        return self._at_random(text, r"(?<=\w) (?=\w)", lambda m: "  ")

    def _doubled_word(self, text: str) -> str:
        return self._at_random(text, r"\b(the|of|and|to) ", lambda m: f"{m.group(1)} {m.group(1)} ")

    def _glued_words(self, text: str) -> str:
        phrase = self.random.choice(GLUE_WORDS)
        return self._at_random(text, r"\band ", lambda m: phrase.replace(" ", "") + " ")

    def _cjk(self, text: str) -> str:
        return self._at_random(text, r"\bthe \w+", lambda m: self.random.choice(CJK_SNIPPETS))

    def _camel_pinyin(self, text: str) -> str:
        return self._at_random(text, r"\b[A-Z][a-z]+ [A-Z][a-z]+\b", lambda m: m.group().replace(" ", ""))

    def _lower_place(self, text: str) -> str:
        pattern = r"\b[A-Z][a-z]+ (?:County|District|Town|City)\b"
        return self._at_random(text, pattern, lambda m: m.group().lower())

    def _mixed_quotes(self, text: str) -> str:
        return self._at_random(text, r"(?<= )\w+ \w+ \w+(?=[ .,])", lambda m: f'“{m.group()}"')


def write_corpus(folder: Path, samples: Path, files: int, words_per_file: int, seed: int) -> Iterator[Path]:
    """Write `files` drafts to `folder`, yielding their paths in order."""
    generator = DraftGenerator(sample_sentences(samples), seed)
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(files):
        path = folder / f"draft{index:04d}.txt"
        path.write_text(generator.document(words_per_file) + "\n", encoding="utf-8")
        yield path
