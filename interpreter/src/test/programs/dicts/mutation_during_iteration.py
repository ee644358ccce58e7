# Changing a container while iterating over it: CPython's errors, or what it does instead.
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


def grow_dict():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 10] = k


def shrink_dict():
    d = {1: 1, 2: 2, 3: 3}
    for k in d:
        del d[k]


def grow_keys_view():
    d = {1: 1}
    for k in d.keys():
        d[k + 1] = 0


def grow_items_reversed():
    d = {1: 1, 2: 2}
    for k, v in reversed(d.items()):
        d[k * 10] = v


def replace_values():
    d = {1: 1, 2: 2}
    for k in d:
        d[k] = k * 100
    return d


def pop_and_readd():
    d = {1: 1, 2: 2, 3: 3}
    seen = []
    for k in d:
        seen.append(k)
        if k == 1:
            d.pop(3)
            d[4] = 4
    return seen, d


def grow_set():
    s = {1, 2}
    for x in s:
        s.add(x + 10)


def list_grows():
    xs = [1, 2, 3]
    out = []
    for x in xs:
        if x < 4:
            xs.append(x + 3)
        out.append(x)
    return out


def list_shrinks():
    xs = [1, 2, 3, 4, 5, 6]
    for x in xs:
        xs.remove(x)
    return xs


def reversed_list_shrinks():
    xs = [1, 2, 3, 4, 5]
    out = []
    for x in reversed(xs):
        out.append(x)
        del xs[:2]
    return out, xs


def sort_with_mutating_key():
    xs = [3, 1, 2]

    def key(x):
        xs.append(x)
        return x
    xs.sort(key=key)


def sort_observes_empty():
    xs = [3, 1, 2]
    seen = []

    def key(x):
        seen.append(len(xs))
        return -x
    xs.sort(key=key)
    return xs, seen


attempt('grow dict', grow_dict)
attempt('shrink dict', shrink_dict)
attempt('grow keys view', grow_keys_view)
attempt('grow reversed items', grow_items_reversed)
attempt('replace values', replace_values)
attempt('pop and readd', pop_and_readd)
attempt('grow set', grow_set)
attempt('list grows', list_grows)
attempt('list shrinks', list_shrinks)
attempt('reversed list shrinks', reversed_list_shrinks)
attempt('sort mutating key', sort_with_mutating_key)
attempt('sort observes empty', sort_observes_empty)
it = iter({1: 1})
d = {1: 1}
it = iter(d)
d[2] = 2
attempt('stale iterator', lambda: next(it))
attempt('stays broken', lambda: next(it))
d.clear()
attempt('cleared', lambda: list(iter(d)))
