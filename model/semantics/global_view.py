"""A program as the verifier sees the callers of its global functions.

The verifier checks a global function once, alone, and checks each caller as if the call returned any value and
wrote any bytes into the memory its pointer arguments name, as large as their types (kernel/bpf/verifier.c
check_func_call: R0 is marked unknown): the body it has is not the one it must have, as an freplace program may
replace it. A caller whose regions or sleeps depend on what the body really returns is refused, although no run of
the program as written goes wrong. That is a contract, and this is how it is checked: the object with each global
function the program calls replaced by a stand-in, a call of a kfunc whose result is free and which writes what the
verifier takes a global function to write. The engines and the interpreter read the stand-in as they read any
call, so that a path found through it is a witness that replays.
"""

from __future__ import annotations

import dataclasses

from sleepcheck.model.isa.insn import Call, CallKind, Code, Exit
from sleepcheck.model.kernel.facts import Certainty, KfuncFact, MemoryWrite, Provenance
from sleepcheck.model.kernel.model import KernelModel
from sleepcheck.model.program import BpfObject, Linkage, Program, Ref, RefKind

STAND_IN = "any_result_of_"  # the stand-in kfunc of global function F is STAND_IN + F
_WHY = Provenance("sleepcheck's stand-in for a global function's body, as the verifier sees it from a caller "
                  "(kernel/bpf/verifier.c check_func_call: R0 unknown; btf_check_subprog_call: the memory a "
                  "pointer argument names, as large as its type, written)", Certainty.INFERRED)


def called_globals(obj: BpfObject, program: Program, start: str | None = None) -> tuple[str, ...]:
    """The global functions the program's code calls (bpf-to-bpf calls; not a callback or the exception callback,
    which run as entries of their own), in reaching order; with `start`, those a global function's code calls (that
    function excluded)."""
    functions = obj.reachable(program) if start is None else obj.reached_from(obj.functions[start])
    called = dict.fromkeys(ref.target for f in functions for ref in f.refs.values()
                           if ref.kind is RefKind.CALL and ref.target in obj.functions and ref.target != start)
    return tuple(name for name in called if obj.functions[name].linkage is Linkage.GLOBAL)


def as_callers_see_them(obj: BpfObject, program: Program, kernel: KernelModel,
                        start: str | None = None) -> tuple[BpfObject, KernelModel]:
    """The object with every global function the program calls (with `start`, that a global function calls)
    replaced by its stand-in (a call of a kfunc whose result is free and which writes the memory its pointer
    arguments name), and the kernel model that knows the stand-ins."""
    functions = dict(obj.functions)
    kfuncs = dict(kernel.kfuncs)
    for name in called_globals(obj, program, start):
        stand_in = STAND_IN + name
        function = obj.functions[name]
        functions[name] = dataclasses.replace(function, code=Code.of([Call(CallKind.KFUNC, 0), Exit()]),
                                              refs={0: Ref(RefKind.KFUNC, stand_in)}, lines={})
        writes = tuple(MemoryWrite(register, size) for register, size in function.arg_memory)
        kfuncs[stand_in] = KfuncFact(stand_in, False, (), True, (), False, None, (), _WHY, _WHY, writes, _WHY)
    return (dataclasses.replace(obj, functions=functions),
            dataclasses.replace(kernel, kfuncs=kfuncs, effects=dict(kernel.effects)))
