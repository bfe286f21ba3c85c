# Interface text, Pashto (Afghan). Keep sentences short and plain.
#
# The departure-words line lists the words (or stems) this language uses in its
# messages for leaving the Netherlands and for going back. quick-exit,
# start-privacy-3 and nav-back may not contain any of them, and each must occur
# in some message. A word matches anywhere inside a text (case, tatweel, Arabic
# vowel marks and zero-width joiners ignored), so a stem covers its forms.
# Checked by tests/exit_words.rs.
# departure-words: بېرته, ستنول, ستنېد, وتلو, ووځئ, وتلی

app-name = Wegwijzer
skip-to-content = مستقیم پوښتنې ته ولاړ شئ

## Start screen

start-title = هغه ملاتړ ومومئ چې تاسو ته مناسب دی
start-intro = ستاسو د پناه غوښتنه رد شوې ده. کېدای شي تاسو پوښتنې، شکونه یا اندېښنې ولرئ. څو لنډو پوښتنو ته ځواب ورکړئ. بیا به وګورئ چې کوم ملاتړ ښايي تاسو ته مناسب وي، او ولې.
start-privacy-title = ستاسو محرمیت
start-privacy-1 = ستاسو هېڅ ځواب له دې وسیلې څخه بهر نه ځي.
start-privacy-2 = هېڅ شی نه ساتل کېږي، مګر دا چې تاسو پخپله یې د ساتلو پرېکړه وکړئ.
start-privacy-3 = تاسو هر وخت کولای شئ هر څه پاک کړئ یا دا پاڼه ژر وتړئ.
start-limits = دا پروګرام نشي پټولای چې تاسو دې ویب پاڼې ته راغلي یاست. د براوزر تاریخچه دا ښيي. که تلیفون له نورو سره شریک وي، خصوصي کړکۍ وکاروئ.
start-not-advice = دا پروګرام تاسو ته معلومات درکوي. دا حقوقي مشوره نه ده. مخکې له دې چې پرېکړه وکړئ، تل له VluchtelingenWerk یا له یو وکیل سره خبرې وکړئ.
start-time = شاوخوا له 5 تر 10 دقیقو. تاسو کولای شئ هره حساسه پوښتنه پرېږدئ.
start-begin = پیل
start-resume = له هغه ځایه دوام چې ما خوندي کړی و
start-mode-counsellor = زه مشاور یم، او له یو مراجع سره ناست یم
start-counsellor-lang = د مشاور لپاره ژبه
start-unreviewed = دا ژباړه تر اوسه داسې چا نه ده کتلې چې پښتو یې مورنۍ ژبه وي.
start-partly-reviewed = د دې ژباړې یوه برخه داسې چا کتلې چې پښتو یې مورنۍ ژبه وي ({ $percent } سلنه). پاتې برخه لا نه ده کتل شوې.
start-reviewed = دا ژباړه داسې چا کتلې چې پښتو یې مورنۍ ژبه وي.

## Language

language-label = ژبه

## Question screen

progress = پوښتنه { $current } له شاوخوا { $total } څخه
why-we-ask = ولې پوښتنه کوو: { $why }
nav-back = شاته
nav-continue = دوام
nav-to-result = پایله وګورئ
date-enter = په لیک کې نېټه
date-or = یا وټاکئ چې څومره وخت مخکې:
country-search = د خپل هېواد د موندلو لپاره یې نوم ولیکئ
country-none = هېڅ هېواد ونه موندل شو. تاسو کولای شئ «بل» وټاکئ.

error-title = یوه ستونزه شته
error-empty = د دوام لپاره یو ځواب وټاکئ. تاسو کولای شئ «نه غواړم ووایم» هم وټاکئ.
error-exclusive = «{ $option }» له نورو ځوابونو سره یوځای نشي ټاکل کېدای. یوازې دا وټاکئ، یا یوازې نور ځوابونه.
error-future-date = دا نېټه لا نه ده راغلې. هغه نېټه ولیکئ چې ستاسو په لیک کې ده، یا وټاکئ چې څومره وخت مخکې.
error-unknown-option = دا ځواب ممکن نه دی. له ښودل شویو ځوابونو څخه یو وټاکئ.

## Result screen

result-title = هغه ملاتړ چې ښايي تاسو ته مناسب وي
result-intro = دا ستاسو پر ځوابونو ولاړ دی. تاسو پخپله پرېکړه کوئ چې څه وکړئ. لاندې هره لاره تشریح شوې ده.
result-not-advice = دا معلومات دي، حقوقي مشوره نه ده. هر څه له VluchtelingenWerk یا له یو وکیل سره وګورئ.
result-urgent-title = لومړی: بېړني شیان
result-routes-title = هغه ملاتړ چې له ستاسو ځوابونو سره سمون لري
result-other-title = نورې لارې چې د هغو په اړه پوښتنه کولای شئ
result-other-why = ستاسو ځوابونه ښيي چې بېرته تګ اوس هغه لاره نه ده چې موږ یې وړاندیز کوو. په هره لاره کې لامل لیکل شوی. لومړی خبرې اترې او ستاسو د لارو کتنه راځي. که وغواړئ، بیا هم د بېرته تګ په اړه پوښتلای شئ.
because = ځکه چې تاسو وویل:
reason-general = دا د هر هغه چا لپاره دی چې غوښتنه یې رد شوې ده.
what-next = تاسو څه کولای شئ
whom-to-contact = له چا سره اړیکه ونیسئ
points-title = څه ته پام وکړئ:
referral-phone = تلیفون: { $phone }
referral-web = ویب پاڼه: { $web }
referral-checked = په { $date } وکتل شو. معلومات بدلېدای شي: VluchtelingenWerk یې تایید کولای شي.
result-restart = خپل ځوابونه بدل کړئ
result-summary = د ساتلو لپاره لنډیز جوړ کړئ

## Counsellor view

counsellor-rule = قاعده: { $rule }
counsellor-answers = هغه ځوابونه چې دا پرې ولاړ دی:
counsellor-check-title = وروسته څه وګورئ
counsellor-check-letter = د پرېکړې لیک ولولئ: نېټه، پروسه او د اعتراض موده.
counsellor-check-lawyer = وپوښتئ چې ایا وکیل شته، او کله ورسره اړیکه نیول کېدای شي.
counsellor-check-fear = د بېرته تګ وېرې ته وخت ورکړئ. د تېښتې د کیسې د تحلیل په اړه فکر وکړئ.
counsellor-check-urgent = تر هر څه مخکې، پورته بېړني یادښتونه حل کړئ.

## Summary

summary-title = ستاسو لنډیز
summary-date = په { $date } جوړ شو
summary-include-answers = زما ځوابونه هم په لنډیز کې وښایئ
summary-include-cards = بشپړ تشریح او سرچینې هم ورزیاتې کړئ (ضمیمه)
summary-dates-title = مهمې نېټې
summary-appendix-title = ضمیمه
summary-answers-title = ستاسو ځوابونه
summary-print = چاپ
summary-download = د فایل په توګه خوندي کړئ
summary-back = پایلې ته بېرته

## Save, resume and hand-off

save-title = په دې وسیله کې خوندي کړئ
save-explain = ستاسو ځوابونه په هغه پټنوم قفل کېږي چې تاسو یې پخپله ټاکئ. له پټنوم پرته هېڅوک یې نشي لوستلای، او تاسو هم یې نشئ لوستلای.
save-passphrase = پټنوم (لږ تر لږه 8 توري)
save-passphrase-again = پټنوم بیا ولیکئ
save-button = خوندي کړئ
save-done = په دې وسیله کې خوندي شو.
save-replace-ask = په دې وسیله کې دمخه ځوابونه خوندي شوي دي. که اوس یې خوندي کړئ، هغه به بدل شي او پخواني ځوابونه به ورک شي. د دوام لپاره «بدل یې کړئ» کېکاږئ.
save-replace-button = بدل یې کړئ
save-unavailable = په دې براوزر کې خوندي کول ممکن نه دي (د بېلګې په توګه په خصوصي کړکۍ کې). پروګرام بیا هم کار کوي.
save-too-short = پټنوم ډېر لنډ دی. لږ تر لږه 8 توري وکاروئ.
save-mismatch = دواړه پټنومونه یو شان نه دي.
resume-title = له هغه ځایه دوام چې تاسو خوندي کړی و
resume-button = پرانیزئ
export-button = ځوابونه په یوه فایل کې وباسئ (په پټنوم قفل)
export-done = فایل جوړ شو. په خوندي ځای کې یې وساتئ.
import-button = هغه فایل پرانیزئ چې مخکې مو ایستلی و

## Always available

forget = هر څه پاک کړئ
forget-confirm = ټول ځوابونه او هر هغه څه چې په دې وسیله کې خوندي دي، پاک شي؟
forget-yes = هو، پاک یې کړئ
forget-no = نه
forgotten = له دې وسیلې څخه هر څه پاک شول.
quick-exit = دا پاڼه وتړئ
quick-exit-hint = یا درې ځله Esc کېکاږئ
timeout-warning = تاسو یو څه وخت هېڅ کار نه دی کړی. په یوه دقیقه کې به ستاسو ځوابونه پاک شي.
timeout-stay = زه لا دلته یم
timeout-done = ستاسو ځوابونه پاک شول، ځکه چې یو څه وخت هېڅ کار ونه شو.
neutral-title = د ټب لپاره یو عادي نوم وکاروئ

## Read aloud

read-aloud = په لوړ غږ ولولئ
read-stop = لوستل ودروئ
read-no-voice = په دې وسیله کې د دې ژبې لپاره غږ نشته.
