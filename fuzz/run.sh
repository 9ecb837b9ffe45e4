#!/usr/bin/env bash
# Fuzzes the C3D reader with afl-fuzz for SECONDS (default 60):
#   builds fuzz/GluteLab.Fuzz, instruments GluteLab.Signals.dll with SharpFuzz, seeds a corpus made by the
#   project's own writer, runs afl-fuzz, prints the number of executions and exits 1 if AFL saved any crash.
# Exit codes: 0 no crash, 1 crash found or setup failed, 77 afl-fuzz not installed (skipped).
set -uo pipefail
seconds="${1:-60}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
if ! command -v afl-fuzz >/dev/null 2>&1; then
  echo "fuzz: afl-fuzz is not installed (apt-get install -y afl++); skipped" >&2
  exit 77
fi
work="$root/.build/fuzz"
rm -rf "$work"
mkdir -p "$work"
dotnet tool restore >/dev/null || { echo "fuzz: dotnet tool restore failed" >&2; exit 1; }
dotnet build fuzz/GluteLab.Fuzz/GluteLab.Fuzz.csproj -c Release -o "$work/bin" -nologo -v quiet -clp:ErrorsOnly >&2 \
  || { echo "fuzz: build failed" >&2; exit 1; }
# Seed before instrumenting: instrumented code expects afl's shared memory.
dotnet "$work/bin/GluteLab.Fuzz.dll" --seed "$work/corpus" || { echo "fuzz: seeding failed" >&2; exit 1; }
dotnet sharpfuzz "$work/bin/GluteLab.Signals.dll" >/dev/null || { echo "fuzz: instrumentation failed" >&2; exit 1; }

export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
export DOTNET_TieredPGO=0
afl-fuzz -i "$work/corpus" -o "$work/findings" -t 10000 -m none -V "$seconds" -- dotnet "$work/bin/GluteLab.Fuzz.dll" \
  >"$work/afl.log" 2>&1
afl_status=$?
stats="$work/findings/default/fuzzer_stats"
if [ ! -f "$stats" ]; then
  echo "fuzz: afl-fuzz did not run (exit $afl_status); last lines of its log:" >&2
  tail -20 "$work/afl.log" >&2
  exit 1
fi
execs="$(sed -n 's/^execs_done *: *//p' "$stats")"
crashes="$(find "$work/findings/default/crashes" -type f ! -name README.txt 2>/dev/null | wc -l)"
hangs="$(find "$work/findings/default/hangs" -type f ! -name README.txt 2>/dev/null | wc -l)"
echo "fuzz: ${seconds} s, ${execs} executions, ${crashes} crash(es), ${hangs} hang(s); findings in $work/findings"
if [ "$crashes" -gt 0 ]; then
  echo "fuzz: crashing inputs:" >&2
  find "$work/findings/default/crashes" -type f ! -name README.txt >&2
  exit 1
fi
exit 0
