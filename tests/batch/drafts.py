"""Generated drafts for the batch tests: our own sentence frames in the style of
machine-translated county news, each with the artifacts mtfix looks for."""

from __future__ import annotations

import random
from pathlib import Path

FRAMES = (
    "On {day} March, the {office} of {town} convened a symposium on {subject} ,and {n} cadres attended.",
    "The {office} said that the the work of {subject} has obtained obvious effects in {town}.",
    "{official} stressed that {town} must firmly grasp {subject}，and push it forward comprehensively.",
    "In the past year , {town} invested {n} ten thousand yuan into {subject} projects.",
    "Villagers expressed that {subject} brought them real benefits  and happiness.",
    "According to the introduction of the {office}, {n} households have participated in {subject}.",
    "The {office} organised a training about {subject} for the grassroots cadres of {town} .",
    "Next step, {town} will continue to deepen {subject} and strive to make new contributions.",
)
OFFICES = (
    "county forestry bureau",
    "town people's congress",
    "district civil affairs office",
    "city water authority",
)
TOWNS = ("Qingshui Town", "Baiyun District", "Hongyan Village", "Taiping County", "ZhangJiakou City")
SUBJECTS = ("tea garden upgrading", "rural road maintenance", "elderly care services", "wetland protection")
OFFICIALS = ("Secretary Liu Jianguo", "Director Wang Xiaohong", "Mayor ChenMing", "Deputy head Zhao Lei")


def draft(rng: random.Random) -> str:
    """A few paragraphs of three to eight sentences."""
    paragraphs = []
    for _ in range(rng.randint(1, 3)):
        sentences = [
            rng.choice(FRAMES).format(
                day=rng.randint(1, 28),
                office=rng.choice(OFFICES),
                town=rng.choice(TOWNS),
                subject=rng.choice(SUBJECTS),
                official=rng.choice(OFFICIALS),
                n=rng.randint(2, 900),
            )
            for _ in range(rng.randint(3, 8))
        ]
        paragraphs.append(" ".join(sentences))
    return "\n\n".join(paragraphs) + "\n"


def write_drafts(folder: Path, count: int, seed: int = 21) -> list[Path]:
    """`count` drafts in three sub-folders, every tenth with Windows newlines."""
    rng = random.Random(seed)
    paths = []
    for number in range(count):
        path = folder / f"desk-{number % 3}" / f"story-{number:04d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        text = draft(rng)
        path.write_bytes(text.replace("\n", "\r\n" if number % 10 == 0 else "\n").encode("utf-8"))
        paths.append(path)
    return paths
