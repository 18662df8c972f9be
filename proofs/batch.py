"""Checking many files: in this process, or spread over worker processes, one file at a time.

Programs share nothing but the kernel model, so a run over many objects (a CI job, the corpus) keeps every core
busy. Workers are forked once the kernel model is loaded, so each starts with the imports and the model in place
(a fresh interpreter would spend 0.3 s on them). Results come back in file and program order, whatever finishes
first; a file whose worker dies is an error entry of its own, and the other files are still checked.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from sleepcheck.model.asm import load_file
from sleepcheck.model.errors import SleepcheckError
from sleepcheck.model.kernel import KernelModel
from sleepcheck.model.program import BpfObject, Program
from sleepcheck.proofs.options import CheckOptions
from sleepcheck.proofs.verdict import ProgramResult

Engine = Callable[[BpfObject, Program, KernelModel, CheckOptions], ProgramResult]


@dataclass(frozen=True)
class FileResults:
    """One file's entries, and which `--program` names it has (None: the file could not be read)."""

    results: tuple[ProgramResult, ...]
    names: frozenset[str] | None


def default_jobs(files: int) -> int:
    """One process per CPU this process may run on, never more than there are files."""
    return max(1, min(files, len(os.sched_getaffinity(0))))


def check_files(files: Sequence[str], options: CheckOptions, kernel: KernelModel, engine: Engine,
                jobs: int = 1) -> tuple[list[ProgramResult], list[str]]:
    """Results in file and program order, and the names of `--program` that matched no program of a read file.
    With `jobs` above 1 and several files, forked workers check the files."""
    per_file = _in_workers(files, options, kernel, engine, jobs) if jobs > 1 and len(files) > 1 else None
    if per_file is None:
        per_file = [check_file(path, options, kernel, engine) for path in files]
    results = [result for done in per_file for result in done.results]
    read = [done.names for done in per_file if done.names is not None]
    seen = frozenset().union(*read)
    unmatched = [name for name in options.programs if name not in seen] if read else []
    return results, unmatched


def check_file(path: str, options: CheckOptions, kernel: KernelModel, engine: Engine) -> FileResults:
    started = time.perf_counter()
    try:
        obj = load_file(path)
    except SleepcheckError as error:
        return _unread(path, _message(error), started)
    except Exception as error:  # a bug of ours in reading this file: the others are still checked
        return _unread(path, f"internal error while reading: {type(error).__name__}: {error}", started,
                       internal=True)
    if not obj.programs and not obj.unsupported:  # a mistyped target in a pipeline would otherwise pass
        return _unread(path, "no program to check (no code in a section libbpf loads as a program)", started)
    results: list[ProgramResult] = []
    names: set[str] = set()
    for program in obj.programs:
        if options.selects(program.name):
            names.add(program.name)
            results.append(_check_one(engine, obj, program, kernel, options))
    for name, (section, why) in obj.unsupported.items():
        if options.selects(name):
            names.add(name)
            results.append(ProgramResult(path, name, section, "", False, (), 0.0, error=f"{name}: {why}"))
    return FileResults(tuple(results), frozenset(names))


def _unread(path: str, error: str, started: float, internal: bool = False) -> FileResults:
    return FileResults((ProgramResult(path, "", "", "", False, (), time.perf_counter() - started, error=error,
                                      internal=internal),), None)


def _check_one(engine: Engine, obj: BpfObject, program: Program, kernel: KernelModel,
               options: CheckOptions) -> ProgramResult:
    """A program the engines cannot read (an instruction that does not decode, say) is an error entry of its own;
    the other programs of the file are still checked."""
    started = time.perf_counter()
    try:
        return engine(obj, program, kernel, options)
    except SleepcheckError as error:
        return ProgramResult(obj.path, program.name, program.section, program.prog_type, program.sleepable, (),
                             time.perf_counter() - started, error=_message(error))


def _message(error: SleepcheckError) -> str:
    """The error's one line without its file, which the entry already names."""
    return SleepcheckError(error.message, program=error.program, insn=error.insn).one_line()


# --- workers -----------------------------------------------------------------------------------------------------
_SHARED: list[tuple[CheckOptions, KernelModel, Engine]] = []  # what a worker inherits from its parent


def _adopt(options: CheckOptions, kernel: KernelModel, engine: Engine) -> None:
    _SHARED[:] = [(options, kernel, engine)]


def _check_in_worker(path: str) -> FileResults:
    options, kernel, engine = _SHARED[0]
    return check_file(path, options, kernel, engine)


def _in_workers(files: Sequence[str], options: CheckOptions, kernel: KernelModel, engine: Engine,
                jobs: int) -> list[FileResults] | None:
    """None where this system cannot make workers (no shared memory for their locks, say): the files are then
    checked in this process. A worker that dies takes the pool's unfinished files with it: each of those is checked
    again in a process of its own, so only the file that kills its worker becomes an error entry."""
    shared = (options, kernel, engine)
    try:
        pool = _pool(jobs, shared)
    except OSError:
        return None
    with pool:
        futures = [pool.submit(_check_in_worker, path) for path in files]
        done = [_result(future) for future in futures]
    return [result if result is not None else _alone(path, shared) for path, result in zip(files, done, strict=True)]


def _pool(jobs: int, shared: tuple[CheckOptions, KernelModel, Engine]) -> ProcessPoolExecutor:
    # fork: the initializer's arguments are inherited, not pickled (the kernel model, an engine that may be a
    # closure); only paths go out and results come back
    return ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork"), initializer=_adopt,
                               initargs=shared)


def _result(future: Future[FileResults]) -> FileResults | None:
    try:
        return future.result()
    except BrokenProcessPool:
        return None


def _alone(path: str, shared: tuple[CheckOptions, KernelModel, Engine]) -> FileResults:
    started = time.perf_counter()
    with _pool(1, shared) as pool:
        result = _result(pool.submit(_check_in_worker, path))
    if result is None:
        return _unread(path, f"{path}: internal error: the process checking this file died (the solver crashed, "
                             "or memory ran out)", started)
    return result
