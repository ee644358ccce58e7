# X | Y on classes, generic aliases and None: types.UnionType, its flattening, equality and isinstance.
import types
u = int | None
print(u, type(u), u.__args__, type(u) is types.UnionType)
print(int | str | int, (int | str) == (str | int), hash(int|str) == hash(str|int))
print(list[int] | None, None | int, int | list[str])
print(isinstance(3, int | str), isinstance(None, int | None), issubclass(bool, int | str))
print(int | int, (int|str) | (float|int))
try: int | 3
except TypeError as e: print(e)
try: isinstance([], list[int] | None)
except TypeError as e: print(e)
try: issubclass(list, list[int] | None)
except TypeError as e: print(e)
print(repr(types.UnionType), (int|str).__parameters__)
try: types.UnionType()
except TypeError as e: print(e)
print(type(None) | int, (int | str).__or__(3))
def f(x: int | None = None) -> list[int] | None: return x
print(f.__annotations__)
print((int|str) == int, (int|str) != (str|int))
try: issubclass(3, int|str)
except TypeError as e: print(e)
try: (int | str) + 1
except TypeError as e: print(e)
print(int | str | None | list[int], (int | None).__args__ == (int, type(None)))
