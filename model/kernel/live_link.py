"""Lay a program out as the kernel loads it: entry first, then each reachable subprogram, references resolved.

This is what libbpf does between reading an object and calling BPF_PROG_LOAD (`bpf_object__reloc_code`,
`bpf_object__relocate_data`, `bpf_program_fixup_func_info`): subprograms are appended in the order the entry's code
first reaches them (depth first, in instruction order), so instruction numbers in the kernel's log match bpftool's.
Every reference of the program model becomes what the kernel reads: a bpf-to-bpf call's or a callback's offset in
slots, a map's fd, a global-data map's fd and offset, a kfunc's or kernel variable's vmlinux BTF id.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from sleepcheck.model.errors import ObjectError
from sleepcheck.model.isa.insn import Call, CallKind, Code, Insn, LoadImm64, Pseudo
from sleepcheck.model.program import BpfObject, Function, Program, Ref, RefKind

# libbpf's poison for a call to a weak kfunc the kernel lacks (POISON_CALL_KFUNC_BASE): the verifier refuses it
# only where it is reached, so code guarded by `bpf_ksym_exists()` still loads.
POISON_CALL_KFUNC = 2002000000


@dataclass(frozen=True)
class Resolver:
    """How the loader turns names into kernel handles; each returns None where the name cannot be resolved."""

    map_fd: Callable[[str], int]
    data_fd: Callable[[str], int]
    kfunc_id: Callable[[str], int | None]
    ksym: Callable[[str, bool], LoadImm64 | None]  # the ld_imm64 for a kernel variable (name, typeless)


@dataclass(frozen=True)
class Linked:
    code: Code
    functions: tuple[tuple[Function, int], ...]  # each function laid out and the slot it starts at, entry first


def layout(obj: BpfObject, program: Program) -> tuple[tuple[Function, int], ...]:
    """The functions of `program` in libbpf's order, each with its first slot in the loaded program."""
    order: list[Function] = []
    seen: set[str] = set()

    def visit(function: Function) -> None:
        seen.add(function.name)
        order.append(function)
        for index in sorted(function.refs):
            ref = function.refs[index]
            if ref.kind in (RefKind.CALL, RefKind.FUNC_ADDR) and ref.target not in seen:
                callee = obj.functions.get(ref.target)
                if callee is None:
                    raise ObjectError(f"{function.name} refers to unknown function {ref.target}", file=obj.path)
                visit(callee)

    visit(program.entry)
    if program.exception_callback is not None and program.exception_callback not in seen:
        visit(obj.functions[program.exception_callback])  # libbpf appends it after what the program calls
    out: list[tuple[Function, int]] = []
    slot = 0
    for function in order:
        out.append((function, slot))
        slot += function.code.slot_total
    return tuple(out)


def link(obj: BpfObject, program: Program, resolve: Resolver) -> Linked:
    functions = layout(obj, program)
    start = {function.name: slot for function, slot in functions}
    insns: list[Insn] = []
    for function, base in functions:
        for index, insn in enumerate(function.code.insns):
            ref = function.refs.get(index)
            slot = base + function.code.slots[index]
            insns.append(insn if ref is None else _patch(insn, ref, slot, start, resolve, function, obj))
    return Linked(Code.of(insns), functions)


def _patch(insn: Insn, ref: Ref, slot: int, start: dict[str, int], resolve: Resolver, function: Function,
           obj: BpfObject) -> Insn:
    def bad(why: str) -> ObjectError:
        return ObjectError(why, file=obj.path, program=function.name, insn=slot)

    match ref.kind, insn:
        case RefKind.CALL, Call():
            return Call(CallKind.LOCAL, start[ref.target] - (slot + 1))
        case RefKind.FUNC_ADDR, LoadImm64():
            return LoadImm64(insn.dst, Pseudo.FUNC, (start[ref.target] - (slot + 1)) & 0xFFFFFFFF, 0)
        case RefKind.KFUNC, Call():
            btf_id = resolve.kfunc_id(ref.target)
            if btf_id is not None:
                return Call(CallKind.KFUNC, btf_id, 0)
            if ref.weak:
                return Call(CallKind.HELPER, POISON_CALL_KFUNC)
            raise bad(f"kfunc {ref.target} is not in the running kernel's BTF")
        case RefKind.MAP, LoadImm64():
            return LoadImm64(insn.dst, Pseudo.MAP_FD, resolve.map_fd(ref.target), 0)
        case RefKind.DATA, LoadImm64():
            return LoadImm64(insn.dst, Pseudo.MAP_VALUE, resolve.data_fd(ref.target), ref.offset & 0xFFFFFFFF)
        case RefKind.KSYM, LoadImm64():
            found = resolve.ksym(ref.target, obj.externs[ref.target].typeless)
            if found is not None:
                return replace(found, dst=insn.dst)
            if ref.weak:
                return LoadImm64(insn.dst, Pseudo.NONE, 0, 0)
            raise bad(f"kernel symbol {ref.target} is not in the running kernel")
    raise bad(f"a {ref.kind.value} reference on an instruction that cannot carry one: {insn}")
