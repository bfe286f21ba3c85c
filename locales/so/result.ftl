# The result document (so): its own headings, and dates in words.

next-steps-title = Waxa aad hadda samayn karto

## Dates, for languages whose calendar data the browser lacks, and for the
## `assess` command: twelve month names separated by commas, as written in a
## date, and the order of day, month and year.

month-names = Janaayo, Febraayo, Maarso, Abriil, May, Juun, Luuliyo, Ogost, Sebtembar, Oktoobar, Nofembar, Desembar
date-long = { $day } { $month } { $year }
