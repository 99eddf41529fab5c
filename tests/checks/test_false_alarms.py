"""Clean English must stay silent: paragraphs full of the traps the typography rules must
step around (URLs, decimals, abbreviations, times, quotations, lists, ellipses) give no
finding from the whole default linter."""

from __future__ import annotations

import pytest

from helpers import findings_for

CLEAN_PARAGRAPHS = [
    # URLs, domains, e-mail addresses, file names
    "The full report is available at https://www.example.org/reports/2023/health.pdf and on "
    "mp.weixin.qq.com. Questions can be sent to press@example.org, and the data tables "
    "(summary.xlsx, version 2.1) can be downloaded from example.com/data.",
    # decimals, thousands, times, ratios, percentages
    "The hospital has 1,250 beds and treated 36,500 patients last year, a rise of 4.5 percent. "
    "Outpatient clinics open at 8:30 a.m. and close at 5:00 p.m.; the nurse-to-bed ratio is 0.6:1.",
    # abbreviations and initials
    "Dr. Wang, who holds a Ph.D. from a university in the U.S., joined the team in Jan. 2021. "
    "She works with J. K. Smith, Mr. Chen and other experts, e.g. surgeons, nurses, etc., and "
    "reports to the W.H.O. office in Geneva.",
    # quotations, nested quotations, a quotation inside a sentence
    '"We will keep working," the director said. "Patients told us, \'We trust this hospital,\' '
    'and that matters." The nurses called the new ward a "second home" for patients.',
    "“The programme is simple,” she said. “Every patient who calls the hotline gets an answer within a day.”",
    # an interrupted quotation, a title with The, references and scores
    '"I think," she said, "that we are ready." The song "Hey Jude" was played by The Beatles, '
    "and he read The Old Man and the Sea. Section 3(a) applies from Jan. 1, 2024; the score was 3:2.",
    "It happened in St. Louis on Aug. 5 at 10:30 a.m. Mr. and Mrs. Brown were there, with experts "
    "from the W.H.O., UNICEF, etc. Most agreed. Version 10.2.1 fixed the bug (see Fig. 2).",
    # ellipses and dashes
    "The results were good… but not perfect. The volunteers waited... and then the bus came. "
    "The new building—finished in May—has six floors.",
    # a colon, a semicolon and parentheses
    "The clinic offers three services: checkups, vaccinations and health education; each is "
    "free for residents over 65 (about 12,000 people).",
    # issue 18 item 3: curly apostrophes are no pinyin, and a plural is no other form of a name
    "“You’re right,” said the director. “We’re sure they’ll come, and I’m glad they’ve agreed.”",
    "The County Health Bureau guides apply here. The County Health Bureau guides cover the towns. "
    "The County Health Bureaus of the province publish them too.",
    "The Apache Software License applies here. The Apache Software License covers the code. "
    "The Apache Software Licenses are listed below.",
    # issue 18, code-like tokens reached by prose rules: a credential pair, a shell command,
    # grammar notation, a manual-page reference and dotted names in quotes or braces
    "Log in as user:passwd to open the archive of the village reports.",
    "To list the reports, run find . -name notes in the folder of the county office.",
    "The grammar writes a group of items as ( list ) in the manual of the bureau.",
    "The options are described in make(1) and in the section on Contributions.",
    'The stream is a {stream.Writable} object, and "types.ModuleType" names its class.',
]

CLEAN_DOCUMENTS = [
    # a multi-paragraph quotation: no closing quote until its last paragraph
    "The director described the first day.\n\n"
    '"We arrived early in the morning and set up the tents. The villagers came in small groups.\n\n'
    '"By noon we had seen more than two hundred patients, and the line was still growing."\n',
    # a hard-wrapped paragraph whose quotation spans two lines
    'The director spoke at length about the new programme and said that "the hospital\n'
    'will open two more wards next year and hire thirty nurses" before the end of the\n'
    "summer.\n",
    # Markdown-like bullets and a numbered list
    "The plan has three parts:\n\n"
    "- training for village doctors;\n"
    "- new equipment for the county hospital;\n"
    "- regular visits by city specialists.\n\n"
    "1. Apply online.\n"
    "2. Wait for the e-mail.\n"
    "3. Visit the clinic.\n",
    # a heading, a date line and a short paragraph
    "# County Hospital Opens New Ward\n\n"
    "Published: 2023-06-18 09:30\n\n"
    "The county hospital opened a new ward on Monday. It has 40 beds and a team of 25 nurses.\n",
]


@pytest.mark.parametrize("text", CLEAN_PARAGRAPHS + CLEAN_DOCUMENTS, ids=lambda text: text[:30])
def test_clean_english_gives_no_finding(linter, text):
    found = findings_for(linter, text)
    assert found == [], [(f.rule, f.text, f.message) for f in found]
