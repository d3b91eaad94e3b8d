"""
Charts (*grafieken*): matplotlib figures for notebooks and reports. One company's organs over
the years against its targets and the quota (:func:`composition_chart`,
:func:`company_overview`); a population's share of women per organ group, per sector, the
listed companies meeting the quota and the appointments going to women
(:func:`population_chart`, :func:`sector_chart`, :func:`quota_chart`,
:func:`appointments_chart`).

This is an edge package behind the optional ``charts`` extra (``pip install
'ingroeiquotum[charts]'``). matplotlib is imported only inside the functions, so importing it
costs nothing; without matplotlib they raise :class:`~ingroeiquotum.exceptions.InvalidArgument`
naming the extra. Figures are made with :class:`matplotlib.figure.Figure` directly, never
through ``pyplot``, so no global state is touched and no window opens. Every chart is a
:class:`~ingroeiquotum.charts._display.ChartFigure`, a Figure that a notebook shows as a picture
when it is evaluated, in a fresh kernel too (no ``%matplotlib inline`` needed); write it to a
file with :func:`save_png`. Labels and titles are in the ``language`` chosen ("en" or "nl").

.. versionadded:: 0.1.0

.. versionchanged:: 0.2.0
   A package; the charts show themselves in a notebook; the population charts.
"""

from __future__ import annotations

__all__ = [
    "appointments_chart",
    "company_overview",
    "composition_chart",
    "population_chart",
    "quota_chart",
    "save_png",
    "sector_chart",
]

from ingroeiquotum.charts._figure import save_png
from ingroeiquotum.charts.company import company_overview, composition_chart
from ingroeiquotum.charts.population import (
    appointments_chart,
    population_chart,
    quota_chart,
    sector_chart,
)
