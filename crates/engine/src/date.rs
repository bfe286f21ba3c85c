//! Calendar days without a date library: the engine needs only "days between"
//! and "add days", and the browser formats dates for display.

use serde::{Deserialize, Serialize};

/// A calendar day, counted from 1970-01-01 (proleptic Gregorian).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Day(pub i32);

impl Day {
    /// Years a day can be built from; far outside any real decision, and
    /// small enough that the arithmetic below cannot overflow.
    pub const YEARS: std::ops::RangeInclusive<i32> = -100_000..=100_000;

    /// Builds a day from year, month (1-12) and day of month; `None` if invalid
    /// or outside [`Day::YEARS`].
    pub fn from_ymd(y: i32, m: u32, d: u32) -> Option<Day> {
        if !Day::YEARS.contains(&y) || !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) {
            return None;
        }
        // Howard Hinnant's days_from_civil, in i64 so no year can overflow.
        let (y, m, d) = (i64::from(if m <= 2 { y - 1 } else { y }), i64::from(m), i64::from(d));
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        i32::try_from(era * 146097 + doe - 719468).ok().map(Day)
    }

    /// Year, month, day of this day (any `Day`, without overflow).
    pub fn ymd(self) -> (i32, u32, u32) {
        let z = i64::from(self.0) + 719468;
        let era = if z >= 0 { z } else { z - 146096 } / 146097;
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
        (y as i32, m, d)
    }

    /// Parses `YYYY-MM-DD`, the value of an `<input type="date">`.
    pub fn parse_iso(s: &str) -> Option<Day> {
        let mut it = s.trim().splitn(3, '-');
        let y = it.next()?.parse().ok()?;
        let m = it.next()?.parse().ok()?;
        let d = it.next()?.parse().ok()?;
        Day::from_ymd(y, m, d)
    }

    /// `YYYY-MM-DD`.
    pub fn iso(self) -> String {
        let (y, m, d) = self.ymd();
        format!("{y:04}-{m:02}-{d:02}")
    }

    /// `days` later (earlier when negative); stops at the ends of the range
    /// instead of overflowing.
    pub fn plus(self, days: i32) -> Day {
        Day(self.0.saturating_add(days))
    }

    /// Days from `earlier` to `self` (negative when `earlier` is later),
    /// without overflow.
    pub fn days_since(self, earlier: Day) -> i32 {
        self.0.saturating_sub(earlier.0)
    }
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        _ => 28,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_and_round_trip() {
        assert_eq!(Day::from_ymd(1970, 1, 1), Some(Day(0)));
        for n in -800_000..800_000 {
            if n % 997 == 0 {
                let (y, m, d) = Day(n).ymd();
                assert_eq!(Day::from_ymd(y, m, d), Some(Day(n)));
            }
        }
    }

    #[test]
    fn iso_and_invalid_dates() {
        let d = Day::parse_iso("2024-02-29").unwrap();
        assert_eq!(d.iso(), "2024-02-29");
        assert_eq!(d.plus(1).iso(), "2024-03-01");
        assert!(Day::parse_iso("2023-02-29").is_none());
        assert!(Day::parse_iso("2023-13-01").is_none());
        assert!(Day::parse_iso("garbage").is_none());
        assert!(Day::parse_iso("").is_none());
        assert!(Day::parse_iso("99999999-01-01").is_none(), "a year out of range is a bad date");
    }

    #[test]
    fn arithmetic_never_overflows() {
        for d in [Day(i32::MIN), Day(i32::MAX), Day(0), Day(-1)] {
            let _ = d.ymd();
            let _ = d.iso();
            assert_eq!(Day(i32::MAX).plus(5), Day(i32::MAX));
            assert_eq!(Day(i32::MIN).plus(-5), Day(i32::MIN));
            assert_eq!(Day(i32::MAX).days_since(Day(i32::MIN)), i32::MAX);
            assert_eq!(d.days_since(d), 0);
        }
        for y in [*Day::YEARS.start(), *Day::YEARS.end()] {
            let d = Day::from_ymd(y, 12, 31).unwrap();
            assert_eq!(d.ymd(), (y, 12, 31));
        }
    }
}
