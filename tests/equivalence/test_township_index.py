"""Townships: a name looked up in the one searched string of rows (by its key's bucket) finds
the rows a dictionary of every key finds, in the file's order."""

from __future__ import annotations

from collections import defaultdict

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from mtfix.context import Resources
from mtfix.names.gazetteer import name_key
from mtfix.names.townships import Townships, parse_township, townships


def _plain_lookup(lines: list[str] | tuple[str, ...]):
    """The plain table: every row under its key in a dictionary."""
    by_key: defaultdict[str, list[str]] = defaultdict(list)
    for line in lines:
        by_key[line.split("\t", 3)[2].replace(" ", "")].append(line)

    def lookup(name: str):
        return tuple(map(parse_township, by_key.get(name_key(name), ())))

    return lookup


@pytest.fixture(scope="module")
def shipped(resources: Resources):
    table = townships(resources)
    return table, _plain_lookup(table.lines)


SYLLABLES = ("shi", "jing", "dong", "zhi", "men", "an", "xi", "e", "a", "zhe", "lou", "po", "mei", "")
MARKS = ("", " ", "-", "'", "’", "\t", "\n")
NAMES = st.lists(st.tuples(st.sampled_from(SYLLABLES), st.sampled_from(MARKS)), max_size=5).map(
    lambda parts: "".join(syllable + mark for syllable, mark in parts)
)


@settings(max_examples=1000, deadline=None)
@given(NAMES, st.booleans())
@example("Shijing", False)
@example("Xi'an", True)
@example("", False)
def test_shipped_lookup_equals_the_dictionary(shipped, name: str, upper: bool) -> None:
    table, plain = shipped
    written = name.upper() if upper else name.title()
    assert table.lookup(written) == plain(written)


# Small tables: keys shorter than a bucket, keys sharing a bucket, one key on many rows.
ROWS = st.lists(
    st.tuples(st.sampled_from(("1", "2", "3")), st.lists(st.sampled_from(SYLLABLES[:-1]), max_size=3)),
    max_size=12,
).map(lambda rows: [f"{county}\t中\t{' '.join(syllables)}\tTown" for county, syllables in rows])


@settings(max_examples=500, deadline=None)
@given(ROWS, NAMES)
def test_small_table_lookup_equals_the_dictionary(lines: list[str], name: str) -> None:
    table, plain = Townships.from_lines(lines), _plain_lookup(lines)
    assert len(table) == len(lines)
    assert table.lookup(name) == plain(name)
    for line in lines:  # every row's own name
        written = line.split("\t")[2]
        assert table.lookup(written) == plain(written)
