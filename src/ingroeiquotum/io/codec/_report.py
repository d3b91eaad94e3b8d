"""
The report to the SER as a document body: the company's figures for one financial year, each
organ's composition and target, the flow targets, the plan of action and the group companies.
Its parts are the value objects' own bodies, read by their own readers (``io.codec._values``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ingroeiquotum import _validate
from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.io.codec._reader import (
    Reader,
    flag,
    join,
    optional_count,
    optional_day,
    optional_flag,
    optional_text,
    text,
)
from ingroeiquotum.io.codec._values import (
    iso,
    read_optional_composition,
    read_optional_plan,
    read_optional_target,
    read_target,
    read_year,
    write_composition,
    write_figures,
    write_plan,
    write_target,
)
from ingroeiquotum.law.bw2.reporting import GroupCompany, OrganReport, OtherCounting, SerReport
from ingroeiquotum.model.company import BoardModel, LegalForm


def write_report(report: SerReport) -> dict[str, Any]:
    """The report's body, with the version it carries (``SerReport.schema_version``)."""
    if not isinstance(report, SerReport):
        raise InvalidArgument("report", report, "must be a SerReport")
    year = report.financial_year
    return {
        "schema_version": report.schema_version,
        "company": {
            "name": report.company,
            "kvk": report.kvk,
            "legal_form": report.legal_form.value,
            "listed": report.listed,
            "board_model": report.board_model.value,
            "sector": report.sector,
            "large": report.large,
        },
        "financial_year": {
            "start": year.start.isoformat(),
            "end": year.end.isoformat(),
            "figures": None if year.figures is None else write_figures(year.figures),
        },
        "deadline": iso(report.deadline),
        **({"readings_chosen": list(report.readings_chosen)} if report.readings_chosen else {}),
        "submitted_on": iso(report.submitted_on),
        "other_counting": report.other_counting.value,
        "workforce": _composition(report.workforce),
        "organs": [
            {
                "organ": str(line.organ),
                "composition": _composition(line.composition),
                "reported_men": line.reported_men,
                "reported_women": line.reported_women,
                "target": None if line.target is None else write_target(line.target),
                "target_met": line.target_met,
                "reason": line.reason,
            }
            for line in report.organs
        ],
        "flow_targets": [write_target(target) for target in report.flow_targets],
        "plan": None if report.plan is None else write_plan(report.plan),
        "works_council_involved": report.works_council_involved,
        "group_companies": [
            {"name": group.name, "kvk": group.kvk, "reported_by": group.reported_by}
            for group in report.group_companies
        ],
    }


def _composition(value: Any) -> dict[str, int] | None:
    return None if value is None else write_composition(value)


def _read_organ(reader: Reader, data: object, path: str) -> OrganReport | None:
    required = ("organ", "composition", "target", "target_met")
    fields = reader.fields(data, path, required, ("reported_men", "reported_women", "reason"))
    if fields is None:
        return None
    mark = reader.mark()
    composition = read_optional_composition(
        reader, fields["composition"], join(path, "composition")
    )
    target = read_optional_target(reader, fields["target"], join(path, "target"))
    men = reader.check(fields, "reported_men", path, optional_count)
    women = reader.check(fields, "reported_women", path, optional_count)
    met = reader.check(fields, "target_met", path, optional_flag)
    reason = reader.check(fields, "reason", path, optional_text)
    if not reader.clean_since(mark):
        return None
    return reader.build(path, OrganReport, fields["organ"], composition, target, met, reason,
                        men, women)  # fmt: skip


def _read_group(reader: Reader, data: object, path: str) -> GroupCompany | None:
    fields = reader.fields(data, path, ("name",), ("kvk", "reported_by"))
    if fields is None:
        return None
    mark = reader.mark()
    name = reader.check(fields, "name", path, text)
    kvk = reader.check(fields, "kvk", path, optional_text)
    by = reader.check(fields, "reported_by", path, optional_text)
    if not reader.clean_since(mark):
        return None
    return reader.build(path, GroupCompany, name, kvk, by)


_OPTIONAL = (
    "deadline", "submitted_on", "other_counting", "workforce", "flow_targets", "plan",
    "works_council_involved", "group_companies", "readings_chosen",
)  # fmt: skip


def read_report(reader: Reader, data: object, path: str) -> SerReport | None:
    """
    A report. ``deadline`` is derived from the financial year: it may be left out, and where it
    is given it must be that deadline (or null for a year the act does not cover), never
    recomputed silently; the keys the JSON Schema makes optional may be absent.
    """
    reader.fields(data, path, ("company", "financial_year", "organs"), _OPTIONAL)
    if not isinstance(data, Mapping):
        return None
    mark = reader.mark()
    at = join(path, "company")
    company = data.get("company")
    if "company" in data:  # a missing key is reported once, by fields()
        keys = ("name", "legal_form", "listed", "board_model")
        reader.fields(company, at, keys, ("kvk", "sector", "large"))
    if isinstance(company, Mapping):  # every field given is read, even with one missing
        given = {"kvk": None, "sector": None, "large": None, **company}
        name = _given(reader, given, "name", at, text)
        legal_form = _given(reader, given, "legal_form", at, _parse(LegalForm))
        listed = _given(reader, given, "listed", at, flag)
        board_model = _given(reader, given, "board_model", at, _parse(BoardModel))
        kvk = reader.check(given, "kvk", at, optional_text)
        sector = reader.check(given, "sector", at, optional_text)
        large = reader.check(given, "large", at, optional_flag)
    year = None
    if "financial_year" in data:
        year = read_year(reader, data["financial_year"], join(path, "financial_year"))
    deadline = reader.check(data, "deadline", path, optional_day)
    submitted = reader.check(data, "submitted_on", path, optional_day)
    workforce = read_optional_composition(reader, data.get("workforce"), join(path, "workforce"))
    organs = reader.each(data, "organs", path, _read_organ)
    flow_targets = reader.each(data, "flow_targets", path, read_target)
    plan = read_optional_plan(reader, data.get("plan"), join(path, "plan"))
    counting = reader.check({"other_counting": "under_represented", **data}, "other_counting",
                            path, _counting)  # fmt: skip
    council = reader.check(data, "works_council_involved", path, optional_flag)
    groups = reader.each(data, "group_companies", path, _read_group)
    chosen = reader.check({"readings_chosen": [], **data}, "readings_chosen", path, _chosen_keys)
    if not reader.clean_since(mark) or not isinstance(company, Mapping) or year is None:
        return None
    report = reader.build(
        path, SerReport, company=name, legal_form=legal_form, listed=listed,
        board_model=board_model, financial_year=year, organs=tuple(organs or ()), kvk=kvk,
        sector=sector, large=large, workforce=workforce, flow_targets=tuple(flow_targets or ()),
        plan=plan, other_counting=counting, works_council_involved=council,
        group_companies=tuple(groups or ()), submitted_on=submitted, schema_version=reader.version,
        readings_chosen=chosen or (),
    )  # fmt: skip
    if report is not None and "deadline" in data and deadline != report.deadline:
        reader.fail(join(path, "deadline"), data["deadline"], _deadline_reason(report))
        return None
    return report


def _chosen_keys(field: str, value: object) -> tuple[str, ...]:
    """``readings_chosen``: a list of the keys of readings with an alternative."""
    if not isinstance(value, list) or not all(isinstance(key, str) for key in value):
        raise InvalidArgument(field, value, "must be a list of the keys of readings")
    return tuple(value)


def _deadline_reason(report: SerReport) -> str:
    """Why a deadline given is not the one the report's financial year has."""
    if report.deadline is None:
        return "must be null: the act does not cover this financial year, so it has no deadline"
    return f"must be {report.deadline.isoformat()}, the deadline of the report's financial year"


def _given(reader: Reader, data: Mapping[str, Any], key: str, path: str, check: Any) -> Any:
    """The value under ``key`` checked, or ``None`` where it is absent (reported as missing)."""
    return reader.check(data, key, path, check) if key in data else None


def _parse(kind: type[LegalForm] | type[BoardModel]) -> Any:
    def parse(field: str, value: object) -> Any:
        return kind.parse(value, field)

    return parse


def _counting(field: str, value: object) -> OtherCounting:
    return _validate.member(OtherCounting, value, field)
