"""The three rings: the domain and the policy layer never reach for AWS or the environment."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1] / "shared" / "kommunvakt"
INNER = sorted([*(ROOT / "domain").rglob("*.py"), *(ROOT / "policy").rglob("*.py")])
FORBIDDEN_MODULES = ("boto3", "botocore", "aws_lambda_powertools", "moto", "kommunvakt.adapters")


def _imports(tree: ast.AST) -> list[str]:
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


@pytest.mark.parametrize("path", INNER, ids=lambda p: str(p.relative_to(ROOT)))
def test_inner_ring_is_pure(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    bad = [
        m for m in _imports(tree) if any(m == f or m.startswith(f + ".") for f in FORBIDDEN_MODULES)
    ]
    assert not bad, f"{path.name} imports {bad}"
    environ = [
        n.lineno
        for n in ast.walk(tree)
        if isinstance(n, ast.Attribute) and n.attr in {"environ", "getenv"}
    ]
    assert not environ, f"{path.name} reads the environment at lines {environ}"
