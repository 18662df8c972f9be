"""struct_ops programs take the `struct.member` their map fills as attach target; their maps join the object's."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from elftools.elf.elffile import ELFFile

from sleepcheck.model.elf import load_object, load_object_bytes
from sleepcheck.model.elf.struct_ops import BPF_F_LINK
from sleepcheck.model.errors import ObjectError
from sleepcheck.model.kernel import AdmissionStatus, load_kernel_model

CORPUS = Path(__file__).resolve().parents[2] / "bpf" / "obj"
OBJ = Path(__file__).parent / "obj"
DEMO = OBJ / "struct_ops.bpf.o"


@pytest.mark.parametrize(("name", "target", "sleepable", "status"), [
    ("struct_ops_s_enqueue", "sched_ext_ops.enqueue", True, AdmissionStatus.REFUSED),
    ("struct_ops_s_init_create_dsq", "sched_ext_ops.init", True, AdmissionStatus.ALLOWED),
    ("struct_ops_init_task_create_dsq", "sched_ext_ops.init_task", False, AdmissionStatus.ALLOWED),
])
def test_corpus_targets_are_struct_members_the_kernel_model_judges(name: str, target: str, sleepable: bool,
                                                                   status: AdmissionStatus) -> None:
    obj = load_object(CORPUS / f"{name}.bpf.o")
    (program,) = obj.programs
    assert (program.prog_type, program.attach_type, program.attach_target, program.sleepable) == (
        "struct_ops", None, target, sleepable)
    (ops,) = obj.maps.values()
    assert (ops.map_type, ops.key_size, ops.value_size, ops.max_entries, ops.flags) == (
        "struct_ops", 4, 192, 1, BPF_F_LINK)
    admission = load_kernel_model("6.18").admissibility(program.prog_type, program.attach_type,
                                                        program.attach_target, program.sleepable)
    assert admission.status is status


@pytest.fixture(scope="module")
def demo():
    return load_object(DEMO)


def test_members_come_from_the_maps_not_the_section_names(demo) -> None:
    targets = {p.name: (p.section, p.attach_target, p.sleepable) for p in demo.programs}
    assert targets == {
        "prog_one": ("struct_ops/first", "demo_ops.first", False),  # filled by both maps, as the same member
        "prog_two": ("struct_ops.s/not_second", "demo_ops.second", True),
        "prog_three": ("struct_ops", "demo_ops.third", False),
        "prog_four": ("struct_ops", "demo_ops.fourth", False),  # second program of its section
        "prog_five": ("struct_ops", "demo_ops.first", False),  # a map of struct demo_ops___v2: the kernel's name
        "prog_orphan": ("struct_ops.s/orphan", "orphan", True),  # no map names it: the section's part stays
    }


def test_struct_ops_maps(demo) -> None:
    assert {name: (m.map_type, m.value_size, m.flags) for name, m in demo.maps.items()} == {
        "ops_plain": ("struct_ops", 56, 0),
        "ops_link": ("struct_ops", 56, BPF_F_LINK),
        "ops_flavoured": ("struct_ops", 32, BPF_F_LINK),
    }
    assert demo.maps["ops_plain"].btf_value_type_id == demo.maps["ops_link"].btf_value_type_id != 0


def test_a_program_filling_two_members_is_refused() -> None:
    with pytest.raises(ObjectError, match=r"fills both demo_ops\.first and demo_ops\.second") as caught:
        load_object(OBJ / "struct_ops_reuse.bpf.o")
    assert caught.value.program == "prog_both"


# ---------------------------------------------------------------------------------------------------------------
# broken relocations of .struct_ops, patched into the demo object

def _relocation(index: int) -> tuple[int, int]:
    """(file offset, r_offset) of the index-th relocation of .rel.struct_ops."""
    with DEMO.open("rb") as f:
        section = ELFFile(f).get_section_by_name(".rel.struct_ops")
        return section["sh_offset"] + index * section["sh_entsize"], section.get_relocation(index)["r_offset"]


def _error_with(r_offset: int | None = None, symbol: int | None = None) -> str:
    raw = bytearray(DEMO.read_bytes())
    at, offset = _relocation(0)
    old_info = struct.unpack_from("<Q", raw, at + 8)[0]
    info = (old_info if symbol is None else (symbol << 32) | (old_info & 0xFFFFFFFF))
    struct.pack_into("<QQ", raw, at, offset if r_offset is None else r_offset, info)
    with pytest.raises(ObjectError) as caught:
        load_object_bytes(bytes(raw), "bad.o")
    assert caught.value.file == "bad.o"
    return caught.value.message


def _symbol_index(name: str) -> int:
    with DEMO.open("rb") as f:
        table = ELFFile(f).get_section_by_name(".symtab")
        return next(i for i, s in enumerate(table.iter_symbols()) if s.name == name)


def test_relocation_inside_a_member() -> None:
    assert "no member of struct demo_ops starts there" in _error_with(r_offset=12)


def test_relocation_at_a_member_that_is_not_a_function_pointer() -> None:
    assert "member flags is not a function pointer" in _error_with(r_offset=0)


def test_relocation_past_every_map() -> None:
    assert "where no struct_ops map is" in _error_with(r_offset=56)


def test_relocation_to_missing_symbol() -> None:
    assert "does not exist" in _error_with(symbol=9999)


def test_relocation_to_a_variable() -> None:
    assert "where no program is" in _error_with(symbol=_symbol_index("LICENSE"))
