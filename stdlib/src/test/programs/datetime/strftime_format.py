# strftime and format() on datetimes.
from datetime import datetime, date
dt = datetime(2021, 7, 4, 9, 8, 7)
for fmt in ['%Y-%m-%d %H:%M:%S', '%d %B %Y', '%a %b %d', '%I:%M %p', '%j', '%y%m%d', '%H%M', '%A']:
    print(repr(fmt), dt.strftime(fmt))
print(f'{dt:%Y/%m/%d}', format(date(2000, 1, 1), '%d.%m.%Y'), '{:%H:%M}'.format(dt))
print(str(dt), dt.ctime(), date(2021, 7, 4).strftime('%A'))
