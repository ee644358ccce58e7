# The names io exports besides the in-memory streams.
import io
import sys

print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
print(io.open is open, type(sys.stdout) is io.TextIOWrapper, isinstance(sys.stderr, io.TextIOWrapper))
print(io.UnsupportedOperation.__mro__)
print(io.StringIO.__mro__)
print(io.BytesIO.__mro__)
print(issubclass(io.StringIO, io.TextIOBase), issubclass(io.BytesIO, io.BufferedIOBase),
      issubclass(io.RawIOBase, io.IOBase), issubclass(io.BytesIO, io.TextIOBase))
print(io.StringIO.__name__, io.StringIO.__module__, io.BytesIO.__qualname__)
