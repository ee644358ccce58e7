# Subclasses keep their class through arithmetic and constructors; range limits and errors.
from datetime import datetime, date, time, timedelta, timezone, MINYEAR, MAXYEAR


class Day(date):
    def __new__(cls, year, month, day, label='plain'):
        self = super().__new__(cls, year, month, day)
        self.label = label
        return self

    def describe(self):
        return f'{self.label}:{self.isoformat()}'


d = Day(2024, 5, 6, 'special')
print(d, repr(d), d.describe(), (d + timedelta(days=1)).describe(), type(d - timedelta(days=1)).__name__)
print(d - date(2024, 1, 1), Day.fromordinal(738000).describe(), Day.fromisoformat('2024-06-07').label,
      Day.fromisocalendar(2024, 1, 1), type(d.replace(day=9)).__name__, hasattr(d.replace(day=9), 'label'))


class Moment(datetime):
    def __repr__(self):
        return 'Moment<' + self.isoformat() + '>'


m = Moment(2024, 5, 6, 7, 8, 9)
print(m, repr(m), repr(m + timedelta(hours=1)), repr(m.replace(hour=1)), type(m.date()).__name__, type(m.time()).__name__)
print(repr(Moment.fromisoformat('2024-01-01T00:00')), repr(Moment.strptime('2024', '%Y')), repr(Moment.combine(date(2024, 2, 3), time(4))))
print(repr(Moment.fromtimestamp(0, timezone.utc)), m - datetime(2024, 5, 6), Moment.fromordinal(5))


class Span(timedelta):
    pass


s = Span(hours=36)
print(repr(s), s, type(s + s).__name__, type(-s).__name__, s.total_seconds())

print(MINYEAR, MAXYEAR, date.min, date.max, datetime.min, datetime.max, time.min, time.max)
print(timedelta.min, timedelta.max, timedelta.resolution, date.resolution, datetime.resolution, time.resolution)
for bad in [lambda: date(0, 1, 1), lambda: date(10000, 1, 1), lambda: date(2023, 2, 29), lambda: date(2024, 0, 1),
            lambda: date(2024.0, 1, 1), lambda: date(2024, 1), lambda: datetime(2024, 1, 1, 24),
            lambda: datetime(2024, 1, 1, 1, 60), lambda: datetime(2024, 1, 1, 1, 1, 60), lambda: time(1, 1, 1, 10 ** 6),
            lambda: time(fold=2), lambda: datetime.max + timedelta(microseconds=1), lambda: date.min - timedelta(days=1),
            lambda: timedelta(days=10 ** 9), lambda: timedelta.max + timedelta.resolution, lambda: timedelta(days='1'),
            lambda: date.fromordinal(0), lambda: date.fromisocalendar(2021, 53, 1), lambda: date.fromisocalendar(2021, 1, 8),
            lambda: datetime(2020, 1, 1) + datetime(2020, 1, 1), lambda: date(2020, 1, 1) < datetime(2020, 1, 1),
            lambda: datetime(2020, 1, 1) - date(2020, 1, 1), lambda: date(2020, 1, 1).strftime(5)]:
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(date(2020, 1, 1) == datetime(2020, 1, 1), date(2020, 1, 1) != datetime(2020, 1, 1), timedelta(1) == 1, time(1) == 1)
