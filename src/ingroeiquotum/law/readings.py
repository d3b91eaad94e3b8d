"""
The readings the library applies where the law is unclear (the rule book's *Decisions*).

Each finding that depends on one names it in :attr:`~ingroeiquotum.law.findings.Finding.readings`,
so that a user who reads the law differently can see where the answer comes from.
``docs/explanation/readings.md`` explains each of them with its sources.

A reading with an ``alternative`` can be switched (:func:`choose`): inside the ``with`` block,
for the current thread or asyncio task only, the rule that makes the decision applies the
alternative instead, and its findings name the reading with ``alternative_chosen`` set. Each
rule asks :func:`applies` which side holds, in the one place the decision is made.

>>> OTHER_IS_NEITHER_SEX.confidence
<Confidence.MEDIUM: 'M'>
>>> len(all_readings()) >= 10
True
>>> with choose("targets.keeps_balance"):
...     applies("targets.keeps_balance").alternative_chosen
True
>>> applies("targets.keeps_balance").alternative_chosen
False
"""

from __future__ import annotations

__all__ = [
    "ACT_COVERAGE",
    "BALANCED_BEFORE",
    "DEADLINE_MONTHS",
    "EU_ARTICLE_12_UNKNOWN",
    "EU_BENCHMARK",
    "EU_OBJECTIVE_NOT_CHOSEN",
    "EU_OTHER",
    "EU_ROUNDING",
    "EU_SELECTION_FROM_DUE_DATE",
    "EU_SME",
    "EU_TWO_TIER",
    "EXCEPTIONAL_ASSERTED",
    "FINANCIAL_YEAR_START",
    "FIRST_FINANCIAL_YEAR",
    "LIMITS_OF_THE_YEAR",
    "MEETING_ORDER",
    "MEMBERS_BEFORE",
    "MISSING_YEAR",
    "MORE_BALANCED",
    "ONDERNEMINGSKAMER",
    "OTHER_APPOINTEE",
    "OTHER_IN_REPORT",
    "OTHER_IS_NEITHER_SEX",
    "PROJECTION_MET_AT_YEAR_END",
    "PROJECTION_STOCK_AND_FLOW",
    "QUOTA_BV",
    "REAPPOINTMENT_WINDOW",
    "SINGLE_DATE_NOT_LARGE",
    "TARGET_FLOW_ADVICE",
    "TARGET_KEEPS_BALANCE",
    "TARGET_STRAIGHT_PATH",
    "TARGET_UNKNOWN_SEX",
    "TARGET_WHOLE_PERSONS",
    "TIPPING_NOT_VOID",
    "WORKS_COUNCIL_ADVICE",
    "all_readings",
    "applies",
    "choose",
    "chosen",
    "switchable",
]

import contextlib
import contextvars
from collections.abc import Iterable, Iterator
from types import TracebackType

import attrs

from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.law.findings import Confidence, Reading

QUOTA_BV = Reading(
    "quota.listed_bv",
    "The quota applies to a listed BV as to a listed NV; the provision that extends it to the BV "
    "was not found, only the cross-reference in art. 2:276 lid 2 BW.",
    Confidence.MEDIUM,
    "The quota reaches only the listed NV, not the listed BV.",
)
BALANCED_BEFORE = Reading(
    "quota.test_before_appointment",
    "The quota is tested on the board just before the appointment: appointing someone of a sex "
    "below one third is valid even if the board is still short afterwards, and no appointment to "
    "a balanced board is void.",
    Confidence.HIGH,
)
TIPPING_NOT_VOID = Reading(
    "quota.tipping_not_void",
    "An appointment that takes a balanced board out of balance is not void (the letter of the "
    "law), but the finding warns that it goes against the aim of the law.",
    Confidence.MEDIUM,
    "An appointment that takes a balanced board out of balance is void, unless an exception "
    "applies, because the board after the appointment is unbalanced.",
)
MORE_BALANCED = Reading(
    "quota.more_balanced_means_short_sex",
    "An appointment makes the ratio 'more balanced' when the appointee is of a sex that holds "
    "fewer seats than the minimum of one third.",
    Confidence.HIGH,
)
REAPPOINTMENT_WINDOW = Reading(
    "quota.reappointment_window",
    "A reappointment is within 'eight years after the year of appointment' when its year is at "
    "most the year of the first appointment plus eight; it need not follow directly on the "
    "previous term. No source asks that it should; the library has no fact saying whether a "
    "term followed directly on the one before, so this reading cannot be switched.",
    Confidence.MEDIUM,
)
EXCEPTIONAL_ASSERTED = Reading(
    "quota.exceptional_circumstances_asserted",
    "Exceptional circumstances (art. 2:135a lid 5 BW) are a fact the caller asserts; the library "
    "does not judge them. Sources mention a two-year limit that is not applied.",
    Confidence.MEDIUM,
)
MEMBERS_BEFORE = Reading(
    "quota.members_in_office",
    "'Het aantal leden' is the members in office just before the appointment; vacant seats do not "
    "count. An empty board counts as balanced; a one-member board never is.",
    Confidence.MEDIUM,
)
OTHER_IS_NEITHER_SEX = Reading(
    "quota.other_is_neither_sex",
    "People registered as neither man nor woman count in the number of members and as neither "
    "sex; the statute speaks only of men and women.",
    Confidence.MEDIUM,
    "People registered as neither man nor woman are left out of the number of members.",
)
OTHER_APPOINTEE = Reading(
    "quota.other_appointee_void",
    "Appointing a person registered as neither sex to an unbalanced board does not make the ratio "
    "of men to women more balanced, so it is void on the letter of the law.",
    Confidence.LOW,
    "Appointing a person registered as neither sex is never void.",
)
MEETING_ORDER = Reading(
    "quota.meeting_order",
    "Appointments at one meeting are judged one by one in the order given, each against the "
    "board after the earlier appointments and the departures before it.",
    Confidence.LOW,
    "All appointments of one meeting are judged against the board before the meeting.",
)
ONDERNEMINGSKAMER = Reading(
    "quota.no_special_cases",
    "Appointments by the Ondernemingskamer and single-member boards are not treated specially: "
    "no carve-out was found in art. 2:142b BW (one secondary source mentions one).",
    Confidence.LOW,
)
SINGLE_DATE_NOT_LARGE = Reading(
    "scope.single_balance_sheet_date",
    "A history with a single balance-sheet date is not (yet) large for the targets duty; whether "
    "art. 2:398 lid 1 BW (first financial years) reaches art. 2:166/2:276 BW is open.",
    Confidence.MEDIUM,
    "Art. 2:398 lid 1 BW reaches the size test: a company that exceeds two of the limits on the "
    "balance-sheet date of its first financial year (the history's first) is large for its "
    "first and second financial years.",
)
FIRST_FINANCIAL_YEAR = Reading(
    "scope.first_financial_year",
    "The targets and reporting duties reach the financial years that start while the act is in "
    "force, from 1 January 2022 until it lapses on 1 January 2030; a financial year that started "
    "earlier (a broken year 2021/2022) is not reached, as for art. 3d Besluit inhoud "
    "bestuursverslag and the SER's first mandatory report over 2022.",
    Confidence.MEDIUM,
    "The targets and reporting duties reach every financial year ending on or after 1 January "
    "2022, a broken year 2021/2022 too.",
)
LIMITS_OF_THE_YEAR = Reading(
    "scope.limits_of_the_year",
    "The size on a balance-sheet date is judged by applying the limits of that financial year "
    "to every balance-sheet date in the history; financial year 2023 uses the old limits unless "
    "the company opts in.",
    Confidence.HIGH,
)
FINANCIAL_YEAR_START = Reading(
    "scope.financial_year_start",
    "Where the start of a financial year is not given, it is the day after the previous "
    "balance-sheet date, or for the first one the day after the same date a year earlier.",
    Confidence.HIGH,
)
DEADLINE_MONTHS = Reading(
    "reporting.deadline_months",
    "The ten months run to the day with the same number in the tenth month, or to that month's "
    "last day where it has no such day (30 April -> 28/29 February); no weekend roll-over.",
    Confidence.MEDIUM,
    "For a financial year ending on a month's last day the ten months run to the last day of "
    "the tenth month (30 September -> 31 July; 30 April -> 28/29 February as before).",
)

TARGET_WHOLE_PERSONS = Reading(
    "targets.whole_persons",
    "A share is met only by whole persons: the number of persons a target takes is the share of "
    "the organ's size rounded up, so meeting it may take a higher share than the target.",
    Confidence.HIGH,
)
TARGET_KEEPS_BALANCE = Reading(
    "targets.keeps_balance",
    "An organ that is already balanced (each sex at least 30 % of the seats, the meaning of a "
    "balanced distribution in the Wet bestuur en toezicht) may set a target that keeps the "
    "balance, one that itself asks for at least 30 %; any other target must ask for a more "
    "balanced ratio than today.",
    Confidence.MEDIUM,
    "An organ is balanced, for a target that keeps the balance, when each sex holds at least "
    "one third of the seats (the quota's measure), and the target must itself ask for a third.",
)
TARGET_STRAIGHT_PATH = Reading(
    "targets.straight_path",
    "An organ is on track when it stands at or above the straight line from its base year to the "
    "target in the target year; the law sets no path, this is the library's yardstick.",
    Confidence.LOW,
)
TARGET_FLOW_ADVICE = Reading(
    "targets.flow_is_advice",
    "Targets on inflow and promotion are recommended by the SER dialogue session of 24 September "
    "2024; the law does not require them, so this finding is advisory.",
    Confidence.HIGH,
)

WORKS_COUNCIL_ADVICE = Reading(
    "reporting.works_council_is_advice",
    "Involving the works council in the report is recommended by the SER dialogue session of "
    "24 September 2024; the law does not require it, so this finding is advisory.",
    Confidence.HIGH,
)
OTHER_IN_REPORT = Reading(
    "reporting.other_counting",
    "In the report to the SER, people registered as neither man nor woman may be counted with "
    "the under-represented sex of the organ (the SER's convention); the report says which way "
    "they were counted. The quota itself counts them as neither sex.",
    Confidence.MEDIUM,
)

PROJECTION_STOCK_AND_FLOW = Reading(
    "projection.stock_and_flow",
    "A projection is a model, not a forecast: every year a fixed share of the members leaves, the "
    "sexes in proportion to their numbers; the seats are filled by promotion from a lower organ "
    "and by external inflow, each with a fixed share of women; whole persons, each split rounded "
    "half up after adding the part rounded off the year before. A simulation drawing departures "
    "and arrivals at random would answer another question (a probability, not a verdict), so "
    "this reading cannot be switched.",
    Confidence.LOW,
    source="ingroeiquotum.projection",
)
"""The model's assumptions, named on every projection finding (low confidence: it is a model)."""

PROJECTION_MET_AT_YEAR_END = Reading(
    "projection.met_at_year_end",
    "A target is met 'by' its year when the projected composition at the end of the target year "
    "meets it, the yardstick of the report over that year; meeting it earlier and falling back "
    "below it by then does not count.",
    Confidence.MEDIUM,
    "A target is met 'by' its year when the projected composition meets it at the end of any "
    "year up to the target year, even if it falls back below it by then.",
    source="ingroeiquotum.projection",
)


def all_readings() -> tuple[Reading, ...]:
    """Every reading the library may apply, in the order they are defined."""
    return tuple(value for value in globals().values() if isinstance(value, Reading))


# -- Directive (EU) 2022/2381 (``ingroeiquotum.eu``) ------------------------------------------

EU_BENCHMARK = Reading(
    "eu.directive_as_benchmark",
    "The library applies the directive's own objectives and duties to a company as a benchmark: "
    "a directive binds the member states and reaches a company through national law, and no "
    "Dutch act transposing it was found in force.",
    Confidence.HIGH,
)
EU_TWO_TIER = Reading(
    "eu.two_tier_directors",
    "In a two-tier company the members of the RvC count as the directive's non-executive "
    "directors and the members of the bestuur as its executive directors.",
    Confidence.MEDIUM,
    "In a two-tier company only the bestuur counts as the board of directors: the RvC holds "
    "no director positions.",
)
EU_ROUNDING = Reading(
    "eu.rounding",
    "The number of positions needed is the whole number closest to the objective's share (40 % "
    "or 33 %, read as 33/100) of the positions, but not above 49 % of them; where two numbers "
    "are equally close (33 % of 50 or 150 positions) the higher one. The numbers are computed "
    "from this rule; the directive's annex was not read to check them.",
    Confidence.MEDIUM,
    "33 % read as one third (no number is then equally close to two): 53 positions need 18, "
    "not 17; still not above 49 %.",
)
EU_OTHER = Reading(
    "eu.other_is_neither_sex",
    "People registered as neither man nor woman hold positions and count in their number, but "
    "as neither sex; the directive speaks of the under-represented sex only.",
    Confidence.MEDIUM,
    "People registered as neither man nor woman are left out of the number of positions.",
)
EU_SME = Reading(
    "eu.sme_definition",
    "A company is an SME, outside the directive, when it employs fewer than 250 persons and "
    "either its turnover is at most EUR 50 million or its balance-sheet total at most EUR 43 "
    "million; the figures are those of its latest financial year ended on or before the date "
    "asked about, in euros.",
    Confidence.MEDIUM,
    "A company is an SME when it employs fewer than 250 persons and its turnover is at most "
    "EUR 50 million, or when its balance-sheet total is at most EUR 43 million whatever the "
    "head-count.",
)
EU_SELECTION_FROM_DUE_DATE = Reading(
    "eu.selection_from_objectives_date",
    "The selection duties of art. 6 are checked from 30 June 2026, for a company that has not "
    "reached the objective by then; before that date they are not applied.",
    Confidence.MEDIUM,
)
EU_ARTICLE_12_UNKNOWN = Reading(
    "eu.article_12_unknown",
    "Whether the Netherlands has suspended art. 6 under art. 12 is not known; the library "
    "applies art. 6 unless the caller says it is suspended.",
    Confidence.LOW,
    "The Netherlands is taken to have suspended the selection duties of art. 6 under art. 12.",
)
EU_OBJECTIVE_NOT_CHOSEN = Reading(
    "eu.objective_not_chosen",
    "Which objective the Netherlands will choose (40 % of the non-executive directors or 33 % of "
    "all directors) is not known; the library evaluates the objective the caller names, by "
    "default the 40 % objective, and never assumes a Dutch choice.",
    Confidence.HIGH,
)

# -- Which financial years the act covers (rule book section 3, added December 2026) ------------

ACT_COVERAGE = Reading(
    "scope.act_coverage",
    "One decision says which financial years the act covers, for the targets duty, the report to "
    "the SER, its deadline and its check alike: a year is covered when it starts on or after 1 "
    "January 2022 and before the act lapses on 1 January 2030. A covered year keeps its duty and "
    "its deadline even where the year or the deadline ends after the lapse, because the duty "
    "arose while the act was in force; a year not covered has no deadline and is never overdue. "
    "The 2030 lapse is read as reaching the whole act; no text of the horizon clause was found.",
    Confidence.LOW,
    "The 2030 lapse reaches only the quota: the targets, the plan and the report to the SER "
    "continue for financial years starting from 2030.",
)

# -- One answer everywhere (issue 14, December 2026) ---------------------------------------------

MISSING_YEAR = Reading(
    "scope.missing_year",
    "Two balance-sheet dates are consecutive only when no financial year lies between them. A "
    "financial year missing from the history counts as a year whose size figures are unknown: "
    "the verdict stands only where every possibility for it gives the same answer. In a history "
    "that gives no financial-year starts, each year is taken to be twelve months long, so a "
    "longer interval means a missing year.",
    Confidence.MEDIUM,
    "A history lists every financial year, so the dates it gives are consecutive whatever lies "
    "between them.",
)
TARGET_UNKNOWN_SEX = Reading(
    "targets.unknown_sex",
    "Members whose sex is not recorded are treated in the target checks as in the quota: a "
    "target is called met or not met only where every assignment of their sexes gives that "
    "answer; else the answer cannot be decided, and the facts say how many women and men would "
    "have to be among them.",
    Confidence.HIGH,
)

# -- Board-diversity disclosures: ESRS and SFDR (issue 20, helper e, December 2026) -------------

DISCLOSURE_OTHER_APART = Reading(
    "disclosures.other_and_unknown_apart",
    "In the ESRS and SFDR gender figures, people registered as neither sex are shown as 'other' "
    "and members of unknown sex as 'not reported', the categories of table 1 of ESRS S1 AR 55. "
    "They count among the members of a group (the denominator of every percentage) and never as "
    "women or men (the women-to-men ratio counts women and men only).",
    Confidence.MEDIUM,
)
DISCLOSURE_ESRS_RATIO = Reading(
    "disclosures.esrs_ratio",
    "The board's gender diversity ratio of ESRS 2 paragraph 21(d), 'the average ratio of female "
    "to male board members', is the number of women divided by the number of men; with no man "
    "it has no value. The caller chooses the other reading by keyword, not by readings.choose: "
    "the women as a share of all board members, as PAI indicator 13 of Delegated Regulation (EU) "
    "2022/1288 expresses it (esrs_gov_1(..., ratio='women_of_members')).",
    Confidence.LOW,
)
DISCLOSURE_ESRS_RATIO_SHARE = Reading(
    "disclosures.esrs_ratio_share",
    "The board's gender diversity ratio of ESRS 2 paragraph 21(d) is taken as the women's share "
    "of all board members, the denominator PAI indicator 13 names; chosen by the caller by "
    "keyword (the default is the number of women divided by the number of men).",
    Confidence.LOW,
)
DISCLOSURE_BODIES = Reading(
    "disclosures.bodies_together",
    "The board of the ESRS ratio and of PAI indicator 13 is every member of the administrative, "
    "management and supervisory bodies together: in a two-tier company the bestuur and the RvC, "
    "in a one-tier company the executive and the non-executive directors; one ratio over all of "
    "them, not an average of each body's ratio. A caller who reads it as the supervisory board "
    "only names it by keyword (bodies=['rvc'] to esrs_gov_1, board=['rvc'] to sfdr_pai_13).",
    Confidence.LOW,
)
DISCLOSURE_TOP_MANAGEMENT = Reading(
    "disclosures.top_management",
    "Top management for ESRS S1-9 is by default the bestuur (one-tier: the executive directors) "
    "and every subtop category the company records. AR 71 defines it as one or two levels below "
    "the administrative and supervisory bodies; counting the bestuur makes it the company's own "
    "definition, which the result flags for disclosure (datapoint S1-9_06). A caller who keeps "
    "to AR 71's definition names the subtop categories by keyword "
    "(top_management=['subtop:<name>', ...]).",
    Confidence.MEDIUM,
)


# -- Readings a user can switch (issue 20, December 2026) ----------------------------------------

_BY_KEY = {reading.key: reading for reading in all_readings()}
"""Every reading by its key."""

_SWITCHED = {
    reading.key: attrs.evolve(reading, confidence=Confidence.LOW, alternative_chosen=True)
    for reading in _BY_KEY.values()
    if reading.alternative
}
"""The reading a finding names where its alternative was chosen: low confidence, because the
rule book does not back it."""

_CHOSEN: contextvars.ContextVar[frozenset[str]] = contextvars.ContextVar(
    "ingroeiquotum_readings_chosen", default=frozenset()
)
"""The keys whose alternative applies, in the current thread or asyncio task."""


def switchable() -> tuple[Reading, ...]:
    """
    The readings that can be switched: those with an alternative, in the order they are defined.

    >>> "targets.keeps_balance" in [reading.key for reading in switchable()]
    True

    .. versionadded:: 0.2.0
    """
    return tuple(reading for reading in _BY_KEY.values() if reading.alternative)


def _known(field: str, key: object) -> Reading:
    """The reading with ``key``, or :class:`InvalidArgument` naming ``field``."""
    if isinstance(key, Reading):
        key = key.key
    if not isinstance(key, str):
        raise InvalidArgument(field, key, "must be the key of a reading (a string)")
    reading = _BY_KEY.get(key)
    if reading is None:
        raise InvalidArgument(field, key, "is not the key of a reading of this library")
    return reading


def chosen() -> frozenset[str]:
    """
    The keys of the readings whose alternative applies here (in this thread or task).

    >>> chosen()
    frozenset()

    .. versionadded:: 0.2.0
    """
    return _CHOSEN.get()


def applies(reading: str | Reading) -> Reading:
    """
    The side of ``reading`` (a key or a reading) that applies here: the reading itself, or,
    inside :func:`choose` of its key, its switched form (``alternative_chosen``). A rule asks
    this in the one place it makes the decision, and names the answer in its finding.

    >>> applies("reporting.deadline_months").alternative_chosen
    False

    Raises:
        InvalidArgument: for a key that names no reading.

    .. versionadded:: 0.2.0
    """
    if reading.__class__ is Reading and _BY_KEY.get(reading.key) is reading:  # the quick path
        default = reading
    else:
        default = _known("reading", reading)
    if default.key in _CHOSEN.get():
        return _SWITCHED[default.key]
    return default


@contextlib.contextmanager
def _exactly(keys: Iterable[str]) -> Iterator[None]:
    """
    Inside it, the alternatives of exactly ``keys`` apply (keys already checked), whatever was
    chosen around it: for a document that keeps the readings it was made under (the SER
    report's deadline).
    """
    token = _CHOSEN.set(frozenset(keys))
    try:
        yield
    finally:
        _CHOSEN.reset(token)


class choose:  # noqa: N801  (a context manager used as a function: ``with readings.choose(...)``)
    """
    Inside ``with choose(*keys):``, the reading with each key gives way to its alternative, for
    the current thread or asyncio task only (a :class:`contextvars.ContextVar`): other threads
    and tasks keep the library's readings. Blocks nest (the keys add up), and leaving a block,
    by an exception too, restores what applied before it.

    >>> from datetime import date
    >>> from ingroeiquotum.law.bw2 import reporting
    >>> reporting.deadline(date(2025, 9, 30))
    datetime.date(2026, 7, 30)
    >>> with choose("reporting.deadline_months"):
    ...     reporting.deadline(date(2025, 9, 30))
    datetime.date(2026, 7, 31)

    Raises:
        InvalidArgument: for a key that names no reading, or a reading without an alternative
            (naming the key, with why), when ``choose`` is called.

    .. versionadded:: 0.2.0
    """

    __slots__ = ("_keys", "_tokens")

    def __init__(self, *keys: str) -> None:
        for index, key in enumerate(keys):
            reading = _known(f"keys[{index}]", key)
            if not reading.alternative:
                raise InvalidArgument(
                    f"keys[{index}]", key,
                    "has no alternative: the library knows no other reading of this question "
                    "(docs/explanation/readings.md says why)",
                )  # fmt: skip
        self._keys = frozenset(_known("keys", key).key for key in keys)
        self._tokens: list[contextvars.Token[frozenset[str]]] = []

    @property
    def keys(self) -> frozenset[str]:
        """The keys this block switches."""
        return self._keys

    def __enter__(self) -> choose:
        self._tokens.append(_CHOSEN.set(_CHOSEN.get() | self._keys))
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        _CHOSEN.reset(self._tokens.pop())

    def __repr__(self) -> str:
        return f"choose({', '.join(repr(key) for key in sorted(self._keys))})"
