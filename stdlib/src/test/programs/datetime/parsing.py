# fromisoformat in its 3.11 forms, and datetime.strptime.
from datetime import datetime, date, time, timezone, timedelta

for text in ['2024-03-05', '20240305', '2024-W10', '2024-W10-2', '2024W102', '2020-W53-7', '202001011x']:
    print(repr(text), repr(date.fromisoformat(text)))
for text in ['2024-03-05T10:11:12', '2024-03-05 10:11', '2024-03-05T10', '2024-03-05T1011', '20240305T101112.5',
             '2024-03-05T10:11:12.1234567', '2024-03-05T10:11:12,25', '2024-03-05T10:11Z', '2024-03-05T10:11+01:30',
             '2024-03-05T10:11-0030', '2024-03-05T10:11+01:00:30.5', '2024-03-05T10:11+00:00', '2024-W10-2T10:11',
             '2024-03-05é10:11', '2024-03-05T10:00:00:123', '2024-03-05T10:11:12.5+01']:
    print(repr(text), repr(datetime.fromisoformat(text)))
for text in ['10:11', 'T10:11:12', '10', '101112.25', '10:11:12.123456789', '10:11Z', '10:11+05']:
    print(repr(text), repr(time.fromisoformat(text)))
for parse, text in [(date.fromisoformat, '2024-3-5'), (date.fromisoformat, '2024-W54'), (date.fromisoformat, '2024-02-30'),
                    (datetime.fromisoformat, ''), (datetime.fromisoformat, '2024-03-05T'), (datetime.fromisoformat, '2024-03-05T25:00'),
                    (datetime.fromisoformat, '2024-03-05T10:1'), (datetime.fromisoformat, '2024-03-05T10:11Zx'),
                    (datetime.fromisoformat, '2024-03-05T10:11+24:00'), (time.fromisoformat, '10:11:12.'), (time.fromisoformat, 5)]:
    try:
        print(parse(text))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for text, fmt in [('2024-03-05 10:11:12', '%Y-%m-%d %H:%M:%S'), ('05/03/24 7PM', '%d/%m/%y %I%p'),
                  ('2024-03-05T10:11:12.5+0530', '%Y-%m-%dT%H:%M:%S.%f%z'), ('2024-03-05 Z', '%Y-%m-%d %z'),
                  ('2024-03-05 -01:30 UTC', '%Y-%m-%d %z %Z'), ('March 5, 2024', '%B %d, %Y'), ('2024 064', '%Y %j'),
                  ('Tue, 05 Mar 2024 10:11:12 GMT', '%a, %d %b %Y %H:%M:%S %Z')]:
    print(repr(datetime.strptime(text, fmt)))
for text, fmt in [('2024-02-30', '%Y-%m-%d'), ('29 Feb', '%d %b'), ('2024', '%Y %m'), ('10:11', '%H:%M:%S')]:
    try:
        print(datetime.strptime(text, fmt))
    except ValueError as e:
        print('ValueError', e)
print(date(2024, 3, 5).isoformat(), datetime(2024, 3, 5, 1, 2, 3, 4).isoformat(timespec='microseconds'))
print([datetime(2024, 3, 5, 1, 2, 3, 4500).isoformat(timespec=spec) for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds']])
print(datetime(2024, 3, 5).isoformat('#'), time(1, 2).isoformat(), time(1, 2, 3, 4).isoformat('seconds'))
for bad in [lambda: datetime(2024, 1, 1).isoformat(timespec='nanoseconds'), lambda: datetime(2024, 1, 1).isoformat(sep='ab')]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
