"""What a check is asked to do, resolved once from the command line into one frozen record.

Engines receive this record as an argument and never read the command line or a global, so a test or a
benchmark builds one directly and two checks with different options can run in one process.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sleepcheck.model.errors import SleepcheckError
from sleepcheck.model.kernel import DEFAULT_KERNEL, parse_kernel_version

# Solvers the bounded engine can drive (proofs/solvers.py says how); z3 is the default until another is faster and
# agrees on every query (bench/solvers.py measures both).
SOLVERS: tuple[str, ...] = ("z3", "cvc5", "yices", "bitwuzla")
DEFAULT_BOUND = 64
DEFAULT_TIMEOUT = 30.0


@dataclass(frozen=True)
class CheckOptions:
    kernel: str = DEFAULT_KERNEL  # the version string as given ("6.18", "6.18.44"), already validated
    bound: int = DEFAULT_BOUND  # loop unwinding bound of the bounded engine
    timeout: float = DEFAULT_TIMEOUT  # seconds per program; running out gives `unknown`, never an error
    solver: str = SOLVERS[0]
    rodata_unknown: bool = False  # treat `.rodata` as inputs, for loaders that rewrite it before loading
    programs: tuple[str, ...] = ()  # only these programs (by name); empty: every program
    smtlib: str | None = None  # a directory that receives every bounded query as an SMT-LIB 2 file
    # a violation a plain run shows needs no solver; off, every site goes to the engines (tests of the engines)
    plain_runs: bool = True
    # loads at computed stack addresses spelled out over four times as many held bytes: asked again so where a
    # witness did not replay (the load read an unknown), as each costs a look back through the encoding
    wide_tables: bool = False
    # the verifier's view of sync callbacks and numbers iterators (any number of runs up to what it explores, none
    # included), in which a violation is a contract finding; not an option of the command line
    runs_as_verified: bool = False
    # when the program's time runs out (time.monotonic()), set as its check begins: each query gets what is left
    deadline: float | None = None

    def selects(self, program: str) -> bool:
        return not self.programs or program in self.programs


def resolve_options(*, kernel: str = DEFAULT_KERNEL, bound: int = DEFAULT_BOUND, timeout: float = DEFAULT_TIMEOUT,
                    solver: str = SOLVERS[0], rodata_unknown: bool = False,
                    programs: tuple[str, ...] = (), smtlib: str | None = None) -> CheckOptions:
    """Validate every option up front, so a wrong command line fails before the first file is read."""
    parse_kernel_version(kernel)
    if bound < 1:
        raise SleepcheckError(f"--bound must be at least 1, not {bound}")
    if not 0 < timeout < float("inf"):  # nan and inf too
        raise SleepcheckError(f"--timeout must be a positive, finite number of seconds, not {timeout:g}")
    if solver not in SOLVERS:
        raise SleepcheckError(f"no solver named {solver!r} (known: {', '.join(SOLVERS)})")
    from sleepcheck.proofs.solvers import unavailable  # loads solver bindings: only when a check is asked for

    missing = unavailable(solver)
    if missing is not None:
        raise SleepcheckError(missing)
    if smtlib is not None:
        try:
            Path(smtlib).mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise SleepcheckError(f"--smtlib {smtlib}: cannot create the directory: {error.strerror}") from None
    return CheckOptions(kernel, bound, timeout, solver, rodata_unknown, programs, smtlib)
