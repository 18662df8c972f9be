#!/usr/bin/env bash
# Creates .venv beside this script and installs sleepcheck into it with its test extra (pytest, ruff).
# Safe to run again: it reinstalls only when pyproject.toml has changed since the last install.
# PYTHON chooses the interpreter (default python3; sleepcheck needs 3.11 or newer).
set -euo pipefail
cd "$(dirname "$0")"

PYTHON=${PYTHON:-python3}
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "setup.sh: sleepcheck needs Python 3.11 or newer; $PYTHON is $("$PYTHON" --version 2>&1 || echo missing)" >&2
    echo "setup.sh: set PYTHON=/path/to/python3.11 and run again" >&2
    exit 2
fi

stamp=.venv/.installed-from
wanted=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [ -x .venv/bin/sleepcheck ] && [ "$(cat "$stamp" 2>/dev/null)" = "$wanted" ]; then
    exit 0
fi
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv || {
        echo "setup.sh: could not create .venv (on Debian or Ubuntu: apt-get install python3-venv)" >&2
        exit 2
    }
fi
# pip's and setuptools' chatter goes to a log, shown only when the install fails.
if ! { .venv/bin/python -m pip install --upgrade pip && .venv/bin/python -m pip install -e '.[test]'; } \
        > .venv/pip.log 2>&1; then
    cat .venv/pip.log >&2
    echo "setup.sh: pip install failed (log above, kept in .venv/pip.log)" >&2
    exit 2
fi
echo "$wanted" > "$stamp"
echo "setup.sh: sleepcheck installed in .venv ($(.venv/bin/sleepcheck --help >/dev/null && echo ok))"
