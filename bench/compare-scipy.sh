#!/usr/bin/env bash
# Compares GluteLab's recruitment solver with SciPy's SLSQP (bench/compare_scipy.py) on exported problem files.
#
#   bench/compare-scipy.sh FILE...        compare the given problem export files (docs/problem-format.md)
#   bench/compare-scipy.sh --generate     compare synthetic bilateral frames (p = 2, and p = 3 weighted)
#   bench/compare-scipy.sh                export frames of several exercises with
#                                         `glutelab recruit --exercise X --export-problems FILE` and compare those;
#                                         falls back to --generate if that command is not available.
# Environment: EXERCISES (default "squat bridge forward-step-up hip-thrust sit-to-stand"; each also with
#              --exponent 3 for the first one and with gluteus maximus capacity 0.3), FRAMES (frames per synthetic
#              file, default 100),
#              REPEAT (solves per frame when timing ours, default 2000).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
out="$root/.build/compare-scipy"
mkdir -p "$out"

if ! /usr/bin/python3 -c 'import scipy' 2>/dev/null; then
  echo "Installing python3-scipy (Debian)…" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-scipy >/dev/null
fi

echo "Building the benchmark executable (Release)…" >&2
dotnet build bench/GluteLab.Benchmarks/GluteLab.Benchmarks.csproj -c Release -o "$root/.build/bench" -nologo -v quiet "-clp:ErrorsOnly;NoSummary" >&2
bench="dotnet $root/.build/bench/GluteLab.Benchmarks.dll"

generate() {
  $bench export-random "$out/synthetic-p2.json" --frames "${FRAMES:-100}" --seed 1 --exponent 2 >&2
  $bench export-random "$out/synthetic-p3-weighted.json" --frames "${FRAMES:-100}" --seed 2 --exponent 3 --weighted >&2
  files+=("$out/synthetic-p2.json" "$out/synthetic-p3-weighted.json")
}

files=()
if [ "${1:-}" = "--generate" ]; then
  generate
elif [ $# -gt 0 ]; then
  files=("$@")
else
  export_exercise() { # name exercise [extra glutelab recruit options…]
    local name="$1" exercise="$2"; shift 2
    if ./glutelab recruit --exercise "$exercise" "$@" --export-problems "$out/$name.json" >/dev/null 2>"$out/$name.err"; then
      files+=("$out/$name.json")
    else
      echo "glutelab recruit --exercise $exercise${*:+ $*} --export-problems failed: $(grep -v '^\s*$' "$out/$name.err" | tail -n 1)" >&2
    fi
  }
  exercises=(${EXERCISES:-squat bridge forward-step-up hip-thrust sit-to-stand})
  for exercise in "${exercises[@]}"; do export_exercise "$exercise" "$exercise"; done
  export_exercise "${exercises[0]}-p3" "${exercises[0]}" --exponent 3
  export_exercise "${exercises[0]}-gluteus-maximus-0.3" "${exercises[0]}" --capacity gluteus_maximus=0.3
  if [ ${#files[@]} -eq 0 ]; then
    echo "No exercise could be exported; comparing synthetic frames instead (--generate)." >&2
    generate
  fi
fi

exec /usr/bin/python3 "$root/bench/compare_scipy.py" --bench "$bench" --repeat "${REPEAT:-2000}" "${files[@]}"
