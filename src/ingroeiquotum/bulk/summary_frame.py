"""The vectorised population summary for a pandas or polars frame (the ``frames`` extra)."""

from __future__ import annotations

from typing import Any


def aggregate_frame(frame: Any) -> Any:
    raise NotImplementedError
