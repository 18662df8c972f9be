"""A weak kfunc the modelled kernel lacks: libbpf resolves its address to 0, so code guarded by bpf_ksym_exists() is
dead; a call that is reached makes the kernel refuse the program, and whether the kfunc sleeps is not known."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from sleepcheck.model.elf import load_object
from sleepcheck.model.isa.insn import Code, Jump, Mov, Reg
from sleepcheck.model.kernel.loader import load_kernel_model
from sleepcheck.proofs.check import check_program
from sleepcheck.proofs.options import CheckOptions
from sleepcheck.proofs.verdict import Obligation, Verdict

KERNEL = load_kernel_model("6.18")
OBJECT = Path(__file__).resolve().parents[1] / "bpf" / "obj" / "blk_weak_kfunc_guarded.bpf.o"


def test_a_call_guarded_by_bpf_ksym_exists_is_dead_code() -> None:
    obj = load_object(str(OBJECT))
    result = check_program(obj, obj.programs[0], KERNEL, CheckOptions())
    assert result.verdict is Verdict.SAFE, result.findings


def test_a_reached_call_of_a_missing_weak_kfunc_is_unknown() -> None:
    obj = load_object(str(OBJECT))
    program = obj.programs[0]
    insns = list(program.entry.code.insns)
    guard = next(i for i, insn in enumerate(insns) if isinstance(insn, Jump))
    insns[guard] = Mov(True, 1, Reg(1))  # the guard gone: the call is reached whenever the program runs
    entry = dataclasses.replace(program.entry, code=Code.of(insns))
    obj = dataclasses.replace(obj, programs=(dataclasses.replace(program, entry=entry),),
                              functions={**obj.functions, entry.name: entry})
    result = check_program(obj, obj.programs[0], KERNEL, CheckOptions())
    finding = next(f for f in result.findings if f.obligation is Obligation.NO_SLEEP_IN_ATOMIC)
    assert finding.verdict is Verdict.UNKNOWN and "bpf_kfunc_from_the_future" in finding.message
