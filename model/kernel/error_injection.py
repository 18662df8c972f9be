"""The error-injection list is configuration, not version: read it from the running kernel when it is there."""

from __future__ import annotations

from pathlib import Path

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
