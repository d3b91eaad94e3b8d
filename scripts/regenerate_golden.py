"""
Regenerate ``tests/golden/parameters.json``, the dump of every dated legal parameter.

Run ``python scripts/regenerate_golden.py`` after changing ``_parameters_data.py`` and review the
diff: a legal reviewer reads every changed value, date and citation there.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

GOLDEN = Path(__file__).resolve().parents[1] / "tests" / "golden" / "parameters.json"


def dump() -> list[dict[str, object]]:
    """Every parameter as plain data, sorted by key."""
    from ingroeiquotum.parameters import all_parameters

    return [
        {
            "key": parameter.key,
            "unit": parameter.unit,
            "values": [
                {
                    "start": value.start.isoformat(),
                    "value": None if value.value is None else str(value.value),
                    "citation": str(value.citation),
                    "note": value.note,
                }
                for value in parameter.values
            ],
        }
        for key, parameter in sorted(all_parameters().items())
    ]


def render() -> str:
    """The golden file's text."""
    return json.dumps(dump(), indent=2, ensure_ascii=False) + "\n"


def write(path: Path, text: str) -> None:
    """Write a golden file (shared by the ``regenerate_golden*.py`` scripts) and say so."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    sys.stdout.write(f"wrote {path}\n")


def main() -> int:
    """Write the golden file."""
    write(GOLDEN, render())
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    raise SystemExit(main())
