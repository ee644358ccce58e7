"""Records CPython's strptime for the Java test of Strptime.

Run from this folder with CPython 3.11:  TZ=UTC python3 record_strptime.py
It writes strptime.jsonl next to itself: for each (data, format) pair, what
_strptime._strptime returns (the eleven struct_time fields, then the microseconds of %f and
of the offset) or the exception it raises. In UTC, time.tzname is ('UTC', 'UTC') and
time.daylight is 0, which the Java test passes explicitly.
"""
import _strptime
import datetime
import json
import os
import random
import time

HERE = os.path.dirname(os.path.abspath(__file__))

DIRECTIVES = "aAbBcdfHIjmMpSUwWxXyYzZGVu%"

FIXED_CASES = [
    ("2024-03-05 10:11:12", "%Y-%m-%d %H:%M:%S"), ("5 March 2024", "%d %B %Y"), ("tue MAR  5 2024", "%a %b %d %Y"),
    ("Tue Mar  5 10:11:12 2024", "%c"), ("Tue Mar  5 10:11:12 2024", None), ("03/05/24", "%x"), ("23:59:61", "%X"),
    ("2024-366", "%Y-%j"), ("2023-366", "%Y-%j"), ("2024-000", "%Y-%j"), ("12 AM", "%I %p"), ("12 pm", "%I %p"),
    ("7 PM", "%I %p"), ("7", "%I"), ("pm 7", "%p %I"), ("2024 10 1", "%Y %W %w"), ("2024 0 0", "%Y %U %w"),
    ("2024 53 6", "%Y %W %w"), ("2025 1 1", "%G %V %u"), ("2021 53 7", "%G %V %u"), ("2020 53 7", "%G %V %u"),
    ("0001 1 1", "%G %V %u"), ("29 Feb", "%d %b"), ("30 Feb", "%d %b"), ("69", "%y"), ("68", "%y"), ("00", "%y"),
    ("Friday 13", "%A %d"), ("10%", "%d%%"), ("100%", "%d%%"), ("2024   \t 5", "%Y %d"), ("2024 5", "%Y  %d"),
    ("\u0662\u0660\u0662\u0664", "%Y"), ("2024", "%Y "), ("2024 ", "%Y"), (" 2024", "%Y"), ("5", "%d"), (" 5", "%d"),
    ("x", "%Y"), ("2024x", "%Y"), ("2024", "%Q"), ("2024", "%"), ("2024", "% Y"), ("2024", "%("), ("2024", "%Y%"),
    ("2023 02 29", "%Y %m %d"), ("0000", "%Y"), ("2024 1", "%G %u"), ("2024 1 1", "%Y %V %u"), ("1 1", "%V %u"),
    ("2024 1 1", "%G %V %j"), ("2024 1", "%G %V"), ("+0530", "%z"), ("-0530", "%z"), ("+05:30", "%z"), ("Z", "%z"),
    ("z", "%z"), ("+01:30:15", "%z"), ("+013015", "%z"), ("+01:30:15.5", "%z"), ("-01:30:15.123456", "%z"),
    ("+01:3015", "%z"), ("+0130:15", "%z"), ("+2400", "%z"), ("+0160", "%z"), ("UTC", "%Z"), ("gmt", "%Z"),
    ("utc", "%Z"), ("EST", "%Z"), ("12.5", "%S.%f"), ("12.1234567", "%S.%f"), ("12.000001", "%S.%f"),
    ("a.b", "a.b"), ("a+b", "a+b"), ("(1)", "(%d)"), ("[1]", "[%d]"), ("1|2", "%d|%m"), ("1^2$", "%d^%m$"),
    ("MONDAY 2024", "%A %Y"), ("mOnDaY", "%A"), ("Mon", "%A"), ("Monday", "%a"), ("Sept", "%b"), ("September", "%b"),
    ("1 2 3 4", "%d %m %H %M"), ("12:60", "%H:%M"), ("24:00", "%H:%M"), ("1999-12-31T23:59:59", "%Y-%m-%dT%H:%M:%S"),
    ("2024-W10-2", "%G-W%V-%u"), ("Thursday 2020 52", "%A %G %V"), ("Sunday 2024 00", "%A %Y %U"),
    ("Sunday 2024 00", "%A %Y %W"), ("Saturday 2023 00", "%A %Y %W"), ("Monday 2024 53", "%A %Y %U"),
]


def outcome(data, fmt):
    try:
        if fmt is None:
            fields, fraction, gmtoff_fraction = _strptime._strptime(data)
        else:
            fields, fraction, gmtoff_fraction = _strptime._strptime(data, fmt)
    except Exception as e:
        return {"error": [type(e).__name__, str(e)]}
    return {"value": list(fields) + [fraction, gmtoff_fraction]}


def round_trip_cases():
    """Formats of random datetimes read back: every directive, alone and in pairs."""
    r = random.Random(20240705)
    cases = []
    for i in range(400):
        moment = datetime.datetime(r.randrange(1, 10000), r.randrange(1, 13), r.randrange(1, 29), r.randrange(24),
                                   r.randrange(60), r.randrange(60), r.randrange(10 ** 6))
        first, second = r.choice(DIRECTIVES), r.choice(DIRECTIVES)
        fmt = "%" + first if i % 3 == 0 else "%" + first + r.choice([" ", "-", ":", "", "  "]) + "%" + second
        if "z" in fmt or "Z" in fmt:
            moment = moment.replace(tzinfo=datetime.timezone.utc)
        cases.append((moment.strftime(fmt), fmt))
    return cases


def main():
    if time.tzname != ("UTC", "UTC") or time.daylight:
        raise SystemExit("run with TZ=UTC")
    with open(os.path.join(HERE, "strptime.jsonl"), "w", encoding="utf-8") as out:
        for data, fmt in FIXED_CASES + round_trip_cases():
            line = {"data": data, "format": fmt}
            line.update(outcome(data, fmt))
            out.write(json.dumps(line, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
