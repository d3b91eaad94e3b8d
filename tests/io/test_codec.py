"""
The one document codec (``ingroeiquotum.io.codec``, public as ``ingroeiquotum.serialize``):
every kind of document in one envelope, read with one strictness, each described by a JSON
Schema shipped in the package; and the documents written before the envelope was one still
read (``tests/fixtures/documents-0.1``, written by the code before the change).
"""

from __future__ import annotations

import enum
import functools
import importlib
import io as stdio
import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import strategies_documents as documents
import strategies_reporting as sr
from fuzzing import ODD_TEXTS, counted, fuzz_examples
from ingroeiquotum import (
    disclosures,
    eu,
    findings,
    guidance,
    io,
    quota,
    reporting,
    samples,
    serialize,
)
from ingroeiquotum.composition import Composition, Seat
from ingroeiquotum.exceptions import InvalidArgument, LoadError
from ingroeiquotum.findings import Finding

jsonschema = pytest.importorskip("jsonschema")

FIXTURES = Path(__file__).parents[1] / "fixtures" / "documents-0.1"
ON = date(2026, 12, 31)


def _company():
    return samples.sample_company()


def _report():
    return reporting.build_report(
        _company(), date(2025, 12, 31), targets=samples.sample_targets(),
        plan=samples.sample_plan(), reasons=samples.sample_reasons(),
        group_companies=[reporting.GroupCompany("Dochter BV", "12345678", "Moeder NV")],
    )  # fmt: skip


def _meeting():
    return quota.judge_meeting(Composition(4, 1), samples.sample_meeting(), date(2025, 5, 20))


def _combined():
    return eu.evaluate_combined(_company(), ON)


def _advice():
    found = reporting.evaluate(_company(), date(2025, 12, 31))
    advice = guidance.advise(found)
    assert advice, "the sample company gets advice"
    return advice[0]


EXAMPLES = {
    "ingroeiquotum.finding": lambda: quota.check_balance(Composition(5, 1), ON),
    "ingroeiquotum.ser_report": _report,
    "ingroeiquotum.meeting_result": _meeting,
    "ingroeiquotum.annual_information": lambda: eu.annual_information(
        _company(), ON, measures=["Mentoring"], reasons="Few candidates", planned_measures=["Lists"]
    ),
    "ingroeiquotum.combined_evaluation": _combined,
    "ingroeiquotum.advice": _advice,
    "ingroeiquotum.company": _company,
    "ingroeiquotum.composition": lambda: Composition(4, 2, 1, 1),
    "ingroeiquotum.seat": lambda: Seat("woman", date(2024, 5, 1), first_appointed=date(2020, 5, 1)),
    "ingroeiquotum.financial_year": lambda: _company().financial_years[-1],
    "ingroeiquotum.size_figures": lambda: _company().financial_years[-1].figures,
    "ingroeiquotum.snapshot": lambda: _company().snapshots[-1],
    "ingroeiquotum.target": lambda: samples.sample_targets()[0],
    "ingroeiquotum.plan": samples.sample_plan,
    "ingroeiquotum.measure": lambda: samples.sample_plan().measures[0],
    "ingroeiquotum.appointment": lambda: quota.Appointment(
        "woman", reappointment=True, first_appointed=date(2019, 4, 1)
    ),
    "ingroeiquotum.departure": lambda: quota.Departure("man"),
    "ingroeiquotum.gender_disclosure": lambda: disclosures.esrs_s1_9(
        _company(), date(2025, 12, 31), own_definition="Bestuur and subtop"
    ),
}
"""One example of every kind of document."""


@functools.cache
def _validator(kind):
    document = serialize.schema(kind)
    jsonschema.Draft202012Validator.check_schema(document)
    return jsonschema.Draft202012Validator(document, format_checker=jsonschema.FormatChecker())


def _same(first, second):
    """Equal; a CombinedEvaluation compares by identity, so by its document."""
    return serialize.to_dict(first) == serialize.to_dict(second)


# -- the counts the issue asks for --------------------------------------------------------------


def test_every_kind_has_an_example_a_reader_and_a_schema():
    """18 kinds of document, each with its own JSON Schema file in the package."""
    assert set(EXAMPLES) == set(serialize.DOCUMENTS.values())
    assert 18 == len(serialize.DOCUMENTS)
    assert set(serialize.SCHEMAS.items()) < set(serialize.DOCUMENTS.items())
    from importlib import resources

    folder = resources.files("ingroeiquotum.io") / "schemas"
    shipped = {item.name for item in folder.iterdir() if item.name.endswith(".schema.json")}
    expected = {f"{name.removeprefix('ingroeiquotum.')}.schema.json"
                for name in [*serialize.DOCUMENTS.values(), reporting.PUBLISHED_SCHEMA]}  # fmt: skip
    assert expected == shipped


# -- one envelope, every kind -------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_every_kind_round_trips_in_the_one_envelope(name):
    """Each kind is written as {"schema", "schema_version", ...} and reads back equal."""
    value = EXAMPLES[name]()
    document = serialize.to_dict(value)
    assert ["schema", "schema_version"] == list(document)[:2]
    assert (name, "1.0") == (document["schema"], document["schema_version"])
    assert "version" not in document
    again = serialize.from_dict(document)
    assert type(again) is type(value)
    assert _same(value, again)
    if type(value) is not eu.CombinedEvaluation:
        assert value == again
    text = serialize.to_json(value)
    assert text == serialize.to_json(serialize.from_json(text, kind=type(value)))


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_every_kind_is_valid_against_its_schema(name):
    """What the codec writes is valid against the kind's shipped JSON Schema."""
    value = EXAMPLES[name]()
    _validator(type(value)).validate(json.loads(serialize.to_json(value)))


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_every_schema_refuses_unknown_keys_as_the_codec_does(name):
    """An unknown key is refused by the codec and by the schema alike."""
    value = EXAMPLES[name]()
    document = {**serialize.to_dict(value), "colour": "red"}
    with pytest.raises(LoadError) as caught:
        serialize.from_dict(document)
    assert ["colour"] == [problem.field for problem in caught.value.errors]
    assert not _validator(type(value)).is_valid(document)


@pytest.mark.parametrize("kind", sorted(documents.VALUE_STRATEGIES, key=lambda kind: kind.__name__),
                         ids=lambda kind: kind.__name__)  # fmt: skip
@documents.ROUND_TRIP
@given(data=st.data())
def test_value_documents_are_valid_against_their_schemas(kind, data):
    """Every generated value object's document is valid against its schema."""
    value = data.draw(documents.VALUE_STRATEGIES[kind])
    _validator(kind).validate(json.loads(serialize.to_json(value)))


@documents.ROUND_TRIP
@given(finding=st.one_of(documents.rule_findings(), documents.built_findings()))
def test_finding_documents_are_valid_against_their_schema(finding):
    """Every finding's document, with facts of any type, is valid against its schema."""
    _validator(Finding).validate(json.loads(json.dumps(finding.as_dict())))


@documents.ROUND_TRIP
@given(report=sr.reports)
def test_report_documents_are_valid_against_their_schema(report):
    """Every report's document is valid against the report's schema (reporting.schema())."""
    assert reporting.schema() == serialize.schema(reporting.SerReport)
    _validator(reporting.SerReport).validate(json.loads(reporting.report_to_json(report)))


def test_published_figures_are_valid_against_their_schema():
    """The published figures, a document written for people, have a schema too."""
    validator = _validator(reporting.PUBLISHED_SCHEMA)
    for below in (None, 5, 100):
        figures = reporting.published_figures(_report(), suppress_below=below)
        assert ["schema", "schema_version"] == list(figures)[:2]
        validator.validate(json.loads(json.dumps(figures)))


def test_a_schema_is_asked_for_by_type_or_name():
    """schema() takes a kind or its schema name, and refuses anything else."""
    assert serialize.schema(reporting.SerReport) == serialize.schema("ingroeiquotum.ser_report")
    assert reporting.schema() == serialize.schema(reporting.SerReport)
    for bad in ("ingroeiquotum.nothing", dict, None):
        with pytest.raises(InvalidArgument):
            serialize.schema(bad)


# -- one strictness -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "path"),
    [
        ("ingroeiquotum.ser_report", ["organs", 0, "composition"]),
        ("ingroeiquotum.ser_report", ["plan", "measures", 1]),
        ("ingroeiquotum.ser_report", ["company"]),
        ("ingroeiquotum.meeting_result", ["findings", 0]),
        ("ingroeiquotum.meeting_result", ["findings", 0, "readings", 0]),
        ("ingroeiquotum.combined_evaluation", ["quota"]),
        ("ingroeiquotum.advice", ["finding"]),
        ("ingroeiquotum.annual_information", ["executive_directors"]),
        ("ingroeiquotum.company", ["seats", 0, "seats", 0]),
    ],
)
def test_an_unknown_key_anywhere_is_refused_with_its_path(name, path):
    """The same strictness at every depth of every kind: the unknown key, by its path."""
    document = serialize.to_dict(EXAMPLES[name]())
    part = document
    for step in path:
        part = part[step]
    part["colour"] = "red"
    with pytest.raises(LoadError) as caught:
        serialize.from_dict(document)
    expected = "".join(f"[{step}]" if isinstance(step, int) else f".{step}" for step in path)
    assert [f"{expected.lstrip('.')}.colour"] == [problem.field for problem in caught.value.errors]


def test_every_problem_is_listed_at_once():
    """Problems in several parts of a meeting result are listed together, each by its path."""
    document = serialize.to_dict(_meeting())
    document["after"]["men"] = -1
    document["findings"][0]["on"] = "2025-02-30"
    del document["findings"][1]["rule"]
    with pytest.raises(LoadError) as caught:
        serialize.from_dict(document)
    assert ["findings[0].on", "findings[1].rule", "after.men"] == [
        problem.field for problem in caught.value.errors
    ]


def test_a_kind_asked_for_is_the_kind_read():
    """With kind=, a document of another schema is refused, naming the one expected."""
    document = serialize.to_dict(Composition(1, 1))
    with pytest.raises(LoadError, match=r"ingroeiquotum\.finding"):
        serialize.finding_from_dict(document)
    with pytest.raises(LoadError):
        reporting.report_from_dict(document)
    with pytest.raises(InvalidArgument):
        serialize.from_dict(document, kind=dict)
    with pytest.raises(InvalidArgument):
        serialize.to_dict({"men": 1})


def test_enum_tags_name_public_module_paths():
    """A fact's enum is tagged by its public module path, which imports to the same enum."""
    typed = json.loads((FIXTURES / "finding-typed-facts.json").read_text(encoding="utf-8"))
    assert "enum:ingroeiquotum.company.LegalForm" == typed["fact_types"]["form"]
    finding = serialize.finding_from_dict(typed)
    assert typed["fact_types"] == finding.as_dict()["fact_types"]
    for implementation, public in findings._ENUM_MODULES.items():
        module, exposed = importlib.import_module(implementation), importlib.import_module(public)
        for name, value in vars(module).items():
            enum_here = isinstance(value, type) and issubclass(value, enum.Enum)
            if enum_here and value.__module__ == implementation:
                assert getattr(exposed, name) is value, (public, name)


# -- old documents of the current versions ------------------------------------------------------

VALUE_FIXTURES = sorted(name.removeprefix("ingroeiquotum.") for name in serialize.SCHEMAS.values())


def _fixture(name):
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))


def _body(document, *envelope):
    return {key: value for key, value in document.items() if key not in envelope}


@pytest.mark.parametrize("name", VALUE_FIXTURES)
def test_old_value_documents_still_read(name):
    """{"schema", "version": 1}: read, and written again in the one envelope, same body."""
    old = _fixture(name)
    assert 1 == old["version"]
    value = serialize.from_dict(old)
    new = serialize.to_dict(value)
    assert (old["schema"], "1.0") == (new["schema"], new["schema_version"])
    assert _body(old, "schema", "version") == _body(new, "schema", "schema_version")
    assert value == serialize.from_json((FIXTURES / f"{name}.json").read_bytes())


@pytest.mark.parametrize("name", ["finding", "finding-typed-facts"])
def test_old_finding_documents_still_read(name):
    """A finding with "schema_version": "1.0" and no schema reads, its body unchanged."""
    old = _fixture(name)
    assert "schema" not in old
    finding = serialize.finding_from_dict(old)
    new = finding.as_dict()
    assert ("ingroeiquotum.finding", "1.0") == (new["schema"], new["schema_version"])
    assert _body(old, "schema_version") == _body(new, "schema", "schema_version")
    assert finding == serialize.from_dict(old, kind=Finding)


@pytest.mark.parametrize("name", ["ser-report", "ser-report-docs-example"])
def test_old_report_documents_still_read(name):
    """A report with "schema_version": "1.0" and no schema (the docs' example too) reads."""
    old = _fixture(name)
    assert "schema" not in old
    report = reporting.report_from_json((FIXTURES / f"{name}.json").read_bytes())
    new = reporting.report_to_dict(report)
    assert ("ingroeiquotum.ser_report", "1.0") == (new["schema"], new["schema_version"])
    assert _body(old) == _body(new, "schema")


def test_old_documents_without_a_kind_name_their_schema():
    """Read without a kind, a document without schema is refused: the kind is not guessed."""
    with pytest.raises(LoadError) as caught:
        serialize.from_dict(_fixture("finding"))
    assert ["schema"] == [problem.field for problem in caught.value.errors]


def test_annual_information_keeps_the_keys_of_as_dict():
    """The EU yearly information's document body is what AnnualInformation.as_dict wrote."""
    info = eu.annual_information(_company(), ON, measures=["Mentoring"])
    body = _body(serialize.to_dict(info), "schema", "schema_version")
    assert info.as_dict() == body
    assert _fixture("eu-annual-information-as-dict") == body


def test_the_old_published_figures_keep_their_body():
    """The published figures differ from those written before in their envelope only."""
    old = _fixture("published-figures")
    report = reporting.report_from_json((FIXTURES / "ser-report.json").read_bytes())
    new = reporting.published_figures(report, suppress_below=5)
    assert _body(old, "schema", "version") == _body(new, "schema", "schema_version")


def _old_envelope(document):
    """A value document in the envelope written before 0.1.0: ``"version": 1``."""
    return {
        "version": 1,
        **{key: item for key, item in document.items() if key != "schema_version"},
    }


@pytest.mark.parametrize(
    "value", [Composition(1, 2), samples.sample_company(), samples.sample_plan()], ids=str
)
@pytest.mark.parametrize("version", [2, 10, 10**9])
def test_newer_value_documents_in_the_old_envelope_are_refused(value, version):
    """A document in the old envelope (``"version"``) of a newer version is refused too."""
    document = {**_old_envelope(serialize.to_dict(value)), "version": version}
    assert value == serialize.from_dict(_old_envelope(serialize.to_dict(value)))
    with pytest.raises(LoadError, match="newer than this library reads"):
        serialize.from_dict(document)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"version": True}, "version"),
        ({"version": "1"}, "version"),
        ({"version": 0}, "version"),
        ({"version": "1.0"}, "version"),
    ],
)
def test_bad_versions_in_the_old_envelope_are_refused(change, field):
    """In the old envelope, the version is a whole number from 1, as before."""
    document = {**_old_envelope(serialize.to_dict(Composition(3, 2))), **change}
    with pytest.raises(LoadError) as caught:
        serialize.from_dict(document)
    assert field in [problem.field for problem in caught.value.errors]


def test_every_export_names_its_schema_version():
    """Each exported document carries its schema and version."""
    company = samples.sample_company()
    report = reporting.build_report(company, date(2024, 12, 31))
    out = stdio.StringIO()
    io.write_compositions([], out, format="json")
    documents = {
        "finding": quota.check_balance(Composition(1, 1), date(2024, 1, 1)).as_dict(),
        "report": reporting.report_to_dict(report),
        "published": reporting.published_figures(report),
        "company": serialize.to_dict(company),
        "compositions": json.loads(out.getvalue()),
    }
    assert "1.0" == documents["finding"]["schema_version"]
    assert reporting.SCHEMA_VERSION == documents["report"]["schema_version"]
    # the one envelope, the rows of io.write_compositions (a table, read by io's table
    # reader) included
    for name in ("finding", "report", "published", "company", "compositions"):
        assert ["schema", "schema_version"] == list(documents[name])[:2], name
        assert "1.0" == documents[name]["schema_version"], name
        assert documents[name]["schema"].startswith("ingroeiquotum."), name


# -- a loader refuses what it would not write, or keeps it exactly -------------------------------


def _places(document, path=()):
    """Every place in a document (but its envelope): the path of each value, nested ones too."""
    if isinstance(document, dict):
        for key, value in document.items():
            if path or key not in ("schema", "schema_version"):
                yield (*path, key)
                yield from _places(value, (*path, key))
    elif isinstance(document, list):
        for index, value in enumerate(document):
            yield (*path, index)
            yield from _places(value, (*path, index))


def _variants(value):
    """Values near ``value``: another form of the same thing, or another JSON type."""
    near = [None, True, False, 0, 1, -1, 0.0, 1.5, 10**400, "", " ", [], {}, "x", *ODD_TEXTS[:40]]
    if isinstance(value, str):
        near += [f" {value}", f"{value} ", value.upper(), value.lower(), value.title(),
                 value.replace("-", ""), value.replace("_", "-"), value.replace("/", "."),
                 f"{value}T00:00", value.replace("-0", "-"), f"2/{value}", f"{value}0"]  # fmt: skip
    if isinstance(value, bool):
        near += [int(value), str(value).lower(), not value]
    elif isinstance(value, int):
        near += [float(value), str(value), value + 1, -value - 1, bool(value)]
    if isinstance(value, list):
        near += [value[::-1], value + value[:1], value[1:], tuple(value)]
    if isinstance(value, dict):
        near += [{key: value[key] for key in list(value)[1:]}]
    return near


def _mutated(document, path, value):
    """``document`` with the value at ``path`` replaced (``...`` removes the key)."""
    copy = json.loads(json.dumps(document))
    part = copy
    for step in path[:-1]:
        part = part[step]
    if value is ...:
        if isinstance(part, dict):
            del part[path[-1]]
        else:
            del part[path[-1]]
    else:
        part[path[-1]] = value
    return copy


def _kept(given, written, path="document"):
    """Each value of ``given`` is in ``written`` with the same JSON type and value (keys left
    out of ``given`` may be there: they were optional)."""
    if isinstance(given, dict):
        assert isinstance(written, dict), path
        for key, value in given.items():
            assert key in written, f"{path}.{key} is not written back"
            _kept(value, written[key], f"{path}.{key}")
    elif isinstance(given, list):
        assert isinstance(written, list), path
        assert len(given) == len(written), path
        for index, (item, back) in enumerate(zip(given, written, strict=True)):
            _kept(item, back, f"{path}[{index}]")
    else:
        assert type(given) is type(written), (path, given, written)
        assert given == written, (path, given, written)


@st.composite
def _mutations(draw):
    """A document of any kind (an example, or a generated value object) with one place changed."""
    kind = draw(st.sampled_from(sorted(EXAMPLES)))
    value = EXAMPLES[kind]()
    strategy = next((s for k, s in documents.VALUE_STRATEGIES.items()
                     if serialize.DOCUMENTS[k] == kind), None)  # fmt: skip
    if strategy is not None and draw(st.booleans()):
        value = draw(strategy)
    document = json.loads(serialize.to_json(value))
    places = list(_places(document))
    if not places:
        return document
    path = draw(st.sampled_from(places))
    part = document
    for step in path:
        part = part[step]
    return _mutated(document, path, draw(st.sampled_from([..., *_variants(part)])))


@settings(max_examples=fuzz_examples() * 25, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])  # fmt: skip
@given(document=_mutations())
@counted
def test_a_document_read_is_written_back_as_it_was_given(document):
    """
    For every kind, a valid document with one value changed (another form, another type, a key
    removed) is refused with a LoadError, or read to a value that writes back every value given
    exactly (write(read(d)) keeps d) and reads back equal (read(write(x)) == x).
    """
    try:
        value = serialize.from_dict(document)
    except LoadError as error:
        refused = error
    else:
        refused = None
    if refused is not None:
        assert refused.errors
        assert str(refused)
        return
    written = serialize.to_dict(value)
    _kept(document, written)
    assert serialize.to_dict(serialize.from_dict(written)) == written
    if type(value) is not eu.CombinedEvaluation:
        assert serialize.from_dict(written) == value


@pytest.mark.parametrize(
    ("deadline", "reason"),
    [
        ("garbage", "must be a date as YYYY-MM-DD"),
        (True, "must be a date as YYYY-MM-DD"),
        (20261031, "must be a date as YYYY-MM-DD"),
        ("2099-10-31", "must be 2026-10-31, the deadline of the report's financial year"),
        ("2026-10-30", "must be 2026-10-31, the deadline of the report's financial year"),
        (None, "must be 2026-10-31, the deadline of the report's financial year"),
    ],
)
def test_a_report_with_another_deadline_is_refused(deadline, reason):
    """A deadline that is not the one of the report's financial year is refused, never recomputed."""
    document = {**serialize.to_dict(_report()), "deadline": deadline}
    with pytest.raises(LoadError) as caught:
        serialize.from_dict(document)
    assert [("deadline", deadline, reason)] == [
        (problem.field, problem.value, problem.reason) for problem in caught.value.errors
    ]


def test_a_report_deadline_may_be_left_out_or_null_where_the_act_does_not_apply():
    """Left out, the deadline is the year's; for a year the act does not cover it is null."""
    document = serialize.to_dict(_report())
    del document["deadline"]
    assert serialize.from_dict(document) == _report()
    old = json.loads(json.dumps(serialize.to_dict(_report())))
    old["financial_year"] = {"start": "2020-01-01", "end": "2020-12-31", "figures": None}
    old["deadline"] = None
    assert serialize.from_dict(old).deadline is None
    old["deadline"] = "2021-10-31"
    with pytest.raises(LoadError, match="must be null: the act does not cover"):
        serialize.from_dict(old)


@pytest.mark.parametrize("groups", [False, 0, "", None, {}, "Dochter BV", 1.0])
def test_group_companies_of_another_type_are_refused(groups):
    """Only an array is a list of group companies: False, 0 or "" is refused, not read as empty."""
    document = {**serialize.to_dict(_report()), "group_companies": groups}
    with pytest.raises(LoadError) as caught:
        serialize.from_dict(document)
    assert ["group_companies"] == [problem.field for problem in caught.value.errors]


@pytest.mark.parametrize("name", ["  Polderchemie", "Polderchemie  ", "\tPolder chemie", " X "])
def test_a_company_name_keeps_its_spaces(name):
    """A name is kept exactly, spaces around it included, through the dict and JSON."""
    document = serialize.to_dict(_report())
    document["company"]["name"] = name
    document["group_companies"][0]["name"] = name
    report = serialize.from_dict(document)
    assert (name, name) == (report.company, report.group_companies[0].name)
    again = serialize.from_json(serialize.to_json(report), kind=reporting.SerReport)
    assert (name, name) == (again.company, again.group_companies[0].name)


@pytest.mark.parametrize("name", ["", " ", "\t\n", "\u00a0"])
def test_a_company_name_of_only_spaces_is_refused(name):
    """A name with nothing but white space names nobody: refused, in a document and in code."""
    document = serialize.to_dict(_report())
    document["company"]["name"] = name
    with pytest.raises(LoadError, match="must be a non-empty string"):
        serialize.from_dict(document)
    with pytest.raises(InvalidArgument):
        reporting.GroupCompany(name)


@pytest.mark.parametrize(
    ("path", "given", "written"),
    [
        (["value"], "2/6", '"1/3"'),
        (["form"], "Women_Share", '"women_share"'),
        (["organ"], "RVC", '"rvc"'),
    ],
)
def test_another_form_of_a_value_is_refused_with_the_form_written(path, given, written):
    """A value read in another form than the one written is refused, naming the form."""
    target = reporting.Target(
        "rvc", "women_share", "1/3", target_year=2030, set_on=date(2025, 1, 1)
    )
    document = _mutated(serialize.to_dict(target), path, given)
    with pytest.raises(LoadError) as caught:
        serialize.from_dict(document)
    (problem,) = caught.value.errors
    assert (path[0], given) == (problem.field, problem.value)
    assert f"must be written as {written}" in problem.reason
