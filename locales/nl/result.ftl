# The result document (nl): its own headings, and dates in words.

next-steps-title = Wat je nu kunt doen

## Dates, for languages whose calendar data the browser lacks, and for the
## `assess` command: twelve month names separated by commas, as written in a
## date, and the order of day, month and year.

month-names = januari, februari, maart, april, mei, juni, juli, augustus, september, oktober, november, december
date-long = { $day } { $month } { $year }
