# Float literals and how they print.
print(1.0, 1., .5, 0.0, -0.0)
print(1e3, 1E-3, 2.5e+10, 1_000.000_1)
print(1e16, 1e15, 123456789012345.6, 1e-4, 1e-5)
print(0.1, 0.2, 0.1 + 0.2, 1/3, 2/3)
print(1e308, 1e309, -1e309, 5e-324)
print(3.14159265358979323846)
print(type(1.5).__name__, type(1e2).__name__)
