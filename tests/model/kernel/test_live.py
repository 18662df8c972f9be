"""The live loader against the running kernel: corpus programs accepted or refused with the verifier's message,
generated code loaded and run, maps read back. Skips where bpf() is unavailable; the log parsing runs everywhere."""

from __future__ import annotations

import struct
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
from sleepcheck.model.kernel import live, live_btf, live_log
from sleepcheck.model.kernel.live_link import layout
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
    # Each of these the loader once got wrong: no BTF on global-data maps ("map '.data.A' has to have BTF in order
    # to use bpf_spin_lock"), and with a large object BTF (its level-1 load log overflowed, so the BTF was dropped)
    # no prog BTF for bpf_obj_new, no func_info for a callback, no task-storage map at all.
    ("live_data_spin_lock", True, ""),
    ("live_data_spin_copy", False, "function calls are not allowed while holding a lock"),
    ("live_obj_new", True, ""),
    ("live_task_storage", True, ""),
    ("live_loop_task_btf", True, ""),
    ("live_core_type_id", True, ""),  # a CO-RE type id the kernel relocates (else: "type ID argument must be ...")
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


@needs_bpf
def test_line_info_reaches_the_kernel_and_data_maps_carry_libbpf_names() -> None:
    """The verifier's log quotes source lines only where the load passed line_info."""
    with live.open_program(load_object(OBJ / "live_data_spin_copy.bpf.o"), "live_data_spin_copy") as loaded:
        log = loaded.result.log
        assert set(loaded.maps) == {".data.A"}
    assert "; bpf_spin_lock(&data_a.lock);" in log, log[-2000:]
    assert "map=.data.A,ks=4,vs=16" in log, log[-2000:]


@needs_bpf
def test_a_map_the_kernel_will_not_create_makes_the_program_not_loadable() -> None:
    storage = MapDef("storage", "task_storage", 4, 8, 0)  # needs BPF_F_NO_PREALLOC and BTF types
    result = live.load_code(parse_asm("r0 = 0\nexit"), "kprobe", sleepable=False, maps=[storage])
    assert not result.accepted
    assert result.not_loadable == "the kernel refuses to create map 'storage' (EINVAL)"


def test_func_and_line_info_follow_the_layout() -> None:
    obj = load_object(OBJ / "live_loop_task_btf.bpf.o")
    functions = layout(obj, obj.program("live_loop_task_btf"))
    btf = live_btf.object_btf(obj.path)
    assert btf is not None and len(functions) == 2  # the entry and its bpf_loop callback
    info = live_btf.prog_info(btf.ext, functions)
    records = [struct.unpack_from("<II", info.func_info, k) for k in range(0, len(info.func_info), 8)]
    assert [off for off, _ in records] == [slot for _, slot in functions]
    assert [btf.btf.name(type_id) for _, type_id in records] == ["live_loop_task_btf", "copy_one"]
    lines = [struct.unpack_from("<IIII", info.line_info, k) for k in range(0, len(info.line_info), 16)]
    offsets = [off for off, *_ in lines]
    assert offsets == sorted(set(offsets)) and {slot for _, slot in functions} <= set(offsets)
    callback_lines = [btf.btf.string(text) for off, _, text, _ in lines if off >= functions[1][1]]
    assert any("bpf_copy_from_user(&w" in text for text in callback_lines), callback_lines


@pytest.mark.parametrize(("path", "section", "name"), [
    ("obj/res_spin_lock_fail.bpf.o", ".bss", "res_spin.bss"),  # 7 characters kept for the suffix, 8 for the prefix
    ("my_object_name.o", ".rodata", "my_objec.rodata"),
    ("x.bpf.o", ".data", "x.data"),
    ("test_spin_lock_fail.bpf.o", ".data.A", ".data.A"),  # a second '.': no prefix
    ("a.bpf.o", ".rodata.str1.1", ".rodata.str1.1"),
    ("a.bpf.o", ".data.a_rather_long_name", ".data.a_rather_"),
    ("my-obj.bpf.o", ".bss", "my_obj.bss"),
])
def test_internal_map_names_are_libbpfs(path: str, section: str, name: str) -> None:
    assert live_btf.internal_map_name(path, section) == name


def test_core_relocation_lines_are_not_the_message() -> None:
    log = ("CO-RE relocating STRUCT pt_regs: found target candidate [162]\n"
           "prog '': relo #0: <byte_off> [8] STRUCT pt_regs.ip (0:16 @ offset 128)\n"
           "prog '': relo #0: patched insn #0 (LDX/ST/STX) off 128 -> 128\n"
           "Sleepable programs can only use array, hash, ringbuf and local storage maps\n"
           "processed 0 insns (limit 1000000) max_states_per_insn 0 total_states 0 peak_states 0 mark_read 0\n")
    assert live_log.message(log) == "Sleepable programs can only use array, hash, ringbuf and local storage maps"
