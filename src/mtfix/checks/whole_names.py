"""Whole proper names with lower-case parts (`case.proper`): `tumed hotel co., LTD.`,
`Hefei academy of Sciences`, `Ministry of agriculture`, `in january`, `dragon boat festival`.

Why a programmatic check: a name's extent comes from its structure (the words before
`Co., Ltd`, the capitalised words joined by `of`/`and` around a lower-case part), so the
suggestion is the whole corrected name (`names.wholenames`); patterns alone cannot see both
ends of a name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial

from mtfix.checks._base import ProgrammaticCheck
from mtfix.context import CheckContext, Resources
from mtfix.lexicon import run_lexicon
from mtfix.models import Applicability, BadExample, Finding, RuleInfo, Severity
from mtfix.names.gazetteer import gazetteer
from mtfix.names.institution_blocks import gated_institution_names
from mtfix.names.institutions import place_led_names
from mtfix.names.mentions import SUFFIX_KINDS
from mtfix.names.name_words import name_words
from mtfix.names.persons import (
    Words,
    add_meaning_roles,
    add_person_roles,
    is_given_like,
    is_given_name,
    is_meaning_word,
    is_pinyin_name_word,
    names_capitalised_elsewhere,
    person_names,
    surname_meanings,
    surname_role,
    surnames_by_meaning,
)
from mtfix.names.pinyin import PinyinAnalyzer
from mtfix.names.protection import run_pinyin_analyzer
from mtfix.names.surnames import surname_syllables
from mtfix.names.townships import townships
from mtfix.names.wholenames import NameFix, calendar_and_language_names, company_names
from mtfix.names.word_pairs import pair_marks
from mtfix.names.wordmarks import word_marks

# A type word's adjective before an institution (`hubei provincial department`).
_TYPE_OF_ADJECTIVE = {"provincial": "province", "municipal": "city"}

COMPANY_RULE = "lowercase-company-name"
PART_RULE = "lowercase-name-part"
CALENDAR_RULE = "lowercase-calendar-or-language"
PERSON_RULE = "lowercase-person-name"
ELSEWHERE_RULE = "lowercase-name-capitalised-elsewhere"
SURNAME_RULE = "surname-by-meaning"

COMPANY_INFO = RuleInfo(
    id=COMPANY_RULE,
    category="case.proper",
    severity=Severity.WARNING,
    applicability=Applicability.SAFE,
    description="A company's name in lower case before `Co., Ltd`",
    doc=(
        "What it does: capitalises the lower-case words before `co., ltd` (back to a function word,\n"
        "a verb or punctuation) and writes the suffix `Co., Ltd`.\n"
        "Why it matters: `Co., Ltd` closes a registered company name, which is a proper noun.\n"
        "Not flagged: a name already capitalised.\n"
        "Example: `supplied by yongxin machinery co., LTD.` -> `supplied by Yongxin Machinery Co., Ltd.`\n"
        "Fix safety: safe: only the name's letters change case."
    ),
    bad_examples=(
        BadExample(
            "The beds were supplied by yongxin machinery co., LTD. last year.",
            "The beds were supplied by Yongxin Machinery Co., Ltd. last year.",
        ),
        BadExample(
            "A contract was signed with huaxin tea co., ltd. on Monday.",
            "A contract was signed with Huaxin Tea Co., Ltd. on Monday.",
        ),
    ),
    good_examples=(
        "The beds were supplied by Yongxin Machinery Co., Ltd. last year.",
        "The co-operative and the company worked together.",
    ),
)
PART_INFO = RuleInfo(
    id=PART_RULE,
    category="case.proper",
    severity=Severity.WARNING,
    applicability=Applicability.SAFE,
    description="A lower-case word inside a capitalised institution name",
    doc=(
        "What it does: capitalises a word that names an institution's field or kind (`trade`,\n"
        "`academy`, `agriculture`) between capitalised words of one name, or after `<Head> of`;\n"
        "the finding covers the whole name. Also a lower-case place and its type word at the head\n"
        "of an institution (`haidian District People’s Procuratorate`), the whole name corrected.\n"
        "Why it matters: a name is capitalised throughout; a lower-case part shows a half-edited name.\n"
        "Not flagged: descriptions (`the Hospital staff`), names at a sentence start, words outside\n"
        "the vocabulary of institution names.\n"
        "Example: `the Banner trade Union` -> `the Banner Trade Union`.\n"
        "Fix safety: safe: the word sits inside a capitalised name."
    ),
    bad_examples=(
        BadExample(
            "Experts of the Hefei academy of Sciences visited the county.",
            "Experts of the Hefei Academy of Sciences visited the county.",
        ),
        BadExample(
            "He reported to the Ministry of agriculture on Monday.",
            "He reported to the Ministry of Agriculture on Monday.",
        ),
    ),
    good_examples=(
        "Experts of the Hefei Academy of Sciences visited the county.",
        "The Hospital staff of Beijing and residents of Shanghai met the Committee of experts.",
    ),
)
CALENDAR_INFO = RuleInfo(
    id=CALENDAR_RULE,
    category="case.proper",
    severity=Severity.WARNING,
    applicability=Applicability.SAFE,
    description="A month, weekday, festival, language or nationality in lower case",
    doc=(
        "What it does: capitalises `january`, `monday`, `english`, `chinese`, `spring festival`,\n"
        "`dragon boat festival`.\n"
        "Why it matters: English capitalises them; Chinese has no capitals to copy.\n"
        "Not flagged: `may` and `march` (English words), text in URLs and code.\n"
        "Example: `in january` -> `in January`.\n"
        "Fix safety: safe: these words have no lower-case use."
    ),
    bad_examples=(
        BadExample(
            "The clinic reopened on monday after the spring festival.",
            "The clinic reopened on Monday after the Spring Festival.",
        ),
        BadExample(
            "Doctors of chinese medicine spoke in english.", "Doctors of Chinese medicine spoke in English."
        ),
    ),
    good_examples=(
        "The clinic reopened on Monday after the Spring Festival in May.",
        "They may march in the parade; the chinese.example.org page is in English.",
    ),
)
PERSON_INFO = RuleInfo(
    id=PERSON_RULE,
    category="case.proper",
    severity=Severity.WARNING,
    applicability=Applicability.SAFE,
    description="A Chinese person's name with a lower-case part",
    doc=(
        "What it does: capitalises a surname beside a two-syllable pinyin given name when either\n"
        "is in lower case (`ye Xiaodong`, `Zhang jianguo`, `li-yuan wang`), and a surname after a\n"
        "title (`director liu`).\n"
        "Why it matters: Chinese has no capitals; a translation leaves names in lower case.\n"
        "Not flagged: a given name that is an English word (`Long said`), a lower-case surname that\n"
        "is a common English word (`he`, `an`) before a name.\n"
        "Example: `met ye Xiaodong` -> `met Ye Xiaodong`.\n"
        "Fix safety: safe: one part is a clear name, so the other is its name part."
    ),
    bad_examples=(
        BadExample(
            "The prize went to ye Xiaodong and Zhang jianguo.",
            "The prize went to Ye Xiaodong and Zhang Jianguo.",
        ),
        BadExample("The report was read by director liu.", "The report was read by director Liu."),
    ),
    good_examples=(
        "The prize went to Ye Xiaodong; Li said the long road was worth it.",
        "When he arrived, Song Jianguo and director Liu were waiting.",
    ),
)
ELSEWHERE_INFO = RuleInfo(
    id=ELSEWHERE_RULE,
    category="case.proper",
    severity=Severity.WARNING,
    applicability=Applicability.SAFE,
    description="A pinyin name in lower case that the document writes capitalised elsewhere",
    doc=(
        "What it does: capitalises a lower-case pinyin word of two or more syllables that is no\n"
        "English word when the same document also writes it capitalised.\n"
        "Why it matters: the document itself shows the word is a name.\n"
        "Not flagged: English words (`longer`), words the document never capitalises.\n"
        "Example: `held in zhongshan` beside `Zhongshan Road` -> `held in Zhongshan`.\n"
        "Fix safety: safe: the document's own spelling is followed."
    ),
    bad_examples=(
        BadExample(
            "Zhongshan Road was closed. The fair was held in zhongshan on Monday.",
            "Zhongshan Road was closed. The fair was held in Zhongshan on Monday.",
        ),
        BadExample(
            "Tea from Anxi is famous. Farmers in anxi picked it early.",
            "Tea from Anxi is famous. Farmers in Anxi picked it early.",
        ),
    ),
    good_examples=(
        "Zhongshan Road was closed. The fair was held in Zhongshan on Monday.",
        "The fair was held in zhongshan, a word this text never capitalises.",
    ),
)
SURNAME_INFO = RuleInfo(
    id=SURNAME_RULE,
    category="name.calque",
    severity=Severity.WARNING,
    applicability=Applicability.UNSAFE,
    description="A surname translated by its meaning before a pinyin given name (`king Xiaoming`)",
    doc=(
        "What it does: an English word that CC-CEDICT glosses as a one-character surname (`king` 王,\n"
        "`plum` 李 or 梅), right before a capitalised two-syllable pinyin given name, is replaced by\n"
        "the surname's pinyin (`Wang Xiaoming`); several surnames: each is offered, in the order\n"
        "of the Hundred Family Surnames.\n"
        "Why it matters: the translation read the surname character by its meaning.\n"
        "Not flagged: function words (`by`, `with`), pinyin surnames (`song Jianguo`, another rule),\n"
        "given names that are English words.\n"
        "Example: `king Xiaoming` -> `Wang Xiaoming`.\n"
        "Fix safety: unsafe: the word may be meant in English."
    ),
    bad_examples=(
        BadExample(
            "The medal went to king Xiaoming of the county team.",
            "The medal went to Wang Xiaoming of the county team.",
        ),
        BadExample("Nurse yellow Lihua joined the team.", "Nurse Huang Lihua joined the team."),
    ),
    good_examples=(
        "The medal went to Wang Xiaoming of the county team.",
        "The report was written by Xiaoming with Jianguo.",
    ),
)
_RULE_OF_KIND = {
    "surname-meaning": SURNAME_INFO,
    "person": PERSON_INFO,
    "elsewhere": ELSEWHERE_INFO,
    "company": COMPANY_INFO,
    "institution": PART_INFO,
    "calendar": CALENDAR_INFO,
    "festival": CALENDAR_INFO,
    "language": CALENDAR_INFO,
}


class WholeNameCheck(ProgrammaticCheck):
    RULES = (COMPANY_INFO, PART_INFO, CALENDAR_INFO, PERSON_INFO, ELSEWHERE_INFO, SURNAME_INFO)

    def check(self, context: CheckContext) -> Iterator[Finding]:
        text = context.document.text
        fixes: list[NameFix] = []
        is_word = run_lexicon(context).is_word  # lookups remembered for the run
        distinct = context.words.distinct  # the distinct words, found once for every check
        if context.is_enabled(COMPANY_RULE):
            fixes.extend(company_names(text, is_word, context.folded_text))
        if context.is_enabled(PART_RULE):
            # The words' roles in a name come with the words' marks (one pass for both).
            roles = word_marks(context).institution_roles
            fixes.extend(gated_institution_names(text, context.words.words, roles))
            fixes.extend(place_led_names(text, partial(self._is_place, is_word), context.folded_text))
        if context.is_enabled(CALENDAR_RULE):
            fixes.extend(calendar_and_language_names(text, distinct))
        analyzer = run_pinyin_analyzer(context)

        def among(name: str, predicate: WordPredicate) -> Callable[[Words], set[str]]:
            """The run's memory of `predicate` on words, as a picker of the words among a set."""
            judge = partial(_verdict, predicate, analyzer=analyzer, is_word=is_word)
            return context.memo(name, judge).among

        fixes.extend(self._pair_names(context, analyzer, among))
        if context.is_enabled(ELSEWHERE_RULE):
            pinyin_words = among("whole-names.pinyin-name-words", is_pinyin_name_word)
            fixes.extend(names_capitalised_elsewhere(text, analyzer, is_word, distinct, pinyin_words))
        taken: list[tuple[int, int]] = []
        for fix in sorted(fixes, key=lambda fix: (fix.start, -fix.end)):
            if any(fix.start < end and start < fix.end for start, end in taken):
                continue
            if context.protected.overlaps(fix.start, fix.end):
                continue
            taken.append((fix.start, fix.end))
            yield self._finding(text, fix)

    def _pair_names(
        self,
        context: CheckContext,
        analyzer: PinyinAnalyzer,
        among: Callable[[str, WordPredicate], Callable[[Words], set[str]]],
    ) -> Iterator[NameFix]:
        """Person names and surnames read by their meaning: pairs of words in a row, whose
        words' roles are marked once for both (`names.word_pairs`)."""
        person, by_meaning = context.is_enabled(PERSON_RULE), context.is_enabled(SURNAME_RULE)
        if not person and not by_meaning:
            return
        resources = self.resources
        text, distinct, in_order = context.document.text, context.words.distinct, context.words.words
        lexicon, surnames = run_lexicon(context), surname_syllables(resources)

        def is_place(name: str) -> bool:
            return bool(gazetteer(resources).lookup(name))

        def is_meaning_verdict(word: str) -> bool | None:
            """The run's verdict on a word before a given name (the glosses load when first asked)."""
            return True if is_meaning_word(word, lexicon, surnames, surname_meanings(resources)) else None

        given_names = among("whole-names.given-names", is_given_name)
        given_like = among("whole-names.given-by-meaning", partial(is_given_like, is_place=is_place))
        meaning_words = context.memo("whole-names.meaning-words", is_meaning_verdict).among
        codes: dict[str, int] = {}
        if person:
            roles = context.memo("whole-names.surname-roles", partial(surname_role, surnames=surnames))
            found = {word: roles.verdicts[word] for word in roles.among(distinct)}
            add_person_roles(codes, found, given_names(distinct))
        if by_meaning and (wanted := given_like(distinct)):
            add_meaning_roles(codes, meaning_words(distinct), wanted)
        marks = pair_marks(in_order, codes)
        if person:
            yield from person_names(
                text,
                analyzer,
                surnames,
                lexicon.is_word,
                given_names,
                context.folded_text,
                distinct,
                in_order,
                marks=marks,
            )
        if by_meaning:
            yield from surnames_by_meaning(
                text,
                analyzer,
                surnames,
                lexicon,
                lambda: surname_meanings(resources),
                is_place,
                distinct,
                given_like,
                in_order,
                meaning_words,
                marks,
            )

    def _is_place(self, is_word: Callable[[str], bool], name: str, suffix: str) -> bool:
        """`haidian` before `district` (or `hubei` before `provincial`): a gazetteer or township
        name of that type, no English word (`wuhan`, which the dictionary lists, is a name)."""
        if is_word(name) and name not in name_words(self.resources):
            return False
        folded = " ".join(suffix.casefold().split())
        folded = _TYPE_OF_ADJECTIVE.get(folded, folded)
        if folded in ("town", "township", "sub-district"):
            return bool(townships(self.resources).lookup(name))
        kinds = SUFFIX_KINDS.get(folded, frozenset({"League"}))
        return any(place.kind in kinds for place in gazetteer(self.resources).lookup(name))

    def _finding(self, text: str, fix: NameFix) -> Finding:
        info = _RULE_OF_KIND[fix.kind]
        written = text[fix.start : fix.end]
        return Finding(
            rule=info.id,
            category=info.category,
            severity=info.severity,
            start=fix.start,
            end=fix.end,
            text=written,
            message=(
                f"`{written}` reads a surname by its meaning: `{fix.replacement}`"
                if fix.kind == "surname-meaning"
                else f"`{written}` is a proper name: `{fix.replacement}`"
            ),
            replacements=(fix.replacement, *fix.alternatives),
            applicability=info.applicability,
            source="checks",
        )


WordPredicate = Callable[[str, PinyinAnalyzer, Callable[[str], bool]], bool]


def _verdict(
    predicate: WordPredicate, word: str, analyzer: PinyinAnalyzer, is_word: Callable[[str], bool]
) -> bool | None:
    """The run's verdict of `predicate` on a word (None: no verdict, for `Verdicts`)."""
    return True if predicate(word, analyzer, is_word) else None


def whole_name_check(resources: Resources) -> WholeNameCheck:
    return WholeNameCheck(resources)
