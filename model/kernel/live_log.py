"""Reading the verifier's log: its verdict message and its statistics.

With log level 1 or 2 the log is a trace of the instructions the verifier walked, then the reason it stopped, then
statistics (with BPF_LOG_STATS, level bit 4: "verification time N usec", "stack depth ...", "processed N insns ...").
The reason is the block of lines between the last trace line and the statistics; some reasons span several lines
("global functions that may sleep are not allowed in non-sleepable context,\\ni.e., ...").
"""

from __future__ import annotations

import re

_STATS = re.compile(r"^(verification time \d+ usec|stack depth |processed \d+ insns)")
_TRACE = re.compile(
    r"^(\d+: |; |from \d+ to \d+|\s|func#\d+ @\d+|Live regs|(caller|callee|returning from callee):|mark_precise"
    r"|last_idx |Validating |Func#\d+ \(.*\) is (global and assumed valid|safe for any args)"
    r"|CO-RE relocating |prog '[^']*': relo #)"  # the kernel applying CO-RE relocations, before the trace
)
_PROCESSED = re.compile(r"^processed (\d+) insns", re.MULTILINE)
_TIME = re.compile(r"^verification time (\d+) usec", re.MULTILINE)


def message(log: str) -> str:
    """The verifier's reason for its verdict: the trailing non-trace lines before the statistics, joined by
    newlines ("" where the log has none, as for an accepted program)."""
    lines = [line for line in log.splitlines() if line.strip()]
    while lines and _STATS.match(lines[-1]):
        lines.pop()
    block: list[str] = []
    while lines and not _TRACE.match(lines[-1]):
        block.append(lines.pop())
    return "\n".join(reversed(block))


def insns_processed(log: str) -> int | None:
    found = _PROCESSED.findall(log)
    return int(found[-1]) if found else None


def verification_usec(log: str) -> int | None:
    found = _TIME.findall(log)
    return int(found[-1]) if found else None
