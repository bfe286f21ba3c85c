# The result document (kmr): its own headings, and dates in words.

next-steps-title = Tiştên ku tu niha dikarî bikî

## Dates, for languages whose calendar data the browser lacks, and for the
## `assess` command: twelve month names separated by commas, as written in a
## date, and the order of day, month and year.

month-names = Çile, Sibat, Adar, Nîsan, Gulan, Hezîran, Tîrmeh, Tebax, Îlon, Cotmeh, Mijdar, Berfanbar
date-long = { $day } { $month } { $year }
