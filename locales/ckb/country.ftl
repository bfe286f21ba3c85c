# زانیاری وڵات و «بە ئارامی بیرکردنەوە»، کوردیی ناوەندی.

## کارتی وڵات

country-card-title = زانیاری دەربارەی { $country }
country-card-intro = ئەوەی دەربارەی دۆخی ئەم وڵاتە زانراوە، و لە کوێوە هاتووە. ئەمە زانیارییە، ئامۆژگاریی یاسایی نییە.
country-card-checked = لە تەنیشت هەر زانیارییەک نووسراوە کە دواجار کەی پشکنرا. شتەکان دەگۆڕێن. VluchtelingenWerk نوێترینی دەزانێت.
country-card-vwn-explains = VluchtelingenWerk دەتوانێت ڕوونی بکاتەوە کە ئەم بەڵگەنامانە بۆ ئێوە چ مانایەکیان هەیە.
country-card-return-later = پشتگیری بۆ گەڕانەوە بەندە بە دۆخی ئێوە. پرسیارەکان یان VluchtelingenWerk زیاترتان پێ دەڵێن.
country-card-checked-on = لە { $date } پشکنرا.
country-card-primary = سەرچاوە: بڵاوکەرەوە خۆی.
country-card-secondary = سەرچاوە: کۆپییەک یان کورتەیەک. داوا لە VluchtelingenWerk بکەن پشتڕاستی بکاتەوە.
country-summary-include = ئەم زانیارییەی وڵات بخەنە ناو کورتەکە
country-card-source = ئەمە لە کوێوە هاتووە

country-sec-situation = وەسفی فەرمیی دۆخەکە
country-sec-procedure = یاساکانی هۆڵەندا بۆ ئەم وڵاتە
country-sec-stay = ڕێگاکانی مانەوە
country-sec-return = پشتگیری ئەگەر گەڕانەوە هەڵبژێرن
country-sec-practical = خاڵی کرداری بۆ پرسیارکردن

country-kind-ambtsbericht = ڕاپۆرتی وەزارەتی دەرەوەی هۆڵەندا دەربارەی وڵات (algemeen ambtsbericht)
country-kind-euaa-guidance = ڕێنمایی ئاژانسی پەنابەریی یەکێتیی ئەوروپا دەربارەی وڵات
country-kind-euaa-coi = ڕاپۆرتەکانی ئاژانسی پەنابەریی یەکێتیی ئەوروپا دەربارەی وڵات
country-kind-unhcr = هەڵوێستی UNHCR، ڕێکخراوی پەنابەرانی نەتەوە یەکگرتووەکان
country-kind-safe-country = لیستی هۆڵەندا بۆ وڵاتانی سەرچاوەی سەلامەت
country-kind-moratorium = ڕاگرتنی بڕیار و گەڕاندنەوەی ناچاری
country-kind-erso = هاوبەش بۆ تێکەڵبوونەوە (تۆڕی ERSO)
country-kind-iom = IOM
country-kind-return-org = ڕێکخراوەکانی تری گەڕانەوە
country-kind-travel-documents = بەڵگەنامەی گەشت لە باڵیۆزخانە

country-pub-bz = وەزارەتی دەرەوەی هۆڵەندا
country-pub-jenv = وەزارەتی داد و ئاسایشی هۆڵەندا
country-pub-euaa = ئاژانسی پەنابەریی یەکێتیی ئەوروپا (EUAA)
country-pub-unhcr = UNHCR
country-pub-iom = IOM
country-pub-brief = کورتەی سەرچاوەکانی ئەم پرۆژەیە

country-fact-doc = نوێترین شت کە دۆزیمانەوە: { $title }. { $publisher }، { $date }.
country-fact-doc-untitled = نوێترین شت کە دۆزیمانەوە: ڕاپۆرتێک لە { $publisher }، { $date }. ناونیشانی وردمان نەبینی.
country-fact-unknown = نازانین. لە { $ask } بپرسن.
country-fact-safe-listed = لەو لیستەدایە کە دۆزیمانەوە، بە ڕێکەوتی { $date }. خەڵکی ئەم وڵاتانە زۆرجار ڕێکارێکی خێراتریان هەیە. ماوەی ڕۆیشتن دەکرێت کورت بێت، تەنانەت 0 ڕۆژ. زۆرجار ناتوانرێت لە هۆڵەندا چاوەڕێی ئەنجامی تانەکە بکرێت. هۆکارەکانی خۆتان هێشتا گرنگن.
country-fact-safe-suspended = لەو لیستەدایە کە دۆزیمانەوە، بە ڕێکەوتی { $date }. بەڵام ئەمە بۆ ئێستا ڕاگیراوە. ڕێکاری خێراتر بۆ ئەم وڵاتە بەکارناهێنرێت.
country-fact-safe-not-listed = لەو لیستەدا نییە کە دۆزیمانەوە، بە ڕێکەوتی { $date }.
country-fact-moratorium-past = لە { $date } هۆڵەندا بە کاتی بڕیار و گەڕاندنەوەی ناچاری بۆ ئەم وڵاتە ڕاگرت. نازانین ئایا هێشتا وایە. لە VluchtelingenWerk بپرسن.
country-fact-erso-past = لە پرۆژەکانی پێشوودا ({ $years }) ڕێکخراوێکی هاوبەش لەوێ بوو. VluchtelingenWerk هاوبەشی ئێستا پشتڕاست دەکاتەوە.
country-fact-iom-limited = لەوانەیە IOM ئێستا نەتوانێت یارمەتی گەڕانەوە بۆ ئەم وڵاتە بدات. لە IOM یان VluchtelingenWerk بپرسن.
country-fact-iom-basic = بەرنامەی بنەڕەتیی گەڕانەوەی IOM لەوانەیە یارمەتی بدات: بلیت، یارمەتی بۆ بەڵگەنامەی گەشت و بڕە پارەیەکی کەم. مەرج هەن. لە IOM بپرسن ئایا بۆ ئەم وڵاتە کار دەکات.
country-fact-iom-visa-free = خەڵکی ئەم وڵاتە بۆ سەردانی کورت بۆ ئەوروپا پێویستیان بە ڤیزا نییە. بۆیە لەوانەیە پشتگیریی IOM نەیانگرێتەوە. لە IOM بپرسن.
country-fact-return-org-general = ڕێکخراوی تریش یارمەتی گەڕانەوە دەدەن، وەک ROS و WereldWijd. لە VluchtelingenWerk بپرسن کامیان لەگەڵ ئەم وڵاتە کار دەکات.
country-fact-return-org = { $name } یارمەتی گەڕانەوە بۆ ئەم وڵاتە دەدات. سەرەتا لە VluchtelingenWerk دەربارەی بپرسن.

country-stay-check = تەنانەت دوای ڕەتکردنەوە لەوانەیە هێشتا ڕێگای مانەوە هەبێت. پشکنینێکی یاسایی لەگەڵ VluchtelingenWerk و پارێزەرێک سەیری دەکات.
country-stay-points = بۆ نموونە: ڕاستیی نوێ، تەندروستیتان، خێزانەکەتان لێرە، یان وڵاتێک کە ڕێگەتان نادات بچنە ژوورەوە.

## زانیاری دەربارەی وڵاتێک، لە شاشەی دەستپێکەوە

country-info-open = زانیاری دەربارەی وڵاتێک
country-info-intro = وڵاتێک هەڵبژێرن. پێویست ناکات وەڵامی هیچ پرسیارێک بدەنەوە. هیچ شتێک هەڵناگیرێت.
country-info-choose = وڵات
country-info-pick = وڵاتێک هەڵبژێرن
country-info-back = گەڕانەوە بۆ سەرەتا

## بە ئارامی بیرکردنەوە

consider-open = بە ئارامی بیرکردنەوە
consider-intro = پەڕەیەکی ئارام بۆ هەڵسەنگاندنی هەڵبژاردنەکەتان، بە خێرایی خۆتان. ئەمە تاقیکردنەوە نییە. وەڵامی ڕاست یان هەڵە نییە.
consider-how = تەنها لە مێشکی خۆتان یان لەسەر کاغەز وەڵام بدەنەوە. ئەپەکە هیچ هەڵناگرێت.
consider-topic-safety = ئایا لەوێ سەلامەت دەبن؟ لە چی نیگەرانن؟
consider-topic-family-there = کێ لەوێ لەگەڵتانە؟ خێزان، هاوڕێ؟
consider-topic-family-here = کێ لێرە بەجێ دەهێڵن؟
consider-topic-housing = لە کوێ دەژین؟
consider-topic-income = چۆن بژێوی خۆتان پەیدا دەکەن؟
consider-topic-health = تەندروستی و دەرمانەکانتان لەوێ چۆن دەبن؟
consider-topic-documents = ئایا ئەو بەڵگەنامانەتان هەیە کە پێویستتانە؟
consider-topic-support = چ پشتگیرییەک دەتوانن وەربگرن، لێرە و لەوێ؟
consider-topic-ask-first = سەرەتا دەتانەوێت چی لە VluchtelingenWerk ببیستن؟
consider-told = ئەوەی پێتان وتین:
consider-notes = تێبینییەکانتان:
consider-change-mind = هەر کاتێک دەتوانن بیرتان بگۆڕن. تەنانەت دوای قسەکردن لەگەڵ IOM یان VluchtelingenWerk.
consider-valid = ئێستا نەگەڕانەوەش هەڵبژاردنێکی پەسەندە.
consider-print = چاپکردن وەک پەڕەی کار
consider-print-lang = زمانی دووەم لەسەر پەڕەی کار
consider-print-none = تەنها ئەم زمانە
consider-back = گەڕانەوە بۆ ئەنجام
