"""The concrete interpreter against hand-computed cases, one JSON file per instruction family under cases/.

A case: `asm` (text or lines; or `functions`, name -> text, with `main` the entry), `regs` (initial registers,
set by ld_imm64 instructions put before the case's code; instruction numbers in `inputs` and `expect` count the
case's own instructions), `inputs` (kind, insn, occurrence, detail, value; `function` defaults to main),
`sleepable`, `data`, `maps`, `fuel`, `rodata_unknown`, and `expect`: one of `r0`, `sleep`, `misuse`,
`out_of_fuel`, `stuck`; optionally `inputs_used` (the exact keys read, in order).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from asm_object import build  # beside this file (pytest puts the directory on sys.path)

from sleepcheck.model.kernel.loader import load_kernel_model
from sleepcheck.model.kernel.model import KernelModel
from sleepcheck.model.semantics.concrete import Exit, OutOfFuel, RegionMisuse, Run, SleepInAtomic, Stuck, run
from sleepcheck.model.semantics.inputs import InputKey, InputKind

CASES = Path(__file__).parent / "cases"


def _int(value: int | str) -> int:
    return int(value, 0) if isinstance(value, str) else value


def _text(value: str | list[str]) -> str:
    return "\n".join(value) if isinstance(value, list) else value


def _load_cases() -> list[Any]:
    params = []
    for path in sorted(CASES.glob("*.json")):
        for case in json.loads(path.read_text())["cases"]:
            params.append(pytest.param(case, id=f"{path.stem}:{case['name']}"))
    return params


@pytest.fixture(scope="module")
def kernel() -> KernelModel:
    return load_kernel_model("6.18")


def _shift(case: dict[str, Any], function: str, insn: int) -> int:
    return insn + len(case.get("regs", {})) if function == "main" else insn


def _key(case: dict[str, Any], spec: dict[str, Any]) -> InputKey:
    function = spec.get("function", "main" if spec["kind"] not in ("ctx", "rodata") else "")
    insn = _shift(case, function, spec.get("insn", 0)) if spec["kind"] not in ("ctx", "rodata") else 0
    return InputKey(InputKind(spec["kind"]), function, insn, spec.get("occurrence", 0), spec.get("detail", 0))


def run_case(case: dict[str, Any], kernel: KernelModel) -> Run:
    functions = {name: _text(text) for name, text in case.get("functions", {"main": case.get("asm", "")}).items()}
    prologue = "".join(f"{reg} = {_int(value)} ll\n" for reg, value in case.get("regs", {}).items())
    functions["main"] = prologue + functions["main"]
    data = {name: bytes.fromhex(raw) for name, raw in case.get("data", {}).items()}
    obj, program = build(functions, kernel, sleepable=case.get("sleepable", False), data=data,
                         maps=case.get("maps"), global_functions=tuple(case.get("global", ())))
    inputs = {_key(case, spec): _int(spec["value"]) for spec in case.get("inputs", [])}
    return run(obj, program, kernel, inputs, fuel=case.get("fuel", 10_000),
               rodata_unknown=case.get("rodata_unknown", False))


@pytest.mark.parametrize("case", _load_cases())
def test_case(case: dict[str, Any], kernel: KernelModel) -> None:
    result = run_case(case, kernel)
    expect = case["expect"]
    outcome = result.outcome
    if "r0" in expect:
        assert outcome == Exit(_int(expect["r0"])), outcome
        assert result.r0 == _int(expect["r0"])
    elif "sleep" in expect:
        want = expect["sleep"]
        assert isinstance(outcome, SleepInAtomic), outcome
        assert (outcome.call, outcome.function, outcome.insn) == (
            want["call"], want["function"], _shift(case, want["function"], want["insn"]))
        regions = [(r.kind, r.function, r.insn) for r in outcome.regions]
        assert regions == [(k, f, _shift(case, f, i)) for k, f, i in want.get("regions", [])]
        assert outcome.sleepable == want.get("sleepable", True)
        if "message" in want:
            assert outcome.message == want["message"]
    elif "misuse" in expect:
        want = expect["misuse"]
        assert isinstance(outcome, RegionMisuse), outcome
        assert (outcome.misuse.value, outcome.region, outcome.function, outcome.insn) == (
            want["misuse"], want["region"], want["function"], _shift(case, want["function"], want["insn"]))
        if "message" in want:
            assert outcome.message == want["message"]
    elif "out_of_fuel" in expect:
        assert outcome == OutOfFuel(case["fuel"])
    elif "stuck" in expect:
        assert isinstance(outcome, Stuck), outcome
        assert expect["stuck"] in outcome.reason
    else:
        raise AssertionError(f"case {case['name']}: no expectation")
    if "inputs_used" in case:
        assert list(result.inputs_used) == [_key(case, spec) for spec in case["inputs_used"]]


def test_every_family_has_cases() -> None:
    families = {path.stem for path in CASES.glob("*.json")}
    assert {"alu64", "alu32", "divmod", "shifts", "movsx", "endian", "jmp", "jmp32", "memory", "atomics",
            "calls", "callbacks", "regions", "control"} <= families
