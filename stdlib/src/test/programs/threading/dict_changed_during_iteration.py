# Mutating a container while iterating over it, in a single thread (the deterministic case):
# CPython's RuntimeError messages for dict, set, deque and OrderedDict.
from collections import OrderedDict, deque


def attempt(label, action):
    try:
        action()
        print(label, "no error")
    except RuntimeError as e:
        print(label, "RuntimeError:", e)


def grow_dict():
    d = {"a": 1, "b": 2}
    for key in d:
        d[key + "!"] = 0


def shrink_dict():
    d = {"a": 1, "b": 2, "c": 3}
    for key in d.keys():
        del d[key]


def swap_dict_keys():
    d = {"a": 1, "b": 2}
    for key in d:
        del d[key]
        d[key + "'"] = 3


def change_values_only():
    d = {"a": 1, "b": 2}
    for key in d:
        d[key] += 10
    print(d)


def items_view():
    d = {1: 1}
    for k, v in d.items():
        d[k + 1] = v


def grow_set():
    s = {1, 2, 3}
    for x in s:
        s.add(x + 10)


def mutate_deque():
    q = deque([1, 2, 3])
    for x in q:
        q.append(x)


def mutate_ordered_dict():
    o = OrderedDict(a=1, b=2)
    for key in o:
        o["z"] = 0


def grow_list():
    items = [1, 2, 3]
    for x in items:
        if len(items) < 6:
            items.append(x * 10)
    print(items)


for label, action in [
    ("dict grows:", grow_dict),
    ("dict shrinks:", shrink_dict),
    ("dict keys swapped, same size:", swap_dict_keys),
    ("dict values changed:", change_values_only),
    ("dict items view grows:", items_view),
    ("set grows:", grow_set),
    ("deque grows:", mutate_deque),
    ("OrderedDict grows:", mutate_ordered_dict),
    ("list grows (allowed):", grow_list),
]:
    attempt(label, action)
