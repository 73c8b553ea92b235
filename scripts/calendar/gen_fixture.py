#!/usr/bin/env python3
"""Generate the independent working-day fixture for mainland China from the
published `holidays` package (https://pypi.org/project/holidays/, pinned 0.109).

How to run (from the repository root):

    pip install -r scripts/calendar/requirements.txt
    python3 scripts/calendar/gen_fixture.py

It writes tests/fixtures/cn-workdays-holidays-0.109.csv: a header line
`date,working` and one line per day 2004-01-01..2026-12-31 (8401 days), where
`working` is 1 for a working day and 0 for a rest day according to
`holidays.China(...).is_working_day(d)`:

* a Saturday/Sunday is working only if it is in `China.weekend_workdays`
  (the adjusted working weekend days, 调休上班, which the package derives from
  its substituted-holiday table `ChinaStaticHolidays.special_public_holidays`);
* a weekday is working unless it is a holiday in the package (statutory
  holiday, 调休 rest day, one-off holiday, observed day).

All years 2004..2026 are populated up front, so adjusted working days that lie
in the previous calendar year (e.g. 2005-12-31, arranged by the 2006 notice)
are present in `weekend_workdays` before any lookup.

The script also prints the number of weekday rest days and weekend working
days over the range (law-notes §1.8: 407 and 151) and checks 2005-12-31 = 1.
The file is an oracle for scripts/calendar/check_cn_toml.py and for the Rust
tests; it is NOT the source of data/calendar/cn.toml's metadata.
"""

from __future__ import annotations

import datetime as dt
import pathlib
import sys

import holidays

FIRST = dt.date(2004, 1, 1)
LAST = dt.date(2026, 12, 31)
EXPECTED_VERSION = "0.109"

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "fixtures" / f"cn-workdays-holidays-{EXPECTED_VERSION}.csv"


def main() -> int:
    if holidays.__version__ != EXPECTED_VERSION:
        print(
            f"error: holidays {holidays.__version__} installed, expected {EXPECTED_VERSION}"
            " (pip install -r scripts/calendar/requirements.txt)",
            file=sys.stderr,
        )
        return 2

    cn = holidays.China(years=range(FIRST.year, LAST.year + 1))
    lines = ["date,working"]
    weekday_rest = 0
    weekend_work = 0
    d = FIRST
    while d <= LAST:
        working = cn.is_working_day(d)
        weekend = d.weekday() >= 5
        if weekend and working:
            weekend_work += 1
        if not weekend and not working:
            weekday_rest += 1
        lines.append(f"{d.isoformat()},{1 if working else 0}")
        d += dt.timedelta(days=1)

    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")

    ndays = len(lines) - 1
    print(f"wrote {OUT.relative_to(ROOT)}: {ndays} days {FIRST}..{LAST}")
    print(f"weekday rest days:    {weekday_rest}")
    print(f"weekend working days: {weekend_work}")

    ok = True
    if ndays != 8401:
        print(f"error: expected 8401 days, got {ndays}", file=sys.stderr)
        ok = False
    if not cn.is_working_day(dt.date(2005, 12, 31)):
        print("error: 2005-12-31 should be a working day (2006 notice)", file=sys.stderr)
        ok = False
    else:
        print("check: 2005-12-31 is a working day: ok")
    if (weekday_rest, weekend_work) != (407, 151):
        print("warning: counts differ from law-notes §1.8 (407 / 151)", file=sys.stderr)
        ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
