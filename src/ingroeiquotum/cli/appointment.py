"""The ``appointment`` command: is this appointment to the RvC void under art. 2:142b BW."""

from __future__ import annotations

import argparse

from ingroeiquotum import i18n
from ingroeiquotum.cli import _common
from ingroeiquotum.law.findings import Verdict


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's arguments."""
    count, day = _common.parse_count, _common.parse_date
    parser.add_argument("--men", type=count, required=True, help="men in office before")
    parser.add_argument("--women", type=count, required=True, help="women in office before")
    parser.add_argument("--other", type=count, default=0, help="registered as neither sex")
    parser.add_argument("--unknown", type=count, default=0, help="sex not recorded")
    parser.add_argument(
        "--appointee",
        type=_common.parse_gender,
        required=True,
        metavar="GENDER",
        help="man, woman, other or unknown (also m, v, f, x, male, female, vrouw, in any case)",
    )
    parser.add_argument("--on", type=day, required=True, help="the date it takes effect")
    parser.add_argument("--reappointment", action="store_true")
    parser.add_argument("--first-appointed", type=day, default=None, metavar="DATE")
    parser.add_argument(
        "--exceptional",
        action="store_true",
        help="exceptional circumstances (art. 2:135a lid 5 BW) apply, as you assert",
    )
    parser.add_argument(
        "--non-executive", action="store_true", help="the board is a one-tier board's NEDs"
    )
    _common.common_options(parser, as_of=False)


def run(arguments: argparse.Namespace) -> int:
    """Print the explained finding; exit 1 when the appointment is void."""
    from ingroeiquotum.law.bw2 import quota
    from ingroeiquotum.model.composition import Composition

    before = Composition(arguments.men, arguments.women, arguments.other, arguments.unknown)
    finding = quota.judge_appointment(
        before,
        arguments.appointee,
        arguments.on,
        reappointment=arguments.reappointment,
        first_appointed=arguments.first_appointed,
        exceptional_circumstances=arguments.exceptional,
        subject="non_executive" if arguments.non_executive else "rvc",
    )
    if arguments.json:
        _common.print_json({**finding.as_dict(), "void": finding.verdict is Verdict.NOT_COMPLIANT})
    else:
        print(i18n.explain(finding, arguments.lang))
        print(_common.judged_on(arguments.on, arguments.lang, given=True))
    return _common.status([finding.verdict.value])
