"""Hip frontal-plane and rotation moment arms of Rajagopal2016's gluteal, TFL and piriformis paths (reference values).

The tables in this folder keep the gait2392 straight-line rotation and adduction arms (derive_gait2392_arms.py); this
script gives the published model's values beside them, for the comparison in docs/notes-tilt.md and the slope check
PublishedMomentArmsTest.RotationArmsGrowWithFlexionAsInRajagopal2016. No CSV row comes from it.

Source model: opensim-models, Models/Rajagopal/Rajagopal2016.osim (Rajagopal et al. 2016, IEEE TBME 63:2068).
- gluteus medius (glmed1-3), gluteus minimus (glmin1-3), tensor fasciae latae (tfl) and piriformis (piri) have no
  wrap object in that model: their lengths are straight lines through the path points, so these arms are the model's.
- gluteus maximus (glmax1-3) wraps over one pelvis WrapCylinder each (Gmax1/2/3_at_pelvis_r, CYLINDERS below). The
  wrap is the cylinder geodesic: two tangent lines and a helix, whose unrolled length is sqrt(D^2 + dz^2) with D the
  tangent-plus-arc length in the cylinder's cross-section. It is skipped where an end point lies inside the radius,
  where the segment clears the cylinder (for the '-x' quadrant of glmax1: clears it on the -x side), or where a
  tangent point lies beyond the cylinder's ends; of the segments that wrap, the one lengthened least is used.
Right hip: femur = hip_r location in the pelvis + Rz(flexion) Rx(adduction) Ry(rotation) p (the hip_r CustomJoint axes
(0 0 1), (1 0 0), (0 1 0) in that order), so +flexion, +adduction and +internal rotation are positive. Moment arm
r = -dL/dq by central differences (h = 1e-5 rad).

Check: the same code reproduces every MUSCULOSKELETAL.md section 2.2 value of these muscles (sagittal arms of glmax1-3,
glmed1-3 and tfl over -20..90 degrees, frontal arms at 0 and 60 degrees) within 0.06 cm; the first line printed says
by how much.

Second set (printed under '## RajagopalLaiUhlrich2023'): the paths whose points Models/Rajagopal/
RajagopalLaiUhlrich2023.osim moved (glmed1-3, glmin1-3, tfl origin; still without wrap objects), for comparison only.
Run with Python 3 + NumPy:  python3 derive_rajagopal2016_arms.py
"""
import numpy as np

HIP = np.array([-0.056276, -0.07849, 0.07726])  # Rajagopal2016 hip_r location in pelvis
P = {  # (frame, point): 'p' pelvis, 'f' femur_r; Rajagopal2016 path points
    'glmed1': [('p', [-0.0445, 0.0245, 0.1172]), ('f', [-0.0218, -0.0117, 0.0555])],
    'glmed2': [('p', [-0.085, 0.0316, 0.0675]), ('f', [-0.0258, -0.0058, 0.0527])],
    'glmed3': [('p', [-0.1152, -0.0073, 0.0526]), ('f', [-0.0309, -0.0047, 0.0518])],
    'glmin1': [('p', [-0.0464, -0.0149, 0.1042]), ('f', [-0.0072, -0.0104, 0.056])],
    'glmin2': [('p', [-0.0616, -0.0142, 0.0971]), ('f', [-0.0096, -0.0104, 0.056])],
    'glmin3': [('p', [-0.0789, -0.0155, 0.0798]), ('f', [-0.0135, -0.0083, 0.055])],
    'tfl': [('p', [-0.0311, 0.0214, 0.1241]), ('f', [0.0294, -0.0995, 0.0597])],
    'piri': [('p', [-0.1018, -0.0065, 0.0135]), ('p', [-0.102, -0.0307, 0.0609]), ('f', [-0.0148, -0.0036, 0.0437])],
    'glmax1': [('p', [-0.1231, 0.0345, 0.0563]), ('p', [-0.1257, -0.0242, 0.0779]), ('f', [-0.0444, -0.0326, 0.0302]), ('f', [-0.0277, -0.0566, 0.047])],
    'glmax2': [('p', [-0.1317, 0.0087, 0.0462]), ('p', [-0.1344, -0.0609, 0.0813]), ('f', [-0.045, -0.0584, 0.0252]), ('f', [-0.0156, -0.1016, 0.0419])],
    'glmax3': [('p', [-0.13, -0.0525, 0.009]), ('p', [-0.1273, -0.1263, 0.0435]), ('f', [-0.0281, -0.1125, 0.0094]), ('f', [-0.006, -0.1419, 0.0411])],
}
# Rajagopal2016 pelvis WrapCylinders of the gluteus maximus paths: xyz body rotation (rad), translation (m), radius (m),
# length (m), quadrant.
CYLINDERS = {
    'glmax1': ((-0.6, 0.45, 0.0), (-0.077, -0.099, 0.061), 0.04, 0.15, '-x'),  # Gmax1_at_pelvis_r
    'glmax2': ((-0.75, 0.39, 0.0), (-0.08, -0.083, 0.068), 0.04, 0.10, 'all'),  # Gmax2_at_pelvis_r
    'glmax3': ((-0.1, 0.0, 0.0), (-0.083, -0.088, 0.068), 0.04, 0.10, 'all'),  # Gmax3_at_pelvis_r
}
P2023 = {  # the RajagopalLaiUhlrich2023 paths whose points differ from Rajagopal2016
    'glmed1': [('p', [-0.049, 0.026, 0.115]), ('f', [-0.014, -0.018, 0.059])],
    'glmed2': [('p', [-0.085, 0.055, 0.082]), ('f', [-0.022, -0.01, 0.056])],
    'glmed3': [('p', [-0.100, 0.016, 0.064]), ('f', [-0.0309, -0.0047, 0.0518])],
    'glmin1': [('p', [-0.030, 0.0, 0.118]), ('f', [0.005, -0.015, 0.056])],
    'glmin2': [('p', [-0.0616, 0.01, 0.101]), ('f', [0.004, -0.009, 0.052])],
    'glmin3': [('p', [-0.0789, -0.0155, 0.0798]), ('f', [-0.004, -0.001, 0.051])],
    'tfl': [('p', [-0.02, 0.011, 0.129]), ('f', [0.0294, -0.0995, 0.0597])],
}


def rx(a): c, s = np.cos(a), np.sin(a); return np.array([[1, 0, 0], [0, c, -s], [0, s, c]])
def ry(a): c, s = np.cos(a), np.sin(a); return np.array([[c, 0, s], [0, 1, 0], [-s, 0, c]])
def rz(a): c, s = np.cos(a), np.sin(a); return np.array([[c, -s, 0], [s, c, 0], [0, 0, 1]])


def wrapped_segment(a, b, cylinder):
    """Length of the shortest path from a to b around the cylinder (a helix on its surface between the two tangent
    lines), or None where the segment does not wrap: an end point inside the radius, a segment clear of the cylinder
    (for a quadrant-constrained cylinder: clear of it and on the allowed side), or tangent points beyond its ends."""
    angles, centre, radius, cyl_length, quadrant = cylinder
    rot = rx(angles[0]) @ ry(angles[1]) @ rz(angles[2])
    pa, pb = rot.T @ (a - np.array(centre)), rot.T @ (b - np.array(centre))
    ra, rb = np.hypot(pa[0], pa[1]), np.hypot(pb[0], pb[1])
    if ra < radius or rb < radius:
        return None
    d = pb[:2] - pa[:2]
    closest = pa[:2] + np.clip(-(pa[:2] @ d) / (d @ d), 0.0, 1.0) * d
    if np.linalg.norm(closest) >= radius and (quadrant == 'all' or closest[0] < 0):
        return None
    fa, fb = np.arctan2(pa[1], pa[0]), np.arctan2(pb[1], pb[0])
    aa, ab = np.arccos(radius / ra), np.arccos(radius / rb)
    da, db = np.sqrt(ra * ra - radius * radius), np.sqrt(rb * rb - radius * radius)
    best = None
    for sense in (1, -1):
        ta, tb = fa + sense * aa, fb - sense * ab
        arc = ((tb - ta) * sense) % (2 * np.pi)
        if quadrant == '-x' and np.cos(ta + sense * arc / 2) > 0:
            continue
        unrolled, dz = da + radius * arc + db, pb[2] - pa[2]
        za, zb = pa[2] + dz * da / unrolled, pa[2] + dz * (da + radius * arc) / unrolled
        if abs(za) > cyl_length / 2 or abs(zb) > cyl_length / 2:
            continue
        total = np.hypot(unrolled, dz)
        best = total if best is None or total < best else best
    return best


def length(paths, m, q):  # q = (hip flexion, hip adduction, hip rotation), rad
    r = rz(q[0]) @ rx(q[1]) @ ry(q[2])
    pts = [np.array(p) if frame == 'p' else HIP + r @ np.array(p) for frame, p in paths[m]]
    segments = [np.linalg.norm(pts[i + 1] - pts[i]) for i in range(len(pts) - 1)]
    change = None  # the wrap goes on the segment it lengthens least, as OpenSim chooses
    for i in range(len(segments)) if m in CYLINDERS else []:
        wrapped = wrapped_segment(pts[i], pts[i + 1], CYLINDERS[m])
        if wrapped is not None and (change is None or wrapped - segments[i] < change):
            change = wrapped - segments[i]
    return sum(segments) + (change or 0.0)


def arm_cm(paths, m, q, k, h=1e-5):
    qp, qm = list(q), list(q)
    qp[k] += h
    qm[k] -= h
    return -100 * (length(paths, m, qp) - length(paths, m, qm)) / (2 * h)


SRC = 'computed: Rajagopal2016 path; r = -dL/dq (derive_rajagopal2016_arms.py)'
HIP_ANGLES = [-20, -10, 0, 15, 30, 45, 60, 75, 90]


def rows(paths, k, src=SRC):
    return [f"{m},hip_flexion,{a},{arm_cm(paths, m, [np.radians(a), 0, 0], k):.2f},{src}" for m in paths for a in HIP_ANGLES]


# MUSCULOSKELETAL.md section 2.2 (Rajagopal2016 with its wrapping).
CHECK_FLEXION = {'glmax1': [-5.1, -5.1, -4.9, -4.5, -4.5, -4.3, -3.9, -3.5, -3.1], 'glmax2': [-6.6, -6.5, -6.3, -5.7, -5.3, -4.8, -4.2, -3.5, -2.8],
                 'glmax3': [-5.7, -6.9, -7.5, -7.7, -7.4, -6.7, -5.9, -5.1, -4.5], 'glmed1': [-2.2, -2.0, -1.8, -1.3, -0.9, -0.4, 0.2, 0.7, 1.2], 'glmed2': [-2.3, -2.3, -2.3, -2.1, -1.9, -1.5, -1.1, -0.6, -0.1],
                 'glmed3': [-1.7, -2.0, -2.2, -2.4, -2.3, -2.2, -1.9, -1.5, -1.0], 'tfl': [1.0, 1.9, 2.7, 4.0, 5.2, 6.3, 7.3, 8.2, 8.9]}
CHECK_FRONTAL = {('glmed1', 0): -5.1, ('glmed2', 0): -4.4, ('glmed3', 0): -3.2, ('glmin1', 0): -4.7, ('glmin2', 0): -4.6,
                 ('glmin3', 0): -3.9, ('tfl', 0): -5.3, ('glmed1', 60): -2.1, ('glmed2', 60): -2.8, ('glmed3', 60): -3.2,
                 ('glmax1', 0): -1.8, ('glmax2', 0): -0.8, ('glmax3', 0): 4.8}

if __name__ == '__main__':
    worst = 0.0
    for m, table in CHECK_FLEXION.items():
        for a, v in zip(HIP_ANGLES, table):
            worst = max(worst, abs(arm_cm(P, m, [np.radians(a), 0, 0], 0) - v))
    for (m, a), v in CHECK_FRONTAL.items():
        worst = max(worst, abs(arm_cm(P, m, [np.radians(a), 0, 0], 1) - v))
    print(f"## check: largest difference from MUSCULOSKELETAL.md 2.2 = {worst:.3f} cm (table rounded to 0.1 cm)")
    for name, k in [('hip-adduction', 1), ('hip-rotation', 2)]:
        print(f"## {name}")
        print("\n".join(rows(P, k)))
    print("## RajagopalLaiUhlrich2023 (comparison only)")
    for name, k in [('hip-flexion', 0), ('hip-adduction', 1), ('hip-rotation', 2)]:
        print(f"### {name}")
        print("\n".join(rows(P2023, k, 'RajagopalLaiUhlrich2023')))
