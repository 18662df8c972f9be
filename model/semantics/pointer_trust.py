"""How far the verifier trusts a pointer read from a kernel object, path by path.

kernel/bpf/verifier.c (check_ptr_to_btf_access) gives a pointer read from a field of a trusted or RCU pointer one
of three marks, besides trusted: MEM_RCU where the field is on a BTF_TYPE_SAFE_RCU list (or its _OR_NULL list) and
the read happens in an RCU critical section (in_rcu_cs(): an RCU section or a lock held, or a non-sleepable
program); a plain PTR_TO_BTF_ID for any other field read in one; PTR_UNTRUSTED for a read outside one. A pointer
read from an untrusted pointer is untrusted, from a plain one plain, and bpf_rcu_read_unlock turns every MEM_RCU
pointer untrusted. Helpers refuse an untrusted pointer where they want a kernel object; KF_RCU kfuncs also refuse
a plain one, KF_TRUSTED_ARGS kfuncs a MEM_RCU one too. The kernel model's lists say which fields are which, and
which calls check what (facts.RcuPointers). A kernel-object pointer a map value or global data holds (a kptr) is
MEM_RCU or untrusted when loaded, likewise; some calls' results are marked too (an RCU-protected iterator's next,
bpf_rdonly_cast).

A path carries the marks of the registers and 8-byte stack slots that hold such pointers, per frame, through
copies, arithmetic, spills and fills, and stores and loads through pointers the code shows to be stack addresses:
nothing else is followed (a pointer stored into a map value is lost), and what is not followed is taken as
trusted. The kernel's BTF may tag a field `__rcu` (a kernel built by clang with type tags), which makes a read in
a section MEM_RCU where it is plain here; the lists are what a kernel without them goes by.
"""

from __future__ import annotations

from collections.abc import Iterable

from sleepcheck.model.isa.insn import R10, Alu, AluOp, Atomic, Imm, Insn, Load, LoadImm64, Mov, Reg, Store
from sleepcheck.model.semantics.flow import defined_registers

RCU, PLAIN, UNTRUSTED = 1, 2, 3
TEXT = {RCU: "rcu", PLAIN: "plain", UNTRUSTED: "untrusted"}
# (frame depth, place, mark): a place is a register (0-9) or the 8-byte stack slot at a negative offset; or, at
# FIELD + a register (FIELD_SLOT + a slot), the member whose offset (OFFSET_MARK + its number, the engine's) or
# address (ADDRESS_MARK + it) the register (slot) holds, as a relocated constant put it there on this path
# (`c ? &t->real_parent : &t->parent` gives each path its own)
Trust = tuple[tuple[int, int, int], ...]
ARGUMENTS = (1, 2, 3, 4, 5)
_CLOBBERED = (0, *ARGUMENTS)
FIELD, OFFSET_MARK, ADDRESS_MARK = 100, 1000, 2000
FIELD_SLOT = -100_000  # below every stack offset (a frame is 512 bytes)
# at FRAME_ADDRESS + a register, the stack address it holds on this path (frame depth and offset, _address), so that
# a load or store through it reaches that slot alone where the code could reach several (`c ? &a : &b`)
FRAME_ADDRESS, _ADDRESS_BASE, _FRAME_SPAN = 200, 100_000, 1024
_CARRIED = (*ARGUMENTS, *(FIELD + r for r in ARGUMENTS), *(FRAME_ADDRESS + r for r in ARGUMENTS))
_GONE = (*_CLOBBERED, *(FIELD + r for r in _CLOBBERED), *(FRAME_ADDRESS + r for r in _CLOBBERED))


def mark(trust: Trust, depth: int, place: int) -> int | None:
    """The mark of a register or stack slot (None: trusted, or not a pointer the rules follow)."""
    return next((m for d, p, m in trust if d == depth and p == place), None)


def read_mark(field: tuple[str, str], base: int | None, in_rcu: bool, rcu_fields: frozenset[tuple[str, str]],
              trusted_fields: frozenset[tuple[str, str]], contexts: frozenset[str] = frozenset()) -> int | None:
    """The mark of a pointer read from `field` (struct, member) through a pointer marked `base`. A member of an
    iterator's context (`contexts`) is an argument the kernel passes, plain where it is not trusted, whether or not
    an RCU section is open."""
    if (kept := inherited(base)) is not None:
        return kept
    if field in trusted_fields:
        return None
    if field[0] in contexts:
        return PLAIN
    if not in_rcu:
        return UNTRUSTED
    return RCU if field in rcu_fields else PLAIN


def inherited(base: int | None) -> int | None:
    """The mark any pointer read through a pointer marked `base` gets, whichever field it reads (None: it depends
    on the field)."""
    return base if base in (UNTRUSTED, PLAIN) else None


def least_trusted(marks: Iterable[int | None]) -> int | None:
    """Of the marks a read may give on different paths, the one the verifier trusts least (untrusted, then plain,
    then MEM_RCU, then trusted): the path that gives it is explored too."""
    return max(marks, key=lambda m: 0 if m is None else m, default=None)


def kptr_mark(tag: str, struct: str, in_rcu: bool, rcu_types: frozenset[str]) -> int | None:
    """The mark of a kernel-object pointer read from a map value (check_map_kptr_access, btf_ld_kptr_type): a
    referenced one of an RCU-protected type, or a per-CPU one (rcu_safe_kptr), is MEM_RCU in an RCU critical section,
    any other untrusted."""
    rcu_safe = tag == "percpu_kptr" or (tag == "kptr" and struct in rcu_types)
    return RCU if rcu_safe and in_rcu else UNTRUSTED


def after(trust: Trust, insn: Insn, depth: int, read: int | None,
          addresses: tuple[tuple[int, int], ...] = (), field: int | None = None) -> Trust:
    """The marks once `insn` (not a call) has run in the frame at `depth`. `read`: what a field read it makes gives
    its destination. `addresses`: the stack slots (frame depth, offset) a load or store through a register other
    than r10 may reach, one per way the code sets the register, where it shows them; where the path says which one
    the register holds (FRAME_ADDRESS), that one alone. A store through one of several leaves each the least
    trusted of what it held and what may land there; a load through several gets the least trusted they hold.
    `field`: the member mark a relocated constant the instruction puts in its destination names (an offset moved
    in, an address added)."""
    places = {(d, p): m for d, p, m in trust}
    before = dict(places)
    _fields_after(places, before, insn, depth, field)
    _addresses_after(places, before, insn, depth)
    slots = addresses
    if isinstance(insn, Load | Store | Atomic):
        base = insn.src if isinstance(insn, Load) else insn.dst
        held = (depth, 0) if base == R10 else _address(before.get((depth, FRAME_ADDRESS + base)))
        slots = ((held[0], held[1] + insn.off),) if held is not None else addresses
    if isinstance(insn, Store | Atomic):
        size = int(insn.size)
        spilled = insn.src.n if isinstance(insn, Store) and size == 8 and isinstance(insn.src, Reg) else None
        source = before.get((depth, spilled)) if spilled is not None else None
        member = before.get((depth, FIELD + spilled)) if spilled is not None else None
        for at in slots:
            # one of several slots is written: each keeps the least trusted of what it held and what may land
            kept = before.get(at) if len(slots) > 1 else None
            for d, p in list(places):
                slot = p - FIELD_SLOT if p < FIELD_SLOT // 2 else p
                if d == at[0] and slot < 0 and slot < at[1] + size and at[1] < slot + 8:
                    del places[(d, p)]
            if (mark := least_trusted((kept, source))) is not None:
                places[at] = mark
            if member is not None and len(slots) == 1:  # a spill carries the member whose address it holds
                places[(at[0], FIELD_SLOT + at[1])] = member
    for register in defined_registers(insn):
        places.pop((depth, register), None)
    if isinstance(insn, Load) and int(insn.size) == 8:
        # through one of several slots: the least trusted of what they hold (the path that reads it is one)
        found = least_trusted(before.get(at) for at in slots) if slots else read
        if found is not None:
            places[(depth, insn.dst)] = found
        members = {before.get((d, FIELD_SLOT + offset)) for d, offset in slots}
        if len(members) == 1 and (member := members.pop()) is not None:  # a fill of a spilled member address
            places[(depth, FIELD + insn.dst)] = member
    elif isinstance(insn, Mov) and insn.wide and isinstance(insn.src, Reg) and \
            (source := before.get((depth, insn.src.n))) is not None:
        places[(depth, insn.dst)] = source
    elif isinstance(insn, Alu) and insn.wide and insn.op in (AluOp.ADD, AluOp.SUB) and \
            (source := before.get((depth, insn.dst))) is not None:
        places[(depth, insn.dst)] = source  # the verifier keeps a pointer's type flags through its arithmetic
    return _sorted(places)


def _addresses_after(places: dict[tuple[int, int], int], before: dict[tuple[int, int], int], insn: Insn,
                     depth: int) -> None:
    """The stack addresses registers hold once `insn` has run: the frame pointer copied, a copy of one, a constant
    added or taken away; any other write of a register forgets its own."""
    for register in defined_registers(insn):
        places.pop((depth, FRAME_ADDRESS + register), None)
    if isinstance(insn, Mov) and insn.wide and isinstance(insn.src, Reg):
        held = (depth, 0) if insn.src.n == R10 else _address(before.get((depth, FRAME_ADDRESS + insn.src.n)))
        delta = 0
    elif (moved := moved_by(insn)) is not None:
        assert isinstance(insn, Alu)
        held = _address(before.get((depth, FRAME_ADDRESS + insn.dst)))
        delta = moved
    else:
        return
    if held is not None and -_FRAME_SPAN // 2 <= held[1] + delta < _FRAME_SPAN // 2:
        places[(depth, FRAME_ADDRESS + insn.dst)] = _ADDRESS_BASE + held[0] * _FRAME_SPAN + held[1] + delta + \
            _FRAME_SPAN // 2


def moved_by(insn: Insn) -> int | None:
    """The constant a 64-bit add or subtract of an immediate moves its destination by (a pointer stays one)."""
    if isinstance(insn, Alu) and insn.wide and insn.op in (AluOp.ADD, AluOp.SUB) and isinstance(insn.src, Imm):
        return insn.src.value if insn.op is AluOp.ADD else -insn.src.value
    return None


def _address(held: int | None) -> tuple[int, int] | None:
    """(frame depth, offset) of a FRAME_ADDRESS mark."""
    if held is None:
        return None
    frame, offset = divmod(held - _ADDRESS_BASE, _FRAME_SPAN)
    return frame, offset - _FRAME_SPAN // 2


def _fields_after(places: dict[tuple[int, int], int], before: dict[tuple[int, int], int], insn: Insn, depth: int,
                  field: int | None) -> None:
    """The member marks once `insn` has run: a copy carries one, an add of a register holding a member's offset
    makes the sum that member's address (either way round), and any other write of a register forgets its own."""
    for register in defined_registers(insn):
        places.pop((depth, FIELD + register), None)
    if field is not None and isinstance(insn, Mov | Alu | LoadImm64):
        places[(depth, FIELD + insn.dst)] = field
    elif isinstance(insn, Mov) and insn.wide and isinstance(insn.src, Reg) and \
            (held := before.get((depth, FIELD + insn.src.n))) is not None:
        places[(depth, FIELD + insn.dst)] = held
    elif isinstance(insn, Alu) and insn.wide and insn.op is AluOp.ADD and isinstance(insn.src, Reg):
        offsets = [m for m in (before.get((depth, FIELD + insn.src.n)), before.get((depth, FIELD + insn.dst)))
                   if m is not None and OFFSET_MARK <= m < ADDRESS_MARK]  # the offset added to the pointer, or
        if len(offsets) == 1:  # the pointer to it
            places[(depth, FIELD + insn.dst)] = offsets[0] - OFFSET_MARK + ADDRESS_MARK


def field_of(trust: Trust, depth: int, register: int) -> int | None:
    """The member number whose address the register holds on this path."""
    held = mark(trust, depth, FIELD + register)
    return None if held is None or held < ADDRESS_MARK else held - ADDRESS_MARK


def stores_or_fills(trust: Trust, insn: Insn, depth: int) -> bool:
    """Whether `insn` may move a mark between a register and a stack slot, or overwrite a marked slot, through a
    register other than r10: a register stored that holds a mark or a member's address, or any load or store while
    a slot is marked (then where it points matters)."""
    if not isinstance(insn, Load | Store | Atomic) or (insn.src if isinstance(insn, Load) else insn.dst) == R10:
        return False
    if isinstance(insn, Store) and isinstance(insn.src, Reg) and (
            mark(trust, depth, insn.src.n) is not None or mark(trust, depth, FIELD + insn.src.n) is not None):
        return True
    return any(p < 0 for _, p, _ in trust)


def called(trust: Trust, depth: int, result: int | None = None) -> Trust:
    """After a helper or kfunc call: R0-R5 are clobbered, and R0 holds the result's mark."""
    places = {(d, p): m for d, p, m in trust if not (d == depth and p in _GONE)}
    if result is not None:
        places[(depth, 0)] = result
    return _sorted(places)


def entered(trust: Trust, depth: int, arguments: bool) -> Trust:
    """Into a function called from the frame at `depth`: its arguments keep their marks where the callee is
    verified with its caller (a static function), not where the kernel checks it alone (a global function or a
    callback, whose arguments are what their types say)."""
    kept = [(d, p, m) for d, p, m in trust if not (d == depth and p in _GONE)]
    if arguments:
        kept += [(depth + 1, p, m) for d, p, m in trust if d == depth and p in _CARRIED]
    return tuple(sorted(kept))


def returned(trust: Trust, depth: int, result: bool) -> Trust:
    """Back from the frame at `depth` into its caller's: the callee's R0 is its caller's, where the callee is
    verified with its caller (`result`); everything else of the callee's frame is gone."""
    places = {(d, p): m for d, p, m in trust if d < depth and not (d == depth - 1 and p in _GONE)}
    for place in (0, FIELD):
        if result and (found := mark(trust, depth, place)) is not None:
            places[(depth - 1, place)] = found
    return _sorted(places)


def unlocked(trust: Trust, floor: int = 0) -> Trust:
    """At bpf_rcu_read_unlock: every MEM_RCU pointer, in every frame the verifier sees (from `floor` up: inside a
    global function, which it checks alone, only the function's own), turns untrusted."""
    if not any(m == RCU and d >= floor for d, _, m in trust):
        return trust
    return tuple((d, p, UNTRUSTED if m == RCU and d >= floor else m) for d, p, m in trust)


def _sorted(places: dict[tuple[int, int], int]) -> Trust:
    return tuple(sorted((d, p, m) for (d, p), m in places.items()))
