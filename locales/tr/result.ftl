# The result document (tr): its own headings, and dates in words.

next-steps-title = Şimdi neler yapabilirsin

## Dates, for languages whose calendar data the browser lacks, and for the
## `assess` command: twelve month names separated by commas, as written in a
## date, and the order of day, month and year.

month-names = Ocak, Şubat, Mart, Nisan, Mayıs, Haziran, Temmuz, Ağustos, Eylül, Ekim, Kasım, Aralık
date-long = { $day } { $month } { $year }
