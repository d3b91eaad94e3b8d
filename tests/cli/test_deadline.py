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


def test_deadline_with_a_switched_reading():
    """--reading reporting.deadline_months: 30 September 2025 is due on 31 July 2026, not on
    30 July (month end to month end), so a report of 31 July is on time; the finding names it."""
    plain = run("deadline", "2025-09-30", "--submitted-on", "2026-07-31", "--json")
    switched = run(
        "deadline", "2025-09-30", "--submitted-on", "2026-07-31", "--json",
        "--reading", "reporting.deadline_months",
    )  # fmt: skip
    assert (1, 0) == (plain.returncode, switched.returncode)
    finding = json.loads(switched.stdout)
    assert "2026-07-31" == finding["facts"]["deadline"]
    (reading,) = [r for r in finding["readings"] if r["key"] == "reporting.deadline_months"]
    assert reading["alternative_chosen"] is True
    assert "L" == finding["confidence"]
    text = run(
        "deadline", "2025-09-30", "--submitted-on", "2026-07-31",
        "--reading", "reporting.deadline_months",
    )  # fmt: skip
    assert text.stdout.splitlines()[0].startswith("Readings switched")
    assert "reporting.deadline_months" in text.stdout.splitlines()[0]


def test_an_unknown_reading_exits_2_with_one_line():
    """A key that names no reading, or a reading without alternative: exit 2, one line."""
    for key, reason in (
        ("reporting.no_such_thing", "is not the key of a reading"),
        ("targets.whole_persons", "has no alternative"),
    ):
        result = run("deadline", "2025-09-30", "--reading", key)
        assert 2 == result.returncode
        assert "" == result.stdout
        (line,) = result.stderr.splitlines()
        assert key in line
        assert reason in line
        assert "--reading" in line
