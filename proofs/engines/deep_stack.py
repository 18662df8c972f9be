"""Running work on a thread with a large stack.

Demand-driven encoding recurses along paths that can be as long as the program; Python's default stack and
recursion limit would end such a query, so it runs on one long-lived thread with a 1 GiB stack."""

from __future__ import annotations

import os
import queue
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


def run_deep(work: Callable[[], T]) -> T:
    """Run `work` on a thread with a large stack: demand-driven encoding recurses along paths that can be as long
    as the program. One such thread serves every call (starting one cost 4 ms a query group)."""
    worker = _deep_worker()
    if threading.current_thread() is worker.thread:
        return work()
    result: list[T] = []
    error: list[BaseException] = []
    done = threading.Event()

    def task() -> None:
        try:
            result.append(work())
        except BaseException as exc:  # handed back to the caller's thread
            error.append(exc)
        finally:
            done.set()

    old_limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(old_limit, 2_000_000))
    try:
        worker.tasks.put(task)
        done.wait()
    finally:
        sys.setrecursionlimit(old_limit)
    if error:
        raise error[0]
    return result[0]


@dataclass
class _Worker:
    thread: threading.Thread
    tasks: queue.SimpleQueue[Callable[[], None]]
    pid: int


_WORKER: list[_Worker] = []
_WORKER_LOCK = threading.Lock()


def _deep_worker() -> _Worker:
    """The thread with a 1 GiB stack, started on first use (again in a forked child, which has no threads)."""
    with _WORKER_LOCK:
        if _WORKER and _WORKER[0].pid == os.getpid():
            return _WORKER[0]
        tasks: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()

        def serve() -> None:
            while True:
                tasks.get()()

        old_size = threading.stack_size(1 << 30)
        try:
            thread = threading.Thread(target=serve, name="sleepcheck-deep", daemon=True)
            thread.start()
        finally:
            threading.stack_size(old_size)
        _WORKER[:] = [_Worker(thread, tasks, os.getpid())]
        return _WORKER[0]
