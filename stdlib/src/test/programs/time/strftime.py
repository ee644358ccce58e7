# strftime with explicit time tuples (independent of the time zone).
import time
t = (2024, 2, 29, 13, 5, 9, 3, 60, 0)
for fmt in ['%Y-%m-%d', '%H:%M:%S', '%y %j', '%A %a', '%B %b', '%I %p', '%d/%m/%Y %H:%M', '%%', '%w %u',
            '%U %W', '[%e]', 'plain text', '%Y%m%dT%H%M%S']:
    print(repr(fmt), repr(time.strftime(fmt, t)))
print(time.strftime('%A', (2000, 1, 1, 0, 0, 0, 5, 1, 0)))
print(time.strftime('%H:%M', (2024, 12, 31, 23, 59, 0, 1, 366, 0)))
