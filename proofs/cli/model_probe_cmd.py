"""`sleepcheck model probe [--kernel V] [--write FILE] [--format text|json]`: check the kernel model against the
running kernel by loading small generated programs, and list every fact on which they differ.

Exit 0 when the model and the kernel agree on every probed fact, 1 when any differs, 2 when bpf() is unavailable.
`--write FILE` saves the probed facts as a kernel-model data file (the base model's schema, the probe as source).
"""

from __future__ import annotations

import argparse
import json
import os
from dataclasses import asdict
from typing import TextIO

from sleepcheck.model.errors import KernelModelError
from sleepcheck.model.kernel import KERNEL_VERSIONS, load_kernel_model
from sleepcheck.model.kernel.live import bpf_available
from sleepcheck.model.kernel.loader import load_document
from sleepcheck.model.kernel.probe import Difference, ProbedKernel, compare, probe_kernel
from sleepcheck.model.kernel.probe_document import probed_document
from sleepcheck.proofs.cli import EXIT_INPUT, EXIT_OK, EXIT_VIOLATION


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("probe", help="derive the probe-able facts from the running kernel and list "
                                   "where the shipped model differs (needs root)",
                                   description=__doc__.split("\n\n")[0])
    parser.add_argument("--kernel", help="the model to compare with (default: the running kernel's version)")
    parser.add_argument("--write", metavar="FILE", help="save the probed facts as a kernel-model data file")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.set_defaults(run=run_probe)


def _model_version(requested: str | None) -> tuple[str, str | None]:
    """(version to compare with, a note when the running kernel has no model of its own)."""
    if requested:
        return requested, None
    release = os.uname().release.split("-")[0]
    try:
        load_kernel_model(release)
    except KernelModelError:
        newest = KERNEL_VERSIONS[-1]
        return newest, f"no model of Linux {release}; compared with the newest, {newest}"
    return release, None


def _text(probed: ProbedKernel, version: str, note: str | None, differences: tuple[Difference, ...]) -> str:
    lines = [f"probed Linux {probed.release} {probed.machine}: {probed.loads} loads in {probed.seconds:.1f} s; "
             f"{len(probed.helpers)} helpers, {len(probed.kfuncs)} kfuncs, {len(probed.regions)} regions, "
             f"{len(probed.sleepable)} program-type checks"]
    if note:
        lines.append(f"note: {note}")
    if probed.unusable_configs:
        lines.append(f"not loadable here, so not probed: {', '.join(probed.unusable_configs)}")
    for difference in differences:
        lines.append(f"differs: {difference.fact}: model {difference.model!r}, kernel {difference.kernel!r}")
    verdict = (f"{len(differences)} difference(s) from the Linux {version} model" if differences
               else f"no difference from the Linux {version} model")
    lines.append(verdict)
    return "\n".join(lines) + "\n"


def run_probe(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    unavailable = bpf_available()
    if unavailable:
        print(f"sleepcheck: model probe: {unavailable}", file=stderr)
        return EXIT_INPUT
    version, note = _model_version(args.kernel)
    model = load_kernel_model(version)
    probed = probe_kernel(model.kfuncs)
    differences = compare(model, probed)
    if args.write:
        document = probed_document(probed, load_document(model.version.series))
        try:
            with open(args.write, "w") as f:
                json.dump(document, f, indent=1)
                f.write("\n")
        except OSError as error:
            print(f"sleepcheck: model probe: cannot write {args.write}: {error.strerror}", file=stderr)
            return EXIT_INPUT
    if args.format == "json":
        json.dump({"kernel": probed.release, "machine": probed.machine, "model": version, "note": note,
                   "loads": probed.loads, "seconds": round(probed.seconds, 3),
                   "unusable_configs": list(probed.unusable_configs),
                   "differences": [asdict(d) for d in differences]}, stdout, indent=1)
        stdout.write("\n")
    else:
        stdout.write(_text(probed, version, note, differences))
    return EXIT_VIOLATION if differences else EXIT_OK
