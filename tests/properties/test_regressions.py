"""
Regression tests for the bugs the fuzzing of ``properties/test_fuzz.py`` found (issue 10), one test each.

Before each fix the call raised a ``TypeError``, ``AttributeError``, ``KeyError``,
``ValueError``, ``ZeroDivisionError``, ``RecursionError`` or ``decimal.InvalidOperation`` from
deep inside, accepted junk silently, gave a wrong answer silently, or never returned; now it
raises the library's own error naming the field and the value, or gives the right answer.
"""

from __future__ import annotations

import io as stdio
import json
import time
from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest

from fuzzing import check_error
from ingroeiquotum import (
    bulk,
    i18n,
    io,
    parameters,
    plan,
    population,
    projection,
    quota,
    reporting,
    samples,
    scope,
    targets,
)
from ingroeiquotum.company import Company, SizeFigures, calendar_years
from ingroeiquotum.composition import Composition, Seat
from ingroeiquotum.exceptions import (
    IngroeiquotumError,
    InvalidArgument,
    InvalidCount,
    InvalidDate,
    LoadError,
)
from ingroeiquotum.findings import Finding, Reading, Verdict

ON = date(2024, 12, 31)
COMPANY = samples.sample_company()
TARGET = samples.sample_targets()[0]


def refused(function, *args, **kwargs):
    """The library's own error, checked to name its field and value."""
    with pytest.raises(IngroeiquotumError) as caught:
        function(*args, **kwargs)
    check_error(caught.value)
    return caught.value


def test_classify_checks_its_numbers():
    """quota.classify(None, 1, 2) raised TypeError."""
    assert "men_missing" == refused(quota.classify, None, 1, 2).field
    assert "unknown" == refused(quota.classify, 0, 1, -1).field
    assert "women_missing" == refused(quota.classify, 0, True, 1).field


def test_required_organs_checks_the_company():
    """scope.required_organs(None) raised AttributeError."""
    assert "company" == refused(scope.required_organs, None).field


@pytest.mark.parametrize(("first", "last"), [(2022, None), (0, 2024), (2022, 10**6), (True, 3)])
def test_calendar_years_checks_the_years(first, last):
    """calendar_years(2022, None) raised TypeError; calendar_years(0, 2024) ValueError."""
    refused(calendar_years, first, last)


def test_financial_year_on_checks_the_date():
    """Company.financial_year_on(None) raised TypeError."""
    assert "on" == refused(COMPANY.financial_year_on, None).field


def test_company_seats_check_each_pair():
    """Company(seats=[None]) raised TypeError (cannot unpack)."""
    assert "seats[0]" == refused(Company, "X", "BV", seats=[None]).field


def test_unknown_parameter_is_a_library_error_and_a_key_error():
    """parameters.get([]) raised TypeError, get("x") a bare KeyError; entry(None) TypeError."""
    for key in ("", [], None, "quota.nothing"):
        error = refused(parameters.get, key)
        assert isinstance(error, KeyError)
        assert isinstance(error, InvalidArgument)
    assert "on" == refused(parameters.at, "quota.minimum_share", None).field


@pytest.mark.parametrize(
    ("function", "arguments"),
    [
        (targets.measure, (None, Composition(1, 1))),
        (targets.measure, (TARGET, None)),
        (targets.persons_needed, (None, 3)),
        (targets.persons_for_share, (None, 3)),
        (targets.persons_for_share, (Fraction(3, 2), 3)),
        (targets.check_attainable, (None, 3, ON)),
        (targets.check_ambition, (None, Composition(1, 1), ON)),
        (targets.check_progress, (None, COMPANY, ON)),
        (targets.check_presence, (COMPANY, ON, None)),
        (targets.check_flow_targets, (None, ON)),
        (targets.evaluate, (COMPANY, ON, None)),
        (targets.evaluate, (COMPANY, ON, [None])),
    ],
)
def test_target_rules_check_their_arguments(function, arguments):
    """Junk targets raised AttributeError or TypeError from inside the target rules."""
    refused(function, *arguments)


def test_count_target_on_an_empty_organ_cannot_be_judged():
    """A women_count target against an empty organ raised ZeroDivisionError; it cannot decide."""
    target = targets.Target("bestuur", "women_count", 1, target_year=2027)
    finding = targets.check_ambition(target, Composition(0, 0), ON)
    assert (Verdict.CANNOT_DECIDE, "targets.empty_organ") == (finding.verdict, finding.message)


def test_plan_checks_its_sequences():
    """Measure(levers=None) and Plan(measures=None) raised TypeError."""
    assert "levers" == refused(plan.Measure, "x", levers=None).field
    assert "measures" == refused(plan.Plan, None).field


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"company": None}, "company"),
        ({"listed": "yes"}, "listed"),
        ({"organs": [None]}, "organs[0]"),
        ({"workforce": (1, 2)}, "workforce"),
        ({"plan": "a plan"}, "plan"),
        ({"submitted_on": "2025-01-01"}, "submitted_on"),
        ({"group_companies": ["Dochter BV"]}, "group_companies[0]"),
        ({"large": 1}, "large"),
    ],
)
def test_ser_report_checks_its_fields(change, field):
    """SerReport accepted junk silently, and report_to_dict raised AttributeError later."""
    report = reporting.build_report(COMPANY, ON)
    fields = {field.name: getattr(report, field.name) for field in attrs.fields(type(report))}
    assert field == refused(reporting.SerReport, **{**fields, **change}).field


def test_organ_report_and_group_company_check_their_fields():
    """OrganReport and GroupCompany accepted junk counts, compositions and names."""
    refused(reporting.OrganReport, "rvc", (1, 2))
    refused(reporting.OrganReport, "rvc", None, reported_men=-1)
    refused(reporting.GroupCompany, "")
    refused(reporting.GroupCompany, "X", kvk=123)


@pytest.mark.parametrize(
    "change",
    [
        {"workforce": [3, 2]},
        {"works_council_involved": "ja"},
        {"group_companies": [None]},
        {"submitted_on": "2025-06-01"},
        {"reasons": ["bestuur"]},
        {"reasons": {"bestuur": 3}},
        {"targets": None},
    ],
)
def test_build_report_checks_its_arguments(change):
    """build_report passed junk into the report unchecked."""
    refused(reporting.build_report, COMPANY, ON, **change)


@pytest.mark.parametrize(
    ("function", "argument"),
    [
        (reporting.check_plan, None),
        (reporting.check_works_council, "report"),
        (reporting.report_from_json, None),
    ],
)
def test_report_functions_check_their_argument(function, argument):
    """check_plan(None), check_works_council(...) raised AttributeError, report_from_json TypeError."""
    refused(function, argument)


def test_report_evaluate_checks_its_arguments():
    """reporting.evaluate(None, ...) raised AttributeError."""
    refused(reporting.evaluate, None, ON)
    refused(reporting.evaluate, COMPANY, ON, report="report")
    refused(reporting.check_completeness, reporting.build_report(COMPANY, ON), "company")


def test_json_keys_given_twice_are_refused():
    """json.loads kept the last of two equal keys: a silent wrong answer."""
    document = '{"schema": "ingroeiquotum.compositions", "version": 1, "version": 2, "rows": []}'
    error = refused(io.read_compositions, stdio.StringIO(document), format="json")
    assert "twice" in str(error)


def test_deeply_nested_json_is_refused():
    """A JSON document nested 100,000 deep raised RecursionError."""
    refused(reporting.report_from_json, "[" * 100_000)
    refused(io.read_compositions, stdio.StringIO('{"rows": ' + "[" * 100_000), format="json")


def test_catalog_and_message_check_their_keys():
    """i18n.catalog([]) and i18n.message([], "en") raised TypeError (unhashable)."""
    assert "locale" == refused(i18n.catalog, []).field
    assert "key" == refused(i18n.message, [], "en").field


def test_explain_checks_the_finding():
    """i18n.explain(None) and explain_missing(item, None) raised AttributeError."""
    refused(i18n.explain, None)
    refused(i18n.explain_missing, "members_sex", None)
    refused(i18n.explain_missing, None, quota.check_balance(Composition(1, 1), ON))


def test_explain_shows_a_reading_the_catalog_does_not_have():
    """A reading without a message (one read back from a document) raised KeyError."""
    reading = Reading("example.unknown", "The example reads the law so.", "L")
    finding = Finding("r", "1", "compliant", ON, "quota.balanced", citations=FINDING_CITATIONS,
                      readings=[reading], facts={"men": 2, "women": 1})  # fmt: skip
    assert "The example reads the law so." in i18n.explain(finding, "en")


FINDING_CITATIONS = quota.check_balance(Composition(1, 1), ON).citations


@pytest.mark.parametrize(
    "value", [1e26, 10**29, Decimal("sNaN"), Decimal("1E+999999"), Fraction(10**400, 3)]
)
def test_huge_numbers_format(value):
    """Formatting 1e26 or 10**29 raised decimal.InvalidOperation (and so did rendering a
    finding about a board of 10**29 members)."""
    assert isinstance(i18n.format_value(value, "nl"), str)


def test_findings_about_huge_boards_render():
    """
    A finding about a board with 10**30 members rendered to InvalidOperation; such a board is
    now refused (issue 16: at most 10,000,000 people), and one at the limit renders.
    """
    finding = quota.check_balance(Composition(10**7, 1), ON)
    assert "10.000.000" in i18n.render(finding, "nl")
    assert "men" == refused(Composition, 10**30, 1).field


def test_bulk_evaluate_checks_rows_and_organs():
    """bulk.evaluate(None) raised TypeError; an unhashable organ did too."""
    refused(bulk.evaluate, None)
    row = {"company": "A", "organ": [], "date": ON, "legal_form": "NV", "listed": True,
           "men": 1, "women": 1}  # fmt: skip
    assert "organ" == refused(bulk.evaluate, [row]).errors[0].field


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"men": 2.9}, "men"),
        ({"women": "1"}, "women"),
        ({"men": True}, "men"),
        ({"organ": None}, "organ"),
        ({"company": ["A"]}, "company"),
        ({"unknown": -1}, "unknown"),
    ],
)
def test_aggregate_checks_rows(change, field):
    """bulk.aggregate truncated 2.9 men to 2 and read "1" as 1 silently, or raised TypeError."""
    row = {"company": "A", "organ": "rvc", "date": ON, "men": 2, "women": 1, **change}
    error = refused(bulk.aggregate, [row])
    assert isinstance(error, LoadError)
    assert [field] == [problem.field for problem in error.errors]
    refused(bulk.aggregate, [None])
    refused(bulk.aggregate, None)


def test_finding_checks_its_fields():
    """Finding accepted rule=None and split missing="members_sex" into letters."""
    base = {"rule": "r", "rule_version": "1", "verdict": "compliant", "on": ON, "message": "m",
            "citations": FINDING_CITATIONS}  # fmt: skip
    assert "missing" == refused(Finding, **base, missing="members_sex").field
    assert "rule" == refused(Finding, **{**base, "rule": None}).field
    assert "facts" == refused(Finding, **base, facts=[("a", 1), ("b", 2)]).field


def test_history_in_year_one():
    """A balance-sheet date in year 1 raised ValueError (year 0); date.max twice OverflowError."""
    row = {"balance_sheet_date": date(1, 1, 1), "total_assets": 1, "net_turnover": 1,
           "employees": 1}  # fmt: skip
    assert date.min == scope.history_of([row])[0].financial_year_start
    twice = [{**row, "balance_sheet_date": date.max}] * 2
    assert "balance_sheet_date" == refused(scope.history_of, twice).errors[0].field


def test_set_facts_are_sorted_in_the_export():
    """A set in a finding's facts was exported in hash order (different per process)."""
    finding = Finding("r", "1", "compliant", ON, "m", citations=FINDING_CITATIONS,
                      facts={"codes": {"b", "c", "a"}})  # fmt: skip
    assert ["a", "b", "c"] == finding.as_dict()["facts"]["codes"]
    assert json.dumps(finding.as_dict())


def test_a_tiny_step_is_refused_not_run_for_ever():
    """required_inflow_share(step="1e-9") built a grid of a billion shares and never returned."""
    target = targets.Target("rvc", "each_sex", "30%", target_year=2027)
    error = refused(
        projection.required_inflow_share, Composition(9, 1), target, 2027, "1/3",
        start_year=2025, step="1e-9",
    )  # fmt: skip
    assert "step" == error.field
    smallest = projection.required_inflow_share(
        Composition(9, 1), target, 2027, "1/3", start_year=2025, step=Fraction(1, 10_000)
    )
    assert Fraction(9, 25) >= smallest


def test_a_huge_population_is_refused_not_built():
    """population.generate(10**12) tried to build a list of 10**12 indices."""
    assert "companies" == refused(population.generate, 10**12).field
    assert isinstance(refused(population.generate, 10**100), InvalidArgument)


def test_invalid_count_and_date_still_name_their_field():
    """The errors raised by the fixes keep the library's classes."""
    assert isinstance(refused(quota.classify, -1, 0, 0), InvalidCount)
    assert isinstance(refused(COMPANY.financial_year_on, "2024-01-01"), InvalidDate)


def test_finding_documents_with_keys_that_are_not_text():
    """
    Found by the thorough run: a reading (or a finding) given as a dict with keys of mixed
    types raised ``TypeError`` from sorting them; it is a LoadError naming the keys.
    """
    from ingroeiquotum import serialize

    document = quota.check_balance(Composition(5, 1), date(2024, 12, 31)).as_dict()
    with pytest.raises(LoadError) as caught:
        serialize.finding_from_dict({**document, "readings": [{"": None, 0: None}]})
    problems = [(problem.field, problem.value) for problem in caught.value.errors]
    assert [('readings[0].""', None), ("readings[0].0", None)] == problems[:2]
    with pytest.raises(LoadError) as caught:
        serialize.finding_from_dict({**document, 0: "x", "colour": "red"})
    assert ["0", "colour"] == [problem.field for problem in caught.value.errors]


# -- issue 16: hostile input --------------------------------------------------------------------


def test_an_error_about_a_huge_number_builds():
    """
    An int of more than 4,300 digits made building the library's own error message fail
    (``repr`` raised ValueError) in nearly every callable; it is now described by its digits.
    """
    huge = 10**5000
    error = refused(quota.minimum_per_sex, huge)
    assert "an integer of 5,001 digits" in str(error)
    assert "men" == refused(Composition, huge, 1).field
    assert "value" == refused(targets.parse_share, Fraction(huge, 3)).field
    problems = refused(bulk.evaluate, [{**_BULK_ROW, "men": huge}]).errors
    assert ["men"] == [problem.field for problem in problems]


def test_a_json_document_with_a_huge_number_is_a_load_error():
    """A 5 kB number in a JSON document raised Python's ValueError from the json module."""
    text = reporting.report_to_json(reporting.build_report(COMPANY, ON))
    document = text.replace("{", '{"n": ' + "9" * 5000 + ", ", 1)
    error = refused(reporting.report_from_json, document)
    assert isinstance(error, LoadError)


@pytest.mark.parametrize("text", ["1e-9999999", "1e-999999", "0E-999999", "1e9999999"])
def test_a_share_with_a_huge_exponent_is_refused_at_once(text):
    """
    ``parse_share("1e-9999999")`` (10 characters) ran for minutes, and ``1e-999999`` was
    accepted and broke every later print; shares have at most 20 decimal places now.
    """
    started = time.perf_counter()
    assert "value" == refused(targets.parse_share, text).field
    assert "value" == refused(targets.parse_share, Decimal(text)).field
    assert time.perf_counter() - started < 1


@pytest.mark.parametrize(
    ("value", "accepted"),
    [(10**15, True), (10**15 + 1, False), ("1e-30", True), ("1e-31", False),
     ("1E-999999", False), ("9" * 101, False), pytest.param(10**5000, False, id="10**5000")],
)  # fmt: skip
def test_amounts_are_bounded(value, accepted):
    """An amount of 1E-999999 euros was accepted and broke every later print or export."""
    if accepted:
        assert SizeFigures(value, 0, 0).total_assets == Decimal(str(value))
    else:
        assert "total_assets" == refused(SizeFigures, value, 0, 0).field


def test_counts_of_people_are_bounded():
    """A count is at most 10,000,000 (any workforce), at the limit accepted, past it refused."""
    assert 10**7 == Composition(10**7, 0).men
    error = refused(Composition, 10**7 + 1, 0)
    assert isinstance(error, InvalidCount)
    assert "10,000,000" in str(error)


def test_numpy_and_pandas_values_are_read_as_plain_values():
    """``np.int64`` counts and ``pd.Timestamp`` dates were refused; data users have them."""
    np = pytest.importorskip("numpy")
    pd = pytest.importorskip("pandas")
    composition = Composition(np.int64(3), np.int32(1), other=np.uint8(0))
    assert (3, 1) == (composition.men, composition.women)
    assert int is type(composition.men)
    seat = Seat("man", pd.Timestamp("2024-01-01"), end=np.datetime64("2025-01-01"))
    assert (date(2024, 1, 1), date(2025, 1, 1)) == (seat.start, seat.end)
    assert date is type(seat.start)
    assert date(2024, 1, 1) == Seat("man", datetime(2024, 1, 1)).start
    for day in (pd.Timestamp("2024-01-01 09:00"), datetime(2024, 1, 1, 9), pd.NaT):
        assert isinstance(refused(Seat, "man", day), InvalidDate)
    for count in (pd.NA, np.float64("nan"), np.bool_(True), np.float64(3.0)):
        assert isinstance(refused(Composition, count, 1), InvalidCount)


def test_bulk_rows_from_a_frame_are_read():
    """A bulk row with numpy counts, a numpy bool and a pandas date is read as plain values."""
    np = pytest.importorskip("numpy")
    pd = pytest.importorskip("pandas")
    row = {**_BULK_ROW, "men": np.int64(4), "women": np.int64(1), "listed": np.True_,
           "date": pd.Timestamp("2024-12-31"), "target": "30%"}  # fmt: skip
    plain = bulk.evaluate([{**_BULK_ROW, "target": "30%"}])
    assert plain == bulk.evaluate([row])
    assert date is type(bulk.evaluate([row])[0]["date"])


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"target": [0.3]}, "target"),
        ({"target": Decimal("sNaN")}, "target"),
        ({"target": {"a": 1}}, "target"),
        ({"target": "1e-9999999"}, "target"),
        ({"target": "30%", "target_form": ["each_sex"]}, "target_form"),
        ({"target": "30%", "target_form": False}, "target_form"),
        pytest.param({"target": 10**5000, "target_form": "women_count"}, "target", id="huge"),
    ],
)
def test_bulk_targets_are_checked(change, field):
    """A target that is a list or Decimal('sNaN') raised TypeError or InvalidOperation."""
    error = refused(bulk.evaluate, [{**_BULK_ROW, **change}])
    assert [(1, field)] == [(problem.row, problem.field) for problem in error.errors]


@pytest.mark.parametrize("key", ["company", "organ", "date", "legal_form", "listed", "men"])
def test_bulk_missing_values_are_row_errors(key):
    """``pd.NA`` in legal_form raised pandas' TypeError (the ambiguous truth value of NA)."""
    pd = pytest.importorskip("pandas")
    for missing in (pd.NA, pd.NaT, float("nan")):
        error = refused(bulk.evaluate, [{**_BULK_ROW, key: missing}])
        assert [key] == [problem.field for problem in error.errors]
        error = (
            refused(bulk.aggregate, [{**_BULK_ROW, key: missing}])
            if key in ("company", "organ", "men")
            else None
        )
        assert error is None or [key] == [problem.field for problem in error.errors]


def test_an_int_sector_code_is_not_dropped():
    """
    An int SBI code (pandas reads codes as ints) dropped the row from the sector breakdown of
    bulk.aggregate; 2014 and "2014" are one code, 1 and "01" one division.
    """
    rows = [
        {**_BULK_ROW, "company": "A", "sector": 2014},
        {**_BULK_ROW, "company": "B", "sector": "2014"},
        {**_BULK_ROW, "company": "C", "sector": 1},
        {**_BULK_ROW, "company": "D", "sector": "01"},
    ]
    groups = {(row["group_by"], row["group"]): row["companies"] for row in bulk.aggregate(rows)}
    assert {
        ("all", "all"): 4, ("division", "20"): 2, ("division", "01"): 2, ("section", "C"): 2,
        ("section", "A"): 2, ("listed", "listed"): 4,
    } == groups  # fmt: skip
    assert "sector" == refused(bulk.aggregate, [{**_BULK_ROW, "sector": 20.5}]).errors[0].field


_BULK_ROW = {"company": "A", "organ": "rvc", "date": ON, "legal_form": "NV", "listed": True,
             "men": 4, "women": 1}  # fmt: skip


def test_a_bulk_row_that_is_a_numpy_scalar_is_refused():
    """Found by the thorough run: a row that is ``np.int64(3)`` raised IndexError."""
    np = pytest.importorskip("numpy")
    for function in (bulk.evaluate, bulk.aggregate):
        error = refused(function, [np.int64(3)])
        assert [(1, "row")] == [(problem.row, problem.field) for problem in error.errors]


def test_format_value_describes_what_has_no_text_of_its_own():
    """
    The thorough fuzzing run found ``i18n.format_value`` raising Python's ValueError for an
    object whose text holds an integer of more than 4,300 digits; it now describes it.
    """
    from ingroeiquotum import i18n

    class Loud:
        def __str__(self):
            return str(10**5000)

    assert "an integer of 5,001 digits" == i18n.format_value(10**5000, "en")
    assert "an integer of 5,001 digits" == i18n.format_value([10**5000], "nl")
    assert "Loud" in i18n.format_value(Loud(), "en")


def test_a_document_with_a_number_json_cannot_hold_is_refused():
    """
    The thorough fuzzing run found a finding document with a 5,001-digit fact read back, and
    then failing to be written as JSON; a loader refuses what it would not write.
    """
    from datetime import date

    from ingroeiquotum import quota, serialize
    from ingroeiquotum.composition import Composition
    from ingroeiquotum.exceptions import LoadError

    document = quota.check_balance(Composition(5, 1), date(2024, 12, 31)).as_dict()
    document["facts"]["men"] = 10**5000
    with pytest.raises(LoadError) as caught:
        serialize.finding_from_dict(document)
    assert ["facts.men"] == [problem.field for problem in caught.value.errors]
    document["facts"]["men"] = 10**4299  # 4,300 digits: JSON text can hold it
    assert serialize.to_json(serialize.finding_from_dict(document))


def test_a_fact_read_as_a_number_too_large_to_write_is_refused():
    """
    The second thorough run found a finding document whose fraction fact ("1e5000") was read
    and then could not be written back (Python refuses such a number as text).
    """
    from datetime import date

    from ingroeiquotum import quota, serialize
    from ingroeiquotum.composition import Composition
    from ingroeiquotum.exceptions import LoadError

    document = quota.check_balance(Composition(5, 1), date(2024, 12, 31)).as_dict()
    document["facts"]["share_women"] = "1e5000"
    with pytest.raises(LoadError):
        serialize.finding_from_dict(document)
