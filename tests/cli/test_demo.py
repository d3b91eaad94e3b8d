"""
Tests for ``ingroeiquotum.cli.demo``, the command ``ingroeiquotum demo``: the sample report, in
both languages, with a chart. Run as a user runs it: through the real entry point, in a
subprocess.
"""

import pytest

from command_line import run


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


def test_demo_writes_a_chart(tmp_path):
    """demo --chart FILE writes a PNG of the sample RvC (with the charts extra)."""
    pytest.importorskip("matplotlib")
    target = tmp_path / "rvc.png"
    result = run("demo", "--chart", str(target))
    assert 0 == result.returncode
    assert target.read_bytes().startswith(b"\x89PNG")
    assert str(target) in result.stdout


def test_demo_chart_on_a_full_disk_writes_nothing(tmp_path, monkeypatch, capsys):
    """
    demo --chart on a full disk (ENOSPC, simulated in-process): exit 2, one line naming
    --chart, nothing on standard output, the chart already there unchanged, no temporary file.
    """
    import errno
    import os

    pytest.importorskip("matplotlib")
    from ingroeiquotum.cli import main

    chart = tmp_path / "chart.png"
    chart.write_bytes(b"the old chart")

    def no_space(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", no_space)
    assert 2 == main(["demo", "--chart", str(chart)])
    out, err = capsys.readouterr()
    assert "" == out
    assert [f"ingroeiquotum: --chart: cannot be written (No space left on device), got "
            f"{str(chart)!r}"] == err.splitlines()  # fmt: skip
    assert b"the old chart" == chart.read_bytes()
    assert ["chart.png"] == [item.name for item in tmp_path.iterdir()]


@pytest.mark.parametrize(
    ("where", "reason"),
    [
        ("folder", "cannot be written (is a folder, not a file)"),
        ("missing/chart.png", "cannot be written (No such file or directory)"),
        ("", "must name a file (a non-empty path without NUL)"),
    ],
)
def test_demo_chart_into_a_folder_or_a_missing_one(tmp_path, where, reason):
    """demo --chart into a folder, a missing folder or nowhere: exit 2, one line, no traceback."""
    pytest.importorskip("matplotlib")
    (tmp_path / "folder").mkdir()
    path = str(tmp_path / where) if where else ""
    result = run("demo", "--chart", path)
    assert (2, "") == (result.returncode, result.stdout)
    assert [f"ingroeiquotum: --chart: {reason}, got {path!r}"] == result.stderr.splitlines()
