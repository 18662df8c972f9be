"""What `sleepcheck fuzz` runs: the harness's properties on programs Hypothesis generates. Apart from the command's
parser (fuzz_cmd.py), so that only this command pays for importing Hypothesis and the harness."""

from __future__ import annotations

import argparse
import contextlib
from collections import Counter
from typing import TextIO

from hypothesis import HealthCheck, given, seed, settings

from sleepcheck.model.errors import SleepcheckError
from sleepcheck.model.kernel import live
from sleepcheck.model.kernel.loader import load_kernel_model
from sleepcheck.proofs import harness
from sleepcheck.proofs.check import check_program
from sleepcheck.proofs.cli import EXIT_OK, EXIT_VIOLATION
from sleepcheck.proofs.options import CheckOptions
from sleepcheck.proofs.strategies import HELPERS_CALLED, KFUNCS_CALLED, GeneratedProgram, programs


class _Disagreement(AssertionError):
    def __init__(self, generated: GeneratedProgram, problem: str) -> None:
        super().__init__(problem)
        self.generated = generated
        self.problem = problem


def run(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    if args.examples < 1:
        raise SleepcheckError(f"--examples must be at least 1, not {args.examples}")
    oracle = None
    if args.kernel_oracle:
        oracle = live.bpf_available()
        if oracle is not None:
            raise SleepcheckError(f"--kernel-oracle: {oracle}")
    kernel = load_kernel_model(args.kernel)
    helpers = {fact.name for fact in kernel.helpers.values()}
    lacking = [name for name in (*HELPERS_CALLED, *KFUNCS_CALLED) if name not in helpers and name not in kernel.kfuncs]
    if lacking:
        raise SleepcheckError(f"--kernel {args.kernel}: the generated programs call {', '.join(lacking)}, which "
                              f"Linux {kernel.version} lacks")
    options = CheckOptions(kernel=args.kernel)  # the default bound: generated loops must be proved
    stats: Counter[str] = Counter()
    last: list[_Disagreement] = []

    def check_one(generated: GeneratedProgram) -> None:
        stats["programs run"] += 1
        if stats["programs run"] % max(1, args.examples // 10) == 0:
            print(f"fuzz: {stats['programs run']} programs run", file=stderr, flush=True)
        obj, program = harness.build(generated, kernel)
        result = check_program(obj, program, kernel, options)
        truth = harness.enumerate_runs(generated, obj, program, kernel)
        shape = " (loops)" if generated.loops else ""
        stats[f"{generated.prog_type}{'.s' if generated.sleepable else ''}{shape}: {result.verdict.value}"] += 1
        problems = [harness.soundness(result, truth), harness.witnessed(obj, program, kernel, result)]
        if truth.stuck:
            problems.append(f"the interpreter got stuck: {truth.stuck[0]}")
        if not generated.loops:
            problems.append(harness.completeness(result, truth))
        unloadable = harness.not_loadable(generated)
        if args.kernel_oracle and unloadable:
            stats[f"kernel: not loaded: {unloadable}"] += 1
        elif args.kernel_oracle:
            code = harness.kernel_code(generated, kernel, live.kfunc_id)
            loaded = live.load_code(code, generated.prog_type, sleepable=generated.sleepable, maps=generated.maps)
            judgement = harness.judge(result, truth, loaded.accepted, loaded.message, kernel, loaded.log,
                                      harness.refused_site(loaded.log, code))
            stats[f"kernel {'accepts' if loaded.accepted else 'refuses'}: {judgement.category}"] += 1
            if judgement.category != "agree":
                stats[f"  {judgement.category}: {loaded.message}"] += 1
            problems.append(judgement.problem)
        problem = next((p for p in problems if p is not None), None)
        if problem is not None:
            failure = _Disagreement(generated, problem)
            last[:] = [failure]
            raise failure

    test = settings(max_examples=args.examples, deadline=None, database=None,
                    suppress_health_check=list(HealthCheck))(given(programs())(check_one))
    if args.seed is not None:
        test = seed(args.seed)(test)
    with contextlib.suppress(_Disagreement):  # shrunk and kept in `last`
        test()
    for name, count in sorted(stats.items()):
        print(f"{count:8d}  {name}", file=stdout)
    if last:
        print(f"\ndisagreement: {last[0].problem}\n{last[0].generated.describe()}", file=stdout)
        return EXIT_VIOLATION
    return EXIT_OK
