# os.path on str and bytes: the text functions, with their edge cases.
import os
import os.path

print(os.path.__name__, os.path is __import__('posixpath'), os.path.sep, os.path.curdir, os.path.pardir)
for p in ['', '/', '//', '///', 'a', 'a/', '/a/b', '/a//b//', 'a/b/../c/.', '//a//b/../c', '///a/../../b', '../../a/..',
          '.bashrc', 'a/..b', 'a.b/c', 'x...y', 'archive.tar.gz', '/x/y.d/']:
    print(repr(p), os.path.split(p), os.path.splitext(p), repr(os.path.basename(p)), repr(os.path.dirname(p)),
          repr(os.path.normpath(p)), os.path.isabs(p))
print(os.path.join('a', 'b', 'c'), os.path.join('a/', 'b'), os.path.join('a', '/b', 'c'), os.path.join('a', ''),
      os.path.join('', 'a'), os.path.join('/'), os.path.join(b'a', b'b', b'/c', b'd'))
print(os.path.split(b'/x/y'), os.path.splitext(b'f.txt'), os.path.normpath(b'a/./b/..'), os.path.basename(b'/q/r'))
print(os.path.commonprefix(['/usr/lib', '/usr/local/lib', '/usr/libexec']), repr(os.path.commonprefix([])))
print(os.path.commonpath(['/usr/lib', '/usr/local/lib', '/usr/libexec']), os.path.commonpath(['a/b', 'a/./b/c', 'a//b/d']))
print(os.path.relpath('/a/b/c', '/a/d'), os.path.relpath('/a', '/a'), os.path.relpath('/a/b', '/'), os.path.relpath('/', '/a/b'))
print(os.path.splitdrive('/a/b'), os.path.normcase('/A/b'))
os.environ['SKEIN_PATH_TEST'] = 'value'
os.environ['HOME'] = '/home/skein/'
print(os.path.expandvars('$SKEIN_PATH_TEST/${SKEIN_PATH_TEST}/$SKEIN_UNSET/${SKEIN_UNSET}x$'), os.path.expandvars(b'$SKEIN_PATH_TEST'))
print(os.path.expanduser('~'), os.path.expanduser('~/docs'), os.path.expanduser('x~'), os.path.expanduser(b'~/b'))
print(os.path.expanduser('~root/x'), os.path.expanduser('~no_such_user_for_skein/x'))
print(os.path.isabs(os.path.abspath('x')), os.path.abspath('x') == os.path.join(os.getcwd(), 'x'), os.path.abspath('/a/../b'))
print(os.path.relpath(os.path.join(os.getcwd(), 'q', 'r')), os.path.realpath('/usr/../usr/./lib/') == os.path.realpath('/usr/lib'))
for bad in [lambda: os.path.join('a', 5), lambda: os.path.join(5), lambda: os.path.join('a', b'b'), lambda: os.path.basename(5),
            lambda: os.path.relpath(''), lambda: os.path.commonpath([]), lambda: os.path.commonpath(['/a', 'b']),
            lambda: os.path.commonpath(['a', b'b']), lambda: os.fspath(5), lambda: os.path.exists(2.5)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class Where:
    def __init__(self, path):
        self.path = path

    def __fspath__(self):
        return self.path


print(os.fspath(Where('a/b')), os.path.join(Where('a'), Where('b')), os.path.basename(Where(b'x/y')), os.fspath(b'raw'))
try:
    os.fspath(Where(5))
except TypeError as e:
    print('TypeError', e)
