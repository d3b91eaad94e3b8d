"""
Tests for ``ingroeiquotum.cli.deadline``, the command ``ingroeiquotum deadline``: the reporting
deadline of a financial year. Run as a user runs it: through the real entry point, in a
subprocess.
"""

import json

import pytest

from command_line import run


def test_deadline():
    """
    deadline prints the due date; a report not submitted is open (exit 1, cannot decide); a
    year the act does not cover has none (exit 0, not applicable).
    """
    result = run("deadline", "2024-04-30", "--json")
    assert 1 == result.returncode
    data = json.loads(result.stdout)
    assert "2025-02-28" == data["facts"]["deadline"]
    assert ("cannot_decide", ["submitted_on"]) == (data["verdict"], data["missing"])
    late = run("deadline", "2024-12-31", "--submitted-on", "2025-11-03")
    assert 1 == late.returncode
    assert "after the deadline" in late.stdout
    assert "Judged on 3 November 2025" in late.stdout
    before = run("deadline", "2021-12-31")
    assert 0 == before.returncode
    assert "[not applicable]" in before.stdout
    assert "1 January 2021" in before.stdout  # the start of the twelve-month year


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_deadline_not_submitted_not_yet_due_is_open(lang):
    """An unsubmitted report whose deadline lies ahead is open, never compliant."""
    result = run("deadline", "2025-12-31", "--lang", lang)
    assert 1 == result.returncode
    first = result.stdout.splitlines()[0]
    assert first.startswith("[cannot decide] Open:" if lang == "en" else "[niet te beoordelen]")
    assert "compliant]" not in result.stdout
    assert "[voldoet]" not in result.stdout
    judged = "Judged on 31 December 2025" if lang == "en" else "Beoordeeld op 31 december 2025"
    assert judged in result.stdout


def test_deadline_follows_the_year_start():
    """
    A broken year 2021/2022 is not covered (never overdue); a broken year 2029/2030 is, and its
    report is due on 30 April 2031 (30 June 2030 plus ten months).
    """
    old = run("deadline", "2022-06-30", "--start", "2021-07-01", "--as-of", "2026-01-01", "--json")
    assert 0 == old.returncode
    assert "not_applicable" == json.loads(old.stdout)["verdict"]
    last = run("deadline", "2030-06-30", "--start", "2029-07-01", "--as-of", "2031-05-01", "--json")
    assert 1 == last.returncode
    data = json.loads(last.stdout)
    assert ("not_compliant", "2031-04-30") == (data["verdict"], data["facts"]["deadline"])
    bad = run("deadline", "2024-12-31", "--start", "2025-01-01")
    assert 2 == bad.returncode
    assert "Traceback" not in bad.stderr
