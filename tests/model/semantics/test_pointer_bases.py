"""Whether a store's pointer may point into a stack frame, where the code computes its offset: the pre-pass sends
such a store to the solver only where it may reach saved IRQ flags."""

from __future__ import annotations

from sleepcheck.model.isa.text import parse_asm
from sleepcheck.model.program import Function, Linkage
from sleepcheck.model.semantics.calls import Caller, may_reach_stack, stack_slots


def _function(text: str) -> Function:
    return Function("f", ".text", parse_asm(text), Linkage.STATIC)


def _store_at(function: Function) -> int:
    return next(i for i, insn in enumerate(function.code.insns) if type(insn).__name__ == "Store")


def test_frame_plus_index_may_reach_the_stack() -> None:
    f = _function("r1 = r10\nr1 += -16\nr2 = *(u64 *)(r10 - 24)\nr2 <<= 3\nr1 += r2\n*(u64 *)(r1 + 0) = r2\nexit")
    at = _store_at(f)
    assert stack_slots(f, at, 1, ()) is None and may_reach_stack(f, at, 1, ())


def test_index_plus_frame_may_reach_the_stack() -> None:
    f = _function("r1 = r10\nr1 += -16\nr2 = *(u32 *)(r10 - 24)\nr2 <<= 3\nr2 += r1\n*(u64 *)(r2 + 0) = r1\nexit")
    assert may_reach_stack(f, _store_at(f), 2, ())


def test_call_result_plus_index_does_not() -> None:
    f = _function("call 1\nr2 = *(u32 *)(r10 - 8)\nr2 &= 7\nr0 += r2\n*(u8 *)(r0 + 0) = 1\nexit")
    assert not may_reach_stack(f, _store_at(f), 0, ())


def test_a_pointer_filled_from_memory_may() -> None:
    f = _function("r1 = *(u64 *)(r6 + 0)\n*(u64 *)(r1 + 0) = 0\nexit")
    assert may_reach_stack(f, _store_at(f), 1, ())


def test_a_callbacks_context_is_its_callers_argument() -> None:
    caller = _function("r3 = r10\nr3 += -8\nr1 = 4\ncall 181\nexit")
    callback = _function("*(u64 *)(r2 + 0) = 0\nexit")
    through_loop = [Caller(caller, 3, ("index", 3))]
    assert stack_slots(callback, 0, 2, through_loop) == frozenset({(1, -8)})
    assert not may_reach_stack(callback, 0, 1, through_loop)  # the iteration number
    handed_object = [Caller(caller, 3, ("object", 3))]
    assert not may_reach_stack(callback, 0, 1, handed_object)
