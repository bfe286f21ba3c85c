# زانیاری وڵات و «بە ئارامی بیرکردنەوە»، کوردیی ناوەندی.

## کارتی وڵات

country-card-title = زانیاری دەربارەی { $country }
country-card-intro = ئەوەی دەربارەی دۆخی ئەم وڵاتە زانراوە، و لە کوێوە هاتووە. ئەمە زانیارییە، ئامۆژگاریی یاسایی نییە.
country-card-checked = لە تەنیشت هەر زانیارییەک نووسراوە کە دواجار کەی پشکنرا. شتەکان دەگۆڕێن. VluchtelingenWerk نوێترینی دەزانێت.
country-card-vwn-explains = VluchtelingenWerk دەتوانێت ڕوونی بکاتەوە کە ئەم بەڵگەنامانە بۆ تۆ چ مانایەکیان هەیە.
country-card-return-later = پشتگیری بۆ گەڕانەوە بەندە بە دۆخی تۆ. پرسیارەکان یان VluchtelingenWerk زیاترت پێ دەڵێن.
country-card-checked-on = لە { $date } پشکنرا.
country-card-primary = سەرچاوە: بڵاوکەرەوە خۆی.
country-card-secondary = سەرچاوە: کۆپییەک یان کورتەیەک. داوا لە VluchtelingenWerk بکە پشتڕاستی بکاتەوە.
country-summary-include = ئەم زانیارییەی وڵات بخەرە ناو کورتەکە
country-card-source = ئەمە لە کوێوە هاتووە

country-sec-situation = وەسفی فەرمیی دۆخەکە
country-sec-procedure = یاساکانی هۆڵەندا بۆ ئەم وڵاتە
country-sec-stay = ڕێگاکانی مانەوە
country-sec-return = پشتگیری ئەگەر گەڕانەوە هەڵبژێریت
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

country-fact-doc = نوێترین شت کە دۆزیمانەوە: { $title }. { $publisher }، { $date }.
country-fact-doc-untitled = نوێترین شت کە دۆزیمانەوە: ڕاپۆرتێک لە { $publisher }، { $date }. ناونیشانی وردمان نەبینی.
country-fact-unknown = نازانین. لە { $ask } بپرسە.
country-fact-safe-listed = لەو لیستەدایە کە دۆزیمانەوە. خەڵکی ئەم وڵاتانە زۆرجار ڕێکارێکی خێراتریان هەیە. کاتی ڕۆیشتن دەکرێت کورت بێت، تەنانەت 0 ڕۆژ. زۆرجار ناتوانرێت لە هۆڵەندا چاوەڕێی ئەنجامی تانەکە بکرێت. هۆکارەکانی خۆت هێشتا گرنگن.
country-fact-safe-suspended = لەو لیستەدایە کە دۆزیمانەوە. بەڵام ئەمە بۆ ئێستا ڕاگیراوە. ڕێکاری خێراتر بۆ ئەم وڵاتە بەکارناهێنرێت.
country-fact-safe-not-listed = لەو لیستەدا نییە کە دۆزیمانەوە.
country-fact-moratorium-past = لە { $date } هۆڵەندا بە کاتی بڕیار و گەڕاندنەوەی ناچاری بۆ ئەم وڵاتە ڕاگرت. نازانین ئایا هێشتا وایە. لە VluchtelingenWerk بپرسە.
country-fact-erso-past = لە پرۆژەکانی پێشوودا ({ $years }) ڕێکخراوێکی هاوبەش لەوێ بوو. VluchtelingenWerk هاوبەشی ئێستا پشتڕاست دەکاتەوە.
country-fact-iom-limited = لەوانەیە IOM ئێستا نەتوانێت یارمەتی گەڕانەوە بۆ ئەم وڵاتە بدات. لە IOM یان VluchtelingenWerk بپرسە.
country-fact-iom-basic = بەرنامەی بنەڕەتیی گەڕانەوەی IOM لەوانەیە یارمەتی بدات: بلیت، یارمەتی بۆ بەڵگەنامەی گەشت و بڕە پارەیەکی کەم. مەرج هەن. لە IOM بپرسە ئایا بۆ ئەم وڵاتە کار دەکات.
country-fact-iom-visa-free = خەڵکی ئەم وڵاتە بۆ سەردانی کورت بۆ ئەوروپا پێویستیان بە ڤیزا نییە. بۆیە لەوانەیە پشتگیریی IOM نەیانگرێتەوە. لە IOM بپرسە.
country-fact-return-org-general = ڕێکخراوی تریش یارمەتی گەڕانەوە دەدەن، وەک ROS و WereldWijd. لە VluchtelingenWerk بپرسە کامیان لەگەڵ ئەم وڵاتە کار دەکات.
country-fact-return-org = { $name } یارمەتی گەڕانەوە بۆ ئەم وڵاتە دەدات. سەرەتا لە VluchtelingenWerk دەربارەی بپرسە.

country-stay-check = تەنانەت دوای ڕەتکردنەوە لەوانەیە هێشتا ڕێگای مانەوە هەبێت. پشکنینێکی یاسایی لەگەڵ VluchtelingenWerk و پارێزەرێک سەیری دەکات.
country-stay-points = بۆ نموونە: ڕاستیی نوێ، تەندروستیت، خێزانەکەت لێرە، یان وڵاتێک کە ڕێگەت نادات بچیتە ژوورەوە.

## زانیاری دەربارەی وڵاتێک، لە شاشەی دەستپێکەوە

country-info-open = زانیاری دەربارەی وڵاتێک
country-info-intro = وڵاتێک هەڵبژێرە. پێویست ناکات وەڵامی هیچ پرسیارێک بدەیتەوە. هیچ شتێک هەڵناگیرێت.
country-info-choose = وڵات
country-info-pick = وڵاتێک هەڵبژێرە
country-info-back = گەڕانەوە بۆ سەرەتا

## بە ئارامی بیرکردنەوە

consider-open = بە ئارامی بیرکردنەوە
consider-intro = پەڕەیەکی ئارام بۆ هەڵسەنگاندنی هەڵبژاردنەکەت، بە خێرایی خۆت. ئەمە تاقیکردنەوە نییە. وەڵامی ڕاست یان هەڵە نییە.
consider-how = تەنها لە مێشکی خۆت یان لەسەر کاغەز وەڵام بدەوە. ئەپەکە هیچ هەڵناگرێت.
consider-topic-safety = ئایا لەوێ سەلامەت دەبیت؟ نیگەرانی چیت؟
consider-topic-family-there = کێ لەوێ لەگەڵتە؟ خێزان، هاوڕێ؟
consider-topic-family-here = کێ لێرە بەجێ دەهێڵیت؟
consider-topic-housing = لە کوێ دەژیت؟
consider-topic-income = چۆن بژێوی خۆت پەیدا دەکەیت؟
consider-topic-health = تەندروستی و دەرمانەکانت لەوێ چۆن دەبن؟
consider-topic-documents = ئایا ئەو بەڵگەنامانەت هەیە کە پێویستتە؟
consider-topic-support = چ پشتگیرییەک دەتوانیت وەربگریت، لێرە و لەوێ؟
consider-topic-ask-first = سەرەتا دەتەوێت چی لە VluchtelingenWerk ببیستیت؟
consider-told = ئەوەی پێت وتین:
consider-notes = تێبینییەکانت:
consider-change-mind = هەر کاتێک دەتوانیت بیرت بگۆڕیت. تەنانەت دوای قسەکردن لەگەڵ IOM یان VluchtelingenWerk.
consider-valid = هەڵبژاردنی نەگەڕانەوە ئێستا، وەڵامێکی دروستیشە.
consider-print = چاپکردن وەک پەڕەی کار
consider-print-lang = زمانی دووەم لەسەر پەڕەی کار
consider-print-none = تەنها ئەم زمانە
consider-back = گەڕانەوە بۆ ئەنجام
