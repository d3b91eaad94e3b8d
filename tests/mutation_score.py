"""
The mutation score of the rule modules after ``mutmut run`` (see ``docs/explanation/reliability.md``).

Reads the results mutmut 3 keeps in ``mutants/src/ingroeiquotum/*.meta`` and prints, per rule
(``quota``, ``scope`` and the deadline functions of ``reporting``), how many mutants were
killed, how many survived and the score, then the names of the survivors::

    python tests/mutation_score.py [REPOSITORY]

Mutants that were not run (another module's, or ``reporting``'s other functions) are not
counted.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

RULES = {
    "quota": ("law/bw2/quota.py", ""),
    "quota.balance": ("law/bw2/balance.py", ""),
    "quota.appointments": ("law/bw2/appointments.py", ""),
    "scope": ("law/bw2/scope.py", ""),
    "reporting.deadline": ("law/bw2/reporting.py", "deadline"),
    "ser_report.deadline": ("law/bw2/ser_report.py", "deadline"),
}
"""
Each rule: its file under ``src/ingroeiquotum``, and the text a mutated function's name must
hold (all if empty). A file that mutmut did not mutate (not in ``[tool.mutmut]``'s
``only_mutate``) is left out.
"""


def results(repository: Path) -> dict[str, dict[str, list[str]]]:
    """Per rule, the names of the killed and of the surviving mutants."""
    found: dict[str, dict[str, list[str]]] = {}
    for rule, (file, holds) in RULES.items():
        meta = repository / "mutants" / "src" / "ingroeiquotum" / f"{file}.meta"
        if not meta.is_file():
            continue
        codes = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
        killed, survived = [], []
        for name, code in sorted(codes.items()):
            function = name.rsplit(".", 1)[-1].split("__mutmut_")[0]
            if code is None or holds not in function:
                continue
            (survived if code == 0 else killed).append(name)
        found[rule] = {"killed": killed, "survived": survived}
    return found


def main(argv: list[str]) -> int:
    """Print the scores and the survivors."""
    repository = Path(argv[1]) if len(argv) > 1 else Path.cwd()
    found = results(repository)
    total_killed = total = 0
    for rule, outcome in found.items():
        killed, survived = len(outcome["killed"]), len(outcome["survived"])
        run = killed + survived
        total_killed, total = total_killed + killed, total + run
        score = f"{killed / run:.1%}" if run else "-"
        sys.stdout.write(f"{rule:20} {killed:5} killed {survived:5} survived  {score}\n")
    if total:
        sys.stdout.write(
            f"{'all':20} {total_killed:5} of {total} killed  {total_killed / total:.1%}\n"
        )
    for outcome in found.values():
        for name in outcome["survived"]:
            sys.stdout.write(f"survived: {name}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
