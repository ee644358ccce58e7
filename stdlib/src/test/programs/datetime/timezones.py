# Fixed-offset timezones, a tzinfo subclass, conversions and aware arithmetic.
from datetime import datetime, date, time, timedelta, timezone, tzinfo, UTC

ist = timezone(timedelta(hours=5, minutes=30), 'IST')
minus3 = timezone(-timedelta(hours=3))
print(repr(timezone.utc), repr(ist), repr(minus3), repr(timezone(timedelta(0))), repr(timezone(timedelta(0), 'Z')))
print(str(ist), str(minus3), str(UTC), minus3.tzname(None), timezone(timedelta(seconds=-1, microseconds=5)).tzname(None))
print(timezone.min, timezone.max, timezone.utc is UTC, ist == timezone(timedelta(minutes=330)), hash(ist) == hash(timezone(timedelta(minutes=330))))
dt = datetime(2024, 3, 5, 13, 4, 5, 678901, tzinfo=ist)
print(dt, repr(dt))
print(dt.utcoffset(), dt.dst(), dt.tzname(), dt.timestamp(), dt.isoformat(timespec='milliseconds'))
print(dt.astimezone(UTC), dt.astimezone(minus3), dt.astimezone(UTC).astimezone(ist) == dt)
print(dt.timetuple(), dt.utctimetuple(), sep='\n')
print(dt.strftime('%Y-%m-%d %H:%M:%S.%f %z %Z'), format(dt, '%H:%M %Z'), dt.timetz(), dt.time())
other = datetime(2024, 3, 5, 7, 34, 5, 678901, tzinfo=UTC)
print(dt == other, hash(dt) == hash(other), dt - other, dt - datetime(2024, 1, 1, tzinfo=minus3), dt + timedelta(days=30))
print(sorted([datetime(2024, 1, 1, 12, tzinfo=UTC), datetime(2024, 1, 1, 12, tzinfo=ist), datetime(2024, 1, 1, 12, tzinfo=minus3)]))
print(datetime.fromtimestamp(1e9, UTC), datetime.fromtimestamp(1e9, minus3), datetime.fromtimestamp(-1.5, UTC))
print(datetime.fromtimestamp(0.0000015, UTC).microsecond, datetime.utcfromtimestamp(1700000000.25))
print(datetime(2001, 9, 9, 1, 46, 40, tzinfo=UTC).timestamp(), datetime.combine(date(2020, 1, 1), time(5, tzinfo=ist)))
t = time(12, 30, tzinfo=timezone(timedelta(hours=-5)))
print(t, repr(t), t.utcoffset(), t.tzname(), t < time(17, 31, tzinfo=UTC), t == time(17, 30, tzinfo=UTC))
print(datetime(2020, 1, 1) == datetime(2020, 1, 1, tzinfo=UTC), time(1) == time(1, tzinfo=UTC))


class Eastern(tzinfo):
    """US Eastern time with the 2007 rules, as the datetime documentation sketches it."""

    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)

    def dst(self, dt):
        if dt is None or dt.tzinfo is None:
            return timedelta(0)
        start = datetime(dt.year, 3, 8, 2) + timedelta(days=6 - datetime(dt.year, 3, 8).weekday())
        end = datetime(dt.year, 11, 1, 1) + timedelta(days=6 - datetime(dt.year, 11, 1).weekday())
        return timedelta(hours=1) if start <= dt.replace(tzinfo=None) < end else timedelta(0)

    def tzname(self, dt):
        return 'EDT' if self.dst(dt) else 'EST'

    def __repr__(self):
        return 'Eastern()'


east = Eastern()
for when in [datetime(2024, 1, 15, 12), datetime(2024, 7, 4, 12), datetime(2024, 3, 10, 6, 59), datetime(2024, 3, 10, 7)]:
    local = when.replace(tzinfo=UTC).astimezone(east)
    print(local, local.tzname(), local.dst(), local.strftime('%Z%z'), local.timetuple().tm_isdst)
summer = datetime(2024, 7, 4, 8, tzinfo=east)
print(summer.astimezone(UTC), summer - datetime(2024, 7, 4, 12, tzinfo=UTC), summer == datetime(2024, 7, 4, 12, tzinfo=UTC))
print(repr(summer), summer.isoformat())

for bad in [lambda: timezone(5), lambda: timezone(timedelta(hours=24)), lambda: timezone(timedelta(hours=1), 5),
            lambda: UTC.utcoffset(5), lambda: UTC.fromutc(datetime(2020, 1, 1)), lambda: UTC.fromutc(5),
            lambda: tzinfo().utcoffset(None), lambda: tzinfo().tzname(None), lambda: datetime(2020, 1, 1, tzinfo=5),
            lambda: datetime(2020, 1, 1) - datetime(2020, 1, 1, tzinfo=UTC),
            lambda: datetime(2020, 1, 1) < datetime(2020, 1, 1, tzinfo=UTC), lambda: time(1) < time(1, tzinfo=UTC),
            lambda: datetime.fromtimestamp(0, 5), lambda: datetime.fromtimestamp(float('nan'))]:
    try:
        print(bad())
    except (TypeError, ValueError, NotImplementedError) as e:
        print(type(e).__name__, e)


class Broken(tzinfo):
    def __init__(self, offset):
        self.offset = offset

    def utcoffset(self, dt):
        return self.offset

    def tzname(self, dt):
        return self.offset


for offset in [5, timedelta(days=1), timedelta(hours=2, microseconds=1)]:
    try:
        print(datetime(2020, 1, 1, tzinfo=Broken(offset)).utcoffset())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    datetime(2020, 1, 1, tzinfo=Broken(5)).tzname()
except TypeError as e:
    print('TypeError', e)
