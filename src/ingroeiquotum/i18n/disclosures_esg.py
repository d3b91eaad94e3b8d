"""
The board-diversity disclosures of :mod:`ingroeiquotum.disclosures` (ESRS GOV-1, ESRS S1-9,
SFDR PAI 13) as text in Dutch or English.

Not to be confused with :mod:`.disclosure`, the gender-diversity paragraph of the
bestuursverslag under Dutch law (art. 3d Besluit inhoud bestuursverslag).

>>> from datetime import date
>>> from ingroeiquotum import disclosures
>>> from ingroeiquotum.company import Company, Snapshot
>>> from ingroeiquotum.composition import Composition
>>> day = date(2025, 12, 31)
>>> company = Company("Voorbeeld NV", "NV", snapshots=[
...     Snapshot("bestuur", day, Composition(men=2, women=1)),
...     Snapshot("rvc", day, Composition(men=2, women=2, other=1)),
... ])
>>> print(esg_disclosure(disclosures.sfdr_pai_13(company, day), "en"))
SFDR principal adverse impact indicator 13, board gender diversity, of Voorbeeld NV on 31 December 2025.
Management board: women 1 (33.3%), men 2 (66.7%), other 0 (0%), not reported 0 (0%), total 3.
RvC: women 2 (40%), men 2 (40%), other 1 (20%), not reported 0 (0%), total 5.
Together: women 3 (37.5%), men 4 (50%), other 1 (12.5%), not reported 0 (0%), total 8.
Women as a percentage of all board members: 37.5%.
People registered as neither sex are shown as 'other' and members whose sex is not recorded as 'not reported'; both count among the members, neither as women nor as men.
Datapoints PAI 13; Delegated Regulation (EU) 2022/1288 of 6 April 2022, Annex I.

.. versionadded:: 0.3.0
"""

from __future__ import annotations

__all__ = ["esg_disclosure"]

from fractions import Fraction
from typing import TYPE_CHECKING, Any

from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.i18n.messages import _LOCALES, _language, _organ_text, format_value, message

if TYPE_CHECKING:
    from ingroeiquotum.model.composition import Composition


def _ratio(value: Fraction, language: str) -> str:
    from babel import numbers

    return str(numbers.format_decimal(float(value), format="0.00", locale=_LOCALES[language]))


def _line(label: str, composition: Composition, language: str) -> str:
    members = composition.members
    params: dict[str, Any] = {"organ": label, "members": members}
    for name in ("women", "men", "other", "unknown"):
        count = getattr(composition, name)
        params[name] = str(count)
        share = None if members == 0 else Fraction(count, members)
        params[f"share_{name}"] = format_value(share, language)
    return message("esg.group", language, **params)


def esg_disclosure(result: Any, locale: str = "nl") -> str:
    """
    ``result`` (a :class:`~ingroeiquotum.disclosures.GenderDisclosure`) as text in ``locale``:
    a title, one line per group counted and one for them together (each with women, men,
    other and not reported, in number and percentage of the members), the headline figure,
    for S1-9 the definition of top management applied, how the people of neither or unknown
    sex are shown, and the datapoints and version of the standard.

    Raises:
        InvalidArgument: for a result that is not a GenderDisclosure, or an unknown locale.
    """
    from ingroeiquotum.law.eu.disclosures import GenderDisclosure, Indicator, RatioBasis

    if not isinstance(result, GenderDisclosure):
        raise InvalidArgument("result", result, "must be a GenderDisclosure")
    language = _language(locale)
    indicator = result.indicator
    lines = [
        message(f"esg.title.{indicator.value}", language, company=result.company, on=result.on)
    ]
    lines.extend(
        _line(_organ_text(str(group.organ), language), group.composition, language)
        for group in result.groups
    )
    if len(result.groups) > 1:
        lines.append(_line(message("esg.total", language), result.total, language))
    if result.missing:
        organs = ", ".join(_organ_text(organ, language) for organ in result.missing)
        lines.append(message("esg.missing", language, organs=organs))
    figure = result.figure
    if indicator is Indicator.ESRS_S1_9 and result.top_management_definition is not None:
        key = "esg.definition.own" if result.own_definition else "esg.definition.ar_71"
        # the organs' keys ("bestuur", "subtop:Directie") in words; the company's own text as given
        definition = ", ".join(
            _organ_text(part.strip(), language)
            for part in result.top_management_definition.split(",")
        )
        lines.append(message(key, language, definition=definition))
    if not result.missing:
        if indicator is Indicator.ESRS_GOV_1:
            if result.ratio_basis is RatioBasis.WOMEN_OF_MEMBERS:
                lines.append(
                    message("esg.figure.esrs_gov_1.women_of_members", language, share=figure)
                )
            elif figure is None:
                lines.append(message("esg.figure.esrs_gov_1.none", language))
            else:
                lines.append(
                    message(
                        "esg.figure.esrs_gov_1.women_to_men",
                        language,
                        ratio=_ratio(figure, language),
                    )
                )
        else:
            lines.append(message(f"esg.figure.{indicator.value}", language, share=figure))
    lines.append(message("esg.other", language))
    lines.append(
        message(
            "esg.source",
            language,
            datapoints=", ".join(result.datapoints),
            version=result.standard_version,
        )
    )
    return "\n".join(lines)
