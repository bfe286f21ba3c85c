# معلومات عن البلد و"التفكير بهدوء"، بالعربية.

## بطاقة البلد

country-card-title = معلومات عن { $country }
country-card-intro = ما هو معروف عن الوضع في هذا البلد، ومن أين جاءت المعلومات. هذه معلومات، وليست نصيحة قانونية.
country-card-checked = بجانب كل معلومة تاريخ آخر تحقق منها. الأمور قد تتغير. VluchtelingenWerk تعرف الأحدث.
country-card-vwn-explains = يمكن لـ VluchtelingenWerk أن تشرح لك ماذا تعني هذه الوثائق بالنسبة لك.
country-card-return-later = الدعم عند العودة يعتمد على وضعك. الأسئلة أو VluchtelingenWerk يمكن أن تخبرك بالمزيد.
country-card-checked-on = تم التحقق في { $date }.
country-card-primary = المصدر: الجهة الناشرة نفسها.
country-card-secondary = المصدر: نسخة أو ملخص. اطلب من VluchtelingenWerk التأكد منه.
country-summary-include = أضف معلومات هذا البلد إلى الملخص
country-card-source = من أين جاءت هذه المعلومة

country-sec-situation = أوصاف رسمية للوضع
country-sec-procedure = القواعد الهولندية لهذا البلد
country-sec-stay = إمكانيات البقاء
country-sec-return = الدعم إذا اخترت العودة
country-sec-practical = نقاط عملية للسؤال عنها

country-kind-ambtsbericht = تقرير وزارة الخارجية الهولندية عن البلد (algemeen ambtsbericht)
country-kind-euaa-guidance = إرشادات وكالة اللجوء الأوروبية عن البلد
country-kind-euaa-coi = تقارير وكالة اللجوء الأوروبية عن البلد
country-kind-unhcr = موقف المفوضية السامية للأمم المتحدة لشؤون اللاجئين (UNHCR)
country-kind-safe-country = القائمة الهولندية لبلدان المنشأ الآمنة
country-kind-moratorium = إيقاف القرارات والترحيل القسري
country-kind-erso = شريك لإعادة الاندماج (شبكة ERSO)
country-kind-iom = IOM
country-kind-return-org = منظمات أخرى للعودة
country-kind-travel-documents = وثائق السفر من السفارة

country-pub-bz = وزارة الخارجية الهولندية
country-pub-jenv = وزارة العدل والأمن الهولندية
country-pub-euaa = وكالة اللجوء الأوروبية (EUAA)
country-pub-unhcr = UNHCR
country-pub-iom = IOM
country-pub-brief = ملخص المصادر في هذا المشروع

country-fact-doc = أحدث ما وجدناه: { $title }. { $publisher }، { $date }.
country-fact-doc-untitled = أحدث ما وجدناه: تقرير من { $publisher }، { $date }. لم نرَ عنوانه الدقيق.
country-fact-unknown = لا نعرف. اسأل { $ask }.
country-fact-safe-listed = موجود في القائمة التي وجدناها، بتاريخ { $date }. الأشخاص من هذه البلدان يحصلون غالبًا على إجراءات أسرع. قد تكون مدة المغادرة قصيرة، وحتى 0 أيام. غالبًا لا يمكن انتظار نتيجة الطعن في هولندا. أسبابك الخاصة ما زالت مهمة.
country-fact-safe-suspended = موجود في القائمة التي وجدناها، بتاريخ { $date }. لكن هذا معلّق حاليًا. الإجراءات الأسرع لا تُطبّق على هذا البلد.
country-fact-safe-not-listed = غير موجود في القائمة التي وجدناها، بتاريخ { $date }.
country-fact-moratorium-past = منذ { $date } أوقفت هولندا مؤقتًا القرارات والترحيل القسري لهذا البلد. لا نعرف إن كان هذا ما زال ساريًا. اسأل VluchtelingenWerk.
country-fact-erso-past = كانت هناك منظمة شريكة في مشاريع سابقة ({ $years }). VluchtelingenWerk تؤكد من هو الشريك الحالي.
country-fact-iom-limited = ربما لا تستطيع IOM الآن المساعدة في العودة إلى هذا البلد. اسأل IOM أو VluchtelingenWerk.
country-fact-iom-basic = قد يساعد برنامج العودة الأساسي لدى IOM: تذكرة، ومساعدة في وثائق السفر، ومبلغ صغير. توجد شروط. اسأل IOM إن كان يصلح لهذا البلد.
country-fact-iom-visa-free = الأشخاص من هذا البلد لا يحتاجون تأشيرة لزيارات قصيرة إلى أوروبا. لذلك قد لا ينطبق دعم IOM. اسأل IOM.
country-fact-return-org-general = منظمات أخرى تساعد أيضًا في العودة، مثل ROS وWereldWijd. اسأل VluchtelingenWerk أيّها يعمل مع هذا البلد.
country-fact-return-org = { $name } تساعد في العودة إلى هذا البلد. اسأل VluchtelingenWerk عنها أولًا.

country-stay-check = حتى بعد الرفض قد توجد إمكانيات للبقاء. فحص قانوني مع VluchtelingenWerk ومحامٍ ينظر فيها.
country-stay-points = مثلًا: وقائع جديدة، صحتك، عائلتك هنا، أو بلد لا يسمح لك بالدخول.

## معلومات عن بلد، من شاشة البداية

country-info-open = معلومات عن بلد
country-info-intro = اختر بلدًا. لا يلزمك أن تجيب على أي أسئلة. لا يُحفظ أي شيء.
country-info-choose = البلد
country-info-pick = اختر بلدًا
country-info-back = العودة إلى البداية

## التفكير بهدوء

consider-open = التفكير بهدوء
consider-intro = صفحة هادئة لتوازن اختيارك، على مهلك. هذا ليس اختبارًا. لا توجد إجابات صحيحة أو خاطئة.
consider-how = أجب فقط في ذهنك أو على الورق. التطبيق لا يحفظ شيئًا.
consider-topic-safety = هل ستكون آمنًا هناك؟ ما الذي يقلقك؟
consider-topic-family-there = من سيكون معك هناك؟ عائلة، أصدقاء؟
consider-topic-family-here = من ستترك هنا؟
consider-topic-housing = أين ستسكن؟
consider-topic-income = كيف ستكسب عيشك؟
consider-topic-health = ماذا عن صحتك والأدوية هناك؟
consider-topic-documents = هل لديك الوثائق التي تحتاجها؟
consider-topic-support = ما الدعم الذي يمكن أن تحصل عليه، هنا وهناك؟
consider-topic-ask-first = ماذا تريد أن تسمع من VluchtelingenWerk أولًا؟
consider-told = ما أخبرتنا به:
consider-notes = ملاحظاتك:
consider-change-mind = يمكنك أن تغيّر رأيك في أي وقت. حتى بعد الحديث مع IOM أو VluchtelingenWerk.
consider-valid = اختيار عدم العودة الآن هو أيضًا خيار مقبول.
consider-print = اطبع كورقة عمل
consider-print-lang = لغة ثانية على ورقة العمل
consider-print-none = هذه اللغة فقط
consider-back = العودة إلى النتيجة
