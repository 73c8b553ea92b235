#!/usr/bin/env python3
# requirements: holidays==0.109
#   pip install holidays==0.109
"""Generate tests/fixtures/lunar-festivals-holidays-0.109.csv.

The fixture is an *independent* reference for src/lunar.rs: `holidays` does not
use the packed lunarInfo table that src/lunar.rs uses. In holidays 0.109
(holidays/calendars/chinese.py, class _ChineseLunisolar):

* 春节 / 端午 / 中秋 come from the hard-coded per-year tables
  LUNAR_NEW_YEAR_DATES, DRAGON_BOAT_DATES and MID_AUTUMN_DATES (1901..=2100),
  looked up by `lunar_new_year_date`, `dragon_boat_date`, `mid_autumn_date`
  (each returns (date, is_estimated)).
* 清明 comes from `qingming_date`, a UTC+8 threshold rule on `year % 4`
  (QINGMING_THRESHOLDS), documented there as reliable for 1901..=2099 only.
* 除夕 has no table: holidays derives it as lunar_new_year_date - 1 day
  (ChineseCalendarHolidays._add_chinese_new_years_eve), and so do we.

Rows cover 1950..=2100, the range src/lunar.rs covers (FIRST_YEAR..=LAST_YEAR).
holidays' lunar tables start in 1901, but before 1929 the Chinese calendar
was reckoned in Beijing local mean time rather than UTC+8 and sources
disagree (e.g. 春节 1916: holidays says 02-04, the lunarInfo table 02-03), so
src/lunar.rs does not claim those years.

For 2100 the 清明 cell is left EMPTY: qingming_date flags 2100 as estimated
(outside 1901..=2099) and its year%4 rule gives 2100-04-04, which ignores that
2100 is not a leap year; the astronomical date is 2100-04-05 (Beijing time
about 00:44). src/lunar.rs checks 2100 as a separate spot test instead.

As a consistency check the script also asserts that holidays.China (the
country class, which uses the same helpers) names the same dates for the
years in which those days are statutory holidays.

Usage (from the repository root):
    python3 scripts/calendar/gen_lunar_fixture.py
"""

import csv
import datetime as dt
import os
import sys

import holidays
from holidays.calendars.chinese import CHINESE_CALENDAR, _ChineseLunisolar

PINNED = "0.109"
FIRST_YEAR = 1950
LAST_YEAR = 2100

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(
    HERE, "..", "..", "tests", "fixtures", f"lunar-festivals-holidays-{PINNED}.csv"
)


def main() -> int:
    if holidays.__version__ != PINNED:
        print(f"need holidays=={PINNED}, found {holidays.__version__}", file=sys.stderr)
        return 1

    cal = _ChineseLunisolar(CHINESE_CALENDAR)
    rows = []
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        sf, _ = cal.lunar_new_year_date(year)
        qm, qm_estimated = cal.qingming_date(year)
        db, _ = cal.dragon_boat_date(year)
        ma, _ = cal.mid_autumn_date(year)
        if sf is None or db is None or ma is None:
            print(f"holidays has no lunar dates for {year}", file=sys.stderr)
            return 1
        cx = sf - dt.timedelta(days=1)
        rows.append((year, cx, sf, None if qm_estimated else qm, db, ma))

        # Cross-check against the country class where the day is a holiday.
        if year >= 1950:
            cn = holidays.China(years=year, observed=False, language="zh_CN")

            def named(d, name):
                return name in (cn.get(d) or "")

            assert named(sf, "春节"), (year, sf)
            if 2008 <= year <= 2013 or year >= 2025:
                assert named(cx, "农历除夕"), (year, cx)
            if year >= 2008:
                assert named(qm, "清明节"), (year, qm)  # holidays' own 清明, even for 2100
                assert named(db, "端午节"), (year, db)
                assert named(ma, "中秋节"), (year, ma)

    # Only 2100 is outside qingming_date's documented 1901..=2099 range.
    assert [r[0] for r in rows if r[3] is None] == [2100], "unexpected estimated 清明"

    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["year", "chuxi", "spring_festival", "qingming", "dragon_boat", "mid_autumn"])
        for year, *dates in rows:
            w.writerow([year, *("" if d is None else d.isoformat() for d in dates)])
    print(f"wrote {len(rows)} rows ({FIRST_YEAR}..={LAST_YEAR}) to {os.path.normpath(OUT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
