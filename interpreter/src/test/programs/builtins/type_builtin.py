# type() with one argument, and type names of builtin values.
values = [1, 1.0, 'a', b'a', [], (), {}, set(), frozenset(), None, True, range(1), slice(1),
          len, print, object(), type, Exception(), 1 .bit_length, [].append, iter([]), map(str, []),
          zip(), enumerate([]), reversed([]), {}.keys(), {}.values(), {}.items(), bytearray(), ...]
print([type(v).__name__ for v in values])
print(type(type(1)) is type, type(object) is type, type.__name__)
class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    pass
print(type(WithMeta).__name__, isinstance(WithMeta, type))
