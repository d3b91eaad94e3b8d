"""
Regenerate the golden bestuursverslag paragraphs, ``tests/golden/{nl,en}/bestuursverslag_sample.txt``.

Each file holds ``i18n.bestuursverslag(report, lang)`` for the fictional sample company's report
over the financial year ending 2025-12-31 (``sample_report()`` below), followed by a newline.
Run ``python scripts/regenerate_golden_reporting.py`` after changing the catalogs, the report or
the sample data, then READ the diff: the numbers must match the sample data, Dutch uses a decimal
comma and Dutch month names, English a decimal point.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ingroeiquotum.reporting import SerReport

GOLDEN = Path(__file__).resolve().parents[1] / "tests" / "golden"
NAME = "bestuursverslag_sample.txt"
LANGUAGES = ("nl", "en")
SAMPLE_YEAR_END = date(2025, 12, 31)


def golden_path(language: str) -> Path:
    """The golden file of ``language``."""
    return GOLDEN / language / NAME


def sample_report() -> SerReport:
    """The sample company's report for the financial year ending 2025-12-31."""
    from ingroeiquotum import reporting, samples

    return reporting.build_report(
        samples.sample_company(),
        SAMPLE_YEAR_END,
        targets=samples.sample_targets(),
        plan=samples.sample_plan(),
        reasons=samples.sample_reasons(),
    )


def render(language: str) -> str:
    """The golden file's text for ``language``."""
    from ingroeiquotum import i18n

    return i18n.bestuursverslag(sample_report(), language) + "\n"


def main() -> int:
    """Write both golden files."""
    from regenerate_golden import write

    for language in LANGUAGES:
        write(golden_path(language), render(language))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    raise SystemExit(main())
