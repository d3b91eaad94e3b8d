"""The command line as a user runs it, for the CLI tests: the real entry point, in a subprocess."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[1] / "docs" / "examples"
"""The example files of the documentation, which the CLI tests read."""


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """``python -m ingroeiquotum *args``: its status, standard output and standard error."""
    return subprocess.run(
        [sys.executable, "-m", "ingroeiquotum", *args],
        capture_output=True,
        text=True,
        check=False,
    )
