# Interface text, Arabic (ar). Keep sentences short and plain.
#
# The departure-words line lists the words (or stems) this language uses in its
# messages for leaving the Netherlands and for going back. quick-exit,
# start-privacy-3 and nav-back may not contain any of them, and each must occur
# in some message. A word matches anywhere inside a text (case, tatweel, Arabic
# vowel marks and zero-width joiners ignored), so a stem covers its forms.
# Checked by tests/exit_words.rs.
# departure-words: عودة, رجعت, غادر, مغادرة

app-name = Wegwijzer
skip-to-content = الانتقال إلى السؤال

## Start screen

start-title = ابحث عن الدعم المناسب لك
start-intro = رُفض طلب اللجوء الذي قدّمته. ربما لديك أسئلة أو شكوك أو مخاوف. أجب عن بعض الأسئلة القصيرة. بعد ذلك سترى الدعم الذي قد يناسبك، ولماذا.
start-privacy-title = خصوصيتك
start-privacy-1 = لا تخرج أي إجابة من إجاباتك من هذا الجهاز.
start-privacy-2 = لا يُحفظ أي شيء، إلا إذا اخترت أنت أن تحفظه.
start-privacy-3 = يمكنك أن تمسح كل شيء أو أن تغلق هذه الصفحة بسرعة في أي وقت.
start-limits = هذه الأداة لا تستطيع أن تخفي أنك زرت هذا الموقع. سجلّ المتصفح يُظهر ذلك. إذا كان الهاتف مشتركًا مع غيرك، فاستخدم نافذة تصفح خاصة.
start-not-advice = هذه الأداة تعطي معلومات. هي ليست استشارة قانونية. تحدّث دائمًا مع VluchtelingenWerk أو مع محامٍ قبل أن تقرر.
start-time = تحتاج من 5 إلى 10 دقائق تقريبًا. يمكنك أن تتخطى أي سؤال حساس.
start-begin = ابدأ
start-resume = المتابعة من حيث حفظت
start-mode-counsellor = أنا مرشد، وأجلس مع الشخص الذي أساعده
start-counsellor-lang = لغة المرشد
start-unreviewed = هذه الترجمة لم يراجعها بعد شخص لغته الأم العربية.
start-partly-reviewed = راجع شخص لغته الأم العربية جزءًا من هذه الترجمة ({ $percent } بالمئة). الباقي لم تتم مراجعته بعد.
start-reviewed = راجع هذه الترجمة شخص لغته الأم العربية.

## Language

language-label = اللغة

## Question screen

progress = السؤال { $current } من { $total } تقريبًا
why-we-ask = لماذا نسأل: { $why }
nav-back = السابق
nav-continue = متابعة
nav-to-result = عرض النتيجة
date-enter = التاريخ المكتوب على الرسالة
date-or = أو اختر منذ متى:
country-search = اكتب اسم بلدك للبحث
country-none = لم نجد أي بلد. يمكنك أن تختار «غير ذلك».

error-title = هناك مشكلة
error-empty = اختر إجابة حتى تتابع. يمكنك أيضًا أن تختار «أفضّل ألا أقول».
error-exclusive = لا يمكن الجمع بين «{ $option }» وإجابات أخرى. اختر هذه الإجابة وحدها، أو الإجابات الأخرى فقط.
error-future-date = هذا التاريخ في المستقبل. اكتب التاريخ المكتوب على رسالتك، أو اختر منذ متى.
error-unknown-option = هذه الإجابة غير ممكنة. اختر إجابة من الإجابات الظاهرة.

## Result screen

result-title = دعم قد يناسبك
result-intro = هذا مبني على إجاباتك. أنت تقرر ماذا تفعل. في الأسفل شرح لكل خيار.
result-not-advice = هذه معلومات، وليست استشارة قانونية. تأكّد من كل شيء مع VluchtelingenWerk أو مع محامٍ.
result-urgent-title = أولًا: أمور عاجلة
result-routes-title = دعم يناسب إجاباتك
result-other-title = خيارات أخرى يمكنك أن تسأل عنها
result-other-why = إجاباتك تُظهر أن العودة ليست الطريق الذي نقترحه الآن. مع كل خيار مكتوب السبب. المحادثة وفحص خياراتك يأتيان أولًا. يمكنك أن تسأل عن العودة إذا أردت.
because = لأنك قلت:
reason-general = هذا متاح لكل شخص رُفض طلبه.
what-next = ما يمكنك أن تفعله
whom-to-contact = مع من تتواصل
points-title = أمور يجب أن تنتبه إليها:
referral-phone = الهاتف: { $phone }
referral-web = الموقع الإلكتروني: { $web }
referral-checked = تم التحقق في { $date }. قد تتغير هذه المعلومات: منظمة VluchtelingenWerk تستطيع أن تؤكدها.
result-restart = تغيير إجاباتي
result-summary = إعداد ملخص للاحتفاظ به

## Counsellor view

counsellor-rule = القاعدة: { $rule }
counsellor-answers = الإجابات التي أدت إلى ذلك:
counsellor-check-title = ما يجب التحقق منه بعد ذلك
counsellor-check-letter = اقرأ رسالة القرار: التاريخ، والإجراء، ومدة الطعن.
counsellor-check-lawyer = اسأل هل يوجد محامٍ يتابع الملف، ومتى يمكن الوصول إليه.
counsellor-check-fear = خصّص وقتًا للحديث عن الخوف من العودة. فكّر في تحليل قصة الفرار.
counsellor-check-urgent = اهتم بالملاحظات العاجلة في الأعلى قبل أي شيء آخر.

## Summary

summary-title = ملخصك
summary-date = أُعدّ في { $date }
summary-include-answers = عرض إجاباتي في الملخص أيضًا
summary-include-cards = أضف أيضًا الشرح الكامل والمصادر (ملحق)
summary-dates-title = تواريخ مهمة
summary-appendix-title = ملحق
summary-answers-title = إجاباتك
summary-print = طباعة
summary-download = حفظ كملف
summary-back = الرجوع إلى النتيجة

## Save, resume and hand-off

save-title = الحفظ على هذا الجهاز
save-explain = إجاباتك تُقفل بكلمة سر تختارها أنت. بدون كلمة السر لا يستطيع أحد أن يقرأها، ولا أنت أيضًا.
save-passphrase = كلمة السر (8 أحرف على الأقل)
save-passphrase-again = كلمة السر مرة أخرى
save-button = حفظ
save-done = تم الحفظ على هذا الجهاز.
save-replace-ask = توجد إجابات محفوظة من قبل على هذا الجهاز. الحفظ الآن يستبدلها، وستُحذف الإجابات السابقة. اضغطوا على «استبدال» للمتابعة.
save-replace-button = استبدال
save-unavailable = الحفظ غير ممكن في هذا المتصفح (مثلًا في نافذة تصفح خاصة). الأداة ما زالت تعمل.
save-too-short = كلمة السر قصيرة جدًا. استخدم 8 أحرف على الأقل.
save-mismatch = كلمتا السر مختلفتان.
resume-title = المتابعة من حيث حفظت
resume-button = فتح
export-button = تصدير إلى ملف (مقفل بكلمة سر)
export-done = تم إنشاء الملف. احتفظ به في مكان آمن.
import-button = فتح ملف تم تصديره

## Always available

forget = مسح كل شيء
forget-confirm = هل تريد أن تمسح كل الإجابات وكل ما حُفظ على هذا الجهاز؟
forget-yes = نعم، امسح
forget-no = لا
forgotten = تم مسح كل شيء من هذا الجهاز.
quick-exit = أغلق هذه الصفحة
quick-exit-hint = أو اضغط على زر Esc ثلاث مرات
timeout-warning = لم تفعل أي شيء منذ مدة. بعد دقيقة واحدة ستُمسح إجاباتك.
timeout-stay = ما زلت هنا
timeout-done = مُسحت إجاباتك لأنه لم يحدث أي شيء منذ مدة.
neutral-title = استخدام عنوان محايد لعلامة التبويب

## Read aloud

read-aloud = القراءة بصوت عالٍ
read-stop = إيقاف القراءة
read-no-voice = لا يوجد في هذا الجهاز صوت لهذه اللغة.
