name = "x"
a = f"hello {name}"
b = f'{name!r} {name!s} {name!a}'
c = f"{name:>10}"
d = f"{3.14159:.{2}f}"
e = f"{name=}"
f = f"{name = }"
g = f"{name=!s}"
h = f"{name=:>10}"
i = f"{name = !r:^20}"
j = f"{{literal}} {{{name}}}"
k = f"{name}" f"{name}" "plain" f"more {name}"
l = "plain" f"{name}" "plain2"
m = f""
n = f"only text"
o = f"" "" f""
p = rf"raw {name} \n"
q = fr'{name}\t'
r = F"upper {name}"
s = f"""triple {name}
second line {name!r}
"""
t = f"{'quoted'} {'{}'.format(1) if 0 else 2}"
u = f"{name:{'>'}{10}}"
v = f"{[x for x in range(3)]} {dict(a=1)['a']} {(lambda: 1)()}"
w = f"{name}{name}{name}"
x = f"{ name }"
y = f"{name!r:}"
z = f"{x:{y}a}" f"{x!r:{y!r}}"
aa = f"\N{BULLET} {name} \x41"
bb = f"{3!r}" f"{'a' 'b'}"
cc = f"{1 < 2} {1 <= 2} {1 != 2} {1 == 2} {(x:=1)}"
dd = (f"{name}"
      f"{name}")
ee = f"{name}" \
     f"{name}"
ff = f"""{
name}"""
gg = f"""abc
  {name} {
    name}"""
hh = f"é{name}ü{name}"
ii = f"{x, y}" f"{x,}"
jj = f"{*x,}"
kk = f"{yield_ if 1 else 2}"
