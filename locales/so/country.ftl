# Macluumaadka waddanka iyo "Si deggan uga fikir", Soomaali.

## Kaarka waddanka

country-card-title = Macluumaad ku saabsan { $country }
country-card-intro = Waxa laga yaqaan xaaladda waddankan, iyo meesha ay ka yimaadeen. Kani waa macluumaad, ma aha talo sharci ah.
country-card-checked = Xaqiiq kasta waxaa ku qoran goorta ugu dambeysay ee aan hubinnay. Waxyaabuhu way isbeddeli karaan. VluchtelingenWerk ayaa garanaysa kuwa ugu cusub.
country-card-vwn-explains = VluchtelingenWerk ayaa kuu sharxi karta waxa dukumentiyadan adiga kuu macno yihiin.
country-card-return-later = Taageerada dib u noqoshada waxay ku xiran tahay xaaladdaada. Su'aalaha ama VluchtelingenWerk ayaa kuu sheegi kara wax badan.
country-card-checked-on = La hubiyay { $date }.
country-card-primary = Isha: daabacaha laftiisa.
country-card-secondary = Isha: nuqul ama soo koobid. Weydii VluchtelingenWerk inay xaqiijiso.
country-summary-include = Ku dar macluumaadkan waddanka soo koobidda
country-card-source = Meesha ay tani ka timid

country-sec-situation = Sharraxaadaha rasmiga ah ee xaaladda
country-sec-procedure = Xeerarka Nederland ee waddankan
country-sec-stay = Fursadaha aad ku sii joogi karto
country-sec-return = Taageero haddii aad doorato inaad dib u noqoto
country-sec-practical = Qodobbo wax ku ool ah oo aad weydiin karto

country-kind-ambtsbericht = Warbixinta waddanka ee Wasaaradda Arrimaha Dibadda Nederland (algemeen ambtsbericht)
country-kind-euaa-guidance = Hagaha waddanka ee Hay'adda Magangelyada Midowga Yurub
country-kind-euaa-coi = Warbixinada waddanka ee Hay'adda Magangelyada Midowga Yurub
country-kind-unhcr = Mowqifka UNHCR, hay'adda qaxootiga ee Qaramada Midoobay
country-kind-safe-country = Liiska Nederland ee waddamada asalka ah ee ammaanka ah
country-kind-moratorium = Joojinta go'aamada iyo celinta qasabka ah
country-kind-erso = La-hawlgale dib u dhexgalka (shabakadda ERSO)
country-kind-iom = IOM
country-kind-return-org = Ururro kale oo dib u noqoshada
country-kind-travel-documents = Dukumentiyada safarka ee safaaradda

country-pub-bz = Wasaaradda Arrimaha Dibadda Nederland
country-pub-jenv = Wasaaradda Caddaaladda iyo Amniga Nederland
country-pub-euaa = Hay'adda Magangelyada Midowga Yurub (EUAA)
country-pub-unhcr = UNHCR
country-pub-iom = IOM

country-fact-doc = Kan ugu cusub ee aan helnay: { $title }. { $publisher }, { $date }.
country-fact-doc-untitled = Kan ugu cusub ee aan helnay: warbixin ka timid { $publisher }, { $date }. Ma aanaan arag cinwaankeeda saxda ah.
country-fact-unknown = Ma naqaanno. Weydii { $ask }.
country-fact-safe-listed = Wuxuu ku jiraa liiska aan helnay. Dadka waddamadan ka yimid inta badan waxay helaan hannaan degdeg ah. Waqtiga bixitaanka wuu gaaban karaa, xitaa 0 maalmood. Inta badan rafcaanka laguma sugi karo Nederland. Sababahaaga gaarka ah weli way muhiim yihiin.
country-fact-safe-suspended = Wuxuu ku jiraa liiska aan helnay. Laakiin tan hadda waa la hakiyay. Hannaanka degdega ah looma isticmaalo waddankan.
country-fact-safe-not-listed = Kuma jiro liiska aan helnay.
country-fact-moratorium-past = Laga bilaabo { $date }, Nederland waxay si ku meel gaar ah u joojisay go'aamada iyo celinta qasabka ah ee waddankan. Ma naqaanno haddii ay weli jirto. Weydii VluchtelingenWerk.
country-fact-erso-past = Mashaariicdii hore ({ $years }) halkaas waxaa ka jiray urur la-hawlgale ah. VluchtelingenWerk ayaa xaqiijisa la-hawlgalaha hadda.
country-fact-iom-limited = Waxaa laga yaabaa in IOM aysan hadda kaa caawin karin dib u noqoshada waddankan. Weydii IOM ama VluchtelingenWerk.
country-fact-iom-basic = Barnaamijka aasaasiga ah ee dib u noqoshada ee IOM ayaa ku caawin kara: tigidh, caawinaad dukumentiyada safarka iyo lacag yar. Shuruudo ayaa jira. Weydii IOM haddii uu u shaqeeyo waddankan.
country-fact-iom-visa-free = Dadka waddankan ka yimid uma baahna fiise booqashooyin gaaban oo Yurub ah. Markaas waxaa laga yaabaa in taageerada IOM aysan ku khusayn. Weydii IOM.
country-fact-return-org-general = Ururro kale ayaa sidoo kale ka caawiya dib u noqoshada, sida ROS iyo WereldWijd. Weydii VluchtelingenWerk midka la shaqeeya waddankan.
country-fact-return-org = { $name } waxay ka caawisaa dib u noqoshada waddankan. Marka hore weydii VluchtelingenWerk.

country-stay-check = Xitaa diidmada kadib waxaa jiri kara fursado aad ku sii joogto. Hubin sharci ah oo lala sameeyo VluchtelingenWerk iyo qareen ayaa eegaya.
country-stay-points = Tusaale ahaan: xaqiiqooyin cusub, caafimaadkaaga, qoyskaaga halkan jooga, ama waddan aan ku oggolaanayn.

## Macluumaad ku saabsan waddan, laga bilaabo shaashadda bilowga

country-info-open = Macluumaad ku saabsan waddan
country-info-intro = Dooro waddan. Uma baahnid inaad su'aal ka jawaabto. Waxba lama kaydiyo.
country-info-choose = Waddan
country-info-pick = Dooro waddan
country-info-back = Ku noqo bilowga

## Si deggan uga fikir

consider-open = Si deggan uga fikir
consider-intro = Bog deggan oo aad ku miisaamayso doorashadaada, xawaarahaaga. Ma aha imtixaan. Ma jiraan jawaabo sax ah ama khalad ah.
consider-how = Kaliya maskaxdaada ama warqad ku jawaab. Barnaamijku waxba ma kaydiyo.
consider-topic-safety = Halkaas ma ku nabad geli lahayd? Maxaa ku walwal geliya?
consider-topic-family-there = Yaa halkaas kuu jooga? Qoys, saaxiibo?
consider-topic-family-here = Yaad halkan uga tegi lahayd?
consider-topic-housing = Xaggee ku noolaan lahayd?
consider-topic-income = Sidee nolol maalmeedkaaga u heli lahayd?
consider-topic-health = Caafimaadkaaga iyo daawooyinkaaga halkaas sidee noqon lahaayeen?
consider-topic-documents = Ma haysaa dukumentiyada aad u baahan tahay?
consider-topic-support = Taageero noocee ah ayaad heli kartaa, halkan iyo halkaas?
consider-topic-ask-first = Maxaad marka hore ka rabtaa inaad ka maqasho VluchtelingenWerk?
consider-told = Waxa aad noo sheegtay:
consider-notes = Qoraalladaada:
consider-change-mind = Waqti kasta waad beddeli kartaa fikirkaaga. Xitaa kadib markaad la hadasho IOM ama VluchtelingenWerk.
consider-valid = Inaad doorato inaadan hadda dib u noqon sidoo kale waa jawaab sax ah.
consider-print = U daabac sidii warqad shaqo
consider-print-lang = Luqad labaad oo warqadda shaqada ku jirta
consider-print-none = Kaliya luqaddan
consider-back = Ku noqo natiijada
