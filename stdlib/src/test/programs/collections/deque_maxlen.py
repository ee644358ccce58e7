# Bounded deques drop items from the other end.
from collections import deque
recent = deque(maxlen=3)
for i in range(6):
    recent.append(i)
    print(list(recent))
print(recent, recent.maxlen)
recent.appendleft(99)
print(recent)
window = deque('abcdef', maxlen=4)
print(window, ''.join(window))
def moving_average(values, n):
    w, out = deque(maxlen=n), []
    for v in values:
        w.append(v)
        out.append(round(sum(w) / len(w), 2))
    return out
print(moving_average([1, 2, 3, 10, 20, 30], 3))
