"""``io.read_seats``: the seats of a board from a file or a frame, with the loaders' options."""

from __future__ import annotations

from datetime import date
from io import StringIO

import pytest

from ingroeiquotum import io
from ingroeiquotum.exceptions import LoadError
from ingroeiquotum.model.gender import Gender

TEXT = (
    "Orgaan;Geslacht;Ingangsdatum;Einddatum;Eerste benoeming\n"
    "RvC;2;23-04-2024;;23-04-2024\n"
    "RvC;1;01-05-2020;30-04-2024;\n"
)


def test_dutch_headers_codes_and_dates() -> None:
    seats = io.read_seats(
        StringIO(TEXT), format="csv", date_format="%d-%m-%Y", genders={"1": "man", "2": "woman"}
    )
    assert [(seat.gender, seat.start, seat.end) for seat in seats] == [
        (Gender.WOMAN, date(2024, 4, 23), None),
        (Gender.MAN, date(2020, 5, 1), date(2024, 4, 30)),
    ]
    assert seats[0].first_appointed == date(2024, 4, 23)


def test_a_bad_row_is_named_by_its_line() -> None:
    text = TEXT + "RvC;3;01-01-2025;;\n"
    with pytest.raises(LoadError) as info:
        io.read_seats(StringIO(text), format="csv", date_format="%d-%m-%Y", genders={"1": "man"})
    assert [(error.row, error.field) for error in info.value.errors] == [
        (2, "gender"),
        (4, "gender"),
    ]


def test_a_frame_is_a_source() -> None:
    pandas = pytest.importorskip("pandas")
    frame = pandas.DataFrame(
        {
            "gender": ["v", "m"],
            "start": pandas.to_datetime(["2024-04-23", "2020-05-01"]),
            "end": [None, None],
        }
    )
    seats = io.read_seats(frame)
    assert [seat.start for seat in seats] == [date(2024, 4, 23), date(2020, 5, 1)]
