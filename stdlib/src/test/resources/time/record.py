"""Records CPython's strftime, gmtime/localtime/mktime and calendar arithmetic for the Java tests.

Run from this folder with CPython 3.11 on Linux/glibc:  TZ=UTC python3 record.py
It writes strftime.jsonl, civil_time.jsonl and calendar.jsonl next to itself. The process runs
in UTC (it insists); the local-time cases run in child processes with other TZ values, and the
Java tests pass those zones explicitly.
"""
import calendar
import datetime
import json
import os
import random
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))

LOCAL_ZONES = ["UTC", "Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Kolkata",
               "Asia/Kathmandu", "America/Sao_Paulo"]

# Instants (seconds since the epoch) whose UTC fields and formatting are recorded.
FIXED_TIMES = [
    0, 1, -1, 59, 86399, 86400, 43200, 43199, 3600 * 13, 3600 * 12 + 1,
    951782400, 951868799, 978307199, 1234567890, 1700000000, 2147483647, 2147483648,
    1104537600, 1230681600, 1262476800, 1356912000, 1609632000, 1104451200, 1135987200,
    -2208988800, -2208988801, -62135596800, -62135596801, -62167219200, -62198755200,
    253402300799, 253402300800, -1099511627776, 1099511627776,
    67767976233316799, -67768040609740800,
]


def random_times(count):
    r = random.Random(20240611)
    spans = [(-62135596800, 253402300800), (0, 4102444800), (-10**12, 10**12)]
    return [r.randrange(*spans[i % len(spans)]) for i in range(count)]


GMTIME_TIMES = FIXED_TIMES + random_times(150) + [
    67767976233316800, -67768040609740801, 10**18, -10**18, 2**62]

GRID_CONVERSIONS = "aAbBcCdDeFgGhHIjklmMnprRsStTuUVwWxXyYzZ%PfiJqQ+"
GRID_PREFIXES = ["", "-", "_", "0", "^", "#", "E", "O", "10", "-10", "_10", "010", "^10", "#10",
                 "^#", "#^", "_E", "0O", "3", "-_", "_0"]
GRID_FORMATS = ["%" + p + c for c in GRID_CONVERSIONS for p in GRID_PREFIXES]
GRID_TIMES = [0, 43200, 1700000000, 1230681600, -62198755200, -1099511627776, 253402300799]

BASIC_FORMATS = [
    "%a %A %b %B %h", "%c", "%x %X", "%D %T %R %r", "%F", "%C %y %Y", "%G %g %V", "%U %W %j",
    "%u %w", "%d %e %m", "%H %I %k %l %M %S %p %P", "%s", "%z %Z", "%%", "%n%t",
    "%Y-%m-%dT%H:%M:%S%z", "%-d/%-m/%Y %-I:%M%p", "%_H|%_M|%-j|%_j|%0e|%-e", "%^A %^B %#a %#b",
    "%Ey %EY %EC %Ex %EX %Ec %Od %Oe %OH %OI %Om %OM %OS %Ou %OU %OV %Ow %OW %Oy",
]

SPECIAL_FORMATS = [
    "", "plain text", "%", "abc%", "%-", "%5", "%E", "%10", "%^", "%#", "%_", "%0",
    "caf\u00e9 %Y \u20ac \U0001F600", "%5\u00e9", "%^\u00e4", "\ud800", "\udc80%Y",
    "%1000Y", "%1023Y", "%1024Y", "%2047Y", "%2048Y", "%3000Y", "x%2046Y", "\u00e9%2047Y",
    "%4095Y" + "x" * 10, "%2147483647Y", "%99999999999999Y", "%1535c", "%9999d%9999d",
    "%5%", "%E%", "%O%", "%10n|", "%-10t|", "%010Z", "%-10Z", "%05s", "%-5s", "%_12s",
    "%+4Y", "%+Y", "%Q", "%Ez", "%Oz", "%EZ", "%Ok", "%Ol", "%Es", "%Ep", "%EP", "%Or", "%ET",
    "%#c", "%#x", "%^x", "%#Z", "%#P", "%^P", "%^p", "%#Eb", "%#EB", "%^Ea",
]


def struct_fields(st):
    return [st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_min, st.tm_sec,
            st.tm_wday, st.tm_yday, st.tm_isdst, st.tm_zone, st.tm_gmtoff]


def outcome(function, *args):
    try:
        return {"value": function(*args)}
    except Exception as e:
        return {"error": [type(e).__name__, str(e)]}


def strftime_cases(write):
    write({"kind": "format_list", "name": "grid", "formats": GRID_FORMATS})
    write({"kind": "format_list", "name": "basic", "formats": BASIC_FORMATS})
    write({"kind": "format_list", "name": "special", "formats": SPECIAL_FORMATS})
    for t in GRID_TIMES:
        st = time.gmtime(t)
        write({"kind": "time_strftime", "tm": struct_fields(st), "list": "grid",
               "out": [outcome(time.strftime, f, st) for f in GRID_FORMATS]})
    for t in FIXED_TIMES + random_times(150):
        st = time.gmtime(t)
        write({"kind": "time_strftime", "tm": struct_fields(st), "list": "basic",
               "out": [outcome(time.strftime, f, st) for f in BASIC_FORMATS]})
    st = time.gmtime(1700000000)
    write({"kind": "time_strftime", "tm": struct_fields(st), "list": "special",
           "out": [outcome(time.strftime, f, st) for f in SPECIAL_FORMATS]})
    # Tuples as a user may pass them: plain 9-tuples (no zone: glibc falls back to tzname),
    # out-of-range fields, and struct_times that carry tm_zone and tm_gmtoff.
    everything = "%Y|%m|%d|%H|%M|%S|%a|%w|%u|%j|%U|%W|%V|%G|%b|%Z|%z|%s|%c"
    base = [2023, 11, 14, 22, 13, 20, 1, 318, 0]
    tuples = [list(base)]
    for index, values in [(0, [-1, 0, 1900, 10000, -2**31, -2**31 + 1900, 2**31 - 1]),
                          (1, [0, 1, 12, 13, -1]), (2, [0, 1, 31, 32, -1]), (3, [0, 23, 24, -1]),
                          (4, [59, 60, -1]), (5, [60, 61, 62, -1]), (6, [-1, -2, -8, 0, 6, 7, 100]),
                          (7, [0, 1, 365, 366, 367, -1]), (8, [-5, -1, 0, 1, 5])]:
        for v in values:
            t = list(base)
            t[index] = v
            tuples.append(t)
    for t in tuples:
        write({"kind": "tuple_strftime", "tuple": t, "zone": None, "gmtoff": None, "format": everything,
               **outcome(time.strftime, everything, tuple(t))})
    for zone, gmtoff in [("CET", 3600), ("IST", 19800), ("NST", -12600), ("LMT", 3208), ("X", -1),
                         ("", 0), ("caf\u00e9", 61), ("ABCDEFGHIJ", -86399)]:
        st = time.struct_time(tuple(base) + (zone, gmtoff))
        fmt = "%Z|%z|%^Z|%#Z|%12Z|%-12Z|%012Z|%-z|%_z|%10z|%010z"
        write({"kind": "tuple_strftime", "tuple": base, "zone": zone, "gmtoff": gmtoff, "format": fmt,
               **outcome(time.strftime, fmt, st)})
    datetime_cases(write)


class FixedZone(datetime.tzinfo):
    def __init__(self, offset, name, dst):
        self.offset, self.name, self.dst_offset = offset, name, dst

    def utcoffset(self, dt):
        return self.offset

    def tzname(self, dt):
        return self.name

    def dst(self, dt):
        return self.dst_offset


def delta_json(d):
    return None if d is None else [d.days, d.seconds, d.microseconds]


DATETIME_FORMATS = [
    "%z", "%Z", "%f", "%-z", "%-Z", "%%z", "%%%z", "%%f", "%", "abc%", "%5f", "%s", "%c", "%10z",
    "%Ez", "%#Z", "%Y-%m-%dT%H:%M:%S.%f%z", "%a %d %b %Y %I:%M %p %Z", "%j %U %W %V %G %u",
    "a\x00b%Y", "%z%3000Y", "\ud800%Y", "%H:%M:%S.%f %z %Z",
]


def datetime_cases(write):
    zones = [None,
             FixedZone(datetime.timedelta(0), "UTC", None),
             FixedZone(datetime.timedelta(hours=5, minutes=30), "IST", datetime.timedelta(0)),
             FixedZone(-datetime.timedelta(hours=5, minutes=30, seconds=7, microseconds=9), "A%Y%%b", None),
             FixedZone(datetime.timedelta(hours=1), "CEST", datetime.timedelta(hours=1)),
             FixedZone(datetime.timedelta(hours=-3, seconds=-1), None, None),
             FixedZone(datetime.timedelta(microseconds=1), "micro", datetime.timedelta(0)),
             FixedZone(datetime.timedelta(hours=23, minutes=59), "far", datetime.timedelta(minutes=30))]
    moments = [datetime.datetime(2023, 11, 14, 22, 13, 20, 12345), datetime.datetime(1, 1, 1),
               datetime.datetime(9999, 12, 31, 23, 59, 59, 999999), datetime.datetime(2004, 12, 31, 12, 0, 0, 1),
               datetime.datetime(1900, 1, 1, 0, 0, 0, 100000)]
    objects = [m.replace(tzinfo=z) for m in moments for z in zones]
    objects += [datetime.date(2023, 11, 14), datetime.date(1, 1, 1), datetime.time(13, 5, 9, 77),
                datetime.time(0, 0, 0, 0, tzinfo=zones[3]), datetime.time(23, 59, tzinfo=zones[4])]
    for obj in objects:
        # time.strftime formats 1900-01-01 (a Monday) with DST unknown, whatever its tzinfo says.
        tt = obj.timetuple() if not isinstance(obj, datetime.time) else \
            time.struct_time((1900, 1, 1, obj.hour, obj.minute, obj.second, 0, 1, -1))
        aware = not isinstance(obj, datetime.date) or isinstance(obj, datetime.datetime)
        offset = obj.utcoffset() if aware else None
        name = obj.tzname() if aware else None
        write({"kind": "datetime_strftime",
               "fields": [tt.tm_year, tt.tm_mon, tt.tm_mday, tt.tm_hour, tt.tm_min, tt.tm_sec, tt.tm_wday,
                          tt.tm_yday, tt.tm_isdst, getattr(obj, "microsecond", 0)],
               "utcoffset": delta_json(offset), "tzname": name, "formats": DATETIME_FORMATS,
               "out": [outcome(obj.strftime, f) for f in DATETIME_FORMATS]})


def civil_time_cases(write):
    for t in GMTIME_TIMES:
        result = outcome(lambda: struct_fields(time.gmtime(t)))
        write({"kind": "gmtime", "t": t, **result})
    for seconds in [0.0, -1.5, 1.9, -0.0, 1e18, 1e19, -1e19, 9.2e18, 2.0**63, -2.0**63, float("inf"),
                    float("-inf"), float("nan"), 1700000000.999999]:
        result = outcome(lambda: struct_fields(time.gmtime(seconds)))
        write({"kind": "gmtime_float", "t": seconds, **result})
    for zone in LOCAL_ZONES:
        output = subprocess.run([sys.executable, __file__, "--local"], env=dict(os.environ, TZ=zone),
                                check=True, capture_output=True, text=True).stdout
        for line in output.splitlines():
            case = json.loads(line)
            case["zone"] = zone
            write(case)


LOCAL_TIMES = [0, 1700000000, 1689422400, 1673784000, 1679792400, 1679795999, 1679796000,
               1698541200, 1698544799, 1698544800, 1698548399, 1678604400, 1699164000, 1699167600,
               951782400, 1234567890, 2147483648, 4102444800, 7258118400, -5000000000, -1099511627776,
               1000000000] + random_times(60)[::3]


def local_cases():
    """Runs in a child process whose TZ is the zone under test."""
    out = []
    out.append({"kind": "tzname", "value": list(time.tzname)})
    for t in LOCAL_TIMES:
        if -2208988800 <= t < 0:
            continue
        out.append({"kind": "localtime", "t": t, **outcome(lambda: struct_fields(time.localtime(t)))})
    dates = [(2023, 1, 15, 12, 0, 0), (2023, 7, 15, 12, 0, 0), (2023, 3, 26, 2, 30, 0), (2023, 3, 12, 2, 30, 0),
             (2023, 10, 1, 2, 30, 0), (2023, 4, 2, 2, 30, 0), (2023, 3, 26, 1, 59, 59),
             (2023, 13, 40, 25, 70, 70), (2023, 0, 0, 0, 0, 0), (2024, 2, 29, 23, 59, 60),
             (1970, 1, 1, 0, 0, 0), (2038, 1, 19, 3, 14, 8), (2100, 6, 30, 12, 0, 0),
             (2000, -25, 1, -5, 0, 0), (2023, 6, 1, 0, 0, -86400 * 400), (1971, 12, 31, 23, 59, 59)]
    for date in dates:
        for isdst in (-1, 0, 1):
            fields = date + (0, 1, isdst)
            if isdst == -1 and ambiguous(date):
                continue
            out.append({"kind": "mktime", "tuple": list(fields), **outcome(time.mktime, fields)})
            fmt = "%Z|%z|%s"
            out.append({"kind": "local_strftime", "tuple": list(fields), "format": fmt,
                        **outcome(time.strftime, fmt, fields)})
    for line in out:
        print(json.dumps(line, sort_keys=True))


def ambiguous(date):
    """A wall time that occurs twice (a fall-back overlap): glibc's answer then depends on its cache."""
    year, month, day, hour, minute, second = date
    first = datetime.date(year + (month - 1) // 12, (month - 1) % 12 + 1, 1)
    wall = datetime.datetime.combine(first, datetime.time()) + datetime.timedelta(
        days=day - 1, hours=hour, minutes=minute, seconds=second)
    matches = set()
    for isdst in (0, 1):
        t = time.mktime(date + (0, 1, isdst))
        if tuple(time.localtime(t))[:6] == wall.timetuple()[:6]:
            matches.add(t)
    return len(matches) > 1


def calendar_cases(write):
    dates = []
    for year in list(range(1, 10000, 97)) + [1, 4, 100, 400, 1582, 1600, 1900, 2000, 2004, 2020, 2021, 9999]:
        for month, day in [(1, 1), (1, 2), (1, 3), (1, 4), (1, 5), (1, 7), (1, 8), (2, 28), (3, 1),
                           (6, 30), (12, 24), (12, 28), (12, 29), (12, 30), (12, 31)]:
            dates.append(datetime.date(year, month, day))
    for day in range(0, 731, 3):
        dates.append(datetime.date(2000, 1, 1) + datetime.timedelta(days=day))
    for d in dates:
        write({"kind": "date", "date": [d.year, d.month, d.day], "isocalendar": list(d.isocalendar()),
               "ordinal": d.toordinal(), "weekday": d.weekday(), "yday": d.timetuple().tm_yday})
    iso_inputs = [(y, w, d) for y in (1, 2004, 2009, 2015, 2020, 2021, 9999) for w in (0, 1, 52, 53, 54)
                  for d in (0, 1, 4, 7, 8)] + [(0, 1, 1), (10000, 1, 1), (-5, 1, 1)]
    for y, w, d in iso_inputs:
        result = outcome(lambda: list(datetime.date.fromisocalendar(y, w, d).timetuple())[:3])
        write({"kind": "fromisocalendar", "args": [y, w, d], **result})
    for year in [1, 4, 100, 200, 400, 1900, 2000, 2023, 2024, 2100, 9999]:
        write({"kind": "months", "year": year, "isleap": calendar.isleap(year),
               "lengths": [calendar.monthrange(year, month)[1] for month in range(1, 13)]})
    for ordinal in [1, 2, 365, 366, 730119, 738000, 3652059]:
        d = datetime.date.fromordinal(ordinal)
        write({"kind": "fromordinal", "ordinal": ordinal, "date": [d.year, d.month, d.day]})


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--local":
        local_cases()
        return
    if os.environ.get("TZ") != "UTC":
        sys.exit("run with TZ=UTC")
    for name, producer in [("strftime", strftime_cases), ("civil_time", civil_time_cases),
                           ("calendar", calendar_cases)]:
        with open(os.path.join(HERE, name + ".jsonl"), "w", encoding="utf-8") as out:
            producer(lambda case: out.write(json.dumps(case, sort_keys=True) + "\n"))


if __name__ == "__main__":
    main()
