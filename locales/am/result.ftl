# The result document (am): its own headings, and dates in words.

next-steps-title = አሁን ማድረግ የምትችለው

## Dates, for languages whose calendar data the browser lacks, and for the
## `assess` command: twelve month names separated by commas, as written in a
## date, and the order of day, month and year.

month-names = ጃንዩወሪ, ፌብሩወሪ, ማርች, ኤፕሪል, ሜይ, ጁን, ጁላይ, ኦገስት, ሴፕቴምበር, ኦክቶበር, ኖቬምበር, ዲሴምበር
date-long = { $day } { $month } { $year } ({ $numeric })
