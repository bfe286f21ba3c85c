# Interface text, English. Keep sentences short and plain.
#
# The departure-words line lists the words (or stems) this language uses in its
# messages for leaving the Netherlands and for going back. quick-exit,
# start-privacy-3 and nav-back may not contain any of them, and each must occur
# in some message. A word matches anywhere inside a text (case, tatweel, Arabic
# vowel marks and zero-width joiners ignored), so a stem covers its forms.
# Checked by tests/exit_words.rs.
# departure-words: leave, leaving, departure, return, go back, going back

app-name = Wegwijzer
skip-to-content = Skip to the question

## Start screen

start-title = Find the support that fits you
start-intro = Your asylum application was rejected. You may have questions, doubts or worries. Answer a few short questions. Then you see which support may fit you, and why.
start-privacy-title = Your privacy
start-privacy-1 = Nothing you answer leaves this device.
start-privacy-2 = Nothing is kept unless you choose to save it.
start-privacy-3 = You can erase everything or close this page quickly at any moment.
start-limits = This tool cannot hide that you visited this website. The browser history shows it. On a shared phone, use a private window.
start-not-advice = This tool gives information. It is not legal advice. Always talk to VluchtelingenWerk or a lawyer before you decide.
start-time = About 5 to 10 minutes. You can skip any sensitive question.
start-begin = Start
start-resume = Continue where I saved
start-mode-counsellor = I am a counsellor, sitting with a client
start-counsellor-lang = Language for the counsellor
start-unreviewed = This translation has not yet been checked by a native speaker.
start-partly-reviewed = Part of this translation has been checked by a native speaker ({ $percent } percent). The rest has not been checked yet.
start-reviewed = This translation has been checked by a native speaker.

## Language

language-label = Language

## Question screen

progress = Question { $current } of about { $total }
why-we-ask = Why we ask: { $why }
nav-back = Back
nav-continue = Continue
nav-to-result = See the result
date-enter = Date on the letter
date-or = Or choose how long ago:
country-search = Type to search your country
country-none = No country found. You can choose "Other".

error-title = There is a problem
error-empty = Choose an answer to continue. You can also choose "I'd rather not say".
error-exclusive = "{ $option }" cannot be combined with other answers. Choose only that, or only the others.
error-future-date = This date is in the future. Enter the date on your letter, or choose how long ago.
error-unknown-option = This answer is not possible. Choose one of the answers shown.

## Result screen

result-title = Support that may fit you
result-intro = Based on your answers. You decide what you do. Every option is explained below.
result-not-advice = This is information, not legal advice. Check everything with VluchtelingenWerk or a lawyer.
result-urgent-title = First: urgent
result-routes-title = Support that fits your answers
result-other-title = Other options you can ask about
result-other-why = Your answers show that return is not the way we suggest now. Each option says why. A conversation and a check of your options come first. You can still ask about return if you want.
because = Because you said:
reason-general = This is open to everyone whose application was rejected.
what-next = What you can do
whom-to-contact = Whom to contact
points-title = What to look at:
referral-phone = Phone: { $phone }
referral-web = Website: { $web }
referral-checked = Checked on { $date }. Details can change: VluchtelingenWerk can confirm them.
result-restart = Change my answers
result-summary = Make a summary to keep

## Counsellor view

counsellor-rule = Rule: { $rule }
counsellor-answers = Answers behind it:
counsellor-check-title = What to check next
counsellor-check-letter = Read the decision letter: date, procedure and time to appeal.
counsellor-check-lawyer = Ask whether a lawyer is involved and when you can reach them.
counsellor-check-fear = Take time for the fear of return. Consider a flight-story analysis.
counsellor-check-urgent = Deal with the urgent notes above before anything else.

## Summary

summary-title = Your summary
summary-date = Made on { $date }
summary-include-answers = Also show my answers in the summary
summary-include-cards = Also add the full explanation and the sources (appendix)
summary-dates-title = Dates to keep in mind
summary-appendix-title = Appendix
summary-answers-title = Your answers
summary-print = Print
summary-download = Save as a file
summary-back = Back to the result

## Save, resume and hand-off

save-title = Save on this device
save-explain = Your answers are locked with a password that you choose. Without the password nobody can read them, and you cannot either.
save-passphrase = Password (at least 8 characters)
save-passphrase-again = Password again
save-button = Save
save-done = Saved on this device.
save-replace-ask = Answers are already saved on this device. Saving now replaces them, and the earlier answers will be gone. Tap “Replace” to go on.
save-replace-button = Replace
save-unavailable = Saving is not possible in this browser (for example in a private window). The tool still works.
save-too-short = The password is too short. Use at least 8 characters.
save-mismatch = The two passwords are not the same.
resume-title = Continue where you saved
resume-button = Open
export-button = Export to a file (locked with a password)
export-done = The file was made. Keep it safe.
import-button = Open an exported file

## Always available

forget = Forget everything
forget-confirm = Erase all answers and everything saved on this device?
forget-yes = Yes, erase
forget-no = No
forgotten = Everything was erased from this device.
quick-exit = Close this page
quick-exit-hint = Or press Esc three times
timeout-warning = You have not done anything for a while. In one minute your answers will be erased.
timeout-stay = I am still here
timeout-done = Your answers were erased because nothing happened for a while.
neutral-title = Use a neutral tab title

## Read aloud

read-aloud = Read aloud
read-stop = Stop reading
read-no-voice = This device has no voice for this language.
