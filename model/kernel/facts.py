"""The kernel's facts as frozen records, one kind per class, each carrying where it comes from.

Every record has `source` (a kernel file and symbol, a commit, or a live probe) and `certainty`: `probe` (measured on
a running kernel), `source` (read in that version's kernel source), `release-notes` (the version a change landed in,
from commit dates and release notes), `inferred` (carried over from a neighbouring version or reasoned from source).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum


class Certainty(Enum):
    PROBE = "probe"
    SOURCE = "source"
    RELEASE_NOTES = "release-notes"
    INFERRED = "inferred"


class Context(Enum):
    """Where a piece of code runs, as far as sleeping goes."""

    INHERIT = "inherit"  # the caller's sleepable flag and open regions
    ATOMIC = "atomic"
    SLEEPABLE = "sleepable"
    PROGRAM = "program"  # sleepable exactly when the program is (the pre-6.18.2 verifier's view of timer callbacks)


@dataclass(frozen=True)
class Provenance:
    source: str
    certainty: Certainty


@dataclass(frozen=True)
class CallbackArg:
    """A callback passed in register `register` (R1..R5) of a call, of the kind named in `callback_kinds`."""

    register: int
    kind: str


@dataclass(frozen=True)
class MemoryWrite:
    """A call fills memory through its pointer argument `arg` (R1..R5): `size` bytes, or as many as register
    `size_arg` holds, or (`map_value`) the value size of the map in R1. The verifier forgets what it knew of those
    stack bytes, and a run sees the helper's bytes there."""

    arg: int
    size: int | None = None
    size_arg: int | None = None
    map_value: bool = False
    # the call's own object (an iterator's state, a dynptr), which the verifier lets no instruction read as data: a
    # run need not know its bytes, only that what was there is gone
    opaque: bool = False


@dataclass(frozen=True)
class FlagsBlock:
    """The arguments for which a call blocks: its flags (in `register`) hold every bit of `required` and none
    outside `allowed` (others make it fail before it does anything), and, with `size_register`, its size is a
    nonzero multiple of `size_unit` (else it fails at once too). `unless_region_seen`: only where the verifier sees
    no region open at the call (a local-storage get's F_CREATE allocates with GFP_KERNEL there, GFP_ATOMIC where
    it sees one)."""

    register: int
    required: int
    allowed: int
    size_register: int | None = None
    size_unit: int = 1
    unless_region_seen: bool = False


@dataclass(frozen=True)
class HelperFact:
    id: int
    name: str
    might_sleep: bool
    available_in: tuple[str, ...]
    callbacks: tuple[CallbackArg, ...]
    spin_lock_allowed: bool
    non_sleepable_message: str | None
    provenance: Provenance
    writes: tuple[MemoryWrite, ...] | None  # None: not known, so whatever a pointer argument reaches may change
    writes_provenance: Provenance
    # the probed configurations whose refusal of it is not offers.helper_message: (label, the verifier's words)
    refused_in: tuple[tuple[str, str], ...] = ()
    # the signed range every result lies in, as the helper's documentation states it (0 or a negative errno), with
    # where it says so; None where it states none narrower than the helper's type
    result: tuple[int, int] | None = None
    result_provenance: Provenance | None = None
    # where a run's every call returns the same value (the CPU, the current task), why; None where calls may differ
    run_constant: Provenance | None = None
    # where the result is a pointer that is never NULL (the current task), why; None where it may be
    never_null: Provenance | None = None
    # where the result is NULL or a kernel object's address (its proto returns a RET_PTR_TO_* kind), why
    pointer_result: Provenance | None = None
    # where the verifier's view differs from the truth (a proto without .might_sleep on a helper that blocks): what
    # it checks, with why; None where it checks what might_sleep says
    verifier_might_sleep: bool | None = None
    verifier_provenance: Provenance | None = None
    # where, in a sleepable program, the proto the verifier picks at load blocks for some arguments (bpf_get_stack's
    # sleepable proto parses a build ID with faults allowed), which ones, with why; the verifier checks nothing of it
    blocks_with_flags: FlagsBlock | None = None
    blocks_with_flags_provenance: Provenance | None = None
    # where a call that fails (a negative result) leaves the bytes it writes zero (a failed probe read), why
    zeroes_on_failure: Provenance | None = None

    @property
    def verifier_sleeps(self) -> bool:
        """Whether the verifier takes it for a call that may sleep."""
        return self.might_sleep if self.verifier_might_sleep is None else self.verifier_might_sleep


@dataclass(frozen=True)
class KfuncFact:
    name: str
    sleepable: bool
    flags: tuple[str, ...]
    spin_lock_allowed: bool
    registered_for: tuple[str, ...]
    in_btf: bool
    config: str | None
    callbacks: tuple[CallbackArg, ...]
    provenance: Provenance
    flags_provenance: Provenance
    writes: tuple[MemoryWrite, ...] | None
    writes_provenance: Provenance
    # where the verifier refuses the kfunc outside a sleepable context except to some configurations
    sleepable_only: SleepableOnly | None = None
    never_null: Provenance | None = None  # as HelperFact's
    # the program types no probe could load that the kernel offers it to, where its source says (a filter that
    # allows LSM programs only): every other such type is refused it; None where not known
    unprobed_types: tuple[str, ...] | None = None
    # the program types whose registration of it lacks KF_SLEEPABLE: there the verifier does not check that it may
    # sleep (HID-BPF's syscall set), though it sleeps all the same
    unchecked_in: tuple[str, ...] = ()


@dataclass(frozen=True)
class SleepableOnly:
    """A kfunc the verifier offers only where the code runs sleepable (the program's flag, or a sleepable async
    callback), except to the configurations named (`prog_type` or `prog_type@attach_type`)."""

    exempt: tuple[str, ...]
    message: str
    provenance: Provenance


@dataclass(frozen=True)
class VerifierContextStep:
    """From patch level `from_patch` of the series on, the verifier checks the callback in `context`."""

    from_patch: int
    context: Context


@dataclass(frozen=True)
class CallbackKind:
    kind: str
    context: Context  # what the kernel really does
    verifier_steps: tuple[VerifierContextStep, ...]  # what the verifier enforces, per patch level
    runs: str
    via: str
    provenance: Provenance

    def verifier_context(self, patch: int | None) -> Context:
        """`patch=None` means the newest patch level of the series."""
        chosen = self.verifier_steps[0].context
        for step in self.verifier_steps:
            if patch is None or patch >= step.from_patch:
                chosen = step.context
        return chosen


@dataclass(frozen=True)
class RegionFact:
    name: str
    nesting: str  # flag | counter | stack | single
    description: str
    messages: tuple[tuple[str, str], ...]
    provenance: Provenance

    def message(self, key: str) -> str | None:
        return dict(self.messages).get(key)


@dataclass(frozen=True)
class RegionCall:
    call: str
    kind: str  # helper | kfunc
    opens: tuple[str, ...]
    closes: tuple[str, ...]
    fails_with: tuple[int, int] | None  # R0 range when the acquire fails and nothing is held
    source: str


@dataclass(frozen=True)
class Offers:
    """Which program configurations every helper and kfunc was probed in: there, one a call's facts do not list
    is not offered, and the verifier refuses the call ("program of this type cannot use helper ...")."""

    helper_labels: tuple[str, ...]
    kfunc_labels: tuple[str, ...]
    attach_independent: frozenset[str]  # types whose probe, made with one attach type, speaks for all of them
    helper_message: str
    kfunc_message: str
    # configurations the loader must ask for (an XDP program bound to a device), each with the verifier's refusal of
    # a call offered only there: an object is checked as loaded without them
    loader_set: Mapping[str, str]
    provenance: Provenance


@dataclass(frozen=True)
class SpinLockRules:
    static_subprograms_allowed: bool
    call_message: str
    global_message: str
    allowed_calls_note: str
    prog_types_refused: tuple[tuple[str, str], ...]
    sleepable_message: str | None
    provenance: Provenance
    # the map types whose values may hold a lock, the map flags that refuse one anyway, and the verifier's refusal
    # of a lock in any other map (template with {map}, {lock}); none where the data file does not say
    lock_map_types: frozenset[str] | None = None
    lock_map_refused_flags: int = 0
    lock_map_message: str = ""


@dataclass(frozen=True)
class RcuPointers:
    """How far the verifier trusts a pointer read from a kernel object (semantics.pointer_trust): read from a field
    of a trusted pointer that a BTF_TYPE_SAFE_RCU list names, it is MEM_RCU inside an RCU critical section and
    untrusted elsewhere; from a field a BTF_TYPE_SAFE_TRUSTED list names, trusted; from any other, plain inside one
    and untrusted elsewhere. The helpers listed (their argument registers) refuse an untrusted pointer, the kfuncs
    listed (KF_RCU) a plain one too."""

    fields: frozenset[tuple[str, str]]  # (struct, field) on the RCU lists (_OR_NULL included)
    trusted_fields: frozenset[tuple[str, str]]  # on the trusted lists (_OR_NULL included)
    rcu_kptr_types: frozenset[str]  # a referenced kptr of these types is MEM_RCU where read in a section
    checks: tuple[TrustCheck, ...]
    helper_message: str  # a helper's refusal of an untrusted pointer, also a global function's __arg_trusted one
    untrusted_results: frozenset[str]  # calls whose pointer result is untrusted (bpf_rdonly_cast)
    provenance: Provenance
    btf_results: Mapping[str, str] = field(default_factory=dict)  # helper -> the struct its result points to
    # iterator contexts: their pointer members are arguments, plain (or trusted, where trusted_fields names them)
    context_structs: frozenset[str] = frozenset()


@dataclass(frozen=True)
class TrustCheck:
    """Calls that refuse a pointer of some marks (semantics.pointer_trust.TEXT) in listed argument registers, with
    the verifier's message: a template with {register} and {arg} (the argument's number from 0)."""

    kind: str  # helper | kfunc
    calls: Mapping[str, tuple[int, ...]]
    refuses: frozenset[str]
    message: str


@dataclass(frozen=True)
class MapFieldRefusal:
    """A kernel object in a map value (a bpf_timer, a bpf_wq) that some program types may not use: the verifier
    refuses the program as soon as its code names such a map, whatever the code does with it."""

    field: str
    prog_types_refused: Mapping[str, str]  # program type -> the verifier's refusal
    provenance: Provenance


@dataclass(frozen=True)
class GlobalFunctionRules:
    may_sleep_summary: bool
    rule: str
    message: str
    provenance: Provenance
    # the regions inside which the verifier refuses every global call, whether or not it may sleep (6.10 to 6.14:
    # preemption disabled), with its words for it
    refused_in: tuple[str, ...] = ()
    refused_message: str | None = None


@dataclass(frozen=True)
class IteratorTarget:
    """A bpf_iter target; `resched`: it reschedules between objects (BPF_ITER_RESCHED), the one kind a sleepable
    program may attach to."""

    name: str
    resched: bool
    provenance: Provenance


@dataclass(frozen=True)
class SleepableRule:
    prog_type: str
    attach_types: tuple[str, ...]  # ("*",) for any
    rule: str  # required | any | error_injection | lsm_allowlist | uprobe_at_attach | struct_ops_member | iter_resched
    runs_sleepable: bool | None  # does the hook really run where sleeping is allowed (None: not modelled)
    note: str
    provenance: Provenance

    def covers(self, attach_type: str | None) -> bool:
        return "*" in self.attach_types or attach_type in self.attach_types


@dataclass(frozen=True)
class StructOpsFact:
    struct: str
    config: str
    members: tuple[str, ...]
    sleepable_members: tuple[str, ...]
    others: str  # refused | accepted_atomic
    refused_message: str | None
    note: str
    provenance: Provenance
    # members the verifier refuses a program for, sleepable or not (no cfi stub, or check_member says so), with where
    # that is known from
    unsupported_members: tuple[str, ...] = ()
    unsupported_source: str | None = None


@dataclass(frozen=True)
class MapTypeFact:
    map_type: str
    sleepable_may_use: bool
    condition: str | None
    provenance: Provenance
    # map flags with which a sleepable program may not use it after all, and the verifier's refusal (5.10: a hash
    # map created BPF_F_NO_PREALLOC)
    sleepable_refused_flags: int = 0
    sleepable_flags_message: str | None = None


@dataclass(frozen=True)
class LsmHookFact:
    name: str
    sleepable: bool
    disabled: bool
    provenance: Provenance


@dataclass(frozen=True)
class TracingRules:
    error_injection_denylist: tuple[str, ...]
    never_traced: tuple[str, ...]
    sleepable_fmodret: tuple[str, ...]
    not_sleepable_message: str
    never_traced_message: str
    provenance: Provenance


@dataclass(frozen=True)
class StableChange:
    name: str
    fixed_in: str | None
    upstream: str
    summary: str
    provenance: Provenance


@dataclass(frozen=True)
class SleepablePrograms:
    message: str  # the verifier's message for a program type that may never be sleepable
    message_source: str
    required_message: str | None  # for a type that must be sleepable (syscall)
    rules: tuple[SleepableRule, ...]
