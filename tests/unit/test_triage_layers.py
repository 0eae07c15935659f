"""Triage's layer contracts (issue 12), checked on the import statements of every module.

The domain imports no adapter, service, HTTP edge or framework; services import no adapter
and no framework. Only the composition root names concrete classes.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "services/triage/src/onecase_triage"
FRAMEWORKS = ("pymongo", "fastapi", "faststream", "aiokafka", "starlette", "httpx")
EDGES = ("onecase_triage.adapters", "onecase_triage.desk", "onecase_triage.main")
ROOT = ("onecase_triage.components",)

RULES = {
    "domain": (*FRAMEWORKS, *EDGES, *ROOT, "onecase_triage.service", "onecase_triage.ports"),
    "service": (*FRAMEWORKS, *EDGES, *ROOT),
}


def imports_of(path: Path) -> set[str]:
    """Every module a file imports, by absolute name."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def modules(layer: str) -> list[Path]:
    """The files of one layer."""
    return sorted((PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", sorted(RULES))
def test_each_layer_imports_only_what_its_contract_allows(layer: str) -> None:
    files = modules(layer)
    assert files, f"no modules in {layer}"
    broken = {
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in files
        for name in imports_of(path)
        if any(name == banned or name.startswith(f"{banned}.") for banned in RULES[layer])
    }
    assert not broken, sorted(broken)


def test_the_contract_check_catches_a_forbidden_import(tmp_path: Path) -> None:
    module = tmp_path / "bad.py"
    module.write_text("from pymongo import ASCENDING\nimport onecase_triage.adapters.x\n")
    assert imports_of(module) == {"pymongo", "onecase_triage.adapters.x"}
