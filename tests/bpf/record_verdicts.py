"""Record the running kernel's verdict on every program of the corpus: tests/bpf/kernel-verdicts.json.

Each program of each object under tests/bpf/obj/ is loaded alone with sleepcheck's live loader, and the file says
for each whether the kernel accepted or refused it, the verifier's key message, and where the verdict comes from
("kernel 6.18.44", or "not loadable here: <reason>" where this machine cannot load it for reasons outside the sleep
rules). Run as root from anywhere: python3 tests/bpf/record_verdicts.py [--check]
(--check: exit 1 if the recorded file differs from what the kernel says now, without writing).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from sleepcheck.model.elf.loader import load_object
from sleepcheck.model.kernel.live import bpf_available, load_program

HERE = Path(__file__).resolve().parent
OUT = HERE / "kernel-verdicts.json"


def record() -> dict[str, dict[str, object]]:
    """Program ("file.bpf.o:program") -> its verdict, message and source."""
    release = os.uname().release.split("-")[0]
    verdicts: dict[str, dict[str, object]] = {}
    for path in sorted((HERE / "obj").glob("*.bpf.o")):
        obj = load_object(path)
        for program in obj.programs:
            result = load_program(obj, program.name, kernel_log_level=1)
            key = f"{path.name}:{program.name}"
            if result.not_loadable:
                verdicts[key] = {"verdict": "not loadable", "message": "",
                                 "source": f"not loadable here: {result.not_loadable}"}
            else:
                verdicts[key] = {"verdict": "accepted" if result.accepted else "refused",
                                 "message": result.message, "source": f"kernel {release}"}
    return verdicts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the recorded file instead of writing")
    args = parser.parse_args()
    unavailable = bpf_available()
    if unavailable:
        print(f"record_verdicts: {unavailable}", file=sys.stderr)
        return 2
    verdicts = record()
    if args.check:
        old = json.loads(OUT.read_text())["programs"] if OUT.exists() else {}
        changed = sorted(k for k in set(old) | set(verdicts) if old.get(k) != verdicts.get(k))
        for key in changed:
            print(f"{key}: recorded {old.get(key)}, kernel now {verdicts.get(key)}")
        return 1 if changed else 0
    document = {"about": "The running kernel's verdict on each program of tests/bpf/obj, one load per program with "
                         "sleepcheck's live loader; written by tests/bpf/record_verdicts.py.",
                "kernel": f"Linux {os.uname().release} {os.uname().machine}",
                "programs": verdicts}
    OUT.write_text(json.dumps(document, indent=1) + "\n")
    print(f"wrote {OUT.relative_to(HERE.parent.parent)}: {len(verdicts)} programs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
