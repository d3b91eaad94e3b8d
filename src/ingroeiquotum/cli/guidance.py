"""The ``guidance`` command: the SER dialogue's best practices (2024)."""

from __future__ import annotations

import argparse

from ingroeiquotum.cli import _common


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's arguments."""
    parser.add_argument("--theme", default=None)
    parser.add_argument("--lever", default=None)
    parser.add_argument("--organ", default=None, dest="audience", metavar="ORGAN")
    parser.add_argument("--actor", default=None)
    parser.add_argument("--text", default=None, help="free text, either language")
    _common.common_options(parser, as_of=False)


def run(arguments: argparse.Namespace) -> int:
    """Print the recommendations that match; exit 0 (advice is never a finding)."""
    from ingroeiquotum.guidance import queries as guidance
    from ingroeiquotum.i18n import guidance as texts

    found = guidance.find(
        theme=arguments.theme,
        lever=arguments.lever,
        audience=arguments.audience,
        actor=arguments.actor,
        text=arguments.text,
    )
    if arguments.json:
        _common.print_json(
            [
                {
                    "key": item.key,
                    "theme": item.theme.key,
                    "text_nl": item.text_nl,
                    "text_en": item.text_en,
                    "levers": sorted(lever.value for lever in item.levers),
                    "audiences": sorted(audience.value for audience in item.audiences),
                    "actors": sorted(actor.value for actor in item.actors),
                }
                for item in found
            ]
        )
    elif found:
        print(texts.render_recommendations(found, arguments.lang))
    else:
        print(_common.say("cli.guidance_none", arguments.lang))
    return 0
