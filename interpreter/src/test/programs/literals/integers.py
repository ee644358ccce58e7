# Integer literals in every base, with underscores.
print(0, 7, -7, 1_000_000)
print(0x1F, 0XfF, 0o17, 0O777, 0b1011, 0B1_0000)
print(0x_dead_beef)
print(00, 0_0)
print(type(42).__name__)
print(123456789012345678901234567890)
print(-0x8000000000000000, 0xFFFFFFFFFFFFFFFF)
