# Advice text for issue 13, Amharic. See locales/en/advice.ftl.

## New questions

q-lawyer = ለጥገኝነት ጉዳይዎ ጠበቃ አለዎት?
    .short = ጠበቃ
    .why = ጠበቃ አማራጮችዎን ሊያጣራ እና በፍርድ ቤት ሊረዳዎ ይችላል።
q-detention = አሁን በእስር ላይ ነዎት?
    .short = እስር
    .why = በእስር ላይ ጠበቃ የማግኘት መብት አለዎት። ያኔ ፈጣን እርዳታ አስፈላጊ ነው።
q-minor-alone = ዕድሜዎ ከ18 ዓመት በታች ነው፣ እና ያለ ወላጆችዎ በኔዘርላንድስ ነዎት?
    .short = ከ18 በታች፣ ያለ ወላጆች
    .why = ብቻቸውን ያሉ ልጆች አሳዳጊ ይመደብላቸዋል። የራሳቸው መብቶችም አሏቸው።
q-child-stateless = ከልጆችዎ አንዱ በኔዘርላንድስ ያለ ዜግነት ተወልዷል?
    .short = እዚህ ያለ ዜግነት የተወለደ ልጅ
    .why = እንዲህ ያለ ልጅ ኔዘርላንዳዊ መሆን ይችል ይሆናል።
q-new-start-opt-travel-only = ለጉዞውና ለጉዞ ሰነዶች ብቻ እርዳታ

## New urgent notes

urgent-detention = እስር፦ አሁኑኑ የሕግ እርዳታ ያግኙ
    .what = ጠበቃ እና አስተርጓሚ ይመደብልዎታል። ጠበቃዎ ለፍርድ ቤት ይግባኝ ማለት ይችላል። ፍርድ ቤቱ እስርዎ ሕጋዊ መሆኑን ያጣራል።
    .next = ዛሬውኑ ጠበቃዎን ይጠይቁ። VluchtelingenWerk ጠበቃዎን እንዲያገኙ ሊረዳዎ ይችላል።
urgent-appeal-unknown = የይግባኝ ጊዜዎን ዛሬ ያረጋግጡ
    .what = ደብዳቤው 1 ሳምንት ወይም 4 ሳምንት እንዳለዎት ይናገራል። ሁለቱም ቀኖች ከታች አሉ። ይግባኝ ምንም አያስከፍልዎትም።
    .next = ደብዳቤውን ያንብቡ ወይም ዛሬ ጠበቃ ይጠይቁ። እስኪያውቁ ድረስ የመጀመሪያውን ቀን ይያዙ።
urgent-appeal-late = የይግባኝ ጊዜው ምናልባት አልፏል
    .what = ከውሳኔው በኋላ ይግባኝ ለማለት ቢበዛ 4 ሳምንት አለዎት። አንዳንድ ጊዜ የዘገየ ይግባኝ አሁንም ይቀበላል።
    .next = ዛሬውኑ ጠበቃ ያነጋግሩ። አሁንም የሚቻለውን ሊመለከት ይችላል።
urgent-interim-measure = ወዲያውኑ መልቀቅ ነበረብዎት፣ ይግባኝም እየታየ ሊሆን ይችላል
    .what = በ0 ቀን ጊዜ፣ ይግባኝ መባረርዎን ላያስቆም ይችላል። ፍርድ ቤቱን ውሳኔውን እዚህ እንዲጠብቁ እንዲፈቅድልዎ መጠየቅ ይችላሉ።
    .next = ዛሬውኑ ጠበቃዎ ጊዜያዊ እርምጃ (voorlopige voorziening) እንዲጠይቅ ይንገሩት።
urgent-no-lawyer = ጠበቃ ማግኘት ይችላሉ
    .what = በጥገኝነት ጉዳዮች ጠበቆችን የሚያዘጋጀው Raad voor Rechtsbijstand ነው። ምንም መክፈል እንዳለብዎ ይጠይቁ።
    .next = ጠበቃ እንዲያገኙ VluchtelingenWerk እንዲረዳዎ ይጠይቁ። ይህን ቶሎ ያድርጉ።
urgent-minor-alone = ብቻቸውን ያሉ ልጆች አሳዳጊ አላቸው፦ Nidos
    .what = ዕድሜዎ ከ18 በታች ሆኖ ያለ ወላጆችዎ እዚህ ነዎት? እንግዲያው Nidos አሳዳጊዎ ነው። አሳዳጊዎ በእያንዳንዱ ውሳኔ ይረዳዎታል።
    .next = በNidos ያለውን አሳዳጊዎን ያነጋግሩ። VluchtelingenWerk በዚህ ሊረዳዎ ይችላል።
urgent-departure-unknown = የመልቀቂያ ጊዜዎ አሁንም እየሄደ እንደሆነ ይወቁ
    .what = ደብዳቤዎ ለመልቀቅ ምን ያህል ጊዜ እንዳለዎት ይናገራል፦ ብዙ ጊዜ 28 ቀን፣ አንዳንዴ 0 ቀን። ከይግባኝ በኋላ ከፍርድ ቤቱ ውሳኔ ጀምሮ ይቆጠራል።
    .next = VluchtelingenWerk ወይም ጠበቃዎ ደብዳቤውን አብረውዎ እንዲያነቡ ይጠይቁ።

## New points

point-stress-support = ከውድቅ ውሳኔ በኋላ ጭንቀት፣ ፍርሃት ወይም ሐዘን የተለመዱ ናቸው። ሐኪም ወደ ሥነ ልቦና እርዳታ ሊልክዎ ይችላል።
point-before-you-decide = ከመወሰንዎ በፊት ከአማካሪ ጋር ይነጋገሩ። እሱ ያዳምጥዎታል፣ እና ሁልጊዜ ሐሳብዎን መቀየር ይችላሉ።
point-options-to-stay = መመለስ ቢፈልጉም፣ የመቆየት አማራጮችዎን ማወቅ ጥሩ ነው። ምርመራው ነፃ ነው።
point-no-fault-dtv = ገና ከDT&V ጋር አልተነጋገሩም። ለዚህ ፈቃድ በመጀመሪያ DT&Vን ለመልቀቅ እርዳታ መጠየቅ አለብዎት።
point-child-stateless = በኔዘርላንድስ የተወለደ አገር አልባ ልጅ አንዳንድ ጊዜ ኔዘርላንዳዊ ሊሆን ይችላል። ሁኔታዎቹ ጥብቅ ናቸው፤ ጠበቃ ሊያጣራቸው ይገባል።
point-erso-refer = በዚህ አገር የሚታወቅ አጋር የለም። ያኔ VluchtelingenWerk ወደ IOM ወይም ወደ ሌላ የመመለሻ ድርጅት ይልክዎታል።
point-iom-withdraw = ከIOM ጋር ከሄዱ፣ መግለጫ ይፈርማሉ። በእሱ በኔዘርላንድስ ያለዎት ማንኛውም ሂደት ያበቃል። እስከዚያ ድረስ ሐሳብዎን መቀየር ይችላሉ።
point-iom-excluded = IOM የአንዳንድ ዜግነት ያላቸውን ሰዎች አይረዳም፣ ለምሳሌ ከአውሮፓ ኅብረት አገሮች እና ከአንዳንድ በጣም ሀብታም አገሮች። IOMን ወይም VluchtelingenWerkን ይጠይቁ።
point-iom-documents = IOM የጉዞ ሰነድ እንዲያገኙ ሊረዳዎ ይችላል።
point-iom-visa-free = የአገርዎ ሰዎች ለአጭር ጉብኝት ወደ አውሮፓ ቪዛ አያስፈልጋቸውም። ስለዚህ ከተመለሱ በኋላ እንደገና ለመጀመር የመንግሥት ድጋፍ ለእርስዎ አይሰጥም። IOM አሁንም በጉዞው ሊረዳ ይችላል። IOMን ወይም VluchtelingenWerkን ይጠይቁ።
point-iom-own-ticket = ለጉዞው ራስዎ መክፈል ይችላሉ። ያኔ IOM ትኬቱን አይከፍልም፣ ግን በሌላ መንገድ ሊረዳ ይችላል። IOMን ወይም VluchtelingenWerkን ይጠይቁ።

## Deadlines

deadline-appeal-1w = ይግባኝ ለማለት 1 ሳምንት ካለዎት፣ የመጨረሻው ቀን { $date } ነው።
    .passed = ይህ ቀን አልፏል። ዛሬውኑ ጠበቃ ያነጋግሩ፦ አንዳንድ ጊዜ የዘገየ ይግባኝ አሁንም ይቻላል።
deadline-appeal-4w = ይግባኝ ለማለት 4 ሳምንት ካለዎት፣ የመጨረሻው ቀን { $date } ነው።
    .passed = ይህ ቀን አልፏል። ዛሬውኑ ጠበቃ ያነጋግሩ፦ አንዳንድ ጊዜ የዘገየ ይግባኝ አሁንም ይቻላል።
deadline-departure = የመልቀቂያ ጊዜዎ ምናልባት { $date } ላይ ያበቃል። ቀኑን በደብዳቤዎ ያረጋግጡ።
    .passed = ይህ ቀን አልፏል። የመልቀቂያ ጊዜዎ ምናልባት አብቅቷል። አሁኑኑ ስለ መብቶችዎ VluchtelingenWerkን ይጠይቁ።

## Protection signals

signal-fear = ለመመለስ እንደማይፈሩ አልተናገሩም።
signal-trafficking = ስለ ብዝበዛ ምልክቶች ነግረውናል።
signal-minor-alone = ዕድሜዎ ከ18 በታች ሆኖ ያለ ወላጆችዎ እዚህ ሊሆኑ ይችላሉ።

## Notice

notice-embassy-fear = ኤምባሲዎን ማነጋገር አያስፈልግዎትም። የአገርዎን ባለሥልጣናት የሚፈሩ ከሆነ ለVluchtelingenWerk ይንገሩ።

## Result

advice-danger = አሁን አደጋ ላይ ነዎት? ወደ 112 ይደውሉ። ሕይወትዎን ስለማጥፋት ያስባሉ? ቀንም ሌሊትም ወደ 113 ይደውሉ።
advice-confirm = እዚህ ያሉ አንዳንድ እውነታዎች በአሳታሚው የራሱ ገጽ ላይ ሊረጋገጡ አልቻሉም። VluchtelingenWerk እንዲያረጋግጥልዎ ይጠይቁ።
advice-confirm-card = VluchtelingenWerk ይህን እንዲያረጋግጥ ይጠይቁ። ሕጎችና ቀኖች ሊለወጡ ይችላሉ።
advice-held-back = አሁን አይመከርም፣ ምክንያቱም፦
advice-fact-source = ምንጭ፦ { $publisher }፣ «{ $title }»። የተረጋገጠው { $checked }፦ { $url }

## Date field

date-readback = ያስገቡት፦ { $date }፣ { $ago }።
date-ago = { $days ->
    [0] ዛሬ
    [1] ትናንት
   *[other] ከ{ $days } ቀን በፊት
}
error-date-too-early = ይህ ቀን በጣም ሩቅ ነው። ዓመቱን፣ እና የቀንና የወሩን ቅደም ተከተል ያረጋግጡ።

## Referral

ref-nidos = Nidos
    .offer = ያለ ወላጆቻቸው በኔዘርላንድስ ላሉ ከ18 ዓመት በታች ለሆኑ ልጆች አሳዳጊ።
    .how = አሳዳጊዎን ይጠይቁ፣ ወይም ድረ ገጹን ይጎብኙ።

## Sources and contacts: what a source line says, and what each contact shares

advice-fact-source-dated = ምንጭ፦ { $publisher }፣ «{ $title }»፣ { $published }። የተረጋገጠው { $checked }፦ { $url }
referral-through-vwn = በVluchtelingenWerk በኩል
result-links-note = ሊንክ ሌላ ድረ-ገጽ ይከፍታል። ያ ጉብኝት በዚህ ስልክ የአሳሽ ታሪክ ውስጥ ይቀራል፤ ፈጣን መውጫውም ሊያጠፋው አይችልም። በሌላ መሣሪያ ላይ እንዲጽፉት እያንዳንዱ አድራሻ ሙሉ በሙሉ ተጽፏል።
info-checked-until = መረጃው እስከ { $date } ድረስ ተረጋግጧል።
referral-vwn-shares = VluchtelingenWerk ገለልተኛ ነው፤ በግዳጅ መመለስ ውስጥ አይሳተፍም። ምን እንደሚጽፉ እና ለማን እንደሚያስተላልፉ ይጠይቁ።
referral-lawyer-shares = Raad voor Rechtsbijstand ለጠበቃዎ ይከፍላል፤ የጉዳይዎን ሰነዶችም ይቀበላል። ጠበቃዎ ሌላ ምን እንደሚያጋራ ይጠይቁ።
referral-erso-shares = በአገርዎ ያለ አጋር ድርጅት ዕቅዶችዎን ያውቃል፤ እስከ አንድ ዓመት ድረስ ከእርስዎ ጋር ይገናኛል። ለፕሮጀክቱ የሚከፍለው DT&V (የመንግሥት የመመለሻ አገልግሎት) ነው። ምን እንደሚተላለፍ ይጠይቁ።
referral-iom-shares = IOM ንግግሮችዎ ሚስጥራዊ እንደሆኑ ይናገራል። IOM የመመለሻ ፕሮግራሙን ለDT&V (የመንግሥት የመመለሻ አገልግሎት) ያካሂዳል። ሲሄዱ በኔዘርላንድስ ያሉዎትን ሂደቶች የሚያቆም መግለጫ ይፈርማሉ።
referral-ros-shares = የROS የመመለሻ እርዳታ የሚከፈለው በDT&V (የመንግሥት የመመለሻ አገልግሎት) ነው። ስለ እርስዎ ለDT&V ምን እንደሚናገሩ ይጠይቁ።
referral-wereldwijd-shares = የWereldWijd የመመለሻ እርዳታ የሚከፈለው በDT&V (የመንግሥት የመመለሻ አገልግሎት) ነው። ስለ እርስዎ ለDT&V ምን እንደሚናገሩ ይጠይቁ።
referral-comensha-shares = CoMensha ሪፖርት የተደረገውን እያንዳንዱን የሰዎች ዝውውር ተጠቂ ይመዘግባል። ቁጥሮችን የሚያስተላልፈው ያለ ስም ብቻ ነው።
referral-nidos-shares = Nidos እንደ አሳዳጊዎ፣ ብቻውን ያለ ልጅ መመለስ ሲዘጋጅ ከDT&V እና ከCOA ጋር በቅርበት ይሠራል።
referral-line113-shares = ስምዎን ሳይናገሩ ወደ 113 መደወል ወይም በጽሑፍ መወያየት ይችላሉ።
referral-emergency112-shares = ወደ 112 የሚደረጉ ጥሪዎች ይቀረጻሉ። ኦፕሬተሩ ፖሊስን፣ የእሳት አደጋ ተከላካይን ወይም አምቡላንስን ይልካል።
referral-dvdw-shares = ከሌሎች ጋር ምን እንደሚያጋሩ ይጠይቁ።
referral-cak-shares = ሂሳቡን ወደ CAK (የመንግሥት ቢሮ) የሚልከው እርስዎ ሳይሆኑ ሐኪምዎ ወይም ሆስፒታሉ ነው።
