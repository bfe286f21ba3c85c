# Naveroka pirsnameyê, Kurmancî. Id ji content/questionnaire.toml tên
# (li şîroveya li serê wê binêrin). Zimanê sade: hevokên kurt, di her hevokê de ramanek.

## Bersivên hevpar

opt-yes = Erê
opt-no = Na
opt-not-sure = Ez ne bawer im
opt-prefer-not = Ez naxwazim bibêjim
opt-dont-know = Ez nizanim
opt-other = Tiştekî din
opt-none = Ne yek ji van

## Prosedûr

q-decision-when = Li ser nameya ku daxwaza we ya penaberiyê red kir, kîjan dîrok hatiye nivîsandin?
    .short = Dîroka biryarê
    .why = Hin dem ji vê dîrokê têne hesibandin. Dîroka ku li ser nameyê hatiye çapkirin binivîsin, ne roja ku gihîşt we.
q-decision-when-opt-lt-1w = Kêmtirî 1 hefte berê
q-decision-when-opt-w1-4 = 1 heta 4 hefte berê
q-decision-when-opt-m1-3 = 1 heta 3 meh berê
q-decision-when-opt-gt-3m = Zêdetirî 3 meh berê

q-appeal = We an parêzerê we li dijî biryarê îtiraz kir?
    .short = Îtiraz
    .why = Îtiraza li dadgehê dikare tiştên ku paşê diqewimin biguherîne.
q-appeal-opt-not-yet = Na, hîn na
q-appeal-opt-running = Erê, û dadgehê hîn biryar nedaye
q-appeal-opt-lost = Erê, û dadgehê got na

q-appeal-term = Nameya we ji bo îtirazê çiqas wext dide we?
    .short = Dema îtirazê
    .why = Dema îtirazê kurt e. Nameya we dibêje ka çiqas e.
q-appeal-term-opt-one-week = 10 roj an kêmtir (mînak 1 hefte)
q-appeal-term-opt-four-weeks = 2 hefte an zêdetir (mînak 4 hefte)

q-dublin = Gelo name dibêje ku divê welatekî din ê Ewropayê li daxwaza we binêre?
    .short = Welatekî din ê Ewropayê berpirsiyar e (Dublin)
    .why = Wê demê qaîdeyên din û demên dawî yên din derbasdar in.

q-departure = Ji bo ku hûn ji Holendayê derkevin, wext dan we (dema derketinê). Gelo ev dem hîn berdewam e?
    .short = Dema derketinê
    .why = Dema ku ev dem diqede, bi gelemperî hewandina we jî diqede.
q-departure-opt-running = Erê, hîn berdewam e
q-departure-opt-ended = Na, qediyaye
q-departure-opt-zero-days = Diviyabû ez yekser derkevim (0 roj)

q-entry-ban = Gelo qedexeya ketinê ji we re hat dayîn?
    .short = Qedexeya ketinê
    .why = Qedexeya ketinê tê wê wateyê ku hûn çend salan nikarin vegerin Ewropayê.

q-dtv-contact = We bi DT&V re li ser derketinê axaftin kirine? (DT&V servîsa vegerê ya hikûmeta Holendayê ye.)
    .short = Axaftinên bi DT&V re
    .why = Ev axaftin ji bo hin rêyên mayînê girîng in.
q-dtv-contact-opt-several = Erê, çend caran
q-dtv-contact-opt-once = Erê, carekê

q-reception = Hûn niha li ku radizên?
    .short = Cihê ku hûn lê radizên
    .why = Em dixwazin bizanin ka cihekî we yê ewle ji bo razanê heye an na.
q-reception-opt-coa = Li navendeke COA (hewandina penaberan)
q-reception-opt-vbl = Li navenda derketinê (VBL) li Ter Apel
q-reception-opt-family-location = Li cihekî ji bo malbatan
q-reception-opt-municipal = Li stargeha şevê ya bajêr
q-reception-opt-friends = Li cem heval an malbatê
q-reception-opt-street = Li kolanê, an bê cihekî diyar

## Tirsa ji vegerê

q-fear = Heke hûn vegerin welatê xwe, hûn ji tiştê ku dê bê serê we ditirsin?
    .short = Tirsa ji vegerê
    .why = Divê kes neyê şandin nav xeterê. Bersiva we diyar dike ka em pêşî çi nîşan didin.

q-fear-of = Hûn ji çi ditirsin? Hûn dikarin ji yekê zêdetir hilbijêrin.
    .short = Tiştê ku hûn jê ditirsin
    .why = Ev alîkariya şêwirmendekî dike ku dîsa li çîroka we binêre.
q-fear-of-opt-persecution = Çewsandin, bo nimûne ji ber baweriya min, koka min an ji ber ku ez kî me
q-fear-of-opt-inhuman = Îşkence an muameleya hovane
q-fear-of-opt-authorities = Polîs, artêş an hikûmet
q-fear-of-opt-group = Komek, çeteyek an malbatek
q-fear-of-opt-war = Şer an tundî li herêma min

q-understood = Hûn hîs dikin ku çîroka we ya penaberiyê hat fêmkirin?
    .short = Gelo çîroka we hat fêmkirin
    .why = Heke na, nêrîneke duyem li çîroka we dikare alîkar be.
q-understood-opt-partly = Hinekî

q-new-facts = Ji biryarê û vir ve tiştek guheriye? Hûn dikarin ji yekê zêdetir hilbijêrin.
    .short = Çi ji biryarê û vir ve guheriye
    .why = Rastiyên nû dikarin bibin sedema daxwazeke nû.
q-new-facts-opt-country-changed = Rewşa welatê min xirabtir bû
q-new-facts-opt-lgbti = Ez niha dikarim bibêjim ku ez lezbiyen, gey, bîseksuel, trans an interseks im
q-new-facts-opt-conversion = Min dînê xwe guherand
q-new-facts-opt-political = Ez di siyasetê de çalak bûm
q-new-facts-opt-documents = Belgeyên min ên nû hene
q-new-facts-opt-witnesses = Min şahidên nû dîtin

## Tenduristî û ewlehî

q-health = Gelo yek ji van niha ji bo we rast e? Hûn dikarin ji yekê zêdetir hilbijêrin.
    .short = Tenduristî
    .why = Nexweşî an ducanî dikare bibe sedem ku derketin paş ve bikeve.
q-health-opt-serious-illness = Nexweşiyeke min a giran heye û ez têm dermankirin
q-health-opt-pregnant = Ez ducanî me
q-health-opt-tb = Ez ji ber tuberkulozê (TB) têm dermankirin
q-health-opt-mental = Gelek stres, tirs an xemgîniya min heye

q-doctor = Dema ku hewce be, hûn dikarin biçin cem doktor?
    .short = Gihîştina doktor
    .why = Li Holendayê mafê her kesî heye ku lênêrîna bijîşkî ya pêwîst bistîne.

q-crisis = Gelo carinan hûn difikirin ku dawî li jiyana xwe bînin?
    .short = Ramanên li ser dawîanîna jiyana xwe
    .why = Heke wisa be, em nîşanî we didin ka hûn niha, şev û roj, li ku dikarin alîkariyê bistînin.
q-crisis-opt-often = Erê, gelek caran
q-crisis-opt-sometimes = Erê, carinan

q-unsafe-now = Li cihê ku hûn niha lê ne, hûn xwe ne ewle hîs dikin?
    .short = Niha ne ewle
    .why = Ewlehiya we pêşî tê.

q-trafficking = Gelo kesekî yek ji van tiştan li we kiriye? Hûn dikarin ji yekê zêdetir hilbijêrin.
    .short = Nîşanên îstismarê
    .why = Li Holendayê qurbaniyên bazirganiya mirovan xwedî mafên taybet in.
q-trafficking-opt-debt = Ez neçar kirim ku deynekî bidim ku ez nikarim biqedînim
q-trafficking-opt-forced-work = Ez neçar kirim ku bixebitim an tiştên ku min nedixwestin bikim
q-trafficking-opt-documents-taken = Pasaport an kaxezên min ji min girtin
q-trafficking-opt-controlled = Biryar dide ka ez diçim ku û ez kê dibînim

## Malbat

q-children = Zarokên we yên di bin 18 salî de li Holendayê bi we re ne?
    .short = Zarokên bi we re
    .why = Zarok xwedî mafên xwe ne, bo nimûne mafê stargehê û dibistanê.

q-school = Zarokên we diçin dibistanê?
    .short = Dibistan
    .why = Divê her zarokê ji 5 saliyê û pê ve biçe dibistanê, bi kaxez an bê kaxez.
q-school-opt-some = Hin ji wan
q-school-opt-too-young = Ew ji 5 salî biçûktir in

q-family-nl = Li Holendayê malbata we heye ku pasaporta Holendî an destûra rûniştinê ya wan heye? Hûn dikarin ji yekê zêdetir hilbijêrin.
    .short = Malbat li Holendayê
    .why = Girêdanên malbatî dikarin mafê mayînê bidin.
q-family-nl-opt-dutch-child = Zarokek bi pasaporta Holendî
q-family-nl-opt-partner = Mêr, jin an hevjîn
q-family-nl-opt-other-family = Endamên din ên malbatê

## Belge û welat

q-documents = Pasaport an belgeyeke din a rêwîtiyê li cem we heye?
    .short = Belgeya rêwîtiyê
    .why = Ev ji bo her vebijarkê girîng e: mayîn, li bendê man an vegerîn.
q-documents-opt-valid = Erê, û hîn derbasdar e
q-documents-opt-expired = Erê, lê dema wê derbas bûye
q-documents-opt-no-document = Na
q-documents-opt-held = Ew li cem rayedarên Holendî ye

q-embassy = We ji balyozxaneya welatê xwe belgeya rêwîtiyê xwest?
    .short = Têkiliya bi balyozxaneyê re
    .why = Heke welatê we nehêle hûn bikevin welêt, dibe ku rêyek ji bo mayînê hebe.
q-embassy-opt-refused = Erê, û wan got na
q-embassy-opt-no-answer = Erê, lê wan bersiv neda
q-embassy-opt-in-progress = Erê, û ez li bendê me
q-embassy-opt-not-tried = Na, hîn na

q-nationality = Gelo welatek we wek hemwelatiyê xwe dibîne?
    .short = Hemwelatîbûn
    .why = Kesên bê hemwelatîbûn (kesên bêdewlet) dikarin xwedî mafên din bin.
q-nationality-opt-one-country = Erê
q-nationality-opt-stateless = Na, ez bêdewlet im
q-nationality-opt-unsure = Ez ne bawer im

q-country = Hûn ji kîjan welatî tên?
    .short = Welat
    .why = Alîkarî û ewlehî li gorî welat diguherin.

## Tiştê ku hûn dixwazin

q-wants = Hûn niha dixwazin çi bikin?
    .short = Tiştê ku hûn niha dixwazin
    .why = Em piştgiriya ku li daxwaza we tê nîşan didin. Hûn bi xwe biryar didin.
q-wants-opt-stay = Ez dixwazim biceribînim ku li Holendayê bimînim
q-wants-opt-unsure = Ez hîn nizanim
q-wants-opt-talk = Pêşî ez dixwazim bi kesekî re biaxivim
q-wants-opt-return-thinking = Ez li ser vegerê difikirim
q-wants-opt-return-decided = Min biryar da ku vegerim

q-new-start = Çi dê alîkariya we bike ku hûn destpêkeke nû bikin? Hûn dikarin ji yekê zêdetir hilbijêrin.
    .short = Çi dê alîkariya destpêkeke nû bike
    .why = Piştgiriya piştî vegerê dikare li gorî vê bê plankirin.
q-new-start-opt-work = Kar
q-new-start-opt-business = Vekirina karsaziyeke piçûk
q-new-start-opt-education = Perwerde an kurs
q-new-start-opt-housing = Cihekî ku ez lê bijîm
q-new-start-opt-medical = Lênêrîna bijîşkî
q-new-start-opt-family = Têkilî bi malbatê re

q-family-origin = Li welatê we malbat an hevalên we hene ku dikarin alîkariya we bikin?
    .short = Malbat an heval li welatê we
    .why = Piştgiriya piştî vegerê dikare alîkariya we bike ku hûn ji nû ve bi wan re têkilî daynin.

q-past-return = Di 5 salên dawî de, IOM an hikûmetê berê alîkariya we kiribû ku hûn vegerin?
    .short = Berê alîkariya vegerê
    .why = Ev dikare ji bo alîkariya ku IOM dikare bide girîng be.

q-can-pay = Hûn dikarin bi xwe pereyê rêwîtiyê bidin?
    .short = Pereyê rêwîtiyê
    .why = Heke hûn nikaribin, pereyê rêwîtiyê dikare ji bo we bê dayîn.

## Notên lezgîn

urgent-crisis = Ne hewce ye ku hûn vê bi tena serê xwe hilgirin
    .what = Niha bi kesekî re biaxivin. 113 Zelfmoordpreventie belaş û bênav e, şev û roj.
    .next = Li 113 bigerin (belaş) an li 113.nl çet bikin. Hûn dikarin ji şêwirmendekî VluchtelingenWerk re jî bibêjin.
urgent-unsafe = Ewlehiya we pêşî tê
    .what = Heke hûn niha di xeterê de ne, telefonî 112 bikin.
    .next = Heke hûn dikarin, herin cihekî ewle. Ji şêwirmendekî VluchtelingenWerk re bibêjin ka çi qewimî.
urgent-appeal-short = Dema we ya îtirazê kurt e
    .what = Di nameya we de nivîsandî ye ka çend rojên we hene, ji roja biryarê ve. Ji 12ê Hezîrana 2026an ve ev dem dibe ku ji berê kurttir be. Îtiraz ji we re tiştekî nake mesref.
    .next = Îro bi parêzerekî re têkilî daynin. Heke parêzerê we tune be, VluchtelingenWerk dikare alîkariya we bike ku hûn yekî bibînin.
urgent-appeal-long = Dema xwe ya îtirazê kontrol bikin
    .what = Di nameya we de nivîsandî ye ka çiqas wextê we heye, ji roja biryarê ve. Ji 12ê Hezîrana 2026an ve ev dem dibe ku ji berê kurttir be. Îtiraz ji we re tiştekî nake mesref.
    .next = Niha bi parêzerekî re têkilî daynin. Heke parêzerê we tune be, VluchtelingenWerk dikare alîkariya we bike ku hûn yekî bibînin.
urgent-departure-running = Dema we ya derketinê berdewam e
    .what = Biryarê ji bo derketinê wext da we, pir caran 28 roj. Heke we îtiraz nekiribe, an îtiraza we derxistinê ranewestîne, ev dem ji roja biryarê tê hesibandin. Wekî din, ji biryara dadgehê tê hesibandin, an ji biryara li ser tedbîra demkî heke ew berê bê. Di vê demê de bicihbûna COA bi gelemperî berdewam dike.
    .next = Berî ku ev dem biqede, bi VluchtelingenWerk re li ser vebijarkên xwe biaxivin.
urgent-departure-over = Dema we ya derketinê qediya
    .what = Dibe ku bicihkirin raweste û ji we were xwestin ku biçin. Heke hûn di wextê xwe de neçin, dibe ku hûn qedexeya hatina Ewropayê heta 5 salan, an piştî sûcan dirêjtir, bistînin.
    .next = Zû bi VluchtelingenWerk an parêzerekî re li ser maf û vebijarkên xwe biaxivin.
urgent-dublin = Dibe ku welatekî din ê Ewropayê berpirsiyar be
    .what = Ji 1ê Tîrmeha 2026an ve ji bo vê qaîdeyên nû yên Ewropayê derbas dibin. Heke serlêdana we berî 1ê Tîrmeha 2026an hatibe tomarkirin, hîn qaîdeyên kevn ên Dublinê biryar didin ka kîjan welat berpirsiyar e. Dibe ku demên dawî hebin.
    .next = Ji VluchtelingenWerk an parêzerê xwe bipirsin ka kîjan qaîde û dîrok ji bo we derbasdar in.
urgent-trafficking = Dibe ku hûn qurbaniya bazirganiya mirovan bin
    .what = Heke nîşan hebin ku hûn qurbaniya bazirganiya mirovan in, divê polîs heta 3 mehan dema fikirînê bide we. Di wê demê de hûn nayên şandin.
    .next = Bi CoMensha an VluchtelingenWerk re têkilî daynin. Heke hûn li polîsê gilîya fermî (aangifte) bikin, ew wekî serlêdana destûrekê jî tê hesibandin. Destûr heta ku lêpirsîna cezayî berdewam dike dimîne.
urgent-shelter-family = Malbatên bi zarok xwedî mafê stargehê ne
    .what = Malbatên ku zarokên wan ên di bin 18 salî de hene, dikarin biçin cihekî ji bo malbatan.
    .next = Îro ji VluchtelingenWerk bixwazin ku ji bo stargehê alîkariya we bike.
urgent-shelter = Cihekî ewle ji bo razanê
    .what = Hin bajar hîn stargeha şevê pêşkêş dikin, lê ne hemû. Qaîde li gorî bajêr diguherin.
    .next = Ji VluchtelingenWerk an ROS bipirsin ka kîjan stargeh ji bo we vekirî ye.
urgent-medical = Mafê we yê lênêrîna bijîşkî heye
    .what = Her kes dikare here cem doktor, bê belge jî. Lênêrîn her tim belaş nîne. Heke hûn nikarin bidin, doktor dikare lêçûnan ji CAK bixwaze. Her nexweşxane an dermanxane bi CAK re naxebite.
    .next = Herin cem doktorê malbatê (doktorê giştî). Dokters van de Wereld dikare alîkariya we bike ku hûn yekî bibînin.
urgent-school = Dibistan ji bo her zarokî vekirî ye
    .what = Her zarokek li Holandayê mafê çûna dibistanê heye, bê belge jî. Ji 5 saliyê ve divê zarok here dibistanê.
    .next = Ji VluchtelingenWerk an şaredariyê bixwazin ku alîkariya we bikin ku hûn dibistanekê bibînin.

## Rê

route-conversation = Axaftinek li ser biryarê
    .what = Şêwirmendekî VluchtelingenWerk guhdariya we dike. Hûn bi hev re li biryarê û pirsên we dinêrin. Ew dikare nêrîneke duyem bide.
    .next = Bi VluchtelingenWerk re randevûyekê bigirin. Hûn dikarin nameyên xwe bi xwe re bînin.
route-flight-story = Nêrîneke duyem li çîroka we ya penaberiyê
    .what = Şêwirmendek dîsa bi we re li çîroka we dinêre (analîza çîroka revê). Ev alîkarî dike ku bê kontrolkirin ku hûn nayên şandin nav xeterê. Ew dikare alîkariya we jî bike ku hûn biryarê fêm bikin û qebûl bikin.
    .next = Ji VluchtelingenWerk analîza çîroka revê bixwazin. Heke li cem we hebin, biryarê û raporên hevpeyvînê bi xwe re bînin.
route-legal-check = Kontrolkirina vebijarkên we ji bo mayînê an paşxistina derketinê
    .what = VluchtelingenWerk û parêzerek lê dinêrin ka rêyek heye ku hûn bimînin, an paşê derkevin.
    .next = Ji VluchtelingenWerk kontrolekê bixwazin. Berî ku hûn dest bi prosedûreke nû bikin, bi parêzerekî re biaxivin.
route-reintegration = Piştgirî ji bo ku hûn piştî vegerê jiyana xwe ji nû ve ava bikin (ERSO)
    .what = Heke hûn bi xwe biryar bidin ku vegerin, VluchtelingenWerk dikare bi rêxistineke hevkar a li welatê we re vegera we amade bike. Hûn bi hev re planekê çêdikin, bo nimûne ji bo kar, karsaziyeke piçûk, dibistan an xanî. Piştgirî dikare heta salekê berdewam bike.
    .next = Ji VluchtelingenWerk bipirsin ka li welatê we hevkarek heye an na. Ji bo biryarê wextê xwe bigirin. Hûn dikarin fikra xwe biguherînin.
route-iom = Veger bi alîkariya IOM
    .what = IOM dikare bilêtê amade bike, ji bo belgeyên rêwîtiyê alîkarî bike û dema gihîştinê alîkarî bike. Carinan ji bo destpêkeke nû piştgiriya zêde heye. Axaftin nepenî ne.
    .next = Bi IOM re têkilî daynin an ji VluchtelingenWerk bipirsin. IOM kontrol dike ka hûn şertên wê pêk tînin an na.
route-return-orgs = Rêxistinên din ku di vegerê de alîkarî dikin
    .what = Hin rêxistin kurs, an amûran ji bo destpêkirina kar piştî vegerê pêşkêş dikin.
    .next = Ji VluchtelingenWerk bipirsin ka kîjan rêxistin herî baş li we tê.

## Xalên di nav rêyekê de

point-higher-appeal = Dadgehê got na. Dibe ku îtirazeke din li Encûmena Dewletê (Raad van State) gengaz be. Dema vê kurt e.
point-new-application = Rastiyên nû dikarin bibin sedema daxwazeke nû ya penaberiyê. Pêşî bi parêzerekî re biaxivin.
point-no-fault = Heke welatê we we qebûl neke, dibe ku hûn destûra "bê sûc" (buitenschuldvergunning) bistînin. Pêşî ji DT&V bixwazin ku alîkariya we bike da ku hûn biçin. Heke ev bê sûcê we bi ser nekeve, DT&V dikare şîretê li IND bike ku destûrê bide. Nasname û hemwelatiya we divê zelal bin. Stendina wê dijwar e.
point-medical-postponement = Heke hûn an endamek malbata we ewqas nexweş in ku nikarin rêwîtiyê bikin, çûyîn dikare were paşxistin (madeya 64). Divê hûn an parêzerê we vê ji IND bixwazin, di ducaniyê an dermankirina nexweşiya zirav de jî.
point-statelessness = Heke tu hemwelatiya we tune be, dadgeha Den Haagê dikare biryar bide ku hûn bê dewlet in. Ji bo vê parêzerek pêwîst e, û heqê dadgehê tê dayîn.
point-family-ties = Dêûbavekî ku li zarokekî Holendî dinêre, an kesekî ku malbata wî ya nêzîk li vir e, dibe ku mafê mayînê hebe.
point-trafficking-permit = Qurbaniyên bazirganiya mirovan dikarin wext ji bo fikirînê û carinan destûrekê bistînin.
point-erso-partner = Berê li vî welatî rêxistineke hevkar hebû. VluchtelingenWerk dikare ji we re bibêje ka niha yek heye an na.
point-new-start-plan = Tiştên ku we got dê alîkariya we bikin, dikarin bikevin nav plana we.
point-family-support = Ji nû ve têkilîdanîna bi malbata we an hevalên we re jî dikare bikeve nav plana we.
point-iom-caveat = Dibe ku IOM nikaribe ji bo vegera vî welatî alîkariyê bike. Ji IOM an VluchtelingenWerk bipirsin.
point-iom-past-return = Heke we di 5 salên dawî de alîkariya vegerê girtibe, dibe ku IOM nikaribe dîsa alîkariyê bike. Ji IOM an VluchtelingenWerk bipirsin.
point-iom-ticket = IOM tenê dema ku hûn bi xwe nikaribin pereyê rêwîtiyê dide. Ji IOM an VluchtelingenWerk bipirsin.

## Rêberê navnîşanan

ref-vwn = VluchtelingenWerk Nederland
    .offer = Şîreta belaş û serbixwe, guhekî ku guhdariya we dike, nêrîneke duyem, alîkarî di pirsên hiqûqî û di vegerê de.
    .how = VluchtelingenWerk li her navenda penaberan (azc) çalak e: li wir ji karmendên wê bipirsin. Wekî din, herin malperê.
ref-lawyer = Parêzerek (bi rêya Raad voor Rechtsbijstand)
    .offer = Parêzerek ji bo dozên penaberiyê, bi rêya Raad voor Rechtsbijstand.
    .how = VluchtelingenWerk dikare alîkariya we bike ku hûn parêzerekî bibînin.
ref-erso = Tora ERSO
    .offer = Rêxistinên hevkar li welatên eslî ku alîkariya mirovan dikin ku jiyana xwe ji nû ve ava bikin.
    .how = Ji VluchtelingenWerk bipirsin. Ew ji bo we bi hevkar re têkilî datînin.
ref-iom = IOM Holenda
    .offer = Alîkarî di vegera bi dilxwazî de: bilêt, belgeyên rêwîtiyê, alîkarî dema gihîştinê û carinan piştgirî ji bo destpêkeke nû.
    .how = Bi rêya malpera IOM bi wê re têkilî daynin, an ji VluchtelingenWerk bipirsin.
ref-ros = ROS Rotterdam
    .offer = Kontroleke hiqûqî, gihîştina lênêrîna bijîşkî, stargeha acîl û alîkarî ji bo ku hûn li ser pêşeroja xwe bifikirin.
    .how = Ji VluchtelingenWerk bixwazin ku we bi wan re bide naskirin.
ref-wereldwijd = WereldWijd (Limburg)
    .offer = Kurs û çenteyekî amûran ji bo ku hûn piştî vegerê dest bi kar bikin.
    .how = Ji VluchtelingenWerk bixwazin ku we bi wan re bide naskirin.
ref-comensha = CoMensha
    .offer = Navenda neteweyî ji bo qurbaniyên bazirganiya mirovan.
    .how = Bi rêya malpera CoMensha bi wê re têkilî daynin, an ji VluchtelingenWerk bipirsin.
ref-line113 = 113 Zelfmoordpreventie
    .offer = Bi kesekî re li ser ramanên dawîanîna jiyana xwe biaxivin. Belaş, bênav, şev û roj.
    .how = Telefon bikin an çat bikin.
ref-emergency112 = Hejmara acîl 112
    .offer = Polîs, ambulans û agirkujî di rewşa acîl de.
    .how = Telefonî 112 bikin.
ref-dvdw = Dokters van de Wereld
    .offer = Alîkarî ji bo dîtina doktorê malbatê û ji bo lênêrîna bijîşkî bê kaxez.
    .how = Herin malperê, an ji VluchtelingenWerk bipirsin.
ref-cak = Sîstema CAK
    .offer = Dema ku hûn nikaribin pere bidin, doktor û nexweşxane bi rêya vê sîstemê pereyê xwe distînin.
    .how = Ne hewce ye ku hûn tiştekî bikin. Ji doktor re bibêjin ku sîgorteya we tune ye.
