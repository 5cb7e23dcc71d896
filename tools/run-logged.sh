#!/bin/sh
# run-logged.sh LOG COMMAND [ARG...]: runs COMMAND with its standard output and error in LOG,
# so that a build step that succeeds prints nothing (the README's build command must show
# only the demo's output); when COMMAND fails, LOG goes to standard error and the exit status
# is COMMAND's, so a compiler error is never hidden. Maven runs CMake through this
# (java/pom.xml); the log stays for reading after a successful build too.
set -u
log=$1
shift
mkdir -p "$(dirname "$log")" || exit 1
if "$@" >"$log" 2>&1; then
    exit 0
else
    status=$?
    echo "failed (exit $status): $*" >&2
    cat "$log" >&2
    exit "$status"
fi
