# OSError subclasses from failing calls, and os.environ's mapping methods.
import os

base = os.path.basename(__file__) + '.tmpdir'


def remove_tree(path):
    """Clears what an interrupted earlier run may have left."""
    if os.path.isdir(path):
        for name in os.listdir(path):
            remove_tree(os.path.join(path, name))
        os.rmdir(path)
    elif os.path.exists(path):
        os.remove(path)


remove_tree(base)
os.makedirs(os.path.join(base, 'a', 'b'))
os.makedirs(os.path.join(base, 'a', 'b'), exist_ok=True)
print(sorted(os.listdir(base)), os.listdir(os.path.join(base, 'a')), os.path.isdir(os.path.join(base, 'a', 'b')))
os.mkdir(os.path.join(base, 'c'))
os.rename(os.path.join(base, 'c'), os.path.join(base, 'd'))
print(sorted(os.listdir(base)), [type(n).__name__ for n in os.listdir(base.encode())])
calls = [lambda: os.mkdir(base), lambda: os.makedirs(base), lambda: os.rmdir(os.path.join(base, 'a')),
         lambda: os.remove(os.path.join(base, 'a')), lambda: os.remove(os.path.join(base, 'missing')),
         lambda: os.rmdir(os.path.join(base, 'missing')), lambda: os.listdir(os.path.join(base, 'missing')),
         lambda: os.chdir(os.path.join(base, 'missing')), lambda: os.rename(os.path.join(base, 'x'), os.path.join(base, 'y')),
         lambda: os.path.getsize(os.path.join(base, 'missing')), lambda: os.remove(''), lambda: os.listdir(''),
         lambda: os.mkdir(1), lambda: os.listdir(2.5), lambda: os.listdir('a\0b'), lambda: os.rmdir(None)]
for call in calls:
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, isinstance(e, OSError))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
os.rmdir(os.path.join(base, 'a', 'b'))
os.rmdir(os.path.join(base, 'a'))
os.rmdir(os.path.join(base, 'd'))
os.rmdir(base)
print(os.path.exists(base), os.strerror(2), os.strerror(13), os.strerror(99999), os.error is OSError)

key = 'SKEIN_ENVIRON_TEST'
print(os.environ.get(key), os.getenv(key, 'default'), key in os.environ, os.environ.pop(key, 'none'))
os.environ[key] = 'one'
print(os.environ[key], os.environ.setdefault(key, 'two'), os.environ.setdefault(key + '_2', 'two'), os.getenv(key + '_2'))
os.environ.update({key + '_3': 'three'}, **{key + '_4': 'four'})
os.environ.update([(key + '_5', 'five')])
print(sorted(k for k in os.environ if k.startswith(key)), len(os.environ) == len(list(os.environ.keys())))
print(os.environ.pop(key), os.environ.pop(key, 'gone'), dict(os.environ.items())[key + '_3'], isinstance(os.environ.copy(), dict))
for k in [key + '_2', key + '_3', key + '_4', key + '_5']:
    del os.environ[k]
print(sorted(k for k in os.environ if k.startswith(key)), repr(os.environ)[:9], type(os.environ).__name__)
for bad in [lambda: os.environ[key], lambda: os.environ.__delitem__(key), lambda: os.environ.__setitem__(key, 1),
            lambda: os.environ.__setitem__(1, 'x'), lambda: os.environ.get(1), lambda: os.environ.pop(key),
            lambda: os.putenv('A=B', 'c'), lambda: os.putenv('A', 'c\0'), lambda: os.putenv('', 'c'), lambda: os.unsetenv('A=B'),
            lambda: os.urandom(-1), lambda: os.getenv(5)]:
    try:
        print(bad())
    except (KeyError, TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
print(os.putenv('SKEIN_PUTENV', 'x'), 'SKEIN_PUTENV' in os.environ, os.unsetenv('SKEIN_PUTENV'), len(os.urandom(16)))
