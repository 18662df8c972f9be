"""A weak kfunc the modelled kernel lacks: libbpf resolves its address to 0, so code guarded by bpf_ksym_exists() is
dead; a call that is reached makes the kernel refuse the program, and whether the kfunc sleeps is not known."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from sleepcheck.model.elf import load_object
from sleepcheck.model.isa.insn import Code, Imm, Jump, Mov, Reg
from sleepcheck.model.kernel.loader import load_kernel_model
from sleepcheck.model.program import BpfObject, Program
from sleepcheck.proofs.check import check_program
from sleepcheck.proofs.options import CheckOptions
from sleepcheck.proofs.verdict import Obligation, Verdict

KERNEL = load_kernel_model("6.18")
OBJECT = Path(__file__).resolve().parents[1] / "bpf" / "obj" / "blk_weak_kfunc_guarded.bpf.o"


def test_a_call_guarded_by_bpf_ksym_exists_is_dead_code() -> None:
    obj = load_object(str(OBJECT))
    result = check_program(obj, obj.programs[0], KERNEL, CheckOptions())
    assert result.verdict is Verdict.SAFE, result.findings


def _edited(replaced: Callable[[int, object], object]) -> tuple[BpfObject, Program]:
    """The test object with each instruction `replaced(index, insn)` gives."""
    obj = load_object(str(OBJECT))
    program = obj.programs[0]
    insns = [replaced(i, insn) for i, insn in enumerate(program.entry.code.insns)]
    entry = dataclasses.replace(program.entry, code=Code.of(insns))  # type: ignore[arg-type]
    obj = dataclasses.replace(obj, programs=(dataclasses.replace(program, entry=entry),),
                              functions={**obj.functions, entry.name: entry})
    return obj, obj.programs[0]


def test_a_reached_call_of_a_missing_weak_kfunc_is_unknown() -> None:
    # the guard gone: the call is reached, inside the RCU section, whenever the program runs
    obj, program = _edited(lambda i, insn: Mov(True, 1, Reg(1)) if isinstance(insn, Jump) else insn)
    result = check_program(obj, program, KERNEL, CheckOptions())
    finding = next(f for f in result.findings if f.obligation is Obligation.NO_SLEEP_IN_ATOMIC)
    assert finding.verdict is Verdict.UNKNOWN and "bpf_kfunc_from_the_future" in finding.message


def test_a_missing_weak_kfunc_reached_where_sleeping_is_allowed_asks_no_sleep_rule() -> None:
    """The guard and the RCU section gone: whether the kfunc sleeps changes nothing in a sleepable program."""
    obj, program = _edited(lambda i, insn: Mov(True, 1, Reg(1)) if isinstance(insn, Jump) else
                           Mov(True, 0, Imm(0)) if i in _RCU_CALLS else insn)
    result = check_program(obj, program, KERNEL, CheckOptions())
    assert result.verdict is Verdict.SAFE, result.findings


_RCU_CALLS = (3, 6)  # bpf_rcu_read_lock and bpf_rcu_read_unlock in the test object
