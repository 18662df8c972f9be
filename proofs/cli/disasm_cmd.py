"""`sleepcheck disasm FILE [--program NAME] [--syntax llvm|verifier] [--format text|json] [--kernel V]`.

Each program with every function it reaches, instruction by instruction as the loader reads them (kfunc calls,
map and data loads already in the kind libbpf gives them), each source line above its first instruction like
`llvm-objdump -dS`, and names where numbers mean something: subprograms, kfuncs, maps, data offsets, and helper
names from the kernel model of `--kernel`. Slots count from each function's first instruction, as the verifier
counts them.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any, TextIO

from sleepcheck.model.asm import load_file
from sleepcheck.model.errors import KernelModelError
from sleepcheck.model.isa.insn import Call, CallKind, LoadImm64
from sleepcheck.model.isa.text import Syntax, format_insn
from sleepcheck.model.kernel import DEFAULT_KERNEL, load_kernel_model
from sleepcheck.model.program import BpfObject, Function, Program, Ref, RefKind, SourceLine
from sleepcheck.proofs.cli import EXIT_INPUT, EXIT_OK
from sleepcheck.proofs.cli.list_cmd import program_row, unreadable_programs


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("disasm", help="disassemble a BPF object's programs with their source lines")
    parser.add_argument("file", metavar="FILE", help="BPF ELF object built by clang, or its assembly text (clang -S)")
    parser.add_argument("--program", metavar="NAME", help="only this program (or subprogram)")
    parser.add_argument("--syntax", choices=[s.value for s in Syntax], default=Syntax.LLVM.value)
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--kernel", default=DEFAULT_KERNEL, help="kernel model that names helpers")
    parser.set_defaults(run=run)


def helper_names(kernel: str) -> Callable[[int], str | None]:
    """Helper numbers to names from the kernel model; numbers stay numbers where the model cannot say."""
    try:
        helpers = load_kernel_model(kernel).helpers
    except KernelModelError:
        return lambda _number: None
    return lambda number: helpers[number].name if number in helpers else None


def ref_text(ref: Ref, obj: BpfObject) -> str:
    if ref.kind is RefKind.DATA:
        section = obj.data.get(ref.target)
        for name, (offset, size) in (section.symbols.items() if section else ()):
            if offset <= ref.offset < offset + max(size, 1):
                delta = ref.offset - offset
                return f"{name}+{delta}" if delta else name
        return f"{ref.target}+{ref.offset}"
    return ref.target


def format_function(function: Function, obj: BpfObject, syntax: Syntax,
                    helper: Callable[[int], str | None]) -> list[tuple[int, str, Ref | None, SourceLine | None]]:
    rows = []
    for index, insn in enumerate(function.code.insns):
        ref = function.refs.get(index)
        named = ref_text(ref, obj) if ref else None

        def call_name(call: Call, named: str | None = named) -> str | None:
            if named is not None:
                return named
            return helper(call.imm) if call.kind is CallKind.HELPER else None

        def load_name(_load: LoadImm64, named: str | None = named) -> str | None:
            return named

        text = format_insn(insn, syntax, call_name=call_name, load_name=load_name)
        rows.append((function.code.slots[index], text, ref, function.lines.get(index)))
    return rows


def _selected(obj: BpfObject, name: str | None) -> list[tuple[Program | None, tuple[Function, ...]]]:
    if name is None:
        return [(p, obj.reachable(p)) for p in obj.programs]
    if name in obj.functions and all(p.name != name for p in obj.programs):
        return [(None, (obj.functions[name],))]
    program = obj.program(name)
    return [(program, obj.reachable(program))]


def run(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    obj = load_file(args.file)
    syntax = Syntax(args.syntax)
    helper = helper_names(args.kernel)
    errors = unreadable_programs(args.file, obj, args.program)
    selected = _selected(obj, args.program) if args.program not in obj.unsupported else []
    for error in errors:
        print(f"sleepcheck: error: {error.one_line()}", file=stderr)
    status = EXIT_INPUT if errors else EXIT_OK
    if args.format == "json":
        document = {"file": args.file, "programs": [
            _program_json(args.file, obj, program, functions, syntax, helper) for program, functions in selected]}
        json.dump(document, stdout, indent=2)
        stdout.write("\n")
        return status
    blocks = []
    for program, functions in selected:
        lines = []
        if program is not None:
            row = program_row(args.file, obj, program)
            flags = ", ".join(f"{k} {row[k]}" for k in ("prog_type", "attach_type", "attach_target") if row[k])
            lines.append(f"{program.section}: program {program.name} ({flags}"
                         f"{', sleepable' if program.sleepable else ''})")
        for function in functions:
            lines.append("")
            lines.append(f"{function.name} ({function.linkage.value}, section {function.section}):")
            last: tuple[str, int] | None = None
            for slot, text, _ref, source in format_function(function, obj, syntax, helper):
                if source is not None and (source.file, source.line) != last:
                    lines.append(f"; {source.file}:{source.line}: {source.text.strip()}")
                    last = (source.file, source.line)
                lines.append(f"{slot:6d}: {text}")
        blocks.append("\n".join(lines) + "\n")
    stdout.write("\n".join(blocks))
    return status


def _program_json(path: str, obj: BpfObject, program: Program | None, functions: tuple[Function, ...],
                  syntax: Syntax, helper: Callable[[int], str | None]) -> dict[str, Any]:
    document: dict[str, Any] = program_row(path, obj, program) if program else {"file": path, "program": None}
    document["functions"] = [{
        "name": function.name, "section": function.section, "linkage": function.linkage.value,
        "insns": [{
            "slot": slot, "text": text,
            "ref": {"kind": ref.kind.value, "target": ref.target, "offset": ref.offset, "weak": ref.weak}
            if ref else None,
            "source": {"file": source.file, "line": source.line, "column": source.column, "text": source.text}
            if source else None,
        } for slot, text, ref, source in format_function(function, obj, syntax, helper)],
    } for function in functions]
    return document
