"""
Tests for ``ingroeiquotum.cli.report``, the command ``ingroeiquotum report``: the SER report and
the bestuursverslag paragraph of a document. Run as a user runs it: through the real entry
point, in a subprocess.
"""

import json

from command_line import EXAMPLES, run


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
