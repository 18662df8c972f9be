"""The live loader against the running kernel: corpus programs accepted or refused with the verifier's message,
generated code loaded and run, maps read back. Skips where bpf() is unavailable; the log parsing runs everywhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from sleepcheck.model.elf.loader import load_object
from sleepcheck.model.isa.insn import (
    Alu,
    AluOp,
    Call,
    CallKind,
    Code,
    Exit,
    Imm,
    LoadImm64,
    Mov,
    Pseudo,
    Reg,
    Size,
    Store,
)
from sleepcheck.model.isa.text import parse_asm
from sleepcheck.model.kernel import live, live_log
from sleepcheck.model.program import MapDef

OBJ = Path(__file__).resolve().parents[2] / "bpf" / "obj"
UNAVAILABLE = live.bpf_available()
needs_bpf = pytest.mark.skipif(UNAVAILABLE is not None, reason=f"bpf() unavailable: {UNAVAILABLE}")

CORPUS = [
    ("ptype_syscall_copy", True, ""),
    ("ptype_kprobe_copy", False, "helper call might sleep in a non-sleepable prog"),
    ("ptype_raw_tp_copy_str", False, "program must be sleepable to call sleepable kfunc bpf_copy_from_user_str"),
    ("region_rcu_nested", False, "nested rcu read lock (kernel function bpf_rcu_read_lock)"),
    ("region_rcu_copy_inside", False, "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"),
    ("region_spin_copy_inside", False, "function calls are not allowed while holding a lock"),  # map BTF
    ("region_spin_safe", True, ""),
    ("sub_global_copy_in_rcu", False,  # func_info for a global function; a three-line message
     "global functions that may sleep are not allowed in non-sleepable context,\n"
     "i.e., in a RCU/IRQ/preempt-disabled section, or in\na non-sleepable BPF program context"),
]


@needs_bpf
@pytest.mark.parametrize(("name", "accepted", "message"), CORPUS)
def test_corpus_program(name: str, accepted: bool, message: str) -> None:
    path = OBJ / f"{name}.bpf.o"
    if not path.exists():
        pytest.skip(f"{path.name} is not built")
    result = live.load_program(load_object(path), name)
    assert result.not_loadable is None
    assert (result.accepted, result.message) == (accepted, message), result.log[-2000:]
    assert result.insns_processed is not None and result.insns_processed > 0
    assert result.verification_usec is not None


@needs_bpf
def test_generated_code_runs_and_maps_read_back() -> None:
    counts = MapDef("counts", "array", 4, 8, 4)
    code = Code.of([
        Store(Size.W, 10, -4, Imm(1)), Mov(True, 2, Reg(10)), Alu(AluOp.ADD, True, 2, Imm(-4)),
        LoadImm64(1, Pseudo.MAP_IDX, 0, 0), Store(Size.DW, 10, -16, Imm(42)), Mov(True, 3, Reg(10)),
        Alu(AluOp.ADD, True, 3, Imm(-16)), Mov(True, 4, Imm(0)), Call(CallKind.HELPER, 2),  # map_update_elem
        Mov(True, 0, Imm(7)), Exit(),
    ])
    with live.open_code(code, "syscall", sleepable=True, maps=[counts]) as loaded:
        assert loaded.result.accepted, loaded.result.log
        run = loaded.test_run(ctx=bytes(8))
    assert run.retval == 7
    assert run.maps["counts"][(1).to_bytes(4, "little")] == (42).to_bytes(8, "little")
    assert run.maps["counts"][bytes(4)] == bytes(8)


@needs_bpf
def test_sleepable_rules_of_generated_code() -> None:
    copy = parse_asm("call 148\nr0 = 0\nexit")
    assert live.load_code(copy, "kprobe", sleepable=False).message == "helper call might sleep in a non-sleepable prog"
    syscall = live.load_code(parse_asm("r0 = 0\nexit"), "syscall", sleepable=False)
    assert (syscall.accepted, syscall.message) == (False, "Syscall programs can only be sleepable")


@needs_bpf
def test_lsm_load_refused_before_verification_is_not_loadable_not_refused() -> None:
    lsm = live.load_code(parse_asm("r0 = 0\nexit"), "lsm", sleepable=True, expected_attach_type="lsm_mac",
                         attach_btf_id=live.kfunc_id("bpf_lsm_file_open") or 0)
    # Where the kernel loads LSM programs this is accepted; here it answers EPERM with an empty log.
    assert lsm.accepted or (lsm.not_loadable is not None and "EPERM" in lsm.not_loadable), lsm


def test_message_is_the_block_after_the_trace() -> None:
    log = ("0: R1=ctx() R10=fp0\n0: (85) call pc+2\nglobal functions that may sleep are not allowed,\n"
           "i.e., in a RCU section\nverification time 12 usec\nstack depth 0\n"
           "processed 3 insns (limit 1000000) max_states_per_insn 0 total_states 0 peak_states 0 mark_read 0\n")
    assert live_log.message(log) == "global functions that may sleep are not allowed,\ni.e., in a RCU section"
    assert live_log.insns_processed(log) == 3
    assert live_log.verification_usec(log) == 12
    assert live_log.message("processed 2 insns (limit 1000000)\n") == ""
