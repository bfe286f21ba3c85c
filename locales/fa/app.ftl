# Interface text, Persian/Farsi (Iran). Keep sentences short and plain.
#
# The departure-words line lists the words (or stems) this language uses in its
# messages for leaving the Netherlands and for going back. quick-exit,
# start-privacy-3 and nav-back may not contain any of them, and each must occur
# in some message. A word matches anywhere inside a text (case, tatweel, Arabic
# vowel marks and zero-width joiners ignored), so a stem covers its forms.
# Checked by tests/exit_words.rs.
# departure-words: بازگشت, برگشت, برگرد, خروج, ترک کنید, می‌رفتم

app-name = Wegwijzer
skip-to-content = رفتن به سؤال

## Start screen

start-title = کمکی را پیدا کنید که برای شما مناسب است
start-intro = درخواست پناهندگی شما رد شده است. شاید سؤال، تردید یا نگرانی دارید. به چند سؤال کوتاه پاسخ دهید. بعد می‌بینید کدام کمک‌ها ممکن است برای شما مناسب باشند، و چرا.
start-privacy-title = حریم خصوصی شما
start-privacy-1 = هیچ‌کدام از پاسخ‌های شما از این دستگاه بیرون نمی‌رود.
start-privacy-2 = هیچ چیزی نگه داشته نمی‌شود، مگر اینکه خودتان ذخیره کردن را انتخاب کنید.
start-privacy-3 = هر لحظه می‌توانید همه‌چیز را پاک کنید یا این صفحه را سریع ببندید.
start-limits = این ابزار نمی‌تواند پنهان کند که شما این وب‌سایت را دیده‌اید. تاریخچهٔ مرورگر آن را نشان می‌دهد. اگر گوشی را با دیگران مشترک استفاده می‌کنید، از پنجرهٔ ناشناس (خصوصی) استفاده کنید.
start-not-advice = این ابزار اطلاعات می‌دهد. مشاورهٔ حقوقی نیست. همیشه پیش از تصمیم گرفتن با VluchtelingenWerk یا یک وکیل صحبت کنید.
start-time = حدود ۵ تا ۱۰ دقیقه. می‌توانید از هر سؤال حساس بگذرید.
start-begin = شروع
start-resume = ادامه از جایی که ذخیره کردم
start-mode-counsellor = من مشاور هستم و کنار یک مراجع نشسته‌ام
start-counsellor-lang = زبان برای مشاور
start-unreviewed = این ترجمه هنوز توسط یک فارسی‌زبان بومی بررسی نشده است.
start-partly-reviewed = بخشی از این ترجمه توسط یک فارسی‌زبان بومی بررسی شده است ({ $percent } درصد). بقیه هنوز بررسی نشده است.
start-reviewed = این ترجمه توسط یک فارسی‌زبان بومی بررسی شده است.

## Language

language-label = زبان

## Question screen

progress = سؤال { $current } از حدود { $total }
why-we-ask = چرا می‌پرسیم: { $why }
nav-back = قبلی
nav-continue = ادامه
nav-to-result = دیدن نتیجه
date-enter = تاریخ روی نامه
date-or = یا انتخاب کنید چه مدت پیش بود:
country-search = برای جستجوی کشورتان تایپ کنید
country-none = کشوری پیدا نشد. می‌توانید «دیگر» را انتخاب کنید.

error-title = مشکلی وجود دارد
error-empty = برای ادامه یک پاسخ انتخاب کنید. می‌توانید «ترجیح می‌دهم نگویم» را هم انتخاب کنید.
error-exclusive = «{ $option }» را نمی‌توان همراه با پاسخ‌های دیگر انتخاب کرد. یا فقط همین را انتخاب کنید، یا فقط پاسخ‌های دیگر را.
error-future-date = این تاریخ در آینده است. تاریخ روی نامه‌تان را وارد کنید، یا انتخاب کنید چه مدت پیش بود.
error-unknown-option = این پاسخ ممکن نیست. یکی از پاسخ‌های نشان‌داده‌شده را انتخاب کنید.

## Result screen

result-title = کمک‌هایی که ممکن است برای شما مناسب باشند
result-intro = بر اساس پاسخ‌های شما. خودتان تصمیم می‌گیرید چه کاری انجام دهید. هر گزینه در پایین توضیح داده شده است.
result-not-advice = این اطلاعات است، نه مشاورهٔ حقوقی. همه‌چیز را با VluchtelingenWerk یا یک وکیل بررسی کنید.
result-urgent-title = اول: موارد فوری
result-routes-title = کمک‌های مناسب با پاسخ‌های شما
result-other-title = گزینه‌های دیگری که می‌توانید درباره‌شان بپرسید
result-other-why = پاسخ‌های شما نشان می‌دهد که بازگشت الان راهی نیست که پیشنهاد می‌کنیم. کنار هر گزینه دلیلش نوشته شده است. اول یک گفتگو و بررسی راه‌های شما می‌آید. اگر بخواهید، باز هم می‌توانید دربارهٔ بازگشت بپرسید.
because = چون گفتید:
reason-general = این برای همهٔ کسانی است که درخواستشان رد شده است.
what-next = کاری که می‌توانید بکنید
whom-to-contact = با چه کسی تماس بگیرید
points-title = به این موارد توجه کنید:
referral-phone = تلفن: { $phone }
referral-web = وب‌سایت: { $web }
referral-checked = بررسی‌شده در تاریخ { $date }. این اطلاعات ممکن است تغییر کند. VluchtelingenWerk می‌تواند آن‌ها را تأیید کند.
result-restart = تغییر پاسخ‌هایم
result-summary = ساختن خلاصه برای نگه داشتن

## Counsellor view

counsellor-rule = قاعده: { $rule }
counsellor-answers = پاسخ‌هایی که این پیشنهاد بر پایهٔ آن‌هاست:
counsellor-check-title = بعد از این چه چیزی را بررسی کنید
counsellor-check-letter = نامهٔ تصمیم را بخوانید: تاریخ، نوع روند و مهلت اعتراض.
counsellor-check-lawyer = بپرسید آیا وکیلی درگیر پرونده است و کی می‌توان به او دسترسی داشت.
counsellor-check-fear = برای ترس از بازگشت وقت بگذارید. به تحلیل داستان فرار فکر کنید.
counsellor-check-urgent = پیش از هر کار دیگری، به نکته‌های فوری بالا رسیدگی کنید.

## Summary

summary-title = خلاصهٔ شما
summary-date = تاریخ ساخت: { $date }
summary-include-answers = پاسخ‌هایم را هم در خلاصه نشان بده
summary-include-cards = توضیح کامل و منابع را هم اضافه کن (پیوست)
summary-dates-title = تاریخ‌های مهم
summary-appendix-title = پیوست
summary-answers-title = پاسخ‌های شما
summary-print = چاپ
summary-download = ذخیره به‌صورت فایل
summary-back = برگشت به نتیجه

## Save, resume and hand-off

save-title = ذخیره روی این دستگاه
save-explain = پاسخ‌های شما با رمزی که خودتان انتخاب می‌کنید قفل می‌شوند. بدون این رمز هیچ‌کس نمی‌تواند آن‌ها را بخواند، خود شما هم نمی‌توانید.
save-passphrase = رمز (دست‌کم ۸ کاراکتر)
save-passphrase-again = تکرار رمز
save-button = ذخیره
save-done = روی این دستگاه ذخیره شد.
save-replace-ask = پاسخ‌هایی از قبل روی این دستگاه ذخیره شده است. اگر اکنون ذخیره کنید، جای آن‌ها را می‌گیرد و پاسخ‌های قبلی از بین می‌روند. برای ادامه «جایگزین کنید» را بزنید.
save-replace-button = جایگزین کنید
save-unavailable = در این مرورگر ذخیره کردن ممکن نیست (برای مثال در پنجرهٔ ناشناس). ابزار باز هم کار می‌کند.
save-too-short = رمز خیلی کوتاه است. دست‌کم ۸ کاراکتر به کار ببرید.
save-mismatch = دو رمز یکی نیستند.
resume-title = ادامه از جایی که ذخیره کردید
resume-button = باز کردن
export-button = ذخیره در یک فایل جداگانه (قفل‌شده با رمز)
export-done = فایل ساخته شد. آن را در جای امنی نگه دارید.
import-button = باز کردن فایلی که قبلاً ذخیره کرده‌اید

## Always available

forget = پاک کردن همه‌چیز
forget-confirm = همهٔ پاسخ‌ها و هر چیزی که روی این دستگاه ذخیره شده پاک شود؟
forget-yes = بله، پاک کن
forget-no = نه
forgotten = همه‌چیز از این دستگاه پاک شد.
quick-exit = بستن این صفحه
quick-exit-hint = یا سه بار دکمهٔ Esc را بزنید
timeout-warning = مدتی است کاری انجام نداده‌اید. یک دقیقهٔ دیگر پاسخ‌های شما پاک می‌شوند.
timeout-stay = هنوز اینجا هستم
timeout-done = پاسخ‌های شما پاک شدند، چون مدتی هیچ کاری انجام نشد.
neutral-title = عنوان خنثی برای زبانهٔ مرورگر

## Read aloud

read-aloud = خواندن با صدای بلند
read-stop = توقف خواندن
read-no-voice = این دستگاه برای این زبان صدا ندارد.
