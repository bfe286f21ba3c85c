# اطلاعات کشور و «آرام فکر کردن»، فارسی.

## کارت کشور

country-card-title = اطلاعات درباره { $country }
country-card-intro = آنچه درباره وضعیت این کشور معلوم است، و منبع آن. این اطلاعات است، نه مشاوره حقوقی.
country-card-checked = کنار هر مورد نوشته شده که آخرین بار کی بررسی شد. اوضاع ممکن است تغییر کند. VluchtelingenWerk تازه‌ترین اطلاعات را دارد.
country-card-vwn-explains = VluchtelingenWerk می‌تواند توضیح دهد این اسناد برای شما چه معنایی دارند.
country-card-return-later = حمایت برای بازگشت به وضعیت شما بستگی دارد. پرسش‌ها یا VluchtelingenWerk بیشتر به شما می‌گویند.
country-card-checked-on = بررسی‌شده در { $date }.
country-card-primary = منبع: خود ناشر.
country-card-secondary = منبع: یک نسخه یا خلاصه. از VluchtelingenWerk بخواهید آن را تأیید کند.
country-summary-include = این اطلاعات کشور را به خلاصه اضافه کنید
country-card-source = این از کجا آمده است

country-sec-situation = توصیف‌های رسمی از وضعیت
country-sec-procedure = قوانین هلند برای این کشور
country-sec-stay = امکان‌های ماندن
country-sec-return = حمایت اگر بازگشت را انتخاب کنید
country-sec-practical = نکته‌های عملی برای پرسیدن

country-kind-ambtsbericht = گزارش وزارت امور خارجه هلند درباره کشور (algemeen ambtsbericht)
country-kind-euaa-guidance = رهنمود آژانس پناهندگی اتحادیه اروپا درباره کشور
country-kind-euaa-coi = گزارش‌های آژانس پناهندگی اتحادیه اروپا درباره کشور
country-kind-unhcr = موضع UNHCR، سازمان پناهندگان سازمان ملل
country-kind-safe-country = فهرست هلند از کشورهای مبدأ امن
country-kind-moratorium = توقف تصمیم‌ها و بازگرداندن اجباری
country-kind-erso = شریک بازادغام (شبکه ERSO)
country-kind-iom = IOM
country-kind-return-org = سازمان‌های دیگر بازگشت
country-kind-travel-documents = مدارک سفر از سفارت

country-pub-bz = وزارت امور خارجه هلند
country-pub-jenv = وزارت دادگستری و امنیت هلند
country-pub-euaa = آژانس پناهندگی اتحادیه اروپا (EUAA)
country-pub-unhcr = UNHCR
country-pub-iom = IOM
country-pub-brief = خلاصه منابع این پروژه

country-fact-doc = تازه‌ترین موردی که یافتیم: { $title }. { $publisher }، { $date }.
country-fact-doc-untitled = تازه‌ترین موردی که یافتیم: گزارشی از { $publisher }، { $date }. عنوان دقیق آن را ندیدیم.
country-fact-unknown = نمی‌دانیم. از { $ask } بپرسید.
country-fact-safe-listed = در فهرستی که یافتیم هست، به تاریخ { $date }. افراد از این کشورها اغلب روند سریع‌تری دارند. مهلت خروج ممکن است کوتاه باشد، حتی ۰ روز. اغلب نمی‌توان منتظر نتیجه اعتراض در هلند ماند. دلایل خود شما همچنان مهم است.
country-fact-safe-suspended = در فهرستی که یافتیم هست، به تاریخ { $date }. اما این فعلاً معلق است. روند سریع‌تر برای این کشور به کار نمی‌رود.
country-fact-safe-not-listed = در فهرستی که یافتیم نیست، به تاریخ { $date }.
country-fact-moratorium-past = از { $date } هلند تصمیم‌ها و بازگرداندن اجباری برای این کشور را موقتاً متوقف کرد. نمی‌دانیم هنوز این‌طور است یا نه. از VluchtelingenWerk بپرسید.
country-fact-erso-past = در پروژه‌های قبلی ({ $years }) یک سازمان شریک آنجا بود. VluchtelingenWerk شریک فعلی را تأیید می‌کند.
country-fact-iom-limited = شاید IOM اکنون نتواند در بازگشت به این کشور کمک کند. از IOM یا VluchtelingenWerk بپرسید.
country-fact-iom-basic = برنامه پایه بازگشت IOM ممکن است کمک کند: بلیت، کمک برای مدارک سفر و مبلغی کم. شرایطی وجود دارد. از IOM بپرسید آیا برای این کشور کار می‌کند.
country-fact-iom-visa-free = افراد از این کشور برای سفرهای کوتاه به اروپا ویزا لازم ندارند. پس ممکن است حمایت IOM شامل آنها نشود. از IOM بپرسید.
country-fact-return-org-general = سازمان‌های دیگری هم در بازگشت کمک می‌کنند، مانند ROS و WereldWijd. از VluchtelingenWerk بپرسید کدام با این کشور کار می‌کند.
country-fact-return-org = { $name } در بازگشت به این کشور کمک می‌کند. اول درباره آن از VluchtelingenWerk بپرسید.

country-stay-check = حتی بعد از رد درخواست، شاید هنوز امکان ماندن باشد. یک بررسی حقوقی با VluchtelingenWerk و یک وکیل به آن نگاه می‌کند.
country-stay-points = برای مثال: واقعیت‌های تازه، سلامتی شما، خانواده شما در اینجا، یا کشوری که شما را نمی‌پذیرد.

## اطلاعات درباره یک کشور، از صفحه شروع

country-info-open = اطلاعات درباره یک کشور
country-info-intro = یک کشور انتخاب کنید. لازم نیست به هیچ پرسشی پاسخ دهید. چیزی ذخیره نمی‌شود.
country-info-choose = کشور
country-info-pick = یک کشور انتخاب کنید
country-info-back = بازگشت به شروع

## آرام فکر کردن

consider-open = آرام فکر کردن
consider-intro = صفحه‌ای آرام برای سنجیدن انتخاب‌تان، با سرعت خودتان. این آزمون نیست. پاسخ درست یا غلط وجود ندارد.
consider-how = فقط در ذهن خود یا روی کاغذ پاسخ دهید. برنامه چیزی ذخیره نمی‌کند.
consider-topic-safety = آیا آنجا در امان خواهید بود؟ نگران چه هستید؟
consider-topic-family-there = چه کسی آنجا کنار شماست؟ خانواده، دوستان؟
consider-topic-family-here = چه کسی را اینجا پشت سر می‌گذارید؟
consider-topic-housing = کجا زندگی خواهید کرد؟
consider-topic-income = چطور خرج زندگی را درمی‌آورید؟
consider-topic-health = سلامتی و داروهای شما آنجا چه می‌شود؟
consider-topic-documents = آیا مدارکی را که لازم دارید، دارید؟
consider-topic-support = چه حمایتی می‌توانید بگیرید، اینجا و آنجا؟
consider-topic-ask-first = اول می‌خواهید چه چیزی از VluchtelingenWerk بشنوید؟
consider-told = آنچه به ما گفتید:
consider-notes = یادداشت‌های شما:
consider-change-mind = هر زمان می‌توانید نظرتان را عوض کنید. حتی بعد از گفتگو با IOM یا VluchtelingenWerk.
consider-valid = انتخاب اینکه الان برنگردید هم انتخابی قابل قبول است.
consider-print = چاپ به شکل برگه کار
consider-print-lang = زبان دوم روی برگه کار
consider-print-none = فقط همین زبان
consider-back = بازگشت به نتیجه
