"""The path graph both engines walk: nodes over (call stack, instruction, loop count, context state), the edges
between them with their kind, and the events the exploration records at nodes where a rule could break."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import NamedTuple

from sleepcheck.model.kernel.facts import Context
from sleepcheck.model.program import Program
from sleepcheck.model.semantics.calls import CallSite
from sleepcheck.model.semantics.context import ContextState, Misuse, Opened
from sleepcheck.model.semantics.flow import Loops, Straight


@dataclass(frozen=True)
class Frame:
    """A suspended caller: where to resume, and its loop count. A callback frame resumes at the call itself."""

    function: str
    resume: int
    k: int
    callback: bool = False
    global_entry: tuple[Opened, ...] | None = None  # for a call of a global function: the regions open at the call
    # a callback whose runs may differ in what they leave behind: it gets a pointer that may reach its caller's
    # stack (a callback_ctx); each of its runs is explored on its own
    runs_differ: bool = False


@dataclass(frozen=True, eq=False, init=False)
class Node:
    """Hashed once: engines keep dictionaries keyed by nodes, and a program has one per (instruction, state)."""

    frames: tuple[Frame, ...]
    function: str
    index: int
    k: int
    state: ContextState

    def __init__(self, frames: tuple[Frame, ...], function: str, index: int, k: int, state: ContextState) -> None:
        # written straight into the instance's dict: a frozen dataclass's own __init__ sets each field through
        # object.__setattr__, and a program makes a node per (instruction, state)
        key = (frames, function, index, k, state)
        vars(self).update(frames=frames, function=function, index=index, k=k, state=state, _key=key, _hash=hash(key))

    def __hash__(self) -> int:
        return self._hash  # type: ignore[attr-defined,no-any-return]

    def __eq__(self, other: object) -> bool:
        if self is other:
            return True
        if not isinstance(other, Node) or self._hash != other._hash:  # type: ignore[attr-defined]
            return False
        return self._key == other._key  # type: ignore[attr-defined,no-any-return]


class EdgeKind(enum.Enum):
    FALL = "fall"
    TAKEN = "taken"
    NOT_TAKEN = "not_taken"
    CALL = "call"
    RETURN = "return"
    CALLBACK_ENTER = "callback_enter"
    CALLBACK_DONE = "callback_done"
    CALLBACK_RETURN = "callback_return"
    ACQUIRED = "acquired"
    FAILED = "failed"


class Edge(NamedTuple):
    """A named tuple, not a dataclass: a program makes one per instruction and state, and a frozen dataclass sets
    each field through object.__setattr__."""

    source: Node
    target: Node | None  # None: the unwinding sink, a path that goes past the bound
    kind: EdgeKind


class EventKind(enum.Enum):
    BLOCKING_IN_ATOMIC = "blocking-in-atomic"
    MISUSE = "misuse"
    EXIT_IN_REGION = "exit-in-region"
    CALL_UNDER_LOCK = "call-under-lock"
    GLOBAL_UNDER_LOCK = "global-under-lock"
    SLEEPING_GLOBAL_IN_ATOMIC = "sleeping-global-in-atomic"
    GLOBAL_IN_REGION = "global-in-region"
    REGION_IN_GLOBAL = "region-in-global"
    BLOCKING_IN_GLOBAL = "blocking-in-global"  # a sleepable callback of a non-sleepable program calls it
    ENDED_RCU_ITERATOR = "ended-rcu-iterator"  # an RCU-protected iterator used after its RCU section ended
    ENDS_IN_REGION = "ends-in-region"
    OUTSIDE_RCU = "outside-rcu"
    MISSING_CALL = "missing-call"  # a weak kfunc the kernel lacks is called: the kernel refuses what reaches it
    NOT_OFFERED = "not-offered"  # a call the kernel does not offer to the program's type: refused where reached
    IRQ_FLAG_OFFSET = "irq-flag-offset"  # IRQ flags saved or restored at a stack offset the code computes
    IRQ_FLAG_SLOT = "irq-flag-slot"  # ... off the stack's 8-byte slots, or through a global function's argument
    LOCK_MAP = "lock-map"  # a lock taken in a map value of a type (or with flags) that cannot hold one
    CALL_TOO_DEEP = "call-too-deep"  # a call that would make more frames than the verifier allows
    IRQ_FLAG_READ = "irq-flag-read"  # a load from the stack slot of IRQ flags still saved
    UNTRUSTED_RCU_POINTER = "untrusted-rcu-pointer"  # a pointer the verifier no longer trusts enough, passed on


@dataclass(frozen=True)
class Event:
    node: Node
    kind: EventKind
    detail: str = ""  # the call name, or the misused region
    misuse: Misuse | None = None
    picks: tuple[Pick, ...] = ()  # a misuse of the flags restored: the ways the call's pointer names them


class Pick(NamedTuple):
    """A way a region call may go where the code picks its IRQ flags on a branch: the pointer argument holding the
    flag slot in the frame at `depth` (a node's frame count), at `offset` from its top."""

    register: int
    depth: int
    offset: int


@dataclass(frozen=True)
class AsyncEntry:
    function: str
    context: Context
    armed_at: tuple[str, int]
    via: str
    register: int  # the arming call's argument that holds the callback


@dataclass
class Graph:
    root: Node
    # in the order the exploration reached them (a set's order follows the per-process string hash, and the
    # solver's answers, so the rounds a search needs, follow the order of what it is asked)
    nodes: dict[Node, None] = field(default_factory=dict)
    out: dict[Node, list[Edge]] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    async_entries: list[AsyncEntry] = field(default_factory=list)
    unwinding: list[Edge] = field(default_factory=list)
    calls: dict[tuple[str, int], CallSite] = field(default_factory=dict)
    # the edges out of a region call that picks its IRQ flags on a branch, each with the ways that take it
    picks: dict[tuple[Node, Node], tuple[Pick, ...]] = field(default_factory=dict)
    acyclic: bool = False  # no loop, no callback, no widened state: the graph is the one loop counts give
    runs_past: bool | None = None  # whether a feasible run takes an unwinding edge, once a solver has said
    # the calls whose sync callback's runs are explored one by one (counted), as (function, index)
    counted: set[tuple[str, int]] = field(default_factory=set)
    # the weak externs libbpf resolves to 0 for the kernel explored against (their address reads 0)
    absent: frozenset[str] = frozenset()


@dataclass
class Facts:
    """What explorations of one program share: call sites resolved, loops found, may-sleep summaries."""

    loops: dict[str, Loops] = field(default_factory=dict)
    calls: dict[tuple[str, int], CallSite] = field(default_factory=dict)
    may_sleep: dict[str, bool] = field(default_factory=dict)
    straight: dict[str, Straight] = field(default_factory=dict)
    # per function: branch_facts.retested (the tests a path remembers, the places they read), and loop heads
    retested: dict[str, tuple[frozenset[int], frozenset[int]]] = field(default_factory=dict)
    heads: dict[str, frozenset[int]] = field(default_factory=dict)
    program: Program | None = None  # whose type decides which calls the kernel offers (None: all of them)
    refusals: dict[str, str | None] = field(default_factory=dict)  # a call's refusal there, if it is not offered
