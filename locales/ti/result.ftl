# The result document (ti): its own headings, and dates in words.

next-steps-title = ሕጂ ክትገብሮ እትኽእል

## Dates, for languages whose calendar data the browser lacks, and for the
## `assess` command: twelve month names separated by commas, as written in a
## date, and the order of day, month and year.

month-names = ጥሪ, ለካቲት, መጋቢት, ሚያዝያ, ግንቦት, ሰነ, ሓምለ, ነሓሰ, መስከረም, ጥቅምቲ, ሕዳር, ታሕሳስ
date-long = { $day } { $month } { $year } ({ $numeric })
