"""One exception tree, so the command line can turn any input error into one line and exit code 2.

Input errors also subclass ValueError. A solver failure or timeout is not an error: it is an `unknown` finding.
"""

from __future__ import annotations


class SleepcheckError(ValueError):
    """Root of every error sleepcheck reports to its user as bad input."""

    def __init__(self, message: str, *, file: str | None = None, program: str | None = None,
                 insn: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.file = file
        self.program = program
        self.insn = insn

    def located(self, *, file: str | None = None, program: str | None = None,
                insn: int | None = None) -> SleepcheckError:
        """Fill in where the error happened as it travels up, keeping what a deeper layer already knew."""
        self.file = self.file or file
        self.program = self.program or program
        self.insn = self.insn if self.insn is not None else insn
        return self

    def one_line(self) -> str:
        where = [p for p in (self.file, self.program) if p]
        if self.insn is not None:
            where.append(f"insn {self.insn}")
        prefix = ": ".join(where)
        return f"{prefix}: {self.message}" if prefix else self.message


class ObjectError(SleepcheckError):
    """The file is not a BPF object we can read: truncated, not ELF, not BPF, a bad relocation or section."""


class DecodeError(SleepcheckError):
    """An instruction that is not valid eBPF: unknown opcode, bad register, jump out of range."""


class AsmError(SleepcheckError):
    """A line of LLVM BPF assembly text that does not parse."""


class KernelModelError(SleepcheckError):
    """A question the kernel model cannot answer: unknown version, helper number or kfunc name."""
