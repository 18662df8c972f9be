"""The text report: diagnostics a compiler would print, then one row per program as veristat prints them.

A violation reads `prog.c:42:9: error: <message> [obligation]`, followed by its witness: the path as source lines
(a long straight run of instructions shows its first and last lines), the open region and where it opened, and
the input values that drive the path. An unknown finding is a warning with its reason; safe findings print
nothing but their row.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from sleepcheck.proofs.report import parse_source, where
from sleepcheck.proofs.verdict import Location, Obligation, ProgramResult, Verdict, Witness

# A straight run (consecutive slots of one function) longer than this many source lines is shown as its first and
# last RUN_EDGE lines with a count between them.
RUN_LIMIT = 6
RUN_EDGE = 2

_SEVERITY = {Verdict.VIOLATION: "error", Verdict.UNKNOWN: "warning"}
SUMMARY_COLUMNS = ("file", "program", "verdict", "seconds")


def render(results: Sequence[ProgramResult], kernel: str) -> str:
    lines: list[str] = []
    for result in results:
        lines += diagnostics(result)
    if lines:
        lines.append("")
    lines += summary(results, kernel)
    return "\n".join(lines) + "\n"


def diagnostics(result: ProgramResult) -> list[str]:
    if result.error is not None:
        return [f"{result.file}: error: {result.error}"]
    lines: list[str] = []
    for finding in result.findings:
        severity = _SEVERITY.get(finding.verdict)
        if severity is None:
            continue
        message = finding.message if finding.reason is None else f"{finding.message} ({finding.reason})"
        tag = finding.obligation.value + (f": {finding.rule}" if finding.rule else "")
        lines.append(f"{_prefix(result, finding.at)}: {severity}: {message} [{tag}]")
        lines.append(f"  in program {result.program} (section {result.section}, {result.prog_type}, "
                     f"{'sleepable' if result.sleepable else 'not sleepable'}) of {result.file}")
        if finding.witness is not None:
            lines += witness_lines(finding.witness, finding.obligation)
    return lines


def _prefix(result: ProgramResult, at: Location | None) -> str:
    if at is None:
        return f"{result.file}: {result.program}"
    source = parse_source(at)
    return source.where() if source else f"{result.file}: {where(at)}"


PATH_HEAD, PATH_TAIL = 12, 36  # a longer path (a loop run thousands of times) shows its start and its end


def witness_lines(witness: Witness, obligation: Obligation) -> list[str]:
    cut = witness.left_out_after if witness.left_out else len(witness.path)
    rows = list(path_rows(witness.path[:cut]))
    if witness.left_out:
        rows.append(("...", f"{witness.left_out} instructions left out"))
        rows.extend(path_rows(witness.path[cut:]))
    width = max((len(place) for place, _ in rows), default=0)
    shown = [f"    {place.ljust(width)}  {text}".rstrip() for place, text in rows]
    if len(shown) > PATH_HEAD + PATH_TAIL + 1:
        left_out = len(shown) - PATH_HEAD - PATH_TAIL
        total = len(witness.path) + witness.left_out
        shown = [*shown[:PATH_HEAD], f"    ... {left_out} source lines left out ({total} instructions in all) ...",
                 *shown[-PATH_TAIL:]]
    lines = ["  path:", *shown]
    if witness.region is None and obligation is Obligation.NO_SLEEP_IN_ATOMIC:
        lines.append("  region: none: the context itself may not sleep (the program's, or an async callback's)")
    elif witness.region is None:
        lines.append("  region: none open")
    else:
        opened = witness.opened_at
        lines.append(f"  region: {witness.region}" + (f", opened at {_place_and_text(opened)}" if opened else ""))
    if witness.inputs:
        lines.append("  inputs:")
        lines += [f"    {name} = {_value(value)}" for name, value in witness.inputs.items()]
    return lines


def _place_and_text(location: Location) -> str:
    source = parse_source(location)
    return f"{source.where()}  {source.text}".rstrip() if source else where(location)


def _value(value: int) -> str:
    return f"{value} ({value:#x})" if abs(value) >= 256 else str(value)


def path_rows(path: Sequence[Location]) -> Iterator[tuple[str, str]]:
    """(place, source text) per source line of the path, each straight run collapsed to its edges."""
    for run in _straight_runs(path):
        rows = _source_lines(run)
        if len(rows) > RUN_LIMIT:
            hidden = len(rows) - 2 * RUN_EDGE
            rows = [*rows[:RUN_EDGE], ("...", f"({hidden} more lines)"), *rows[-RUN_EDGE:]]
        yield from rows


def _straight_runs(path: Sequence[Location]) -> Iterator[list[Location]]:
    """Maximal stretches of the path that fall through: same function, each next instruction the following slot
    (ld_imm64 takes two)."""
    run: list[Location] = []
    for location in path:
        if run and not (location.function == run[-1].function and 1 <= location.slot - run[-1].slot <= 2):
            yield run
            run = []
        run.append(location)
    if run:
        yield run


def _source_lines(run: Sequence[Location]) -> list[tuple[str, str]]:
    """One row per source line: consecutive instructions of the same line show once, at the first one's column."""
    rows: list[tuple[str, str]] = []
    previous: tuple[str, int] | None = None
    for location in run:
        source = parse_source(location)
        if source is None:
            rows.append((where(location), ""))
            previous = None
            continue
        if (source.file, source.line) != previous:
            rows.append((source.where(), source.text))
        previous = (source.file, source.line)
    return rows


def summary(results: Sequence[ProgramResult], kernel: str) -> list[str]:
    table = [list(SUMMARY_COLUMNS)] + [[r.file, r.program or "-", r.verdict.value, f"{r.seconds:.3f}"]
                                       for r in results]
    widths = [max(len(row[k]) for row in table) for k in range(len(SUMMARY_COLUMNS))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in table]
    counts = [f"{sum(r.verdict is v for r in results)} {v.value}" for v in Verdict
              if any(r.verdict is v for r in results)]
    total = sum(r.seconds for r in results)
    noun = "program" if len(results) == 1 else "programs"
    lines.append(f"{len(results)} {noun} on Linux {kernel}: {', '.join(counts) or 'none checked'} "
                 f"in {total:.3f} s")
    return lines

