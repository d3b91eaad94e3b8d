"""
A population's charts, in the style of the SER's Bedrijvenmonitor and the Female Board Index.

Three charts read the rows of :func:`ingroeiquotum.bulk.aggregate` (one row per year, grouping,
group and organ group), as they are or after a round trip through a frame or a CSV file:

* :func:`population_chart`: the share of seats held by women (``share_of_seats_women``, or
  ``women / seats``) per organ group over the years, against the quota's one third (art. 2:142b
  BW, over the years it is in force) and, where the rows carry it, the organ group's
  ``median_target``;
* :func:`sector_chart`: bars of that share per sector in one year, for one organ group;
* :func:`quota_chart`: per year, the share of listed companies whose supervisory organ meets the
  quota (``listed_meeting_quota / listed_quota_applies``), each bar labelled with both counts.

:func:`ingroeiquotum.bulk.aggregate` gives each group's ``median_target`` (the median of the
share targets its organs set), so its rows draw the target line as they are.

:func:`appointments_chart` reads seats instead (:class:`~ingroeiquotum.model.composition.Seat`
objects, or rows with ``gender``, ``start``, optional ``first_appointed`` and ``organ``): per
year, the share of the new appointments that went to women, the Female Board Index's measure.
A **new appointment in year Y** is a seat whose ``start`` falls in calendar year Y and that is
the person's first term in the organ: a seat whose ``first_appointed`` lies before its ``start``
is a reappointment and is not counted. The share is women over the new appointments whose
gender is recorded (men, women and people registered as neither); a seat of unknown gender is
missing data and is left out of both counts.

The artists carry a ``gid``: ``"share"`` (one line or bar set per organ group, its label the
group's name), ``"median-target"``, ``"quota"`` and ``"count-label"``.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

__all__ = ["appointments_chart", "population_chart", "quota_chart", "sector_chart"]

import math
from collections.abc import Iterable, Mapping
from datetime import date
from fractions import Fraction
from typing import TYPE_CHECKING, Literal

from ingroeiquotum import _tables, _validate
from ingroeiquotum.charts._figure import _COLOURS, _figure_class, _language, _new_figure, _texts
from ingroeiquotum.charts.company import _year_position
from ingroeiquotum.exceptions import InvalidArgument, LoadError, RowError
from ingroeiquotum.law import parameters
from ingroeiquotum.model.composition import Seat
from ingroeiquotum.model.gender import Gender
from ingroeiquotum.model.organs import Organ, OrganKind

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

_GROUP_ORDER = ("bestuur", "rvc", "subtop")
"""The organ groups :func:`population_chart` draws by default, in this order, where present."""

_KIND_GROUPS = {
    OrganKind.BESTUUR: "bestuur",
    OrganKind.EXECUTIVE: "bestuur",
    OrganKind.RVC: "rvc",
    OrganKind.NON_EXECUTIVE: "rvc",
    OrganKind.SUBTOP: "subtop",
}
"""The organ group of an organ, as :func:`ingroeiquotum.bulk.aggregate` groups them."""


def _group_label(group: str, texts: dict[str, str]) -> str:
    """An organ group's name: "Management board", "Subtop", "Subtop: Directie-1", ..."""
    if group == "rvc":
        return texts["rvc"]
    if group == "bestuur":
        return texts["bestuur"]
    if group == "subtop":
        return texts["population.subtop"]
    if group == "all":
        return texts["population.all"]
    if group.startswith("subtop:"):
        return texts["subtop"].format(name=group.removeprefix("subtop:"))
    return group


def _sector_label(group_by: str, group: str, language: str) -> str:
    """A bar's name: an SBI section as its letter and name ("K Financial and insurance ...")."""
    if group_by != "section":
        return group
    from ingroeiquotum.bulk.sbi import SECTIONS

    found = SECTIONS.get(group)
    if found is None:
        return group
    name = found.nl if language == "nl" else found.en
    name = name.split(";")[0]
    if len(name) > 34:  # cut at a word, so that the bars keep the width
        name = name[:34].rsplit(" ", 1)[0].rstrip(",") + "…"
    return f"{group} {name}"


def _rows(rows: object) -> list[Mapping[str, object]]:
    """The aggregate rows, checked: mappings, each with an int ``year``; every problem at once."""
    if isinstance(rows, str | bytes | Mapping) or not isinstance(rows, Iterable):
        raise InvalidArgument("rows", rows, "must be an iterable of aggregate rows (mappings)")
    checked: list[Mapping[str, object]] = []
    problems: list[RowError] = []
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, Mapping):
            problems.append(RowError(number, "row", row, "must be a mapping"))
            continue
        year = _validate.plain(row.get("year"))
        if isinstance(year, bool) or not isinstance(year, int):
            problems.append(RowError(number, "year", row.get("year"), "must be a year (an int)"))
            continue
        checked.append(row)
    if problems:
        raise LoadError("rows", problems)
    return checked


def _number(value: object) -> float | None:
    """A figure of an aggregate row as a float; None for a missing or suppressed one."""
    value = _validate.plain(value)
    if _validate.missing(value) or isinstance(value, bool):
        return None
    if isinstance(value, int | float | Fraction):
        return float(value)
    return None


def _seat_share(row: Mapping[str, object]) -> float | None:
    """The share of seats held by women: the row's ``share_of_seats_women``, else women / seats."""
    share = _number(row.get("share_of_seats_women"))
    if share is not None:
        return share
    women, seats = _number(row.get("women")), _number(row.get("seats"))
    if women is None or not seats:
        return None
    return women / seats


def _overall(row: Mapping[str, object], group_by: str = "all") -> bool:
    """Whether ``row`` is of the grouping ``group_by`` (a row without ``group_by`` is "all")."""
    return row.get("group_by", "all") == group_by


def _percent_axis(axes: Axes, axis: Literal["x", "y"] = "y", *, room: float = 0) -> None:
    """Shares from 0 to 100 % on ``axis``, with ``room`` above 100 % for the count labels."""
    from matplotlib.ticker import FixedLocator, PercentFormatter

    target = axes.yaxis if axis == "y" else axes.xaxis
    target.set_major_formatter(PercentFormatter(xmax=1, decimals=0))
    target.set_major_locator(FixedLocator([0, 0.2, 0.4, 0.6, 0.8, 1.0]))
    (axes.set_ylim if axis == "y" else axes.set_xlim)(0, 1 + room)
    axes.grid(axis=axis, color="#dddddd", linewidth=0.8)
    axes.set_axisbelow(True)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)


def _year_axis(axes: Axes, years: list[int]) -> None:
    from matplotlib.ticker import FixedLocator, MaxNLocator

    axes.set_xlim(years[0] - 0.5, years[-1] + 0.5)
    if years[-1] - years[0] <= 12:
        axes.xaxis.set_major_locator(FixedLocator(list(range(years[0], years[-1] + 1))))
    else:
        axes.xaxis.set_major_locator(MaxNLocator(integer=True))


def _quota(axes: Axes, low: float, high: float, label: str) -> None:
    """The quota's one third, dashed, over the part of ``low``-``high`` in which it is in force."""
    quota = parameters.get("quota.minimum_share")
    for start, end in quota.periods():
        left = max(low, _year_position(start))
        right = high if end is None else min(high, _year_position(end))
        if left < right:
            axes.hlines(
                float(quota.at(start)),
                left,
                right,
                colors=_COLOURS["quota"],
                linestyles="--",
                linewidth=1.5,
                label=label,
                gid="quota",
                zorder=2,
            )


def _legend(axes: Axes) -> None:
    axes.legend(loc="upper center", bbox_to_anchor=(0.5, -0.16), ncols=2, frameon=False, fontsize=8)


def population_chart(
    rows: Iterable[Mapping[str, object]],
    *,
    organ_groups: Iterable[str] | None = None,
    language: str = "en",
) -> Figure:
    """
    The share of seats held by women per organ group over the years, from the rows of
    :func:`ingroeiquotum.bulk.aggregate` of the grouping ``"all"``: one line per organ group
    (by default ``bestuur``, ``rvc`` and ``subtop``, those the rows have; or ``organ_groups``,
    such as ``["rvc", "subtop:Directie-1"]``), the quota's one third over the years it is in
    force, and for a group whose rows carry a ``median_target``, that target dashed in the
    group's colour. A suppressed or missing figure leaves a gap.

    Raises:
        InvalidArgument: if matplotlib (the ``charts`` extra) is missing, or the rows hold no
            figure of the organ groups asked for.
        LoadError: listing every row that is not a mapping or has no int ``year``.
    """
    language = _language(language)
    texts = _texts(language)
    _figure_class()
    checked = [row for row in _rows(rows) if _overall(row)]
    present = {str(row.get("organ_group")) for row in checked}
    if organ_groups is None:
        groups = [group for group in _GROUP_ORDER if group in present]
    else:
        if isinstance(organ_groups, str) or not isinstance(organ_groups, Iterable):
            raise InvalidArgument("organ_groups", organ_groups, "must be an iterable of names")
        groups = list(organ_groups)
    missing = [group for group in groups if group not in present]
    if not groups or missing:
        raise InvalidArgument(
            "organ_groups", missing or groups, f"the rows have figures only for {sorted(present)}"
        )
    years = sorted({int(str(row["year"])) for row in checked if row.get("organ_group") in groups})

    figure = _new_figure((7.5, 4.8))
    axes = figure.add_subplot()
    for group in groups:
        by_year = {int(str(row["year"])): row for row in checked if row.get("organ_group") == group}
        colour = _COLOURS.get(group.split(":")[0], _COLOURS["all"])
        shares = [_seat_share(by_year[year]) if year in by_year else None for year in years]
        label = _group_label(group, texts)
        axes.plot(
            years,
            [math.nan if share is None else share for share in shares],
            marker="o",
            linewidth=2,
            color=colour,
            label=label,
            gid="share",
            zorder=4,
            clip_on=False,
        )
        targets = [
            _number(by_year[year].get("median_target")) if year in by_year else None
            for year in years
        ]
        if any(target is not None for target in targets):
            axes.plot(
                years,
                [math.nan if target is None else target for target in targets],
                linestyle="--",
                linewidth=1.2,
                marker="_",
                color=colour,
                label=texts["population.median_target"].format(organ=label),
                gid="median-target",
                zorder=3,
            )
    _quota(axes, years[0] - 0.5, years[-1] + 0.5, texts["population.quota"])
    _year_axis(axes, years)
    _percent_axis(axes)
    axes.set_title(texts["population.title"], loc="left", fontweight="bold", wrap=True)
    axes.set_ylabel(texts["population.share"])
    axes.set_xlabel(texts["population.year"])
    _legend(axes)
    return figure


def sector_chart(
    rows: Iterable[Mapping[str, object]],
    *,
    year: int | None = None,
    organ_group: str = "rvc",
    group_by: str = "section",
    language: str = "en",
) -> Figure:
    """
    Horizontal bars: the share of seats held by women in ``organ_group`` per sector in ``year``
    (by default the latest year of the rows), from the rows of
    :func:`ingroeiquotum.bulk.aggregate` of the grouping ``group_by`` (``"section"``, the SBI
    section letter; another grouping, such as ``"division"`` or ``"size"``, by its name), highest
    share on top (an SBI section named in ``language``, "K Financial and insurance activities"),
    each bar labelled with women / seats; the quota's one third as a dashed vertical line if it
    is in force at the end of ``year``. Suppressed groups are left out.

    Raises:
        InvalidArgument: if matplotlib is missing, or the rows have no figure of that grouping,
            organ group and year.
        LoadError: listing every row that is not a mapping or has no int ``year``.
    """
    language = _language(language)
    texts = _texts(language)
    _figure_class()
    checked = [
        row
        for row in _rows(rows)
        if _overall(row, group_by) and row.get("organ_group") == organ_group
    ]
    if year is None and checked:
        year = max(int(str(row["year"])) for row in checked)
    bars = [
        (str(row.get("group")), share, row)
        for row in checked
        if row["year"] == year and (share := _seat_share(row)) is not None
    ]
    if not bars:
        raise InvalidArgument(
            "rows", f"{group_by}/{organ_group}/{year}", "hold no share of seats for this"
        )
    bars.sort(key=lambda bar: (bar[1], bar[0]))
    figure = _new_figure((7.5, max(3.0, 0.32 * len(bars) + 1.6)))
    axes = figure.add_subplot()
    positions = list(range(len(bars)))
    axes.barh(
        positions,
        [share for _, share, _ in bars],
        color=_COLOURS.get(organ_group.split(":")[0], _COLOURS["all"]),
        height=0.7,
        label=_group_label(organ_group, texts),
        gid="share",
    )
    for position, (_, share, row) in zip(positions, bars, strict=True):
        women, seats = _number(row.get("women")), _number(row.get("seats"))
        if women is not None and seats is not None:
            axes.annotate(
                f"{int(women)}/{int(seats)}",
                (share, position),
                xytext=(3, 0),
                textcoords="offset points",
                va="center",
                fontsize=7,
                gid="count-label",
            )
    axes.set_yticks(positions, [_sector_label(group_by, name, language) for name, _, _ in bars])
    year_end = date(int(str(year)), 12, 31)
    if parameters.in_force("quota.minimum_share", year_end).in_force:
        axes.axvline(
            float(parameters.get("quota.minimum_share").at(year_end)),
            color=_COLOURS["quota"],
            linestyle="--",
            linewidth=1.5,
            label=texts["population.quota"],
            gid="quota",
        )
    _percent_axis(axes, "x", room=0.12)
    axes.set_title(
        texts["sector.title"].format(organ=_group_label(organ_group, texts), year=year),
        loc="left",
        fontweight="bold",
        wrap=True,
    )
    axes.set_xlabel(texts["population.share"])
    axes.set_ylabel(texts["sector.axis"])
    figure.legend(loc="outside lower center", ncols=2, frameon=False, fontsize=8)
    return figure


def quota_chart(rows: Iterable[Mapping[str, object]], *, language: str = "en") -> Figure:
    """
    Bars per year: the share of listed companies whose supervisory organ meets the quota, from
    the ``rvc`` row of the grouping ``"all"``: ``listed_meeting_quota`` over
    ``listed_quota_applies`` (the listed companies whose supervisory organ the quota reaches,
    as :func:`ingroeiquotum.bulk.aggregate` counts them), or over ``listed`` in rows without
    that count. Each bar is labelled with both counts ("73/82"). A year without such
    companies has no bar.

    Raises:
        InvalidArgument: if matplotlib is missing, or no row counts listed companies.
        LoadError: listing every row that is not a mapping or has no int ``year``.
    """
    language = _language(language)
    texts = _texts(language)
    _figure_class()
    points: list[tuple[int, int, int]] = []
    for row in _rows(rows):
        if not _overall(row) or row.get("organ_group") != "rvc":
            continue
        listed = _number(row.get("listed_quota_applies", row.get("listed")))
        meeting = _number(row.get("listed_meeting_quota"))
        if listed and meeting is not None:
            points.append((int(str(row["year"])), int(meeting), int(listed)))
    if not points:
        raise InvalidArgument("rows", "listed", "no row counts listed companies")
    points.sort()
    figure = _new_figure((7.5, 4.8))
    axes = figure.add_subplot()
    years = [year for year, _, _ in points]
    shares = [meeting / listed for _, meeting, listed in points]
    axes.bar(years, shares, width=0.6, color=_COLOURS["rvc"], gid="share")
    for year, meeting, listed in points:
        axes.annotate(
            f"{meeting}/{listed}",
            (year, meeting / listed),
            xytext=(0, 3),
            textcoords="offset points",
            ha="center",
            va="bottom",
            fontsize=8,
            gid="count-label",
        )
    _year_axis(axes, years)
    _percent_axis(axes, room=0.08)
    axes.set_title(texts["quota_met.title"], loc="left", fontweight="bold", wrap=True)
    axes.set_ylabel(texts["quota_met.share"])
    axes.set_xlabel(texts["population.year"])
    return figure


def _seat_row(row: Mapping[str, object]) -> tuple[Seat, str]:
    """A seat row as a Seat and its organ group ("all" without an ``organ``)."""
    dates: dict[str, date | None] = {}
    for field in ("start", "end", "first_appointed"):
        value = _validate.plain(_tables.given(row.get(field)))
        dates[field] = None if _validate.missing(value) else _validate.iso_date(field, value)
    if dates["start"] is None:
        raise InvalidArgument("start", row.get("start"), "is required")
    seat = Seat(
        gender=Gender.from_label(row.get("gender"), "gender"),
        start=dates["start"],
        end=dates["end"],
        first_appointed=dates["first_appointed"],
    )
    organ = _validate.plain(_tables.given(row.get("organ")))
    if _validate.missing(organ):
        return seat, "all"
    try:
        kind = Organ.parse(organ).kind
    except InvalidArgument as error:
        raise InvalidArgument("organ", organ, error.reason) from None
    return seat, _KIND_GROUPS[kind]


def _appointments(seats: object) -> dict[str, dict[int, list[int]]]:
    """
    Per organ group ("all" for seats without an organ), per year: [women, recorded] among the
    new appointments (first terms starting that year; unknown gender left out).
    """
    if isinstance(seats, str | bytes | Mapping) or not isinstance(seats, Iterable):
        raise InvalidArgument("seats", seats, "must be an iterable of Seats or seat rows")
    counts: dict[str, dict[int, list[int]]] = {}
    problems: list[RowError] = []
    for number, item in enumerate(seats, start=1):
        group = "all"
        if isinstance(item, Mapping):
            try:
                seat, group = _seat_row(item)
            except InvalidArgument as error:
                problems.append(RowError(number, error.field, error.value, error.reason))
                continue
        elif isinstance(item, Seat):
            seat = item
        else:
            problems.append(RowError(number, "seat", item, "must be a Seat or a mapping"))
            continue
        first_term = seat.first_appointed is None or seat.first_appointed >= seat.start
        if not first_term or seat.gender is Gender.UNKNOWN:
            continue
        tally = counts.setdefault(group, {}).setdefault(seat.start.year, [0, 0])
        tally[0] += seat.gender is Gender.WOMAN
        tally[1] += 1
    if problems:
        raise LoadError("seats", problems)
    return counts


def appointments_chart(
    seats: Iterable[Seat | Mapping[str, object]], *, language: str = "en"
) -> Figure:
    """
    Bars per year: the share of new appointments that went to women (see the module's
    definition of a new appointment), one set of bars per organ group where the seat rows name
    an ``organ``, each bar labelled women / new appointments ("3/8").

    ``seats`` are :class:`~ingroeiquotum.model.composition.Seat` objects or rows with ``gender``
    and ``start`` and optionally ``end``, ``first_appointed`` and ``organ`` (dates as dates or
    ``YYYY-MM-DD`` text, as in ``docs/examples/rvc-seats.csv``).

    Raises:
        InvalidArgument: if matplotlib is missing, or there is no new appointment of recorded
            gender.
        LoadError: listing every seat row that is bad (its gender, dates or organ).
    """
    language = _language(language)
    texts = _texts(language)
    _figure_class()
    counts = _appointments(seats)
    if not counts:
        raise InvalidArgument("seats", "start", "hold no new appointment of recorded gender")
    groups = [group for group in (*_GROUP_ORDER, "all") if group in counts]
    years = sorted({year for by_year in counts.values() for year in by_year})
    figure = _new_figure((7.5, 4.8))
    axes = figure.add_subplot()
    width = 0.8 / len(groups)
    for index, group in enumerate(groups):
        offset = (index - (len(groups) - 1) / 2) * width
        present = sorted(counts[group].items())
        xs = [year + offset for year, _ in present]
        shares = [women / recorded for _, (women, recorded) in present]
        axes.bar(
            xs,
            shares,
            width=width * 0.9,
            color=_COLOURS[group],
            label=_group_label(group, texts),
            gid="share",
        )
        for x, share, (_, (women, recorded)) in zip(xs, shares, present, strict=True):
            axes.annotate(
                f"{women}/{recorded}",
                (x, share),
                xytext=(0, 3),
                textcoords="offset points",
                ha="center",
                va="bottom",
                fontsize=7,
                gid="count-label",
            )
    _year_axis(axes, years)
    _percent_axis(axes, room=0.08)
    axes.set_title(texts["appointments.title"], loc="left", fontweight="bold", wrap=True)
    axes.set_ylabel(texts["appointments.share"])
    axes.set_xlabel(texts["appointments.year"])
    if len(groups) > 1 or groups != ["all"]:
        _legend(axes)
    return figure
