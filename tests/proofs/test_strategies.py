"""The generator makes what the harness assumes: loop-free programs that read only their masked ctx bytes, never
get stuck, and that the kernel accepts once their sleeping calls and region kfuncs are taken out."""

from __future__ import annotations

import io
import re
from functools import cache

import pytest
from hypothesis import given, settings

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
def test_programs_are_loop_free_and_every_run_ends(generated: GeneratedProgram) -> None:
    obj, program = harness.build(generated, _kernel())
    assert all(insn.off >= 0 for insn in program.entry.code.insns if isinstance(insn, Jump | Goto))
    truth = harness.enumerate_runs(generated, obj, program, _kernel())
    assert not truth.stuck


@SETTINGS
@given(programs())
def test_programs_read_only_their_masked_ctx_bytes(generated: GeneratedProgram) -> None:
    obj, program = harness.build(generated, _kernel())
    used = concrete.run(obj, program, _kernel(), {}).inputs_used
    ctx = {key.detail for key in used if key.kind is InputKind.CTX_BYTE}
    assert ctx == set(generated.ctx_offsets)
    assert all(key.kind in (InputKind.CTX_BYTE, InputKind.CALL_RESULT) for key in used)


def _without_sleep_rules(asm: str) -> str:
    """The program with its blocking call and region kfuncs taken out (their argument set-up stays)."""
    dropped = {BLOCKING[-1], *(f"call {name}" for name in _kernel().kfuncs)}
    return "\n".join(line for line in asm.splitlines() if line not in dropped)


@pytest.mark.skipif(_UNAVAILABLE is not None, reason=f"bpf() unavailable: {_UNAVAILABLE}")
@SETTINGS
@given(programs())
def test_the_kernel_accepts_programs_apart_from_sleep_rules(generated: GeneratedProgram) -> None:
    code, _ = harness.assemble(_without_sleep_rules(generated.asm), _kernel(), lambda name: 0)
    loaded = live.load_code(code, generated.prog_type, sleepable=generated.sleepable)
    assert loaded.accepted, f"{loaded.verdict}: {loaded.message}\n{generated.describe()}"


def test_fuzz_prints_statistics_and_exits_0_when_every_property_holds() -> None:
    out, err = io.StringIO(), io.StringIO()
    assert run(["fuzz", "--examples", "20", "--seed", "3"], out, err) == 0, out.getvalue() + err.getvalue()
    counts = dict(reversed(line.split(maxsplit=1)) for line in out.getvalue().splitlines())
    assert int(counts["programs run"]) >= 20
    assert re.search(r"(kprobe|syscall\.s): (safe|violation)", out.getvalue())


def test_fuzz_refuses_zero_examples() -> None:
    out, err = io.StringIO(), io.StringIO()
    assert run(["fuzz", "--examples", "0"], out, err) == 2
    assert "--examples" in err.getvalue()
