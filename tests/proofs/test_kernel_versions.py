"""The same object gets different, correct answers on different kernel versions."""

from __future__ import annotations

from pathlib import Path

from sleepcheck.model.elf import load_object
from sleepcheck.model.kernel.loader import load_kernel_model
from sleepcheck.proofs.check import check_program
from sleepcheck.proofs.options import CheckOptions
from sleepcheck.proofs.verdict import Obligation, Verdict

OBJ = Path(__file__).resolve().parents[1] / "bpf" / "obj"


def _check(name: str, kernel: str):  # type: ignore[no-untyped-def]
    obj = load_object(str(OBJ / f"{name}.bpf.o"))
    return check_program(obj, obj.programs[0], load_kernel_model(kernel), CheckOptions(kernel=kernel))


def _finding(result, obligation: Obligation):  # type: ignore[no-untyped-def]
    return next(f for f in result.findings if f.obligation is obligation and f.verdict is not Verdict.SAFE)


def test_sleepable_uprobes_arrived_in_6_0() -> None:
    old = _check("ptype_uprobe_s_copy", "5.10")
    assert _finding(old, Obligation.ADMISSIBLE).verdict is Verdict.VIOLATION
    assert _check("ptype_uprobe_s_copy", "6.1").verdict is Verdict.SAFE


def test_a_timer_callback_sleeps_in_atomic_context_whatever_the_verifier_says() -> None:
    before = _finding(_check("cb_timer_copy_from_sleepable", "6.18.0"), Obligation.NO_SLEEP_IN_ATOMIC)
    after = _finding(_check("cb_timer_copy_from_sleepable", "6.18"), Obligation.NO_SLEEP_IN_ATOMIC)
    assert before.verdict is after.verdict is Verdict.VIOLATION
    assert "lets it through" in before.message and "lets it through" not in after.message


def test_a_program_type_newer_than_the_kernel_is_refused_before_its_code_is_read() -> None:
    result = _check("ptype_syscall_copy", "5.10")
    assert [(f.obligation, f.verdict) for f in result.findings] == [(Obligation.ADMISSIBLE, Verdict.VIOLATION)]
    assert result.findings[0].message.startswith("Linux 5.10 has no program type syscall")
    assert _check("ptype_syscall_copy", "6.1").verdict is Verdict.SAFE


def test_a_global_call_with_preemption_disabled_was_refused_from_6_10_to_6_14() -> None:
    refused = _finding(_check("sub_global_nonsleeping_in_preempt", "6.12"), Obligation.KERNEL_CONTRACT)
    assert refused.verdict is Verdict.VIOLATION and "not allowed with preemption disabled" in refused.message
    assert _check("sub_global_nonsleeping_in_preempt", "6.18").verdict is Verdict.SAFE


def test_sleepable_programs_took_only_preallocated_hash_maps_before_6_1() -> None:
    refused = _finding(_check("lsm_s_hash_no_prealloc", "5.10"), Obligation.ADMISSIBLE)
    assert refused.verdict is Verdict.VIOLATION
    assert refused.message.startswith("Sleepable programs can only use preallocated hash maps (map execs")
    assert _check("lsm_s_hash_no_prealloc", "6.1").verdict is Verdict.SAFE


def test_sleepable_programs_took_no_spin_lock_from_5_11_to_6_3() -> None:
    refused = _finding(_check("region_spin_copy_after", "6.1"), Obligation.ADMISSIBLE)
    assert refused.verdict is Verdict.VIOLATION and refused.rule == "spin lock maps when sleepable"
    assert refused.message == "sleepable progs cannot use bpf_spin_lock yet (map locked holds a bpf_spin_lock)"
    assert _check("region_spin_copy_after", "6.12").verdict is Verdict.SAFE


def test_the_css_task_iterator_was_for_lsm_iterators_and_sleepable_programs_in_6_12_too() -> None:
    for kernel in ("6.12", "6.18"):
        refused = _finding(_check("iter_css_task_in_tc", kernel), Obligation.KERNEL_CONTRACT)
        assert refused.verdict is Verdict.VIOLATION
        assert '"css_task_iter is only allowed in bpf_lsm, bpf_iter and sleepable progs"' in refused.message
