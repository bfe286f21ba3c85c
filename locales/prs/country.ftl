# معلومات کشور و «آرام فکر کردن»، دری.

## کارت کشور

country-card-title = معلومات در بارهٔ { $country }
country-card-intro = آنچه در بارهٔ وضعیت این کشور معلوم است، و منبع آن. این معلومات است، نه مشورهٔ حقوقی.
country-card-checked = کنار هر مورد نوشته شده که آخرین بار چه وقت بررسی شد. اوضاع ممکن است تغییر کند. VluchtelingenWerk تازه‌ترین معلومات را دارد.
country-card-vwn-explains = VluchtelingenWerk می‌تواند توضیح بدهد که این اسناد برای شما چه معنا دارند.
country-card-return-later = حمایت برای برگشت به وضعیت شما بستگی دارد. سوال‌ها یا VluchtelingenWerk بیشتر به شما می‌گویند.
country-card-checked-on = بررسی‌شده در { $date }.
country-card-primary = منبع: خود نشرکننده.
country-card-secondary = منبع: یک کاپی یا خلاصه. از VluchtelingenWerk بخواهید که آن را تأیید کند.
country-summary-include = این معلومات کشور را به خلاصه علاوه کنید
country-card-source = این از کجا آمده است

country-sec-situation = توضیحات رسمی از وضعیت
country-sec-procedure = قوانین هالند برای این کشور
country-sec-stay = امکانات ماندن
country-sec-return = حمایت اگر برگشت را انتخاب کنید
country-sec-practical = نکته‌های عملی برای پرسیدن

country-kind-ambtsbericht = گزارش وزارت امور خارجهٔ هالند در بارهٔ کشور (algemeen ambtsbericht)
country-kind-euaa-guidance = رهنمود ادارهٔ پناهندگی اتحادیهٔ اروپا در بارهٔ کشور
country-kind-euaa-coi = گزارش‌های ادارهٔ پناهندگی اتحادیهٔ اروپا در بارهٔ کشور
country-kind-unhcr = موقف UNHCR، سازمان پناهندگان ملل متحد
country-kind-safe-country = فهرست هالند از کشورهای اصلی امن
country-kind-moratorium = توقف تصمیم‌ها و برگرداندن اجباری
country-kind-erso = شریک برای ادغام دوباره (شبکهٔ ERSO)
country-kind-iom = IOM
country-kind-return-org = سازمان‌های دیگر برگشت
country-kind-travel-documents = اسناد سفر از سفارت

country-pub-bz = وزارت امور خارجهٔ هالند
country-pub-jenv = وزارت عدلیه و امنیت هالند
country-pub-euaa = ادارهٔ پناهندگی اتحادیهٔ اروپا (EUAA)
country-pub-unhcr = UNHCR
country-pub-iom = IOM
country-pub-brief = خلاصهٔ منابع این پروژه

country-fact-doc = تازه‌ترین چیزی که یافتیم: { $title }. { $publisher }، { $date }.
country-fact-doc-untitled = تازه‌ترین چیزی که یافتیم: گزارشی از { $publisher }، { $date }. عنوان دقیق آن را ندیدیم.
country-fact-unknown = نمی‌دانیم. از { $ask } بپرسید.
country-fact-safe-listed = در فهرستی که یافتیم هست، به تاریخ { $date }. مردم از این کشورها اکثراً روند سریع‌تر دارند. مهلت خروج ممکن است کوتاه باشد، حتی ۰ روز. اکثراً نمی‌شود منتظر نتیجهٔ اعتراض در هالند ماند. دلایل خود شما هنوز هم مهم است.
country-fact-safe-suspended = در فهرستی که یافتیم هست، به تاریخ { $date }. اما این فعلاً معطل است. روند سریع‌تر برای این کشور استفاده نمی‌شود.
country-fact-safe-not-listed = در فهرستی که یافتیم نیست، به تاریخ { $date }.
country-fact-moratorium-past = از { $date } هالند تصمیم‌ها و برگرداندن اجباری برای این کشور را موقتاً متوقف کرد. نمی‌دانیم که هنوز هم همین‌طور است یا نه. از VluchtelingenWerk بپرسید.
country-fact-erso-past = در پروژه‌های قبلی ({ $years }) یک سازمان شریک آنجا بود. VluchtelingenWerk شریک فعلی را تأیید می‌کند.
country-fact-iom-limited = شاید IOM حالا نتواند در برگشت به این کشور کمک کند. از IOM یا VluchtelingenWerk بپرسید.
country-fact-iom-basic = برنامهٔ اساسی برگشت IOM ممکن است کمک کند: تکت، کمک برای اسناد سفر و یک مقدار کم پول. شرایطی وجود دارد. از IOM بپرسید که آیا برای این کشور کار می‌کند.
country-fact-iom-visa-free = مردم از این کشور برای سفرهای کوتاه به اروپا ویزه لازم ندارند. پس ممکن است حمایت IOM شامل آنها نشود. از IOM بپرسید.
country-fact-return-org-general = سازمان‌های دیگر هم در برگشت کمک می‌کنند، مانند ROS و WereldWijd. از VluchtelingenWerk بپرسید که کدام یک با این کشور کار می‌کند.
country-fact-return-org = { $name } در برگشت به این کشور کمک می‌کند. اول در بارهٔ آن از VluchtelingenWerk بپرسید.

country-stay-check = حتی بعد از رد درخواست، شاید هنوز امکان ماندن باشد. یک بررسی حقوقی با VluchtelingenWerk و یک وکیل به آن می‌بیند.
country-stay-points = به طور مثال: واقعیت‌های نو، صحت شما، فامیل شما در اینجا، یا کشوری که شما را نمی‌پذیرد.

## معلومات در بارهٔ یک کشور، از صفحهٔ شروع

country-info-open = معلومات در بارهٔ یک کشور
country-info-intro = یک کشور را انتخاب کنید. لازم نیست به کدام سوال جواب بدهید. چیزی ذخیره نمی‌شود.
country-info-choose = کشور
country-info-pick = یک کشور را انتخاب کنید
country-info-back = برگشت به شروع

## آرام فکر کردن

consider-open = آرام فکر کردن
consider-intro = صفحه‌ای آرام برای سنجیدن انتخاب تان، به سرعت خود تان. این امتحان نیست. جواب درست یا غلط وجود ندارد.
consider-how = فقط در ذهن خود یا روی کاغذ جواب بدهید. برنامه چیزی ذخیره نمی‌کند.
consider-topic-safety = آیا آنجا در امان خواهید بود؟ از چه نگران هستید؟
consider-topic-family-there = چه کسی آنجا با شما است؟ فامیل، دوستان؟
consider-topic-family-here = چه کسی را اینجا پشت سر می‌گذارید؟
consider-topic-housing = کجا زندگی خواهید کرد؟
consider-topic-income = چطور پول پیدا خواهید کرد؟
consider-topic-health = صحت و دوای شما آنجا چه می‌شود؟
consider-topic-documents = آیا اسنادی را که لازم دارید، دارید؟
consider-topic-support = چه حمایتی می‌توانید بگیرید، اینجا و آنجا؟
consider-topic-ask-first = اول می‌خواهید چه چیزی از VluchtelingenWerk بشنوید؟
consider-told = آنچه به ما گفتید:
consider-notes = یادداشت‌های شما:
consider-change-mind = هر وقت می‌توانید نظر تان را تغییر بدهید. حتی بعد از صحبت با IOM یا VluchtelingenWerk.
consider-valid = انتخاب اینکه حالا برنگردید هم یک انتخاب قابل قبول است.
consider-print = چاپ به شکل ورق کار
consider-print-lang = زبان دوم روی ورق کار
consider-print-none = فقط همین زبان
consider-back = برگشت به نتیجه
