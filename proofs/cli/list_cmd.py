"""`sleepcheck list FILE... [--format text|json]`: each program of each object as libbpf would load it.

One row per program: section, program type, attach type and target, whether it loads sleepable, its instruction
slots (its own function; ld_imm64 counts two; subprograms are listed, not counted), the subprograms and callbacks it
reaches and the BTF-defined maps it names. A file that cannot be read, a program in it that cannot (its code does not
decode), or a file with no program is reported on stderr (and under "errors" in JSON) and the rest is still listed;
the exit code is then 2.
"""

from __future__ import annotations

import argparse
import json
from typing import Any, TextIO

from sleepcheck.model.asm import load_file
from sleepcheck.model.errors import ObjectError, SleepcheckError
from sleepcheck.model.program import BpfObject, Program, RefKind
from sleepcheck.proofs.cli import EXIT_INPUT, EXIT_OK

COLUMNS = ("file", "program", "section", "prog_type", "attach_type", "attach_target", "sleepable", "insns",
           "subprograms", "callbacks", "maps")


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("list", help="list the programs of BPF objects")
    parser.add_argument("files", nargs="+", metavar="FILE",
                        help="BPF ELF object built by clang, or its assembly text (clang -S)")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.set_defaults(run=run)


def reached(obj: BpfObject, program: Program) -> tuple[list[str], list[str], list[str]]:
    """Subprograms (reached by calls), callbacks (reached by address, and the exception callback) and maps of a
    program, in reaching order."""
    subprograms: list[str] = []
    callbacks: list[str] = [program.exception_callback] if program.exception_callback is not None else []
    maps: list[str] = []
    for function in obj.reachable(program):
        for ref in function.refs.values():
            bucket = {RefKind.CALL: subprograms, RefKind.FUNC_ADDR: callbacks, RefKind.MAP: maps}.get(ref.kind)
            if bucket is not None and ref.target not in bucket and ref.target != program.entry.name:
                bucket.append(ref.target)
    return subprograms, callbacks, maps


def program_row(path: str, obj: BpfObject, program: Program) -> dict[str, Any]:
    subprograms, callbacks, maps = reached(obj, program)
    return {"file": path, "program": program.name, "section": program.section, "prog_type": program.prog_type,
            "attach_type": program.attach_type, "attach_target": program.attach_target,
            "sleepable": program.sleepable, "insns": program.insns, "subprograms": subprograms,
            "callbacks": callbacks, "maps": maps}


def unreadable_programs(path: str, obj: BpfObject, name: str | None = None) -> list[SleepcheckError]:
    """The programs of an object that cannot be read (BpfObject.unsupported: code that does not decode, a section
    libbpf has no type for), or the object having no program at all, as errors: a listing that leaves them out
    silently would pass a pipeline."""
    if not obj.programs and not obj.unsupported:
        return [ObjectError("no program (no code in a section libbpf loads as a program)", file=path)]
    return [ObjectError(why, file=path, program=program) for program, (_, why) in obj.unsupported.items()
            if name is None or program == name]


def run(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    rows: list[dict[str, Any]] = []
    errors: list[SleepcheckError] = []
    for path in args.files:
        try:
            obj = load_file(path)
        except SleepcheckError as error:
            errors.append(error.located(file=path))
            continue
        rows += [program_row(path, obj, program) for program in obj.programs]
        errors += unreadable_programs(path, obj)
    for error in errors:
        print(f"sleepcheck: error: {error.one_line()}", file=stderr)
    if args.format == "json":
        document: dict[str, Any] = {"programs": rows}
        if errors:
            document["errors"] = [{"file": e.file, "program": e.program, "message": e.one_line()} for e in errors]
        json.dump(document, stdout, indent=2)
        stdout.write("\n")
    else:
        stdout.write(render_text(rows))
    return EXIT_INPUT if errors else EXIT_OK


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ",".join(value) or "-"
    return str(value)


def render_text(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return ""
    table = [list(COLUMNS)] + [[_cell(row[c]) for c in COLUMNS] for row in rows]
    widths = [max(len(line[k]) for line in table) for k in range(len(COLUMNS))]
    return "".join("  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip() + "\n"
                   for line in table)
