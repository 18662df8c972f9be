"""The error-injection list is configuration, not version: read it from the running kernel when it is there."""

from __future__ import annotations

from pathlib import Path

from sleepcheck.model.kernel.kconfig import running_config
from sleepcheck.model.kernel.relocate import running_series

ERROR_INJECTION_LIST = Path("/sys/kernel/debug/error_injection/list")


def read_error_injection_list(path: Path = ERROR_INJECTION_LIST) -> frozenset[str] | None:
    """Function names on the list (first column of each line), or None when the file cannot be read.

    None means "unknown" (debugfs not mounted, no permission, CONFIG_FUNCTION_ERROR_INJECTION off): a sleepable
    fentry target then depends on something the model cannot know.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return None
    return frozenset(line.split()[0] for line in text.splitlines() if line.strip())


def target_error_injection_list(series: str) -> frozenset[str] | None:
    """The list of the kernel checked against, where that is the running kernel's series: read from debugfs, or
    empty where its configuration has no CONFIG_FUNCTION_ERROR_INJECTION (within_error_injection_list() is then
    false for every function, include/linux/error-injection.h). None where neither can be told."""
    if not running_series(series):
        return None
    found = read_error_injection_list()
    if found is not None:
        return found
    config = running_config()
    if config is not None and config.get("CONFIG_FUNCTION_ERROR_INJECTION") != "y":
        return frozenset()
    return None
