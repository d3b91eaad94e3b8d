"""
One company's charts: the share of women in an organ over the years, against its target and the
quota (:func:`composition_chart`), and one panel per organ (:func:`company_overview`).

What a chart shows, for one organ:

* the share of women at the end of each financial year (from
  :func:`ingroeiquotum.model.progress.changes`), a line with markers, each point annotated with the
  number of women and of members ("2/6"); a year without a known composition breaks the line;
* the target, dashed, with a dotted vertical line at its target year; for a target for each sex
  the band from the target to 100 % minus the target is shaded: there both sexes meet it (when
  every member is a man or a woman);
* the quota's one-third line (art. 2:142b BW), drawn over the years it is in force (2022-2029),
  by default for the supervisory organ of a listed company;
* a projection, dotted, if one is given.

The artists carry a ``gid`` so that tests and notebooks can find them: ``"share"``,
``"count-label"``, ``"target"``, ``"target-upper"``, ``"target-band"``, ``"target-year"``,
``"quota"`` and ``"projection"``.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

__all__ = ["company_overview", "composition_chart"]

import math
from collections.abc import Iterable
from datetime import date
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from ingroeiquotum.charts._figure import (
    _COLOURS,
    _figure_class,
    _language,
    _new_figure,
    _percent,
    _texts,
)
from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.i18n.messages import message
from ingroeiquotum.law import parameters
from ingroeiquotum.law.bw2.targets import Flow, Target, TargetForm, parse_share
from ingroeiquotum.model import progress
from ingroeiquotum.model.company import Company
from ingroeiquotum.model.organs import Organ, OrganKind, OrganLike

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure


def _organ_label(organ: Organ, texts: dict[str, str]) -> str:
    if organ.kind is OrganKind.SUBTOP:
        return texts["subtop"].format(name=organ.name)
    return texts[organ.kind.value]


def _projection(value: object) -> tuple[tuple[int, float], ...]:
    """
    The projection as (year, share) pairs in increasing years; shares between 0 and 1, or
    ``None`` (NaN) for a year in which the organ is projected to be empty.
    """
    if value is None:
        return ()
    if isinstance(value, str | bytes | bytearray) or not isinstance(value, Iterable):
        raise InvalidArgument("projection", value, "must be an iterable of (year, share) pairs")
    points: list[tuple[int, float]] = []
    for index, point in enumerate(value):
        field = f"projection[{index}]"
        if not isinstance(point, tuple | list) or len(point) != 2:
            raise InvalidArgument(field, point, "must be a (year, share) pair")
        year, share = point
        if isinstance(year, bool) or not isinstance(year, int) or not 1900 <= year <= 2200:
            raise InvalidArgument(field, point, "the year must be an int between 1900 and 2200")
        if points and year <= points[-1][0]:
            raise InvalidArgument(field, point, "the years must increase")
        if share is None:  # an organ projected to be empty: a gap in the line
            points.append((year, math.nan))
            continue
        if isinstance(share, str):
            raise InvalidArgument(field, point, "the share must be a number between 0 and 1")
        try:
            parsed = parse_share(share)
        except InvalidArgument:
            raise InvalidArgument(
                field, point, "the share must be a number between 0 and 1"
            ) from None
        points.append((year, float(parsed)))
    return tuple(points)


def _stock_target(target: object, organ: Organ) -> Target:
    if not isinstance(target, Target):
        raise InvalidArgument("target", target, "must be a Target or None")
    if organ not in target.organs:
        raise InvalidArgument("target", target.key, f"is not a target for {organ}")
    if target.flow is not Flow.STOCK:
        raise InvalidArgument(
            "target", target.key, "counts appointments, not the organ the chart shows"
        )
    return target


def _year_position(day: date) -> float:
    """A date on the x axis, where the year ``n`` stands for the end of financial year ``n``."""
    start = date(day.year, 1, 1)
    length = (date(day.year + 1, 1, 1) - start).days
    return day.year - 1 + (day - start).days / length


def _default_quota_line(company: Company, organ: Organ) -> bool:
    return company.listed and organ == Organ.parse(company.supervisory_organ)


def _draw(
    axes: Axes,
    company: Company,
    organ: Organ,
    *,
    target: Target | None,
    quota_line: bool,
    projection: tuple[tuple[int, float], ...],
    texts: dict[str, str],
    language: str,
    detailed: bool,
) -> None:
    """Draw one organ's chart on ``axes``."""
    from matplotlib.ticker import FixedLocator, MaxNLocator, PercentFormatter

    changes = progress.changes(company, organ)
    if not changes:
        raise InvalidArgument(
            "organ", str(organ), "the company records no composition for it at a year end"
        )
    shares = [
        math.nan if change.share_women is None else float(change.share_women) for change in changes
    ]
    first, last = changes[0].year, changes[-1].year
    # A year without a known composition breaks the line rather than bridging it.
    xs: list[float] = []
    ys: list[float] = []
    for index, (change, share) in enumerate(zip(changes, shares, strict=True)):
        if index and change.previous is None:
            xs.append(change.year - 0.5)
            ys.append(math.nan)
        xs.append(change.year)
        ys.append(share)

    axes.plot(
        xs,
        ys,
        marker="o",
        color=_COLOURS["share"],
        linewidth=2,
        label=texts["share"],
        gid="share",
        zorder=4,
        clip_on=False,
    )
    for change, share in zip(changes, shares, strict=True):
        if math.isnan(share):
            continue
        below = share > 0.85
        axes.annotate(
            f"{change.composition.women}/{change.composition.members}",
            (change.year, share),
            xytext=(0, -14 if below else 9),
            textcoords="offset points",
            ha="center",
            va="top" if below else "bottom",
            fontsize=8 if detailed else 7,
            color=_COLOURS["share"],
            bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none"},
            gid="count-label",
            zorder=5,
        )

    if projection:
        points = list(projection)
        if points[0][0] > last and not math.isnan(shares[-1]) and not math.isnan(points[0][1]):
            points.insert(0, (last, shares[-1]))
        axes.plot(
            [year for year, _ in points],
            [share for _, share in points],
            linestyle=":",
            linewidth=2,
            marker=".",
            color=_COLOURS["share"],
            label=texts["projection"],
            gid="projection",
            zorder=3,
        )
        first, last = min(first, points[0][0]), max(last, points[-1][0])

    if target is not None:
        first, last = min(first, target.target_year), max(last, target.target_year)
        _draw_target(axes, target, changes[-1].composition.members, texts, language, detailed)

    low, high = first - 0.5, last + 0.5
    if quota_line:
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
                    label=texts["quota"],
                    gid="quota",
                    zorder=2,
                )

    axes.set_xlim(low, high)
    axes.set_ylim(0, 1)
    axes.yaxis.set_major_formatter(PercentFormatter(xmax=1, decimals=0))
    axes.yaxis.set_major_locator(FixedLocator([0, 0.2, 0.4, 0.6, 0.8, 1.0]))
    if last - first <= 12:
        axes.xaxis.set_major_locator(FixedLocator(list(range(first, last + 1))))
    else:
        axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes.grid(axis="y", color="#dddddd", linewidth=0.8)
    axes.set_axisbelow(True)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)


def _draw_target(
    axes: Axes,
    target: Target,
    members: int,
    texts: dict[str, str],
    language: str,
    detailed: bool,
) -> None:
    """The target line, its band for an each-sex target, and the marker at its target year."""
    colour = _COLOURS["target"]
    if target.form is TargetForm.WOMEN_COUNT:
        count = int(target.value)
        share = Fraction(min(count, members), members) if members else Fraction(0)
        label = message(
            "chart.target.women_count",
            language,
            count=count,
            year=target.target_year,
            members=members,
        )
    else:
        share = Fraction(target.value)
        label = texts[f"target.{target.form.value}"].format(
            share=_percent(share, language), year=target.target_year
        )
    if not detailed:
        label = texts["target.short"]
    axes.axhline(
        float(share), color=colour, linestyle="--", linewidth=1.5, label=label, gid="target"
    )
    if target.form is TargetForm.EACH_SEX and share < Fraction(1, 2):
        axes.axhline(
            float(1 - share), color=colour, linestyle="--", linewidth=1.5, gid="target-upper"
        )
        axes.axhspan(
            float(share),
            float(1 - share),
            color=colour,
            alpha=0.08,
            linewidth=0,
            label=texts["band"],
            gid="target-band",
        )
    axes.axvline(
        target.target_year,
        color=colour,
        linestyle=":",
        linewidth=1.2,
        gid="target-year",
        zorder=1,
    )
    axes.annotate(
        texts["target.year"].format(year=target.target_year),
        (target.target_year, 1),
        xytext=(-4, -4),
        textcoords="offset points",
        ha="right",
        va="top",
        fontsize=8 if detailed else 7,
        color=colour,
        gid="target-year",
    )


def composition_chart(
    company: Company,
    organ: OrganLike,
    *,
    target: Target | None = None,
    quota_line: bool | None = None,
    projection: Iterable[tuple[int, Fraction | float]] | None = None,
    language: str = "en",
) -> Figure:
    """
    The share of women in ``organ`` at the end of each financial year, as a figure with one
    axes: against ``target`` if given, against the quota's one-third line if ``quota_line``
    (by default for the supervisory organ of a listed company), and with ``projection`` (year,
    share) points, dotted, if given (a share of ``None`` leaves a gap). A projection that starts
    after the last known year is joined to it. Labels and title are in ``language`` ("en" or "nl").

    For a target of a number of women, the line stands at that number's share of the organ's
    last known size.

    Raises:
        InvalidArgument: if matplotlib (the ``charts`` extra) is missing; for a target of
            another organ or one that counts appointments (a flow target); for a malformed
            projection; or if the company records no composition of ``organ`` at a year end.
    """
    language = _language(language)
    texts = _texts(language)
    _figure_class()
    if not isinstance(company, Company):
        raise InvalidArgument("company", company, "must be a Company")
    wanted = Organ.parse(organ)
    checked = None if target is None else _stock_target(target, wanted)
    if quota_line is not None and not isinstance(quota_line, bool):
        raise InvalidArgument("quota_line", quota_line, "must be True, False or None")
    points = _projection(projection)

    figure = _new_figure((7.5, 4.8))
    axes = figure.add_subplot()
    _draw(
        axes,
        company,
        wanted,
        target=checked,
        quota_line=_default_quota_line(company, wanted) if quota_line is None else quota_line,
        projection=points,
        texts=texts,
        language=language,
        detailed=True,
    )
    axes.set_title(
        texts["title"].format(company=company.name, organ=_organ_label(wanted, texts)),
        loc="left",
        fontweight="bold",
        wrap=True,
    )
    axes.set_ylabel(texts["share"])
    axes.set_xlabel(texts["year"])
    axes.legend(
        loc="upper center",
        bbox_to_anchor=(0.5, -0.16),
        ncols=2,
        frameon=False,
        fontsize=8,
    )
    return figure


def company_overview(
    company: Company,
    *,
    targets: Iterable[Target] = (),
    language: str = "en",
) -> Figure:
    """
    Small multiples: one panel per organ of ``company`` (in the order of
    :attr:`~ingroeiquotum.model.company.Company.organs`), each as :func:`composition_chart` draws it,
    with the first of ``targets`` that counts the organ's composition and the quota line where
    it applies. Targets that count appointments (flow targets) are left out. One legend serves
    all panels.

    Raises:
        InvalidArgument: if matplotlib (the ``charts`` extra) is missing, or the company records
            no composition of any organ at a year end.
    """
    language = _language(language)
    texts = _texts(language)
    _figure_class()
    if not isinstance(company, Company):
        raise InvalidArgument("company", company, "must be a Company")
    given: list[Target] = []
    for index, target in enumerate(_targets(targets)):
        if not isinstance(target, Target):
            raise InvalidArgument(f"targets[{index}]", target, "must be a Target")
        given.append(target)
    organs = [organ for organ in company.organs if progress.changes(company, organ)]
    if not organs:
        raise InvalidArgument(
            "company", company.name, "records no composition of any organ at a year end"
        )

    columns = 1 if len(organs) == 1 else 2
    rows = -(-len(organs) // columns)
    figure = _new_figure((7.5 if columns == 1 else 10.4, 3.3 * rows + 0.9))
    grid = figure.subplots(rows, columns, sharey=True, squeeze=False)
    for index, axes in enumerate(grid.flat):
        if index >= len(organs):
            axes.remove()
            continue
        organ = organs[index]
        target = next(
            (t for t in given if organ in t.organs and t.flow is Flow.STOCK),
            None,
        )
        _draw(
            axes,
            company,
            organ,
            target=target,
            quota_line=_default_quota_line(company, organ),
            projection=(),
            texts=texts,
            language=language,
            detailed=False,
        )
        axes.set_title(_organ_label(organ, texts), loc="left", fontsize=10)
        if index % columns == 0:
            axes.set_ylabel(texts["share"])
        if index >= len(organs) - columns:
            axes.set_xlabel(texts["year"])
    figure.suptitle(
        texts["overview"].format(company=company.name),
        x=0.01,
        ha="left",
        fontweight="bold",
        wrap=True,
    )
    handles: dict[str, Any] = {}
    for axes in figure.axes:
        for handle, label in zip(*axes.get_legend_handles_labels(), strict=True):
            handles.setdefault(label, handle)
    figure.legend(
        list(handles.values()),
        list(handles.keys()),
        loc="outside lower center",
        ncols=min(len(handles), 4),
        frameon=False,
        fontsize=8,
    )
    return figure


def _targets(value: object) -> tuple[object, ...]:
    if isinstance(value, Target):
        return (value,)
    if isinstance(value, str | bytes | bytearray) or not isinstance(value, Iterable):
        raise InvalidArgument("targets", value, "must be an iterable of Targets")
    return tuple(value)
