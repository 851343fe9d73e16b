"""Entry point of the `kommunvakt` command.

Subcommand modules are imported only when their command runs, so `kommunvakt classify`
does not pay for the AWS stand-in that `kommunvakt serve` needs.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

# name -> (module, one-line help). Each module has `configure(parser)` and `run(args) -> int`.
COMMANDS: dict[str, tuple[str, str]] = {
    "classify": ("kommunvakt.cli.classify", "judge JSONL events from stdin, one decision a line"),
    "eval": ("kommunvakt.cli.evaluate", "measure the policy layer on a labelled JSONL corpus"),
    "explain": ("kommunvakt.cli.explain", "explain the decision for one text, for a person"),
    "serve": ("kommunvakt.cli.serve", "run the whole pipeline locally on an embedded AWS"),
    "send": ("kommunvakt.cli.send", "sign a webhook body as Meta does and post it"),
    "export": ("kommunvakt.cli.export", "export stored records (public-records request)"),
    "demo": ("kommunvakt.cli.demo", "replay the sample events against a running server"),
    "digest": ("kommunvakt.cli.digest", "send the daily digest of the last 24 hours now"),
    "review": ("kommunvakt.cli.review", "look at decisions and override them (restore, block, …)"),
    "redrive": ("kommunvakt.cli.redrive", "move DLQ messages back, re-send stuck escalations"),
}


def build_parser(argv: Sequence[str]) -> tuple[argparse.ArgumentParser, argparse.Namespace]:
    parser = argparse.ArgumentParser(
        prog="kommunvakt", description="Moderation for Swedish municipalities' social media."
    )
    parser.add_argument(
        "--policy",
        metavar="FILE",
        default=None,
        help="the municipality's policy file (TOML); default: the shipped Vallentuna policy",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (_, help_text) in COMMANDS.items():
        sub.add_parser(name, help=help_text, add_help=False)
    known, _ = parser.parse_known_args(argv)
    if known.command is None:
        return parser, known
    # Re-build with only the chosen command's full parser: its module is imported here.
    parser = argparse.ArgumentParser(prog="kommunvakt")
    parser.add_argument("--policy", metavar="FILE", default=None)
    sub = parser.add_subparsers(dest="command", required=True)
    module = importlib.import_module(COMMANDS[known.command][0])
    command = sub.add_parser(known.command, help=COMMANDS[known.command][1])
    # Accepted after the command too (`kommunvakt eval --policy x.toml FILE`).
    command.add_argument("--policy", metavar="FILE", default=argparse.SUPPRESS)
    module.configure(command)
    return parser, parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    # As in Lambda (template.yaml): no scan of installed packages for pydantic plugins, which
    # the command would otherwise pay on every start.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "1")
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser, args = build_parser(args_list)
    if args.command is None:
        parser.print_help()
        return 2
    module = importlib.import_module(COMMANDS[args.command][0])
    try:
        return int(module.run(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
