# Importing modules whose bytes are bad: CPython compiles a module from its bytes, so the
# errors differ from running the same file as a script.
import os
import sys
folder = __file__ + '.tmpdir'
os.makedirs(folder, exist_ok=True)
sys.path.insert(0, folder)
modules = {
    'bad_name': b'x = 1\ny = \x97\n',
    'bad_comment': b'x = 1\n# \x97\n',
    'bad_string': b'x = 1\ny = "\x97"\n',
    'declared_bad_name': b'# coding: utf-8\ny = ab\x97\n',
    'nul_byte': b'x = 1\ny = 2\x00\n',
    'latin1_nul': b'# coding: latin-1\ny = \x0e\nz = \x00\n',
    'name_after_syntax_error': b'x = $\ny = \x97\n',
    'latin1_ok': b'# coding: latin-1\ns = "caf\xe9"\n',
}
for name, data in modules.items():
    with open(os.path.join(folder, name + '.py'), 'wb') as f:
        f.write(data)
for name in modules:
    try:
        module = __import__(name)
        print(name, 'imported', getattr(module, 's', getattr(module, 'x', None)))
    except SyntaxError as e:
        print(name, 'SyntaxError', e.msg, e.lineno, name in sys.modules)
    except UnicodeDecodeError as e:
        print(name, 'UnicodeDecodeError', e.reason, e.start, e.end, name in sys.modules)
for name in modules:
    os.remove(os.path.join(folder, name + '.py'))
os.rmdir(folder)
