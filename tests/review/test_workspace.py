"""A self-contained project for the review tests: four rules of our own, a config selecting
only them, and a short draft in the style of machine-translated news.

The review tests must not change when the built-in rules grow, so they run against these
rules (`--select` keeps every other check inactive). The tests below pin what the draft
yields, which the other review tests rely on.
"""

from __future__ import annotations

import json
from pathlib import Path

from helpers import run_cli

RULES = {
    "rv-doubled-comma": """
id = "rv-doubled-comma"
category = "punct.doubled"
severity = "warning"
applicability = "safe"
description = "A comma typed twice"
message = "Doubled comma '{match}'"
pattern = ''',(?:\\s*,)+'''
replacement = ","
[[examples.bad]]
text = "The mayor said,, the road is open."
fixed = "The mayor said, the road is open."
[[examples.bad]]
text = "farmers, , herders"
fixed = "farmers, herders"
[examples]
good = ["farmers, herders and traders", "It cost 1,000 yuan."]
""",
    "rv-space-after-comma": """
id = "rv-space-after-comma"
category = "punct.spacing"
severity = "warning"
applicability = "safe"
description = "A comma glued to the next word"
message = "Missing space after comma"
pattern = '''(?<=\\p{L}),(?=\\p{L})'''
replacement = ", "
[[examples.bad]]
text = "the bridge,which opened"
fixed = "the bridge, which opened"
[[examples.bad]]
text = "tea,rice and salt"
fixed = "tea, rice and salt"
[examples]
good = ["tea, rice and salt", "It cost 3,000 yuan."]
""",
    "rv-village-calque": """
id = "rv-village-calque"
category = "name.calque"
severity = "warning"
applicability = "unsafe"
kind = "substitution"
description = "A village name translated by meaning"
message = "Calqued place name '{match}'"
[table]
"Yellow-stone Village" = "Huangshi Village"
[[examples.bad]]
text = "Officials in Yellow-stone Village met."
fixed = "Officials in Huangshi Village met."
[[examples.bad]]
text = "Yellow-stone Village has a school."
fixed = "Huangshi Village has a school."
[examples]
good = ["Huangshi Village has a school.", "The yellow stone is old."]
""",
    "rv-doubled-the": """
id = "rv-doubled-the"
category = "word.doubled"
severity = "warning"
applicability = "unsafe"
description = "'the' written twice"
message = "Doubled word '{match}'"
pattern = '''\\b([Tt]he) the\\b'''
replacement = '''\\1'''
[[examples.bad]]
text = "The the villagers came."
fixed = "The villagers came."
[[examples.bad]]
text = "They built the the road."
fixed = "They built the road."
[examples]
good = ["They built the road.", "the other the"]
""",
}

DRAFT = (
    "Officials in Yellow-stone Village said,, the new bridge,which cost 3,000,000 yuan, will open in June.\n"
    "The the villagers welcomed the the project,and the county praised it.\n"
)
# The six suggestions on DRAFT, in the order a review offers them.
SUGGESTIONS = (
    ("rv-village-calque", "Yellow-stone Village", "Huangshi Village"),
    ("rv-doubled-comma", ",,", ","),
    ("rv-space-after-comma", ",", ", "),
    ("rv-doubled-the", "The the", "The"),
    ("rv-doubled-the", "the the", "the"),
    ("rv-space-after-comma", ",", ", "),
)


def make_workspace(root: Path) -> Path:
    """Write the rules and an mtfix.toml selecting only them under `root`; returns `root`."""
    rules = root / "rules"
    rules.mkdir(parents=True, exist_ok=True)
    for rule_id, body in RULES.items():
        (rules / f"{rule_id}.toml").write_text(body.lstrip(), encoding="utf-8")
    selected = ", ".join(f'"{rule_id}"' for rule_id in RULES)
    (root / "mtfix.toml").write_text(f'rule-dirs = ["rules"]\nselect = [{selected}]\n', encoding="utf-8")
    return root


def test_workspace_rules_pass_their_own_examples(tmp_path):
    make_workspace(tmp_path)
    result = run_cli("rules", "test", "rules", cwd=tmp_path)
    assert result.returncode == 0, result.stdout.decode() + result.stderr.decode()
    assert b"4 rules" in result.stdout


def test_workspace_draft_yields_the_six_suggestions(tmp_path):
    make_workspace(tmp_path)
    (tmp_path / "draft.txt").write_text(DRAFT, encoding="utf-8")
    result = run_cli("check", "--format", "jsonl", "draft.txt", cwd=tmp_path)
    records = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [(r["rule"], r["text"], r["replacements"][0]) for r in records] == list(SUGGESTIONS)
