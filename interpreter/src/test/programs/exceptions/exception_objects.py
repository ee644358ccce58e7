# Exception attributes: args, str, repr, with several arguments.
e = ValueError('bad', 42)
print(e.args, str(e), repr(e))
print(str(KeyError('k')), repr(KeyError('k')), str(KeyError()), str(KeyError('a', 'b')))
print(str(Exception()), repr(Exception()), repr(Exception('x')), str(Exception(1)))
print(repr(OSError(2, 'No such file')), OSError(2, 'No such file').errno, OSError(2, 'x').strerror)
print(StopIteration(5).value, repr(SystemExit(3)), SystemExit(3).code)
print(isinstance(e, Exception), isinstance(e, BaseException), issubclass(KeyboardInterrupt, Exception))
ex = RuntimeError('x')
ex.note = 'custom attribute'
print(ex.note, ex.__traceback__)
print(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte'))
