# The result document (fr): its own headings, and dates in words.

next-steps-title = Ce que tu peux faire maintenant

## Dates, for languages whose calendar data the browser lacks, and for the
## `assess` command: twelve month names separated by commas, as written in a
## date, and the order of day, month and year.

month-names = janvier, février, mars, avril, mai, juin, juillet, août, septembre, octobre, novembre, décembre
date-long = { $day } { $month } { $year }
