# Advice text for issue 13, Amharic. See locales/en/advice.ftl.

## New questions

q-lawyer = ለጥገኝነት ጉዳይዎ ጠበቃ አለዎት?
    .short = ጠበቃ
    .why = ጠበቃ አማራጮችዎን ሊመረምር ይችላል። በጥገኝነት ጉዳይ ጠበቃ ብዙውን ጊዜ ነፃ ነው።
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
    .what = ነፃ ጠበቃ የማግኘት መብት አለዎት። ፍርድ ቤት እስርዎ ሕጋዊ መሆኑን ሊመረምር ይችላል።
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
urgent-no-lawyer = ነፃ ጠበቃ ማግኘት ይችላሉ
    .what = በጥገኝነት ጉዳይ ጠበቃ ብዙውን ጊዜ ለእርስዎ ነፃ ነው። ይህን Raad voor Rechtsbijstand ያዘጋጃል።
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
point-child-stateless = በኔዘርላንድስ የተወለደ ዜግነት የሌለው ልጅ አንዳንድ ጊዜ የኔዘርላንድስ ዜግነትን መምረጥ ይችላል። ቅድመ ሁኔታዎች አሉ።
point-erso-refer = በዚህ አገር የሚታወቅ አጋር የለም። ያኔ VluchtelingenWerk ወደ IOM ወይም ወደ ሌላ የመመለሻ ድርጅት ይልክዎታል።
point-iom-withdraw = በመጀመሪያ በኔዘርላንድስ ያለዎትን ማንኛውንም ሂደት ማቆም አለብዎት። IOMን ወይም VluchtelingenWerkን ይጠይቁ።
point-iom-excluded = IOM የአንዳንድ ዜግነቶች ሰዎችን አይረዳም፤ ለምሳሌ ከአውሮፓ ኅብረት አገሮች እና ከአንዳንድ በጣም ሀብታም አገሮች የሆኑትን። IOMን ወይም VluchtelingenWerkን ይጠይቁ።
point-iom-documents = IOM የጉዞ ሰነድ እንዲያገኙ ሊረዳዎ ይችላል።
point-iom-visa-free = ከአገርዎ የሆኑ ሰዎች ኔዘርላንድስን ለመጎብኘት ቪዛ አያስፈልጋቸውም። IOM በጉዞው ሊረዳ ይችል ይሆናል፣ ነገር ግን እንደገና ለመጀመር የሚሰጠው ተጨማሪ ድጋፍ ለእርስዎ ክፍት አይደለም። IOMን ወይም VluchtelingenWerkን ይጠይቁ።
point-iom-own-ticket = ለጉዞው ራስዎ መክፈል ይችላሉ። ያኔ IOM ትኬቱን አይከፍልም፣ ግን በሌላ መንገድ ሊረዳ ይችላል። IOMን ወይም VluchtelingenWerkን ይጠይቁ።
point-trafficking-if-ever = አንድ ሰው መቼም እንዲሠሩ ቢያስገድድዎ፣ ሰነዶችዎን ቢወስድብዎ ወይም ገንዘብ እንዳለብዎ ቢነግርዎ እርዳታ ማግኘት ይችላሉ። CoMenshaን (comensha.nl) ወይም VluchtelingenWerkን ያነጋግሩ።
point-minor-alone-if-ever = በኔዘርላንድስ ያለ ወላጆቻቸው የሚገኙ ከ18 ዓመት በታች የሆኑ ልጆች በNidos አሳዳጊ አላቸው። ይህ እርስዎን የሚመለከት ከሆነ፣ VluchtelingenWerk Nidosን እንዲያገኙ ሊረዳዎ ይችላል።
point-reintegration-visa-free = ከአገርዎ የሆኑ ሰዎች ኔዘርላንድስን ለመጎብኘት ቪዛ አያስፈልጋቸውም። ስለዚህ የኔዘርላንድስ መንግሥት የሚከፍለው የመልሶ ማቋቋም ድጋፍ ለእርስዎ ክፍት አይደለም። ይህ ለVluchtelingenWerk፣ ለሌሎች ድርጅቶች እና ለIOM ይሠራል። VluchtelingenWerk ግን ስለ መመለስዎ ከእርስዎ ጋር መነጋገር ይችላል።
point-reintegration-past-return = ባለፉት 5 ዓመታት የመመለሻ እርዳታ አግኝተው ከሆነ፣ ይህ ድጋፍ ብዙውን ጊዜ እንደገና ለእርስዎ ክፍት አይደለም። VluchtelingenWerk አሁንም ምን እንደሚቻል ሊነግርዎ ይችላል።
point-return-orgs-not-open = እነዚህ ድርጅቶች ለመልሶ ማቋቋም ድጋፍ የኔዘርላንድስ መንግሥትን ደንቦች ይከተላሉ። ከመልሶችዎ አንጻር፣ ድጋፋቸው ለእርስዎ ክፍት ላይሆን ይችላል። VluchtelingenWerkን ይጠይቁ።
point-iom-dublin = ለጥገኝነት ማመልከቻዎ ኃላፊነቱ የሌላ የአውሮፓ አገር ሊሆን ይችላል (ደብሊን)። ያኔ IOM እንዲመለሱ ሊረዳዎ ይችል እንደሆነ ግልጽ አይደለም። IOMን ወይም ጠበቃዎን ይጠይቁ።
point-iom-ukraine = በ2017 (እ.ኤ.አ.) IOM ከዩክሬን ለሆኑ ሰዎች የመመለሻ ድጋፍ መስጠት አቁሟል። ይህ አሁንም ይሠራ እንደሆነ አይታወቅም። IOMን ወይም VluchtelingenWerkን ይጠይቁ።

## Deadlines

deadline-appeal-1w = ይግባኝ ለማለት 1 ሳምንት ካለዎት፣ የመጨረሻው ቀን { $date } ነው።
    .passed = ይህ ቀን አልፏል። ዛሬውኑ ጠበቃ ያነጋግሩ፦ አንዳንድ ጊዜ የዘገየ ይግባኝ አሁንም ይቻላል።
deadline-appeal-4w = ይግባኝ ለማለት 4 ሳምንት ካለዎት፣ የመጨረሻው ቀን { $date } ነው።
    .passed = ይህ ቀን አልፏል። ዛሬውኑ ጠበቃ ያነጋግሩ፦ አንዳንድ ጊዜ የዘገየ ይግባኝ አሁንም ይቻላል።
deadline-departure = የመልቀቂያ ጊዜዎ ምናልባት { $date } ላይ ያበቃል። ቀኑን በደብዳቤዎ ያረጋግጡ።
    .passed = ይህ ቀን አልፏል። የመልቀቂያ ጊዜዎ ምናልባት አብቅቷል። አሁኑኑ ስለ መብቶችዎ VluchtelingenWerkን ይጠይቁ።

## Protection signals

signal-fear = ለመመለስ እንደማይፈሩ አልተናገሩም።
signal-trafficking = ከብዝበዛ ምልክቶች አንዱም እርስዎን እንደማይመለከት አልነገሩንም።
signal-minor-alone = ዕድሜዎ ከ18 በታች ሆኖ ያለ ወላጆችዎ እዚህ ሊሆኑ ይችላሉ።

## Notice

notice-embassy-fear = ኤምባሲዎን ማነጋገር አያስፈልግዎትም። የአገርዎን ባለሥልጣናት የሚፈሩ ከሆነ ለVluchtelingenWerk ይንገሩ።

## Result

advice-danger = አሁን አደጋ ላይ ነዎት? ወደ 112 ይደውሉ። ሕይወትዎን ስለማጥፋት ያስባሉ? ቀንም ሌሊትም ወደ 113 ይደውሉ።
advice-confirm = እዚህ ያሉ አንዳንድ መረጃዎች ከማጠቃለያ የመጡ ናቸው፣ ከዋናው ምንጭ አይደሉም። VluchtelingenWerk እንዲያረጋግጣቸው ይጠይቁ።
advice-confirm-card = VluchtelingenWerk ይህን እንዲያረጋግጥ ይጠይቁ። ሕጎችና ቀኖች ሊለወጡ ይችላሉ።
advice-held-back = አሁን አይመከርም፣ ምክንያቱም፦
advice-fact-source = ምንጭ፦ { $source } ({ $date } ተረጋግጧል)።

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
