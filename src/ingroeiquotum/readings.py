"""
The readings the library applies where the law is unclear (the rule book's *Decisions*).

Each finding that depends on one names it in :attr:`~ingroeiquotum.findings.Finding.readings`,
so that a user who reads the law differently can see where the answer comes from.
``docs/readings.md`` explains each of them with its sources.

>>> OTHER_IS_NEITHER_SEX.confidence
<Confidence.MEDIUM: 'M'>
>>> len(all_readings()) >= 10
True
"""

from __future__ import annotations

from ingroeiquotum.findings import Confidence, Reading

QUOTA_BV = Reading(
    "quota.listed_bv",
    "The quota applies to a listed BV as to a listed NV; the provision that extends it to the BV "
    "was not found, only the cross-reference in art. 2:276 lid 2 BW.",
    Confidence.MEDIUM,
    "The quota reaches only the NV.",
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
    "Void, because the board after the appointment is unbalanced.",
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
    "previous term.",
    Confidence.MEDIUM,
    "The reappointment must follow directly on the previous term.",
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
    "Leave them out of the number of members.",
)
OTHER_APPOINTEE = Reading(
    "quota.other_appointee_void",
    "Appointing a person registered as neither sex to an unbalanced board does not make the ratio "
    "of men to women more balanced, so it is void on the letter of the law.",
    Confidence.LOW,
    "Such an appointment is never void.",
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
)
FIRST_FINANCIAL_YEAR = Reading(
    "scope.first_financial_year",
    "The targets and reporting duties reach the financial years that start while the act is in "
    "force, from 1 January 2022 until it lapses on 1 January 2030; a financial year that started "
    "earlier (a broken year 2021/2022) is not reached, as for art. 3d Besluit inhoud "
    "bestuursverslag and the SER's first mandatory report over 2022.",
    Confidence.MEDIUM,
    "Every financial year ending on or after 1 January 2022.",
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
    "From a month's last day to the tenth month's last day (30 April -> 28/29 February too).",
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
    "Balance as the quota's one third.",
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


def all_readings() -> tuple[Reading, ...]:
    """Every reading the library may apply, in the order they are defined."""
    return tuple(value for value in globals().values() if isinstance(value, Reading))
