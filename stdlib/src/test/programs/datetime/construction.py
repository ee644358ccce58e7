# datetime, date and time objects.
from datetime import datetime, date, time, timedelta
dt = datetime(2024, 2, 29, 13, 5, 9, 123456)
print(dt, repr(dt))
print(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond)
print(dt.date(), dt.time(), dt.weekday(), dt.isoweekday(), dt.isoformat(), dt.isoformat(sep=' ', timespec='seconds'))
d = date(2023, 12, 31)
print(d, repr(d), d.toordinal(), date.fromordinal(738886), d.replace(year=2020))
print(time(7, 30), repr(time(7, 30, 15)), datetime(2020, 1, 1), datetime.fromisoformat('2021-06-15T08:30:00'))
for bad in [(2023, 2, 29), (2024, 13, 1), (2024, 1, 32)]:
    try:
        date(*bad)
    except ValueError as e:
        print('ValueError', e)
