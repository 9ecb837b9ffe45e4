#!/usr/bin/env python3
"""Compare GluteLab's recruitment solver with SciPy's SLSQP on exported problem files.

For every frame of every file (format: docs/problem-format.md) this script
  * runs our solver through the benchmark executable's `time-problems` mode, which re-solves each frame, times it
    (µs per solve: smallest mean over 10 batches of repeated solves after a JIT warm-up; cold start, and
    warm-started from the previous frame's multipliers) and prints the answer;
  * solves the same frame with scipy.optimize.minimize(method="SLSQP") from a = 0 (OpenSim's initial guess),
    timed with time.perf_counter (best of --scipy-repeat solves);
  * checks agreement: |cost_scipy - cost_ours| <= 1e-6 * cost_ours and
    max_i |a_scipy,i - a_ours,i| <= 1e-6 * max_i a_ours,i (relative to the largest activation);
  * when only the activations differ, judges which answer is the better optimum by an independent KKT check:
    lambda is fitted by least squares to p*w_i*a_i^(p-1) = A_i^T lambda over the muscles strictly inside their bounds,
    and the largest violation of stationarity and of the sign conditions at the bounds is reported relative to the
    largest gradient. If ours has the smaller violation and no higher cost (within 1e-12 relative), the frame is
    counted as "SLSQP less precise" (this happens for p = 3, whose cost is nearly flat for small activations)
    rather than as a disagreement;
  * prints per-frame times of both, the ratio, and a summary per file and overall. Exit status 1 if any feasible
    frame disagrees.
Frames our solver reports infeasible are listed and skipped (SLSQP has no feasible point to compare).
"""
import argparse
import json
import statistics
import subprocess
import sys
import time

import numpy as np
from scipy.optimize import minimize

RELATIVE_AGREEMENT = 1e-6


def load_frames(path):
    with open(path, "r", encoding="utf-8") as handle:
        document = json.load(handle)
    if document.get("format") != "glutelab-recruitment-problems" or document.get("version") != 1:
        sys.exit(f"{path}: not a glutelab-recruitment-problems version 1 file")
    return document["frames"]


def run_ours(bench, path, repeat):
    command = bench + ["time-problems", path, "--repeat", str(repeat)]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def solve_slsqp(frame):
    A = np.array(frame["moment_matrix_nm"], dtype=float)
    b = np.array(frame["required_moments_nm"], dtype=float)
    u = np.array(frame["upper_bounds"], dtype=float)
    w = np.array(frame["weights"], dtype=float)
    p = float(frame["exponent"])
    # Rows scaled to O(1) so that SLSQP's feasibility tolerance means the same on every row (an equivalent problem).
    scale = np.maximum(np.abs(A).max(axis=1), 1.0)
    As, bs = A / scale[:, None], b / scale
    result = minimize(
        lambda a: float(np.sum(w * np.abs(a) ** p)),
        np.zeros_like(u),
        jac=lambda a: p * w * np.abs(a) ** (p - 1) * np.sign(a),
        method="SLSQP",
        bounds=list(zip(np.zeros_like(u), u)),
        constraints=[{"type": "eq", "fun": lambda a: As @ a - bs, "jac": lambda a: As}],
        options={"ftol": 1e-14, "maxiter": 1000},
    )
    a = np.clip(result.x, 0, u)
    return a, float(np.sum(w * a ** p)), float(np.max(np.abs(A @ a - b))), result


def kkt_violation(frame, a):
    """Largest KKT violation of activations a, relative to the largest gradient p*w*a^(p-1) (independent of lambda)."""
    A = np.array(frame["moment_matrix_nm"], dtype=float)
    u = np.array(frame["upper_bounds"], dtype=float)
    w = np.array(frame["weights"], dtype=float)
    p = float(frame["exponent"])
    g = p * w * a ** (p - 1)
    scale = max(float(g.max()), 1e-300)
    free = (a > 1e-12) & (a < u - 1e-12)
    if not free.any():
        return float("nan")
    lam = np.linalg.lstsq(A[:, free].T, g[free], rcond=None)[0]
    c = A.T @ lam
    at_zero = (a <= 1e-12) & (u > 0)
    at_cap = (u > 0) & (a >= u - 1e-12)
    violation = max(float(np.abs(c[free] - g[free]).max()),
                    float(np.maximum(c[at_zero], 0).max(initial=0)),
                    float(np.maximum(g[at_cap] - c[at_cap], 0).max(initial=0)))
    return violation / scale


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="+", help="problem export files (JSON)")
    parser.add_argument("--bench", default="dotnet .build/bench/GluteLab.Benchmarks.dll",
                        help="command that runs the benchmark executable (default: %(default)s)")
    parser.add_argument("--repeat", type=int, default=2000, help="solves per frame when timing ours")
    parser.add_argument("--scipy-repeat", type=int, default=3, help="SLSQP solves per frame (best time kept)")
    args = parser.parse_args()
    bench = args.bench.split()

    ours_times, warm_times, scipy_times, ratios = [], [], [], []
    disagreements, imprecise, infeasible, scipy_failures, total = 0, 0, 0, 0, 0
    for path in args.files:
        file_ratios, file_ours, file_scipy = [], [], []
        frames = load_frames(path)
        ours = run_ours(bench, path, args.repeat)
        if len(ours) != len(frames):
            sys.exit(f"{path}: time-problems returned {len(ours)} frames, the file has {len(frames)}")
        print(f"\n{path}: {len(frames)} frames, m = {len(frames[0]['coordinates'])}, n = {len(frames[0]['muscles'])}, "
              f"p = {frames[0]['exponent']}")
        print(f"{'frame':>5} {'t (s)':>7} {'ours us':>8} {'warm us':>8} {'SLSQP ms':>9} {'ratio':>7} "
              f"{'d cost rel':>10} {'d act rel':>10} {'res ours':>9} {'res SLSQP':>9}")
        for frame, mine in zip(frames, ours):
            total += 1
            if mine["status"] != "converged":
                infeasible += 1
                print(f"{mine['frame']:>5} {frame['time_s']:>7.3f} our status {mine['status']}: skipped")
                continue
            best = float("inf")
            for _ in range(args.scipy_repeat):
                start = time.perf_counter()
                a_scipy, cost_scipy, residual_scipy, result = solve_slsqp(frame)
                best = min(best, time.perf_counter() - start)
            a_ours = np.array(mine["activations"], dtype=float)
            cost_ours = mine["cost"]
            d_cost = abs(cost_scipy - cost_ours) / max(abs(cost_ours), 1e-300)
            d_act = float(np.max(np.abs(a_scipy - a_ours))) / max(float(np.max(a_ours)), 1e-300)
            agree = d_cost <= RELATIVE_AGREEMENT and d_act <= RELATIVE_AGREEMENT
            note = ""
            if not agree and d_cost <= RELATIVE_AGREEMENT:
                kkt_ours, kkt_scipy = kkt_violation(frame, a_ours), kkt_violation(frame, a_scipy)
                if kkt_ours <= kkt_scipy and cost_ours <= cost_scipy * (1 + 1e-12):
                    imprecise += 1
                    agree = True
                    note = f"  SLSQP less precise (KKT violation ours {kkt_ours:.1e}, SLSQP {kkt_scipy:.1e})"
                else:
                    note = f"  (KKT violation ours {kkt_ours:.1e}, SLSQP {kkt_scipy:.1e})"
            if not result.success:
                scipy_failures += 1
            if not agree:
                disagreements += 1
            ratio = best * 1e6 / mine["us_cold"]
            ours_times.append(mine["us_cold"])
            if mine["us_warm"] is not None:
                warm_times.append(mine["us_warm"])
            scipy_times.append(best * 1e3)
            ratios.append(ratio)
            file_ratios.append(ratio)
            file_ours.append(mine["us_cold"])
            file_scipy.append(best * 1e3)
            warm = f"{mine['us_warm']:8.2f}" if mine["us_warm"] is not None else f"{'-':>8}"
            flag = note if agree else "  DISAGREE" + note + ("" if result.success else f" (SLSQP: {result.message})")
            print(f"{mine['frame']:>5} {frame['time_s']:>7.3f} {mine['us_cold']:8.2f} {warm} {best * 1e3:9.2f} "
                  f"{ratio:7.0f} {d_cost:10.1e} {d_act:10.1e} {mine['max_residual_nm']:9.1e} {residual_scipy:9.1e}{flag}")
        if file_ratios:
            print(f"  file median: ours {statistics.median(file_ours):.2f} us, SLSQP {statistics.median(file_scipy):.2f} ms, "
                  f"ratio median {statistics.median(file_ratios):.0f}x (min {min(file_ratios):.0f}x)")

    if not ratios:
        sys.exit("no feasible frames to compare")
    print("\nSummary")
    print(f"  frames: {total} ({infeasible} not converged by ours and skipped), SLSQP reported failure on {scipy_failures}")
    print(f"  agreement within {RELATIVE_AGREEMENT:g} relative (cost and activations): {len(ratios) - disagreements} of {len(ratios)}"
          f" ({imprecise} of them with activations apart by more than that where SLSQP is the less precise optimum)")
    print(f"  ours, cold start: median {statistics.median(ours_times):.2f} us/frame")
    if warm_times:
        print(f"  ours, warm start: median {statistics.median(warm_times):.2f} us/frame")
    print(f"  SLSQP: median {statistics.median(scipy_times):.2f} ms/frame")
    print(f"  speed ratio SLSQP / ours (cold): median {statistics.median(ratios):.0f}x, minimum {min(ratios):.0f}x")
    return 1 if disagreements else 0


if __name__ == "__main__":
    sys.exit(main())
