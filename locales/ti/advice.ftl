# Advice text for issue 13, Tigrinya. See locales/en/advice.ftl.

## New questions

q-lawyer = ንጉዳይ ዑቕባኹም ጠበቓ ኣለኩም ድዩ?
    .short = ጠበቓ
    .why = ጠበቓ ኣማራጺታትኩም ክርኢ ይኽእል። ኣብ ጉዳይ ዑቕባ ጠበቓ መብዛሕትኡ ግዜ ብነጻ እዩ።
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
    .what = ብነጻ ጠበቓ ናይ ምርካብ መሰል ኣለኩም። ቤት ፍርዲ ማእሰርትኹም ሕጋዊ ምዃኑ ክምርምር ይኽእል።
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
urgent-no-lawyer = ብነጻ ጠበቓ ክትረኽቡ ትኽእሉ
    .what = ኣብ ጉዳይ ዑቕባ ጠበቓ መብዛሕትኡ ግዜ ንዓኹም ብነጻ እዩ። እዚ Raad voor Rechtsbijstand የዳልዎ።
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
point-child-stateless = ኣብ ኔዘርላንድ ዝተወልደ ዜግነት ዘይብሉ ቆልዓ ሓደ ሓደ ግዜ ዜግነት ኔዘርላንድ ክመርጽ ይኽእል። ቅድመ ኩነታት ኣለዉ።
point-erso-refer = ኣብዚ ሃገር ዝፍለጥ መሻርኽቲ የለን። ሽዑ VluchtelingenWerk ናብ IOM ወይ ናብ ካልእ ትካል ምምላስ ይሰደኩም።
point-iom-withdraw = መጀመርታ ኣብ ኔዘርላንድ ዘለኩም ዝኾነ መስርሕ ደው ከተብሉ ኣለኩም። IOM ወይ VluchtelingenWerk ሕተቱ።
point-iom-excluded = IOM ንሰባት ናይ ገለ ዜግነታት ኣይሕግዝን፤ ንኣብነት ካብ ሃገራት ሕብረት ኤውሮጳን ካብ ገለ ካብተን ዝሃብተማ ሃገራትን። IOM ወይ VluchtelingenWerk ሕተቱ።
point-iom-documents = IOM ሰነድ ጉዕዞ ንምርካብ ክሕግዘኩም ይኽእል።
point-iom-visa-free = ሰባት ካብ ሃገርኩም ንሆላንድ ንምብጻሕ ቪዛ ኣየድልዮምን። IOM ብጉዕዞ ክሕግዝ ይኽእል ይኸውን፡ ግን ዳግማይ ንምጅማር ዝወሃብ ተወሳኺ ደገፍ ንዓኹም ክፉት ኣይኮነን። IOM ወይ VluchtelingenWerk ሕተቱ።
point-iom-own-ticket = ንጉዕዞ ባዕልኹም ክትከፍሉ ትኽእሉ ኢኹም። ሽዑ IOM ትኬት ኣይከፍልን፡ ግን ብኻልእ መንገዲ ክሕግዝ ይኽእል። IOM ወይ VluchtelingenWerk ሕተቱ።
point-trafficking-if-ever = ሓደ ሰብ ዝኾነ ግዜ ክትሰርሑ እንተ ኣገደደኩም፡ ሰነዳትኩም እንተ ወሰደ ወይ ገንዘብ ከም ዘለኩም እንተ በለኩም፡ ሓገዝ ክትረኽቡ ትኽእሉ ኢኹም። CoMensha (comensha.nl) ወይ VluchtelingenWerk ተራኸቡ።
point-minor-alone-if-ever = ብዘይ ወለዶም ኣብ ሆላንድ ዘለዉ ትሕቲ 18 ዓመት ዝዕድሚኦም ቆልዑ ኣብ Nidos ሞግዚት ኣለዎም። እዚ ንዓኹም ዝምልከት እንተኾይኑ፡ VluchtelingenWerk ንNidos ክትረኽቡ ክሕግዘኩም ይኽእል።
point-reintegration-visa-free = ሰባት ካብ ሃገርኩም ንሆላንድ ንምብጻሕ ቪዛ ኣየድልዮምን። ስለዚ መንግስቲ ሆላንድ ዝኸፍሎ ደገፍ ዳግማይ ምጥያሽ ንዓኹም ክፉት ኣይኮነን። እዚ ንVluchtelingenWerk፡ ንካልኦት ትካላትን ንIOMን ይምልከት። VluchtelingenWerk ግን ብዛዕባ ምምላስኩም ምሳኹም ክዛረብ ይኽእል።
point-reintegration-past-return = ኣብ ዝሓለፈ 5 ዓመት ሓገዝ ምምላስ እንተ ረኺብኩም፡ እዚ ደገፍ ብብዙሕ ግዜ ደጊሙ ንዓኹም ክፉት ኣይኮነን። VluchtelingenWerk ገና እንታይ ክኸውን ከም ዝኽእል ክነግረኩም ይኽእል።
point-return-orgs-not-open = እዘን ትካላት ንደገፍ ዳግማይ ምጥያሽ ሕግታት መንግስቲ ሆላንድ ይስዕባ። ብመሰረት መልስታትኩም፡ ደገፈን ንዓኹም ክፉት ዘይከውን ይኽእል። VluchtelingenWerk ሕተቱ።
point-iom-dublin = ንሕቶ ዑቕባኹም ሓላፍነት ናይ ካልእ ሃገር ኤውሮጳ ክኸውን ይኽእል (ደብሊን)። ሽዑ IOM ክትምለሱ ክሕግዘኩም ይኽእል እንተኾይኑ ንጹር ኣይኮነን። IOM ወይ ጠበቓኹም ሕተቱ።
point-iom-ukraine = ኣብ 2017 IOM ንሰባት ካብ ዩክሬን ደገፍ ምምላስ ኣቋሪጹ። እዚ ክሳብ ሕጂ ይሰርሕ እንተሎ ኣይፍለጥን። IOM ወይ VluchtelingenWerk ሕተቱ።

## Deadlines

deadline-appeal-1w = ንይግባይ 1 ሰሙን እንተ ኣለኩም፡ ናይ መወዳእታ መዓልቲ { $date } እዩ።
    .passed = እዚ ዕለት ሓሊፉ እዩ። ሎሚ ምስ ጠበቓ ተራኸቡ፡ ሓደ ሓደ ግዜ ዝደንጎየ ይግባይ ገና ይከኣል።
deadline-appeal-4w = ንይግባይ 4 ሰሙን እንተ ኣለኩም፡ ናይ መወዳእታ መዓልቲ { $date } እዩ።
    .passed = እዚ ዕለት ሓሊፉ እዩ። ሎሚ ምስ ጠበቓ ተራኸቡ፡ ሓደ ሓደ ግዜ ዝደንጎየ ይግባይ ገና ይከኣል።
deadline-departure = ግዜ ምውጻእኩም ምናልባት ኣብ { $date } ይውዳእ። ነቲ ዕለት ኣብ ደብዳበኹም ኣረጋግጹ።
    .passed = እዚ ዕለት ሓሊፉ እዩ። ግዜ ምውጻእኩም ምናልባት ተወዲኡ እዩ። ሕጂ ብዛዕባ መሰላትኩም VluchtelingenWerk ሕተቱ።

## Protection signals

signal-fear = ምምላስ ከም ዘይትፈርሑ ኣይገለጽኩምን።
signal-trafficking = ካብ ምልክታት ምዝማዝ ሓደ እኳ ንዓኹም ከም ዘይምልከት ኣይነገርኩምናን።
signal-minor-alone = ዕድመኹም ትሕቲ 18 ኮይኑ ብዘይ ወለድኹም ኣብዚ ትኸውኑ ትኽእሉ ኢኹም።

## Notice

notice-embassy-fear = ምስ ኤምባሲኹም ክትራኸቡ ኣየድልየኩምን። ንበዓል ስልጣን ሃገርኩም እንተ ፈሪሕኩም፡ ንVluchtelingenWerk ንገሩ።

## Result

advice-danger = ሕጂ ኣብ ሓደጋ ዲኹም? ናብ 112 ደውሉ። ህይወትኩም ናይ ምቛጽ ሓሳብ ኣለኩም ድዩ? ለይትን መዓልትን ናብ 113 ደውሉ።
advice-confirm = ገለ ሓበሬታ ኣብዚ ካብ ጽማቝ እዩ ዝመጸ፡ ካብቲ መበቆላዊ ምንጪ ኣይኮነን። VluchtelingenWerk ከረጋግጾ ሕተቱ።
advice-confirm-card = VluchtelingenWerk ነዚ ከረጋግጾ ሕተቱ። ሕግታትን ዕለታትን ክቕየሩ ይኽእሉ።
advice-held-back = ሕጂ ኣይቐርብን፡ ምኽንያቱ፡
advice-fact-source = ምንጪ፡ { $source } (ብ{ $date } ተረጋጊጹ)።

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
