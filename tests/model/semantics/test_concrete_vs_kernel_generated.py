"""The concrete interpreter against the kernel on generated programs: each is loaded (its blocking calls and region
kfuncs taken out, so the kernel accepts it), run once with BPF_PROG_TEST_RUN on a drawn context (syscall, tc) or
packet (xdp), and run on the interpreter with the same inputs; the return values must agree, and so must every byte
of a map element the interpreter says the program wrote (`Run.map_writes`) with the element's byte as the kernel
holds it after the run, and every other byte of the `values` element must still be 0 (a timer's element holds what
the kernel puts there, so it is not compared).

The interpreter's unknowns get the values the kernel's run has: a context byte is the context's byte (xdp: data at
0, data_end at the packet's length, as the enumeration reads xdp_md's pointers); a load through r2 in an xdp program
is the packet's byte at its offset; the array map's one element exists (the lookup's result is not NULL) and holds
zeroes, in both runs: a load from it is 0, since the generator writes the element only after its last read of it
(a load from a map value stays an input in the interpreter, however the run wrote it)."""

from __future__ import annotations

import random
from dataclasses import replace
from functools import cache

import pytest
from hypothesis import assume, event, given, note, settings
from hypothesis import strategies as st

from sleepcheck.model.isa.insn import Call, CallKind, Load
from sleepcheck.model.kernel import live
from sleepcheck.model.kernel.loader import load_kernel_model
from sleepcheck.model.kernel.model import KernelModel
from sleepcheck.model.program import BpfObject
from sleepcheck.model.semantics import concrete
from sleepcheck.model.semantics.inputs import InputKey, InputKind
from sleepcheck.proofs import harness
from sleepcheck.proofs.strategies import (
    BLOCKING,
    PACKET_SIZE,
    VALUES_MAP,
    XDP_DATA_END,
    GeneratedProgram,
    programs,
)

_UNAVAILABLE = live.bpf_available()
pytestmark = pytest.mark.skipif(_UNAVAILABLE is not None, reason=f"bpf() unavailable: {_UNAVAILABLE}")
RUNNABLE = (("syscall", True), ("sched_cls", False), ("xdp", False))
CTX_SIZE = {"syscall": 24, "sched_cls": 56}  # past the last byte read (sched_cls: cb[0] at 48)
PACKET_BASE = 2  # the register an xdp program reads its packet through


@cache
def _kernel() -> KernelModel:
    return load_kernel_model("6.18")


def _without_sleep_rules(generated: GeneratedProgram) -> GeneratedProgram:
    dropped = {BLOCKING[-1], *(f"call {name}" for name in _kernel().kfuncs)}
    return replace(generated, asm="\n".join(line for line in generated.asm.splitlines() if line not in dropped))


def _value(key: InputKey, obj: BpfObject, generated: GeneratedProgram, ctx: bytes, packet: bytes) -> int:
    match key.kind:
        case InputKind.CTX_BYTE if generated.prog_type == "xdp":
            return PACKET_SIZE if key.detail == XDP_DATA_END else 0
        case InputKind.CTX_BYTE:
            return ctx[key.detail]
        case InputKind.LOAD:
            insn = obj.functions[key.function].code.insns[key.insn]
            if generated.prog_type == "xdp" and isinstance(insn, Load) and insn.src == PACKET_BASE:
                return packet[insn.off]
            return 0  # the array map's value
        case InputKind.CALL_RESULT:  # the lookup finds its element; no other helper's result is used
            insn = obj.functions[key.function].code.insns[key.insn]
            return int(isinstance(insn, Call) and insn.kind is CallKind.HELPER
                       and insn.imm == _kernel().helper_by_name(harness.LOOKUP).id)
    return 0


def _interpret(generated: GeneratedProgram, ctx: bytes, packet: bytes) -> concrete.Run:
    """Run with every input the run asks for set to the kernel run's value (asked for, set, run again)."""
    obj, program = harness.build(generated, _kernel())
    inputs: dict[InputKey, int] = {}
    while True:
        run = concrete.run(obj, program, _kernel(), inputs, fuel=100_000)
        missing = [key for key in run.inputs_used if key not in inputs]
        if not missing:
            return run
        inputs.update({key: _value(key, obj, generated, ctx, packet) for key in missing})


@settings(max_examples=400, deadline=None)
@given(programs(flavours=RUNNABLE).map(_without_sleep_rules), st.randoms(use_true_random=False))
def test_the_interpreter_returns_what_the_kernel_returns(generated: GeneratedProgram, rnd: random.Random) -> None:
    """Bytes drawn uniformly (Hypothesis's own bytes lean to zero, where most programs return 0)."""
    assume(harness.not_loadable(generated) is None)
    ctx_bytes, packet = rnd.randbytes(64), rnd.randbytes(PACKET_SIZE)
    ctx = ctx_bytes[:CTX_SIZE.get(generated.prog_type, 0)]
    if generated.prog_type == "sched_cls":  # only mark, priority and cb[0] may be set (convert___skb_to_skb)
        ctx = bytes(b if o in range(8, 12) or o in range(32, 36) or o in range(48, 52) else 0
                    for o, b in enumerate(ctx))
    note(generated.describe())
    code = harness.kernel_code(generated, _kernel(), live.kfunc_id)
    with live.open_code(code, generated.prog_type, sleepable=generated.sleepable, maps=generated.maps) as loaded:
        assert loaded.result.accepted, loaded.result.message
        kernel_run = loaded.test_run(ctx=ctx, data=b"" if generated.prog_type == "syscall" else packet)
    run = _interpret(generated, ctx, packet)
    assert isinstance(run.outcome, concrete.Exit), run.outcome
    note(f"kernel r0 {kernel_run.retval:#x}, interpreter r0 {run.outcome.r0:#x}")
    event(f"{generated.prog_type}: r0 {'0' if kernel_run.retval == 0 else 'not 0'}")
    assert run.outcome.r0 & 0xFFFFFFFF == kernel_run.retval
    kernel_bytes = {(name, int.from_bytes(key, "little"), offset): byte
                    for name, items in kernel_run.maps.items() for key, value in items.items()
                    for offset, byte in enumerate(value)}
    note(f"interpreter map writes {run.map_writes}")
    event(f"map bytes written: {'some' if run.map_writes else 'none'}")
    assert {at: kernel_bytes.get(at) for at in run.map_writes} == run.map_writes
    unwritten = {at: byte for at, byte in kernel_bytes.items() if at[0] == VALUES_MAP.name and at not in run.map_writes}
    assert not any(unwritten.values()), f"the kernel wrote bytes the interpreter did not: {unwritten}"
