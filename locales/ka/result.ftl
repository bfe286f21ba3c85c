# The result document (ka): its own headings, and dates in words.

next-steps-title = რისი გაკეთება შეგიძლია ახლა

## Dates, for languages whose calendar data the browser lacks, and for the
## `assess` command: twelve month names separated by commas, as written in a
## date, and the order of day, month and year.

month-names = იანვარი, თებერვალი, მარტი, აპრილი, მაისი, ივნისი, ივლისი, აგვისტო, სექტემბერი, ოქტომბერი, ნოემბერი, დეკემბერი
date-long = { $day } { $month }, { $year }
