"""The import architecture: four layers, imports pointing down only, and no import cycle.

The layers are declared once, in pyproject.toml (`[tool.importlinter]`), and kept by
`lint-imports`. Cycles are found here with grimp, which reads every import statement,
those inside functions and under `if TYPE_CHECKING:` included: an import moved into a
function hides a cycle from Python, not from this test.
"""

from __future__ import annotations

import subprocess
import sysconfig
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parents[2]

# ---------------------------------------------------------------------------------------
# KNOWN EXCEPTIONS: the only imports allowed to close a cycle or to join two checks, as
# (importer, imported). Empty, and meant to stay so: an entry is only for work in progress
# that removes it, and a test below fails once an entry is no longer needed.
ALLOWED_UNTIL_FIXED: frozenset[tuple[str, str]] = frozenset()
# ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    """mtfix's import graph, every import counted (deferred and type-checking ones too)."""
    return grimp.build_graph("mtfix", cache_dir=None)


@pytest.fixture(scope="module")
def graph_without_exceptions() -> grimp.ImportGraph:
    pruned = grimp.build_graph("mtfix", cache_dir=None)
    for importer, imported in ALLOWED_UNTIL_FIXED:
        if pruned.direct_import_exists(importer=importer, imported=imported):
            pruned.remove_import(importer=importer, imported=imported)
    return pruned


def test_lint_imports_keeps_the_layers_contract() -> None:
    """`lint-imports`, as CI would run it: every module sits in a layer, imports point down."""
    script = Path(sysconfig.get_path("scripts")) / "lint-imports"
    assert script.exists(), "lint-imports is missing: pip install -e '.[test]'"
    result = subprocess.run(
        [str(script), "--no-cache", "--no-logo"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_module_imports_itself_back(graph_without_exceptions: grimp.ImportGraph) -> None:
    """No strongly connected group of modules: nothing reaches back to what imports it."""
    cycles = strongly_connected_groups(graph_without_exceptions)
    assert not cycles, "import cycles:\n" + "\n".join(" <-> ".join(group) for group in cycles)


def test_no_sibling_packages_import_each_other(graph_without_exceptions: grimp.ImportGraph) -> None:
    """Within every package, its children (each with all it contains) form no cycle either,
    so two packages never lean on each other through different modules (report/baseline)."""
    graph = graph_without_exceptions
    packages = sorted(module for module in graph.modules if graph.find_children(module))
    breakers = {package: graph.nominate_cycle_breakers(package) for package in packages}
    found = {package: sorted(imports) for package, imports in breakers.items() if imports}
    assert not found, f"cycles among siblings, broken by removing: {found}"


def test_no_check_imports_another_check(graph_without_exceptions: grimp.ImportGraph) -> None:
    """Checks share code through lower layers or `checks/_*.py` helpers, never each other."""
    graph = graph_without_exceptions
    checks = {module for module in graph.find_children("mtfix.checks") if _is_check_module(module)}
    joined = sorted(
        (importer, imported)
        for importer in checks
        for imported in graph.find_modules_directly_imported_by(importer)
        if imported in checks
    )
    assert not joined, f"checks importing checks: {joined}"


def test_every_known_exception_is_still_needed(graph: grimp.ImportGraph) -> None:
    """An entry of ALLOWED_UNTIL_FIXED that no longer closes a cycle or joins two checks
    must go, so the set empties as the work lands."""
    for importer, imported in sorted(ALLOWED_UNTIL_FIXED):
        assert graph.direct_import_exists(importer=importer, imported=imported), (
            f"{importer} no longer imports {imported}: remove it from ALLOWED_UNTIL_FIXED"
        )
        closes_cycle = graph.chain_exists(importer=imported, imported=importer)
        joins_checks = _is_check_module(importer) and _is_check_module(imported)
        assert closes_cycle or joins_checks, (
            f"{importer} -> {imported} is harmless now: remove it from ALLOWED_UNTIL_FIXED"
        )


def test_cycle_finder_sees_a_cycle() -> None:
    """The finder itself: a three-module loop and a self-contained pair are reported."""
    graph = grimp.ImportGraph()
    for module in ("pkg", "pkg.a", "pkg.b", "pkg.c", "pkg.d"):
        graph.add_module(module)
    graph.add_import(importer="pkg.a", imported="pkg.b")
    graph.add_import(importer="pkg.b", imported="pkg.c")
    graph.add_import(importer="pkg.c", imported="pkg.a")
    graph.add_import(importer="pkg.d", imported="pkg.a")
    assert strongly_connected_groups(graph) == [("pkg.a", "pkg.b", "pkg.c")]


def _is_check_module(module: str) -> bool:
    """A module under `checks/` holding a check (not the package, not a `_` helper)."""
    package, _, name = module.rpartition(".")
    return package == "mtfix.checks" and not name.startswith("_")


def strongly_connected_groups(graph: grimp.ImportGraph) -> list[tuple[str, ...]]:
    """Groups of two or more modules that all reach each other (Tarjan's algorithm, without
    recursion), each sorted, sorted by first module."""
    index: dict[str, int] = {}
    lowest: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[tuple[str, ...]] = []
    for root in sorted(graph.modules):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.find_modules_directly_imported_by(root))))]
        index[root] = lowest[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            module, imports = work[-1]
            imported = next(imports, None)
            if imported is not None:
                if imported not in index:
                    index[imported] = lowest[imported] = len(index)
                    stack.append(imported)
                    on_stack.add(imported)
                    work.append((imported, iter(sorted(graph.find_modules_directly_imported_by(imported)))))
                elif imported in on_stack:
                    lowest[module] = min(lowest[module], index[imported])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                lowest[parent] = min(lowest[parent], lowest[module])
            if lowest[module] == index[module]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == module:
                        break
                if len(group) > 1:
                    groups.append(tuple(sorted(group)))
    return sorted(groups)
