"""Solvers side by side on the bounded engine's own queries: which is fastest, and do they all agree?

First a z3 run over the corpus (tests/bpf/obj, the large_* objects included) writes every bounded query as SMT-LIB
(`--smtlib`); the programs that wrote one are the ones the bounded engine decides. Then, per installed solver:
- end to end: check_program on those programs, as `sleepcheck check --solver NAME` runs it (incremental session,
  witnesses replayed), with its verdicts compared to z3's;
- per query: each written file answered on its own (`solvers.solve_file`), sat/unsat compared to z3's answer.
z3 stays the default unless another solver is faster and agrees on every program and every query.

Usage: python3 bench/solvers.py [--bound N] [--timeout S] [--repeat N] [--verbose] [OBJ...]
Prints figures; it asserts nothing about time.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from sleepcheck.model.elf import load_object
from sleepcheck.model.kernel import DEFAULT_KERNEL, load_kernel_model
from sleepcheck.model.kernel.model import KernelModel
from sleepcheck.model.program import BpfObject
from sleepcheck.proofs import solvers
from sleepcheck.proofs.check import check_program
from sleepcheck.proofs.options import SOLVERS, CheckOptions
from sleepcheck.proofs.verdict import ProgramResult

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "bpf" / "obj"


@dataclass
class Tally:
    seconds: float = 0.0
    large_seconds: float = 0.0  # the large_* objects' share
    slowest: tuple[float, str] = (0.0, "")
    answers: dict[str, object] = field(default_factory=dict)
    times: dict[str, float] = field(default_factory=dict)

    def add(self, key: str, seconds: float, answer: object) -> None:
        self.seconds += seconds
        if key.startswith("large_"):
            self.large_seconds += seconds
        self.slowest = max(self.slowest, (seconds, key))
        self.answers[key] = answer
        self.times[key] = seconds


def verdicts(result: ProgramResult) -> tuple[object, ...]:
    return (result.verdict.value, *sorted((f.obligation.value, f.verdict.value, f.at.function if f.at else "",
                                          f.at.insn if f.at else -1) for f in result.findings))


def end_to_end(programs: list[tuple[BpfObject, str]], kernel: KernelModel, names: list[str], bound: int,
               timeout: float, repeat: int) -> dict[str, Tally]:
    """Solvers take turns on each program, so load from elsewhere on the machine falls on all of them alike; each
    program's time is its best of `repeat` runs."""
    tallies = {name: Tally() for name in names}
    for obj, program in programs:
        key = f"{Path(obj.path).name}:{program}"
        best: dict[str, float] = {}
        answers: dict[str, object] = {}
        for _ in range(repeat):
            for name in names:
                options = CheckOptions(bound=bound, timeout=timeout, solver=name)
                started = time.perf_counter()
                result = check_program(obj, obj.program(program), kernel, options)
                best[name] = min(best.get(name, float("inf")), time.perf_counter() - started)
                answers[name] = verdicts(result)
        for name in names:
            tallies[name].add(key, best[name], answers[name])
    return tallies


def per_query(files: list[Path], name: str, timeout: float) -> Tally:
    tally = Tally()
    for path in files:
        answer, seconds = solvers.solve_file(str(path), name, timeout)
        tally.add(path.name, seconds, answer)
    return tally


def disagreements(tally: Tally, reference: Tally) -> list[str]:
    return [key for key, answer in reference.answers.items() if tally.answers.get(key) != answer]


def table(title: str, rows: dict[str, Tally], reference: Tally, unit: str) -> None:
    print(f"\n{title}")
    print(f"{'solver':10} {unit:>8} {'total s':>9} {'x z3':>6} {'large_* s':>10} {'slowest s':>10}  {'disagree':>8}  "
          "slowest")
    for name, tally in rows.items():
        differ = disagreements(tally, reference)
        ratio = tally.seconds / reference.seconds if reference.seconds else float("nan")
        print(f"{name:10} {len(tally.answers):8d} {tally.seconds:9.3f} {ratio:6.2f} {tally.large_seconds:10.3f} "
              f"{tally.slowest[0]:10.3f}  {len(differ):8d}  {tally.slowest[1]}")
        for key in differ[:10]:
            print(f"    differs from z3 on {key}: {tally.answers.get(key)} vs {reference.answers[key]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("objects", nargs="*", type=Path, help=f"objects (default: every {CORPUS}/*.bpf.o)")
    parser.add_argument("--bound", type=int, default=16, help="loop bound, as the corpus test uses (default 16)")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds per query (default 30)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per program and solver, best kept (default 3)")
    parser.add_argument("--verbose", action="store_true", help="seconds per program and solver")
    args = parser.parse_args()
    kernel = load_kernel_model(DEFAULT_KERNEL)
    objects = [load_object(str(path)) for path in (args.objects or sorted(CORPUS.glob("*.bpf.o")))]
    names = [name for name in SOLVERS if solvers.unavailable(name) is None]
    for name in SOLVERS:
        if name not in names:
            print(f"skipped {name}: {solvers.unavailable(name)}")

    with tempfile.TemporaryDirectory(prefix="sleepcheck-queries-") as directory:
        export = CheckOptions(bound=args.bound, timeout=args.timeout, smtlib=directory)
        programs = []
        for obj in objects:
            for program in obj.programs:
                before = len(list(Path(directory).iterdir()))
                check_program(obj, program, kernel, export)
                if len(list(Path(directory).iterdir())) > before:
                    programs.append((obj, program.name))
        files = sorted(Path(directory).glob("*.smt2"))
        sizes = [path.stat().st_size for path in files]
        print(f"{sum(len(o.programs) for o in objects)} programs in {len(objects)} objects; {len(programs)} reach "
              f"the bounded engine with {len(files)} queries ({sum(sizes) / 1e6:.2f} MB of SMT-LIB, largest "
              f"{max(sizes, default=0) / 1e3:.0f} kB); bound {args.bound}, timeout {args.timeout:g} s")

        whole = end_to_end(programs, kernel, names, args.bound, args.timeout, args.repeat)
        table(f"end to end (check_program, incremental session, witnesses replayed; best of {args.repeat})", whole,
              whole["z3"], "programs")
        queries = {name: per_query(files, name, args.timeout) for name in names}
        table("per query (each written .smt2 on its own; pySMT parsing not timed, bitwuzla's own parse timed)",
              queries, queries["z3"], "queries")
        if args.verbose:
            print(f"\n{'program (end to end, s)':64}" + "".join(f"{name:>10}" for name in names))
            for key in whole["z3"].times:
                print(f"{key:64}" + "".join(f"{whole[name].times[key]:10.3f}" for name in names))
        agree = [name for name in names if not disagreements(whole[name], whole["z3"])
                 and not disagreements(queries[name], queries["z3"])]
        print(f"\nagree with z3 on every program and query: {', '.join(agree)}")


if __name__ == "__main__":
    main()
