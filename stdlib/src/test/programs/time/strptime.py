# time.strptime: directives, defaults, week-based dates and the errors.
import time
cases = [
    ('2024-03-05 10:11:12', '%Y-%m-%d %H:%M:%S'),
    ('5 March 2024', '%d %B %Y'),
    ('tue MAR  5 10:11:12 2024', '%a %b %d %H:%M:%S %Y'),
    ('Tue Mar  5 10:11:12 2024', '%c'),
    ('03/05/24', '%x'),
    ('23:59:60', '%X'),
    ('2024-366', '%Y-%j'),
    ('12 AM', '%I %p'),
    ('7 pm', '%I %p'),
    ('2024 10 1', '%Y %W %w'),
    ('2024 0 0', '%Y %U %w'),
    ('2025 1 1', '%G %V %u'),
    ('2021 53 7', '%G %V %u'),
    ('29 Feb', '%d %b'),
    ('69', '%y'),
    ('68', '%y'),
    ('Friday 13', '%A %d'),
    ('10%', '%d%%'),
    ('2024   \t 5', '%Y %d'),
]
for text, fmt in cases:
    print(repr(text), repr(fmt), tuple(time.strptime(text, fmt)))
print(tuple(time.strptime('Mon Jan  1 00:00:00 2024')))
st = time.strptime('2024-07-04 +0530', '%Y-%m-%d %z')
print(st.tm_gmtoff, st.tm_zone, st.tm_isdst)
st = time.strptime('2024 UTC', '%Y %Z')
print(st.tm_isdst, st.tm_zone)
for text, fmt in [('x', '%Y'), ('2024x', '%Y'), ('2024', '%Q'), ('2024', '%'), ('2024', '% Y'),
                  ('2023 02 29', '%Y %m %d'), ('2024 1', '%G %u'), ('2024 1 1', '%Y %V %u'),
                  ('1 1', '%V %u'), ('2024 1 1', '%G %V %j'), ('+01:3015', '%z')]:
    try:
        time.strptime(text, fmt)
    except ValueError as e:
        print('ValueError', e)
for args in [(5,), ('2024', 5)]:
    try:
        time.strptime(*args)
    except TypeError as e:
        print('TypeError', e)
