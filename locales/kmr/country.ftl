# Agahiyên welat û «Bi aramî fikirîn», Kurmancî.

## Karta welat

country-card-title = Agahî li ser { $country }
country-card-intro = Tiştê ku li ser rewşa vî welatî tê zanîn, û ji ku tê. Ev agahî ye, ne şîreta hiqûqî ye.
country-card-checked = Li ba her agahiyê heye ka em cara dawî kengî lê nêrîn. Tişt dikarin biguherin. VluchtelingenWerk ya herî nû dizane.
country-card-vwn-explains = VluchtelingenWerk dikare ji we re rave bike ka ev belge ji bo we tê çi wateyê.
country-card-return-later = Piştgiriya ji bo vegerê bi rewşa we ve girêdayî ye. Pirs an VluchtelingenWerk dikarin bêtir ji we re bibêjin.
country-card-checked-on = Di { $date } de hat kontrolkirin.
country-card-primary = Çavkanî: weşanger bi xwe.
country-card-secondary = Çavkanî: kopiyek an kurteyek.
country-summary-include = Van agahiyên welat li kurteyê zêde bikin
country-card-source = Ev ji ku tê

country-sec-situation = Danasînên fermî yên rewşê
country-sec-procedure = Qaîdeyên Holandayê ji bo vî welatî
country-sec-stay = Derfetên mayînê
country-sec-return = Piştgirî heke hûn vegerê hilbijêrin
country-sec-practical = Xalên pratîk ku bipirsin

country-kind-ambtsbericht = Rapora welat a Wezareta Karên Derve ya Holandayê (algemeen ambtsbericht)
country-kind-euaa-guidance = Rêbernameya welat a Ajansa Penaberiyê ya YE
country-kind-euaa-coi = Raporên welat ên Ajansa Penaberiyê ya YE
country-kind-unhcr = Helwesta UNHCR, rêxistina penaberan a NY
country-kind-safe-country = Lîsteya Holandayê ya welatên eslê ewle
country-kind-moratorium = Rawestandina biryaran û vegerandina bi zorê
country-kind-erso = Hevkarê ji nû ve entegrasyonê (tora ERSO)
country-kind-iom = IOM
country-kind-return-org = Rêxistinên din ên vegerê
country-kind-travel-documents = Belgeyên rêwîtiyê ji balyozxaneyê

country-pub-bz = Wezareta Karên Derve ya Holandayê
country-pub-jenv = Wezareta Dad û Ewlehiyê ya Holandayê
country-pub-euaa = Ajansa Penaberiyê ya YE (EUAA)
country-pub-unhcr = UNHCR
country-pub-iom = IOM

country-fact-doc = Ya herî nû ku me dît: { $title }. { $publisher }, { $date }.
country-fact-doc-untitled = Ya herî nû ku me dît: raporek ji { $publisher }, { $date }. Me sernavê wê yê rast nedît.
country-fact-unknown = Em nizanin. Ji { $ask } bipirsin.
country-fact-safe-listed = Di wê lîsteyê de ye ku me dît. Mirovên ji van welatan pir caran prosedureke bileztir digirin. Dema derketinê dikare kurt be, heta 0 roj. Pir caran li Holandayê nikare li encama îtîrazê were sekinandin. Sedemên we yên xwe hîn jî girîng in.
country-fact-safe-suspended = Di wê lîsteyê de ye ku me dît. Lê ev niha hatiye rawestandin. Prosedura bileztir ji bo vî welatî nayê bikaranîn.
country-fact-safe-not-listed = Ne di wê lîsteyê de ye ku me dît.
country-fact-moratorium-past = Ji { $date } ve Holandayê ji bo vî welatî biryar û vegerandina bi zorê demkî rawestand. Em nizanin ka ev hîn derbasdar e. Ji VluchtelingenWerk bipirsin.
country-fact-erso-past = Di projeyên berê de ({ $years }) li wir rêxistineke hevkar hebû. VluchtelingenWerk hevkarê niha piştrast dike.
country-fact-iom-limited = Dibe ku IOM niha nikaribe di vegera vî welatî de alîkariyê bike. Ji IOM an VluchtelingenWerk bipirsin.
country-fact-iom-basic = Bernameya bingehîn a vegerê ya IOM dikare alîkariyê bike: bilêt, alîkarî ji bo belgeyên rêwîtiyê û hinek pere. Şert hene. Ji IOM bipirsin ka ji bo vî welatî dixebite.
country-fact-iom-visa-free = Mirovên ji vî welatî ji bo serdanên kurt ên Ewropayê ne hewceyî vîzeyê ne. Ji ber vê dibe ku piştgiriya IOM ji wan re nebe. Ji IOM bipirsin.
country-fact-return-org-general = Rêxistinên din jî di vegerê de alîkariyê dikin, wek ROS û WereldWijd. Ji VluchtelingenWerk bipirsin ka kîjan bi vî welatî re dixebite.
country-fact-return-org = { $name } di vegera vî welatî de alîkariyê dike. Pêşî li ser wê ji VluchtelingenWerk bipirsin.

country-stay-check = Piştî redkirinê jî dibe ku hîn derfetên mayînê hebin. Kontroleke hiqûqî bi VluchtelingenWerk û parêzerekî li wan dinêre.
country-stay-points = Wek mînak: rastiyên nû, tenduristiya we, malbata we li vir, an welatekî ku we qebûl nake.

country-pub-ind = Dezgeha Koçberî û Welatîbûnê (IND)
country-pub-dtv = Dezgeha Vegerê û Derketinê (DT&V)
country-pub-erso = Tora ERSO
country-pub-eu = Yekîtiya Ewropayê
country-fact-doc-undated = Ya herî nû ku me dît: raporek ji { $publisher }. Me sernav û dîroka wê ya rast nedît.
country-fact-old = Ev belge ji { $date } e. Dibe ku agahiyên nûtir hebin. VluchtelingenWerk ya herî nû dizane.
country-fact-moratorium-ended = Holandayê demekê biryar û vegerandina bi zorê ji bo vî welatî rawestand. Ev rawestan bi dawî bû.
country-card-links = Girêdanek malpera weşanger vedike. Serdan di dîroka vê gerokê de dimîne; derketina bilez nikare wê jê bibe. Navnîşan jî hatiye nivîsîn, da ku hûn wê li ser amûreke din binivîsin.
country-card-undated = di rûpelê de dîrok tune

country-sum-ambtsbericht-sy-2026 = Raporeke nû rewşa Sûriyeyê ji Gulan heta Kanûna 2025an vedibêje. Li gorî nûçeyan, welat bêîstîqrar dibîne, behsa tundiya li dijî hindikahiyên wek Elewî, Durzî û Kurdan dike, û wêrankirina xaniyan wek astengeke mezin a vegerê dibîne.
country-sum-euaa-sy-2025 = Nûkirineke tam piştî hilweşîna hikûmeta Esed. Yên ji leşkeriyê reviyane, firarî û dijberên din ên hikûmeta berê êdî di xetereyê de nayên dîtin. Mirovên LGBTIQ bi giştî hê jî ji bo statûya penaberiyê guncav in; kesên bi hikûmeta berê ve girêdayî, Elewî, Xiristiyan û Durzî li gorî rewşa xwe dibe ku hewceyî parastinê bin.
country-sum-unhcr-sy-2024 = UNHCR piştgiriya vegera bi dilxwazî û bi agahî dike, lê ji ber tundiya li hin deveran û krîza mirovî ya giran vegera bi girseyî teşwîq nake. UNHCR di Kanûna 2024an de got ku niha tu penaxwaz nabe bi zorê vegere Sûriyeyê.
country-sum-moratorium-sy-2024 = Piştî hilweşîna hikûmeta Esed di Kanûna 2024an de, biryar û vegerandina bi zorê ji bo kesên ji Sûriyeyê şeş mehan hatin rawestandin. Ev rawestan bi dawî bû: IND dîsa li ser serlêdanan biryar dide.
country-sum-ambtsbericht-er-2023 = Wezareta Karên Derve di 19ê Kanûna 2023an de raporeke giştî ya nû li ser Erîtreyê weşand. Me encamên wê nexwendin.
country-sum-euaa-coi-er-2016 = Raporeke rastiyan li ser xizmeta neteweyî li Erîtreyê, muameleya li gel yên ji leşkeriyê direvin û firariyan, û muameleya dema vegerê li gel yên bi awayekî neqanûnî ji welat derketine. Encamên hiqûqî dernaxe.
country-sum-ambtsbericht-tr-2019 = Rapor dema ji hewldana derbeyê ya Tîrmeha 2016an heta Îlona 2019an digire nav xwe. Zêdebûna dozên li dijî rojnamevan, mamoste, dadwer, çalakvanên mafên mirovan, endamên muxalefetê û yên din ji ber rexnekirina hikûmetê vedibêje.
country-sum-euaa-coi-tr-2016 = Raporeke rastiyan li ser rewşê heta nîvê Îlona 2016an, bi hewldana derbeyê ya 15ê Tîrmeha 2016an û bersiva hikûmetê re. Nirxandin an şîret tê de tune.
country-sum-ambtsbericht-iq-2019 = Rapor ewlehiya her herêmê, belgeyên nasnameyê, mafên mirovan, rewşa hin koman, koçberên hundirîn û vegera Iraqê vedibêje.
country-sum-euaa-iq-2024 = Yên ku dev ji Îslamê berdane û mirovên LGBTIQ bi giştî tirseke bi bingeh a çewsandinê hene. Ji bo hindikahiyan û jin û keçan rewşa wan bi xwe tê nirxandin. Tundî li qezaya Amêdiyê (Duhok) bilind e, li Bexda, Neynewa û Hewlêrê kêmtir e, û li başûr bi giştî ne xetereyeke rastîn e.
country-sum-unhcr-iq-2019 = UNHCR vedibêje kî dibe ku hewceyî parastinê be, wek kesên bi neheqî bi piştgiriya DAIŞê tên gumankirin, û kengê çûna cihekî din li Iraqê ne vebijarkeke maqûl e. Beşek li ser vegerandina bi zorê heye.
country-sum-ambtsbericht-so-2021 = Rapor ji Nîsana 2020an heta Mijdara 2021an digire nav xwe. Li gorî wê, ewlehiya Somalyayê bi giştî pir baştir an xirabtir nebûbû.
country-sum-euaa-so-2025 = Rêber Somalyaya Başûr-Navîn, Puntland û Somaliland cuda digire dest. Rojnamevanên rexnegir li her derê Somalyayê belkî ji bo statûya penaberiyê guncav in. Ew behsa belavbûna pir bilind a sunetkirina keçan jî dike.
country-sum-unhcr-so-2022 = UNHCR ji ber bêewlehiya berdewam û binpêkirinên berfireh ên mafên mirovan, profîlên kesên ku dibe ku hewceyî parastina navneteweyî bin vedibêje. Li şûna helwestên berê ye.
country-sum-ambtsbericht-ye-2024 = Li gorî nûçeyan, rapor dibêje agirbestekê şer û kuştina sivîlan pir kêm kir, lê ewlehî nazik û rewşa mirovî xirab dimîne. Zêdebûna tundiya li dijî jinan jî vedibêje.
country-sum-unhcr-ye-2015 = UNHCR ji hemû welatan xwest ku vegerandina bi zorê bo Yemenê rawestînin, ji ber êrîşên hewayî, kuştina sivîlan û krîzeke mirovî ya giran.
country-sum-ambtsbericht-ng-2018 = Rapor ewlehiya her herêmê, belge, mafên mirovan, rewşa jinan, mirovên LGBT û zarokên bi tenê, veger û bazirganiya mirovan vedibêje.
country-sum-euaa-ng-2021 = Rêber analîza Boko Haram, pevçûnên navbera şivan û cotkaran û revandinan nû dike. Ew behsa hewcedariyên parastinê yên bi bazirganiya mirovan ve girêdayî, bi taybetî îstismara zayendî ya jin û keçan jî dike.
country-sum-euaa-coi-ng-2025 = Rapor zêdebûna tundiya çeteyên çekdar (talanî) li Nîjeryayê vedibêjin.
country-sum-ambtsbericht-sd-2024 = Rapor pêşketinên giran ên di şerê çekdarî yê ku di Nîsana 2023an de dest pê kir de vedibêje. Siyaseta Holandayê ya Hezîrana 2024an ji bo Sûdanê li ser wê ava ye.
country-sum-euaa-sd-2025 = Rêbera yekem a EUAA li ser Sûdanê gelek profîlên ku belkî ji bo statûya penaberiyê guncav in dide, wek komên ne-Ereb ên Darfûrê, Nûba, yên ji leşkerkirina bi zorê ditirsin, çalakvan, rojnamevan, xebatkarên alîkariyê, jin û keç, zarok û mirovên LGBTIQ. Tundiyê li seranserê welat dinirxîne.
country-sum-unhcr-sd-2023 = UNHCR ji hikûmetan xwest ku kesî venegerînin Sûdanê û biryarên neyînî li ser serlêdanên ji Sûdanê rawestînin. Li gorî UNHCR, li hundirê Sûdanê cihekî ewle tune ku mirov biçe.
country-sum-moratorium-sd-2023 = Biryar û vegerandina bi zorê ji bo kesên ji Sûdanê ji 8ê Tîrmeha 2023an ve hatin rawestandin. Rawestan di 27ê Hezîrana 2024an de bi dawî bû: IND dîsa li ser serlêdanan biryar dide.
country-sum-ambtsbericht-af-2023 = Rapor rewşekê vedibêje ku piştî desthilatdariya Talîban pir guheriye, bi krîzeke mirovî ya mezin dibe. Tundî pir kêm bûye. Ew behsa xetereyên hin koman jî dike.
country-sum-euaa-af-2024 = Jin û keçên Afgan di xetereya çewsandinê de ne. Yên din jî di xetereyê de ne, wek karmendên berê yên dewletê, yên bi hêzên biyanî re xebitîne, parêzvanên mafên mirovan û hin hindikahî. Bi giştî li hundirê Afganistanê cihekî ewle tune ku mirov biçe.
country-sum-unhcr-af-2025 = UNHCR vedibêje kî dibe ku hewceyî parastinê be, bi jin û keçan dest pê dike. Ji Tebaxa 2021an ve UNHCR ji dewletan dixwaze ku kesî bi zorê venegerînin Afganistanê, yên ku serlêdana wan hatiye redkirin jî.
country-sum-moratorium-af-2021 = Biryar û vegerandina bi zorê ji bo kesên ji Afganistanê ji 11ê Tebaxa 2021an ve hatin rawestandin; rawestan heta 25ê Tebaxa 2022an hate dirêjkirin.
country-sum-euaa-coi-pk-2024 = Raporeke rastiyan: tundî ji Cotmeha 2023an ve zêde bûye, bi taybetî li Xeyber Pextûnxwa û Belûçistanê. Tepisandina partiya muxalif PTI û medyayê, û tundiya li dijî Şîe, Ehmedî, Xiristiyan, Hindû û yên din vedibêje.
country-sum-ambtsbericht-ir-2019 = Wezareta Karên Derve di 21ê Adara 2019an de raporeke giştî li ser Îranê weşand. Siyaseta Holandayê ji bo Îranê di Tîrmeha 2019an de li ser wê bingehê hate guhertin.
country-sum-euaa-ir-2025 = Profîlên ku pir îhtîmal e ji bo statûya penaberiyê guncav bin ev in: endamên muxalefetê, parêzvanên mafên mirovan, rojnamevanên rexnegir, kesên dîn guhertine, Xiristiyanên dêrên malan û mirovên LGBTIQ. Çalakiyên li derveyî welat jî dikarin bêne hesibandin.
country-sum-euaa-coi-co-2022 = Raporeke rastiyan: piştî peymana aştiyê ya 2016an komên çekdar parçe bûn. Tundî, koçberî, xwestina pereyan bi zorê û kuştina pêşengên civakê hê jî sivîlan diêşînin.
country-sum-euaa-coi-ru-2025 = Raporeke rastiyan li ser Mijdara 2024an heta Mijdara 2025an. Dozên li dijî çalakvan, rojnamevan, parêzer û rexnegiran, bi dijberên şer re, dozên li dijî Şahidên Yehowa, û xirabtirbûna rewşa mirovên LGBTIQ û jinan vedibêje.
country-sum-unhcr-ua-2023 = Heta ku şer berdewam be, UNHCR vegera Ukraynayê teşwîq nake. Şîreta wê ya Adara 2022an ku kes bi zorê venegere Ukraynayê, yên ku serlêdana wan hatiye redkirin jî, hê jî derbasdar e.


## Agahî li ser welatekî, ji ekrana destpêkê

country-info-open = Agahî li ser welatekî
country-info-intro = Welatekî hilbijêrin. Ne hewce ye ku hûn bersiva tu pirsan bidin. Tiştek nayê tomarkirin.
country-info-choose = Welat
country-info-pick = Welatekî hilbijêrin
country-info-back = Vegerin destpêkê

## Bi aramî fikirîn

consider-open = Bi aramî fikirîn
consider-intro = Rûpeleke aram ji bo ku hûn bijartina xwe bi leza xwe binirxînin. Ev ne ceribandin e. Bersivên rast an şaş tune ne.
consider-how = Tenê di serê xwe de an li ser kaxezê bersiv bidin. Sepan tiştekî tomar nake.
consider-topic-safety = Ma hûn dê li wir ewle bin? Hûn ji çi bi fikar in?
consider-topic-family-there = Li wir kî ji bo we heye? Malbat, heval?
consider-topic-family-here = Hûn dê li vir kê li pey xwe bihêlin?
consider-topic-housing = Hûn dê li ku bijîn?
consider-topic-income = Hûn dê çawa debara xwe bikin?
consider-topic-health = Tenduristî û dermanên we li wir dê çawa bin?
consider-topic-documents = Ma belgeyên ku hewceyê we ne, li cem we hene?
consider-topic-support = Hûn dikarin çi piştgiriyê bistînin, li vir û li wir?
consider-topic-ask-first = Hûn dixwazin pêşî çi ji VluchtelingenWerk bibihîzin?
consider-told = Tiştê ku we ji me re got:
consider-notes = Notên we:
consider-change-mind = Hûn dikarin her dem ramana xwe biguherînin. Heta piştî axaftina bi IOM an VluchtelingenWerk re.
consider-valid = Niha venegerîn jî bijardeyeke pejirandî ye.
consider-print = Wek pelê xebatê çap bikin
consider-print-lang = Zimanê duyem li ser pelê xebatê
consider-print-none = Tenê ev ziman
consider-back = Vegerin encamê
