"""Text pieces the equivalence tests build their Hypothesis texts from, shared by the
checks whose fast paths read the same kind of text (names and institutions; clause starts)."""

from __future__ import annotations

from hypothesis import strategies as st

# Names, places, institution heads and the characters between them.
NAME_PIECES = (
    "Ceheng",
    "ceheng",
    "Xi'an",
    "Dong-an",
    "Qianxinan",
    "Hunan",
    "Hunan's",
    "HuiCheng",
    "Li",
    "Lin",
    "County",
    "county",
    "COUNTY",
    "City",
    "city",
    "ethnicity",
    "Autonomous",
    "Prefecture",
    "Region",
    "Province",
    "district",
    "Banner",
    "people's",
    "People’s",
    "PEOPLE'S",
    "third",
    "3rd",
    "21st",
    "hospital",
    "hospital's",
    "court",
    "government",
    "political consultative conference",
    "cancer",
    "health",
    "bureau",
    "and",
    "a",
    "an",
    "one",
    "the",
    "-",
    "'",
    "’",
    " ",
    " ",
    " ",
    "  ",
    "\n",
    "\t",
    "\u00a0",
    "\u3000",
    ",",
    ".",
    "1",
    "é",
    "中",
    "\u0301",
)


name_texts = st.lists(st.sampled_from(NAME_PIECES), max_size=24).map("".join)


# Words and marks around clause starts and quotes, and whole phrases that match.
CLAUSE_PIECES = [
    "said",
    "says",
    "say",
    "pointed out",
    "stressed",
    "the",
    "He",
    "county",
    "Center",
    "vice",
    "President",
    "Town",
    "well-known",
    "x'",
    "’",
    "-",
    ",",
    ":",
    ";",
    " ",
    "  ",
    "\u00a0",
    "\n",
    '"',
    "“",
    "”",
    "by",
    "we",
    "We",
    "é",
    "Éa",
    "1",
    ".",
    "——",
    "—",
    "……",
    "…",
    "，",
    "（",
    "Ａ",
]


# Whole phrases that match, so the scans are tried on hits as well as near misses.
CLAUSE_PHRASES = [
    'said, "we',
    "added: “by",
    'says,"so',
    "county Center in",
    "the vice President of",
    "a Town.",
]


clause_texts = st.lists(st.sampled_from(CLAUSE_PIECES + CLAUSE_PHRASES), max_size=40).flatmap(
    lambda parts: st.sampled_from(["", " "]).map(lambda glue: glue.join(parts))
)


# Words and marks the built-in pattern rules read: articles, quantifiers, plurals, punctuation.
RULE_PIECES = [
    *"aAnNtT .,;:!?()\u00a0\t\n\u3000-'’\"”",
    "the",
    "The",
    "staffs",
    "medical",
    "many",
    "hospital",
    "facility",
    "a",
    "an",
    "An",
    "university",
    "hour",
    "talked",
    "waiting",
    "despite",
    "of",
    "more",
    "better",
    "than",
    "several",
    "doctor",
    "datas",
    "equipments",
    "Releasetime",
    "ſ",
    "İ",
    "K",
    "number",
    "various",
    "one",
    "city",
]
