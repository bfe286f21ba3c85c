# ብዛዕባ ሃገር ሓበሬታ ከምኡ'ውን «ብህድኣት ምሕሳብ»፡ ትግርኛ።

## ካርድ ሃገር

country-card-title = ብዛዕባ { $country } ሓበሬታ
country-card-intro = ብዛዕባ ኩነታት እዛ ሃገር ዝፍለጥ፡ ካበይ ከም ዝመጸ ድማ። እዚ ሓበሬታ እዩ፡ ሕጋዊ ምኽሪ ኣይኮነን።
country-card-checked = ኣብ ጥቓ ነፍሲ ወከፍ ሓቂ መወዳእታ ግዜ መዓስ ከም ዝተመርመረ ተጻሒፉ ኣሎ። ነገራት ክቕየሩ ይኽእሉ። VluchtelingenWerk እቲ ሓድሽ ይፈልጥ።
country-card-vwn-explains = VluchtelingenWerk እዞም ሰነዳት ንዓኹም እንታይ ትርጉም ከም ዘለዎም ክገልጸልኩም ይኽእል።
country-card-return-later = ደገፍ ንምምላስ ኣብ ኩነታትኩም ይምርኮስ። እቶም ሕቶታት ወይ VluchtelingenWerk ተወሳኺ ክነግሩኹም ይኽእሉ።
country-card-checked-on = ብ{ $date } ተመርሚሩ።
country-card-primary = ምንጪ፡ እቲ ኣሕታሚ ባዕሉ።
country-card-secondary = ምንጪ፡ ቅዳሕ ወይ ጽማቕ። VluchtelingenWerk ከረጋግጾ ሕተቱ።
country-summary-include = ነዚ ሓበሬታ ሃገር ኣብቲ ጽማቕ ወስኽዎ
country-card-source = እዚ ካበይ መጺኡ

country-sec-situation = ወግዓዊ መግለጺታት ናይቲ ኩነታት
country-sec-procedure = ሕግታት ኔዘርላንድ ንዛ ሃገር
country-sec-stay = ናይ ምጽናሕ ዕድላት
country-sec-return = ምምላስ እንተ መሪጽኩም ደገፍ
country-sec-practical = ክትሓቱሉ ዘለኩም ግብራዊ ነጥብታት

country-kind-ambtsbericht = ጸብጻብ ሃገር ሚኒስትሪ ወጻኢ ጉዳያት ኔዘርላንድ (algemeen ambtsbericht)
country-kind-euaa-guidance = መምርሒ ሃገር ናይ ኤጀንሲ ዑቕባ ሕብረት ኤውሮጳ
country-kind-euaa-coi = ጸብጻባት ሃገር ናይ ኤጀንሲ ዑቕባ ሕብረት ኤውሮጳ
country-kind-unhcr = መርገጺ UNHCR፡ ትካል ስደተኛታት ሕቡራት ሃገራት
country-kind-safe-country = ዝርዝር ኔዘርላንድ ናይ ውሑሳት ሃገራት መበቆል
country-kind-moratorium = ምቁራጽ ውሳነታትን ብግዲ ምምላስን
country-kind-erso = መሻርኽቲ ዳግመ ምውህሃድ (መርበብ ERSO)
country-kind-iom = IOM
country-kind-return-org = ካልኦት ትካላት ምምላስ
country-kind-travel-documents = ካብ ኤምባሲ ሰነዳት ጉዕዞ

country-pub-bz = ሚኒስትሪ ወጻኢ ጉዳያት ኔዘርላንድ
country-pub-jenv = ሚኒስትሪ ፍትሕን ድሕንነትን ኔዘርላንድ
country-pub-euaa = ኤጀንሲ ዑቕባ ሕብረት ኤውሮጳ (EUAA)
country-pub-unhcr = UNHCR
country-pub-iom = IOM

country-fact-doc = እቲ ዝረኸብናዮ ዝሓደሰ፡ { $title }። { $publisher }፡ { $date }።
country-fact-doc-untitled = እቲ ዝረኸብናዮ ዝሓደሰ፡ ጸብጻብ ካብ { $publisher }፡ { $date }። ልክዕ ኣርእስቱ ኣይረኣናዮን።
country-fact-unknown = ኣይንፈልጥን። { $ask } ሕተቱ።
country-fact-safe-listed = ኣብቲ ዝረኸብናዮ ዝርዝር ኣሎ። ካብዘን ሃገራት ዝመጹ ሰባት መብዛሕትኡ ግዜ ቅልጡፍ መስርሕ ይረኽቡ። ግዜ ምውጻእ ሓጺር ክኸውን ይኽእል፡ 0 መዓልቲ እውን። መብዛሕትኡ ግዜ ውጽኢት ይግባይ ኣብ ኔዘርላንድ ክጽበ ኣይከኣልን። ናይ ባዕልኹም ምኽንያታት ሕጂ'ውን ኣገደስቲ እዮም።
country-fact-safe-suspended = ኣብቲ ዝረኸብናዮ ዝርዝር ኣሎ። ግን እዚ ሕጂ ተቋሪጹ ኣሎ። እቲ ቅልጡፍ መስርሕ ንዛ ሃገር ኣይጥቀመሉን።
country-fact-safe-not-listed = ኣብቲ ዝረኸብናዮ ዝርዝር የለን።
country-fact-moratorium-past = ካብ { $date } ጀሚራ ኔዘርላንድ ንዛ ሃገር ውሳነታትን ብግዲ ምምላስን ንግዚኡ ኣቋሪጻ። እዚ ሕጂ'ውን ይሰርሕ እንተሎ ኣይንፈልጥን። VluchtelingenWerk ሕተቱ።
country-fact-erso-past = ኣብ ዝሓለፉ ፕሮጀክትታት ({ $years }) ኣብኡ መሻርኽቲ ትካል ነይሩ። VluchtelingenWerk እቲ ሕጂ ዘሎ መሻርኽቲ የረጋግጽ።
country-fact-iom-limited = IOM ሕጂ ናብዛ ሃገር ንምምላስ ክሕግዝ ዘይክእል ይኸውን። IOM ወይ VluchtelingenWerk ሕተቱ።
country-fact-iom-basic = መሰረታዊ መደብ ምምላስ ናይ IOM ክሕግዝ ይኽእል፡ ቲከት፡ ሓገዝ ሰነዳት ጉዕዞን ንእሽቶ ገንዘብን። ቅድመ ኩነታት ኣለዉ። ንዛ ሃገር ይሰርሕ እንተኾይኑ IOM ሕተቱ።
country-fact-iom-visa-free = ካብዛ ሃገር ዝመጹ ሰባት ንሓጺር ምብጻሕ ናብ ኤውሮጳ ቪዛ ኣየድልዮምን። ስለዚ ደገፍ IOM ዘይምልከቶም ይኸውን። IOM ሕተቱ።
country-fact-return-org-general = ካልኦት ትካላት'ውን ኣብ ምምላስ ይሕግዙ፡ ከም ROSን WereldWijdን። ኣየናይ ምስዛ ሃገር ከም ዝሰርሕ VluchtelingenWerk ሕተቱ።
country-fact-return-org = { $name } ናብዛ ሃገር ንምምላስ ይሕግዝ። መጀመርታ ብዛዕባኡ VluchtelingenWerk ሕተቱ።

country-stay-check = ድሕሪ ምንጻግ'ውን ናይ ምጽናሕ ዕድላት ክህልው ይኽእሉ። ምስ VluchtelingenWerkን ጠበቓን ዝግበር ሕጋዊ ምርመራ ይርእዮም።
country-stay-points = ንኣብነት፡ ሓደስቲ ሓቅታት፡ ጥዕናኹም፡ ስድራኹም ኣብዚ፡ ወይ ዘይትቕበለኩም ሃገር።

## ብዛዕባ ሃገር ሓበሬታ፡ ካብ መጀመርታ ገጽ

country-info-open = ብዛዕባ ሃገር ሓበሬታ
country-info-intro = ሃገር ምረጹ። ንዝኾነ ሕቶ ክትምልሱ የብልኩምን። ዋላ ሓደ ነገር ኣይዕቀብን።
country-info-choose = ሃገር
country-info-pick = ሃገር ምረጹ
country-info-back = ናብ መጀመርታ ተመለሱ

## ብህድኣት ምሕሳብ

consider-open = ብህድኣት ምሕሳብ
consider-intro = ምርጫኹም ብናይ ባዕልኹም ፍጥነት ንምምዛን ህዱእ ገጽ። እዚ ፈተና ኣይኮነን። ቅኑዕ ወይ ጌጋ መልሲ የለን።
consider-how = ኣብ ሓንጎልኩም ወይ ኣብ ወረቐት ጥራይ መልሱ። እቲ ኣፕ ዋላ ሓደ ነገር ኣይዕቅብን።
consider-topic-safety = ኣብኡ ውሑሳት ዲኹም ክትኾኑ? እንታይ የሻቕለኩም?
consider-topic-family-there = ኣብኡ መን ኣሎኩም? ስድራ፡ ኣዕሩኽ?
consider-topic-family-here = ኣብዚ መን ክትገድፉ ኢኹም?
consider-topic-housing = ኣበይ ክትነብሩ ኢኹም?
consider-topic-income = ናብራኹም ብኸመይ ክትመርሑ ኢኹም?
consider-topic-health = ጥዕናኹምን መድሃኒትኩምን ኣብኡ ከመይ ክኸውን እዩ?
consider-topic-documents = እቶም ዘድልዩኹም ሰነዳት ኣለዉኹም ድዮም?
consider-topic-support = ኣብዚን ኣብኡን እንታይ ደገፍ ክትረኽቡ ትኽእሉ?
consider-topic-ask-first = መጀመርታ ካብ VluchtelingenWerk እንታይ ክትሰምዑ ትደልዩ?
consider-told = ዝነገርኩምና፡
consider-notes = መዘኻኸሪታትኩም፡
consider-change-mind = ኣብ ዝኾነ ግዜ ሓሳብኩም ክትቕይሩ ትኽእሉ ኢኹም። ምስ IOM ወይ VluchtelingenWerk ድሕሪ ምዝራብ'ውን።
consider-valid = ሕጂ ዘይምምላስ ምምራጽ'ውን ቅኑዕ መልሲ እዩ።
consider-print = ከም ወረቐት ስራሕ ሕተሙ
consider-print-lang = ኣብ ወረቐት ስራሕ ካልኣይ ቋንቋ
consider-print-none = እዚ ቋንቋ ጥራይ
consider-back = ናብ ውጽኢት ተመለሱ
