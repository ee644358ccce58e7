# slice objects and indices().
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
data = list(range(20))
print(data[s], data[slice(5)], data[slice(-3, None)])
print(s.indices(6), slice(None, None, -1).indices(5), slice(-100, 100).indices(10))
class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[1:2], r[::3], r[1:2, 3], r[...], r[:, 0])
print(slice(1, 2) == slice(1, 2), 'abcdef'[slice(None, None, 2)])
try:
    [1, 2][::0]
except ValueError as e:
    print('ValueError', e)
