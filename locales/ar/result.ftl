# The result document (ar): its own headings, and dates in words.

next-steps-title = ما يمكنك فعله الآن

## Dates, for languages whose calendar data the browser lacks, and for the
## `assess` command: twelve month names separated by commas, as written in a
## date, and the order of day, month and year.

month-names = يناير, فبراير, مارس, أبريل, مايو, يونيو, يوليو, أغسطس, سبتمبر, أكتوبر, نوفمبر, ديسمبر
date-long = { $day } { $month } { $year }
