# math constants.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(type(math.pi).__name__, math.isnan(math.nan), math.isinf(math.inf), math.pi * 2 == math.tau)
