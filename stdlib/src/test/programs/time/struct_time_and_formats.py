# struct_time construction, gmtime, asctime/ctime and the tuple checks.
import time
st = time.gmtime(1234567890)
print(st)
print(st.tm_zone, st.tm_gmtoff, st[:3], st[-1], len(st), list(st)[6:])
print(time.gmtime(0) == (1970, 1, 1, 0, 0, 0, 3, 1, 0), isinstance(st, tuple), st.n_fields, st.n_sequence_fields)
print(time.gmtime(-1.5), time.gmtime(1.99).tm_sec)
print(time.asctime(st), time.asctime((2020, 1, 5, 3, 4, 5, 6, 5, 0)), time.asctime((2020, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.strftime('%Y-%m-%dT%H:%M:%S', st), time.strftime('%j %U %W %a', st))
custom = time.struct_time((2021, 6, 7, 8, 9, 10, 0, 158, 1, 'XYZ', 7200))
print(custom, custom.tm_zone, custom.tm_gmtoff, time.strftime('%Z %z', custom))
print(time.struct_time([1, 2, 3, 4, 5, 6, 7, 8, 9]).tm_zone, time.struct_time.__match_args__[:3])
print(time.mktime(time.localtime(1000000000)) == 1000000000.0, time.ctime(86400 * 365)[-4:])
for bad in [lambda: time.struct_time((1, 2, 3)), lambda: time.struct_time((1,) * 12), lambda: time.struct_time(5),
            lambda: time.strftime('%Y', (1, 2)), lambda: time.strftime('%Y', [2020, 1, 1, 0, 0, 0, 0, 1, 0]),
            lambda: time.strftime('%Y', (2020.0, 1, 1, 0, 0, 0, 0, 1, 0)), lambda: time.strftime(5),
            lambda: time.asctime((2020, 13, 5, 3, 4, 5, 6, 5, 0)), lambda: time.mktime((2020, 1, 5)),
            lambda: time.gmtime('x'), lambda: time.gmtime(1e300), lambda: time.gmtime(float('nan')),
            lambda: time.gmtime(10 ** 18), lambda: time.strftime('%Y', (2 ** 40, 1, 1, 0, 0, 0, 0, 1, 0)),
            lambda: time.sleep(float('nan')), lambda: time.sleep(10 ** 30), lambda: time.sleep(None)]:
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError, OSError) as e:
        print(type(e).__name__, e)
print(type(time.monotonic_ns()).__name__, type(time.perf_counter_ns()).__name__, time.process_time() >= 0)
print(len(time.tzname), type(time.timezone).__name__, time.daylight in (0, 1))
