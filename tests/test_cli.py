"""The command line, run as a user runs it: through the real entry point, in a subprocess."""

import subprocess
import sys


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
    assert "2022 [not compliant] RvC: 1 woman and 4 men of 5 members (20% women)" in out
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
