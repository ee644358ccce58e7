# localtime returns a struct_time; print only what does not depend on the time zone.
import time
now = time.localtime()
print(type(now).__name__, len(now), now.tm_year >= 2024, 1 <= now.tm_mon <= 12, 0 <= now.tm_hour <= 23)
print(now[0] == now.tm_year, now[1] == now.tm_mon, now[5] == now.tm_sec, now.tm_isdst in (-1, 0, 1))
t = time.localtime(1700000000)
print(time.strftime('%Y', t) == str(t.tm_year), time.strftime('%S', t), t.tm_sec, 0 <= t.tm_min <= 59)
print(tuple(time.localtime(0))[6] in range(7), time.localtime(86400 * 365.25 * 30).tm_year in (1999, 2000))
st = time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0))
print(st.tm_year, st.tm_mday, st.tm_wday, st[3:6], time.strftime('%Y-%m-%d %H:%M:%S', st))
