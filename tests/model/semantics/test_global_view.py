"""The object as the verifier sees global functions from their callers: each one the program calls is a stand-in
(a call whose result and writes are free), and nothing else changes."""

from __future__ import annotations

from pathlib import Path

from sleepcheck.model.elf import load_object
from sleepcheck.model.isa.insn import Call, CallKind, Exit
from sleepcheck.model.kernel.facts import MemoryWrite
from sleepcheck.model.kernel.loader import load_kernel_model
from sleepcheck.model.program import RefKind
from sleepcheck.model.semantics.global_view import STAND_IN, as_callers_see_them, called_globals

OBJ = Path(__file__).resolve().parents[2] / "bpf" / "obj"
KERNEL = load_kernel_model("6.18")


def test_a_called_global_function_becomes_the_stand_in() -> None:
    obj = load_object(str(OBJ / "contract_global_result_decides_sleep.bpf.o"))
    program = obj.programs[0]
    assert called_globals(obj, program) == ("wants_copy",)
    seen, kernel = as_callers_see_them(obj, program, KERNEL)
    stand_in = seen.functions["wants_copy"]
    assert stand_in.code.insns == (Call(CallKind.KFUNC, 0), Exit())
    assert stand_in.refs[0].kind is RefKind.KFUNC and stand_in.refs[0].target == STAND_IN + "wants_copy"
    effect = kernel.call_effect(STAND_IN + "wants_copy")
    assert not effect.blocking and effect.writes == () and not effect.opens and not effect.closes
    assert seen.functions[program.entry.name] is obj.functions[program.entry.name]
    assert STAND_IN + "wants_copy" not in KERNEL.kfuncs  # the model the other checks use is left as it was


def test_a_stand_in_writes_what_its_pointer_arguments_name() -> None:
    obj = load_object(str(OBJ / "contract_global_writes_decide_sleep.bpf.o"))
    _, kernel = as_callers_see_them(obj, obj.programs[0], KERNEL)
    assert kernel.call_effect(STAND_IN + "settle").writes == (MemoryWrite(1, 4),)  # struct copy_request


def test_an_exception_callback_is_not_a_called_global_function() -> None:
    obj = load_object(str(OBJ / "cb_exception_copy_in_syscall.bpf.o"))
    assert called_globals(obj, obj.programs[0]) == ()

