"""Twenty passages of clean professional English, one per register the drafts compete with
(legal, scientific, news, fiction with dialogue, a numbered list, a table, ...): the whole
default linter must find nothing at all in any of them. They hold the traps of the clause,
sentence-case, spacing and repeat rules on purpose: names after commas, titles, headings,
list items, legitimate repeats, URLs, decimals, brackets and quotations."""

from __future__ import annotations

import pytest

from helpers import findings_for

PASSAGES = {
    "legal contract": (
        "1.1 In this Agreement, unless the context otherwise requires, the following terms have the "
        "meanings given below; any reference to a clause is to a clause of this Agreement.\n\n"
        "1.2 The Supplier shall deliver the Goods to the Premises on or before the Delivery Date, "
        "and the Buyer shall pay the Price within thirty (30) days of receipt of a valid invoice.\n"
    ),
    "legal judgment": (
        "The appellant, Mr. Daniel Hart, contends that the trial judge erred in law. We disagree. "
        "The judge directed the jury correctly; the evidence was admissible under section 78 of the "
        "Police and Criminal Evidence Act 1984, and the appeal is accordingly dismissed.\n"
    ),
    "statute": (
        "Section 4. Offences\n\n"
        "(1) A person commits an offence if, without lawful excuse, he or she destroys or damages "
        "property belonging to another.\n"
        "(2) A person guilty of an offence under subsection (1) is liable on summary conviction to "
        "a fine not exceeding level 5 on the standard scale.\n"
    ),
    "scientific abstract": (
        "Background: Tuberculosis remains a leading cause of death worldwide. Methods: We enrolled "
        "1,204 adults (mean age 46.3 years, SD 12.1) in a randomised trial; the primary outcome was "
        "culture conversion at 8 weeks. Results: Conversion occurred in 82.4% of the intervention "
        "group and 71.9% of controls (p < 0.001).\n"
    ),
    "scientific methods": (
        "Samples were centrifuged at 3,000 g for 10 min at 4 °C, and the supernatant was stored at "
        "-80 °C until analysis. Concentrations of IL-6 and TNF-α were measured by ELISA (R&D Systems, "
        "Minneapolis, MN, USA) according to the manufacturer's instructions [12].\n"
    ),
    "news report": (
        "BEIJING, March 5 (Reuters) - China set a growth target of around 5% for this year, Premier "
        "Li Qiang said on Tuesday, as the government opened the annual session of parliament. "
        "Analysts said the target was ambitious; some, including economists at Nomura, expect more "
        "stimulus in the second half.\n"
    ),
    "news feature": (
        "In the village of Dazhai, Shanxi province, farmers have turned terraced fields into orchards. "
        '"It was hard work," said Wang Min, 58, who has lived there all her life. "But we did it '
        'together." Today, visitors come from Taiyuan and Beijing, and the local school has 120 pupils.\n'
    ),
    "fiction with dialogue": (
        '"Are you coming?" she asked.\n\n'
        '"In a minute," Tom said. He folded the letter twice and put it in his pocket. "Wait for '
        "me at the gate, will you? I won't be long.\"\n\n"
        'She laughed. "You always say that."\n'
    ),
    "fiction narration": (
        "The rain had stopped by the time they reached the harbour. Boats knocked against the pier, "
        "and somewhere a dog barked, once, twice, then fell silent. Anna pulled her coat tighter; "
        "she had not expected the wind to be so cold in May.\n"
    ),
    "numbered list": (
        "To apply for the grant:\n\n"
        "1. Read the guidance notes carefully.\n"
        "2. Complete the online form at https://grants.example.org/apply.\n"
        "3. Attach a budget (no more than two pages).\n"
        "4. Submit the form before 5:00 p.m. on 30 June 2024.\n"
    ),
    "bulleted list": (
        "The new ward offers:\n\n"
        "- twenty single rooms with private bathrooms;\n"
        "- a family lounge, open from 8 a.m. to 10 p.m.;\n"
        "- free Wi-Fi throughout the building.\n"
    ),
    "table": (
        "| Region | Cases | Change |\n"
        "| ------ | ----- | ------ |\n"
        "| North  | 1,204 | +3.5%  |\n"
        "| South  |   987 | -1.2%  |\n"
    ),
    "heading and paragraph": (
        "Annual Report 2023\n\n"
        "Chapter 2: Financial Review\n\n"
        "Revenue rose by 12% to $4.6 billion, driven by strong sales in Asia and Europe. Operating costs "
        "were broadly flat.\n"
    ),
    "press release with contacts": (
        "For immediate release\n\n"
        "The Foundation today announced three new fellowships in public health. Applications open on "
        "1 September. For more information, contact Sarah Jones (press@example.org, +44 20 7946 0958) "
        "or visit www.example.org/fellowships.\n"
    ),
    "technical documentation": (
        "To install the package, run pip install example-tool and then example-tool --help. The "
        "configuration file (config.toml) accepts the options timeout, retries and log_level; "
        "the default timeout is 2.5 seconds.\n"
    ),
    "letter": (
        "Dear Professor Chen,\n\n"
        "Thank you for your letter of 12 April. I am pleased to confirm that the committee has "
        "approved your proposal, and I look forward to meeting you in Shanghai.\n\n"
        "Yours sincerely,\n"
        "Margaret Evans\n"
    ),
    "minutes of a meeting": (
        "Present: Dr. Li Wei (Chair), Ms. Zhang Hua, Mr. Peter Brown.\n\n"
        "Item 3. Budget. The Chair reported that spending was within limits; Mr. Brown asked whether "
        "the travel budget could be increased. It was agreed to revisit the matter in October.\n"
    ),
    "legitimate repeats": (
        "What it is is a chance to learn. She had had enough of the noise, and she said that that "
        "was the end of it. Staff log in in the morning, and the nurse gave her her medicine at "
        "noon. The can can hold two litres. They waved and said bye bye.\n"
    ),
    "quotations and titles": (
        'The novel The Old Man and the Sea was published in 1952. Critics called it "a masterpiece"; '
        'one reviewer wrote, "Nothing in it is wasted." The film adaptation followed in 1958.\n'
    ),
    "encyclopedia entry": (
        "Hangzhou is the capital of Zhejiang province in eastern China. Located at the southern end "
        "of the Grand Canal, it is known for West Lake, a UNESCO World Heritage Site, and for Longjing "
        "tea. The city had a population of about 12.2 million in 2020 (official estimate).\n"
    ),
}


def test_twenty_registers():
    assert len(PASSAGES) == 20


@pytest.mark.parametrize("text", PASSAGES.values(), ids=PASSAGES.keys())
def test_clean_professional_passage_gives_no_finding(linter, text):
    # Layout notes (`alignment-spaces`, info, no fix: issue 18 item 4) are not alarms.
    found = [f for f in findings_for(linter, text) if f.rule != "alignment-spaces"]
    assert found == [], [(f.rule, f.text, f.message) for f in found]
