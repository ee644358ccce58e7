# timedelta arithmetic and normalisation.
from datetime import datetime, date, timedelta
td = timedelta(days=1, hours=25, minutes=61, seconds=3661, milliseconds=1500)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds())
print(timedelta(hours=-1), repr(timedelta(hours=-1)), timedelta(weeks=2), timedelta(0), -timedelta(days=1, seconds=1))
print(timedelta(days=1) * 3, timedelta(hours=3) / 2, timedelta(days=1) // timedelta(hours=5), timedelta(days=1) / timedelta(hours=6))
print(abs(timedelta(days=-2)), timedelta(minutes=90) > timedelta(hours=1), timedelta(seconds=60) == timedelta(minutes=1))
start = datetime(2024, 1, 31, 22, 0)
print(start + timedelta(hours=3), start - timedelta(days=31), start + timedelta(days=29))
print(datetime(2024, 3, 1) - datetime(2024, 2, 1), date(2025, 1, 1) - date(2024, 1, 1))
print(date(2024, 2, 28) + timedelta(days=1), date(2023, 2, 28) + timedelta(days=1))
delta = datetime(2024, 12, 25, 0, 0) - datetime(2024, 11, 1, 12, 30)
print(delta, delta.days, delta.seconds // 3600)
