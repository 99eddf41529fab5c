"""Word lists the case checks share: abbreviations a full stop may end inside a sentence,
and common words English always capitalises. Why here: checks share code only through
`checks/_*.py` helpers or lower layers, never by importing each other."""

from __future__ import annotations

import regex

# Abbreviations that a lower-case word may follow inside a sentence (`Apple Inc. and`).
ABBREVIATIONS = frozenset(
    regex.split(
        r"\s+",
        """etc vs cf al ca approx incl excl esp viz inc ltd co corp bros assn dept univ intl natl govt
        jr sr mr mrs ms dr prof gen col lt sgt capt rev hon gov sen rep pres st mt ave rd blvd
        no nos vol vols fig figs pp p ch sec para art ed eds est min max avg hr hrs mins wk yr yrs
        jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
        am pm op ref tel ext""",
    )
)

# Common words that English always capitalises: days, months, nationalities, languages,
# religions, and the Party and State of Chinese official usage.
ALWAYS_CAPITALISED = frozenset(
    regex.split(
        r"\s+",
        """monday tuesday wednesday thursday friday saturday sunday january february march april may
        june july august september october november december chinese english american british
        french german japanese korean russian indian african asian european western eastern
        northern southern arab arabic spanish italian canadian australian latin greek roman
        tibetan mongolian muslim islamic christian catholic buddhist buddhism confucian taoist
        marxist marxism leninism communist socialist party state internet god christmas easter
        olympic olympics paralympic celsius fahrenheit""",
    )
)
