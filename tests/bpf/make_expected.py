"""Write tests/bpf/expected-verdicts.json: for every program of the corpus, the verdict sleepcheck must give and
where that verdict comes from.

Two sources: the running kernel's verdict, recorded by record_verdicts.py into kernel-verdicts.json, and the
reasoning written in each source file's `// expect:` line. Where the kernel loaded the program, the truth is safe;
where it refused it for a sleep or region rule, the truth is a violation; where it refused a program that never
sleeps in atomic context (its value tracking lost a correlation, marked "lost precision" in the source), the truth
is safe and the entry says the kernel disagrees; where it loaded a program that sleeps in atomic context at run time
in a way its verifier does not model (marked "the verifier misses" in the source, with the kernel source that says
so), the truth is a violation. A program the kernel cannot load here takes its verdict from the
reasoning alone. A reasoned verdict that contradicts the kernel with none of these notes is an error.

Run: python3 tests/bpf/make_expected.py (after record_verdicts.py).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXPECT = re.compile(r"// expect: (\w+): (safe|violation)(?:\s+([\w-]+))?")


def reasoned() -> dict[str, dict[str, object]]:
    found: dict[str, dict[str, object]] = {}
    for source in sorted((HERE / "src").glob("*.bpf.c")):
        text = source.read_text()
        lost = "lost precision" in text
        misses = "the verifier misses" in text
        for match in EXPECT.finditer(text):
            found[match.group(1)] = {
                "object": source.name.replace(".bpf.c", ".bpf.o"),
                "verdict": match.group(2),
                "obligation": match.group(3),
                "lost_precision": lost,
                "verifier_misses": misses,
            }
    return found


def main() -> int:
    kernel = json.loads((HERE / "kernel-verdicts.json").read_text())
    recorded = kernel["programs"]
    entries: dict[str, dict[str, object]] = {}
    problems = []
    for program, reason in sorted(reasoned().items()):
        key = f"{reason['object']}:{program}"
        entry = {"verdict": reason["verdict"], "obligation": reason["obligation"]}
        seen = recorded.get(key)
        if seen is None or not str(seen["source"]).startswith("kernel"):
            entry["source"] = "reasoning: not loadable here" if seen else "reasoning: not yet recorded"
        else:
            accepted = seen["verdict"] == "accepted"
            entry["kernel"] = seen["verdict"]
            entry["kernel_message"] = seen["message"]
            if accepted == (reason["verdict"] == "safe"):
                entry["source"] = seen["source"]
            elif reason["lost_precision"] and reason["verdict"] == "safe":
                entry["source"] = "reasoning: the kernel refuses a program that never sleeps in atomic context"
                entry["lost_precision"] = True
            elif reason["verifier_misses"] and reason["verdict"] == "violation":
                entry["source"] = "reasoning: the kernel loads a program that sleeps in atomic context at run time"
                entry["verifier_misses"] = True
            else:
                problems.append(f"{key}: reasoning says {reason['verdict']}, the kernel {seen['verdict']}")
        entries[key] = entry
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    document = {"about": __doc__.splitlines()[0], "kernel": kernel["kernel"], "programs": entries}
    (HERE / "expected-verdicts.json").write_text(json.dumps(document, indent=1) + "\n")
    print(f"{len(entries)} programs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
