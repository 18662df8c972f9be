"""`sleepcheck fuzz [--examples N] [--seed S] [--kernel-oracle]`: the harness's properties from the command line.

Hypothesis generates the programs (proofs/strategies.py) and the properties are harness.py's, the same the test
suite runs; the first disagreement is shrunk and printed as assembly text, ready to paste into a test. Completeness
is asked of loop-free programs only. With --kernel-oracle every program is also loaded into the running kernel,
with BTF made up for its functions and timer map (model/kernel/live_synth_btf.py), and its verdict compared (what
`harness.not_loadable` names is counted as not judged).
Exit 0 when every property held, 1 on a disagreement.
"""

from __future__ import annotations

import argparse
from typing import TextIO


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("fuzz", help="check the checker on generated programs")
    parser.add_argument("--examples", type=int, default=200, metavar="N", help="programs to generate (default 200)")
    parser.add_argument("--seed", type=int, default=None, metavar="S", help="Hypothesis seed, for a repeatable run")
    parser.add_argument("--kernel-oracle", action="store_true",
                        help="also load each program into the running kernel and compare its verdict")
    parser.add_argument("--kernel", default="6.18", help="kernel model version (default 6.18)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from sleepcheck.proofs.cli import fuzz_run  # Hypothesis and the harness, imported for this command alone

    return fuzz_run.run(args, stdout, stderr)
