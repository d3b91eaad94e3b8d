"""
Start-up of the command line: ``ingroeiquotum check`` on a 4-row file and ``ingroeiquotum
--help``, each in a fresh interpreter, against ``python -c pass`` in the same run.

- ``cli_check_ms_over_python`` (goal <= 120), ``cli_help_ms_over_python``: the median of
  ``repeat`` runs of each, less the median of ``python -c pass``; the minimums beside them.

    python benchmarks/cli.py
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROWS = (
    "company,organ,date,legal_form,listed,men,women\n"
    "A NV,rvc,2025-12-31,NV,true,3,1\n"
    "A NV,bestuur,2025-12-31,NV,true,3,1\n"
    "B BV,rvc,2025-12-31,BV,false,2,2\n"
    "C NV,rvc,2025-12-31,NV,true,2,2\n"
)


# As an installed package runs: from compiled bytecode (pip writes it; an environment that
# forbids writing it would time the compiler, not the library).
ENVIRONMENT = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}


def _runs(command: list[str], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run(command, capture_output=True, check=False, env=ENVIRONMENT)
        times.append((time.perf_counter() - started) * 1000)
    return times


def measure(repeat: int = 15) -> dict[str, object]:
    """The figures of this module (see its text); the runs of the three alternate."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "four.csv"
        path.write_text(ROWS, encoding="utf-8")
        commands = {
            "python": [sys.executable, "-c", "pass"],
            "check": [sys.executable, "-m", "ingroeiquotum", "check", str(path)],
            "help": [sys.executable, "-m", "ingroeiquotum", "--help"],
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        for command in commands.values():  # once, to write the bytecode
            _runs(command, 1)
        for _ in range(repeat):  # alternate, so that a busy moment hits all three alike
            for name, command in commands.items():
                times[name].extend(_runs(command, 1))
    python = statistics.median(times["python"])
    return {
        "python_pass_ms": round(python, 1),
        "cli_check_ms_over_python": round(statistics.median(times["check"]) - python, 1),
        "cli_check_ms_over_python_min": round(min(times["check"]) - min(times["python"]), 1),
        "cli_help_ms_over_python": round(statistics.median(times["help"]) - python, 1),
    }


if __name__ == "__main__":
    print(json.dumps(measure()))
