"""Where the objects the kernel hands a program lie: a helper's pointer result (a map element, a socket, the current
task), a kfunc's struct pointer, an async callback's map, key and value. Both semantics take these facts of them,
each in its own terms: in the kernel's half of the address space, and with low 32 bits far from 0, so that no offset
the verifier lets a program add (below 2^29, BPF_MAX_VAR_OFF in include/linux/bpf_verifier.h) makes the pointer or
its low half 0. The verifier decides a test of such a pointer against 0, JMP32 included (is_branch_taken() on a
register reg_not_null() vouches for), and removes the branch it never takes."""

from __future__ import annotations

from sleepcheck.model.kernel.effects import CallEffect
from sleepcheck.model.program import BpfObject

KERNEL_HALF = 0xFFFF_8000_0000_0000
POINTER_LOW = (1 << 30, 3 << 30)  # the low 32 bits' range, [low, high)
# the address the interpreter gives a kernel object whose input names none (a NULL the call never returns)
KERNEL_OBJECT = 0xFFFF_9000_4000_0000


def is_kernel_object(address: int) -> bool:
    return address >= KERNEL_HALF and POINTER_LOW[0] <= address & 0xFFFF_FFFF < POINTER_LOW[1]


def returns_kernel_object(obj: BpfObject, effect: CallEffect) -> bool:
    """Whether the call's result is NULL or a kernel object's address: a helper whose proto says so (the model's
    data), or a kfunc the object declares to return a struct pointer."""
    extern = obj.externs.get(effect.name) if effect.kind == "kfunc" else None
    return effect.pointer_result or (extern is not None and extern.returns is not None)
