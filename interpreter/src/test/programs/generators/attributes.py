# Generator attributes: gi_frame, gi_running, gi_code, gi_yieldfrom, gi_suspended.
def inner():
    yield 'inner value'


def watched():
    print('  inside: gi_running =', g.gi_running)
    yield 1
    yield from inner()
    yield 2


g = watched()
print('created:   frame', g.gi_frame is not None, 'running', g.gi_running,
      'suspended', g.gi_suspended, 'yieldfrom', g.gi_yieldfrom)
print('next ->', next(g))
print('suspended: frame', g.gi_frame is not None, 'running', g.gi_running,
      'suspended', g.gi_suspended, 'yieldfrom', g.gi_yieldfrom)
print('suspended at line', g.gi_frame.f_lineno)
print('next ->', next(g))
sub = g.gi_yieldfrom
print('delegating: yieldfrom is a', type(sub).__name__, sub.__name__, '| its line', sub.gi_frame.f_lineno)
print('next ->', next(g))
print('after yield from: yieldfrom', g.gi_yieldfrom, '| sub frame', sub.gi_frame)
print('next ->', next(g, 'end'))
print('finished:  frame', g.gi_frame, 'running', g.gi_running, 'suspended', g.gi_suspended)

code = watched.__code__
print('gi_code is the function code:', g.gi_code is code, g.gi_code.co_name)
print('CO_GENERATOR flag: generator function', bool(code.co_flags & 0x20),
      '| plain function', bool((lambda: 0).__code__.co_flags & 0x20))


def delegate_to_list():
    yield from [1, 2]


d = delegate_to_list()
next(d)
print('yield from a list:', type(d.gi_yieldfrom).__name__)

for name in ('gi_frame', 'gi_running', 'gi_code', 'gi_yieldfrom', 'gi_suspended'):
    try:
        setattr(g, name, None)
    except AttributeError as e:
        print('setting', name, '->', 'AttributeError:', e)

genexp = (x for x in 'ab')
print('genexp code name:', genexp.gi_code.co_name, '| running', genexp.gi_running)
