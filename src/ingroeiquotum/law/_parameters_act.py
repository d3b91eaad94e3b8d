"""
The act's period: the one place the dates of the Wet ingroeiquotum en streefcijfers are written.

The act (Stb. 2021, 495) enters into force on 1 January 2022 and lapses eight years later under
its horizon clause. The parameter ``act.in_force`` (and every parameter that starts and lapses
with the act) in :mod:`._parameters_data`, and the period of the act's provisions in
:mod:`.citations`, read these two dates: a data module below both, so that neither has to import
the other. Code asks the parameter (:func:`.parameters.in_force`), never these constants.
"""

from __future__ import annotations

from datetime import date

ENTRY_INTO_FORCE = date(2022, 1, 1)
"""The act's entry into force (Stb. 2021, 495)."""

LAPSE = date(2030, 1, 1)
"""The act's lapse, eight years after its entry into force (horizon clause)."""
