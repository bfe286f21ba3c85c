# The result document (prs): its own headings, and dates in words.

next-steps-title = کارهایی که اکنون می‌توانی انجام بدهی

## Dates, for languages whose calendar data the browser lacks, and for the
## `assess` command: twelve month names separated by commas, as written in a
## date, and the order of day, month and year.

month-names = جنوری, فبروری, مارچ, اپریل, می, جون, جولای, اگست, سپتمبر, اکتوبر, نومبر, دسمبر
date-long = { $day } { $month } { $year }
