"""The verifier allows eight frames (MAX_CALL_FRAMES): a call that would make a ninth is refused where it is
reached, a kernel-contract finding, and the check ends there instead of following a recursion to its time limit."""

from __future__ import annotations

from pathlib import Path

from sleepcheck.model.asm import load_file
from sleepcheck.model.kernel.loader import load_kernel_model
from sleepcheck.proofs.check import check_program
from sleepcheck.proofs.options import CheckOptions
from sleepcheck.proofs.verdict import Obligation, ProgramResult, Verdict

RECURSIVE = """
	.section	"kprobe/do_sys_openat2","ax",@progbits
	.globl	entry
	.type	entry,@function
entry:
	call again
	r0 = 0
	exit
	.text
	.type	again,@function
again:
	call again
	r0 = 0
	exit
	.section	license,"aw",@progbits
	.globl	LICENSE
LICENSE:
	.asciz	"GPL"
"""


def _checked(tmp_path: Path, text: str) -> ProgramResult:
    source = tmp_path / "program.s"
    source.write_text(text)
    obj = load_file(str(source))
    return check_program(obj, obj.programs[0], load_kernel_model("6.18"), CheckOptions(timeout=30))


def test_a_call_nine_frames_deep_is_refused_where_reached(tmp_path: Path) -> None:
    result = _checked(tmp_path, RECURSIVE)
    finding = next(f for f in result.findings if f.obligation is Obligation.KERNEL_CONTRACT)
    assert finding.verdict is Verdict.VIOLATION
    assert '"the call stack of 9 frames is too deep"' in finding.message
    assert result.verdict is Verdict.VIOLATION  # not unknown: the path graph ends at the refused call


BOUNDED = """
	.section	"kprobe/do_sys_openat2","ax",@progbits
	.globl	entry
	.type	entry,@function
entry:
	r1 = 3
	call down
	r0 = 0
	exit
	.text
	.type	down,@function
down:
	if r1 s<= 0 goto .Lout
	r1 += -1
	call down
.Lout:
	r0 = 0
	exit
	.section	license,"aw",@progbits
	.globl	LICENSE
LICENSE:
	.asciz	"GPL"
"""


def test_recursion_is_refused_as_the_program_loads_however_deep_runs_go(tmp_path: Path) -> None:
    """check_max_stack_depth walks the calls by their code: a function that calls itself is eight frames deep to
    it, although every run here stops four deep."""
    result = _checked(tmp_path, BOUNDED)
    finding = next(f for f in result.findings if f.obligation is Obligation.ADMISSIBLE and
                   f.verdict is Verdict.VIOLATION)
    assert finding.message.startswith("the call stack of 8 frames is too deep !") and finding.rule == "call stack depth"
