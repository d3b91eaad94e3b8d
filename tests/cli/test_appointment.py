"""
Tests for ``ingroeiquotum.cli.appointment``, the command ``ingroeiquotum appointment``: one
appointment judged. Run as a user runs it: through the real entry point, in a subprocess.
"""

import json

from command_line import run


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
