# ስለ አገር መረጃ እና «በእርጋታ ማሰብ»፣ አማርኛ።

## የአገር ካርድ

country-card-title = ስለ { $country } መረጃ
country-card-intro = ስለዚህ አገር ሁኔታ የሚታወቀው፣ እና ከየት እንደመጣ። ይህ መረጃ ነው፤ የሕግ ምክር አይደለም።
country-card-checked = ከእያንዳንዱ መረጃ አጠገብ ለመጨረሻ ጊዜ መቼ እንደተረጋገጠ ተጽፏል። ነገሮች ሊለወጡ ይችላሉ። VluchtelingenWerk አዲሱን ያውቃል።
country-card-vwn-explains = VluchtelingenWerk እነዚህ ሰነዶች ለእርስዎ ምን ማለት እንደሆኑ ሊያስረዳዎት ይችላል።
country-card-return-later = ለመመለስ የሚሰጥ ድጋፍ በሁኔታዎ ላይ የተመሰረተ ነው። ጥያቄዎቹ ወይም VluchtelingenWerk ተጨማሪ ሊነግሩዎት ይችላሉ።
country-card-checked-on = በ{ $date } ተረጋግጧል።
country-card-primary = ምንጭ፦ አሳታሚው ራሱ።
country-card-secondary = ምንጭ፦ ቅጂ ወይም ማጠቃለያ። VluchtelingenWerk እንዲያረጋግጥ ይጠይቁ።
country-summary-include = ይህንን የአገር መረጃ ወደ ማጠቃለያው ያክሉ
country-card-source = ይህ ከየት መጣ

country-sec-situation = የሁኔታው ይፋዊ መግለጫዎች
country-sec-procedure = ለዚህ አገር የኔዘርላንድ ደንቦች
country-sec-stay = የመቆየት አማራጮች
country-sec-return = ለመመለስ ከመረጡ ድጋፍ
country-sec-practical = ሊጠይቋቸው የሚገቡ ተግባራዊ ነጥቦች

country-kind-ambtsbericht = የኔዘርላንድ የውጭ ጉዳይ ሚኒስቴር የአገር ሪፖርት (algemeen ambtsbericht)
country-kind-euaa-guidance = የአውሮፓ ኅብረት የጥገኝነት ኤጀንሲ የአገር መመሪያ
country-kind-euaa-coi = የአውሮፓ ኅብረት የጥገኝነት ኤጀንሲ የአገር ሪፖርቶች
country-kind-unhcr = የUNHCR፣ የተመድ የስደተኞች ድርጅት፣ አቋም
country-kind-safe-country = የኔዘርላንድ ደህንነታቸው የተጠበቀ የትውልድ አገሮች ዝርዝር
country-kind-moratorium = የውሳኔዎች እና የግዳጅ መመለስ መቆም
country-kind-erso = የመልሶ ማቋቋም አጋር (የERSO መረብ)
country-kind-iom = IOM
country-kind-return-org = ሌሎች የመመለስ ድርጅቶች
country-kind-travel-documents = ከኤምባሲ የጉዞ ሰነዶች

country-pub-bz = የኔዘርላንድ የውጭ ጉዳይ ሚኒስቴር
country-pub-jenv = የኔዘርላንድ የፍትሕ እና የደህንነት ሚኒስቴር
country-pub-euaa = የአውሮፓ ኅብረት የጥገኝነት ኤጀንሲ (EUAA)
country-pub-unhcr = UNHCR
country-pub-iom = IOM

country-fact-doc = ያገኘነው አዲሱ፦ { $title }። { $publisher }፣ { $date }።
country-fact-doc-untitled = ያገኘነው አዲሱ፦ ከ{ $publisher } የወጣ ሪፖርት፣ { $date }። ትክክለኛ ርዕሱን አላየንም።
country-fact-unknown = አናውቅም። { $ask }ን ይጠይቁ።
country-fact-safe-listed = ባገኘነው ዝርዝር ውስጥ አለ። ከእነዚህ አገሮች የመጡ ሰዎች ብዙ ጊዜ ፈጣን ሂደት ያገኛሉ። የመውጫ ጊዜው አጭር ሊሆን ይችላል፣ 0 ቀንም ቢሆን። ብዙ ጊዜ የይግባኙን ውጤት በኔዘርላንድ መጠበቅ አይቻልም። የራስዎ ምክንያቶች አሁንም ይቆጠራሉ።
country-fact-safe-suspended = ባገኘነው ዝርዝር ውስጥ አለ። ግን ይህ ለጊዜው ታግዷል። ፈጣኑ ሂደት ለዚህ አገር ጥቅም ላይ አይውልም።
country-fact-safe-not-listed = ባገኘነው ዝርዝር ውስጥ የለም።
country-fact-moratorium-past = ከ{ $date } ጀምሮ ኔዘርላንድ ለዚህ አገር ውሳኔዎችን እና የግዳጅ መመለስን ለጊዜው አቁማለች። ይህ አሁንም እንደሚሠራ አናውቅም። VluchtelingenWerkን ይጠይቁ።
country-fact-erso-past = ባለፉት ፕሮጀክቶች ({ $years }) እዚያ አጋር ድርጅት ነበር። የአሁኑን አጋር VluchtelingenWerk ያረጋግጣል።
country-fact-iom-limited = IOM አሁን ወደዚህ አገር ለመመለስ ሊረዳ ላይችል ይችላል። IOMን ወይም VluchtelingenWerkን ይጠይቁ።
country-fact-iom-basic = የIOM መሠረታዊ የመመለሻ ፕሮግራም ሊረዳ ይችላል፦ ትኬት፣ ለጉዞ ሰነዶች እርዳታ እና ትንሽ ገንዘብ። ሁኔታዎች አሉ። ለዚህ አገር ይሠራ እንደሆነ IOMን ይጠይቁ።
country-fact-iom-visa-free = ከዚህ አገር የመጡ ሰዎች ወደ አውሮፓ ለአጭር ጉብኝት ቪዛ አያስፈልጋቸውም። ስለዚህ የIOM ድጋፍ ላይመለከታቸው ይችላል። IOMን ይጠይቁ።
country-fact-return-org-general = ሌሎች ድርጅቶችም በመመለስ ይረዳሉ፣ እንደ ROS እና WereldWijd። የትኛው ከዚህ አገር ጋር እንደሚሠራ VluchtelingenWerkን ይጠይቁ።
country-fact-return-org = { $name } ወደዚህ አገር ለመመለስ ይረዳል። መጀመሪያ ስለእሱ VluchtelingenWerkን ይጠይቁ።

country-stay-check = ውድቅ ከተደረገ በኋላም የመቆየት አማራጮች ሊኖሩ ይችላሉ። ከVluchtelingenWerk እና ከጠበቃ ጋር የሚደረግ የሕግ ምርመራ ይመለከታቸዋል።
country-stay-points = ለምሳሌ፦ አዳዲስ እውነታዎች፣ ጤናዎ፣ እዚህ ያለ ቤተሰብዎ፣ ወይም የማያስገባዎት አገር።

## ስለ አገር መረጃ፣ ከመጀመሪያው ገጽ

country-info-open = ስለ አገር መረጃ
country-info-intro = አገር ይምረጡ። ምንም ጥያቄ መመለስ አያስፈልግዎትም። ምንም ነገር አይቀመጥም።
country-info-choose = አገር
country-info-pick = አገር ይምረጡ
country-info-back = ወደ መጀመሪያው ይመለሱ

## በእርጋታ ማሰብ

consider-open = በእርጋታ ማሰብ
consider-intro = ምርጫዎን በራስዎ ፍጥነት ለመመዘን የሚረዳ የተረጋጋ ገጽ። ይህ ፈተና አይደለም። ትክክል ወይም ስህተት መልስ የለም።
consider-how = በአእምሮዎ ወይም በወረቀት ላይ ብቻ ይመልሱ። መተግበሪያው ምንም አያስቀምጥም።
consider-topic-safety = እዚያ ደህና ይሆናሉ? ምን ያሳስብዎታል?
consider-topic-family-there = እዚያ ማን አለልዎት? ቤተሰብ፣ ጓደኞች?
consider-topic-family-here = እዚህ ማንን ትተው ይሄዳሉ?
consider-topic-housing = የት ይኖራሉ?
consider-topic-income = ኑሮዎን እንዴት ይመራሉ?
consider-topic-health = እዚያ ጤናዎ እና መድኃኒትዎ እንዴት ይሆናል?
consider-topic-documents = የሚያስፈልጉዎት ሰነዶች አሉዎት?
consider-topic-support = እዚህ እና እዚያ ምን ድጋፍ ማግኘት ይችላሉ?
consider-topic-ask-first = መጀመሪያ ከVluchtelingenWerk ምን መስማት ይፈልጋሉ?
consider-told = የነገሩን፦
consider-notes = ማስታወሻዎችዎ፦
consider-change-mind = በማንኛውም ጊዜ ሐሳብዎን መቀየር ይችላሉ። ከIOM ወይም ከVluchtelingenWerk ጋር ከተነጋገሩ በኋላም።
consider-valid = አሁን ላለመመለስ መምረጥም ትክክለኛ መልስ ነው።
consider-print = እንደ የሥራ ወረቀት ያትሙ
consider-print-lang = በሥራ ወረቀቱ ላይ ሁለተኛ ቋንቋ
consider-print-none = ይህ ቋንቋ ብቻ
consider-back = ወደ ውጤቱ ይመለሱ
