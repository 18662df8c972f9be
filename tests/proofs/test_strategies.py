"""The generator makes what the harness assumes: programs that jump back only where they say they loop, read only
the inputs the enumeration varies, never get stuck, make every shape the strategies name, and that the kernel
accepts once their sleeping calls and region kfuncs are taken out."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from functools import cache

import pytest
from hypothesis import assume, given, settings

from sleepcheck.model.isa.insn import Goto, Jump
from sleepcheck.model.kernel import live
from sleepcheck.model.kernel.loader import load_kernel_model
from sleepcheck.model.kernel.model import KernelModel
from sleepcheck.model.semantics import concrete
from sleepcheck.model.semantics.inputs import InputKind
from sleepcheck.proofs import harness
from sleepcheck.proofs.cli import run
from sleepcheck.proofs.strategies import BLOCKING, GeneratedProgram, programs

SETTINGS = settings(max_examples=100, deadline=None)
_UNAVAILABLE = live.bpf_available()


@cache
def _kernel() -> KernelModel:
    return load_kernel_model("6.18")


@SETTINGS
@given(programs())
def test_only_loops_jump_back_and_every_run_ends(generated: GeneratedProgram) -> None:
    obj, program = harness.build(generated, _kernel())
    back = any(insn.off < 0 for f in obj.functions.values() for insn in f.code.insns if isinstance(insn, Jump | Goto))
    assert back <= generated.loops
    truth = harness.enumerate_runs(generated, obj, program, _kernel())
    assert not truth.stuck
    assert all(isinstance(outcome, concrete.Exit | concrete.SleepInAtomic | concrete.RegionMisuse)
               for _, outcome in truth.runs)


@SETTINGS
@given(programs())
def test_programs_read_only_the_inputs_the_enumeration_varies(generated: GeneratedProgram) -> None:
    """Context bytes: those masked, the xdp packet bounds (whole, from their own domain); then packet bytes, map
    values, lookup results and callback counts, each from its domain, and the bytes bpf_copy_from_user fills (no
    branch reads them: one value)."""
    obj, program = harness.build(generated, _kernel())
    used = concrete.run(obj, program, _kernel(), {}).inputs_used
    ctx = {key.detail for key in used if key.kind is InputKind.CTX_BYTE}
    varied = set(generated.ctx_offsets) | {o for o, _ in generated.ctx_choices}
    assert varied <= ctx <= varied | (set(range(8)) if generated.prog_type == "xdp" else set())
    assert all(key.kind in (InputKind.CTX_BYTE, InputKind.CALL_RESULT, InputKind.LOAD, InputKind.CALLBACK_COUNT,
                            InputKind.WRITTEN) for key in used)


def test_the_generator_makes_every_shape() -> None:
    """Each named strategy shows up, so the properties run on what the module promises."""
    seen: set[str] = set()
    marks = {"counted loop": "r9 += 1", "bpf_loop": "call bpf_loop", "static call": "call static_",
             "global function": ".globl", "lookup": "call bpf_map_lookup_elem", "read twice": "(r10 -40) = r1",
             "32-bit wrap": "w2 += -", "timer": "call bpf_timer_start", "tc": "", "xdp": ""}

    @settings(max_examples=300, deadline=None, database=None)
    @given(programs())
    def collect(generated: GeneratedProgram) -> None:
        seen.update(name for name, mark in marks.items() if mark and mark in generated.asm)
        seen.update({"sched_cls": {"tc"}, "xdp": {"xdp"}}.get(generated.prog_type, set()))

    collect()
    assert seen == set(marks)


def _without_sleep_rules(generated: GeneratedProgram) -> GeneratedProgram:
    """The program with its blocking calls and region kfuncs taken out (their argument set-up stays)."""
    dropped = {BLOCKING[-1], *(f"call {name}" for name in _kernel().kfuncs)}
    return replace(generated, asm="\n".join(line for line in generated.asm.splitlines() if line not in dropped))


@pytest.mark.skipif(_UNAVAILABLE is not None, reason=f"bpf() unavailable: {_UNAVAILABLE}")
@SETTINGS
@given(programs())
def test_the_kernel_accepts_programs_apart_from_sleep_rules(generated: GeneratedProgram) -> None:
    assume(harness.not_loadable(generated) is None)
    code = harness.kernel_code(_without_sleep_rules(generated), _kernel(), lambda name: 0)
    loaded = live.load_code(code, generated.prog_type, sleepable=generated.sleepable, maps=generated.maps)
    assert loaded.accepted, f"{loaded.verdict}: {loaded.message}\n{generated.describe()}"


def test_fuzz_prints_statistics_and_exits_0_when_every_property_holds() -> None:
    out, err = io.StringIO(), io.StringIO()
    assert run(["fuzz", "--examples", "20", "--seed", "3"], out, err) == 0, out.getvalue() + err.getvalue()
    counts = dict(reversed(line.split(maxsplit=1)) for line in out.getvalue().splitlines())
    assert int(counts["programs run"]) >= 20
    assert re.search(r"(kprobe|syscall\.s|sched_cls|xdp): (safe|violation)", out.getvalue())


def test_fuzz_refuses_zero_examples() -> None:
    out, err = io.StringIO(), io.StringIO()
    assert run(["fuzz", "--examples", "0"], out, err) == 2
    assert "--examples" in err.getvalue()
