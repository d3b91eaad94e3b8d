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


def test_a_usage_error_is_one_line():
    """argparse's usage errors are one line too: what is wrong, and where help is."""
    for args in (("nothing",), ("appointment", "--men", "-1"), ("check",), ("deadline", "soon")):
        result = run(*args)
        assert (2, "") == (result.returncode, result.stdout), args
        (line,) = result.stderr.splitlines()
        assert line.startswith("ingroeiquotum"), line
        assert "error:" in line, line
        assert line.endswith("--help)"), line


@pytest.mark.parametrize("command", ["check", "report", "plan"])
def test_every_bad_path_is_one_line(tmp_path, command):
    """A missing file or folder, an empty name, a NUL or a line break in it: one line, exit 2."""
    (tmp_path / "plain").write_text("x", encoding="utf-8")
    for path, reason in (
        (str(tmp_path / "no" / "file.csv"), "No such file or directory"),
        (str(tmp_path / "plain" / "file.csv"), "Not a directory"),
        ("", "No such file or directory"),
        (str(tmp_path / ("x" * 300 + ".csv")), "File name too long"),
    ):
        result = run(command, path)
        assert (2, "") == (result.returncode, result.stdout)
        assert [f"ingroeiquotum: {path}: {reason}"] == result.stderr.splitlines()


def test_a_message_stays_on_one_line(capsys):
    """A line break in a file name is escaped; a line longer than the limit is cut, marked."""
    from ingroeiquotum.cli import _lines, main

    assert 2 == main(["check", "a\nb.csv"])
    assert ["ingroeiquotum: a\\nb.csv: No such file or directory"] == (
        capsys.readouterr().err.splitlines()
    )
    assert 2 == main(["check", "a\x00b.csv"])
    assert ["ingroeiquotum: a\\x00b.csv: has a NUL character in its name"] == (
        capsys.readouterr().err.splitlines()
    )
    long = _lines.one_line("x" * 5000)
    assert len(long) <= _lines.LINE_LIMIT
    assert long.endswith("... (5,000 characters)")
    assert "a\\u2028b\\x85c\\x1bd" == _lines.one_line("a\u2028b\x85c\x1bd")


def test_a_file_with_one_problem_is_one_line(tmp_path):
    """A load error with one problem is one line; with more, a count and a line for each."""
    path = tmp_path / "one.csv"
    path.write_text("company,organ,date,legal_form,listed,men,women\n"
                    "A,rvc,2024-12-31,NV,true,x,1\n", encoding="utf-8")  # fmt: skip
    result = run("check", str(path))
    assert 2 == result.returncode
    assert [
        f"ingroeiquotum: {path}: row 2, men: must be a whole number of at least 0, got 'x'"
    ] == (result.stderr.splitlines())
