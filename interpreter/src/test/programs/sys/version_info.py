# sys.version and sys.version_info.
import sys
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor)
print(sys.version_info >= (3, 8), sys.version_info < (4,), type(sys.version).__name__)
print(sys.version.startswith('3.11'), isinstance(sys.version_info.micro, int))
print(sys.version_info.releaselevel in ('alpha', 'beta', 'candidate', 'final'))
print(sys.maxsize == 2 ** 63 - 1, sys.byteorder in ('little', 'big'), type(sys.platform).__name__)
