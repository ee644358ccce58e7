# float.hex and float.fromhex: exact layouts, rounding at the edges of the range, bad strings.
for s in ['0x1.8p1','  -0X1P-1074 ','1','.8','0x.8','1.','inf','-Infinity','nan','0x1p1024','0x1.fffffffffffff8p1023','0x1.fffffffffffff7p1023','0x','0x.','0xp1','1p','1e5','0x1p+','0x1.0000000000000801p0', '0x1p-1075', '0x1.8p-1075','0x1p-99999999999999999', '0x1p99999999999999', '1d', '0x1.8P-1', '١']:
  try: print(repr(s), float.fromhex(s))
  except Exception as e: print(repr(s), type(e).__name__, e)
for x in [0.5, 0.0, -0.0, 1e-320, 5e-324, 1.7976931348623157e308, -2.5, float('inf'), float('-inf'), float('nan'), 1.0, 0.1]:
  print(x.hex(), float.fromhex(x.hex()) == x or x != x)
class F(float): pass
print(type(F.fromhex('0x1p0')), F.fromhex('0x1p0'))
try: float.fromhex(3)
except TypeError as e: print(e)
