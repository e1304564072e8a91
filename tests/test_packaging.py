"""The package declares what it imports, in ranges, and requirements.lock pins all of it.

(The wheel itself is built, installed with a stock pip and run by `make wheel-check` in CI.)
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from functools import cache
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "whatweknow"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
# Modules that only an extra needs: their imports may come from that extra.
EXTRA_MODULES = {"batch.py": "batch", "web": "web"}


def _name(requirement: str) -> str:
    """The normalised distribution name of a requirement string (PEP 503)."""
    match = re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", requirement)
    assert match, requirement
    return re.sub(r"[-_.]+", "-", match.group()).lower()


def _declared(group: str | None = None) -> set[str]:
    project = PYPROJECT["project"]
    found = project["dependencies"] if group is None else project["optional-dependencies"][group]
    return {_name(r) for r in found}


def _imports() -> list[tuple[Path, str, bool]]:
    """(file, top-level module, imported at module level) for every absolute import."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        top = {id(node) for node in tree.body}
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            found.extend((path, name.split(".")[0], id(node) in top) for name in names)
    return found


@cache
def _installed() -> dict[str, list[str]]:
    return packages_distributions()


def _distributions(module: str) -> set[str]:
    return {_name(d) for d in _installed().get(module, [])}


def test_every_third_party_import_is_declared():
    everything = _declared().union(
        *(_declared(g) for g in PYPROJECT["project"]["optional-dependencies"])
    )
    missing = []
    for path, module, top_level in _imports():
        if module in sys.stdlib_module_names or module in ("whatweknow", "__future__"):
            continue
        distributions = _distributions(module)
        assert distributions, f"{module} (imported in {path.name}) is not installed"
        part = path.relative_to(PACKAGE).parts[0]
        extra = EXTRA_MODULES.get(part)
        allowed = _declared() | (_declared(extra) if extra else set())
        if not distributions & (allowed if top_level else everything):
            missing.append(f"{path.relative_to(PACKAGE)}: {module} ({', '.join(distributions)})")
    assert not missing, "imported but not declared in pyproject.toml:\n" + "\n".join(missing)


@pytest.mark.parametrize("group", [None, *PYPROJECT["project"]["optional-dependencies"]])
def test_dependencies_are_ranges_not_exact_pins(group):
    project = PYPROJECT["project"]
    found = project["dependencies"] if group is None else project["optional-dependencies"][group]
    assert not [r for r in found if "==" in r], "exact pins belong in requirements.lock"


def test_the_lock_pins_every_declared_dependency_with_hashes():
    lock = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    pinned = {_name(line) for line in re.findall(r"^([A-Za-z0-9][^=\s]*)==", lock, re.M)}
    declared = _declared().union(
        *(_declared(g) for g in PYPROJECT["project"]["optional-dependencies"])
    )
    declared.discard("whatweknow")  # the test extra names the package's own extras
    missing = sorted(declared - pinned)
    assert not missing, f"not in requirements.lock: {missing}; run `make lock` and commit it"
    entries = re.findall(r"^[A-Za-z0-9][^\n]*==[^\n]*\\\n(\s+--hash=sha256:\w+)", lock, re.M)
    assert len(entries) == len(re.findall(r"^[A-Za-z0-9][^=\s]*==", lock, re.M))


def test_the_package_data_takes_every_template():
    patterns = PYPROJECT["tool"]["setuptools"]["package-data"]["whatweknow"]
    data = PACKAGE / "data"
    shipped = {p for pattern in patterns for p in PACKAGE.glob(pattern) if p.is_file()}
    wanted = {p for p in data.rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    assert wanted <= shipped, sorted(str(p.relative_to(PACKAGE)) for p in wanted - shipped)
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
