# Questionnaire content, Tigrinya. Ids come from content/questionnaire.toml
# (see the comment at its top). Plain language: short sentences, one idea each.

## Shared answer options

opt-yes = እወ
opt-no = ኣይፋል
opt-not-sure = ርግጸኛ ኣይኮንኩን
opt-prefer-not = ክገልጾ ኣይደልን
opt-dont-know = ኣይፈልጥን
opt-other = ካልእ
opt-none = ካብዚኦም ሓደ እውን የለን

## Procedure

q-decision-when = ኣብቲ ሕቶ ዑቕባኹም ዝነጸገ ደብዳበ ዝተጻሕፈ ዕለት እንታይ እዩ?
    .short = ዕለት ውሳነ
    .why = ሓደ ሓደ ናይ ግዜ ገደባት ካብዚ ዕለት እዮም ዝቑጸሩ። ኣብቲ ደብዳበ ዝተጻሕፈ ዕለት ተጠቐሙ፡ እቲ ዝበጽሓኩም መዓልቲ ኣይኮነን።
q-decision-when-opt-lt-1w = ቅድሚ 1 ሰሙን ዘይመልእ
q-decision-when-opt-w1-4 = ቅድሚ 1 ክሳብ 4 ሰሙን
q-decision-when-opt-m1-3 = ቅድሚ 1 ክሳብ 3 ወርሒ
q-decision-when-opt-gt-3m = ቅድሚ ልዕሊ 3 ወርሒ

q-appeal = ንስኹም ወይ ጠበቓኹም ኣብ ልዕሊ እቲ ውሳነ ይግባይ ኢልኩም ዶ?
    .short = ይግባይ
    .why = ናብ ቤት ፍርዲ ዝቐርብ ይግባይ ቀጺሉ ዝኸውን ክቕይር ይኽእል።
q-appeal-opt-not-yet = ኣይፋል፡ ገና ኣይገበርናዮን
q-appeal-opt-running = እወ፡ ቤት ፍርዲ ግን ገና ኣይወሰነን
q-appeal-opt-lost = እወ፡ ቤት ፍርዲ ድማ ነጺግዎ

q-appeal-term = ደብዳበኹም ይግባይ ንምባል ክንደይ ግዜ ይህበኩም?
    .short = ግዜ ይግባይ
    .why = ግዜ ይግባይ ሓጺር እዩ። ክንደይ ምዃኑ ደብዳበኹም ይገልጽ።
q-appeal-term-opt-one-week = 10 መዓልቲ ወይ ውሑድ (ንኣብነት 1 ሰሙን)
q-appeal-term-opt-four-weeks = 2 ሰሙን ወይ ልዕሊኡ (ንኣብነት 4 ሰሙን)

q-dublin = እቲ ደብዳበ፡ ሕቶኹም ካልእ ሃገር ኤውሮጳ ክርእዮ ከም ዘለዎ ይገልጽ ዶ?
    .short = ሓላፍነት ናይ ካልእ ሃገር ኤውሮጳ እዩ (Dublin)
    .why = እንተ ኾይኑ፡ ካልእ ሕግታትን ካልእ ናይ ግዜ ገደባትን ይምልከቱኹም።

q-departure = ካብ ሆላንድ ንምውጻእ ግዜ ተዋሂቡኩም (ግዜ ምውጻእ)። እቲ ግዜ ገና ይቕጽል ኣሎ ዶ?
    .short = ግዜ ምውጻእ
    .why = እዚ ግዜ ምስ ተወድአ፡ መብዛሕትኡ ግዜ መዕቆቢኹም እውን ይውዳእ።
q-departure-opt-running = እወ፡ ገና ይቕጽል ኣሎ
q-departure-opt-ended = ኣይፋል፡ ተወዲኡ
q-departure-opt-zero-days = ብቕጽበት ክወጽእ ነይሩኒ (0 መዓልቲ)

q-entry-ban = ክልከላ ምእታው ተዋሂቡኩም ዶ?
    .short = ክልከላ ምእታው
    .why = ክልከላ ምእታው ማለት ንገለ ዓመታት ናብ ኤውሮጳ ክትምለሱ ኣይፍቀደኩምን ማለት እዩ።

q-dtv-contact = ምስ DT&V ብዛዕባ ምውጻእ ዘተ ገይርኩም ዶ? (DT&V ናይ መንግስቲ ሆላንድ ኣገልግሎት ምምላስ እዩ።)
    .short = ዘተ ምስ DT&V
    .why = እዞም ዘተታት ንገለ መገድታት ምጽናሕ ኣገደስቲ እዮም።
q-dtv-contact-opt-several = እወ፡ ብዙሕ ግዜ
q-dtv-contact-opt-once = እወ፡ ሓደ ግዜ

q-reception = ሕጂ ኣበይ ትድቅሱ?
    .short = እትድቅሱሉ ቦታ
    .why = ውሑስ መደቀሲ ቦታ እንተ ለኩም ክንፈልጥ ንደሊ።
q-reception-opt-coa = ኣብ ማእከል COA (መዕቆቢ ሓተትቲ ዑቕባ)
q-reception-opt-vbl = ኣብ Ter Apel ዘሎ ማእከል ምውጻእ (VBL)
q-reception-opt-family-location = ኣብ መዕቆቢ ስድራቤታት
q-reception-opt-municipal = ኣብ ናይ ከተማ መዕቆቢ ለይቲ
q-reception-opt-friends = ምስ ኣዕሩኽ ወይ ስድራቤት
q-reception-opt-street = ኣብ ጎደና፡ ወይ ቀዋሚ ቦታ የብለይን

## Fear on return

q-fear = ናብ ሃገርኩም እንተ ተመሊስኩም ክወርደኩም ዝኽእል ነገር ትፈርሑ ዶ?
    .short = ፍርሃት ምምላስ
    .why = ዝኾነ ሰብ ናብ ሓደጋ ክምለስ የብሉን። መልስኹም እንታይ ቀዲምና ከም እነርኢ ይውስን።

q-fear-of = እንታይ ኢኹም ትፈርሑ? ካብ ሓደ ንላዕሊ ክትመርጹ ትኽእሉ ኢኹም።
    .short = እትፈርህዎ ነገር
    .why = እዚ ንኣማኻሪ ዛንታኹም ደጊሙ ክርእዮ ይሕግዞ።
q-fear-of-opt-persecution = ምስጓግ፡ ንኣብነት ብሰንኪ እምነተይ፡ መበቆለይ ወይ መንነተይ
q-fear-of-opt-inhuman = ምስቓይ ወይ ብጭካነ ምሕዛ
q-fear-of-opt-authorities = ፖሊስ፡ ሰራዊት ወይ መንግስቲ
q-fear-of-opt-group = ሓደ ጉጅለ፡ ጉጅለ ገበነኛታት ወይ ስድራቤት
q-fear-of-opt-war = ኣብ ከባቢየይ ዘሎ ኲናት ወይ ዓመጽ

q-understood = ዛንታ ዑቕባኹም ከም ዝተረድኡዎ ይስምዓኩም ዶ?
    .short = ዛንታኹም ተረዲኡዎም ድዩ
    .why = እንተ ዘይኮይኑ፡ ዛንታኹም ደጊምካ ምርኣይ ክሕግዝ ይኽእል።
q-understood-opt-partly = ብኸፊል

q-new-facts = ድሕሪ እቲ ውሳነ ዝተቐየረ ነገር ኣሎ ዶ? ካብ ሓደ ንላዕሊ ክትመርጹ ትኽእሉ ኢኹም።
    .short = ድሕሪ ውሳነ ዝተቐየረ
    .why = ሓደስቲ ሓቅታት ንሓድሽ ሕቶ ምኽንያት ክኾኑ ይኽእሉ።
q-new-facts-opt-country-changed = ኣብ ሃገረይ ዘሎ ኩነታት ዝያዳ ተበላሺዩ
q-new-facts-opt-lgbti = ሕጂ ሌዝብያን፡ ጌይ፡ ባይሰክሹዋል፡ ትራንስ ወይ ኢንተርሰክስ ምዃነይ ክገልጽ እኽእል እየ
q-new-facts-opt-conversion = ሃይማኖተይ ቀይረ
q-new-facts-opt-political = ኣብ ፖለቲካ ንጡፍ ኮይነ
q-new-facts-opt-documents = ሓደስቲ ሰነዳት ኣለዉኒ
q-new-facts-opt-witnesses = ሓደስቲ መሰኻኽር ረኺበ

## Health and safety

q-health = ካብዚኦም ሕጂ ንዓኹም ዝምልከት ኣሎ ዶ? ካብ ሓደ ንላዕሊ ክትመርጹ ትኽእሉ ኢኹም።
    .short = ጥዕና
    .why = ሕማም ወይ ጥንሲ ምውጻእ ንምድንጓይ ምኽንያት ክኸውን ይኽእል።
q-health-opt-serious-illness = ከቢድ ሕማም ኣለኒ፡ ሕክምና ድማ እወስድ ኣለኹ
q-health-opt-pregnant = ጥንሲ ኣለኒ
q-health-opt-tb = ሕክምና ዓባይ ሰዓል (TB) እወስድ ኣለኹ
q-health-opt-mental = ብዙሕ ጭንቀት፡ ፍርሃት ወይ ጓሂ ኣለኒ

q-doctor = ኣብ ዘድልየኩም ግዜ ሓኪም ክትርእዩ ትኽእሉ ዶ?
    .short = ሓኪም ምርካብ
    .why = ኣብ ሆላንድ ዘሎ ኩሉ ሰብ ኣድላዪ ሕክምና ናይ ምርካብ መሰል ኣለዎ።

q-crisis = ሓደ ሓደ ግዜ ህይወትኩም ንምውዳእ ትሓስቡ ዶ?
    .short = ህይወት ናይ ምውዳእ ሓሳባት
    .why = እንተ ኾይኑ፡ ሕጂ፡ ለይትን መዓልትን፡ ሓገዝ ኣበይ ከም እትረኽቡ ነርእየኩም።
q-crisis-opt-often = እወ፡ ብዙሕ ግዜ
q-crisis-opt-sometimes = እወ፡ ሓደ ሓደ ግዜ

q-unsafe-now = ሕጂ ኣብ ዘለኹምዎ ቦታ ውሕስነት ከም ዘይብልኩም ይስምዓኩም ዶ?
    .short = ሕጂ ውሕስነት ዘይምስማዕ
    .why = ውሕስነትኩም ቀዳምነት እዩ።

q-trafficking = ሓደ ሰብ ካብዚኦም ሓደ ኣብ ልዕሌኹም ፈጺሙ ዶ? ካብ ሓደ ንላዕሊ ክትመርጹ ትኽእሉ ኢኹም።
    .short = ምልክታት ምዝመዛ
    .why = ግዳያት ንግዲ ደቂ ሰባት ኣብ ሆላንድ ፍሉይ መሰላት ኣለዎም።
q-trafficking-opt-debt = ክኸፍሎ ዘይክእል ዕዳ ክኸፍል ኣገዲዱኒ
q-trafficking-opt-forced-work = ክሰርሕ ወይ ዘይደለኽዎ ነገር ክገብር ኣገዲዱኒ
q-trafficking-opt-documents-taken = ፓስፖርተይ ወይ ወረቓቕተይ ወሲዱ
q-trafficking-opt-controlled = ኣበይ ከም ዝኸይድን ንመን ከም ዝረክብን ንሱ ይውስነለይ

## Family

q-children = ኣብ ሆላንድ ምሳኹም ዘለዉ ትሕቲ 18 ዓመት ዝዕድሚኦም ቆልዑ ኣለዉኹም ዶ?
    .short = ምሳኹም ዘለዉ ቆልዑ
    .why = ቆልዑ ናይ ገዛእ ርእሶም መሰላት ኣለዎም፡ ንኣብነት መሰል መዕቆቢን ቤት ትምህርትን።

q-school = ቆልዑኹም ናብ ቤት ትምህርቲ ይኸዱ ዶ?
    .short = ቤት ትምህርቲ
    .why = ካብ 5 ዓመት ጀሚሩ ኩሉ ቆልዓ ናብ ቤት ትምህርቲ ክኸይድ ኣለዎ፡ ወረቓቕቲ እንተ ሃለዎ ወይ እንተ ዘይሃለዎ።
q-school-opt-some = ገሊኦም
q-school-opt-too-young = ትሕቲ 5 ዓመት እዮም

q-family-nl = ኣብ ሆላንድ ፓስፖርት ሆላንድ ወይ ፍቓድ መንበሪ ዘለዎ ስድራቤት ኣለኩም ዶ? ካብ ሓደ ንላዕሊ ክትመርጹ ትኽእሉ ኢኹም።
    .short = ኣብ ሆላንድ ዘሎ ስድራቤት
    .why = ዝምድና ስድራቤት ናይ ምጽናሕ መሰል ክህብ ይኽእል።
q-family-nl-opt-dutch-child = ፓስፖርት ሆላንድ ዘለዎ ቆልዓ
q-family-nl-opt-partner = ሰብኣይ፡ ሰበይቲ ወይ መጻምድቲ
q-family-nl-opt-other-family = ካልእ ስድራቤት

## Documents and country

q-documents = ፓስፖርት ወይ ካልእ ሰነድ ጉዕዞ ኣለኩም ዶ?
    .short = ሰነድ ጉዕዞ
    .why = እዚ ንኹሉ ምርጫ ኣገዳሲ እዩ፦ ንምጽናሕ፡ ንምጽባይ ወይ ንምምላስ።
q-documents-opt-valid = እወ፡ ገና ይሰርሕ እዩ
q-documents-opt-expired = እወ፡ ግን ግዜኡ ሓሊፉ
q-documents-opt-no-document = ኣይፋል
q-documents-opt-held = ሰበ-ስልጣን ሆላንድ ሒዞምዎ ኣለዉ

q-embassy = ካብ ኤምባሲ ሃገርኩም ሰነድ ጉዕዞ ሓቲትኩም ዶ?
    .short = ርክብ ምስ ኤምባሲ
    .why = ሃገርኩም ክትኣትዉ እንተ ዘይፈቐደትልኩም፡ ናይ ምጽናሕ መገዲ ክህሉ ይኽእል።
q-embassy-opt-refused = እወ፡ ንሳቶም ድማ ኣበዩ
q-embassy-opt-no-answer = እወ፡ ግን መልሲ ኣይሃቡን
q-embassy-opt-in-progress = እወ፡ መልሲ እጽበ ኣለኹ
q-embassy-opt-not-tried = ኣይፋል፡ ገና ኣይሓተትኩን

q-nationality = ሓንቲ ሃገር ከም ዜጋኣ ትቖጽረኩም ዶ?
    .short = ዜግነት
    .why = ዜግነት ዘይብሎም ሰባት (ሃገር ኣልቦ ሰባት) ካልእ መሰላት ክህልዎም ይኽእል።
q-nationality-opt-one-country = እወ
q-nationality-opt-stateless = ኣይፋል፡ ሃገር ኣልቦ እየ
q-nationality-opt-unsure = ርግጸኛ ኣይኮንኩን

q-country = ካበየናይ ሃገር ኢኹም መጺእኩም?
    .short = ሃገር
    .why = ሓገዝን ውሕስነትን ከከም ሃገሩ ይፈላለ።

## What you want

q-wants = ሕጂ እንታይ ክትገብሩ ትደልዩ?
    .short = ሕጂ እትደልይዎ
    .why = ምስ ድሌትኩም ዝሰማማዕ ደገፍ ነርኢ። ዝውስኑ ንስኹም ኢኹም።
q-wants-opt-stay = ኣብ ሆላንድ ንምጽናሕ ክፍትን እደሊ
q-wants-opt-unsure = ገና ኣይፈለጥኩን
q-wants-opt-talk = መጀመርታ ምስ ሓደ ሰብ ክዛረብ እደሊ
q-wants-opt-return-thinking = ብዛዕባ ምምላስ እሓስብ ኣለኹ
q-wants-opt-return-decided = ክምለስ ወሲነ ኣለኹ

q-new-start = ሓድሽ ጅማሮ ንምግባር እንታይ ምሓገዘኩም? ካብ ሓደ ንላዕሊ ክትመርጹ ትኽእሉ ኢኹም።
    .short = ንሓድሽ ጅማሮ ዝሕግዝ
    .why = ድሕሪ ምምላስ ዝወሃብ ደገፍ ኣብዚ ተመርኲሱ ክውጠን ይኽእል።
q-new-start-opt-work = ስራሕ
q-new-start-opt-business = ንእሽቶ ንግዲ ምጅማር
q-new-start-opt-education = ትምህርቲ ወይ ስልጠና
q-new-start-opt-housing = መንበሪ ቦታ
q-new-start-opt-medical = ሕክምና
q-new-start-opt-family = ርክብ ምስ ስድራቤት

q-family-origin = ኣብ ሃገርኩም ክሕግዙኹም ዝኽእሉ ስድራቤት ወይ ኣዕሩኽ ኣለዉኹም ዶ?
    .short = ኣብ ሃገርኩም ዘለዉ ስድራቤት ወይ ኣዕሩኽ
    .why = ድሕሪ ምምላስ ዝወሃብ ደገፍ ምስኦም ዳግማይ ርክብ ምግባር ከጠቓልል ይኽእል።

q-past-return = ኣብ ዝሓለፈ 5 ዓመት፡ IOM ወይ መንግስቲ ቅድሚ ሕጂ ክትምለሱ ሓጊዞምኹም ዶ?
    .short = ቅድሚ ሕጂ ዝተዋህበ ሓገዝ ምምላስ
    .why = እዚ ኣብቲ IOM ክህቦ ዝኽእል ሓገዝ ጽልዋ ክህልዎ ይኽእል።

q-can-pay = ንጉዕዞ ባዕልኹም ክትከፍሉ ትኽእሉ ዶ?
    .short = ክፍሊት ጉዕዞ
    .why = እንተ ዘይክኢልኩም፡ ጉዕዞ ክኽፈለልኩም ይኽእል።

## Urgent notes

urgent-crisis = ነዚ በይንኹም ክትጸሩ የብልኩምን
    .what = ሕጂ ምስ ሓደ ሰብ ተዛረቡ። 113 Zelfmoordpreventie ብነጻ እዩ፡ ስምኩም ኣይግለጽን፡ ለይትን መዓልትን ይሰርሕ።
    .next = ናብ 113 ደውሉ (ብነጻ)፡ ወይ ኣብ 113.nl ብጽሑፍ ተዘራረቡ (chat)። ንኣማኻሪ VluchtelingenWerk እውን ክትነግሩ ትኽእሉ ኢኹም።
urgent-unsafe = ውሕስነትኩም ቀዳምነት እዩ
    .what = ሕጂ ኣብ ሓደጋ እንተ ሃሊኹም፡ ናብ 112 ደውሉ።
    .next = እንተ ኽኢልኩም ናብ ውሑስ ቦታ ኪዱ። ዝተፈጸመ ንኣማኻሪ VluchtelingenWerk ንገሩ።
urgent-appeal-short = ግዜ ይግባይኩም ሓጺር እዩ
    .what = ኣብ ደብዳበኹም ካብ ዕለት ውሳነ ጀሚሩ ክንደይ መዓልቲ ከም ዘለኩም ተጻሒፉ ኣሎ። ካብ 12 ሰነ 2026 ጀሚሩ እቲ ግዜ ካብ ቀደም ሓጺር ክኸውን ይኽእል። ይግባይ ዋላ ሓንቲ ኣየኽፍለኩምን።
    .next = ሎሚ ምስ ጠበቓ ተራኸቡ። ጠበቓ እንተ ዘይብልኩም፡ VluchtelingenWerk ጠበቓ ንምርካብ ክሕግዘኩም ይኽእል።
urgent-appeal-long = ግዜ ይግባይኩም ኣረጋግጹ
    .what = ኣብ ደብዳበኹም ካብ ዕለት ውሳነ ጀሚሩ ክንደይ ግዜ ከም ዘለኩም ተጻሒፉ ኣሎ። ካብ 12 ሰነ 2026 ጀሚሩ እቲ ግዜ ካብ ቀደም ሓጺር ክኸውን ይኽእል። ይግባይ ዋላ ሓንቲ ኣየኽፍለኩምን።
    .next = ሕጂ ምስ ጠበቓ ተራኸቡ። ጠበቓ እንተ ዘይብልኩም፡ VluchtelingenWerk ክትረኽቡ ክሕግዘኩም ይኽእል።
urgent-departure-running = ግዜ ምውጻእኩም ይቕጽል ኣሎ
    .what = እቲ ውሳነ ንምውጻእ ግዜ ሂቡኩም፡ መብዛሕትኡ ግዜ 28 መዓልቲ። ይግባይ እንተ ዘይኣቕሪብኩም፡ ወይ ይግባይኩም ምስጓግ ዘየቋርጽ እንተኾይኑ፡ ካብ ዕለት ውሳነ ይቑጸር። እንተዘይኮይኑ ካብ ፍርዲ ቤት ፍርዲ ይቑጸር፡ ወይ ካብ ፍርዲ ብዛዕባ ግዝያዊ መደብ እንተ ቐዲሙ። ኣብዚ ግዜ መንበሪ COA መብዛሕትኡ ግዜ ይቕጽል።
    .next = እዚ ግዜ ቅድሚ ምውዳኡ፡ ብዛዕባ ምርጫታትኩም ምስ VluchtelingenWerk ተዛረቡ።
urgent-departure-over = ንምውጻእ ዝተዋህበኩም ግዜ ተወዲኡ
    .what = መዕቆቢ ክቋረጽ ይኽእል፡ ክትከዱ ድማ ክሕተቱ ትኽእሉ። ብግዜኡ እንተ ዘይከድኩም፡ ክሳብ 5 ዓመት፡ ድሕሪ ገበን ድማ ካብኡ ንላዕሊ፡ ናብ ኤውሮጳ ናይ ምእታው እገዳ ክወሃበኩም ይኽእል።
    .next = ብዛዕባ መሰላትኩምን ምርጫታትኩምን ብቕልጡፍ ምስ VluchtelingenWerk ወይ ምስ ጠበቓ ተዛረቡ።
urgent-dublin = ሓላፍነት ናይ ካልእ ሃገር ኤውሮጳ ክኸውን ይኽእል
    .what = ካብ 1 ሓምለ 2026 ጀሚሩ ንዚ ሓደስቲ ሕግታት ኤውሮጳ ይሰርሑ። ሕቶኹም ቅድሚ 1 ሓምለ 2026 እንተ ተመዝጊቡ፡ ኣየናይ ሃገር ሓላፍነት ከም ዘለዎ ገና ብናይ ዱብሊን ኣረጊት ሕግታት ይውሰን። ናይ ግዜ ገደባት ክህልዉ ይኽእሉ።
    .next = ኣየኖት ሕግታትን ዕለታትን ከም ዝምልከቱኹም VluchtelingenWerk ወይ ጠበቓኹም ሕተቱ።
urgent-trafficking = ግዳይ ንግዲ ደቂ ሰባት ክትኮኑ ትኽእሉ ኢኹም
    .what = ግዳይ ንግዲ ደቂ ሰባት ምዃንኩም ዘርኢ ምልክታት እንተሎ፡ ፖሊስ ክሳብ 3 ወርሒ ናይ ምሕሳብ ግዜ ክህበኩም ኣለዎ። ኣብቲ ግዜ እቲ ኣይትስጎጉን ኢኹም።
    .next = ምስ CoMensha ወይ VluchtelingenWerk ተራኸቡ። ንፖሊስ ወግዓዊ ክሲ (aangifte) እንተ ኣቕሪብኩም፡ እቲ ክሲ ከም ሕቶ ፍቓድ እውን ይቑጸር። እቲ ፍቓድ ክሳብ ገበናዊ መጽናዕቲ ዝቕጽል ይጸንሕ።
urgent-shelter-family = ቆልዑ ዘለውዎም ስድራቤታት መሰል መዕቆቢ ኣለዎም
    .what = ትሕቲ 18 ዓመት ቆልዑ ዘለውዎም ስድራቤታት ናብ መዕቆቢ ስድራቤታት ክኸዱ ይኽእሉ።
    .next = መዕቆቢ ንምድላው ክሕግዘኩም ሎሚ VluchtelingenWerk ሕተቱ።
urgent-shelter = ውሑስ መደቀሲ ቦታ
    .what = ገለ ከተማታት ገና መዕቆቢ ለይቲ ይህባ እየን፡ ኩለን ግን ኣይኮናን። ሕግታት ከከም ከተማ ይፈላለ።
    .next = ኣየናይ መዕቆቢ ንዓኹም ክፉት ምዃኑ VluchtelingenWerk ወይ ROS ሕተቱ።
urgent-medical = ሕክምና ናይ ምርካብ መሰል ኣለኩም
    .what = ዝኾነ ሰብ ናብ ሓኪም ክኸይድ ይኽእል፡ ብዘይ ሰነዳት እውን። ሕክምና ኩሉ ግዜ ብነጻ ኣይኮነን። ክትከፍሉ እንተ ዘይክኢልኩም፡ ሓኪም ነቲ ወጻኢ ካብ CAK ክሓትት ይኽእል። ኩሉ ሆስፒታል ወይ ፋርማሲ ምስ CAK ኣይሰርሕን።
    .next = ናብ ሓኪም ስድራቤት (GP) ኪዱ። Dokters van de Wereld ሓኪም ንምርካብ ክሕግዘኩም ይኽእል።
urgent-school = ቤት ትምህርቲ ንኹሉ ቆልዓ ክፉት እዩ
    .what = ኣብ ኔዘርላንድ ዘሎ ነፍሲ ወከፍ ቆልዓ ናብ ቤት ትምህርቲ ናይ ምኻድ መሰል ኣለዎ፡ ብዘይ ሰነዳት እውን። ካብ 5 ዓመት ጀሚሩ ቆልዓ ናብ ቤት ትምህርቲ ክኸይድ ኣለዎ።
    .next = ቤት ትምህርቲ ንምርካብ ክሕግዙኹም VluchtelingenWerk ወይ ምምሕዳር ከተማ ሕተቱ።

## Routes

route-conversation = ብዛዕባ እቲ ውሳነ ዘተ
    .what = ኣማኻሪ VluchtelingenWerk ይሰምዓኩም። ብሓባር ነቲ ውሳነን ሕቶታትኩምን ትርእዩ። ካልኣይ ርእይቶ (second opinion) ክህበኩም ይኽእል።
    .next = ምስ VluchtelingenWerk ቆጸራ ሓዙ። ደብዳባትኩም ሒዝኩም ክትመጹ ትኽእሉ ኢኹም።
route-flight-story = ዛንታ ዑቕባኹም ደጊምካ ምርኣይ
    .what = ኣማኻሪ ምሳኹም ኮይኑ ዛንታኹም ደጊሙ ይርእዮ (ትንተና ዛንታ ስደት)። እዚ ናብ ሓደጋ ከም ዘይትምለሱ ንምርግጋጽ ይሕግዝ። ነቲ ውሳነ ንኽትርድእዎን ክትቕበልዎን እውን ክሕግዘኩም ይኽእል።
    .next = ትንተና ዛንታ ስደት ክግበረልኩም VluchtelingenWerk ሕተቱ። እንተ ኣለኩም፡ ደብዳበ ውሳነኹምን ጸብጻባት ቃለ መሕትትኩምን ሒዝኩም ምጹ።
route-legal-check = ንምጽናሕ ወይ ምውጻእ ንምድንጓይ ዘለኩም ምርጫታት ምምርማር
    .what = VluchtelingenWerkን ሓደ ጠበቓን ንምጽናሕ ወይ ደሓር ንምውጻእ መገዲ እንተ ሃልዩ ይርእዩ።
    .next = ምርጫታትኩም ክምርምሩልኩም VluchtelingenWerk ሕተቱ። ሓድሽ መስርሕ ቅድሚ ምጅማርኩም ምስ ጠበቓ ተዛረቡ።
route-reintegration = ድሕሪ ምምላስ ህይወትኩም ዳግማይ ንምህናጽ ደገፍ (ERSO)
    .what = ባዕልኹም ክትምለሱ እንተ ወሲንኩም፡ VluchtelingenWerk ምስ ሓደ ኣብ ሃገርኩም ዘሎ መሻርኽቲ ትካል ኮይኑ ምምላስኩም ከዳልዎ ይኽእል። ብሓባር ውጥን ትሰርሑ፡ ንኣብነት ንስራሕ፡ ንንእሽቶ ንግዲ፡ ንትምህርቲ ወይ ንመንበሪ ገዛ። ደገፍ ክሳብ ሓደ ዓመት ክቕጽል ይኽእል።
    .next = ኣብ ሃገርኩም መሻርኽቲ ትካል እንተ ሃልዩ VluchtelingenWerk ሕተቱ። ንምውሳን ግዜ ውሰዱ። ሓሳብኩም ክትቕይሩ ትኽእሉ ኢኹም።
route-iom = ብሓገዝ IOM ምምላስ
    .what = IOM ትኬት ከዳሉ፡ ብሰነዳት ጉዕዞ ክሕግዝን ምስ በጻሕኩም ክሕግዝን ይኽእል። ሓደ ሓደ ግዜ ዳግማይ ንምጅማር ተወሳኺ ደገፍ ኣሎ። ዘተታት ምስጢራዊ እዮም።
    .next = ምስ IOM ተራኸቡ ወይ VluchtelingenWerk ሕተቱ። IOM ንቅድመ-ኩነታቱ እንተ ኣማሊእኩም ይርኢ።
route-return-orgs = ኣብ ምምላስ ዝሕግዛ ካልኦት ትካላት
    .what = ገለ ትካላት ኮርሳት፡ ወይ ድሕሪ ምምላስ ስራሕ ንምጅማር መሳርሒታት ይህባ።
    .next = ኣየናይ ትካል ብዝበለጸ ከም ዝሰማምዓኩም VluchtelingenWerk ሕተቱ።

## Points within a route

point-higher-appeal = ቤት ፍርዲ ነጺግዎ። ናብ ቤት ምኽሪ መንግስቲ (Raad van State) ተወሳኺ ይግባይ ምባል ክከኣል ይኽእል። ነዚ ዘሎ ግዜ ሓጺር እዩ።
point-new-application = ሓደስቲ ሓቅታት ንሓድሽ ሕቶ ዑቕባ ምኽንያት ክኾኑ ይኽእሉ። መጀመርታ ምስ ጠበቓ ተዛረቡ።
point-no-fault = ሃገርኩም ክትኣትዉ እንተ ዘይፈቐደትልኩም፡ «ጌጋ ናትኩም ዘይኮነ» ፍቓድ መንበሪ (buitenschuldvergunning) ክትረኽቡ ትኽእሉ ኢኹም። መጀመርታ DT&V ክትከዱ ክሕግዘኩም ሕተቱ። እዚ ብዘይ ጌጋኹም እንተ ዘይሰሊጡ፡ DT&V ነቲ ፍቓድ ክህብ ንIND ክመኽር ይኽእል። መንነትኩምን ዜግነትኩምን ንጹር ክኸውን ኣለዎ። ምርካቡ ከቢድ እዩ።
point-medical-postponement = ንስኹም ወይ ኣባል ስድራኹም ንምጕዓዝ ኣዝዩ ሕሙም እንተ ኾይኑ፡ ምኻድ ክድንጎ ይኽእል (ዓንቀጽ 64)። ንስኹም ወይ ጠበቓኹም ነዚ ካብ IND ክትሓቱ ኣለኩም፡ ኣብ ጥንሲ ወይ ሕክምና ሰዓል ሕቖ እውን።
point-statelessness = ዝኾነ ዜግነት እንተ ዘይብልኩም፡ ቤት ፍርዲ ዘ ሄግ ሃገር ኣልቦ ምዃንኩም ክውስን ይኽእል። ነዚ ጠበቓ የድልየኩም፡ ክፍሊት ቤት ፍርዲ እውን ኣሎ።
point-family-ties = ንሆላንዳዊ ቆልዓ ዝከናኸን ወላዲ፡ ወይ ኣብዚ ቀረባ ስድራቤት ዘለዎ ሰብ፡ ናይ ምጽናሕ መሰል ክህልዎ ይኽእል።
point-trafficking-permit = ግዳያት ንግዲ ደቂ ሰባት ናይ ምሕሳብ ግዜ፡ ሓደ ሓደ ግዜ ድማ ፍቓድ መንበሪ ክረኽቡ ይኽእሉ።
point-erso-partner = ኣብ ሕሉፍ ኣብዚ ሃገር መሻርኽቲ ትካል ነይሩ። ሕጂ እንተ ሃልዩ VluchtelingenWerk ክነግረኩም ይኽእል።
point-new-start-plan = ውጥንኩም ክሕግዘኩም እዩ ኢልኩም ዝገለጽኩምዎ ነገራት ከጠቓልል ይኽእል።
point-family-support = ውጥንኩም ምስ ስድራቤትኩም ወይ ኣዕሩኽኩም ዳግማይ ርክብ ምግባር ከጠቓልል ይኽእል።
point-iom-caveat = IOM ናብዚ ሃገር ንምምላስ ክሕግዝ ዘይክእል ክኸውን ይኽእል። IOM ወይ VluchtelingenWerk ሕተቱ።
point-iom-past-return = ኣብ ዝሓለፈ 5 ዓመት ሓገዝ ምምላስ እንተ ረኺብኩም፡ IOM ደጊሙ ክሕግዘኩም ዘይክእል ክኸውን ይኽእል። IOM ወይ VluchtelingenWerk ሕተቱ።
point-iom-ticket = IOM ንጉዕዞ ዝኸፍል ባዕልኹም ክትከፍሉ እንተ ዘይክኢልኩም ጥራይ እዩ። IOM ወይ VluchtelingenWerk ሕተቱ።

## Referral directory

ref-vwn = VluchtelingenWerk Nederland
    .offer = ብነጻን ናጻን ዝወሃብ ምኽሪ፡ ዝሰምዓኩም ሰብ፡ ካልኣይ ርእይቶ፡ ኣብ ሕጋዊ ሕቶታትን ኣብ ምምላስን ሓገዝ።
    .how = VluchtelingenWerk ኣብ ነፍሲ ወከፍ ማእከል ሓተትቲ ዑቕባ (azc) ይሰርሕ፡ ኣብኡ ንሰራሕተኛታቱ ሕተቱ። እንተ ዘይኮነ ናብ መርበብ ሓበሬታ ኪዱ።
ref-lawyer = ጠበቓ (ብመንገዲ Raad voor Rechtsbijstand)
    .offer = ንጉዳይ ዑቕባ ጠበቓ፡ ብመንገዲ Raad voor Rechtsbijstand።
    .how = VluchtelingenWerk ጠበቓ ንምርካብ ክሕግዘኩም ይኽእል።
ref-erso = መርበብ ERSO
    .offer = ኣብ ዓድታት መበቆል ዘለዋ፡ ሰባት ህይወቶም ዳግማይ ክሃንጹ ዝሕግዛ መሻርኽቲ ትካላት።
    .how = VluchtelingenWerk ሕተቱ። ንሳቶም ምስቲ መሻርኽቲ ትካል ይራኸቡልኩም።
ref-iom = IOM ሆላንድ
    .offer = ብድሌት ንምምላስ ሓገዝ፦ ትኬት፡ ሰነዳት ጉዕዞ፡ ኣብ ምብጻሕ ሓገዝ፡ ሓደ ሓደ ግዜ ድማ ዳግማይ ንምጅማር ደገፍ።
    .how = ብመርበብ ሓበሬታ IOM ምስ IOM ተራኸቡ፡ ወይ VluchtelingenWerk ሕተቱ።
ref-ros = ROS Rotterdam
    .offer = ሕጋዊ ምርመራ፡ ሕክምና ምርካብ፡ ህጹጽ መዕቆቢ ከምኡ'ውን ብዛዕባ መጻኢኹም ንምሕሳብ ሓገዝ።
    .how = ምስኦም ከራኽበኩም VluchtelingenWerk ሕተቱ።
ref-wereldwijd = WereldWijd (Limburg)
    .offer = ድሕሪ ምምላስ ስራሕ ንምጅማር ኮርስታትን ናውቲን (tool kit)።
    .how = ምስኦም ከራኽበኩም VluchtelingenWerk ሕተቱ።
ref-comensha = CoMensha
    .offer = ንግዳያት ንግዲ ደቂ ሰባት ዝኸውን ሃገራዊ ማእከል።
    .how = ብመርበብ ሓበሬታኦም ምስ CoMensha ተራኸቡ፡ ወይ VluchtelingenWerk ሕተቱ።
ref-line113 = 113 Zelfmoordpreventie
    .offer = ብዛዕባ ህይወትኩም ናይ ምውዳእ ሓሳባት ምስ ሓደ ሰብ ተዛረቡ። ብነጻ፡ ስምኩም ከይተገልጸ፡ ለይትን መዓልትን።
    .how = ደውሉ ወይ ብጽሑፍ ተዘራረቡ (chat)።
ref-emergency112 = ቁጽሪ ህጹጽ ሓገዝ 112
    .offer = ኣብ ህጹጽ ኩነታት ፖሊስ፡ ኣምቡላንስን መጥፋእቲ ሓዊን።
    .how = ናብ 112 ደውሉ።
ref-dvdw = Dokters van de Wereld
    .offer = ሓኪም ስድራቤት ንምርካብን ብዘይ ወረቓቕቲ ሕክምና ንምርካብን ሓገዝ።
    .how = ናብ መርበብ ሓበሬታኦም ኪዱ፡ ወይ VluchtelingenWerk ሕተቱ።
ref-cak = ስርዓት CAK
    .offer = ክትከፍሉ ምስ ዘይትኽእሉ፡ ሓካይምን ሆስፒታላትን ብመንገዲ እዚ ስርዓት ይኽፈሎም።
    .how = ዋላ ሓንቲ ክትገብሩ ኣየድልየኩምን። ኢንሹራንስ ከም ዘይብልኩም ንሓኪም ንገሩ።
