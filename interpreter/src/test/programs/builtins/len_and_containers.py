# len, list, tuple, dict, set, frozenset constructors.
print(len('héllo'), len([1, 2]), len((1,)), len({'a': 1}), len({1, 2, 2}), len(range(3, 10)), len(b'ab'))
print(list('ab'), tuple([1, 2]), dict(a=1), set('aab') == {'a', 'b'}, frozenset([1, 1]))
print(list(range(0)), tuple(), dict([]), set(), frozenset())
print(sorted(set([3, 1, 2])), sorted(frozenset('cab')))
print(list(dict(zip(range(3), 'xyz')).items()))
