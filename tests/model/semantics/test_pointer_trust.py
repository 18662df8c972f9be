"""A relocated member offset names the field a load reads on the path that put it there, not on every path."""

from __future__ import annotations

from sleepcheck.model.isa.insn import R10, Alu, AluOp, Imm, Load, Mov, Reg, Size, Store
from sleepcheck.model.semantics.pointer_trust import (
    ADDRESS_MARK,
    OFFSET_MARK,
    UNTRUSTED,
    after,
    called,
    entered,
    field_of,
    mark,
    stores_or_fills,
)

PARENT, REAL_PARENT = 0, 1  # members as an engine numbers them


def _path(member: int, swapped: bool = False):  # type: ignore[no-untyped-def]
    """r1 = offset (relocated); r6 += r1 (or r1 += r6); the address is then where the load goes through."""
    trust = after((), Mov(True, 1, Imm(1280)), 0, None, field=OFFSET_MARK + member)
    add = Alu(AluOp.ADD, True, 1, Reg(6)) if swapped else Alu(AluOp.ADD, True, 6, Reg(1))
    return after(trust, add, 0, None), 1 if swapped else 6


def test_each_way_of_a_select_names_its_own_member() -> None:
    for member in (PARENT, REAL_PARENT):
        for swapped in (False, True):
            trust, register = _path(member, swapped)
            assert field_of(trust, 0, register) == member


def test_an_offset_is_no_address_and_a_rewrite_forgets_it() -> None:
    trust = after((), Mov(True, 1, Imm(1280)), 0, None, field=OFFSET_MARK + PARENT)
    assert field_of(trust, 0, 1) is None  # an offset, not an address to load through
    trust, register = _path(PARENT)
    assert field_of(after(trust, Load(Size.DW, 6, 6, 0), 0, None), 0, register) is None
    assert field_of(after(trust, Alu(AluOp.ADD, True, 6, Reg(2)), 0, None), 0, register) is None  # any offset
    moved = after(trust, Mov(True, 2, Reg(6)), 0, None)
    assert field_of(moved, 0, 2) == PARENT


def test_an_address_passed_to_a_static_function_and_returned_keeps_its_member() -> None:
    trust = after((), Mov(True, 1, Imm(1280)), 0, None, field=ADDRESS_MARK + REAL_PARENT)
    inside = entered(trust, 0, arguments=True)
    assert field_of(inside, 1, 1) == REAL_PARENT
    assert field_of(called(trust, 0), 0, 1) is None  # a helper call clobbers r1


def test_a_spilled_address_keeps_its_member_until_its_slot_is_written() -> None:
    """`*(u64 *)(r10 - 8) = r6; ...; r1 = *(u64 *)(r10 - 8)`: the fill holds the same member's address (j25c)."""
    trust, register = _path(REAL_PARENT)
    spilled = after(trust, Store(Size.DW, R10, -8, Reg(register)), 0, None)
    assert field_of(after(spilled, Load(Size.DW, 1, R10, -8), 0, None), 0, 1) == REAL_PARENT
    assert field_of(after(spilled, Load(Size.DW, 1, R10, -16), 0, None), 0, 1) is None
    rewritten = after(spilled, Store(Size.W, R10, -4, Imm(0)), 0, None)  # half of the slot
    assert field_of(after(rewritten, Load(Size.DW, 1, R10, -8), 0, None), 0, 1) is None


def test_through_one_of_two_slots_a_load_is_the_least_trusted_and_a_store_keeps_the_other() -> None:
    """`r2 = c ? r10 - 8 : r10 - 16`, slot -16 untrusted: a load through r2 may read it, and a store of a trusted
    pointer through r2 may leave it as it was (j25c F7, F8)."""
    trust = ((0, -16, UNTRUSTED),)
    either = ((0, -8), (0, -16))
    assert mark(after(trust, Load(Size.DW, 1, 2, 0), 0, None, either), 0, 1) == UNTRUSTED
    assert mark(after(trust, Store(Size.DW, 2, 0, Reg(3)), 0, None, either), 0, -16) == UNTRUSTED
    assert mark(after(trust, Store(Size.DW, 2, 0, Reg(3)), 0, None, ((0, -16),)), 0, -16) is None


def test_a_member_address_stored_through_a_pointer_is_followed() -> None:
    """`*pa = &t->real_parent` with pa a stack address other than r10: the engine must look where it lands (j26a
    F12), as it does for a marked pointer."""
    trust, register = _path(REAL_PARENT)
    assert stores_or_fills(trust, Store(Size.DW, 1, 0, Reg(register)), 0)
    stored = after(trust, Store(Size.DW, 1, 0, Reg(register)), 0, None, ((0, -8),))
    assert field_of(after(stored, Load(Size.DW, 2, R10, -8), 0, None), 0, 2) == REAL_PARENT
