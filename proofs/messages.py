"""The rules a finding names and the words it says them in: which obligation each event of the engines answers,
the verifier's contract rule it breaks, and the one-line message a report shows."""

from __future__ import annotations

from sleepcheck.model.kernel.effects import CallEffect
from sleepcheck.model.kernel.facts import Context
from sleepcheck.model.kernel.invocations import RCU_WALK
from sleepcheck.model.kernel.model import KernelModel
from sleepcheck.model.program import BpfObject, Program
from sleepcheck.model.semantics.calls import CORE_POISON, UNKNOWN_HELPER
from sleepcheck.model.semantics.context import LOCK_REGIONS, REGION_TEXT, ContextState, Misuse, Opened
from sleepcheck.proofs.engines.path_graph import AsyncEntry, Event, EventKind, Node
from sleepcheck.proofs.locations import location
from sleepcheck.proofs.verdict import Obligation

CONTRACT_EVENTS = {
    EventKind.CALL_UNDER_LOCK: "no helper or kfunc call while a spin lock is held",
    EventKind.GLOBAL_UNDER_LOCK: "no global function call while a spin lock is held",
    EventKind.SLEEPING_GLOBAL_IN_ATOMIC: "a global function that may sleep is refused in atomic context",
    EventKind.GLOBAL_IN_REGION: "no global function call in the regions this kernel refuses every one in",
    EventKind.REGION_IN_GLOBAL: "a region opened in a global function does not carry back to its caller",
    EventKind.BLOCKING_IN_GLOBAL: "a global function is verified as sleepable as its program is, whatever callback "
                                  "calls it",
    EventKind.ENDED_RCU_ITERATOR: "an RCU-protected iterator is used only in the RCU read-side section that made it",
    EventKind.OUTSIDE_RCU: "an RCU-protected kfunc, or the iterator it made, is used outside an RCU read-side "
                           "section in a sleepable context",
    EventKind.NOT_OFFERED: "a program calls only the helpers and kfuncs the kernel offers to its type",
    EventKind.IRQ_FLAG_OFFSET: "IRQ flags are saved and restored at a constant stack offset",
    EventKind.IRQ_FLAG_SLOT: "IRQ flags are saved and restored in an 8-byte slot of a stack frame the verifier sees",
    EventKind.LOCK_MAP: "a lock is taken only in a map type that can hold one",
    EventKind.CALL_TOO_DEEP: "calls nest at most 8 frames deep (the verifier's MAX_CALL_FRAMES)",
    EventKind.IRQ_FLAG_READ: "saved IRQ flags are read by bpf_local_irq_restore only",
    EventKind.UNTRUSTED_RCU_POINTER: "a pointer read from a kernel object is trusted only in the RCU read-side "
                                     "section it was read in (any time, in a non-sleepable program, until an "
                                     "unlock), and a KF_RCU kfunc takes it only from a field the kernel lists as "
                                     "RCU-protected",
}

SAFE_MESSAGES = {
    Obligation.NO_SLEEP_IN_ATOMIC: "no blocking call is reachable in an atomic context",
    Obligation.REGIONS_BALANCED: "every region is closed before exit and released in order",
    Obligation.KERNEL_CONTRACT: "no path breaks the verifier's conservative rules",
}

# the verifier's rules a region misuse breaks where it is a contract rather than a fault of the run: these misuses
# are kernel-contract findings (an unclear lock is one too, answered unknown where reached)
_SAME_LOCK = "an unlock must name the lock taken, as the verifier tells them apart by where the pointer comes from"
_LOCK_RULES = {
    Misuse.DIFFERENT_LOCK: _SAME_LOCK,
    Misuse.UNCLEAR_LOCK: _SAME_LOCK,
    Misuse.LOCK_ORDER: "locks of both kinds are released last taken first, as the verifier keeps one stack of them",
}
MISUSE_RULES = {
    (Misuse.NESTED, "rcu"): "nested bpf_rcu_read_lock is refused",
    (Misuse.NESTED, "res_spin_lock"): "a res lock already held is not taken again (the verifier: AA deadlock "
                                      "detected; at run time the second acquire fails)",
    **{(misuse, region): rule for misuse, rule in _LOCK_RULES.items() for region in sorted(LOCK_REGIONS)},
}


def obligation_of(event: Event) -> Obligation:
    if event.kind in (EventKind.BLOCKING_IN_ATOMIC, EventKind.MISSING_CALL):
        return Obligation.NO_SLEEP_IN_ATOMIC
    if event.kind in CONTRACT_EVENTS or (event.kind is EventKind.MISUSE and
                                          (event.misuse, event.detail) in MISUSE_RULES):
        return Obligation.KERNEL_CONTRACT
    return Obligation.REGIONS_BALANCED


def _async_message(obj: BpfObject, kernel: KernelModel, program: Program, armed: AsyncEntry, call: str) -> str:
    """A blocking call in an async callback: say which, where it was armed, and whether this kernel's verifier
    sees it (before the 2025 async-callback fix it checked a timer callback as sleepable as its program)."""
    message = (f"{call} may sleep in {armed.function}, which {armed.via} (armed at "
               f"{place_of(obj, *armed.armed_at)}) runs in atomic context")
    effect = kernel.call_effect(armed.via)
    views = [cb.verifier_context for cb in effect.callbacks if cb.context is armed.context]
    if program.sleepable and views and all(view is Context.PROGRAM for view in views):
        message += f"; Linux {kernel.version}'s verifier checks it as sleepable and lets it through"
    return message


def place_of(obj: BpfObject, function: str, index: int) -> str:
    at = location(obj, function, index)
    return at.source.split(": ", 1)[0] if at.source else f"{function}+{at.slot}"


# the order in which the verifier names what a blocking call breaks (check_helper_call, check_kfunc_call): the
# program's own flag first, then an RCU section, then preemption, then IRQs (kernel-sleep-rules.md section 3)
NAMING_ORDER = ("rcu", "preempt", "irq")


def named_region(state: ContextState) -> Opened | None:
    """The open region the verifier's message names: RCU before preemption before IRQs, any other after them, the
    earliest opened of one kind."""
    def rank(opened: Opened) -> int:
        return NAMING_ORDER.index(opened.region) if opened.region in NAMING_ORDER else len(NAMING_ORDER)
    return min(state.open, key=rank) if state.open else None


def sleeps_inside(call: str, region: str, where: str, walk: bool) -> str:
    return f"{call} may sleep {_inside(region, where, walk)}"


def _inside(region: str, where: str, walk: bool) -> str:
    held = " (the kernel holds it around each callback of this walk over a hash map)" if walk else ""
    return f"inside the {REGION_TEXT.get(region, region)} opened at {where}{held}"


def _unchecked(kernel: KernelModel, effect: CallEffect, prog_type: str) -> str:
    """Why the kernel loads a program that makes this blocking call where it may not sleep, if it does."""
    why = (": it allocates with GFP_KERNEL where the verifier sees no region open, and it sees none here"
           if effect.blocks_with_flags is not None and effect.blocks_with_flags.unless_region_seen else
           ": its proto has no might_sleep" if not effect.verifier_blocks else
           f" in {prog_type} programs: the kfunc set registered for them lacks KF_SLEEPABLE"
           if prog_type in effect.unchecked_in else None)
    return f" (Linux {kernel.version}'s verifier does not check this call{why}, so the program loads)" if why else ""


def sleeps_in_atomic(call: str, atomic_hook: str | None) -> str:
    """A blocking call where no region is open: the program's context is atomic."""
    if atomic_hook is not None:
        return f"{call} may sleep in atomic context: {atomic_hook}"
    return f"{call} may sleep, but the program runs in a non-sleepable context"


def finding_message(obj: BpfObject, kernel: KernelModel, program: Program, armed: AsyncEntry | None, label: str,
                    event: Event, node: Node, atomic_hook: str | None = None) -> str:
    """What a finding at `node` says: the call or region, where the region was opened, and the rule broken, in the
    verifier's words where it has some; `armed`: how an async callback being checked was armed; `label`: the
    entry's name; `atomic_hook`: why the kernel runs a sleepable program's entry in atomic context."""
    state = node.state
    match event.kind:
        case EventKind.BLOCKING_IN_ATOMIC:
            unchecked = _unchecked(kernel, kernel.call_effect(event.detail), program.prog_type)
            opened = named_region(state)
            inside = _inside(opened.region, place_of(obj, *opened.at), opened.key == RCU_WALK) \
                if opened is not None else None
            if inside is not None and state.sleepable:
                return f"{event.detail} may sleep {inside}{unchecked}"
            if armed is not None:
                return _async_message(obj, kernel, program, armed, event.detail)
            also = f" (and {inside})" if inside is not None else ""  # the verifier names the program's flag first
            return sleeps_in_atomic(event.detail, atomic_hook) + also + unchecked
        case EventKind.EXIT_IN_REGION:
            return f"program exits with the {REGION_TEXT.get(event.detail, event.detail)} still open"
        case EventKind.ENDS_IN_REGION:
            call, region, *unseen = event.detail.split(":")
            missed = (f" (Linux {kernel.version}'s verifier checks the global function it is in alone, without the "
                      "region its caller holds, so the program loads)") if unseen else ""
            return f"the {REGION_TEXT.get(region, region)} is still open at {call}, which can end the program{missed}"
        case EventKind.MISUSE if event.misuse is Misuse.FLAG_OVERWRITTEN:
            saved = next((o for o in reversed(state.open) if o.region == "irq"), None)
            where = f" at {place_of(obj, *saved.at)}" if saved else ""
            return (f"the IRQ flags saved{where} are overwritten while still saved: they can no longer be restored "
                    f"(the kernel refuses the restore: \"expected an initialized irq flag\")")
        case EventKind.MISUSE if event.misuse is Misuse.NESTED and event.detail == "res_spin_lock":
            held = next((o for o in state.open if o.region == "res_spin_lock"), None)
            where = f" (taken at {place_of(obj, *held.at)})" if held else ""
            return f"Acquiring the same lock again, AA deadlock detected: this res lock is already held{where}"
        case EventKind.MISUSE if event.misuse is Misuse.LOCK_ORDER:
            call = "bpf_spin_unlock" if event.detail == "spin_lock" else "bpf_res_spin_unlock"
            return f"{call} cannot be out of order: a lock of the other kind taken after this one is still held"
        case EventKind.MISUSE if event.misuse is Misuse.DIFFERENT_LOCK:
            call = "bpf_spin_unlock" if event.detail == "spin_lock" else "bpf_res_spin_unlock"
            held = next((o for o in reversed(state.open) if o.region == event.detail), None)
            where = f" (taken at {place_of(obj, *held.at)})" if held else ""
            return (f"{call} releases another lock than the one held{where}: the verifier refuses it (\"{call} of "
                    "different lock\"), and at run time the lock taken stays held")
        case EventKind.MISUSE if event.misuse is Misuse.UNCLEAR_LOCK and event.detail == "irq" and sum(
                o.region == "irq" for o in node.state.open) == 1:
            return ("this restore may name other bytes than the saved IRQ flags: IRQs stay disabled (the verifier: "
                    "\"expected an initialized irq flag\")")
        case EventKind.MISUSE if event.misuse is Misuse.UNCLEAR_LOCK and event.detail == "irq":
            return ("this restore may name other IRQ flags than the most recent save's: restored out of order, IRQs "
                    "stay disabled (the verifier: \"cannot restore irq state out of order\")")
        case EventKind.MISUSE if event.misuse is Misuse.UNCLEAR_LOCK:
            return (f"this unlock may name another {event.detail} than the one taken (the verifier refuses one "
                    "that does: it tells locks apart by where the pointer comes from)")
        case EventKind.MISUSE:
            return f"{event.misuse.value if event.misuse else 'misuse'} {event.detail}"
        case EventKind.MISSING_CALL if event.detail.startswith(UNKNOWN_HELPER):
            number = event.detail.removeprefix(UNKNOWN_HELPER)
            poison = " (libbpf's mark of a CO-RE relocation that failed)" if number == str(CORE_POISON) else ""
            return (f"helper number {number} is called, which Linux {kernel.version} does not have{poison}: the "
                    f"kernel refuses the program where it is reached (\"invalid func {event.detail}\")")
        case EventKind.MISSING_CALL:
            return (f"{event.detail} is called, a weak kfunc Linux {kernel.version} lacks: libbpf leaves the call "
                    "unresolved and the kernel refuses the program where it is reached")
        case EventKind.IRQ_FLAG_OFFSET:
            return (f"{event.detail} names IRQ flags at a stack offset the code computes (the kernel refuses: "
                    "\"irq_flag has to be at a constant offset\")")
        case EventKind.IRQ_FLAG_SLOT if event.detail.endswith(":misaligned"):
            return (f"{event.detail.split(':')[0]} names IRQ flags off the stack's 8-byte slots (the kernel refuses: "
                    "\"cannot pass in irq_flag at an offset\")")
        case EventKind.IRQ_FLAG_SLOT if event.detail.endswith(":off-stack"):
            return (f"{event.detail.split(':')[0]} names IRQ flags outside the stack (a map value or global data): "
                    "the verifier keeps them only in a stack slot (\"doesn't point to an irq flag on stack\")")
        case EventKind.IRQ_FLAG_SLOT:
            return (f"{event.detail.split(':')[0]} names IRQ flags through a global function's argument, which the "
                    "verifier, checking the function alone, does not see on a stack (\"doesn't point to an irq flag "
                    "on stack\")")
        case EventKind.CALL_TOO_DEEP:
            return f"the kernel refuses this call where it is reached: \"{event.detail}\""
        case EventKind.IRQ_FLAG_READ:
            return (f"the kernel refuses this load where it is reached: \"{event.detail}\" (it reads IRQ flags still "
                    "saved, a stack slot only bpf_local_irq_restore may read)")
        case EventKind.LOCK_MAP:
            return f"the kernel refuses this lock where it is reached: \"{event.detail}\" (its map cannot hold a lock)"
        case EventKind.NOT_OFFERED:
            return (f"the kernel refuses this call where it is reached: \"{event.detail}\" (Linux {kernel.version} "
                    f"does not offer it to {program.prog_type} programs"
                    f"{f' attached as {program.attach_type}' if program.attach_type else ''}"
                    f"{f' implementing {program.attach_target}' if program.prog_type == 'struct_ops' else ''})")
        case EventKind.OUTSIDE_RCU:
            return f"{event.detail} (the program is sleepable: only bpf_rcu_read_lock makes an RCU section)"
        case EventKind.UNTRUSTED_RCU_POINTER:
            return (f"the kernel refuses this call: \"{event.detail}\" (the pointer was read from a kernel object "
                    "outside an RCU read-side section, or in one that has ended since, which leaves it untrusted; or, "
                    "for a KF_RCU kfunc, from a field not on the kernel's RCU-protected lists)")
        case EventKind.ENDED_RCU_ITERATOR:
            return (f"expected an RCU CS when using {event.detail}: the iterator was made in an RCU read-side "
                    "section that has ended since (its task may be freed once the section ends)")
        case EventKind.GLOBAL_IN_REGION:
            said = " ".join((kernel.global_functions.refused_message or "").splitlines())  # the log's two lines
            return (f"{event.detail} is a global function, called in a region where Linux {kernel.version} refuses "
                    f"every global call, whether or not it may sleep: \"{said}\"")
        case EventKind.BLOCKING_IN_GLOBAL:
            return (f"{event.detail} may sleep in global function code, which the verifier checks as it checks the "
                    f"non-sleepable program, although here only the sleepable {label} calls it")
        case _:
            return f"{event.detail}: {CONTRACT_EVENTS[event.kind]}"
