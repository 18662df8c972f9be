"""The corpus benchmark: every object under tests/bpf/obj checked by sleepcheck (in this process) and, in the same
run, every program loaded into the live kernel, with both totals and their ratio.

sleepcheck's time counts reading each object once and checking each program; the kernel's counts each load
(maps, BTF and the verifier) as the wall clock sees it, and separately the verifier's own `verification time`.
The corpus is then checked again as `sleepcheck check` does by default, in one forked process per CPU, and that
wall time is compared too (the kernel's loads stay one after another, in one process).
A table crosses sleepcheck's verdicts with the kernel's. Per-phase times are summed where the engine's results
carry them (a `phases` mapping of phase name to seconds).

Usage: python3 bench/corpus.py [--verbose] [OBJ...]
Prints figures; it asserts nothing about time.
"""

from __future__ import annotations

import argparse
import collections
import time
from collections.abc import Callable
from pathlib import Path

from sleepcheck.model.elf import load_object
from sleepcheck.model.errors import SleepcheckError
from sleepcheck.model.kernel import DEFAULT_KERNEL, load_kernel_model
from sleepcheck.model.program import BpfObject
from sleepcheck.proofs.options import CheckOptions

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "bpf" / "obj"

# (object, program name) -> (kernel verdict, verification seconds or None)
KernelLoader = Callable[[BpfObject, str], tuple[str, float | None]]


def live_loader() -> tuple[KernelLoader | None, str | None]:
    """The live loader, or why the kernel cannot take part in this run."""
    try:
        from sleepcheck.model.kernel import live
    except ImportError as missing:
        return None, f"no live loader: {missing}"
    reason = live.bpf_available()
    if reason is not None:
        return None, reason

    def load(obj: BpfObject, program: str) -> tuple[str, float | None]:
        result = live.load_program(obj, program, kernel_log_level=0)
        usec = result.verification_usec
        return ("not loadable" if result.not_loadable else "accepted" if result.accepted else "refused",
                None if usec is None else usec / 1e6)

    return load, None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("objects", nargs="*", type=Path, help=f"objects (default: every {CORPUS}/*.bpf.o)")
    parser.add_argument("--verbose", action="store_true", help="one row per program")
    args = parser.parse_args()
    objects = args.objects or sorted(CORPUS.glob("*.bpf.o"))

    started = time.perf_counter()
    from sleepcheck.proofs.batch import check_files, default_jobs
    from sleepcheck.proofs.check import check_program
    from sleepcheck.proofs.cli import tune_gc

    kernel_model = load_kernel_model(DEFAULT_KERNEL)
    options = CheckOptions()
    tune_gc()  # as the command line runs
    startup = time.perf_counter() - started
    loader, unavailable = live_loader()
    print(f"kernel: {'unavailable (' + unavailable + ')' if unavailable else 'live'}; model {DEFAULT_KERNEL}; "
          f"{len(objects)} objects")

    ours = theirs = verify = 0.0
    phases: collections.Counter[str] = collections.Counter()
    crossed: collections.Counter[tuple[str, str]] = collections.Counter()
    programs = errors = 0
    verdicts: dict[tuple[str, str], str] = {}
    for path in objects:
        started = time.perf_counter()
        try:
            obj = load_object(str(path))
        except SleepcheckError as error:
            errors += 1
            print(f"{path}: error: {error.one_line()}")
            continue
        ours += time.perf_counter() - started
        for program in obj.programs:
            programs += 1
            started = time.perf_counter()
            result = check_program(obj, program, kernel_model, options)
            spent = time.perf_counter() - started
            ours += spent
            phases.update(getattr(result, "phases", None) or {})
            kernel_verdict, kernel_verify = "-", None
            if loader is not None:
                started = time.perf_counter()
                kernel_verdict, kernel_verify = loader(obj, program.name)
                theirs += time.perf_counter() - started
                verify += kernel_verify or 0.0
            crossed[(result.verdict.value, kernel_verdict)] += 1
            verdicts[(str(path), program.name)] = result.verdict.value
            if args.verbose:
                print(f"{path.name:45} {program.name:40} {result.verdict.value:9} {spent:8.3f} s  {kernel_verdict}")

    jobs = default_jobs(len(objects))
    started = time.perf_counter()
    spread, _ = check_files([str(path) for path in objects], options, kernel_model, check_program, jobs)
    spread_wall = time.perf_counter() - started
    differ = sum(verdicts.get((result.file, result.program)) != result.verdict.value for result in spread
                 if result.program)

    print(f"\nsleepcheck: {ours:.3f} s for {programs} programs ({errors} unreadable objects) in one process, "
          f"plus {startup:.3f} s start-up (imports, kernel model)")
    print(f"            {spread_wall:.3f} s wall in {jobs} processes ({differ} verdicts differ from one process's)")
    for phase, seconds in phases.most_common():
        print(f"  {phase}: {seconds:.3f} s")
    if loader is not None:
        print(f"kernel:     {theirs:.3f} s wall for the same loads ({verify:.3f} s of it reported as verification)")
        print(f"ratio:      sleepcheck / kernel wall = {ours / theirs:.2f} in one process, "
              f"{spread_wall / theirs:.2f} in {jobs}; sleepcheck / kernel verification = {ours / verify:.2f}"
              if theirs and verify else "ratio: -")
    print("\nsleepcheck verdict x kernel verdict:")
    for (ours_verdict, kernel_verdict), count in sorted(crossed.items()):
        print(f"  {ours_verdict:9} {kernel_verdict:13} {count}")


if __name__ == "__main__":
    main()
