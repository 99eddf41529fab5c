"""Tests reach mtfix only through public names (issue 22, item 5).

A test that imports ``_foo`` from an mtfix module, or calls ``check._foo(...)``, pins an
implementation detail: renaming or inlining the helper breaks the test though nothing a user sees
changed. Where a test must hold a fast path equal to its plain reference scan, the helper is made
deliberately public instead (its docstring says so). This scan keeps it that way.

What counts as reaching a private mtfix name:
- ``from mtfix.x import _y`` or ``import mtfix._x`` (a private module on the path counts too);
- an attribute ``obj._y`` whose name mtfix itself defines (a function, class, module-level or
  class-level name, or an instance attribute set as ``self._y``) and the tests do not define.
Dunder names are public protocol; pytest and hypothesis internals and the tests' own helpers are
not mtfix names, so they are allowed.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "src" / "mtfix"
TESTS = ROOT / "tests"


def is_private(name: str) -> bool:
    """A single leading underscore marks a private name; dunders are public protocol."""
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def defined_private_names(folder: Path) -> set[str]:
    """Every private name a tree of Python files defines: defs, classes, assignments, self._x."""
    names: set[str] = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names.add(node.name)
            elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                names.add(node.id)
            elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
                names.add(node.attr)
            elif isinstance(node, ast.alias):
                names.add(node.asname or node.name.rpartition(".")[2])
    return {name for name in names if is_private(name)}


def private_uses(path: Path, mtfix_private: set[str]) -> Iterator[str]:
    """Each place in one test file that imports or reaches a private mtfix name."""
    where = path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else path.name
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "mtfix":
            module = node.module or ""
            if any(is_private(part) for part in module.split(".")):
                yield f"{where}:{node.lineno}: imports from private module {module}"
            for alias in node.names:
                if is_private(alias.name):
                    yield f"{where}:{node.lineno}: imports {module}.{alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] == "mtfix" and any(is_private(part) for part in parts):
                    yield f"{where}:{node.lineno}: imports private module {alias.name}"
        elif isinstance(node, ast.Attribute) and node.attr in mtfix_private:
            yield f"{where}:{node.lineno}: reaches .{node.attr}"


def test_public_name_check_sees_private_imports_and_attributes(tmp_path: Path) -> None:
    """The scan itself catches both shapes of private use (so an empty result means something)."""
    sample = tmp_path / "test_sample.py"
    lines = ("from mtfix.checks.spelling import _hidden", "import mtfix._inner", "check._hidden_scan(1)")
    sample.write_text("\n".join(lines) + "\n", encoding="utf-8")
    found = list(private_uses(sample, {"_hidden_scan"}))
    assert len(found) == 3, found


def test_tests_use_only_public_mtfix_names() -> None:
    """No test imports or reaches a private mtfix name."""
    mtfix_private = defined_private_names(SOURCE) - defined_private_names(TESTS)
    found = [use for path in sorted(TESTS.rglob("*.py")) for use in private_uses(path, mtfix_private)]
    assert not found, "tests reach private mtfix names:\n" + "\n".join(found)
