# The result document (ru): its own headings, and dates in words.

next-steps-title = Что ты можешь сделать сейчас

## Dates, for languages whose calendar data the browser lacks, and for the
## `assess` command: twelve month names separated by commas, as written in a
## date, and the order of day, month and year.

month-names = января, февраля, марта, апреля, мая, июня, июля, августа, сентября, октября, ноября, декабря
date-long = { $day } { $month } { $year } г.
