"""Generated crisp data for the QCA minimisation benchmark (issue 10): 400 cases, K fair-coin conditions C1..CK,
outcome Y = C1*C2 + C3*~C4 + C5*C6*C7, the other conditions noise. Seeded: the same K gives the same file.
    /usr/bin/python3 bench/qca-data.py K > bench/qca-K.csv"""
import random
import sys

k = int(sys.argv[1])
rng = random.Random(20051 + k)
print(",".join(["case"] + [f"C{i}" for i in range(1, k + 1)] + ["Y"]))
for case in range(1, 401):
    c = [rng.randint(0, 1) for _ in range(k)]
    y = int((c[0] and c[1]) or (c[2] and not c[3]) or (c[4] and c[5] and c[6]))
    print(",".join([f"case{case}"] + [str(v) for v in c] + [str(y)]))
