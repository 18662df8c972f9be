"""The `sleepcheck` command: it only wires the parts together.

Each subcommand is a module of this package with `register(subparsers)`, which adds its parser and sets
`run=<function(args, stdout, stderr) -> int>` as a default, so tests call commands directly and only `main` exits.

Exit codes: 0 all safe / ok; 1 a violation (or, for `model probe`, a difference); 2 bad input or command line;
3 something is unknown; 4 an internal error (a bug of ours, reported in one line).
"""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from sleepcheck.model.errors import SleepcheckError

EXIT_OK = 0
EXIT_VIOLATION = 1
EXIT_INPUT = 2
EXIT_UNKNOWN = 3
EXIT_INTERNAL = 4

SUBCOMMAND_MODULES = ("list_cmd", "disasm_cmd", "model_cmd", "check_cmd", "fuzz_cmd")


class _Parser(argparse.ArgumentParser):
    """argparse exits on its own errors; we raise instead, so `run` stays testable and exits with 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        command = self.prog.removeprefix("sleepcheck").strip()  # the line already starts "sleepcheck: error:"
        raise SleepcheckError(f"{command}: {message}" if command else message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="sleepcheck", description=__doc__.splitlines()[0])
    subparsers = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    for name in SUBCOMMAND_MODULES:
        importlib.import_module(f"sleepcheck.proofs.cli.{name}").register(subparsers)
    return parser


def run(argv: Sequence[str], stdout: TextIO, stderr: TextIO) -> int:
    try:
        args = build_parser().parse_args(list(argv))
        return int(args.run(args, stdout, stderr))
    except SleepcheckError as error:
        print(f"sleepcheck: error: {error.one_line()}", file=stderr)
        return EXIT_INPUT
    except BrokenPipeError:
        return EXIT_OK
    except Exception as error:  # a bug of ours, said in one line rather than as a traceback
        print(f"sleepcheck: internal error: {type(error).__name__}: {error} (a bug in sleepcheck; please report it "
              "with the command and the object)", file=stderr)
        return EXIT_INTERNAL


def tune_gc() -> None:
    """A check builds millions of short-lived objects (graph nodes, terms) and few cycles: the collector's passes
    over them cost a quarter of a large program's time and free little. Objects made so far (the imports, the kernel
    model) are frozen out of every pass, and young objects are collected less often. For the command line and the
    benchmarks, which own their process; a library caller keeps its own settings."""
    gc.freeze()
    gc.set_threshold(50_000, 20, 100)


def main() -> None:
    """The console entry point. Once the report is out, the process ends at once: tearing down a solver context
    that a hard query left with gigabytes of terms took minutes after the last line was printed (j24b), and
    nothing is left to do by then."""
    tune_gc()
    code = run(sys.argv[1:], sys.stdout, sys.stderr)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
