#!/usr/bin/env bash
# Runs every test. Installs what the tests need (first run), builds, runs all test projects, and prints
# "N passed, N failed[, N skipped]" as its last line. Fails if any test fails or if no test ran.
#   ./test.sh                 all tests
#   ./test.sh --filter-not-trait Category=Slow    (arguments go to the test runner)
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
# shellcheck source=scripts/ensure-deps.sh
source "$here/scripts/ensure-deps.sh"
ensure_debs "${NACRE_RUNTIME_DEBS[@]}" || exit 1
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if [ -x "$here/tests/e2e/setup.sh" ]; then "$here/tests/e2e/setup.sh" || exit 1; fi

echo "test.sh: building…" >&2
if ! dotnet build Nacre.slnx -c Release --nologo -v quiet -clp:ErrorsOnly; then
  echo "0 passed, 1 failed"
  exit 1
fi

log=$(mktemp)
dotnet test --solution Nacre.slnx -c Release --no-build --max-parallel-test-modules 1 "$@" 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
# The runner's summary block: "failed: N", "succeeded: N", "skipped: N".
failed=$(awk '/^Test run summary/{s=1} s && $1=="failed:"{print $2}' "$log" | tail -1)
passed=$(awk '/^Test run summary/{s=1} s && $1=="succeeded:"{print $2}' "$log" | tail -1)
skipped=$(awk '/^Test run summary/{s=1} s && $1=="skipped:"{print $2}' "$log" | tail -1)
rm -f "$log"
failed=${failed:-0}; passed=${passed:-0}; skipped=${skipped:-0}
if [ "$passed" = 0 ] && [ "$failed" = 0 ]; then
  echo "test.sh: no test ran" >&2
  failed=1
fi
if [ "$rc" != 0 ] && [ "$failed" = 0 ]; then
  echo "test.sh: the test runner exited with $rc" >&2
  failed=1
fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" = 0 ]
