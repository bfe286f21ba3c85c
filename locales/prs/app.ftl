# Interface text, Dari (Afghan Persian). Keep sentences short and plain.
#
# The departure-words line lists the words (or stems) this language uses in its
# messages for leaving the Netherlands and for going back. quick-exit,
# start-privacy-3 and nav-back may not contain any of them, and each must occur
# in some message. A word matches anywhere inside a text (case, tatweel, Arabic
# vowel marks and zero-width joiners ignored), so a stem covers its forms.
# Checked by tests/exit_words.rs.
# departure-words: بازگشت, برگشت, برگرد, خروج, ترک کنید

app-name = Wegwijzer
skip-to-content = رفتن به سوال

## Start screen

start-title = کمکی را پیدا کنید که برای شما مناسب است
start-intro = درخواست پناهندگی شما رد شده است. شاید سوال، شک یا تشویش داشته باشید. به چند سوال کوتاه جواب بدهید. بعد می‌بینید که کدام کمک‌ها شاید برای شما مناسب باشند، و چرا.
start-privacy-title = حریم خصوصی شما
start-privacy-1 = هیچ جوابی که شما می‌دهید از این دستگاه بیرون نمی‌رود.
start-privacy-2 = هیچ چیز نگه داشته نمی‌شود، مگر این که خود تان ذخیره کردن را انتخاب کنید.
start-privacy-3 = شما هر وقت می‌توانید همه چیز را پاک کنید یا این صفحه را زود ببندید.
start-limits = این ابزار نمی‌تواند پنهان کند که شما این ویب‌سایت را دیده اید. تاریخچه براوزر این را نشان می‌دهد. اگر مبایل را با دیگران شریکی استفاده می‌کنید، از پنجره خصوصی استفاده کنید.
start-not-advice = این ابزار معلومات می‌دهد. مشوره حقوقی نیست. همیشه پیش از تصمیم گرفتن با VluchtelingenWerk یا یک وکیل صحبت کنید.
start-time = تقریباً ۵ تا ۱۰ دقیقه. شما می‌توانید از هر سوال حساس تیر شوید.
start-begin = شروع
start-resume = ادامه از جایی که ذخیره کردم
start-mode-counsellor = من مشاور هستم و پهلوی یک مراجع نشسته ام
start-counsellor-lang = زبان برای مشاور
start-unreviewed = این ترجمه هنوز توسط کسی که زبان مادری اش دری است، بررسی نشده است.
start-partly-reviewed = بخشی از این ترجمه توسط کسی که زبان مادری اش دری است، بررسی شده است ({ $percent } فیصد). باقی آن هنوز بررسی نشده است.
start-reviewed = این ترجمه توسط کسی که زبان مادری اش دری است، بررسی شده است.

## Language

language-label = زبان

## Question screen

progress = سوال { $current } از حدود { $total }
why-we-ask = چرا می‌پرسیم: { $why }
nav-back = عقب
nav-continue = ادامه
nav-to-result = دیدن نتیجه
date-enter = تاریخ روی مکتوب
date-or = یا انتخاب کنید چند وقت پیش بود:
country-search = برای جستجوی کشور تان تایپ کنید
country-none = هیچ کشوری پیدا نشد. شما می‌توانید «دیگر» را انتخاب کنید.

error-title = یک مشکل وجود دارد
error-empty = برای ادامه، یک جواب را انتخاب کنید. شما می‌توانید «نمی‌خواهم بگویم» را هم انتخاب کنید.
error-exclusive = «{ $option }» را نمی‌شود با جواب‌های دیگر یکجا انتخاب کرد. یا فقط همین را انتخاب کنید، یا فقط جواب‌های دیگر را.
error-future-date = این تاریخ در آینده است. تاریخ روی مکتوب تان را وارد کنید، یا انتخاب کنید چند وقت پیش بود.
error-unknown-option = این جواب ممکن نیست. یکی از جواب‌هایی را که نشان داده شده، انتخاب کنید.

## Result screen

result-title = کمک‌هایی که شاید برای شما مناسب باشند
result-intro = بر اساس جواب‌های شما. خود تان تصمیم می‌گیرید که چه کنید. هر گزینه در پایین توضیح داده شده است.
result-not-advice = این معلومات است، نه مشوره حقوقی. همه چیز را با VluchtelingenWerk یا یک وکیل بررسی کنید.
result-urgent-title = اول: موارد عاجل
result-routes-title = کمک‌های مناسب با جواب‌های شما
result-other-title = گزینه‌های دیگری که می‌توانید در باره آن‌ها بپرسید
result-other-why = جواب‌های شما نشان می‌دهد که برگشت حالا راهی نیست که پیشنهاد می‌کنیم. کنار هر گزینه دلیلش نوشته شده است. اول یک گفتگو و بررسی راه‌های شما می‌آید. اگر بخواهید، باز هم می‌توانید دربارهٔ برگشت بپرسید.
because = چون شما گفتید:
reason-general = این برای همه کسانی است که درخواست شان رد شده است.
what-next = کاری که می‌توانید بکنید
whom-to-contact = با کی تماس بگیرید
points-title = به این موارد توجه کنید:
referral-phone = تیلفون: { $phone }
referral-web = ویب‌سایت: { $web }
referral-checked = بررسی شده در تاریخ { $date }. این معلومات ممکن است تغییر کند. VluchtelingenWerk می‌تواند آن‌ها را تأیید کند.
result-restart = تغییر جواب‌هایم
result-summary = ساختن خلاصه برای نگه داشتن

## Counsellor view

counsellor-rule = قاعده: { $rule }
counsellor-answers = جواب‌هایی که این پیشنهاد بر اساس آن‌ها است:
counsellor-check-title = بعد از این چه چیزی را بررسی کنید
counsellor-check-letter = مکتوب فیصله را بخوانید: تاریخ، نوع پروسه و مهلت اعتراض.
counsellor-check-lawyer = بپرسید که آیا وکیلی در کار است و چه وقت می‌توان با او تماس گرفت.
counsellor-check-fear = برای ترس از برگشت وقت بگذارید. به تحلیل قصه فرار فکر کنید.
counsellor-check-urgent = پیش از هر کار دیگر، به نکته‌های عاجل بالا رسیدگی کنید.

## Summary

summary-title = خلاصه شما
summary-date = تاریخ ساخت: { $date }
summary-include-answers = جواب‌هایم را هم در خلاصه نشان بده
summary-include-cards = توضیح کامل و منابع را هم اضافه کن (ضمیمه)
summary-dates-title = تاریخ‌های مهم
summary-appendix-title = ضمیمه
summary-answers-title = جواب‌های شما
summary-print = چاپ
summary-download = ذخیره به شکل فایل
summary-back = برگشت به نتیجه

## Save, resume and hand-off

save-title = ذخیره در این دستگاه
save-explain = جواب‌های شما با رمزی که خود تان انتخاب می‌کنید قفل می‌شوند. بدون این رمز هیچ کس نمی‌تواند آن‌ها را بخواند، خود شما هم نمی‌توانید.
save-passphrase = رمز (حد اقل ۸ حرف)
save-passphrase-again = تکرار رمز
save-button = ذخیره
save-done = در این دستگاه ذخیره شد.
save-replace-ask = پاسخ‌هایی از قبل در این دستگاه ذخیره شده است. اگر حالا ذخیره کنید، جای آن‌ها را می‌گیرد و پاسخ‌های قبلی از بین می‌روند. برای ادامه «جایگزین کنید» را بزنید.
save-replace-button = جایگزین کنید
save-unavailable = در این براوزر ذخیره کردن ممکن نیست (مثلاً در پنجره خصوصی). ابزار باز هم کار می‌کند.
save-too-short = رمز خیلی کوتاه است. حد اقل ۸ حرف استفاده کنید.
save-mismatch = این دو رمز یکسان نیستند.
resume-title = ادامه از جایی که ذخیره کردید
resume-button = باز کردن
export-button = ذخیره در یک فایل جداگانه (قفل شده با رمز)
export-done = فایل ساخته شد. آن را در یک جای امن نگه دارید.
import-button = باز کردن فایلی که قبلاً ذخیره کرده اید

## Always available

forget = پاک کردن همه چیز
forget-confirm = همه جواب‌ها و هر چیزی که در این دستگاه ذخیره شده، پاک شود؟
forget-yes = بلی، پاک کن
forget-no = نه
forgotten = همه چیز از این دستگاه پاک شد.
quick-exit = بستن این صفحه
quick-exit-hint = یا سه بار دکمه Esc را فشار بدهید
timeout-warning = مدتی است که کاری نکرده اید. بعد از یک دقیقه جواب‌های تان پاک می‌شوند.
timeout-stay = هنوز این جا هستم
timeout-done = جواب‌های تان پاک شدند، چون برای مدتی هیچ کاری نشد.
neutral-title = عنوان خنثی برای تب براوزر

## Read aloud

read-aloud = خواندن با آواز بلند
read-stop = توقف خواندن
read-no-voice = این دستگاه برای این زبان آواز ندارد.
