"""
Board-diversity disclosures (*genderdiversiteit in duurzaamheidsverslag en PAI*) from the same
:class:`~ingroeiquotum.company.Company` the Dutch rules read.

Three figures that many of the same companies publish under the CSRD and give to investors:

- :func:`esrs_gov_1`: ESRS 2, disclosure requirement GOV-1, paragraph 21(d) (Annex I to
  Commission Delegated Regulation (EU) 2023/2772): the composition of the administrative,
  management and supervisory bodies by gender, and the board's gender diversity ratio, which
  the paragraph defines as the average ratio of female to male board members;
- :func:`esrs_s1_9`: ESRS S1, disclosure requirement S1-9, paragraph 66(a): the number and
  percentage by gender at top management, which AR 71 defines as one or two levels below the
  administrative and supervisory bodies unless the company uses its own definition, which it
  then discloses;
- :func:`sfdr_pai_13`: principal adverse impact indicator 13 of Table 1 of Annex I to
  Commission Delegated Regulation (EU) 2022/1288 (board gender diversity): the average ratio of
  female to male board members in investee companies, expressed as a percentage of all board
  members. An investor averages it over its investees; this module gives one investee's value.

Each result is a :class:`GenderDisclosure`: the groups counted, the headline figure, the
datapoint ids and the version of the standard, the provisions it follows and the readings it
applies. People registered as neither sex and members of unknown sex are shown apart, as
"other" and "not reported" (the categories of table 1 of ESRS S1 AR 55): they count in the
members of a group, never as women or men (reading ``disclosures.other_and_unknown_apart``).

>>> from datetime import date
>>> from ingroeiquotum.company import Company, Snapshot
>>> from ingroeiquotum.composition import Composition
>>> day = date(2025, 12, 31)
>>> company = Company("Voorbeeld NV", "NV", listed=True, snapshots=[
...     Snapshot("bestuur", day, Composition(men=2, women=1)),
...     Snapshot("rvc", day, Composition(men=3, women=2, other=1)),
... ])
>>> gov = esrs_gov_1(company, day)
>>> gov.total
Composition(men=5, women=3, other=1, unknown=0)
>>> gov.figure, gov.datapoints
(Fraction(3, 5), ('GOV-1_05', 'GOV-1_06'))
>>> sfdr_pai_13(company, day).figure  # 3 women of 9 board members
Fraction(1, 3)

Sources read (the ``search`` tool, December 2026): paragraph 21(d) of ESRS 2 and its footnote
linking the ratio to PAI indicator 13 (the German text of the delegated act, haufe.de);
paragraph 66(a) and AR 71 of ESRS S1 (the German text, help.netcero.eu); table 1 of AR 55 of
ESRS S1 with the categories male, female, other and not reported, "other" being a legally
registered third gender (the German text, datenbank.nwb.de); the wording of PAI indicator 13
and the ESAs' answer that its denominator is all board members (planicorn.co, quoting the
ESAs' Q&A on Delegated Regulation (EU) 2022/1288); the datapoint id S1-9_06 of the own
definition of top management (EFRAG's implementation guidance 3, knowledgehub.efrag.org). The
ids GOV-1_05, GOV-1_06, S1-9_01 and S1-9_02 are those of EFRAG's datapoint list as cited by
reporting tools (not read in EFRAG's own list).

.. versionadded:: 0.3.0
"""

from __future__ import annotations

__all__ = [
    "ESRS_2_GOV_1_21D",
    "ESRS_DELEGATED_REGULATION",
    "ESRS_S1_66A",
    "ESRS_S1_AR_55",
    "ESRS_S1_AR_71",
    "ESRS_VERSION",
    "SFDR_DELEGATED_REGULATION",
    "SFDR_PAI_13",
    "SFDR_VERSION",
    "GenderDisclosure",
    "Group",
    "Indicator",
    "RatioBasis",
    "esrs_gov_1",
    "esrs_s1_9",
    "sfdr_pai_13",
]

import enum
from collections.abc import Iterable, Sequence
from datetime import date
from fractions import Fraction
from typing import Literal, TypeAlias

import attrs

from ingroeiquotum import _validate
from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.law import readings
from ingroeiquotum.law.citations import Citation, Instrument
from ingroeiquotum.law.findings import Reading
from ingroeiquotum.model.company import BoardModel, Company
from ingroeiquotum.model.composition import Composition
from ingroeiquotum.model.gender import Gender, GenderLabel
from ingroeiquotum.model.organs import Organ, OrganKind, OrganLike

ESRS_DELEGATED_REGULATION = Instrument(
    short="Delegated Regulation (EU) 2023/2772",
    title=(
        "Commission Delegated Regulation (EU) 2023/2772 of 31 July 2023 supplementing Directive "
        "2013/34/EU of the European Parliament and of the Council as regards sustainability "
        "reporting standards"
    ),
    eli="http://data.europa.eu/eli/reg_del/2023/2772/oj",
    publication="OJ L, 2023/2772, 22.12.2023",
    publication_url="https://eur-lex.europa.eu/eli/reg_del/2023/2772/oj",
)
SFDR_DELEGATED_REGULATION = Instrument(
    short="Delegated Regulation (EU) 2022/1288",
    title=(
        "Commission Delegated Regulation (EU) 2022/1288 of 6 April 2022 supplementing Regulation "
        "(EU) 2019/2088 of the European Parliament and of the Council with regard to regulatory "
        "technical standards (sustainability-related disclosures)"
    ),
    eli="http://data.europa.eu/eli/reg_del/2022/1288/oj",
    publication="OJ L 196, 25.7.2022, p. 1",
    publication_url="https://eur-lex.europa.eu/eli/reg_del/2022/1288/oj",
)
_ESRS_FROM = date(2024, 1, 1)  # the first financial years reported on under the ESRS
_SFDR_FROM = date(2023, 1, 1)  # the delegated regulation applies from 1 January 2023


def _esrs(article: str, paragraph: int | None, point: str | None, label: str) -> Citation:
    return Citation(
        ESRS_DELEGATED_REGULATION, article, paragraph, point=point, label=label,
        in_force_from=_ESRS_FROM,
    )  # fmt: skip


ESRS_2_GOV_1_21D = _esrs(
    "ESRS 2", 21, "d", "ESRS 2 GOV-1, paragraph 21(d) (Delegated Regulation (EU) 2023/2772)"
)
"""ESRS 2 GOV-1 paragraph 21(d): the bodies' members by gender and the gender diversity ratio."""
ESRS_S1_66A = _esrs(
    "ESRS S1", 66, "a", "ESRS S1-9, paragraph 66(a) (Delegated Regulation (EU) 2023/2772)"
)
"""ESRS S1-9 paragraph 66(a): the gender distribution in number and percentage at top management."""
ESRS_S1_AR_71 = _esrs("ESRS S1", None, None, "ESRS S1, AR 71 (Delegated Regulation (EU) 2023/2772)")
"""ESRS S1 AR 71: top management is one or two levels below the bodies, or the own definition."""
ESRS_S1_AR_55 = _esrs(
    "ESRS S1", None, None, "ESRS S1, AR 55, table 1 (Delegated Regulation (EU) 2023/2772)"
)
"""ESRS S1 AR 55 table 1: the gender categories male, female, other and not reported."""
SFDR_PAI_13 = Citation(
    SFDR_DELEGATED_REGULATION,
    "Annex I",
    label="Annex I, table 1, indicator 13 (Delegated Regulation (EU) 2022/1288)",
    in_force_from=_SFDR_FROM,
)
"""PAI indicator 13, board gender diversity, of Delegated Regulation (EU) 2022/1288."""

ESRS_VERSION = "ESRS set 1, Delegated Regulation (EU) 2023/2772 of 31 July 2023"
"""The version of the ESRS the ESRS disclosures follow (the first set, as adopted)."""
SFDR_VERSION = "Delegated Regulation (EU) 2022/1288 of 6 April 2022, Annex I"
"""The version of the SFDR technical standards the PAI indicator follows."""


class Indicator(enum.Enum):
    """
    Which disclosure a :class:`GenderDisclosure` is.

    .. versionadded:: 0.3.0
    """

    ESRS_GOV_1 = "esrs_gov_1"
    """ESRS 2 GOV-1 paragraph 21(d): the bodies by gender and the gender diversity ratio."""
    ESRS_S1_9 = "esrs_s1_9"
    """ESRS S1-9 paragraph 66(a): top management by gender."""
    SFDR_PAI_13 = "sfdr_pai_13"
    """SFDR PAI indicator 13: board gender diversity."""


class RatioBasis(enum.Enum):
    """
    How the ESRS board's gender diversity ratio is computed (reading
    ``disclosures.esrs_ratio``).

    .. versionadded:: 0.3.0
    """

    WOMEN_TO_MEN = "women_to_men"
    """The number of women divided by the number of men (the text's "ratio of female to male")."""
    WOMEN_OF_MEMBERS = "women_of_members"
    """The women as a share of all board members (PAI indicator 13's denominator)."""


RatioBasisName: TypeAlias = Literal["women_to_men", "women_of_members"]

_DATAPOINTS = {
    Indicator.ESRS_GOV_1: ("GOV-1_05", "GOV-1_06"),
    Indicator.ESRS_S1_9: ("S1-9_01", "S1-9_02"),
    Indicator.SFDR_PAI_13: ("PAI 13",),
}
_OWN_DEFINITION_DATAPOINT = "S1-9_06"


def _organ(value: OrganLike) -> Organ:
    return Organ.parse(value)


@attrs.frozen
class Group:
    """
    One group counted by gender: an organ (``"bestuur"``, ``"rvc"``, ``"subtop:Directors"``)
    and its composition on the day of the disclosure.

    .. versionadded:: 0.3.0
    """

    organ: Organ = attrs.field(converter=_organ)
    composition: Composition = attrs.field(validator=attrs.validators.instance_of(Composition))

    def percentage(self, gender: Gender | GenderLabel) -> Fraction | None:
        """The share of the group's members of ``gender``; ``None`` for an empty group."""
        return self.composition.share(gender)


def _groups(value: Iterable[Group]) -> tuple[Group, ...]:
    return _validate.instances("groups", value, Group)


def _texts(value: Iterable[str]) -> tuple[str, ...]:
    items = _validate.sequence("missing", value)
    for item in items:
        if not isinstance(item, str):
            raise InvalidArgument("missing", item, "must be a string")
    return items


def _indicator(value: Indicator | str) -> Indicator:
    return _validate.member(Indicator, value, "indicator")


def _basis(value: RatioBasis | str) -> RatioBasis:
    return _validate.member(RatioBasis, value, "ratio_basis")


def _company_name(instance: object, attribute: object, value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InvalidArgument("company", value, "must be a non-empty text (the company's name)")


def _optional_text(instance: object, attribute: object, value: str | None) -> None:
    if value is not None and not isinstance(value, str):
        raise InvalidArgument("top_management_definition", value, "must be a text or None")


@attrs.frozen
class GenderDisclosure:
    """
    One board-diversity disclosure of one company on one day.

    ``groups`` are the organs counted, each with its composition; ``missing`` the organs asked
    for that have no composition on ``on`` (then ``figure`` is ``None``: a figure over part of
    the board would mislead). ``figure`` is the headline number: for ESRS GOV-1 the board's
    gender diversity ratio (by ``ratio_basis``), for ESRS S1-9 and for PAI 13 the share of
    women of all members counted. ``top_management_definition`` is, for S1-9, the definition
    of top management applied, and ``own_definition`` whether it is the company's own (AR 71:
    then it must be disclosed, datapoint ``S1-9_06``).

    .. versionadded:: 0.3.0
    """

    indicator: Indicator = attrs.field(converter=_indicator)
    company: str = attrs.field(validator=_company_name)
    on: date = attrs.field(validator=_validate.attrs_day)
    groups: tuple[Group, ...] = attrs.field(converter=_groups)
    missing: tuple[str, ...] = attrs.field(default=(), converter=_texts)
    ratio_basis: RatioBasis = attrs.field(default=RatioBasis.WOMEN_TO_MEN, converter=_basis)
    top_management_definition: str | None = attrs.field(default=None, validator=_optional_text)
    own_definition: bool = attrs.field(default=False, validator=_validate.attrs_flag)

    @property
    def total(self) -> Composition:
        """Every member of every group counted, by gender."""
        return Composition(
            men=sum(group.composition.men for group in self.groups),
            women=sum(group.composition.women for group in self.groups),
            other=sum(group.composition.other for group in self.groups),
            unknown=sum(group.composition.unknown for group in self.groups),
        )

    @property
    def figure(self) -> Fraction | None:
        """
        The headline figure (see the class); ``None`` when an organ is missing, the groups are
        empty, or (for the women-to-men ratio) no man is counted: the ratio has no value then.
        """
        if self.missing:
            return None
        total = self.total
        if self.indicator is Indicator.ESRS_GOV_1 and self.ratio_basis is RatioBasis.WOMEN_TO_MEN:
            return None if total.men == 0 else Fraction(total.women, total.men)
        return total.share("woman")

    @property
    def datapoints(self) -> tuple[str, ...]:
        """The ids of the datapoints this disclosure fills (EFRAG's list; "PAI 13" for SFDR)."""
        own = (_OWN_DEFINITION_DATAPOINT,) if self.own_definition else ()
        return (*_DATAPOINTS[self.indicator], *own)

    @property
    def standard_version(self) -> str:
        """The version of the standard followed (:data:`ESRS_VERSION`, :data:`SFDR_VERSION`)."""
        return SFDR_VERSION if self.indicator is Indicator.SFDR_PAI_13 else ESRS_VERSION

    @property
    def citations(self) -> tuple[Citation, ...]:
        """The provisions the disclosure follows."""
        if self.indicator is Indicator.ESRS_GOV_1:
            return (ESRS_2_GOV_1_21D, ESRS_S1_AR_55)
        if self.indicator is Indicator.ESRS_S1_9:
            return (ESRS_S1_66A, ESRS_S1_AR_71, ESRS_S1_AR_55)
        return (SFDR_PAI_13, ESRS_S1_AR_55)

    @property
    def readings(self) -> tuple[Reading, ...]:
        """The readings applied: how the others are shown, and the indicator's own definition."""
        applied: list[Reading] = [readings.DISCLOSURE_OTHER_APART]
        if self.indicator is Indicator.ESRS_GOV_1:
            applied.append(
                readings.DISCLOSURE_ESRS_RATIO
                if self.ratio_basis is RatioBasis.WOMEN_TO_MEN
                else readings.DISCLOSURE_ESRS_RATIO_SHARE
            )
            applied.append(readings.DISCLOSURE_BODIES)
        elif self.indicator is Indicator.ESRS_S1_9:
            applied.append(readings.DISCLOSURE_TOP_MANAGEMENT)
        else:
            applied.append(readings.DISCLOSURE_BODIES)
        return tuple(applied)


def _organs(field: str, value: Sequence[OrganLike] | None) -> tuple[Organ, ...] | None:
    if value is None:
        return None
    items = _validate.sequence(field, value)
    organs = tuple(dict.fromkeys(Organ.parse(item) for item in items))
    if not organs:
        raise InvalidArgument(field, value, "must name at least one organ")
    return organs


def _board(company: Company) -> tuple[Organ, ...]:
    """The administrative, management and supervisory bodies: executives plus non-executives."""
    if company.board_model is BoardModel.ONE_TIER:
        return (Organ(OrganKind.EXECUTIVE), Organ(OrganKind.NON_EXECUTIVE))
    if company.supervisory_board:
        return (Organ(OrganKind.BESTUUR), Organ(OrganKind.RVC))
    return (Organ(OrganKind.BESTUUR),)


def _count(
    indicator: Indicator, company: Company, on: date, organs: tuple[Organ, ...], **extra: object
) -> GenderDisclosure:
    groups: list[Group] = []
    missing: list[str] = []
    for organ in organs:
        composition = company.composition(organ, on)
        if composition is None:
            missing.append(str(organ))
        else:
            groups.append(Group(organ, composition))
    return GenderDisclosure(
        indicator,
        company.name,
        on,
        tuple(groups),
        tuple(missing),
        **extra,  # type: ignore[arg-type]
    )


def _company(company: object) -> Company:
    if not isinstance(company, Company):
        raise InvalidArgument("company", company, "must be a Company")
    return company


def esrs_gov_1(
    company: Company,
    on: date,
    *,
    bodies: Sequence[OrganLike] | None = None,
    ratio: RatioBasis | RatioBasisName = RatioBasis.WOMEN_TO_MEN,
) -> GenderDisclosure:
    """
    ESRS 2 GOV-1 paragraph 21(d) on ``on``: the administrative, management and supervisory
    bodies by gender, and the board's gender diversity ratio.

    ``bodies`` defaults to the bestuur and the RvC (one-tier: the executive and the
    non-executive directors); the ratio is taken over their members together (reading
    ``disclosures.bodies_together``). ``ratio`` chooses the reading of "the average ratio of
    female to male board members": women divided by men (the default), or women as a share of
    all members (``"women_of_members"``, as PAI indicator 13 expresses it).

    >>> from ingroeiquotum.company import Company, Snapshot
    >>> from ingroeiquotum.composition import Composition
    >>> day = date(2025, 12, 31)
    >>> one_tier = Company("Plc", "NV", board_model="one_tier", snapshots=[
    ...     Snapshot("executive", day, Composition(men=2, women=0)),
    ...     Snapshot("non_executive", day, Composition(men=3, women=3, unknown=1)),
    ... ])
    >>> esrs_gov_1(one_tier, day).figure
    Fraction(3, 5)
    >>> esrs_gov_1(one_tier, day, ratio="women_of_members").figure
    Fraction(1, 3)

    Raises:
        InvalidArgument: for a company that is not a :class:`Company`, a bad organ or ratio.
        InvalidDate: for an ``on`` that is not a date.
    """
    company = _company(company)
    on = _validate.day("on", on)
    basis = _validate.member(RatioBasis, ratio, "ratio")
    organs = _organs("bodies", bodies) or _board(company)
    return _count(Indicator.ESRS_GOV_1, company, on, organs, ratio_basis=basis)


def _top_management(company: Company) -> tuple[Organ, ...]:
    management = Organ.parse(company.management_organ)
    subtop = tuple(organ for organ in company.organs if organ.is_subtop)
    return (management, *subtop)


def _definition(organs: tuple[Organ, ...]) -> str:
    return ", ".join(str(organ) for organ in organs)


def esrs_s1_9(
    company: Company,
    on: date,
    *,
    top_management: Sequence[OrganLike] | None = None,
    own_definition: str | None = None,
) -> GenderDisclosure:
    """
    ESRS S1-9 paragraph 66(a) on ``on``: the number and percentage by gender at top management.

    ``top_management`` names the organs and subtop categories counted; by default the bestuur
    (one-tier: the executive directors) and every subtop category the company records
    (reading ``disclosures.top_management``). AR 71 defines top management as one or two
    levels below the administrative and supervisory bodies; a definition that counts a body
    itself (the bestuur, the executive directors) is the company's own, which it must disclose:
    the result then has ``own_definition`` true, the datapoint ``S1-9_06``, and as
    ``top_management_definition`` the text given in ``own_definition`` (else the organs
    counted). Only subtop categories is AR 71's definition.

    >>> from ingroeiquotum.company import Company, Snapshot
    >>> from ingroeiquotum.composition import Composition
    >>> from ingroeiquotum.organs import Organ
    >>> day = date(2025, 12, 31)
    >>> company = Company("BV", "BV", snapshots=[
    ...     Snapshot("bestuur", day, Composition(men=2, women=1)),
    ...     Snapshot(Organ.subtop("Directie"), day, Composition(men=4, women=2, other=1)),
    ... ])
    >>> top = esrs_s1_9(company, day)
    >>> top.total, top.figure, top.own_definition, top.datapoints
    (Composition(men=6, women=3, other=1, unknown=0), Fraction(3, 10), True, ('S1-9_01', 'S1-9_02', 'S1-9_06'))
    >>> esrs_s1_9(company, day, top_management=["subtop:Directie"]).own_definition
    False

    Raises:
        InvalidArgument: for a company that is not a :class:`Company`, a bad organ or text.
        InvalidDate: for an ``on`` that is not a date.
    """
    company = _company(company)
    on = _validate.day("on", on)
    organs = _organs("top_management", top_management) or _top_management(company)
    if own_definition is not None and (
        not isinstance(own_definition, str) or not own_definition.strip()
    ):
        raise InvalidArgument("own_definition", own_definition, "must be a non-empty text")
    own = any(not organ.is_subtop for organ in organs) or own_definition is not None
    text = own_definition.strip() if own_definition is not None else _definition(organs)
    return _count(
        Indicator.ESRS_S1_9, company, on, organs, top_management_definition=text,
        own_definition=own,
    )  # fmt: skip


def sfdr_pai_13(
    company: Company, on: date, *, board: Sequence[OrganLike] | None = None
) -> GenderDisclosure:
    """
    SFDR PAI indicator 13 (board gender diversity) for one investee on ``on``: the women as a
    share of all board members (the ESAs read "expressed as a percentage of all board members"
    as the denominator; people of neither sex and of unknown sex are board members too).

    ``board`` defaults to the bestuur and the RvC (one-tier: every director), as ESRS GOV-1
    (reading ``disclosures.bodies_together``); name ``["rvc"]`` for the supervisory board only.

    >>> from ingroeiquotum.company import Company, Snapshot
    >>> from ingroeiquotum.composition import Composition
    >>> day = date(2025, 12, 31)
    >>> company = Company("NV", "NV", snapshots=[
    ...     Snapshot("bestuur", day, Composition(men=3, women=0)),
    ...     Snapshot("rvc", day, Composition(men=2, women=3)),
    ... ])
    >>> sfdr_pai_13(company, day).figure, sfdr_pai_13(company, day, board=["rvc"]).figure
    (Fraction(3, 8), Fraction(3, 5))

    Raises:
        InvalidArgument: for a company that is not a :class:`Company`, a bad organ.
        InvalidDate: for an ``on`` that is not a date.
    """
    company = _company(company)
    on = _validate.day("on", on)
    organs = _organs("board", board) or _board(company)
    return _count(Indicator.SFDR_PAI_13, company, on, organs)
