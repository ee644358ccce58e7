# Trigonometric functions and angle conversion.
import math
for deg in [0, 30, 45, 60, 90, 180, 270, 360]:
    r = math.radians(deg)
    print(deg, round(math.sin(r), 12), round(math.cos(r), 12), round(math.degrees(r), 9))
print(math.sin(1), math.cos(1), math.tan(1))
print(math.asin(1), math.acos(0), math.atan(1), math.atan2(1, -1), math.atan2(-0.0, -1))
print(math.hypot(3, 4), math.hypot(1, 1, 1), math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 3]))
print(math.sinh(1), math.cosh(0), math.tanh(0.5))
try:
    math.asin(2)
except ValueError as e:
    print('ValueError', e)
