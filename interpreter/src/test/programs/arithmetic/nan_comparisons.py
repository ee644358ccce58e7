# NaN against ints and floats: every ordering is false, in either operand order.
nan = float('nan')
print(nan < 0, nan > 0, nan <= 0, nan >= 0, 0 < nan, 0 > nan, nan > 0.0, 0.0 > nan, nan > 10**30)
x = 5
print(x > nan, x >= nan, nan > x)
