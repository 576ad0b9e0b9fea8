"""Date arithmetic of the law, for the evaluation dataset (stdlib only).

* 民法典 第二百零一条/第二百零二条: a period starts the day after the event; a period in
  months/years ends on the corresponding day of the last month, or on that month's last
  day when there is no corresponding day (2024-11-30 + 3 months = 2025-02-28).
* 民事诉讼法 第八十五条 / 民法典 第二百零三条: when the last day of a period is a 法定休假日
  (statutory holiday or ordinary weekend rest day), the period ends on the first day after
  it that is a workday.  A 调休 make-up Saturday/Sunday is a workday: nothing rolls.
* "N个工作日" (失信规定 第十条): count workdays after the start day, skipping weekends and
  holidays and counting 调休 make-up days.

Holiday data: the State Council's 部分节假日安排 notices for 2019-2026.  Only the
2024, 2025 and 2026 notices (国办发明电〔2023〕7号, 国办发明电〔2024〕12号, and the notice of
2025-11-04) are relied on by a planted boundary; the earlier years are included so that
the generator can keep background dates off holidays.
"""
import datetime as dt

D = dt.date


def _span(a, b):
    out = []
    d = a
    while d <= b:
        out.append(d)
        d += dt.timedelta(days=1)
    return out


# (first day off, last day off) per holiday, and make-up workdays (调休上班).
_OFF = [
    # 2019
    (D(2018, 12, 30), D(2019, 1, 1)), (D(2019, 2, 4), D(2019, 2, 10)),
    (D(2019, 4, 5), D(2019, 4, 7)), (D(2019, 5, 1), D(2019, 5, 4)),
    (D(2019, 6, 7), D(2019, 6, 9)), (D(2019, 9, 13), D(2019, 9, 15)),
    (D(2019, 10, 1), D(2019, 10, 7)),
    # 2020 (春节 as extended by the State Council to 2020-02-02)
    (D(2020, 1, 1), D(2020, 1, 1)), (D(2020, 1, 24), D(2020, 2, 2)),
    (D(2020, 4, 4), D(2020, 4, 6)), (D(2020, 5, 1), D(2020, 5, 5)),
    (D(2020, 6, 25), D(2020, 6, 27)), (D(2020, 10, 1), D(2020, 10, 8)),
    # 2021
    (D(2021, 1, 1), D(2021, 1, 3)), (D(2021, 2, 11), D(2021, 2, 17)),
    (D(2021, 4, 3), D(2021, 4, 5)), (D(2021, 5, 1), D(2021, 5, 5)),
    (D(2021, 6, 12), D(2021, 6, 14)), (D(2021, 9, 19), D(2021, 9, 21)),
    (D(2021, 10, 1), D(2021, 10, 7)),
    # 2022
    (D(2022, 1, 1), D(2022, 1, 3)), (D(2022, 1, 31), D(2022, 2, 6)),
    (D(2022, 4, 3), D(2022, 4, 5)), (D(2022, 4, 30), D(2022, 5, 4)),
    (D(2022, 6, 3), D(2022, 6, 5)), (D(2022, 9, 10), D(2022, 9, 12)),
    (D(2022, 10, 1), D(2022, 10, 7)),
    # 2023
    (D(2022, 12, 31), D(2023, 1, 2)), (D(2023, 1, 21), D(2023, 1, 27)),
    (D(2023, 4, 5), D(2023, 4, 5)), (D(2023, 4, 29), D(2023, 5, 3)),
    (D(2023, 6, 22), D(2023, 6, 24)), (D(2023, 9, 29), D(2023, 10, 6)),
    # 2024 (国办发明电〔2023〕7号)
    (D(2024, 1, 1), D(2024, 1, 1)), (D(2024, 2, 10), D(2024, 2, 17)),
    (D(2024, 4, 4), D(2024, 4, 6)), (D(2024, 5, 1), D(2024, 5, 5)),
    (D(2024, 6, 10), D(2024, 6, 10)), (D(2024, 9, 15), D(2024, 9, 17)),
    (D(2024, 10, 1), D(2024, 10, 7)),
    # 2025 (国办发明电〔2024〕12号)
    (D(2025, 1, 1), D(2025, 1, 1)), (D(2025, 1, 28), D(2025, 2, 4)),
    (D(2025, 4, 4), D(2025, 4, 6)), (D(2025, 5, 1), D(2025, 5, 5)),
    (D(2025, 5, 31), D(2025, 6, 2)), (D(2025, 10, 1), D(2025, 10, 8)),
    # 2026 (国务院办公厅 2025-11-04 notice)
    (D(2026, 1, 1), D(2026, 1, 3)), (D(2026, 2, 15), D(2026, 2, 23)),
    (D(2026, 4, 4), D(2026, 4, 6)), (D(2026, 5, 1), D(2026, 5, 5)),
    (D(2026, 6, 19), D(2026, 6, 21)), (D(2026, 9, 25), D(2026, 9, 27)),
    (D(2026, 10, 1), D(2026, 10, 7)),
]
_MAKEUP = [
    D(2018, 12, 29), D(2019, 2, 2), D(2019, 2, 3), D(2019, 4, 28), D(2019, 5, 5),
    D(2019, 9, 29), D(2019, 10, 12),
    D(2020, 1, 19), D(2020, 4, 26), D(2020, 5, 9), D(2020, 6, 28), D(2020, 9, 27),
    D(2020, 10, 10),
    D(2021, 2, 7), D(2021, 2, 20), D(2021, 4, 25), D(2021, 5, 8), D(2021, 9, 18),
    D(2021, 9, 26), D(2021, 10, 9),
    D(2022, 1, 29), D(2022, 1, 30), D(2022, 4, 2), D(2022, 4, 24), D(2022, 5, 7),
    D(2022, 10, 8), D(2022, 10, 9),
    D(2023, 1, 28), D(2023, 1, 29), D(2023, 4, 23), D(2023, 5, 6), D(2023, 6, 25),
    D(2023, 10, 7), D(2023, 10, 8),
    D(2024, 2, 4), D(2024, 2, 18), D(2024, 4, 7), D(2024, 4, 28), D(2024, 5, 11),
    D(2024, 9, 14), D(2024, 9, 29), D(2024, 10, 12),
    D(2025, 1, 26), D(2025, 2, 8), D(2025, 4, 27), D(2025, 9, 28), D(2025, 10, 11),
    D(2026, 1, 4), D(2026, 2, 14), D(2026, 2, 28), D(2026, 5, 9), D(2026, 9, 20),
    D(2026, 10, 10),
]
HOLIDAYS = set()
for a, b in _OFF:
    HOLIDAYS.update(_span(a, b))
MAKEUP = set(_MAKEUP)


def is_workday(d):
    if d in MAKEUP:
        return True
    if d in HOLIDAYS:
        return False
    return d.weekday() < 5


def roll(d):
    """民诉法 第八十五条: last day on a 法定休假日 -> first workday after it."""
    while not is_workday(d):
        d += dt.timedelta(days=1)
    return d


def add_days(d, n):
    return d + dt.timedelta(days=n)


def add_months(d, n):
    """民法典 第二百零二条."""
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    last = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28,
            31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return D(y, m, min(d.day, last))


def deadline_days(d, n, rolled=True):
    e = add_days(d, n)
    return roll(e) if rolled else e


def deadline_months(d, n, rolled=True):
    e = add_months(d, n)
    return roll(e) if rolled else e


def add_workdays(d, n):
    """The n-th workday after d (d itself not counted)."""
    k = 0
    while k < n:
        d += dt.timedelta(days=1)
        if is_workday(d):
            k += 1
    return d


def age_on(birth, day):
    """Completed years (周岁) on `day`; the birthday itself is treated as ambiguous by the
    generator (never used as a boundary)."""
    a = day.year - birth.year
    if (day.month, day.day) < (birth.month, birth.day):
        a -= 1
    return a


# Self-test of the examples in the brief.
assert add_months(D(2024, 11, 30), 3) == D(2025, 2, 28)
assert add_months(D(2024, 1, 31), 1) == D(2024, 2, 29)
assert deadline_days(D(2024, 9, 23), 10) == D(2024, 10, 8)
assert is_workday(D(2024, 10, 12)) and D(2024, 10, 12).weekday() == 5
assert add_workdays(D(2024, 10, 9), 3) == D(2024, 10, 12)
for _d in _MAKEUP:
    assert _d.weekday() >= 5, _d
