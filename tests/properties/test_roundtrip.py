"""
Lossless round trips: every value object and every report survives its dict and JSON export
(and CSV, where the library offers it) and comes back unchanged; every loader refuses a
document of a newer version with a clear message instead of guessing.

The properties run under the profile of ``docs/explanation/reliability.md``: a few examples in CI, many in
the thorough run.
"""

from __future__ import annotations

import io as stdio
import json
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

import strategies_reporting as sr
from fuzzing import counted
from ingroeiquotum import (
    findings,
    io,
    quota,
    reporting,
    samples,
    serialize,
    succession,
)
from ingroeiquotum.citations import BW_2_142B_2, BW_2_166_2
from ingroeiquotum.company import (
    Company,
    FinancialYear,
)
from ingroeiquotum.composition import Composition, Seat
from ingroeiquotum.exceptions import IngroeiquotumError, LoadError
from ingroeiquotum.findings import Finding
from ingroeiquotum.gender import Gender
from strategies_documents import (
    ROUND_TRIP,
    VALUE_STRATEGIES,
    built_findings,
    rule_findings,
)


def test_every_kind_of_value_object_is_generated():
    """The round-trip property covers every kind of document ``serialize`` writes."""
    assert set(serialize.SCHEMAS) == set(VALUE_STRATEGIES)


# -- value objects: dict and JSON ----------------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(VALUE_STRATEGIES, key=lambda kind: kind.__name__),
                         ids=lambda kind: kind.__name__)  # fmt: skip
@ROUND_TRIP
@given(data=st.data())
@counted
def test_value_objects_round_trip(kind, data):
    """Every value object of ``serialize.SCHEMAS`` comes back equal from its dict and JSON."""
    value = data.draw(VALUE_STRATEGIES[kind])
    document = serialize.to_dict(value)
    assert document["schema"] == serialize.SCHEMAS[type(value)]
    assert document["schema_version"] == serialize.SCHEMA_VERSION
    assert value == serialize.from_dict(document)
    text = serialize.to_json(value)
    assert value == serialize.from_json(text)
    assert value == serialize.from_json(text.encode("utf-8"))
    assert value == serialize.from_dict(json.loads(text))
    assert text == serialize.to_json(serialize.from_json(text))


def test_sample_company_round_trips():
    """The sample company (snapshots, seats, figures) round-trips through JSON."""
    company = samples.sample_company()
    assert company == serialize.from_json(serialize.to_json(company))
    for value in (*samples.sample_targets(), samples.sample_plan()):
        assert value == serialize.from_json(serialize.to_json(value))


@pytest.mark.parametrize(
    "value", [Composition(1, 2), samples.sample_company(), samples.sample_plan()], ids=str
)
@pytest.mark.parametrize("version", ["1.1", "2.0", "10.0", "1000000000.0"])
def test_newer_value_documents_are_refused(value, version):
    """A document of a newer version is refused with a message that says so."""
    document = {**serialize.to_dict(value), "schema_version": version}
    with pytest.raises(LoadError, match="newer than this library reads"):
        serialize.from_dict(document)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"schema": "ingroeiquotum.unknown"}, "schema"),
        ({"schema_version": True}, "schema_version"),
        ({"schema_version": 1}, "schema_version"),
        ({"schema_version": "1"}, "schema_version"),
        ({"schema_version": "1.0.0"}, "schema_version"),
        ({"schema_version": None}, "schema_version"),
        ({"men": "3"}, "men"),
        ({"men": True}, "men"),
        ({"colour": "red"}, "colour"),
        ({"version": 1}, "version"),  # not both envelopes at once
    ],
)
def test_bad_value_documents_are_refused(change, field):
    """Another schema, a bad version, a wrong type or an unknown key: a LoadError naming it."""
    document = {**serialize.to_dict(Composition(3, 2)), **change}
    with pytest.raises(LoadError) as caught:
        serialize.from_dict(document)
    assert field in [problem.field for problem in caught.value.errors]


def test_missing_keys_are_listed_together():
    """Every missing or bad field of a document is listed in one error, by its path."""
    document = serialize.to_dict(samples.sample_company())
    del document["listed"]
    document["financial_years"][1]["end"] = "2022-02-30"
    document["seats"][0]["seats"][0]["gender"] = "dame"
    with pytest.raises(LoadError) as caught:
        serialize.from_dict(document)
    fields = [problem.field for problem in caught.value.errors]
    assert ["listed", "financial_years[1].end", "seats[0].seats[0].gender"] == fields


def test_json_with_a_key_twice_is_refused():
    """A key given twice in one JSON object is refused, not resolved to the last one."""
    text = (
        '{"schema": "ingroeiquotum.composition", "schema_version": "1.0", "men": 1, "men": 5, '
        '"women": 2}'
    )
    with pytest.raises(LoadError, match="twice"):
        serialize.from_json(text)


def test_deeply_nested_json_is_a_load_error():
    """JSON nested too deeply for the parser is a LoadError, not a RecursionError."""
    for loader in (serialize.from_json, reporting.report_from_json):
        with pytest.raises(LoadError):
            loader("[" * 100_000 + "]" * 100_000)
    with pytest.raises(LoadError):
        io.read_compositions(stdio.StringIO("[" * 100_000 + "]" * 100_000), format="json")


# -- the report to the SER -----------------------------------------------------------------------


@ROUND_TRIP
@given(report=sr.reports)
@counted
def test_reports_round_trip(report):
    """A SerReport comes back equal from its dict and its JSON, and its export is stable."""
    document = reporting.report_to_dict(report)
    assert report == reporting.report_from_dict(document)
    text = reporting.report_to_json(report)
    assert report == reporting.report_from_json(text)
    assert report == reporting.report_from_json(text.encode("utf-8"))
    assert text == reporting.report_to_json(reporting.report_from_json(text))
    assert "schema_version" in document


@pytest.mark.parametrize("version", ["1.1", "2.0", "10.0"])
def test_newer_reports_are_refused(version):
    """A report of a newer schema version is refused, naming the version this library reads."""
    report = reporting.build_report(samples.sample_company(), date(2024, 12, 31))
    document = {**reporting.report_to_dict(report), "schema_version": version}
    with pytest.raises(LoadError, match="newer than this library reads"):
        reporting.report_from_dict(document)


def test_report_json_with_a_key_twice_is_refused():
    """A report whose JSON gives a key twice is refused (regression: the last one won)."""
    report = reporting.build_report(samples.sample_company(), date(2024, 12, 31))
    text = reporting.report_to_json(report, indent=None)
    doubled = text.replace('"listed": true', '"listed": true, "listed": false', 1)
    assert doubled != text
    with pytest.raises(LoadError, match="twice"):
        reporting.report_from_json(doubled)


# -- findings ------------------------------------------------------------------------------------


@ROUND_TRIP
@given(finding=st.one_of(rule_findings(), built_findings()))
@counted
def test_findings_round_trip(finding):
    """A finding comes back equal from its dict and JSON: facts with their types, citations."""
    document = finding.as_dict()
    assert document["schema_version"] == findings.FINDING_SCHEMA_VERSION
    assert finding == serialize.finding_from_dict(document)
    text = json.dumps(document, ensure_ascii=False)
    again = serialize.finding_from_dict(json.loads(text))
    assert finding == again
    assert text == json.dumps(again.as_dict(), ensure_ascii=False)


@pytest.mark.parametrize("version", ["1.1", "2.0", "9.9"])
def test_newer_findings_are_refused(version):
    """A finding document of a newer version is refused with a clear message."""
    document = {**quota.check_balance(Composition(5, 1), date(2024, 1, 1)).as_dict(),
                "schema_version": version}  # fmt: skip
    with pytest.raises(LoadError, match="newer than this library reads"):
        serialize.finding_from_dict(document)


@pytest.mark.parametrize("version", [None, 1, "1", "one", "1.0.0"])
def test_bad_finding_versions_are_refused(version):
    """A missing or malformed version is refused too: the loader never guesses."""
    document = quota.check_balance(Composition(5, 1), date(2024, 1, 1)).as_dict()
    document["schema_version"] = version
    with pytest.raises(LoadError) as caught:
        serialize.finding_from_dict(document)
    assert "schema_version" == caught.value.errors[0].field


def test_unknown_citations_and_keys_are_refused():
    """A citation the library does not know, or an unknown key, is refused."""
    document = quota.check_balance(Composition(5, 1), date(2024, 1, 1)).as_dict()
    changed = {**document, "citations": [{**document["citations"][0], "article": "999"}]}
    with pytest.raises(LoadError, match="not a provision this library knows"):
        serialize.finding_from_dict(changed)
    with pytest.raises(LoadError, match="is not a field of this schema"):
        serialize.finding_from_dict({**document, "colour": "red"})


def test_fact_types_name_the_types():
    """fact_types names what JSON cannot hold; a JSON-native fact has no entry."""
    finding = Finding(
        "r", "1", "compliant", date(2024, 1, 1), "m", citations=[BW_2_166_2],
        facts={"n": 3, "share": Fraction(1, 3), "on": date(2024, 1, 1), "d": Decimal("1.50"),
               "sex": Gender.WOMAN, "pair": (1, date(2024, 1, 2))},
    )  # fmt: skip
    assert {
        "share": "fraction",
        "on": "date",
        "d": "decimal",
        "sex": "enum:ingroeiquotum.gender.Gender",
        "pair": {"tuple": [None, "date"]},
    } == finding.as_dict()["fact_types"]


def test_set_facts_are_written_in_a_fixed_order():
    """A set in the facts is written sorted, so the document does not depend on the hash seed."""
    finding = Finding("r", "1", "compliant", date(2024, 1, 1), "m", citations=[BW_2_142B_2],
                      facts={"keys": frozenset({"b", "a", "c"})})  # fmt: skip
    assert ["a", "b", "c"] == finding.as_dict()["facts"]["keys"]
    assert finding == serialize.finding_from_dict(finding.as_dict())


def test_finding_constructor_checks_its_fields():
    """Regression: junk in rule, message, facts, readings, missing or notes was accepted."""
    base = {"rule": "r", "rule_version": "1", "verdict": "compliant", "on": date(2024, 1, 1),
            "message": "m", "citations": [BW_2_142B_2]}  # fmt: skip
    for field, junk in [
        ("rule", None),
        ("message", 3),
        ("facts", [1, 2]),
        ("facts", {1: "x"}),
        ("readings", ["quota.other"]),
        ("missing", "members_sex"),
        ("notes", [None]),
        ("citations", None),
    ]:
        with pytest.raises(IngroeiquotumError) as caught:
            Finding(**{**base, field: junk})
        assert field == caught.value.field.split("[")[0], field


# -- CSV and JSON files --------------------------------------------------------------------------

_names = sr.names.filter(lambda text: not any(char in text for char in "\r\n\x00"))


@st.composite
def composition_rows(draw):
    """Typed composition rows with unique keys, every schema column present, maybe extras."""
    keys = draw(
        st.lists(
            st.tuples(_names, st.sampled_from(["bestuur", "rvc", "executive", "non_executive"])
                      | _names.map(lambda name: f"subtop:{name}"), st.dates()),
            unique_by=lambda key: (key[0], key[1].lower() if ":" not in key[1] else key[1],
                                   key[2]),
            max_size=5,
        )
    )  # fmt: skip
    extras = draw(st.lists(st.sampled_from(["opmerking", "bron", "Region"]), unique=True,
                           max_size=2))  # fmt: skip
    counts = st.integers(0, 10**7)  # the limit of a count of people
    rows = []
    for company, organ, on in keys:
        form = draw(st.sampled_from(["each_sex", "women_share", "women_count"]))
        target = draw(st.none() | (st.integers(0, 50) if form == "women_count"
                                   else st.fractions(0, 1, max_denominator=1000)))  # fmt: skip
        row = {
            "company": company,
            "organ": organ,
            "date": on,
            "legal_form": draw(st.sampled_from(["NV", "BV"])),
            "listed": draw(st.booleans()),
            "men": draw(counts),
            "women": draw(counts),
            "other": draw(counts),
            "unknown": draw(counts),
            "sector": draw(st.none() | _names),
            "employees": draw(st.none() | st.decimals(min_value=0, max_value=10**9, places=2)),
            "large": draw(st.none() | st.booleans()),
            "reported": draw(st.none() | st.booleans()),
            "target": target,
            "target_form": form,
            "target_year": draw(st.none() | st.integers(1900, 2200)),
        }
        for extra in extras:
            row[extra] = draw(st.none() | _names)
        rows.append(row)
    return rows


@ROUND_TRIP
@given(rows=composition_rows(), form=st.sampled_from(["csv", "json"]),
       binary=st.booleans())  # fmt: skip
@counted
def test_composition_files_round_trip(rows, form, binary):
    """Rows written as CSV or JSON read back to the same rows, in the same order."""
    out = stdio.BytesIO() if binary else stdio.StringIO()
    io.write_compositions(rows, out, format=form)
    raw = out.getvalue()
    source = stdio.BytesIO(raw) if binary else stdio.StringIO(raw)
    loaded = io.read_compositions(source, format=form)
    assert () == loaded.errors
    assert rows == list(loaded.rows)
    again = stdio.StringIO()
    io.write_compositions(loaded.rows, again, format=form)
    text = raw.decode("utf-8") if binary else raw
    assert text == again.getvalue()


def test_composition_file_with_a_newer_version_is_refused():
    """A compositions document of a newer version is refused (it would be guessed at)."""
    document = {"schema": "ingroeiquotum.compositions", "version": 2, "rows": []}
    with pytest.raises(LoadError, match="newer than this library reads"):
        io.read_compositions(document)


def test_composition_json_with_a_key_twice_is_refused():
    """Regression: a JSON row giving "men" twice was read with the last value."""
    text = (
        '{"schema": "ingroeiquotum.compositions", "version": 1, "rows": [{"company": "A", '
        '"organ": "rvc", "date": "2024-12-31", "legal_form": "NV", "listed": true, '
        '"men": 1, "men": 5, "women": 2}]}'
    )
    with pytest.raises(LoadError, match="twice"):
        io.read_compositions(stdio.StringIO(text), format="json")


# -- other documents -----------------------------------------------------------------------------


def test_seats_keep_their_order_and_organ():
    """Seats round-trip in their order, per organ, with every date and flag."""
    seats = [Seat("woman", date(1, 1, 1), date(9999, 12, 31), promoted=True),
             Seat("other", date(2020, 2, 29), first_appointed=date(2012, 2, 29))]  # fmt: skip
    company = Company("X", "BV", seats={"subtop:Ærø / Øst": seats, "rvc": seats[:1]})
    again = serialize.from_json(serialize.to_json(company))
    assert company == again
    assert seats == list(again.seats_of("subtop:Ærø / Øst"))


def test_succession_seats_survive_the_company_document():
    """Seats read from rows survive the company document unchanged."""
    rows = [{"gender": "v", "start": "2024-04-23", "end": "2028-04-22"},
            {"gender": "m", "start": "2022-04-23", "first_appointed": "2018-04-23"}]  # fmt: skip
    seats = succession.read_seats_rows(rows)
    company = Company("X", "NV", listed=True, seats={"rvc": seats})
    assert seats == serialize.from_dict(serialize.to_dict(company)).seats_of("rvc")


def test_year_lengths_survive():
    """Financial years of any length and on any dates survive."""

    years = [FinancialYear(date(1, 1, 1), date(1, 1, 1)),
             FinancialYear(date(2023, 7, 1), date(2023, 7, 1) + timedelta(days=549))]  # fmt: skip
    company = Company("X", "NV", financial_years=years)
    assert company == serialize.from_dict(serialize.to_dict(company))
