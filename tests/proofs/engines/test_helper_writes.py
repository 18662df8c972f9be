"""Stack bytes a helper fills through a pointer argument: the encoding makes them the call's inputs, the
interpreter writes the same inputs there, and bytes the helper does not reach keep their value."""

from __future__ import annotations

from sleepcheck.model.kernel.loader import load_kernel_model
from sleepcheck.model.semantics import concrete
from sleepcheck.model.semantics.inputs import InputKey, InputKind, written_detail
from sleepcheck.proofs.check import check_program
from sleepcheck.proofs.harness import build, parse_input, witnessed
from sleepcheck.proofs.options import CheckOptions
from sleepcheck.proofs.strategies import GeneratedProgram
from sleepcheck.proofs.verdict import Obligation, Verdict

KERNEL = load_kernel_model("6.18")
OPTIONS = CheckOptions(bound=8, plain_runs=False)  # the engines alone, not plain runs


def _program(size: list[str], byte: int) -> GeneratedProgram:
    """fp-8 holds eight bytes of 1; bpf_probe_read_user fills fp-8.. with `size` bytes (set into r2 by `size`);
    byte `byte` of the slot then decides an RCU section around a copy from user memory."""
    return GeneratedProgram("\n".join([
        "r6 = r1", "r1 = 0x0101010101010101 ll", "*(u64 *)(r10 - 8) = r1", "r1 = 0", "*(u64 *)(r10 - 16) = r1",
        "r7 = *(u8 *)(r6 + 0)", *size,
        "r1 = r10", "r1 += -8", "r3 = 0", "call bpf_probe_read_user",
        f"r8 = *(u8 *)(r10 - {8 - byte})", "if r8 == 1 goto +1", "call bpf_rcu_read_lock",
        "r1 = r10", "r1 += -16", "r2 = 8", "r3 = 0", "call bpf_copy_from_user",
        "if r8 == 1 goto +1", "call bpf_rcu_read_unlock", "r0 = 0", "exit",
    ]), "syscall", True, (0,))


def _sleep_verdict(generated: GeneratedProgram) -> tuple[Verdict, dict[str, int]]:
    obj, program = build(generated, KERNEL)
    result = check_program(obj, program, KERNEL, OPTIONS)
    finding = next(f for f in result.findings if f.obligation is Obligation.NO_SLEEP_IN_ATOMIC)
    return finding.verdict, dict(finding.witness.inputs) if finding.witness else {}


def test_a_byte_the_helper_fills_decides_and_the_witness_names_it() -> None:
    verdict, inputs = _sleep_verdict(_program(["w2 = 8"], 3))
    assert verdict is Verdict.VIOLATION
    assert any(" written r1[" in name for name in inputs), inputs


def test_the_witness_names_the_call_by_its_slot_and_replays_from_the_names() -> None:
    obj, program = build(_program(["w2 = 8"], 3), KERNEL)
    result = check_program(obj, program, KERNEL, OPTIONS)
    finding = next(f for f in result.findings if f.obligation is Obligation.NO_SLEEP_IN_ATOMIC)
    assert finding.witness is not None
    # bpf_probe_read_user is the function's instruction 10 and its slot 11 (the ld_imm64 before it takes two), as
    # llvm-objdump and the finding's own location (the copy: instruction 18, slot 19) number it
    assert finding.at is not None and (finding.at.insn, finding.at.slot) == (18, 19)
    assert any(name.startswith("main+11 written r1[") for name in finding.witness.inputs), finding.witness.inputs
    assert witnessed(obj, program, KERNEL, result) is None


def test_a_run_constant_reads_back_from_its_readable_name() -> None:
    assert parse_input("bpf_get_smp_processor_id() (every call of the run)", 1) == {
        InputKey(InputKind.RUN_CONSTANT, "bpf_get_smp_processor_id", 0): 1}


def test_a_byte_past_a_constant_size_keeps_its_value() -> None:
    verdict, _ = _sleep_verdict(_program(["w2 = 4"], 5))
    assert verdict is Verdict.SAFE


def test_a_variable_size_reaches_only_the_bytes_below_it() -> None:
    below = ["r2 = r7", "r2 &= 3"]  # at most 3 bytes: byte 5 is never filled
    assert _sleep_verdict(_program(below, 5))[0] is Verdict.SAFE
    reaching = ["r2 = r7", "r2 &= 15"]  # up to 8 bytes (the frame's top): byte 5 is filled when r2 > 5
    verdict, inputs = _sleep_verdict(_program(reaching, 5))
    assert verdict is Verdict.VIOLATION
    assert inputs["ctx[0]"] & 15 > 5, inputs


def test_the_interpreter_writes_the_named_bytes_and_no_more() -> None:
    obj, program = build(_program(["w2 = 4"], 3), KERNEL)
    call = 10  # the bpf_probe_read_user call (the 16-byte ld_imm64 counts twice)
    inputs = {InputKey(InputKind.WRITTEN, "main", call, 0, written_detail(1, i)): 1 + i for i in range(4)}
    run = concrete.run(obj, program, KERNEL, inputs)
    asked = {key for key in run.inputs_used if key.kind is InputKind.WRITTEN}
    assert asked == set(inputs)
    assert isinstance(run.outcome, concrete.SleepInAtomic)  # byte 3 reads 4, not the 1 stored before the call
    quiet = {**inputs, InputKey(InputKind.WRITTEN, "main", call, 0, written_detail(1, 3)): 1}
    assert isinstance(concrete.run(obj, program, KERNEL, quiet).outcome, concrete.Exit)


def test_a_written_input_reads_back_from_its_readable_name() -> None:
    assert parse_input("main+10 written r1[0..1]", 0x0207) == {
        InputKey(InputKind.WRITTEN, "main", 10, 0, written_detail(1, 0)): 7,
        InputKey(InputKind.WRITTEN, "main", 10, 0, written_detail(1, 1)): 2,
    }
    assert parse_input("main+10 written r3[4] (run 2)", 9) == {
        InputKey(InputKind.WRITTEN, "main", 10, 1, written_detail(3, 4)): 9}


def test_the_kernel_model_says_which_arguments_are_written() -> None:
    read = KERNEL.call_effect("bpf_probe_read_user").writes
    assert read is not None and [(w.arg, w.size_arg) for w in read] == [(1, 2)]
    assert KERNEL.call_effect("bpf_map_lookup_elem").writes == ()
    strtol = KERNEL.call_effect("bpf_strtol").writes
    assert strtol is not None and [(w.arg, w.size) for w in strtol] == [(4, 8)]
    kfunc = KERNEL.call_effect("bpf_copy_from_user_str").writes
    assert kfunc is not None and [(w.arg, w.size_arg) for w in kfunc] == [(1, 2)]


def _rcu_copy_if_filled(pointer: list[str], loop: bool) -> GeneratedProgram:
    """fp-8 holds 0, then bpf_probe_read_user fills it through a pointer made by `pointer` (into r1) inside an RCU
    section; the copy from user memory runs when the byte read back is not 0: a sleep in the section whenever the
    helper writes something else. With `loop`, the same body runs 3,000 times."""
    body = ["r1 = 0", "*(u64 *)(r10 - 8) = r1", "call bpf_rcu_read_lock", *pointer, "r2 = 8", "r3 = 0",
            "call bpf_probe_read_user", "r2 = *(u64 *)(r10 - 8)", "if r2 == 0 goto LBB0_3",
            "r1 = r10", "r1 += -16", "r2 = 8", "r3 = 0", "call bpf_copy_from_user", "LBB0_3:",
            "call bpf_rcu_read_unlock"]
    head = ["r6 = r1", "r7 = r10", "r7 += -8", "*(u64 *)(r10 - 24) = r7", "r1 = 0", "*(u64 *)(r10 - 16) = r1"]
    if loop:
        body = ["r9 = 0", "LBB0_1:", *body, "r9 += 1", "if r9 < 3000 goto LBB0_1"]
    return GeneratedProgram("\n".join([*head, *body, "r0 = 0", "exit"]), "syscall", True, (0,), loops=loop)


def test_a_pointer_kept_from_before_a_loop_still_fills_the_stack() -> None:
    """The pointer is made once before the loop (as clang hoists it): the loop engine, which forgets registers at
    the loop head, must still see the helper fill fp-8, or it proves a sleep unreachable."""
    verdict, _ = _sleep_verdict(_rcu_copy_if_filled(["r1 = r7"], loop=True))
    assert verdict is Verdict.VIOLATION


def test_a_pointer_reloaded_from_the_stack_may_fill_any_of_it() -> None:
    """A pointer the code loads from memory could point anywhere in the stack: never a proof that fp-8 kept 0."""
    verdict, _ = _sleep_verdict(_rcu_copy_if_filled(["r1 = *(u64 *)(r10 - 24)"], loop=False))
    assert verdict is not Verdict.SAFE
