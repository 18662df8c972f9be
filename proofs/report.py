"""Reports: what a run's results mean to a person (`report_text`), a program (`report_json`) and a CI pipeline
(`report_sarif`). Each format is a module with `render(results, kernel) -> str`; this one holds what they share.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sleepcheck.proofs.verdict import Location

_SOURCE = re.compile(r"^(?P<file>.*?):(?P<line>\d+):(?P<column>\d+)(?::\s?(?P<text>.*))?$", re.DOTALL)


@dataclass(frozen=True)
class Source:
    """A location's source string ("file:line:col: text") taken apart."""

    file: str
    line: int
    column: int
    text: str

    def where(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


def parse_source(location: Location | None) -> Source | None:
    if location is None or location.source is None:
        return None
    match = _SOURCE.match(location.source)
    if match is None:
        return None
    return Source(match["file"], int(match["line"]), int(match["column"]), (match["text"] or "").strip())


def where(location: Location) -> str:
    """file:line:col where the source is known, else the function and slot, as objdump would name them."""
    source = parse_source(location)
    return source.where() if source else f"{location.function}+{location.slot}"
