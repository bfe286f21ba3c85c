//! Dates in words, from the locale files: `month-names` (twelve names,
//! separated by commas) and `date-long` (the order of day, month and year).
//! Used natively, and in the browser for languages whose calendar data the
//! browser lacks (Tigrinya showed "2026 M11 29").

use crate::engine::Day;
use crate::i18n::msg;
use crate::i18n::Translator;

/// The twelve month names of a language, as written in a date.
pub fn month_names(messages: &Translator) -> Vec<String> {
    crate::bidi::strip_isolation(&messages.t(msg::MONTH_NAMES)).split(',').map(|m| m.trim().to_string()).collect()
}

/// A date such as "2 december 2026", in the translator's language. A
/// language whose month names a reader may take for another calendar's
/// (Tigrinya, Amharic) writes the date in numbers beside it: its `date-long`
/// uses `$numeric`, which every language is given.
pub fn long(messages: &Translator, day: Day) -> String {
    let (year, month_number, date) = day.ymd();
    let month =
        month_names(messages).get(month_number as usize - 1).cloned().unwrap_or_else(|| format!("{month_number:02}"));
    messages.t_args(
        msg::DATE_LONG,
        &[
            ("day", date.to_string().into()),
            ("month", month.into()),
            ("year", year.to_string().into()),
            ("numeric", numeric(day).into()),
        ],
    )
}

/// The date in numbers, day/month/year, as Eritrean and Ethiopian letters
/// and phones write Gregorian dates: "29/11/2026".
pub fn numeric(day: Day) -> String {
    let (year, month, date) = day.ymd();
    format!("{date}/{month}/{year}")
}
