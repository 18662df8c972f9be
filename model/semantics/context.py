"""The context state of an execution: may it sleep, and which atomic regions are open, with where each opened.

The state is finite for any program the kernel accepts (regions must be closed at exit, depths are bounded by the
code), so engines can enumerate it exactly: the pre-pass computes the set of states at each instruction, and the
bounded engine builds its paths over (instruction, state) pairs, leaving only data to the solver.

Region names and their nesting rules come from the kernel model (`flag`: a second open is refused; `counter`:
nests; `stack`: nests, closed in LIFO order; `single`: one lock at a time), so a kernel whose rule differs (RCU
nests from 6.19) needs a data file, not code.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, replace

from sleepcheck.model.kernel.invocations import RCU_WALK

Site = tuple[str, int]  # (function name, instruction index)

LOCK_REGIONS = frozenset({"spin_lock", "res_spin_lock"})
# the key of a counted region opened at one place some number of times, one or more (see `widened`)
REPEATED = "repeated"

REGION_TEXT = {
    "rcu": "RCU read-side section",
    "preempt": "preemption-disabled region",
    "irq": "IRQ-disabled region",
    "spin_lock": "bpf_spin_lock critical section",
    "res_spin_lock": "bpf_res_spin_lock critical section",
}


class Misuse(enum.Enum):
    """A region used against the kernel's rules; each refuses the program."""

    NESTED = "nested"
    UNMATCHED = "unmatched"
    OUT_OF_ORDER = "out-of-order"
    DIFFERENT_LOCK = "different-lock"  # a lock released that the code cannot show is the one taken
    EXIT_IN_REGION = "exit-in-region"
    FLAG_OVERWRITTEN = "flag-overwritten"  # a store into the slot of IRQ flags still saved: no restore can follow
    UNCLEAR_LOCK = "unclear-lock"  # the lock released and the one taken are chosen apart by data: not known
    LOCK_ORDER = "lock-order"  # a lock released while a lock of the other kind taken after it is held


@dataclass(frozen=True)
class Opened:
    region: str
    at: Site
    key: object = None  # what identifies this acquisition to its release (an IRQ save's flag slot), if known


# what the verifier holds of RCU-protected iterators (bpf_iter_task_new's): how many, up to MAX_LIVE_RCU_ITERATORS,
# were made in the RCU section still open (or the whole run, in a non-sleepable program), times two, plus
# RCU_ITERATOR_ENDED where one was made in a section that has ended since: that one can be neither used nor
# destroyed, so the program is refused whatever follows
NO_RCU_ITERATOR, RCU_ITERATOR_ENDED, MAX_LIVE_RCU_ITERATORS = 0, 1, 16


@dataclass(frozen=True)
class ContextState:
    sleepable: bool
    open: tuple[Opened, ...] = ()  # in the order they were opened
    rcu_iterator: int = NO_RCU_ITERATOR
    # the registers and stack slots that hold pointers read from kernel objects, with the verifier's trust in each
    # (pointer_trust.Trust)
    trust: tuple[tuple[int, int, int], ...] = ()
    # registers that still hold a fallible acquire's result, with its range on this path (acquire_result.Known)
    acquire_result: tuple[tuple[int, int, int], ...] = ()
    # registers tested against a constant that are tested again, with what this path learnt (branch_facts.Facts)
    guards: tuple[tuple[int, int, int, int, bool], ...] = ()

    @property
    def atomic(self) -> bool:
        return not self.sleepable or bool(self.open)

    def innermost(self, region: str) -> Opened | None:
        for opened in reversed(self.open):
            if opened.region == region:
                return opened
        return None

    def holds_lock(self) -> bool:
        return any(o.region in LOCK_REGIONS for o in self.open)

    def describe(self) -> str:
        if not self.open:
            return "sleepable context" if self.sleepable else "non-sleepable context"
        return ", ".join(f"{REGION_TEXT.get(o.region, o.region)} opened at {o.at[0]}+{o.at[1]}" for o in self.open)


@dataclass(frozen=True)
class Transition:
    """One outcome of a call: the state after it, and what must hold of its result (R0) for that outcome."""

    state: ContextState
    fails: bool | None = None  # None: any result; False: R0 == 0 (acquired); True: R0 in the failure range
    misuse: Misuse | None = None
    region: str | None = None  # the region misused
    unclear: bool = False  # which lock is released is not known: the most recent is, as far as the state goes


def _open(state: ContextState, region: str, at: Site, nesting: str, key: object, seen: ContextState) -> Transition:
    """`seen`: the state as the verifier sees it (inside a global function, only what the function opened: a
    region its caller holds nests at run time, and the verifier checks the function alone)."""
    if seen.innermost(region) is not None and nesting in ("flag", "single"):
        return Transition(state, misuse=Misuse.NESTED, region=region)
    if region == "spin_lock" and state.holds_lock():
        return Transition(state, misuse=Misuse.NESTED, region=region)
    if region == "irq" and isinstance(key, tuple) and any(o.region == region and o.key == key for o in state.open):
        # a save into flags still saved overwrites them (the verifier: "expected uninitialized irq flag")
        return Transition(state, misuse=Misuse.FLAG_OVERWRITTEN, region=region)
    if region == "res_spin_lock" and key is not None and not isinstance(key, frozenset) and any(
            o.region == region and o.key == key for o in state.open):  # the verifier: "AA deadlock detected"
        return Transition(state, misuse=Misuse.NESTED, region=region)
    return Transition(replace(state, open=(*state.open, Opened(region, at, key))))


def _apart(released: object, taken: object) -> bool:
    """Whether the lock released may be another than the one taken, as far as the code shows: unless both are the
    one same lock, where either side may be any of several (a frozenset: a pointer chosen on a branch) or the code
    does not show it (None: an address loaded or computed). The encoding asks whether the two pointers can differ."""
    if released is None or taken is None:
        return True
    if not isinstance(released, frozenset) and not isinstance(taken, frozenset):
        return False  # both shown: one lock, or a release of another (DIFFERENT_LOCK)
    return released != taken or (isinstance(released, frozenset) and len(released) > 1)


def _close(state: ContextState, region: str, nesting: str, key: object) -> Transition:
    """Release `region`. Where the call names what it releases (`key`: the lock's address, the IRQ flag's slot) and
    every open region of that kind is named too, the release must match one of them, and for a stack region the
    most recent one; otherwise the most recent is released."""
    candidates = [o for o in state.open if o.region == region and o.key != RCU_WALK]  # the program's own
    if not candidates:
        return Transition(state, misuse=Misuse.UNMATCHED, region=region)
    target = candidates[-1]
    if region in LOCK_REGIONS and _apart(key, target.key):
        return Transition(_without(state, target), unclear=True, region=region)
    if region == "irq" and (key is None or any(o.key is None for o in candidates)):
        # a flag slot the code does not show (an address computed into a stack array, say): which save it restores
        # is not known, and restoring another than the most recent, or other bytes, is refused
        return Transition(_without(state, target), unclear=True, region=region)
    if key is not None and all(o.key is not None for o in candidates) and not isinstance(key, frozenset):
        keyed = [o for o in candidates if o.key == key]
        if not keyed:
            misuse = Misuse.DIFFERENT_LOCK if region in LOCK_REGIONS else Misuse.UNMATCHED
            return Transition(state, misuse=misuse, region=region)
        if nesting == "stack" and keyed[-1] is not target:
            return Transition(state, misuse=Misuse.OUT_OF_ORDER, region=region)
        target = keyed[-1]
    later = state.open[len(state.open) - state.open[::-1].index(target):]
    if region in LOCK_REGIONS and any(o.region in LOCK_REGIONS and o.region != region for o in later):
        # the verifier keeps one stack for both kinds of lock ("bpf_spin_unlock cannot be out of order")
        return Transition(state, misuse=Misuse.LOCK_ORDER, region=region)
    return Transition(_without(state, target))


def _without(state: ContextState, target: Opened) -> ContextState:
    """The state with the last acquisition equal to `target` released."""
    index = len(state.open) - 1 - state.open[::-1].index(target)
    return replace(state, open=state.open[:index] + state.open[index + 1:])


# More openings of one counted region than this, at different places, are kept as one (see `widened`).
MAX_COUNTED_PLACES = 2


def widened(state: ContextState, nesting: Mapping[str, str], in_global: bool = False) -> ContextState:
    """The state with a counted region opened more than once at one place (preemption disabled in a loop) kept as
    one opening, REPEATED: opened there one or more times. Releasing it may leave it open or close it, so a state
    space that grows with each iteration stays finite, as a pre-pass needs, and takes in every count. Openings of
    one counted region at more than MAX_COUNTED_PLACES places are kept as one REPEATED opening at the first: a
    callback that may leave preemption disabled at any of eight places, run any number of times, would otherwise
    keep every order of them (millions of states) where the count is all a release or an exit asks of. Inside a
    global function (`in_global`) only the first holds: which openings are its own is told from its caller's."""
    seen: dict[tuple[str, Site], int] = {}
    kept: list[Opened] = []
    for opened in state.open:
        place = (opened.region, opened.at)
        if nesting.get(opened.region) == "counter" and opened.key in (None, REPEATED) and place in seen:
            kept[seen[place]] = Opened(opened.region, opened.at, REPEATED)
            continue
        seen.setdefault(place, len(kept))
        kept.append(opened)
    for region in () if in_global else {o.region for o in kept if nesting.get(o.region) == "counter"}:
        counted = [i for i, o in enumerate(kept) if o.region == region and o.key in (None, REPEATED)]
        if len(counted) > MAX_COUNTED_PLACES:
            first = kept[counted[0]]
            kept = [Opened(region, first.at, REPEATED) if i == counted[0] else o
                    for i, o in enumerate(kept) if i == counted[0] or i not in counted]
    kept_state = state if tuple(kept) == state.open else replace(state, open=tuple(kept))
    return kept_state if in_global else in_one_order(kept_state, nesting)


def in_one_order(state: ContextState, nesting: Mapping[str, str]) -> ContextState:
    """The state with the openings of each counted region in the order of their places, where they stood: a
    release takes back the most recent, and which of them it is is all the same to the count, but states that
    differ only in it multiply (a callback run any number of times that may leave preemption disabled at any of
    eight places). Each position keeps its region, so the regions' sequence is the one a run has."""
    counted = [i for i, o in enumerate(state.open) if nesting.get(o.region) == "counter" and o.key in (None, REPEATED)]
    if len(counted) < 2:
        return state
    kept = list(state.open)
    for region in {kept[i].region for i in counted}:
        places = [i for i in counted if kept[i].region == region]
        for i, opened in zip(places, sorted((kept[i] for i in places), key=_place_order), strict=True):
            kept[i] = opened
    return state if tuple(kept) == state.open else replace(state, open=tuple(kept))


def at_first_place(state: ContextState, nesting: Mapping[str, str]) -> ContextState:
    """The state with every opening of a counted region named after the place of its first: the count is exact,
    and states no longer differ in which places a count is made of (a callback run four times that may leave
    preemption disabled at any of eight places has tens of thousands of such states, and a dozen counts)."""
    first: dict[str, Site] = {}
    kept = list(state.open)
    for i, opened in enumerate(kept):
        if nesting.get(opened.region) != "counter" or opened.key is not None:
            continue
        place = first.setdefault(opened.region, opened.at)
        if opened.at != place:
            kept[i] = Opened(opened.region, place)
    return state if tuple(kept) == state.open else replace(state, open=tuple(kept))


def _place_order(opened: Opened) -> tuple[str, int, bool]:
    return opened.at[0], opened.at[1], opened.key == REPEATED


def apply_call(state: ContextState, opens: tuple[str, ...], closes: tuple[str, ...], can_fail: bool, at: Site,
               nesting: Mapping[str, str], keys: Mapping[str, object] | None = None,
               seen: ContextState | None = None) -> tuple[Transition, ...]:
    """The outcomes of a call that opens or closes regions. An acquire that can fail has two outcomes, and so
    has the release of a REPEATED opening (more remain, or none). `keys` names, per region, what the call acquires
    or releases (a lock's address, an IRQ flag's slot), where the caller can tell; `seen`, the state as the
    verifier sees it, where it differs (inside a global function)."""
    keys = keys or {}
    current = Transition(state)
    for region in closes:
        released = current.state.innermost(region)
        before = current.state
        current = _close(current.state, region, nesting.get(region, "counter"), keys.get(region))
        if current.misuse:
            return (current,)
        if released is not None and released.key == REPEATED and not opens and len(closes) == 1:
            return current, Transition(before)
    for region in opens:
        current = _open(current.state, region, at, nesting.get(region, "counter"), keys.get(region),
                        current.state if seen is None else seen)
        if current.misuse:
            return (current,)
    if can_fail and opens:
        return (replace(current, fails=False), Transition(state, fails=True))
    return (current,)
