"""The concrete interpreter against the running kernel: every semantic case that is one function, calls nothing and
reads no input but context bytes is loaded as a sleepable syscall program and run with BPF_PROG_TEST_RUN, the case's
context inputs as its ctx buffer; the kernel's return value (32 bits) must equal the interpreter's r0."""

from __future__ import annotations

from typing import Any

import pytest
from asm_object import build  # beside this file
from test_concrete_cases import _int, _load_cases, run_case

from sleepcheck.model.kernel import live
from sleepcheck.model.kernel.loader import load_kernel_model
from sleepcheck.model.semantics.concrete import Exit
from sleepcheck.model.semantics.inputs import InputKind

_UNAVAILABLE = live.bpf_available()
pytestmark = pytest.mark.skipif(_UNAVAILABLE is not None, reason=f"bpf() unavailable: {_UNAVAILABLE}")

# Cases the kernel refuses to load, each with why; none may be refused silently.
KNOWN_REFUSED: dict[str, str] = {
    "addr_space_cast is the identity on the value": "addr_space_cast needs a program with an arena map",
    "gotol": "the skipped instruction is unreachable, which check_cfg refuses",
    "jump offsets count ld_imm64 as two slots": "the skipped instruction is unreachable, which check_cfg refuses",
    "unaligned u16 inside a u32": "misaligned stack access (the verifier's alignment rule, not a value rule)",
    "ctx pointer copied and moved": "dereference of a modified ctx pointer is disallowed",
}


def _ctx(case: dict[str, Any]) -> bytes | None:
    """The case's context inputs as a ctx buffer, or None when the case reads other inputs."""
    ctx = bytearray(64)
    for spec in case.get("inputs", []):
        if spec["kind"] != "ctx":
            return None
        ctx[spec["detail"]] = _int(spec["value"]) & 0xFF
    return bytes(ctx)


def _comparable() -> list[Any]:
    kernel = load_kernel_model("6.18")
    chosen = []
    for param in _load_cases():
        case = param.values[0]
        if "functions" in case or "maps" in case or "data" in case or "r0" not in case["expect"]:
            continue
        ctx = _ctx(case)
        result = run_case(case, kernel)
        if ctx is None or any(key.kind is not InputKind.CTX_BYTE for key in result.inputs_used):
            continue
        chosen.append(pytest.param(case, ctx, id=param.id))
    return chosen


@pytest.mark.parametrize(("case", "ctx"), _comparable())
def test_kernel_returns_the_interpreters_r0(case: dict[str, Any], ctx: bytes) -> None:
    kernel = load_kernel_model("6.18")
    result = run_case(case, kernel)
    assert isinstance(result.outcome, Exit)
    prologue = "".join(f"{reg} = {_int(value)} ll\n" for reg, value in case.get("regs", {}).items())
    asm = case["asm"] if isinstance(case["asm"], str) else "\n".join(case["asm"])
    _, program = build({"main": prologue + asm}, kernel)
    with live.open_code(program.entry.code, "syscall", sleepable=True) as loaded:
        if loaded.fd is None:
            assert case["name"] in KNOWN_REFUSED, f"the kernel refused the case: {loaded.result.message}"
            return
        ran = loaded.test_run(ctx=ctx)
    assert ran.retval == result.outcome.r0 & 0xFFFFFFFF


def test_enough_cases_reach_the_kernel() -> None:
    assert len(_comparable()) >= 100
