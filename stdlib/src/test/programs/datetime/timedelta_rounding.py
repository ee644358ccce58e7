# timedelta from floats, products and quotients: CPython's exact rounding, half to even.
from datetime import timedelta

for kwargs in [dict(microseconds=0.5), dict(microseconds=1.5), dict(microseconds=2.5), dict(microseconds=-0.5),
               dict(seconds=1e-7), dict(seconds=-1e-7), dict(days=-1.5), dict(days=0.1, hours=0.5, minutes=1.7),
               dict(weeks=1, days=-1, hours=1.5, minutes=-0.25, seconds=1e-6, milliseconds=0.5),
               dict(days=1, microseconds=-1), dict(hours=25, minutes=61, seconds=3661, milliseconds=1500)]:
    print(kwargs, repr(timedelta(**kwargs)))
td = timedelta(days=1, hours=2, seconds=3, microseconds=4)
print(td * 0.5, td * -2.75, 3 * td, td * True, td / 7, td // 7, -td // 7, td / 0.3, td / td, td // timedelta(minutes=-7))
print(td % timedelta(minutes=7), -td % timedelta(minutes=7), divmod(-td, timedelta(minutes=7)), divmod(td, timedelta(hours=5)))
print(timedelta(seconds=1).total_seconds(), timedelta.max.total_seconds(), timedelta(microseconds=-1).total_seconds())
print(abs(timedelta.min + timedelta.resolution), +td, timedelta(0), bool(timedelta(0)), bool(td))
print(str(timedelta(days=-3, microseconds=5)), str(timedelta(days=2)), str(timedelta(days=-1)), str(timedelta(seconds=-1)))
print(sorted([timedelta(3), timedelta(-1), timedelta(0)]), max(timedelta(hours=1), timedelta(minutes=61)))
print(hash(timedelta(1, 2, 3)) == hash((1, 2, 3)), len({timedelta(hours=24), timedelta(days=1), timedelta(seconds=86400)}))
for bad in [lambda: td / 0, lambda: td // 0, lambda: td / timedelta(0), lambda: td // timedelta(0), lambda: td % timedelta(0),
            lambda: td / 0.0, lambda: td * float('nan'), lambda: td * float('inf'), lambda: timedelta(seconds=float('nan')),
            lambda: timedelta(seconds=float('inf')), lambda: td + 1, lambda: td < 1, lambda: timedelta(days=1e10),
            lambda: -timedelta.max]:
    try:
        print(bad())
    except (ZeroDivisionError, ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
