"""Struct layouts as the verifier names the field a load reads: the innermost pointer member at an offset."""

from __future__ import annotations

from pathlib import Path

from sleepcheck.model.elf.loader import load_object

OBJ = Path(__file__).resolve().parents[2] / "bpf" / "obj"


def test_a_kfunc_declaration_names_the_struct_its_result_points_to() -> None:
    obj = load_object(OBJ / "region_rcu_pointer_read_in_ended_section.bpf.o")
    assert obj.externs["bpf_task_acquire"].returns == "task_struct"
    assert obj.externs["bpf_rcu_read_lock"].returns is None  # void


def test_pointer_members_by_offset_follow_the_struct() -> None:
    """task_struct's real_parent and parent are adjacent pointers (include/linux/sched.h); its nested structs'
    pointer members are named by their own name, as btf_struct_walk names them."""
    members = load_object(OBJ / "region_rcu_pointer_read_in_ended_section.bpf.o").pointer_members["task_struct"]
    by_name = {name: offset for offset, name in members.items()}
    assert by_name["parent"] == by_name["real_parent"] + 8
    assert "group_leader" in by_name and all(offset % 8 == 0 for offset in members)


def test_a_struct_the_object_does_not_describe_is_not_there() -> None:
    members = load_object(OBJ / "region_rcu_pointer_read_in_ended_section.bpf.o").pointer_members
    assert members.get("no_such_struct") is None
