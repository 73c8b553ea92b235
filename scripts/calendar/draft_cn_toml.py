#!/usr/bin/env python3
"""Draft data/calendar/cn.toml from the `holidays` package (pinned 0.109).

How to run (from the repository root):

    pip install -r scripts/calendar/requirements.txt
    python3 scripts/calendar/draft_cn_toml.py > /tmp/cn-draft.toml
    diff /tmp/cn-draft.toml data/calendar/cn.toml   # see what the review changed

This is a DRAFTING AID, not the source of truth. The committed
data/calendar/cn.toml was produced from this draft and then reviewed by hand,
year by year, against the State Council notices (the notice wins where it and
the package differ; see the `note` keys and the header of cn.toml).

What the draft does, per year Y in 2004..2026 (one `[[notice]]` per year):

* working/rest per day = holidays.China(...).is_working_day(d);
* rest blocks = maximal runs of consecutive non-working days (weekends
  included) that contain at least one named festival day of the package
  (元旦, 农历除夕, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节, one-off days,
  or their 补假); a run is attributed to the notice for year Y when it
  contains a festival day of year Y (so 2018-12-30..2019-01-01 goes to 2019);
* `work` days = the adjusted working weekend days of the package
  (China.weekend_workdays) attached to the block that received their day off,
  using the package's substitution table
  (ChinaStaticHolidays.special_public_holidays: (to, from) pairs); a weekend
  working day without such a pair goes to the nearest block (date distance);
* `statutory` = the statutory days of the 全国年节及纪念日放假办法 revision in
  force for Y (law-notes §1.11), with 除夕/初一..初三, 清明, 端午 and 中秋
  taken from the dates the package names 农历除夕/春节/清明节/端午节/中秋节;
* metadata: title is the usual pattern (REVIEW it), url = the gov.cn address
  behind the package's web.archive.org reference for Y (docstring of
  holidays/countries/china.py); number and published are never drafted.

One-off notices (2015 抗战胜利70周年, 2019 劳动节 change, 2020 COVID
extension) are NOT split out by this script; the reviewer adds them.

Review conventions applied by hand in cn.toml (the draft does not know them):
* `rest` is the span the notice itself gives. The draft's maximal runs also
  swallow an ordinary adjoining Saturday/Sunday where the notice only says
  “X日放假，Y日补休” or “X日放假” (e.g. 2017 元旦 1/1-1/2, not 2016-12-31..;
  2015 清明 4/5-4/6; 2015 中秋 9/27; 2016 劳动节 5/1-5/2). Where the notice says
  “与周末连休” the weekend is part of the span.
* block names follow the notice (“中秋节、国庆节” vs “国庆节、中秋节”); the
  package's 补假 labels can pull a festival name into the wrong block (2015:
  中秋节（补假） on 10-06 inside 国庆节).

The days marked rest/working are the same either way; only the
presentation of the blocks differs (check_cn_toml.py verifies the days).
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections import defaultdict

import holidays
from holidays.countries import china as china_mod

FIRST_YEAR = 2004
LAST_YEAR = 2026

FESTIVALS = {
    # zh name in the package -> (key, name_zh, name_en)
    "元旦": ("newyear", "元旦", "New Year's Day"),
    "农历除夕": ("spring", "春节", "Spring Festival"),
    "春节": ("spring", "春节", "Spring Festival"),
    "春节延长假期": ("spring", "春节", "Spring Festival"),
    "清明节": ("qingming", "清明节", "Tomb-Sweeping Day"),
    "劳动节": ("labour", "劳动节", "Labour Day"),
    "端午节": ("dragonboat", "端午节", "Dragon Boat Festival"),
    "中秋节": ("midautumn", "中秋节", "Mid-Autumn Festival"),
    "国庆节": ("national", "国庆节", "National Day"),
    "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日": (
        "victory70",
        "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日",
        "70th Anniversary of the Victory of the War of Resistance",
    ),
}


def festival_keys(names: list[str]) -> list[str]:
    """Festival names of the package on one date (补假 labels mapped back)."""
    out = []
    for n in names:
        base = re.sub(r"（补假(，推定)?）$", "", n)
        if base in FESTIVALS:
            out.append(base)
    return out


def archive_urls() -> dict[int, str]:
    """Year -> original URL behind the package's web.archive.org references."""
    doc = china_mod.China.__doc__ or ""
    out = {}
    for m in re.finditer(r"\* \[(\d{4})\]\((\S+?)\)", doc):
        year, url = int(m.group(1)), m.group(2)
        orig = re.sub(r"^https://web\.archive\.org/web/\d+/", "", url)
        out[year] = orig
    return out


def statutory_days(year: int, named: dict[str, list[dt.date]]) -> list[dt.date]:
    """Statutory days per the 放假办法 revision in force in `year`."""
    d = dt.date
    cny = min(named["春节"])  # 初一 (the package names 初一..初三 / 初一..初二 春节)
    eve = cny - dt.timedelta(days=1)
    first3 = [cny + dt.timedelta(days=i) for i in range(3)]
    out = [d(year, 1, 1)]
    if year <= 2007:
        out += first3
        out += [d(year, 5, 1), d(year, 5, 2), d(year, 5, 3)]
    elif year <= 2013:
        out += [eve, cny, cny + dt.timedelta(days=1)]
        out += named["清明节"] + [d(year, 5, 1)] + named["端午节"] + named["中秋节"]
    elif year <= 2024:
        out += first3
        out += named["清明节"] + [d(year, 5, 1)] + named["端午节"] + named["中秋节"]
    else:
        out += [eve] + first3
        out += named["清明节"] + [d(year, 5, 1), d(year, 5, 2)] + named["端午节"] + named["中秋节"]
    out += [d(year, 10, 1), d(year, 10, 2), d(year, 10, 3)]
    return sorted(set(out))


def main() -> int:
    cn = holidays.China(years=range(FIRST_YEAR - 1, LAST_YEAR + 2), language="zh_CN")
    urls = archive_urls()

    # substituted pairs: weekend work day -> the rest day it was moved to
    work_to_rest: dict[dt.date, dt.date] = {}
    for year, pairs in china_mod.ChinaStaticHolidays.special_public_holidays.items():
        for p in pairs:
            if len(p) >= 4 and isinstance(p[2], int):
                to_m, to_d, fr_m, fr_d, *opt = p
                work_to_rest[dt.date(opt[0] if opt else year, fr_m, fr_d)] = dt.date(year, to_m, to_d)

    start = dt.date(FIRST_YEAR - 1, 12, 1)
    end = dt.date(LAST_YEAR + 1, 1, 31)
    days = []
    d = start
    while d <= end:
        days.append(d)
        d += dt.timedelta(days=1)
    working = {d: cn.is_working_day(d) for d in days}

    # maximal runs of rest days containing a festival day
    blocks = []  # list of dict(days=[...], fest=[(date, name)])
    run: list[dt.date] = []
    for d in days + [end + dt.timedelta(days=1)]:
        if d <= end and not working[d]:
            run.append(d)
            continue
        if run:
            fest = [(x, n) for x in run for n in festival_keys(cn.get_list(x))]
            if fest:
                blocks.append({"days": run, "fest": fest, "work": []})
        run = []

    # attach weekend working days
    for w in sorted(x for x in cn.weekend_workdays if start <= x <= end):
        target = work_to_rest.get(w)
        chosen = None
        if target is not None:
            for b in blocks:
                if b["days"][0] <= target <= b["days"][-1]:
                    chosen = b
        if chosen is None:  # nearest block
            chosen = min(
                blocks,
                key=lambda b: min(abs((w - b["days"][0]).days), abs((w - b["days"][-1]).days)),
            )
        chosen["work"].append(w)

    by_year: dict[int, list[dict]] = defaultdict(list)
    for b in blocks:
        years = sorted({x.year for x, _ in b["fest"]})
        y = years[-1]
        if FIRST_YEAR <= y <= LAST_YEAR:
            by_year[y].append(b)

    out = []
    w = out.append
    w("# DRAFT generated by scripts/calendar/draft_cn_toml.py from holidays==%s." % holidays.__version__)
    w("# Not reviewed. See data/calendar/cn.toml for the reviewed file.")
    w("schema = 1")
    w('first = "%d-01-01"' % FIRST_YEAR)
    w('last = "%d-12-31"' % LAST_YEAR)
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        named: dict[str, list[dt.date]] = defaultdict(list)
        for x in sorted(cn):
            if x.year != year:
                continue
            for n in cn.get_list(x):
                named[n].append(x)
        stat = statutory_days(year, named)
        w("")
        w("[[notice]]")
        w("year = %d" % year)
        w('title = "国务院办公厅关于%d年部分节假日安排的通知"  # REVIEW' % year)
        if year in urls:
            w('url = "%s"' % urls[year])
        for b in sorted(by_year[year], key=lambda b: b["days"][0]):
            keys = []
            for _, n in sorted(b["fest"]):
                k = FESTIVALS[n]
                if k not in keys:
                    keys.append(k)
            name_zh = "、".join(k[1] for k in keys)
            name_en = "; ".join(k[2] for k in keys)
            first, last = b["days"][0], b["days"][-1]
            st = [s for s in stat if first <= s <= last]
            w("")
            w("[[notice.holiday]]")
            w('name_zh = "%s"' % name_zh)
            w('name_en = "%s"' % name_en.replace('"', '\\"'))
            w('rest = ["%s", "%s"]' % (first, last))
            w("statutory = [%s]" % ", ".join('"%s"' % s for s in st))
            w("work = [%s]" % ", ".join('"%s"' % x for x in sorted(b["work"])))
        covered = {s for b in by_year[year] for s in stat if b["days"][0] <= s <= b["days"][-1]}
        missing = [s for s in stat if s not in covered]
        if missing:
            w("# statutory days outside every drafted block: %s" % ", ".join(map(str, missing)))
    sys.stdout.write("\n".join(out) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
