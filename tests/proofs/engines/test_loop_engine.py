"""The loop engine proves sites safe for every iteration count by cutting loops at their heads, and a plain run of
the interpreter finds what lies past the unrolling bound."""

from __future__ import annotations

from sleepcheck.model.kernel.loader import load_kernel_model
from sleepcheck.model.semantics.context import ContextState
from sleepcheck.model.semantics.flow import find_loops
from sleepcheck.proofs.check import LOOP_PROOF, check_program
from sleepcheck.proofs.engines.explore import explore
from sleepcheck.proofs.engines.graph_order import cut_loops
from sleepcheck.proofs.harness import build
from sleepcheck.proofs.options import CheckOptions
from sleepcheck.proofs.strategies import GeneratedProgram
from sleepcheck.proofs.verdict import Obligation, Verdict

KERNEL = load_kernel_model("6.18")
OPTIONS = CheckOptions(bound=8, plain_runs=False)  # the engines alone, not plain runs


def _counted(lock_at: int, copy_unless: int, count: int = 3000, unlock_derived: bool = False) -> GeneratedProgram:
    """r9 counts to `count`; the iteration where r9 == lock_at is inside an RCU section, and every iteration but
    r9 == copy_unless copies from user memory. The copy's test reads r9 through arithmetic, which the pre-pass's
    branch facts (a register tested again against the same constant) do not follow: only the engines relate it;
    with `unlock_derived`, so does the unlock's."""
    unlock = ["r7 = r9", "r7 |= 0", f"if r7 != {lock_at} goto LBB0_4"] if unlock_derived else \
        [f"if r9 != {lock_at} goto LBB0_4"]
    return GeneratedProgram("\n".join([
        "r6 = r1", "r1 = 0", "*(u64 *)(r10 - 8) = r1", "r9 = 0",
        "LBB0_1:",
        f"if r9 != {lock_at} goto LBB0_2", "call bpf_rcu_read_lock", "LBB0_2:",
        "r8 = r9", "r8 |= 0", f"if r8 == {copy_unless} goto LBB0_3",
        "r1 = r10", "r1 += -8", "r2 = 8", "r3 = 0", "call bpf_copy_from_user",
        "LBB0_3:",
        *unlock, "call bpf_rcu_read_unlock", "LBB0_4:",
        "r9 += 1", f"if r9 < {count} goto LBB0_1", "r0 = 0", "exit",
    ]), "syscall", True, (0,), loops=True)


def _sleep_finding(generated: GeneratedProgram):  # type: ignore[no-untyped-def]
    obj, program = build(generated, KERNEL)
    result = check_program(obj, program, KERNEL, OPTIONS)
    return next(f for f in result.findings if f.obligation is Obligation.NO_SLEEP_IN_ATOMIC)


def test_one_value_deciding_each_iteration_is_proved_for_every_count() -> None:
    finding = _sleep_finding(_counted(lock_at=5, copy_unless=5))
    assert finding.verdict is Verdict.SAFE and finding.proof == LOOP_PROOF, finding


def test_a_sleep_on_a_late_iteration_is_found_past_the_bound() -> None:
    finding = _sleep_finding(_counted(lock_at=2500, copy_unless=5))
    assert finding.verdict is Verdict.VIOLATION, finding
    assert finding.witness is not None and finding.witness.region == "rcu"
    assert finding.witness.left_out > 0 and len(finding.witness.path) == 512


def test_a_head_entered_only_from_itself_is_not_entered() -> None:
    """The path-insensitive graph has a loop head with the RCU section open (after an iteration that locked and
    did not unlock, which no run does): the loop engine must not take it as entered, or nothing would be proved."""
    obj, program = build(_counted(lock_at=5, copy_unless=5, unlock_derived=True), KERNEL)
    graph = explore(obj, KERNEL, program.entry, ContextState(True), bound=None)
    cut = cut_loops(graph, lambda name: find_loops(obj.functions[name].code))
    assert any(head.state.open for head in cut.heads)
    assert all(edge.target in cut.heads for edge in cut.back)


def test_a_store_through_a_pointer_reloaded_in_the_loop_reaches_the_stack() -> None:
    """A pointer to fp-8 spilled before the loop and reloaded in it: at the loop head it is an unknown value, and a
    store through it may be a store to fp-8, which then decides a copy inside an RCU section."""
    generated = GeneratedProgram("\n".join([
        "r6 = r1", "r7 = r10", "r7 += -8", "*(u64 *)(r10 - 24) = r7", "r1 = 0", "*(u64 *)(r10 - 16) = r1", "r9 = 0",
        "LBB0_1:", "r1 = 0", "*(u64 *)(r10 - 8) = r1", "call bpf_rcu_read_lock", "r8 = *(u64 *)(r10 - 24)",
        "r1 = *(u8 *)(r6 + 0)", "*(u64 *)(r8 + 0) = r1", "r2 = *(u64 *)(r10 - 8)", "if r2 == 0 goto LBB0_3",
        "r1 = r10", "r1 += -16", "r2 = 8", "r3 = 0", "call bpf_copy_from_user", "LBB0_3:",
        "call bpf_rcu_read_unlock", "r9 += 1", "if r9 < 3000 goto LBB0_1", "r0 = 0", "exit",
    ]), "syscall", True, (0,), loops=True)
    assert _sleep_finding(generated).verdict is Verdict.VIOLATION


def test_a_buffer_pointer_made_before_the_loop_stays_one_address() -> None:
    """Clang hoists `r7 = r10 - 8` out of the loop: the loop engine keeps it a frame address at the head, so the
    store through it is a store to fp-8, and the proof holds (the copy needs fp-8 != 0, the store writes 0)."""
    generated = GeneratedProgram("\n".join([
        "r6 = r1", "r7 = r10", "r7 += -8", "r1 = 0", "*(u64 *)(r10 - 16) = r1", "r9 = 0",
        "LBB0_1:", "call bpf_rcu_read_lock", "r1 = 0", "*(u64 *)(r7 + 0) = r1", "r2 = *(u64 *)(r10 - 8)",
        "if r2 == 0 goto LBB0_3", "r1 = r10", "r1 += -16", "r2 = 8", "r3 = 0", "call bpf_copy_from_user",
        "LBB0_3:", "call bpf_rcu_read_unlock", "r9 += 1", "if r9 < 3000 goto LBB0_1", "r0 = 0", "exit",
    ]), "syscall", True, (0,), loops=True)
    finding = _sleep_finding(generated)
    assert finding.verdict is Verdict.SAFE and finding.proof == LOOP_PROOF, finding
