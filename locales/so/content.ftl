# Questionnaire content, Somali. Ids come from content/questionnaire.toml
# (see the comment at its top). Plain language: short sentences, one idea each.

## Shared answer options

opt-yes = Haa
opt-no = Maya
opt-not-sure = Ma hubo
opt-prefer-not = Ma rabo inaan sheego
opt-dont-know = Ma aqaan
opt-other = Kale
opt-none = Midna

## Procedure

q-decision-when = Taariikhee ayaa ku qoran warqadda sheegtay in codsigaaga magangalyada la diiday?
    .short = Taariikhda go'aanka
    .why = Waqtiyada qaarkood waxay ka bilaabmaan taariikhdan. Qor taariikhda warqadda ku qoran, ma aha maalinta ay kuu timid.
q-decision-when-opt-lt-1w = Wax ka yar 1 toddobaad ka hor
q-decision-when-opt-w1-4 = 1 ilaa 4 toddobaad ka hor
q-decision-when-opt-m1-3 = 1 ilaa 3 bilood ka hor
q-decision-when-opt-gt-3m = Wax ka badan 3 bilood ka hor

q-appeal = Adiga ama qareenkaaga racfaan ma ka qaateen go'aanka?
    .short = Racfaan
    .why = Racfaan loo qaato maxkamadda ayaa beddeli kara waxa xiga.
q-appeal-opt-not-yet = Maya, weli ma qaadan
q-appeal-opt-running = Haa, maxkamadduna weli go'aan ma gaarin
q-appeal-opt-lost = Haa, maxkamadduna waxay tiri maya

q-appeal-term = Warqaddaadu waqti intee le'eg ayay ku siisay si aad racfaan u qaadato?
    .short = Waqtiga racfaanka
    .why = Waqtiga racfaanku waa gaaban yahay. Warqaddaada ayaa sheegaysa inta uu yahay.
q-appeal-term-opt-one-week = 10 maalmood ama ka yar (tusaale 1 toddobaad)
q-appeal-term-opt-four-weeks = 2 toddobaad ama ka badan (tusaale 4 toddobaad)

q-dublin = Warqaddu ma sheegaysaa in dal kale oo Yurub ah uu qaabilsan yahay codsigaaga?
    .short = Dal kale oo Yurub ah ayaa mas'uul ah (Dublin)
    .why = Markaas xeerar kale iyo waqtiyo kale ayaa la raacayaa.

q-departure = Waxaa lagu siiyay waqti aad kaga baxdo Nederland (muddada bixitaanka). Waqtigaas weli ma socdaa?
    .short = Muddada bixitaanka
    .why = Marka waqtigan dhammaado, hoyga laguu haysto badanaa isna wuu dhammaadaa.
q-departure-opt-running = Haa, weli wuu socdaa
q-departure-opt-ended = Maya, wuu dhammaaday
q-departure-opt-zero-days = Waxay ahayd inaan isla markiiba baxo (0 maalmood)

q-entry-ban = Ma lagu siiyay mamnuuc soo gelid?
    .short = Mamnuuc soo gelid
    .why = Mamnuuc soo gelid waxay ka dhigan tahay inaadan dib u iman karin Yurub muddo dhowr sano ah.

q-dtv-contact = Ma la yeelatay DT&V wada-hadallo ku saabsan bixitaanka? (DT&V waa hay'adda dowladda Nederland ee dadka dib u celisa.)
    .short = Wada-hadallada DT&V
    .why = Wada-hadalladani waxay muhiim u yihiin siyaabaha qaar oo aad ku sii joogi karto.
q-dtv-contact-opt-several = Haa, dhowr jeer
q-dtv-contact-opt-once = Haa, hal mar

q-reception = Xaggee ayaad hadda seexataa?
    .short = Meesha aad seexato
    .why = Waxaan rabnaa inaan ogaanno in aad leedahay meel ammaan ah oo aad seexato.
q-reception-opt-coa = Xarun COA ah (hoyga magangalyo-doonka)
q-reception-opt-vbl = Xarunta bixitaanka (VBL) ee Ter Apel
q-reception-opt-family-location = Goob loogu talagalay qoysaska
q-reception-opt-municipal = Hoy habeenkii ah oo magaaladu leedahay
q-reception-opt-friends = Saaxiibo ama qoys agtooda
q-reception-opt-street = Waddada, ama meel go'an ma lihi

## Fear on return

q-fear = Ma ka baqaysaa waxa kugu dhici kara haddii aad dib ugu noqoto dalkaaga?
    .short = Cabsida dib u noqoshada
    .why = Qofna waa in aan dib loogu celin khatar. Jawaabtaadu waxay go'aamisaa waxa aan marka hore ku tusno.

q-fear-of = Maxaad ka baqaysaa? Waxaad dooran kartaa wax ka badan hal.
    .short = Waxa aad ka baqayso
    .why = Tani waxay ka caawisaa la-taliye inuu mar kale eego sheekadaada.
q-fear-of-opt-persecution = In la i cadaadiyo oo la i silciyo, tusaale ahaan caqiidadayda, asalkayga ama qofka aan ahay darteed
q-fear-of-opt-inhuman = In la i jirdilo ama si naxariis darro ah la iila dhaqmo
q-fear-of-opt-authorities = Booliska, ciidanka ama dowladda
q-fear-of-opt-group = Koox, burcad ama qoys
q-fear-of-opt-war = Dagaal ama rabshad ka jirta deegaankayga

q-understood = Ma dareentaa in sheekadaada magangalyada la fahmay?
    .short = In sheekadaada la fahmay
    .why = Haddii kale, in sheekadaada mar labaad la eego ayaa caawin karta.
q-understood-opt-partly = Qayb ahaan

q-new-facts = Wax ma isbeddelay tan iyo go'aanka? Waxaad dooran kartaa wax ka badan hal.
    .short = Waxa isbeddelay tan iyo go'aanka
    .why = Xaqiiqooyin cusub waxay sabab u noqon karaan codsi cusub.
q-new-facts-opt-country-changed = Xaaladda dalkayga way ka sii dartay
q-new-facts-opt-lgbti = Hadda waan sheegi karaa inaan ahay lesbian, gay, bisexual, trans ama intersex
q-new-facts-opt-conversion = Diintayda waan beddelay
q-new-facts-opt-political = Waxaan noqday qof siyaasadda ku firfircoon
q-new-facts-opt-documents = Waxaan haystaa dukumentiyo cusub
q-new-facts-opt-witnesses = Waxaan helay markhaatiyaal cusub

## Health and safety

q-health = Mid ka mid ah kuwan ma kugu run yahay hadda? Waxaad dooran kartaa wax ka badan hal.
    .short = Caafimaadka
    .why = Jirro ama uur waxay sabab u noqon karaan in bixitaanka dib loo dhigo.
q-health-opt-serious-illness = Waxaan qabaa jirro culus, waana la i daweynayaa
q-health-opt-pregnant = Uur ayaan leeyahay
q-health-opt-tb = Waxaa la iga daweynayaa qaaxada (TB)
q-health-opt-mental = Waxaan qabaa walaac, cabsi ama murugo badan

q-doctor = Ma arki kartaa dhakhtar markaad u baahato?
    .short = Helitaanka dhakhtar
    .why = Qof kasta oo Nederland jooga wuxuu xaq u leeyahay daryeel caafimaad oo lagama maarmaan ah.

q-crisis = Mararka qaarkood ma ka fikirtaa inaad naftaada qaaddo?
    .short = Fikirka ah inaad naftaada qaaddo
    .why = Haddii ay sidaas tahay, waxaan ku tusaynaa meesha aad hadda caawimaad ka heli karto, habeen iyo maalin.
q-crisis-opt-often = Haa, badanaa
q-crisis-opt-sometimes = Haa, mararka qaarkood

q-unsafe-now = Ma dareemaysaa inaadan ammaan ku ahayn meesha aad hadda joogto?
    .short = Ammaan la'aan hadda
    .why = Ammaankaaga ayaa ka horreeya wax walba.

q-trafficking = Qof ma kugu sameeyay mid ka mid ah waxyaabahan? Waxaad dooran kartaa wax ka badan hal.
    .short = Calaamadaha ka faa'iideysiga
    .why = Dhibbanayaasha ka ganacsiga dadka waxay Nederland ku leeyihiin xuquuq gaar ah.
q-trafficking-opt-debt = Waxaa la igu qasbay inaan bixiyo deyn aanan dhammayn karin
q-trafficking-opt-forced-work = Waxaa la igu qasbay inaan shaqeeyo ama aan sameeyo waxyaabo aanan rabin
q-trafficking-opt-documents-taken = Waxaa la iga qaatay baasaboorkayga ama waraaqahayga
q-trafficking-opt-controlled = Qof kale ayaa go'aamiya meesha aan aado iyo cidda aan arko

## Family

q-children = Ma haysataa carruur ka yar 18 sano oo kula jooga Nederland?
    .short = Carruurta kula jooga
    .why = Carruurtu waxay leeyihiin xuquuq u gaar ah, tusaale ahaan hoy iyo iskuul.

q-school = Carruurtaadu ma dhigtaan iskuul?
    .short = Iskuul
    .why = Ilmo kasta oo 5 sano jira ama ka weyn waa inuu iskuul aado, waraaqo ha haysto ama yuusan haysan.
q-school-opt-some = Qaar ka mid ah
q-school-opt-too-young = Way ka yar yihiin 5 sano

q-family-nl = Ma leedahay qoys Nederland jooga oo haysta baasaboor Nederland ama sharci deganaansho? Waxaad dooran kartaa wax ka badan hal.
    .short = Qoyska Nederland jooga
    .why = Xiriirka qoysku wuxuu ku siin karaa xaq aad ku sii joogto.
q-family-nl-opt-dutch-child = Ilmo haysta baasaboor Nederland
q-family-nl-opt-partner = Sayga, xaaska ama lammaanaha
q-family-nl-opt-other-family = Qoys kale

## Documents and country

q-documents = Ma haysataa baasaboor ama dukumenti kale oo socdaal?
    .short = Dukumentiga socdaalka
    .why = Tani waxay muhiim u tahay ikhtiyaar kasta: inaad sii joogto, inaad sugto ama inaad dib u noqoto.
q-documents-opt-valid = Haa, weli waa ansax
q-documents-opt-expired = Haa, laakiin muddadiisii way dhammaatay
q-documents-opt-no-document = Maya
q-documents-opt-held = Maamulka Nederland ayaa haya

q-embassy = Ma ka codsatay safaaradda dalkaaga dukumenti socdaal?
    .short = Xiriirka safaaradda
    .why = Haddii dalkaagu uusan kuu oggolaanayn inaad gasho, waxaa laga yaabaa inay jirto waddo aad ku sii joogi karto.
q-embassy-opt-refused = Haa, waxayna yiraahdeen maya
q-embassy-opt-no-answer = Haa, laakiin ma ay jawaabin
q-embassy-opt-in-progress = Haa, waana sugayaa
q-embassy-opt-not-tried = Maya, weli ma weydiin

q-nationality = Ma jiraa dal kuu aqoonsan muwaadinkiisa?
    .short = Dhalasho (jinsiyad)
    .why = Dadka aan lahayn dhalasho (dadka aan dal lahayn) waxay yeelan karaan xuquuq kale.
q-nationality-opt-one-country = Haa
q-nationality-opt-stateless = Maya, dal ma lihi
q-nationality-opt-unsure = Ma hubo

q-country = Dalkee ayaad ka timid?
    .short = Dal
    .why = Caawimaadda iyo ammaanku way ku kala duwan yihiin dal kasta.

## What you want

q-wants = Maxaad jeclaan lahayd inaad hadda samayso?
    .short = Waxa aad hadda rabto
    .why = Waxaan ku tusaynaa taageerada ku habboon rabitaankaaga. Adiga ayaa go'aansanaya.
q-wants-opt-stay = Waxaan rabaa inaan isku dayo inaan ku sii joogo Nederland
q-wants-opt-unsure = Weli ma aqaan
q-wants-opt-talk = Marka hore waxaan rabaa inaan qof la hadlo
q-wants-opt-return-thinking = Waxaan ka fikirayaa inaan dib u noqdo
q-wants-opt-return-decided = Waxaan go'aansaday inaan dib u noqdo

q-new-start = Maxaa kaa caawin lahaa inaad bilowdo nolol cusub? Waxaad dooran kartaa wax ka badan hal.
    .short = Waxa caawin lahaa bilow cusub
    .why = Taageerada kadib dib u noqoshada waxaa loo qorsheyn karaa si ku salaysan tan.
q-new-start-opt-work = Shaqo
q-new-start-opt-business = Bilaabidda ganacsi yar
q-new-start-opt-education = Waxbarasho ama tababar
q-new-start-opt-housing = Meel aan ku noolaado
q-new-start-opt-medical = Daryeel caafimaad
q-new-start-opt-family = Xiriir qoyska

q-family-origin = Ma leedahay qoys ama saaxiibo dalkaaga jooga oo ku caawin kara?
    .short = Qoys ama saaxiibo dalkaaga jooga
    .why = Taageerada kadib dib u noqoshada waxaa ku jiri kara inaad iyaga mar kale la xiriirto.

q-past-return = IOM ama dowladdu horay ma kaa caawiyeen inaad dib u noqoto, 5tii sano ee la soo dhaafay?
    .short = Caawimaad hore oo dib u noqosho
    .why = Tani waxay muhiim u noqon kartaa caawimaadda ay IOM bixin karto.

q-can-pay = Adigu ma bixin kartaa kharashka safarka?
    .short = Bixinta kharashka safarka
    .why = Haddii aadan bixin karin, safarka waa laguu bixin karaa.

## Urgent notes

urgent-crisis = Culayskan kaligaa uma baahnid inaad qaaddo
    .what = Hadda qof la hadal. 113 Zelfmoordpreventie waa bilaash, looma baahna inaad magacaaga sheegto, habeen iyo maalin way furan tahay.
    .next = Wac 113 (bilaash) ama kula sheekayso 113.nl. Waxaad sidoo kale u sheegi kartaa la-taliye ka tirsan VluchtelingenWerk.
urgent-unsafe = Ammaankaaga ayaa ka horreeya
    .what = Haddii aad hadda khatar ku jirto, wac 112.
    .next = Haddii aad awooddo, tag meel ammaan ah. U sheeg la-taliye ka tirsan VluchtelingenWerk waxa dhacay.
urgent-appeal-short = Waqtigaaga racfaanku waa gaaban yahay
    .what = Warqaddaada waxaa ku qoran immisa maalmood aad haysato, laga tiriyo go'aanka. Laga bilaabo 12 Juun 2026 waqtigu wuu ka gaaban karaa sidii hore. Racfaanku wax lacag ah kaama baxo.
    .next = Maanta la xiriir qareen. Haddii aadan mid haysan, VluchtelingenWerk ayaa kaa caawin karta inaad mid hesho.
urgent-appeal-long = Hubi waqtigaaga racfaanka
    .what = Warqaddaada waxaa ku qoran inta waqti ah ee aad haysato, laga tiriyo go'aanka. Laga bilaabo 12 Juun 2026 waqtigu wuu ka gaaban karaa sidii hore. Racfaanku wax lacag ah kaama baxo.
    .next = Hadda la xiriir qareen. Haddii aadan mid haysan, VluchtelingenWerk ayaa kaa caawin karta inaad hesho.
urgent-departure-running = Muddada bixitaankaagu way socotaa
    .what = Go'aanku wuxuu ku siiyay waqti aad ku baxdo, inta badan 28 maalmood. Haddii aadan racfaan qaadan, ama racfaankaagu uusan joojin masaafurinta, waxaa laga tiriyaa taariikhda go'aanka. Haddii kale waxaa laga tiriyaa xukunka maxkamadda, ama xukunka tallaabada ku-meel-gaarka ah haddii uu hore u yimaado. Hoyga COA badanaa wuu sii socdaa waqtigaas.
    .next = Ka hor inta uusan waqtigan dhammaan, kala hadal VluchtelingenWerk ikhtiyaarradaada.
urgent-departure-over = Waqtigii aad ku bixi lahayd wuu dhammaaday
    .what = Hoyga waa la joojin karaa, waxaana lagu weydiin karaa inaad baxdo. Haddii aadan waqtigeeda bixin, waxaad heli kartaa mamnuuc ka gelitaanka Yurub ilaa 5 sano, ama ka badan kadib dembiyo.
    .next = Dhakhso ula hadal VluchtelingenWerk ama qareen xuquuqdaada iyo ikhtiyaarradaada.
urgent-dublin = Dal kale oo Yurub ah ayaa laga yaabaa inuu mas'uul yahay
    .what = Laga bilaabo 1 Luulyo 2026 xeerar cusub oo Yurub ah ayaa arrintan khuseeya. Haddii codsigaaga la diiwaangeliyay ka hor 1 Luulyo 2026, xeerarkii hore ee Dublin ayaa weli go'aamiya dalka mas'uulka ah. Waxaa jiri kara waqtiyo ugu dambeeya.
    .next = Weydii VluchtelingenWerk ama qareenkaaga xeerarka iyo taariikhaha adiga kuu khuseeya.
urgent-trafficking = Waxaa laga yaabaa inaad tahay dhibbane ka ganacsiga dadka
    .what = Haddii ay jiraan calaamado muujinaya inaad tahay dhibbane ka ganacsiga dadka, booliisku waa inay ku siiyaan ilaa 3 bilood oo aad ku fikirto. Waqtigaas dalka lagaama saari doono.
    .next = La xiriir CoMensha ama VluchtelingenWerk. Haddii aad booliiska u gudbiso dacwad rasmi ah (aangifte), taasi waxay sidoo kale u tirsan tahay codsi ruqsad. Ruqsaddu waxay socotaa inta baaritaanka dembiga socdo.
urgent-shelter-family = Qoysaska carruurta leh waxay xaq u leeyihiin hoy
    .what = Qoysaska leh carruur ka yar 18 sano waxay tagi karaan goob loogu talagalay qoysaska.
    .next = Maanta VluchtelingenWerk weydii inay kaa caawiyaan helidda hoy.
urgent-shelter = Meel ammaan ah oo aad seexato
    .what = Magaalooyinka qaar weli waxay bixiyaan hoy habeenkii ah, laakiin dhammaantood ma aha. Xeerarku way ku kala duwan yihiin magaalo kasta.
    .next = Weydii VluchtelingenWerk ama ROS hoyga kuu furan.
urgent-medical = Waxaad xaq u leedahay daryeel caafimaad
    .what = Qof kasta wuu tagi karaa dhakhtar, xitaa isagoo aan waraaqo haysan. Daryeelku mar walba bilaash ma aha. Haddii aadan bixin karin, dhakhtarku wuxuu kharashka ka dalban karaa CAK. Isbitaal ama farmashiye kasta lama shaqeeyo CAK.
    .next = Tag dhakhtarka qoyska (GP). Dokters van de Wereld ayaa kaa caawin kara inaad mid hesho.
urgent-school = Iskuulku wuu u furan yahay ilmo kasta
    .what = Ilmo kasta oo Nederland jooga wuxuu xaq u leeyahay inuu dugsi aado, xitaa isagoo aan waraaqo haysan. Laga bilaabo 5 sano, ilmuhu waa inuu dugsi aadaa.
    .next = Weydii VluchtelingenWerk ama dowladda hoose (degmada) inay kaa caawiyaan helidda iskuul.

## Routes

route-conversation = Wada-hadal ku saabsan go'aanka
    .what = La-taliye ka tirsan VluchtelingenWerk ayaa ku dhegaysanaya. Wadajir ayaad u eegaysaan go'aanka iyo su'aalahaaga. La-taliyuhu wuxuu ku siin karaa ra'yi labaad.
    .next = Ballan la samee VluchtelingenWerk. Waxaad keeni kartaa warqadahaaga.
route-flight-story = Eegid labaad oo sheekadaada magangalyada ah
    .what = La-taliye ayaa mar kale kula eegaya sheekadaada (falanqaynta sheekada qaxa). Tani waxay caawisaa in la hubiyo in aan dib laguu celin khatar. Waxay sidoo kale kaa caawin kartaa inaad fahanto go'aanka oo aad la qabsato.
    .next = VluchtelingenWerk ka codso falanqaynta sheekada qaxa. Keen go'aankaaga iyo warbixinnada waraysiyada, haddii aad haysato.
route-legal-check = Hubinta ikhtiyaarradaada si aad u sii joogto ama bixitaanka dib loogu dhigo
    .what = VluchtelingenWerk iyo qareen ayaa eegaya in ay jirto waddo aad ku sii joogi karto, ama aad ku bixi karto goor dambe.
    .next = VluchtelingenWerk ka codso hubin. La hadal qareen ka hor intaadan bilaabin nidaam cusub.
route-reintegration = Taageero aad noloshaada dib ugu dhisto kadib dib u noqoshada (ERSO)
    .what = Haddii aad adigu go'aansato inaad dib u noqoto, VluchtelingenWerk waxay diyaarin kartaa dib u noqoshadaada, iyadoo la kaashanaysa hay'ad la-shaqeeye ah oo dalkaaga ku taal. Wadajir ayaad qorshe u samaynaysaan, tusaale ahaan shaqo, ganacsi yar, iskuul ama guri. Taageeradu waxay socon kartaa ilaa hal sano.
    .next = VluchtelingenWerk weydii inuu dalkaaga ku jiro la-shaqeeye. Waqti u qaado go'aanka. Fikirkaaga waad beddeli kartaa.
route-iom = Dib u noqosho iyadoo IOM ay ku caawinayso
    .what = IOM waxay diyaarin kartaa tigidhka. Waxay kaa caawin kartaa dukumentiyada socdaalka iyo marka aad gaarto. Mararka qaarkood waxaa jira taageero dheeraad ah oo aad dib ugu bilowdo. Wada-hadalladu waa sir.
    .next = La xiriir IOM ama weydii VluchtelingenWerk. IOM ayaa hubisa inaad buuxiso shuruudaheeda.
route-return-orgs = Hay'ado kale oo ka caawiya dib u noqoshada
    .what = Hay'adaha qaar waxay bixiyaan koorsooyin, ama qalab lagu bilaabo shaqo kadib celinta.
    .next = Weydii VluchtelingenWerk hay'adda kuugu habboon.

## Points within a route

point-higher-appeal = Maxkamaddu waxay tiri maya. Waxaa laga yaabaa inaad racfaan kale u qaadan karto Golaha Dowladda (Raad van State). Waqtiga tan waa gaaban yahay.
point-new-application = Xaqiiqooyin cusub waxay sabab u noqon karaan codsi magangalyo oo cusub. Marka hore la hadal qareen.
point-no-fault = Haddii dalkaagu uusan kuu oggolaanayn inaad gasho, waxaa laga yaabaa inaad hesho ruqsad "aan qaladkaaga ahayn" (buitenschuldvergunning). Marka hore DT&V ka codso inay kaa caawiso bixitaanka. Haddii taasi fashilanto oo aysan qaladkaaga ahayn, DT&V waxay IND kula talin kartaa inay ruqsadda bixiso. Aqoonsigaaga iyo dhalashadaadu waa inay cad yihiin. Way adag tahay in la helo.
point-medical-postponement = Haddii adiga ama qof qoyskaaga ka mid ah aad u jiran tihiin oo aydaan safri karin, bixitaanka waa la dib u dhigi karaa (qodobka 64). Adiga ama qareenkaaga waa inaad IND ka codsataan, xitaa uurka ama daaweynta qaaxada.
point-statelessness = Haddii aadan lahayn dhalasho, maxkamadda Den Haag ayaa go'aamin karta inaad tahay qof aan dal lahayn. Tan waxaad u baahan tahay qareen, waxaana jira khidmad maxkamadeed.
point-family-ties = Waalid daryeela ilmo dhalasho Nederland leh, ama qof qoys dhow halkan ku leh, waxaa laga yaabaa inuu xaq u leeyahay inuu sii joogo.
point-trafficking-permit = Dhibbanayaasha ka ganacsiga dadka waxay heli karaan waqti ay ku fikiraan, mararka qaarkoodna ruqsad.
point-erso-partner = Waqti hore waxaa dalkan ku jirtay hay'ad la-shaqeeye ah. VluchtelingenWerk ayaa kuu sheegi karta haddii ay hadda mid jirto.
point-new-start-plan = Qorshahaaga waxaa ku jiri kara waxyaabaha aad sheegtay inay ku caawin lahaayeen.
point-family-support = Qorshahaaga waxaa ku jiri kara inaad mar kale la xiriirto qoyskaaga ama saaxiibadaa.
point-iom-caveat = Waxaa laga yaabaa in IOM aysan kaa caawin karin dib u noqoshada dalkan. Weydii IOM ama VluchtelingenWerk.
point-iom-past-return = Haddii aad heshay caawimaad dib u noqosho 5tii sano ee la soo dhaafay, waxaa laga yaabaa in IOM aysan mar kale kaa caawin karin. Weydii IOM ama VluchtelingenWerk.
point-iom-ticket = IOM waxay bixisaa kharashka safarka kaliya haddii aadan adigu bixin karin. Weydii IOM ama VluchtelingenWerk.

## Referral directory

ref-vwn = VluchtelingenWerk Nederland
    .offer = Talo bilaash ah oo madax-bannaan, dhegaysi, ra'yi labaad, caawimaad su'aalaha sharciga iyo dib u noqoshada.
    .how = VluchtelingenWerk waxay ka shaqeysaa xarun kasta oo magangalyo-doonka (azc): weydii shaqaalahooda halkaas. Haddii kale, tag websaydhka.
ref-lawyer = Qareen (iyadoo loo marayo Raad voor Rechtsbijstand)
    .offer = Qareen kiisaska magangelyada, iyadoo loo marayo Raad voor Rechtsbijstand.
    .how = VluchtelingenWerk ayaa kaa caawin karta inaad hesho qareen.
ref-erso = Shabakadda ERSO
    .offer = Hay'ado la-shaqeeye ah oo ku yaal dalalka dadku ka yimaadeen. Waxay dadka ka caawiyaan inay noloshooda dib u dhisaan.
    .how = Weydii VluchtelingenWerk. Iyaga ayaa adiga kuu la xiriiraya la-shaqeeyaha.
ref-iom = IOM Nederland
    .offer = Caawimaad dib u noqosho oo aad adigu doorato: tigidh, dukumentiyo socdaal, caawimaad marka aad gaarto, mararka qaarkoodna taageero aad dib ugu bilowdo.
    .how = La xiriir IOM adoo isticmaalaya websaydhkeeda, ama weydii VluchtelingenWerk.
ref-ros = ROS Rotterdam
    .offer = Hubin sharci, helitaanka daryeel caafimaad, hoy degdeg ah iyo caawimaad aad uga fikirto mustaqbalkaaga.
    .how = VluchtelingenWerk weydii inay kugu xiriiriyaan.
ref-wereldwijd = WereldWijd (Limburg)
    .offer = Koorsooyin iyo qalab shaqo oo aad shaqo ku bilowdo kadib dib u noqoshada.
    .how = VluchtelingenWerk weydii inay kugu xiriiriyaan.
ref-comensha = CoMensha
    .offer = Xarunta qaranka ee dhibbanayaasha ka ganacsiga dadka.
    .how = La xiriir CoMensha adoo isticmaalaya websaydhkeeda, ama weydii VluchtelingenWerk.
ref-line113 = 113 Zelfmoordpreventie
    .offer = La hadal qof, haddii aad ka fikirto inaad naftaada qaaddo. Bilaash, looma baahna inaad magacaaga sheegto, habeen iyo maalin.
    .how = Wac ama la sheekayso (chat).
ref-emergency112 = Lambarka gurmadka degdegga ah 112
    .offer = Booliska, ambalaaska iyo dab-demiska, marka ay xaalad degdeg ah jirto.
    .how = Wac 112.
ref-dvdw = Dokters van de Wereld
    .offer = Caawimaad aad ku hesho dhakhtar qoys iyo daryeel caafimaad, adoo aan waraaqo haysan.
    .how = Tag websaydhka, ama weydii VluchtelingenWerk.
ref-cak = Nidaamka CAK
    .offer = Dhakhaatiirta iyo isbitaallada waxaa lacagta lagu siiyaa nidaamkan, marka aadan bixin karin.
    .how = Waxba uma baahnid inaad samayso. U sheeg dhakhtarka inaadan lahayn caymis.
