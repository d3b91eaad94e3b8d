"""
The seats of one board (one row per seat held) from a file or a DataFrame, with the options of
every loader, for :mod:`ingroeiquotum.planning.succession`.

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping

from ingroeiquotum import _tables
from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.io import cells
from ingroeiquotum.io.tables import Source
from ingroeiquotum.model.composition import Seat
from ingroeiquotum.planning.succession import _SEATS, read_seats_rows

_DATES = ("start", "end", "first_appointed")


def read_seats(
    source: Source,
    *,
    format: str | None = None,
    columns: Mapping[str, str] | None = None,
    date_format: str | None = None,
    encoding: str | None = None,
    genders: Mapping[str, str] | None = None,
    limits: _tables.Limits | None = None,
) -> tuple[Seat, ...]:
    r"""
    The seats in ``source`` (columns ``organ``, ``gender``, ``start``, ``end``,
    ``first_appointed``, as :func:`~ingroeiquotum.planning.succession.read_seats_rows` reads
    them), read as :func:`read_compositions` reads: ``columns``, ``date_format``,
    ``encoding`` and a DataFrame as the source are the same; ``genders`` maps a system's own
    gender codes, as for :func:`read_employees`.

    >>> from io import StringIO
    >>> text = "Geslacht;Ingangsdatum;Einddatum\n2;23-04-2024;\n1;01-05-2020;30-04-2024\n"
    >>> seats = read_seats(StringIO(text), format="csv", date_format="%d-%m-%Y",
    ...                    genders={"1": "man", "2": "woman"})
    >>> [(seat.gender.value, seat.start.isoformat()) for seat in seats]
    [('woman', '2024-04-23'), ('man', '2020-05-01')]

    Raises:
        LoadError: listing every bad row with its line, and for a file that cannot be read.
        InvalidArgument: for a bad option, as :func:`read_compositions` says.
    """
    kind = _tables.format_of(source, format)
    options = cells.cell_options(date_format, genders, workbook=kind in _tables.EXCEL_FORMATS)
    dated, gendered = cells.date_parser(options), cells.gender_parser(options)
    shown = _tables.display(source)
    records = list(
        _tables.read(
            source,
            _SEATS,
            format=kind,
            shown=shown,
            limits=limits,
            columns=columns,
            encoding=encoding,
        )
    )
    for record in records:
        for name in _DATES:
            value = _tables.given(record.get(name))
            if value is not None:
                # a value that does not read is left, for read_seats_rows to report
                with contextlib.suppress(InvalidArgument):
                    record[name] = dated(name, value)
        value = _tables.given(record.get("gender"))
        if value is not None:
            with contextlib.suppress(InvalidArgument):
                record["gender"] = gendered("gender", value)
    return read_seats_rows(records, source=shown)
