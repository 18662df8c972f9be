"""Helpers whose result is bounded whatever their inputs, as the verifier knows and as they run (the ranges only
their documentation states, 0 or a negative errno, are data: a helper's `result` in the kernel's data file).

kernel/bpf/verifier.c, do_refine_retval_range(): for bpf_get_stack, bpf_get_task_stack, bpf_probe_read_str,
bpf_probe_read_kernel_str and bpf_probe_read_user_str, R0 lies in [-MAX_ERRNO, the size argument's largest value]
(they return the bytes written, at most the size, or an error); for bpf_get_smp_processor_id, in [0, nr_cpu_ids - 1].
kernel/bpf/helpers.c, bpf_copy_from_user_str(): strncpy_from_user() of at most dst__sz - 1 bytes, plus the NUL, or
its error, so the same range holds for the kfunc (the verifier does not refine it). nr_cpu_ids is at most NR_CPUS,
which arch/x86/Kconfig bounds by 8192 (MAXSMP); the engines take that bound, or the possible CPUs of the kernel the
object was prepared for (/sys/devices/system/cpu/possible, where it is the running one), as the verifier does.
"""

from __future__ import annotations

MAX_ERRNO = 4095
# call -> the argument register whose value bounds the result from above (from below: -MAX_ERRNO)
BOUNDED_BY_SIZE = {"bpf_probe_read_str": 2, "bpf_probe_read_kernel_str": 2, "bpf_probe_read_user_str": 2,
                   "bpf_get_stack": 3, "bpf_get_task_stack": 3, "bpf_copy_from_user_str": 2}
CPU_ID = "bpf_get_smp_processor_id"
NR_CPUS_MAX = 8192


def cpu_ids(known: int | None) -> int:
    """How many CPU ids there may be: the target kernel's possible CPUs where known, else NR_CPUS."""
    return known if known is not None else NR_CPUS_MAX


def bounded(call: str, size: int, result: int, cpus: int | None = None) -> int:
    """A result as a run can see it: an input outside the call's range (a probe's all-ones, say) taken at the
    nearest end of it. `size` is the bounding argument's value, as a signed number; `result` is unsigned 64-bit;
    `cpus`, the target kernel's possible CPUs, where known."""
    if call == CPU_ID:
        return min(result, cpu_ids(cpus) - 1)
    if call not in BOUNDED_BY_SIZE or size < -MAX_ERRNO:
        return result
    return clamped(result, -MAX_ERRNO, size)


def clamped(result: int, low: int, high: int) -> int:
    """An unsigned 64-bit result taken at the nearest end of the signed range [low, high] where it lies outside."""
    signed = result - (1 << 64) if result >> 63 else result
    return max(low, min(signed, high)) & ((1 << 64) - 1)
