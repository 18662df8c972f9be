"""Scaling: sleepcheck beside the kernel's own verifier on generated programs of growing size.

Each program is a sleepable `syscall` program built from three units, repeated to the size asked for:
- region: an RCU read-side section, with some arithmetic in it, opened and closed on a data-dependent branch
  (a random number's low bit);
- blocking: `bpf_copy_from_user` outside every region, on a feasible path;
- guarded: `bpf_copy_from_user` inside an RCU section on a path no input can take (a byte compared with 255),
  so both the kernel and sleepcheck must see the branch is infeasible.
"without blocking" programs repeat the region unit only. Every program here is one the kernel accepts, so the
kernel's time is its full verification, printed by the loader's stats (`verification time N usec`).

Usage: python3 bench/scaling.py [--sizes 1000,10000,100000] [--timeout S]
Prints figures; it asserts nothing about time.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from sleepcheck.model.isa.insn import (
    R0,
    R1,
    R2,
    R3,
    R6,
    R10,
    Alu,
    AluOp,
    Call,
    CallKind,
    Code,
    Exit,
    Imm,
    Insn,
    JmpOp,
    Jump,
    Mov,
    Reg,
)
from sleepcheck.model.kernel import DEFAULT_KERNEL, load_kernel_model
from sleepcheck.model.program import BpfObject, Function, Linkage, Program, Ref, RefKind
from sleepcheck.proofs.options import CheckOptions

PRANDOM = 7  # bpf_get_prandom_u32
COPY_FROM_USER = 148  # bpf_copy_from_user
LOCK, UNLOCK = "bpf_rcu_read_lock", "bpf_rcu_read_unlock"
# Instructions of work inside each region. The kernel explores a data-dependent branch by pushing one arm, and
# refuses a program with more than 8192 arms pending ("The sequence of 8193 jumps is too complex"), so a
# 100,000-instruction program needs at most a few thousand such branches.
REGION_WORK = 20

# A unit is a list of instructions, each with the kfunc it calls (or None).
Unit = list[tuple[Insn, str | None]]


def _kfunc(name: str, ids: dict[str, int]) -> tuple[Insn, str]:
    return Call(CallKind.KFUNC, ids.get(name, 0)), name


def _copy() -> Unit:
    return [(Mov(True, R1, Reg(R10)), None), (Alu(AluOp.ADD, True, R1, Imm(-8)), None), (Mov(True, R2, Imm(8)), None),
            (Mov(True, R3, Imm(0)), None), (Call(CallKind.HELPER, COPY_FROM_USER), None)]


def region_unit(ids: dict[str, int]) -> Unit:
    work: Unit = [(Alu(AluOp.ADD, True, R1, Imm(step)), None) for step in range(REGION_WORK)]
    body: Unit = [_kfunc(LOCK, ids), (Mov(True, R1, Reg(R6)), None), *work, _kfunc(UNLOCK, ids)]
    return [(Call(CallKind.HELPER, PRANDOM), None), (Mov(True, R6, Reg(R0)), None),
            (Jump(JmpOp.JSET, True, R6, Imm(1), len(body)), None), *body]


def guarded_unit(ids: dict[str, int]) -> Unit:
    body: Unit = [_kfunc(LOCK, ids), *_copy(), _kfunc(UNLOCK, ids)]
    return [(Call(CallKind.HELPER, PRANDOM), None), (Alu(AluOp.AND, True, R0, Imm(255)), None),
            (Jump(JmpOp.JLE, True, R0, Imm(255), len(body)), None), *body]


def generate(size: int, blocking: bool, ids: dict[str, int]) -> tuple[Code, dict[int, Ref]]:
    """About `size` instructions of units, then `return 0`; and the kfunc references the program model wants."""
    makers: list[Callable[[dict[str, int]], Unit]] = [region_unit]
    if blocking:
        makers += [lambda _ids: _copy(), guarded_unit]
    insns: list[Insn] = []
    refs: dict[int, Ref] = {}
    units = 0
    while len(insns) < size - 2:
        units += 1
        for insn, kfunc in makers[units % len(makers)](ids):
            if kfunc is not None:
                refs[len(insns)] = Ref(RefKind.KFUNC, kfunc)
            insns.append(insn)
    insns += [Mov(True, R0, Imm(0)), Exit()]
    return Code.of(insns), refs


def as_object(code: Code, refs: dict[int, Ref]) -> tuple[BpfObject, Program]:
    entry = Function("scaled", "syscall", code, Linkage.GLOBAL, refs)
    program = Program("scaled", "syscall", entry, "syscall", None, None, True)
    return BpfObject("<generated>", (program,), {"scaled": entry}, {}, {}, {}, license="GPL"), program


def kernel_ids() -> tuple[dict[str, int], str | None]:
    try:
        from sleepcheck.model.kernel import live
    except ImportError as missing:
        return {}, f"no live loader ({missing})"
    reason = live.bpf_available()
    if reason is not None:
        return {}, reason
    ids = {name: live.kfunc_id(name) for name in (LOCK, UNLOCK)}
    missing_ids = [name for name, found in ids.items() if found is None]
    if missing_ids:
        return {}, f"kfuncs not in the running kernel's BTF: {', '.join(missing_ids)}"
    return {name: int(found) for name, found in ids.items() if found is not None}, None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--timeout", type=float, default=600.0, help="sleepcheck's timeout per program")
    args = parser.parse_args()
    from sleepcheck.proofs.check import check_program
    from sleepcheck.proofs.cli import tune_gc

    ids, unavailable = kernel_ids()
    print(f"kernel: {'unavailable (' + unavailable + ')' if unavailable else 'live, ' + DEFAULT_KERNEL + ' model'}")
    kernel = load_kernel_model(DEFAULT_KERNEL)
    options = CheckOptions(timeout=args.timeout)
    tune_gc()  # as the command line runs
    header = ("insns", "blocking", "sleepcheck", "verdict", "kernel verify", "kernel wall", "ratio")
    rows = [header]
    for size in (int(s) for s in args.sizes.split(",")):
        for blocking in (False, True):
            code, refs = generate(size, blocking, ids)
            obj, program = as_object(code, refs)
            started = time.perf_counter()
            result = check_program(obj, program, kernel, options)
            ours = time.perf_counter() - started
            verify = wall = "-"
            ratio = "-"
            if not unavailable:
                from sleepcheck.model.kernel.live import load_code

                started = time.perf_counter()
                loaded = load_code(code, "syscall", sleepable=True, kernel_log_level=0)
                wall = f"{time.perf_counter() - started:.3f} s"
                if not loaded.accepted:
                    verify = f"refused: {loaded.message or loaded.errno}"
                elif loaded.verification_usec is not None:
                    verify = f"{loaded.verification_usec / 1e6:.3f} s"
                    ratio = f"{ours / (loaded.verification_usec / 1e6):.1f}x"
            rows.append((str(code.slot_total), "yes" if blocking else "no", f"{ours:.3f} s", result.verdict.value,
                         verify, wall, ratio))
            print("  ".join(rows[-1]), flush=True)
    widths = [max(len(row[k]) for row in rows) for k in range(len(header))]
    print()
    for row in rows:
        print("  ".join(cell.rjust(w) for cell, w in zip(row, widths, strict=True)))


if __name__ == "__main__":
    main()
