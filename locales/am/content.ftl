# Questionnaire content, Amharic. Ids come from content/questionnaire.toml
# (see the comment at its top). Plain language: short sentences, one idea each.

## Shared answer options

opt-yes = አዎ
opt-no = አይ
opt-not-sure = እርግጠኛ አይደለሁም
opt-prefer-not = ባልናገር እመርጣለሁ
opt-dont-know = አላውቅም
opt-other = ሌላ
opt-none = ከእነዚህ ውስጥ አንዱም አይደለም

## Procedure

q-decision-when = የጥገኝነት ማመልከቻዎን ውድቅ ባደረገው ደብዳቤ ላይ የታተመው ቀን ምንድን ነው?
    .short = የውሳኔው ቀን
    .why = አንዳንድ የጊዜ ገደቦች ከዚህ ቀን ጀምሮ ይቆጠራሉ። ደብዳቤው የደረሰዎትን ቀን ሳይሆን በደብዳቤው ላይ የታተመውን ቀን ይጠቀሙ።
q-decision-when-opt-lt-1w = ከ1 ሳምንት ያነሰ ጊዜ በፊት
q-decision-when-opt-w1-4 = ከ1 እስከ 4 ሳምንት በፊት
q-decision-when-opt-m1-3 = ከ1 እስከ 3 ወር በፊት
q-decision-when-opt-gt-3m = ከ3 ወር በላይ በፊት

q-appeal = እርስዎ ወይም ጠበቃዎ በውሳኔው ላይ ይግባኝ አቅርበዋል?
    .short = ይግባኝ
    .why = ለፍርድ ቤት የሚቀርብ ይግባኝ ቀጥሎ የሚሆነውን ሊለውጥ ይችላል።
q-appeal-opt-not-yet = አይ፣ ገና አላቀረብንም
q-appeal-opt-running = አዎ፣ ፍርድ ቤቱ ግን ገና አልወሰነም
q-appeal-opt-lost = አዎ፣ ፍርድ ቤቱም ውድቅ አድርጎታል

q-appeal-term = ደብዳቤዎ ይግባኝ ለማለት ምን ያህል ጊዜ ይሰጥዎታል?
    .short = ይግባኝ ለማለት ያለው ጊዜ
    .why = ይግባኝ ለማለት ያለው ጊዜ አጭር ነው። ምን ያህል እንደሆነ ደብዳቤዎ ይነግርዎታል።
q-appeal-term-opt-one-week = 10 ቀን ወይም ያነሰ (ለምሳሌ 1 ሳምንት)
q-appeal-term-opt-four-weeks = 2 ሳምንት ወይም ከዚያ በላይ (ለምሳሌ 4 ሳምንት)

q-dublin = ደብዳቤው ማመልከቻዎን ሌላ የአውሮፓ አገር መመልከት እንዳለበት ይገልጻል?
    .short = ኃላፊነቱ የሌላ የአውሮፓ አገር ነው (Dublin)
    .why = እንደዚያ ከሆነ፣ ሌሎች ደንቦች እና ሌሎች የጊዜ ገደቦች ይመለከቱዎታል።

q-departure = ከኔዘርላንድስ ለመውጣት ጊዜ ተሰጥቶዎታል (የመውጫ ጊዜ)። ይህ ጊዜ አሁንም እየሄደ ነው?
    .short = የመውጫ ጊዜ
    .why = ይህ ጊዜ ሲያበቃ፣ ብዙውን ጊዜ የሚያገኙት መጠለያም ያበቃል።
q-departure-opt-running = አዎ፣ አሁንም እየሄደ ነው
q-departure-opt-ended = አይ፣ አብቅቷል
q-departure-opt-zero-days = ወዲያውኑ መውጣት ነበረብኝ (0 ቀን)

q-entry-ban = የመግቢያ እገዳ ተጥሎብዎታል?
    .short = የመግቢያ እገዳ
    .why = የመግቢያ እገዳ ማለት ለተወሰኑ ዓመታት ወደ አውሮፓ ተመልሰው መምጣት አይችሉም ማለት ነው።

q-dtv-contact = ከDT&V ጋር ስለ መውጣት ተነጋግረዋል? (DT&V የኔዘርላንድስ መንግሥት የመመለሻ አገልግሎት ነው።)
    .short = ከDT&V ጋር የተደረጉ ውይይቶች
    .why = እነዚህ ውይይቶች ለአንዳንድ የመቆያ መንገዶች አስፈላጊ ናቸው።
q-dtv-contact-opt-several = አዎ፣ ብዙ ጊዜ
q-dtv-contact-opt-once = አዎ፣ አንድ ጊዜ

q-reception = አሁን የት ነው የሚተኙት?
    .short = የሚተኙበት ቦታ
    .why = ለመተኛት ደህንነቱ የተጠበቀ ቦታ እንዳለዎት ማወቅ እንፈልጋለን።
q-reception-opt-coa = በCOA ማዕከል (የጥገኝነት ጠያቂዎች መጠለያ)
q-reception-opt-vbl = በTer Apel በሚገኘው የመውጫ ማዕከል (VBL)
q-reception-opt-family-location = በቤተሰብ መጠለያ ቦታ
q-reception-opt-municipal = በከተማው የሌሊት መጠለያ
q-reception-opt-friends = ከጓደኞች ወይም ከቤተሰብ ጋር
q-reception-opt-street = በመንገድ ላይ፣ ወይም ቋሚ ቦታ የለኝም

## Fear on return

q-fear = ወደ አገርዎ ቢመለሱ በእርስዎ ላይ የሚደርሰውን ነገር ይፈራሉ?
    .short = የመመለስ ፍርሃት
    .why = ማንም ሰው ወደ አደጋ መመለስ የለበትም። የእርስዎ መልስ በመጀመሪያ ምን እንደምናሳይ ይወስናል።

q-fear-of = ምንድን ነው የሚፈሩት? ከአንድ በላይ መምረጥ ይችላሉ።
    .short = የሚፈሩት ነገር
    .why = ይህ አማካሪው ታሪክዎን እንደገና እንዲመለከት ይረዳል።
q-fear-of-opt-persecution = መሳደድ፣ ለምሳሌ በእምነቴ፣ በትውልዴ ወይም በማንነቴ ምክንያት
q-fear-of-opt-inhuman = መሰቃየት ወይም በጭካኔ መያዝ
q-fear-of-opt-authorities = ፖሊስ፣ ሠራዊት ወይም መንግሥት
q-fear-of-opt-group = አንድ ቡድን፣ የወሮበሎች ቡድን ወይም ቤተሰብ
q-fear-of-opt-war = በአካባቢዬ ያለ ጦርነት ወይም ሁከት

q-understood = የጥገኝነት ታሪክዎን በትክክል እንደተረዱት ይሰማዎታል?
    .short = ታሪክዎ መረዳቱ
    .why = ካልሆነ፣ ታሪክዎን እንደገና መመልከት ሊረዳ ይችላል።
q-understood-opt-partly = በከፊል

q-new-facts = ከውሳኔው በኋላ የተለወጠ ነገር አለ? ከአንድ በላይ መምረጥ ይችላሉ።
    .short = ከውሳኔው በኋላ የተለወጠው
    .why = አዲስ እውነታዎች ለአዲስ ማመልከቻ ምክንያት ሊሆኑ ይችላሉ።
q-new-facts-opt-country-changed = በአገሬ ያለው ሁኔታ ተባብሷል
q-new-facts-opt-lgbti = አሁን ሌዝቢያን፣ ጌይ፣ ባይሴክሹዋል፣ ትራንስ ወይም ኢንተርሴክስ መሆኔን መናገር እችላለሁ
q-new-facts-opt-conversion = ሃይማኖቴን ቀይሬያለሁ
q-new-facts-opt-political = በፖለቲካ ተሳታፊ ሆኛለሁ
q-new-facts-opt-documents = አዲስ ሰነዶች አሉኝ
q-new-facts-opt-witnesses = አዲስ ምስክሮች አግኝቻለሁ

## Health and safety

q-health = ከእነዚህ ውስጥ አሁን እርስዎን የሚመለከት አለ? ከአንድ በላይ መምረጥ ይችላሉ።
    .short = ጤና
    .why = ሕመም ወይም እርግዝና መውጣትን ለማዘግየት ምክንያት ሊሆን ይችላል።
q-health-opt-serious-illness = ከባድ ሕመም አለብኝ፤ ሕክምና እየተከታተልኩ ነው
q-health-opt-pregnant = ነፍሰ ጡር ነኝ
q-health-opt-tb = የሳንባ ነቀርሳ (TB) ሕክምና እየተከታተልኩ ነው
q-health-opt-mental = ብዙ ጭንቀት፣ ፍርሃት ወይም ሐዘን አለብኝ

q-doctor = ሲያስፈልግዎ ሐኪም ማየት ይችላሉ?
    .short = ሐኪም ማግኘት
    .why = በኔዘርላንድስ ያለ ማንኛውም ሰው አስፈላጊ የሕክምና እርዳታ የማግኘት መብት አለው።

q-crisis = አንዳንድ ጊዜ ሕይወትዎን ስለማጥፋት ያስባሉ?
    .short = ሕይወትን ስለማጥፋት ሐሳቦች
    .why = እንደዚያ ከሆነ፣ አሁን፣ ቀንም ሆነ ሌሊት እርዳታ የት እንደሚያገኙ እናሳይዎታለን።
q-crisis-opt-often = አዎ፣ ብዙ ጊዜ
q-crisis-opt-sometimes = አዎ፣ አንዳንድ ጊዜ

q-unsafe-now = አሁን ባሉበት ቦታ ደህንነት እንደሌለዎት ይሰማዎታል?
    .short = አሁን ደህንነት አለመሰማት
    .why = የእርስዎ ደህንነት ከሁሉ ይቀድማል።

q-trafficking = አንድ ሰው ከእነዚህ ነገሮች አንዱን በእርስዎ ላይ አድርጓል? ከአንድ በላይ መምረጥ ይችላሉ።
    .short = የብዝበዛ ምልክቶች
    .why = የሕገ ወጥ የሰዎች ዝውውር ተጠቂዎች በኔዘርላንድስ ልዩ መብቶች አሏቸው።
q-trafficking-opt-debt = ልከፍለው የማልችለውን ዕዳ እንድከፍል አስገድዶኛል
q-trafficking-opt-forced-work = እንድሠራ ወይም ያልፈለግኩትን ነገር እንዳደርግ አስገድዶኛል
q-trafficking-opt-documents-taken = ፓስፖርቴን ወይም ወረቀቶቼን ወስዶብኛል
q-trafficking-opt-controlled = የት እንደምሄድ እና ማንን እንደማገኝ እሱ ይወስንብኛል

## Family

q-children = በኔዘርላንድስ ከእርስዎ ጋር ያሉ ከ18 ዓመት በታች የሆኑ ልጆች አሉዎት?
    .short = ከእርስዎ ጋር ያሉ ልጆች
    .why = ልጆች የራሳቸው መብቶች አሏቸው፤ ለምሳሌ የመጠለያ እና የትምህርት ቤት መብት።

q-school = ልጆችዎ ትምህርት ቤት ይሄዳሉ?
    .short = ትምህርት ቤት
    .why = ከ5 ዓመት ጀምሮ እያንዳንዱ ልጅ ትምህርት ቤት መሄድ አለበት፤ ወረቀት ቢኖረውም ባይኖረውም።
q-school-opt-some = አንዳንዶቹ
q-school-opt-too-young = ከ5 ዓመት በታች ናቸው

q-family-nl = በኔዘርላንድስ የደች ፓስፖርት ወይም የመኖሪያ ፈቃድ ያለው ቤተሰብ አለዎት? ከአንድ በላይ መምረጥ ይችላሉ።
    .short = በኔዘርላንድስ ያለ ቤተሰብ
    .why = የቤተሰብ ትስስር የመቆየት መብት ሊሰጥ ይችላል።
q-family-nl-opt-dutch-child = የደች ፓስፖርት ያለው ልጅ
q-family-nl-opt-partner = ባል፣ ሚስት ወይም የሕይወት አጋር
q-family-nl-opt-other-family = ሌላ ቤተሰብ

## Documents and country

q-documents = ፓስፖርት ወይም ሌላ የጉዞ ሰነድ አለዎት?
    .short = የጉዞ ሰነድ
    .why = ይህ ለሁሉም አማራጮች አስፈላጊ ነው፦ ለመቆየት፣ ለመጠበቅ ወይም ለመመለስ።
q-documents-opt-valid = አዎ፣ አሁንም የሚሠራ ነው
q-documents-opt-expired = አዎ፣ ግን ጊዜው አልፎበታል
q-documents-opt-no-document = አይ
q-documents-opt-held = የኔዘርላንድስ ባለሥልጣናት ይዘውታል

q-embassy = ከአገርዎ ኤምባሲ የጉዞ ሰነድ ጠይቀዋል?
    .short = ከኤምባሲው ጋር ግንኙነት
    .why = አገርዎ እንዲገቡ ካልፈቀደልዎ፣ የመቆያ መንገድ ሊኖር ይችላል።
q-embassy-opt-refused = አዎ፣ እነሱም እምቢ አሉ
q-embassy-opt-no-answer = አዎ፣ ግን መልስ አልሰጡኝም
q-embassy-opt-in-progress = አዎ፣ መልስ እየጠበቅሁ ነው
q-embassy-opt-not-tried = አይ፣ ገና አልጠየቅሁም

q-nationality = አንድ አገር እንደ ዜጋው ይቆጥርዎታል?
    .short = ዜግነት
    .why = ዜግነት የሌላቸው ሰዎች (አገር አልባ ሰዎች) ሌሎች መብቶች ሊኖሯቸው ይችላሉ።
q-nationality-opt-one-country = አዎ
q-nationality-opt-stateless = አይ፣ አገር አልባ ነኝ
q-nationality-opt-unsure = እርግጠኛ አይደለሁም

q-country = ከየትኛው አገር ነው የመጡት?
    .short = አገር
    .why = እርዳታ እና ደህንነት እንደ አገሩ ይለያያሉ።

## What you want

q-wants = አሁን ምን ማድረግ ይፈልጋሉ?
    .short = አሁን የሚፈልጉት
    .why = ከፍላጎትዎ ጋር የሚስማማውን ድጋፍ እናሳያለን። የሚወስኑት እርስዎ ነዎት።
q-wants-opt-stay = በኔዘርላንድስ ለመቆየት መሞከር እፈልጋለሁ
q-wants-opt-unsure = ገና አላውቅም
q-wants-opt-talk = መጀመሪያ ከአንድ ሰው ጋር መነጋገር እፈልጋለሁ
q-wants-opt-return-thinking = ስለ መመለስ እያሰብኩ ነው
q-wants-opt-return-decided = ለመመለስ ወስኛለሁ

q-new-start = አዲስ ሕይወት ለመጀመር ምን ይረዳዎታል? ከአንድ በላይ መምረጥ ይችላሉ።
    .short = አዲስ ሕይወት ለመጀመር የሚረዳ
    .why = ከተመለሱ በኋላ የሚሰጠው ድጋፍ በዚህ ላይ ተመሥርቶ ሊታቀድ ይችላል።
q-new-start-opt-work = ሥራ
q-new-start-opt-business = ትንሽ ንግድ መጀመር
q-new-start-opt-education = ትምህርት ወይም ሥልጠና
q-new-start-opt-housing = የመኖሪያ ቦታ
q-new-start-opt-medical = የሕክምና እርዳታ
q-new-start-opt-family = ከቤተሰብ ጋር ግንኙነት

q-family-origin = በአገርዎ ሊረዱዎት የሚችሉ ቤተሰብ ወይም ጓደኞች አሉዎት?
    .short = በአገርዎ ያሉ ቤተሰብ ወይም ጓደኞች
    .why = ከተመለሱ በኋላ የሚሰጠው ድጋፍ ከእነሱ ጋር እንደገና መገናኘትን ሊያካትት ይችላል።

q-past-return = ባለፉት 5 ዓመታት ውስጥ IOM ወይም መንግሥት እንዲመለሱ ረድቶዎት ያውቃል?
    .short = ከዚህ በፊት የተሰጠ የመመለሻ እርዳታ
    .why = ይህ IOM ሊሰጥ በሚችለው እርዳታ ላይ ለውጥ ሊያመጣ ይችላል።

q-can-pay = ለጉዞው ራስዎ መክፈል ይችላሉ?
    .short = ለጉዞው መክፈል
    .why = መክፈል ካልቻሉ፣ ጉዞው ሊከፈልልዎ ይችላል።

## Urgent notes

urgent-crisis = ይህን ብቻዎን መሸከም አያስፈልግዎትም
    .what = አሁን ከአንድ ሰው ጋር ይነጋገሩ። 113 Zelfmoordpreventie ነፃ ነው፤ ስምዎን መናገር አያስፈልግዎትም። ቀንም ሌሊትም ይሠራል።
    .next = ወደ 113 ይደውሉ (ነፃ)፣ ወይም በ113.nl ላይ በጽሑፍ ይወያዩ (chat)። ለVluchtelingenWerk አማካሪም መናገር ይችላሉ።
urgent-unsafe = የእርስዎ ደህንነት ከሁሉ ይቀድማል
    .what = አሁን አደጋ ላይ ከሆኑ፣ ወደ 112 ይደውሉ።
    .next = ከቻሉ ደህንነቱ ወደተጠበቀ ቦታ ይሂዱ። የሆነውን ለVluchtelingenWerk አማካሪ ይንገሩ።
urgent-appeal-short = የይግባኝ ጊዜዎ አጭር ነው
    .what = ከውሳኔው ቀን ጀምሮ ስንት ቀን እንዳለዎት በደብዳቤዎ ላይ ተጽፏል። ከ12 ጁን 2026 (እ.ኤ.አ.) ጀምሮ ጊዜው ከበፊቱ አጭር ሊሆን ይችላል። ይግባኝ ምንም አያስከፍልዎትም።
    .next = ዛሬውኑ ጠበቃ ያነጋግሩ። ጠበቃ ከሌለዎት፣ VluchtelingenWerk ጠበቃ እንዲያገኙ ሊረዳዎ ይችላል።
urgent-appeal-long = የይግባኝ ጊዜዎን ያረጋግጡ
    .what = ከውሳኔው ቀን ጀምሮ ምን ያህል ጊዜ እንዳለዎት በደብዳቤዎ ላይ ተጽፏል። ከ12 ጁን 2026 (እ.ኤ.አ.) ጀምሮ ጊዜው ከበፊቱ አጭር ሊሆን ይችላል። ይግባኝ ምንም አያስከፍልዎትም።
    .next = አሁኑኑ ጠበቃ ያነጋግሩ። ጠበቃ ከሌለዎት VluchtelingenWerk እንዲያገኙ ሊረዳዎት ይችላል።
urgent-departure-running = የመውጫ ጊዜዎ እየሄደ ነው
    .what = ውሳኔው ለመልቀቅ ጊዜ ሰጥቶዎታል፣ ብዙ ጊዜ 28 ቀን። ይግባኝ ካላቀረቡ፣ ወይም ይግባኝዎ ማስወጣትን የማያስቆም ከሆነ፣ ከውሳኔው ቀን ጀምሮ ይቆጠራል። ያለበለዚያ ከፍርድ ቤቱ ውሳኔ ጀምሮ ይቆጠራል፣ ወይም ስለ ጊዜያዊ እርምጃ የተሰጠው ውሳኔ ቀድሞ ከመጣ ከእሱ ጀምሮ። በዚህ ጊዜ የCOA መጠለያ ብዙውን ጊዜ ይቀጥላል።
    .next = ይህ ጊዜ ከማለቁ በፊት ስለ አማራጮችዎ ከVluchtelingenWerk ጋር ይነጋገሩ።
urgent-departure-over = ለመውጣት የተሰጠዎት ጊዜ አብቅቷል
    .what = መጠለያው ሊቆም ይችላል፤ እንዲሄዱም ሊጠየቁ ይችላሉ። በጊዜው ካልሄዱ እስከ 5 ዓመት፣ ከወንጀል በኋላ ደግሞ ከዚያ በላይ የሚቆይ ወደ አውሮፓ የመግባት እገዳ ሊጣልብዎ ይችላል።
    .next = ስለ መብቶችዎ እና ስለ አማራጮችዎ በቅርቡ ከVluchtelingenWerk ወይም ከጠበቃ ጋር ይነጋገሩ።
urgent-dublin = ኃላፊነቱ የሌላ የአውሮፓ አገር ሊሆን ይችላል
    .what = ከ1 ጁላይ 2026 (እ.ኤ.አ.) ጀምሮ ለዚህ አዲስ የአውሮፓ ደንቦች ይሠራሉ። ማመልከቻዎ ከ1 ጁላይ 2026 በፊት ከተመዘገበ፣ የትኛው አገር ኃላፊ እንደሆነ አሁንም በቀድሞዎቹ የደብሊን ደንቦች ይወሰናል። የጊዜ ገደቦች ሊኖሩ ይችላሉ።
    .next = የትኞቹ ደንቦች እና ቀኖች እርስዎን እንደሚመለከቱ VluchtelingenWerkን ወይም ጠበቃዎን ይጠይቁ።
urgent-trafficking = የሕገ ወጥ የሰዎች ዝውውር ተጠቂ ሊሆኑ ይችላሉ
    .what = የሰዎች ዝውውር ተጠቂ እንደሆኑ ምልክቶች ካሉ፣ ፖሊስ እስከ 3 ወር የማሰቢያ ጊዜ ሊሰጥዎ ይገባል። በዚያ ጊዜ ውስጥ ከአገር አይወጡም።
    .next = CoMenshaን ወይም VluchtelingenWerkን ያነጋግሩ። ለፖሊስ መደበኛ ክስ (aangifte) ካቀረቡ፣ ያ ክስ እንደ የፈቃድ ማመልከቻም ይቆጠራል። ፈቃዱ የወንጀል ምርመራው እስከቀጠለ ድረስ ይቆያል።
urgent-shelter-family = ልጆች ያሏቸው ቤተሰቦች የመጠለያ መብት አላቸው
    .what = ከ18 ዓመት በታች ልጆች ያሏቸው ቤተሰቦች ወደ ቤተሰብ መጠለያ ቦታ መሄድ ይችላሉ።
    .next = መጠለያ እንዲያመቻችልዎ ዛሬውኑ VluchtelingenWerkን ይጠይቁ።
urgent-shelter = ለመተኛት ደህንነቱ የተጠበቀ ቦታ
    .what = አንዳንድ ከተሞች አሁንም የሌሊት መጠለያ ይሰጣሉ፤ ሁሉም ግን አይሰጡም። ደንቦቹ እንደ ከተማው ይለያያሉ።
    .next = የትኛው መጠለያ ለእርስዎ ክፍት እንደሆነ VluchtelingenWerkን ወይም ROSን ይጠይቁ።
urgent-medical = የሕክምና እርዳታ የማግኘት መብት አለዎት
    .what = ማንም ሰው ሐኪም ማየት ይችላል፣ ያለ ሰነድም ቢሆን። ሕክምና ሁልጊዜ ነፃ አይደለም። መክፈል ካልቻሉ፣ ሐኪሙ ወጪውን ከCAK መጠየቅ ይችላል። ሁሉም ሆስፒታል ወይም ፋርማሲ ከCAK ጋር አይሠራም።
    .next = ወደ ቤተሰብ ሐኪም (GP) ይሂዱ። Dokters van de Wereld ሐኪም እንዲያገኙ ሊረዳዎ ይችላል።
urgent-school = ትምህርት ቤት ለእያንዳንዱ ልጅ ክፍት ነው
    .what = በኔዘርላንድስ ያለ እያንዳንዱ ልጅ ወደ ትምህርት ቤት የመሄድ መብት አለው፣ ያለ ሰነድም ቢሆን። ከ5 ዓመት ጀምሮ ልጁ ትምህርት ቤት መሄድ አለበት።
    .next = ትምህርት ቤት እንዲያገኙ እንዲረዱዎት VluchtelingenWerkን ወይም ማዘጋጃ ቤቱን ይጠይቁ።

## Routes

route-conversation = ስለ ውሳኔው ውይይት
    .what = የVluchtelingenWerk አማካሪ ያዳምጥዎታል። አብረው ውሳኔውን እና ጥያቄዎችዎን ይመለከታሉ። ሁለተኛ አስተያየት (second opinion) ሊሰጥዎ ይችላል።
    .next = ከVluchtelingenWerk ጋር ቀጠሮ ይያዙ። ደብዳቤዎችዎን ይዘው መምጣት ይችላሉ።
route-flight-story = የጥገኝነት ታሪክዎን እንደገና መመልከት
    .what = አንድ አማካሪ ታሪክዎን ከእርስዎ ጋር እንደገና ያያል (የስደት ታሪክ ትንተና)። ይህ ወደ አደጋ እንዳይመለሱ ለማረጋገጥ ይረዳል። ውሳኔውን እንዲረዱትና እንዲቀበሉትም ሊረዳዎ ይችላል።
    .next = የስደት ታሪክ ትንተና እንዲደረግልዎ VluchtelingenWerkን ይጠይቁ። ካለዎት የውሳኔ ደብዳቤዎን እና የቃለ መጠይቅ ሪፖርቶችዎን ይዘው ይምጡ።
route-legal-check = ለመቆየት ወይም መውጣትን ለማዘግየት ያሉዎትን አማራጮች ማጣራት
    .what = VluchtelingenWerk እና ጠበቃ ለመቆየት ወይም ዘግይቶ ለመውጣት መንገድ እንዳለ ይመለከታሉ።
    .next = አማራጮችዎን እንዲያጣራልዎ VluchtelingenWerkን ይጠይቁ። አዲስ ሂደት ከመጀመርዎ በፊት ከጠበቃ ጋር ይነጋገሩ።
route-reintegration = ከተመለሱ በኋላ ሕይወትዎን እንደገና ለመገንባት የሚሆን ድጋፍ (ERSO)
    .what = ራስዎ ለመመለስ ከወሰኑ፣ VluchtelingenWerk በአገርዎ ካለ አጋር ድርጅት ጋር ሆኖ መመለስዎን ሊያዘጋጅ ይችላል። አብረው እቅድ ያወጣሉ፤ ለምሳሌ ለሥራ፣ ለትንሽ ንግድ፣ ለትምህርት ወይም ለመኖሪያ ቤት። ድጋፉ እስከ አንድ ዓመት ሊቀጥል ይችላል።
    .next = በአገርዎ አጋር ድርጅት እንዳለ VluchtelingenWerkን ይጠይቁ። ለመወሰን ጊዜ ይውሰዱ። ሐሳብዎን መቀየር ይችላሉ።
route-iom = በIOM እርዳታ መመለስ
    .what = IOM ትኬቱን ሊያዘጋጅ፣ በጉዞ ሰነዶች ሊረዳ እና ሲደርሱ ሊረዳዎ ይችላል። አንዳንድ ጊዜ እንደገና ለመጀመር ተጨማሪ ድጋፍ አለ። ውይይቶቹ ሚስጥራዊ ናቸው።
    .next = IOMን ያነጋግሩ ወይም VluchtelingenWerkን ይጠይቁ። IOM መስፈርቶቹን ማሟላትዎን ያጣራል።
route-return-orgs = በመመለስ የሚረዱ ሌሎች ድርጅቶች
    .what = አንዳንድ ድርጅቶች ኮርሶችን፣ ወይም ከተመለሱ በኋላ ሥራ ለመጀመር የሚረዱ መሣሪያዎችን ያቀርባሉ።
    .next = የትኛው ድርጅት ይበልጥ እንደሚስማማዎት VluchtelingenWerkን ይጠይቁ።

## Points within a route

point-higher-appeal = ፍርድ ቤቱ ውድቅ አድርጓል። ለመንግሥት ምክር ቤት (Raad van State) ተጨማሪ ይግባኝ ማቅረብ ይቻል ይሆናል። ለዚህ ያለው ጊዜ አጭር ነው።
point-new-application = አዲስ እውነታዎች ለአዲስ የጥገኝነት ማመልከቻ ምክንያት ሊሆኑ ይችላሉ። መጀመሪያ ከጠበቃ ጋር ይነጋገሩ።
point-no-fault = አገርዎ እንዲገቡ ካልፈቀደ፣ «ጥፋቱ የእርስዎ ያልሆነ» የመኖሪያ ፈቃድ (buitenschuldvergunning) ሊያገኙ ይችላሉ። በመጀመሪያ DT&V እንዲሄዱ እንዲረዳዎ ይጠይቁ። ያ በእርስዎ ጥፋት ሳይሆን ካልተሳካ፣ DT&V ፈቃዱ እንዲሰጥ IND ሊመክር ይችላል። ማንነትዎ እና ዜግነትዎ ግልጽ መሆን አለባቸው። ማግኘቱ ከባድ ነው።
point-medical-postponement = እርስዎ ወይም የቤተሰብዎ አባል ለመጓዝ በጣም ከታመማችሁ፣ መሄድ ሊዘገይ ይችላል (አንቀጽ 64)። ይህን እርስዎ ወይም ጠበቃዎ IND መጠየቅ አለባችሁ፤ በእርግዝና ወይም በቲቢ ሕክምና ጊዜም ጭምር።
point-statelessness = ምንም ዜግነት ከሌለዎት፣ የዘ ሄግ ፍርድ ቤት አገር አልባ መሆንዎን ሊወስን ይችላል። ለዚህ ጠበቃ ያስፈልግዎታል፤ የፍርድ ቤት ክፍያም አለ።
point-family-ties = የደች ዜግነት ያለውን ልጅ የሚንከባከብ ወላጅ፣ ወይም እዚህ የቅርብ ቤተሰብ ያለው ሰው፣ የመቆየት መብት ሊኖረው ይችላል።
point-trafficking-permit = የሕገ ወጥ የሰዎች ዝውውር ተጠቂዎች የማሰቢያ ጊዜ፣ አንዳንድ ጊዜም የመኖሪያ ፈቃድ ሊያገኙ ይችላሉ።
point-erso-partner = ከዚህ በፊት በዚህ አገር አጋር ድርጅት ነበር። አሁን አጋር እንዳለ VluchtelingenWerk ሊነግርዎ ይችላል።
point-new-start-plan = እቅድዎ ይረዳኛል ያሏቸውን ነገሮች ሊያካትት ይችላል።
point-family-support = እቅድዎ ከቤተሰብዎ ወይም ከጓደኞችዎ ጋር እንደገና መገናኘትን ሊያካትት ይችላል።
point-iom-caveat = IOM ወደዚህ አገር ለመመለስ እርዳታ መስጠት ላይችል ይችላል። IOMን ወይም VluchtelingenWerkን ይጠይቁ።
point-iom-past-return = ባለፉት 5 ዓመታት የመመለሻ እርዳታ አግኝተው ከሆነ፣ IOM እንደገና ሊረዳዎ ላይችል ይችላል። IOMን ወይም VluchtelingenWerkን ይጠይቁ።
point-iom-ticket = IOM የጉዞውን ወጪ የሚከፍለው እርስዎ መክፈል ካልቻሉ ብቻ ነው። IOMን ወይም VluchtelingenWerkን ይጠይቁ።

## Referral directory

ref-vwn = VluchtelingenWerk Nederland
    .offer = ነፃ እና ገለልተኛ ምክር፣ የሚያዳምጥዎ ሰው፣ ሁለተኛ አስተያየት፣ በሕግ ጥያቄዎች እና በመመለስ ላይ እርዳታ።
    .how = VluchtelingenWerk በእያንዳንዱ የጥገኝነት ጠያቂዎች ማዕከል (azc) ይሠራል፤ እዚያ ያሉ ሠራተኞቹን ይጠይቁ። አለበለዚያ ድረ-ገጹን ይጎብኙ።
ref-lawyer = ጠበቃ (በRaad voor Rechtsbijstand በኩል)
    .offer = ለጥገኝነት ጉዳዮች ጠበቃ፣ በRaad voor Rechtsbijstand በኩል።
    .how = VluchtelingenWerk ጠበቃ እንዲያገኙ ሊረዳዎ ይችላል።
ref-erso = የERSO መረብ
    .offer = ሰዎች ሕይወታቸውን እንደገና እንዲገነቡ የሚረዱ፣ በትውልድ አገሮች ያሉ አጋር ድርጅቶች።
    .how = VluchtelingenWerkን ይጠይቁ። እነሱ አጋሩን ያነጋግሩልዎታል።
ref-iom = IOM ኔዘርላንድስ
    .offer = በፈቃደኝነት ለመመለስ እርዳታ፦ ትኬት፣ የጉዞ ሰነዶች፣ ሲደርሱ እርዳታ፣ አንዳንድ ጊዜም እንደገና ለመጀመር ድጋፍ።
    .how = IOMን በድረ-ገጹ በኩል ያነጋግሩ፣ ወይም VluchtelingenWerkን ይጠይቁ።
ref-ros = ROS Rotterdam
    .offer = የሕግ ማጣራት፣ የሕክምና እርዳታ ማግኘት፣ የአደጋ ጊዜ መጠለያ እና ስለወደፊትዎ ለማሰብ እርዳታ።
    .how = እንዲያገናኝዎ VluchtelingenWerkን ይጠይቁ።
ref-wereldwijd = WereldWijd (Limburg)
    .offer = ከተመለሱ በኋላ ሥራ ለመጀመር ኮርሶች እና የመሣሪያዎች ስብስብ (tool kit)።
    .how = እንዲያገናኝዎ VluchtelingenWerkን ይጠይቁ።
ref-comensha = CoMensha
    .offer = የሕገ ወጥ የሰዎች ዝውውር ተጠቂዎች ብሔራዊ ማዕከል።
    .how = CoMenshaን በድረ-ገጹ በኩል ያነጋግሩ፣ ወይም VluchtelingenWerkን ይጠይቁ።
ref-line113 = 113 Zelfmoordpreventie
    .offer = ሕይወትን ስለማጥፋት ስላሉዎት ሐሳቦች ከአንድ ሰው ጋር ይነጋገሩ። ነፃ ነው፤ ስምዎን መናገር አያስፈልግም፤ ቀንም ሌሊትም ይሠራል።
    .how = ይደውሉ ወይም በጽሑፍ ይወያዩ (chat)።
ref-emergency112 = የአደጋ ጊዜ ስልክ ቁጥር 112
    .offer = በአደጋ ጊዜ ፖሊስ፣ አምቡላንስ እና የእሳት አደጋ መከላከያ።
    .how = ወደ 112 ይደውሉ።
ref-dvdw = Dokters van de Wereld
    .offer = የቤተሰብ ሐኪም ለማግኘት እና ያለ ወረቀት የሕክምና እርዳታ ለማግኘት እርዳታ።
    .how = ድረ-ገጹን ይጎብኙ፣ ወይም VluchtelingenWerkን ይጠይቁ።
ref-cak = የCAK ሥርዓት
    .offer = መክፈል በማይችሉበት ጊዜ፣ ሐኪሞች እና ሆስፒታሎች በዚህ ሥርዓት በኩል ይከፈላቸዋል።
    .how = ምንም ማድረግ አያስፈልግዎትም። ኢንሹራንስ እንደሌለዎት ለሐኪሙ ይንገሩ።
