# The builtin exception hierarchy.
names = ['BaseException', 'Exception', 'ArithmeticError', 'ZeroDivisionError', 'OverflowError',
         'FloatingPointError', 'LookupError', 'KeyError', 'IndexError', 'ValueError',
         'UnicodeError', 'UnicodeDecodeError', 'UnicodeEncodeError', 'TypeError', 'NameError',
         'UnboundLocalError', 'AttributeError', 'RuntimeError', 'RecursionError',
         'NotImplementedError', 'ImportError', 'ModuleNotFoundError', 'OSError',
         'FileNotFoundError', 'FileExistsError', 'PermissionError', 'IsADirectoryError',
         'StopIteration', 'AssertionError', 'SyntaxError', 'IndentationError', 'TabError',
         'SystemExit', 'KeyboardInterrupt', 'GeneratorExit', 'EOFError', 'MemoryError',
         'BufferError', 'ReferenceError', 'SystemError', 'TimeoutError', 'ConnectionError',
         'BrokenPipeError', 'Warning', 'UserWarning', 'DeprecationWarning', 'RuntimeWarning']
import builtins
for name in names:
    cls = getattr(builtins, name)
    print(name, '->', cls.__bases__[0].__name__ if cls.__bases__ else None)
print(IOError is OSError, EnvironmentError is OSError)
