"""
Tests for ``ingroeiquotum.cli.plan``, the command ``ingroeiquotum plan``: a succession plan from
a seats file. Run as a user runs it: through the real entry point, in a subprocess.
"""

import json

import pytest

from command_line import EXAMPLES, run


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


@pytest.mark.parametrize(
    ("option", "reason"),
    [
        (("--meeting", "02-29"), "--meeting: is not a day of every year: choose 02-28 or 03-01"),
        (("--meeting", "2-3"), "--meeting: must be a day of the year as MM-DD"),
        (("--meeting", "04-31"), "--meeting: must be a day of the year as MM-DD"),
        (("--meeting", "99999999999999999999999-1"),
         "--meeting: must be a day of the year as MM-DD"),
        (("--years", "0"), "--years: must be from 1 to 100"),
        (("--years", "101"), "--years: must be from 1 to 100"),
    ],
)  # fmt: skip
def test_plan_refuses_a_meeting_day_not_every_year_has(option, reason):
    """
    29 February is refused (checked against a leap year and used in common years it would
    vanish); --years is from 1 to 100. One line, exit 2, whatever the --as-of year.
    """
    for as_of in ("2024-01-01", "2025-01-01"):
        result = run("plan", str(EXAMPLES / "rvc-seats.csv"), *option, "--as-of", as_of)
        assert (2, "") == (result.returncode, result.stdout)
        (line,) = result.stderr.splitlines()
        assert line.startswith(f"ingroeiquotum: {reason}, got ")


def test_plan_with_the_last_day_of_february():
    """02-28 is a day of every year: the plan runs, leap years included."""
    for as_of in ("2027-03-01", "2027-06-01"):  # the first meeting in 2028 (leap), 2028
        result = run(
            "plan", str(EXAMPLES / "rvc-seats.csv"), "--meeting", "02-28", "--as-of", as_of
        )
        assert result.returncode in (0, 1)
        assert "28 February" in result.stdout
