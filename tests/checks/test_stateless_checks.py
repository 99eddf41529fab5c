"""Checks keep no state of their own: what a run learns lives in the run's memory.

Why: a check that fills its own dicts while checking carries cache plumbing that every
newcomer copies, and its answers depend on which documents it saw before. Checks hold the
read-only resources and nothing else; remembered verdicts go through `context.memo`.
"""

from __future__ import annotations

import ast
import functools
import inspect
import pickle
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

import mtfix.checks
from mtfix.checks import PROGRAMMATIC_CHECKS
from mtfix.config import Settings
from mtfix.context import CheckContext, Resources
from mtfix.document import Document
from mtfix.linter import Linter
from mtfix.models import Applicability, BadExample, Finding, RuleInfo, Severity
from mtfix.names.mentions import word_spans
from mtfix.registry import all_checks
from mtfix.verdicts import RunMemory, Verdicts
from mtfix.wordindex import TokenWords

DOCUMENTS = (
    "The Langzhong county Health Commission held a meeting.the the Leaders attended.",
    "Reporters learned from gansu province WeiJianWei that the anti epidemic work was presened.",
    "Wang Xiaoming, Secretary of the Party Committee, said：“We will push forward the work.”",
    "Li Hua and Hua Li visited the hospital alongwith the Ecological Environment Bureau in 2021.",
)


def _state(check: object) -> bytes:
    """Everything a check holds besides the shared resources: its instance attributes and
    the class attributes its own classes declare, serialised for a deep comparison."""
    held = {name: value for name, value in vars(check).items() if name != "resources"}
    for cls in type(check).__mro__:
        if cls.__module__.startswith("mtfix.checks"):
            held.update(
                (f"{cls.__name__}.{name}", value)
                for name, value in vars(cls).items()
                if not name.startswith("__") and not callable(value) and not isinstance(value, staticmethod)
            )
    return pickle.dumps(held)


def test_checks_hold_nothing_but_the_resources() -> None:
    resources = Resources(Settings())
    for factory in PROGRAMMATIC_CHECKS:
        check = factory(resources)
        assert set(vars(check)) <= {"resources"}, f"{type(check).__name__} keeps {set(vars(check))}"


def test_running_checks_changes_none_of_them() -> None:
    resources = Resources(Settings())
    checks = [factory(resources) for factory in PROGRAMMATIC_CHECKS]
    before = [_state(check) for check in checks]
    linter = Linter(resources, all_checks(resources, grammar=False))
    own = Linter(resources, checks)
    for _ in range(2):  # the second time from the run's memory
        for text in DOCUMENTS:
            linter.check(Document(text, "t.txt"))
            own.check(Document(text, "t.txt"))
    assert len(own.memory) > 0  # the checks did remember, in the run's memory
    for check, state in zip(checks, before, strict=True):
        assert _state(check) == state, f"{type(check).__name__} changed while checking"


def test_resources_hold_no_run_memory() -> None:
    """After a run, what Resources loaded is data: no verdict memory, no dict, set or list
    filled as documents go by (those live in the run's `RunMemory`)."""
    resources = Resources(Settings())
    linter = Linter(resources, all_checks(resources, grammar=False))
    for text in DOCUMENTS:
        linter.check(Document(text, "t.txt"))
    for key, value in resources.loaded().items():
        assert not isinstance(value, (Verdicts, RunMemory, TokenWords, dict, set, list)), key
    assert len(linter.memory) > 0


def _check_methods() -> Iterator[tuple[str, ast.FunctionDef]]:
    for path in sorted(Path(inspect.getfile(mtfix.checks)).parent.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                for item in node.body:
                    if isinstance(item, ast.FunctionDef):
                        yield f"{path.name}:{node.name}.{item.name}", item


def test_no_check_method_writes_to_its_instance() -> None:
    """No method in a check module assigns to `self.<attr>` or changes one in place
    (`.clear()`, `.add()`, `self.x[key] = ...`) outside a constructor, and no check has a
    constructor of its own (the base one keeps the resources); the read-only data objects
    beside them (`_Renderings`) are built once by theirs."""
    mutators = {"add", "append", "clear", "extend", "pop", "setdefault", "update", "discard", "remove"}
    for where, method in _check_methods():
        if where.endswith(".__init__"):
            assert not where.endswith("Check.__init__") or where.startswith("_base.py"), where
            continue
        for node in ast.walk(method):
            targets: list[ast.expr] = []
            if isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                base = target.value if isinstance(target, (ast.Subscript, ast.Attribute)) else None
                while isinstance(base, (ast.Subscript, ast.Attribute)):
                    base = base.value
                named_self = isinstance(target, ast.Attribute) and _is_self(target.value)
                assert not named_self and not _is_self(base), f"{where} writes to self"
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                owner = node.func.value
                if node.func.attr in mutators and isinstance(owner, ast.Attribute) and _is_self(owner.value):
                    raise AssertionError(f"{where} changes self.{owner.attr} in place")


def _is_self(node: ast.expr | None) -> bool:
    return isinstance(node, ast.Name) and node.id == "self"


# The "add a check" recipe of CONTRIBUTING.md, followed as a newcomer would: a check that
# remembers a verdict per distinct word, with no cache code of its own.

_SHOUTING = RuleInfo(
    id="shouted-word",
    category="case.sentence",
    severity=Severity.INFO,
    applicability=Applicability.UNSAFE,
    description="A word written all in capitals in running text.",
    bad_examples=(BadExample("The ANNUAL meeting was held.", "The annual meeting was held."),),
    good_examples=("The WHO team arrived.",),
)


def _shouted(word: str) -> str | None:
    """The word in lower case when it is shouted (long, all capitals), else no verdict."""
    return word.lower() if len(word) > 4 and word.isupper() else None


class ShoutingCheck:
    """A newcomer check written against the public `Check` protocol alone: no cache code."""

    def __init__(self, resources: Resources) -> None:
        self.resources = resources

    def rules(self) -> Sequence[RuleInfo]:
        return (_SHOUTING,)

    def check(self, context: CheckContext) -> Iterator[Finding]:
        shouted = context.memo("shouting.words", _shouted)
        words = shouted.among(context.words.distinct)
        for start, end in word_spans(context.document.text, sorted(words)):
            word = context.document.text[start:end]
            yield _SHOUTING.finding(start, word, f"`{word}` is shouted", (shouted.verdicts[word],))


def _run(linter: Linter, texts: Sequence[str]) -> list[list[tuple[int, str]]]:
    return [[(f.start, f.text) for f in linter.check(Document(text, "t.txt")).findings] for text in texts]


def test_a_newcomer_check_runs_through_the_linter_with_no_cache_code() -> None:
    resources = Resources(Settings())
    linter = Linter(resources, [ShoutingCheck(resources)])
    texts = ["The ANNUAL meeting and the ANNUAL report.", "The WHO team met the ANNUAL board."]
    assert _run(linter, texts) == [[(4, "ANNUAL"), (27, "ANNUAL")], [(21, "ANNUAL")]]
    assert _run(Linter(resources, [ShoutingCheck(resources)]), texts[1:]) == [[(21, "ANNUAL")]]
    assert vars(linter.checks[0]) == {"resources": resources}


@pytest.mark.parametrize("text", [example.text for example in _SHOUTING.bad_examples])
def test_the_newcomer_check_fixes_its_example(text: str) -> None:
    resources = Resources(Settings())
    findings = Linter(resources, [ShoutingCheck(resources)]).check(Document(text, "t.txt")).findings
    assert [f.replacements[0] for f in findings] == ["annual"]


# Resources are read-only data: a deep snapshot of everything they hold is the same after a
# run as before it, whatever the run read. The walk covers the rule-pack checks too (the
# rule packs are resources), and fails on any memoising wrapper kept in them.

MORE_DOCUMENTS = (
    "The Meitan county tea Association and the Yuqing County Bureau held talks.the work went well.",
    "Zhang Wei said that the XiangCun ZhenXing project will be completed,, and alongwith the plan.",
)


def _snapshot(root: object) -> list[tuple[str, object]]:
    """Every container reachable from `root` through mtfix objects, with its size and keys
    (a memory that grows shows as a changed entry), in a stable order."""
    seen: set[int] = set()
    found: list[tuple[str, object]] = []
    pending: list[tuple[str, object]] = [("resources", root)]
    while pending:
        where, value = pending.pop()
        if id(value) in seen or isinstance(value, (str, bytes, int, float, bool, type(None), type)):
            continue
        seen.add(id(value))
        assert not isinstance(value, functools._lru_cache_wrapper), f"{where} is an lru_cache"
        assert not isinstance(value, (Verdicts, RunMemory, TokenWords)), f"{where} is run memory"
        if isinstance(value, dict):
            found.append((where, ("dict", len(value), sorted(map(repr, value)))))
            pending.extend((f"{where}[{key!r}]", item) for key, item in value.items())
        elif isinstance(value, (list, tuple, set, frozenset)):
            found.append((where, (type(value).__name__, len(value))))
            pending.extend((f"{where}[{index}]", item) for index, item in enumerate(value))
        elif type(value).__module__.startswith("mtfix"):
            attributes = dict(vars(value)) if hasattr(value, "__dict__") else {}
            for cls in type(value).__mro__:
                for name in getattr(cls, "__slots__", ()):
                    if hasattr(value, name):
                        attributes[name] = getattr(value, name)
            found.append((where, (type(value).__name__, sorted(attributes))))
            pending.extend((f"{where}.{name}", item) for name, item in attributes.items())
    return sorted(found, key=lambda entry: entry[0])


TOWNSHIP_DOCUMENT = "The volunteers of shijing town and the Meng Ziling township office cleaned the river."


def test_a_run_leaves_the_resources_as_it_found_them() -> None:
    resources = Resources(Settings())
    warm_up = Linter(resources, all_checks(resources, grammar=False))
    for text in (DOCUMENTS[0], TOWNSHIP_DOCUMENT):  # the township table loads only when a text asks
        warm_up.check(Document(text, "t.txt"))
    before = _snapshot(resources)  # every resource loaded, some words already looked up
    linter = Linter(resources, all_checks(resources, grammar=False))
    for text in (*DOCUMENTS, *MORE_DOCUMENTS):
        linter.check(Document(text, "t.txt"))
    assert len(linter.memory) > 0
    assert _snapshot(resources) == before
