# globals() and locals().
g_value = 1
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
print('g_value' in globals(), globals()['g_value'], globals()['__name__'])
globals()['made_by_dict'] = 'yes'
print(made_by_dict)
class K:
    attr = 1
    inside = sorted([k for k in locals() if not k.startswith('__')])
print(K.inside)
print(locals() is globals())
