#!/usr/bin/env bash
# Runs every test of the solution. Installs what the tests need first when it is missing and we may:
# Debian's chromium (browser tests) and postgresql (store tests) — root only; otherwise it says what to install.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)                                   # browser tests
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)       # PostgreSQL store tests
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "test.sh: installing ${need[*]} for the tests" >&2
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "test.sh: missing ${need[*]}: some tests will fail (sudo apt-get install ${need[*]})" >&2
  fi
fi

results="$root/TestResults"
rm -rf "$results"
# The quality floors read the gold data; say so up front.
if [ -z "${RECOUPE_EVAL_DATA:-}" ] && [ ! -d "$root/../shared/eval" ]; then
  echo "note: RECOUPE_EVAL_DATA is unset and ../shared/eval is missing: the quality-floor tests need the gold data" >&2
fi
set +e
dotnet test Recoupe.slnx --logger "trx" --results-directory "$results" "$@"
status=$?
set -e

# One plain closing line that any reader understands: "N passed, N failed".
python3 - "$results" <<'PY' || true
import sys, glob, re
passed = failed = skipped = 0
for f in glob.glob(sys.argv[1] + "/*.trx"):
    s = open(f, encoding="utf-8").read()
    m = re.search(r'<Counters [^>]*', s)
    if not m: continue
    c = dict(re.findall(r'(\w+)="(\d+)"', m.group(0)))
    passed += int(c.get("passed", 0)); failed += int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0))
    skipped += int(c.get("notExecuted", 0))
print(f"{passed} passed, {failed} failed, {skipped} skipped")
PY
exit $status
