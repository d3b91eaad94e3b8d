"""
The board-diversity disclosures (:class:`~ingroeiquotum.disclosures.GenderDisclosure`) as
document bodies.

The body holds the facts the disclosure was made from (the indicator, the company's name, the
day, the groups counted with their compositions, the organs missing, the options chosen) and,
for a reader of the export, what follows from them: the total, the headline figure as an exact
fraction, the datapoint ids, the version of the standard, the provisions cited and the keys of
the readings applied. Reading a document back, those derived fields are optional; where present
they must equal what the facts give, so that an edited figure is refused rather than kept.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from ingroeiquotum.io.codec._reader import Reader, day, flag, join, optional_text, text, texts
from ingroeiquotum.io.codec._values import read_composition, write_composition
from ingroeiquotum.law.eu.disclosures import GenderDisclosure, Group

_FACTS = ("indicator", "company", "on", "groups", "missing", "ratio_basis",
          "top_management_definition", "own_definition")  # fmt: skip
_DERIVED = ("total", "figure", "datapoints", "standard_version", "citations", "readings")


def _figure(value: Fraction | None) -> str | None:
    return None if value is None else f"{value.numerator}/{value.denominator}"


def _derived(value: GenderDisclosure) -> dict[str, Any]:
    return {
        "total": write_composition(value.total),
        "figure": _figure(value.figure),
        "datapoints": list(value.datapoints),
        "standard_version": value.standard_version,
        "citations": [str(citation) for citation in value.citations],
        "readings": [reading.key for reading in value.readings],
    }


def write_gender_disclosure(value: GenderDisclosure) -> dict[str, Any]:
    return {
        "indicator": value.indicator.value,
        "company": value.company,
        "on": value.on.isoformat(),
        "groups": [
            {"organ": str(group.organ), "composition": write_composition(group.composition)}
            for group in value.groups
        ],
        "missing": list(value.missing),
        "ratio_basis": value.ratio_basis.value,
        "top_management_definition": value.top_management_definition,
        "own_definition": value.own_definition,
        **_derived(value),
    }


def _read_group(reader: Reader, data: object, path: str) -> Group | None:
    fields = reader.fields(data, path, ("organ", "composition"))
    if fields is None:
        return None
    mark = reader.mark()
    organ = reader.check(fields, "organ", path, text)
    composition = read_composition(reader, fields["composition"], join(path, "composition"))
    if not reader.clean_since(mark):
        return None
    return reader.build(path, Group, organ, composition)


def read_gender_disclosure(reader: Reader, data: object, path: str) -> GenderDisclosure | None:
    fields = reader.fields(data, path, _FACTS[:4], (*_FACTS[4:], *_DERIVED))
    if fields is None:
        return None
    mark = reader.mark()
    indicator = reader.check(fields, "indicator", path, text)
    company = reader.check(fields, "company", path, text)
    on = reader.check(fields, "on", path, day)
    groups = reader.each(fields, "groups", path, _read_group)
    missing = reader.check(fields, "missing", path, texts) if "missing" in fields else []
    basis = fields.get("ratio_basis", "women_to_men")
    definition = reader.check(fields, "top_management_definition", path, optional_text)
    own = (
        reader.check(fields, "own_definition", path, flag) if "own_definition" in fields else False
    )
    if not reader.clean_since(mark):
        return None
    value = reader.build(
        path, GenderDisclosure, indicator, company, on, tuple(groups or ()), tuple(missing),
        ratio_basis=basis, top_management_definition=definition, own_definition=own,
    )  # fmt: skip
    if value is None:
        return None
    for key, expected in _derived(value).items():
        if key in fields and fields[key] != expected:
            reader.fail(
                join(path, key), fields[key], f"does not follow from the facts ({expected!r})"
            )
    return value if reader.clean_since(mark) else None
