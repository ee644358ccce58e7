# A missing module attribute.
import math
print(math.tau > 6)
math.tau_squared
