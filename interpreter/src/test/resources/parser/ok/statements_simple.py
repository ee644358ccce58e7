import os
import os.path
import os.path as p, sys as s
from os import path
from os import path as p2, sep
from os import (path, sep,)
from . import a
from .. import b
from .c import d
from ...e import f
from .... import g
from . import (h as i)
from x import *
pass; pass
x = 1; y = 2;
del x
del x, y
del (x), [y]
del x[0], x.y, (a, b), [c, d]
assert x
assert x, "message"
raise
raise E
raise E from C
raise E(1) from None
global g1
global g1, g2
x = y = z = 1
a, b = c
a, *b = c
(a, b), [c, *d] = e
x.y = 1
x[0] = 1
x[1:2] = 1
x += 1
x -= 1
x *= 1
x @= 1
x /= 1
x //= 1
x %= 1
x **= 1
x >>= 1
x <<= 1
x &= 1
x ^= 1
x |= 1
x.y += 1
x[0] += 1
x: int
x: int = 1
(x): int = 1
x.y: int
x[0]: int = 1
x: list[int] = []
x = yield_ = 1
print("hi")
