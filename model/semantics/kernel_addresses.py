"""Where the objects the kernel hands a program lie: a helper's pointer result (a map element, a socket, the current
task), a kfunc's struct pointer, an async callback's map, key and value. Both semantics take these facts of them,
each in its own terms: in the kernel's half of the address space, at least 4 GiB below its top, so that no offset a
program adds to it (the verifier allows less than 2^29 a step, BPF_MAX_VAR_OFF in include/linux/bpf_verifier.h)
wraps it to 0; and its low 32 bits are not 0. The verifier decides a test of such a pointer against 0, JMP32
included (is_branch_taken() on a register reg_not_null() vouches for), and removes the branch it never takes. Any
other test of the address (its low half against 5, say) it explores both ways, and so must the check: nothing
more is said of it (j30a: a window for the low half decided such tests)."""

from __future__ import annotations

from sleepcheck.model.kernel.effects import CallEffect
from sleepcheck.model.program import BpfObject

KERNEL_HALF = 0xFFFF_8000_0000_0000
KERNEL_TOP = 0xFFFF_FFFF_0000_0000  # the highest address taken, exclusive
# the address the interpreter gives a kernel object whose input names none (a NULL the call never returns)
KERNEL_OBJECT = 0xFFFF_9000_4000_0000


def is_kernel_object(address: int) -> bool:
    return KERNEL_HALF <= address < KERNEL_TOP and address & 0xFFFF_FFFF != 0


def returns_kernel_object(obj: BpfObject, effect: CallEffect) -> bool:
    """Whether the call's result is NULL or a kernel object's address: a helper whose proto says so (the model's
    data), or a kfunc the object declares to return a struct pointer."""
    extern = obj.externs.get(effect.name) if effect.kind == "kfunc" else None
    return effect.pointer_result or (extern is not None and extern.returns is not None)
