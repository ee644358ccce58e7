# Subscripted builtin classes (list[int]...) as annotations evaluate them at definition time.
def total(values: list[int], weights: dict[str, float] = None) -> tuple[int, ...]:
    return (sum(values),)


print(total([1, 2, 3]), total.__annotations__['values'], total.__annotations__['return'])
print(list[int], dict[str, list[int]], tuple[int, ...], set[frozenset[int]], type[int], list[()])
alias = list[int]
print(type(alias).__name__, alias.__origin__, alias.__args__, alias.__parameters__, alias(range(3)))
print(alias == list[int], alias != list[str], alias == list, hash(alias) == hash(list[int]), alias.append)
print(dict[str, int](a=1), tuple[int, int]([1, 2]), frozenset[int]([3]), set[int]())


class Box(list):
    pass


class Node:
    pass


b = Box[int]([1, 2])
print(Box[int], type(b).__name__, b, b.__orig_class__, list[Node], dict[int, 'Node'])
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
try:
    list[int][str]
except TypeError as e:
    print(e)
try:
    int[str]
except TypeError as e:
    print(e)


class Names(list[str]):
    pass


class Table(dict[str, int], object):
    pass


print(Names.__mro__, Names.__orig_bases__, Names(['a']), Table.__mro__, Table.__orig_bases__)


class Weird:
    def __mro_entries__(self, bases):
        return 5


try:
    class Broken(Weird()):
        pass
except TypeError as e:
    print(e)
