# Macluumaadka waddanka iyo "Si deggan uga fikir", Soomaali.

## Kaarka waddanka

country-card-title = Macluumaad ku saabsan { $country }
country-card-intro = Waxa laga yaqaan xaaladda waddankan, iyo meesha ay ka yimaadeen. Kani waa macluumaad, ma aha talo sharci ah.
country-card-checked = Xaqiiq kasta waxaa ku qoran goorta ugu dambeysay ee aan hubinnay. Waxyaabuhu way isbeddeli karaan. VluchtelingenWerk ayaa garanaysa kuwa ugu cusub.
country-card-vwn-explains = VluchtelingenWerk ayaa kuu sharxi karta waxa dukumentiyadan adiga kuu macno yihiin.
country-card-return-later = Taageerada dib u noqoshada waxay ku xiran tahay xaaladdaada. Su'aalaha ama VluchtelingenWerk ayaa kuu sheegi kara wax badan.
country-card-checked-on = La hubiyay { $date }.
country-card-primary = Isha: daabacaha laftiisa.
country-card-secondary = Isha: nuqul ama soo koobid.
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
country-fact-safe-listed = Wuxuu ku jiraa liiska aan helnay. Dadka waddamadan ka yimid inta badan waxay helaan hannaan degdeg ah. Waqtiga bixitaanka wuu gaaban karaa, xitaa 0 maalmood. Inta badan racfaanka laguma sugi karo Nederland. Sababahaaga gaarka ah weli way muhiim yihiin.
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

country-pub-ind = Adeegga Socdaalka iyo Jinsiyadda (IND)
country-pub-dtv = Adeegga Dib u Celinta iyo Bixitaanka (DT&V)
country-pub-erso = Shabakadda ERSO
country-pub-eu = Midowga Yurub
country-fact-doc-undated = Kan ugu cusub ee aan helnay: warbixin ka timid { $publisher }. Ma aanaan arag cinwaankeeda saxda ah iyo taariikhdeeda.
country-fact-old = Dukumentigan waxaa la soo saaray { $date }. Waxaa jiri kara macluumaad ka cusub. VluchtelingenWerk ayaa garanaysa kuwa ugu cusub.
country-fact-moratorium-ended = Muddo ahaan Nederland waxay joojisay go'aamada iyo celinta qasabka ah ee waddankan. Joojintaas way dhammaatay.
country-card-links = Link-gu wuxuu furayaa websaydhka daabacaha. Booqashadu waxay ku haraysaa taariikhda biraawsarkan; badhanka "Xir boggan" ma tirtiri karo. Cinwaanka sidoo kale waa la qoray, si aad ugu qori karto qalab kale.
country-card-undated = boggu ma sheegayo taariikh

country-sum-ambtsbericht-sy-2026 = Warbixin cusub ayaa sharraxaysa Suuriya laga bilaabo Maajo ilaa Diseembar 2025. Sida wararku sheegeen, waxay waddanka ku tilmaamtaa mid aan xasilloonayn, waxay sheegtaa rabshado ka dhan ah dadka laga tiro badan yahay sida Calawiyiinta, Duruuzta iyo Kurdida, waxayna burburka guryaha u aragtaa caqabad weyn oo hortaagan dib u noqoshada.
country-sum-euaa-sy-2025 = Cusboonaysiin buuxda kadib dhicitaankii dowladdii Assad. Dadka ka cararay adeegga militariga, kuwa ka goostay ciidanka iyo mucaaradka kale ee dowladdii hore mar dambe looma arko inay khatar ku jiraan. Dadka LGBTIQ guud ahaan weli waxay u qalmaan sharciga qaxootinimo; dadka xiriirka la lahaa dowladdii hore, Calawiyiinta, Masiixiyiinta iyo Duruuzta waxay u baahan karaan ilaalin, iyadoo ku xiran xaaladdooda.
country-sum-unhcr-sy-2024 = UNHCR waxay taageertaa dib u noqosho ikhtiyaari ah oo lagu sameeyo macluumaad buuxa, laakiin ma dhiirrigeliso dib u noqosho ballaaran, sababo la xiriira rabshadaha qaybo ka mid ah waddanka iyo xaalad bini'aadannimo oo aad u xun. UNHCR waxay sheegtay Diseembar 2024 in marxaladdan aan qofna oo magangelyo doon ah si qasab ah loogu celin Suuriya.
country-sum-moratorium-sy-2024 = Kadib dhicitaankii dowladdii Assad ee Diseembar 2024, go'aamada iyo celinta qasabka ah ee dadka Suuriya waxaa la hakiyay lix bilood. Hakintaas way dhammaatay: IND mar kale ayay go'aan ka gaaraysaa codsiyada.
country-sum-ambtsbericht-er-2023 = Wasaaradda Arrimaha Dibadda waxay 19 Diseembar 2023 daabacday warbixin guud oo cusub oo ku saabsan Eritrea. Ma aanaan akhrin gabagabadeeda.
country-sum-euaa-coi-er-2016 = Warbixin xaqiiqo ah oo ku saabsan adeegga qaranka ee Eritrea, sida loola dhaqmo kuwa ka cararay adeegga iyo kuwa ka goostay, iyo sida loola dhaqmo marka ay soo laabtaan dadka si sharci darro ah uga baxay waddanka. Ma soo saarto go'aanno sharci ah.
country-sum-ambtsbericht-tr-2019 = Warbixintu waxay daboolaysaa muddada u dhexeysa isku daygii afgambi ee Luulyo 2016 ilaa Sebteembar 2019. Waxay sharraxaysaa dacwadaha sii kordhaya ee loo qaado saxafiyiinta, macallimiinta, garsoorayaasha, u doodayaasha xuquuqda aadanaha, xubnaha mucaaradka iyo kuwa kale sababo la xiriira dhaleeceynta dowladda.
country-sum-euaa-coi-tr-2016 = Warbixin xaqiiqo ah oo ku saabsan xaaladda ilaa bartamaha Sebteembar 2016, oo ay ku jiraan isku daygii afgambi ee 15 Luulyo 2016 iyo jawaabta dowladda. Kuma jiraan qiimayn ama talo.
country-sum-ambtsbericht-iq-2019 = Warbixintu waxay sharraxaysaa amniga gobol kasta, dukumentiyada aqoonsiga, xuquuqda aadanaha, xaaladda kooxo gaar ah, dadka barakacay, iyo dib u noqoshada Ciraaq.
country-sum-euaa-iq-2024 = Dadka ka tagay Islaamka iyo dadka LGBTIQ guud ahaan waxay leeyihiin cabsi sal leh oo ah in la silciyo. Dadka laga tiro badan yahay, iyo haweenka iyo gabdhaha, xaaladdooda gaarka ah ayaa la qiimeeyaa. Rabshaduhu way sarreeyaan degmada Amedi (Dohuk), way ka hooseeyaan Baghdad, Ninewa iyo Erbil, koonfurtana guud ahaan khatar dhab ah ma aha.
country-sum-unhcr-iq-2019 = UNHCR waxay sharraxaysaa cidda u baahan karta ilaalin, tusaale ahaan dadka si khalad ah looga shakiyo inay taageeraan ISIS, iyo goorta u guuritaanka meel kale oo Ciraaq ah aanu ahayn doorasho macquul ah. Waxay leedahay qayb ku saabsan celinta qasabka ah.
country-sum-ambtsbericht-so-2021 = Warbixintu waxay daboolaysaa Abriil 2020 ilaa Nofeembar 2021. Sida ay sheegtay, amniga Soomaaliya guud ahaan si weyn uma fiicnaan umana xumaan.
country-sum-euaa-so-2025 = Hagahu wuxuu si gooni ah u eegayaa Koonfurta iyo Bartamaha Soomaaliya, Puntland iyo Somaliland. Saxafiyiinta si dhaleeceyn ah wax u soo tebiya waxay u badan tahay inay meel kasta oo Soomaaliya ah ugu qalmaan sharciga qaxootinimo. Wuxuu sidoo kale ka hadlayaa gudniinka fircooniga ah ee haweenka oo aad u baahsan.
country-sum-unhcr-so-2022 = UNHCR waxay sharraxaysaa astaamaha dadka u baahan kara ilaalin caalami ah, sababo la xiriira amni darrada socota iyo xadgudubyada baahsan ee xuquuqda aadanaha. Waxay beddeshaa mowqifyadii hore.
country-sum-ambtsbericht-ye-2024 = Sida wararku sheegeen, warbixintu waxay ogaatay in xabbad joojin ay si weyn u yaraysay dagaallada iyo dhimashada dadka rayidka ah, laakiin amnigu weli wuu jilicsan yahay, xaaladda bini'aadannimaduna way xun tahay. Waxay sidoo kale sharraxaysaa rabshado sii kordhaya oo ka dhan ah haweenka.
country-sum-unhcr-ye-2015 = UNHCR waxay ka codsatay dhammaan waddamada inay joojiyaan celinta qasabka ah ee Yemen, sababo la xiriira duqeymaha cirka, dhimashada dadka rayidka ah iyo xaalad bini'aadannimo oo aad u daran.
country-sum-ambtsbericht-ng-2018 = Warbixintu waxay sharraxaysaa amniga gobol kasta, dukumentiyada, xuquuqda aadanaha, xaaladda haweenka, dadka LGBT iyo carruurta keligood ah, dib u noqoshada, iyo ka ganacsiga dadka.
country-sum-euaa-ng-2021 = Hagahu wuxuu cusboonaysiinayaa falanqaynta Boko Haram, isku dhacyada u dhexeeya xoolo-dhaqatada iyo beeralayda, iyo afduubyada. Wuxuu sidoo kale ka hadlayaa baahiyaha ilaalinta ee la xiriira ka ganacsiga dadka, gaar ahaan ka faa'iideysiga galmada ee haweenka iyo gabdhaha.
country-sum-euaa-coi-ng-2025 = Warbixinadu waxay sharraxayaan rabshadaha sii kordhaya ee kooxaha hubaysan (burcadnimo) ee Nigeria.
country-sum-ambtsbericht-sd-2024 = Warbixintu waxay sharraxaysaa isbeddello halis ah oo ku yimid dagaalka hubaysan ee bilaabmay Abriil 2023. Siyaasadda Nederland ee Suudaan ee Juun 2024 ayaa ku salaysan.
country-sum-euaa-sd-2025 = Hagaha ugu horreeya ee EUAA ee Suudaan wuxuu magacaabayaa kooxo badan oo u badan inay u qalmaan sharciga qaxootinimo, waxaa ka mid ah kooxaha aan Carabta ahayn ee Darfur, Nuba, dadka ka baqaya qoritaanka qasabka ah ee ciidanka, u dhaqdhaqaaqayaasha, saxafiyiinta, shaqaalaha gargaarka, haweenka iyo gabdhaha, carruurta iyo dadka LGBTIQ. Wuxuu qiimeeyaa rabshadaha waddanka oo dhan.
country-sum-unhcr-sd-2023 = UNHCR waxay ka codsatay dowladaha inaysan qofna u celin Suudaan, oo ay joojiyaan go'aamada diidmada ah ee codsiyada dadka Suudaan. UNHCR waxay aragtaa in aysan Suudaan gudaheeda jirin meel ammaan ah oo loo guuri karo.
country-sum-moratorium-sd-2023 = Go'aamada iyo celinta qasabka ah ee dadka Suudaan waxaa la hakiyay laga bilaabo 8 Luulyo 2023. Hakintu waxay dhammaatay 27 Juun 2024: IND mar kale ayay go'aan ka gaaraysaa codsiyada.
country-sum-ambtsbericht-af-2023 = Warbixintu waxay sharraxaysaa xaalad si weyn isu beddeshay kadib markii Taliban ay xukunka qabsadeen, iyadoo ay jirto xaalad bini'aadannimo oo sii xumaanaysa. Rabshaduhu si weyn ayay u yaraadeen. Waxay sidoo kale ka hadlaysaa khataraha kooxo gaar ah.
country-sum-euaa-af-2024 = Haweenka iyo gabdhaha Afgaanistaan waxay khatar ugu jiraan in la silciyo. Kuwa kale oo khatar ku jira waxaa ka mid ah shaqaalihii dowladdii hore, dadka la shaqeeyay ciidamada shisheeye, u doodayaasha xuquuqda aadanaha iyo qaar ka mid ah dadka laga tiro badan yahay. Guud ahaan, Afgaanistaan gudaheeda ma jirto meel ammaan ah oo loo guuri karo.
country-sum-unhcr-af-2025 = UNHCR waxay sharraxaysaa cidda u baahan karta ilaalin, iyadoo ka bilaabaysa haweenka iyo gabdhaha. Tan iyo Agoosto 2021, UNHCR waxay ka codsanaysaa dowladaha inaysan qofna si qasab ah ugu celin Afgaanistaan, oo ay ku jiraan dadka codsigooda la diiday.
country-sum-moratorium-af-2021 = Go'aamada iyo celinta qasabka ah ee dadka Afgaanistaan waxaa la hakiyay laga bilaabo 11 Agoosto 2021, hakintana waxaa la kordhiyay ilaa 25 Agoosto 2022.
country-sum-euaa-coi-pk-2024 = Warbixin xaqiiqo ah: rabshaduhu way kordheen tan iyo Oktoobar 2023, gaar ahaan Khyber Pakhtunkhwa iyo Balochistan. Waxay sharraxaysaa cabburinta xisbiga mucaaradka PTI iyo warbaahinta, iyo rabshadaha ka dhan ah Shiicada, Axmadiyada, Masiixiyiinta, Hinduuska iyo kuwa kale.
country-sum-ambtsbericht-ir-2019 = Wasaaradda Arrimaha Dibadda waxay 21 Maarso 2019 soo saartay warbixin guud oo ku saabsan Iiraan. Iyadoo lagu saleeyay, siyaasadda Nederland ee Iiraan waa la beddelay Luulyo 2019.
country-sum-euaa-ir-2025 = Kooxaha aad ugu badan inay u qalmaan sharciga qaxootinimo waxaa ka mid ah xubnaha mucaaradka, u doodayaasha xuquuqda aadanaha, saxafiyiinta dhaleeceeya, dadka diinta beddelay, Masiixiyiinta kaniisadaha guryaha iyo dadka LGBTIQ. Hawlaha dibadda lagu sameeyo sidoo kale waa la tixgelin karaa.
country-sum-euaa-coi-co-2022 = Warbixin xaqiiqo ah: kadib heshiiskii nabadda ee 2016, kooxaha hubaysan way kala jabeen. Rabshadaha, barakaca, baad qaadashada iyo dilka hoggaamiyeyaasha bulshada weli waxay saameeyaan dadka rayidka ah.
country-sum-euaa-coi-ru-2025 = Warbixin xaqiiqo ah oo ku saabsan Nofeembar 2024 ilaa Nofeembar 2025. Waxay sharraxaysaa dacwadaha loo qaado u dhaqdhaqaaqayaasha, saxafiyiinta, qareennada iyo dadka dhaleeceeya, oo ay ku jiraan dadka ka soo horjeeda dagaalka, iyo Markhaatiyaasha Yehowah, iyo xaalad ka sii xun oo ay ku jiraan dadka LGBTIQ iyo haweenka.
country-sum-unhcr-ua-2023 = UNHCR ma dhiirrigeliso dib u noqoshada Ukraine inta dagaalku socdo. Taladeedii Maarso 2022 ee ahayd in qofna aan si qasab ah loogu celin Ukraine, oo ay ku jiraan dadka codsigooda la diiday, weli way ansax tahay.

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
consider-valid = Inaad doorato inaadan hadda dib u noqon sidoo kale waa doorasho la aqbali karo.
consider-print = U daabac sidii warqad shaqo
consider-print-lang = Luqad labaad oo warqadda shaqada ku jirta
consider-print-none = Kaliya luqaddan
consider-back = Ku noqo natiijada
