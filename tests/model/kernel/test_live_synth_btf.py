"""Made-up BTF for generated code: it parses back as written, and the running kernel loads callbacks, global
functions and timer maps with it where it refuses them without."""

from __future__ import annotations

import itertools
import re
import struct

import pytest

from sleepcheck.model.btf.parse import Btf
from sleepcheck.model.btf.types import Composite, Func, FuncLinkage, FuncProto, Kind
from sleepcheck.model.isa.insn import Call, CallKind, Code, LoadImm64, Pseudo
from sleepcheck.model.isa.text import parse_asm
from sleepcheck.model.kernel import live
from sleepcheck.model.kernel.live_link import Linked
from sleepcheck.model.kernel.live_synth_btf import arguments, synthesize
from sleepcheck.model.kernel.loader import load_kernel_model
from sleepcheck.model.program import Function, Linkage, MapDef

TIMERS = MapDef("timers", "array", 4, 24, 1, value_fields=frozenset({"bpf_timer"}))


def _function(name: str, asm: str, linkage: Linkage = Linkage.STATIC) -> Function:
    return Function(name, "syscall", parse_asm(asm), linkage)


def test_arguments_are_the_registers_read_before_written_up_to_the_first_jump() -> None:
    assert arguments(parse_asm("r0 = 0\nexit")) == 0
    assert arguments(parse_asm("r6 = r1\nr0 = 0\nexit")) == 1
    assert arguments(parse_asm("r1 = 5\nr6 = r2\nr0 = r3\nexit")) == 3
    assert arguments(parse_asm("r2 = 0\nif r2 == 0 goto +1\nr6 = r4\nr0 = 0\nexit")) == 0
    assert arguments(parse_asm("*(u64 *)(r10 - 8) = r5\nr0 = 0\nexit")) == 5


def test_the_btf_names_each_function_with_its_linkage_and_arguments() -> None:
    main = _function("main", "r6 = r1\nr0 = 0\nexit", Linkage.GLOBAL)
    helper = _function("global_1", "r7 = r1\nr8 = r2\nr0 = 0\nexit", Linkage.GLOBAL)
    callback = _function("cb_2", "r0 = 0\nexit")
    made = synthesize([(main, 0), (helper, 3), (callback, 7)], [TIMERS, MapDef("plain", "array", 4, 8, 1)])
    btf = Btf(made.data)
    records = [struct.unpack_from("<II", made.func_info, at) for at in range(0, len(made.func_info), 8)]
    assert [r[0] for r in records] == [0, 3, 7]
    funcs = [btf.type(type_id) for _, type_id in records]
    assert all(isinstance(f, Func) for f in funcs)
    assert [(f.name, f.linkage) for f in funcs if isinstance(f, Func)] == [
        ("main", FuncLinkage.GLOBAL), ("global_1", FuncLinkage.GLOBAL), ("cb_2", FuncLinkage.STATIC)]
    protos = [btf.type(f.type) for f in funcs if isinstance(f, Func)]
    assert [len(p.params) for p in protos if isinstance(p, FuncProto)] == [1, 2, 0]
    assert set(made.map_types) == {"timers"}
    key, value = made.map_types["timers"]
    assert btf.size_of(key) == 4
    struct_type = btf.type(value)
    assert isinstance(struct_type, Composite) and struct_type.size == 24
    assert btf.name(struct_type.members[0].type) == "bpf_timer" and btf.kind(struct_type.members[0].type) is Kind.STRUCT
    assert btf.size_of(struct_type.members[0].type) == 16


_UNAVAILABLE = live.bpf_available()
needs_bpf = pytest.mark.skipif(_UNAVAILABLE is not None, reason=f"bpf() unavailable: {_UNAVAILABLE}")
_KERNEL = load_kernel_model("6.18")
_COPY = "r1 = r10\nr1 += -8\nr2 = 8\nr3 = 0\ncall bpf_copy_from_user\n"


def _laid_out(*functions: tuple[str, Linkage, str]) -> Linked:
    """Functions (name, linkage, assembly) laid out in order. In the assembly, `rN = func NAME` takes a function's
    address and `rN = map ll` the first map's (MAP_IDX 0); helpers are called by name."""
    calls = {h.name: Call(CallKind.HELPER, h.id) for h in _KERNEL.helpers.values()}
    codes = [parse_asm(re.sub(r"= func \w+$|= map ll$", "= 0 ll", asm, flags=re.MULTILINE), calls=calls)
             for _, _, asm in functions]
    starts = list(itertools.accumulate((c.slot_total for c in codes), initial=0))
    named = {name: start for (name, _, _), start in zip(functions, starts, strict=False)}
    laid: list[tuple[Function, int]] = []
    insns = []
    for (name, linkage, asm), code, start in zip(functions, codes, starts, strict=False):
        targets = iter(re.findall(r"= (func (\w+)|map) ll$|= func (\w+)$", asm, flags=re.MULTILINE))
        for insn, slot in zip(code.insns, code.slots, strict=True):
            if isinstance(insn, LoadImm64):
                target = next(targets)[-1]
                insn = (LoadImm64(insn.dst, Pseudo.FUNC, named[target] - start - slot - 1, 0) if target else
                        LoadImm64(insn.dst, Pseudo.MAP_IDX, 0, 0))
            insns.append(insn)
        laid.append((Function(name, "syscall", code, linkage), start))
    return Linked(Code.of(insns), tuple(laid))


@needs_bpf
def test_a_callback_and_a_global_function_load_with_the_made_up_btf_only() -> None:
    linked = _laid_out(
        ("main", Linkage.GLOBAL, "r1 = 1\ncall +8\nr1 = 2\nr2 = func cb\nr3 = 0\nr4 = 0\ncall bpf_loop\nr0 = 0\nexit"),
        ("global_1", Linkage.GLOBAL, "r0 = r1\nexit"),
        ("cb", Linkage.STATIC, "r0 = 0\nexit"))
    without = live.load_code(linked.code, "syscall", sleepable=True)
    assert not without.accepted and "func_info" in without.message, without.message
    with live.open_code(linked, "syscall", sleepable=True, kernel_log_level=2) as loaded:
        assert loaded.result.accepted, loaded.result.message
        assert "Validating global_1() func#1" in loaded.result.log  # verified on its own, as a global function


@needs_bpf
@pytest.mark.parametrize(("body", "accepted"), [("", True), (_COPY, False)])
def test_a_timer_callback_is_atomic_to_this_kernel(body: str, accepted: bool) -> None:
    """bpf_timer needs the map value's BTF; its callback then may not sleep, even in a sleepable program."""
    linked = _laid_out(
        ("main", Linkage.GLOBAL, "*(u32 *)(r10 - 4) = 0\nr2 = r10\nr2 += -4\nr1 = map ll\n"
         "call bpf_map_lookup_elem\nif r0 == 0 goto +11\nr6 = r0\nr1 = r0\nr2 = map ll\nr3 = 1\n"
         "call bpf_timer_init\nr1 = r6\nr2 = func cb\ncall bpf_timer_set_callback\nr1 = r6\nr2 = 0\nr3 = 0\n"
         "call bpf_timer_start\nr0 = 0\nexit"),
        ("cb", Linkage.STATIC, f"r1 = 0\n*(u64 *)(r10 - 8) = r1\n{body}r0 = 0\nexit"))
    result = live.load_code(linked, "syscall", sleepable=True, maps=[TIMERS])
    assert result.accepted is accepted, result.message
    assert accepted or result.message == "helper call might sleep in a non-sleepable prog"
