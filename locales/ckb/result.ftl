# The result document (ckb): its own headings, and dates in words.

next-steps-title = ئەوەی ئێستا دەتوانیت بیکەیت

## Dates, for languages whose calendar data the browser lacks, and for the
## `assess` command: twelve month names separated by commas, as written in a
## date, and the order of day, month and year.

month-names = کانوونی دووەم, شوبات, ئازار, نیسان, ئایار, حوزەیران, تەممووز, ئاب, ئەیلوول, تشرینی یەکەم, تشرینی دووەم, کانوونی یەکەم
date-long = { $day } { $month } { $year }
