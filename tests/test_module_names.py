"""No module binds a top-level name twice. The detectors keep dozens of module-level patterns
and word sets; a second `_SOON` or `_ARMED_VISIT` further down silently replaces the first,
and every rule that used the first then reads the second (it happened twice before this test:
mypy sees no error when both are patterns)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1] / "shared" / "kommunvakt"
MODULES = sorted(ROOT.rglob("*.py"))


def _bound(tree: ast.Module) -> list[str]:
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            if isinstance(node.target, ast.Name):
                names.append(node.target.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    counts = Counter(_bound(ast.parse(path.read_text(encoding="utf-8"))))
    twice = sorted(n for n, c in counts.items() if c > 1)
    assert not twice, f"{path.name} binds {twice} more than once"
