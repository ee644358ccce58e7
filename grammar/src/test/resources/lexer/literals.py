n = 0, 7, 1_000, 0x_1F, 0o17, 0b1_0, 1.5, .5, 5., 1e10, 1E-5, 1_0.0_1e+1_0, 3j, 1.5J, 0j, 00, 09.5
s = 'a' "b" '''c
d''' """e""" r'\d' R"\n", b'x' Br'\x' rb"y", f'{z}' F"{z!r:>{w}}" fR'{q}' u'u' U"U"
t = 'it\'s' "say \"hi\"" 'back\\slash' "line \
continued"
ops = a + b - c * d / e // f % g ** h @ i << j >> k & l | m ^ n & ~o
cmp = a < b > c <= d >= e == f != g
aug = [x := 1]; x += 1; x -= 1; x *= 1; x /= 1; x //= 1; x %= 1; x **= 1; x @= 1
x <<= 1; x >>= 1; x &= 1; x |= 1; x ^= 1
misc = f(*a, **k), ...; d = {k: v}; s[1:2:3]; o.attr
def g(x: int = 1) -> None: return
café = naïve = 変数 = 1
