"""Checking many files in worker processes gives what checking them in this process gives, and a worker that dies
costs only its own file."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from sleepcheck.model.kernel import DEFAULT_KERNEL, KernelModel, load_kernel_model
from sleepcheck.model.program import BpfObject, Program
from sleepcheck.proofs import batch
from sleepcheck.proofs.batch import check_files, default_jobs
from sleepcheck.proofs.check import check_program
from sleepcheck.proofs.cli import run
from sleepcheck.proofs.options import CheckOptions, resolve_options
from sleepcheck.proofs.verdict import ProgramResult, Verdict

OBJ = Path(__file__).resolve().parents[1] / "bpf" / "obj"
FILES = [str(OBJ / f"{name}.bpf.o") for name in (
    "region_rcu_copy_inside", "path_mul3", "loop_region_late_iteration", "ptype_tc_safe", "path_map_read_twice")]


def _summary(results: list[ProgramResult]) -> list[tuple[str, str, Verdict, list[tuple[str, str, str]]]]:
    return [(r.file, r.program, r.verdict, [(f.obligation.value, f.verdict.value, f.message) for f in r.findings])
            for r in results]


def test_workers_give_the_same_results_in_the_same_order() -> None:
    kernel = load_kernel_model(DEFAULT_KERNEL)
    options = resolve_options()
    alone, unmatched_alone = check_files(FILES, options, kernel, check_program, jobs=1)
    spread, unmatched_spread = check_files(FILES, options, kernel, check_program, jobs=2)
    assert _summary(spread) == _summary(alone)
    assert [r.verdict for r in spread] == [Verdict.VIOLATION, Verdict.SAFE, Verdict.VIOLATION, Verdict.SAFE,
                                           Verdict.VIOLATION]
    assert unmatched_alone == unmatched_spread == []


def test_a_worker_that_dies_costs_only_its_file() -> None:
    def engine(obj: BpfObject, program: Program, kernel: KernelModel, options: CheckOptions) -> ProgramResult:
        if program.name == "path_mul3":
            os._exit(7)  # as a solver's crash would end the process
        return check_program(obj, program, kernel, options)

    results, _ = check_files(FILES, resolve_options(), load_kernel_model(DEFAULT_KERNEL), engine, jobs=2)
    assert [r.file for r in results] == FILES
    died = results[1]
    assert died.verdict is Verdict.ERROR and "the process checking this file died" in (died.error or "")
    assert [r.verdict for r in results[:1] + results[2:]] == [Verdict.VIOLATION, Verdict.VIOLATION, Verdict.SAFE,
                                                               Verdict.VIOLATION]


def test_program_names_are_matched_across_workers() -> None:
    options = resolve_options(programs=("path_mul3", "no_such_program"))
    results, unmatched = check_files(FILES, options, load_kernel_model(DEFAULT_KERNEL), check_program, jobs=2)
    assert [r.program for r in results] == ["path_mul3"] and unmatched == ["no_such_program"]


def test_jobs_default_to_the_cpus_but_never_more_than_the_files() -> None:
    cpus = len(os.sched_getaffinity(0))
    assert default_jobs(1) == 1 and default_jobs(1000) == cpus and default_jobs(0) == 1


def test_jobs_below_one_are_a_command_line_error() -> None:
    out, err = io.StringIO(), io.StringIO()
    assert run(["check", "--jobs", "0", *FILES[:2]], out, err) == 2
    assert "--jobs must be at least 1, not 0" in err.getvalue() and out.getvalue() == ""


def test_without_workers_the_files_are_checked_here(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_pool(*_: object) -> None:
        raise OSError("no shared memory for a semaphore")

    monkeypatch.setattr(batch, "_pool", no_pool)
    seen: list[int] = []

    def engine(obj: BpfObject, program: Program, kernel: KernelModel, options: CheckOptions) -> ProgramResult:
        seen.append(os.getpid())
        return check_program(obj, program, kernel, options)

    results, _ = check_files(FILES[:2], resolve_options(), load_kernel_model(DEFAULT_KERNEL), engine, jobs=2)
    assert [r.verdict for r in results] == [Verdict.VIOLATION, Verdict.SAFE] and seen == [os.getpid()] * 2
