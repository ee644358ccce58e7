if a:
    pass
if a:
    pass
else:
    pass
if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
if a: pass
elif b: pass
if x := f():
    pass
while True:
    break
while a:
    continue
else:
    pass
for x in y:
    pass
for x, y in z:
    pass
for (x, y) in z:
    pass
for [x, y] in z:
    pass
for x, *y in z:
    pass
for x.a in y: pass
for x[0] in y: pass
for x in y, z: pass
for x in *y, *z: pass
for x in y:
    if x:
        break
    else:
        continue
else:
    pass
for i in range(10): print(i)
while 1:
    if a:
        if b:
            if c:
                break
    x = 1
x = 2
