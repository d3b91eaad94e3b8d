"""The command line, run as a user runs it: through the real entry point, in a subprocess."""

import json
import subprocess
import sys
from pathlib import Path

import pytest


def run(*args):
    return subprocess.run(
        [sys.executable, "-m", "ingroeiquotum", *args],
        capture_output=True,
        text=True,
        check=False,
    )


def test_demo_prints_the_sample_report_and_exits_0():
    """
    The demo is a showcase that ran: status 0, though the sample company has findings to act
    on (they are printed).
    """
    result = run("demo")
    assert 0 == result.returncode
    assert "" == result.stderr
    out = result.stdout
    assert out.startswith("Polderchemie N.V.: NV")
    assert "Fictional sample data" in out
    assert "2022 [not compliant] RvC: 1 woman and 4 men, 5 members in all (20% women)" in out
    assert "the appointment of a man is void (nietig)" in out
    assert "Due by 31 October 2026." in out
    assert "Gender diversity (art. 3d Besluit inhoud bestuursverslag)." in out
    assert "Levers missing: culture and inclusion, education and the pipeline, barriers" in out
    assert "Finding: reporting.works_council, Polderchemie N.V." in out
    assert "Judged on 31 December 2025, the data's own date" in out


def test_demo_in_dutch():
    """--lang nl prints the same report in Dutch, with Dutch dates and decimal commas."""
    result = run("demo", "--lang", "nl")
    assert 0 == result.returncode
    assert "Uiterlijk in te dienen op 31 oktober 2026." in result.stdout
    assert "(16,7% vrouwen)" in result.stdout
    assert "nietig" in result.stdout


def test_demo_as_of_an_earlier_year():
    """--as-of picks the balance-sheet date to report on."""
    result = run("demo", "--as-of", "2024-12-31")
    assert 0 == result.returncode
    assert "Judged on 31 December 2024." in result.stdout
    assert "Compositions on 31 December 2024" in result.stdout
    assert "Due by 31 October 2025." in result.stdout


def test_bad_usage_exits_2_without_a_traceback():
    """A date that is not a balance-sheet date, or not a date at all, exits 2 with a message."""
    for args in (("demo", "--as-of", "2024-06-30"), ("demo", "--as-of", "soon"), ("nothing",)):
        result = run(*args)
        assert 2 == result.returncode, args
        assert "Traceback" not in result.stderr
        assert result.stderr.strip()


EXAMPLES = Path(__file__).resolve().parents[1] / "docs" / "examples"


def test_check_a_compositions_file():
    """check FILE prints a table per row and exits 1 because some rows are not compliant."""
    result = run("check", str(EXAMPLES / "compositions.csv"))
    assert 1 == result.returncode
    assert "Company" in result.stdout.splitlines()[0]
    # 15 rows, each with a quota finding, and 8 of them with a target: 23 findings.
    assert "15 rows checked, 23 findings:" in result.stdout
    assert "art. 2:142b lid 2 BW" in result.stdout


def test_check_json_is_stable_for_scripts():
    """--json prints a list of rows with the bulk contract's keys and ISO dates."""
    result = run("check", str(EXAMPLES / "compositions.csv"), "--json")
    rows = json.loads(result.stdout)
    assert 1 == result.returncode
    assert {"company", "organ", "date", "rule", "verdict", "article"} <= set(rows[0])
    assert "2023-12-31" == rows[0]["date"]


def test_check_as_of_judges_the_latest_composition_on_that_date():
    """--as-of keeps the latest row per company and organ on or before the date."""
    result = run("check", str(EXAMPLES / "compositions.csv"), "--json", "--as-of", "2024-06-30")
    rows = json.loads(result.stdout)
    assert {"2024-06-30"} == {row["date"] for row in rows}
    polder_rvc = [r for r in rows if r["company"] == "Polderchemie NV" and r["organ"] == "rvc"]
    assert ["not_compliant"] == [r["verdict"] for r in polder_rvc]  # 5 men, 1 woman (2023)


def test_check_a_bad_file_names_every_bad_row():
    """A file with bad rows exits 2 and names each row, field and value, without a traceback."""
    result = run("check", str(EXAMPLES / "compositions-bad.csv"))
    assert 2 == result.returncode
    assert "Traceback" not in result.stderr
    for expected in ("row 3, organ", "row 4, date", "row 5, men", "row 6, legal_form"):
        assert expected in result.stderr
    assert "" == result.stdout


def test_check_a_missing_file():
    """A file that does not exist exits 2 with a one-line message."""
    result = run("check", "no-such-file.csv")
    assert 2 == result.returncode
    assert "no-such-file.csv" in result.stderr
    assert "Traceback" not in result.stderr


def test_report_renders_the_report_and_the_paragraph():
    """report FILE prints the figures, the findings and the bestuursverslag paragraph."""
    result = run("report", str(EXAMPLES / "ser-report.json"), "--lang", "nl")
    assert 0 == result.returncode
    assert "Rapportage aan de SER: Polderchemie N.V." in result.stdout
    assert "Diversiteit (art. 3d Besluit inhoud bestuursverslag)." in result.stdout
    assert "op tijd" in result.stdout
    assert "Beoordeeld op 15 september 2026" in result.stdout


def test_report_not_submitted_is_open_not_compliant(tmp_path):
    """A report without a submission date: the deadline is open (exit 1), never 'voldoet'."""
    data = json.loads((EXAMPLES / "ser-report.json").read_text(encoding="utf-8"))
    data["submitted_on"] = None
    path = tmp_path / "draft.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = run("report", str(path), "--lang", "nl", "--as-of", "2026-06-01")
    assert 1 == result.returncode
    assert "Beoordeeld op 1 juni 2026." in result.stdout
    deadline_lines = [line for line in result.stdout.splitlines() if "ingediend" in line]
    assert deadline_lines
    assert all("[voldoet]" not in line for line in deadline_lines)
    scripted = json.loads(run("report", str(path), "--json", "--as-of", "2026-06-01").stdout)
    assert "2026-06-01" == scripted["judged_on"]
    (deadline,) = [f for f in scripted["findings"] if f["rule"] == "reporting.deadline"]
    assert ("cannot_decide", "reporting.open") == (deadline["verdict"], deadline["message"])


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


def test_check_as_of_before_every_row_exits_2():
    """--as-of before the first row leaves nothing to judge: bad input, not '0 rows checked'."""
    result = run("check", str(EXAMPLES / "compositions.csv"), "--as-of", "2000-01-01")
    assert 2 == result.returncode
    assert "1 January 2000" in result.stderr
    assert "Traceback" not in result.stderr


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


def test_check_uses_the_library_path():
    """check --json gives exactly the rows of bulk.evaluate: the command has no rules of its own."""
    from ingroeiquotum import bulk, io
    from ingroeiquotum.findings import plain

    source = EXAMPLES / "compositions.csv"
    expected = plain(bulk.evaluate(io.read_compositions(str(source)).rows))
    assert expected == json.loads(run("check", str(source), "--json").stdout)


def test_report_of_a_broken_document(tmp_path):
    """A report document from the future, or not JSON, exits 2 with a clear message."""
    future = tmp_path / "future.json"
    text = (EXAMPLES / "ser-report.json").read_text(encoding="utf-8")
    future.write_text(text.replace('"1.0"', '"9.0"', 1), encoding="utf-8")
    result = run("report", str(future))
    assert 2 == result.returncode
    assert "newer than this library reads" in result.stderr
    garbage = tmp_path / "garbage.json"
    garbage.write_text("{not json", encoding="utf-8")
    assert 2 == run("report", str(garbage)).returncode


def test_appointment_flags():
    """appointment exits 1 for a void appointment, 0 for a valid one, 2 for bad flags."""
    void = run("appointment", "--men", "5", "--women", "1", "--appointee", "man", "--on",
               "2026-04-23", "--json")  # fmt: skip
    assert 1 == void.returncode
    assert json.loads(void.stdout)["void"] is True
    valid = run("appointment", "--men", "5", "--women", "1", "--appointee", "woman", "--on",
                "2026-04-23")  # fmt: skip
    assert 0 == valid.returncode
    assert "is valid" in valid.stdout
    reappointed = run("appointment", "--men", "5", "--women", "1", "--appointee", "man",
                      "--on", "2026-04-23", "--reappointment", "--first-appointed", "2018-05-01")  # fmt: skip
    assert 0 == reappointed.returncode
    missing_date = run("appointment", "--men", "5", "--women", "1", "--appointee", "man",
                       "--on", "2026-04-23", "--reappointment")  # fmt: skip
    assert 2 == missing_date.returncode
    assert "first_appointed" in missing_date.stderr
    assert 2 == run("appointment", "--men", "-1", "--women", "1", "--appointee", "man",
                    "--on", "2026-04-23").returncode  # fmt: skip


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


def test_guidance_queries():
    """guidance filters the SER's recommendations; an unknown tag exits 2."""
    result = run("guidance", "--text", "girls day", "--json")
    assert 0 == result.returncode
    assert ["education.girls_day"] == [item["key"] for item in json.loads(result.stdout)]
    assert 2 == run("guidance", "--lever", "nonsense").returncode


def test_plan_from_a_seats_file():
    """plan FILE judges every option at each meeting and names the earliest balanced meeting."""
    result = run("plan", str(EXAMPLES / "rvc-seats.csv"), "--json")
    assert 0 == result.returncode, result.stderr
    data = json.loads(result.stdout)
    assert ["2025-04-30", "2026-04-30", "2027-04-30", "2028-04-30"] == [
        meeting["date"] for meeting in data["meetings"]
    ]
    first_vote = data["meetings"][1]["votes"][0]["options"]
    # 1 woman and 3 men after two terms end in 2026: a man is void, a woman is valid
    assert {"appoint_woman": False, "appoint_man": True} == {
        option["kind"]: option["void"] for option in first_vote[:2]
    }
    assert "2026-04-30" == data["earliest_balance"]["meeting"]
    text = run("plan", str(EXAMPLES / "rvc-seats.csv"), "--years", "2")
    assert "General meeting of 30 April 2026" in text.stdout


def test_plan_with_bad_rows(tmp_path):
    """A seats file with bad rows exits 2 naming each line."""
    bad = tmp_path / "seats.csv"
    bad.write_text(
        "organ,gender,start,end,first_appointed\n"
        "rvc,man,2022-04-23,2026-04-23,\n"
        "rvc,robot,2022-04-23,2026-04-23,\n"
        "rvc,woman,2024-13-01,2028-04-23,\n",
        encoding="utf-8",
    )
    result = run("plan", str(bad))
    assert 2 == result.returncode
    assert "row 3" in result.stderr
    assert "row 4" in result.stderr
    assert "Traceback" not in result.stderr


def test_demo_writes_a_chart(tmp_path):
    """demo --chart FILE writes a PNG of the sample RvC (with the charts extra)."""
    pytest.importorskip("matplotlib")
    target = tmp_path / "rvc.png"
    result = run("demo", "--chart", str(target))
    assert 0 == result.returncode
    assert target.read_bytes().startswith(b"\x89PNG")
    assert str(target) in result.stdout


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
