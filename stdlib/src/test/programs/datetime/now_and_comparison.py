# datetime.now() values compare and subtract sensibly.
from datetime import datetime, date, timedelta
a = datetime.now()
b = datetime.now()
print(type(a).__name__, b >= a, (b - a) >= timedelta(0), (b - a) < timedelta(minutes=5))
print(a.year >= 2024, isinstance(date.today(), date), date.today() >= date(2024, 1, 1))
print(datetime(2024, 1, 1) < datetime(2024, 1, 2), date(2024, 1, 1) == date(2024, 1, 1))
print(max(datetime(2020, 5, 1), datetime(2019, 12, 31)), sorted([date(2022, 1, 1), date(2021, 6, 1)]))
print(len({datetime(2024, 1, 1), datetime(2024, 1, 1, 0, 0, 0)}))
