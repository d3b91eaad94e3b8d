"""
Privacy: counts suffice everywhere. Seats and employee records carry no name, and a name or an
employee number in an HR export never reaches a report, an aggregate or an export unless the
caller puts it there. Published figures of small groups can be suppressed below a threshold
the caller sets, and say so.
"""

from __future__ import annotations

import io as stdio
from datetime import date

import attrs
import pytest

from ingroeiquotum import bulk, cli, io, serialize, succession
from ingroeiquotum.company import Company, FinancialYear
from ingroeiquotum.composition import Composition, Seat
from ingroeiquotum.exceptions import LoadError

NAME = "Jan Jansen"


IDENTIFIER = "E-000123"


BIRTH = "1970-05-04"


EMPLOYEES = f"""company,organ,gender,start,end,name,employee_id,birth_date
Polder BV,rvc,v,2020-01-01,,{NAME},{IDENTIFIER},{BIRTH}
Polder BV,rvc,m,2019-05-01,,Piet Pietersen,E-000124,1965-01-01
Polder BV,subtop:Directie,v,2021-03-01,2025-02-28,Klaas Vaak,E-000125,1980-02-02
"""


def _leaks(text: str) -> list[str]:
    return [
        secret for secret in (NAME, IDENTIFIER, BIRTH, "Pietersen", "E-00012") if secret in text
    ]


def test_seats_and_compositions_have_no_name():
    """A Seat holds a gender and dates only; a Composition holds counts only."""
    assert ["gender", "start", "end", "first_appointed", "promoted"] == [
        field.name for field in attrs.fields(Seat)
    ]
    assert ["men", "women", "other", "unknown"] == [
        field.name for field in attrs.fields(Composition)
    ]


@pytest.mark.parametrize("source", ["csv", "json"])
def test_employee_exports_reach_no_aggregate(source):
    """Names, employee numbers and birth dates in an HR export do not reach the counts."""
    if source == "csv":
        records = io.read_employees(stdio.StringIO(EMPLOYEES), format="csv")
    else:
        lines = EMPLOYEES.splitlines()
        header = lines[0].split(",")
        records = [dict(zip(header, line.split(","), strict=True)) for line in lines[1:]]
    loaded = io.aggregate_employees(records, dates=[date(2024, 12, 31)])
    assert [] == _leaks(repr(loaded))
    for row in loaded.rows:
        assert {"company", "organ", "date", "men", "women", "other", "unknown"} == set(row)
    out = stdio.StringIO()
    io.write_compositions(
        [{**row, "legal_form": "BV", "listed": False} for row in loaded.rows], out
    )
    assert [] == _leaks(out.getvalue())


def test_a_bad_employee_record_names_the_field_not_the_person():
    """A problem in a record names its line, field and value, not the person's other cells."""
    text = EMPLOYEES.replace("Polder BV,rvc,v,2020", "Polder BV,rvc,female?,2020")
    with pytest.raises(LoadError) as caught:
        io.aggregate_employees(
            io.read_employees(stdio.StringIO(text), format="csv"), dates=[date(2024, 12, 31)]
        )
    assert [] == _leaks(str(caught.value))
    assert ["gender"] == [problem.field for problem in caught.value.errors]


def test_extra_columns_do_not_reach_the_rule_results():
    """bulk.evaluate and bulk.aggregate ignore a name or identifier column in the rows."""
    rows = [
        {"company": "Polder BV", "organ": "rvc", "date": date(2024, 12, 31), "legal_form": "NV",
         "listed": True, "men": 2, "women": 1, "chair": NAME, "employee_id": IDENTIFIER},
    ]  # fmt: skip
    assert [] == _leaks(repr(bulk.evaluate(rows)))
    assert [] == _leaks(repr(bulk.aggregate(rows)))


def test_seat_rows_drop_names():
    """Seat rows with a name column give seats without it (the column is ignored)."""
    rows = [{"organ": "rvc", "gender": "v", "start": "2024-04-23", "name": NAME,
             "employee_id": IDENTIFIER}]  # fmt: skip
    seats = succession.read_seats_rows(rows)
    assert [] == _leaks(repr(seats))
    company = Company("Polder BV", "NV", listed=True, seats={"rvc": seats})
    assert [] == _leaks(serialize.to_json(company))


def test_check_command_output_has_no_extra_columns(tmp_path, capsys):
    """`ingroeiquotum check` on a file with a name column prints no name."""
    path = tmp_path / "compositions.csv"
    path.write_text(
        "company,organ,date,legal_form,listed,men,women,chair,employee_id\n"
        f"Polder BV,rvc,2024-12-31,NV,true,2,1,{NAME},{IDENTIFIER}\n",
        encoding="utf-8",
    )
    for arguments in ([str(path), "--json"], [str(path)]):
        cli.main(["check", *arguments, "--quiet"])
        assert [] == _leaks(capsys.readouterr().out)


_ON = date(2024, 12, 31)


def _rows():
    return [
        {"company": "A", "organ": "subtop:X", "men": 1, "women": 1, "sector": "20", "date": _ON},
        {"company": "B", "organ": "subtop:Y", "men": 10, "women": 8, "sector": "46", "date": _ON},
        {
            "company": "B",
            "organ": "rvc",
            "men": 3,
            "women": 2,
            "sector": "46",
            "listed": True,
            "date": _ON,
        },
    ]


def test_aggregate_is_unchanged_without_suppression():
    """Without ``suppress_below`` the aggregate has no ``suppressed`` key (as before)."""
    for row in bulk.aggregate(_rows()):
        assert "suppressed" not in row


def test_aggregate_suppresses_small_groups():
    """An aggregate row of fewer people than the threshold has no figures, and says so."""
    rows = {(row["group"], row["organ_group"]): row
            for row in bulk.aggregate(_rows(), suppress_below=5)}  # fmt: skip
    small = rows[("20", "subtop")]
    assert small["suppressed"] is True
    for key in ("companies", "organs", "mean_share_women", "median_share_women", "all_male",
                "all_male_share", "reported", "with_target"):  # fmt: skip
        assert small[key] is None, key
    assert rows[("46", "subtop")]["suppressed"] is False
    assert 1 == rows[("46", "subtop")]["companies"]
    assert rows[("all", "subtop")]["suppressed"] is False


def test_financial_years_carry_no_person():
    """The company document holds counts and dates only."""
    company = Company(
        "Polder BV", "BV", financial_years=(FinancialYear(date(2024, 1, 1), date(2024, 12, 31)),),
        seats={"rvc": [Seat("woman", date(2020, 1, 1))]},
    )  # fmt: skip
    document = serialize.to_dict(company)
    assert {"gender", "start", "end", "first_appointed", "promoted"} == set(
        document["seats"][0]["seats"][0]
    )
