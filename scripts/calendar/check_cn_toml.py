#!/usr/bin/env python3
"""Self-check of data/calendar/cn.toml.

How to run (from the repository root):

    pip install -r scripts/calendar/requirements.txt   # holidays==0.109
    python3 scripts/calendar/gen_fixture.py              # only if the fixture is missing
    python3 scripts/calendar/check_cn_toml.py [--toml PATH] [--fixture PATH]

Exit status 0 when everything holds, 1 otherwise. Checks:

1. Schema: `schema = 1`, `first`/`last`, every notice has year/title and at least
   one holiday; every holiday has name_zh/name_en/rest/statutory/work; dates are
   ISO dates; `number`/`published`/`url`/`note`, when present, are strings.
2. Order: notices are in order of `published` where both dates are known, and
   every year first..last has at least one notice.
3. Each `rest` range is [first, last] with first <= last; each `work` day is a
   Saturday or Sunday and lies outside the holiday's own rest range.
4. Derived calendar: starting from Mon-Fri working / Sat-Sun rest, the notices
   are applied in file order (rest ranges -> rest, work days -> working); every
   day first..last is compared with the fixture
   tests/fixtures/cn-workdays-holidays-0.109.csv. Mismatches are printed.
5. Consistency with the final calendar: every day of every rest range is rest and
   every work day is working, unless a LATER notice touched that date (e.g.
   2020-02-01, a working day of the 2019-11-21 notice made rest by the 2020-01-26
   extension).
6. Statutory days: each lies inside its holiday's rest range or is a weekend day
   (the notice's range is not extended); each is a date that the `holidays`
   package (0.109) names with one of the festivals of that holiday block
   (春节 accepts 农历除夕); one-off notices (those not titled
   “…年部分节假日安排的通知”) are exempt from the package-name check. No date is
   statutory twice within one notice.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import pathlib
import re
import sys
import tomllib

ROOT = pathlib.Path(__file__).resolve().parents[2]
TOML = ROOT / "data" / "calendar" / "cn.toml"
FIXTURE = ROOT / "tests" / "fixtures" / "cn-workdays-holidays-0.109.csv"

errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


def d(s: str, where: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(s)
    except (TypeError, ValueError):
        err(f"{where}: not an ISO date: {s!r}")
        return None


def main() -> int:
    global TOML, FIXTURE
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--toml", type=pathlib.Path, default=TOML)
    ap.add_argument("--fixture", type=pathlib.Path, default=FIXTURE)
    args = ap.parse_args()
    TOML, FIXTURE = args.toml.resolve(), args.fixture.resolve()
    data = tomllib.loads(TOML.read_text(encoding="utf-8"))

    # ---- 1. schema -------------------------------------------------------
    if data.get("schema") != 1:
        err("schema must be 1")
    first = d(data.get("first"), "first")
    last = d(data.get("last"), "last")
    notices = data.get("notice", [])
    if not notices:
        err("no [[notice]]")
    for i, n in enumerate(notices):
        where = f"notice #{i + 1} ({n.get('year')} {n.get('title', '')})"
        for key in ("year", "title", "holiday"):
            if key not in n:
                err(f"{where}: missing {key}")
        for key in ("number", "published", "url", "note"):
            if key in n and not isinstance(n[key], str):
                err(f"{where}: {key} must be a string")
        if "published" in n:
            d(n["published"], where + " published")
        if "number" in n and not re.fullmatch(r"国(办)?发明电〔\d{4}〕\d+号", n["number"]):
            err(f"{where}: unexpected number format {n['number']!r}")
        for j, h in enumerate(n.get("holiday", [])):
            hw = f"{where} holiday #{j + 1} {h.get('name_zh')}"
            for key in ("name_zh", "name_en", "rest", "statutory", "work"):
                if key not in h:
                    err(f"{hw}: missing {key}")
    if errors or first is None or last is None:
        return report(0)

    # ---- 2. order and coverage ------------------------------------------
    prev = None
    for n in notices:
        if "published" in n:
            p = dt.date.fromisoformat(n["published"])
            if prev and p < prev:
                err(f"notice {n['year']} {n['title']}: published {p} before previous {prev}")
            prev = p
    years = {n["year"] for n in notices}
    for y in range(first.year, last.year + 1):
        if y not in years:
            err(f"no notice for {y}")

    # ---- 3. ranges and work days -----------------------------------------
    for n in notices:
        for h in n["holiday"]:
            hw = f"{n['year']} {n['title']} / {h['name_zh']}"
            r = h["rest"]
            if not (isinstance(r, list) and len(r) == 2):
                err(f"{hw}: rest must be [first, last]")
                continue
            a, b = d(r[0], hw), d(r[1], hw)
            if a and b and a > b:
                err(f"{hw}: rest range not ordered: {a} > {b}")
            for w in h["work"]:
                wd = d(w, hw + " work")
                if wd and wd.weekday() < 5:
                    err(f"{hw}: work day {wd} is a {wd.strftime('%A')}, not Sat/Sun")
                if wd and a and b and a <= wd <= b:
                    err(f"{hw}: work day {wd} inside its own rest range")
    if errors:
        return report(0)

    # ---- 4. derived calendar vs fixture ------------------------------------
    span_first = min(
        [first] + [dt.date.fromisoformat(x) for n in notices for h in n["holiday"] for x in h["rest"] + h["work"]]
    )
    span_last = max(
        [last] + [dt.date.fromisoformat(x) for n in notices for h in n["holiday"] for x in h["rest"] + h["work"]]
    )
    working: dict[dt.date, bool] = {}
    day = span_first
    while day <= span_last:
        working[day] = day.weekday() < 5
        day += dt.timedelta(days=1)
    touched_by: dict[dt.date, int] = {}  # date -> index of the last notice touching it
    for idx, n in enumerate(notices):
        for h in n["holiday"]:
            a, b = (dt.date.fromisoformat(x) for x in h["rest"])
            day = a
            while day <= b:
                working[day] = False
                touched_by[day] = idx
                day += dt.timedelta(days=1)
            for w in h["work"]:
                wd = dt.date.fromisoformat(w)
                working[wd] = True
                touched_by[wd] = idx

    fixture: dict[dt.date, bool] = {}
    with FIXTURE.open(encoding="utf-8") as f:
        rows = csv.reader(f)
        header = next(rows)
        if header != ["date", "working"]:
            err(f"fixture header is {header}, expected date,working")
        for row in rows:
            fixture[dt.date.fromisoformat(row[0])] = row[1] == "1"

    mismatches = 0
    weekday_rest = weekend_work = 0
    day = first
    while day <= last:
        ours = working[day]
        if day not in fixture:
            err(f"fixture has no row for {day}")
        elif fixture[day] != ours:
            mismatches += 1
            print(
                f"MISMATCH {day} ({day.strftime('%a')}): cn.toml says "
                f"{'working' if ours else 'rest'}, fixture says {'working' if fixture[day] else 'rest'}"
            )
        if day.weekday() < 5 and not ours:
            weekday_rest += 1
        if day.weekday() >= 5 and ours:
            weekend_work += 1
        day += dt.timedelta(days=1)
    if mismatches:
        err(f"{mismatches} day(s) differ from the fixture")

    # ---- 5. notices consistent with the final calendar ----------------------
    for idx, n in enumerate(notices):
        for h in n["holiday"]:
            hw = f"{n['year']} {n['title']} / {h['name_zh']}"
            a, b = (dt.date.fromisoformat(x) for x in h["rest"])
            day = a
            while day <= b:
                if working[day] and touched_by[day] == idx:
                    err(f"{hw}: {day} in rest range but working (overridden within the same notice)")
                day += dt.timedelta(days=1)
            for w in h["work"]:
                wd = dt.date.fromisoformat(w)
                if not working[wd] and touched_by[wd] == idx:
                    err(f"{hw}: work day {wd} ends up rest within the same notice")
                if touched_by[wd] != idx:
                    later = notices[touched_by[wd]]
                    print(f"note: {w} ({hw}) is overridden by the later notice “{later['title']}”")

    # ---- 6. statutory days ---------------------------------------------------
    try:
        import holidays
    except ImportError:
        err("holidays package not installed (pip install -r scripts/calendar/requirements.txt)")
        return report(mismatches, weekday_rest, weekend_work)
    if holidays.__version__ != "0.109":
        print(f"warning: holidays {holidays.__version__} installed, the fixture is from 0.109")
    cn = holidays.China(years=range(first.year - 1, last.year + 2), language="zh_CN")
    accept = {"春节": {"春节", "农历除夕"}}
    n_stat = 0
    for n in notices:
        one_off = not re.fullmatch(r"国务院办公厅关于\d{4}年部分节假日安排的通知", n["title"])
        seen: set[dt.date] = set()
        for h in n["holiday"]:
            hw = f"{n['year']} {n['title']} / {h['name_zh']}"
            a, b = (dt.date.fromisoformat(x) for x in h["rest"])
            wanted: set[str] = set()
            for part in h["name_zh"].split("、"):
                wanted |= accept.get(part, {part})
            for s in h["statutory"]:
                sd = dt.date.fromisoformat(s)
                n_stat += 1
                if sd in seen:
                    err(f"{hw}: statutory {sd} listed twice in one notice")
                seen.add(sd)
                if not (a <= sd <= b) and sd.weekday() < 5:
                    err(f"{hw}: statutory weekday {sd} outside the rest range {a}..{b}")
                if working[sd] and touched_by.get(sd) is not None:
                    err(f"{hw}: statutory {sd} is a working day in the final calendar")
                if one_off:
                    continue
                names = {re.sub(r"（补假(，推定)?）$", "", x) for x in cn.get_list(sd)}
                if not (names & wanted):
                    err(f"{hw}: statutory {sd}: the package names it {sorted(names) or 'nothing'}, expected one of {sorted(wanted)}")
    print(f"statutory dates checked: {n_stat}")
    return report(mismatches, weekday_rest, weekend_work)


def report(mismatches: int, weekday_rest: int | None = None, weekend_work: int | None = None) -> int:
    print(f"notices file: {TOML}")
    print(f"fixture:      {FIXTURE}")
    if weekday_rest is not None:
        print(f"weekday rest days:    {weekday_rest}")
        print(f"weekend working days: {weekend_work}")
    print(f"mismatches: {mismatches}")
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"FAILED ({len(errors)} error(s))")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
