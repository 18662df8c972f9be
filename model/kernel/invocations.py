"""How the kernel invokes each callback: which values it passes, how many times at most, and whether a nonzero return
stops it. The kernel model says where a callback runs (its context) and in which register it is passed; these are
the remaining facts, each read from the kernel function that makes the calls. The interpreter runs callbacks with
them; the SMT encoding passes a callback the caller's registers they name (a pointer to the caller's stack, whose
bytes the callback may change).

An argument is `("caller", n)`: the caller's register Rn as it was at the call; `("index",)`: the iteration number;
`("object",)`: a pointer to kernel memory (a map key or value, a vma, a dynptr, a tree node), whose loads are fresh
unknowns. A callback with no entry here gets kernel-object pointers in R1-R5 and the default bound.
"""

from __future__ import annotations

from dataclasses import dataclass

from sleepcheck.model.kernel.lookups import ALWAYS_PRESENT, HASH_MAPS, walk_is_whole
from sleepcheck.model.program import MapDef

# Sync callbacks whose bound the program does not give (a ring buffer's records, a tree's comparisons) run at most
# this many times in a concrete run: enough for every program of the harness's small domains, and documented as
# the interpreter's limit (a CALLBACK_COUNT input above it is clamped). Not a kernel fact: the interpreter's.
CALLBACK_CAP = 64
# A callback the kernel runs an exact number of times (bpf_loop's count, an array's elements) is run that many times
# by the interpreter and unrolled as many times by the bounded engine up to this count; past it, a run may stop
# anywhere, as the verifier takes it (a witness of four million runs could not be replayed). Not a kernel fact.
EXACT_RUNS = 4096

Arg = tuple[str] | tuple[str, int]


@dataclass(frozen=True)
class Invocation:
    args: tuple[Arg, ...]
    bound: str  # "nr_loops_r1" (R1, u32, above 1 << 23 nothing runs), "map_r1" (the map's max_entries),
    #             "once", "cap"
    stops_on_nonzero: bool
    source: str
    # the register of the call's flags, if it has any: a flag outside `flags_allowed` makes the call return
    # -EINVAL before any callback runs
    flags: int | None = None
    flags_allowed: int = 0
    # the callback runs exactly as many times as `bound` says, unless a nonzero return stops it (bpf_loop's
    # for loop); otherwise any number up to it (a walk meets as many elements as the map holds)
    exact: bool = False
    # the register of the key pointer, where a walk over an array's indexes passes a pointer to the run's index, a
    # u32 of its own (index_key())
    index_key: int | None = None


# Runs past the kernel's count a check as the verifier sees it gives a callback the kernel runs once or once per
# element (bpf_find_vma, a map walk): the verifier follows such a callback again until its states repeat, widening
# what it knows of the values in between (kernel/bpf/verifier.c, 6.7's "verify callbacks as if they are called
# unknown number of times"), so a run the map never makes is one it checks. One more run than the kernel's is the
# check's choice, not a kernel fact: a sleep on the run after the last is found, and the graph stays finite.
VERIFIED_EXTRA_RUNS = 1

_OBJECT: Arg = ("object",)

INVOCATIONS: dict[str, Invocation] = {
    "bpf_loop": Invocation((("index",), ("caller", 3)), "nr_loops_r1", True,
                           "kernel/bpf/bpf_iter.c BPF_CALL_4(bpf_loop): callback((u64)i, callback_ctx); "
                           "if (ret) return i + 1; nr_loops > BPF_MAX_LOOPS (8M) gives -E2BIG; flags != 0 gives "
                           "-EINVAL", flags=4, exact=True),
    "bpf_for_each_map_elem": Invocation((("caller", 1), _OBJECT, _OBJECT, ("caller", 3)), "map_r1", True,
                                        "kernel/bpf/arraymap.c bpf_for_each_array_elem(), hashtab.c "
                                        "bpf_for_each_hash_elem(): callback(map, key, val, callback_ctx); "
                                        "ret != 0 stops; flags != 0 gives -EINVAL; an array's walk passes &key, "
                                        "key = i", flags=4, index_key=2),
    "bpf_find_vma": Invocation((("caller", 1), _OBJECT, ("caller", 4)), "once", False,
                               "kernel/bpf/task_iter.c BPF_CALL_5(bpf_find_vma): callback_fn(task, vma, "
                               "callback_ctx) at most once; flags != 0 gives -EINVAL", flags=5),
    "bpf_user_ringbuf_drain": Invocation((_OBJECT, ("caller", 3)), "cap", True,
                                         "kernel/bpf/ringbuf.c BPF_CALL_4(bpf_user_ringbuf_drain): "
                                         "callback(&dynptr, callback_ctx) per sample; ret != 0 stops; a flag but "
                                         "BPF_RB_NO_WAKEUP or BPF_RB_FORCE_WAKEUP gives -EINVAL", flags=4,
                                         flags_allowed=0b11),
    "bpf_rbtree_add_impl": Invocation((_OBJECT, _OBJECT), "cap", False,
                                      "kernel/bpf/helpers.c __bpf_rbtree_add(): less(node, parent) per level"),
    "bpf_timer_set_callback": Invocation((("caller", 1), _OBJECT, _OBJECT), "once", False,
                                         "kernel/bpf/helpers.c bpf_timer_cb(): callback_fn(map, key, value)"),
    "bpf_wq_set_callback_impl": Invocation((_OBJECT, _OBJECT, _OBJECT), "once", False,
                                           "kernel/bpf/helpers.c bpf_wq_work(): callback_fn(map, key, value)"),
    "bpf_task_work_schedule_signal_impl": Invocation((("caller", 3), _OBJECT, _OBJECT), "once", False,
                                                     "kernel/bpf/helpers.c bpf_task_work_callback(): "
                                                     "callback_fn(map, key, value)"),
    "bpf_task_work_schedule_resume_impl": Invocation((("caller", 3), _OBJECT, _OBJECT), "once", False,
                                                     "kernel/bpf/helpers.c bpf_task_work_callback(): "
                                                     "callback_fn(map, key, value)"),
}

DEFAULT = Invocation((_OBJECT,) * 5, "cap", False, "no entry: kernel-object arguments, bounded by CALLBACK_CAP")

BPF_MAX_LOOPS = 1 << 23  # include/linux/bpf.h
EINVAL, E2BIG = 22, 7  # include/uapi/asm-generic/errno-base.h: what a call that refuses its arguments returns


# Callbacks the kernel runs inside an RCU read-side section of its own, by call and by the map type in R1 (MapDef
# names): kernel/bpf/hashtab.c bpf_for_each_hash_elem() calls the callback between rcu_read_lock() and
# rcu_read_unlock() for each bucket. The verifier does not know it (the callback is checked in its caller's state),
# so a blocking call there sleeps in atomic context although the program loads. A region the walk holds is not the
# program's: the program cannot release it, and taking its own RCU read lock inside nests (RCU_WALK names it).
RCU_WALKS = {"bpf_for_each_map_elem": HASH_MAPS}
RCU_WALK = "rcu-walk"  # what such a region is keyed by: the walk's, not the program's


def index_key(call: str, found: MapDef | None) -> int | None:
    """The register in which the call hands its callback a pointer to the run's index as a u32, where it walks the
    indexes of an array (`found`, the map it walks): arraymap.c bpf_for_each_array_elem() keeps `key = i` on its
    own stack. None elsewhere: a hash walk passes the element's own key, whatever the program stored."""
    register = INVOCATIONS.get(call, DEFAULT).index_key
    return register if register is not None and found is not None and found.map_type in ALWAYS_PRESENT else None


def runs_exactly(call: str, found: MapDef | None) -> bool:
    """Whether the kernel runs the call's sync callback exactly as often as its bound says, unless a run stops it:
    bpf_loop's nr_loops, or every element of an array (`found`, the map the call walks; lookups.walk_is_whole)."""
    invocation = INVOCATIONS.get(call, DEFAULT)
    return invocation.exact or (invocation.bound == "map_r1" and found is not None and
                                walk_is_whole(found))
