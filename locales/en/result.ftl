# The result document (en): its own headings, and dates in words.

next-steps-title = What you can do now

## Dates, for languages whose calendar data the browser lacks, and for the
## `assess` command: twelve month names separated by commas, as written in a
## date, and the order of day, month and year.

month-names = January, February, March, April, May, June, July, August, September, October, November, December
date-long = { $day } { $month } { $year }
