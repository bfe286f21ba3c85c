# The result document (es): its own headings, and dates in words.

next-steps-title = Lo que puedes hacer ahora

## Dates, for languages whose calendar data the browser lacks, and for the
## `assess` command: twelve month names separated by commas, as written in a
## date, and the order of day, month and year.

month-names = enero, febrero, marzo, abril, mayo, junio, julio, agosto, septiembre, octubre, noviembre, diciembre
date-long = { $day } de { $month } de { $year }
