"""Loading real objects: the committed corpus under tests/bpf/obj, a rich object of our own, and broken files."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from elftools.elf.elffile import ELFFile

from sleepcheck.model.btf.core import essential_name
from sleepcheck.model.elf import load_object, load_object_bytes
from sleepcheck.model.errors import DecodeError, ObjectError
from sleepcheck.model.isa.insn import Call, CallKind, LoadImm64, Pseudo
from sleepcheck.model.program import Linkage, Ref, RefKind

ROOT = Path(__file__).resolve().parents[2]
CORPUS = sorted((ROOT / "bpf" / "obj").glob("*.bpf.o"))
RICH = Path(__file__).parent / "obj" / "rich.bpf.o"


def _executable_sizes(path: Path) -> dict[str, int]:
    with path.open("rb") as f:
        return {s.name: s["sh_size"] for s in ELFFile(f).iter_sections()
                if s["sh_type"] == "SHT_PROGBITS" and s["sh_flags"] & 0x4 and s.name != ".text"}


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_corpus_object_loads_with_section_sized_programs(path: Path) -> None:
    obj = load_object(path)
    assert obj.programs
    assert obj.license == "GPL"
    per_section: dict[str, int] = {}
    with path.open("rb") as f:
        with_lines = ELFFile(f).get_section_by_name(".BTF.ext") is not None  # else built without debug info
    for program in obj.programs:
        per_section[program.section] = per_section.get(program.section, 0) + program.insns
        for function in obj.reachable(program):
            assert bool(function.lines) is with_lines, f"{function.name}: line info {function.lines}"
    assert per_section == {name: size // 8 for name, size in _executable_sizes(path).items() if size}


def test_corpus_is_there() -> None:
    assert len(CORPUS) >= 20


@pytest.fixture(scope="module")
def rich():
    return load_object(RICH)


def test_rich_programs_share_a_section(rich) -> None:
    first, second = rich.programs
    assert (first.name, second.name) == ("first", "second")
    assert first.section == second.section == "tp_btf/sched_switch"
    assert (first.prog_type, first.attach_type, first.attach_target, first.sleepable) == (
        "tracing", "trace_raw_tp", "sched_switch", False)
    assert second.entry.section_offset == first.insns
    assert first.insns + second.insns == _executable_sizes(RICH)["tp_btf/sched_switch"] // 8


def test_rich_subprograms_and_linkage(rich) -> None:
    linkage = {name: f.linkage for name, f in rich.functions.items() if f.section == ".text"}
    assert linkage == {"twice": Linkage.STATIC, "global_sub": Linkage.GLOBAL, "hidden_sub": Linkage.STATIC,
                       "loop_cb": Linkage.STATIC, "timer_cb": Linkage.STATIC}
    reached = [f.name for f in rich.reachable(rich.program("first"))]
    assert set(reached) == {"first", "twice", "global_sub", "hidden_sub", "loop_cb", "timer_cb"}


def _refs(function) -> dict[RefKind, set[str]]:
    out: dict[RefKind, set[str]] = {}
    for ref in function.refs.values():
        out.setdefault(ref.kind, set()).add(ref.target)
    return out


def test_rich_references(rich) -> None:
    first = _refs(rich.functions["first"])
    assert first[RefKind.CALL] == {"twice", "global_sub", "hidden_sub"}
    assert first[RefKind.FUNC_ADDR] == {"loop_cb", "timer_cb"}
    assert first[RefKind.MAP] == {"timers"}
    assert first[RefKind.DATA] == {".data", ".kconfig"}
    assert first[RefKind.KSYM] == {"bpf_prog_active"}
    second = rich.functions["second"]
    kfuncs = {r for r in second.refs.values() if r.kind is RefKind.KFUNC}
    assert kfuncs == {Ref(RefKind.KFUNC, "bpf_task_from_pid", weak=True), Ref(RefKind.KFUNC, "bpf_task_release")}
    assert Ref(RefKind.KSYM, "bpf_task_from_pid", weak=True) in second.refs.values()
    assert _refs(rich.functions["twice"]) == {RefKind.DATA: {".rodata"}}


def test_rich_instructions_take_their_load_time_kinds(rich) -> None:
    for function in rich.functions.values():
        for index, ref in function.refs.items():
            insn = function.code.insns[index]
            expected = {RefKind.KFUNC: CallKind.KFUNC, RefKind.CALL: CallKind.LOCAL}.get(ref.kind)
            if expected is not None:
                assert isinstance(insn, Call) and insn.kind is expected
            else:
                assert isinstance(insn, LoadImm64)
                assert insn.pseudo is {RefKind.MAP: Pseudo.MAP_FD, RefKind.DATA: Pseudo.MAP_VALUE,
                                       RefKind.FUNC_ADDR: Pseudo.FUNC, RefKind.KSYM: Pseudo.BTF_ID}[ref.kind]


def test_rich_maps(rich) -> None:
    timers = rich.maps["timers"]
    assert (timers.map_type, timers.key_size, timers.value_size, timers.max_entries, timers.flags) == (
        "hash", 4, 32, 16, 1)
    assert timers.value_fields == {"bpf_timer", "bpf_spin_lock"}
    outer = rich.maps["outer"]
    assert (outer.map_type, outer.value_size, outer.max_entries) == ("array_of_maps", 4, 2)
    assert outer.inner is not None
    assert (outer.inner.map_type, outer.inner.key_size, outer.inner.value_size) == ("array", 4, 8)
    seen = rich.maps["seen"]
    assert (seen.map_type, seen.value_size, seen.map_extra) == ("bloom_filter", 8, 3)
    jumps = rich.maps["jumps"]  # filled with programs at load: no inner map
    assert (jumps.map_type, jumps.value_size, jumps.inner) == ("prog_array", 4, None)


def test_rich_data_externs_and_core(rich) -> None:
    assert rich.data[".rodata"].data == struct.pack("<I", 7) and rich.data[".rodata"].read_only
    assert rich.data[".data"].symbols == {"counter": (0, 8)}
    assert rich.data[".bss"].data == bytes(8)
    # libbpf's .kconfig layout: descending alignment, then ascending size
    assert rich.data[".kconfig"].symbols == {"LINUX_KERNEL_VERSION": (0, 4), "CONFIG_PREEMPT": (4, 1)}
    assert {n: (e.kind, e.weak) for n, e in rich.externs.items()} == {
        "CONFIG_PREEMPT": ("kconfig", True), "LINUX_KERNEL_VERSION": ("kconfig", False),
        "bpf_prog_active": ("ksym", False), "bpf_task_from_pid": ("kfunc", True),
        "bpf_task_release": ("kfunc", False)}
    (core,) = rich.core_relocs
    assert (core.function, core.type_name, core.access, core.kind) == ("first", "task_struct", "0:92", "byte_off")
    line = rich.functions["twice"].lines[0]
    assert (line.file, line.line) == ("./rich.bpf.c", 48) and "twice" in line.text


def test_a_flavoured_kfunc_extern_is_the_kfunc_of_its_essential_name() -> None:
    """libbpf looks a kfunc up by the name before its last ___ (bpf_object__resolve_ksym_func_btf_id); a weak and a
    strong declaration of one kfunc are one extern, as strong as the strong one."""
    obj = load_object(Path(__file__).parent / "obj" / "kfunc_flavours.bpf.o")
    assert {n: (e.kind, e.weak) for n, e in obj.externs.items()} == {
        "bpf_rcu_read_lock": ("kfunc", False), "bpf_rcu_read_unlock": ("kfunc", False),
        "bpf_rcu_read_unlock___v2": ("kfunc", True)}
    assert {(r.kind, r.target) for r in obj.programs[0].entry.refs.values()} == {
        (RefKind.KFUNC, "bpf_rcu_read_lock"), (RefKind.KSYM, "bpf_rcu_read_lock"),
        (RefKind.KFUNC, "bpf_rcu_read_unlock"), (RefKind.KFUNC, "bpf_rcu_read_unlock___v2"),
        (RefKind.KSYM, "bpf_rcu_read_unlock___v2")}
    assert [essential_name(n) for n in ("a___b___c", "a____b", "a___", "task_struct___x", "plain")] == [
        "a___b", "a____b", "a___", "task_struct", "plain"]


# ---------------------------------------------------------------------------------------------------------------
# broken files

def _patched(path: Path, section: str, offset: int, data: bytes) -> bytes:
    raw = bytearray(path.read_bytes())
    with path.open("rb") as f:
        start = ELFFile(f).get_section_by_name(section)["sh_offset"]
    raw[start + offset:start + offset + len(data)] = data
    return bytes(raw)


def _error(data: bytes, kind: type[Exception] = ObjectError) -> ObjectError:
    with pytest.raises(kind) as caught:
        load_object_bytes(data, "bad.o")
    error = caught.value
    assert error.file == "bad.o"
    assert "\n" not in error.one_line()
    return error


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ObjectError, match="cannot read") as caught:
        load_object(tmp_path / "nothing.o")
    assert caught.value.file == str(tmp_path / "nothing.o")


@pytest.mark.parametrize("size", [0, 3, 16, 64, 300, 1000])
def test_truncated(size: int) -> None:
    error = _error(RICH.read_bytes()[:size])
    assert any(word in error.message for word in ("empty", "malformed", "truncated", "not an ELF"))


def test_garbage() -> None:
    assert "not an ELF" in _error(bytes(range(256)) * 4).message


def test_non_bpf_elf() -> None:
    raw = bytearray(RICH.read_bytes())
    raw[18:20] = struct.pack("<H", 62)  # e_machine = EM_X86_64
    assert "EM_BPF" in _error(bytes(raw)).message


def test_section_names_past_their_string_table() -> None:
    """A shrunk .strtab leaves section names pointing past it: libbpf refuses such a file, and so does the reader,
    rather than read the names from whatever bytes follow the table."""
    raw = bytearray(RICH.read_bytes())
    with RICH.open("rb") as f:
        elf = ELFFile(f)
        table = elf.get_section(elf["e_shstrndx"])
        at = elf["e_shoff"] + elf["e_shstrndx"] * elf["e_shentsize"] + 32  # its sh_size
        raw[at:at + 8] = struct.pack("<Q", table["sh_size"] // 2)
    assert "outside its string table" in _error(bytes(raw)).message


def test_host_executable() -> None:
    true = Path("/bin/true")
    if not true.exists():
        pytest.skip("/bin/true is absent")
    assert "not a BPF object" in _error(true.read_bytes()).message


def _second_relocation_offset(section: str) -> int:
    with RICH.open("rb") as f:
        relocations = ELFFile(f).get_section_by_name(f".rel{section}").iter_relocations()
        next(relocations)
        return next(relocations)["r_offset"]


def test_relocation_to_missing_symbol() -> None:
    at = _second_relocation_offset("tp_btf/sched_switch")
    data = _patched(RICH, ".reltp_btf/sched_switch", 16 + 8, struct.pack("<Q", (9999 << 32) | 1))
    error = _error(data)
    assert "does not exist" in error.message
    assert error.program == "first" and error.insn == at // 8


def test_relocation_at_an_instruction_that_cannot_take_one() -> None:
    data = _patched(RICH, ".reltp_btf/sched_switch", 0, struct.pack("<Q", 8))  # r_offset -> slot 1
    error = _error(data)
    assert "cannot take one" in error.message
    assert error.program == "first" and error.insn == 1


def _plain_slot_in_text() -> tuple[str, int, int]:
    """(function, its slot, byte offset in .text) of a one-slot instruction in a .text function."""
    obj = load_object(RICH)
    for function in obj.functions.values():
        if function.section == ".text":
            for index, insn in enumerate(function.code.insns):
                if not isinstance(insn, LoadImm64):
                    slot = function.code.slots[index]
                    return function.name, slot, 8 * (function.section_offset + slot)
    raise AssertionError("no .text instruction")


def test_unknown_opcode_in_a_program() -> None:
    name, slot, at = _plain_slot_in_text()
    error = _error(_patched(RICH, ".text", at, bytes.fromhex("ff00000000000000")), DecodeError)
    assert "unknown opcode" in error.message
    assert (error.program, error.insn) == (name, slot)


def test_jump_out_of_a_function() -> None:
    name, slot, at = _plain_slot_in_text()
    error = _error(_patched(RICH, ".text", at, bytes.fromhex("0500ff7f00000000")), DecodeError)  # goto +32767
    assert "outside the function" in error.message
    assert (error.program, error.insn) == (name, slot)


def test_unknown_opcode_in_a_program_entry_sets_that_program_aside() -> None:
    """The kernel verifies each program alone: one whose code does not decode is set aside with the reason (an error
    entry of its own), and the object's other programs are read and checked."""
    obj = load_object(RICH)
    program = next(p for p in obj.programs if p.entry.section != ".text")
    at = 8 * program.entry.section_offset
    patched = load_object_bytes(_patched(RICH, program.entry.section, at, bytes.fromhex("ff00000000000000")), "x.o")
    assert patched.unsupported[program.name] == (program.entry.section, "insn 0: unknown opcode (opcode 0xff)")
    assert program.name not in {p.name for p in patched.programs}
    assert {p.name for p in patched.programs} == {p.name for p in obj.programs} - {program.name}


def test_unknown_program_section(tmp_path: Path) -> None:
    """A program in a section libbpf has no type for is set aside with the reason; the rest is read."""
    raw = RICH.read_bytes()
    renamed = raw.replace(b"tp_btf/sched_switch\0", b"tq_btf/sched_switch\0")
    obj = load_object_bytes(renamed, "renamed.bpf.o")
    assert obj.unsupported and all("not a program type libbpf knows" in why for _, why in obj.unsupported.values())
    assert all(section == "tq_btf/sched_switch" for section, _ in obj.unsupported.values())
    assert obj.functions and not set(obj.unsupported) & {p.name for p in obj.programs}


def test_static_program_is_refused() -> None:
    raw = bytearray(RICH.read_bytes())
    with RICH.open("rb") as f:
        symtab = ELFFile(f).get_section_by_name(".symtab")
        index = next(i for i, s in enumerate(symtab.iter_symbols()) if s.name == "second")
        at = symtab["sh_offset"] + index * symtab["sh_entsize"] + 4  # st_info
    raw[at] = 0x02  # STB_LOCAL, STT_FUNC
    error = _error(bytes(raw))
    assert "static" in error.message and "'second'" in error.message


def test_legacy_maps_section_is_refused() -> None:
    assert "legacy 'maps' section" in _error(RICH.read_bytes().replace(b".maps\0", b"maps\0\0")).message


def test_btf_ext_of_a_renamed_section_is_passed_over_as_libbpf_does() -> None:
    """A section renamed after compiling (llvm-objcopy --rename-section) leaves .BTF.ext naming the old one: libbpf
    loads the program without that section's func info, line info and CO-RE relocations, and so do we."""
    path = ROOT / "bpf" / "obj" / "region_rcu_copy_inside.bpf.o"
    data = bytearray(path.read_bytes())
    with path.open("rb") as f:
        btf = ELFFile(f).get_section_by_name(".BTF")
        start, end = btf["sh_offset"], btf["sh_offset"] + btf["sh_size"]
    at = data.index(b"\0uprobe.s", start, end) + 1  # the section name .BTF.ext refers to
    data[at:at + 8] = b"uprobe.q"
    obj = load_object_bytes(bytes(data), "renamed.bpf.o")
    program = obj.programs[0]
    assert program.section == "uprobe.s" and not program.entry.lines


def test_an_overridden_weak_program_body_is_passed_over_as_libbpf_does() -> None:
    """Two units that both define a __weak program, linked: the section keeps both bodies and both func_info
    records, and one symbol. libbpf skips what refers to the body without a symbol, and so do we (j25a)."""
    obj = load_object(Path(__file__).parent / "obj" / "weak_linked.bpf.o")
    assert [p.name for p in obj.programs] == ["weak_probe", "probe_one", "probe_two"]
    assert len(obj.functions["weak_probe"].code.insns) == 2
    assert all(p.entry.lines for p in obj.programs)


def test_static_functions_of_linked_units_may_share_a_name() -> None:
    """Both units of weak_linked.bpf.o have a static `pick`, and the first a static `shared` where the second has a
    global one: each program calls its own (j25a F4, falco; j26a F8)."""
    obj = load_object(Path(__file__).parent / "obj" / "weak_linked.bpf.o")
    called = {p.name: {r.target for r in p.entry.refs.values() if r.kind is RefKind.CALL} for p in obj.programs}
    assert called["probe_one"] == {"pick", "shared.2"} and called["probe_two"] == {"pick.2", "shared"}
    assert Call(CallKind.HELPER, 7) in obj.functions["pick.2"].code.insns  # bpf_get_prandom_u32
    assert obj.functions["shared"].linkage is Linkage.GLOBAL and obj.functions["shared.2"].linkage is Linkage.STATIC
