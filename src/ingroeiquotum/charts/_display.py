"""
The figure every chart is drawn on: a :class:`matplotlib.figure.Figure` that shows itself as a
picture in a notebook with no magic command.

A figure made without ``pyplot`` has no display hook: a fresh Jupyter kernel prints
``<Figure size 750x480 with 1 Axes>`` for it unless ``%matplotlib inline`` ran first (that
command registers a formatter for every Figure). :class:`ChartFigure` answers IPython's
``_repr_png_`` itself, drawing through matplotlib's Agg canvas (the one ``savefig`` uses for a
PNG), so it needs no backend, no ``pyplot`` and no global state. Where a formatter for figures
is registered (after ``%matplotlib inline``, or once ``pyplot`` is imported in a kernel),
IPython uses that formatter instead, and the figure still shows once.

This module imports matplotlib, so the charts import it only when they draw.
"""

from __future__ import annotations

import io

from matplotlib.figure import Figure

_DPI = 100
"""The resolution of the picture a notebook shows: 100 dots per inch, so 7.5 inches are 750 px."""


class ChartFigure(Figure):
    """
    A matplotlib figure that a notebook shows as a PNG picture (``_repr_png_``); otherwise a
    plain :class:`~matplotlib.figure.Figure` (``savefig``,
    :func:`~ingroeiquotum.charts.save_png`, ``figure.axes`` work as always).

    .. versionadded:: 0.2.0
    """

    def _repr_png_(self) -> bytes:
        """The figure as PNG bytes at 100 dots per inch, drawn with matplotlib's Agg canvas."""
        buffer = io.BytesIO()
        self.savefig(buffer, format="png", dpi=_DPI, metadata={"Software": None})
        return buffer.getvalue()
