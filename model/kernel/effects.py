"""What one call does to the context state: the record the semantics read at every helper or kfunc call."""

from __future__ import annotations

from dataclasses import dataclass

from sleepcheck.model.kernel.facts import Context, FlagsBlock, MemoryWrite


@dataclass(frozen=True)
class CallbackEffect:
    """A callback argument: `context` is where the kernel really runs it, `verifier_context` how this version's
    verifier checks it. They differ for a bpf_timer callback before the async-callback fix (6.18.2): the verifier
    checks it as the arming program (`program`), the kernel runs it in atomic context."""

    register: int
    kind: str
    context: Context
    verifier_context: Context
    runs: str


@dataclass(frozen=True)
class CallEffect:
    name: str
    kind: str  # helper | kfunc
    id: int | None  # helper number
    blocking: bool
    opens: tuple[str, ...]  # regions entered, in order (irq before res_spin_lock for the irqsave form)
    closes: tuple[str, ...]
    fails_with: tuple[int, int] | None  # R0 range of a failed acquire, after which nothing is held
    spin_lock_allowed: bool  # may be called while a bpf_spin_lock / bpf_res_spin_lock is held
    callbacks: tuple[CallbackEffect, ...]
    non_sleepable_message: str | None  # this version's message for a blocking call where sleeping is not allowed
    region_messages: tuple[tuple[str, str], ...]  # region -> message for this blocking call inside it
    source: str
    writes: tuple[MemoryWrite, ...] | None  # memory filled through pointer arguments; None: not known
    needs_rcu: str | None = None  # the verifier's refusal when a sleepable context calls it outside an RCU section
    result_range: tuple[int, int] | None = None  # signed bounds every result lies in (a run's, not the verifier's)
    run_constant: bool = False  # every call of a run returns the same value (the CPU id, the current task)
    # the result is NULL or a kernel object's address (a helper's RET_PTR_TO_* kind, a kfunc declared to return a
    # struct pointer), never one of the stack, nor one whose low 32 bits are 0
    pointer_result: bool = False
    never_null: bool = False  # the result is a pointer no run gets NULL for (the current task)
    # an RCU-protected iterator's step: "made" (its new), "used" (next), "ended" (destroy); None for other calls
    rcu_iterator: str | None = None
    # whether the verifier refuses it where sleeping is not allowed, where that differs from `blocking` (a helper
    # that blocks, whose proto has no .might_sleep): its contracts (a global function's may-sleep summary) follow this
    verifier_blocking: bool | None = None
    # the program types where the verifier does not check that this kfunc may sleep (KfuncFact.unchecked_in)
    unchecked_in: tuple[str, ...] = ()
    # in a sleepable program, the arguments for which the call blocks, unchecked by the verifier (HelperFact's)
    blocks_with_flags: FlagsBlock | None = None
    zeroes_on_failure: bool = False  # a negative result leaves the bytes it writes zero (HelperFact's)

    def blocks(self, program_sleepable: bool, region_seen: bool) -> bool:
        """Whether the call may block in a program so loaded, where the verifier sees a region open at it or not
        (for some arguments only: blocks_with_flags)."""
        block = self.blocks_with_flags
        return self.blocking or (block is not None and program_sleepable and
                                 not (block.unless_region_seen and region_seen))

    @property
    def verifier_blocks(self) -> bool:
        return self.blocking if self.verifier_blocking is None else self.verifier_blocking

    def verifier_blocks_in(self, prog_type: str | None) -> bool:
        """Whether the verifier takes it as blocking in programs of this type (None: any), which its contracts
        follow: a kfunc set registered without KF_SLEEPABLE marks no global function as one that may sleep."""
        return self.verifier_blocks and prog_type not in self.unchecked_in

    def region_message(self, region: str) -> str | None:
        return dict(self.region_messages).get(region)
