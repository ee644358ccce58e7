# Calendar arithmetic: leap years, weekdays, month ends and day counts.
from datetime import date, datetime, timedelta
for year in [1900, 2000, 2023, 2024, 2100]:
    feb_end = date(year, 3, 1) - timedelta(days=1)
    print(year, feb_end.day, date(year, 1, 1).strftime('%A'), (date(year + 1, 1, 1) - date(year, 1, 1)).days)
d = date(2024, 1, 31)
month_ends = []
for _ in range(12):
    nxt = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    month_ends.append((nxt - timedelta(days=1)).day)
    d = nxt
print(month_ends)
start = datetime(2024, 12, 31, 23, 59, 59)
print(start + timedelta(seconds=1), start.replace(month=1, day=1), start.timetuple()[:6])
print(date(2024, 7, 4).isocalendar(), date(2021, 1, 3).isocalendar()[:2], date.fromisoformat('2024-02-29'))
try:
    date(2024, 1, 1) < datetime(2024, 1, 1)
except TypeError as e:
    print('TypeError', e)
print(sorted([date(2024, 5, 1), date(2023, 5, 1), date(2024, 1, 15)]), date.min, date.max)
print(timedelta(days=400) // 7, timedelta.max, timedelta.resolution, timedelta(microseconds=-1))
