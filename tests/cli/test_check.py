"""
Tests for ``ingroeiquotum.cli.check``, the command ``ingroeiquotum check``: a compositions file
judged under the quota. Run as a user runs it: through the real entry point, in a subprocess.
"""

import json

from command_line import EXAMPLES, run


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


def test_check_as_of_before_every_row_exits_2():
    """--as-of before the first row leaves nothing to judge: bad input, not '0 rows checked'."""
    result = run("check", str(EXAMPLES / "compositions.csv"), "--as-of", "2000-01-01")
    assert 2 == result.returncode
    assert "1 January 2000" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_uses_the_library_path():
    """check --json gives exactly the rows of bulk.evaluate: the command has no rules of its own."""
    from ingroeiquotum import bulk, io
    from ingroeiquotum.findings import plain

    source = EXAMPLES / "compositions.csv"
    expected = plain(bulk.evaluate(io.read_compositions(str(source)).rows))
    assert expected == json.loads(run("check", str(source), "--json").stdout)


def test_check_with_a_switched_reading(tmp_path):
    """--reading quota.other_is_neither_sex: 2 men, 1 woman and 1 registered as neither are 4
    members needing 2 of each (not met); left out, 3 members needing 1 (met). The JSON rows say
    which alternatives applied; without --reading they have no such key."""
    data = tmp_path / "board.csv"
    data.write_text(
        "company,organ,date,legal_form,listed,men,women,other\n"
        "Voorbeeld NV,rvc,2025-06-30,NV,true,2,1,1\n",
        encoding="utf-8",
    )
    plain = run("check", str(data), "--json")
    switched = run("check", str(data), "--json", "--reading", "quota.other_is_neither_sex")
    assert (1, 0) == (plain.returncode, switched.returncode)
    (before,) = json.loads(plain.stdout)
    (after,) = json.loads(switched.stdout)
    assert ("not_compliant", 2) == (before["verdict"], before["minimum_per_sex"])
    assert ("compliant", 1) == (after["verdict"], after["minimum_per_sex"])
    assert "readings_chosen" not in before
    assert ["quota.other_is_neither_sex"] == after["readings_chosen"]
    text = run("check", str(data), "--reading", "quota.other_is_neither_sex", "--lang", "nl")
    assert text.stdout.splitlines()[0].startswith("Lezingen omgezet")


def test_check_takes_reading_more_than_once(tmp_path):
    """--reading is repeatable: every key given is switched and named in each JSON row."""
    data = tmp_path / "board.csv"
    data.write_text(
        "company,organ,date,legal_form,listed,men,women,other\n"
        "Voorbeeld NV,rvc,2025-06-30,NV,true,2,1,1\n",
        encoding="utf-8",
    )
    result = run(
        "check", str(data), "--json",
        "--reading", "quota.other_is_neither_sex", "--reading", "targets.keeps_balance",
    )  # fmt: skip
    (row,) = json.loads(result.stdout)
    assert 0 == result.returncode
    assert ["quota.other_is_neither_sex", "targets.keeps_balance"] == row["readings_chosen"]
