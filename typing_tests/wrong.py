"""
Mistakes a newcomer made (issue 14, item 10): mypy must refuse each one.

Each wrong call carries ``# type: ignore[<code>]``; mypy runs with ``--warn-unused-ignores``, so an
ignore that is not needed (a mistake mypy would let through) fails the check. At run time each is
refused too (``tests/properties/test_typing.py`` runs them), except the lines marked ``# runs``.
"""

from __future__ import annotations

from datetime import date

from ingroeiquotum.company import Company, FinancialYear, SizeFigures, Snapshot
from ingroeiquotum.composition import Composition, Seat
from ingroeiquotum.organs import Organ
from ingroeiquotum.plan import Measure
from ingroeiquotum.targets import Target

END = date(2024, 12, 31)
board = Composition(3, 2)

# A legal form the law does not reach, or a board model that does not exist.
Company("X", "GmbH")  # type: ignore[arg-type]
Company("X", "BV", board_model="three_tier")  # type: ignore[arg-type]
Company("X", "BV", listed="yes")  # type: ignore[arg-type]
Company("X", "BV", financial_years=[END])  # type: ignore[list-item]

# An organ name the library does not know.
Snapshot("raad", END, board)  # type: ignore[arg-type]
Organ("raad")  # type: ignore[arg-type]
Target("raad", "each_sex", "30%", target_year=2027)  # type: ignore[arg-type]
Measure("Mentoring", levers="development", organs=["raad"])  # type: ignore[list-item]
Company("X", "BV", seats={"raad": []})  # type: ignore[dict-item]
# A subtop category as text: read at run time, but typed code writes Organ.subtop("Directors").
Snapshot("subtop:Directors", END, board)  # type: ignore[arg-type]  # runs

# A date as text, or a composition as a tuple.
Snapshot("rvc", "2024-12-31", board)  # type: ignore[arg-type]
Snapshot("rvc", END, (3, 2))  # type: ignore[arg-type]
FinancialYear("2024-01-01", "2024-12-31")  # type: ignore[arg-type]
Seat("man", "2024-01-01")  # type: ignore[arg-type]

# A gender label outside the one table.
Seat("Q", END)  # type: ignore[arg-type]
Seat("mevrouw", END)  # type: ignore[arg-type]
board.count("vrouwen")  # type: ignore[arg-type]
Composition.from_genders(["m", "dame"])  # type: ignore[list-item]

# A count as text.
Composition("3", 1)  # type: ignore[arg-type]
SizeFigures(None, 1, 1)  # type: ignore[arg-type]

# A target form, flow or year that does not exist.
Target("rvc", "each_sexx", "30%", target_year=2027)  # type: ignore[arg-type]
Target("rvc", "each_sex", "30%", target_year="2027")  # type: ignore[arg-type]
Target("rvc", "each_sex", "30%", target_year=2027, flow="outflow")  # type: ignore[arg-type]
Target("rvc", "each_sex", [30], target_year=2027)  # type: ignore[arg-type]

# A lever the plan does not know.
Measure("Shortlists", levers={"recruiting"})  # type: ignore[arg-type]

# Names a closed choice in the rules' own keyword arguments (the HR developer's try-out).
from ingroeiquotum import progress, quota, reporting, scope  # noqa: E402
from ingroeiquotum.company import Company as _Company  # noqa: E402

quota.reaches("raad")  # type: ignore[arg-type]
quota.Appointment("dame")  # type: ignore[arg-type]
progress.changes(_Company("X", "BV"), "raad")  # type: ignore[arg-type]
scope.judge_size([], END, legal_form="GmbH")  # type: ignore[arg-type]
reporting.check_deadline(END, submitted_on=None, as_of=END, legal_form="GmbH")  # type: ignore[arg-type]
reporting.build_report(_Company("X", "BV"), END, other_counting="apart")  # type: ignore[arg-type]
