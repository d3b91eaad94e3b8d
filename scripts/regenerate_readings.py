"""
Rewrite the printed list of readings in ``docs/explanation/readings.md`` from the code.

The page's doctest fails when a reading changes; run ``python scripts/regenerate_readings.py``,
read the diff, and commit it with the change (the CHANGELOG says which verdicts it affects).
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

from ingroeiquotum import readings

PAGE = Path(__file__).resolve().parents[1] / "docs" / "explanation" / "readings.md"


def listing() -> str:
    """The text the page's doctest prints."""
    lines = []
    for reading in readings.all_readings():
        lines.append(f"{reading.key} [{reading.confidence.value}]")
        lines.extend("    " + line for line in textwrap.wrap(reading.summary, 90))
        if reading.alternative:
            wrapped = textwrap.wrap("Other reading: " + reading.alternative, 90)
            lines.extend("    " + line for line in wrapped)
    return "\n".join(lines)


def main() -> None:
    """Rewrite the page's listing."""
    text = PAGE.read_text(encoding="utf-8")
    pattern = re.compile(
        r"(\.\.\.             print\(\"    \" \+ line\)\n)(.*?)(\n\n```)", re.DOTALL
    )
    new, count = pattern.subn(lambda match: match[1] + listing() + match[3], text, count=1)
    if count != 1:
        raise SystemExit(f"{PAGE}: the readings doctest was not found")
    PAGE.write_text(new, encoding="utf-8")
    print(f"wrote {PAGE}")


if __name__ == "__main__":
    main()
