"""Derives the hip frontal-plane and rotation moment arms (and a few others) in this folder.

Straight-line musculotendon paths through the gait2392 path points (opensim-models,
Models/Gait2392_Simbody/gait2392_thelen2003muscle.osim; Delp et al. 1990 lineage), no wrapping.
Right hip: femur = pelvis point HIP + Rz(flexion) Rx(adduction) Ry(rotation) p, which makes
+flexion, +adduction and +internal rotation positive. Knee: gait2392 knee translation splines,
tibia rotated by -knee flexion (gait2392 measures knee flexion negative).
Moment arm r = -dL/dq by central differences (h = 1e-5 rad). Run with Python 3 + NumPy + SciPy:
    python3 derive_gait2392_arms.py   (prints the computed rows held by the CSV files here)
The iliacus and psoas rows above 45° flexion were then dropped from hip-adduction.csv and hip-rotation.csv: without the
pelvic-brim wrap their straight-line paths are not meaningful there (see docs/muscles.md §2).

Second set (printed under '## added muscles'): piriformis (peri), gemelli (gem), quadratus femoris (quad_fem),
gracilis (grac) and the two gastrocnemius heads (med_gas, lat_gas), from the same file. gait2392 has no wrapping for
these; its conditional path points are honoured here (active while knee_angle_r, = -knee flexion, lies in the stated
range; the regime is fixed at the tabulated angle so the central difference does not straddle a switch). The ankle is
held at neutral (ankle and subtalar angles 0): calcaneus points are placed in the tibia frame through the gait2392
ankle (0, -0.43, 0) and subtalar (-0.04877, -0.04195, 0.00792) joint locations. gait2392 has no obturators.
"""
import numpy as np
from scipy.interpolate import CubicSpline

HIP = np.array([-0.0707, -0.0661, 0.0835])  # gait2392 hip_r location in pelvis
P = {  # Rajagopal name: list of (frame, point) from the gait2392 muscle of the same role
    'glmax1': [('p', [-0.1195, 0.0612, 0.07]), ('p', [-0.1291, 0.0012, 0.0886]), ('f', [-0.0457, -0.0248, 0.0392]), ('f', [-0.0277, -0.0566, 0.047])],
    'glmax2': [('p', [-0.1349, 0.0176, 0.0563]), ('p', [-0.1376, -0.052, 0.0914]), ('f', [-0.0426, -0.053, 0.0293]), ('f', [-0.0156, -0.1016, 0.0419])],
    'glmax3': [('p', [-0.1556, -0.0314, 0.0058]), ('p', [-0.1529, -0.1052, 0.0403]), ('f', [-0.0299, -0.1041, 0.0135]), ('f', [-0.006, -0.1419, 0.0411])],
    'glmed1': [('p', [-0.0408, 0.0304, 0.1209]), ('f', [-0.0218, -0.0117, 0.0555])],
    'glmed2': [('p', [-0.0855, 0.0445, 0.0766]), ('f', [-0.0258, -0.0058, 0.0527])],
    'glmed3': [('p', [-0.1223, 0.0105, 0.0648]), ('f', [-0.0309, -0.0047, 0.0518])],
    'glmin1': [('p', [-0.0467, -0.008, 0.1056]), ('f', [-0.0072, -0.0104, 0.056])],
    'glmin2': [('p', [-0.0633, -0.0065, 0.0991]), ('f', [-0.0096, -0.0104, 0.056])],
    'glmin3': [('p', [-0.0834, -0.0063, 0.0856]), ('f', [-0.0135, -0.0083, 0.055])],
    'bflh': [('p', [-0.12596, -0.10257, 0.06944]), ('t', [-0.0301, -0.036, 0.02943]), ('t', [-0.0234, -0.0563, 0.0343])],
    'semimem': [('p', [-0.1192, -0.09747, 0.07151]), ('t', [-0.0348, -0.03519, -0.01891]), ('t', [-0.027, -0.04771, -0.01957])],
    'semiten': [('p', [-0.12635, -0.10988, 0.06039]), ('t', [-0.04203, -0.02859, -0.02277]), ('t', [-0.03322, -0.05282, -0.02288]), ('t', [-0.0113, -0.0746, -0.0245]), ('t', [0.0027, -0.0956, -0.0193])],
    'iliacus': [('p', [-0.0674, 0.0365, 0.0854]), ('p', [-0.0258, -0.055, 0.0811]), ('p', [-0.0288, -0.0805, 0.0816]), ('f', [0.0017, -0.0543, 0.0057]), ('f', [-0.0193, -0.0621, 0.0129])],
    'psoas': [('p', [-0.0647, 0.0887, 0.0289]), ('p', [-0.0238, -0.057, 0.0759]), ('p', [-0.0288, -0.0805, 0.0816]), ('f', [0.0016, -0.0507, 0.0038]), ('f', [-0.0188, -0.0597, 0.0104])],
    'recfem': [('p', [-0.0295, -0.0311, 0.0968]), ('f', [0.0334, -0.403, 0.0019])],
    'tfl': [('p', [-0.0311, 0.0214, 0.1241]), ('f', [0.0294, -0.0995, 0.0597]), ('f', [0.0054, -0.4049, 0.0357]), ('t', [0.006, -0.0487, 0.0297])],
    'addmagProx': [('p', [-0.0732, -0.1174, 0.0255]), ('f', [-0.0045, -0.1211, 0.0339])],  # add_mag1
    'addmagMid': [('p', [-0.0831, -0.1192, 0.0308]), ('f', [0.0054, -0.2285, 0.0227])],  # add_mag2
    'addmagDist': [('p', [-0.11108, -0.11413, 0.04882]), ('f', [0.007, -0.3837, -0.0266])],  # add_mag3
    'addmagIsch': [('p', [-0.11108, -0.11413, 0.04882]), ('f', [0.007, -0.3837, -0.0266])],  # add_mag3 (no ischial bundle in gait2392)
    'addlong': [('p', [-0.0316, -0.0836, 0.0169]), ('f', [0.005, -0.2111, 0.0234])],
    'sart': [('p', [-0.0153, -0.0013, 0.1242]), ('f', [-0.003, -0.3568, -0.0421]), ('t', [-0.0056, -0.0419, -0.0399]), ('t', [0.006, -0.0589, -0.0383]), ('t', [0.0243, -0.084, -0.0252])],
}
# Added muscles. A fourth tuple element (lo, hi) is a gait2392 ConditionalPathPoint range on knee_angle_r (rad).
# Frame 'c' = calcaneus, expressed in the tibia frame with the ankle and subtalar joints at neutral.
P_ADDED = {
    'piri': [('p', [-0.1396, 0.0003, 0.0235]), ('p', [-0.1193, -0.0276, 0.0657]), ('f', [-0.0148, -0.0036, 0.0437])],  # peri
    'gem': [('p', [-0.1133, -0.082, 0.0714]), ('f', [-0.0142, -0.0033, 0.0443])],
    'quadfem': [('p', [-0.1143, -0.1151, 0.052]), ('f', [-0.0381, -0.0359, 0.0366])],  # quad_fem
    'grac': [('p', [-0.07401, -0.1187, 0.02794]), ('t', [-0.02657, -0.0319, -0.03774], (-0.436332, 0.174533)),
             ('t', [-0.01943, -0.05153, -0.0358]), ('t', [0.006, -0.0836, -0.0228])],
    'gasmed': [('f', [-0.019, -0.3929, -0.0235]), ('f', [-0.03, -0.4022, -0.0258], (-0.785398, 0.174533)), ('c', [0, 0.031, -0.0053])],  # med_gas
    'gaslat': [('f', [-0.022, -0.3946, 0.0272]), ('f', [-0.03, -0.4018, 0.0274], (-0.785398, 0.174533)), ('c', [0, 0.031, -0.0053])],  # lat_gas
}
ANKLE = np.array([0.0, -0.43, 0.0])  # gait2392 ankle_r location in tibia
SUBTALAR = np.array([-0.04877, -0.04195, 0.00792])  # gait2392 subtalar_r location in talus
TX = CubicSpline([-2.0944, -1.74533, -1.39626, -1.0472, -0.698132, -0.349066, -0.174533, 0.197344, 0.337395, 0.490178, 1.52146, 2.0944],
                 [-0.0032, 0.00179, 0.00411, 0.0041, 0.00212, -0.001, -0.0031, -0.005227, -0.005435, -0.005574, -0.005435, -0.00525], bc_type='natural')
TY = CubicSpline([-2.0944, -1.22173, -0.523599, -0.349066, -0.174533, 0.159149, 2.0944],
                 [-0.4226, -0.4082, -0.399, -0.3976, -0.3966, -0.395264, -0.396], bc_type='natural')


def rx(a): c, s = np.cos(a), np.sin(a); return np.array([[1, 0, 0], [0, c, -s], [0, s, c]])
def ry(a): c, s = np.cos(a), np.sin(a); return np.array([[c, 0, s], [0, 1, 0], [-s, 0, c]])
def rz(a): c, s = np.cos(a), np.sin(a); return np.array([[c, -s, 0], [s, c, 0], [0, 0, 1]])


def length(m, q, regime=None):  # q = (hip flexion, hip adduction, hip rotation, knee flexion), rad
    r = rz(q[0]) @ rx(q[1]) @ ry(q[2])
    k = -q[3]
    t = np.array([float(TX(k)), float(TY(k)), 0.0])
    knee_angle = -(q[3] if regime is None else regime)  # gait2392 knee_angle_r, for conditional points
    pts = []
    for point in P[m] if m in P else P_ADDED[m]:
        frame, p = point[0], np.array(point[1])
        if len(point) > 2 and not point[2][0] <= knee_angle <= point[2][1]:
            continue
        if frame == 'c':
            frame, p = 't', ANKLE + SUBTALAR + p
        pts.append(p if frame == 'p' else HIP + r @ p if frame == 'f' else HIP + r @ (t + rz(k) @ p))
    return sum(np.linalg.norm(pts[i + 1] - pts[i]) for i in range(len(pts) - 1))


def arm_cm(m, q, k, h=1e-5):
    qp, qm = list(q), list(q)
    qp[k] += h
    qm[k] -= h
    return -100 * (length(m, qp, q[3]) - length(m, qm, q[3])) / (2 * h)


SRC = 'computed: straight-line gait2392 path; r = -dL/dq (derive_gait2392_arms.py)'
HIP_ANGLES = [-20, -10, 0, 15, 30, 45, 60, 75, 90]
KNEE_ANGLES = [0, 15, 30, 45, 60, 75, 90, 105]


def rows(muscles, k, versus, angles, at):
    out = []
    for m in muscles:
        for a in angles:
            q = at(np.radians(a))
            out.append(f"{m},{versus},{a},{arm_cm(m, q, k):.2f},{SRC}")
    return out


if __name__ == '__main__':
    hip = [m for m in P]
    add = rows(hip, 1, 'hip_flexion', HIP_ANGLES, lambda a: [a, 0, 0, 0])
    rot = rows(hip, 2, 'hip_flexion', HIP_ANGLES, lambda a: [a, 0, 0, 0])
    glmin_flex = rows(['glmin1', 'glmin2', 'glmin3'], 0, 'hip_flexion', HIP_ANGLES, lambda a: [a, 0, 0, 0])
    knee = rows(['sart', 'tfl'], 3, 'knee_flexion', KNEE_ANGLES, lambda a: [0, 0, 0, a])
    for name, lines in [('hip-adduction', add), ('hip-rotation', rot), ('hip-flexion-gait2392', glmin_flex), ('knee-flexion-gait2392', knee)]:
        print(f"## {name}")
        print("\n".join(lines))
    for m in hip:
        print(m, 'L_MT at neutral (m):', round(length(m, [0, 0, 0, 0]), 4))
    print("## added muscles")
    added_hip = ['piri', 'gem', 'quadfem', 'grac']
    for name, k in [('hip-flexion', 0), ('hip-adduction', 1), ('hip-rotation', 2)]:
        print(f"### {name}")
        print("\n".join(rows(added_hip, k, 'hip_flexion', HIP_ANGLES, lambda a: [a, 0, 0, 0])))
    print("### knee-flexion")
    print("\n".join(rows(['grac', 'gasmed', 'gaslat'], 3, 'knee_flexion', KNEE_ANGLES, lambda a: [0, 0, 0, a])))
    for m in P_ADDED:
        print(m, 'L_MT at neutral (m):', round(length(m, [0, 0, 0, 0]), 4))
