"""
The value objects as document bodies: the facts a caller gives the library (a company with its
financial years, size figures, snapshots and seats; a composition; a target; a plan and its
measures; an appointment or departure of a general meeting). The SER report and the results
read these same bodies where they hold such a value: one reader per value, one strictness.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.io.codec._reader import (
    Reader,
    amount,
    day,
    join,
    optional_day,
    text,
    texts,
)
from ingroeiquotum.law.bw2.quota import Appointment, Departure
from ingroeiquotum.law.bw2.targets import Target
from ingroeiquotum.model.company import Company, FinancialYear, SizeFigures, Snapshot
from ingroeiquotum.model.composition import Composition, Seat
from ingroeiquotum.model.plan import Measure, Plan

# -- writing ------------------------------------------------------------------------------------


def iso(value: date | None) -> str | None:
    """A date as an ISO string, or ``None``."""
    return None if value is None else value.isoformat()


def write_composition(value: Composition) -> dict[str, Any]:
    return value.as_dict()


def write_figures(value: SizeFigures) -> dict[str, str]:
    return {
        "total_assets": str(value.total_assets),
        "net_turnover": str(value.net_turnover),
        "employees": str(value.employees),
    }


def write_seat(value: Seat) -> dict[str, Any]:
    return {
        "gender": value.gender.value,
        "start": value.start.isoformat(),
        "end": iso(value.end),
        "first_appointed": iso(value.first_appointed),
        "promoted": value.promoted,
    }


def write_year(value: FinancialYear) -> dict[str, Any]:
    return {
        "start": value.start.isoformat(),
        "end": value.end.isoformat(),
        "figures": None if value.figures is None else write_figures(value.figures),
    }


def write_snapshot(value: Snapshot) -> dict[str, Any]:
    return {
        "organ": str(value.organ),
        "on": value.on.isoformat(),
        "composition": write_composition(value.composition),
    }


def write_appointment(value: Appointment) -> dict[str, Any]:
    return {
        "gender": value.gender.value,
        "reappointment": value.reappointment,
        "first_appointed": iso(value.first_appointed),
        "exceptional_circumstances": value.exceptional_circumstances,
    }


def write_departure(value: Departure) -> dict[str, Any]:
    return {"gender": value.gender.value}


def write_company(value: Company) -> dict[str, Any]:
    return {
        "name": value.name,
        "legal_form": value.legal_form.value,
        "listed": value.listed,
        "board_model": value.board_model.value,
        "sector": value.sector,
        "kvk": value.kvk,
        "opts_in_2023_limits": value.opts_in_2023_limits,
        "supervisory_board": value.supervisory_board,
        "financial_years": [write_year(year) for year in value.financial_years],
        "snapshots": [write_snapshot(snapshot) for snapshot in value.snapshots],
        "seats": [
            {"organ": str(organ), "seats": [write_seat(seat) for seat in seats]}
            for organ, seats in value.seats
        ],
    }  # fmt: skip


def write_target(value: Target) -> dict[str, Any]:
    return {
        "organ": str(value.organ),
        "form": value.form.value,
        "value": value.value if isinstance(value.value, int) else str(value.value),
        "target_year": value.target_year,
        "base_year": value.base_year,
        "flow": value.flow.value,
        "joint_with": None if value.joint_with is None else str(value.joint_with),
        "set_on": iso(value.set_on),
    }


def write_measure(value: Measure) -> dict[str, Any]:
    return {
        "description": value.description,
        "levers": sorted(lever.value for lever in value.levers),
        "organs": [str(organ) for organ in value.organs],
        "owner": value.owner,
        "start": iso(value.start),
        "end": iso(value.end),
        "effect": value.effect,
        "serves": list(value.serves),
    }


def write_plan(value: Plan) -> dict[str, Any]:
    return {
        "adopted_on": iso(value.adopted_on),
        "measures": [write_measure(measure) for measure in value.measures],
    }


# -- reading ------------------------------------------------------------------------------------
# Each reader takes (reader, data, path) and gives the value, or None with its problems noted.
# A key is optional where its absence has the value's own default (the JSON Schemas say the same).


def read_composition(reader: Reader, data: object, path: str) -> Composition | None:
    fields = reader.fields(data, path, ("men", "women"), ("other", "unknown"))
    if fields is None:
        return None
    return reader.build(
        path,
        Composition,
        fields["men"],
        fields["women"],
        fields.get("other", 0),
        fields.get("unknown", 0),
    )


def read_optional_composition(reader: Reader, data: object, path: str) -> Composition | None:
    return None if data is None else read_composition(reader, data, path)


def read_figures(reader: Reader, data: object, path: str) -> SizeFigures | None:
    keys = ("total_assets", "net_turnover", "employees")
    fields = reader.fields(data, path, keys)
    if fields is None:
        return None
    values = [reader.check(fields, key, path, amount) for key in keys]
    if any(value is None for value in values):
        return None
    return reader.build(path, SizeFigures, *values)


def read_year(reader: Reader, data: object, path: str) -> FinancialYear | None:
    fields = reader.fields(data, path, ("start", "end"), ("figures",))
    if fields is None:
        return None
    mark = reader.mark()
    start = reader.check(fields, "start", path, day)
    end = reader.check(fields, "end", path, day)
    raw = fields.get("figures")
    figures = None if raw is None else read_figures(reader, raw, join(path, "figures"))
    if not reader.clean_since(mark):
        return None
    return reader.build(path, FinancialYear, start, end, figures)


def read_seat(reader: Reader, data: object, path: str) -> Seat | None:
    fields = reader.fields(data, path, ("gender", "start", "end", "first_appointed", "promoted"))
    if fields is None:
        return None
    mark = reader.mark()
    start = reader.check(fields, "start", path, day)
    end = reader.check(fields, "end", path, optional_day)
    first = reader.check(fields, "first_appointed", path, optional_day)
    if not reader.clean_since(mark):
        return None
    return reader.build(
        path, Seat, fields["gender"], start, end, first_appointed=first,
        promoted=fields["promoted"],
    )  # fmt: skip


def read_snapshot(reader: Reader, data: object, path: str) -> Snapshot | None:
    fields = reader.fields(data, path, ("organ", "on", "composition"))
    if fields is None:
        return None
    mark = reader.mark()
    on = reader.check(fields, "on", path, day)
    composition = read_composition(reader, fields["composition"], join(path, "composition"))
    if not reader.clean_since(mark):
        return None
    return reader.build(path, Snapshot, fields["organ"], on, composition)


def _read_seats(reader: Reader, data: object, path: str) -> tuple[object, list[Seat]] | None:
    fields = reader.fields(data, path, ("organ", "seats"))
    if fields is None:
        return None
    held = reader.each(fields, "seats", path, read_seat)
    return None if held is None else (fields["organ"], held)


_COMPANY_KEYS = (
    "name", "legal_form", "listed", "board_model", "sector", "kvk", "opts_in_2023_limits",
    "supervisory_board", "financial_years", "snapshots", "seats",
)  # fmt: skip


def read_company(reader: Reader, data: object, path: str) -> Company | None:
    mark = reader.mark()
    reader.fields(data, path, _COMPANY_KEYS)
    if not isinstance(data, Mapping):
        return None
    # the nested parts are read even with a key missing, so that all problems are listed
    years = reader.each(data, "financial_years", path, read_year)
    snapshots = reader.each(data, "snapshots", path, read_snapshot)
    seats = reader.each(data, "seats", path, _read_seats)
    if not reader.clean_since(mark):
        return None
    return reader.build(
        path,
        Company,
        name=data["name"],
        legal_form=data["legal_form"],
        listed=data["listed"],
        board_model=data["board_model"],
        financial_years=years,
        sector=data["sector"],
        kvk=data["kvk"],
        opts_in_2023_limits=data["opts_in_2023_limits"],
        supervisory_board=data["supervisory_board"],
        snapshots=snapshots,
        seats=seats,
    )


_TARGET_REQUIRED = ("organ", "form", "value", "target_year")
_TARGET_OPTIONAL = ("base_year", "flow", "joint_with", "set_on")


def read_target(reader: Reader, data: object, path: str) -> Target | None:
    fields = reader.fields(data, path, _TARGET_REQUIRED, _TARGET_OPTIONAL)
    if fields is None:
        return None
    mark = reader.mark()
    value = fields["value"]
    if isinstance(value, bool) or not isinstance(value, int | str):
        reason = "must be a whole number or a fraction written as a string"
        reader.fail(join(path, "value"), value, reason)
    set_on = reader.check(fields, "set_on", path, optional_day)
    if not reader.clean_since(mark):
        return None
    return reader.build(
        path,
        Target,
        fields["organ"],
        fields["form"],
        value,
        target_year=fields["target_year"],
        base_year=fields.get("base_year"),
        flow=fields.get("flow", "stock"),
        joint_with=fields.get("joint_with"),
        set_on=set_on,
    )


def read_optional_target(reader: Reader, data: object, path: str) -> Target | None:
    return None if data is None else read_target(reader, data, path)


_MEASURE_OPTIONAL = ("organs", "owner", "start", "end", "effect", "serves")


def read_measure(reader: Reader, data: object, path: str) -> Measure | None:
    fields = reader.fields(data, path, ("description", "levers"), _MEASURE_OPTIONAL)
    if fields is None:
        return None
    mark = reader.mark()
    levers = reader.check(fields, "levers", path, _array)
    organs = reader.check({"organs": [], **fields}, "organs", path, _array)
    serves = reader.check({"serves": [], **fields}, "serves", path, texts)
    start = reader.check(fields, "start", path, optional_day)
    end = reader.check(fields, "end", path, optional_day)
    owner = reader.check({"owner": "", **fields}, "owner", path, text)
    effect = reader.check({"effect": "", **fields}, "effect", path, text)
    if not reader.clean_since(mark):
        return None
    return reader.build(
        path, Measure, fields["description"], levers=levers, organs=organs, owner=owner,
        start=start, end=end, effect=effect, serves=serves,
    )  # fmt: skip


def _array(field: str, value: object) -> list[Any]:
    if not isinstance(value, list):
        raise InvalidArgument(field, value, "must be an array")
    return value


def read_plan(reader: Reader, data: object, path: str) -> Plan | None:
    fields = reader.fields(data, path, ("measures",), ("adopted_on",))
    if fields is None:
        return None
    mark = reader.mark()
    adopted = reader.check(fields, "adopted_on", path, optional_day)
    measures = reader.each(fields, "measures", path, read_measure)
    if not reader.clean_since(mark):
        return None
    return reader.build(path, Plan, tuple(measures or ()), adopted_on=adopted)


def read_optional_plan(reader: Reader, data: object, path: str) -> Plan | None:
    return None if data is None else read_plan(reader, data, path)


def read_appointment(reader: Reader, data: object, path: str) -> Appointment | None:
    keys = ("gender", "reappointment", "first_appointed", "exceptional_circumstances")
    fields = reader.fields(data, path, keys)
    if fields is None:
        return None
    mark = reader.mark()
    first = reader.check(fields, "first_appointed", path, optional_day)
    if not reader.clean_since(mark):
        return None
    return reader.build(
        path, Appointment, fields["gender"], reappointment=fields["reappointment"],
        first_appointed=first, exceptional_circumstances=fields["exceptional_circumstances"],
    )  # fmt: skip


def read_departure(reader: Reader, data: object, path: str) -> Departure | None:
    fields = reader.fields(data, path, ("gender",))
    if fields is None:
        return None
    return reader.build(path, Departure, fields["gender"])
