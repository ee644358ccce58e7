# Names are looked up local -> enclosing -> global -> builtins.
print(len('abc'))
def len(x):
    return 'shadowed'
print(len('abc'))
del len
print(len('abc'))
def local_shadow():
    max = lambda *a: 'local max'
    return max(1, 2)
print(local_shadow(), max(1, 2))
import builtins
print(builtins.len('xy'), builtins.abs(-3))
