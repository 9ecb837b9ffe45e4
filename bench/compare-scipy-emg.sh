#!/usr/bin/env bash
# Times the same EMG pipeline in GluteLab and in SciPy on the same input, in one session, one core each:
# DC removal, 20–450 Hz 4th-order Butterworth zero-phase band-pass (sosfiltfilt, odd padding), 100 ms centred moving
# RMS envelope, Hodges–Bui onsets (25 ms trailing mean of the rectified signal, baseline first 0.5 s, mean + 3 SD,
# periods ≥ 25 ms). Input: 8 channels × 60 s at 2 kHz (960 000 samples), Gaussian noise with a 10× burst.
# Usage: bench/compare-scipy-emg.sh [REPEATS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
repeats="${1:-20}"
py=/usr/bin/python3
if ! "$py" -c 'import scipy' >/dev/null 2>&1; then
  echo "Installing python3-scipy…" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-scipy) >/dev/null
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
input="$work/emg.f64"
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1

"$py" - "$input" "$repeats" <<'PY'
import sys, time
import numpy as np
from scipy import signal
from scipy.ndimage import uniform_filter1d
path, repeats = sys.argv[1], int(sys.argv[2])
channels, fs, n = 8, 2000.0, 120_000
rng = np.random.default_rng(1)
scale = np.ones(n); scale[n // 3 + 1 : 2 * n // 3] = 10
x = 2048 + rng.standard_normal((channels, n)) * scale
x.astype('<f8').tofile(path)
sos = signal.butter(4, [20, 450], btype='band', fs=fs, output='sos')
rms_w = int(round(0.1 * fs / 2)) * 2 + 1
hb_w = int(round(0.025 * fs))
base = int(round(0.5 * fs))
min_active = int(round(0.025 * fs))

def pipeline(x):
    bursts = 0
    for ch in x:
        f = signal.sosfiltfilt(sos, ch - ch.mean())
        env = np.sqrt(uniform_filter1d(f * f, rms_w, mode='nearest'))
        r = np.abs(f)
        c = np.cumsum(r)
        s = np.empty_like(r)
        s[hb_w:] = (c[hb_w:] - c[:-hb_w]) / hb_w
        s[:hb_w] = c[:hb_w] / np.arange(1, hb_w + 1)
        b = s[:base]
        above = s > b.mean() + 3 * b.std()
        d = np.diff(np.concatenate(([0], above.view(np.int8), [0])))
        starts, ends = np.flatnonzero(d == 1), np.flatnonzero(d == -1)
        bursts += int(np.count_nonzero(ends - starts >= min_active))
    return bursts, env

pipeline(x)
best = float('inf')
for _ in range(repeats):
    t = time.perf_counter(); bursts, _ = pipeline(x); best = min(best, time.perf_counter() - t)
samples = channels * n
print(f"scipy:    {samples} samples, best of {repeats}: {best * 1000:.2f} ms, {samples / best / 1e6:.1f} M samples/s, bursts {bursts}")
open(path + '.scipy', 'w').write(repr(samples / best))
PY

dotnet build "$root/bench/GluteLab.Benchmarks" -c Release -nologo -v q -clp:ErrorsOnly >/dev/null
ours="$(dotnet "$root/bench/GluteLab.Benchmarks/bin/Release/net10.0/GluteLab.Benchmarks.dll" emg-throughput "$input" 8 2000 "$repeats")"
echo "$ours"
"$py" - "$input.scipy" "$ours" <<'PY'
import sys, re
scipy = float(open(sys.argv[1]).read())
for line in sys.argv[2].splitlines():
    name = line.split(':')[0]
    ours = float(re.search(r'([0-9.]+) M samples/s', line).group(1)) * 1e6
    print(f"ratio {name} / scipy: {ours / scipy:.2f}x")
PY
