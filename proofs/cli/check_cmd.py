"""`sleepcheck check FILE... [--kernel V] [--program NAME] [--bound N] [--timeout S] [--solver NAME]
[--smtlib DIR] [--rodata-unknown] [--format text|json|sarif] [--jobs N]`: prove that no program sleeps in atomic
context, or show a run that does.

Every program of every file is checked against one kernel model; files are spread over one process per CPU
(`--jobs`). A file that cannot be read
becomes an entry with verdict "error" and the run goes on. Exit code, one for the whole run: 1 if any program has
a violation; else 4 if sleepcheck failed on a file (a bug of its own); else 2 if a file could not be read or the
command line is wrong; else 3 if anything is unknown; else 0.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from typing import TextIO

from sleepcheck.model.errors import SleepcheckError
from sleepcheck.model.kernel import DEFAULT_KERNEL, KERNEL_VERSIONS, load_kernel_model
from sleepcheck.proofs import report_json, report_sarif, report_text
from sleepcheck.proofs.batch import Engine, check_files, default_jobs
from sleepcheck.proofs.cli import EXIT_INPUT, EXIT_INTERNAL, EXIT_OK, EXIT_UNKNOWN, EXIT_VIOLATION
from sleepcheck.proofs.options import DEFAULT_BOUND, DEFAULT_TIMEOUT, SOLVERS, CheckOptions, resolve_options
from sleepcheck.proofs.verdict import ProgramResult, Verdict

RENDERERS: dict[str, Callable[[Sequence[ProgramResult], str], str]] = {
    "text": report_text.render, "json": report_json.render, "sarif": report_sarif.render}


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("check", help="prove that no program sleeps in atomic context, or show a run "
                                   "that does", description=__doc__.split("\n\n")[1])
    parser.add_argument("files", nargs="+", metavar="FILE",
                        help="BPF ELF object built by clang, or its assembly text (clang -S)")
    parser.add_argument("--kernel", default=DEFAULT_KERNEL,
                        help=f"kernel version, e.g. 6.18 or 6.18.44 (known: {', '.join(KERNEL_VERSIONS)}; "
                        f"default {DEFAULT_KERNEL})")
    parser.add_argument("--program", metavar="NAME", action="append", default=[],
                        help="only this program (repeat for more)")
    parser.add_argument("--bound", type=int, default=DEFAULT_BOUND, metavar="N",
                        help=f"loop unwinding bound of the bounded engine (default {DEFAULT_BOUND})")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="S",
                        help=f"seconds per program before its answer is unknown (default {DEFAULT_TIMEOUT:g})")
    parser.add_argument("--solver", default=SOLVERS[0], choices=SOLVERS,
                        help=f"SMT solver of the bounded engine (default {SOLVERS[0]}, handing a query it has not "
                        "answered in 2 s to bitwuzla where installed; the others install with "
                        "pip install 'sleepcheck[solvers]')")
    parser.add_argument("--smtlib", metavar="DIR",
                        help="write every bounded query as an SMT-LIB 2 file into DIR, for any solver to re-check")
    parser.add_argument("--rodata-unknown", action="store_true",
                        help="treat .rodata as inputs (for loaders that rewrite it) instead of the object's values")
    parser.add_argument("--format", choices=tuple(RENDERERS), default="text")
    parser.add_argument("--jobs", "-j", type=int, metavar="N",
                        help="check files in N processes (default: one per CPU, at most one per file; 1: all in "
                        "this process)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    options = resolve_options(kernel=args.kernel, bound=args.bound, timeout=args.timeout, solver=args.solver,
                              rodata_unknown=args.rodata_unknown, programs=tuple(args.program), smtlib=args.smtlib)
    from sleepcheck.proofs.check import check_program  # the engines load z3; other commands need not

    if args.jobs is not None and args.jobs < 1:
        raise SleepcheckError(f"--jobs must be at least 1, not {args.jobs}")
    jobs = default_jobs(len(args.files)) if args.jobs is None else args.jobs
    return check_and_report(args.files, options, args.format, stdout, stderr, check_program, jobs)


def check_and_report(files: Sequence[str], options: CheckOptions, output: str, stdout: TextIO, stderr: TextIO,
                     engine: Engine, jobs: int = 1) -> int:
    kernel = load_kernel_model(options.kernel)
    results, unmatched = check_files(files, options, kernel, engine, jobs)
    for name in unmatched:
        print(f"sleepcheck: error: no program named {name!r} in {', '.join(files)}", file=stderr)
    stdout.write(RENDERERS[output](results, options.kernel))
    return exit_code(results, input_error=bool(unmatched))


def exit_code(results: Sequence[ProgramResult], *, input_error: bool = False) -> int:
    """A violation outranks a failure of sleepcheck's own, which outranks an unreadable input, which outranks an
    unknown."""
    verdicts = {result.verdict for result in results}
    if Verdict.VIOLATION in verdicts:
        return EXIT_VIOLATION
    if any(result.internal for result in results):
        return EXIT_INTERNAL
    if input_error or Verdict.ERROR in verdicts:
        return EXIT_INPUT
    if Verdict.UNKNOWN in verdicts:
        return EXIT_UNKNOWN
    return EXIT_OK
