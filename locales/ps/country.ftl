# د هېواد معلومات او «په ارامۍ فکر کول»، پښتو.

## د هېواد کارت

country-card-title = د { $country } په اړه معلومات
country-card-intro = د دې هېواد د حالت په اړه څه معلوم دي، او له کومه راغلي دي. دا معلومات دي، حقوقي مشوره نه ده.
country-card-checked = د هر معلومات تر څنګ لیکل شوي چې وروستی ځل کله وکتل شو. شیان بدلېدای شي. VluchtelingenWerk تر ټولو نوي معلومات لري.
country-card-vwn-explains = VluchtelingenWerk کولی شي تاسو ته ووایي چې دا اسناد ستاسو لپاره څه معنا لري.
country-card-return-later = د بېرته تګ ملاتړ ستاسو په حالت پورې اړه لري. پوښتنې یا VluchtelingenWerk تاسو ته نور ویلی شي.
country-card-checked-on = په { $date } وکتل شو.
country-card-primary = سرچینه: پخپله خپروونکی.
country-card-secondary = سرچینه: یوه کاپي یا لنډیز. له VluchtelingenWerk وغواړئ چې تایید یې کړي.
country-summary-include = د دې هېواد معلومات لنډیز ته ور زیات کړئ
country-card-source = دا له کومه راغلي

country-sec-situation = د حالت رسمي بیانونه
country-sec-procedure = د دې هېواد لپاره د هالنډ قواعد
country-sec-stay = د پاتې کېدو امکانات
country-sec-return = ملاتړ که تاسو بېرته تګ غوره کړئ
country-sec-practical = عملي ټکي چې پوښتنه یې وکړئ

country-kind-ambtsbericht = د هالنډ د بهرنیو چارو وزارت د هېواد راپور (algemeen ambtsbericht)
country-kind-euaa-guidance = د اروپايي ټولنې د پناه غوښتنې ادارې لارښود د هېواد په اړه
country-kind-euaa-coi = د اروپايي ټولنې د پناه غوښتنې ادارې راپورونه د هېواد په اړه
country-kind-unhcr = د UNHCR دریځ، د ملګرو ملتونو د کډوالو اداره
country-kind-safe-country = د اصلي خوندي هېوادونو هالنډي لېست
country-kind-moratorium = د پرېکړو او جبري ستنولو درول
country-kind-erso = د بیا یوځای کېدو شریک (ERSO شبکه)
country-kind-iom = IOM
country-kind-return-org = د بېرته تګ نور سازمانونه
country-kind-travel-documents = له سفارت څخه د سفر اسناد

country-pub-bz = د هالنډ د بهرنیو چارو وزارت
country-pub-jenv = د هالنډ د عدلیې او امنیت وزارت
country-pub-euaa = د اروپايي ټولنې د پناه غوښتنې اداره (EUAA)
country-pub-unhcr = UNHCR
country-pub-iom = IOM

country-fact-doc = تر ټولو نوی چې موږ وموند: { $title }. { $publisher }، { $date }.
country-fact-doc-untitled = تر ټولو نوی چې موږ وموند: د { $publisher } یو راپور، { $date }. دقیق سرلیک یې مو ونه لید.
country-fact-unknown = موږ نه پوهېږو. له { $ask } وپوښتئ.
country-fact-safe-listed = په هغه لېست کې دی چې موږ وموند. د دې هېوادونو خلک اکثره چټک بهیر لري. د وتلو وخت لنډ کېدای شي، حتی 0 ورځې. اکثره د اعتراض پایلې ته په هالنډ کې انتظار نشي کېدای. ستاسو خپل دلیلونه لا هم مهم دي.
country-fact-safe-suspended = په هغه لېست کې دی چې موږ وموند. خو دا اوس ځنډول شوی. چټک بهیر د دې هېواد لپاره نه کارول کېږي.
country-fact-safe-not-listed = په هغه لېست کې نه دی چې موږ وموند.
country-fact-moratorium-past = له { $date } راهیسې هالنډ د دې هېواد لپاره پرېکړې او جبري ستنول په لنډمهاله توګه ودرول. موږ نه پوهېږو چې دا لا هم روان دي. له VluchtelingenWerk وپوښتئ.
country-fact-erso-past = په پخوانیو پروژو کې ({ $years }) هلته یو شریک سازمان و. VluchtelingenWerk اوسنی شریک تاییدوي.
country-fact-iom-limited = کېدای شي IOM اوس د دې هېواد ته په بېرته تګ کې مرسته ونه کړای شي. له IOM یا VluchtelingenWerk وپوښتئ.
country-fact-iom-basic = د IOM د بېرته تګ بنسټیز پروګرام مرسته کولی شي: ټکټ، د سفر اسنادو لپاره مرسته او لږې پیسې. شرطونه شته. له IOM وپوښتئ چې ایا د دې هېواد لپاره کار کوي.
country-fact-iom-visa-free = د دې هېواد خلک اروپا ته د لنډو سفرونو لپاره ویزې ته اړتیا نه لري. نو ښايي د IOM ملاتړ پرې تطبیق نشي. له IOM وپوښتئ.
country-fact-return-org-general = نور سازمانونه هم په بېرته تګ کې مرسته کوي، لکه ROS او WereldWijd. له VluchtelingenWerk وپوښتئ چې کوم یو له دې هېواد سره کار کوي.
country-fact-return-org = { $name } د دې هېواد ته په بېرته تګ کې مرسته کوي. لومړی د هغې په اړه له VluchtelingenWerk وپوښتئ.

country-stay-check = حتی له ردولو وروسته ښايي د پاتې کېدو امکانات وي. له VluchtelingenWerk او وکیل سره حقوقي کتنه دا ګوري.
country-stay-points = د بېلګې په توګه: نوي حقایق، ستاسو روغتیا، ستاسو کورنۍ دلته، یا هېواد چې تاسو نه مني.

## د یو هېواد په اړه معلومات، د پیل له پاڼې

country-info-open = د یو هېواد په اړه معلومات
country-info-intro = یو هېواد وټاکئ. اړتیا نشته چې کومې پوښتنې ته ځواب ورکړئ. هېڅ شی نه ساتل کېږي.
country-info-choose = هېواد
country-info-pick = یو هېواد وټاکئ
country-info-back = بېرته پیل ته

## په ارامۍ فکر کول

consider-open = په ارامۍ فکر کول
consider-intro = یوه ارامه پاڼه چې خپله پرېکړه په خپل وخت وتلئ. دا ازموینه نه ده. سم یا غلط ځواب نشته.
consider-how = یوازې په خپل ذهن کې یا په کاغذ ځواب ورکړئ. اپ هېڅ شی نه ساتي.
consider-topic-safety = ایا هلته به خوندي یاست؟ د څه شي اندېښنه لرئ؟
consider-topic-family-there = هلته څوک ستاسو سره دی؟ کورنۍ، ملګري؟
consider-topic-family-here = دلته به څوک پرېږدئ؟
consider-topic-housing = چېرته به اوسېږئ؟
consider-topic-income = څنګه به ګټه وکړئ؟
consider-topic-health = هلته ستاسو روغتیا او درمل به څنګه وي؟
consider-topic-documents = ایا هغه اسناد لرئ چې اړتیا ورته لرئ؟
consider-topic-support = کوم ملاتړ ترلاسه کولی شئ، دلته او هلته؟
consider-topic-ask-first = لومړی غواړئ له VluchtelingenWerk څه واورئ؟
consider-told = هغه څه چې تاسو موږ ته وویل:
consider-notes = ستاسو یادښتونه:
consider-change-mind = هر وخت کولی شئ خپل نظر بدل کړئ. حتی له IOM یا VluchtelingenWerk سره له خبرو وروسته.
consider-valid = اوس بېرته نه تګ غوره کول هم سم ځواب دی.
consider-print = د کار پاڼې په توګه چاپ کړئ
consider-print-lang = په کار پاڼه کې دویمه ژبه
consider-print-none = یوازې دا ژبه
consider-back = بېرته پایلې ته
