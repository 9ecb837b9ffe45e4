#!/usr/bin/env bash
# Installs what the tests need, builds, runs every test project and prints one closing line:
#   N passed, N failed[, N skipped]
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
results="$root/.build/test-results"
rm -rf "$results"
mkdir -p "$results"

# Debian packages used by some tests (installed only where missing and when we may install).
GLUTELAB_APT_PACKAGES="${GLUTELAB_APT_PACKAGES:-} afl-fuzz:afl++"
need_apt=()
for entry in ${GLUTELAB_APT_PACKAGES:-}; do
  bin="${entry%%:*}"; pkg="${entry##*:}"
  command -v "$bin" >/dev/null 2>&1 || need_apt+=("$pkg")
done
if [ ${#need_apt[@]} -gt 0 ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${need_apt[*]}…" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}") >/dev/null 2>&1 \
    || echo "warning: could not install ${need_apt[*]}" >&2
fi

dotnet restore GluteLab.slnx -nologo -v quiet || { echo "0 passed, 1 failed"; exit 1; }
if ! dotnet build GluteLab.slnx -c Release --no-restore -nologo -v quiet -clp:ErrorsOnly; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

status=0
for project in tests/*/*.csproj; do
  name="$(basename "$project" .csproj)"
  dotnet test "$project" -c Release --no-build -nologo \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results" \
    --logger "console;verbosity=minimal" || status=1
done

# A short fuzzing run of the C3D reader counts as one test; skipped (not passed) when afl-fuzz is unavailable.
fuzz_outcome=skipped
if [ -x fuzz/run.sh ]; then
  fuzz/run.sh "${GLUTELAB_FUZZ_SECONDS:-60}"
  case $? in
    0) fuzz_outcome=passed ;;
    77) fuzz_outcome=skipped ;;
    *) fuzz_outcome=failed; status=1 ;;
  esac
fi

passed=0; failed=0; skipped=0; runs=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  runs=$((runs + 1))
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -1)"
  get() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  p=$(get passed); f=$(get failed); e=$(get error); t=$(get total); x=$(get executed)
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0} + ${e:-0}))
  skipped=$((skipped + ${t:-0} - ${x:-0}))
done
case $fuzz_outcome in
  passed) passed=$((passed + 1)) ;;
  failed) failed=$((failed + 1)) ;;
  *) skipped=$((skipped + 1)) ;;
esac
expected=$(ls tests/*/*.csproj | wc -l)
if [ "$runs" -lt "$expected" ]; then
  echo "only $runs of $expected test projects reported results" >&2
  failed=$((failed + expected - runs)); status=1
fi
[ "$failed" -gt 0 ] && status=1
if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
exit $status
