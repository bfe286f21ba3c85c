# The result document (fa): its own headings, and dates in words.

next-steps-title = کارهایی که الان می‌توانی انجام دهی

## Dates, for languages whose calendar data the browser lacks, and for the
## `assess` command: twelve month names separated by commas, as written in a
## date, and the order of day, month and year.

month-names = ژانویه, فوریه, مارس, آوریل, مه, ژوئن, ژوئیه, اوت, سپتامبر, اکتبر, نوامبر, دسامبر
date-long = { $day } { $month } { $year }
