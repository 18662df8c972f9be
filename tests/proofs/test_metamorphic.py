"""Metamorphic properties: a program rewritten so that it means the same (dead code under a guard that never holds,
callee-saved registers renamed, a stack slot moved, a block split by `goto +0`) keeps its no-sleep-in-atomic and
regions-balanced verdicts. Loop-free programs of every other shape; the profile as in test_properties."""

from __future__ import annotations

import os
from functools import cache

import pytest
from hypothesis import assume, event, given, note, settings

from sleepcheck.model.kernel import live
from sleepcheck.model.kernel.loader import load_kernel_model
from sleepcheck.model.kernel.model import KernelModel
from sleepcheck.proofs import harness
from sleepcheck.proofs.check import check_program
from sleepcheck.proofs.options import CheckOptions
from sleepcheck.proofs.strategies import GeneratedProgram, dead_code, metamorphic_pairs, programs

settings.register_profile("ci", max_examples=100, deadline=None)
settings.register_profile("thorough", max_examples=2000, deadline=None)
PROFILE = settings.get_profile(os.environ.get("SLEEPCHECK_HYPOTHESIS_PROFILE", "ci"))
_UNAVAILABLE = live.bpf_available()


@cache
def _kernel() -> KernelModel:
    return load_kernel_model("6.18")


def _verdicts(generated: GeneratedProgram):  # type: ignore[no-untyped-def]
    obj, program = harness.build(generated, _kernel())
    return check_program(obj, program, _kernel(), CheckOptions())


@PROFILE
@given(metamorphic_pairs(programs(loops=False)))
def test_rewriting_a_program_keeps_its_verdicts(pair: tuple[GeneratedProgram, str, GeneratedProgram]) -> None:
    original, name, rewritten = pair
    note(f"{original.describe()}\n--- {name} ---\n{rewritten.describe()}")
    before, after = _verdicts(original), _verdicts(rewritten)
    event(f"{name}: {before.verdict.value}")
    problem = harness.same_verdicts(before, after)
    assert problem is None, f"{name}: {problem}"


def test_a_verdict_change_is_caught() -> None:
    """The property can fail: a blocking call that is not dead changes the verdict of a kprobe program."""
    safe = GeneratedProgram("r6 = r1\nr7 = *(u8 *)(r6 + 0)\nr7 &= 3\nr0 = 0\nexit", "kprobe", False, (0,))
    live_call = safe.asm.replace("r0 = 0", "r1 = r10\nr1 += -8\nr2 = 8\nr3 = 0\ncall bpf_copy_from_user\nr0 = 0")
    assert harness.same_verdicts(_verdicts(safe), _verdicts(GeneratedProgram(live_call, "kprobe", False, (0,))))


@pytest.mark.skipif(_UNAVAILABLE is not None, reason=f"bpf() unavailable: {_UNAVAILABLE}")
@settings(max_examples=30, deadline=None)
@given(programs(loops=False, flavours=(("syscall", True),)).flatmap(dead_code))
def test_the_kernel_does_not_refuse_the_dead_code_as_unreachable(generated: GeneratedProgram) -> None:
    """The dead branch is pruned by the range of r7, not refused as unreachable, so the kernel judges the rewritten
    program on its sleep rules as it judges the original."""
    assume(harness.not_loadable(generated) is None)
    loaded = live.load_code(harness.kernel_code(generated, _kernel(), live.kfunc_id), generated.prog_type,
                            sleepable=generated.sleepable, maps=generated.maps)
    note(f"{generated.describe()}\n{loaded.message}")
    assert "unreachable" not in loaded.message
