"""
The typing tests (``typing_tests/``): mypy accepts the correct calls and refuses each mistake.

``typing_tests/wrong.py`` marks every mistake with ``# type: ignore[<code>]``, and mypy runs with
``--warn-unused-ignores``: a mistake that mypy lets through leaves an unused ignore, which fails.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from ingroeiquotum.exceptions import InvalidArgument

ROOT = Path(__file__).resolve().parents[2]
TYPING_TESTS = ROOT / "typing_tests"
WRONG = TYPING_TESTS / "wrong.py"

IGNORE = re.compile(r"# type: ignore\[([a-z-]+(?:, *[a-z-]+)*)\]")


def _wrong_calls():
    """Each statement of wrong.py that carries an ignore, with its line and source."""
    text = WRONG.read_text(encoding="utf-8")
    lines = text.splitlines()
    for node in ast.parse(text).body:
        line = lines[node.lineno - 1]
        if "# type: ignore" in line:
            yield node.lineno, ast.get_source_segment(text, node), line


def test_mypy_accepts_the_correct_calls_and_refuses_each_mistake(monkeypatch):
    """mypy --strict --warn-unused-ignores passes on typing_tests/ (as in .ci/run)."""
    api = pytest.importorskip("mypy.api", reason="mypy is in the lint dependency group")
    monkeypatch.chdir(ROOT)
    stdout, stderr, status = api.run(
        ["--strict", "--warn-unused-ignores", "--no-incremental", "typing_tests"]
    )
    assert (0, "") == (status, stderr), stdout
    assert stdout.startswith("Success"), stdout


def test_each_mistake_names_its_error_code():
    """A bare ``# type: ignore`` would hide any error; each names the one mypy must report."""
    calls = list(_wrong_calls())
    assert len(calls) >= 11  # at least the newcomer's eleven
    for number, _, line in calls:
        assert IGNORE.search(line), f"wrong.py line {number}: {line}"


def test_each_mistake_is_refused_at_run_time_too():
    """The types are an extra: every mistake (but those marked ``# runs``) raises at run time."""
    text = WRONG.read_text(encoding="utf-8")
    namespace: dict[str, object] = {}
    for node in ast.parse(text).body:
        if not isinstance(node, ast.Expr) or isinstance(node.value, ast.Constant):
            exec(compile(ast.Module([node], []), str(WRONG), "exec"), namespace)
    for number, source, line in _wrong_calls():
        if line.rstrip().endswith("# runs"):
            exec(source, namespace)
            continue
        try:
            exec(source, namespace)
        except InvalidArgument:
            continue
        pytest.fail(f"wrong.py line {number} ran: {source}")
