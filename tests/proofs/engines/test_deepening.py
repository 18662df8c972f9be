"""A loop longer than the first bound whose region spans two iterations (opened on iteration 150, closed on 151), so
the loop engine, which takes any values at the loop head but for the constants and bounds its branches compare them
with, cannot prove it (the counter is compared only through a multiple of it): the bound is raised until the
answer is a proof or a witness."""

from __future__ import annotations

from sleepcheck.model.kernel.loader import load_kernel_model
from sleepcheck.model.program import BpfObject, Function, Linkage, Program
from sleepcheck.proofs.check import DEEPEN, check_program
from sleepcheck.proofs.engines.graph_order import immediate_dominators
from sleepcheck.proofs.harness import assemble
from sleepcheck.proofs.options import CheckOptions
from sleepcheck.proofs.verdict import Obligation, Verdict

KERNEL = load_kernel_model("6.18")

LOOP = """
    r1 = 0
    *(u64 *)(r10 - 8) = r1
    r7 = 0
L:
    r6 = r7
    r6 *= 3
    if r6 != 450 goto A
    call bpf_rcu_read_lock
A:
    if r6 != {copy_at3} goto B
    r1 = r10
    r1 += -8
    r2 = 8
    r3 = 0
    call bpf_copy_from_user
B:
    if r6 != 453 goto C
    call bpf_rcu_read_unlock
C:
    r7 += 1
    if r7 < 200 goto L
    r0 = 0
    exit
"""


def _check(copy_at: int, bound: int):  # type: ignore[no-untyped-def]
    names = sorted(KERNEL.kfuncs)
    lines = [line.strip() for line in LOOP.format(copy_at3=copy_at * 3).splitlines()]
    code, refs = assemble(lines, KERNEL, names.index)
    entry = Function("loop", "syscall", code, Linkage.GLOBAL, refs)
    program = Program("loop", "syscall", entry, "syscall", None, None, True)
    obj = BpfObject("<test>", (program,), {"loop": entry}, {}, {}, {})
    result = check_program(obj, program, KERNEL, CheckOptions(bound=bound, timeout=120, plain_runs=False))
    return next(f for f in result.findings if f.obligation is Obligation.NO_SLEEP_IN_ATOMIC)


def test_a_sleep_in_iteration_150_is_found_past_the_first_bound() -> None:
    finding = _check(copy_at=150, bound=64)
    assert finding.verdict is Verdict.VIOLATION and finding.witness is not None


def test_a_safe_long_loop_is_proved_once_the_bound_covers_it() -> None:
    finding = _check(copy_at=152, bound=64)
    assert finding.verdict is Verdict.SAFE, finding.reason
    assert "unwinding check passed" in (finding.proof or "")


def test_a_small_bound_that_cannot_reach_says_safe_up_to() -> None:
    finding = _check(copy_at=152, bound=2)  # deepened four times at a step to 2 * DEEPEN = 128 < 151 iterations
    assert 2 * DEEPEN < 151
    assert finding.verdict is Verdict.UNKNOWN and f"safe up to {2 * DEEPEN}" in (finding.reason or "")


def test_a_larger_bound_keeps_the_proof_a_smaller_one_finds() -> None:
    """The 200-iteration loop is proved unrolled to 256: asked for a bound of 100,000, the check tries 4, 16, 64,
    256... before it and stops at the proof, rather than unrolling 100,000 iterations until the time runs out."""
    finding = _check(copy_at=152, bound=100_000)
    assert finding.verdict is Verdict.SAFE, finding.reason
    assert "bound 256" in (finding.proof or "")


def test_the_dominator_walk_looks_at_the_clock() -> None:
    """Dominators of an unrolled loop walk up whole chains of iterations: the walk calls back to let the deadline
    stop it."""
    chain = [[]] + [[n - 1] for n in range(1, 1000)]
    calls = []
    assert immediate_dominators(chain, lambda: calls.append(1))[999] == 998
    assert calls
