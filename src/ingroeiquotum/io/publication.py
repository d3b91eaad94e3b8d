"""
The figures of a report to the SER for publication (the bestuursverslag, a website, a press
release): counts only, with the small categories suppressed on request. A document of its own
kind (``ingroeiquotum.published_figures``, with a JSON Schema in the package), written for
people to read and not read back.
"""

from __future__ import annotations

__all__ = ["SCHEMA_VERSION", "published_figures"]

from typing import Any

from ingroeiquotum import _validate
from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.io.codec._values import write_target
from ingroeiquotum.law.bw2.reporting import PUBLISHED_SCHEMA, SerReport
from ingroeiquotum.model.composition import Composition

SCHEMA_VERSION = "1.0"
"""The version of the published figures' document."""


def published_figures(report: SerReport, *, suppress_below: int | None = None) -> dict[str, Any]:
    """
    The figures of ``report`` for publication (the bestuursverslag, a website, a press
    release), as plain data: per organ the members, men, women, others and unknowns, the men
    and women as reported to the SER, the share of women, the target and whether it was met;
    and the workforce. Counts only: no name of a person appears.

    With ``suppress_below``, an organ (or subtop category, or the workforce) with fewer than
    ``suppress_below`` members gets ``None`` for every count, the share and whether the target
    was met, and ``"suppressed": True``, so that the figures of a category of a few people do
    not expose them. Every entry says whether it was suppressed.

    >>> from datetime import date
    >>> from ingroeiquotum import reporting, samples
    >>> report = reporting.build_report(samples.sample_company(), date(2024, 12, 31))
    >>> figures = published_figures(report, suppress_below=5)
    >>> figures["schema"], figures["schema_version"], figures["suppress_below"]
    ('ingroeiquotum.published_figures', '1.0', 5)
    >>> [(line["organ"], line["members"], line["women"], line["suppressed"])
    ...  for line in figures["organs"]]  # doctest: +NORMALIZE_WHITESPACE
    [('bestuur', None, None, True), ('rvc', 6, 3, False), ('subtop:Directeuren', 18, 5, False),
     ('subtop:Afdelingshoofden', 54, 16, False)]

    Raises:
        InvalidArgument: if ``report`` is not a SerReport, or ``suppress_below`` is not a
            whole number of at least 0.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.1.0
       The envelope is ``schema`` and ``schema_version`` (``"1.0"``), as every document's.
    """
    if not isinstance(report, SerReport):
        raise InvalidArgument("report", report, "must be a SerReport")
    if suppress_below is not None:
        suppress_below = _validate.count("suppress_below", suppress_below)

    def counts(composition: Composition | None) -> dict[str, Any]:
        hidden = (
            composition is not None
            and suppress_below is not None
            and composition.members < suppress_below
        )
        if composition is None or hidden:
            figures: dict[str, Any] = dict.fromkeys(
                ("members", "men", "women", "other", "unknown", "share_women")
            )
        else:
            share = composition.share("woman")
            figures = {
                "members": composition.members,
                **composition.as_dict(),
                "share_women": None if share is None else str(share),
            }
        figures["suppressed"] = hidden
        return figures

    organs = []
    for line in report.organs:
        figures = counts(line.composition)
        hidden = figures.pop("suppressed")
        organs.append(
            {
                "organ": str(line.organ),
                **figures,
                "reported_men": None if hidden else line.reported_men,
                "reported_women": None if hidden else line.reported_women,
                "target": None if line.target is None else write_target(line.target),
                "target_met": None if hidden else line.target_met,
                "suppressed": hidden,
            }
        )
    return {
        "schema": PUBLISHED_SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "company": report.company,
        "financial_year": {
            "start": report.financial_year.start.isoformat(),
            "end": report.financial_year.end.isoformat(),
        },
        "suppress_below": suppress_below,
        "organs": organs,
        "workforce": None if report.workforce is None else counts(report.workforce),
    }
