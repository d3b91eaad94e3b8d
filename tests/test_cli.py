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


def test_demo_prints_the_sample_report_and_exits_1_for_its_findings():
    """The sample company has findings to act on, so the demo exits with status 1."""
    result = run("demo")
    assert 1 == result.returncode
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


def test_demo_in_dutch():
    """--lang nl prints the same report in Dutch, with Dutch dates and decimal commas."""
    result = run("demo", "--lang", "nl")
    assert 1 == result.returncode
    assert "Uiterlijk in te dienen op 31 oktober 2026." in result.stdout
    assert "(16,7% vrouwen)" in result.stdout
    assert "nietig" in result.stdout


def test_demo_as_of_an_earlier_year():
    """--as-of picks the balance-sheet date to report on."""
    result = run("demo", "--as-of", "2024-12-31")
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
    assert "15 rows checked." in result.stdout
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
    """deadline prints the due date; before the act there is none (exit 0, not applicable)."""
    result = run("deadline", "2024-04-30", "--json")
    assert 0 == result.returncode
    assert "2025-02-28" == json.loads(result.stdout)["facts"]["deadline"]
    late = run("deadline", "2024-12-31", "--submitted-on", "2025-11-03")
    assert 1 == late.returncode
    assert "after the deadline" in late.stdout
    before = run("deadline", "2021-12-31")
    assert 0 == before.returncode
    assert "voluntary" in before.stdout


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
    assert 1 == result.returncode
    assert target.read_bytes().startswith(b"\x89PNG")
    assert str(target) in result.stdout
