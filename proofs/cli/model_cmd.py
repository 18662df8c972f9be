"""`sleepcheck model ...`: the kernel model from the command line.

`model show [--kernel V] [NAME] [--format text|json]` explains one fact like a reference page and cites its source;
without NAME it describes the version and what changed since the one before. `model probe` lives in
model_probe_cmd.py and is registered here when that module exists.
"""

from __future__ import annotations

import argparse
import importlib
import json
from typing import TextIO

from sleepcheck.model.kernel import DEFAULT_KERNEL, KERNEL_VERSIONS, load_kernel_model, parse_kernel_version
from sleepcheck.model.kernel.explain import Explanation, explain
from sleepcheck.model.kernel.summary import describe_version


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("model", help="the kernel model: show facts, probe the running kernel")
    model_subparsers = parser.add_subparsers(dest="model_command", required=True,
                                             parser_class=type(parser))
    show = model_subparsers.add_parser("show", help="explain a helper, kfunc, LSM hook, region, program type, "
                                       "struct_ops member or map type, or summarise a kernel version")
    show.add_argument("name", nargs="?", help="what to explain; omit for a summary of the version")
    show.add_argument("--kernel", default=DEFAULT_KERNEL,
                      help=f"kernel version, e.g. 6.18 or 6.18.44 (known: {', '.join(KERNEL_VERSIONS)})")
    show.add_argument("--format", choices=("text", "json"), default="text")
    show.set_defaults(run=run_show)
    try:
        probe = importlib.import_module("sleepcheck.proofs.cli.model_probe_cmd")
    except ModuleNotFoundError as missing:
        if missing.name != "sleepcheck.proofs.cli.model_probe_cmd":
            raise
    else:
        probe.register(model_subparsers)


def _previous(version: str) -> str | None:
    series = parse_kernel_version(version).series
    index = KERNEL_VERSIONS.index(series)
    return KERNEL_VERSIONS[index - 1] if index > 0 else None


def render_text(page: Explanation) -> str:
    width = max((len(label) for label, _ in page.facts), default=0)
    lines = [f"{page.name}  ({page.kind.replace('_', ' ')}, Linux {page.kernel})", "", f"  {page.summary}", ""]
    lines += [f"  {label.ljust(width)}  {value}" for label, value in page.facts]
    lines += ["", "Sources:"]
    lines += [f"  [{certainty}] {what}: {source}" for what, source, certainty in page.sources]
    return "\n".join(lines) + "\n"


def run_show(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    model = load_kernel_model(args.kernel)
    if args.name is None:
        previous = _previous(args.kernel)
        page = describe_version(model, load_kernel_model(previous) if previous else None)
    else:
        page = explain(model, args.name)
    if args.format == "json":
        json.dump(page.as_dict(), stdout, indent=2)
        stdout.write("\n")
    else:
        stdout.write(render_text(page))
    return 0
