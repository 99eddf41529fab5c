"""Assemble the clean-English false-alarm corpus in tests/data/clean-english/ (issue 18).

Sources, all available offline (see PROVENANCE.md there for each text's terms): the prose
paragraphs of the Python Language Reference topics shipped in the standard library
(`pydoc_data.topics`, PSF License 2.0; indented code examples and grammar left out, as a
Markdown or HTML page would hold them as code), the licence texts installed with mtfix's
own dependencies (MIT texts from `typer`, `rich` and `urllib3`) and the licence texts a
Debian system keeps in /usr/share/common-licenses (verbatim copying permitted by each);
the first chapters of "The Rust Programming Language" as the HTML pages rustup installs
with a Rust toolchain (`<main>` of each page in a bare HTML page, read through mtfix's HTML
view; MIT or Apache-2.0), and a few module pages of the Node.js API documentation as the
Markdown a Node.js package installs in /usr/share/doc/nodejs/api (MIT; read through the
Markdown view). The texts are otherwise copied as they are: the corpus shows mtfix stays
quiet on professional English.

Run from the repository root with the project's environment: python scripts/build_clean_english.py
"""

from __future__ import annotations

import importlib.metadata
import pydoc_data.topics
import re
import subprocess
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "tests" / "data" / "clean-english"
# Topics of the Language Reference, in this order, until the corpus holds TOPIC_WORDS words.
TOPIC_WORDS = 9_000
SYSTEM_LICENCES = Path("/usr/share/common-licenses")
SYSTEM_TEXTS = ("Apache-2.0", "GPL-3", "LGPL-2.1", "MPL-2.0", "Artistic", "CC0-1.0", "BSD")
# The Rust book's first chapters (introduction to ownership and slices), in reading order.
BOOK_CHAPTERS = "ch0[0-4]-*.html"
NODE_API = Path("/usr/share/doc/nodejs/api")
NODE_PAGES = (
    "documentation",
    "events",
    "path",
    "readline",
    "timers",
    "url",
    "querystring",
    "util",
    "console",
)
PAGE = (
    '<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title>{title}</title></head>\n'
    "<body>\n{main}\n</body>\n</html>\n"
)
LICENCES = {
    "mit-typer.txt": ("typer", "LICENSE"),
    "mit-rich.txt": ("rich", "LICENSE"),
    "mit-urllib3.txt": ("urllib3", "LICENSE.txt"),
}


def licence_text(distribution: str, name: str) -> str:
    for file in importlib.metadata.distribution(distribution).files or []:
        if file.name == name:
            return file.read_text(encoding="utf-8")
    raise SystemExit(f"{distribution} ships no {name}")


def prose(topic: str) -> str:
    """A topic's paragraphs without its indented blocks (code examples, grammar rules)."""
    paragraphs = [block for block in topic.strip().split("\n\n") if not block.startswith((" ", "\t"))]
    return "\n\n".join(paragraphs) + "\n"


def rust_book() -> Path:
    """The HTML book of the active Rust toolchain."""
    sysroot = subprocess.run(["rustc", "--print", "sysroot"], check=True, capture_output=True, text=True)
    return Path(sysroot.stdout.strip()) / "share" / "doc" / "rust" / "html" / "book"


def chapter(page: Path) -> str:
    """A book page's `<main>` element (the chapter, without the navigation) in a bare page."""
    text = page.read_text(encoding="utf-8")
    main = re.search(r"<main>.*?</main>", text, re.DOTALL)
    title = re.search(r"<title>(.*?)</title>", text, re.DOTALL)
    if main is None or title is None:
        raise SystemExit(f"{page.name} has no <main> or <title>")
    return PAGE.format(title=title.group(1).strip(), main=main.group(0))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    topics = pydoc_data.topics.topics
    words = 0
    chosen: list[str] = []
    for key in sorted(topics):
        if words >= TOPIC_WORDS:
            break
        chosen.append(key)
        words += len(prose(topics[key]).split())
    body = "\n\n".join(prose(topics[key]) for key in chosen)
    (OUT / "python-reference.txt").write_text(body, encoding="utf-8")
    for target, (distribution, name) in LICENCES.items():
        (OUT / target).write_text(licence_text(distribution, name), encoding="utf-8")
    for name in SYSTEM_TEXTS:
        text = (SYSTEM_LICENCES / name).read_text(encoding="utf-8")
        (OUT / f"{name.lower()}.txt").write_text(text, encoding="utf-8")
    chapters = sorted(rust_book().glob(BOOK_CHAPTERS))
    for page in chapters:
        (OUT / f"rust-book-{page.name}").write_text(chapter(page), encoding="utf-8")
    for name in NODE_PAGES:
        text = (NODE_API / f"{name}.md").read_text(encoding="utf-8")
        (OUT / f"node-{name}.md").write_text(text, encoding="utf-8")
    print(f"{len(chapters)} book chapters, {len(NODE_PAGES)} Node.js pages")
    print(f"{len(chosen)} topics, {words} words; {len(LICENCES)} licence texts")


if __name__ == "__main__":
    main()
