#!/usr/bin/env bash
# Runs the whole test suite in .venv (created by setup.sh when missing). Arguments go to pytest.
# Tests that need clang or the bpf() system call skip with their reason where those are missing.
# pytest's own exit code is the script's: 5 (no tests collected) fails like any other.
set -euo pipefail
cd "$(dirname "$0")"
./setup.sh
exec .venv/bin/python -m pytest "$@"
