"""
Hypothesis strategies for the targets and reporting tests (``law/bw2/test_targets.py``,
``law/bw2/test_reporting.py``): targets of every form, plans, companies with yearly compositions, and
SER reports, both built by :func:`ingroeiquotum.reporting.build_report` and assembled directly.

Kept apart from ``strategies.py``, which belongs to the foundation modules' tests.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import strategies as st

from ingroeiquotum.company import (
    BoardModel,
    Company,
    FinancialYear,
    LegalForm,
    SizeFigures,
    Snapshot,
)
from ingroeiquotum.composition import Composition
from ingroeiquotum.organs import Organ, OrganKind
from ingroeiquotum.plan import Lever, Measure, Plan
from ingroeiquotum.reporting import (
    GroupCompany,
    OrganReport,
    OtherCounting,
    SerReport,
    build_report,
)
from ingroeiquotum.targets import Flow, Target, TargetForm

# Text without control characters or lone surrogates: names, reasons, descriptions. (A control
# character such as a newline in an organ name is not something a company registers.)
_characters = st.characters(codec="utf-8", exclude_categories=("Cc", "Cs"))
texts = st.text(_characters, max_size=30)
"""Any short text, possibly empty."""
names = st.text(_characters, min_size=1, max_size=20).map(str.strip).filter(bool)
"""A non-empty name without surrounding whitespace."""

days = st.dates(min_value=date(2015, 1, 1), max_value=date(2035, 12, 31))
"""Calendar dates 2015 to 2035."""

subtop_organs = names.map(Organ.subtop)
"""A subtop category with a generated name."""
organs = st.one_of(
    st.sampled_from([Organ(kind) for kind in OrganKind if kind is not OrganKind.SUBTOP]),
    subtop_organs,
)
"""Any organ: bestuur, rvc, executive, non_executive or a named subtop category."""

_JOINT = {
    OrganKind.BESTUUR: OrganKind.RVC,
    OrganKind.RVC: OrganKind.BESTUUR,
    OrganKind.EXECUTIVE: OrganKind.NON_EXECUTIVE,
    OrganKind.NON_EXECUTIVE: OrganKind.EXECUTIVE,
}

shares = st.one_of(
    st.fractions(min_value=0, max_value=1, max_denominator=1000),
    st.sampled_from(["30%", "33%", "0.4", "33/100", "1/3", Decimal("0.35"), "100%", "0%"]),
)
"""A share in any of the forms a Target accepts (Fraction, Decimal, "NN%", "0.N", "a/b")."""


@st.composite
def targets(draw, organ=None, *, flow=None, joint: bool = True):
    """
    A Target of any form. ``organ`` (a strategy or an Organ) fixes the organ; ``flow`` fixes
    the flow (default: any); with ``joint`` a stock target on a bestuur/RvC (or executive/
    non-executive) may be a joint target.
    """
    if organ is None:
        organ = draw(organs)
    elif isinstance(organ, st.SearchStrategy):
        organ = draw(organ)
    form = draw(st.sampled_from(TargetForm))
    value = draw(st.integers(0, 30)) if form is TargetForm.WOMEN_COUNT else draw(shares)
    target_year = draw(st.integers(2020, 2035))
    base_year = draw(st.none() | st.integers(2015, target_year))
    chosen_flow = flow if flow is not None else draw(st.sampled_from(Flow))
    joint_with = None
    if joint and chosen_flow is Flow.STOCK and organ.kind in _JOINT and draw(st.booleans()):
        joint_with = Organ(_JOINT[organ.kind])
    return Target(
        organ,
        form,
        value,
        target_year=target_year,
        base_year=base_year,
        flow=chosen_flow,
        joint_with=joint_with,
        set_on=draw(st.none() | days),
    )


flow_targets = st.sampled_from([Flow.INFLOW, Flow.PROMOTION]).flatmap(
    lambda flow: targets(flow=flow)
)
"""A target on inflow or promotion."""


@st.composite
def measures(draw):
    """A Measure with any levers, organs, owner, dates (end not before start) and keys."""
    start = draw(st.none() | days)
    end = draw(st.none() | days)
    if start is not None and end is not None and end < start:
        start, end = end, start
    return Measure(
        draw(names),
        levers=draw(st.frozensets(st.sampled_from(Lever), min_size=1)),
        organs=tuple(draw(st.lists(organs, max_size=3))),
        owner=draw(texts),
        start=start,
        end=end,
        effect=draw(texts),
        serves=tuple(draw(st.lists(texts, max_size=3))),
    )


plans = st.builds(
    Plan,
    st.lists(measures(), max_size=3).map(tuple),
    adopted_on=st.none() | days,
)
"""A plan of action with zero to three measures."""

compositions = st.builds(
    Composition,
    men=st.integers(0, 40),
    women=st.integers(0, 40),
    other=st.integers(0, 3),
    unknown=st.integers(0, 2),
)
"""An organ's composition, sometimes with people of neither or of unknown sex."""

amounts = st.one_of(
    st.integers(0, 200_000_000),
    st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False),
)
"""A euro amount or an average number of employees."""

size_figures = st.builds(SizeFigures, amounts, amounts, amounts)
"""The size figures of one financial year."""


@st.composite
def financial_years(draw):
    """One financial year of 1 to 550 days (short and long first years too), maybe with figures."""
    start = draw(st.dates(min_value=date(2020, 1, 1), max_value=date(2031, 12, 31)))
    end = start + timedelta(days=draw(st.integers(0, 549)))
    return FinancialYear(start, end, draw(st.none() | size_figures))


group_companies = st.builds(GroupCompany, names, st.none() | texts, st.none() | texts)
"""A large group company and who reports for it."""


@st.composite
def organ_reports(draw, organ=None):
    """One organ's line of a report, assembled directly (every field may be None)."""
    organ = draw(organs) if organ is None else organ
    return OrganReport(
        organ,
        draw(st.none() | compositions),
        draw(st.none() | targets(st.just(organ), flow=Flow.STOCK)),
        draw(st.none() | st.booleans()),
        draw(st.none() | texts),
        draw(st.none() | st.integers(0, 50)),
        draw(st.none() | st.integers(0, 50)),
    )


@st.composite
def assembled_reports(draw):
    """A SerReport built field by field, with optional fields None or set."""
    lines = draw(st.lists(organ_reports(), max_size=5))
    return SerReport(
        company=draw(names),
        legal_form=draw(st.sampled_from(LegalForm)),
        listed=draw(st.booleans()),
        board_model=draw(st.sampled_from(BoardModel)),
        financial_year=draw(financial_years()),
        organs=tuple(lines),
        kvk=draw(st.none() | texts),
        sector=draw(st.none() | texts),
        large=draw(st.none() | st.booleans()),
        workforce=draw(st.none() | compositions),
        flow_targets=tuple(draw(st.lists(flow_targets, max_size=2))),
        plan=draw(st.none() | plans),
        other_counting=draw(st.sampled_from(OtherCounting)),
        works_council_involved=draw(st.none() | st.booleans()),
        group_companies=tuple(draw(st.lists(group_companies, max_size=2))),
        submitted_on=draw(st.none() | days),
    )


@st.composite
def companies(draw):
    """
    A company with two to four calendar financial years (figures sometimes missing) and yearly
    compositions (snapshots at each year end, some missing) for its bestuur, RvC and zero to
    two subtop categories.
    """
    first = draw(st.integers(2021, 2027))
    count = draw(st.integers(2, 4))
    years = tuple(
        FinancialYear(date(year, 1, 1), date(year, 12, 31), draw(st.none() | size_figures))
        for year in range(first, first + count)
    )
    board_model = draw(st.sampled_from(BoardModel))
    management = "executive" if board_model is BoardModel.ONE_TIER else "bestuur"
    supervisory = "non_executive" if board_model is BoardModel.ONE_TIER else "rvc"
    subtops = draw(st.lists(names, max_size=2, unique=True))
    organ_keys = [management, supervisory, *(f"subtop:{name}" for name in subtops)]
    snapshots = [
        Snapshot(key, year.end, draw(compositions))
        for key in organ_keys
        for year in years
        if draw(st.integers(0, 4))  # about one in five missing
    ]
    return Company(
        name=draw(names),
        legal_form=draw(st.sampled_from(LegalForm)),
        listed=draw(st.booleans()),
        board_model=board_model,
        financial_years=years,
        sector=draw(st.none() | texts),
        kvk=draw(st.none() | texts),
        snapshots=snapshots,
    )


@st.composite
def built_reports(draw):
    """A SerReport made by ``build_report`` from a generated company, targets and plan."""
    company = draw(companies())
    year = draw(st.sampled_from(company.financial_years))
    keys = [company.management_organ, company.supervisory_organ]
    keys.extend(str(organ) for organ in company.organs if organ.is_subtop)
    chosen = [
        draw(targets(st.just(Organ.parse(key)), flow=Flow.STOCK, joint=False))
        for key in keys
        if draw(st.booleans())
    ]
    chosen.extend(draw(st.lists(targets(flow=Flow.INFLOW), max_size=1)))
    reasons = {key: draw(names) for key in keys if draw(st.booleans())}
    return build_report(
        company,
        year.end,
        targets=chosen,
        plan=draw(st.none() | plans),
        reasons=reasons,
        other_counting=draw(st.sampled_from(OtherCounting)),
        works_council_involved=draw(st.none() | st.booleans()),
        workforce=draw(st.none() | compositions),
        group_companies=draw(st.lists(group_companies, max_size=2)),
        submitted_on=draw(st.none() | days),
    )


reports = st.one_of(built_reports(), assembled_reports())
"""A SerReport, built from a company or assembled directly."""
