"""
What the library derives, as document bodies: the result of a general meeting
(:class:`~ingroeiquotum.quota.MeetingResult`), the directive's yearly information and the two
regimes side by side (:class:`~ingroeiquotum.eu.AnnualInformation`,
:class:`~ingroeiquotum.eu.CombinedEvaluation`), and the SER's advice on a finding
(:class:`~ingroeiquotum.guidance.Advice`). Each holds findings and compositions in their own
bodies, read by their own readers.
"""

from __future__ import annotations

from typing import Any

from ingroeiquotum import _validate
from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.guidance.queries import Advice, Recommendation, get
from ingroeiquotum.io.codec._findings import (
    read_facts,
    read_finding,
    read_optional_finding,
    write_finding,
)
from ingroeiquotum.io.codec._reader import (
    Reader,
    day,
    join,
    optional_flag,
    optional_text,
    text,
    texts,
)
from ingroeiquotum.io.codec._values import (
    read_composition,
    read_optional_composition,
    write_composition,
)
from ingroeiquotum.law.bw2.quota import MeetingResult
from ingroeiquotum.law.eu import AnnualInformation, CombinedEvaluation, Objective
from ingroeiquotum.law.findings import _encode_facts

# -- a general meeting -----------------------------------------------------------------------


def write_meeting_result(value: MeetingResult) -> dict[str, Any]:
    return {
        "findings": [write_finding(finding) for finding in value.findings],
        "after": write_composition(value.after),
    }


def read_meeting_result(reader: Reader, data: object, path: str) -> MeetingResult | None:
    fields = reader.fields(data, path, ("findings", "after"))
    if fields is None:
        return None
    mark = reader.mark()
    findings = reader.each(fields, "findings", path, read_finding)
    after = read_composition(reader, fields["after"], join(path, "after"))
    if not reader.clean_since(mark):
        return None
    return reader.build(path, MeetingResult, tuple(findings or ()), after)


# -- the directive: the yearly information (art. 7) and both regimes side by side -------------
# read from the objects' attributes: io stands above law.eu and does not reach into it


def _counts(value: Any) -> dict[str, int] | None:
    return None if value is None else write_composition(value)


def write_annual_information(value: AnnualInformation) -> dict[str, Any]:
    """The body; its keys are those of :meth:`.AnnualInformation.as_dict`."""
    return {
        "company": value.company,
        "on": value.on.isoformat(),
        "objective": value.objective.value,
        "executive_directors": _counts(value.executives),
        "non_executive_directors": _counts(value.non_executives),
        "objective_met": value.objective_met,
        "measures": list(value.measures),
        "reasons": value.reasons,
        "planned_measures": list(value.planned_measures),
    }


_INFORMATION_KEYS = (
    "company", "on", "objective", "executive_directors", "non_executive_directors",
    "objective_met", "measures", "reasons", "planned_measures",
)  # fmt: skip


def read_annual_information(reader: Reader, data: object, path: str) -> AnnualInformation | None:
    fields = reader.fields(data, path, _INFORMATION_KEYS)
    if fields is None:
        return None
    mark = reader.mark()
    on = reader.check(fields, "on", path, day)
    executives = read_optional_composition(
        reader, fields["executive_directors"], join(path, "executive_directors")
    )
    non_executives = read_optional_composition(
        reader, fields["non_executive_directors"], join(path, "non_executive_directors")
    )
    met = reader.check(fields, "objective_met", path, optional_flag)
    measures = reader.check(fields, "measures", path, texts)
    reasons = reader.check(fields, "reasons", path, optional_text)
    planned = reader.check(fields, "planned_measures", path, texts)
    if not reader.clean_since(mark):
        return None
    return reader.build(
        path, AnnualInformation, company=fields["company"], on=on,
        objective=fields["objective"], executives=executives, non_executives=non_executives,
        measures=measures, reasons=reasons, planned_measures=planned, objective_met=met,
    )  # fmt: skip


_FINDINGS = ("quota_scope", "quota", "targets", "eu_scope", "eu_objective", "transposition")


def write_combined_evaluation(value: CombinedEvaluation) -> dict[str, Any]:
    facts, types = _encode_facts(value.facts)
    findings = {
        name: None if getattr(value, name) is None else write_finding(getattr(value, name))
        for name in _FINDINGS
    }
    return {
        "company": value.company,
        "on": value.on.isoformat(),
        "objective": value.objective.value,
        **findings,
        "explanations": list(value.explanations),
        "facts": facts,
        "fact_types": types,
    }


def read_combined_evaluation(reader: Reader, data: object, path: str) -> CombinedEvaluation | None:
    keys = ("company", "on", "objective", *_FINDINGS, "explanations", "facts")
    fields = reader.fields(data, path, keys, ("fact_types",))
    if fields is None:
        return None
    mark = reader.mark()
    company = reader.check(fields, "company", path, text)
    on = reader.check(fields, "on", path, day)
    objective = reader.build(
        join(path, "objective"), _validate.member, Objective, fields["objective"], "objective"
    )
    findings = {
        name: (read_optional_finding if name == "targets" else read_finding)(
            reader, fields[name], join(path, name)
        )
        for name in _FINDINGS
    }
    explanations = reader.check(fields, "explanations", path, texts)
    facts = read_facts(reader, fields, path)
    if not reader.clean_since(mark):
        return None
    return reader.build(
        path, CombinedEvaluation, company=company, on=on, objective=objective, **findings,
        explanations=tuple(explanations), facts=facts,
    )  # fmt: skip


# -- the SER's advice on a finding ------------------------------------------------------------


def write_advice(value: Advice) -> dict[str, Any]:
    return {
        "key": value.key,
        "finding": write_finding(value.finding),
        "recommendations": [recommendation.key for recommendation in value.recommendations],
        "reason_nl": value.reason_nl,
        "reason_en": value.reason_en,
    }


def _recommendation(field: str, value: object) -> Recommendation:
    try:
        return get(value)  # type: ignore[arg-type]  # get checks it is text
    except InvalidArgument as error:  # guidance names the field "key"
        raise InvalidArgument(field, value, error.reason) from None


def read_advice(reader: Reader, data: object, path: str) -> Advice | None:
    keys = ("key", "finding", "recommendations", "reason_nl", "reason_en")
    fields = reader.fields(data, path, keys)
    if fields is None:
        return None
    mark = reader.mark()
    key = reader.check(fields, "key", path, text)
    finding = read_finding(reader, fields["finding"], join(path, "finding"))
    recommendations = [
        reader.build(f"{join(path, 'recommendations')}[{index}]", _recommendation, "", item)
        for index, item in enumerate(reader.items(fields, "recommendations", path))
    ]
    reason_nl = reader.check(fields, "reason_nl", path, text)
    reason_en = reader.check(fields, "reason_en", path, text)
    if not reader.clean_since(mark):
        return None
    return reader.build(path, Advice, key, finding, tuple(recommendations), reason_nl, reason_en)
