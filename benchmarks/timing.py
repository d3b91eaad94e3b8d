"""
The one way the benchmark scripts time a piece of work against its baseline: the minimum and the
median of several wall-clock runs. Each script imports it from its own folder, so that it runs
on its own (``python benchmarks/<name>.py``) as well as from ``run.py``.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def timed(repeat: int, function: Callable[[], object]) -> tuple[float, float]:
    """The minimum and the median of ``repeat`` wall-clock timings of ``function()``."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return min(times), statistics.median(times)
