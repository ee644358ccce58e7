# f-strings with format specifications.
x, pi, big = 42, 3.14159265, 1234567.891
print(f'[{x:5}] [{x:<5}] [{x:^5}] [{x:>5}] [{x:05}] [{x:+}] [{-x:+}]')
print(f'{pi:.2f} {pi:10.3f} {pi:<10.1f}| {pi:e} {pi:.3E} {pi:g} {pi:%}')
print(f'{big:,} {big:_.2f} {big:,.1f} {10**9:,d} {10**9:_}')
print(f'{x:b} {x:o} {x:x} {x:X} {x:#b} {x:#o} {x:#x} {x:08b}')
print(f'{"text":*^12} {"left":-<8} {"right":>8}')
print(f'{0.5:.0%} {1/3:.2%} {12:c} {65:c}')
width, prec = 10, 3
print(f'[{pi:{width}.{prec}f}] [{"s":{"^"}{width}}]')
print(f'{-0.0:.1f} {1e-7:f} {1e20:.2f} {123.0:g} {1e-5:g} {1e16:g}')
