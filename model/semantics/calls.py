"""What a call instruction reaches: a subprogram, or a helper or kfunc with its effect from the kernel model, and
the functions it takes as callbacks.

A callback is passed as a function address in a register; clang materialises it with ld_imm64 shortly before the
call, so the callback is found by following that register back through the straight-line code before the call.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal, NamedTuple

from sleepcheck.model.errors import KernelModelError, ObjectError, SleepcheckError
from sleepcheck.model.isa.insn import (
    R1,
    R5,
    R10,
    Alu,
    AluOp,
    Atomic,
    Call,
    CallKind,
    Code,
    Endian,
    Exit,
    Imm,
    Insn,
    Load,
    LoadImm64,
    Mov,
    MovSx,
    Neg,
    Reg,
    Store,
)
from sleepcheck.model.kernel.effects import CallbackEffect, CallEffect
from sleepcheck.model.kernel.model import KernelModel
from sleepcheck.model.program import BpfObject, Function, Linkage, MapDef, RefKind
from sleepcheck.model.semantics.flow import defined_registers, successors


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
    # a weak kfunc extern the kernel lacks: libbpf leaves the call poisoned, so the kernel refuses the program
    # where it is reached; code guarded by bpf_ksym_exists() never reaches it. Likewise a helper number the kernel
    # lacks (named UNKNOWN_HELPER + the number, as the verifier names it), such as the poison libbpf writes for a
    # CO-RE relocation that fails, which code the relocations make dead never reaches.
    missing: bool = False

    @property
    def is_global(self) -> bool:
        return self.local is not None and self.local.linkage is Linkage.GLOBAL


def passed_callbacks(obj: BpfObject, kernel: KernelModel, functions: Iterable[Function]) -> list[Callback]:
    """Every callback the functions' calls hand a helper or kfunc, where the calls say (a call the model cannot
    read is passed over: the engines report it where a run reaches it)."""
    found: list[Callback] = []
    for function in functions:
        for index, insn in enumerate(function.code.insns):
            if not isinstance(insn, Call) or insn.kind is CallKind.LOCAL:
                continue
            try:
                found.extend(resolve_call(obj, kernel, function, index).callbacks)
            except SleepcheckError:
                continue
    return found


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
        if obj.weak_extern_absent(ref.target, kernel.kfuncs):
            return CallSite(ref.target, None, None, missing=True)
        effect = _effect(kernel, ref.target, function, index)
    elif insn.imm not in kernel.helpers:  # libbpf's poison of a failed CO-RE relocation (CORE_POISON), or a mistake
        return CallSite(f"{UNKNOWN_HELPER}{insn.imm}", None, None, missing=True)
    else:
        effect = _effect(kernel, insn.imm, function, index)
    callbacks = tuple(Callback(cb, target) for cb in effect.callbacks
                      for target in callback_targets(function, index, cb.register, effect.name))
    return CallSite(effect.name, None, effect, callbacks)


def _effect(kernel: KernelModel, call: int | str, function: Function, index: int) -> CallEffect:
    try:
        return kernel.call_effect(call)
    except KernelModelError as error:
        raise error.located(program=function.name, insn=function.code.slots[index]) from None


def callback_targets(function: Function, index: int, register: int, helper: str) -> tuple[str, ...]:
    """The functions whose address can be in `register` at the call: one per path that loads it (a program may
    choose its callback by a branch)."""
    targets: list[str] = []
    for origin in trace_register_paths(function, index, register) or ():
        ref = function.refs.get(origin.at) if origin.kind == "load" else None
        if ref is None or ref.kind is not RefKind.FUNC_ADDR:
            targets = []
            break
        if ref.target not in targets:
            targets.append(ref.target)
    if not targets:
        raise ObjectError(f"cannot tell which function {helper} gets as its callback in r{register}",
                          program=function.name, insn=function.code.slots[index])
    return tuple(targets)


def trace_register_paths(function: Function, index: int, register: int, limit: int = 2048,
                         bases: bool = False) -> list[Origin] | None:
    """Follow a register back from `index` through copies and constant additions, along every path into the
    instruction, to the frame pointer, an ld_imm64, a call or the function's entry: the origin along each path, or
    None where some path does not show one (or there are more than `limit`). With `bases`, an added register is
    passed over too (`buf + i`): the origins then say what the pointer is based on, not its offset. Kept per code:
    the engines ask it at every state a call is reached in."""
    kept = _TRACED.get(id(function.code))
    if kept is None or kept[0] is not function.code:
        kept = _TRACED[id(function.code)] = (function.code, {})
    key = (index, register, limit, bases)
    if key not in kept[1]:
        kept[1][key] = _trace_paths(function, index, register, limit, bases, kept[1])
    found = kept[1][key]
    return None if found is None else list(found)


_TRACED: dict[int, tuple[Code, dict[tuple[int, int, int, bool], tuple[Origin, ...] | None]]] = {}


Traced = Mapping[tuple[int, "Wanted", int, bool], "tuple[Origin, ...] | None"]


def _trace_paths(function: Function, index: int, register: int, limit: int, bases: bool,
                 traced: Traced) -> tuple[Origin, ...] | None:
    """The walk of trace_register_paths. Where it comes to a place and register already traced (`traced`, the code's
    earlier answers), it takes that answer, its offsets moved by its own: every site of a long straight program
    traced back alone to the entry made the pre-pass quadratic (j29a: 1,600 instructions, 6 s)."""
    preds = _predecessors(function.code)
    found: dict[Origin, None] = {}  # each once: paths that meet again find the same origins
    seen: set[tuple[int, Wanted, int]] = set()
    work: list[tuple[int, Wanted, int]] = [(index, register, 0)]
    while work:
        at, wanted, offset = work.pop()
        known = traced.get((at, wanted, limit, bases), ()) if at != index else ()
        if known is None:
            return None
        if known:
            found.update(dict.fromkeys(Origin(o.kind, o.at, o.offset + offset) for o in known))
            continue
        before = preds.get(at, ())
        if at == 0:  # the function's entry is a way in too
            if not isinstance(wanted, int) or not R1 <= wanted <= R5:
                return None
            found[Origin("argument", wanted, offset)] = None
        elif not before:
            return None
        if len(seen) > limit:
            return None
        for back in before:
            if (back, wanted, offset) in seen:
                continue
            seen.add((back, wanted, offset))
            insn = function.code.insns[back]
            based = _base_step(insn, back, wanted) if bases else None
            if isinstance(based, Origin):
                found[based] = None
                continue
            if based is not None:
                work.extend((back, register, offset) for register in based)
                continue
            if isinstance(wanted, tuple) and isinstance(insn, Store | Atomic) and insn.dst != R10 and \
                    _may_reach_slot(function, back, insn, wanted[1]):
                return None
            if isinstance(wanted, tuple) and isinstance(insn, Call) and _call_may_write_slot(function, back, wanted[1]):
                return None
            step = _step_back(insn, back, wanted, offset)
            if step is None:
                return None
            if isinstance(step, Origin):
                found[step] = None
            else:  # what a pointer is based on does not depend on its offset: a loop's `p += 8` walks no further
                work.append((back, step[0], 0) if bases else (back, *step))
    return tuple(found)


Wanted = int | tuple[str, int]  # a register, or ("slot", offset): the eight stack bytes a pointer was spilled to


def _base_step(insn: Insn, at: int, wanted: Wanted) -> Origin | tuple[int, ...] | None:
    """What a pointer is based on, one instruction back, where it differs from `_step_back`: a sum of registers is
    based on either; a value made by any other arithmetic, a 32-bit operation or a narrow load is a number (the
    verifier allows a pointer only a 64-bit add or subtract, and refuses the rest: "pointer arithmetic with <<=
    operator prohibited")."""
    if not isinstance(wanted, int) or wanted not in defined_registers(insn) or isinstance(insn, Call):
        return None
    if isinstance(insn, Alu) and insn.wide and insn.op in (AluOp.ADD, AluOp.SUB):
        return None if isinstance(insn.src, Imm) else (wanted, insn.src.n)
    if isinstance(insn, Alu | Neg | Endian | MovSx) or (isinstance(insn, Mov) and not insn.wide) or (
            isinstance(insn, Load) and int(insn.size) < 8):
        return Origin("const", at, 0)
    return None


_TRACING: set[tuple[int, int, int]] = set()  # (code, instruction, register) of the pointers being followed


def _pointer_origins(function: Function, at: int, register: int) -> tuple[Origin, ...] | Literal[False] | None:
    """trace_register_paths of a pointer a store or call writes through, or False where that very trace is under
    way (the pointer is read from the slot it is asked about: a spilled map value pointer stored through at -O1).
    A run's first write of the slot through it would need a stack address there before, which only another store
    puts, and those are followed."""
    key = (id(function.code), at, register)
    if key in _TRACING:
        return False
    _TRACING.add(key)
    try:
        found = trace_register_paths(function, at, register)
    finally:
        _TRACING.discard(key)
    return None if found is None else tuple(found)


def _may_reach_slot(function: Function, at: int, store: Store | Atomic, slot: int) -> bool:
    """Whether a store through a register other than r10 may write a spill slot of this function's frame: unless
    every path makes the register no address of this frame (a map value, global data, a call's result, an
    argument, which points into a caller's frame at most), or an address of it whose bytes miss the slot."""
    origins = _pointer_origins(function, at, store.dst)
    if origins is False:
        return False
    if origins is None:
        return True
    size = int(store.size)
    return any(o.kind == "frame" and o.offset + store.off < slot + 8 and slot < o.offset + store.off + size
               for o in origins) or any(o.kind not in ("frame", "const", "load", "result", "argument")
                                        for o in origins)


def _call_may_write_slot(function: Function, at: int, slot: int) -> bool:
    """Whether a call may write a slot through a pointer argument: a helper filling a buffer, a subprogram storing
    through `&var`, a callback through its context (j16d: a spilled loop count, a map pointer, a lock pointer and a
    loop-head value rewritten so). An argument the code shows to be this frame's address at or below the slot may
    reach it, whatever the size; one whose origin the code does not show is taken to be no stack address."""
    for register in range(R1, R5 + 1):
        origins = _pointer_origins(function, at, register)
        if origins and any(o.kind == "frame" and o.offset <= slot for o in origins):
            return True
    return False


def _step_back(insn: Insn, at: int, wanted: Wanted, offset: int) -> Origin | tuple[Wanted, int] | None:
    """One instruction walked backwards: where the value comes from, or the register (or spill slot) and offset to
    keep following, or None where the code does not tell. A spill slot is taken to change only by a store at its
    own offset from r10, and by a call that may write it (_call_may_write_slot, asked by the caller)."""
    if isinstance(wanted, tuple):
        slot = wanted[1]
        if isinstance(insn, Store) and insn.dst == R10 and insn.off < slot + 8 and slot < insn.off + int(insn.size):
            if insn.off != slot or int(insn.size) != 8:
                return None
            return Origin("const", at, offset) if isinstance(insn.src, Imm) else (insn.src.n, offset)
        if isinstance(insn, Atomic) and insn.dst == R10:
            return None
        return (wanted, offset)
    if isinstance(insn, Load) and insn.dst == wanted:
        return (("slot", insn.off), offset) if insn.src == R10 and int(insn.size) == 8 else None
    if isinstance(insn, Call):
        if wanted == 0:
            return Origin("result", at, offset)
        return None if wanted <= 5 else (wanted, offset)
    if isinstance(insn, Alu) and insn.dst == wanted and insn.wide and insn.op is AluOp.ADD \
            and isinstance(insn.src, Imm):
        return (wanted, offset + insn.src.value)
    if isinstance(insn, Mov) and insn.dst == wanted and insn.wide and isinstance(insn.src, Reg):
        return Origin("frame", at, offset) if insn.src.n == 10 else (insn.src.n, offset)
    if isinstance(insn, LoadImm64) and insn.dst == wanted:
        return Origin("load", at, offset)
    if isinstance(insn, Mov) and insn.dst == wanted and isinstance(insn.src, Imm):
        return Origin("const", at, offset)
    if wanted in defined_registers(insn):
        return None
    return (wanted, offset)


def stack_origin(function: Function, index: int, register: int) -> int | Literal[False] | None:
    """What a register holds at an instruction, on every path into it: its frame offset when each path makes it the
    frame pointer plus one same constant; False when no path makes it a stack address (a constant, an ld_imm64, a
    call's result); None when the code does not tell (a value loaded from memory, say)."""
    origins = trace_register_paths(function, index, register)
    if not origins:
        return None
    if all(o.kind == "frame" for o in origins) and len({o.offset for o in origins}) == 1:
        return origins[0].offset
    if all(o.kind in ("const", "load", "result") for o in origins):
        return False
    return None


class Caller(NamedTuple):
    """A function that called the one a register is followed in, at its call; for a callback, what the kernel
    passes it in R1-R5: the caller's register it names, or "index" (an iteration number) or "object" (a pointer
    to kernel memory)."""

    function: Function
    call: int
    passes: tuple[int | str, ...] | None = None


Callers = Sequence[Caller]  # the callers of a function, outermost first


def stack_slots(function: Function, index: int, register: int, callers: Callers) -> frozenset[tuple[int, int]] | None:
    """Which frame a call's pointer argument points into, as how many callers up from this function (0: its own),
    and at which offset, one pair per way the code can set it: where every path shows `r10 + constant`, in this
    function or, through the argument registers, in one of its callers (a static helper handed `&flags`)."""
    found = _traced(function, index, register, callers)
    if found is None or any(origin.kind != "frame" for origin, _ in found):
        return None
    return frozenset((up, origin.offset) for origin, up in found)


def computed_frame_offset(function: Function, index: int, register: int, callers: Callers) -> bool:
    """Whether a pointer argument that `stack_slots` finds no constant offset for is a frame address plus a number
    the code computes (`&flags[i]`): on every path the frame pointer, or a number added to it."""
    found = _traced(function, index, register, callers, bases=True)
    kinds = {origin.kind for origin, _ in found or ()}
    return found is not None and kinds == {"frame", "const"}


def off_the_stack(function: Function, index: int, register: int, callers: Callers) -> bool:
    """Whether a pointer argument is, on every path, no stack address: a map value or global data (ld_imm64, a
    lookup's result), kernel memory a callback is handed, or a number."""
    found = _traced(function, index, register, callers)
    return bool(found) and all(origin.kind in ("load", "result", "object", "const") for origin, _ in found or ())


def from_global_argument(function: Function, index: int, register: int) -> bool:
    """Whether a global function hands on a pointer it was passed: the verifier checks it alone, where an argument
    points to memory it knows nothing of, never into a stack frame."""
    origins = trace_register_paths(function, index, register)
    return function.linkage is Linkage.GLOBAL and any(o.kind == "argument" for o in origins or ())


def may_reach_stack(function: Function, index: int, register: int, callers: Callers) -> bool:
    """Whether a pointer register may point into a stack frame: unless every path makes it global data, a map, a
    call's result or a kernel object passed to a callback, plus anything (`value + i`), as far as the callers go."""
    found = _traced(function, index, register, callers, bases=True)
    return found is None or any(origin.kind == "frame" for origin, _ in found)


def pointer_identities(function: Function, index: int, register: int, callers: Callers = (),
                       functions: Mapping[str, Function] | None = None) -> frozenset[tuple[object, ...]] | None:
    """What a call's pointer argument points to, one identity per way the code before the call (or, for an argument
    of the function, before its callers' calls) can set it: global data or a map (name and offset), or the result
    of an earlier call (its site) plus an offset. With `functions`, a static subprogram's result is what it returns
    (a lock it looked up, locked and returned is the one its caller unlocks, as the verifier, which follows the
    call, sees it). Two arguments with the same identity are the same object; None where some path does not tell."""
    found = _traced(function, index, register, callers)
    if found is None:
        return None
    identities: set[tuple[object, ...]] = set()
    for origin, up in found:
        where = callers[len(callers) - up][0] if up else function
        ref = where.refs.get(origin.at) if origin.kind in ("load", "result") else None
        callee = functions.get(ref.target) if functions is not None and ref is not None and \
            ref.kind is RefKind.CALL else None
        if origin.kind == "result" and callee is not None and callee.linkage is not Linkage.GLOBAL:
            returned = _returned(callee, [*callers[:len(callers) - up], Caller(where, origin.at)], functions)
            if returned is None:
                return None
            identities.update((*i[:-1], i[-1] + origin.offset) for i in returned)  # type: ignore[operator]
        elif origin.kind == "result":
            identities.add(("result", where.name, origin.at, origin.offset))
        elif ref is not None and ref.kind in (RefKind.DATA, RefKind.MAP) and origin.kind == "load":
            identities.add(("data", ref.target, ref.offset + origin.offset))
        else:
            return None
    return frozenset(identities)


def _returned(callee: Function, callers: Callers, functions: Mapping[str, Function] | None
              ) -> frozenset[tuple[object, ...]] | None:
    """What a static subprogram's R0 points to at each of its exits."""
    exits = [k for k, insn in enumerate(callee.code.insns) if isinstance(insn, Exit)]
    identities: set[tuple[object, ...]] = set()
    for k in exits:
        found = pointer_identities(callee, k, 0, callers, functions)
        if found is None:
            return None
        identities |= found
    return frozenset(identities) if identities else None


def pointer_identity(function: Function, index: int, register: int) -> tuple[object, ...] | None:
    """The one identity of a call's pointer argument, where every path into the call gives the same."""
    identities = pointer_identities(function, index, register)
    return next(iter(identities)) if identities is not None and len(identities) == 1 else None


def map_in_r1(obj: BpfObject, function: Function, index: int) -> MapDef | None:
    """The map a call's R1 names, where the code before the call shows it: a map, or the inner map of a map of maps
    whose lookup (in this function) R1 holds."""
    identity = pointer_identity(function, index, 1)
    if identity is None:
        return None
    if identity[0] == "data":
        return obj.maps.get(str(identity[1]))
    if identity[0] == "result" and identity[1] == function.name and identity[3] == 0:
        at = int(str(identity[2]))
        call = function.code.insns[at]
        if isinstance(call, Call) and call.kind is CallKind.HELPER and call.imm == MAP_LOOKUP_ELEM:
            outer = map_in_r1(obj, function, at)
            return outer.inner if outer is not None else None
    return None


UNKNOWN_HELPER = "unknown#"  # the verifier's name for a helper number it does not have ("invalid func unknown#N")
# the helper number libbpf writes where a CO-RE relocation failed (relo_core.c bpf_core_poison_insn)
CORE_POISON = 0xBAD2310
MAP_LOOKUP_ELEM = 1  # bpf_map_lookup_elem's helper number (include/uapi/linux/bpf.h, stable uAPI)
# The helpers whose result points to a value of the map in R1 (RET_PTR_TO_MAP_VALUE_OR_NULL): bpf_map_lookup_elem,
# bpf_sk_storage_get, bpf_inode_storage_get, bpf_task_storage_get, bpf_map_lookup_percpu_elem, bpf_cgrp_storage_get
MAP_VALUE_RESULTS = frozenset({MAP_LOOKUP_ELEM, 107, 145, 156, 195, 210})
# static functions a kptr load's base is followed up through: a map value pointer handed down, as deep as calls go
# (the verifier's eight frames)
KPTR_CALLERS = 8
# bpf_for_each_map_elem's helper number, and the argument of its callback (map, key, value, ctx) that is the value
FOR_EACH_MAP_ELEM, FOR_EACH_VALUE_ARG = 164, 3


def loaded_kptr(obj: BpfObject, function: Function, index: int) -> tuple[str, str] | None:
    """The kernel-object pointer of a map value or of global data (MapDef.kptrs, DataSection.kptrs: its type tag
    and struct) that the load at `index` reads, where every path shows its base is a map value a lookup or a local
    storage get returns, of a map with one at that offset, or the address of global data with one there."""
    insn = function.code.insns[index]
    if not isinstance(insn, Load) or int(insn.size) != 8 or insn.src == R10:
        return None
    return _kptr_through(obj, function, index, insn.src, insn.off, callers=KPTR_CALLERS)


def _kptr_through(obj: BpfObject, function: Function, index: int, register: int, offset: int,
                  callers: int) -> tuple[str, str] | None:
    """The kptr at `offset` from what `register` holds at `index`, where every path agrees; through a static
    function's argument, at each of its calls (`callers` levels up)."""
    found: set[tuple[str, str] | None] = set()
    for origin in trace_register_paths(function, index, register) or [Origin("none", 0, 0)]:
        at = origin.offset + offset
        if origin.kind == "argument" and origin.at == FOR_EACH_VALUE_ARG and not obj.calls_of(function.name):
            walks = _for_each_walks(obj, function.name)  # a bpf_for_each_map_elem callback's value
            found.update(_kptr_at(walked.kptrs, at) if walked is not None else None for walked in walks)
            if not walks:
                found.add(None)
            continue
        if origin.kind == "argument" and callers and function.linkage is Linkage.STATIC:
            sites = obj.calls_of(function.name)
            found.update(_kptr_through(obj, caller, i, origin.at, at, callers - 1) for caller, i in sites)
            if not sites:
                found.add(None)
            continue
        kptrs: tuple[tuple[int, str, str], ...] = ()
        call = function.code.insns[origin.at] if origin.kind == "result" else None
        getter = function.refs.get(origin.at) if isinstance(call, Call) and call.kind is CallKind.LOCAL else None
        if getter is not None and callers and getter.target in obj.functions:  # a static function returns it
            returned = obj.functions[getter.target]
            exits = [i for i, x in enumerate(returned.code.insns) if isinstance(x, Exit)]
            found.update(_kptr_through(obj, returned, i, 0, at, callers - 1) for i in exits)
            continue
        if isinstance(call, Call) and call.kind is CallKind.HELPER and call.imm in MAP_VALUE_RESULTS:
            value = map_in_r1(obj, function, origin.at)
            kptrs = value.kptrs if value is not None else ()
        ref = function.refs.get(origin.at) if origin.kind == "load" else None
        if ref is not None and ref.kind is RefKind.DATA and ref.target in obj.data:
            kptrs, at = obj.data[ref.target].kptrs, at + ref.offset
        found.add(_kptr_at(kptrs, at))
    return found.pop() if len(found) == 1 else None


def _kptr_at(kptrs: tuple[tuple[int, str, str], ...], offset: int) -> tuple[str, str] | None:
    """The (type tag, struct) of the kptr at `offset` of a value, if one is there."""
    return next(((tag, struct) for where, tag, struct in kptrs if where == offset), None)


def _for_each_walks(obj: BpfObject, callback: str) -> list[MapDef | None]:
    """The maps whose elements bpf_for_each_map_elem hands `callback` (None where a call does not show its map)."""
    walks: list[MapDef | None] = []
    for function in obj.functions.values():
        for index, insn in enumerate(function.code.insns):
            if isinstance(insn, Call) and insn.kind is CallKind.HELPER and insn.imm == FOR_EACH_MAP_ELEM:
                try:
                    targets = callback_targets(function, index, 2, "bpf_for_each_map_elem")
                except ObjectError:
                    continue
                if callback in targets:
                    walks.append(map_in_r1(obj, function, index))
    return walks


def _traced(function: Function, index: int, register: int, callers: Callers, up: int = 0,
            bases: bool = False) -> list[tuple[Origin, int]] | None:
    """trace_register_paths, followed into the callers while the value is one of the function's arguments: each
    origin (its offset summed over the way) with how many callers up it lies; None where some path does not tell."""
    origins = trace_register_paths(function, index, register, bases=bases)
    if origins is None:
        return None
    found: list[tuple[Origin, int]] = []
    for origin in origins:
        if origin.kind != "argument":
            found.append((origin, up))
            continue
        if up >= len(callers):
            return None
        caller = callers[len(callers) - 1 - up]
        passed: int | str = origin.at
        if caller.passes is not None:
            passed = caller.passes[origin.at - 1] if origin.at <= len(caller.passes) else "object"
        if isinstance(passed, str):  # what the kernel makes: an iteration number, or a pointer to its memory
            found.append((Origin("const" if passed == "index" else "object", caller.call, 0), up + 1))
            continue
        deeper = _traced(caller.function, caller.call, passed, callers, up + 1, bases)
        if deeper is None:
            return None
        found.extend((Origin(o.kind, o.at, o.offset + origin.offset), u) for o, u in deeper)
    return list(dict.fromkeys(found))


@dataclass(frozen=True)
class Origin:
    """Where a register's value at an instruction comes from, plus a constant added on the way: the frame pointer
    ("frame"), an ld_imm64 ("load", at its index), a call's result ("result", at the call's index), a constant
    moved in ("const", at the move: a number, never a pointer), or an argument register as the function was entered
    ("argument", `at` its number), or kernel memory a callback is handed ("object", at the call that runs it)."""

    kind: str
    at: int
    offset: int


_PREDECESSORS: dict[int, tuple[Code, dict[int, tuple[int, ...]]]] = {}


def _predecessors(code: Code) -> dict[int, tuple[int, ...]]:
    cached = _PREDECESSORS.get(id(code))
    if cached is not None and cached[0] is code:
        return cached[1]
    preds: dict[int, list[int]] = {}
    for index in range(len(code.insns)):
        for target, _ in successors(code, index):
            preds.setdefault(target, []).append(index)
    result = {target: tuple(sources) for target, sources in preds.items()}
    _PREDECESSORS[id(code)] = (code, result)
    return result
