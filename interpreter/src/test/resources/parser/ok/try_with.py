try:
    pass
except:
    pass
try:
    pass
except E:
    pass
try:
    pass
except E as e:
    pass
except (A, B) as e:
    pass
except C:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try:
    pass
except* E:
    pass
except* (A, B) as e:
    pass
try: pass
except E: pass
else: pass
finally: pass
try:
    pass
except* E:
    pass
else:
    pass
finally:
    pass
with a: pass
with a as b: pass
with a as b, c as d: pass
with a, b: pass
with (a, b): pass
with (a as b): pass
with (a as b, c as d): pass
with (a as b, c as d,): pass
with (a, b) as c: pass
with (a) as b: pass
with (yield_): pass
with a as (b, c): pass
with a as [b, c]: pass
with a as b.c, d as e[0]: pass
with open("f") as f, \
     open("g") as g:
    pass
with (
    open("f") as f,
    open("g") as g,
):
    pass
