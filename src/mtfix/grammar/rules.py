"""The mtfix rules that LanguageTool matches are reported under, with their examples.

One rule per artifact category LanguageTool can speak to, so `--select`/`--ignore` and
severity overrides work on LanguageTool findings exactly as on rule-engine findings; the
LanguageTool rule id travels in the finding (`lt_rule` in JSON Lines). The examples are
what LanguageTool reports for them; the tests replay them against a loopback server that
answers like LanguageTool, and against a real server when `MTFIX_LT_SERVER` is set.
Every fix is `unsafe`: LanguageTool's first suggestion is a guess that needs a glance.
"""

from __future__ import annotations

from mtfix.grammar import mapping
from mtfix.models import Applicability, BadExample, RuleInfo, Severity

_ORIGIN = "mtfix.grammar.languagetool"
_UNSAFE = (
    "Fix safety: unsafe. LanguageTool's first suggestion is applied only with `--unsafe`; "
    "it is usually right but is chosen without knowing the source text."
)


def _rule(
    rule_id: str,
    category: str,
    description: str,
    doc: str,
    bad: tuple[BadExample, ...],
    good: tuple[str, ...],
    *,
    severity: Severity = Severity.WARNING,
    applicability: Applicability = Applicability.UNSAFE,
) -> RuleInfo:
    safety = _UNSAFE if applicability is Applicability.UNSAFE else "Fix safety: flag only."
    return RuleInfo(
        rule_id, category, severity, applicability, description, f"{doc}\n\n{safety}", bad, good, _ORIGIN
    )


LT_RULES: tuple[RuleInfo, ...] = (
    _rule(
        mapping.SPELLING,
        "spelling",
        "LanguageTool: a word its speller does not know",
        "LanguageTool's spelling rules (category TYPOS). Valid pinyin names, gazetteer places, "
        "glossary terms and names the document uses consistently are never reported, and no "
        "suggestion may turn such a name into an English word.",
        (
            BadExample(
                "The delegation recieved a warm welcome in the county.",
                "The delegation received a warm welcome in the county.",
            ),
            BadExample(
                "The goverment will invest in new rural roads.",
                "The government will invest in new rural roads.",
            ),
        ),
        (
            "The delegation received a warm welcome in Huicheng.",
            "Officials from Qianxinan and Huicheng met on Monday.",
        ),
    ),
    _rule(
        mapping.GLUED,
        "space.glued",
        "LanguageTool: two words run together (its suggestion only adds a space)",
        "A LanguageTool spelling match whose best suggestion is the same letters with a space: "
        "the glued words that machine translation leaves behind.",
        (
            BadExample("The meeting was held inthe county seat.", "The meeting was held in the county seat."),
            BadExample("Officials visited thevillage on Monday.", "Officials visited the village on Monday."),
        ),
        ("The meeting was held in the county seat.", "Officials visited the village on Monday."),
    ),
    _rule(
        mapping.GRAMMAR,
        "grammar",
        "LanguageTool: a grammatical error",
        "LanguageTool's grammar, confused-word and miscellaneous rules, and any category mtfix "
        "does not map more precisely.",
        (
            BadExample(
                "The project has helped many family in the township.",
                "The project has helped many families in the township.",
            ),
            BadExample("It is a important step for the county.", "It is an important step for the county."),
        ),
        ("The project has helped many families in the township.", "It is an important step for the county."),
    ),
    _rule(
        mapping.STYLE,
        "grammar",
        "LanguageTool: a style suggestion",
        "LanguageTool's style, redundancy and repetition-of-style rules. Reported as info: "
        "they are advice, not artifacts of translation.",
        (
            BadExample(
                "Moreover, the road is new. Moreover, the bridge was repaired.",
                "Moreover, the road is new. Furthermore, the bridge was repaired.",
            ),
            BadExample("Also, prices rose. Also, wages fell.", "Also, prices rose. Furthermore, wages fell."),
        ),
        (
            "Moreover, the road is new. Furthermore, the bridge was repaired.",
            "Prices rose. Also, wages fell.",
        ),
        severity=Severity.INFO,
    ),
    _rule(
        mapping.PUNCT_DOUBLED,
        "punct.doubled",
        "LanguageTool: two consecutive commas or dots",
        "LanguageTool's DOUBLE_PUNCTUATION rule; an ellipsis is not reported.",
        (
            BadExample(
                "The work was finished on time,, officials said.",
                "The work was finished on time, officials said.",
            ),
            BadExample(
                "The bridge opened in May.. It links two towns.",
                "The bridge opened in May. It links two towns.",
            ),
        ),
        ("The work was finished on time, officials said.", "The list goes on... and on."),
    ),
    _rule(
        mapping.PUNCT_SPACING,
        "punct.spacing",
        "LanguageTool: a space before a comma, or inside parentheses",
        "LanguageTool's COMMA_PARENTHESIS_WHITESPACE rule and its other punctuation and typography rules.",
        (
            BadExample(
                "The county , which lies in the south, grows tea.",
                "The county, which lies in the south, grows tea.",
            ),
            BadExample(
                "Farm income rose this year ( about 12 percent).",
                "Farm income rose this year (about 12 percent).",
            ),
        ),
        ("The county, which lies in the south, grows tea.", "Farm income rose this year (about 12 percent)."),
    ),
    _rule(
        mapping.SPACE_EXTRA,
        "space.extra",
        "LanguageTool: repeated spaces between words",
        "LanguageTool's WHITESPACE_RULE.",
        (
            BadExample("The  county held a meeting.", "The county held a meeting."),
            BadExample(
                "Officials said the road   will open soon.", "Officials said the road will open soon."
            ),
        ),
        ("The county held a meeting.", "Officials said the road will open soon."),
    ),
    _rule(
        mapping.CASE_SENTENCE,
        "case.sentence",
        "LanguageTool: a sentence that starts in lower case",
        "LanguageTool's UPPERCASE_SENTENCE_START rule and its other capitalisation rules.",
        (
            BadExample("the county held a meeting on Monday.", "The county held a meeting on Monday."),
            BadExample(
                "Work began in May. the road opens next year.", "Work began in May. The road opens next year."
            ),
        ),
        ("The county held a meeting on Monday.", "Work began in May. The road opens next year."),
    ),
    _rule(
        mapping.CASE_PROPER,
        "case.proper",
        "LanguageTool: a proper noun written in lower case",
        "LanguageTool's EN_SPECIFIC_CASE rule (names it knows, such as places and institutions).",
        (
            BadExample(
                "The delegation flew to hong kong on Monday.", "The delegation flew to Hong Kong on Monday."
            ),
            BadExample(
                "Experts from the world bank visited the county.",
                "Experts from the World Bank visited the county.",
            ),
        ),
        ("The delegation flew to Hong Kong on Monday.", "Experts from the World Bank visited the county."),
    ),
    _rule(
        mapping.WORD_DOUBLED,
        "word.doubled",
        "LanguageTool: the same word twice in a row",
        "LanguageTool's ENGLISH_WORD_REPEAT_RULE; legitimate repeats such as `had had` are not reported.",
        (
            BadExample(
                "Officials visited the the village on Monday.", "Officials visited the village on Monday."
            ),
            BadExample("The road will will open next year.", "The road will open next year."),
        ),
        ("Officials visited the village on Monday.", "The county had had a difficult year."),
    ),
    _rule(
        mapping.QUOTE_MISMATCH,
        "quote.mismatch",
        "LanguageTool: an opening quote or bracket that is never closed",
        "LanguageTool's unpaired-symbol rules. Flag only: where the closing mark belongs cannot "
        "be known from the text.",
        (
            BadExample(
                "The mayor said “the road will open soon.", "The mayor said “the road will open soon."
            ),
            BadExample(
                "He called the plan “a new start for the county.",
                "He called the plan “a new start for the county.",
            ),
        ),
        ("The mayor said “the road will open soon.”", "He called the plan “a new start.”"),
        applicability=Applicability.NONE,
    ),
)
