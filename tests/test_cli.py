"""
Tests for ``ingroeiquotum.cli`` itself: what every command shares (usage errors, input without
rows, a folder given as a file, the date of every answer), run as a user runs it: through the
real entry point, in a subprocess. Each command has its own file in ``tests/cli/``.
"""

import pytest

from command_line import EXAMPLES, run


def test_bad_usage_exits_2_without_a_traceback():
    """A date that is not a balance-sheet date, or not a date at all, exits 2 with a message."""
    for args in (("demo", "--as-of", "2024-06-30"), ("demo", "--as-of", "soon"), ("nothing",)):
        result = run(*args)
        assert 2 == result.returncode, args
        assert "Traceback" not in result.stderr
        assert result.stderr.strip()


@pytest.mark.parametrize(
    ("command", "name", "content"),
    [
        ("check", "empty.csv", ""),
        ("check", "empty.json", ""),
        ("check", "list.json", "[]"),
        ("check", "envelope.json",
         '{"schema": "ingroeiquotum.compositions", "version": 1, "rows": []}'),
        ("check", "header.csv", "company,organ,date,legal_form,listed,men,women\n"),
        ("report", "empty.json", ""),
        ("report", "blank.json", "  \n"),
        ("report", "list.json", "[]"),
        ("report", "object.json", "{}"),
    ],
)  # fmt: skip
def test_input_without_rows_exits_2_with_one_line(tmp_path, command, name, content):
    """An input with no rows (for report: no document) is bad input: exit 2, one line on standard error, no traceback."""
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    result = run(command, str(path))
    assert 2 == result.returncode
    assert "" == result.stdout
    assert "Traceback" not in result.stderr
    assert 1 == len(result.stderr.strip().splitlines()), result.stderr
    assert name in result.stderr


def test_every_dated_answer_prints_its_date():
    """check, report, deadline, appointment, plan and demo name the date they judged on."""
    cases = [
        (("check", str(EXAMPLES / "compositions.csv")), "Judged on each row's own date"),
        (("check", str(EXAMPLES / "compositions.csv"), "--as-of", "2024-06-30"),
         "Judged on 30 June 2024."),
        (("report", str(EXAMPLES / "ser-report.json"), "--as-of", "2026-10-01"),
         "Judged on 1 October 2026."),
        (("deadline", "2024-12-31", "--as-of", "2025-01-02"), "Judged on 2 January 2025."),
        (("appointment", "--men", "4", "--women", "2", "--appointee", "man", "--on",
          "2026-04-23"), "Judged on 23 April 2026."),
        (("plan", str(EXAMPLES / "rvc-seats.csv"), "--as-of", "2025-01-01"),
         "Judged on 1 January 2025."),
        (("demo",), "Judged on 31 December 2025"),
    ]  # fmt: skip
    for args, expected in cases:
        result = run(*args)
        assert expected in result.stdout, args
        assert "Traceback" not in result.stderr


@pytest.mark.parametrize("command", ["check", "report", "plan"])
@pytest.mark.parametrize("name", ["folder.csv", "folder.json", "folder"])
def test_a_folder_given_as_a_file_is_bad_input_without_a_traceback(tmp_path, command, name):
    """A folder where a file is expected: one line naming it, exit 2, never a traceback."""
    folder = tmp_path / name
    folder.mkdir()
    result = run(command, str(folder))
    assert 2 == result.returncode
    assert "Traceback" not in result.stderr + result.stdout
    assert str(folder) in result.stderr
