"""BTF: every kind decodes, .BTF.ext maps code to source, vmlinux lookups are quick, and the fixed-up BTF of an
object is what the kernel accepts."""

from __future__ import annotations

import os
import struct
import time
from pathlib import Path

import pytest
from elftools.elf.elffile import ELFFile

from sleepcheck.model.btf.ext import CoreKind, parse_ext
from sleepcheck.model.btf.parse import VMLINUX, Btf, load_vmlinux
from sleepcheck.model.btf.types import Datasec, Enum, Func, FuncLinkage, Kind, Var, VarLinkage
from sleepcheck.model.elf.kernel_btf import object_kernel_btf
from sleepcheck.model.errors import ObjectError

RICH = Path(__file__).resolve().parents[1] / "elf" / "obj" / "rich.bpf.o"
CORPUS = sorted((Path(__file__).resolve().parents[2] / "bpf" / "obj").glob("*.bpf.o"))


def _section(path: Path, name: str) -> bytes:
    with path.open("rb") as f:
        return ELFFile(f).get_section_by_name(name).data()


@pytest.fixture(scope="module")
def rich_btf() -> Btf:
    return Btf(_section(RICH, ".BTF"))


def test_object_btf_decodes_every_type(rich_btf: Btf) -> None:
    kinds = {rich_btf.kind(i) for i in range(1, len(rich_btf))}
    assert {Kind.INT, Kind.PTR, Kind.ARRAY, Kind.STRUCT, Kind.UNION, Kind.ENUM, Kind.TYPEDEF, Kind.CONST,
            Kind.VOLATILE, Kind.FUNC, Kind.FUNC_PROTO, Kind.VAR, Kind.DATASEC, Kind.FWD} <= kinds
    for type_id in range(len(rich_btf)):
        assert rich_btf.type(type_id).kind is rich_btf.kind(type_id)
    first = rich_btf.type(rich_btf.find("first", Kind.FUNC))  # type: ignore[arg-type]
    assert isinstance(first, Func) and first.linkage is FuncLinkage.GLOBAL
    ksyms = rich_btf.type(rich_btf.find(".ksyms", Kind.DATASEC))  # type: ignore[arg-type]
    assert isinstance(ksyms, Datasec) and ksyms.size == 0


def _handmade(types: bytes, strings: bytes) -> bytes:
    header = struct.pack("<HBBIIIII", 0xEB9F, 1, 0, 24, 0, len(types), len(types), len(strings))
    return header + types + strings


def test_handmade_kinds_clang_does_not_emit_here() -> None:
    strings = b"\0int\0tag\0big\0A\0f\0"
    types = b"".join([
        struct.pack("<III", 1, 1 << 24, 4) + struct.pack("<I", (1 << 24) | 32),  # 1: INT int, signed 32
        struct.pack("<III", 5, 17 << 24, 1) + struct.pack("<i", -1),  # 2: DECL_TAG tag on type 1
        struct.pack("<III", 5, 18 << 24, 1),  # 3: TYPE_TAG tag -> 1
        struct.pack("<III", 9, (19 << 24) | (1 << 31) | 1, 8) + struct.pack("<Iii", 13, -2, -1),  # 4: ENUM64
        struct.pack("<III", 15, 16 << 24, 8),  # 5: FLOAT "f"
    ])
    btf = Btf(_handmade(types, strings))
    assert [btf.kind(i) for i in range(1, len(btf))] == [Kind.INT, Kind.DECL_TAG, Kind.TYPE_TAG, Kind.ENUM64,
                                                          Kind.FLOAT]
    assert btf.type(2).component_idx == -1  # type: ignore[union-attr]
    assert btf.skip_modifiers(3) == 1
    big = btf.type(4)
    assert isinstance(big, Enum) and big.signed and big.values == (("A", -2),)
    assert btf.size_of(5) == 8


@pytest.mark.parametrize(("data", "reason"), [
    (b"\x9f\xeb", "too short"),
    (b"\0" * 24, "bad BTF magic"),
    (_handmade(struct.pack("<II", 0, 1 << 24), b"\0"), "truncated"),
    (_handmade(struct.pack("<III", 0, 25 << 24, 0), b"\0"), "unknown kind 25"),
])
def test_bad_btf(data: bytes, reason: str) -> None:
    with pytest.raises(ObjectError, match=reason):
        Btf(data)


def test_btf_ext(rich_btf: Btf) -> None:
    ext = parse_ext(_section(RICH, ".BTF.ext"), rich_btf)
    assert set(ext.func_info) == {".text", "tp_btf/sched_switch"}
    assert ext.func_info["tp_btf/sched_switch"][0].insn_off == 0
    lines = ext.line_info[".text"]
    assert all(line.file == "./rich.bpf.c" and line.line > 0 for line in lines)
    assert any("twice" in line.text for line in lines)
    (core,) = ext.core_relos["tp_btf/sched_switch"]
    assert core.kind is CoreKind.FIELD_BYTE_OFFSET and core.access == "0:92"
    assert rich_btf.name(core.type_id) == "task_struct"


@pytest.mark.skipif(not os.path.exists(VMLINUX), reason=f"{VMLINUX} is absent")
def test_vmlinux_lookup_is_quick() -> None:
    load_vmlinux.cache_clear()
    start = time.perf_counter()
    btf = load_vmlinux()
    kfunc = btf.find("bpf_rcu_read_lock", Kind.FUNC)
    elapsed = time.perf_counter() - start
    assert kfunc is not None and btf.name(kfunc) == "bpf_rcu_read_lock"
    assert len(btf) > 50_000
    assert elapsed < 3.0, f"vmlinux BTF scan and FUNC index took {elapsed:.2f}s"
    assert btf.find("no_such_function_anywhere", Kind.FUNC) is None


def test_loadable_btf_fills_what_clang_left_out() -> None:
    result = object_kernel_btf(RICH)
    assert result is not None
    _data, btf = result
    sizes = {btf.name(i): btf.type(i).size for i in btf.ids_of_kind(Kind.DATASEC)}  # type: ignore[union-attr]
    with RICH.open("rb") as f:
        elf_sizes = {s.name: s["sh_size"] for s in ELFFile(f).iter_sections()}
    assert sizes == {name: elf_sizes[name] for name in (".bss", ".data", ".maps", ".rodata", "license")} | {
        ".kconfig": 5, ".ksyms": 12}  # .kconfig: u32 + bool in libbpf's layout; .ksyms: 3 externs, 4 bytes each
    ksyms = btf.type(btf.find(".ksyms", Kind.DATASEC))  # type: ignore[arg-type]
    assert isinstance(ksyms, Datasec)
    assert [v.offset for v in ksyms.vars] == [0, 4, 8]
    assert all(isinstance(btf.type(v.type), Var) for v in ksyms.vars)
    dummy = btf.type(len(btf) - 1)
    assert isinstance(dummy, Var) and dummy.name == "dummy_ksym" and dummy.linkage is VarLinkage.GLOBAL_ALLOCATED
    hidden = btf.type(btf.find("hidden_sub", Kind.FUNC))  # type: ignore[arg-type]
    assert isinstance(hidden, Func) and hidden.linkage is FuncLinkage.STATIC
    task_from_pid = btf.type(btf.find("bpf_task_from_pid", Kind.FUNC))  # type: ignore[arg-type]
    assert isinstance(task_from_pid, Func) and task_from_pid.linkage is FuncLinkage.GLOBAL


def _btf_load(data: bytes) -> tuple[int | None, str]:
    try:
        from sleepcheck.model.kernel import live_sys
    except ImportError:
        pytest.skip("the live loader (model/kernel/live_sys.py) is not there")
    try:
        fd, _err, log = live_sys.btf_load(data)
    except OSError as error:
        pytest.skip(f"bpf() is unavailable: {error}")
    if fd is not None:
        os.close(fd)
    return fd, log


@pytest.mark.parametrize("path", [RICH, *CORPUS], ids=lambda p: p.name)
def test_kernel_accepts_the_fixed_btf(path: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("BPF_BTF_LOAD needs root here")
    result = object_kernel_btf(path)
    with path.open("rb") as f:
        if ELFFile(f).get_section_by_name(".BTF") is None:  # built without debug info: nothing to load
            assert result is None
            return
    assert result is not None
    fd, log = _btf_load(result[0])
    assert fd is not None, log[-500:]
