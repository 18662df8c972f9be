"""What a call instruction reaches: a subprogram, or a helper or kfunc with its effect from the kernel model, and
the functions it takes as callbacks.

A callback is passed as a function address in a register; clang materialises it with ld_imm64 shortly before the
call, so the callback is found by following that register back through the straight-line code before the call.
"""

from __future__ import annotations

from dataclasses import dataclass

from sleepcheck.model.errors import KernelModelError, ObjectError
from sleepcheck.model.isa.insn import Alu, AluOp, Call, CallKind, Goto, Imm, Jump, LoadImm64, Mov, Reg
from sleepcheck.model.kernel.effects import CallbackEffect, CallEffect
from sleepcheck.model.kernel.model import KernelModel
from sleepcheck.model.program import BpfObject, Function, Linkage, RefKind
from sleepcheck.model.semantics.flow import defined_registers


@dataclass(frozen=True)
class Callback:
    effect: CallbackEffect
    function: str


@dataclass(frozen=True)
class CallSite:
    name: str
    local: Function | None  # a bpf-to-bpf call's target
    effect: CallEffect | None  # a helper's or kfunc's effect
    callbacks: tuple[Callback, ...] = ()

    @property
    def is_global(self) -> bool:
        return self.local is not None and self.local.linkage is Linkage.GLOBAL


def resolve_call(obj: BpfObject, kernel: KernelModel, function: Function, index: int) -> CallSite:
    insn = function.code.insns[index]
    assert isinstance(insn, Call)
    ref = function.refs.get(index)
    if insn.kind is CallKind.LOCAL:
        if ref is None or ref.kind is not RefKind.CALL or ref.target not in obj.functions:
            raise ObjectError("bpf-to-bpf call with no resolved target", program=function.name,
                              insn=function.code.slots[index])
        return CallSite(ref.target, obj.functions[ref.target], None)
    if insn.kind is CallKind.KFUNC:
        if ref is None or ref.kind is not RefKind.KFUNC:
            raise ObjectError("kfunc call with no extern symbol", program=function.name,
                              insn=function.code.slots[index])
        effect = _effect(kernel, ref.target, function, index)
    else:
        effect = _effect(kernel, insn.imm, function, index)
    callbacks = tuple(Callback(cb, _callback_target(function, index, cb.register, effect.name))
                      for cb in effect.callbacks)
    return CallSite(effect.name, None, effect, callbacks)


def _effect(kernel: KernelModel, call: int | str, function: Function, index: int) -> CallEffect:
    try:
        return kernel.call_effect(call)
    except KernelModelError as error:
        raise error.located(program=function.name, insn=function.code.slots[index]) from None


def _callback_target(function: Function, index: int, register: int, helper: str) -> str:
    """The function whose address is in `register` at the call: the last definition of it before the call, walked
    back through register copies within the straight-line code."""
    wanted = register
    for back in range(index - 1, -1, -1):
        insn = function.code.insns[back]
        if isinstance(insn, Jump | Goto | Call):
            break
        if isinstance(insn, Mov) and insn.dst == wanted and insn.wide and isinstance(insn.src, Reg):
            wanted = insn.src.n
            continue
        if isinstance(insn, LoadImm64) and insn.dst == wanted:
            ref = function.refs.get(back)
            if ref is not None and ref.kind is RefKind.FUNC_ADDR:
                return ref.target
            break
        if wanted in defined_registers(insn):
            break
    raise ObjectError(f"cannot tell which function {helper} gets as its callback in r{register}",
                      program=function.name, insn=function.code.slots[index])


def stack_argument(function: Function, index: int, register: int) -> int | None:
    """The frame offset a call's pointer argument has when it is `r10 + constant`, found in the straight-line code
    before the call (clang's `rN = r10; rN += -8`), or None."""
    offset = 0
    wanted = register
    for back in range(index - 1, -1, -1):
        insn = function.code.insns[back]
        if isinstance(insn, Jump | Goto) or (isinstance(insn, Call) and wanted <= 5):
            return None
        if isinstance(insn, Call):
            continue
        if isinstance(insn, Alu) and insn.dst == wanted and insn.wide and insn.op is AluOp.ADD \
                and isinstance(insn.src, Imm):
            offset += insn.src.value
            continue
        if isinstance(insn, Mov) and insn.dst == wanted and insn.wide and isinstance(insn.src, Reg):
            if insn.src.n == 10:
                return offset
            wanted = insn.src.n
            continue
        if wanted in defined_registers(insn):
            return None
    return None
