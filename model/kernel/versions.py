"""Kernel versions the model has data for, and how a user's version string maps onto one.

A version is named `major.minor` ("6.18") or with its patch level ("6.18.44"); the patch level matters only for
facts that changed inside a stable series (`stable_changes` in the data). Without a patch level the model answers
for the newest patch level of the series.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

from sleepcheck.model.errors import KernelModelError

KERNEL_VERSIONS: tuple[str, ...] = ("5.10", "6.1", "6.12", "6.18")
DEFAULT_KERNEL = KERNEL_VERSIONS[-1]

_VERSION = re.compile(r"^(\d+)\.(\d+)(?:\.(\d+))?$")


@dataclass(frozen=True)
class KernelVersion:
    series: str  # "6.18"
    patch: int | None  # 44, or None for the newest patch level

    def __str__(self) -> str:
        return self.series if self.patch is None else f"{self.series}.{self.patch}"


def parse_kernel_version(text: str) -> KernelVersion:
    match = _VERSION.match(text.strip())
    known = ", ".join(KERNEL_VERSIONS)
    if not match:
        raise KernelModelError(f"'{text}' is not a kernel version (known: {known}; a patch level may follow)")
    series = f"{int(match.group(1))}.{int(match.group(2))}"
    if series not in KERNEL_VERSIONS:
        raise KernelModelError(f"no kernel model for Linux {text} (known: {known})")
    patch = int(match.group(3)) if match.group(3) is not None else None
    return KernelVersion(series, patch)


def data_text(series: str) -> str:
    """The JSON text of the data file for a known series."""
    return resources.files("sleepcheck.model.kernel").joinpath("data", f"linux-{series}.json").read_text("utf-8")
