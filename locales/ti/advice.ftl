# Advice text for issue 13, Tigrinya. See locales/en/advice.ftl.

## New questions

q-lawyer = ንጉዳይ ዑቕባኹም ጠበቓ ኣለኩም ድዩ?
    .short = ጠበቓ
    .why = ጠበቓ ኣማራጺታትኩም ክምርምርን ኣብ ቤት ፍርዲ ክሕግዘኩምን ይኽእል።
q-detention = ሕጂ ኣብ ቤት ማእሰርቲ ዲኹም ዘለኹም?
    .short = ማእሰርቲ
    .why = ኣብ ማእሰርቲ ጠበቓ ናይ ምርካብ መሰል ኣለኩም። ሽዑ ቅልጡፍ ሓገዝ ኣገዳሲ እዩ።
q-minor-alone = ዕድመኹም ትሕቲ 18 ዓመት ድዩ፡ ብዘይ ወለድኹም ድማ ኣብ ኔዘርላንድ ዘለኹም?
    .short = ትሕቲ 18፡ ብዘይ ወለዲ
    .why = በይኖም ዘለዉ ቆልዑ ሞግዚት ይምደበሎም። ናይ ገዛእ ርእሶም መሰላት ድማ ኣለዎም።
q-child-stateless = ሓደ ካብ ደቅኹም ኣብ ኔዘርላንድ ብዘይ ዜግነት ተወሊዱ ድዩ?
    .short = ኣብዚ ብዘይ ዜግነት ዝተወልደ ቆልዓ
    .why = ከምዚ ዝበለ ቆልዓ ኔዘርላንዳዊ ክኸውን ይኽእል ይኸውን።
q-new-start-opt-travel-only = ንጉዕዞን ሰነዳት ጉዕዞን ጥራይ ሓገዝ

## New urgent notes

urgent-detention = ማእሰርቲ፡ ሕጂ ሕጋዊ ሓገዝ ርኸቡ
    .what = ጠበቓን ተርጓሚን ይምደበልኩም። ጠበቓኹም ናብ ቤት ፍርዲ ይግባይ ክብል ይኽእል። ቤት ፍርዲ ማእሰርትኹም ሕጋዊ ምዃኑ ይምርምር።
    .next = ሎሚ ንጠበቓኹም ሕተቱ። VluchtelingenWerk ምስኡ ንምርኻብ ክሕግዘኩም ይኽእል።
urgent-appeal-unknown = ግዜ ይግባይኩም ሎሚ ኣረጋግጹ
    .what = እቲ ደብዳበ 1 ሰሙን ወይ 4 ሰሙን ከም ዘለኩም ይገልጽ። ክልቲኦም ዕለታት ኣብ ታሕቲ ኣለዉ። ይግባይ ዋጋ የብሉን።
    .next = ነቲ ደብዳበ ኣንብቡ ወይ ሎሚ ንጠበቓ ሕተቱ። ክሳብ እትፈልጡ፡ ነቲ ዝቐደመ ዕለት ሓዙ።
urgent-appeal-late = ግዜ ይግባይ ምናልባት ሓሊፉ እዩ
    .what = ድሕሪ እቲ ውሳነ ንይግባይ ብዝበዝሐ 4 ሰሙን ኣለኩም። ሓደ ሓደ ግዜ ዝደንጎየ ይግባይ ሕጂ እውን ይቕበል።
    .next = ሎሚ ምስ ጠበቓ ተራኸቡ። እንታይ ገና ከም ዝከኣል ክርኢ ይኽእል።
urgent-interim-measure = ብኡንብኡ ክትወጹ ነይሩኩም፡ ይግባይ ድማ ይቕጽል ይኸውን
    .what = ብ0 መዓልቲ ግዜ፡ ይግባይ ምስጓጕኩም ከየቋርጾ ይኽእል። ንቤት ፍርዲ ውሳነኡ ኣብዚ ክትጽበዩ ከፍቅደልኩም ክትሓቱ ትኽእሉ።
    .next = ሎሚ ንጠበቓኹም ግዝያዊ ስጉምቲ (voorlopige voorziening) ክሓትት ሕተትዎ።
urgent-no-lawyer = ጠበቓ ክትረኽቡ ትኽእሉ
    .what = ኣብ ጉዳይ ዑቕባ ንጠበቓታት ዘዳሉ Raad voor Rechtsbijstand እዩ። ገለ ክትከፍሉ ከም ዘለኩም ሕተቱ።
    .next = ጠበቓ ንምርካብ VluchtelingenWerk ክሕግዘኩም ሕተቱ። ቀልጢፍኩም ግበርዎ።
urgent-minor-alone = በይኖም ዘለዉ ቆልዑ ሞግዚት ኣለዎም፡ Nidos
    .what = ዕድመኹም ትሕቲ 18 ኮይኑ ብዘይ ወለድኹም ኣብዚ ዲኹም? እምበኣር Nidos ሞግዚትኩም እዩ። ሞግዚትኩም ኣብ ነፍሲ ወከፍ ውሳነ ይሕግዘኩም።
    .next = ምስ ሞግዚትኩም ኣብ Nidos ተራኸቡ። VluchtelingenWerk ኣብዚ ክሕግዘኩም ይኽእል።
urgent-departure-unknown = ግዜ ምውጻእኩም ገና ይቕጽል እንተሎ ፍለጡ
    .what = ደብዳበኹም ንምውጻእ ክንደይ ግዜ ከም ዘለኩም ይገልጽ፡ መብዛሕትኡ 28 መዓልቲ፡ ሓደ ሓደ ግዜ 0 መዓልቲ። ድሕሪ ይግባይ ካብ ውሳነ ቤት ፍርዲ ይቑጸር።
    .next = VluchtelingenWerk ወይ ጠበቓኹም ነቲ ደብዳበ ምሳኹም ከንብብዎ ሕተቱ።

## New points

point-stress-support = ድሕሪ ምንጻግ ጭንቀት፡ ፍርሒ ወይ ሓዘን ልሙድ እዩ። ሓኪም ናብ ስነ-ኣእምሮኣዊ ሓገዝ ክሰደኩም ይኽእል።
point-before-you-decide = ቅድሚ ምውሳንኩም ምስ ኣማኻሪ ተዛራረቡ። ይሰምዓኩም፡ ሓሳብኩም ድማ ኩሉ ግዜ ክትቕይሩ ትኽእሉ።
point-options-to-stay = ክትምለሱ እንተ ደለኹም እውን፡ ኣማራጺታት ምጽናሕ ምፍላጥ ጽቡቕ እዩ። እቲ ምርመራ ብነጻ እዩ።
point-no-fault-dtv = ገና ምስ DT&V ኣይተዘራረብኩምን። ነዚ ፍቓድ፡ መጀመርታ ንDT&V ንምውጻእ ሓገዝ ክትሓቱ ኣለኩም።
point-child-stateless = ኣብ ኔዘርላንድ ዝተወልደ ሃገር ኣልቦ ቆልዓ ሓድሓደ ግዜ ኔዘርላንዳዊ ክኸውን ይኽእል። እቲ ኩነታት ጽኑዕ እዩ፡ ጠበቓ ክምርምሮ ኣለዎ።
point-erso-refer = ኣብዚ ሃገር ዝፍለጥ መሻርኽቲ የለን። ሽዑ VluchtelingenWerk ናብ IOM ወይ ናብ ካልእ ትካል ምምላስ ይሰደኩም።
point-iom-withdraw = ምስ IOM እንተ ኸድኩም፡ መግለጺ ትፍርሙ። ብእኡ ኣብ ኔዘርላንድ ዘለኩም ዝኾነ መስርሕ ይውዳእ። ክሳብ ሽዑ ሓሳብኩም ክትቕይሩ ትኽእሉ።
point-iom-excluded = IOM ንሰባት ካብ ገለ ዜግነታት ኣይሕግዝን፡ ንኣብነት ካብ ሃገራት ሕብረት ኤውሮጳን ካብ ገለ ኣዝየን ሃብታማት ሃገራትን። IOM ወይ VluchtelingenWerk ሕተቱ።
point-iom-documents = IOM ሰነድ ጉዕዞ ንምርካብ ክሕግዘኩም ይኽእል።
point-iom-visa-free = ሰባት ካብ ሃገርኩም ንሓጺር ምብጻሕ ኤውሮጳ ቪዛ ኣየድልዮምን። ስለዚ ድሕሪ ምምላስ ንሓድሽ ምጅማር ዝወሃብ ደገፍ መንግስቲ ንዓኹም ክፉት ኣይኮነን። IOM ግን ኣብ ጉዕዞ ክሕግዝ ይኽእል። IOM ወይ VluchtelingenWerk ሕተቱ።
point-iom-own-ticket = ንጉዕዞ ባዕልኹም ክትከፍሉ ትኽእሉ ኢኹም። ሽዑ IOM ትኬት ኣይከፍልን፡ ግን ብኻልእ መንገዲ ክሕግዝ ይኽእል። IOM ወይ VluchtelingenWerk ሕተቱ።

## Deadlines

deadline-appeal-1w = ንይግባይ 1 ሰሙን እንተ ኣለኩም፡ ናይ መወዳእታ መዓልቲ { $date } እዩ።
    .passed = እዚ ዕለት ሓሊፉ እዩ። ሎሚ ምስ ጠበቓ ተራኸቡ፡ ሓደ ሓደ ግዜ ዝደንጎየ ይግባይ ገና ይከኣል።
deadline-appeal-4w = ንይግባይ 4 ሰሙን እንተ ኣለኩም፡ ናይ መወዳእታ መዓልቲ { $date } እዩ።
    .passed = እዚ ዕለት ሓሊፉ እዩ። ሎሚ ምስ ጠበቓ ተራኸቡ፡ ሓደ ሓደ ግዜ ዝደንጎየ ይግባይ ገና ይከኣል።
deadline-departure = ግዜ ምውጻእኩም ምናልባት ኣብ { $date } ይውዳእ። ነቲ ዕለት ኣብ ደብዳበኹም ኣረጋግጹ።
    .passed = እዚ ዕለት ሓሊፉ እዩ። ግዜ ምውጻእኩም ምናልባት ተወዲኡ እዩ። ሕጂ ብዛዕባ መሰላትኩም VluchtelingenWerk ሕተቱ።

## Protection signals

signal-fear = ምምላስ ከም ዘይትፈርሑ ኣይገለጽኩምን።
signal-trafficking = ብዛዕባ ምልክታት ምዝማዝ ነጊርኩምና።
signal-minor-alone = ዕድመኹም ትሕቲ 18 ኮይኑ ብዘይ ወለድኹም ኣብዚ ትኸውኑ ትኽእሉ ኢኹም።

## Notice

notice-embassy-fear = ምስ ኤምባሲኹም ክትራኸቡ ኣየድልየኩምን። ንበዓል ስልጣን ሃገርኩም እንተ ፈሪሕኩም፡ ንVluchtelingenWerk ንገሩ።

## Result

advice-danger = ሕጂ ኣብ ሓደጋ ዲኹም? ናብ 112 ደውሉ። ህይወትኩም ናይ ምቛጽ ሓሳብ ኣለኩም ድዩ? ለይትን መዓልትን ናብ 113 ደውሉ።
advice-confirm = ኣብዚ ዘለዉ ገለ ሓቅታት ኣብ ናይ ባዕሉ ገጽ ናይቲ ኣሕታሚ ክረጋገጹ ኣይከኣሉን። VluchtelingenWerk ከረጋግጸልኩም ሕተቱ።
advice-confirm-card = VluchtelingenWerk ነዚ ከረጋግጾ ሕተቱ። ሕግታትን ዕለታትን ክቕየሩ ይኽእሉ።
advice-held-back = ሕጂ ኣይቐርብን፡ ምኽንያቱ፡
advice-fact-source = ምንጪ፡ { $publisher }፡ «{ $title }»። ዝተረጋገጸሉ { $checked }፦ { $url }

## Date field

date-readback = ዘእተኹምዎ፡ { $date }፡ { $ago }።
date-ago = { $days ->
    [0] ሎሚ
    [1] ትማሊ
   *[other] ቅድሚ { $days } መዓልቲ
}
error-date-too-early = እዚ ዕለት ኣዝዩ ነዊሕ ግዜ ኣቐዲሙ እዩ። ዓመቱ፡ ከምኡ እውን ስርዓት መዓልትን ወርሕን ኣረጋግጹ።

## Referral

ref-nidos = Nidos
    .offer = ሞግዚት ናይ ብዘይ ወለዶም ኣብ ኔዘርላንድ ዘለዉ ትሕቲ 18 ዓመት ቆልዑ።
    .how = ንሞግዚትኩም ሕተቱ፡ ወይ ናብቲ መርበብ ሓበሬታ ኪዱ።

## Sources and contacts: what a source line says, and what each contact shares

advice-fact-source-dated = ምንጪ፡ { $publisher }፡ «{ $title }»፡ { $published }። ዝተረጋገጸሉ { $checked }፦ { $url }
referral-through-vwn = ብመንገዲ VluchtelingenWerk
result-links-note = ሊንክ ካልእ መርበብ ሓበሬታ ይኸፍት። እቲ ምብጻሕ ኣብ ታሪኽ ብራውዘር ናይዚ ተሌፎን ይተርፍ፡ ቅልጡፍ ምውጻእ ክድምስሶ ኣይክእልን። ኣብ ካልእ መሳርሒ ክትጽሕፍዎ ኢልኩም ነፍሲ ወከፍ ኣድራሻ ምሉእ ተጻሒፉ ኣሎ።
info-checked-until = እቲ ሓበሬታ ክሳብ { $date } ተረጋጊጹ።
referral-vwn-shares = VluchtelingenWerk ናጻ እዩ፡ ኣብ ግዱድ ምምላስ ኣይሳተፍን። እንታይ ከም ዝጽሕፉን ንመን ከም ዘመሓላልፉን ሕተቱ።
referral-lawyer-shares = Raad voor Rechtsbijstand ንጠበቓኹም ይኸፍል፡ ሰነዳት ጉዳይኩም እውን ይቕበል። ጠበቓኹም ካልእ እንታይ ከም ዘካፍል ሕተቱ።
referral-erso-shares = ኣብ ሃገርኩም ዘሎ መሻርኽቲ ትካል መደባትኩም ይፈልጥ፡ ክሳብ ሓደ ዓመት ድማ ምሳኹም ርክብ ይገብር። ነቲ ፕሮጀክት ዝኸፍል DT&V (ኣገልግሎት ምምላስ መንግስቲ) እዩ። እንታይ ከም ዝመሓላለፍ ሕተቱ።
referral-iom-shares = IOM ዝርርባትኩም ምስጢራዊ ከም ዝኾነ ይብል። IOM ነቲ ፕሮግራም ምምላስ ንDT&V (ኣገልግሎት ምምላስ መንግስቲ) የካይዶ። ክትከዱ ከለኹም ኣብ ኔዘርላንድ ዘለዉኹም መስርሓት ዘቋርጽ መግለጺ ትፍርሙ።
referral-ros-shares = ሓገዝ ምምላስ ናይ ROS ዝኸፍሎ DT&V (ኣገልግሎት ምምላስ መንግስቲ) እዩ። ብዛዕባኹም ንDT&V እንታይ ከም ዝነግሩ ሕተቱ።
referral-wereldwijd-shares = ሓገዝ ምምላስ ናይ WereldWijd ዝኸፍሎ DT&V (ኣገልግሎት ምምላስ መንግስቲ) እዩ። ብዛዕባኹም ንDT&V እንታይ ከም ዝነግሩ ሕተቱ።
referral-comensha-shares = CoMensha ነፍሲ ወከፍ ዝተሓበረ ግዳይ ንግዲ ደቂ ሰባት ትምዝግብ። ቁጽሪታት ብዘይ ስም ጥራይ ተመሓላልፍ።
referral-nidos-shares = Nidos ከም ሞግዚትኩም፡ ምምላስ በይኑ ዘሎ ቆልዓ ክዳሎ ከሎ ምስ DT&Vን COAን ብቐረባ ይሰርሕ።
referral-line113-shares = ስምኩም ከይገለጽኩም ናብ 113 ክትድውሉ ወይ ብጽሑፍ ክትዘራረቡ ትኽእሉ።
referral-emergency112-shares = ናብ 112 ዝግበር ደወላ ይቕዳሕ። እቲ ሰራሕተኛ ፖሊስ፡ መጥፍኢ ሓዊ ወይ ኣምቡላንስ ይሰድድ።
referral-dvdw-shares = ምስ ካልኦት እንታይ ከም ዘካፍሉ ሕተቱ።
referral-cak-shares = ነቲ ሕሳብ ናብ CAK (ቤት ጽሕፈት መንግስቲ) ዝሰዶ ሓኪምኩም ወይ ሆስፒታል እዩ፡ ንስኹም ኣይኮንኩምን።
