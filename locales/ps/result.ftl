# The result document (ps): its own headings, and dates in words.

next-steps-title = هغه څه چې اوس یې کولی شې

## Dates, for languages whose calendar data the browser lacks, and for the
## `assess` command: twelve month names separated by commas, as written in a
## date, and the order of day, month and year.

month-names = جنوري, فبروري, مارچ, اپریل, مۍ, جون, جولای, اګست, سپتمبر, اکتوبر, نومبر, دسمبر
date-long = { $day } { $month } { $year }
