"""The concrete interpreter's API: the trace, the inputs a run asks for, a function run on its own, an entry state,
and every object of the corpus running without getting stuck."""

from __future__ import annotations

from pathlib import Path

import pytest
from asm_object import build  # beside this file

from sleepcheck.model.elf.loader import load_object
from sleepcheck.model.isa.insn import Call
from sleepcheck.model.kernel.loader import load_kernel_model
from sleepcheck.model.kernel.model import KernelModel
from sleepcheck.model.kernel.relocate import relocated
from sleepcheck.model.semantics.concrete import MISSING_KFUNC, Exit, OutOfFuel, SleepInAtomic, Stuck, run
from sleepcheck.model.semantics.concrete_context import EntryState, OpenRegion
from sleepcheck.model.semantics.inputs import InputKey, InputKind

CORPUS = Path(__file__).parents[2] / "bpf" / "obj"


@pytest.fixture(scope="module")
def kernel() -> KernelModel:
    return load_kernel_model("6.18")


def test_trace_follows_calls(kernel: KernelModel) -> None:
    obj, program = build({"main": "r1 = 2\ncall sub\nexit", "sub": "r0 = r1\nexit"}, kernel)
    result = run(obj, program, kernel, {})
    assert result.trace == (("main", 0), ("main", 1), ("sub", 0), ("sub", 1), ("main", 2))
    assert result.outcome == Exit(2)
    assert result.r0 == 2


def test_missing_inputs_are_listed_and_read_as_the_default(kernel: KernelModel) -> None:
    obj, program = build({"main": "call bpf_get_prandom_u32\nr6 = r0\ncall bpf_get_prandom_u32\nr0 += r6\nexit"},
                         kernel)
    first = InputKey(InputKind.CALL_RESULT, "main", 0)
    second = InputKey(InputKind.CALL_RESULT, "main", 2)
    result = run(obj, program, kernel, {first: 5}, default=7)
    assert result.inputs_used == (first, second)
    assert result.inputs_missing == (second,)
    assert result.outcome == Exit(12)


def test_enumerating_missing_inputs_finds_every_path(kernel: KernelModel) -> None:
    text = "call bpf_get_prandom_u32\nif r0 == 3 goto +2\nr0 = 0\nexit\ncall bpf_copy_from_user\nr0 = 1\nexit"
    obj, program = build({"main": text}, kernel)
    key = InputKey(InputKind.CALL_RESULT, "main", 0)
    outcomes = {type(run(obj, program, kernel, {key: value}).outcome) for value in range(5)}
    assert outcomes == {Exit, SleepInAtomic}


def test_a_function_on_its_own_reads_its_arguments(kernel: KernelModel) -> None:
    obj, program = build({"main": "r1 = 1\ncall sub\nexit", "sub": "r0 = r1\nr0 += r2\nexit"}, kernel,
                         global_functions=("sub",))
    sub = obj.functions["sub"]
    r1 = InputKey(InputKind.ARGUMENT, "sub", detail=1)
    r2 = InputKey(InputKind.ARGUMENT, "sub", detail=2)
    result = run(obj, program, kernel, {r1: 40, r2: 2}, entry=sub)
    assert result.outcome == Exit(42)
    assert {r1, r2} <= set(result.inputs_used)


def test_an_entry_state_with_a_region_open(kernel: KernelModel) -> None:
    obj, program = build({"main": "call bpf_copy_from_user\nr0 = 0\nexit"}, kernel, sleepable=True)
    assert run(obj, program, kernel, {}).outcome == Exit(0)
    opened = OpenRegion("rcu", "caller", 3)
    outcome = run(obj, program, kernel, {}, entry_state=EntryState(True, (opened,))).outcome
    assert isinstance(outcome, SleepInAtomic)
    assert outcome.regions == (opened,)
    assert "rcu opened at caller+3" in outcome.describe()


def test_fuel_counts_instructions(kernel: KernelModel) -> None:
    obj, program = build({"main": "r0 = 0\nloop:\nr0 += 1\ngoto loop"}, kernel)
    result = run(obj, program, kernel, {}, fuel=10)
    assert result.outcome == OutOfFuel(10)
    assert len(result.trace) == 10
    assert result.r0 is None


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.bpf.o")), ids=lambda p: p.name)
def test_the_corpus_runs_without_getting_stuck(path: Path, kernel: KernelModel) -> None:
    """With every input 0, and with every input 1 (map lookups non-NULL), no program of the corpus does anything the
    interpreter cannot execute. With inputs 0 every run ends; with inputs 1 a loop driven by an input (an open-coded
    iterator's next, whose result is an input) may spin until the fuel runs out, and a lock that may fail stops the
    run, as 1 is neither its success nor an error code. The object is prepared as the check prepares it (CO-RE
    values of the running kernel, which make a branch to a poisoned call dead). A run may stop where the program
    calls a weak kfunc the kernel lacks, which the kernel refuses too."""
    obj = relocated(load_object(path), kernel)
    for program in obj.programs:
        outcome = run(obj, program, kernel, {}, fuel=100_000).outcome
        refused = isinstance(outcome, Stuck) and outcome.reason.endswith(MISSING_KFUNC)
        assert refused or not isinstance(outcome, Stuck | OutOfFuel), (program.name, outcome)
        outcome = run(obj, program, kernel, {}, fuel=100_000, default=1).outcome
        assert not isinstance(outcome, Stuck) or outcome.reason.endswith(("never 1", MISSING_KFUNC)), (
            program.name, outcome)


def test_an_armed_timer_fires_after_an_exit_with_a_region_open(kernel: KernelModel) -> None:
    """The exit with preemption disabled is the run's outcome, but the program did exit: the timer callback it armed
    still runs (in atomic context), and its sleep is seen."""
    main = "\n".join([
        "call bpf_preempt_disable", "r1 = 0", "*(u32 *)(r10 - 4) = r1", "r2 = r10", "r2 += -4", "r1 = map timers",
        "call bpf_map_lookup_elem", "if r0 == 0 goto LBB0_1", "r6 = r0", "r1 = r6", "r2 = map timers", "r3 = 1",
        "call bpf_timer_init", "r1 = r6", "r2 = func cb", "call bpf_timer_set_callback", "LBB0_1:", "r0 = 0",
        "exit"])
    cb = "r1 = r10\nr1 += -8\nr2 = 8\nr3 = 0\ncall bpf_copy_from_user\nr0 = 0\nexit"
    obj, program = build({"main": main, "cb": cb}, kernel, sleepable=True, prog_type="syscall", maps={"timers": 1})
    found = InputKey(InputKind.CALL_RESULT, "main", 6)
    result = run(obj, program, kernel, {found: 1}, past_sleep=True)
    assert result.outcome.misuse.value == "exit" and result.outcome.region == "preempt"  # type: ignore[union-attr]
    assert [(s.function, s.call) for s in result.sleeps] == [("cb", "bpf_copy_from_user")]


def test_a_run_past_sleeps_ends_at_the_sleep_it_is_told(kernel: KernelModel) -> None:
    """`until` ends a run that goes past sleeps at the first one it accepts, which is then the outcome (a replay
    stops at its site instead of running on through a loop whose later inputs nobody chose)."""
    copy = "r1 = r10\nr1 += -8\nr2 = 8\nr3 = 0\ncall bpf_copy_from_user"
    obj, program = build({"main": f"{copy}\n{copy}\n{copy}\nr0 = 0\nexit"}, kernel, prog_type="kprobe")
    every = run(obj, program, kernel, {}, past_sleep=True)
    assert [s.insn for s in every.sleeps] == [4, 9, 14] and every.outcome == Exit(0)
    second = run(obj, program, kernel, {}, past_sleep=True, until=lambda sleep: sleep.insn == 9)
    assert [s.insn for s in second.sleeps] == [4]
    assert isinstance(second.outcome, SleepInAtomic) and second.outcome.insn == 9
    assert second.trace[-1] == ("main", 9)



def test_a_failed_res_spin_lock_returns_an_error_code(kernel: KernelModel) -> None:
    """bpf_res_spin_lock returns 0 or a negative error: a result of 1, which no real run gets, stops the run rather
    than pass a signed test (r < 0) as if the lock were held, and unlock it unheld."""
    obj = load_object(str(CORPUS / "region_res_spin_signed_check.bpf.o"))
    program = obj.programs[0]
    lookup, lock, _unlock = (InputKey(InputKind.CALL_RESULT, program.name, index)
                             for index, insn in enumerate(program.entry.code.insns) if isinstance(insn, Call))
    assert run(obj, program, kernel, {lookup: 1, lock: 0}).outcome == Exit(0)
    assert run(obj, program, kernel, {lookup: 1, lock: (1 << 64) - 4}).outcome == Exit(0)
    stuck = run(obj, program, kernel, {lookup: 1, lock: 1}).outcome
    assert isinstance(stuck, Stuck) and "never 1" in stuck.reason


@pytest.mark.parametrize(("store", "reads"), [
    ("*(u32 *)(r1 + 44) = 0x12345", 0x2345),  # tc_index keeps 16 bits
    ("*(u32 *)(r1 + 72) = 0x10005", 5),  # tc_classid too
    ("*(u32 *)(r1 + 12) = 0x40", 0x40),  # a queue below NO_QUEUE_MAPPING is kept
    ("*(u32 *)(r1 + 12) = -1", 0xFFFF),  # an immediate is compared signed: -1 is stored, cut to 16 bits
    ("r2 = -1\n*(u32 *)(r1 + 12) = r2", 7),  # a register unsigned: not stored, the old queue reads
    ("r2 = 0x10040\n*(u32 *)(r1 + 12) = r2", 7),
    ("*(u32 *)(r1 + 8) = 0x12345", 0x12345),  # mark is a whole u32
])
def test_narrow_skb_fields_read_back_as_the_kernel_keeps_them(kernel: KernelModel, store: str, reads: int) -> None:
    offset = int(store.rsplit("(r1 + ", 1)[1].split(")")[0])
    obj, program = build({"main": f"{store}\nr0 = *(u32 *)(r1 + {offset})\nexit"}, kernel, prog_type="sched_cls")
    old = {InputKey(InputKind.CTX_BYTE, detail=offset): 7}
    assert run(obj, program, kernel, old).outcome == Exit(reads)


@pytest.mark.parametrize(("flags", "sleeps"), [(0, True), (1, False), (1 << 40, False)])
def test_bpf_loop_with_flags_runs_no_callback(kernel: KernelModel, flags: int, sleeps: bool) -> None:
    obj, program = build({"main": f"r1 = 2\nr2 = func cb\nr3 = 0\nr4 = {flags} ll\ncall bpf_loop\nr0 = 0\nexit",
                          "cb": "call bpf_copy_from_user\nr0 = 0\nexit"}, kernel)
    count = {InputKey(InputKind.CALLBACK_COUNT, "main", 4): 2}
    assert isinstance(run(obj, program, kernel, count).outcome, SleepInAtomic) is sleeps


@pytest.mark.parametrize(("offset", "reads"), [(4, 0x7), (16, 0xFFFF), (20, 0x1), (8, 0xFFFF_FFFF)])
def test_narrow_skb_fields_read_as_the_kernel_keeps_them(kernel: KernelModel, offset: int, reads: int) -> None:
    obj, program = build({"main": f"r0 = *(u32 *)(r1 + {offset})\nexit"}, kernel, prog_type="sched_cls")
    assert run(obj, program, kernel, {}, default=0xFF).outcome == Exit(reads)  # pkt_type, protocol, vlan_present, mark


@pytest.mark.parametrize(("load", "reads"), [
    ("*(u8 *)(r1 + 5)", 0x7),  # a byte of pkt_type past its first: the kernel's byte load of pkt_type, & 7
    ("*(u16 *)(r1 + 18)", 0xFFFF),  # the high half of protocol: the kernel's 16-bit load of protocol
    ("*(u8 *)(r1 + 17)", 0xFF),  # narrower than that load: its second byte
    ("*(u16 *)(r1 + 134)", 0xFFFF_0000),  # remote_port is skc_dport << 16, unmasked
    ("*(u16 *)(r1 + 10)", 0xFFFF),  # mark is whole: the bytes at its offset
])
def test_part_of_a_narrow_skb_field_reads_as_the_kernel_loads_it(kernel: KernelModel, load: str, reads: int) -> None:
    obj, program = build({"main": f"r0 = {load}\nexit"}, kernel, prog_type="sched_cls")
    assert run(obj, program, kernel, {}, default=0xFF).outcome == Exit(reads)
