"""The ``plan FILE`` command: succession planning for an RvC from a file of seats."""

from __future__ import annotations

import argparse
import json
import re
from datetime import date
from typing import Any

from ingroeiquotum import _tables, i18n
from ingroeiquotum.cli import _common, _terminal
from ingroeiquotum.exceptions import InvalidArgument, LoadError, RowError
from ingroeiquotum.law.findings import Verdict, plain
from ingroeiquotum.planning import succession


def _read(path: str) -> tuple[tuple[Any, ...], str]:
    """
    The seats in the file (.csv, .json or .xlsx, read as ``check FILE`` reads), and the organ
    they belong to ('rvc' or 'non_executive'). Every problem names the file's line.
    """
    _common.input_file(path)
    records = list(_tables.read(path, succession._SEATS))
    seats = succession.read_seats_rows(records, source=path)
    organ = _tables.given(records[0].get("organ")) if records else None
    return seats, str(organ or "rvc").lower()


_MOST_YEARS = 100
"""The most meetings ``--years`` plans ahead: a board's terms are four years, a plan a few terms."""

_MM_DD = re.compile(r"(\d\d)-(\d\d)", re.ASCII)


def _meeting_day(text: str) -> tuple[int, int]:
    """
    The month and day of ``--meeting MM-DD``: a day that every year has. 29 February is
    refused (a meeting day that common years lack would move, or vanish, silently).
    """
    found = _MM_DD.fullmatch(text)
    if found is None:
        raise InvalidArgument("--meeting", text, "must be a day of the year as MM-DD")
    month, day = int(found.group(1)), int(found.group(2))
    if (month, day) == (2, 29):
        raise InvalidArgument(
            "--meeting", text, "is not a day of every year: choose 02-28 or 03-01"
        )
    try:
        date(2023, month, day)
    except ValueError:
        raise InvalidArgument("--meeting", text, "must be a day of the year as MM-DD") from None
    return month, day


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's arguments."""
    parser.add_argument("file", help="a seats file: organ,gender,start,end,first_appointed")
    parser.add_argument(
        "--meeting",
        default="04-30",
        metavar="MM-DD",
        help="the yearly general meeting's day (default 04-30)",
    )
    parser.add_argument(
        "--years", type=_common.parse_count, default=4, help="how many meetings ahead (4)"
    )
    _common.common_options(parser)


def run(arguments: argparse.Namespace) -> int:
    """Print the plan; exit 1 while the board does not meet the quota, else 0."""
    month, day = _meeting_day(arguments.meeting)
    if not 1 <= arguments.years <= _MOST_YEARS:
        raise InvalidArgument("--years", arguments.years, f"must be from 1 to {_MOST_YEARS}")
    seats, organ = _read(arguments.file)
    if not seats:
        raise LoadError(arguments.file, [RowError(None, "file", arguments.file, "has no seats")])
    reference: date = arguments.as_of or max(seat.start for seat in seats)
    first = date(reference.year, month, day)
    first_year = first.year if first > reference else first.year + 1
    if first_year + arguments.years - 1 > date.max.year:
        raise InvalidArgument("--years", arguments.years, "reaches past the year 9999")
    meetings = succession.yearly_meetings(month, day, first_year, first_year + arguments.years - 1)
    result = succession.plan(seats, meetings, subject=organ)
    balance = succession.earliest_balance(seats, meetings, subject=organ)
    lang = arguments.lang
    if arguments.json:
        data = {"judged_on": reference, **_as_dict(result, balance)}
        print(json.dumps(plain(data), ensure_ascii=False, indent=2))
        return _status(result, balance)

    def say(key: str, **params: object) -> str:
        return i18n.message(key, lang, **params)

    print(
        say(
            "cli.plan_title",
            organ=organ,
            seats=result.size,
            meetings=", ".join(i18n.format_value(each, lang) for each in meetings),
        )
    )
    given = arguments.as_of is not None
    print(say("cli.judged_on" if given else "cli.judged_on_default", on=reference))
    for meeting in result.meetings:
        print()
        print(
            say(
                "cli.plan_meeting",
                meeting=meeting.on,
                departures=len(meeting.departures),
                vacancies=meeting.to_fill,
            )
        )
        print(_terminal.finding_line(meeting.balance_before, lang))
        for vote in meeting.votes:
            for option in vote.options:
                marker = "*" if option == vote.choice else " "
                label = say(f"cli.option.{option.kind.value}", gender=option.gender)
                print(
                    f"   {marker} "
                    + say("cli.plan_option", position=vote.position, choice=label)
                    + " "
                    + _terminal.finding_line(option.finding, lang, indent="")
                )
        print(
            "  "
            + say(
                "cli.plan_recommended",
                choices="; ".join(
                    say(f"cli.option.{option.kind.value}", gender=option.gender)
                    for option in meeting.recommended
                )
                or "-",
                **meeting.after.as_dict(),
            )
        )
    print()
    if balance is None:
        print(say("cli.plan_no_balance"))
    else:
        print(_terminal.finding_line(balance.finding, lang, indent=""))
    return _status(result, balance)


def _status(result: succession.SuccessionPlan, balance: object) -> int:
    last = result.meetings[-1] if result.meetings else None
    if last is None:
        return 0
    return 0 if last.balance_after.verdict is Verdict.COMPLIANT else 1


def _as_dict(result: succession.SuccessionPlan, balance: Any) -> dict[str, Any]:
    return {
        "organ": result.subject,
        "size": result.size,
        "sitting": result.sitting.as_dict(),
        "meetings": [
            {
                "date": meeting.on,
                "departures": len(meeting.departures),
                "before": meeting.before.as_dict(),
                "to_fill": meeting.to_fill,
                "votes": [
                    {
                        "position": vote.position,
                        "options": [
                            {
                                "kind": option.kind.value,
                                "gender": option.gender.value,
                                "verdict": option.finding.verdict.value,
                                "void": option.void,
                                "message": option.finding.message,
                                "article": option.finding.article,
                            }
                            for option in vote.options
                        ],
                        "choice": vote.choice.kind.value,
                    }
                    for vote in meeting.votes
                ],
                "after": meeting.after.as_dict(),
                "balanced_after": meeting.balanced,
            }
            for meeting in result.meetings
        ],
        "earliest_balance": None
        if balance is None
        else {
            "meeting": balance.meeting,
            "needed_women": balance.needed_women,
            "needed_men": balance.needed_men,
            "after": balance.after.as_dict(),
        },
    }
